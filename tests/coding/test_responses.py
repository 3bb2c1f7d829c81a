"""A response is coded by what it says: a positive one accepts (AGREE), a negative one refuses
(REJECT), a reply to a letter is an exchange between the two (CONSULT), and a vow to respond to
an attack stays a threat; a stance told as a passive ("is committed to") is the subject's own;
a claim told as a cleft ("it was X that hit it") accuses X.
Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, expected", [
    ("Putin responded positively to Trump's idea.", ("AGREE", ["RUS"], ["USA"])),
    ("Hamas responded positively to the Egyptian proposal on Sunday.", ("AGREE", ["HAMAS"], ["EGY"])),
    ("Beijing said Xi responded constructively to Macron's plan for an Olympic truce.",
     ("AGREE", ["CHN"], ["FRA"])),
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


@pytest.mark.parametrize("text, agreement", [
    ("Azerbaijan is committed to the truce with Armenia.", ("AGREE", ["AZE"], ["ARM"])),
    ("Pashinyan told reporters that his government is committed to the 2020 truce with Azerbaijan.",
     ("AGREE", ["ARM"], ["AZE"])),
    ("The UK is committed to supporting Ukraine.", ("AGREE", ["GBR"], ["UKR"])),
])
def test_being_committed_is_the_subjects_own_stance(code, text, agreement):
    """A stance held, told as a passive ('is committed to'): the subject holds it (cues
    stative_participles), and holding to an accord promises no new act under it."""
    events = code(text)
    assert agreement in events
    assert not [e for e in events if e[0] == "RETREAT"]


def test_committing_to_a_truce_still_promises_it(code):       # a guard
    assert ("RETREAT", ["AZE"], ["ARM"]) in code("Azerbaijan committed to a truce with Armenia.")


@pytest.mark.parametrize("text, threat", [
    ("The UN Security Council condemned North Korea's missile launch on Friday. Pyongyang had no choice but "
     "to respond to the council's statement.", ("THREATEN", ["PRK"], ["UN"])),
    ("India struck Pakistani positions. Pakistan will have no option but to retaliate.",
     ("THREATEN", ["PAK"], ["IND"])),
    ("Seoul had no choice but to retaliate against this provocation by Pyongyang.", ("THREATEN", ["KOR"], ["PRK"])),
])
def test_a_response_said_to_be_forced_is_a_threat(code, text, threat):
    """speech._no_choice_but (cues responses.forced_nouns): no future tense and no hostile
    object needed; the one with no choice responds."""
    assert threat in code(text)


def test_no_choice_but_to_accept_is_no_threat(code):         # a guard
    assert not [e for e in code("Kenya had no choice but to accept the deal.") if e[0] == "THREATEN"]


@pytest.mark.parametrize("text, accusation", [
    ("The Israeli army claimed that it was a Hamas rocket that hit the hospital.", ("ACCUSE", ["ISR"], ["HAMAS"])),
    ("Baku claimed that it was fire from Armenia's positions that hit the village.", ("ACCUSE", ["AZE"], ["ARM"])),
])
def test_a_claim_told_as_a_cleft_accuses_the_one_it_names(code, text, accusation):
    """speakers.cleft_party: 'it was X that did it' puts the act on X."""
    assert accusation in code(text)


@pytest.mark.parametrize("text", [
    "Baku claimed that it was its own artillery that hit the village.",         # guards: no other party,
    "Israel said it was a difficult week.",                                     # or no act told
])
def test_a_cleft_about_no_other_party_accuses_no_one(code, text):
    assert not [e for e in code(text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize("text, threat", [
    ("Turkey hinted at a military response if Greece extended its territorial waters.", ("THREATEN", ["TUR"], ["GRC"])),
    ("Moscow hinted at possible countermeasures against Helsinki.", ("THREATEN", ["RUS"], ["FIN"])),
    ("Seoul signalled a military response to any further incursion by Pyongyang.", ("THREATEN", ["KOR"], ["PRK"])),
])
def test_hinting_at_a_response_is_a_threat(code, text, threat):
    """triggers.tsv hint/signal rows with a response, action or countermeasure as object."""
    assert threat in code(text)


def test_signalling_willingness_is_no_threat(code):          # a guard
    assert [e[0] for e in code("Iran signalled its willingness to resume talks with Washington.")] == ["AGREE"]
