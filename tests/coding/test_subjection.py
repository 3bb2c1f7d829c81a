"""Whom a measure or attack befalls when the clause says someone is under it, or names the place
it reached only as the antecedent of a relative clause. Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, event", [
    ("The delegation included a Venezuelan minister under U.S. sanctions.", ("SANCTION", ["USA"], ["VEN"])),
    ("Cuba has been under an American embargo for six decades.", ("SANCTION", ["USA"], ["CUB"])),
    ("Iran has been under UN sanctions since 2006.", ("SANCTION", ["UN"], ["IRN"])),
    ("Gaza has lived under an Israeli blockade since 2007.", ("COERCE", ["ISR"], ["PSE"])),
    ("Kharkiv came under Russian missile attack overnight.", ("ASSAULT", ["RUS"], ["UKR"])),
])
def test_what_is_under_a_measure_undergoes_it(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text", [
    "Under the sanctions, the EU froze the assets of Russian banks.",     # guard: the doer's own clause
    "The minister, under pressure from Washington, resigned.",            # guard: no measure named
])
def test_an_under_phrase_does_not_turn_the_doer_into_its_target(code, text):
    assert not [e for e in code(text) if e[0] == "SANCTION" and set(e[1]) & set(e[2])]
    assert not [e for e in code(text) if e[0] == "SANCTION" and e[1] == ["USA"]]


@pytest.mark.parametrize("text, event", [
    ("Officials counted the damage in the Kherson region, which Russian forces shelled on Monday.",
     ("ASSAULT", ["RUS"], ["UKR"])),
    ("Aid trucks reached villages in the Zaporizhzhia region, which Moscow's army has partly seized.",
     ("ASSAULT", ["RUS"], ["UKR"])),
])
def test_a_relative_pronoun_object_is_the_place_it_stands_for(code, text, event):
    assert event in code(text)
