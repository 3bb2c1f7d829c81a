"""Who gives aid, who gets it and whether it is given yet, as one clause tells it
(`communique.coding.giving`, the aid rules of `arguments`, `modality` and the coder), and whether
a retreat announced is done. Every case is written for this test."""
from __future__ import annotations

import pytest

from communique.article import Article
from communique.coding.coder import code_article


def _aid(nlp, text: str) -> list[tuple]:
    article = Article(text=text, origin="test", published="2025-04-15")
    article.doc = nlp(text)
    return [(sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}), e.status)
            for e in code_article(article) if e.event == "AID"]


@pytest.mark.parametrize("text, aid", [
    ("Britain sent aid to Gaza.", (["GBR"], ["PSE"], "occurred")),
    ("The UN flew relief supplies into Darfur.", (["UN"], ["SDN"], "occurred")),
    ("Egypt delivered food and medicine to Khan Younis.", (["EGY"], ["PSE"], "occurred")),
])
def test_aid_sent_to_a_place_goes_to_its_state(nlp, text, aid):
    assert aid in _aid(nlp, text)


@pytest.mark.parametrize("text, aid", [
    ("Britain announced 120 million pounds in aid for Gaza.", (["GBR"], ["PSE"], "planned")),
    ("Washington unveiled new military aid for Taiwan.", (["USA"], ["TWN"], "planned")),
])
def test_aid_announced_is_aid_to_come_from_the_announcer(nlp, text, aid):
    assert aid in _aid(nlp, text)


@pytest.mark.parametrize("text, aid", [
    ("Japan and Canada pledged on Monday to increase aid for Haiti.", (["CAN", "JPN"], ["HTI"], "planned")),
    ("Germany promised to double its military aid to Kyiv.", (["DEU"], ["UKR"], "planned")),
])
def test_a_promise_to_increase_aid_promises_the_aid(nlp, text, aid):
    assert aid in _aid(nlp, text)


def test_a_promise_to_end_a_war_promises_no_fighting(code):
    assert code("Russia and Ukraine agreed to end the war.") == [("AGREE", ["RUS", "UKR"], [])]


@pytest.mark.parametrize("text, kind", [
    ("The PKK announced it was suspending its operations against Turkish troops.", "CONCEDE"),
    ("Hamas said it is halting rocket fire on Israel.", "CONCEDE"),
    ("Russia announced it had withdrawn its troops from Kherson.", "RETREAT"),      # done
    ("Russia is withdrawing its troops from Kherson.", "RETREAT"),                  # seen under way
])
def test_a_retreat_announced_as_under_way_is_declared_not_done(code, text, kind):
    """modality.announced_as_under_way: the manual's CONCEDE, a concession declared."""
    assert [e[0] for e in code(text)] == [kind]


@pytest.mark.parametrize("text, event", [
    ("Britain sent aid to Sudan last year. The European Union pledged over 522 million euros to address the crisis.",
     ("AGREE", ["EUR"], ["SDN"])),
    ("Turkey delivered tents to Syria after the quake. Qatar pledged 50 million dollars on Monday.",
     ("AGREE", ["QAT"], ["SYR"])),
])
def test_money_pledged_goes_where_the_articles_aid_goes(code, text, event):
    """campaigns.complete_beneficiaries, for a pledge whose object is money (cues money_nouns)."""
    assert event in code(text)


@pytest.mark.parametrize("text, aid", [
    ("The Central African Republic turned to Russia for military support.", (["RUS"], ["CAF"], "occurred")),
    ("Armenia turned to India for military assistance after the 2020 war.", (["IND"], ["ARM"], "occurred")),
    ("Haiti turned to Kenya for security assistance.", (["KEN"], ["HTI"], "occurred")),
    ("Somalia leaned on Turkey for military support.", (["TUR"], ["SOM"], "occurred")),
])
def test_aid_sought_from_someone_turned_to_is_theirs_to_give(nlp, text, aid):
    """giving._sought_from (cues recourse_verbs)."""
    assert aid in _aid(nlp, text)


def test_aid_asked_for_stays_a_request(code):        # guard: an appeal is not a verb of recourse
    assert [e[0] for e in code("Sudan appealed to Egypt for military aid.")] == ["REQUEST"]
