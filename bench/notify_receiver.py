#!/usr/bin/env python3
"""A webhook receiver for bench/notify_latency.sh: records when each alert arrives.

Listens on 127.0.0.1:PORT; every POST body is an Alertmanager webhook (version 4) body, from
Alertmanager itself (path /am) or from HMS Ops Center's webhook channel (path /hms). For each
firing alert it appends "SOURCE I EPOCH_MS" to OUT, I being the alert's `i` label.
"""
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, out = int(sys.argv[1]), sys.argv[2]


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        now = time.time_ns() // 1_000_000
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.end_headers()
        try:
            alerts = json.loads(body).get("alerts", [])
        except ValueError:
            return
        source = self.path.strip("/")
        with open(out, "a") as f:
            for a in alerts:
                if a.get("status") == "firing" and "i" in a.get("labels", {}):
                    f.write(f"{source} {a['labels']['i']} {now}\n")

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
