"""The briefing for a filter and the map's places, on the hand-built record of test_queries plus
one request with a deadline (no spaCy)."""
import pytest

from communique.article import ActorRef, Article, Event
from communique.coding.serialize import event_id
from communique.errors import InputError
from communique.record import briefing, queries
from communique.record.store import Store
from test_queries import build_record, keys

USA, UKR = ActorRef("Washington", "USA", "GOV"), ActorRef("Kyiv", "UKR", "GOV")
RUS, BLR = ActorRef("Moscow", "RUS", "GOV"), ActorRef("Minsk", "BLR", "GOV")


@pytest.fixture
def record(tmp_path):
    path = tmp_path / "record.duckdb"
    ids = build_record(path)
    text = "Washington asked Kyiv to hold elections by August 20."
    memo = Article(text=text, origin="memo.txt", title="Deadline", published="2025-08-12")
    memo.events = [Event(event="REQUEST", mode=None, status="occurred", actor=[USA], recipient=[UKR], trigger="asked",
                         sentence=text, start=11, end=16, date="2025-08-12", deadline="August 20",
                         content="to hold elections", trigger_lemma="ask")]
    with Store(path) as store:
        store.add_articles([memo])
    return path, {**ids, "memo": event_id(memo, memo.events[0])}


def test_places_count_events_where_they_happened(record):
    path, _ = record
    rows = queries.places(path)
    assert [(r["place"], r["country_code"], r["events"], r["conflict"]) for r in rows] == [
        ("Istanbul", "TUR", 1, 0), ("Kharkiv", "UKR", 1, 1), ("Ukraine", "UKR", 1, 1)]
    assert rows[0]["lat"] == pytest.approx(41.01) and rows[2]["lat"] is None     # a country has no coordinates
    assert [r["place"] for r in queries.places(path, actor="RUS")] == ["Kharkiv"]
    assert queries.places(path, text="'; DROP TABLE events; --") == []


def test_what_happened_for_a_party_in_any_role_newest_first(record):
    path, ids = record
    b = briefing.situation(path, actor="rus")
    assert keys(b["happened"], ids) == ["truce", "strike", "accuse", "drones"]    # accuse names RUS as recipient
    assert (b["events"], b["articles"], b["cooperation"], b["conflict"]) == (4, 2, 1, 3)
    assert b["claims"]["hedged"] == 1 and b["claims"]["confirmed"] == 3
    assert [c["id"] for c in b["claims"]["hedged_reports"]] == [ids["strike"]]
    assert b["months"] == [{"month": "2025-08", "cooperation": 0, "conflict": 2},
                           {"month": "2025-09", "cooperation": 1, "conflict": 0}]


@pytest.mark.parametrize("filters, expected", [
    ({"country": "UKR"}, ["strike", "accuse"]),
    ({"country": "istanbul"}, ["visit"]),
    ({"topic": "jets  KHARKIV"}, ["strike"]),
    ({"topic": "kharkiv odesa"}, []),
    ({"since": "2025-08-11", "until": "2025-08"}, ["unknown", "memo", "visit"]),
    ({"topic": "' OR 1=1 --"}, []),
])
def test_filters_by_country_period_and_topic_words(record, filters, expected):
    path, ids = record
    assert keys(briefing.situation(path, **filters)["happened"], ids) == expected


def test_open_commitments_count_days_left_or_overdue(record):
    path, _ = record
    due = briefing.situation(path, actor="UKR", as_of="2025-08-15")["open_commitments"]
    dated = [c for c in due if c["deadline_date"]]
    assert [(c["content"], c["deadline_date"], c["days_left"], c["overdue"]) for c in dated] == [
        ("to hold elections", "2025-08-20", 5, False)]
    late = [c for c in briefing.situation(path, as_of="2025-08-25")["open_commitments"] if c["deadline_date"]]
    assert (late[0]["days_left"], late[0]["overdue"]) == (-5, True)
    assert briefing.situation(path, actor="TUR")["open_commitments"] == []


def test_a_bad_day_is_a_one_line_error(record):
    with pytest.raises(InputError, match="--as-of"):
        briefing.situation(record[0], as_of="tomorrow")
    with pytest.raises(InputError, match="--since"):
        briefing.situation(record[0], since="last year")


def test_the_cli_briefing_takes_the_same_filters(record, capsys):
    import json

    from communique import cli

    path, ids = record
    assert cli.main(["briefing", "--db", str(path), "--actor", "RUS", "--as-of", "2025-08-15", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(
        briefing.situation(path, actor="RUS", as_of="2025-08-15")))
    assert cli.main(["briefing", "--db", str(path), "--topic", "jets"]) == 0
    out = capsys.readouterr().out
    assert "What happened" in out and "RUS -> UKR" in out and "Claims: 1 hedged" in out
    assert cli.main(["briefing", "--db", str(path), "--as-of", "soon"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--as-of 'soon'" in err


def test_the_briefing_s_dyads_count_each_event_once_per_pair_of_parties(tmp_path):
    """The briefing reads dyads off the events' code lists; they are the pairs of the events'
    actor and recipient rows, an event with two actors counting once for each."""
    path = tmp_path / "record.duckdb"
    build_record(path)
    two = Article(text="Joint strike.", origin="two.txt", published="2025-08-13")
    two.events = [Event(event="ASSAULT", mode=None, status="occurred", actor=[RUS, RUS, BLR], recipient=[UKR],
                        trigger="strike", sentence="Russia and Belarus struck Ukraine.", start=0, end=5)]
    with Store(path) as store:
        store.add_articles([two])
    import duckdb
    con = duckdb.connect(str(path), read_only=True)
    try:
        expected = con.execute(
            "SELECT a.code, r.code, count(DISTINCT e.id) FROM events e"
            " JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor'"
            " JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'"
            " WHERE a.code <> 'UNK' AND r.code <> 'UNK' GROUP BY 1, 2").fetchall()
    finally:
        con.close()
    got = briefing.build(path, limit=100).dyads
    assert sorted((a, r, n) for a, r, n, _ in got) == sorted(expected) and ("BLR", "UKR", 1) in expected
