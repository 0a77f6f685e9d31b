#!/usr/bin/env python3
"""The storm driver of bench/notify_storm.sh: N distinct alerts start within S seconds.

Pushes, every 100 ms, the next slice of N series `storm_value{i="k"} 200` to HMS Ops Center's
local API (where a rule turns each into an alert), and the same alerts, labels and all, to an
Alertmanager's POST /api/v2/alerts (resent every 30 s as Prometheus would). Both route to the
receiver run here, which counts messages per path and the distinct alerts they name. Prints one
JSON line per side once every alert has arrived, or after a deadline.
"""
import json
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

api, token, am, rport = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
N, S = int(sys.argv[5]), float(sys.argv[6])
lock = threading.Lock()
messages = {"hms": 0, "slack": 0, "am": 0}
alerts = {"hms": set(), "am": set()}
last = {"hms": 0.0, "slack": 0.0, "am": 0.0}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.end_headers()
        src = self.path.strip("/")
        with lock:
            messages[src] = messages.get(src, 0) + 1
            last[src] = time.time()
            if src in alerts:
                for a in json.loads(body).get("alerts", []):
                    if a.get("status") == "firing":
                        alerts[src].add(a["labels"].get("i"))

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", rport), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()


def post(url, body, headers):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    urllib.request.urlopen(req, timeout=30).read()


def rfc3339(t):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".000Z"


start = time.time()
sent = 0
am_alerts = []
next_resend = start + 30
while sent < N:
    target = min(N, int(N * (time.time() - start) / S) + 1)
    batch = range(sent, target)
    if batch:
        post(f"{api}/api/v1/metrics",
             [{"name": "storm_value", "value": 200, "kind": "gauge", "labels": {"i": str(k)}} for k in batch],
             {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        now = time.time()
        new = [{"labels": {"alertname": "StormHigh", "i": str(k)}, "startsAt": rfc3339(now),
                "endsAt": rfc3339(now + 240)} for k in batch]
        am_alerts += new
        post(f"{am}/api/v2/alerts", new, {"Content-Type": "application/json"})
        sent = target
    if time.time() >= next_resend:  # Prometheus resends firing alerts; so do we, for fairness
        post(f"{am}/api/v2/alerts", am_alerts, {"Content-Type": "application/json"})
        next_resend += 30
    time.sleep(0.1)
pushed_all = time.time()

deadline = pushed_all + 120
while time.time() < deadline:
    with lock:
        if len(alerts["hms"]) >= N and len(alerts["am"]) >= N:
            break
    time.sleep(0.2)
with lock:
    for side, paths in (("hms_ops", ("hms", "slack")), ("alertmanager", ("am",))):
        src = paths[0]
        print(json.dumps({
            "side": side, "alerts_started": N, "over_s": round(pushed_all - start, 1),
            "distinct_alerts_delivered": len(alerts[src]),
            "webhook_messages": messages[src],
            "slack_messages": messages["slack"] if side == "hms_ops" else None,
            "all_delivered_s_after_last_start": round(last[src] - pushed_all, 2) if len(alerts[src]) >= N else None,
        }))
