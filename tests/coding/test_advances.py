"""Forces advancing on the ground attack where they advance (ASSAULT); other things that advance
or push ahead do not. Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, attack", [
    ("Russian troops are advancing in the Zaporizhzhia region.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Russian units are grinding forward in the Donetsk region.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("RSF fighters pushed deeper into North Darfur last week.", ("ASSAULT", ["RSF"], ["SDN"])),   # read before too
])
def test_forces_advancing_attack_where_they_advance(code, text, attack):
    assert attack in code(text)


@pytest.mark.parametrize("text", [
    "Talks advanced in Geneva on Monday.",
    "Putin pushed ahead with his plan.",
])
def test_other_advances_are_no_attack(code, text):            # guards
    assert not [e for e in code(text) if e[0] == "ASSAULT"]
