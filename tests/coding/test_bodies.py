"""Nouns for a body of a kind ("the group", "the militants", "the bloc", "the coalition") that
stand for the body of that kind the text named last, and bodies named by their members ("a
coalition of Hamas and Islamic Jihad"). Every case is written for this test."""
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


@pytest.mark.parametrize("text, event", [
    # a body noun whose "of" phrase lists named parties stands for all of them (lists.made_of)
    ("An alliance of Hamas and Islamic Jihad fired rockets at Ashkelon.", ("ASSAULT", ["HAMAS", "PIJ"], ["ISR"])),
    ("A coalition of the KIA, the TNLA and the Arakan Army attacked army posts.",
     ("ASSAULT", ["ARAKAN", "KIA", "TNLA"], [])),
    # and so does the body noun taking it up later
    ("The Northern Alliance of the KIA, the TNLA and the Arakan Army launched an offensive against "
     "Myanmar's junta in October. The alliance took two district capitals in November.",
     ("ASSAULT", ["ARAKAN", "KIA", "TNLA"], [])),
    # a list the parser hangs as an apposition and its conjunct (lists.conjuncts): not one
    # member acting on the others
    ("A group of Qatar, Egypt and Turkey urged Hamas to free the hostages.",
     ("REQUEST", ["EGY", "QAT", "TUR"], ["HAMAS"])),
    ("The bloc of Kenya, Uganda and Burundi condemned the coup in Niamey.", ("ACCUSE", ["BDI", "KEN", "UGA"], [])),
])
def test_a_body_made_of_named_parties_stands_for_all_of_them(code, text, event):
    assert event in code(text)


def test_a_body_with_a_name_of_its_own_is_itself(code):
    # guard: "the Alliance of Sahel States" is a name, not a list of members
    assert ("ACCUSE", ["BFA", "MLI", "NER"], ["FRA"]) in code("The Alliance of Sahel States condemned France.")
