"""Verbal acts read off constructions beyond the plain trigger verb: an order or demand told to
someone ("told Athens to halt the drills"). Every case is written for this test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("Ankara told Athens to halt its military exercises near the islands.", ("REQUEST", ["TUR"], ["GRC"])),
    ("Washington told Kyiv to stop attacking Russian refineries.", ("REQUEST", ["USA"], ["UKR"])),
    ("Putin told Lukashenko to prepare for talks.", ("REQUEST", ["RUS"], ["BLR"])),
])
def test_telling_a_party_to_do_something_is_a_request(code, text, event):
    assert event in code(text)


def test_the_act_told_is_the_content_not_an_event_of_its_own(code):
    events = code("Washington told Kyiv to stop attacking Russian refineries.")
    assert not any(e[0] == "ASSAULT" for e in events)


@pytest.mark.parametrize("text", [
    "The Kenyan minister told reporters to expect a decision soon.",     # the press is told, no party
    "Macron told Zelensky he would send more weapons.",                  # a statement, not an order
])
def test_telling_the_press_or_a_plain_telling_is_no_request(code, text):
    assert not any(e[0] == "REQUEST" for e in code(text))


@pytest.mark.parametrize("text, event", [
    ("The Saudi minister underlined the need for Sudan's army and the RSF to return to talks.",
     ("REQUEST", ["SAU"], ["RSF", "SDN"])),
    ("Turkey stressed the need for Armenia and Azerbaijan to sign the peace treaty.",
     ("REQUEST", ["TUR"], ["ARM", "AZE"])),
    ("The EU foreign policy chief emphasised the necessity for Serbia to recognise Kosovo.",
     ("REQUEST", ["EUR"], ["SRB"])),
])
def test_stressing_the_need_for_a_party_to_act_asks_it_to(code, text, event):
    assert event in code(text)


def test_the_act_said_to_be_needed_is_content_not_done(code):
    events = code("Turkey stressed the need for Armenia and Azerbaijan to sign the peace treaty.")
    assert not any(e[0] == "SUPPORT" for e in events)


@pytest.mark.parametrize("text", [
    "Erdogan stressed the need for unity among Turks.",        # no other party
    "The report highlighted the need for more funding.",       # no party at all
])
def test_a_need_stressed_with_no_party_asked_is_no_request(code, text):
    assert not any(e[0] == "REQUEST" for e in code(text))


@pytest.mark.parametrize("text, event", [
    ("Polish Foreign Minister Radoslaw Sikorski said Putin was not interested in peace.", ("ACCUSE", ["POL"], ["RUS"])),
    ("Estonia's prime minister said Russia is not serious about peace talks.", ("ACCUSE", ["EST"], ["RUS"])),
    ("The British defence secretary said Moscow does not want peace.", ("ACCUSE", ["GBR"], ["RUS"])),
    ("Ukraine said Russia was not ready to end the war.", ("ACCUSE", ["UKR"], ["RUS"])),
    ("“We must say it plainly: Moscow is not interested in a settlement,” the Lithuanian foreign minister said.",
     ("ACCUSE", ["LTU"], ["RUS"])),
])
def test_saying_another_party_wants_no_peace_accuses_it(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text", [
    "Russia said it was not interested in a ceasefire.",     # the party about itself
    "Ukraine said Russia was not ready.",                     # ready for nothing named
    "Kenya said Somalia was interested in talks.",            # willingness, not its absence
])
def test_unwillingness_of_ones_own_or_unstated_accuses_no_one(code, text):
    assert not any(e[0] == "ACCUSE" for e in code(text))


@pytest.mark.parametrize("text, event", [
    ("Seoul wants Tokyo to apologise for its wartime abuses.", ("REQUEST", ["KOR"], ["JPN"], "occurred")),
    ("The Kremlin wants Kyiv to abandon its NATO bid.", ("REQUEST", ["RUS"], ["UKR"], "occurred")),
    ("Washington would like Beijing to rein in North Korea.", ("REQUEST", ["USA"], ["CHN"], "occurred")),
])
def test_wanting_another_party_to_act_asks_it_to(code, text, event):
    assert event in code(text, with_status=True)


@pytest.mark.parametrize("text", [
    "Paris does not want to escalate the dispute with Algiers.",    # its own act
    "Kyiv wants more Patriot batteries to protect its cities.",     # no party bidden
    "Most Iranians want the economy to improve.",
])
def test_wanting_ones_own_act_or_a_thing_is_no_request(code, text):
    assert not any(e[0] == "REQUEST" for e in code(text))


@pytest.mark.parametrize("text, event", [
    ("Beijing lashed out at Manila over the collision.", ("ACCUSE", ["CHN"], ["PHL"])),
    ("China hit out at Japan over the visit.", ("ACCUSE", ["CHN"], ["JPN"])),
    ("Erdogan railed against Israel's offensive in Gaza.", ("ACCUSE", ["TUR"], ["ISR"])),
    ("India reached out to Canada after the row.", ("CONSULT", ["CAN", "IND"], [])),
])
def test_phrasal_verbs_of_attack_in_words_and_of_contact_name_their_other_side(code, text, event):
    assert event in code(text)


def test_a_place_after_at_stays_a_place(code):
    # guard: no particle, so "at" names where the signing took place
    events = code("Armenia and Azerbaijan signed the declaration at the White House.")
    assert not any(e[0] == "SUPPORT" and "USA" in e[1] for e in events)
