"""Unnamed agents: 'the ministry', 'the senior official', 'its air force' stand for a party the
article has named.

A definite agent noun for a body (not a person: "the commander" may be either side's) that names no party of its own ("The ministry urged Pyongyang ...") is
the same agent the article named last with that noun ("South Korea's defence ministry noted
..."); inside a quotation with no such antecedent, it is the quoted speaker's ("'The armed
forces will respond,' said an Iranian spokesman"). An agent noun owned by a pronoun ("its air
force", "their troops") belongs to the pronoun's antecedent. A domestic agent with no such
antecedent ("the opposition", "the authorities", `domestic_agents` in `data/cues.yaml`) belongs to
the state named last, as the coders' convention gives opposition and police their country's code. Agent nouns are those of
`data/actors/agents.tsv`; the look-back window is the discourse's (`pronoun_window`).

A person named again by surname alone ("Kahariri pledged ...") is the person the article
introduced with the full name and an office that gave the party ("Kenya's defence chief
Charles Kahariri"): `same_person`.
"""
from __future__ import annotations

from functools import lru_cache

from ..article import ActorRef
from .actors import base as actor_base
from .columns import lowered
from .lexicon import cues

_DEFINITE = {"the", "this", "that", "these", "those"}


def _agent_lemma(noun) -> str | None:
    kb = actor_base()
    compound = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1]
    if compound and f"{compound[0].lemma_.lower()} {noun.lemma_.lower()}" in kb.agents:
        return noun.lemma_.lower()
    return noun.lemma_.lower() if noun.lemma_.lower() in kb.agents else None


def _as_agent(refs, noun) -> list[ActorRef]:
    """The antecedent's parties, spoken of with the agent noun's own words and sector."""
    sector = actor_base().agents.get(noun.lemma_.lower(), (None, None))[0]
    span = noun.doc[noun.left_edge.i: noun.i + 1]
    return [ActorRef(span.text, r.code, sector or r.sector, r.name, r.identifier_id, span.start_char, span.end_char)
            for r in refs if r.code != "UNK"]


def antecedent(noun, discourse) -> list[ActorRef]:
    """The parties an unnamed agent noun stands for, or [] when the text does not say."""
    if discourse is not None and noun.pos_ == "PROPN":
        return same_person(noun, discourse)
    if discourse is None or noun.pos_ != "NOUN":
        return []
    home = _capital_of(noun, discourse)
    if home:                                                    # "residents of the capital"
        return _as_agent(home, noun)
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    body = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 and not any(
        d.dep_ in ("det", "poss") for d in noun.children) and c.lemma_.lower() in cues()["state_nouns"]), None)
    if owner is None and body is not None and actor_base().agent(noun) is not None:
        return _as_agent(discourse.state_of(body), noun)        # "army officers": the army's, "the army"
    if owner is not None:                                       # "its air force"
        return _as_agent(discourse.antecedent(owner), noun) if _agent_lemma(noun) else []
    lemma = _agent_lemma(noun)
    word = lemma or noun.lemma_.lower()
    if (lemma is None and word not in cues()["body_nouns"]) or lemma in actor_base().person_titles or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return []                    # "the commander" may be either side's: persons go by "he"
    here = discourse.sent_index(noun.i)
    window = int(cues()["pronoun_window"])
    doc = noun.doc
    for ref in sorted(discourse.referents, key=lambda r: -r.i):
        if ref.i >= noun.i or ref.sent < here - window:
            continue
        root = doc[ref.i]
        if word in lowered(doc)[root.left_edge.i: root.i + 1]:
            return _as_agent(ref.refs, noun)
    body = _last_body(noun, word, discourse, here - window)
    if body or lemma is None:                                   # "the group", "the militants", "the bloc"
        return _as_agent(body, noun)
    quote = discourse.quote_at(noun.idx)
    if quote and discourse.speaker(quote):
        return _as_agent(discourse.speaker(quote), noun)
    if lemma in cues()["domestic_agents"]:        # "the opposition", "the authorities": the country
        return _as_agent(_last_country(noun, discourse, here - window), noun)
    return []


def _last_body(noun, word: str, discourse, earliest: int) -> list[ActorRef]:
    """'Al-Shabaab stormed a hotel ... the group', 'the militants', 'the bloc': a noun for a body
    of a kind (`body_nouns`: the sectors it may stand for) is the last such body named in the
    window. A body introduced by whom it is made of is those ("a coalition of Hamas and Islamic
    Jihad ... the coalition"), or no one named ("a group of students ... the group"); the noun
    followed by its own members names none ("the group of officers")."""
    sectors = set(cues()["body_nouns"].get(word) or ())
    if not sectors or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    doc, kinds = noun.doc, _org_sectors()
    lemma, lemmas = noun.lemma_.lower(), lowered(noun.doc)      # the same noun earlier, read backwards
    intro = next((t for t in (doc[i] for i in range(noun.i - 1, -1, -1) if lemmas[i] == lemma) if any(
        c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "prep" and c.lower_ == "of" for c in t.children)), None)
    members = [r for r in actor_base().resolve(intro, discourse.cover) if r.code != "UNK"] \
        if intro is not None and any(g.dep_ == "prep" and g.lower_ == "of" for g in intro.children) else []
    for ref in sorted(discourse.referents, key=lambda r: -r.i):
        if ref.i >= noun.i or ref.sent < earliest:
            continue
        if intro is not None and ref.i <= intro.right_edge.i:    # its own members: all of them
            break
        if all(kinds.get(r.code, set()) & sectors for r in ref.refs):
            return list(ref.refs)
    return members if intro is not None and discourse.sent_index(intro.i) >= earliest else []


@lru_cache(maxsize=1)
def _org_sectors() -> dict[str, set[str]]:
    """The sectors an organisation's code is listed with (REB, IGO, ...)."""
    out: dict[str, set[str]] = {}
    for entry in actor_base().aliases.values():
        if entry.kind == "org" and entry.sector:
            out.setdefault(entry.code, set()).add(entry.sector)
    return out


def _last_country(noun, discourse, earliest: int) -> list[ActorRef]:
    """The state named last before `noun`'s sentence (within the window), as the home of a domestic
    agent (a state named in the same sentence is as likely the other side)."""
    for ref in sorted(discourse.referents, key=lambda r: -r.i):
        if ref.sent < discourse.sent_index(noun.i) and ref.sent >= earliest and ref.i in discourse.cover \
                and discourse.cover[ref.i][2].kind in ("country", "seat", "demonym") and len(ref.refs) == 1:
            return list(ref.refs)
    return []


def _capital_of(noun, discourse) -> list[ActorRef]:
    """'Residents of the capital', 'protesters in the capital': people of the state whose capital
    or seat the article named last before (`capital_nouns`), as a reader takes "the capital"."""
    if actor_base().agent(noun) is None:
        return []
    place = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                  for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in cues()["capital_nouns"]
                  and any(c.dep_ == "det" and c.lower_ == "the" for c in g.children)), None)
    if place is None:
        return []
    for ref in sorted(discourse.referents, key=lambda r: -r.i):
        if ref.i < place.i and ref.i in discourse.cover and discourse.cover[ref.i][2].kind == "seat" and len(ref.refs) == 1:
            return list(ref.refs)
    return []


def same_person(name, discourse) -> list[ActorRef]:
    """'Chile's foreign minister Alberto van Klaveren met ... Van Klaveren later said': a bare
    proper name the knowledge base does not know (the tagger may take it for a body), the last
    word of a longer name the article gave before with an office or nationality, is that
    person, with the party the longer phrase named. [] when the earlier name names no party."""
    if name.i in discourse.cover or any(c.dep_ in ("det", "amod") or c.dep_ == "compound"
                                                  and c.pos_ != "PROPN" for c in name.children):
        return []
    for i in reversed(_proper_words(name.doc).get(name.text, ())):
        if i >= name.i:
            continue
        first = name.doc[i]
        if i in discourse.cover and discourse.cover[i][2].kind != "person" or not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == i - 1
                                           for c in first.children):
            continue
        kb = actor_base()
        found = [r for r in kb.resolve(first, discourse.cover) if r.code != "UNK"]
        if not found and first.dep_ == "appos":         # "Kenya's defence chief Charles Kahariri"
            found = [r for r in kb.resolve(first.head, discourse.cover) if r.code != "UNK"]
        if len(found) == 1:
            r = found[0]
            return [ActorRef(name.text, r.code, r.sector, r.name, r.identifier_id, name.idx, name.idx + len(name.text))]
        return []
    return []


def _proper_words(doc) -> dict[str, list[int]]:
    """Proper-noun text -> its token indices, built once per document."""
    index = doc.user_data.get("communique.proper_words")
    if index is None:
        index = {}
        for tok in doc:
            if tok.pos_ == "PROPN":
                index.setdefault(tok.text, []).append(tok.i)
        doc.user_data["communique.proper_words"] = index
    return index
