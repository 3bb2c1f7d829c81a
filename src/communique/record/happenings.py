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

from .schema import insert

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
    loc = rec["event_loc"]
    if not loc["place"] or not hap[6]:
        return True
    return loc["place"] == hap[6] or (loc["lat"] is None and loc["country_code"] == hap[7])


def anchored(rec: dict, hap: tuple) -> bool:
    """Reports from different articles are one happening only if both give a date, or both give
    a place: two undated, unplaced "Russia struck Ukraine" reports may be different strikes."""
    return bool(rec["date"] and hap[5]) or bool(rec["event_loc"]["place"] and hap[6])


def link_all(con, reports: list[tuple[str, str | None, dict]]) -> None:
    """Attach a batch of stored event records, each `(article_id, published, record)`, to their
    happenings, in order. The result is that of linking them one at a time (each record sees the
    happenings the ones before it made or joined); the store is read once per batch for the
    candidates (same type, a shared actor code: `parties_agree` needs one) and written once."""
    if not reports:
        return
    batch = _Batch(con, reports)
    for article_id, published, rec in reports:
        for hap in batch.candidates(rec):
            if anchored(rec, hap) and dates_agree(rec["date"], hap[5]) and parties_agree(rec, hap) \
                    and places_agree(rec, hap):
                batch.join(hap, article_id, published, rec)
                break
        else:
            batch.create(article_id, published, rec)
    batch.write()


_COLUMNS = ("id, event, mode, status, conflict, date, place, country_code, actor_codes, recipient_codes,"
            " sources, mentions, first_report, last_report")


class _Batch:
    """The happenings a batch may touch, kept in memory (in the store's order) while it is linked."""

    def __init__(self, con, reports):
        self.con = con
        types = sorted({rec["event"] for _, _, rec in reports})
        codes = sorted({a["code"] for _, _, rec in reports for a in rec["actor"]} - {"UNK"})
        rows = con.execute(
            f"SELECT {_COLUMNS} FROM happenings WHERE list_contains(?, event)"
            " AND list_has_any(string_split(actor_codes, ';'), ?) ORDER BY rowid", [types, codes]).fetchall() \
            if codes else []
        self.haps = {row[0]: list(row) for row in rows}          # id -> row, in the store's order
        self.members: dict[str, list[tuple[str, bool, str]]] = {h: [] for h in self.haps}
        if self.haps:
            for hid, status, hedged, article in con.execute(
                    "SELECT h.happening_id, e.status, e.hedged, h.article_id FROM happening_events h"
                    " JOIN events e ON e.id = h.event_id WHERE list_contains(?, h.happening_id)"
                    " ORDER BY h.rowid", [list(self.haps)]).fetchall():
                self.members[hid].append((status, hedged, article))
        self.new: set[str] = set()
        self.changed: set[str] = set()
        self.links: list[tuple[str, str, str]] = []

    def candidates(self, rec: dict) -> list[tuple]:
        return [tuple(h) for h in self.haps.values() if h[1] == rec["event"]]

    def create(self, article_id, published, rec) -> None:
        hid = "hp-" + hashlib.sha1(rec["id"].encode()).hexdigest()[:12]
        loc = rec["event_loc"]
        self.haps[hid] = [hid, rec["event"], rec["mode"], rec["status"], False, rec["date"], loc["place"],
                          loc["country_code"], ";".join(a["code"] for a in rec["actor"]),
                          ";".join(r["code"] for r in rec["recipient"]), 1, rec["mentions"], published, published]
        self.members[hid] = [(rec["status"], rec["attribution"]["hedged"], article_id)]
        self.new.add(hid)
        self.links.append((hid, rec["id"], article_id))

    def join(self, hap, article_id, published, rec) -> None:
        hid = hap[0]
        self.links.append((hid, rec["id"], article_id))
        self.members[hid].append((rec["status"], rec["attribution"]["hedged"], article_id))
        weight: dict[str, int] = {}
        for status, hedged, _ in self.members[hid]:
            weight[status] = weight.get(status, 0) + (1 if hedged else 2)
        status = max(weight.items(), key=lambda kv: kv[1])[0]
        conflict = any(pair <= set(weight) for pair in _CONTRARY)
        sources = len({article for _, _, article in self.members[hid]})
        date = max([d for d in (hap[5], rec["date"]) if d], key=len, default=None)
        loc = rec["event_loc"]
        place, country = (loc["place"], loc["country_code"]) if (loc["place"] and (not hap[6] or loc["lat"] is not None)) else (hap[6], hap[7])
        reports = [r for r in (hap[12], hap[13], published) if r]
        row = self.haps[hid]
        row[3:8] = [status, conflict, date, place, country]
        row[10:14] = [sources, row[11] + rec["mentions"], min(reports, default=None), max(reports, default=None)]
        self.changed.add(hid)

    def write(self) -> None:
        names = [c.strip() for c in _COLUMNS.split(",")]
        insert(self.con, "happenings", names, [tuple(self.haps[h]) for h in self.haps if h in self.new])
        updated = [dict(zip(names, self.haps[h])) for h in self.haps if h in self.changed and h not in self.new]
        if updated:
            import pyarrow as pa

            self.con.register("_rows", pa.Table.from_pylist(updated))
            try:
                self.con.execute("UPDATE happenings SET " + ", ".join(f"{c} = _rows.{c}" for c in names[3:])
                                 + " FROM _rows WHERE happenings.id = _rows.id")
            finally:
                self.con.unregister("_rows")
        insert(self.con, "happening_events", ["happening_id", "event_id", "article_id"], self.links)
