"""Acceptance (issue 4): `ask` answers the seed FAQ from the record, citing the right sentences."""
import pytest

from communique.record.ask import ask, intent_of
from communique.coding.pipeline import analyze
from communique.record.store import Store

from conftest import shared_file


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("ask") / "seed.duckdb"
    with Store(db) as store:
        store.add_articles(analyze([str(shared_file("seed", "article.txt"))]))
    return str(db)


def test_exclusion_question_cites_the_exclusion_sentences(seed_db):
    a = ask(seed_db, "Will European nations be excluded from the peace process?")
    assert a.intent == "excluded" and "EUR" in a.answer and "Geneva" in a.answer
    cited = " ".join(s["sentence"] for s in a.supports)
    assert "excluding key European players" in cited
    assert "significant European representation" in cited


def test_deadline_question_cites_the_ultimatum(seed_db):
    a = ask(seed_db, "Was any deadline set for a ceasefire?")
    assert a.intent == "deadline" and "unclear" in a.answer
    assert any("a deadline for Putin" in s["sentence"] for s in a.supports)


def test_delegation_question_names_umerov(seed_db):
    a = ask(seed_db, "Who leads Ukraine's delegation?")
    assert "Rustem Umerov" in a.answer
    assert any("led by Rustem Umerov" in s["sentence"] for s in a.supports)


def test_other_questions_fall_back_to_retrieval(seed_db):
    a = ask(seed_db, "Where did Russia and Ukraine first hold direct peace talks?")
    assert "Istanbul" in a.supports[0]["sentence"]


@pytest.mark.parametrize("q, intent", [
    ("Who heads the Russian delegation?", "delegation_head"),
    ("Was Europe sidelined?", "excluded"),
    ("What did Iran promise?", "commitment"),
    ("What is the weather?", "search"),
])
def test_intents(q, intent):
    assert intent_of(q) == intent
