"""Shared fixtures: the spaCy pipeline (loaded once) and the ../shared reference data."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COMMUNIQUE_SHARED", ROOT.parent / "shared"))


def shared_file(*parts: str) -> Path:
    """A file from ../shared, or skip the test with a message saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"{path} is absent: this test needs ../shared beside the checkout")
    return path


@pytest.fixture(scope="session")
def nlp():
    from communique.coding import nlp as nlp_stage

    return nlp_stage.load()
