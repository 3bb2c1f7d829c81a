"""The actor knowledge base: load the data files, find actor mentions, resolve noun phrases.

The data lives in `data/actors/` (see its README): countries (names, demonyms, capitals and
seats of government used as metonyms), organizations, people, and generic agent nouns.
`ActorBase.mentions(doc)` finds every known name in a parsed text once; `ActorBase.resolve`
turns the noun phrase around a token into a list of `ActorRef` (several for "Russia and Ukraine").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..article import ActorRef
from . import nlp as nlp_stage
from .lists import conjuncts as _conjuncts, hyphen_joined, made_of
from .lexicon import actor_rows, cues
from .parties import as_members, kept_per_document

# Which kind of name wins when two overlap with the same length.
_RANK = {"person": 0, "org": 1, "country": 2, "seat": 3, "demonym": 4}


@dataclass(frozen=True)
class Entry:
    code: str
    sector: str | None
    name: str | None         # canonical name of a person or organization
    wikidata: str | None
    kind: str                # person | org | country | seat | demonym


_rows = actor_rows


def country_names() -> list[tuple[str, str]]:
    """(ISO3 code, English short name) of every country in the knowledge base."""
    return [(row["code"], row["name"]) for row in _rows("countries.tsv")]


def _is_acronym_of(code: str, name: str) -> bool:
    """'RSF' for 'Rapid Support Forces': the code is the initials of the name's capitalised words."""
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    return len(code) >= 2 and code.isalpha() and code.isupper() and code == initials


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def _plural(word: str) -> str:
    if word.endswith("ese") or word.endswith("ss"):     # "Israeli": "Israelis", as "Iraqis", "Thais"
        return word
    if word.endswith("y") and not word.endswith("ey"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


class ActorBase:
    """Aliases -> entries, matched on token text with spaCy's PhraseMatcher."""

    def __init__(self):
        self.aliases: dict[str, Entry] = {}
        self.agents: dict[str, tuple[str, str]] = {}   # lemma -> (sector, code)
        self.person_titles: set[str] = set()           # agent nouns held by one person
        self.proper_agents: set[str] = set()           # written capitalised: "the West", not "the west"
        self.bodies: set[str] = set()                  # codes of international bodies (sector IGO)
        self.homes: dict[str, str] = {}                # armed group code -> the state it fights in
        self.members: dict[str, tuple[str, ...]] = {}  # grouping code -> the states it stands for
        self._load()
        self._matchers: dict[int, tuple] = {}

    # -- loading -------------------------------------------------------------
    def _add(self, alias: str, entry: Entry) -> None:
        key = alias.strip()
        if len(key) < 2:
            return
        old = self.aliases.get(key)
        if old is None or _RANK[entry.kind] < _RANK[old.kind]:
            self.aliases[key] = entry

    def _load(self) -> None:
        for row in _rows("countries.tsv"):
            code, wd = row["code"], row.get("wikidata") or None
            state = Entry(code, "GOV", None, wd, "country")
            for name in [row["name"], *_split(row.get("aliases"))]:
                self._add(name, state)
            for dem in _split(row.get("demonyms")):
                self._add(dem, Entry(code, None, None, None, "demonym"))
                self._add(_plural(dem), Entry(code, "CVL", None, None, "demonym"))
            for seat in [row.get("capital") or "", *_split(row.get("seats"))]:
                if seat:
                    self._add(seat, Entry(code, "GOV", None, None, "seat"))
        for row in _rows("organizations.tsv"):
            entry = Entry(row["code"], row.get("sector") or None, row["name"],
                          row.get("wikidata") or None, "org")
            for name in [row["name"], *_split(row.get("aliases"))]:
                self._add(name, entry)
            if _is_acronym_of(row["code"], row["name"]):     # "KIA" for the Kachin Independence Army
                self._add(row["code"], entry)
            if entry.sector == "IGO":
                self.bodies.add(entry.code)
            if entry.sector == "REB" and (row.get("country") or "").strip():
                self.homes.setdefault(entry.code, row["country"].strip())
            if _split(row.get("members")):
                self.members[entry.code] = tuple(_split(row.get("members")))
        for row in _rows("people.tsv"):
            entry = Entry(row["country"] or "UNK", row.get("sector") or "GOV", row["name"],
                          row.get("wikidata") or None, "person")
            for name in [row["name"], *_split(row.get("aliases"))]:
                self._add(name, entry)
        for row in _rows("agents.tsv"):
            word = row["word"].strip().lower()
            self.agents[word] = (row.get("sector") or None, row.get("code") or "UNK")
            if row["word"].strip().istitle():
                self.proper_agents.add(word)
            if (row.get("person") or "").strip() == "yes":
                self.person_titles.add(word)

    # -- matching ------------------------------------------------------------
    def _matcher(self, nlp):
        """Two PhraseMatchers per vocab: exact case for short/uppercase aliases, lowercase for the rest."""
        key = id(nlp.vocab)
        if key not in self._matchers:
            from spacy.matcher import PhraseMatcher

            exact = PhraseMatcher(nlp.vocab, attr="ORTH")
            lower = PhraseMatcher(nlp.vocab, attr="LOWER")
            table: dict[int, Entry] = {}
            for i, (alias, entry) in enumerate(self.aliases.items()):
                label = f"communique-actor-{i}"
                table[nlp.vocab.strings.add(label)] = entry
                target = exact if (len(alias) <= 4 or alias.isupper()) else lower
                target.add(label, [nlp.make_doc(alias)])
                if alias.isupper() and alias.isalpha() and len(alias) >= 4:     # "Nato", "Ecowas", "Opec":
                    exact.add(label, [nlp.make_doc(alias.capitalize())])      # British house style
            self._matchers[key] = (exact, lower, table)
        return self._matchers[key]

    def mentions(self, doc) -> dict[int, tuple[int, int, Entry]]:
        """Token index -> (start, end, entry) for the longest known name covering each token."""
        exact, lower, table = self._matcher(nlp_stage.load())
        found = []
        for matcher in (exact, lower):
            for match_id, start, end in matcher(doc):
                entry = table[match_id]
                found.append((end - start, -_RANK[entry.kind], start, end, entry))
        found.sort(key=lambda m: (m[0], m[1]), reverse=True)
        cover: dict[int, tuple[int, int, Entry]] = {}
        for _, _, start, end, entry in found:
            if any(i in cover for i in range(start, end)) or _inside_longer_name(doc, start, end, entry):
                continue
            for i in range(start, end):
                cover[i] = (start, end, entry)
        return cover

    # -- resolving noun phrases ----------------------------------------------
    @kept_per_document
    def resolve(self, token, cover) -> list[ActorRef]:
        """Actors named by the noun phrase headed by `token` (one per conjunct)."""
        refs = []
        for head in _conjuncts(token):
            source = self._source_of(head, cover) or self._joint_modifiers(head, cover)
            if source:                               # "delegations from Russia and Ukraine",
                refs.extend(source)                  # "Ukrainian and Russian delegations"
                continue
            ref = self._resolve_one(head, cover)
            if ref is None or ref.code == "UNK":     # "figures like Rubio and Lavrov"
                refs.extend(self._included(head, cover) or ([ref] if ref else []))
            else:
                refs.append(ref)
        return _dedupe(refs)

    def _source_of(self, head, cover) -> list[ActorRef]:
        """A generic agent noun whose named party is a coordinated of/from object (or "with" names:
        "observers with Ecowas and the African Union"), or the state an "in" phrase names ("the
        regimes in Mali and Niger", "authorities in Kosovo"); a body noun listing its members
        ("a coalition of Hamas and Islamic Jihad", `lists.made_of`)."""
        members = made_of(head, cover)
        if members is not None:
            return self.resolve(members, cover)
        agent = self.agent(head)
        if agent is None or any(t.i in cover for t in head.subtree if t.head.i == head.i and t.dep_ != "prep"):
            return []
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of", "in", "with"):
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                state = obj is not None and child.lower_ == "in" and obj.i in cover and cover[obj.i][2].kind in ("country", "seat")
                named = obj is not None and (child.lower_ != "with" or obj.i in cover)   # "observers with Ecowas and the AU"
                if named and (state or len(_conjuncts(obj)) > 1):
                    refs = self.resolve(obj, cover)
                    return [ActorRef(r.entity_text, r.code, agent[0] or r.sector, r.name, r.identifier_id,
                                     r.start, r.end) for r in refs]
        return []

    def _joint_modifiers(self, head, cover) -> list[ActorRef]:
        """'Ukrainian and Russian delegations', 'US and Ukrainian officials', 'French-German troops':
        a noun modified by conjoined or hyphen-joined names is one party per name, with the
        noun's sector."""
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < head.i and child.i in cover:
                names = hyphen_joined(child, cover) + [child] + [c for c in _conjuncts(child)[1:] if c.i in cover]
                if len(names) < 2:
                    continue
                agent = self.agent(head)
                refs = []
                for name in names:
                    start, end, entry = cover[name.i]
                    sector = (agent[0] if agent else None) or entry.sector or "GOV"
                    span = head.doc[start:end]
                    refs.append(ActorRef(span.text, entry.code, sector, entry.name if entry.kind == "person" else None,
                                         entry.wikidata if entry.kind in ("org", "country", "person") else None,
                                         span.start_char, span.end_char))
                return refs
        return []

    def _included(self, head, cover) -> list[ActorRef]:
        """'Russia's allies, including Iran and Venezuela' -> the included ones; 'rebels, led by
        HTS' -> the leader named."""
        for child in head.children:
            if child.dep_ == "acl" and child.lemma_.lower() in ("lead", "head", "spearhead", "command"):
                by = next((g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if by is not None:
                    return self.resolve(by, cover)
            if child.dep_ == "prep" and child.lower_ in ("including", "like", "such"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return self.resolve(obj, cover)
                    if obj.dep_ == "amod" and obj.lower_ == "as":
                        return [r for o in obj.children if o.dep_ == "pobj" for r in self.resolve(o, cover)]
        return []

    def _resolve_one(self, head, cover) -> ActorRef | None:
        tokens = _core_tokens(head)
        lemma = head.lemma_.lower()
        relational = lemma in cues()["relational_nouns"]
        if relational:
            tokens = [t for t in tokens if t.i >= head.i or t.dep_ != "poss" and t.head.dep_ != "poss"]
            included = self._included(head, cover)
            if included:
                return None
        hits = [h for h in _hits(tokens, cover) if not _backer(head.doc, h)]
        agent = self.agent(head)
        if not hits and agent is not None and (body := _affiliation(head, cover)):
            tokens += body         # "observers with the African Union", "an official with the State Department"
            hits = [h for h in _hits(tokens, cover) if not _backer(head.doc, h)]
        text, start, end = nlp_stage.span_chars(head.doc, min(t.i for t in tokens), max(t.i for t in tokens) + 1)
        if not hits:
            if agent is None and head.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
                return None
            sector, code = agent or (None, "UNK")
            name = _person_name(tokens) if head.ent_type_ == "PERSON" or agent else None
            return ActorRef(text, code if not relational else "UNK", sector, name, None, start, end)
        best = min(hits, key=lambda h: (h[2].kind != "person", _serves_at(head, h[2], hits, self.bodies),
                                        abs(h[0] - head.i)))
        entry = best[2]
        if relational:
            return ActorRef(text, "UNK", agent[0] if agent else None, None, None, start, end)
        person = entry if entry.kind == "person" else next((h[2] for h in hits if h[2].kind == "person"), None)
        code = (person or entry).code
        sector = (agent[0] if agent else None) or (person.sector if person else None) or entry.sector
        if entry.kind == "demonym" and agent is None and person is None and head.pos_ != "PROPN":
            sector = sector or "CVL"
        name = person.name if person else (_person_name(tokens) if entry.kind != "person" else entry.name)
        wikidata = person.wikidata if person else (entry.wikidata if entry.kind in ("org", "country") else None)
        return ActorRef(text, code, sector or "GOV", name, wikidata, start, end)

    def collective(self, head) -> bool:
        """'other countries', 'the West': an unnamed number of states (`collective_parties`)."""
        word = self._agent_word(head)
        return word in cues()["collective_parties"] and not _pointing_back(head)

    @nlp_stage.per_token
    def agent(self, head):
        """Sector and code of a generic agent noun ('delegation', 'troops', 'security experts');
        None for 'these countries', 'their nations': states named before."""
        word = self._agent_word(head)
        return None if word is None or word in cues()["collective_parties"] and _pointing_back(head) else self.agents[word]

    def _agent_word(self, head) -> str | None:
        compound = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
        words = [f"{w} {head.lemma_.lower()}" for w in (compound[-1].lemma_.lower(), compound[-1].lower_)] if compound else []
        return next((w for w in [*words, head.lemma_.lower(), head.lower_] if w in self.agents
                     and (w not in self.proper_agents or head.text[:1].isupper())), None)


def _pointing_back(head) -> bool:
    """A plural agent noun with a definite determiner or a possessor ('these countries')."""
    return head.tag_ == "NNS" and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                      for c in head.children)


def _serves_at(head, entry: Entry, hits, bodies: set) -> bool:
    """'Russia's UN ambassador', 'Iran's envoy to the IAEA': an envoy of a state to a body acts
    for the state; the body is where it serves (True ranks it after the state)."""
    return head.lemma_.lower() in cues()["envoy_nouns"] and entry.code in bodies and any(
        h[2].kind in ("country", "seat", "demonym") for h in hits)


def _inside_longer_name(doc, start: int, end: int, entry: Entry) -> bool:
    """An organisation's name that is only the tail of a longer name ("National Liberation
    Army" inside "Ta'ang National Liberation Army") names another body; one after a possessor
    the entity took in ("Sudan’s Rapid Support Forces") is itself."""
    if entry.kind != "org":
        return False
    first = doc[start]
    if not first.ent_type_ or first.ent_iob_ == "B":
        return False
    before = doc[start - 1] if start else None
    return before is not None and before.ent_type_ == first.ent_type_ and before.lower_ != "the" and not before.is_punct \
        and before.tag_ != "POS"      # "Sudan’s Rapid Support Forces": a possessor, not a longer name


_CUT = {"conj", "cc", "relcl", "acl", "advcl", "punct", "appos", "prep"}
_KEEP_PREP = {"of", "from"}


def _affiliation(head, cover) -> list:
    """The body a generic agent noun works for, named in a "with" phrase on the noun itself
    (news usage: "an official with the State Department"): only when the phrase's own head is a
    name, so "protesters with Ukrainian flags" or "troops with tanks" name no one."""
    return [t for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj" and g.i in cover for t in g.subtree]


def _core_tokens(head):
    """The noun phrase's tokens without conjuncts, clauses and most prepositional phrases."""
    out = [head]
    for child in head.children:
        if child.dep_ in _CUT and not (child.dep_ == "prep" and child.lower_ in _KEEP_PREP):
            if child.dep_ == "appos":
                out.extend(_core_tokens(child))
            continue
        out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def _hits(tokens, cover):
    seen, hits = set(), []
    for t in tokens:
        if t.i in cover and cover[t.i][:2] not in seen:
            seen.add(cover[t.i][:2])
            hits.append(cover[t.i])
    return hits


def _backer(doc, hit) -> bool:
    """'Iran-backed group', 'pro-Iran militias': the name says who backs the phrase's head,
    not who it is (the words after the hyphen are `proxy_modifiers` in cues.yaml); nor is it
    who the head is when the head stands against it ('anti-American protesters')."""
    start, end, _ = hit
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ in cues()["proxy_modifiers"]:
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti")


def _person_name(tokens) -> str | None:
    names = [t for t in tokens if t.ent_type_ == "PERSON"]
    if not names:
        return None
    return " ".join(t.text for t in names).replace(" 's", "").removesuffix(" '")


def _dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    first = {}
    for r in refs:
        first.setdefault((r.code, r.start), r)
    return list(first.values())


@lru_cache(maxsize=1)
def base() -> ActorBase:
    return ActorBase()


def as_member_states(events) -> None:
    """A grouping that is a name for a few states ("the E3") as those states, in every event's
    parties (organizations.tsv `members`)."""
    members = base().members
    for ev in events:
        ev.actor = as_members(ev.actor, members)
        mine, given = {a.code for a in ev.actor}, {id(r) for r in ev.recipient}   # "formed their confederation,
        ev.recipient = [r for r in as_members(ev.recipient, members) if id(r) in given or r.code not in mine]  # the AES"


@lru_cache(maxsize=1)
def seat_capitals() -> dict[str, str]:
    """Lowercase seat of government -> its country's capital ("white house" -> "Washington",
    "kremlin" -> "Moscow"), from countries.tsv: where such a seat is named as a place, the
    place is the capital."""
    out = {}
    for row in _rows("countries.tsv"):
        capital = (row.get("capital") or "").strip()
        for seat in _split(row.get("seats")):
            if capital and seat.lower() != capital.lower():
                out.setdefault(seat.lower().removeprefix("the "), capital)
    return out
