"""Shared by the engine tests: the demo corpus coded by one worker."""
from __future__ import annotations

import pytest

from corpus_record import BATCH, CORPUS, snapshot


@pytest.fixture(scope="session")
def one_worker(tmp_path_factory):
    """The demo corpus analyzed in this process, one worker: (database, snapshot, report)."""
    from communique.engine import run

    db = tmp_path_factory.mktemp("one") / "one.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COMMUNIQUE_BATCH_SIZE", BATCH)
        report = run([str(CORPUS)], str(db), workers=1)
    return db, snapshot(db), report
