"""Measure `extract` on a reference reading of one article (the seed's gold.json format): which
reference events it reproduces (type, codes, status) and what it prints beyond them."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..coding.pipeline import extract_records


def _codes(refs: list[dict]) -> set[str]:
    return {r["code"] for r in refs}


def matches(gold: dict, record: dict, *, status: bool = True) -> bool:
    """Does an extracted record reproduce a gold event (type, codes, status)?"""
    if record["event"] != gold["type"]:
        return False
    if status and record["status"] != gold["status"]:
        return False
    actors, recipients = _codes(record["actor"]), _codes(record["recipient"])
    if gold.get("symmetric"):
        return actors | recipients == set(gold["source"])
    return actors == set(gold["source"]) and recipients == set(gold["target"])


@dataclass
class ReadingScores:
    gold: int
    found: int
    extra: int
    matched: list
    missing: list
    extras: list

    def summary(self) -> str:
        return f"reading: {self.found}/{self.gold} reference events reproduced, {self.extra} extra"


def compare_reading(gold: dict, records: list[dict]) -> ReadingScores:
    used, matched, missing = set(), [], []
    for g in gold["events"]:
        hit = next((i for i, r in enumerate(records) if i not in used and matches(g, r)), None)
        if hit is None:
            missing.append(g["key"])
        else:
            used.add(hit)
            matched.append(g["key"])
    extras = [records[i] for i in range(len(records)) if i not in used]
    return ReadingScores(len(gold["events"]), len(matched), len(extras), matched, missing,
                         [f"{r['event']} {sorted(_codes(r['actor']))}->{sorted(_codes(r['recipient']))} "
                          f"{r['status']}: {r['text_info']['trigger']!r}" for r in extras])


def evaluate_reading(article_path: str | Path, gold_path: str | Path) -> ReadingScores:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    records = list(extract_records([str(article_path)]))
    return compare_reading(gold, records)
