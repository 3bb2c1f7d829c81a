"""An order or demand that another state's envoys leave is an expulsion (SANCTION, expel), as the
news coders read it, not a bare request: triggers.tsv rows with told= (the verb of the clause
asked for and the one who is to do it, triggers._told). Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, event", [
    ("Niger demanded that the French envoy leave Niamey.", ("SANCTION", ["NER"], ["FRA"])),
    ("Burkina Faso instructed the French military attache to depart within two weeks.",
     ("SANCTION", ["BFA"], ["FRA"])),
    ("Chad ordered the German ambassador to quit the country.", ("SANCTION", ["TCD"], ["DEU"])),
])
def test_telling_envoys_to_leave_is_an_expulsion(code, text, event):
    events = code(text)
    assert event in events
    assert not [e for e in events if e[0] == "REQUEST"]


def test_telling_others_to_leave_stays_a_request(code):            # guard
    events = code("The UN asked the protesters to leave the square.")
    assert [e for e in events if e[0] == "REQUEST"]
    assert not [e for e in events if e[0] == "SANCTION"]


# Answers to statements: dismissing or refuting accusations only contradicts them, as denying
# does (cues answering_verbs, nonacts.statement_denied): the accusation is coded, no refusal.
@pytest.mark.parametrize("text, accusation", [
    ("Manila dismissed the accusations from Beijing as propaganda.", ("ACCUSE", ["CHN"], ["PHL"])),
    ("Ankara dismissed the accusations from Athens as baseless.", ("ACCUSE", ["GRC"], ["TUR"])),
    ("Hanoi dismissed the allegations by Beijing that its boats rammed a Chinese vessel.", ("ACCUSE", ["CHN"], ["VNM"])),
])
def test_dismissing_an_accusation_is_no_refusal(code, text, accusation):
    events = code(text)
    assert accusation in events
    assert not [e for e in events if e[0] == "REJECT"]


def test_dismissing_a_demand_is_still_a_refusal(code):              # guard
    assert ("REJECT", ["JPN"], ["CHN"]) in code("Japan dismissed China's demand for an apology.")
