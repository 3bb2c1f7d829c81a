"""A person named again by surname alone is the person the article introduced with the full
name and an office or nationality (communique.coding.unnamed.same_person). Every case is
written for this test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    # the full name under an office and a possessive state
    ("Kenya's defence chief Charles Kahariri flew to Mogadishu on Monday. Kahariri pledged more "
     "troops to Somalia.", ("AGREE", ["KEN"], ["SOM"])),
    # the full name with an appositive office (the tagger may take the name for a body)
    ("Ingrid Haldorsen, director of the Norwegian Foreign Ministry's Middle East Section, met "
     "an Iranian envoy on Tuesday. Haldorsen rejected Iran's explanation of the seizure.",
     ("REJECT", ["NOR"], ["IRN"])),
    # a surname of two words, after a demonym and a title
    ("Chilean Foreign Minister Alberto van Klaveren met his Argentine counterpart on Monday. "
     "Van Klaveren later criticized Bolivia's decision.", ("ACCUSE", ["CHL"], ["BOL"])),
    # the state named in an "of" phrase
    ("The talks were led by Ambassador Jorge Ramos of Peru. Ramos condemned Chile's decision.",
     ("ACCUSE", ["PER"], ["CHL"])),
])
def test_a_surname_takes_the_party_of_the_full_name_before(code, text, event):
    assert event in code(text)


@pytest.mark.parametrize("text", [
    # guard: the full name named no party
    "Maria Okonkwo, a farmer, spoke to reporters on Monday. Okonkwo condemned Chile's decision.",
    # guard: the surname alone came first, the full name after
    "Ramos condemned Chile's decision. Ambassador Jorge Ramos of Peru led the talks.",
])
def test_a_surname_with_no_party_before_stays_unnamed(code, text):
    assert not [e for e in code(text) if e[0] == "ACCUSE" and e[1] not in ([], ["UNK"])]
