"""The store's one writer at scale: memory and time per batch as the record grows to N articles.

    .venv/bin/python benchmarks/writer.py --articles 100000

Coding 100,000 articles takes hours on two shared cores, so this isolates the part of a run
whose memory could grow with the corpus: the writer (bulk inserts, happenings linking, the
DuckDB file opened and closed per batch). It codes --seed-articles generated articles once,
then writes copies of their payloads (new article, event, commitment and round ids; years
moved so copies are new happenings, not one story told a thousand times) in batches of 64
until the record holds --articles articles. It prints the writer's resident memory and the
seconds per batch at every tenth of the way, and the highest resident memory within that tenth
(sampled every 20 ms by a thread, so the short peaks of a batch's queries and commit count): flat
lines mean the writer does not grow.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

ID = re.compile(r"\b(ev|cm|rd|hp)-([0-9a-f]{12})\b")
YEAR = re.compile(r"\b20(\d\d)-")


def rss_mb() -> float:
    for line in Path(f"/proc/{os.getpid()}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Peak(threading.Thread):
    """The highest RSS seen since the last `take()`, sampled every 20 ms."""

    def __init__(self):
        super().__init__(daemon=True)
        self.high, self.stop = 0.0, threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.02):
            self.high = max(self.high, rss_mb())

    def take(self) -> float:
        high, self.high = max(self.high, rss_mb()), 0.0
        return high


def clone(payload, n: int):
    from communique.record.payload import Payload

    old = payload.article_id
    new = f"{n:07x}{old[7:]}"
    shift = n % 60

    def fix(value):
        if not isinstance(value, str):
            return value
        value = value.replace(old, new)
        value = ID.sub(lambda m: f"{m.group(1)}-{n:05x}{m.group(2)[5:]}", value)
        return YEAR.sub(lambda m: f"{2000 + (int(m.group(1)) + shift) % 100:04d}-", value)

    out = Payload(new, payload.sentences)
    out.rows = {t: [tuple(fix(v) for v in row) for row in rows] for t, rows in payload.rows.items()}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed-articles", type=int, default=640)
    args = ap.parse_args()

    from communique.article import Article
    from communique.engine import synthetic, worker
    from communique.record.store import Store

    texts = [Article(text=a["text"], origin=a["url"], url=a["url"], published=a["published"], title=a["title"])
             for a in synthetic.articles(args.seed_articles, seed=11)]
    payloads = [p for i in range(0, len(texts), 64) for p in worker.code_batch(texts[i:i + 64])]
    del texts
    db = Path(tempfile.mkdtemp()) / "writer.duckdb"
    store = Store(db)
    base = rss_mb()
    print(f"{len(payloads)} coded payloads to copy; writer memory before writing {base:.0f} MB")
    print(f"{'articles':>9} {'writer RSS MB':>14} {'peak in tenth':>14} {'s/batch':>8} {'db MB':>7}")
    sampler = Peak()
    sampler.start()
    written, n, step = 0, 0, max(args.articles // 10, 64)
    started, peak = time.perf_counter(), 0.0
    mark, batches_since = time.perf_counter(), 0
    while written < args.articles:
        batch = [clone(payloads[(n + i) % len(payloads)], n + i) for i in range(64)]
        n += 64
        written += store.add_payloads(batch)
        batches_since += 1
        peak = max(peak, rss_mb())
        if written % step < 64 or written >= args.articles:
            per = (time.perf_counter() - mark) / batches_since
            high = sampler.take()
            peak = max(peak, high)
            print(f"{written:9,} {rss_mb():14.0f} {high:14.0f} {per:8.3f} {db.stat().st_size / 2**20:7.0f}", flush=True)
            mark, batches_since = time.perf_counter(), 0
    sampler.stop.set()
    print(f"peak writer RSS {peak:.0f} MB (max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
          f"; {written:,} articles in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
