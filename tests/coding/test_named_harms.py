"""A harm a party names in a free relative or a relative clause ("what it called ...", "a
collision that Hanoi described as ...") is coded as well as the naming: the news coders code
the act named, by the doer the name gives (its demonym or possessor, or a 'by' phrase the
parser hangs on the naming verb). A name that is no harm adds nothing. Every case is written
for this test."""
import pytest


@pytest.mark.parametrize("text, harm", [
    ("Vietnam has accused China of harassing its boats. Vietnamese fishermen were hurt in a collision "
     "that Hanoi called deliberate ramming by the Chinese coast guard.", ("ASSAULT", ["CHN"], ["VNM"])),
    ("Tehran condemned what it called the Israeli bombardment of Beirut.", ("ASSAULT", ["ISR"], ["LBN"])),
    ("Seoul and Pyongyang traded threats this week. Seoul protested what it called a reckless incursion "
     "by North Korean troops.", ("ASSAULT", ["PRK"], ["KOR"])),
])
def test_a_named_harm_is_coded_with_the_doer_its_name_gives(code, text, harm):
    assert harm in code(text)


@pytest.mark.parametrize("text", [
    "Russia dismissed what it called a provocation by Kyiv.",
    "Beijing rejected what it called interference by Washington.",
])
def test_a_name_that_is_no_harm_adds_no_harm(code, text):          # guards
    assert not [e for e in code(text) if e[0] in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION")]
