"""The quality gate: the coder may only get better on the development dyads.

Floors (overall and per type) are pinned in quality_floors.json next to the SHA-256 of the file
they were measured on; scripts/pin_floors.py re-pins them after an improvement.
"""
import json
from pathlib import Path

import pytest

from communique.evaluation.dyads import evaluate_dyads

from conftest import pinned_gold

FLOORS = json.loads((Path(__file__).parents[1] / "quality_floors.json").read_text())["dyads"]


@pytest.fixture(scope="module")
def scores():
    return evaluate_dyads(pinned_gold(FLOORS))


@pytest.mark.parametrize("metric", ["accuracy", "macro_f1", "quad_accuracy"])
def test_overall_scores_hold_their_floors(scores, metric):
    assert getattr(scores, metric) >= FLOORS[metric], f"{metric} {getattr(scores, metric):.3f} < floor {FLOORS[metric]}"


def test_issue_floor_accuracy_at_least_070(scores):
    assert scores.accuracy >= 0.70


@pytest.mark.parametrize("label", sorted(FLOORS["f1"]))
def test_each_type_holds_its_f1_floor(scores, label):
    assert scores.per_type[label]["f1"] >= FLOORS["f1"][label], (
        f"{label} F1 {scores.per_type[label]['f1']} < floor {FLOORS['f1'][label]}")
