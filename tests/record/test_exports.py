"""Each export read back by the tool its users use: csv, json, pyarrow, DuckDB."""
import csv
import json

import pytest
from test_queries import build_record

from communique import cli

from communique.record import exports
from communique.errors import InputError

GDELT_HEADER = ["GlobalEventID", "Day", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
                "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
                "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL", "PloverType", "PloverMode",
                "Status", "Hedged"]
ACLED_HEADER = ["event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "country", "location", "latitude",
                "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp"]


@pytest.fixture
def record(tmp_path):
    path = tmp_path / "record.duckdb"
    return path, build_record(path)


@pytest.fixture
def crowded(tmp_path):
    """Events with several parties on a side: who goes in Actor2 and the assoc_actor columns."""
    from communique.article import ActorRef, Article, Event
    from communique.coding.serialize import event_id
    from communique.record.store import Store

    ref = lambda code, sector="GOV": ActorRef(code.lower(), code, sector)  # noqa: E731
    art = Article(text="...", origin="crowd.txt", published="2026-01-05")
    art.events = [
        Event("SANCTION", None, "occurred", [ref("USA"), ref("GBR")], [ref("IRN"), ref("HEZBOLLAH", "REB")],
              "sanctioned", "The US and Britain sanctioned Iran and Hezbollah.", 10, 20, date="2026-01-04"),
        Event("CONSULT", "multilateral", "occurred", [ref("RUS"), ref("UKR"), ref("TUR", None)], [], "met",
              "Russia, Ukraine and Turkey met.", 60, 63, date="2026-01-05"),
    ]
    path = tmp_path / "crowded.duckdb"
    with Store(path) as store:
        store.add_articles([art])
    return path, [event_id(art, ev) for ev in art.events]


def read_table(path, delimiter):
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        return reader.fieldnames, {row[reader.fieldnames[0]]: row for row in reader}


def test_plover_jsonl(record, tmp_path):
    db, ids = record
    out = tmp_path / "events.jsonl"
    assert exports.export(db, "plover-jsonl", out) == 7
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in records} == set(ids.values())
    truce = next(r for r in records if r["id"] == ids["truce"])
    assert truce["cameo"] == "0871" and [a["code"] for a in truce["actor"]] == ["RUS", "UKR"]
    assert truce["cite_info"]["url"] == "https://www.news.example/a1"


def test_gdelt_tsv(record, tmp_path):
    db, ids = record
    out = tmp_path / "events.tsv"
    assert exports.export(db, "gdelt-tsv", out) == 7
    header, rows = read_table(out, "\t")
    assert header == GDELT_HEADER
    truce, visit, accuse = rows[ids["truce"]], rows[ids["visit"]], rows[ids["accuse"]]
    assert (truce["EventCode"], truce["EventBaseCode"], truce["EventRootCode"]) == ("0871", "087", "08")
    assert (truce["Actor1Code"], truce["Actor2Code"], truce["Actor2CountryCode"]) == ("RUS", "UKR", "UKR")
    assert truce["Day"] == "" and truce["PloverType"] == "RETREAT" and truce["Status"] == "planned"
    assert visit["Day"] == "20250811" and visit["EventCode"] == "042" and visit["QuadClass"] == "1"
    assert (visit["ActionGeo_FullName"], visit["ActionGeo_Lat"]) == ("Istanbul", "41.01")
    assert visit["IsRootEvent"] == "1" and rows[ids["strike"]]["IsRootEvent"] == "0"
    assert rows[ids["strike"]]["Hedged"] == "1" and visit["Hedged"] == "0"
    assert visit["SOURCEURL"] == "https://www.news.example/a1" and accuse["SOURCEURL"] == "wire.jsonl:3"
    assert rows[ids["unknown"]]["Actor1CountryCode"] == ""          # UNK is no country


def test_acled_csv(record, tmp_path):
    db, ids = record
    out = tmp_path / "events.csv"
    assert exports.export(db, "acled-csv", out) == 7
    header, rows = read_table(out, ",")
    assert header == ACLED_HEADER
    accuse, strike, truce = rows[ids["accuse"]], rows[ids["strike"]], rows[ids["truce"]]
    assert (accuse["event_date"], accuse["year"], accuse["country"], accuse["geo_precision"]) == \
        ("2025-08", "2025", "Ukraine", "3")
    assert (strike["sub_event_type"], strike["interaction"], strike["geo_precision"]) == ("aerial", "GOV-GOV", "1")
    assert strike["notes"] == "Russian jets bombed Kharkiv, officials said."     # a comma inside, quoted
    assert strike["source"] == "news.example" and accuse["source"] == "wire.jsonl:3"
    assert (truce["actor1"], truce["actor2"], truce["assoc_actor_1"]) == ("RUS", "UKR", "")
    assert rows[ids["drones"]]["event_date"] == "" and strike["fatalities"] == ""
    assert int(strike["timestamp"]) > 1_600_000_000


def test_several_parties_per_side(crowded, tmp_path):
    db, (sanction, meeting) = crowded
    exports.export(db, "acled-csv", tmp_path / "c.csv")
    exports.export(db, "gdelt-tsv", tmp_path / "g.tsv")
    acled, gdelt = read_table(tmp_path / "c.csv", ",")[1], read_table(tmp_path / "g.tsv", "\t")[1]
    row = acled[sanction]
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"], row["assoc_actor_2"]) == ("USA", "GBR", "IRN", "HEZBOLLAH")
    assert row["interaction"] == "GOV-GOV"
    row = acled[meeting]                               # a joint action: second party opposite, the rest with it
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"], row["assoc_actor_2"]) == ("RUS", "", "UKR", "TUR")
    assert (gdelt[meeting]["Actor1Code"], gdelt[meeting]["Actor2Code"], gdelt[meeting]["Actor2Name"]) == \
        ("RUS", "UKR", "ukr")
    assert gdelt[sanction]["Actor2CountryCode"] == "IRN" and gdelt[sanction]["IsRootEvent"] == "1"


def test_parquet_reads_back_in_pyarrow_and_duckdb(record, tmp_path):
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    db, ids = record
    out = tmp_path / "events.parquet"
    assert exports.export(db, "parquet", out) == 7
    table = pq.read_table(out)
    assert "record" not in table.column_names
    codes = table.schema.field("actor_codes").type
    assert pa.types.is_string(table.schema.field("cameo").type)
    assert pa.types.is_list(codes) and pa.types.is_string(codes.value_type)
    assert pa.types.is_boolean(table.schema.field("hedged").type)
    rows = {r["id"]: r for r in table.to_pylist()}
    assert rows[ids["truce"]]["actor_codes"] == ["RUS", "UKR"] and rows[ids["truce"]]["recipient_codes"] == []
    assert rows[ids["truce"]]["cameo"] == "0871"
    con = duckdb.connect()
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM read_parquet(?)", [str(out)]).fetchone() == (7, 7)
    assert con.execute("SELECT cameo, actor_codes FROM read_parquet(?) WHERE id = ?",
                       [str(out), ids["truce"]]).fetchone() == ("0871", ["RUS", "UKR"])


def test_empty_record_exports_headers_only(tmp_path):
    from communique.record.store import Store

    db = tmp_path / "empty.duckdb"
    Store(db).close()
    for fmt in exports.FORMATS:
        assert exports.export(db, fmt, tmp_path / f"out.{fmt}") == 0
    assert read_table(tmp_path / "out.gdelt-tsv", "\t")[0] == GDELT_HEADER


def test_export_errors(record, tmp_path):
    db, _ = record
    with pytest.raises(InputError, match="unknown export format"):
        exports.export(db, "xlsx", tmp_path / "x")
    with pytest.raises(InputError, match="folder does not exist"):
        exports.export(db, "acled-csv", tmp_path / "no" / "such.csv")
    assert list(tmp_path.glob("*.part")) == []


def test_cli_export(record, tmp_path, capsys):
    db, _ = record
    out = tmp_path / "events.tsv"
    assert cli.main(["export", "gdelt-tsv", str(out), "--db", str(db)]) == 0
    assert "wrote 7 events" in capsys.readouterr().err
    assert read_table(out, "\t")[0] == GDELT_HEADER
    choices = next(a for a in cli.parser()._subparsers._group_actions[0].choices["export"]._actions
                   if a.dest == "format").choices
    assert list(choices) == list(exports.FORMATS)
