"""The command line: a thin layer that parses arguments and calls the library.

    communique analyze PATH... [--db FILE]     read, code, store, print a briefing
    communique extract PATH... [--explain]     PLOVER-style JSONL on stdout
    communique classify FILE|- [--explain]     one label per dyad line
    communique eval [--dyads F] [--article F --gold F]
    communique briefing [--db FILE]
    communique events|timeline|network|sources [filters] [--json]
    communique rounds|commitments [filters] [--json]
    communique ask "question" [--json]
    communique export FORMAT OUT

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


def _show_query(kind: str, rows: list[dict], as_json: bool) -> int:
    """Print query rows as JSON or as the compact table `queries.table` builds."""
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console

    from . import queries

    Console().print(queries.table(kind, rows))
    return 0


def cmd_events(args) -> int:
    from . import queries

    rows = queries.events(settings.get("db", args.db), actor=args.actor, recipient=args.recipient, type=args.type,
                          status=args.status, hedged=args.hedged, since=args.since, until=args.until,
                          place=args.place, text=args.text, limit=args.limit or None)
    return _show_query("events", rows, args.json)


def cmd_timeline(args) -> int:
    from . import queries

    rows = queries.timeline(settings.get("db", args.db), actor=args.actor, type=args.type, since=args.since,
                            until=args.until)
    return _show_query("timeline", rows, args.json)


def cmd_network(args) -> int:
    from . import queries

    rows = queries.network(settings.get("db", args.db), min_events=args.min_events)
    return _show_query("network", rows, args.json)


def cmd_sources(args) -> int:
    from . import queries

    rows = queries.sources(settings.get("db", args.db), event_id=args.event)
    return _show_query("sources", rows, args.json)


def cmd_export(args) -> int:
    from .exports import export

    n = export(settings.get("db", args.db), args.format, args.out)
    _err(f"wrote {n} events to {args.out} ({args.format})")
    return 0


def cmd_rounds(args) -> int:
    from .record import rounds

    rows = rounds(settings.get("db", args.db), place=args.place)
    _emit(rows, args.json, ("place", "date", "status", "participants", "mediator", "excluded",
                            "delegation_heads", "unconfirmed_members", "outcome"))
    return 0


def cmd_commitments(args) -> int:
    from .record import commitments

    rows = commitments(settings.get("db", args.db), kind=args.kind, status=args.status,
                       due_before=args.due_before, actor=args.actor)
    _emit(rows, args.json, ("kind", "by", "to", "content", "deadline", "condition", "status"))
    return 0


def cmd_ask(args) -> int:
    from .ask import ask

    answer = ask(settings.get("db", args.db), args.question)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(answer.answer)
    for s in answer.supports:
        print(f"  - {s['sentence']}" + (f"  [{s['url']}]" if s.get("url") else ""))
    return 0


def _emit(rows: list[dict], as_json: bool, columns: tuple) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*[_cell(row.get(col)) for col in columns])
    Console().print(table)


def _cell(value) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


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

    q = sub.add_parser("events", help="list stored events matching filters (all filters combine with AND)")
    for flag, what in (("--actor", "actor code, e.g. USA"), ("--recipient", "recipient code, e.g. UKR"),
                       ("--type", "PLOVER type (own or collapsed label), e.g. ASSAULT"),
                       ("--status", "occurred, planned, negated or hypothetical"),
                       ("--since", "first date, YYYY[-MM[-DD]]"), ("--until", "last date, YYYY[-MM[-DD]]"),
                       ("--place", "place name or ISO3 country code"), ("--text", "substring of the sentence")):
        q.add_argument(flag, help=what)
    hedge = q.add_mutually_exclusive_group()
    hedge.add_argument("--hedged", dest="hedged", action="store_const", const=True, help="only hedged reports")
    hedge.add_argument("--confirmed", dest="hedged", action="store_const", const=False, help="only unhedged reports")
    q.add_argument("--limit", type=int, default=100, help="most events shown (default 100; 0 for all)")
    q.add_argument("--db", help="DuckDB file (setting db)")
    q.add_argument("--json", action="store_true", help="print JSON instead of a table")
    q.set_defaults(func=cmd_events)

    t = sub.add_parser("timeline", help="dated events per month, split into cooperation and conflict")
    for flag, what in (("--actor", "actor code, e.g. USA"), ("--type", "PLOVER type, e.g. ASSAULT"),
                       ("--since", "first date, YYYY[-MM[-DD]]"), ("--until", "last date, YYYY[-MM[-DD]]")):
        t.add_argument(flag, help=what)
    t.add_argument("--db", help="DuckDB file (setting db)")
    t.add_argument("--json", action="store_true", help="print JSON instead of a table")
    t.set_defaults(func=cmd_timeline)

    n = sub.add_parser("network", help="directed dyads actor -> recipient with cooperation/conflict balance")
    n.add_argument("--min-events", type=int, default=1, help="leave out dyads with fewer events (default 1)")
    n.add_argument("--db", help="DuckDB file (setting db)")
    n.add_argument("--json", action="store_true", help="print JSON instead of a table")
    n.set_defaults(func=cmd_network)

    s = sub.add_parser("sources", help="who reports what: each article with the events it supports")
    s.add_argument("--event", help="only the article(s) supporting this event id")
    s.add_argument("--db", help="DuckDB file (setting db)")
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    s.set_defaults(func=cmd_sources)

    x = sub.add_parser("export", help="write every stored event as plover-jsonl, gdelt-tsv, acled-csv or parquet")
    x.add_argument("format", choices=["plover-jsonl", "gdelt-tsv", "acled-csv", "parquet"], help="output format")
    x.add_argument("out", help="output file")
    x.add_argument("--db", help="DuckDB file (setting db)")
    x.set_defaults(func=cmd_export)
    r = sub.add_parser("rounds", help="negotiation rounds: place, date, mediator, participants, excluded, outcome")
    r.add_argument("--place", help="only rounds at this place")
    r.add_argument("--db", help="DuckDB file (setting db)")
    r.add_argument("--json", action="store_true", help="print JSON")
    r.set_defaults(func=cmd_rounds)

    m = sub.add_parser("commitments", help="the ledger of promises, offers, requests, demands, threats, ultimatums")
    m.add_argument("--kind", help="request, demand, threat, ultimatum, offer, promise or agreement")
    m.add_argument("--status", help="pending, fulfilled, lapsed, unclear or unknown")
    m.add_argument("--due-before", dest="due_before", help="only commitments with a deadline before this date")
    m.add_argument("--actor", help="only commitments made by or to this code")
    m.add_argument("--db", help="DuckDB file (setting db)")
    m.add_argument("--json", action="store_true", help="print JSON")
    m.set_defaults(func=cmd_commitments)

    k = sub.add_parser("ask", help="answer a question from the record, citing the supporting sentences")
    k.add_argument("question", help='e.g. "Who leads Ukraine\'s delegation?"')
    k.add_argument("--db", help="DuckDB file (setting db)")
    k.add_argument("--json", action="store_true", help="print JSON")
    k.set_defaults(func=cmd_ask)
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
