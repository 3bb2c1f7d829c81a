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

from .. import settings
from ..errors import InputError
from . import lexicon, modality
from . import nlp as nlp_stage
from .details import speaker_text
from .mentions import Mention, mentions
from .nlp import sentence_of
from .serialize import plover_label
from .triggers import match


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
        if obj["source"] not in obj["text"]:
            yield InputError(where, "source must be a substring of text", "copy it verbatim from text")
            continue
        if len(obj["text"]) > int(settings.get("max_chars")):    # a dyad is a sentence or two, not a book
            yield InputError(where, f"the text is {len(obj['text']):,} characters, over max_chars",
                             "give the sentence that holds the dyad, or raise the max_chars setting")
            continue
        # a target missing from the text stands for an unnamed recipient: classified from the source
        yield Dyad(str(obj.get("id", n)), obj["text"], obj["source"], obj["target"])


def _span(doc, text: str, after: int = 0, full: str | None = None):
    full = doc.text if full is None else full      # Doc.text rebuilds the string: pass it when known
    start = full.find(text, after)
    if start < 0:
        start = full.find(text)
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
        score = (2 if on_path else 0) - (3 if in_span else 0) - 0.05 * dist
        if best_score is None or score > best_score:
            best, best_score = m, score
    if best is not None and best.type == "MOBILIZE" and best.token.lemma_.lower() in lexicon.cues()["preparing_verbs"]:
        best = next((Mention(t, trig, trig.type, trig.mode) for t, trig in best.embedded   # "is preparing an
                     if trig.type == "ASSAULT"), best)                                    # offensive": the offensive
    return best, best_score


def _analyse(doc, dyad: Dyad):
    """(src, tgt, candidates, chosen mention, score, path) for a dyad, or None if spans are missing."""
    src = _span(doc, dyad.source, full=dyad.text)
    tgt = _span(doc, dyad.target, full=dyad.text) if dyad.target and dyad.target in dyad.text else None
    if src is None:
        return None
    if tgt is None:        # an unnamed recipient ("a recipient" in some labelled data): read from the source
        tgt = src
    sent = sentence_of(src.root)
    tsent = sentence_of(tgt.root)
    cands = mentions(sent) if sent == tsent else mentions(sent) + mentions(tsent)
    chosen, score = _choose(cands, src, tgt) if cands else (None, None)
    return src, tgt, cands, chosen, score, _path(src.root, tgt.root)


def legacy_label(m, status: str, tgt, src=None) -> str:
    """The label older data sets give this action (see `legacy_roots` and the rules after it in
    plover.yaml)."""
    conv = lexicon.plover()
    inner = {trig.type for _, trig in m.embedded}
    lemma = m.token.lemma_.lower()
    if src is not None and _obligation(m, src, tgt, conv):
        return "REQUEST"
    if status == "negated" and m.type in conv["refusal_when_negated"]:
        return "REJECT"
    if status in ("planned", "hypothetical") and m.type in conv["future_agree"]:
        return "AGREE"
    if status == "planned" and m.type in conv["future_threaten"]:
        return "THREATEN"
    if status == "hypothetical" and m.type in conv["possible_threaten"]:
        return "THREATEN"
    if lemma in conv["coercive_orders"]["lemmas"] and inner & set(conv["coercive_orders"]["content"]):
        return "COERCE"
    if lemma in conv["releasing_orders"]["lemmas"] and inner & set(conv["releasing_orders"]["content"]):
        return "RETREAT"
    if lemma in conv["investigating_sends"]["lemmas"] and _purposes(m) & set(conv["investigating_sends"]["content"]):
        return "ACCUSE"
    if lemma in conv["supportive_calls"]["lemmas"] and _purposes(m) & set(conv["supportive_calls"]["content"]):
        return "SUPPORT"
    if m.type == "MOBILIZE" and src is not None and _coordinated(src, tgt):
        return "COOPERATE"             # "exercises staged by X and Y" are joint
    if m.type == "REQUEST" and any(trig.type in conv["accusing_requests"] and
                                   etok.left_edge.i <= tgt.root.i <= etok.right_edge.i
                                   for etok, trig in m.embedded):
        return "ACCUSE"
    cameo = m.trigger.cameo if m.trigger is not None else ""
    for rule in conv["legacy_roots"]:
        lemma = m.token.lemma_.lower()
        if rule["type"] == m.type and rule.get("mode", m.mode) == m.mode and cameo.startswith(rule.get("cameo", "")) \
                and lemma in rule.get("lemmas", [lemma]):
            return rule["root"]
    return plover_label(m.type, status)


_EXERCISES = {"exercise", "drill", "game", "maneuver", "manoeuvre", "patrol", "wargame"}


def _jointly(m, src, tgt) -> bool:
    """Source and target act together: coordinated, or linked by with/alongside, and the
    sentence says the action was joint."""
    exercise = any(t.lemma_.lower() in _EXERCISES for t in m.token.subtree)
    if m.type in ("AGREE", "SUPPORT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN") \
            or m.type == "CONSULT" and not exercise:
        return False
    sent = sentence_of(src.root)
    joint = set(lexicon.plover()["joint_words"])
    if not any(t.lower_ in joint for t in sent):
        return False
    linked = any(t.lower_ in ("with", "alongside") and tgt.start <= next((g.i for g in t.children if g.dep_ == "pobj"), -1) < tgt.end
                 for t in sent)
    return _coordinated(src, tgt) or linked


def _labelled(out, label, confidence, roots, explain, m, status, score, rule_label, rule="trigger") -> dict:
    """Fill the result: the label (as a root when asked), its quad class, and why."""
    # the older data puts YIELD, declared or carried out, in quad 2 (material cooperation)
    quad_label = "RETREAT" if lexicon.root(label) == "YIELD" and roots else label
    out.update(event=lexicon.root(label) if roots else label, quad_code=lexicon.quad(quad_label),
               confidence=confidence)
    if explain:
        trig = m.trigger if m else None
        out["explain"] = {"trigger": m.token.text if m else None, "rule_type": m.type if m else None,
                          "mode": m.mode if m else None, "status": status, "rule_label": rule_label or label,
                          "rule": rule, "pattern": None if trig is None else f"{trig.lemma}/{trig.pos}",
                          "wrapped": [t.text for t, _ in m.embedded] if m else [],
                          "path_score": None if score is None else round(score, 2)}
    return out


def _purposes(m) -> set[str]:
    """Types named in the clauses under a call ("called X to convey Pakistan's support")."""
    found = {trig.type for _, trig in m.embedded}
    for child in m.token.children:
        if child.dep_ in ("xcomp", "advcl", "ccomp"):
            found |= {t.type for t in (match(x) for x in child.subtree) if t is not None}
    return found


def _coordinated(src, tgt) -> bool:
    """Source and target are conjuncts of one phrase ("U.S. marines and Jordanian forces")."""
    a, b = src.root, tgt.root
    if a.i == b.i:
        return False
    # "The navies of Chile and Peru": the target is a conjunct of a word inside the source
    return (b.dep_ == "conj" and src.start <= b.head.i < src.end) or (a.dep_ == "conj" and tgt.start <= a.head.i < tgt.end)


def _obligation(m, src, tgt, conv) -> bool:
    """'X said Y must disarm': Y's action under 'must', reported by X, is X's demand of Y."""
    return any(_obliged(verb, src, tgt, conv) for verb in sentence_of(src.root)
               if verb.pos_ in ("VERB", "AUX"))


def _obliged(verb, src, tgt, conv) -> bool:
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in conv["obligation_aux"] for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not tgt.start <= subj.i < tgt.end or tgt.start == src.start:
        return False
    speaker, _ = modality.speaker(verb, sentence_of(verb))
    return speaker is not None and src.start <= speaker.i < src.end


def classify_doc(doc, dyad: Dyad, *, roots: bool = True, explain: bool = False,
                 legacy: bool = True) -> dict:
    """Label one dyad. `roots` maps to the 15 roots of older data; `legacy` (with roots) also
    applies that data's coding conventions (plover.yaml); without it the manual's collapse is used."""
    out = {"id": dyad.id, "event": None, "quad_code": None, "confidence": 0.0}
    found = _analyse(doc, dyad)
    if found is None:
        return out
    src, tgt, cands, m, score, path = found
    rule_label, status = None, None
    if m is not None and _jointly(m, src, tgt):
        return _labelled(out, "COOPERATE", 0.7, roots, explain, m, None, score, None, rule="joint action")
    if m is None and roots and legacy and _obligation(None, src, tgt, lexicon.plover()):
        rule_label = "REQUEST"             # "X says Y must ...", with no trigger word
    if m is not None:
        status = modality.status(m.token, sentence_text=sentence_of(src.root).text)
        rule_label = legacy_label(m, status, tgt, src) if roots and legacy else plover_label(m.type, status)
    if rule_label is None:
        return out
    confidence = round(max(0.05, min(0.95, 0.5 + score / 4)), 2) if m else 0.5
    return _labelled(out, rule_label, confidence, roots, explain, m, status, score, rule_label)


def status_of_dyad(doc, source: str, target: str) -> tuple[str | None, str | None, bool]:
    """(status, speaker text, hedged) of the event linking source to target in `doc`."""
    src = _span(doc, source)
    tgt = _span(doc, target) if target in doc.text else src
    if src is None or tgt is None:
        return None, None, False
    sent = sentence_of(src.root)
    hedged = modality.hedge_cue(sent.text) is not None
    cands = mentions(sent)
    if not cands:
        return None, None, hedged
    m, _ = _choose(cands, src, tgt)
    speaker_tok, _ = modality.speaker(m.token, sent)
    return modality.status(m.token, sentence_text=sent.text), speaker_text(speaker_tok), hedged


def classify(dyads: Iterable[Dyad], *, roots: bool = True, explain: bool = False,
             batch_size: int = 256, legacy: bool = True) -> Iterator[dict]:
    """One result per dyad, in order."""
    nlp = nlp_stage.load()
    pairs = ((d.text, d) for d in dyads)
    # The dyad coder does not use named entities (the spans are given), and NER is over half of
    # the parse time, so it is left out here.
    disabled = [name for name in ("ner",) if name in nlp.pipe_names]
    for doc, dyad in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, disable=disabled):
        yield classify_doc(doc, dyad, roots=roots, explain=explain, legacy=legacy)
