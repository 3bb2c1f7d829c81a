"""The other side of a physical action when the clause names a place or a person, not a party.

"Strikes on Kharkiv", "shelling in Gaza", "killed civilians in Kyiv": a reader takes the state
the place lies in as the target, as the gold conventions do (RUS -> UKR). `place_targets` looks
for a place among the action's objects and the phrases that locate them and resolves it
(`places.place_ref`) with the actor knowledge base (capitals, demonyms: "the Ukrainian city of
Dnipro") or the offline gazetteer. `complete` reads the rest of what one clause says: a boat
attacked is no state's; "the Kyiv strike" landed on Kyiv; "Zuniga's arrest" and "the killing of
two Kenyan soldiers" name who undergoes the act; who gives and gets aid is `giving`'s reading;
repression and protest with no foreign party are `domestic`. What needs the whole article is in
`campaigns` and `domestic`.
"""
from __future__ import annotations

from ..article import ActorRef
from . import arguments, giving, places, roles
from .actors import base as actor_base
from .domestic import DOMESTIC_TYPES, counted_people, domestic, is_state, opposition_at_home
from .lexicon import cues
from .mentions import HARM_TYPES
from .parties import coded, span_of, union, within
from .triggers import match as trigger_of

# Types whose target may be a place; types whose unnamed parties may be domestic.
PLACE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}

_TARGET_PREPS = {"on", "in", "into", "at", "against", "toward", "towards", "across", "over", "upon",
                 "onto", "inside", "near", "throughout", "along"}
_LOCATING_PREPS = {"in", "at", "inside", "near", "across", "throughout", "of", "off"}


def _pobjs(tok, preps):
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _first_level(tok) -> list:
    """The action's own objects: direct object, passive subject, objects of targeting
    prepositions, names modifying an event noun ("the Kharkiv strike") or its "of" object ("the
    blockade of Gaza": a place, as `places.place_ref` reads it, is the act's target); for a noun that is a
    clause's subject ("strikes hit Gaza"), that clause's objects."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    if tok.dep_ == "relcl":           # "the Kursk region, which Ukrainian troops seized": the region
        out = [tok.head if c.tag_ in ("WDT", "WP") else c for c in out]
    if tok.pos_ in ("NOUN", "PROPN"):
        out += [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        out += _pobjs(tok, {"of"})        # "the siege of El-Fasher", "the shelling of Kharkiv"
    out += _pobjs(tok, _TARGET_PREPS)
    for subj in (c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and trigger_of(c) is not None):
        out += _pobjs(subj, _TARGET_PREPS)                # "strikes on Odesa killed four people"
    head = tok.head
    if tok.dep_ == "nsubj" and head.pos_ == "VERB":
        out += [c for c in head.children if c.dep_ == "dobj"] + _pobjs(head, _TARGET_PREPS)
    if tok.dep_ == "conj" and head.pos_ == tok.pos_ and head.i != tok.i:    # "pounded Gaza and killed 400"
        out += _first_level(head)
    return out


_BORDER_NOUNS = {"border", "frontier", "crossing", "boundary"}


def _candidates(tok) -> list:
    """Objects, then the phrases that place them ("civilians in Kyiv", "an attack on the city
    of Dnipro"), breadth first, three steps deep."""
    seen, out, level = {tok.i}, [], _first_level(tok)
    for _ in range(3):
        level = [t for t in level if t.i not in seen]
        seen |= {t.i for t in level}
        out += level
        nxt = []
        for h in level:
            nxt += _pobjs(h, _LOCATING_PREPS | _TARGET_PREPS if h.pos_ in ("NOUN", "PROPN") else _LOCATING_PREPS)
            if h.lemma_.lower() in _BORDER_NOUNS:                 # "closed its border with Mali"
                nxt += _pobjs(h, {"with"}) + (_pobjs(h.head, {"with"}) if h.dep_ == "dobj" else [])
            nxt += [c for c in h.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        level = nxt
    return out


def place_targets(m, cover, actor: list[ActorRef]) -> list[ActorRef]:
    """The state where the action lands, when its objects are places or located people."""
    if m.type not in PLACE_TYPES:
        return []
    own = coded(actor)
    for tok in _candidates(m.token):
        ref = places.place_ref(tok, cover)
        if ref is not None and (ref.code not in own or m.type in DOMESTIC_TYPES):
            return [ref]
    return []


def _left_place(m, cover, actor: list[ActorRef]) -> list[ActorRef]:
    """'Israel withdrew its troops from Gaza', 'pulled its troops out of Kherson', 'the withdrawal
    of Russian forces from Kherson': a withdrawal is yielded to the state of the place left, not
    the withdrawer's own."""
    own = coded(actor)
    tok = m.token
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    left = [p for h in heads for p in _pobjs(h, {"from"})]
    left += [p for out in (c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "out")
             for p in _pobjs(out, {"of"})]
    if tok.lemma_.lower() in cues()["place_leaving_verbs"]:     # "Russian forces left Kherson": the
        left += [c for c in tok.children if c.dep_ == "dobj"]     # place is the object
    for place in left:
        ref = places.place_ref(place, cover)
        if ref is not None and ref.code not in own:
            return [ref]
    return []


def _refused_place(m, cover, actor: list[ActorRef]) -> list[ActorRef]:
    """The state of the place a refused act would be done at or leave ("Israel refuses to
    withdraw from southern Lebanon", "to reopen the crossing into Gaza"), not the refuser's own."""
    own = coded(actor)
    for verb in (c for c in m.token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        for tok in _candidates(verb) + _pobjs(verb, {"from"}):
            ref = places.place_ref(tok, cover)
            if ref is not None and ref.code not in own:
                return [ref]
    return []


def patient_possessor(m, cover, actor: list[ActorRef], recipient: list[ActorRef]) -> tuple[list, list]:
    """'Zuniga's arrest', 'Nasrallah's killing': the possessor of such a noun undergoes it."""
    tok = m.token
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cues()["patient_nouns"] or m.wrapper_word:
        return actor, recipient
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return actor, recipient
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return actor, recipient
    lo, hi = poss.left_edge.idx, poss.right_edge.idx + len(poss.right_edge.text)
    moved = [a for a in actor if a.start is not None and lo <= a.start < hi] or actor_base().resolve(poss, cover)
    return [a for a in actor if a not in moved], recipient + [r for r in moved if r not in recipient]


def _means_doer(m, ctx) -> list[ActorRef]:
    """'Police used tear gas to disperse ...': the means verb's doer; 'soldiers were killed in
    an attack by Boko Haram', 'damaged in a Russian drone strike': the doer of the attack named
    as when or why it befell them (cues suffering_preps)."""
    for etok, _ in m.embedded:
        if etok.i == m.token.head.i and etok.lemma_.lower() in cues()["means_verbs"]:
            subj = arguments.subject(etok)
            return roles.resolve([subj], ctx, etok)[0] if subj is not None else []
    if m.token.pos_ != "VERB":
        return []
    for noun in arguments.prep_objects(m.token, cues()["suffering_preps"]):
        trig = trigger_of(noun)
        if trig is not None and trig.type == "ASSAULT":
            return [r for r in roles.resolve(arguments.noun_roles(noun)[0], ctx, noun)[0] if r.code != "UNK"]
    return []


def _site_named(m, cover, actor, recipient):
    """'The Doha attack', 'the Kharkiv strike': a city named on an attack noun is where it
    landed, not who made it (a country or people named so, 'the Russian strike', still acts)."""
    tok = m.token
    if tok.pos_ not in ("NOUN", "PROPN"):        # "the Kyiv strike killed five": the verb's noun subject
        tok = next((e for e, _ in m.embedded if e.dep_ == "nsubj" and e.head.i == m.token.i), None)
        if tok is None:
            return actor, recipient
    for child in tok.children:
        hit = cover.get(child.i)
        if child.dep_ in ("compound", "amod") and child.pos_ == "PROPN" and hit is not None and hit[2].kind == "seat":
            site = places.place_ref(child, cover)
            return [a for a in actor if a.code != site.code], [site]
    return actor, recipient


def _passive_event_noun(m, ctx, actor, recipient):
    """'The raids were conducted from warships': the event noun a light verb's passive
    subject names is the act itself, so the parties it stands for did it."""
    for etok, _ in m.embedded:
        if etok.dep_ == "nsubjpass" and etok.head.i == m.token.i:
            named = {r.code for r in roles.resolve([etok], ctx, m.token)[0]}
            same = [r for r in recipient if r.code in named]
            if same:
                return (actor or same), [r for r in recipient if r not in same]
    return actor, recipient


_COUNTRY_NOUNS = {"country", "nation", "state", "kingdom", "republic"}
_MINE = PLACE_TYPES | {"SANCTION", "AID"}


def _the_country(m, ctx, actor, recipient):
    """'the AU put travel bans on the country': the state named last before it."""
    if m.type not in _MINE or coded(recipient) or ctx.discourse is None:
        return recipient
    own = coded(actor)
    for head in _first_level(m.token):
        if head.lemma_.lower() not in _COUNTRY_NOUNS or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue
        here = ctx.discourse.sent_index(head.i)
        named = [ref for ref in ctx.discourse.referents if ref.i < head.i and here - 3 <= ref.sent
                 and any(is_state(x.code) and x.code not in own for x in ref.refs)]
        if named:
            last = max(named, key=lambda ref: ref.i)
            state = next(x for x in last.refs if is_state(x.code) and x.code not in own)
            span = head.doc[head.left_edge.i: head.i + 1]
            return [ActorRef(span.text, state.code, "GOV", None, None, span.start_char, span.end_char)] + \
                [r for r in recipient if not (r.start is not None and span.start_char <= r.start < span.end_char)]
    return recipient


def _series_doer(m, ctx) -> list[ActorRef]:
    """'A U.S. campaign of strikes', 'the EU's new package of sanctions': the doer named on
    the noun that counts or groups the acts, and so of each act listed there ('a U.S. campaign
    of deadly strikes ... and a massive naval buildup')."""
    tok = m.token
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() not in cues()["series_nouns"]:
        return []
    group = tok.head.head
    named = [c for c in group.children if c.dep_ == "poss" or c.dep_ in ("compound", "amod", "nmod")
             and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]
    return [r for c in named for r in roles.resolve([c], ctx, group)[0] if r.code != "UNK"]


def _own_envoy(m, ctx, actor, recipient):
    """'Its envoy in Canada was called home', 'the ministry summoned Sudan's
    ambassador to Kenya for consultations': who recalls owns the envoy, and the envoy's host is
    the one relations are reduced with."""
    tok = m.token
    envoy = next((c for c in tok.children if c.dep_ == ("dobj" if tok.lemma_.lower() == "summon" else "nsubjpass")), None)
    if tok.lemma_.lower() not in ("recall", "withdraw", "summon") or envoy is None or coded(actor):
        return actor, recipient
    poss = next((c for c in envoy.children if c.dep_ == "poss"), None)
    if poss is None:
        return actor, recipient
    owner = [r for r in roles.resolve([poss], ctx, tok)[0] if r.code != "UNK"]
    host = [r for g in _pobjs(envoy, {"to", "in"}) for r in roles.resolve([g], ctx, tok)[0] if r.code != "UNK"]
    return (owner or actor), (host or [r for r in recipient if r.code not in coded(owner)])


def _sourced(ref: ActorRef, doc) -> bool:
    """A party named in an 'according to' phrase is a source, not a side."""
    span = span_of(ref, doc)
    return span is not None and any(t.lower_ == "according" and t.dep_ == "prep" for t in span.root.ancestors)


def _victims_place(m, cover, actor, recipient) -> list[ActorRef]:
    """'Killed civilians ... in Kyiv': unnamed victims of an attack belong to the state where
    the clause puts them (a place anywhere in the trigger's clause)."""
    if m.type != "ASSAULT" or any(r.sector not in (None, "CVL") for r in recipient):
        return []
    tok, own = m.token, coded(actor)
    for t in tok.subtree:
        if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in _LOCATING_PREPS | _TARGET_PREPS:
            ref = places.place_ref(t, cover)
            if ref is not None and ref.code not in own:
                return [ref]
    return []


def _of_patient(m, cover) -> list[ActorRef]:
    """'The killing of two French soldiers', 'the arrest of two Kenyan nationals': the
    named party an act noun's "of" phrase undergoes."""
    tok = m.token
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cues()["patient_nouns"]:
        return []
    return [r for g in _pobjs(tok, {"of"}) for r in actor_base().resolve(g, cover) if r.code != "UNK"]


def _undergoer(m, ctx) -> list[ActorRef]:
    """'Two Nigerian soldiers were killed in an attack by Boko Haram', 'the tanker sank after a
    Houthi missile attack': an attack noun in a phrase of time or cause ("in", "after",
    "following", "during") befalls the one the clause says suffered, the passive subject or the
    subject of a verb of suffering (cues suffering_verbs)."""
    tok = m.token
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ not in cues()["suffering_preps"] \
            or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = prep.head
    if arguments.is_passive(verb):
        heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
    elif verb.lemma_.lower() in cues()["suffering_verbs"]:
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return []
    return [r for r in roles.resolve(heads, ctx, tok)[0] if r.code != "UNK"]


def _subjected(m, ctx, actor) -> list[ActorRef]:
    """'A Cuban diplomat under U.S. sanctions', 'Gaza has lived under an Israeli blockade', 'the
    port came under Russian drone attack': a measure or attack whose doer is named, set in an
    "under" phrase (cues subjection_preps), befalls the noun the phrase describes or the subject
    of the clause it is set in (a place: the state it lies in)."""
    tok = m.token
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in cues()["subjection_preps"] or not coded(actor):
        return []
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN"):
        heads = [host]
    elif host.pos_ in ("VERB", "AUX"):
        heads = [c for c in host.children if c.dep_ == "dobj"] or \
            [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        return []
    own = coded(actor)
    found = [r for r in roles.resolve(heads, ctx, tok)[0] if r.code != "UNK" and r.code not in own]
    if not found and m.type in PLACE_TYPES:
        found = [r for r in (places.place_ref(h, ctx.cover) for h in heads) if r is not None and r.code not in own]
    return found


_WHERE_PREPS = {"off", "near", "along", "outside"}
VESSEL_NOTE = "recipient: a vessel, no state's"
ONE_SIDE_NOTE = "parties: one side of the fighting named"
NO_ADDRESSEE = {VESSEL_NOTE, ONE_SIDE_NOTE}     # notes that say no counterpart is to be guessed


def _only_placed(refs: list[ActorRef], doc) -> bool:
    """Every party is named only as where something is ("a drug boat off Venezuela's coast")."""
    def placed(ref) -> bool:
        span = span_of(ref, doc)
        return span is not None and any(t.dep_ == "prep" and t.lower_ in _WHERE_PREPS for t in span.root.ancestors)
    return bool(refs) and all(placed(r) for r in refs)


def _vessel(m):
    """The boat or ship an attack is aimed at, when that is what the clause names ("sank
    a boat said to carry smugglers, killing its crew")."""
    return next((t for t in _candidates(m.token) if t.lemma_.lower() in cues()["vessel_nouns"]), None)


def complete(m, ctx, actor: list[ActorRef], recipient: list[ActorRef]) -> tuple[list, list, list[str]]:
    """Actor and recipient of a physical action after places and domestic sides are read;
    the notes say what was inferred."""
    notes = []
    if m.type in _MINE and not coded(actor):        # "a French campaign of air raids"
        actor = _series_doer(m, ctx) or actor
    recipient = _the_country(m, ctx, actor, recipient)
    if m.type == "AID":
        actor, recipient = giving.aid_sides(m, ctx, actor, recipient)
    if m.type == "SANCTION":
        actor, recipient = _own_envoy(m, ctx, actor, recipient)
    if m.type in HARM_TYPES and not coded(recipient):     # "a Cuban diplomat under U.S. sanctions"
        recipient = _subjected(m, ctx, actor) or recipient
    if m.type == "RETREAT" and not coded(recipient) and m.token.lemma_.lower() in cues()["leaving_words"]:
        found = _left_place(m, ctx.cover, actor)      # "withdrew its troops from Gaza"
        recipient, notes = (found, notes + ["recipient: the place left"]) if found else (recipient, notes)
    if m.type == "REJECT" and not coded(recipient):     # "refuses to withdraw from southern Lebanon"
        found = _refused_place(m, ctx.cover, actor)
        recipient, notes = (found, notes + ["recipient: the place the refusal concerns"]) if found else (recipient, notes)
    if m.type not in PLACE_TYPES:
        home = opposition_at_home(m.type, actor, recipient)     # "pressure on political opponents"
        notes += ["domestic: the unnamed side takes the named side's country"] if home != recipient else []
        return actor, home, notes
    actor, recipient = patient_possessor(m, ctx.cover, actor, recipient)
    recipient = [r for r in recipient if not _sourced(r, m.token.doc)]
    if m.type == "MOBILIZE":                # "deployed warships": the force moved, not its target
        moved = [c for c in m.token.children if c.dep_ == "dobj"]
        recipient = [r for r in recipient if not any(within([r], c) for c in moved)]
    actor, recipient = _passive_event_noun(m, ctx, actor, recipient)
    if not coded(actor):                 # "police used tear gas to disperse": the means verb's doer
        actor = _means_doer(m, ctx) or actor
    if not coded(recipient):                 # "the death of two Turkish soldiers"
        recipient = _of_patient(m, ctx.cover) or recipient
    if m.type == "ASSAULT" and not coded(recipient):     # "were killed in an attack by Boko Haram"
        recipient = [r for r in _undergoer(m, ctx) if r.code not in coded(actor)] or recipient
    if m.type == "ASSAULT" and not coded(recipient):
        actor, recipient = _site_named(m, ctx.cover, actor, recipient)
    vessel = _vessel(m) if m.type == "ASSAULT" and (not coded(recipient) or _only_placed(recipient, m.token.doc)) else None
    if vessel is not None:             # a boat at sea is no state's: "a strike on a drug vessel"
        recipient = [ActorRef(vessel.text, "UNK", None, None, None, vessel.idx, vessel.idx + len(vessel.text))]
        notes.append(VESSEL_NOTE)
    elif m.type == "ASSAULT" and roles.mutual_fighting(m):
        if len(coded(actor)) < 2:       # "clashes between government forces and armed groups in
            found = place_targets(m, ctx.cover, actor) or _victims_place(m, ctx.cover, actor, recipient)
            actor, notes = union(actor, found), notes + (["party: where the fighting is"] if found else [])
        if len(coded(actor)) < 2:       # Sweida": the fighting is Syria's own; else no other side guessed
            notes.append(ONE_SIDE_NOTE)
    elif not coded(recipient):
        found = place_targets(m, ctx.cover, actor) or _victims_place(m, ctx.cover, actor, recipient)
        if found:
            recipient, notes = found, notes + ["recipient: the place targeted"]
    if m.type == "PROTEST" and not coded(actor):
        where = place_targets(m, ctx.cover, [])
        if where:
            actor = [ActorRef(a.entity_text, where[0].code, a.sector or "CVL", a.name, a.identifier_id, a.start, a.end)
                     for a in actor] or [ActorRef(where[0].entity_text, where[0].code, "CVL", None, None,
                                                  where[0].start, where[0].end)]
            notes.append("actor: protesters where they protest")
    if m.type in DOMESTIC_TYPES and not recipient:        # "dispersed hundreds of demonstrators"
        recipient = counted_people(m, ctx.cover)
    before = (coded(actor), coded(recipient))
    actor, recipient = domestic(m, actor, recipient)
    if (coded(actor), coded(recipient)) != before:
        notes.append("domestic: the unnamed side takes the named side's country")
    return actor, recipient, notes
