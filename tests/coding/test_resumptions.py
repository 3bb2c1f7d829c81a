"""Resuming what a ban, embargo or suspension had stopped ends a hostile measure: a retreat
(RETREAT), as the news coders read it. Trade or flights resumed with no halt told stay
cooperation. Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, retreat", [
    ("Moscow resumed flights to Tbilisi after a four-year suspension.", ("RETREAT", ["RUS"], ["GEO"])),
    ("Beijing resumed imports of Australian wine after a three-year ban.", ("RETREAT", ["CHN"], ["AUS"])),
    ("India resumed exports of rice to Bangladesh once the embargo ended.", ("RETREAT", ["IND"], ["BGD"])),
    ("Moscow resumed gas shipments to Moldova, ending a halt that began in January.", ("RETREAT", ["RUS"], ["MDA"])),
])
def test_resuming_what_was_stopped_is_a_retreat(code, text, retreat):
    events = code(text)
    assert retreat in events
    assert not [e for e in events if e[0] == "COOPERATE"]


def test_a_resumption_with_no_halt_told_stays_cooperation(code):           # guard
    events = code("Russia resumed flights to Georgia.")
    assert ("COOPERATE", ["GEO", "RUS"], []) in events
    assert not [e for e in events if e[0] == "RETREAT"]
