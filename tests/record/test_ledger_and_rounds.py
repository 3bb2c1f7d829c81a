"""Acceptance (issue 4): the seed article's rounds and commitments (skipped without ../shared),
and the ledger's status rules on articles written here."""
import pytest

from communique.record.ledger import commitments
from communique.coding.pipeline import analyze
from communique.record.rounds import rounds

from conftest import shared_file


@pytest.fixture(scope="module")
def seed():
    return next(analyze([str(shared_file("seed", "article.txt"))]))


def _round(rs, place):
    return next(r for r in rs if r.place == place)


def test_seed_rounds(seed):
    rs = rounds(seed)
    geneva = _round(rs, "Geneva")
    assert geneva.mediator == ["USA"]
    assert set(geneva.participants) == {"USA", "RUS", "UKR"}
    assert geneva.excluded == ["EUR"]
    assert geneva.delegation_heads == {"UKR": "Rustem Umerov"}
    assert geneva.unconfirmed_members == {"USA": ["Jared Kushner", "Steve Witkoff"]}
    alaska = _round(rs, "Anchorage")
    assert (alaska.date, set(alaska.participants)) == ("2025-08", {"USA", "RUS"})
    assert "breakthrough" in alaska.outcome
    istanbul = _round(rs, "Istanbul")
    assert (istanbul.date, set(istanbul.participants), istanbul.outcome) == ("2022-03", {"RUS", "UKR"}, "unsuccessful")


def test_seed_commitments(seed):
    cs = commitments(seed)
    by_kind = {}
    for c in cs:
        by_kind.setdefault(c.kind, []).append(c)
    kyiv = next(c for c in by_kind["request"] if c.deadline)
    assert (kyiv.by, kyiv.to, kyiv.status) == (["USA"], ["RUS"], "unknown")
    assert "February 1" in kyiv.deadline and "Kyiv" in kyiv.content
    threat = by_kind["threat"][0]
    assert "severe consequences" in threat.content and "Russia" in threat.condition
    assert threat.status == "pending"
    ultimatum = by_kind["ultimatum"][0]
    assert (ultimatum.by, ultimatum.to, ultimatum.status) == (["USA"], ["RUS"], "unclear")
    assert "ceasefire" in ultimatum.content
    offer = by_kind["offer"][0]
    assert (offer.by, offer.to, offer.status) == (["USA"], ["RUS"], "fulfilled")
    assert offer.fulfilled_by is not None


def _article(tmp_path, text, published="2026-03-01"):
    f = tmp_path / "a.jsonl"
    import json

    f.write_text(json.dumps({"text": text, "published": published, "title": "t"}) + "\n")
    return next(analyze([str(f)]))


def test_deadline_that_passed_before_publication_lapses(tmp_path):
    art = _article(tmp_path, "Washington urged Moscow to release the detained journalists by January 15.")
    [c] = [c for c in commitments(art) if c.kind == "request"]
    assert c.status == "lapsed"


def test_deadline_still_ahead_is_pending(tmp_path):
    art = _article(tmp_path, "Washington urged Moscow to release the detained journalists by April 15.")
    [c] = [c for c in commitments(art) if c.kind == "request"]
    assert c.status == "pending"


def test_cli_rounds_and_commitments_json_after_analyze(tmp_path, capsys):
    import json

    from communique import cli

    db = str(tmp_path / "seed.duckdb")
    assert cli.main(["analyze", str(shared_file("seed", "article.txt")), "--db", db]) == 0
    capsys.readouterr()
    cli.main(["rounds", "--db", db, "--json"])
    rs = json.loads(capsys.readouterr().out)
    assert {r["place"] for r in rs} >= {"Geneva", "Anchorage", "Istanbul"}
    geneva = next(r for r in rs if r["place"] == "Geneva")
    assert geneva["mediator"] == ["USA"] and geneva["excluded"] == ["EUR"]
    cli.main(["commitments", "--db", db, "--json"])
    cs = json.loads(capsys.readouterr().out)
    kinds = {c["kind"] for c in cs}
    assert {"request", "threat", "ultimatum", "offer"} <= kinds
    assert any(c["kind"] == "offer" and c["status"] == "fulfilled" for c in cs)
    cli.main(["ask", "Who leads Ukraine's delegation?", "--db", db])
    assert "Rustem Umerov" in capsys.readouterr().out


def test_due_before_filters_by_resolved_deadline(tmp_path):
    import json

    from communique.record.queries import commitments as stored
    from communique.record.store import Store

    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": "Washington urged Moscow to release the detained journalists by April 15.",
                             "published": "2026-03-01"}) + "\n")
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        store.add_articles(analyze([str(f)]))
    assert len(stored(str(db), due_before="2026-05-01")) == 1
    assert stored(str(db), due_before="2026-04-01") == []
