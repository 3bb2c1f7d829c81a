"""One event per happening across articles.

Within an article, mentions are merged by `merge`. Across articles, each stored event is linked
to a happening: an existing one when the type is the same, the parties overlap, the dates agree
(same day within `DAY_WINDOW` days, or one date contains the other: "2025-08" and "2025-08-15")
and the places agree (or one is missing); otherwise a new one. A happening keeps its source count
(distinct articles), mention count, the parties of its first report (they are not widened, so
one loose match cannot snowball), first and last report, and a status chosen from its reports:
confirmed reports count twice, hedged ones once. Reports that contradict each other (one says it
happened, another that it did not) are kept and the happening is flagged `conflict`.
"""
from __future__ import annotations

import hashlib
from datetime import date as Date

from ..coding.places import geocode

DAY_WINDOW = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS happenings (
    id VARCHAR PRIMARY KEY, event VARCHAR, mode VARCHAR, status VARCHAR, conflict BOOLEAN,
    date VARCHAR, place VARCHAR, country_code VARCHAR, actor_codes VARCHAR, recipient_codes VARCHAR,
    sources INTEGER, mentions INTEGER, first_report VARCHAR, last_report VARCHAR
);
CREATE TABLE IF NOT EXISTS happening_events (happening_id VARCHAR, event_id VARCHAR, article_id VARCHAR);
"""
_CONTRARY = {frozenset({"occurred", "negated"})}


def _codes(text: str | None) -> set[str]:
    return {c for c in (text or "").split(";") if c and c != "UNK"}


def _day(value: str) -> Date | None:
    try:
        return Date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    da, db = _day(a), _day(b)
    if da and db:
        return abs((da - db).days) <= DAY_WINDOW
    return a.startswith(b) or b.startswith(a)


def parties_agree(rec: dict, hap: tuple) -> bool:
    """Directed events need overlapping actors and recipients; joint ones two shared parties
    (or all of the smaller side)."""
    actors, recips = {a["code"] for a in rec["actor"]} - {"UNK"}, {r["code"] for r in rec["recipient"]} - {"UNK"}
    h_actors, h_recips = _codes(hap[8]), _codes(hap[9])
    if not recips and not h_recips:
        shared = actors & h_actors
        return len(shared) >= min(2, len(actors), len(h_actors)) and bool(shared)
    return bool(actors & h_actors) and (not recips or not h_recips or bool(recips & h_recips))


def places_agree(rec: dict, hap: tuple) -> bool:
    """Same place, or a city and the state or country around it, whichever of the two names the
    wider area ("Anchorage" and "Alaska")."""
    loc = rec["event_loc"]
    if not loc["place"] or not hap[6]:
        return True
    if loc["place"] == hap[6]:
        return True
    wider = loc["lat"] is None or _area(hap[6])
    return wider and loc["country_code"] == hap[7]


def _area(name: str) -> bool:
    """A country or state rather than a city."""
    place = geocode(name)
    return place is not None and place.lat is None


def anchored(rec: dict, hap: tuple) -> bool:
    """Reports from different articles are one happening only if both give a date, or both give
    a place: two undated, unplaced "Russia struck Ukraine" reports may be different strikes."""
    return bool(rec["date"] and hap[5]) or bool(rec["event_loc"]["place"] and hap[6])


def link(con, article_id: str, published: str | None, rec: dict) -> str:
    """Attach a stored event record to its happening; returns the happening id."""
    cands = con.execute(
        "SELECT id, event, mode, status, conflict, date, place, country_code, actor_codes, recipient_codes,"
        " sources, mentions, first_report, last_report FROM happenings WHERE event = ?", [rec["event"]]).fetchall()
    for hap in cands:
        if anchored(rec, hap) and dates_agree(rec["date"], hap[5]) and parties_agree(rec, hap) \
                and places_agree(rec, hap):
            _join(con, hap, article_id, published, rec)
            return hap[0]
    return _create(con, article_id, published, rec)


def _create(con, article_id, published, rec) -> str:
    hid = "hp-" + hashlib.sha1(rec["id"].encode()).hexdigest()[:12]
    loc = rec["event_loc"]
    con.execute("INSERT INTO happenings VALUES (?, ?, ?, ?, false, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                [hid, rec["event"], rec["mode"], rec["status"], rec["date"], loc["place"], loc["country_code"],
                 ";".join(a["code"] for a in rec["actor"]), ";".join(r["code"] for r in rec["recipient"]),
                 rec["mentions"], published, published])
    con.execute("INSERT INTO happening_events VALUES (?, ?, ?)", [hid, rec["id"], article_id])
    return hid


def _join(con, hap, article_id, published, rec) -> None:
    hid = hap[0]
    con.execute("INSERT INTO happening_events VALUES (?, ?, ?)", [hid, rec["id"], article_id])
    statuses = con.execute(
        "SELECT e.status, e.hedged FROM happening_events h JOIN events e ON e.id = h.event_id WHERE h.happening_id = ?",
        [hid]).fetchall()
    weight: dict[str, int] = {}
    for status, hedged in statuses:
        weight[status] = weight.get(status, 0) + (1 if hedged else 2)
    status = max(weight.items(), key=lambda kv: kv[1])[0]
    conflict = any(pair <= set(weight) for pair in _CONTRARY)
    sources = con.execute("SELECT count(DISTINCT article_id) FROM happening_events WHERE happening_id = ?",
                          [hid]).fetchone()[0]
    date = max([d for d in (hap[5], rec["date"]) if d], key=len, default=None)
    loc = rec["event_loc"]
    place, country = (loc["place"], loc["country_code"]) if (loc["place"] and (not hap[6] or loc["lat"] is not None)) else (hap[6], hap[7])
    reports = [r for r in (hap[12], hap[13], published) if r]
    con.execute(
        "UPDATE happenings SET status = ?, conflict = ?, date = ?, place = ?, country_code = ?,"
        " sources = ?, mentions = mentions + ?, first_report = ?, last_report = ? WHERE id = ?",
        [status, conflict, date, place, country, sources, rec["mentions"], min(reports, default=None),
         max(reports, default=None), hid])
