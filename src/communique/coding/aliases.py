"""Names an article defines for itself: "the Karen National Liberation
Army (KNLA)" or "the TNLA (Ta'ang National Liberation Army)". When the actor knowledge base does
not know the group, the acronym becomes its code (sector REB), as event data codes
non-state armed groups by short name, and every later mention of the acronym or the full name
resolves to it. Only names whose head word marks an armed group or movement are taken
(`armed_group_heads` in data/cues.yaml); other unknown bodies stay unnamed.
"""
from __future__ import annotations

import re

from .actors import Entry
from .lexicon import cues
from .nlp import doc_ents

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


def _initials_fit(acronym: str, words: list[str]) -> bool:
    """The acronym's letters are initials of the name's capitalised words, in order."""
    initials = [w[0].upper() for w in words if w[:1].isupper()]
    k = 0
    for letter in acronym:
        while k < len(initials) and initials[k] != letter:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


def _definitions(doc):
    """(name span, acronym) pairs: 'Long Name (ABC)' and 'ABC (Long Name)'."""
    heads = cues()["armed_group_heads"]
    for ent in doc_ents(doc):
        if ent.label_ not in ("ORG", "NORP", "GPE", "FAC") or ent.root.lower_ not in heads:
            continue
        after = doc[ent.end: ent.end + 3]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and _ACRONYM.match(after[1].text):
            if _initials_fit(after[1].text, [t.text for t in ent if t.lower_ != "the"]):
                yield ent, after[1].text
        before = doc[max(ent.start - 2, 0): ent.start]
        if len(before) == 2 and before[1].text == "(" and _ACRONYM.match(before[0].text) \
                and ent.end < len(doc) and doc[ent.end].text == ")":
            if _initials_fit(before[0].text, [t.text for t in ent if t.lower_ != "the"]):
                yield ent, before[0].text


def add_defined(doc, cover: dict) -> dict:
    """`cover` (token -> (start, end, Entry)) with the article's own acronyms added where the
    knowledge base left the name uncovered."""
    defined: dict[str, Entry] = {}
    for ent, acronym in _definitions(doc):
        known = next((cover[i][2] for i in range(ent.start, ent.end)
                      if i in cover and cover[i][2].kind in ("org", "person")), None)
        if known is not None:   # the knowledge base knows the body: its acronym names it too
            defined.setdefault(acronym, known)    # (a country inside the name does not count)
            continue
        entry = defined.setdefault(acronym, Entry(acronym, "REB", ent.text.removeprefix("the ").strip(), None, "org"))
        start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        for i in range(start, ent.end):
            cover[i] = (start, ent.end, entry)
    if defined:
        for tok in doc:
            entry = defined.get(tok.text)
            if entry is not None and tok.i not in cover:
                cover[tok.i] = (tok.i, tok.i + 1, entry)
    return cover
