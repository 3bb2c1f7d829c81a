"""Measure `classify` on a labelled dyads JSONL file (fields text, source, target, label, quad).

`communique eval` calls `evaluate_dyads`; the quality-gate test calls it too and compares the
figures with the floors pinned in tests/quality_floors.json.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..coding import lexicon
from ..coding.classify import Dyad, classify
from ..errors import InputError


@dataclass
class DyadScores:
    n: int = 0
    accuracy: float = 0.0
    macro_f1: float = 0.0
    quad_accuracy: float = 0.0
    per_type: dict = field(default_factory=dict)   # type -> {precision, recall, f1, support}
    unclassified: int = 0

    def summary(self) -> str:
        return (f"dyads: n={self.n} accuracy={self.accuracy:.3f} macro_f1={self.macro_f1:.3f} "
                f"quad_accuracy={self.quad_accuracy:.3f} unclassified={self.unclassified}")


def load_gold_dyads(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file", "pass the path of a labelled dyads JSONL file")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                raise InputError(f"{path}:{n}", "not valid JSON", "fix or remove the line") from None
    return rows


def score_labels(gold: list[str], pred: list[str | None], gold_quads: list[int], pred_quads: list) -> DyadScores:
    labels = sorted(set(gold))
    s = DyadScores(n=len(gold))
    s.accuracy = sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)
    s.quad_accuracy = sum(g == p for g, p in zip(gold_quads, pred_quads)) / max(len(gold), 1)
    s.unclassified = sum(p is None for p in pred)
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        if g == p:
            tp[g] += 1
        else:
            fn[g] += 1
            if p is not None:
                fp[p] += 1
    f1s = []
    for lab in labels:
        prec = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        rec = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s.append(f1)
        s.per_type[lab] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
                           "support": tp[lab] + fn[lab]}
    s.macro_f1 = sum(f1s) / max(len(f1s), 1)
    return s


def _quad_of(label: str) -> int | None:
    return lexicon.quad("RETREAT" if label == "YIELD" else label)


def evaluate_dyads(path: str | Path, *, legacy: bool = True) -> DyadScores:
    """Score `classify` on a labelled JSONL file (fields text, source, target, label, quad).
    `legacy=False` scores against the manual's conventions (the project's written examples)."""
    rows = load_gold_dyads(path)
    dyads = [Dyad(str(r.get("id", i)), r["text"], r["source"], r["target"]) for i, r in enumerate(rows)]
    results = list(classify(dyads, roots=True, legacy=legacy))
    return score_labels([r["label"] for r in rows], [o["event"] for o in results],
                        [r.get("quad") or _quad_of(r["label"]) for r in rows], [o["quad_code"] for o in results])
