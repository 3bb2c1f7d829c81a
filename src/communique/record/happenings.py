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

from .tables import insert

DAY_WINDOW = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS happenings (
    id VARCHAR, event VARCHAR, mode VARCHAR, status VARCHAR, conflict BOOLEAN,
    date VARCHAR, place VARCHAR, country_code VARCHAR, actor_codes VARCHAR, recipient_codes VARCHAR,
    sources INTEGER, mentions INTEGER, first_report VARCHAR, last_report VARCHAR, weights VARCHAR, area BOOLEAN
);
ALTER TABLE happenings ADD COLUMN IF NOT EXISTS weights VARCHAR;
ALTER TABLE happenings ADD COLUMN IF NOT EXISTS area BOOLEAN;
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
    wider = loc["lat"] is None or _area(hap)
    return wider and loc["country_code"] == hap[7]


def _area(hap: tuple) -> bool:
    """The happening's place is a country or state rather than a city. Kept in the row (`area`,
    from the coordinates of the report that placed it), so the writer never loads the
    gazetteer (84 MB); a row stored before the column existed is looked up."""
    if hap[15] is not None:
        return hap[15]
    from ..coding.places import geocode

    place = geocode(hap[6])
    return place is not None and place.lat is None


def _is_area(loc: dict) -> bool | None:
    return None if not loc["place"] else loc["lat"] is None


def anchored(rec: dict, hap: tuple) -> bool:
    """Reports from different articles are one happening only if both give a date, or both give
    a place: two undated, unplaced "Russia struck Ukraine" reports may be different strikes."""
    return bool(rec["date"] and hap[5]) or bool(rec["event_loc"]["place"] and hap[6])


def _query_with(con, name: str, rows: list[dict], sql: str) -> list[tuple]:
    """Run `sql` with `rows` visible to it as table `name` (an Arrow table registered for the
    query only)."""
    import pyarrow as pa

    con.register(name, pa.Table.from_pylist(rows))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.unregister(name)


def _weights(text: str | None) -> dict[str, int]:
    """'occurred:4;planned:1' -> {'occurred': 4, 'planned': 1}, in the order first reported."""
    out: dict[str, int] = {}
    for part in (text or "").split(";"):
        if part:
            status, _, n = part.partition(":")
            out[status] = int(n)
    return out


def _add_report(weight: dict[str, int], status: str, hedged: bool) -> dict[str, int]:
    """Count one report in `weight` (status -> weight): a confirmed report weighs twice a hedged
    one. Returns `weight`."""
    weight[status] = weight.get(status, 0) + (1 if hedged else 2)
    return weight


def _weights_text(weight: dict[str, int]) -> str:
    return ";".join(f"{status}:{n}" for status, n in weight.items())


def link_all(con, reports: list[tuple[str, str | None, dict]]) -> None:
    """Attach a batch of stored event records, each `(article_id, published, record)`, to their
    happenings, in order. The result is that of linking them one at a time (each record sees the
    happenings the ones before it made or joined). The store is read once per batch, for the
    happenings that could match one of the batch's records (`_PROBE` applies the tests below
    loosely in SQL), and written once."""
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
            " sources, mentions, first_report, last_report, weights, area")
# Stored happenings that may match a probe (a record's type, one of its actor codes, its date and
# whether it has a place): the same type, that actor among theirs (`parties_agree` needs a shared
# actor), anchored alike, and dates that may agree. A superset of the matches: Python decides.
_PROBE = f"""
SELECT {_COLUMNS} FROM happenings WHERE rowid IN (
    SELECT h.pos FROM (SELECT rowid AS pos, event, date, place, unnest(string_split(actor_codes, ';')) AS code
                       FROM happenings) h
    JOIN _probe p ON h.event = p.event AND h.code = p.code
    WHERE ((p.date <> '' AND coalesce(h.date, '') <> '') OR (p.placed AND coalesce(h.place, '') <> ''))
      AND (p.date = '' OR coalesce(h.date, '') = '' OR starts_with(p.date, h.date) OR starts_with(h.date, p.date)
           OR abs(date_diff('day', try_cast(p.date AS DATE), try_cast(h.date AS DATE))) <= {DAY_WINDOW}))
ORDER BY rowid
"""


class _Batch:
    """The happenings a batch may touch, kept in memory (in the store's order) while it is linked."""

    def __init__(self, con, reports):
        self.con = con
        probes = [{"event": rec["event"], "code": a["code"], "date": rec["date"] or "",
                   "placed": bool(rec["event_loc"]["place"])}
                  for _, _, rec in reports for a in rec["actor"] if a["code"] != "UNK"]
        rows = _query_with(con, "_probe", probes, _PROBE) if probes else []
        self.haps: dict[str, list] = {}                  # id -> row, in the store's order
        self.order: dict[str, int] = {}
        self.by_key: dict[tuple[str, str], list[str]] = {}
        for row in rows:
            self._keep(list(row))
        self.creators: dict[str, str] = {}                             # the article that made a new happening
        self.joined: dict[str, list[tuple[str, bool, str]]] = {}    # reports the batch adds to any happening
        self.new: set[str] = set()
        self.changed: set[str] = set()
        self.links: list[tuple[str, str, str]] = []

    def _keep(self, row: list) -> None:
        hid = row[0]
        self.haps[hid] = row
        self.order[hid] = len(self.order)
        for code in _codes(row[8]):
            self.by_key.setdefault((row[1], code), []).append(hid)

    def candidates(self, rec: dict) -> list[tuple]:
        ids = {hid for a in rec["actor"] for hid in self.by_key.get((rec["event"], a["code"]), ())}
        return [tuple(self.haps[hid]) for hid in sorted(ids, key=self.order.__getitem__)]

    def create(self, article_id, published, rec) -> None:
        hid = "hp-" + hashlib.sha1(rec["id"].encode()).hexdigest()[:12]
        loc = rec["event_loc"]
        self._keep([hid, rec["event"], rec["mode"], rec["status"], False, rec["date"], loc["place"],
                    loc["country_code"], ";".join(a["code"] for a in rec["actor"]),
                    ";".join(r["code"] for r in rec["recipient"]), 1, rec["mentions"], published, published,
                    _weights_text(_add_report({}, rec["status"], rec["attribution"]["hedged"])), _is_area(loc)])
        self.creators[hid] = article_id
        self.new.add(hid)
        self.links.append((hid, rec["id"], article_id))

    def join(self, hap, article_id, published, rec) -> None:
        """Add a report to a happening. Its place, date, mentions and report dates change now (the
        next records of the batch are matched against them); its status, conflict flag and
        source count, which need all its reports, are worked out in `write`."""
        hid = hap[0]
        self.links.append((hid, rec["id"], article_id))
        self.joined.setdefault(hid, []).append((rec["status"], rec["attribution"]["hedged"], article_id))
        date = max([d for d in (hap[5], rec["date"]) if d], key=len, default=None)
        loc = rec["event_loc"]
        moved = loc["place"] and (not hap[6] or loc["lat"] is not None)
        place, country = (loc["place"], loc["country_code"]) if moved else (hap[6], hap[7])
        reports = [r for r in (hap[12], hap[13], published) if r]
        row = self.haps[hid]
        row[5:8] = [date, place, country]
        if moved:
            row[15] = _is_area(loc)
        row[11:14] = [row[11] + rec["mentions"], min(reports, default=None), max(reports, default=None)]
        self.changed.add(hid)

    def _tally(self) -> None:
        """Status (the heaviest in `_add_report`'s weights), conflict and sources of every joined
        happening. The weights per status are kept in the happening's row (`weights`), so a
        happening's earlier reports are not read again; each of the batch's articles adds a source
        unless it already was one. A record written before `weights` existed has its reports
        counted once."""
        missing = [h for h in self.joined if self.haps[h][14] is None]
        if missing:
            self._recount(missing)
        counted = self._counted_before()
        for hid, added in self.joined.items():
            row = self.haps[hid]
            weight = _weights(row[14])
            for status, hedged, _ in added:
                _add_report(weight, status, hedged)
            first = {self.creators[hid]} if hid in self.new else set()
            row[3] = max(weight.items(), key=lambda kv: kv[1])[0]
            row[4] = any(pair <= set(weight) for pair in _CONTRARY)
            row[10] = (1 if hid in self.new else row[10]) + len({a for _, _, a in added} - first - counted.get(hid, set()))
            row[14] = _weights_text(weight)

    def _counted_before(self) -> dict[str, set[str]]:
        """Articles of this batch already among a stored happening's sources (an article whose
        reports were linked in an earlier batch; the store writes an article in one batch)."""
        pairs = [{"hid": h, "article": a} for h, added in self.joined.items() if h not in self.new
                 for a in {a for _, _, a in added}]
        if not pairs:
            return {}
        rows = _query_with(self.con, "_pairs", pairs, "SELECT DISTINCT p.hid, p.article FROM _pairs p"
                           " JOIN happening_events h ON h.happening_id = p.hid AND h.article_id = p.article")
        out: dict[str, set[str]] = {}
        for hid, article in rows:
            out.setdefault(hid, set()).add(article)
        return out

    def _recount(self, ids: list[str]) -> None:
        rows = _query_with(self.con, "_wanted", [{"id": h} for h in ids],
                           "SELECT h.happening_id, e.status, e.hedged FROM happening_events h"
                           " JOIN _wanted w ON w.id = h.happening_id JOIN events e ON e.id = h.event_id"
                           " ORDER BY h.rowid")
        weights: dict[str, dict[str, int]] = {}
        for happening, status, hedged in rows:
            _add_report(weights.setdefault(happening, {}), status, hedged)
        for hid in ids:
            self.haps[hid][14] = _weights_text(weights.get(hid, {}))

    def write(self) -> None:
        self._tally()
        names = [c.strip() for c in _COLUMNS.split(",")]
        insert(self.con, "happenings", names, [tuple(self.haps[h]) for h in self.haps if h in self.new])
        updated = [dict(zip(names, self.haps[h])) for h in self.haps if h in self.changed and h not in self.new]
        if updated:
            _query_with(self.con, "_rows", updated, "UPDATE happenings SET "
                        + ", ".join(f"{c} = _rows.{c}" for c in names[3:]) + " FROM _rows WHERE happenings.id = _rows.id")
        insert(self.con, "happening_events", ["happening_id", "event_id", "article_id"], self.links)
