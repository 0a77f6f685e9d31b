#!/usr/bin/env python3
"""Receiver-side counters and small helpers for bench/run_peers.sh (loopback only, stdlib only).

Subcommands (each prints one number, or JSON where said, on stdout):
  freeport udp|tcp                     a free 127.0.0.1 port (bind to 0, close)
  collectd CSV_DIR PREFIX              sum of collectd's statsd counters PREFIX.* (newest csv rows);
                                       the loader sends `:1|c`, so the sum is the lines received
  etsy MGMT_PORT                       Etsy statsd's `statsd.metrics_received` (admin `counters`)
  hms API_URL TOKEN_FILE               JSON {"method","lines","samples","kernel_drops"} from ours:
                                       /api/v1/status (statsd.lines_accepted) else /api/v1/metrics
  vm PORT                              vm_rows_inserted_total{type="influx"} from VictoriaMetrics
  http-status URL [TOKEN_FILE] [BODY]  HTTP status of a GET (or POST with BODY) to a loopback URL
  json FILE KEY                        a top-level key of a JSON file
  scrape URL OUT COUNT INTERVAL        COUNT scrapes of a loopback /metrics into OUT (bounded)
  openmetrics SCRAPES OUT STEP T0      re-time the scrapes STEP seconds apart from T0 and write an
                                       OpenMetrics file for `promtool tsdb create-blocks-from`
  blockstats DIR                       JSON bytes/sample of the TSDB blocks under DIR
"""
import json
import os
import re
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

TIMEOUT = 10.0


def loopback_url(url):
    host = urllib.parse.urlsplit(url).hostname or ""
    if not (host == "localhost" or host.startswith("127.")):
        sys.exit("peer_counts: refusing non-loopback URL %s" % url)
    return url


def http(url, token=None, body=None):
    req = urllib.request.Request(loopback_url(url), data=body)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    # No proxies: the target is this machine.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=TIMEOUT) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def freeport(kind):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM if kind == "udp" else socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def collectd(csv_dir, prefix):
    """Sum of the newest value of every derive-PREFIX.* file the csv plugin wrote.

    collectd's statsd plugin reports a counter as a cumulative `derive`; with `StoreRates false`
    the csv plugin stores it raw ("epoch,value" lines, one file per value and day:
    HOST/statsd/derive-NAME-YYYY-MM-DD)."""
    total = 0.0
    newest = {}  # value name -> (file name, path): the newest day's file wins
    for dirpath, _, files in os.walk(csv_dir):
        if os.path.basename(dirpath) != "statsd":
            continue
        for fn in files:
            if not fn.startswith("derive-" + prefix + "."):
                continue
            name = fn[:-11]  # without "-YYYY-MM-DD"
            if name not in newest or fn > newest[name][0]:
                newest[name] = (fn, os.path.join(dirpath, fn))
    for _, path in newest.values():
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 4096))
            lines = [l for l in f.read().decode().splitlines() if l and l[0].isdigit()]
        if lines:
            v = lines[-1].split(",")[1]
            if v.lower() != "nan":
                total += float(v)
    return int(round(total))


def etsy(port):
    s = socket.create_connection(("127.0.0.1", int(port)), timeout=TIMEOUT)
    s.sendall(b"counters\n")
    data = b""
    deadline = time.time() + TIMEOUT
    while b"END" not in data and time.time() < deadline:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    s.close()
    m = re.search(rb"'statsd\.metrics_received':\s*([0-9.e+]+)", data)
    if not m:
        raise RuntimeError("etsy: no statsd.metrics_received in %r" % data[:200])
    return int(float(m.group(1)))


def hms(api, token_file):
    token = open(token_file).read().strip()
    code, body = http(api.rstrip("/") + "/api/v1/status", token)
    if code == 200:
        j = json.loads(body)
        sd = j.get("statsd", {})
        st = j.get("store", {})
        return {"method": "status", "lines": sd.get("lines_accepted"), "datagrams": sd.get("datagrams"),
                "rejected": sd.get("lines_rejected"), "kernel_drops": sd.get("kernel_drops"),
                "samples": st.get("samples")}
    code, body = http(api.rstrip("/") + "/api/v1/metrics", token)
    if code != 200:
        raise RuntimeError("hms: /api/v1/metrics -> HTTP %d" % code)
    return {"method": "samples", "lines": None, "samples": json.loads(body).get("samples"), "kernel_drops": None}


def vm(port):
    code, body = http("http://127.0.0.1:%d/metrics" % int(port))
    if code != 200:
        raise RuntimeError("vm: /metrics -> HTTP %d" % code)
    for line in body.decode().splitlines():
        if line.startswith('vm_rows_inserted_total{type="influx"}'):
            return int(float(line.split()[-1]))
    return 0


def scrape(url, out, count, interval):
    count = min(int(count), 100000)
    interval = float(interval)
    start = time.monotonic()
    with open(out, "w") as f:
        for i in range(count):
            code, body = http(url)
            if code != 200:
                raise RuntimeError("scrape %s -> HTTP %d" % (url, code))
            f.write("# SCRAPE %d\n" % i)
            f.write(body.decode())
            wait = start + (i + 1) * interval - time.monotonic()
            if wait > 0 and i + 1 < count:
                time.sleep(wait)
    return count


SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+(\S+)(?:\s+\S+)?$')


def openmetrics(scrapes, out, step, t0):
    step = float(step)
    t0 = float(t0)
    series = {}  # name -> {labels: [(t, v)]}
    index = -1
    with open(scrapes) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# SCRAPE "):
                index = int(line.split()[2])
                continue
            if not line or line.startswith("#"):
                continue
            m = SAMPLE.match(line)
            if not m:
                continue
            name, labels, value = m.group(1), m.group(2) or "", m.group(3)
            series.setdefault(name, {}).setdefault(labels, []).append((t0 + index * step, value))
    n = 0
    with open(out, "w") as f:
        for name in sorted(series):
            # Every sample name becomes its own family of type unknown: TSDB storage does not
            # depend on the type, and OpenMetrics then needs no suffix rules.
            f.write("# TYPE %s unknown\n" % name)
            for labels, points in series[name].items():
                for t, v in points:
                    f.write("%s%s %s %.3f\n" % (name, labels, v, t))
                    n += 1
        f.write("# EOF\n")
    return n


def blockstats(root):
    blocks = []
    for d in sorted(os.listdir(root)):
        meta = os.path.join(root, d, "meta.json")
        if not os.path.exists(meta):
            continue
        m = json.load(open(meta))
        total = chunks = 0
        for dirpath, _, files in os.walk(os.path.join(root, d)):
            for fn in files:
                size = os.path.getsize(os.path.join(dirpath, fn))
                total += size
                if os.path.basename(dirpath) == "chunks":
                    chunks += size
        st = m.get("stats", {})
        blocks.append({"block": d, "bytes": total, "chunk_bytes": chunks, "samples": st.get("numSamples", 0),
                       "series": st.get("numSeries", 0), "chunks": st.get("numChunks", 0),
                       "minTime": m.get("minTime"), "maxTime": m.get("maxTime")})
    samples = sum(b["samples"] for b in blocks)
    total = sum(b["bytes"] for b in blocks)
    chunks = sum(b["chunk_bytes"] for b in blocks)
    return {"blocks": blocks, "samples": samples, "bytes": total, "chunk_bytes": chunks,
            "series": max([b["series"] for b in blocks] or [0]),
            "bytes_per_sample": (total / samples) if samples else None,
            "chunk_bytes_per_sample": (chunks / samples) if samples else None}


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    cmd, args = argv[1], argv[2:]
    if cmd == "freeport":
        print(freeport(args[0]))
    elif cmd == "collectd":
        print(collectd(args[0], args[1]))
    elif cmd == "etsy":
        print(etsy(args[0]))
    elif cmd == "hms":
        print(json.dumps(hms(args[0], args[1])))
    elif cmd == "vm":
        print(vm(args[0]))
    elif cmd == "http-status":
        token = open(args[1]).read().strip() if len(args) > 1 and args[1] else None
        body = args[2].encode() if len(args) > 2 else None
        try:
            print(http(args[0], token, body)[0])
        except (urllib.error.URLError, OSError):
            print(0)
    elif cmd == "json":
        v = json.load(open(args[0])).get(args[1])
        print("" if v is None else v)
    elif cmd == "scrape":
        print(scrape(args[0], args[1], args[2], args[3]))
    elif cmd == "openmetrics":
        print(openmetrics(args[0], args[1], args[2], args[3]))
    elif cmd == "blockstats":
        print(json.dumps(blockstats(args[0])))
    else:
        sys.exit("peer_counts: unknown command %s" % cmd)


if __name__ == "__main__":
    main(sys.argv)
