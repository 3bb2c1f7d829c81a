"""Acts named only as what is spoken of, evaluated or shown: no happening of their own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("The Japanese readout never mentioned scrapping the duties on Chinese steel.", "CONCEDE"),
    ("Erdogan and Putin discussed removing the ban on Turkish tomatoes.", "CONCEDE"),
    ("The EU communique made no mention of easing the embargo on Cuba.", "CONCEDE"),
    ("Biden's remarks did not mention sending tanks to Ukraine.", "AID"),
])
def test_an_act_spoken_of_is_no_happening(code, text, kind):
    """nonacts._a_topic (cues topic_speech_words)."""
    assert not [e for e in code(text) if e[0] == kind]


def test_a_discussion_is_still_a_meeting(code):
    # guard: the talking itself stays
    assert ("CONSULT", ["RUS", "TUR"], []) in code("Erdogan and Putin discussed removing the ban on Turkish tomatoes.")


@pytest.mark.parametrize("text", [
    "Macron raised the possibility of sending European troops to Ukraine.",
    "Diplomats played down the chance of reopening the embassy in Damascus.",
])
def test_an_act_named_as_a_possibility_is_no_happening(code, text):
    """nonacts._a_topic (cues possibility_nouns)."""
    assert code(text) == []


@pytest.mark.parametrize("text, event", [
    # guards: refusing a possibility is still a refusal
    ("Hungary ruled out the possibility of lifting its veto on aid to Kyiv.", ("REJECT", ["HUN"], ["UKR"])),
    ("Germany rejected the idea of sending troops to Ukraine.", ("REJECT", ["DEU"], ["UKR"])),
])
def test_refusing_a_possibility_is_still_a_refusal(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text", [
    "Turkey sought to avert an attack on Syria.",
    "Diplomats worked to head off sanctions on Iran.",
    "Qatar tried to prevent a war between Israel and Iran.",
    "Kenya's partners tried to deflect condemnation of Ruto.",
    "Egypt prevented Ethiopia from attacking Sudan.",
    "The US warded off a Chinese blockade of Taiwan.",
])
def test_an_act_kept_from_happening_is_no_happening(code, text):
    """nonacts._averted: what a verb of keeping it from happening takes (cues averting_verbs,
    averting_particle_verbs) is no event."""
    assert not code(text)


@pytest.mark.parametrize("text, event", [
    # guards: a foiled attack was attempted; an act told beside an averting one stays
    ("Ukraine foiled a Russian attack on Kyiv.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("The talks aimed at averting a war failed, and Ethiopia attacked Eritrea.", ("ASSAULT", ["ETH"], ["ERI"])),
])
def test_an_act_beside_an_averting_verb_stays(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text", [
    "Russia has about 1,500 soldiers stationed in Transnistria.",
    "Moldova and Russia met. Moldova wants the Russian troops stationed in Transnistria to leave.",
    "Chad and France quarrelled. France still has 1,000 soldiers stationed in Chad.",
])
def test_forces_kept_somewhere_are_no_deployment(code, text):
    """nonacts._a_presence: a participle of where forces are kept, after them (cues
    presence_participles), tells where they are."""
    assert not [e for e in code(text) if e[0] == "MOBILIZE"]


def test_stationing_forces_is_still_a_deployment(code):          # guard
    assert ("MOBILIZE", ["USA"], ["POL"]) in code("The US stationed 2,000 more troops in Poland on Monday.")


@pytest.mark.parametrize("text", [
    "Japan and China met. The agreement offers Japan hope of a thaw.",
    "Serbia and Kosovo met. The deal offers Kosovo a path to membership.",
    "Chad and Sudan met on Monday. The decisions of the summit offer Chad the reassurance it sought.",
])
def test_what_a_thing_brings_is_no_ones_offer(code, text):
    """nonacts._a_things_offer: a verb of bringing (cues bringing_verbs) whose subject is a
    happening or a text (cues thing_nouns) is no offer."""
    assert not [e for e in code(text) if e[0] == "AGREE" and len(e[1]) == 1]


def test_a_party_that_offers_still_offers(code):             # guard
    assert ("AGREE", ["RUS"], ["UKR"]) in code("Russia offered Ukraine a chance to withdraw.")
