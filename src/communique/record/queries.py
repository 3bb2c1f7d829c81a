"""Questions asked of the stored record: which events, over time, between whom, according to whom;
the negotiation rounds and the ledger of commitments.

Each function takes the path of a communique DuckDB file, opens its own read-only connection
(so readers run beside each other) and returns plain lists of dicts, ready for JSON.

Filters combine with AND and always travel as SQL parameters. Codes and types are matched in
upper case, statuses in lower case, places and text case-insensitively.

Dates keep the precision the text supports ("2022", "2025-08", "2026-02-10"). For `since` and
`until` an event date counts as the first day of its period ("2025-08" is 2025-08-01, "2022" is
2022-01-01). `since` is read the same way and `until` as the last day of its period ("2025-08"
is 2025-08-31), so `since="2025-08", until="2025-08"` keeps every August event, while an event
dated only "2025-08" falls before `since="2025-08-15"`. Undated events never match a date range.
"""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
from datetime import date as Date
from pathlib import Path

import duckdb

from ..coding import dates, lexicon
from ..errors import InputError, NotFoundError
from .store import connect

STATUSES = ("occurred", "planned", "negated", "hypothetical")
COOPERATION, CONFLICT = (1, 2), (3, 4)   # quad classes

# The event date as a comparable day: "2022" -> "2022-01-01", "2025-08" -> "2025-08-01".
DAY = ("CASE length({t}.date) WHEN 4 THEN {t}.date || '-01-01' WHEN 7 THEN {t}.date || '-01' "
       "ELSE left({t}.date, 10) END")
# The timeline bucket: the month, or the year alone for events known only to the year.
MONTH = "CASE length(e.date) WHEN 4 THEN e.date ELSE left(e.date, 7) END"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Indexes on the filter and join columns. Read-only connections cannot build them, so a writer
# calls `ensure_indexes`. On 1M events (benchmarks/queries.py) they changed no query's time:
# DuckDB answers these filters with scans and zone maps, and uses an index only for a few rows.
INDEXES = (
    "CREATE INDEX IF NOT EXISTS event_actors_code ON event_actors (code)",
    "CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors (event_id)",
    "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
)


def ensure_indexes(con: duckdb.DuckDBPyConnection) -> None:
    """Create the query indexes on a writable connection (idempotent)."""
    for sql in INDEXES:
        con.execute(sql)


@contextmanager
def reading(db: str | Path):
    """A read-only connection to `db`; a file without communique's tables is a one-line InputError."""
    con = connect(db, read_only=True)
    con.execute("SET python_enable_replacements = false")   # a missing table is an error, not a Python variable
    try:
        yield con
    except duckdb.CatalogException as err:
        raise InputError(str(db), f"not a communique database ({str(err).splitlines()[0]})",
                         "pass the --db file written by `communique analyze`") from None
    finally:
        con.close()


def codes(joined: str | None) -> list[str]:
    return [c for c in (joined or "").split(";") if c]


def day_bound(value: str, flag: str, *, end: bool) -> str:
    value = value.strip()
    if not _DATE.match(value):
        raise InputError(f"--{flag} {value!r}", "not a date", "use YYYY, YYYY-MM or YYYY-MM-DD")
    if len(value) == 10:
        return value
    if end:
        return value + ("-12-31" if len(value) == 4 else "-31")
    return value + ("-01-01" if len(value) == 4 else "-01")


def _type(value: str) -> str:
    name = value.strip().upper()
    types = lexicon.plover()["types"]
    if name not in types:
        raise InputError(f"--type {value!r}", "not a PLOVER type", "use one of " + ", ".join(sorted(types)))
    return name


def period_clauses(clauses: list, params: list, since: str | None, until: str | None, t: str) -> None:
    """Add the date-rule clauses for `since`/`until` over the `date` of table alias `t`."""
    if since:
        clauses.append(DAY.format(t=t) + " >= ?")
        params.append(day_bound(since, "since", end=False))
    if until:
        clauses.append(DAY.format(t=t) + " <= ?")
        params.append(day_bound(until, "until", end=True))


def where_clause(*, actor=None, recipient=None, type=None, status=None, hedged=None, since=None, until=None,
                 place=None, text=None, dated=False, party=None, words=()) -> tuple[str, list]:
    """The WHERE clause and its parameters for the shared filters (over events aliased `e`);
    `party` is a code in any role, `words` are substrings the sentence must all contain."""
    clauses, params = [], []
    if party:
        clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE code = ?)")
        params.append(party.strip().upper())
    for role, code in (("actor", actor), ("recipient", recipient)):
        if code:
            clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE code = ? AND role = ?)")
            params += [code.strip().upper(), role]
    if type:
        clauses.append("(e.event = ? OR e.plover_event = ?)")
        params += [_type(type)] * 2
    if status:
        if status.strip().lower() not in STATUSES:
            raise InputError(f"--status {status!r}", "not a status", "use one of " + ", ".join(STATUSES))
        clauses.append("e.status = ?")
        params.append(status.strip().lower())
    if hedged is not None:
        clauses.append("e.hedged = ?")
        params.append(bool(hedged))
    period_clauses(clauses, params, since, until, "e")
    if place:
        clauses.append("(lower(e.place) = ? OR upper(e.country_code) = ?)")
        params += [place.strip().lower(), place.strip().upper()]
    for word in ([text] if text else []) + list(words):
        clauses.append("contains(lower(e.sentence), ?)")
        params.append(word.lower())
    if dated:
        clauses.append("e.date IS NOT NULL")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def rows_of(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


EVENT_COLUMNS = ("e.id, e.date, e.event, e.mode, e.status, e.plover_event, e.quad_code, e.cameo, e.goldstein, "
                 "e.actor_codes, e.recipient_codes, e.place, e.country_code, e.lat, e.lon, e.speaker, e.hedged, "
                 "e.trigger, e.sentence, e.article_id")


def events(db, *, actor=None, recipient=None, type=None, status=None, hedged=None, since=None, until=None,
           place=None, text=None, limit: int | None = 100) -> list[dict]:
    """Events matching every given filter, oldest first (undated last), at most `limit` (None: all),
    each with its article's url."""
    if limit is not None and limit < 1:
        raise InputError(f"--limit {limit}", "must be at least 1", "pass a positive number, or 0 for no limit")
    where, params = where_clause(actor=actor, recipient=recipient, type=type, status=status, hedged=hedged,
                           since=since, until=until, place=place, text=text)
    order = "{day} NULLS LAST, {t}.date, {t}.id"
    sql = f"SELECT {EVENT_COLUMNS} FROM events e{where} ORDER BY " + order.format(day=DAY.format(t="e"), t="e")
    if limit is not None:
        sql, params = sql + " LIMIT ?", params + [limit]
    sql = (f"SELECT s.*, a.url FROM ({sql}) s LEFT JOIN articles a ON a.id = s.article_id "
           "ORDER BY " + order.format(day=DAY.format(t="s"), t="s"))
    with reading(db) as con:
        rows = rows_of(con.execute(sql, params))
    for row in rows:
        row["actor_codes"], row["recipient_codes"] = codes(row["actor_codes"]), codes(row["recipient_codes"])
    return rows


def timeline(db, *, actor=None, type=None, since=None, until=None) -> list[dict]:
    """Dated events per month: {month, n, cooperation, conflict}; year-only dates get a year bucket."""
    where, params = where_clause(actor=actor, type=type, since=since, until=until, dated=True)
    sql = (f"SELECT {MONTH} AS month, count(*) AS n, "
           f"count(*) FILTER (WHERE e.quad_code IN {COOPERATION}) AS cooperation, "
           f"count(*) FILTER (WHERE e.quad_code IN {CONFLICT}) AS conflict "
           f"FROM events e{where} GROUP BY month ORDER BY month")
    with reading(db) as con:
        return rows_of(con.execute(sql, params))


def network(db, *, min_events: int = 1) -> list[dict]:
    """Directed dyads actor -> recipient with at least `min_events` events (UNK parties left out)."""
    # Scores are summed as decimals: a float sum depends on the order rows arrive in.
    sql = ("WITH pairs AS (SELECT DISTINCT a.code AS actor, r.code AS recipient, a.event_id "
           "FROM event_actors a JOIN event_actors r ON r.event_id = a.event_id AND r.role = 'recipient' "
           "WHERE a.role = 'actor' AND a.code <> 'UNK' AND r.code <> 'UNK') "
           "SELECT p.actor, p.recipient, count(*) AS events, "
           f"count(*) FILTER (WHERE e.quad_code IN {COOPERATION}) AS cooperation, "
           f"count(*) FILTER (WHERE e.quad_code IN {CONFLICT}) AS conflict, round(sum(e.goldstein::DECIMAL(12, 3)) / count(*), 3) AS mean_goldstein "
           "FROM pairs p JOIN events e ON e.id = p.event_id GROUP BY p.actor, p.recipient "
           "HAVING count(*) >= ? ORDER BY events DESC, p.actor, p.recipient")
    with reading(db) as con:
        rows = rows_of(con.execute(sql, [min_events]))
    for row in rows:
        total = row["cooperation"] + row["conflict"]
        row["balance"] = (row["cooperation"] - row["conflict"]) / total if total else None
    return rows


def sources(db, *, event_id: str | None = None) -> list[dict]:
    """Who reports what: each article with the events it supports (only `event_id`'s when given)."""
    join, params = ("JOIN events e ON e.article_id = a.id AND e.id = ?", [event_id]) if event_id else \
        ("LEFT JOIN events e ON e.article_id = a.id", [])
    sql = ("SELECT a.id AS article_id, a.url, a.title, a.published, a.origin, e.id, e.date, e.event, e.mode, "
           "e.status, e.actor_codes, e.recipient_codes, e.speaker, e.hedged, e.cue, e.sentence "
           f"FROM articles a {join} ORDER BY a.published NULLS LAST, a.origin, a.id, e.start_char, e.id")
    with reading(db) as con:
        rows = rows_of(con.execute(sql, params))
    if event_id and not rows:
        raise NotFoundError(f"--event {event_id!r}", "no such event", "list event ids with `communique events --json`")
    articles: dict[str, dict] = {}
    for row in rows:
        art = articles.setdefault(row["article_id"], {k: row[k] for k in
                                                      ("article_id", "url", "title", "published", "origin")})
        art.setdefault("events", [])
        if row["id"] is not None:
            ev = {k: row[k] for k in ("id", "date", "event", "mode", "status", "speaker", "hedged", "cue", "sentence")}
            ev["actor_codes"], ev["recipient_codes"] = codes(row["actor_codes"]), codes(row["recipient_codes"])
            art["events"].append(ev)
    return list(articles.values())


def places(db, *, actor=None, type=None, status=None, since=None, until=None, text=None) -> list[dict]:
    """Where events happened: one row per place (a city with coordinates, or a country without),
    with its event count split into cooperation and conflict and up to 50 event ids, most events first."""
    where, params = where_clause(actor=actor, type=type, status=status, since=since, until=until, text=text)
    where = (where + " AND" if where else " WHERE") + " (e.place IS NOT NULL OR e.country_code IS NOT NULL)"
    sql = ("SELECT e.place, e.country_code, e.lat, e.lon, count(*) AS events, "
           f"count(*) FILTER (WHERE e.quad_code IN {COOPERATION}) AS cooperation, "
           f"count(*) FILTER (WHERE e.quad_code IN {CONFLICT}) AS conflict, "
           "list(e.id ORDER BY e.id)[1:50] AS event_ids "
           f"FROM events e{where} GROUP BY e.place, e.country_code, e.lat, e.lon "
           "ORDER BY events DESC, e.place NULLS LAST, e.country_code")
    with reading(db) as con:
        return rows_of(con.execute(sql, params))


# What the compact terminal table of each query shows, in order.
TABLE_COLUMNS = {
    "events": ("date", "event", "mode", "status", "actor_codes", "recipient_codes", "place", "hedged", "id"),
    "timeline": ("month", "n", "cooperation", "conflict"),
    "network": ("actor", "recipient", "events", "cooperation", "conflict", "balance", "mean_goldstein"),
    "sources": ("published", "source", "event", "status", "actor_codes", "recipient_codes", "speaker", "hedged", "id"),
}

HEADERS = {"actor_codes": "who", "recipient_codes": "whom", "mean_goldstein": "goldstein", "cooperation": "coop"}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return ",".join(value) or "-"
    return str(value)


def table(kind: str, rows: list[dict]):
    """A rich Table of query results (`kind` is events, timeline, network or sources)."""
    from rich import box
    from rich.table import Table

    if kind == "sources":
        rows = [{**ev, "published": art["published"], "source": art["url"] or art["origin"]}
                for art in rows for ev in art["events"] or [{"event": "(no events)"}]]
    columns = TABLE_COLUMNS[kind]
    t = Table(title=f"{kind} ({len(rows)} rows)", box=box.SIMPLE_HEAD, padding=(0, 0), pad_edge=False)
    for col in columns:
        t.add_column(HEADERS.get(col, col), no_wrap=True, min_width=15 if col == "id" else None)
    for row in rows:
        t.add_row(*[_cell(row.get(col)) for col in columns])
    return t


# -- rounds and commitments, as stored by `Store.add_articles` ---------------------------

def rounds(db: str, *, place: str | None = None) -> list[dict]:
    """Stored negotiation rounds, oldest first; `place` keeps those held there."""
    with reading(db) as con:
        sql, params = "SELECT record FROM rounds", []
        if place:
            sql += " WHERE lower(place) = lower(?)"
            params.append(place)
        rows = con.execute(sql + " ORDER BY date NULLS LAST, place", params).fetchall()
    return [json.loads(r[0]) for r in rows]


def _due_day(value: str) -> str:
    """A YYYY-MM-DD day as given, else the date the text names ("1 March 2026"); else an InputError."""
    try:
        return Date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        day = dates.parse(value, None)
    if day is None:
        raise InputError("--due-before", f"{value!r} is not a date", "write it as YYYY-MM-DD")
    return day


def commitments(db: str, *, kind: str | None = None, status: str | None = None,
                due_before: str | None = None, actor: str | None = None) -> list[dict]:
    """Stored commitments; `due_before` keeps those whose deadline resolves to a date before it."""
    due = _due_day(due_before) if due_before else None
    with reading(db) as con:
        clauses, params = [], []
        for column, value in (("kind", kind), ("status", status)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value.lower())
        if due_before:
            clauses.append("deadline_date IS NOT NULL AND deadline_date < ?")
            params.append(due)
        if actor:
            clauses.append("(list_contains(string_split(by_codes, ';'), ?) OR list_contains(string_split(to_codes, ';'), ?))")
            params += [actor.upper(), actor.upper()]
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = con.execute(f"SELECT record FROM commitments{where} ORDER BY deadline_date NULLS LAST, id", params).fetchall()
    return [json.loads(r[0]) for r in rows]
