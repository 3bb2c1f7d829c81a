"""Proposals told as a participle after what they propose: an offer of their own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, events", [
    # the proposer after 'by' offers it to the one the clause around it has answer it
    ("Israel struck Gaza. The Israeli cabinet turned down a truce offered by Egypt.",
     [("REJECT", ["ISR"], ["EGY"]), ("AGREE", ["EGY"], ["ISR"])]),
    ("The Houthis fired missiles at Israel. The Houthis dismissed a deal proposed by Oman.",
     [("REJECT", ["HOUTHIS"], ["OMN"]), ("AGREE", ["OMN"], ["HOUTHIS"])]),
    ("Hamas accepted a plan put forward by Qatar.", [("AGREE", ["QAT"], ["HAMAS"])]),
    ("Serbia declined the talks proposed by the EU.", [("AGREE", ["EUR"], ["SRB"])]),
])
def test_a_proposal_told_by_its_participle_is_the_proposers_offer(code, text, events):
    """mentions._proposed_by (cues proposal_verbs): 'a truce offered by Egypt' is not content of
    the refusal or acceptance around it but Egypt's offer, made to the one who answers it
    (addressees.offered_to), and made already (occurred) whatever the answer."""
    found = code(text)
    for event in events:
        assert event in found, found


@pytest.mark.parametrize("text, status", [
    ("Russia shelled Kharkiv. Zelensky told reporters Kyiv would accept a short truce offered by Turkey.", "occurred"),
])
def test_a_proposal_is_made_whatever_becomes_of_it(code, text, status):
    found = code(text, with_status=True)
    assert any(e[0] == "AGREE" and e[1] == ["TUR"] and e[3] == status for e in found), found


@pytest.mark.parametrize("text", [
    # guards: a participle that only says whose a thing is, or a non-proposal verb, stays content
    "Troops sent by Chad entered Sudan.",
    "Aid offered by Japan reached Myanmar.",
])
def test_other_participles_make_no_offer(code, text):
    assert not [e for e in code(text) if e[0] == "AGREE"], code(text)


@pytest.mark.parametrize("text, events", [
    # a push, bid or drive to meet is an offer of talks, made to the one the clause has answer it
    ("Vietnam seized a Philippine boat. Hanoi ignored Manila's push to reopen talks.",
     [("AGREE", ["PHL"], ["VNM"])]),
    ("Tokyo launched a bid to hold a summit with Beijing.", [("AGREE", ["JPN"], ["CHN"])]),
    ("Colombia's army clashed with the ELN in Arauca. Bogota announced a new drive to resume dialogue "
     "with the rebels.", [("AGREE", ["COL"], ["ELN"])]),
    # guards: a push to do something else is no offer of talks
    ("Russia's push to capture Pokrovsk continued.", []),
])
def test_a_push_to_meet_is_an_offer_of_talks(code, text, events):
    """triggers.tsv push/bid/drive N AGREE with to= (a noun's to-clause, triggers._to_clause);
    cues offer_nouns."""
    found = [e for e in code(text) if e[0] == "AGREE"]
    assert found == events, code(text)
