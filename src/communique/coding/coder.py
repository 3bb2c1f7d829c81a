"""The coder: parsed article in, PLOVER events out.

For each sentence: find triggers (`triggers`), let verbal wrappers absorb the actions
they govern ("urged Baku to stop shelling Stepanakert" is one REQUEST), read the roles
(`arguments`), resolve them to codes (`actors`), and read status, attribution, date and
place. Then, across the article, mentions of one happening merge (`merge`).
"""
from __future__ import annotations

from ..article import ActorRef, Article, Event
from . import actors, aliases, arguments, binding, campaigns, counterparts, dates, details, domestic, embedded, modality, nonacts, passives, physical, places, speech, targets, timeline
from .actors import base as actor_base
from .discourse import Discourse
from .lexicon import cues
from .mentions import HARM_TYPES, SYMMETRIC_TYPES, Mention, frame_host, mentions
from .merge import ONE_SIDED_OK as ONE_SIDED, merge_article
from .nlp import sentences
from .parties import coded, named_first, union
from .roles import PHYSICAL, TARGETED, Context, is_press, mutual_fighting, named_in_phrase, resolve, role_heads, sentence_parties


def code_article(article: Article, *, explain: bool = False) -> list[Event]:
    """All events of a parsed article (`article.doc` set), merged per happening."""
    cover = aliases.add_defined(article.doc, actor_base().mentions(article.doc))
    ctx = Context(article, cover, Discourse(article.doc, cover))
    for sent in sentences(article.doc):
        text = article.text[sent.start_char:sent.end_char]     # Span.text rebuilds the string
        if _skip_sentence(text):
            continue
        ctx.events.extend(code_sentence(sent, ctx, explain=explain, text=text))
    campaigns.complete_beneficiaries(ctx.events, ctx.discourse)   # aid that names no receiver
    counterparts.complete_sides(ctx.events, ctx.discourse, needs_recipient=_needs_recipient)
    counterparts.complete_gatherings(ctx.events, ctx.discourse)
    counterparts.complete_promises(ctx.events)
    domestic.complete_domestic(ctx.events)                   # unnamed police and protesters
    claimed = campaigns.claims(article.doc, lambda tok: resolve([tok], ctx, tok)[0])
    campaigns.complete_attackers(ctx.events, article.doc, claimed)     # attacks that name no doer
    actors.as_member_states(ctx.events)                       # "the E3": France, Germany and the UK
    physical.swaps_both_ways(ctx.events)                      # a prisoner swap is done by both sides
    article.events = campaigns.fold(merge_article(ctx.events))   # one campaign, several targets
    physical.swaps_both_ways(article.events)                  # and so are the mentions it took in
    timeline.fill(article.events, article)
    return article.events


DOMESTIC = domestic.HOME_ACTS


def _definite_noun(tok) -> bool:
    """'the talks', 'this summit', 'their meeting'."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                      or c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)


def _stands_for_main_pair(m: Mention) -> bool:
    """'The talks', 'the ceasefire', 'a truce went into effect': a meeting or accord noun that,
    naming no party, is the one of the article's main pair (counterparts.complete_gatherings)."""
    c = cues()
    if m.type == "ASSAULT":      # "the fighting that began in March 2015" (dated, `nonacts`): the article's war
        return nonacts.read_by_outbreak(m)
    signed = passives.signed_texts(m.token, m.trigger, m.embedded)   # "the declaration was signed"
    nouns = [m.token, *(e for e, _ in m.embedded), *(m.token.doc[i] for i in sorted(signed))]
    accord = [t for t in nouns if t.pos_ == "NOUN" and (t.lemma_.lower() in c["accord_nouns"] or t.i in signed)]
    if m.type in SYMMETRIC_TYPES or accord:
        if any(_definite_noun(t) for t in (nouns if m.type in SYMMETRIC_TYPES else accord)):
            return True
        if any(t.i in signed and c.dep_ == "compound" and c.pos_ == "PROPN" for t in accord for c in t.children):
            return True            # "the Lusaka protocol, signed in 1994": a named text
    return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in c["accord_life_verbs"] for t in accord)


def _needs_recipient(ev: Event) -> bool:
    """One-sided types (MOBILIZE, PROTEST) are complete without a recipient but take one when
    the article names it ("deployed warships" in a report on Venezuela)."""
    return ev.event not in SYMMETRIC_TYPES and len({a.code for a in ev.actor}) == 1 \
        and not getattr(ev, "addressee_unknown", False)


def _skip_sentence(text: str) -> bool:
    text = text.strip()
    if not text or text.endswith("?"):
        return True
    return any(text.startswith(p) for p in cues()["question_prefixes"])


def code_sentence(sent, ctx: Context, *, explain: bool = False, text: str | None = None) -> list[Event]:
    events = []
    text = sent.text if text is None else text
    found = physical.regroup(mentions(sent, statements=True), ctx.cover)    # one strike, means and purpose, protests
    owners = _owners(sent, found)
    for n, m in enumerate(found):
        claimed = {i for i, owner in owners.items() if owner != n}
        rival = {i for i, owner in owners.items() if owner != n and found[owner].type == m.type}
        event = _build(m, sent, ctx, explain, text, claimed, rival)
        if event is not None:
            split = counterparts.separate_meetings(m, event, ctx)           # "separate talks with X and Y"
            events += split if split is not None else speech.directed(event) if speech.reciprocal(m) else [event]
            events += embedded.told_inside(m, event, lambda inner: _build(inner, sent, ctx, explain, text, claimed), text)
            for clause, asked in speech.conditions(m, event):       # "... unless Iran resumes talks"
                demand = _build(Mention(clause, None, "REQUEST", None, wrapper_word=True, status="occurred",
                                        actor_heads=role_heads(m)[0], recipient_heads=[asked]), sent, ctx, explain, text, claimed)
                mine = {a.code for a in event.actor}
                if demand is not None and coded(demand.recipient) - mine and coded(demand.actor) == coded(event.actor):
                    events.append(demand)
            for etok, etrig in physical.presupposed(m):     # "condemned the Israeli assault"
                inner = _build(Mention(etok, etrig, etrig.type, etrig.mode, actor_heads=physical.doer_heads(m, etok)),
                               sent, ctx, explain, text, claimed)
                if inner is not None:
                    events.append(physical.as_presupposed(inner, event))
    return events


def _owners(sent, found: list[Mention]) -> dict[int, int]:
    """Token index -> the mention whose trigger phrase holds it most closely: a date or place
    inside another event's phrase ("a call, which raised hopes after their August meeting in
    Alaska") belongs to that event, not to the call."""
    heads = [(tok.right_edge.i - tok.left_edge.i, tok.left_edge.i, tok.right_edge.i, n)
             for n, m in enumerate(found) for tok in [m.token, *(e for e, _ in m.embedded)]]
    heads.sort()
    owners = {}
    for _, lo, hi, n in heads:            # closest first: a token keeps the first phrase that holds it
        for i in range(max(lo, sent.start), min(hi + 1, sent.end)):
            owners.setdefault(i, n)
    return dict(sorted(owners.items()))   # in text order, as callers read it


def _ordinal(m: Mention) -> int | None:
    """The number of a gathering: 'a third round of talks', 'the talks were the second round of
    negotiations', 'their first direct talks' (None when the text gives none)."""
    c = cues()
    words, rounds = c["round_ordinals"], c["round_nouns"]
    toks = [m.token, *(e for e, _ in m.embedded)]
    more = []
    for t in toks:
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in rounds:
            more.append(t.head.head)                    # "a third round of talks"
        for c2 in [*t.children, *(t.head.children if t.dep_ == "nsubj" else ())]:
            if c2.dep_ in ("dobj", "attr") and c2.lemma_.lower() in rounds:
                more.append(c2)                         # "held a third round", "were the second round"
    for t in toks + more:
        for mod in t.children:
            if mod.dep_ == "amod" and mod.lower_ in words:
                return int(words[mod.lower_])
    return None


def _seat_modifier(head, noun, ctx: Context) -> bool:
    """'the Vienna talks', 'the Doha meeting': a capital naming a gathering is where it is held
    (its place), not its government taking part, unlike 'Moscow said'."""
    hit = ctx.cover.get(head.i)
    return head.dep_ in ("compound", "nmod") and head.head.i == noun.i and hit is not None and hit[2].kind == "seat"


def _build(m: Mention, sent, ctx: Context, explain: bool, sent_text: str, claimed: set = frozenset(),
           rival: set = frozenset()) -> Event | None:
    """The event of mention `m`; dates and places in `claimed` tokens belong to other events of the
    sentence, and a date in `rival` tokens to another event of the same type ("a call ... after
    their August meeting")."""
    if m.type == "CONSULT" and m.token.pos_ == "NOUN" and is_press(m.token):
        return None                   # "a news conference", "a press briefing": no meeting of parties
    actor_heads, recipient_heads, joint_heads = role_heads(m)
    go_betweens = []
    if m.type in _SIGNED:             # "the agreement between Israel and Hezbollah, brokered by the US":
        brokers = {h.i for t in [m.token, *(e for e, _ in m.embedded)] for h in arguments.mediators(t)}
        go_betweens = [h for h in actor_heads + joint_heads if h.i in brokers]   # the broker signs nothing
        actor_heads = [h for h in actor_heads if h.i not in brokers]
        joint_heads = [h for h in joint_heads if h.i not in brokers]
    if m.type in SYMMETRIC_TYPES and m.token.pos_ in ("NOUN", "PROPN"):
        actor_heads = [h for h in actor_heads if not _seat_modifier(h, m.token, ctx)]
    if m.type == "CONSULT" and any(arguments.mediators(t) for t in [m.token, *(e for e, _ in m.embedded)]):
        m.mode = "third-party"        # "the Qatari-mediated talks": the mediator is one of the parties
    actor, inherited = resolve(actor_heads, ctx, m.token)
    doers = coded(actor)                  # the clause's own doers, before a symmetric act joins its sides
    recipient, _ = resolve(recipient_heads, ctx, m.token)
    joint, _ = resolve(joint_heads, ctx, m.token)
    actor, recipient = union(actor, []), union(recipient, [])
    if m.type in TARGETED and not recipient and actor:
        recipient = named_in_phrase(m, ctx, actor)
    brokers = coded(resolve(go_betweens, ctx, m.token)[0]) if go_betweens else set()
    if brokers:
        recipient = [r for r in recipient if r.code not in brokers]
    if joint:
        actor = union(actor, joint)
    visit = m.mode == "visit" and coded(actor) and coded(recipient)     # the visitor acts, the host receives
    if visit and m.token.pos_ == "VERB" and m.token.lemma_.lower() in cues()["hosting_verbs"]:
        hosts = coded(actor)                       # "Erdogan hosted Putin", "Putin was hosted by
        actor, recipient = [r for r in recipient if r.code not in hosts], actor   # Erdogan": Putin visits Turkey
    frame = frame_host(m.token)
    if (m.type in SYMMETRIC_TYPES or joint and not recipient) and not visit:
        actor, recipient = union(actor, recipient), []
        if m.token.pos_ in ("NOUN", "PROPN") and len(coded(actor)) < 2:
            # "hosted Putin after talks with Zelensky": the other side of talks with someone that
            # frame a clause is the clause's subject; else the sentence's named parties
            partner = frame is not None and any(c.dep_ == "prep" and c.lower_ == "with" for c in m.token.children)
            host = arguments.subject(frame) if partner else None
            if host is not None:
                actor = union(actor, resolve([host], ctx, m.token)[0])
            elif frame is None or not coded(actor):
                # but a framing gathering that names its own party keeps to it: "met on the
                # sidelines of a BRICS summit" (the summit is BRICS's, not the two who met)
                actor = union(actor, sentence_parties(sent, ctx, m))
    one_side = m.type == "ASSAULT" and len(coded(actor)) < 2 and mutual_fighting(m)   # "clashes between government
    actor, recipient = actor if one_side else named_first(actor), named_first(recipient)  # forces and armed groups"
    # a party does not act on itself, except a state on its own people in domestic repression, violence
    # or protest with sectors that differ ("Kenyan police detained Kenyan protesters"): else a parsing slip
    if domestic.advice_to_its_people(m.type, actor, recipient):
        return None
    recipient = [r for r in recipient if r.code not in {a.code for a in actor}
                 or m.type in DOMESTIC and r.sector != next(a.sector for a in actor if a.code == r.code)]
    actor, recipient, inferred = targets.complete(m, ctx, actor, recipient)   # places, domestic sides
    if coded(actor) and not recipient and m.type not in SYMMETRIC_TYPES | ONE_SIDED and not joint and not go_betweens \
            and not (m.type == "AGREE" and len(coded(actor)) > 1):    # "the two sides agreed to ...": among them
        named = counterparts.in_sentence(m.token, ctx, actor, m.type)   # "released the hostages": whose?
        if named:
            recipient = named
            inferred += ["recipient: named in the sentence"]
    addressee_unknown = bool(targets.NO_ADDRESSEE & set(inferred)) or (   # a vessel, one side of a fight,
        recipient and not coded(recipient) and any(actor_base().collective(h) for h in recipient_heads))  # "the West"
    if m.type == "REQUEST" and recipient and all(_target_of_content(r, m) for r in recipient):
        # "demanded fresh penalties on Belarus": Belarus is what the penalties would hit, not the
        # one asked to impose them, whom the clause does not name
        recipient, addressee_unknown = [ActorRef(recipient[0].entity_text, "UNK")], True
    status = _status(m, sent_text)
    # "did not recognize the results", "will not negotiate": refusals (REJECT); "will hold X responsible": a threat
    etype, status = speech.held_to_account(m, *speech.talks_declined(m, *speech.refusal(m, status)))
    if etype == "REJECT" and m.type == "CONSULT" and doers & coded(actor):   # "Iran will not negotiate
        actor, recipient = [a for a in actor if a.code in doers], [a for a in actor if a.code not in doers]  # with Washington"
    if etype == "RETREAT" and status == "occurred" and modality.announced_as_under_way(m.token):
        etype = "CONCEDE"                            # "said it was halting its raids": declared
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
        event=etype, mode=m.mode if etype == m.type else None, status=status, actor=actor, recipient=recipient,
        trigger=ctx.article.text[span_start:span_end], trigger_lemma=m.token.lemma_.lower(), sentence=sent_text,
        start=span_start, end=span_end, sent_start=sent.start_char,
        date=dates.event_date(m.token, sent, ctx.article.published, rival, status),
        deadline=dates.deadline(m, sent),
        place=places.event_place(m, sent, {(a.start, a.end) for a in actor + (recipient if m.type not in PHYSICAL else [])},
                                 claimed),
        speaker=details.speaker_text(speaker_tok), hedged=hedged, cue=hedge or cue,
        confidence=details.confidence(m, actor, recipient),
        people=sorted({a.name for a in actor + recipient if a.name}),
        content=details.content(m), condition=details.condition(m.token),
    )
    event.inferred = inferred
    event.definite_gathering = _stands_for_main_pair(m)
    event.pledged_money = m.type == "AGREE" and any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower()
                                                    in cues()["money_nouns"]) for c in m.token.children)
    # "is attending the Doha meeting": the present progressive tells of a gathering under
    # way or about to be, so it may confirm a planned one as well as one that took place
    event.progressive = m.token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in m.token.children)
    event.ordinal = _ordinal(m) if m.type in SYMMETRIC_TYPES else None
    event.frame_host = frame.idx if frame is not None else None     # another happening (merge)
    event.verbal = m.token.pos_ in ("VERB", "AUX")
    event.addressee_unknown = addressee_unknown      # no article counterpart for it (counterparts)
    event.mention_sents = [sent.start_char]
    event.mention_spans = [(span_start, span_end, sent.start_char)]
    if m.type == "CONSULT" and m.mode == "third-party" and m.token.pos_ == "VERB" and actor_heads:
        mediators, _ = resolve(actor_heads, ctx, m.token)     # "hosted by the US", "brokering"
        event.mediator = sorted(coded(mediators))
    if brokers:
        event.mediator = sorted(brokers)
    if explain:
        event.explain = details.explanation(m)
    return event


_SIGNED = {"AGREE", "SUPPORT"}    # NEWS.md: mediators are not parties to the resulting agreement


# The prepositions that name who a requested act would reach: what a sanction or strike hits
# ("sanctions on Russia"), who aid goes to ("a halt to military aid to Ukraine").
_CONTENT_PREPS = {**{t: ("on", "against") for t in HARM_TYPES}, "AID": ("to", "for")}


def _target_of_content(ref, m: Mention) -> bool:
    """The party is the one the requested act would reach, not the one asked: the "on" or
    "against" object of a sanction, strike or coercion the request asks for ("sanctions on
    Russia"), or whom the aid it asks for or against goes to ("demanded an end to foreign aid to
    Ukraine")."""
    for etok, etrig in m.embedded:
        preps = _CONTENT_PREPS.get(etrig.type)
        if preps is None or etok.pos_ not in ("NOUN", "PROPN"):
            continue
        heads = {etok.i} | {c.i for c in etok.children if c.dep_ == "conj"}
        if etok.dep_ == "pobj" and etok.head.lower_ in ("of", "to") and etok.head.head.pos_ == "NOUN":
            heads.add(etok.head.head.i)        # "a cessation of aid to Ukraine", "an end to arms deliveries to Kyiv":
            #                                    the parser hangs the last "to" on "cessation", "end"
        for prep in (t for t in etok.sent if t.dep_ == "prep" and t.lower_ in preps and t.head.i in heads):
            if any(t.idx <= (ref.start or -1) < t.idx + len(t.text) for t in prep.subtree):
                return True
    return False


def _status(m: Mention, sent_text: str) -> str:
    """The trigger's status; a verb that names the same happening as an absorbed event noun
    takes the noun's planning or doubt ("brokering potential talks")."""
    if m.status is not None:              # set by `speech`: "will retaliate" is a threat made now
        return m.status
    if m.type == "ACCUSE" and binding.names_as(m.token):
        return "occurred"                 # "unless Kabul ends what it termed ...": said now
    status = modality.status(m.token, sentence_text=sent_text, event_type=m.type)
    if status != "negated" and any(etok.head.i == m.token.i and modality.negated_noun(etok) for etok, _ in m.embedded):
        return "negated"                  # "no agreement was reached"
    if status == "occurred":
        for etok, trig in m.embedded:
            if trig.type == m.type and etok.pos_ in ("NOUN", "PROPN") and _names_same(etok, m.token):
                inner = modality.status(etok, stop=m.token, sentence_text=sent_text)
                if inner in ("planned", "hypothetical"):
                    return inner
    return status


def _names_same(noun, verb) -> bool:
    """'hold possible talks', 'agreed on a potential deal': the noun is the verb's object, not
    the content of a clause below it ("warned that any failure to disarm would bring severe
    consequences") nor a frame ("pledged support in any future settlement")."""
    if noun.head.i == verb.i:
        return noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
    return noun.head.dep_ == "prep" and noun.head.lower_ in ("on", "to") and noun.head.head.i == verb.i


def _trigger_span(m: Mention) -> tuple[int, int]:
    tok = m.token
    parts = [tok]
    if m.trigger is not None and m.trigger.particle:
        words = set(m.trigger.particle.split())
        parts += [c for c in tok.children if c.lower_ in words or c.lemma_.lower() in words]
    start = min(p.idx for p in parts)
    end = max(p.idx + len(p.text) for p in parts)
    return start, end


