"""`watch` takes files as they arrive, a batch per look; `generate` writes a reproducible corpus."""
from __future__ import annotations

import json
import shutil
import time

from communique.engine import synthetic
from communique.engine.watch import line, watch
from communique.ingest import read_inputs
from corpus_record import CORPUS


def test_watch_stores_files_as_they_arrive_with_a_line_per_batch(tmp_path):
    inbox, db = tmp_path / "inbox", str(tmp_path / "watched.duckdb")
    inbox.mkdir()
    demo = sorted(CORPUS.glob("*.html"))
    for page in demo[:2]:
        shutil.copy(page, inbox)
    batches = []

    def on_batch(number, paths, report):
        batches.append((number, len(paths), report))
        if number == 1:                      # more news arrives, and a bad file
            (inbox / "later").mkdir()
            for page in demo[2:4]:
                shutil.copy(page, inbox / "later")
            (inbox / "later" / "empty.txt").write_text("")

    deadline = time.monotonic() + 120
    total = watch(str(inbox), db, workers=1, interval=0.1, on_batch=on_batch,
                  stop=lambda: len(batches) >= 2 or time.monotonic() > deadline)
    assert [(n, files) for n, files, _ in batches] == [(1, 2), (2, 3)]
    assert batches[0][2].articles == 2 and batches[1][2].articles == 2
    assert dict(batches[1][2].skipped) == {"empty": 1}
    assert total.articles == 4 and total.events == sum(r.events for _, _, r in batches)
    text = line(2, ["a", "b", "c"], batches[1][2])
    assert "batch 2: 3 files; 2 articles" in text and "skipped 1 (1 empty)" in text and "\n" not in text
    again = watch(str(inbox), db, workers=1, once=True)      # a restart reads again, codes nothing again
    assert again.already == 4 and again.articles == 0


def test_generate_writes_the_same_varied_corpus_for_the_same_seed(tmp_path):
    synthetic.write(tmp_path / "a", 30, seed=3, per_file=10)
    synthetic.write(tmp_path / "b", 30, seed=3, per_file=10)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    articles = list(read_inputs([str(tmp_path / "a")]))
    assert len({a.id for a in articles}) == 30 and all(a.published and a.url for a in articles)
    names = {c.name for c in synthetic.countries()}
    first = json.loads((tmp_path / "a" / files[0]).read_text().splitlines()[0])
    assert any(name in first["text"] for name in names)
