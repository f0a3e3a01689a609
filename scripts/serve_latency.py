#!/usr/bin/env python3
"""Rebuild-to-visible time of `suivi serve`: edit one recommendation's text and time until
(a) the live-reload event (`refresh`) reaches the open page's event stream and (b) the new text is served.
Usage: python3 scripts/serve_latency.py SUIVI_BINARY SITE_DIR [RUNS [PAUSE_SECONDS]]
Edits the first recommendation of the first file in SITE_DIR/content/recommendations (in place;
the text is put back at the end)."""
import http.client, pathlib, re, socket, statistics, subprocess, sys, threading, time

binary, site = sys.argv[1], pathlib.Path(sys.argv[2])
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
pause = float(sys.argv[4]) if len(sys.argv) > 4 else 3.0  # between edits: lets the open-data export finish
rec_file = sorted((site / "content/recommendations").glob("*.yaml"))[0]
original = rec_file.read_text()
rec_id = re.search(r'^- id: "?([a-z0-9-]+)"?', original, re.M).group(1)
start = time.monotonic()
proc = subprocess.Popen([binary, "-v", "serve", str(site), "--port", "0"], stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE, text=True)
line = proc.stdout.readline()
print(f"initial build and start: {time.monotonic() - start:.1f} s")
host, port = re.search(r"http://([\d.]+):(\d+)/", line).groups()
port = int(port)

events = []
def listen():
    s = socket.create_connection((host, port))
    # As the page's own script: the server knows the page is open, and renders it first.
    s.sendall(f"GET /__suivi/events?page=/en/recommendations/{rec_id}.html HTTP/1.1\r\nHost: x\r\n"
              "Accept: text/event-stream\r\n\r\n".encode())
    buf = b""
    while True:
        data = s.recv(65536)
        if not data:
            return
        buf += data
        while b"\n" in buf:
            l, buf = buf.split(b"\n", 1)
            if l.startswith(b"event: reload") or l.startswith(b"event: refresh"):
                events.append(time.monotonic())
threading.Thread(target=listen, daemon=True).start()
time.sleep(0.5)

def fetch(path):
    c = http.client.HTTPConnection(host, port, timeout=30)
    c.request("GET", path)
    body = c.getresponse().read()
    c.close()
    return body

page = f"/en/recommendations/{rec_id}.html"
to_event, to_served = [], []
text = original
try:
    for i in range(runs):
        marker = f"Edit{i}x{int(time.time())}"
        # Put a marker at the start of the first English text.
        new = re.sub(r'(\n    en: "?)(?:Edit\d+x\d+ )?', lambda m: m.group(1) + marker + " ", text, count=1)
        n_events = len(events)
        t0 = time.monotonic()
        rec_file.write_text(new)
        while marker.encode() not in fetch(page):
            time.sleep(0.002)
        t1 = time.monotonic()
        while len(events) == n_events and time.monotonic() - t1 < 10:
            time.sleep(0.001)
        to_served.append((t1 - t0) * 1000)
        if len(events) > n_events:
            to_event.append((events[n_events] - t0) * 1000)
        text = new
        time.sleep(pause)
finally:
    rec_file.write_text(original)
    time.sleep(1)
    proc.terminate()
    err = proc.communicate(timeout=30)[1]
def summary(xs):
    return f"median {statistics.median(xs):.0f} ms, min {min(xs):.0f}, max {max(xs):.0f} (n={len(xs)})"
print(f"edit -> reload event at the page: {summary(to_event)}")
print(f"edit -> new text served:          {summary(to_served)}")
print("server log (last lines):")
print("\n".join([l for l in err.strip().splitlines() if "changed:" in l or "exported" in l][-4:]))
