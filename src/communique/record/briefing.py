"""The briefing: what the record holds, in a few tables read from the store.

`build` is the whole record at a glance (the terminal briefing after `analyze`). `situation` is
the briefing for a filter (a party, a country, a period, topic words): what happened, one row
per happening; who is at the table and who is sidelined in the negotiation rounds; the open
commitments with their deadlines, days left or overdue as of a day; hedged against confirmed claims.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from ..errors import InputError
from .queries import CONFLICT, COOPERATION, DAY, MONTH, codes, period_clauses, reading, rows_of, where_clause
from .store import connect, limit_memory


@dataclass
class Briefing:
    db: str
    articles: int
    events: int
    by_type: list[tuple[str, int]]
    timeline: list[tuple[str, str, str, str]]     # date, event, dyad, trigger sentence start
    dyads: list[tuple[str, str, int, float]]       # actor, recipient, count, mean goldstein
    hedged: int
    confirmed: int
    by_status: list[tuple[str, int]]


# The most frequent directed dyads, from the events' own code lists: one pass over one table,
# grouped by dyad, so memory does not grow with the record (joining events to their actor rows
# twice, as before, held hash tables over every event: at the end of a 100,000-article run the
# briefing was the writer process's highest peak).
DYADS = ("SELECT a, r, count(*) n, round(avg(goldstein), 1) FROM ("
         " SELECT unnest(list_distinct(string_split(actor_codes, ';'))) a, recipient_codes, goldstein FROM events"
         " WHERE recipient_codes <> '') s, unnest(list_distinct(string_split(s.recipient_codes, ';'))) t(r)"
         " WHERE a <> 'UNK' AND r <> 'UNK' GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?")


def build(db: str | Path, *, limit: int = 12) -> Briefing:
    con = connect(db, read_only=True)
    try:
        limit_memory(con)            # aggregates over every event: bounded, not growing with the record
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        return Briefing(
            db=str(Path(db).resolve()),
            articles=one("SELECT count(*) FROM articles"),
            events=one("SELECT count(*) FROM events"),
            by_type=con.execute("SELECT event, count(*) n FROM events GROUP BY event ORDER BY n DESC, event").fetchall(),
            timeline=con.execute(
                "SELECT date, event || coalesce('/' || mode, ''), actor_codes || ' -> ' || coalesce(nullif(recipient_codes, ''), '(joint)'),"
                " status FROM events WHERE date IS NOT NULL ORDER BY date, event LIMIT ?", [limit * 2]).fetchall(),
            dyads=con.execute(DYADS, [limit]).fetchall(),
            hedged=one("SELECT count(*) FROM events WHERE hedged"),
            confirmed=one("SELECT count(*) FROM events WHERE NOT hedged"),
            by_status=con.execute("SELECT status, count(*) n FROM events GROUP BY status ORDER BY n DESC").fetchall(),
        )
    finally:
        con.close()


def render(b: Briefing, console) -> None:
    """Print the briefing with rich tables."""
    from rich.table import Table

    console.print(f"[bold]communique briefing[/bold]: {b.articles} articles, {b.events} events")
    t = Table(title="Events per type")
    t.add_column("type")
    t.add_column("events", justify="right")
    for name, n in b.by_type:
        t.add_row(name, str(n))
    console.print(t)
    t = Table(title="Timeline (dated events)")
    for col in ("date", "event", "who -> whom", "status"):
        t.add_column(col)
    for row in b.timeline:
        t.add_row(*[str(x) for x in row])
    console.print(t)
    t = Table(title="Most active dyads")
    for col in ("actor", "recipient", "events", "mean Goldstein"):
        t.add_column(col)
    for row in b.dyads:
        t.add_row(*[str(x) for x in row])
    console.print(t)
    statuses = ", ".join(f"{n} {s}" for s, n in b.by_status)
    console.print(f"Attribution: {b.hedged} hedged, {b.confirmed} confirmed. Status: {statuses}.")
    console.print(f"Database: {b.db}")


# -- the briefing for a filter ------------------------------------------------------------

NEWEST = DAY.format(t="e") + " DESC NULLS LAST, e.id"
FIGURES = ("SELECT count(*), count(DISTINCT e.article_id), "
           f"count(*) FILTER (WHERE e.quad_code IN {COOPERATION}), count(*) FILTER (WHERE e.quad_code IN {CONFLICT}), "
           "count(*) FILTER (WHERE e.hedged), count(*) FILTER (WHERE NOT e.hedged), "
           "count(*) FILTER (WHERE coalesce(e.speaker, '') <> '') FROM events e{where}")
BY_TYPE = "SELECT e.event, count(*) AS n FROM events e{where} GROUP BY e.event ORDER BY n DESC, e.event"
MONTHS = (f"SELECT {MONTH} AS month, count(*) FILTER (WHERE e.quad_code IN {COOPERATION}) AS cooperation, "
          f"count(*) FILTER (WHERE e.quad_code IN {CONFLICT}) AS conflict FROM events e{{where}} "
          "GROUP BY month ORDER BY month")
# one row per happening: the newest report of it that the filter keeps
HAPPENED = ("SELECT e.id, e.date, e.event, e.mode, e.status, e.quad_code, e.actor_codes, e.recipient_codes, e.place, "
            "e.hedged, e.speaker, e.sentence, h.id AS happening_id, h.sources, h.conflict "
            "FROM events e LEFT JOIN happening_events he ON he.event_id = e.id "
            "LEFT JOIN happenings h ON h.id = he.happening_id{where} "
            f"QUALIFY row_number() OVER (PARTITION BY coalesce(h.id, e.id) ORDER BY {NEWEST}) = 1 "
            f"ORDER BY {NEWEST} LIMIT ?")
CLAIMS = (f"SELECT e.id, e.date, e.event, e.status, e.speaker, e.cue, e.hedged, e.sentence FROM events e{{where}} "
          f"ORDER BY {NEWEST} LIMIT ?")


def situation(db, *, actor: str | None = None, country: str | None = None, since: str | None = None,
              until: str | None = None, topic: str | None = None, as_of: str | None = None,
              limit: int = 15, examples: int = 6) -> dict:
    """The briefing for a filter, as plain dicts. `actor` is a party code in any role, `country`
    the ISO3 code (or name) of where it happened, `topic` words the evidence must all contain;
    `as_of` (YYYY-MM-DD, default today) is the day deadlines are counted from. At most `limit`
    happenings and `examples` claims of each kind are listed. The figures are counted in DuckDB,
    so a filter that keeps a million events costs a few scans, not a million rows in Python."""
    today = _as_of(as_of)
    words = re.findall(r"\w[\w'-]*", (topic or "").lower())[:12]
    where, params = where_clause(party=actor, place=country, since=since, until=until, words=words)
    also = (where + " AND") if where else " WHERE"
    with reading(db) as con:
        n, articles, coop, conflict, hedged, confirmed, attributed = con.execute(
            FIGURES.format(where=where), params).fetchone()
        by_type = rows_of(con.execute(BY_TYPE.format(where=where), params))
        months = rows_of(con.execute(MONTHS.format(where=where + (" AND" if where else " WHERE")
                                                   + " e.date IS NOT NULL"), params))
        happened = rows_of(con.execute(HAPPENED.format(where=where), params + [limit]))
        hedged_reports = rows_of(con.execute(CLAIMS.format(where=also + " e.hedged"), params + [examples]))
        confirmed_reports = rows_of(con.execute(
            CLAIMS.format(where=also + " NOT e.hedged AND coalesce(e.speaker, '') <> ''"), params + [examples]))
        rounds = _rounds(con, actor, country, since, until, words)
        ledger = _commitments(con, actor, country, since, until, words)
    for ev in happened:
        ev["actor_codes"], ev["recipient_codes"] = codes(ev["actor_codes"]), codes(ev["recipient_codes"])
    return {
        "filter": {"actor": actor, "country": country, "since": since, "until": until, "topic": topic,
                   "as_of": today.isoformat()},
        "events": n, "articles": articles, "cooperation": coop, "conflict": conflict,
        "by_type": by_type, "months": months, "happened": happened,
        "rounds": len(rounds),
        "at_the_table": _tally(rounds, "participants", "mediator"),
        "sidelined": _tally(rounds, "excluded"),
        "open_commitments": [_due(c, today) for c in ledger],
        "claims": {"hedged": hedged, "confirmed": confirmed, "attributed": attributed,
                   "hedged_reports": hedged_reports, "confirmed_reports": confirmed_reports},
    }


def _as_of(value: str | None) -> Date:
    if not value:
        return Date.today()
    try:
        return Date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"--as-of {value!r}", "not a day", "write it as YYYY-MM-DD") from None


def _scope(select: str, actor, country, since, until, words, party_columns: tuple[str, ...],
           clauses: tuple[str, ...] = ()) -> tuple[str, list]:
    """`select` (FROM rounds or commitments aliased `r`, joined to their event `e`) with the filter
    and any further fixed `clauses`."""
    clauses, params = list(clauses), []
    if actor:
        joined = " || ';' || ".join(f"coalesce(r.{c}, '')" for c in party_columns)
        clauses.append(f"list_contains(string_split({joined}, ';'), ?)")
        params.append(actor.strip().upper())
    if country:
        clauses.append("(upper(e.country_code) = ? OR lower(e.place) = ?)")
        params += [country.strip().upper(), country.strip().lower()]
    period_clauses(clauses, params, since, until, "r")
    for word in words:
        clauses.append("contains(lower(e.sentence), ?)")
        params.append(word)
    return select + (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _rounds(con, actor, country, since, until, words) -> list[dict]:
    sql, params = _scope("SELECT r.record FROM rounds r LEFT JOIN events e ON e.id = r.event_id",
                         actor, country, since, until, words, ("participants", "mediator", "excluded"))
    return [json.loads(r[0]) for r in con.execute(sql + " ORDER BY r.date NULLS LAST, r.id", params).fetchall()]


def _commitments(con, actor, country, since, until, words) -> list[dict]:
    sql, params = _scope("SELECT r.record, r.deadline_date FROM commitments r LEFT JOIN events e ON e.id = r.event_id",
                         actor, country, since, until, words, ("by_codes", "to_codes"), ("r.status <> 'fulfilled'",))
    rows = con.execute(sql + " ORDER BY r.deadline_date NULLS LAST, r.id", params).fetchall()
    return [{**json.loads(rec), "deadline_date": due} for rec, due in rows]


def _tally(rounds: list[dict], *fields: str) -> list[dict]:
    """Codes named in these fields of the rounds, with how many rounds name them, most first."""
    counts: Counter = Counter()
    where: dict[str, list[str]] = {}
    for r in rounds:
        for code in dict.fromkeys(c for f in fields for c in r[f]):
            counts[code] += 1
            where.setdefault(code, []).append(" ".join(x for x in (r["place"], r["date"]) if x) or "unplaced, undated")
    return [{"code": c, "rounds": n, "where": where[c]} for c, n in counts.most_common()]


def _due(c: dict, today: Date) -> dict:
    """A commitment with `days_left` (negative: overdue) when its deadline is a known day."""
    days = None
    if c.get("deadline_date") and len(c["deadline_date"]) == 10:
        try:
            days = (Date.fromisoformat(c["deadline_date"]) - today).days
        except ValueError:
            days = None
    return {**c, "days_left": days, "overdue": days is not None and days < 0}


def render_situation(b: dict, console) -> None:
    """Print the briefing for a filter with rich tables."""
    from rich.table import Table

    shown = ", ".join(f"{k}={v}" for k, v in b["filter"].items() if v and k != "as_of") or "the whole record"
    console.print(f"[bold]briefing[/bold] for {shown} (as of {b['filter']['as_of']}): {b['events']} events in "
                  f"{b['articles']} articles, {b['cooperation']} cooperation, {b['conflict']} conflict")
    t = Table(title="What happened (one row per happening, newest first)")
    for col in ("date", "event", "who -> whom", "where", "status", "sources"):
        t.add_column(col)
    for h in b["happened"]:
        t.add_row(h["date"] or "", h["event"] + (f"/{h['mode']}" if h["mode"] else ""),
                  " ".join(h["actor_codes"]) + " -> " + (" ".join(h["recipient_codes"]) or "(joint)"),
                  h["place"] or "", h["status"] + (" (hedged)" if h["hedged"] else ""), str(h["sources"] or 1))
    console.print(t)
    seats = ", ".join(f"{s['code']} ({s['rounds']})" for s in b["at_the_table"]) or "no rounds"
    aside = "; ".join(f"{s['code']} ({', '.join(s['where'])})" for s in b["sidelined"]) or "nobody"
    console.print(f"At the table: {seats}. Sidelined: {aside}.")
    t = Table(title="Open commitments")
    for col in ("kind", "by -> to", "what", "deadline", "status"):
        t.add_column(col)
    for c in b["open_commitments"]:
        due = c["deadline"] or ""
        if c["days_left"] is not None:
            due = f"{c['deadline_date']} ({-c['days_left']} days overdue)" if c["overdue"] else \
                f"{c['deadline_date']} ({c['days_left']} days left)"
        t.add_row(c["kind"], " ".join(c["by"]) + " -> " + " ".join(c["to"]), c["content"] or "", due, c["status"])
    console.print(t)
    claims = b["claims"]
    console.print(f"Claims: {claims['hedged']} hedged, {claims['confirmed']} confirmed "
                  f"({claims['attributed']} attributed to a speaker).")
