"""A state's demand, accusation or threat aimed at its own unnamed opposition is domestic: the
opposition takes the state's code (communique.coding.domestic.opposition_at_home). Every case is
written for this test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("Belarus held a vote on Sunday. The authorities put pressure on opposition activists.",
     ("REQUEST", ["BLR"], ["BLR"])),
    ("Azerbaijan's government stepped up pressure on political opponents before the vote.",
     ("REQUEST", ["AZE"], ["AZE"])),
    ("Iran accused dissidents of plotting a coup.", ("ACCUSE", ["IRN"], ["IRN"])),
])
def test_a_state_acting_on_unnamed_opposition_acts_at_home(code, text, event):
    assert event in code(text)


def test_unnamed_activists_accusing_a_state_are_not_made_its_own(code):
    # guard: the state is the recipient, the activists stay unnamed
    assert ("ACCUSE", ["UNK"], ["RUS"]) in code("Activists accused Russia of war crimes.")
