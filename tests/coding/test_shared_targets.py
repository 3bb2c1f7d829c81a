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
