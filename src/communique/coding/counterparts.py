"""The other side of an action when its clause does not name it.

"Erdogan will not give up his plan to curb Sweden's arms exports": the refusal has
an actor but no object; its phrase names one other party, Sweden, and a reader takes it as
the one refused. `in_sentence` picks that party: a named party inside the trigger's phrase
that is not already a party, not the reporting speaker and not a place where something
happens, the nearest first. (Parties elsewhere in the sentence were right less than half the
time on the development news and are left to the article-level counterpart.)
"""
from __future__ import annotations

from collections import Counter
from copy import copy

from ..article import ActorRef
from . import arguments, roles
from .columns import column
from .domestic import HOME_ACTS
from .lexicon import cues, quad
from .passives import misparsed_conjunct
from .triggers import match

_LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "around", "from", "via", "through"}


def _is_place_phrase(root) -> bool:
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE and root.ent_type_ in ("GPE", "LOC", "FAC")


def _names_a_rule(root) -> bool:
    """'violated UN resolutions': the party only names a binding text (`rule_nouns`); the
    phrase's head is that text, or the party modifies it."""
    rules = cues()["rule_nouns"]
    return root.lemma_.lower() in rules or \
        root.dep_ in ("compound", "poss", "amod", "nmod") and root.head.lemma_.lower() in rules


def _speaker_heads(trigger) -> set[int]:
    """Token indices of the subjects of reporting verbs above the trigger, of those they speak
    to ("a medic told AFP") and of sources ("according to Reuters")."""
    speech, out, t = cues()["speech_verbs"], set(), trigger
    while t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in speech:
            out |= {s.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for s in c.subtree}
            out |= {s.i for c in t.children if c.dep_ in ("dobj", "dative") and c.i > t.i for s in c.subtree}
    sent, lowers, deps = trigger.sent, column(trigger.doc, "LOWER"), column(trigger.doc, "DEP")
    for i in range(sent.start, sent.end):
        if lowers[i] == "according" and deps[i] == "prep":
            out |= {s.i for s in trigger.doc[i].subtree}
    return out


_CONTRAST_MARKS = {"while", "whereas", "although", "though"}


def _parallel_clauses(trigger) -> set[int]:
    """Token indices of the clauses set beside the trigger's ("pledged 500 million euros, while
    Britain announced 120 million"; "... and France sent tents"): their parties do what the
    trigger's doer does, beside it, not to it."""
    out = set()
    for c in trigger.subtree:
        if c.pos_ not in ("VERB", "AUX") or c.i == trigger.i:
            continue
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKS for m in c.children) \
                or c.dep_ == "conj" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            out |= {t.i for t in c.subtree}
    return out


def in_sentence(trigger, ctx, taken: list[ActorRef], kind: str | None = None) -> list[ActorRef]:
    """The party of the trigger's sentence that the action is most likely aimed at, or []. For a
    cooperative act (`kind` of quad 1 or 2), not a party of a clause set beside it; never one
    in a clause that describes the object ("critical of the plan, which it said would harm
    Ukraine's economy": the plan is judged, not Ukraine)."""
    discourse = ctx.discourse
    if _refused(trigger, kind):
        kind = "REJECT"
    here = discourse.sent_index(trigger.i)
    codes = {r.code for r in taken}
    spans = {(r.start, r.end) for r in taken}
    speakers = _speaker_heads(trigger)
    doer = arguments.subject(trigger) if trigger.pos_ in ("VERB", "AUX") else None
    if doer is not None:             # "Belgium, which holds Russian assets, refused": not Russia
        speakers |= {t.i for c in doer.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    inside = {t.i for t in trigger.subtree}
    firsts = _hostile_clauses_before(trigger) if kind is not None and _side(kind) == "conflict" else []
    # "The rebels blamed the junta for the fraud, rejected the results and boycotted the vote":
    # the one the shared doer's earlier hostile acts named; at home too, when the sectors differ
    # ("the opposition accused the government ... and refused": the government)
    aimed = {t.i for f in firsts for o in arguments.objects(f) for t in o.subtree}
    inside |= aimed
    home = taken if kind in HOME_ACTS else None
    inside -= {t.i for o in trigger.subtree if o.dep_ in ("pobj", "dobj") for c in o.children
               if c.dep_ == "relcl" and trigger.doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    if kind is not None and _side(kind) == "cooperation":
        inside -= _parallel_clauses(trigger)
    best = None
    for ref in discourse.referents:
        if ref.sent != here or ref.i == trigger.i or ref.i in speakers:
            continue
        root = trigger.doc[ref.i]
        if _is_place_phrase(root) or _names_a_rule(root) or any((r.start, r.end) in spans for r in ref.refs):
            continue
        fresh = [r for r in ref.refs if r.code != "UNK" and (r.code not in codes
                                                              or ref.i in aimed and _other_home_side(r, home))]
        if not fresh:
            continue
        if ref.i not in inside:
            continue       # a party elsewhere in the sentence is less often the one (measured)
        rank = abs(ref.i - trigger.i)
        if best is None or rank < best[0]:
            best = (rank, fresh)
    for first in firsts if best is None else ():
        found = _target_of_act(first, ctx, codes, home)
        if found:
            return found
    return best[1] if best else []


def _other_home_side(ref: ActorRef, taken: list[ActorRef] | None) -> bool:
    """A party of the doer's own country in another sector (the government, for the opposition)."""
    return taken is not None and ref.sector is not None and \
        all(t.sector is not None and t.sector != ref.sector for t in taken if t.code == ref.code)


def _target_of_act(verb, ctx, codes: set, home: list[ActorRef] | None = None) -> list[ActorRef]:
    """The parties the act of `verb` is aimed at by its own phrase ("expelled the ambassador";
    "put an embargo on the nation": what the embargo is on), less those already taken (but for
    the doer's own country's other side, when `home` holds the doers of a domestic act)."""
    heads = arguments.objects(verb)
    heads += [r for h in heads if h.pos_ == "NOUN" for r in arguments.noun_roles(h)[1]]
    found, out = roles.resolve(heads, ctx, verb)[0], []
    for ref in found:
        if (ref.code not in codes or _other_home_side(ref, home)) and ref.code != "UNK" \
                and ref.code not in {r.code for r in out}:
            out.append(ref)
    return out


def _hostile_clauses_before(verb) -> list:
    """The hostile verbs before this one in its chain of joined clauses with no subject of their
    own, nearest first ("accused the government, rejected the results and refused to ...")."""
    out, seen = [], {verb.i}
    first = _hostile_clause_before(verb)
    while first is not None and first.i not in seen:
        out.append(first)
        seen.add(first.i)
        first = _hostile_clause_before(first)
    return out


def _hostile_clause_before(verb):
    """The hostile verb before this one that it is joined to, with no subject of its own
    ("condemned Israel and recalled its ambassador"; also when the parse took the second verb
    for an adjective of its object, `passives.misparsed_conjunct`: "froze its assets and
    threatened legal action"): both acts are aimed at the same one. Else None."""
    head = misparsed_conjunct(verb)
    if head is None:
        head = verb.head
        if verb.dep_ != "conj" or head.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
    found = match(head)
    if found is None:
        return None
    return head if _refused(head, found.type) or _side(found.type) == "conflict" else None


def _refused(verb, kind: str | None) -> bool:
    """'Did not recognize the results', 'never endorsed the plan': support withheld, a refusal."""
    return kind == "SUPPORT" and verb.lemma_.lower() in cues()["refusable"] \
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


# -- across the article -----------------------------------------------------------------

def _side(event_type: str) -> str:
    """Cooperation (quad 1-2) or conflict (quad 3-4)."""
    return "conflict" if (quad(event_type) or 0) >= 3 else "cooperation"


def _pairs(events, side: str | None = None) -> Counter:
    """How often two parties meet in the article's events whose sides the clause itself names
    (only cooperation or only conflict events when `side` says which)."""
    pairs: Counter = Counter()
    for ev in events:
        if ev.inferred or side is not None and _side(ev.event) != side:
            continue
        actors = sorted({a.code for a in ev.actor if a.code != "UNK"})
        recipients = sorted({r.code for r in ev.recipient if r.code != "UNK"})
        sides = [(a, r) for a in actors for r in recipients if a != r] if recipients else \
            [(a, b) for n, a in enumerate(actors) for b in actors[n + 1:]]
        for a, b in sides:
            pairs[tuple(sorted((a, b)))] += 1
    return pairs


# De-escalation is aimed at an adversary: a ceasefire, a withdrawal, a release or an eased
# restriction with no other side named takes the party its doer fights in the article, not the
# one it cooperates with ("Putin agreed the energy truce": with Ukraine, not the US that asked).
# So is a threat: "vowed that the killing will not go unanswered" is aimed at the killer.
AT_THE_ONE_FOUGHT = {"RETREAT", "CONCEDE", "THREATEN"}


def _quad_pairs(events, q: int) -> Counter:
    """`_pairs` over the events of one quad class only: an attack's other side is looked for
    among the article's attacks before its condemnations ("Guterres condemned the Russian
    strikes" pairs Russia with the UN, not with the country struck)."""
    return _pairs([ev for ev in events if quad(ev.event) == q])


def partner(code: str, pairs: Counter) -> str | None:
    """The party `code` deals with most often in the article, when one stands out."""
    ranked = sorted(((n, other) for (a, b), n in pairs.items() for other in [b if a == code else a if b == code else None]
                     if other is not None), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None
    return ranked[0][1]


def _named(code: str, discourse) -> ActorRef | None:
    """The article's first mention of `code`, to stand for it as an inferred party."""
    for ref in discourse.referents:
        for r in ref.refs:
            if r.code == code:
                return r
    return None


def complete_sides(events, discourse, *, needs_recipient) -> None:
    """Give an event that names only its doer the party that doer deals with most often in the
    article, in events of the same kind (conflict or cooperation: "Moscow rejects this
    possibility" in a report on Russia's demands on Ukraine), and mark it inferred.
    `needs_recipient(event)` says which events want one."""
    by_side = {side: _pairs(events, side) for side in ("cooperation", "conflict")}
    by_quad = {q: _quad_pairs(events, q) for q in (1, 2, 3, 4)}
    every = _pairs(events)
    unguessed = set(cues()["unguessed_recipients"])
    for ev in events:
        if any(r.code != "UNK" for r in ev.recipient) or not needs_recipient(ev) or ev.event in unguessed:
            continue
        actors = {a.code for a in ev.actor if a.code != "UNK"}
        if len(actors) != 1:
            continue
        code = next(iter(actors))
        before = _same_act_before(events, ev, code)
        if before:                # "pledged to guarantee Ukraine's security ... Trump made the pledge"
            ev.recipient = before
            ev.inferred = ev.inferred + ["recipient: the doer's same act before"]
            continue
        if ev.event in AT_THE_ONE_FOUGHT:     # a truce, a release, a threat: toward the one fought
            other = partner(code, by_quad[4]) or partner(code, by_side["conflict"]) or partner(code, every)
        else:
            other = partner(code, by_quad.get(quad(ev.event) or 0, Counter())) \
                or partner(code, by_side[_side(ev.event)]) or partner(code, every)
        ref = _named(other, discourse) if other else None
        armed = any(r.sector == "REB" for r in ev.recipient)     # "blamed the militant group": an armed
        if ref is not None and not (armed and ref.sector != "REB"):   # group, not a state guessed
            ev.recipient = [ref]
            ev.inferred = ev.inferred + ["recipient: the actor's counterpart in the article"]


def _same_act_before(events, ev, code: str) -> list:
    """The named recipients of the nearest earlier act of the same type by the same doer, whose
    clause named them: an act told again without its other side is aimed as before."""
    for other in reversed([e for e in events if e.start < ev.start and e.event == ev.event and not e.inferred]):
        if code in {a.code for a in other.actor}:
            named = [r for r in other.recipient if r.code not in ("UNK", code)]
            if named:
                return named
    return []


def complete_promises(events) -> None:
    """'Denmark and Finland pledged to send further tanks', in a report on aid to
    Ukraine: a promise naming no one it is made to is made to whoever the act promised is for,
    once that act's receiver is known (often only guessed from the article, after the clause
    was read)."""
    for ev in events:
        wrapper = getattr(ev, "promised_by", None)
        if wrapper is None or any(r.code != "UNK" for r in wrapper.recipient):
            continue
        mine = {a.code for a in wrapper.actor}
        given = [r for r in ev.recipient if r.code not in mine and r.code != "UNK"]
        if given:
            wrapper.recipient = given
            wrapper.inferred = wrapper.inferred + ["recipient: the one the promised act is for"]


def main_pair(pairs: Counter) -> tuple[str, str] | None:
    """The two parties the article is most about, when one pair stands out."""
    ranked = pairs.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


# Kinds of happening an accord noun ("the agreement", "the deal") can take up from an earlier
# sentence.
_ACCORDS = {"AGREE", "RETREAT", "CONCEDE", "SUPPORT"}


def complete_gatherings(events, discourse) -> None:
    """'The talks lasted three hours', 'the summit', 'the agreement': a definite meeting or
    accord noun that names no party stands for the meeting or accord of the article's main
    pair, when one pair stands out; an accord noun first takes up the last accord or truce
    before it whose clause named its two sides ("a truce between Armenia and Azerbaijan took
    hold ... The agreement", in a report of shelling on their border)."""
    pair = main_pair(_pairs(events))
    fought = main_pair(_quad_pairs(events, 4)) or main_pair(_pairs(events, "conflict"))   # or threats, refusals
    refs = [_named(code, discourse) for code in pair] if pair is not None else []
    for n, ev in enumerate(events):
        if not getattr(ev, "definite_gathering", False):
            continue
        if ev.event == "ASSAULT":       # "the fighting in Yemen began in March 2015": the article's main fight
            named = {a.code for a in ev.actor + ev.recipient if a.code != "UNK"}
            if fought is not None and len(named) < 2 and named <= set(fought):
                ev.actor, ev.recipient = [r for r in (_named(code, discourse) for code in fought) if r is not None], []
                ev.inferred = ev.inferred + ["parties: the article's main conflict pair"]
            continue
        if any(a.code != "UNK" for a in ev.actor + ev.recipient):
            continue
        earlier = _taken_up(ev, events[:n])
        if earlier is not None:
            ev.actor, ev.recipient = list({p.code: p for p in earlier.actor if p.code != "UNK"}.values()), []
            ev.inferred = ev.inferred + ["parties: the happening the noun takes up"]
        elif refs:
            ev.actor, ev.recipient = [r for r in refs if r is not None], []
            ev.inferred = ev.inferred + ["parties: the article's main pair"]


def _taken_up(ev, before):
    """For an accord noun, the nearest earlier accord, truce or concession whose own clause
    names two parties as joint ("a ceasefire between Israel and Hezbollah"), or None."""
    if ev.event not in _ACCORDS:
        return None
    for other in reversed(before):
        if other.event not in _ACCORDS or other.inferred or other.recipient:
            continue
        if len({p.code for p in other.actor if p.code != "UNK"}) == 2:
            return other
    return None


_SEPARATE = {"separate", "separately", "individual", "individually", "parallel"}


def separate_meetings(m, event, ctx) -> list | None:
    """'Witkoff held separate talks with the Russian and Ukrainian delegations', 'following
    separate talks with both sides' (the White House said): one meeting of the host with
    each party, not a meeting of all; the host is the side not named with "with", else the
    reporting speaker. [] when the host is not named (the joint reading would be wrong); None
    when the meeting is not said to be separate."""
    tok = m.token
    nouns = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    if event.event != "CONSULT" or not any(c.lower_ in _SEPARATE and c.dep_ in ("amod", "advmod")
                                           for t in nouns for c in t.children):
        return None
    partners = [g for t in nouns for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"] or [      # "met Putin and Zelensky separately"
        c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in cues()["meeting_nouns"]]
    others = roles.resolve(partners, ctx, tok)[0]
    codes = {r.code for r in others if r.code != "UNK"}
    if len(codes) < 2:
        return None
    host = [a for a in event.actor + event.recipient if a.code not in codes and a.code != "UNK"]
    if not host:         # the reporting speaker: "the White House said ..., following separate talks"
        speakers = [tok.doc[i] for i in sorted(_speaker_heads(tok)) if tok.doc[i].dep_ in ("nsubj", "nsubjpass")]
        host = [r for r in roles.resolve(speakers, ctx, tok)[0] if r.code not in codes | {"UNK"}]
    out = []
    for code in sorted(codes):
        one = copy(event)
        one.actor, one.recipient = host, [r for r in others if r.code == code][:1]
        out.append(one)
    return out if host else []
