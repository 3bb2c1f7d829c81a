"""Military posture short of force (MOBILIZE): what counts as readying forces and what only
sounds like it. Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, mobilized", [
    ("Russia reinforced its positions near Pokrovsk.", True),
    ("Ukraine's allies reinforced their support for Kyiv.", False),     # backing, not forces
    ("Israel reinforced its claim to the Golan Heights.", False),
])
def test_reinforcing_a_stance_deploys_no_one(code, text, mobilized):
    assert any(e[0] == "MOBILIZE" for e in code(text)) == mobilized


@pytest.mark.parametrize("text, mobilized", [
    ("Sudan's army says the RSF is preparing a fresh assault on El-Obeid.", ("MOBILIZE", ["RSF"], ["SDN"])),
    ("Russia is preparing a new offensive in the Zaporizhzhia region, Zelensky said.", ("MOBILIZE", ["RUS"], ["UKR"])),
    ("Kyiv said Moscow was preparing an assault on Kharkiv.", ("MOBILIZE", ["RUS"], ["UKR"])),
])
def test_preparing_an_attack_readies_forces_and_plans_the_attack(code, text, mobilized):
    events = code(text, with_status=True)
    kind, actor, recipient = mobilized
    assert (kind, actor, recipient, "occurred") in events       # the preparations took place
    assert ("ASSAULT", actor, recipient, "planned") in events   # the attack has not
    assert not [e for e in events if e[0] == "ASSAULT" and e[3] == "occurred"]


def test_a_dyad_of_a_prepared_attack_is_the_attack(nlp):
    from communique.coding.classify import Dyad, classify
    out = list(classify([Dyad("1", "Israel is preparing a ground offensive into Rafah.", "Israel", "Rafah")], legacy=False))
    assert out[0]["event"] == "ASSAULT"


def test_preparing_a_document_readies_no_forces(code):
    assert not [e for e in code("Israel prepared a list of prisoners to be released.") if e[0] == "MOBILIZE"]


@pytest.mark.parametrize("text, retreat", [
    ("Wagner's mercenaries have left Libya.", ("RETREAT", ["WAGNER"], ["LBY"])),
    ("Russian forces left Kherson in November 2022.", ("RETREAT", ["RUS"], ["UKR"])),
    # a leader or a delegation leaving a city withdraws no forces, nor does a strike that leaves people dead
    ("Russian missiles hit Kyiv overnight. Putin left Moscow for Beijing on Monday.", None),
    ("Russian missiles hit Kyiv overnight. The Ukrainian delegation left Istanbul after two hours of talks.", None),
    ("The strike left 20 people dead.", None),
])
def test_forces_leaving_a_place_withdraw_from_it(code, text, retreat):
    events = code(text)
    if retreat is None:
        assert not [e for e in events if e[0] == "RETREAT"]
    else:
        assert retreat in events
