"""Which physical mentions of a sentence are events of their own, and in which sense.

Three readings a reader makes without thinking:
- an attack noun that is the subject of an attack verb names the same happening: "Israeli
  strikes in Beirut killed a commander" is one strike (the verb's), not a strike on Beirut and a
  killing;
- the means of an act is not an act of its own: "police used tear gas to disperse the crowd" and
  "deployed water cannon to disperse protesters" are one dispersal, and "retaliated by expelling
  the ambassador" is one expulsion;
- a protest by a government is a diplomatic complaint (ACCUSE), not a demonstration ("Beijing's
  sharp protest"), and a verb done "in protest" names its motive, not a second event;
- violence of words is not an attack ("a verbal barrage", "clashed with Trump");
- withdrawing from an international body is a SANCTION (withdraw), not a retreat.
The cue words are data (`means_verbs` in data/cues.yaml).
"""
from __future__ import annotations

from .lexicon import cues
from .mentions import Mention
from .parties import coded, named_first, union
from .passives import agent_of, is_passive

_PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE"}


def regroup(found: list[Mention], cover: dict) -> list[Mention]:
    """The sentence's mentions after the readings above; absorbed mentions join the one they
    belong to as embedded tokens, so that its dates and places stay with it."""
    by_token = {m.token.i: m for m in found}
    dropped = set()
    for m in found:
        host = _same_strike(m, by_token) or _purpose(m, by_token) or _manner(m, by_token) \
            or _instrument(m, by_token)
        if host is not None:
            host.embedded.append((m.token, m.trigger))
            dropped.add(m.token.i)
        elif m.type == "PROTEST" and _in_protest(m) or m.type == "ASSAULT" and _figurative(m):
            dropped.add(m.token.i)
        elif m.type == "PROTEST" and _official(m, cover):
            m.type, m.mode = "ACCUSE", "disapprove"
        elif m.type in ("RETREAT", "CONCEDE") and (_leaves_a_body(m.token, cover) or any(
                _leaves_a_body(e, cover) for e, trig in m.embedded if trig.type == "RETREAT")):
            m.type, m.mode = "SANCTION", "withdraw"      # "announced their withdrawal from ECOWAS"

    return [m for m in found if m.token.i not in dropped]


def _same_strike(m: Mention, by_token) -> Mention | None:
    """'Strikes ... killed': the attack verb whose subject is this attack noun; 'were wounded
    during Israeli strikes', 'were killed in an attack by X': the passive attack verb with no
    doer of its own that the attack noun tells the occasion of (cues suffering_preps)."""
    tok = m.token
    if m.type != "ASSAULT" or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "nsubj":
        host = by_token.get(tok.head.i)
    elif tok.dep_ == "pobj" and tok.head.lower_ in cues()["suffering_preps"]:
        host = by_token.get(tok.head.head.i)
        if host is not None and not (is_passive(host.token) and agent_of(host.token) is None):
            return None
    else:
        return None
    return host if host is not None and host.type == "ASSAULT" and host.token.pos_ == "VERB" else None


def _purpose(m: Mention, by_token) -> Mention | None:
    """'Used tear gas to disperse': the act a means verb serves."""
    tok = m.token
    if m.type not in _PHYSICAL or tok.lemma_.lower() not in cues()["means_verbs"]:
        return None
    for child in tok.children:
        if child.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            host = by_token.get(child.i)
            if host is not None and host.type in ("ASSAULT", "COERCE"):
                return host
    return None


def _instrument(m: Mention, by_token) -> Mention | None:
    """'Used water cannon and tear gas to break up the crowd': the tools named as the means' objects
    belong to the act the means serves."""
    tok = m.token
    if tok.pos_ != "NOUN":
        return None
    while tok.dep_ == "conj":
        tok = tok.head
    means = by_token.get(tok.head.i) if tok.dep_ == "dobj" else None
    return _purpose(means, by_token) if means is not None else None


def _manner(m: Mention, by_token) -> Mention | None:
    """'Retaliated by expelling the ambassador': the act a reply is made of."""
    tok = m.token
    if tok.lemma_.lower() not in cues()["reply_verbs"]:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"):
        for act in (g for g in prep.children if g.dep_ == "pcomp"):
            if act.i in by_token:
                return by_token[act.i]
    return None


def _in_protest(m: Mention) -> bool:
    """'Recalled its ambassador in protest against ...': a motive, not a demonstration."""
    tok = m.token
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
        and tok.head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "poss" for c in tok.children)


def _figurative(m: Mention) -> bool:
    """'Trump's latest verbal barrage', 'clashed with Trump': words of violence for words."""
    tok = m.token
    if any(c.dep_ == "amod" and c.lemma_.lower() in cues()["figurative_modifiers"] for c in tok.children):
        return True
    partners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return tok.lemma_.lower() == "clash" and bool(partners) and all(p.ent_type_ == "PERSON" for p in partners)


def _leaves_a_body(tok, cover: dict) -> bool:
    """'Their withdrawal from ECOWAS': leaving an international body is reduced cooperation
    (SANCTION), not a retreat of forces."""
    if tok.lemma_.lower() not in cues()["leaving_words"]:
        return False
    bodies = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    bodies += [c for c in tok.children if c.dep_ == "dobj"]
    return any(cover.get(b.i) is not None and cover[b.i][2].kind == "org" and cover[b.i][2].sector == "IGO"
               or b.i not in cover and set(cues()["body_nouns"].get(b.lemma_.lower(), ())) == {"IGO"} for b in bodies)


def _official(m: Mention, cover: dict) -> bool:
    """'Beijing's sharp protest', 'Japan's protest': the possessor is a state or its leader."""
    tok = m.token
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if tok.pos_ != "NOUN" or poss is None:
        return False
    hit = cover.get(poss.i)
    return hit is not None and hit[2].kind in ("country", "seat", "person")


# Wrappers whose content a reader takes as having happened, and the content types that stand:
# "condemned the Israeli assault" (the assault happened), "lifted sanctions on Syria" (the
# sanctions stood), "released Palestinians who had been detained" (the detention happened),
# "thanked Canada for its military support" (the support was given).
_PRESUPPOSING = {"ACCUSE": {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"},
                 "CONCEDE": {"SANCTION", "COERCE"}, "RETREAT": {"SANCTION", "COERCE"},
                 "SUPPORT": {"AID"}}


def presupposed(m: Mention) -> list:
    """The (token, trigger) pairs a wrapper absorbed that also happened and are coded too:
    an accusation's object ("condemned the strike", not "accused X of striking"), a lifted or
    paused sanction, a detention its release presupposes."""
    kinds = _PRESUPPOSING.get(m.type, set())
    out = []
    for etok, etrig in m.embedded:
        if etrig.type in _PRESUPPOSING["ACCUSE"] and _namer(etok) is not None:
            if _names_its_doer(etok) or any(_names_its_doer(c) for c in etok.children if c.dep_ == "compound") \
                    or doer_heads(m, etok):          # "Ukrainian drone strikes"
                out.append((etok, etrig))     # "a collision that Hanoi called ramming by the Chinese
            continue                          # coast guard": the ramming the name tells of is coded too
        if etrig.type not in kinds or m.wrapper_word:
            continue
        if m.type == "ACCUSE" and not (etok.dep_ in ("dobj", "nsubjpass") and etok.head.i == m.token.i
                                       and _names_its_doer(etok)):
            continue              # "condemned the strike" names an earlier one: nothing new
        if m.type == "SUPPORT" and not (etok.head.lower_ == "for" and etok.head.head.i == m.token.i):
            continue              # "thanked Canada for its support": the support was given
        if etok.pos_ == "NOUN" or etok.dep_ == "relcl":
            out.append((etok, etrig))
    return out


def _namer(noun):
    """The naming verb (`naming_verbs`) that gives `noun` to the thing its relative pronoun
    stands for ("what it called Israeli strikes", "a collision Hanoi termed ramming"),
    or None."""
    link = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun
    verb = link.head
    if link.dep_ not in ("oprd", "attr", "xcomp", "ccomp", "dobj", "prep") or noun.tag_ in ("WP", "WDT") \
            or verb.lemma_.lower() not in cues()["naming_verbs"] \
            or not any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return None
    return verb


def doer_heads(m: Mention, noun) -> list | None:
    """The doer of a harm a naming verb names when the parser hung its 'by' phrase on the verb
    ("what Hanoi called ramming by the Chinese coast guard": the coast guard rams, Hanoi names);
    None when there is no such phrase (the noun's own phrase then tells its doer)."""
    verb = _namer(noun)
    if verb is None:
        return None
    by = [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
          for g in c.children if g.dep_ == "pobj"]
    return by or None


def _names_its_doer(noun) -> bool:
    """'The Israeli assault', 'Russia's strikes', 'the U.S. deployment'."""
    return any(c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
               for c in noun.children)


def as_presupposed(inner, wrapper):
    """The presupposed event: it happened, and a target guessed from the wrapper's sentence is
    dropped (those condemning a strike are named there, not struck by it); the article's
    counterparts decide it later."""
    inner.status = "occurred"
    if "recipient: named in the sentence" in inner.inferred:
        inner.recipient = []
        inner.inferred = [n for n in inner.inferred if n != "recipient: named in the sentence"]
    return inner


def swaps_both_ways(events) -> None:
    """'Russia swapped 150 prisoners with Ukraine', 'Moscow would begin exchanging wounded
    prisoners': a release by exchange is done by both sides (cues swap_words), so its parties
    are the actors and the people swapped are no recipient."""
    words = cues()["swap_words"]
    for ev in events:
        if ev.event != "RETREAT" or (ev.trigger_lemma or "").lower() not in words:
            continue
        parties = union(ev.actor, [r for r in ev.recipient if r.code != "UNK"])
        if len(coded(parties)) >= 2:
            ev.actor, ev.recipient = named_first(parties), []
