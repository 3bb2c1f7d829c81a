"""Throughput of `extract` end to end against bare spaCy on the same text, in one run.

    .venv/bin/python benchmarks/throughput.py [PATH ...] [--repeat N] [--dyads FILE]

Default input: the bundled demo corpus (examples/corpus), read `--repeat` times (default 3).
Prints sentences/s for bare spaCy (nlp.pipe over the already-extracted article texts) and for
`extract` (ingest + HTML extraction + spaCy + coding), their ratio, dyads/s of `classify` on one
core over a dyads file (default: the project's written examples), and peak resident memory.
Each figure is the best of the repeats, so noise from other load on the machine is reduced;
bare spaCy and `extract` are timed in turns, one of each per round, and the ratio of each round
is printed too (median and range), to show how much of a run's ratio is the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")       # one core, as the issue asks
ROOT = Path(__file__).resolve().parents[1]


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "examples" / "corpus")])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dyads", default=None, help="JSONL dyads for classify (default: written examples)")
    args = ap.parse_args()

    from communique.coding import nlp as nlp_stage
    from communique.coding.classify import Dyad, classify
    from communique.ingest import read_inputs
    from communique.coding.pipeline import Report, analyze

    import spacy

    from communique import settings

    nlp = spacy.load(str(settings.get("spacy_model")))   # bare: no communique component
    nlp_stage.load()
    texts = [a.text for a in read_inputs(args.paths) if hasattr(a, "text")]
    n_sents = sum(1 for doc in nlp.pipe(texts) for _ in doc.sents)
    list(analyze(args.paths))                         # warm caches (actor matcher, gazetteer)

    report = Report()
    from communique.coding import dates

    def cold_extract():
        dates.parse.cache_clear()        # no help from the previous repeat's parsed dates
        return list(analyze(args.paths, report=Report()))

    # the two are timed in turns, round by round, so that a change in the shared machine's load
    # falls on both rather than on whichever ran second
    rounds = [(_best(lambda: [d for d in nlp.pipe(texts, batch_size=64)], 1), _best(cold_extract, 1))
              for _ in range(args.repeat)]
    t_spacy, t_extract = min(r[0] for r in rounds), min(r[1] for r in rounds)
    per_round = sorted(s / e for s, e in rounds)
    list(analyze(args.paths, report=report))

    dyad_file = Path(args.dyads) if args.dyads else None
    if dyad_file is None:
        rows = []
        for f in sorted((ROOT / "src" / "communique" / "coding" / "data" / "examples").glob("*.jsonl")):
            rows += [json.loads(line) for line in f.read_text().splitlines() if line.strip()]
    else:
        rows = [json.loads(line) for line in dyad_file.read_text().splitlines() if line.strip()]
    dyads = [Dyad(str(i), r["text"], r["source"], r["target"]) for i, r in enumerate(rows)]
    t_classify = _best(lambda: list(classify(dyads)), 1) if dyads else None

    spacy_rate = n_sents / t_spacy
    extract_rate = n_sents / t_extract
    print(f"input: {len(texts)} articles, {n_sents} sentences ({report.events} events)")
    print(f"bare spaCy ({nlp.meta['name']}): {spacy_rate:8.1f} sentences/s")
    print(f"extract end to end:      {extract_rate:8.1f} sentences/s")
    print(f"ratio extract/spaCy:     {extract_rate / spacy_rate:8.2f}")
    print(f"ratio in each round:     median {per_round[len(per_round) // 2]:.2f} "
          f"(from {per_round[0]:.2f} to {per_round[-1]:.2f}, {len(per_round)} rounds)")
    if t_classify:
        print(f"classify:                {len(dyads) / t_classify:8.1f} dyads/s ({len(dyads)} dyads, one core)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS):       {peak:8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
