"""Acts told in the passive or as a participle set off by commas: the doer is named after 'by'
(or, for a member put out, is the body it is put out of), the one the act befalls is the noun.
Every case is written for this test."""
import pytest


@pytest.mark.parametrize("text, expected", [
    ("Moldova's President Maia Sandu, labeled a puppet by Russia, flew to Brussels.",
     ("ACCUSE", ["RUS"], ["MDA"])),
    ("Taiwan's president, branded a separatist by Beijing, arrived in Paraguay.",
     ("ACCUSE", ["CHN"], ["TWN"])),
    # the parser joins the participle to the clause before, or hangs 'by' on its complement
    ("The drills began amid rising rhetoric against Moldova's President Maia Sandu, labeled as a "
     "'puppet' by Russia, following a visit by a US envoy.", ("ACCUSE", ["RUS"], ["MDA"])),
])
def test_a_participle_after_a_comma_is_done_to_the_noun_by_the_agent(code, text, expected):
    assert expected in code(text)


def test_the_noun_of_the_participle_still_does_the_main_verb(code):
    events = code("Moldova's President Maia Sandu, labeled a puppet by Russia, flew to Brussels.")
    assert ("CONSULT", ["MDA"], ["EUR"]) in events
    assert not [e for e in events if e[0] == "ACCUSE" and e[1] == ["MDA"]]


@pytest.mark.parametrize("text, expected", [
    ("Mali was suspended from the African Union after the coup.", ("SANCTION", ["AU"], ["MLI"])),
    ("Niger and Guinea were suspended from ECOWAS.", ("SANCTION", ["ECOWAS"], ["GIN", "NER"])),
    ("Two Russian diplomats were expelled from Moldova on Friday.", ("SANCTION", ["MDA"], ["RUS"])),
    ("Russia was expelled from the Council of Europe in 2022.", ("SANCTION", ["COE"], ["RUS"])),
])
def test_a_member_put_out_is_put_out_by_the_body(code, text, expected):
    kind, actor, recipient = expected
    assert any(e[0] == kind and e[1] == actor and sorted(e[2]) == recipient for e in code(text))


@pytest.mark.parametrize("text, expected", [
    ("Burundi called its envoy home from Kigali.", ("SANCTION", ["BDI"], ["RWA"])),
    ("Chad and Niger called their ambassadors home last week.", ("SANCTION", ["NER", "TCD"], [])),
])
def test_calling_an_envoy_home_recalls_them(code, text, expected):
    kind, actor, recipient = expected
    events = code(text)
    assert any(e[0] == kind and sorted(e[1]) == actor and e[2] == recipient for e in events)
    assert not [e for e in events if e[0] == "CONSULT"]      # no phone call


@pytest.mark.parametrize("text, threat", [
    ("Russia expelled two Estonian diplomats and threatened military action.", ("THREATEN", ["RUS"], ["EST"])),
    ("Russia recalled its ambassador from Moldova and threatened economic retaliation.",
     ("THREATEN", ["RUS"], ["MDA"])),
    # parsed as it should be: a guard
    ("The EU froze Belarusian assets and threatened tougher measures.", ("THREATEN", ["EUR"], ["BLR"])),
])
def test_a_past_verb_read_as_an_adjective_is_the_conjoined_verb(code, text, threat):
    """'... and threatened military action' is often parsed with 'threatened' as an
    adjective of the noun joined to the first verb; it is still a threat by that verb's subject."""
    assert threat in code(text)
