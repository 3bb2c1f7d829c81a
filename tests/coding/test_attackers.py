"""Who made an attack the clause tells without its doer, and whom an attack told as an occasion
befell. Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, attack", [
    ("A Liberian-flagged tanker was struck by two missiles off Hodeidah on Tuesday. "
     "The Houthis claimed responsibility on Wednesday.", ("ASSAULT", ["HOUTHIS"], ["LBR"])),
    ("Gunmen stormed a police post in northern Burkina Faso, killing 12 officers. "
     "JNIM claimed responsibility for the attack.", ("ASSAULT", ["JNIM"], ["BFA"])),
    ("A car bomb exploded near a market in Mogadishu. Al-Shabaab later claimed the bombing.",
     ("ASSAULT", ["ALSHABAAB"], ["SOM"])),
    ("Unidentified assailants ambushed a convoy of Nigerien soldiers near Tillaberi. "
     "The Islamic State later claimed the ambush.", ("ASSAULT", ["ISIS"], ["NER"])),
])
def test_an_attack_is_made_by_whoever_claims_it(code, text, attack):
    assert attack in code(text)


@pytest.mark.parametrize("text", [
    "A car bomb exploded near a market in Mogadishu. No group has claimed responsibility.",
    "A drone hit an oil depot in Belgorod. Ukraine did not claim the strike.",
])
def test_an_unclaimed_attack_stays_unnamed(code, text):
    assert [e[1] for e in code(text) if e[0] == "ASSAULT"] == [["UNK"]]


@pytest.mark.parametrize("text, attack", [
    ("Two Nigerian soldiers were killed in an attack by Boko Haram.", ("ASSAULT", ["BOKOHARAM"], ["NGA"])),
    ("A Ukrainian cargo ship was damaged in a Russian drone strike.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Five Syrian soldiers were wounded during Israeli air strikes near Damascus.", ("ASSAULT", ["ISR"], ["SYR"])),
    ("Four Malian soldiers died in an ambush by JNIM fighters.", ("ASSAULT", ["JNIM"], ["MLI"])),
    ("The Greek tanker caught fire after a Houthi missile attack.", ("ASSAULT", ["HOUTHIS"], ["GRC"])),
])
def test_an_attack_told_as_the_occasion_befalls_the_sufferer(code, text, attack):
    events = [e for e in code(text) if e[0] == "ASSAULT"]
    assert events == [attack]          # one happening, told once


def test_an_attack_after_another_is_its_own(code):
    events = code("Israel struck Gaza after an attack by Hamas.")
    assert ("ASSAULT", ["ISR"], ["PSE"]) in events
    assert not [e for e in events if e[1] == ["ISR"] and e[2] == ["HAMAS"]]
