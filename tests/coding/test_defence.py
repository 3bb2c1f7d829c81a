"""Acts that a trigger word seems to name but that are no act by the doer on a recipient."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Israeli air defences intercepted dozens of rockets fired by Hezbollah on Sunday.",
    "The Saudi military said it downed five ballistic missiles launched by the Houthis.",
    "Kyiv's air force said it shot down 40 Russian drones and six cruise missiles overnight.",
])
def test_stopping_incoming_munitions_is_no_attack(code, text):
    """nonacts._air_defence (cues interception_verbs, incoming_munitions)."""
    attacks = [e for e in code(text) if e[0] == "ASSAULT"]
    assert not [e for e in attacks if e[1] in (["ISR"], ["SAU"], ["UKR"])]


@pytest.mark.parametrize("text, event", [
    # guards: downing one aircraft or drone is an attack on its owner
    ("Iran shot down an American surveillance drone over the Gulf.", ("ASSAULT", ["IRN"], ["USA"])),
    ("Russia said it had shot down two Ukrainian helicopters.", ("ASSAULT", ["RUS"], ["UKR"])),
])
def test_downing_aircraft_is_still_an_attack(code, text, event):
    assert event in code(text)
