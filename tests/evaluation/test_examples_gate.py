"""A quality gate that needs nothing outside the repository: `classify`, in the manual's
conventions, on the project's own written example dyads (src/communique/coding/data/examples).
Floors are in quality_floors.json ("examples"), re-pinned by scripts/pin_floors.py."""
import json
from pathlib import Path

import pytest

from communique.evaluation.dyads import evaluate_dyads

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "communique" / "coding" / "data" / "examples"
FLOORS = json.loads((Path(__file__).parents[1] / "quality_floors.json").read_text())["examples"]


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    joined = tmp_path_factory.mktemp("ex") / "examples.jsonl"
    joined.write_text("".join(f.read_text() for f in sorted(EXAMPLES.glob("*.jsonl"))))
    return evaluate_dyads(joined, legacy=False)


def test_written_examples_cover_every_root(scores):
    assert scores.n >= 1400 and len(scores.per_type) == 15


@pytest.mark.parametrize("metric", ["accuracy", "macro_f1", "quad_accuracy"])
def test_written_examples_hold_their_floors(scores, metric):
    assert getattr(scores, metric) >= FLOORS[metric], f"{metric} {getattr(scores, metric):.3f} < floor {FLOORS[metric]}"
