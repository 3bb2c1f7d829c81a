"""A synthetic corpus of any size, for benchmarks: articles written from the project's own
sentence templates (`data/templates.yaml`) and the actor knowledge base (countries, capitals,
demonyms, people, organizations in `coding/data/actors/`).

    communique generate out/synthetic --articles 100000        # JSONL shards of 1,000 articles

The same seed gives the same corpus. Every article is different (its parties, people, places,
dates and sentences are drawn at random), so none is skipped as already stored. The text reads
like wire copy but is not news: it measures speed and memory, not coding accuracy.
"""
from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

import yaml

FORMATS = ("jsonl", "txt", "html")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORGS = ("the United Nations", "NATO", "the European Union", "the African Union", "the Arab League")
FIRST_DAY = date(2022, 1, 1)


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str
    capital: str
    people: tuple[str, ...]


@lru_cache(maxsize=1)
def templates() -> dict:
    with (resources.files("communique.engine") / "data" / "templates.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _actors_table(name: str) -> list[dict]:
    path = resources.files("communique.coding") / "data" / "actors" / name
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """States with a capital and a demonym, each with the people the knowledge base has for it."""
    people: dict[str, list[str]] = {}
    for row in _actors_table("people.tsv"):
        if row["sector"] == "GOV":
            people.setdefault(row["country"], []).append(row["name"])
    out = []
    for row in _actors_table("countries.tsv"):
        demonym, capital = row["demonyms"].split("|")[0], row["capital"].split("|")[0]
        if demonym and capital and " " not in row["name"]:
            out.append(Country(row["name"], demonym, capital, tuple(people.get(row["code"], ()))))
    return tuple(out)


def article(n: int, rng: random.Random) -> dict:
    """One article: {"title", "url", "published", "text"}."""
    a, b, third = rng.sample(countries(), 3)
    published = FIRST_DAY + timedelta(days=rng.randrange(4 * 365))
    slots = {"a": a.name, "b": b.name, "a_adj": a.demonym, "city_a": a.capital, "city_b": b.capital,
             "venue": third.capital, "org": rng.choice(ORGS), "n": rng.randrange(2, 500),
             "person_a": _person(a, rng), "person_b": _person(b, rng),
             "day": WEEKDAYS[(published - timedelta(days=rng.randrange(1, 4))).weekday()],
             "date": (published + timedelta(days=rng.randrange(3, 40))).strftime("%B %-d")}
    t = templates()
    body = rng.sample(t["body"], rng.randrange(2, 6)) + rng.sample(t["filler"], rng.randrange(0, 2))
    rng.shuffle(body)
    sentences = [_capital(s.format(**slots)) for s in [rng.choice(t["leads"])] + body]
    paragraphs = [f"{a.capital.upper()}, {published:%b} {published.day} — " + sentences[0]]
    paragraphs += [" ".join(sentences[i:i + 2]) for i in range(1, len(sentences), 2)]
    return {"title": _capital(rng.choice(t["headlines"]).format(**slots)), "url": f"https://synthetic.invalid/{n:09d}",
            "published": published.isoformat(), "text": "\n\n".join(paragraphs)}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _person(country: Country, rng: random.Random) -> str:
    if country.people and rng.random() < 0.7:
        return rng.choice(country.people)
    return f"the foreign minister of {country.name}"


def articles(count: int, seed: int = 1) -> Iterator[dict]:
    rng = random.Random(seed)
    for n in range(count):
        yield article(n, rng)


def write(out: str | Path, count: int, *, seed: int = 1, per_file: int = 1000, format: str = "jsonl") -> int:
    """Write `count` articles under the folder `out`: JSONL shards of `per_file` articles, or one
    .txt / .html file per article. Returns the number of files written."""
    if format not in FORMATS:
        raise ValueError(f"format {format!r}: use one of {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files = 0
    shard = None
    for n, art in enumerate(articles(count, seed)):
        if format != "jsonl":
            (out / f"{n:09d}.{format}").write_text(_page(art, format), encoding="utf-8")
            files += 1
            continue
        if n % per_file == 0:
            if shard:
                shard.close()
            shard = (out / f"part-{n // per_file:05d}.jsonl").open("w", encoding="utf-8")
            files += 1
        shard.write(json.dumps(art, ensure_ascii=False) + "\n")
    if shard:
        shard.close()
    return files


def _page(art: dict, format: str) -> str:
    if format == "txt":
        return f"{art['title']}\n\nPublished: {art['published']}\n\n{art['text']}\n"
    paras = "".join(f"<p>{p}</p>\n" for p in art["text"].split("\n\n"))
    return (f"<html><head><title>{art['title']}</title><meta property=\"article:published_time\" "
            f"content=\"{art['published']}\"><link rel=\"canonical\" href=\"{art['url']}\"></head>\n"
            f"<body><nav><a href=\"/\">Home</a></nav><article><h1>{art['title']}</h1>\n{paras}</article></body></html>\n")
