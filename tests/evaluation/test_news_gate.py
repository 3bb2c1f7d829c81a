"""The quality gate on real news: `extract` may only get better on the development excerpts.

Floors (precision, recall, F1, status and date accuracy, and recall per type with at least 8
gold events) are pinned in quality_floors.json next to the SHA-256 of the file they were
measured on; scripts/pin_floors.py re-pins them after an improvement.
"""
import json
from pathlib import Path

import pytest

from communique.evaluation.news import evaluate_news

from conftest import pinned_gold

FLOORS = json.loads((Path(__file__).parents[1] / "quality_floors.json").read_text())["news"]


@pytest.fixture(scope="module")
def scores():
    return evaluate_news(pinned_gold(FLOORS))


@pytest.mark.parametrize("metric", ["precision", "recall", "f1", "status_accuracy", "date_accuracy"])
def test_overall_figures_hold_their_floors(scores, metric):
    value = scores.figures()[metric]
    assert value >= FLOORS[metric], f"news {metric} {value:.3f} < floor {FLOORS[metric]}"


@pytest.mark.parametrize("event_type", sorted(FLOORS["type_recall"]))
def test_each_frequent_type_holds_its_recall_floor(scores, event_type):
    recall = scores.per_type[event_type]["recall"]
    assert recall >= FLOORS["type_recall"][event_type], f"{event_type} recall {recall} < floor {FLOORS['recall'][event_type]}"
