"""Signing a text that names no signer: the signers are the parties the text is between."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    # passive with no agent: the text signed is no party to its own signing
    ("Peru and Ecuador fought a short border war in 1995. Ecuador accused Peru of moving troops. "
     "The peace treaty was signed in Brasilia three years later.", ("SUPPORT", ["ECU", "PER"], [])),
    # a bare participle after the text
    ("Ethiopia and Eritrea fought over Badme for two years. Eritrea accused Ethiopia of occupying the town. "
     "The accord signed in Algiers set up a boundary commission.", ("SUPPORT", ["ERI", "ETH"], [])),
    # a passive relative clause on the text
    ("Jordan accused Israel of stalling on water sharing. The treaty, which was signed in the Arava valley, "
     "opened the border crossings.", ("SUPPORT", ["ISR", "JOR"], [])),
    # a named text, without an article
    ("Colombia's army fought the FARC for decades. Colombia accused the FARC of rearming in the south. "
     "Havana accord, signed in November, gave the rebels seats in congress.", ("SUPPORT", ["COL", "FARC"], [])),
    ("Israel and Egypt fought four wars. Egypt accused Israel of occupying Sinai. Camp David accords, "
     "signed in 1978, returned the peninsula.", ("SUPPORT", ["EGY", "ISR"], [])),
])
def test_a_text_signed_without_a_signer_is_signed_by_the_articles_pair(code, text, event):
    """passives.signed_texts: the text a signing verb acts on (its passive subject, the noun a bare
    participle or passive relative clause hangs on) is neither its doer nor its recipient; with
    no signer named, the article's main pair signs it (counterparts.complete_gatherings)."""
    kind, actors, _ = event
    found = code(text)
    assert any(k == kind and set(a) | set(r) == set(actors) for k, a, r in found), found
    assert not [e for e in found if e[0] == "AGREE"], found


@pytest.mark.parametrize("text, event", [
    # a signer named after 'by' on a participle signs (not an accord by the place naming the text)
    ("The Doha agreement, signed in 2020 by Washington and the Taliban, set a withdrawal date.",
     ("SUPPORT", ["TALIBAN", "USA"])),
    # guard: an active signer keeps signing
    ("Serbia and Kosovo signed an accord on vehicle plates in Brussels.", ("SUPPORT", ["SRB", "XKX"])),
])
def test_a_named_signer_still_signs(code, text, event):
    kind, parties = event
    assert any(k == kind and set(parties) <= set(a) | set(r) for k, a, r in code(text)), code(text)
