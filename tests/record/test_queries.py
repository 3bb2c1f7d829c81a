"""queries over a small record built by hand (no spaCy): each filter, timeline, network, sources, CLI."""
import json

import pytest

from communique import cli

from communique.record import queries
from communique.article import ActorRef, Article, Event, Place
from communique.errors import InputError
from communique.record.store import Store

USA, RUS, UKR, TUR = (ActorRef(t, c, "GOV") for t, c in
                      (("Washington", "USA"), ("Moscow", "RUS"), ("Kyiv", "UKR"), ("Ankara", "TUR")))
UNK = ActorRef("officials", "UNK", None)


def _event(key, event, mode, status, actor, recipient, sentence, start, date=None, place=None, **kw):
    ev = Event(event=event, mode=mode, status=status, actor=actor, recipient=recipient, trigger=sentence.split()[1],
               sentence=sentence, start=start, end=start + 5, date=date, place=place, **kw)
    ev.key = key
    return ev


def build_record(path) -> dict[str, str]:
    """Write three articles (seven events, one article without events); return {key: event id}."""
    from communique.coding.serialize import event_id

    lead = Article(text="Talks and strikes.\n\n...", origin="a1.html", title="Talks in Istanbul",
                   published="2025-08-12", url="https://www.news.example/a1")
    lead.events = [
        _event("visit", "CONSULT", "visit", "occurred", [USA], [TUR], "US envoy visited Istanbul on Monday.", 10,
               "2025-08-11", Place("Istanbul", "TUR", 41.01, 28.95)),
        _event("strike", "ASSAULT", "aerial", "occurred", [RUS], [UKR], "Russian jets bombed Kharkiv, officials said.",
               60, "2025-08-10", Place("Kharkiv", "UKR", 49.99, 36.23), speaker="Ukrainian officials", hedged=True,
               cue="said"),
        _event("truce", "RETREAT", "ceasefire", "planned", [RUS, UKR], [], "Russia and Ukraine will observe a truce.",
               120, "2025-09"),
    ]
    wire = Article(text="Accusations.", origin="wire.jsonl:3", title="Kyiv accuses Moscow", published="2025-07-01")
    wire.events = [
        _event("accuse", "ACCUSE", None, "occurred", [UKR], [RUS], "Kyiv accused Moscow of war crimes.", 5, "2025-08",
               Place("Ukraine", "UKR")),
        _event("ask", "REQUEST", "assist", "occurred", [UKR], [USA], "Kyiv asked Washington for air defence.", 40,
               "2024"),
        _event("drones", "ASSAULT", None, "occurred", [RUS], [UKR], "Russian drones struck Odesa overnight.", 80),
        _event("unknown", "CONSULT", None, "occurred", [UNK], [USA], "Officials met Washington's envoy.", 120,
               "2025-08-20"),
    ]
    quiet = Article(text="Nothing happened.", origin="quiet.txt", title="Quiet day", published="2025-06-01")
    with Store(path) as store:
        store.add_articles([lead, wire, quiet])
    return {ev.key: event_id(art, ev) for art in (lead, wire) for ev in art.events}


@pytest.fixture
def record(tmp_path):
    path = tmp_path / "record.duckdb"
    return path, build_record(path)


def keys(rows, ids):
    by_id = {v: k for k, v in ids.items()}
    return [by_id[r["id"]] for r in rows]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["ask", "accuse", "strike", "visit", "unknown", "truce", "drones"]),
    ({"actor": "RUS"}, ["strike", "truce", "drones"]),
    ({"actor": "rus"}, ["strike", "truce", "drones"]),
    ({"recipient": "UKR"}, ["strike", "drones"]),
    ({"actor": "UKR", "recipient": "RUS"}, ["accuse"]),
    ({"type": "ASSAULT"}, ["strike", "drones"]),
    ({"type": "concede"}, ["truce"]),              # the collapsed label of a planned RETREAT
    ({"type": "RETREAT"}, ["truce"]),              # ... and its own type
    ({"status": "planned"}, ["truce"]),
    ({"hedged": True}, ["strike"]),
    ({"hedged": False, "actor": "RUS"}, ["truce", "drones"]),
    ({"since": "2025-08-01"}, ["accuse", "strike", "visit", "unknown", "truce"]),
    ({"since": "2025-08-05"}, ["strike", "visit", "unknown", "truce"]),   # "2025-08" counts as 2025-08-01
    ({"until": "2025-08"}, ["ask", "accuse", "strike", "visit", "unknown"]),
    ({"since": "2024", "until": "2024"}, ["ask"]),
    ({"since": "2025-08-11", "until": "2025-08-11"}, ["visit"]),
    ({"place": "istanbul"}, ["visit"]),
    ({"place": "ukr"}, ["accuse", "strike"]),
    ({"text": "ODESA"}, ["drones"]),
    ({"actor": "RUS", "type": "ASSAULT", "since": "2025-08-01"}, ["strike"]),
    ({"text": "'; DROP TABLE events; --"}, []),
    ({"limit": 2}, ["ask", "accuse"]),
])
def test_events_filters(record, filters, expected):
    path, ids = record
    assert keys(queries.events(path, **filters), ids) == expected
    assert len(queries.events(path)) == 7            # the hostile text above dropped nothing


def test_events_rows_are_plain_and_cite_the_article(record):
    path, ids = record
    row = queries.events(path, type="RETREAT")[0]
    assert row["actor_codes"] == ["RUS", "UKR"] and row["recipient_codes"] == []
    assert row["cameo"] == "0871" and row["plover_event"] == "CONCEDE" and row["quad_code"] == 2
    assert row["url"] == "https://www.news.example/a1"
    json.dumps(row)


@pytest.mark.parametrize("filters, flag", [
    ({"since": "08/2025"}, "--since"), ({"until": "2025-8"}, "--until"), ({"type": "BOMB"}, "--type"),
    ({"status": "maybe"}, "--status"), ({"limit": 0}, "--limit"),
])
def test_bad_filters_are_one_line_input_errors(record, filters, flag):
    with pytest.raises(InputError) as err:
        queries.events(record[0], **filters)
    assert err.value.line().startswith(flag) and "fix:" in err.value.line()


def test_missing_database_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such database"):
        queries.events(tmp_path / "absent.duckdb")


def test_foreign_database_is_an_input_error(tmp_path):
    import duckdb

    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(InputError, match="not a communique database"):
        queries.timeline(path)


def test_timeline_buckets_by_month_with_year_only_dates_apart(record):
    assert queries.timeline(record[0]) == [
        {"month": "2024", "n": 1, "cooperation": 0, "conflict": 1},
        {"month": "2025-08", "n": 4, "cooperation": 2, "conflict": 2},
        {"month": "2025-09", "n": 1, "cooperation": 1, "conflict": 0},
    ]
    assert queries.timeline(record[0], actor="RUS") == [
        {"month": "2025-08", "n": 1, "cooperation": 0, "conflict": 1},
        {"month": "2025-09", "n": 1, "cooperation": 1, "conflict": 0},
    ]
    assert [r["month"] for r in queries.timeline(record[0], since="2025-09")] == ["2025-09"]


def test_network_balance_and_goldstein(record):
    rows = {(r["actor"], r["recipient"]): r for r in queries.network(record[0])}
    assert set(rows) == {("RUS", "UKR"), ("USA", "TUR"), ("UKR", "RUS"), ("UKR", "USA")}   # no UNK, no joint
    assert rows["RUS", "UKR"] == {"actor": "RUS", "recipient": "UKR", "events": 2, "cooperation": 0,
                                  "conflict": 2, "mean_goldstein": -10.0, "balance": -1.0}
    assert rows["USA", "TUR"]["balance"] == 1.0 and rows["USA", "TUR"]["mean_goldstein"] == pytest.approx(1.9)
    assert [(r["actor"], r["recipient"]) for r in queries.network(record[0], min_events=2)] == [("RUS", "UKR")]


def test_sources_lists_articles_with_their_events(record):
    path, ids = record
    arts = queries.sources(path)
    assert [a["origin"] for a in arts] == ["quiet.txt", "wire.jsonl:3", "a1.html"]   # by publication date
    assert arts[0]["events"] == []
    assert [e["id"] for e in arts[2]["events"]] == [ids["visit"], ids["strike"], ids["truce"]]
    one = queries.sources(path, event_id=ids["strike"])
    assert len(one) == 1 and one[0]["url"] == "https://www.news.example/a1"
    assert one[0]["events"] == [{"id": ids["strike"], "date": "2025-08-10", "event": "ASSAULT", "mode": "aerial",
                                 "status": "occurred", "speaker": "Ukrainian officials", "hedged": True, "cue": "said",
                                 "sentence": "Russian jets bombed Kharkiv, officials said.",
                                 "actor_codes": ["RUS"], "recipient_codes": ["UKR"]}]
    with pytest.raises(InputError, match="no such event"):
        queries.sources(path, event_id="ev-000000000000")


def test_ensure_indexes_is_idempotent(record):
    from communique.record.store import connect

    con = connect(record[0])
    queries.ensure_indexes(con)
    queries.ensure_indexes(con)
    con.close()
    assert len(queries.events(record[0], actor="RUS")) == 3


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_events_json(record, capsys):
    path, ids = record
    code, out, _ = run(capsys, "events", "--db", str(path), "--actor", "RUS", "--confirmed", "--json")
    assert code == 0
    assert [r["id"] for r in json.loads(out)] == [ids["truce"], ids["drones"]]


def test_cli_tables_and_errors(record, capsys):
    path, _ = record
    for argv in (["events", "--type", "ASSAULT"], ["timeline"], ["network", "--min-events", "2"], ["sources"]):
        code, out, _ = run(capsys, *argv, "--db", str(path))
        assert code == 0 and out.strip()
    assert "2025-08" in run(capsys, "timeline", "--db", str(path))[1]
    code, out, err = run(capsys, "events", "--db", str(path), "--since", "August")
    assert code == 2 and not out and err.count("\n") == 1 and "fix:" in err
    code, _, err = run(capsys, "network", "--db", str(path.parent / "absent.duckdb"))
    assert code == 2 and "no such database" in err and "Traceback" not in err
