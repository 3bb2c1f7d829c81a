"""Lists of parties as the parser leaves them, and bodies named by their members.

"the KIA, the TNLA and the Arakan Army" is often parsed with the second name as an apposition
of the first and the last as the second's conjunct: all three are one list (`conjuncts`). A
noun for a body of a kind (`body_nouns` in data/cues.yaml: alliance, coalition, bloc, group)
whose "of" phrase lists named parties ("a coalition of Hamas and Islamic Jihad") stands for
those parties (`made_of`), as an agent noun with such a phrase does ("delegations from Russia
and Ukraine", communique.coding.actors).
"""
from __future__ import annotations

from .lexicon import cues


def conjuncts(token) -> list:
    """The token and its conjuncts, with a proper name set beside a proper name by a comma when
    it starts a coordination of its own ("Hamas, the PIJ and the PFLP")."""
    out = [token]
    for c in token.children:
        if c.dep_ == "conj" or c.dep_ == "appos" and _listed(token, c):
            out += conjuncts(c)
    return out


def _listed(head, appos) -> bool:
    return head.pos_ == "PROPN" and appos.pos_ == "PROPN" and appos.i > head.i \
        and any(c.dep_ == "cc" for c in appos.children) and any(c.dep_ == "conj" for c in appos.children)


def made_of(head, cover):
    """The "of" object listing the named members of a body noun ("the alliance of Hamas and
    Islamic Jihad"), or None: the noun must name no body itself ("the Alliance of Sahel
    States" is a name) and the list must hold two names or more."""
    if head.lemma_.lower() not in cues()["body_nouns"] or head.i in cover:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and sum(t.i in cover for t in conjuncts(obj)) >= 2:
                return obj
    return None


_HYPHENS = ("-", "–")


def hyphen_joined(token, cover) -> list:
    """The names joined to `token` by hyphens before it, first to last: 'US' in 'US-British
    strikes', 'American' and 'Zionist' in 'American-Zionist-British aggression' (the parser
    hangs every earlier name on the last)."""
    doc = token.doc
    out = [c for c in token.children if c.i < token.i and c.i in cover and all(
        doc[k].text in _HYPHENS if (k - c.i) % 2 else doc[k].head.i == token.i for k in range(c.i + 1, token.i))]
    return sorted(out, key=lambda t: t.i)
