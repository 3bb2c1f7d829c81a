"""Loaders for the coder's data files: triggers.tsv, plover.yaml, cues.yaml.

All heuristics live in those files; this module only reads and indexes them.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

import yaml


def _data(name: str):
    return resources.files("communique.coding") / "data" / name


def actor_rows(filename: str):
    """The rows of one table of the actor knowledge base (data/actors/), as dicts."""
    with (_data("actors") / filename).open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t")


@lru_cache(maxsize=1)
def shouted_names() -> frozenset[str]:
    """The knowledge base's names written in capitals ("ECOWAS", "NATO", "RSF", "IAEA"): the
    small English pipelines take such a word at a sentence's start for a verb ("ECOWAS imposed
    sanctions" parsed with ECOWAS as the root); `nlp.load` gives them a name's look."""
    out = set()
    for table, columns in (("countries.tsv", ("name", "aliases")), ("organizations.tsv", ("code", "name", "aliases"))):
        for row in actor_rows(table):
            for cell in columns:
                out.update(w for w in (row.get(cell) or "").split("|")
                           if w.isalpha() and w.isupper() and len(w) >= 3)
    return frozenset(out)


@dataclass(frozen=True)
class Trigger:
    lemma: str            # one lemma, or "call for" (head lemma + particle/preposition)
    pos: str              # V, N, A
    type: str
    mode: str | None
    cameo: str
    requires: tuple[tuple[str, frozenset[str]], ...]   # (("obj", {...}), ("prep", {...}))

    @property
    def head(self) -> str:
        """The word looked up: the last word of a noun phrase ("air strike"), else the first ("call for")."""
        parts = self.lemma.split(" ")
        return parts[-1] if self.pos == "N" else parts[0]

    @property
    def particle(self) -> str | None:
        parts = self.lemma.split(" ")
        return " ".join(parts[:-1] if self.pos == "N" else parts[1:]) or None

    @cached_property
    def specificity(self) -> tuple:
        """Sort key, most specific row first: a particle, more constraints, then the narrowest
        word lists (a "not..." constraint only rules a row out; it makes no row more specific)."""
        return (self.particle is None, -sum(not k.startswith("not") for k, _ in self.requires),
                sum(len(v) for k, v in self.requires if not k.startswith("not")))


def _requires(cell: str) -> tuple:
    out = []
    for part in (cell or "").split(";"):
        if "=" in part:
            key, values = part.split("=", 1)
            out.append((key.strip(), frozenset(v.strip().lower() for v in values.split("|") if v.strip())))
    return tuple(out)


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """(head lemma, pos) -> candidate triggers, most specific first."""
    index: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    with _data("triggers.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if not row.get("lemma") or row["lemma"].startswith("#"):
                continue
            trig = Trigger(row["lemma"].strip().lower(), row["pos"].strip().upper(), row["type"].strip(),
                           (row.get("mode") or "").strip() or None, (row.get("cameo") or "").strip(),
                           _requires(row.get("requires") or ""))
            index[(trig.head, trig.pos)].append(trig)
    for cands in index.values():
        cands.sort(key=lambda t: (-(t.particle is not None), -len(t.requires)))
    return dict(index)


@lru_cache(maxsize=1)
def plover() -> dict:
    with _data("plover.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def cues() -> dict:
    """cues.yaml, with lists turned into sets for membership tests."""
    with _data("cues.yaml").open(encoding="utf-8") as fh:
        raw = load_unique(fh, "cues.yaml")
    return _setify(raw)


def load_unique(stream, name: str):
    """YAML whose mappings may not give one key twice: plain YAML keeps the last silently, so a
    word list added under a name already in use would replace the other (and its rule would
    quietly read the wrong words)."""
    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"{name}: key {key!r} is given twice (lines {seen[key] + 1} and "
                                 f"{key_node.start_mark.line + 1}); rename one of them")
            seen[key] = key_node.start_mark.line
        return loader.construct_mapping(node, deep=deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return yaml.load(stream, Loader=Loader)


def _setify(value):
    if isinstance(value, dict):
        return {k: _setify(v) for k, v in value.items()}
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(value) if not any(" " in v for v in value) else tuple(value)
    return value


def quad(event_type: str) -> int | None:
    info = plover()["types"].get(event_type)
    return info["quad"] if info else None


def _coded_value(event_type: str, mode: str | None, key: str):
    """`key` (cameo, goldstein) of the type's mode when it has one, else of the type."""
    info = plover()["types"].get(event_type)
    if not info:
        return None
    modes = info.get("modes") or {}
    if mode and key in modes.get(mode, {}):
        return modes[mode][key]
    return info[key]


def cameo(event_type: str, mode: str | None = None) -> str | None:
    value = _coded_value(event_type, mode, "cameo")
    return None if value is None else str(value)


def goldstein(event_type: str, mode: str | None = None) -> float | None:
    value = _coded_value(event_type, mode, "goldstein")
    return None if value is None else float(value)


def root(event_type: str) -> str:
    """The 15-root label of older data sets (CONCEDE and RETREAT become YIELD)."""
    return (plover().get("roots") or {}).get(event_type, event_type)
