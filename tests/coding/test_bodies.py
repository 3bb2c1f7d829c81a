"""Nouns for a body of a kind ("the group", "the militants", "the bloc", "the coalition") that
stand for the body of that kind the text named last. Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, event", [
    ("Al-Shabaab stormed a hotel in Mogadishu on Friday. Kenya urged the group to free the hostages.",
     ("REQUEST", ["KEN"], ["ALSHABAAB"])),
    ("The Houthis seized a cargo ship on Sunday. The militants later threatened to attack American warships.",
     ("THREATEN", ["HOUTHIS"], ["USA"])),
    ("ASEAN foreign ministers met in Jakarta on Monday. The bloc later condemned Myanmar's junta.",
     ("ACCUSE", ["ASEAN"], ["MMR"])),
    ("A coalition of Hamas and Islamic Jihad fired rockets at Ashkelon. The coalition later threatened Israel.",
     ("THREATEN", ["HAMAS", "PIJ"], ["ISR"])),
])
def test_a_body_noun_stands_for_the_body_named_last(code, text, event):
    assert event in code(text)


def test_leaving_the_bloc_named_before_is_a_sanction(code):
    text = "ECOWAS leaders met in Abuja. Burkina Faso later announced its withdrawal from the bloc."
    assert ("SANCTION", ["BFA"], ["ECOWAS"]) in code(text)


@pytest.mark.parametrize("text", [
    # guard: an unnamed group was brought in since the armed group was named
    "Hamas fired rockets at Sderot. A group of students marched in Cairo on Monday. The group later condemned Israel.",
    # guard: a state is no group
    "Russia shelled Kharkiv on Monday. The group later condemned Ukraine.",
])
def test_a_body_noun_does_not_reach_past_an_unnamed_one_or_to_a_state(code, text):
    assert not [e for e in code(text) if e[0] == "ACCUSE" and e[1]]
