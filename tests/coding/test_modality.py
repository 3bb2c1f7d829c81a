"""Status and attribution on the written modality set (tests/data/modality.jsonl).

Each line names an event by its source and target; the coder picks the trigger that links
them (as `classify` does) and reads its status, speaker and hedging. Floors are pinned in
quality_floors.json so the figures can only go up.
"""
import json
from pathlib import Path

import pytest

from communique.coding.classify import status_of_dyad
from communique.coding.coder import _status
from communique.coding.mentions import mentions

DATA = Path(__file__).parent / "data" / "modality.jsonl"
FLOORS = json.loads((Path(__file__).parents[1] / "quality_floors.json").read_text())["modality"]


def rows():
    return [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]


def _speaker_ok(found, gold):
    if gold is None:
        return found is None
    return found is not None and (gold.lower() in found.lower() or found.lower() in gold.lower())


def scores(nlp):
    data = rows()
    status_hits = speaker_hits = hedged_hits = 0
    for row, doc in zip(data, nlp.pipe(r["text"] for r in data)):
        status, speaker, hedged = status_of_dyad(doc, row["source"], row["target"])
        status_hits += status == row["status"]
        speaker_hits += _speaker_ok(speaker, row["speaker"])
        hedged_hits += hedged == row["hedged"]
    n = len(data)
    return {"status": status_hits / n, "speaker": speaker_hits / n, "hedged": hedged_hits / n,
            "attribution": (speaker_hits + hedged_hits) / (2 * n)}


def test_modality_set_is_big_enough_and_covers_every_status():
    data = rows()
    assert len(data) >= 150
    assert {r["status"] for r in data} == {"occurred", "planned", "negated", "hypothetical"}


def test_status_and_attribution_accuracy_hold_their_floors(nlp):
    got = scores(nlp)
    for key, floor in FLOORS.items():
        assert got[key] >= floor, f"{key} accuracy {got[key]:.3f} fell below its floor {floor}"


def test_refusal_is_an_occurred_reject_not_a_negation(nlp):
    doc = nlp("Moscow refused to meet the Ukrainian delegation in Istanbul.")
    assert status_of_dyad(doc, "Moscow", "the Ukrainian delegation")[0] == "occurred"


def test_hedged_report_names_no_speaker_but_is_hedged(nlp):
    doc = nlp("Reportedly, Iran has shipped drones to Russia.")
    status, speaker, hedged = status_of_dyad(doc, "Iran", "Russia")
    assert (status, hedged) == ("occurred", True)


# -- status scope: written cases, one per rule (tests/coding/data/status_cases.jsonl) -------

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "status_cases.jsonl").read_text().splitlines()
         if line.strip()]


def _status_of_word(nlp, text, word):
    for sent in nlp(text).sents:
        for m in mentions(sent):
            if m.token.text == word:
                return _status(m, sent.text)
    return None


@pytest.mark.parametrize("case", CASES, ids=[f"{c['trigger']}: {c['rule']}" for c in CASES])
def test_status_scope_case(nlp, case):
    assert _status_of_word(nlp, case["text"], case["trigger"]) == case["status"], case["text"]


@pytest.mark.parametrize("text, events", [
    ("It is still to be seen whether Erdogan is ready to sit down with Assad or offer concessions.", []),
    ("It is unclear whether the talks in Geneva between Russia and Ukraine will take place.", []),
    ("Analysts wonder whether Iran will retaliate against Israel.", []),
    ("A Turkish spokesman declined to say whether Erdogan agreed to the Swedish request.", []),
    # a 'whether' that only qualifies the act leaves it asserted
    ("Putin agreed to the request, whether or not Kyiv likes it.", [("AGREE", ["RUS"], ["UKR"])]),
])
def test_an_open_question_asserts_no_act(code, text, events):
    """An act in a clause opened by 'whether' is asked about, not reported, done or planned
    (nonacts._asked_whether)."""
    assert code(text) == events


@pytest.mark.parametrize("text, events", [
    # a readiness that is only the condition of what follows is nobody's offer
    ("Russia and Ukraine traded strikes on Monday. If the Kremlin is willing to halt the fighting, it can do "
     "that at once, Sybiha said.", [("ASSAULT", ["RUS", "UKR"], [], "occurred")]),
    ("Russia and Ukraine traded strikes on Monday. Ukraine is ready for a ceasefire if Russia stops its "
     "attacks.", [("ASSAULT", ["RUS", "UKR"], [], "occurred"), ("AGREE", ["UKR"], ["RUS"], "occurred"),
                  ("RETREAT", ["UKR"], ["RUS"], "hypothetical"), ("RETREAT", ["RUS"], ["UKR"], "hypothetical")]),
    # the copula carries the negation of its adjective (told by another party, the same clause is
    # that party's accusation: test_verbal_acts)
    ("Russia and Ukraine traded strikes on Monday. The Kremlin is not prepared to halt its offensive.",
     [("ASSAULT", ["RUS", "UKR"], [], "occurred"), ("AGREE", ["RUS"], ["UKR"], "negated")]),
])
def test_readiness_under_a_condition_or_a_negation(nlp, text, events):
    """Status of a readiness adjective is read through its copula (modality.chain takes acomp);
    one inside an if-clause is dropped by the extractor (nonacts._willing_if)."""
    from communique.article import Article
    from communique.coding.coder import code_article
    article = Article(text=text, origin="test")
    article.doc = nlp(text)
    assert [(e.event, sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}), e.status)
            for e in code_article(article)] == events
