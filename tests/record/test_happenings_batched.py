"""Linking a batch of reports at once (`happenings.link_all`, one read and one write per batch)
gives the happenings that linking them one at a time, as the store once did, gives."""
from __future__ import annotations

import copy
import hashlib
import json
import random
from pathlib import Path

import duckdb
import pytest

from communique.coding.pipeline import extract_records
from communique.record import happenings as hp
from communique.record.tables import SCHEMA

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def link_one(con, article_id, published, rec) -> None:
    """The one-at-a-time linker the store used before batches (the reference)."""
    cands = con.execute(f"SELECT {hp._COLUMNS} FROM happenings WHERE event = ? ORDER BY rowid", [rec["event"]]).fetchall()
    for hap in cands:
        if hp.anchored(rec, hap) and hp.dates_agree(rec["date"], hap[5]) and hp.parties_agree(rec, hap) \
                and hp.places_agree(rec, hap):
            hid = hap[0]
            con.execute("INSERT INTO happening_events VALUES (?, ?, ?)", [hid, rec["id"], article_id])
            weight: dict[str, int] = {}
            for status, hedged in con.execute(
                    "SELECT e.status, e.hedged FROM happening_events h JOIN events e ON e.id = h.event_id"
                    " WHERE h.happening_id = ? ORDER BY h.rowid", [hid]).fetchall():
                weight[status] = weight.get(status, 0) + (1 if hedged else 2)
            status = max(weight.items(), key=lambda kv: kv[1])[0]
            conflict = any(pair <= set(weight) for pair in hp._CONTRARY)
            sources = con.execute("SELECT count(DISTINCT article_id) FROM happening_events WHERE happening_id = ?",
                                  [hid]).fetchone()[0]
            date = max([d for d in (hap[5], rec["date"]) if d], key=len, default=None)
            loc = rec["event_loc"]
            place, country = (loc["place"], loc["country_code"]) if (loc["place"] and (not hap[6] or loc["lat"] is not None)) else (hap[6], hap[7])
            reports = [r for r in (hap[12], hap[13], published) if r]
            con.execute("UPDATE happenings SET status = ?, conflict = ?, date = ?, place = ?, country_code = ?, sources = ?,"
                        " mentions = mentions + ?, first_report = ?, last_report = ? WHERE id = ?",
                        [status, conflict, date, place, country, sources, rec["mentions"], min(reports, default=None),
                         max(reports, default=None), hid])
            return
    hid = "hp-" + hashlib.sha1(rec["id"].encode()).hexdigest()[:12]
    loc = rec["event_loc"]
    con.execute("INSERT INTO happenings (id, event, mode, status, conflict, date, place, country_code, actor_codes,"
                " recipient_codes, sources, mentions, first_report, last_report)"
                " VALUES (?, ?, ?, ?, false, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                [hid, rec["event"], rec["mode"], rec["status"], rec["date"], loc["place"], loc["country_code"],
                 ";".join(a["code"] for a in rec["actor"]), ";".join(r["code"] for r in rec["recipient"]),
                 rec["mentions"], published, published])
    con.execute("INSERT INTO happening_events VALUES (?, ?, ?)", [hid, rec["id"], article_id])


@pytest.fixture(scope="module")
def reports():
    """The demo corpus's reports, each retold by two more invented outlets: dates moved by up to
    five days or cut to the month, places dropped, statuses flipped, hedges toggled."""
    rng = random.Random(7)
    base = [(r["cite_info"]["article_id"], r["cite_info"]["published"], r) for r in extract_records([str(CORPUS)])]
    out = list(base)
    for copy_no in (1, 2):
        for article_id, published, rec in base:
            rec = copy.deepcopy(rec)
            rec["id"] = f"ev-{copy_no}-{rec['id']}"
            if rec["date"] and len(rec["date"]) == 10 and rng.random() < 0.6:
                day = int(rec["date"][8:]) + rng.randrange(-5, 6)
                rec["date"] = rec["date"][:8] + f"{min(max(day, 1), 28):02d}" if rng.random() < 0.8 else rec["date"][:7]
            if rng.random() < 0.3:
                rec["event_loc"] = {"place": None, "country_code": None, "lat": None, "lon": None}
            if rng.random() < 0.2:
                rec["status"] = "negated" if rec["status"] == "occurred" else "occurred"
            rec["attribution"]["hedged"] = rng.random() < 0.4
            out.append((f"{article_id}-{copy_no}", published, rec))
    return out


def _linked(reports, batch: int | None) -> dict:
    con = duckdb.connect()
    con.execute(SCHEMA)
    con.execute(hp.SCHEMA)
    step = batch or 1
    for i in range(0, len(reports), step):
        chunk = reports[i:i + step]
        for _, _, rec in chunk:
            con.execute("INSERT INTO events (id, status, hedged, record) VALUES (?, ?, ?, ?)",
                        [rec["id"], rec["status"], rec["attribution"]["hedged"], json.dumps(rec)])
        if batch is None:
            for report in chunk:
                link_one(con, *report)
        else:
            hp.link_all(con, chunk)
    # the batched linker also keeps each happening's weights per status and whether its place is
    # an area, which the reference does not (it looks places up, as for rows stored before `area`)
    out = {t: sorted(map(repr, con.execute(f"SELECT * {x} FROM {t}").fetchall()))
           for t, x in (("happenings", "EXCLUDE (weights, area)"), ("happening_events", ""))}
    con.close()
    return out


@pytest.mark.parametrize("batch", [1, 7, 64, 1000])
def test_batched_linking_equals_one_at_a_time(reports, batch):
    reference = _linked(reports, None)
    joined = len(reports) - len(reference["happenings"])
    assert joined > 50                       # the reports really do join, and conflict
    assert any("True" in row for row in reference["happenings"])
    assert _linked(reports, batch) == reference


def _report(n: int, place: str, lat: float | None) -> dict:
    return {"id": f"ev-{n}", "event": "CONSULT", "mode": None, "status": "occurred", "date": "2025-08-15",
            "event_loc": {"place": place, "country_code": "USA", "lat": lat, "lon": None if lat is None else -149.9},
            "actor": [{"code": "USA"}, {"code": "RUS"}], "recipient": [], "mentions": 1,
            "attribution": {"hedged": False}}


def test_the_writer_places_happenings_without_the_gazetteer(monkeypatch):
    """A city and the state around it are one place; the row keeps whether its place is an area,
    so linking never looks a name up (the gazetteer would cost the writer 84 MB)."""
    import communique.coding.places as places

    def no_lookup(name):
        raise AssertionError(f"looked up {name!r}")
    monkeypatch.setattr(places, "geocode", no_lookup)
    con = duckdb.connect()
    con.execute(SCHEMA)
    con.execute(hp.SCHEMA)
    hp.link_all(con, [("a1", "2025-08-15", _report(1, "Alaska", None))])
    hp.link_all(con, [("a2", "2025-08-16", _report(2, "Anchorage", 61.2)),
                      ("a3", "2025-08-16", _report(3, "Alaska", None))])
    rows = con.execute("SELECT place, area, sources FROM happenings").fetchall()
    con.close()
    assert rows == [("Anchorage", False, 3)]
