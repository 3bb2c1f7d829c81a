"""A document's token attributes as plain lists of strings, read off `Doc.to_array` once per
document and kept in `doc.user_data`, so that a scan of a sentence (or of the text before a
word) for a word or a label reads list items instead of building a Token object, and a new
string, for every token it passes. Only the tokens the scan stops at are built.

    lowers, deps = column(doc, "LOWER"), column(doc, "DEP")
    hits = [i for i in range(sent.start, sent.end) if deps[i] == "mark" and lowers[i] == "if"]

Each column holds exactly what the Token attribute gives (`text` for ORTH, `lower_`, `dep_`,
`lemma_`, `pos_`, `tag_`, `ent_type_`).
"""
from __future__ import annotations

_WORDS: dict[int, str] = {}     # string-store id -> its string (an id names one string in any document)


def column(doc, attr: str) -> list[str]:
    """Every token's `attr` ("ORTH", "LOWER", "DEP", "LEMMA", "POS", "TAG", "ENT_TYPE") as a string."""
    key = "communique.column." + attr
    col = doc.user_data.get(key)
    if col is None:
        store, words = doc.vocab.strings, _WORDS
        col = []
        for h in doc.to_array(attr).tolist():
            word = words.get(h)
            if word is None:
                word = words[h] = store[h]
            col.append(word)
        doc.user_data[key] = col
    return col


def lowered(doc, attr: str = "LEMMA") -> list[str]:
    """`column(doc, attr)` lowercased (`token.lemma_.lower()` for every token), kept too."""
    key = "communique.lowered." + attr
    col = doc.user_data.get(key)
    if col is None:
        col = doc.user_data[key] = [word.lower() for word in column(doc, attr)]
    return col


def condition_mark(sent) -> int | None:
    """The index of the sentence's first "if" or "unless" marking a clause, or None."""
    deps, lowers = column(sent.doc, "DEP"), column(sent.doc, "LOWER")
    return next((i for i in range(sent.start, sent.end) if deps[i] == "mark" and lowers[i] in ("if", "unless")), None)
