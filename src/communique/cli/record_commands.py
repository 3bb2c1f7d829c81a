"""Commands that read the stored record: briefing, events, timeline, network, sources, export,
rounds, commitments, ask."""
from __future__ import annotations

import json

from .. import settings
from .output import emit, err, show_query


def cmd_briefing(args) -> int:
    from rich.console import Console

    from ..record.briefing import build, render, render_situation, situation

    db = settings.get("db", args.db)
    filters = {"actor": args.actor, "country": args.country, "since": args.since, "until": args.until,
               "topic": args.topic, "as_of": args.as_of}
    if not args.json and not any(filters.values()):
        render(build(db), Console())
        return 0
    b = situation(db, **filters)
    if args.json:
        print(json.dumps(b, ensure_ascii=False, indent=2))
    else:
        render_situation(b, Console())
    return 0


def cmd_events(args) -> int:
    from ..record import queries

    rows = queries.events(settings.get("db", args.db), actor=args.actor, recipient=args.recipient, type=args.type,
                          status=args.status, hedged=args.hedged, since=args.since, until=args.until,
                          place=args.place, text=args.text, limit=args.limit or None)
    return show_query("events", rows, args.json)


def cmd_timeline(args) -> int:
    from ..record import queries

    rows = queries.timeline(settings.get("db", args.db), actor=args.actor, type=args.type, since=args.since,
                            until=args.until)
    return show_query("timeline", rows, args.json)


def cmd_network(args) -> int:
    from ..record import queries

    rows = queries.network(settings.get("db", args.db), min_events=args.min_events)
    return show_query("network", rows, args.json)


def cmd_sources(args) -> int:
    from ..record import queries

    rows = queries.sources(settings.get("db", args.db), event_id=args.event)
    return show_query("sources", rows, args.json)


def cmd_export(args) -> int:
    from ..record.exports import export

    n = export(settings.get("db", args.db), args.format, args.out)
    err(f"wrote {n} events to {args.out} ({args.format})")
    return 0


def cmd_rounds(args) -> int:
    from ..record.queries import rounds

    rows = rounds(settings.get("db", args.db), place=args.place)
    emit(rows, args.json, ("place", "date", "status", "participants", "mediator", "excluded",
                            "delegation_heads", "unconfirmed_members", "outcome"))
    return 0


def cmd_commitments(args) -> int:
    from ..record.queries import commitments

    rows = commitments(settings.get("db", args.db), kind=args.kind, status=args.status,
                       due_before=args.due_before, actor=args.actor)
    emit(rows, args.json, ("kind", "by", "to", "content", "deadline", "condition", "status"))
    return 0


def cmd_ask(args) -> int:
    from ..record.ask import ask

    answer = ask(settings.get("db", args.db), args.question)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(answer.answer)
    for s in answer.supports:
        print(f"  - {s['sentence']}" + (f"  [{s['url']}]" if s.get("url") else ""))
    return 0
