"""How the dashboard's pages load: each page of `communique serve` in headless Chromium, with the
time from navigation to the page drawn (its chart rendered, or its table there) and the bytes sent.

    .venv/bin/python benchmarks/dashboard.py [--db out/demo.duckdb] [--repeat R]

Serves the database with uvicorn on a free loopback port in this process, opens Debian's
chromium through Playwright (as the browser tests do), loads every page R times (default 5) and
prints, per page, the best and the median time in ms and the size of the HTML and of everything
the page fetched. Each page load reads the database afresh, as a user's reload would.
"""
from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time

PAGES = {
    "briefing": ("/", '#months-chart[data-ready="1"]'),
    "timeline": ("/timeline", '#timeline-chart[data-ready="1"]'),
    "network": ("/network", '#network-chart[data-ready="1"]'),
    "map": ("/map", '#map-chart[data-ready="1"]'),
    "commitments": ("/commitments", "#commitment-rows tbody tr"),
    "rounds": ("/rounds", "#round-rows tbody tr"),
    "event": ("/events/{event}", "#mentions mark.event"),
    "ask (a question)": ("/ask?q=Who+leads+Ukraine%27s+delegation%3F", "#answer .reply"),
}
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def serve(db: str):
    import uvicorn

    from communique.serve.dashboard import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning", access_log=False))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{sock.getsockname()[1]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="out/demo.duckdb")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    from communique.record import queries

    event = queries.events(args.db, limit=1)[0]["id"]
    server, base = serve(args.db)
    print(f"{'page':<18} {'best ms':>8} {'median ms':>10} {'HTML KB':>8} {'all KB':>8}")
    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(profile, executable_path="/usr/bin/chromium", headless=True,
                                                       args=FLAGS, viewport={"width": 1400, "height": 1050})
        page = context.new_page()
        sizes: dict[str, int] = {}
        page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body()) if r.ok else 0))
        page.goto(base + PAGES["ask (a question)"][0])      # warm up: the first question loads spaCy
        for name, (path, drawn) in PAGES.items():
            times = []
            for _ in range(args.repeat):
                sizes.clear()
                start = time.perf_counter()
                page.goto(base + path.format(event=event))
                page.wait_for_selector(drawn, state="attached")
                times.append((time.perf_counter() - start) * 1000)
            html = sizes.get(base + path.format(event=event), 0)
            print(f"{name:<18} {min(times):>8.0f} {statistics.median(times):>10.0f} {html / 1024:>8.0f} "
                  f"{sum(sizes.values()) / 1024:>8.0f}")
        context.close()
    server.should_exit = True


if __name__ == "__main__":
    main()
