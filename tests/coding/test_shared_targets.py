"""A hostile act joined to an earlier hostile act of the same doer is aimed where that act is."""
from __future__ import annotations

BEFORE = "The UN sanctioned Iran in 2006 and froze the assets of Iran's rulers a year later. "


def test_a_warning_joined_to_a_measure_is_aimed_at_its_target(code):
    """The clause itself names no one for the warning, and the article's usual counterpart of
    the doer is another country: the warning goes where the embargo beside it goes."""
    events = code(BEFORE + "After the nuclear test in North Korea, the UN imposed an arms embargo on the nation "
                  "and warned of further steps.")
    assert ("THREATEN", ["UN"], ["PRK"]) in events
    assert ("THREATEN", ["UN"], ["IRN"]) not in events


def test_a_threat_with_a_subject_of_its_own_keeps_its_own_sides(code):
    # guard: the second clause has its own doer, who threatens the one acting in the first
    assert ("THREATEN", ["IRN"], ["UN"]) in code(
        BEFORE + "After the nuclear test in North Korea, the UN imposed an arms embargo on the nation, "
        "and Iran threatened to quit the treaty.")


def test_a_chain_of_hostile_clauses_keeps_the_first_ones_target_at_home(code):
    """The opposition's refusals, joined to its accusation of the government, are aimed at that
    government (the doer's own country in another sector), not at the foreign party the article
    pairs the country with."""
    events = code("Washington imposed new sanctions on Caracas in March. Venezuelan opposition leaders "
                  "accused the government of rigging the vote, rejected the official results and refused "
                  "to join the new assembly.")
    assert ("REJECT", ["VEN"], ["VEN"]) in events
    assert ("REJECT", ["VEN"], ["USA"]) not in events


def test_a_withheld_recognition_passes_the_target_along_the_chain(code):
    events = code("Moscow congratulated Minsk on the vote. The Belarusian opposition accused the authorities "
                  "of fraud, did not recognise the results and refused to attend the inauguration.")
    assert ("REJECT", ["BLR"], ["BLR"]) in events
    assert ("REJECT", ["BLR"], ["RUS"]) not in events


def test_a_refusal_alone_does_not_turn_on_its_own_country(code):
    # guard: no earlier hostile clause names the government, so the home side is not guessed
    events = code("Washington imposed new sanctions on Caracas in March. The Venezuelan opposition refused "
                  "to join the new assembly.")
    assert ("REJECT", ["VEN"], ["VEN"]) not in events


def test_a_chain_aimed_abroad_stays_abroad(code):
    # guard: the first clause names a foreign party; the refusals follow it
    events = code("Ankara has offered to mediate. The Serbian government accused Kosovo of provocations, "
                  "did not recognize the new mayors and refused to attend the talks.")
    assert ("REJECT", ["SRB"], ["XKX"]) in events
