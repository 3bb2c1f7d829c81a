"""Scale: end-to-end throughput with 1 and 2 workers and with Ray, each against bare spaCy on the
same text, and peak memory of `analyze` on generated corpora of growing size, in one run.

    .venv/bin/python benchmarks/scale.py                       # throughput on 2,000 articles, memory at 10k and 100k
    .venv/bin/python benchmarks/scale.py --articles 500 --memory 1000,5000 --repeat 1    # a quick look

Corpora come from `communique generate` (the synthetic generator), written under --workdir
(default /tmp/communique-scale) and reused between runs. Every engine run is a separate
`communique analyze` process into a new database, timed end to end (start-up, model loads,
reading, coding, storing, the closing briefing); runs alternate between configurations and the
best of --repeat is kept, which damps the noise of a shared machine. Bare spaCy is `nlp.pipe`
over the same article texts in one process (one core), with the pipeline alone. Memory is the
peak, sampled every 0.2 s, of the memory of the analyze process and all its descendants
(workers, Ray's processes), summed: PSS (proportional set size: pages shared between processes,
such as libraries, counted once) and RSS (shared pages counted in every process).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SUMMARY = re.compile(r"(\d+) articles, (\d+) sentences, (\d+) events")
CONFIGS = {"1 worker": ["--workers", "1"], "2 workers": ["--workers", "2"],
           "Ray, 2 CPUs": ["--engine", "ray", "--workers", "2"]}


def corpus(workdir: Path, articles: int) -> Path:
    out = workdir / f"synthetic-{articles}"
    if not (out / "DONE").exists():
        subprocess.run([str(BIN / "communique"), "generate", str(out), "--articles", str(articles),
                        "--per-file", "250"], check=True)
        (out / "DONE").write_text("")
    return out


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def _memory_mb(pid: int) -> tuple[float, float]:
    """(RSS, PSS) of one process in MB. PSS splits the pages that processes share (libraries)
    between them, so PSS summed over processes is the memory they take together."""
    found = {"Rss:": 0.0, "Pss:": 0.0}
    try:
        for line in (Path("/proc") / str(pid) / "smaps_rollup").read_text().splitlines():
            key = line.split()[0] if line.strip() else ""
            if key in found:
                found[key] = int(line.split()[1]) / 1024
    except (OSError, IndexError, ValueError):
        pass
    return found["Rss:"], found["Pss:"]


def analyze(paths: Path, extra: list[str], workdir: Path, trace: float = 0) -> dict:
    """One `communique analyze` run: wall seconds, the summary counts, peak memory (MB)."""
    db = Path(tempfile.mkdtemp(dir=workdir)) / "bench.duckdb"
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    start = time.perf_counter()
    proc = subprocess.Popen([str(BIN / "communique"), "analyze", str(paths), "--db", str(db), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    peak = {"pss": 0.0, "rss": 0.0, "main": 0.0, "largest": 0.0}

    def sample() -> None:
        shown = time.perf_counter()
        while proc.poll() is None:
            if trace and time.perf_counter() - shown > trace:
                shown = time.perf_counter()
                print(f"  ... {shown - start:6.0f} s: peak so far PSS {peak['pss']:.0f} MB, RSS {peak['rss']:.0f} MB, "
                      f"main {peak['main']:.0f} MB", flush=True)
            sizes = [_memory_mb(pid) for pid in _tree(proc.pid)]
            peak["pss"] = max(peak["pss"], sum(pss for _, pss in sizes))
            peak["rss"] = max(peak["rss"], sum(rss for rss, _ in sizes))
            peak["main"] = max(peak["main"], _memory_mb(proc.pid)[0])
            peak["largest"] = max([peak["largest"], *(rss for rss, _ in sizes)])
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    shutil.rmtree(db.parent, ignore_errors=True)
    found = SUMMARY.findall(err)
    if proc.returncode or not found:
        raise SystemExit(f"analyze {' '.join(extra)} failed ({proc.returncode}): {err[-2000:]}")
    articles, sentences, events = map(int, found[-1])
    return {"wall": wall, "articles": articles, "sentences": sentences, "events": events, **peak}


def bare_spacy(paths: Path) -> tuple[int, float]:
    """Sentences and seconds of the bare spaCy pipeline over the same article texts."""
    import spacy

    from communique import settings
    from communique.ingest import read_inputs

    texts = [a.text for a in read_inputs([str(paths)]) if hasattr(a, "text")]
    nlp = spacy.load(str(settings.get("spacy_model")))
    list(nlp.pipe(texts[:50]))
    start = time.perf_counter()
    sentences = sum(1 for doc in nlp.pipe(texts, batch_size=64) for _ in doc.sents)
    return sentences, time.perf_counter() - start


def throughput(args, workdir: Path) -> None:
    paths = corpus(workdir, args.articles)
    sentences, seconds = bare_spacy(paths)
    spacy_rate = sentences / seconds
    configs = {k: v for k, v in CONFIGS.items() if not (args.no_ray and "Ray" in k)}
    best: dict[str, dict] = {}
    for _ in range(args.repeat):
        for name, extra in configs.items():
            run = analyze(paths, extra, workdir)
            if name not in best or run["wall"] < best[name]["wall"]:
                best[name] = run
    print(f"\nthroughput: {args.articles:,} generated articles, {sentences:,} sentences (bare spaCy count)")
    print(f"{'':14} {'seconds':>8} {'sent/s':>8} {'vs spaCy':>9} {'peak MB (PSS)':>14}")
    print(f"{'bare spaCy':14} {seconds:8.1f} {spacy_rate:8.1f} {1:9.2f} {'':>14}")
    for name, run in best.items():
        rate = sentences / run["wall"]          # the same text: bare spaCy's sentence count
        print(f"{name:14} {run['wall']:8.1f} {rate:8.1f} {rate / spacy_rate:9.2f} {run['pss']:14.0f}")
    if "1 worker" in best and "2 workers" in best:
        print(f"2 workers / 1 worker: {best['1 worker']['wall'] / best['2 workers']['wall']:.2f}x")


def memory(args, workdir: Path) -> None:
    print("\nmemory: `analyze --workers 2` on generated corpora")
    print(f"{'articles':>9} {'sentences':>10} {'seconds':>8} {'art/s':>6} {'peak PSS MB':>12} {'peak RSS MB':>12} "
          f"{'main RSS':>9} {'largest RSS':>12}")
    for size in args.memory:
        run = analyze(corpus(workdir, size), ["--workers", "2"], workdir, trace=args.trace)
        print(f"{run['articles']:9,} {run['sentences']:10,} {run['wall']:8.0f} {run['articles'] / run['wall']:6.1f} "
              f"{run['pss']:12.0f} {run['rss']:12.0f} {run['main']:9.0f} {run['largest']:12.0f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000, help="generated articles for the throughput runs")
    ap.add_argument("--repeat", type=int, default=2, help="runs per configuration; the best is kept")
    ap.add_argument("--memory", type=lambda s: [int(x) for x in s.split(",") if x], default=[10_000, 100_000],
                    help="corpus sizes for the memory runs, comma-separated (empty: none)")
    ap.add_argument("--no-ray", action="store_true", help="leave out the Ray configuration")
    ap.add_argument("--no-throughput", action="store_true", help="only the memory runs")
    ap.add_argument("--trace", type=float, default=0, help="print the memory peak so far every this many seconds")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "communique-scale"))
    args = ap.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start")
    if not args.no_throughput:
        throughput(args, workdir)
    if args.memory:
        memory(args, workdir)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
