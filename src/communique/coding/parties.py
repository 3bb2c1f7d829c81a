"""Lists of parties (`ActorRef`s): the helpers the coder and the in-article merge share."""
from __future__ import annotations

import copy
import functools

from ..article import ActorRef


def named_first(refs: list[ActorRef]) -> list[ActorRef]:
    """Unnamed (UNK) parties only when no named one fills the role."""
    named = [r for r in refs if r.code != "UNK"]
    return named or refs


def coded(refs: list[ActorRef]) -> set[str]:
    return {r.code for r in refs if r.code != "UNK"}


def union(a: list[ActorRef], b: list[ActorRef]) -> list[ActorRef]:
    """Parties of both lists, one per code (unnamed UNK actors are kept apart by their text);
    the first mention is kept and takes a person's name from a later one if it has none."""
    out: dict[tuple, ActorRef] = {}
    for r in a + b:
        key = (r.code,) if r.code != "UNK" else (r.code, r.entity_text.lower())
        if key not in out:
            out[key] = r
        elif out[key].name is None and r.name is not None:
            kept = out[key]
            out[key] = ActorRef(kept.entity_text, kept.code, kept.sector, r.name, r.identifier_id,
                                kept.start, kept.end)
    return list(out.values())


def as_members(refs: list[ActorRef], members: dict[str, tuple[str, ...]]) -> list[ActorRef]:
    """A grouping that stands for a few states ("the E3") as those states, one party each, in
    the grouping's words and place; a state already in the list is not repeated."""
    if not any(r.code in members for r in refs):
        return refs
    out = []
    for r in refs:
        for code in members.get(r.code, (r.code,)):
            out.append(r if code == r.code else ActorRef(r.entity_text, code, "GOV", None, None, r.start, r.end))
    return union(out, [])


def span_of(ref: ActorRef, doc):
    """The document span a party was read from, or None when it has no offsets."""
    return doc.char_span(ref.start, ref.end, alignment_mode="expand") if ref.start is not None else None


def in_subtree(ref: ActorRef, tok) -> bool:
    """Is the ref named anywhere under `tok`?"""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return ref.start is not None and lo <= ref.start < hi


def within(refs: list[ActorRef], tok) -> list[ActorRef]:
    """The refs named in the noun phrase of `tok` up to its head (not its clauses)."""
    lo, hi = tok.left_edge.idx, tok.idx + len(tok.text)
    return [r for r in refs if r.start is not None and lo <= r.start < hi]


def kept_per_document(method):
    """Keep what `method(self, token, cover)` finds (a list of parties) per token in the
    document's `user_data`, for one cover at a time (what it finds holds for that cover only),
    and hand out fresh copies each time, as every caller's parties are its own to keep in an
    event (`actors.as_member_states` tells them apart by identity). `ActorBase.resolve` is asked
    for the same noun phrase by the discourse model and again by the roles of the events."""
    key = f"communique.{method.__qualname__}"

    @functools.wraps(method)
    def kept(self, token, cover):
        held = token.doc.user_data.get(key)
        if held is None or held[0] is not cover:       # another cover: what was found does not hold
            held = token.doc.user_data[key] = (cover, {})
        found = held[1].get(token.i)
        if found is None:
            found = held[1][token.i] = method(self, token, cover)
        return [copy.copy(r) for r in found]
    return kept
