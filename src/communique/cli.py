"""The command line: a thin layer that parses arguments and calls the library.

    communique analyze PATH... [--db FILE]     read, code, store, print a briefing
    communique extract PATH... [--explain]     PLOVER-style JSONL on stdout
    communique classify FILE|- [--explain]     one label per dyad line
    communique eval [--dyads F] [--article F --gold F]
    communique briefing [--db FILE]

Errors print one line on stderr and exit with status 2; skipped inputs are reported on
stderr as they happen and counted in the closing summary.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__, settings
from .errors import CommuniqueError, InputError

def _shared(*parts: str) -> str:
    """Default paths in ../shared beside the checkout (or COMMUNIQUE_SHARED)."""
    import os

    root = Path(os.environ.get("COMMUNIQUE_SHARED", Path.cwd().parent / "shared"))
    return str(root.joinpath(*parts))


def _err(line: str) -> None:
    print(line, file=sys.stderr)


def cmd_extract(args) -> int:
    from .pipeline import Report, analyze
    from .records import to_record

    report = Report()
    out = sys.stdout
    for article in analyze(args.paths, report=report, explain=args.explain, on_skip=lambda s: _err(str(s))):
        for event in article.events:
            out.write(json.dumps(to_record(article, event), ensure_ascii=False) + "\n")
    _err(report.summary())
    return 0 if report.articles or not report.skipped else 1


def cmd_classify(args) -> int:
    from .classify import classify, read_dyads

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
            _err(f"skipped {item.line()}")
        else:
            good.append(item)
    for res in classify(good, roots=not args.plover, explain=args.explain):
        results.append(res)
        sys.stdout.write(json.dumps(res, ensure_ascii=False) + "\n")
    _err(f"{len(results)} dyads classified" + (f"; skipped {bad} bad lines" if bad else ""))
    return 0


def cmd_eval(args) -> int:
    from .evaluate import evaluate_dyads, evaluate_reading

    lines = []
    if Path(args.dyads).is_file():
        scores = evaluate_dyads(args.dyads)
        print(f"{'type':<10} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>5}")
        for lab, s in sorted(scores.per_type.items()):
            print(f"{lab:<10} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['support']:>5}")
        lines.append(scores.summary())
    else:
        _err(f"skipped dyads: {args.dyads} not found (fix: pass --dyads PATH)")
    if Path(args.article).is_file() and Path(args.gold).is_file():
        reading = evaluate_reading(args.article, args.gold)
        if reading.missing:
            print("missing reference events: " + ", ".join(reading.missing))
        for extra in reading.extras:
            print(f"extra: {extra}")
        lines.append(reading.summary())
    else:
        _err(f"skipped reading: {args.article} or {args.gold} not found (fix: pass --article and --gold)")
    print("SUMMARY " + " | ".join(lines) if lines else "SUMMARY nothing evaluated")
    return 0 if lines else 1


def cmd_analyze(args) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .briefing import build, render
    from .pipeline import Report, analyze
    from .store import Store

    console = Console(stderr=False)
    report = Report()
    db = settings.get("db", args.db)
    with Store(db) as store, Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                      TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                                      console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("analyzing", total=None)
        batch = []
        for article in analyze(args.paths, report=report, on_skip=lambda s: progress.console.print(str(s))):
            batch.append(article)
            progress.advance(task)
            if len(batch) >= 32:
                store.add_articles(batch)
                batch = []
        store.add_articles(batch)
    _err(report.summary())
    render(build(db), console)
    return 0


def cmd_briefing(args) -> int:
    from rich.console import Console

    from .briefing import build, render

    render(build(settings.get("db", args.db)), Console())
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="communique", description="News in, a source-cited record of diplomacy "
                                "and conflict out (PLOVER events with status, attribution, dates and places).")
    p.add_argument("--version", action="version", version=f"communique {__version__}")
    p.add_argument("--model", help="spaCy pipeline to load (setting spacy_model)")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="print one PLOVER-style JSON object per event")
    e.add_argument("paths", nargs="+", help="files, directories, .jsonl/.csv corpora, or - for stdin")
    e.add_argument("--explain", action="store_true", help="add why each event was coded")
    e.set_defaults(func=cmd_extract)

    c = sub.add_parser("classify", help="label what source does to target in each JSONL dyad")
    c.add_argument("file", help='JSONL with {"id","text","source","target"} per line, or -')
    c.add_argument("--explain", action="store_true", help="add the trigger, pattern and score")
    c.add_argument("--plover", action="store_true", help="16 PLOVER types instead of the 15 roots (YIELD)")
    c.set_defaults(func=cmd_classify)

    v = sub.add_parser("eval", help="measure the coder on labelled dyads and a reference reading")
    v.add_argument("--dyads", default=_shared("gold", "dyads-dev.jsonl"), help="labelled dyads JSONL")
    v.add_argument("--article", default=_shared("seed", "article.txt"), help="article with a reference reading")
    v.add_argument("--gold", default=_shared("seed", "gold.json"), help="the reference reading (JSON)")
    v.set_defaults(func=cmd_eval)

    a = sub.add_parser("analyze", help="code articles into the DuckDB record and print a briefing")
    a.add_argument("paths", nargs="+", help="files, directories, corpora, or -")
    a.add_argument("--db", help="DuckDB file (setting db)")
    a.set_defaults(func=cmd_analyze)

    b = sub.add_parser("briefing", help="print the briefing of a stored record")
    b.add_argument("--db", help="DuckDB file (setting db)")
    b.set_defaults(func=cmd_briefing)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.model:
        import os

        os.environ["COMMUNIQUE_SPACY_MODEL"] = args.model
    try:
        return args.func(args)
    except CommuniqueError as err:
        _err(f"error: {err.line()}")
        return err.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
