"""The coder: parsed article in, PLOVER events out.

For each sentence: find triggers (`triggers`), let verbal wrappers absorb the actions
they govern ("asked Putin to refrain from striking Kyiv" is one REQUEST), read the roles
(`arguments`), resolve them to codes (`actors`), and read status, attribution, date and
place. Then, across the article, mentions of one happening merge (`merge`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import arguments, dates, modality, places
from . import triggers as trigger_finder
from .actors import base as actor_base
from .article import ActorRef, Article, Event
from .lexicon import cues
from .nlp import sentence_of

WRAPPING_TYPES = {"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE", "SUPPORT", "CONCEDE"}
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE"}
_ABSORB_DEPS = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "relcl", "dobj", "nsubjpass",
                "compound", "amod", "attr", "oprd", "appos", "dative", "advcl"}
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
             "they": "any", "them": "any", "their": "any", "it": "group", "its": "group"}


@dataclass
class Mention:
    """One trigger being built into an event."""
    token: object
    trigger: object
    type: str
    mode: str | None
    embedded: list = field(default_factory=list)   # absorbed (token, trigger) pairs
    wrapper_word: bool = False


@dataclass
class Context:
    article: Article
    cover: dict
    events: list = field(default_factory=list)


def code_article(article: Article, *, explain: bool = False) -> list[Event]:
    """All events of a parsed article (`article.doc` set), merged per happening."""
    from .merge import merge_article

    ctx = Context(article, actor_base().mentions(article.doc))
    for sent in article.doc.sents:
        text = article.text[sent.start_char:sent.end_char]     # Span.text rebuilds the string
        if _skip_sentence(text):
            continue
        ctx.events.extend(code_sentence(sent, ctx, explain=explain, text=text))
    article.events = merge_article(ctx.events)
    return article.events


def _skip_sentence(text: str) -> bool:
    text = text.strip()
    if not text or text.endswith("?"):
        return True
    return any(text.startswith(p) for p in cues()["question_prefixes"])


# -- sentence level ------------------------------------------------------------------

def mentions(sent) -> list[Mention]:
    """Triggers of a sentence after wrappers absorbed what they govern."""
    found = trigger_finder.find(sent)
    by_index = {tok.i: (tok, trig) for tok, trig in found}
    wrappers = cues()["wrappers"]
    wrapper_of, denials = {}, set()
    for tok, trig in found:
        host = _absorbing_head(tok, by_index, wrappers)
        if host is None:
            continue
        if host.lemma_.lower() in cues()["denial_verbs"] and tok.pos_ == "VERB":
            denials.add(host.i)          # "denied striking": the strike, negated, is the event
        else:
            wrapper_of[tok.i] = host
    out = {}
    for tok, trig in found:
        if tok.i in wrapper_of or tok.i in denials:
            continue
        out[tok.i] = Mention(tok, trig, trig.type, trig.mode)
    for i, host in wrapper_of.items():
        root = host
        while root.i in wrapper_of:
            root = wrapper_of[root.i]
        if root.i not in out:
            if root.i in by_index:            # a denial verb whose content was set free
                continue
            wtype = next((t for t, words in wrappers.items() if root.lemma_.lower() in words), None)
            if wtype is None:
                continue
            # a wrapper verb with no trigger row of its own ("tell X to ...")
            out[root.i] = Mention(root, None, wtype, None, wrapper_word=True)
        out[root.i].embedded.append(by_index[i])
    for m in out.values():
        m.mode = _wrapper_mode(m) or m.mode
        _object_decides(m)
    return [out[i] for i in sorted(out)]


_CLAUSE_MARKS = {"if", "unless", "when", "while", "because", "although", "though", "as", "after",
                 "before", "since", "until", "once", "whether", "despite"}


_MAX_HOPS = 12      # "asked Putin to refrain from striking Kyiv" is four links from the strike
_FRAME_PREPS = {"beyond", "despite", "after", "before", "during", "since", "until", "amid", "amidst",
                "following", "besides", "unlike", "except", "throughout", "alongside", "given", "like"}


def _absorbing_head(tok, by_index, wrappers):
    """The nearest head above `tok` that takes it as content, or None."""
    speech = cues()["speech_verbs"]
    t = tok
    hops = 0
    while t.head.i != t.i and t.dep_ in _ABSORB_DEPS and hops < _MAX_HOPS:
        hops += 1
        if t.dep_ == "prep" and t.lower_ in _FRAME_PREPS:
            return None          # "Beyond direct talks with Putin, X pressured Y": a frame, not content
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in t.children):
            return None          # a condition or time clause is not content
        head = t.head
        if head.lemma_.lower() in speech and head.i not in by_index:
            return None
        if head.i not in by_index:   # "he was open to meeting": the copula stands for its adjective
            acomp = next((c for c in head.children if c.dep_ == "acomp" and c.i in by_index and c.i != t.i), None)
            if acomp is not None and t.dep_ in ("prep", "xcomp", "advcl"):
                head = acomp
        if head.i in by_index:
            htrig = by_index[head.i][1]
            if htrig.type in WRAPPING_TYPES or htrig.type == by_index[tok.i][1].type:
                return head
            if t.dep_ in ("dobj", "nsubjpass", "compound", "attr"):
                return head      # "hosted talks", "held talks": the verb names the same happening
        elif any(head.lemma_.lower() in words for words in wrappers.values()) and t.dep_ in ("xcomp", "ccomp"):
            return head
        t = t.head
    return None


_CONFLICT_NOUNS = {"ACCUSE", "THREATEN", "REJECT"}


def _object_decides(m: Mention) -> None:
    """'launched a scathing attack on X': when a verb's object is an event noun read in a
    specific sense (its trigger row has constraints), the noun decides the type."""
    if m.trigger is None or m.type in WRAPPING_TYPES - {"SUPPORT", "AGREE"} \
            or m.token.lemma_.lower() not in cues()["light_verbs"]:
        return
    for etok, etrig in m.embedded:
        specific = bool(etrig.requires) or etrig.type in _CONFLICT_NOUNS   # "offered scathing criticism"
        if etok.head.i == m.token.i and etok.dep_ == "dobj" and specific and etrig.type != m.type:
            m.type, m.mode, m.trigger = etrig.type, etrig.mode, etrig
            return


def _wrapper_mode(m: Mention) -> str | None:
    if not m.embedded or m.type not in cues()["wrapper_modes"]:
        return None
    table = cues()["wrapper_modes"][m.type]
    words = set()
    for tok, trig in m.embedded:
        for t in modality.chain(tok, stop=m.token):
            words.add(t.lemma_.lower())
    for mode, lemmas in table.items():
        if words & lemmas:
            return mode
    inner = {trig.type for _, trig in m.embedded}
    if m.type == "THREATEN":
        return "violence" if "ASSAULT" in inner else "restrict" if "SANCTION" in inner else None
    if m.type in ("REQUEST", "REJECT"):
        return "meet" if "CONSULT" in inner else "change"
    return None


def code_sentence(sent, ctx: Context, *, explain: bool = False, text: str | None = None) -> list[Event]:
    events = []
    text = sent.text if text is None else text
    for m in mentions(sent):
        event = _build(m, sent, ctx, explain, text)
        if event is not None:
            events.append(event)
    return events


def _role_heads(m: Mention):
    tok = m.token
    if tok.pos_ in ("NOUN", "PROPN") and not m.wrapper_word:
        actors, recipients, joint = arguments.noun_roles(tok)
    elif tok.pos_ == "ADJ":
        copula = tok.head if tok.dep_ in ("acomp", "amod") else tok
        actors = [s for s in [arguments.subject(copula)] if s is not None]
        recipients = [t for t in copula.subtree if t.dep_ == "pobj" and t.head.lower_ in ("with", "to")
                      and t.head.head.i in {copula.i, tok.i} | {c.i for c in copula.subtree if c.pos_ == "VERB"}]
        recipients = recipients[:1]
        joint = []
    else:
        subj = arguments.subject(tok)
        actors = [subj] if subj is not None else []
        recipients = arguments.objects(tok)
        if m.type not in _PHYSICAL | {"THREATEN"}:   # "signed at the State Department" is a place
            recipients = [h for h in recipients if not (h.dep_ == "pobj" and h.head.lower_ in ("at", "in"))]
        joint = []
    for etok, etrig in m.embedded:  # the same happening's parties: "hosted talks between X and Y"
        if etok.pos_ in ("NOUN", "PROPN") and (etrig.type == m.type or m.type in SYMMETRIC_TYPES):
            _, erec, ejoint = arguments.noun_roles(etok)
            joint += ejoint
            if not recipients:
                recipients += erec
    if m.type in WRAPPING_TYPES and not recipients:   # "a deadline for Putin to agree"
        for etok, _ in m.embedded:
            if etok.pos_ in ("VERB", "AUX"):
                subj = next((c for c in etok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    recipients.append(subj)
                    break
    if m.type in ("THREATEN",) and not recipients:
        recipients += _condition_subjects(tok)
    return actors, recipients, joint


# Actions that happen where their target is: "strikes on Kyiv" took place in Kyiv.
_PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID"}
_TARGETED = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"}


def _named_in_phrase(m: Mention, ctx: Context, taken: list[ActorRef]) -> list[ActorRef]:
    """For a strike or a sanction with no object: the first state or group named inside the
    trigger's phrase ("air attacks of the war on Kyiv") that is not already a party."""
    kb = actor_base()
    used = {(r.start, r.end) for r in taken}
    tokens = sorted({t.i for t in m.token.subtree} | {t.i for e, _ in m.embedded for t in e.subtree})
    for i in tokens:
        if i in ctx.cover and i != m.token.i:
            start, end, entry = ctx.cover[i]
            if entry.kind in ("country", "seat", "org") and not any(s is not None and s <= m.token.doc[start].idx < (e or 0) for s, e in used):
                refs = kb.resolve(m.token.doc[end - 1], ctx.cover)
                if refs and refs[0].code not in {r.code for r in taken}:
                    return refs[:1]
    return []


def _condition_subjects(tok):
    """'consequences if Russia does not end the war' -> Russia."""
    out = []
    for t in sentence_of(tok):
        if t.dep_ == "mark" and t.lower_ in ("if", "unless"):
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                out.append(subj)
    return out


def _resolve(heads, ctx: Context, tok) -> tuple[list[ActorRef], bool]:
    """ActorRefs for role heads; the flag says one came from an earlier event (anaphora)."""
    kb = actor_base()
    refs, inherited = [], False
    for h in heads:
        if h is None:
            continue
        low = h.lower_
        if h.pos_ == "PRON" and low in _PRONOUNS:
            refs += _antecedent(h, ctx, _PRONOUNS[low])
            continue
        if _is_anaphor(h):
            found = _anaphor(h, ctx)
            refs += found
            inherited = inherited or bool(found)
            continue
        refs += kb.resolve(h, ctx.cover)
    return refs, inherited


def _is_anaphor(noun) -> bool:
    """'this strategy', 'the swap', 'that summit': a definite noun for an earlier action."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in actor_base().agents or not any(
            c.lower_ in ("this", "that", "these", "those", "the", "such") and c.dep_ == "det" for c in noun.children):
        return False
    return noun.lemma_.lower() in cues()["anaphora_nouns"] or trigger_finder.match(noun) is not None


def _antecedent(pron, ctx: Context, kind: str) -> list[ActorRef]:
    """The nearest earlier actor mention in the sentence (a person for he/she)."""
    kb = actor_base()
    doc = pron.doc
    start = max(sentence_of(pron).start - 1, 0)
    for i in range(pron.i - 1, start - 1, -1):
        if i in ctx.cover and ctx.cover[i][1] == i + 1 or i in ctx.cover and ctx.cover[i][0] <= i:
            entry = ctx.cover[i][2]
            if kind == "person" and entry.kind != "person":
                continue
            if kind == "group" and entry.kind == "person":
                continue
            refs = kb.resolve(doc[i], ctx.cover)
            if refs:
                return refs
    return []


def _anaphor(noun, ctx: Context) -> list[ActorRef]:
    """'This exclusion' -> the doer of the earlier 'excluding'; 'this strategy' -> the last event's actor."""
    stem = noun.lemma_.lower()[:5]
    doc = noun.doc
    for t in reversed(doc[: sentence_of(noun).start]):
        if t.pos_ == "VERB" and t.lemma_.lower()[:5] == stem:
            subj = arguments.subject(t)
            if subj is not None:
                refs, _ = _resolve([subj], ctx, t)
                if refs:
                    return refs
    trig = trigger_finder.match(noun)
    for event in reversed(ctx.events):
        if trig is not None and event.event == trig.type and _coded(event.actor):
            return list(event.actor)            # "the swap" -> both sides of the exchange
    for event in reversed(ctx.events):
        if event.actor:
            return [event.actor[0]]
    return []


def _build(m: Mention, sent, ctx: Context, explain: bool, sent_text: str) -> Event | None:
    actor_heads, recipient_heads, joint_heads = _role_heads(m)
    actor, inherited = _resolve(actor_heads, ctx, m.token)
    recipient, _ = _resolve(recipient_heads, ctx, m.token)
    joint, _ = _resolve(joint_heads, ctx, m.token)
    actor, recipient = _union(actor, []), _union(recipient, [])
    if m.type in _TARGETED and not recipient and actor:
        recipient = _named_in_phrase(m, ctx, actor)
    if joint:
        actor = _union(actor, joint)
    if m.type in SYMMETRIC_TYPES or (joint and not recipient):
        actor, recipient = _union(actor, recipient), []
        if m.token.pos_ in ("NOUN", "PROPN") and len(_coded(actor)) < 2:
            actor = _union(actor, _sentence_parties(sent, ctx, m))
    actor, recipient = _named_first(actor), _named_first(recipient)
    # a party does not act on itself unless the sectors differ ("Kenyan police detained Kenyan
    # protesters"); a recipient that only repeats an actor is a parsing slip
    recipient = [r for r in recipient if r.code not in {a.code for a in actor}
                 or r.sector != next(a.sector for a in actor if a.code == r.code)]
    status = _status(m, sent_text)
    speaker_tok, cue = modality.speaker(m.token, sent)
    hedge = modality.hedge_cue(sent_text)
    hedged = hedge is not None
    if inherited and ctx.events:
        prev = ctx.events[-1]
        hedged = hedged or prev.hedged
        speaker_tok = speaker_tok
        cue = cue or prev.cue
    span_start, span_end = _trigger_span(m)
    event = Event(
        event=m.type, mode=m.mode, status=status, actor=actor, recipient=recipient,
        trigger=ctx.article.text[span_start:span_end], trigger_lemma=m.token.lemma_.lower(), sentence=sent_text,
        start=span_start, end=span_end, sent_start=sent.start_char,
        date=dates.event_date(m.token, sent, ctx.article.published),
        deadline=dates.deadline(m, sent),
        place=places.event_place(m, sent, {(a.start, a.end) for a in actor + (recipient if m.type not in _PHYSICAL else [])}),
        speaker=_speaker_text(speaker_tok), hedged=hedged, cue=hedge or cue,
        confidence=_confidence(m, actor, recipient),
        people=sorted({a.name for a in actor + recipient if a.name}),
        content=_content(m), condition=_condition(m.token),
    )
    event.mention_sents = [sent.start_char]
    event.mention_spans = [(span_start, span_end, sent.start_char)]
    if m.type == "CONSULT" and m.mode == "third-party" and m.token.pos_ == "VERB" and actor_heads:
        mediators, _ = _resolve(actor_heads, ctx, m.token)     # "hosted by the US", "brokering"
        event.mediator = sorted(_coded(mediators))
    if explain:
        event.explain = _explanation(m)
    return event


def _status(m: Mention, sent_text: str) -> str:
    """The trigger's status; a verb that names the same happening as an absorbed event noun
    takes the noun's planning or doubt ("brokering potential talks")."""
    status = modality.status(m.token, sentence_text=sent_text)
    if status != "negated" and any(etok.head.i == m.token.i and modality.negated_noun(etok) for etok, _ in m.embedded):
        return "negated"                  # "no agreement was reached"
    if status == "occurred":
        for etok, trig in m.embedded:
            if trig.type == m.type and etok.pos_ in ("NOUN", "PROPN") and etok.head.i in (m.token.i, *[c.i for c in m.token.children]):
                inner = modality.status(etok, stop=m.token, sentence_text=sent_text)
                if inner in ("planned", "hypothetical"):
                    return inner
    return status


def _named_first(refs: list[ActorRef]) -> list[ActorRef]:
    """Unnamed (UNK) parties only when no named one fills the role."""
    named = [r for r in refs if r.code != "UNK"]
    return named or refs


def _coded(refs: list[ActorRef]) -> set[str]:
    return {r.code for r in refs if r.code != "UNK"}


def _sentence_parties(sent, ctx: Context, m: Mention) -> list[ActorRef]:
    """Named states, people and bodies of the sentence, for a meeting noun that names none:
    'The August 2025 summit in Anchorage ... Trump's preference for talks with Putin'."""
    kb = actor_base()
    refs, seen = [], set()
    for i in range(sent.start, sent.end):
        if i in ctx.cover and ctx.cover[i][0] not in seen:
            start, end, entry = ctx.cover[i]
            seen.add(start)
            if entry.kind in ("person", "country", "org") and sent.doc[start].ent_type_ not in ("GPE", "LOC", "FAC") \
                    or entry.kind == "person":
                refs += kb.resolve(sent.doc[end - 1], ctx.cover)
    return refs


def _union(a: list[ActorRef], b: list[ActorRef]) -> list[ActorRef]:
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


def _trigger_span(m: Mention) -> tuple[int, int]:
    tok = m.token
    parts = [tok]
    if m.trigger is not None and m.trigger.particle:
        words = set(m.trigger.particle.split())
        parts += [c for c in tok.children if c.lower_ in words or c.lemma_.lower() in words]
    start = min(p.idx for p in parts)
    end = max(p.idx + len(p.text) for p in parts)
    return start, end


def _speaker_text(tok) -> str | None:
    if tok is None:
        return None
    words = [t for t in tok.subtree if t.dep_ not in ("relcl", "acl") and t.i >= tok.left_edge.i]
    span = tok.doc[min(t.i for t in words): max(t.i for t in words) + 1]
    return span.text[:120]


def _content(m: Mention) -> str | None:
    """What is requested, promised or threatened: the absorbed clause, or the noun phrase of a
    noun trigger ("very severe consequences")."""
    if not m.embedded:
        if m.token.pos_ in ("NOUN", "PROPN") and m.type in ("THREATEN", "REQUEST", "AGREE"):
            return m.token.doc[m.token.left_edge.i: m.token.i + 1].text.strip(" “”\"")
        return None
    first = min(m.embedded, key=lambda p: p[0].i)[0]
    top = first
    stops = {m.token.i, m.token.head.i}          # a predicate adjective's copula counts as the trigger
    while top.head.i not in stops and top.head.i != top.i:
        top = top.head
    span = top.doc[top.left_edge.i: top.right_edge.i + 1]
    return span.text.strip(" ,.")[:200]


def _condition(tok) -> str | None:
    for t in sentence_of(tok):
        if t.dep_ == "mark" and t.lower_ in ("if", "unless"):
            clause = t.head
            return tok.doc[clause.left_edge.i: clause.right_edge.i + 1].text.strip(" ,.")
    return None


def _confidence(m: Mention, actor, recipient) -> float:
    score = 0.5
    if m.trigger is not None and m.trigger.requires:
        score += 0.2
    if actor and recipient:
        score += 0.2
    if any(a.code == "UNK" for a in actor + recipient):
        score -= 0.1
    return round(min(score, 0.95), 2)


def _explanation(m: Mention) -> dict:
    trig = m.trigger
    return {
        "trigger": m.token.text,
        "lemma": m.token.lemma_.lower(),
        "pattern": None if trig is None else f"{trig.lemma}/{trig.pos} -> {trig.type}"
                                             f"{'/' + trig.mode if trig.mode else ''}"
                                             f"{' requires ' + ';'.join(k + '=' + '|'.join(sorted(v)) for k, v in trig.requires) if trig.requires else ''}",
        "wrapped": [f"{t.text} ({tr.type})" for t, tr in m.embedded],
        "rule": "wrapper verb" if m.wrapper_word else "trigger lexicon",
    }
