"""Every command and flag of `communique`, declared once (the docs test reads them from here)."""
from __future__ import annotations

import argparse

from .. import __version__
from .output import shared
from .engine_commands import cmd_generate, cmd_watch
from .pipeline_commands import cmd_analyze, cmd_classify, cmd_eval, cmd_extract
from .record_commands import (cmd_ask, cmd_briefing, cmd_commitments, cmd_events, cmd_export, cmd_network,
                              cmd_rounds, cmd_sources, cmd_timeline)
from .serve_commands import cmd_serve


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
    v.add_argument("--dyads", default=shared("gold", "dyads-dev.jsonl"), help="labelled dyads JSONL")
    v.add_argument("--article", default=shared("seed", "article.txt"), help="article with a reference reading")
    v.add_argument("--gold", default=shared("seed", "gold.json"), help="the reference reading (JSON)")
    v.add_argument("--news", nargs="?", const=shared("gold", "news-dev.jsonl"), metavar="FILE",
                   help="instead, score extract on real news coded in full (default ../shared/gold/news-dev.jsonl)")
    v.add_argument("--misses", action="store_true", help="with --news: print each missed and each wrong event")
    v.set_defaults(func=cmd_eval)

    a = sub.add_parser("analyze", help="code articles into the DuckDB record and print a briefing")
    a.add_argument("paths", nargs="+", help="files, directories, corpora, or -")
    a.add_argument("--db", help="DuckDB file (setting db)")
    a.add_argument("--workers", type=int, help="processes that parse and code, one model load each "
                   "(setting workers; default: one per core)")
    a.add_argument("--engine", choices=["local", "ray"], help="local processes, or Ray Data (setting engine)")
    a.add_argument("--address", help="Ray cluster address for --engine ray (setting ray_address; "
                   "default: start a local cluster)")
    a.add_argument("--parquet", help="folder for --engine ray's Parquet output (setting parquet_dir; "
                   "default: DB.parquet)")
    a.set_defaults(func=cmd_analyze)

    w = sub.add_parser("watch", help="ingest files as they arrive in a folder, in batches, a summary line per batch")
    w.add_argument("folder", help="the folder to watch (recursively)")
    w.add_argument("--db", help="DuckDB file (setting db)")
    w.add_argument("--workers", type=int, help="processes that parse and code (setting workers; default: one per core)")
    w.add_argument("--interval", type=float, help="seconds between looks at the folder (setting watch_interval)")
    w.add_argument("--once", action="store_true", help="store the files there now, then stop")
    w.set_defaults(func=cmd_watch)

    g = sub.add_parser("generate", help="write a synthetic corpus for benchmarks (templates + actor knowledge base)")
    g.add_argument("out", help="output folder")
    g.add_argument("--articles", type=int, default=1000, help="how many articles (default 1000)")
    g.add_argument("--per-file", dest="per_file", type=int, default=1000, help="articles per JSONL file (default 1000)")
    g.add_argument("--format", choices=["jsonl", "txt", "html"], default="jsonl",
                   help="JSONL shards (default), or one .txt or .html file per article")
    g.add_argument("--seed", type=int, default=1, help="the same seed writes the same corpus (default 1)")
    g.set_defaults(func=cmd_generate)

    b = sub.add_parser("briefing", help="print the briefing of a stored record, or of a filter of it")
    for flag, what in (("--actor", "a party code in any role, e.g. RUS"),
                       ("--country", "where it happened: ISO3 code or place name"),
                       ("--since", "first date, YYYY[-MM[-DD]]"), ("--until", "last date, YYYY[-MM[-DD]]"),
                       ("--topic", "words the evidence sentence must all contain"),
                       ("--as-of", "count deadlines from this day, YYYY-MM-DD (default today)")):
        b.add_argument(flag, help=what)
    b.add_argument("--db", help="DuckDB file (setting db)")
    b.add_argument("--json", action="store_true", help="print the filtered briefing as JSON")
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

    w = sub.add_parser("serve", help="start the dashboard: a local web app over the record, with its JSON API")
    w.add_argument("--db", help="DuckDB file (setting db)")
    w.add_argument("--host", help="address to listen on (setting host, default 127.0.0.1; others warn)")
    w.add_argument("--port", type=int, help="port to listen on (setting port, default 8000; 0 for any free port)")
    w.add_argument("--open", action="store_true", help="open the dashboard in a web browser")
    w.set_defaults(func=cmd_serve)
    return p
