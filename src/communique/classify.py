"""The dyad classifier: what does `source` do to `target` in this sentence?

Used by `communique classify` and by `communique eval`. It reads the sentence with the same
trigger lexicon and wrappers as the extractor, picks the trigger that links source to target
on the dependency parse, and returns the manual's collapsed label (a planned visit is AGREE),
mapped to the 15 roots of older data when asked (CONCEDE and RETREAT are YIELD).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable, Iterator

from . import lexicon, modality
from . import nlp as nlp_stage
from .coder import mentions
from .errors import InputError
from .records import plover_label


@dataclass
class Dyad:
    id: str
    text: str
    source: str
    target: str


def read_dyads(lines: Iterable[str], origin: str) -> Iterator[Dyad | InputError]:
    """Parse JSONL dyads; a bad line becomes an InputError naming `origin:line`."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"not valid JSON ({err.msg})", "write one JSON object per line")
            continue
        if not isinstance(obj, dict) or not all(isinstance(obj.get(k), str) for k in ("text", "source", "target")):
            yield InputError(where, "needs string fields text, source and target", "add the missing fields")
            continue
        if obj["source"] not in obj["text"] or obj["target"] not in obj["text"]:
            yield InputError(where, "source and target must be substrings of text", "copy them verbatim from text")
            continue
        yield Dyad(str(obj.get("id", n)), obj["text"], obj["source"], obj["target"])


def _span(doc, text: str, after: int = 0):
    start = doc.text.find(text, after)
    if start < 0:
        start = doc.text.find(text)
    return doc.char_span(start, start + len(text), alignment_mode="expand")


def _path(a, b) -> list:
    """Tokens on the dependency path from a to b (inclusive)."""
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            return up_a[: n + 1] + list(reversed(up_b[: ids_b[t.i]]))
    return up_a + list(reversed(up_b))


def _choose(cands, src, tgt):
    path = {t.i for t in _path(src.root, tgt.root)}
    inside = set(range(src.start, src.end)) | set(range(tgt.start, tgt.end))
    best, best_score = None, None
    for m in cands:
        toks = [m.token] + [t for t, _ in m.embedded]
        on_path = any(t.i in path for t in toks)
        in_span = m.token.i in inside
        dist = min(abs(m.token.i - src.root.i), abs(m.token.i - tgt.root.i))
        score = (2 if on_path else 0) - (1 if in_span else 0) - 0.05 * dist
        if best_score is None or score > best_score:
            best, best_score = m, score
    return best, best_score


def classify_doc(doc, dyad: Dyad, *, roots: bool = True, explain: bool = False) -> dict:
    src = _span(doc, dyad.source)
    tgt = _span(doc, dyad.target)
    out = {"id": dyad.id, "event": None, "quad_code": None, "confidence": 0.0}
    if src is None or tgt is None:
        return out
    sent = src.sent
    cands = mentions(sent) if sent == tgt.sent else mentions(sent) + mentions(tgt.sent)
    if not cands:
        return out
    m, score = _choose(cands, src, tgt)
    status = modality.status(m.token, sentence_text=sent.text)
    label = plover_label(m.type, status)
    if roots:
        label = lexicon.root(label)
    out.update(event=label, quad_code=lexicon.quad(m.type if label != "AGREE" else "AGREE"),
               confidence=round(max(0.05, min(0.95, 0.5 + score / 4)), 2))
    if explain:
        trig = m.trigger
        out["explain"] = {"trigger": m.token.text, "type": m.type, "mode": m.mode, "status": status,
                          "pattern": None if trig is None else f"{trig.lemma}/{trig.pos}",
                          "wrapped": [t.text for t, _ in m.embedded], "score": round(score, 2)}
    return out


def classify(dyads: Iterable[Dyad], *, roots: bool = True, explain: bool = False,
             batch_size: int = 256) -> Iterator[dict]:
    """One result per dyad, in order."""
    nlp = nlp_stage.load()
    pairs = ((d.text, d) for d in dyads)
    for doc, dyad in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield classify_doc(doc, dyad, roots=roots, explain=explain)
