"""A small learned layer over the rules, trained only on the project's own written examples.

The rules (trigger lexicon, wrappers, dependency paths) propose; a logistic regression over
sparse features (the rule's proposal and status, the lemmas on the dependency path between
source and target, the sentence's content lemmas) decides. Training data: the JSONL files in
`data/examples/`, written for this project. Nothing from ../shared is read.

The fitted model is cached under the user cache folder (COMMUNIQUE_CACHE, default
~/.cache/communique), keyed by a hash of the example files and of the lexicon, so a change to
either retrains it (about 15 s on one core).
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from functools import lru_cache
from importlib import resources
from pathlib import Path

from . import lexicon, modality
from .nlp import sentence_of

_CONTENT = {"VERB", "NOUN", "ADJ", "ADP", "PART", "ADV"}


def _data_files() -> list:
    root = resources.files("communique") / "data"
    files = sorted((root / "examples").iterdir(), key=lambda p: p.name)
    return [f for f in files if f.name.endswith(".jsonl")] + [root / "triggers.tsv", root / "cues.yaml"]


def _fingerprint() -> str:
    h = hashlib.sha256()
    for f in _data_files():
        h.update(f.name.encode())
        h.update(f.read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


def features(doc, src, tgt, cands, chosen, path) -> dict:
    """Sparse features of one dyad."""
    from .classify import legacy_label

    f: dict[str, float] = {}
    if chosen is not None:
        status = modality.status(chosen.token, sentence_text=sentence_of(src.root).text)
        f[f"rule={chosen.type}"] = 1.0
        f[f"rule_collapsed={lexicon.root(legacy_label(chosen, status, tgt))}"] = 2.0
        f[f"rule_status={status}"] = 1.0
        f[f"trig={chosen.token.lemma_.lower()}"] = 1.0
        for tok, trig in chosen.embedded:
            f[f"inner={trig.type}"] = 1.0
    for m in cands:
        f[f"any={m.type}"] = f.get(f"any={m.type}", 0.0) + 0.5
    inside = set(range(src.start, src.end)) | set(range(tgt.start, tgt.end))
    for t in path:
        if t.i not in inside:
            f[f"path={t.lemma_.lower()}"] = 1.0
    lo, hi = sorted((src.end, tgt.start)) if src.start < tgt.start else sorted((tgt.end, src.start))
    for t in doc[lo:hi]:
        if t.pos_ in _CONTENT:
            f[f"between={t.lemma_.lower()}"] = 1.0
    for t in sentence_of(src.root):
        if t.pos_ in ("VERB", "NOUN", "ADJ") and t.i not in inside:
            f[f"w={t.lemma_.lower()}"] = 0.5
    f["order=src_first"] = 1.0 if src.start < tgt.start else 0.0
    return f


def _examples() -> list[dict]:
    rows = []
    for f in _data_files():
        if f.name.endswith(".jsonl"):
            rows += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def _cache_path() -> Path:
    root = Path(os.environ.get("COMMUNIQUE_CACHE", Path.home() / ".cache" / "communique"))
    return root / f"dyad-model-{_fingerprint()}.pkl"


def train():
    """Fit the model on the written examples; returns (vectorizer, classifier)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from .classify import Dyad, dyad_features
    from . import nlp as nlp_stage

    rows = _examples()
    dyads = [Dyad(str(i), r["text"], r["source"], r["target"]) for i, r in enumerate(rows)]
    nlp = nlp_stage.load()
    X, y = [], []
    for doc, (dyad, row) in nlp.pipe(((d.text, (d, r)) for d, r in zip(dyads, rows)), as_tuples=True, batch_size=256):
        feats = dyad_features(doc, dyad)
        if feats is not None:
            X.append(feats)
            y.append(row["label"])
    vec = DictVectorizer()
    clf = LogisticRegression(C=2.0, max_iter=2000)
    clf.fit(vec.fit_transform(X), y)
    return vec, clf


@lru_cache(maxsize=1)
def load():
    path = _cache_path()
    if path.is_file():
        with path.open("rb") as fh:
            return pickle.load(fh)
    fitted = train()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(fitted, fh)
    tmp.replace(path)
    return fitted


def predict(feats: dict) -> tuple[str, float]:
    vec, clf = load()
    probs = clf.predict_proba(vec.transform([feats]))[0]
    best = probs.argmax()
    return str(clf.classes_[best]), float(probs[best])
