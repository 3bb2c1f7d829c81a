"""Words that name no act, though a trigger word is there: a reporter's question ("Asked about
the talks, he said"), an open question ("would not say whether Maduro accepted"), a readiness
that is only a condition ("if Moscow is willing"), a warning that only states a fact about
others, a danger described ("poses a threat"), a denial that only contradicts a statement
("denied the allegations"). `speech.revise` drops these mentions; some only for the extractor
(`statements`), since the dyad classifier, asked how two marked parties relate, may still read
the relation from them. Word lists are data (`interview_verbs`, `anonymity_verbs`,
`threat_words`, `danger_verbs`, `denial_verbs`, `denied_statements` in `data/cues.yaml`).
"""
from __future__ import annotations

from . import arguments, triggers as trigger_finder
from .lexicon import cues


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def names_no_act(m, *, statements: bool = False) -> bool:
    """Is mention `m` only words (with `statements`, for the extractor, also an open question or
    a readiness under a condition)?"""
    return _interview(m) or _mere_warning(m) or _danger(m) or statements and (
        _asked_whether(m) or _willing_if(m) or _purpose_of_a_body(m) or _war_as_a_time(m) or _a_skill(m) or _a_method(m)
        or _anyone_who(m) or _air_defence(m) or _a_topic(m) or _a_classification(m)
        or _a_purpose(m) or _an_extent(m) or _a_depiction(m) or _an_advisory(m) or _averted(m) or _a_presence(m)
        or _a_things_offer(m))


def _averted(m) -> bool:
    """'Ankara sought to avert an attack on Syria', 'diplomats worked to head off sanctions', 'kept
    Serbia from attacking': an act that a verb of keeping it from happening takes (cues
    averting_verbs, averting_particle_verbs with 'off') is no happening."""
    tok, head = m.token, m.token.head
    if tok.dep_ == "pcomp" and head.lower_ == "from":          # "prevented Serbia from attacking"
        tok, head = head, head.head
    if tok.dep_ not in ("dobj", "prep") or head.i == tok.i or tok.dep_ == "prep" and tok.lower_ != "from":
        return False
    verb = _lemma(head)
    return verb in cues()["averting_verbs"] or verb in cues()["averting_particle_verbs"] \
        and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)


def _a_things_offer(m) -> bool:
    """'The summit's decisions offer Chad the reassurance it sought', 'the accord offers Japan hope of a
    thaw': an offer told with a verb of bringing (cues bringing_verbs) whose subject is a
    happening or a text (cues thing_nouns) is what that thing brings, no one's offer."""
    if m.type != "AGREE" or m.token.pos_ != "VERB" or _lemma(m.token) not in cues()["bringing_verbs"]:
        return False
    subject = next((c for c in m.token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and _lemma(subject) in cues()["thing_nouns"]


def _a_presence(m) -> bool:
    """'France has 1,000 soldiers stationed in Chad', 'the troops based in Iraq': a participle of
    where forces are kept, after the forces, tells where they are; no one deploys them then
    (cues presence_participles)."""
    tok = m.token
    return m.type == "MOBILIZE" and tok.tag_ == "VBN" and tok.dep_ == "acl" and _lemma(tok) in cues()["presence_participles"]


def _an_advisory(m) -> bool:
    """'US issues shelter warning', 'embassy issues travel warning': a headline's advisory noun
    the tagger read as a verb after its kind (cues advisory_kinds) warns the public of a danger; it
    threatens no one."""
    tok = m.token
    return m.type == "THREATEN" and tok.tag_ == "VBG" and tok.i > tok.sent.start \
        and tok.doc[tok.i - 1].lower_ in cues()["advisory_kinds"] and not any(c.dep_ in ("dobj", "ccomp") for c in tok.children)


def _a_depiction(m) -> bool:
    """'the army released footage of explosions along the border', 'shared video of the
    strikes': an act shown in a picture is no act of the one who shows it, and the picture names
    no doer (cues depiction_nouns)."""
    tok, prep = m.token, m.token.head
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and prep.lower_ == "of" and _lemma(prep.head) in cues()["depiction_nouns"]


def _an_extent(m) -> bool:
    """'the districts of Kherson that Moscow has not wholly seized', 'troops have not completely withdrawn':
    a denied degree tells how far an act went, neither a non-event nor a whole act (cues
    degree_adverbs)."""
    kids = list(m.token.children)
    return any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "advmod" and c.lower_ in cues()["degree_adverbs"] for c in kids)


def _a_classification(m) -> bool:
    """'the memorandum is not a peace treaty', 'the bloc, set up in 1994 as a customs pact': an act
    noun that classifies something else (the attribute of a denied copula, or what a body was made
    as, cues founding_verbs) names no happening of its own; the making, if any, is the act."""
    tok, head = m.token, m.token.head
    if tok.pos_ != "NOUN" or head.i == tok.i:
        return False
    if tok.dep_ == "attr" and _lemma(head) == "be":
        return any(c.dep_ == "neg" for c in head.children)
    return tok.dep_ == "pobj" and head.lower_ == "as" and _lemma(head.head) in cues()["founding_verbs"]


def _a_topic(m) -> bool:
    """'the readout never mentioned resuming talks', 'the ministers discussed easing the visa
    rules', 'made no mention of sending tanks': an act named, as a gerund, as what is spoken of is
    no happening, done or refused (cues topic_speech_words); nor is one named as a possibility ('the
    prospect of reopening the border', cues possibility_nouns)."""
    tok, words = m.token, cues()["topic_speech_words"]
    if tok.tag_ != "VBG":
        return False
    head = tok.head
    if tok.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ in ("of", "about", "on"):
        head = head.head
        words = words | (set(cues()["possibility_nouns"]) if head.pos_ == "NOUN" and tok.head.lower_ == "of" else set())
    elif tok.dep_ not in ("dobj", "xcomp"):
        return False
    return head.i != tok.i and _lemma(head) in words


def _air_defence(m) -> bool:
    """'air defences shot down 40 drones and six cruise missiles', 'intercepted dozens of rockets
    fired from Lebanon': stopping incoming munitions, counted in the plural, is defence, no attack
    on whoever fired them (cues interception_verbs, incoming_munitions); downing one aircraft or
    drone still is one ('shot down an American surveillance drone')."""
    tok, munitions = m.token, cues()["incoming_munitions"]
    verb = _lemma(tok) + (" " + m.trigger.particle if m.trigger is not None and m.trigger.particle else "")
    if m.type != "ASSAULT" or tok.pos_ != "VERB" or verb not in cues()["interception_verbs"]:
        return False
    counted = []
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        heads = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        counted += heads if obj.tag_ != "NNS" or _lemma(obj) not in munitions else [obj]
    return bool(counted) and all(o.tag_ == "NNS" and _lemma(o) in munitions for o in counted)


def _anyone_who(m) -> bool:
    """'anyone who attacks our bases will pay', 'will punish those who fire on our ships': an
    act told in the present or future of whoever might do it is no happening (cues
    indefinite_doers); in the past it took place ("whoever fired the rockets", "those who
    stormed the embassy")."""
    tok = m.token
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX"):
        return False
    head = _lemma(tok.head)
    if head not in cues()["indefinite_doers"] and head != "those":
        return False
    return tok.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def _a_method(m) -> bool:
    """'praised the embargo as the right way of isolating the junta', 'the best way of ending
    the war', 'called the blockade "the right approach" to squeezing the regime' (the phrase hung
    on the verb): an act named as the means a method serves is no happening (cues method_nouns)."""
    tok = m.token
    prep = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in ("to", "of", "for"):
        return False
    nouns = cues()["method_nouns"]
    if _lemma(prep.head) in nouns:
        return True
    return prep.head.pos_ == "VERB" and any(c.dep_ in ("oprd", "attr", "dobj") and c.i < prep.i and _lemma(c) in nouns
                                            for c in prep.head.children)


def _a_purpose(m) -> bool:
    """'the raid was aimed at pressuring Bamako', 'drills designed to intimidate Taipei': what a
    thing is for, told by a participle of purpose (cues purpose_participles), is no act done; a
    doer's own aim ('Russia has aimed at capturing the city') is left to modality."""
    tok = m.token
    head = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "at" else tok.head if tok.dep_ == "xcomp" else None
    if head is None or _lemma(head) not in cues()["purpose_participles"]:
        return False
    shared_be = head.dep_ == "conj" and _lemma(head.head) == "be"      # "was revenge and aimed at ..."
    return (head.tag_ == "VBN" or shared_be) and not any(c.dep_ == "aux" and _lemma(c) == "have" for c in head.children)


def _a_skill(m) -> bool:
    """'drills to test the units' skills in ... striking command posts', 'tested the navy's
    ability to blockade the ports', 'strike capabilities': an act named as a skill or capacity is
    no happening (cues capability_nouns); nor is a gerund named as an interest ("a shared
    interest in fighting smuggling and destroying the militants' arms depots", cues interest_nouns)."""
    skills, interests = cues()["capability_nouns"], cues()["interest_nouns"]
    tok = m.token
    gerund = tok.tag_ == "VBG"
    if gerund and _listed_after_a_skill(tok, skills):
        return True
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in _INSIDE_A_PHRASE + ("aux",):
            return False
        if tok.dep_ in _INSIDE_A_PHRASE and (tok.head.lemma_.lower() in skills
                                              or gerund and tok.head.lemma_.lower() in interests):
            return True
        tok = tok.head
    return False


def _listed_after_a_skill(tok, skills) -> bool:
    """'to assess the units' abilities in air control, blocking ports and striking targets': the
    small parsers hang the gerunds of a skill's list on the verb whose object the skill is."""
    while tok.dep_ == "conj" and tok.head.tag_ == "VBG":
        tok = tok.head
    return tok.dep_ == "advcl" and any(c.dep_ == "dobj" and c.i < tok.i and _lemma(c) in skills for c in tok.head.children)


# The links by which an act noun or verb sits inside the phrase of a noun above it.
_INSIDE_A_PHRASE = ("pobj", "pcomp", "conj", "prep", "compound", "acl", "xcomp")


def read_by_outbreak(m) -> bool:
    """A war mention found by the verb of its outbreak (the trigger rows with `head=` or `near=`
    outbreak verbs), not by the parties it names."""
    return m.type == "ASSAULT" and _lemma(m.token) in cues()["outbreak_nouns"] and m.trigger is not None \
        and any(k in ("head", "near") for k, _ in m.trigger.requires)


def _war_as_a_time(m) -> bool:
    """'the worst since the fighting started': a war read by its outbreak is a happening only when
    the outbreak is dated ("the fighting that began in March 2015"), not when it marks a time,
    nor when it began with an act that is the happening ("began with Iraq's invasion")."""
    tok = m.token
    if not read_by_outbreak(m):
        return False
    verbs = [v for v in arguments.outbreak_verbs(tok) if not any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children)]
    return not any(any(t.ent_type_ == "DATE" for t in v.subtree) and not any(
        c.dep_ == "mark" and c.lower_ in ("since", "when", "before", "after", "until") for c in v.children) for v in verbs)


def _purpose_of_a_body(m) -> bool:
    """'the coalition created in 1990 to counter Iraq', 'a force set up to protect convoys': what a
    body was made for describes the body, it is no happening."""
    tok, made = m.token, m.token.head
    return tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) \
        and made.dep_ == "acl" and made.tag_ == "VBN" and _lemma(made) in cues()["founding_verbs"]


def _interview(m) -> bool:
    """'Asked about the tanker, he said ...': a reporter's question, not a request; 'an official,
    who declined to be named': a source's condition, not a request."""
    tok = m.token
    if m.type != "REQUEST" or _lemma(tok) not in cues()["interview_verbs"]:
        return False
    if any(c.dep_ == "xcomp" and _lemma(c) in cues()["anonymity_verbs"] for c in tok.children):
        return True
    return (tok.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)
            and (tok.i == tok.sent.start or tok.doc[tok.i - 1].lower_ in ("when", "if", "as")))


_IN_CLAUSE = {"xcomp", "acomp", "attr", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "pcomp", "compound",
              "amod", "aux", "auxpass", "neg"}


def _asked_whether(m) -> bool:
    """'would not say whether Maduro accepted the offer', 'it is unclear whether
    Putin is prepared to sit down': an open question asserts no act, done or planned. Only the
    extractor drops it; the dyad classifier, asked how two marked parties relate, may still
    read the relation from it."""
    t = m.token
    while t.dep_ in _IN_CLAUSE and t.head.i != t.i:
        if any(c.dep_ == "mark" for c in t.children):
            break
        t = t.head
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children)


def statement_denied(m) -> bool:
    """'Laos denies the charges made by Hanoi', 'a claim Algiers denies', 'Manila dismissed
    the accusations' (cues denial_verbs, answering_verbs): a denial that only contradicts a
    statement is no refusal; the statement itself is coded (`speech._answered`)."""
    if m.type != "REJECT" or _lemma(m.token) not in {*cues()["denial_verbs"], *cues()["answering_verbs"]}:
        return False
    denied = cues()["denied_statements"]
    return any(_lemma(o) in denied for o in trigger_finder.objects(m.token))


def _willing_if(m) -> bool:
    """'If Caracas is willing to halt the raids, it could do that today': a readiness that is
    only the condition of what follows is nobody's offer."""
    tok = m.token
    if m.type != "AGREE" or tok.pos_ != "ADJ":
        return False
    clause = tok.head if tok.dep_ == "acomp" else tok
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _mere_warning(m) -> bool:
    """'Experts warned that the group seeks power', 'warned that the step carries a risk': a warning
    that only states a fact about others, with no harm promised, names no threat."""
    tok = m.token
    if m.type != "THREATEN" or m.trigger is None or m.trigger.requires or _lemma(tok) != "warn" or m.embedded:
        return False
    if any(c.dep_ in ("dobj", "dative", "prep", "agent") and c.lower_ != "that" for c in tok.children):
        return False                               # "warned Iran", "warned of consequences"
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    words = {t.lower_ for t in clause.subtree} | {_lemma(t) for t in clause.subtree}
    return not words & cues()["threat_words"]


def _danger(m) -> bool:
    """'poses a grave threat', 'is the most direct threat', 'the missile programme threatens the
    peace and stability of the region': a danger described, not a threat made (cues
    danger_verbs, endangered_goods)."""
    tok = m.token
    if m.type == "THREATEN" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and _lemma(c) in cues()["endangered_goods"] for c in tok.children):
        return True
    return (m.type == "THREATEN" and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "attr")
            and _lemma(tok.head) in cues()["danger_verbs"])
