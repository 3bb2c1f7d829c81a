"""Commands that run the pipeline: extract, classify, eval, analyze."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .. import settings
from ..errors import InputError
from .output import err


def cmd_extract(args) -> int:
    from ..coding.pipeline import Report, analyze
    from ..coding.serialize import to_record

    report = Report()
    out = sys.stdout
    for article in analyze(args.paths, report=report, explain=args.explain, on_skip=lambda s: err(str(s))):
        for event in article.events:
            out.write(json.dumps(to_record(article, event), ensure_ascii=False) + "\n")
    err(report.summary())
    return 0 if report.articles or not report.skipped else 1


def cmd_classify(args) -> int:
    from ..coding.classify import classify, read_dyads

    if args.file == "-":
        lines, origin = sys.stdin, "<stdin>"
    else:
        path = Path(args.file)
        if not path.is_file():
            raise InputError(args.file, "no such file", "pass a JSONL file of dyads, or - for stdin")
        lines, origin = path.open(encoding="utf-8", errors="replace"), args.file
    good, bad = [], 0
    results = []
    items = list(read_dyads(lines, origin))
    for item in items:
        if isinstance(item, InputError):
            bad += 1
            err(f"skipped {item.line()}")
        else:
            good.append(item)
    for res in classify(good, roots=not args.plover, explain=args.explain):
        results.append(res)
        sys.stdout.write(json.dumps(res, ensure_ascii=False) + "\n")
    err(f"{len(results)} dyads classified" + (f"; skipped {bad} bad lines" if bad else ""))
    return 0


def cmd_eval(args) -> int:
    from ..evaluation.dyads import evaluate_dyads
    from ..evaluation.reading import evaluate_reading

    if args.news:
        return _eval_news(args.news, args.misses)
    lines = []
    if Path(args.dyads).is_file():
        scores = evaluate_dyads(args.dyads)
        print(f"{'type':<10} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>5}")
        for lab, s in sorted(scores.per_type.items()):
            print(f"{lab:<10} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['support']:>5}")
        lines.append(scores.summary())
    else:
        err(f"skipped dyads: {args.dyads} not found (fix: pass --dyads PATH)")
    if Path(args.article).is_file() and Path(args.gold).is_file():
        reading = evaluate_reading(args.article, args.gold)
        if reading.missing:
            print("missing reference events: " + ", ".join(reading.missing))
        for extra in reading.extras:
            print(f"extra: {extra}")
        lines.append(reading.summary())
    else:
        err(f"skipped reading: {args.article} or {args.gold} not found (fix: pass --article and --gold)")
    print("SUMMARY " + " | ".join(lines) if lines else "SUMMARY nothing evaluated")
    return 0 if lines else 1


def _eval_news(path: str, misses: bool) -> int:
    from ..evaluation.news import evaluate_news, misses_report

    if not Path(path).is_file():
        raise InputError(path, "no such file", "pass --news FILE (real news coded in full, ../shared/gold/NEWS.md)")
    scores = evaluate_news(path, explain=misses)
    if misses:
        for line in misses_report(scores):
            print(line)
    print(f"{'type':<10} {'prec':>6} {'rec':>6} {'gold':>5} {'pred':>5}")
    for t, s in sorted(scores.per_type.items(), key=lambda kv: -kv[1]["gold"]):
        print(f"{t:<10} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['gold']:>5} {s['predicted']:>5}")
    print("SUMMARY " + scores.summary())
    return 0


def cmd_analyze(args) -> int:
    from rich.console import Console

    from ..engine import run
    from ..ingest import estimate
    from ..record.briefing import build, render
    from .progress import bar

    db = settings.get("db", args.db)
    with bar(estimate(args.paths)) as (update, console):
        report = run(args.paths, db, workers=args.workers, engine=args.engine, address=args.address,
                     parquet=args.parquet, on_skip=lambda s: console.print(str(s), markup=False, highlight=False),
                     on_batch=update)
    err(report.summary())
    render(build(db), Console())
    return 0
