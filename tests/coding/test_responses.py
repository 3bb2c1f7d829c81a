"""A response is coded by what it says: a positive one accepts (AGREE), a negative one refuses
(REJECT), a reply to a letter is an exchange between the two (CONSULT), and a vow to respond to
an attack stays a threat. Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, expected", [
    ("Putin responded positively to Trump's idea.", ("AGREE", ["RUS"], ["USA"])),
    ("Hamas responded positively to the Egyptian proposal on Sunday.", ("AGREE", ["HAMAS"], ["EGY"])),
    ("The Kremlin said Putin responded constructively to Trump's proposal on Black Sea shipping.",
     ("AGREE", ["RUS"], ["USA"])),
    ("North Korea responded negatively to Seoul's offer of talks.", ("REJECT", ["PRK"], ["KOR"])),
])
def test_a_response_is_what_it_says(code, text, expected):
    assert expected in code(text)


@pytest.mark.parametrize("text", [
    "Tehran responded through Muscat to a letter from Trump.",
    "Pyongyang replied to a letter from Washington on Friday.",
])
def test_replying_to_a_letter_is_an_exchange(code, text):
    assert [e[0] for e in code(text)] == ["CONSULT"]


def test_a_vow_to_respond_to_an_attack_stays_a_threat(code):       # a guard
    assert code("Iran will respond to any Israeli attack.") == [("THREATEN", ["IRN"], ["ISR"])]
