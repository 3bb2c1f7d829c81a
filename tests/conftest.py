"""Shared fixtures: the spaCy pipeline (loaded once) and the ../shared reference data."""
from __future__ import annotations

import hashlib
import os
import sys
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


def pinned_gold(floors: dict) -> Path:
    """The gold file a section of quality_floors.json was measured on, checked by its SHA-256
    (skips when ../shared is absent)."""
    path = shared_file("gold", floors["file"])
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert digest == floors["sha256"], (
        f"{path} changed (sha256 {digest[:12]}...): the floors were measured on another version; "
        "re-measure with scripts/pin_floors.py")
    return path


@pytest.fixture(scope="session")
def nlp():
    from communique.coding import nlp as nlp_stage

    return nlp_stage.load()


@pytest.fixture(scope="session")
def one_worker(tmp_path_factory):
    """The demo corpus analyzed in this process by one worker, in batches of 4:
    (database, snapshot of every table, report). The engine tests compare other engines to it."""
    from communique.engine import run

    sys.path.insert(0, str(ROOT / "tests" / "engine"))
    from corpus_record import BATCH, CORPUS, snapshot

    db = tmp_path_factory.mktemp("one") / "one.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMUNIQUE_BATCH_SIZE", BATCH)
        report = run([str(CORPUS)], str(db), workers=1)
    return db, snapshot(db), report


@pytest.fixture
def code(nlp):
    """Code a text written for a test: (type, actor codes, recipient codes) per event, and the
    status after them when `with_status` is asked."""
    from communique.article import Article
    from communique.coding.coder import code_article

    def run(text: str, published: str | None = None, *, with_status: bool = False):
        article = Article(text=text, origin="test", published=published)
        article.doc = nlp(text)
        return [(e.event, sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}))
                + ((e.status,) if with_status else ()) for e in code_article(article)]
    return run
