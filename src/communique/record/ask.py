"""`ask`: answer a question from the record, citing the sentences that support the answer.

No language model: the question is matched to an intent with the cue words in `data/ask.yaml`
(who leads a delegation, is there a deadline, is a party excluded, what was promised, when did
parties meet), answered from the rounds, commitments and events tables, and backed by stored
sentences. Any other question gets the best-matching sentences by word overlap (IDF-weighted).
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from ..coding import nlp
from ..coding.actors import base as actor_base
from .store import connect


@dataclass
class Answer:
    question: str
    answer: str
    intent: str
    supports: list[dict] = field(default_factory=list)   # {sentence, article_id, url, title}
    record: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=1)
def cues() -> dict:
    with (resources.files("communique.record") / "data" / "ask.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _words(text: str) -> list[str]:
    stop = set(cues()["stopwords"])
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop and len(w) > 1]


def intent_of(question: str) -> str:
    q = question.lower()
    words = set(re.findall(r"[a-z]+", q))
    for name, cue_words in cues()["intents"].items():
        if any((w in words) if " " not in w else (w in q) for w in cue_words):
            if name == "delegation_head" and "delegation" not in q and "team" not in q:
                continue
            return name
    return "search"


def _codes_in(question: str) -> list[str]:
    doc = nlp.load()(question)
    cover = actor_base().mentions(doc)
    return list(dict.fromkeys(cover[i][2].code for i in sorted(cover)))


def _sentences(con) -> list[tuple]:
    return con.execute(
        "SELECT s.text, s.article_id, a.url, a.title FROM sentences s JOIN articles a ON a.id = s.article_id "
        "WHERE NOT regexp_matches(s.text, '^(Q:|Question:)') ORDER BY s.article_id, s.start_char").fetchall()


def _rank(question: str, rows: list[tuple], must: list[str] | None = None, k: int = 3) -> list[dict]:
    """Rows ranked by IDF-weighted overlap with the question; `must` words (stems) filter first."""
    q = Counter(_words(question))
    docs = [set(_words(r[0])) for r in rows]
    n = len(rows) or 1
    df = Counter(w for d in docs for w in d)
    scored = []
    for row, words in zip(rows, docs):
        text = row[0].lower()
        if must and not any(m in text for m in must):
            continue
        score = sum(math.log(1 + n / max(df[w], 1)) for w in q
                    if w in words or len(w) > 5 and any(x.startswith(w[:5]) for x in words))
        if score > 0:
            scored.append((score, row))
    scored.sort(key=lambda s: -s[0])
    return [{"sentence": r[0], "article_id": r[1], "url": r[2], "title": r[3]} for _, r in scored[:k]]


def ask(db: str, question: str) -> Answer:
    con = connect(db, read_only=True)
    try:
        kind = intent_of(question)
        handler = {"delegation_head": _delegation_head, "deadline": _deadline, "excluded": _excluded,
                   "commitment": _commitment}.get(kind, _search)
        return handler(con, question, kind)
    finally:
        con.close()


def _delegation_head(con, question, kind) -> Answer:
    codes = _codes_in(question)
    heads = []
    for (rec,) in con.execute("SELECT record FROM rounds").fetchall():
        r = json.loads(rec)
        for code, name in r["delegation_heads"].items():
            if not codes or code in codes:
                heads.append((code, name, r))
    if not heads:
        return _search(con, question, kind)
    names = list(dict.fromkeys(f"{n} ({c})" for c, n, _ in heads))
    last = [h[1].split()[-1] for h in heads]
    supports = _rank(question, _sentences(con), must=[w.lower() for w in last])
    return Answer(question, "Led by " + ", ".join(names) + ".", kind, supports, [h[2] for h in heads])


def _deadline(con, question, kind) -> Answer:
    rows = con.execute(
        "SELECT kind, by_codes, to_codes, content, deadline, status, sentence, article_id, record FROM commitments "
        "WHERE deadline IS NOT NULL OR kind = 'ultimatum'").fetchall()
    topic = [w for w in _words(question) if w not in ("deadline", "ultimatum")]
    hits = [r for r in rows if not topic or any(t in (r[3] or "").lower() or t in r[6].lower() for t in topic)]
    if not hits:
        return _search(con, question, kind)
    parts = [f"{r[1]} set {r[0]} for {r[2]}: {r[3] or 'unspecified'}"
             f"{' by ' + r[4] if r[4] else ''} (status: {r[5]})" for r in hits]
    supports = [{"sentence": r[6], "article_id": r[7], "url": None, "title": None} for r in hits]
    return Answer(question, "Yes. " + "; ".join(parts) + ".", kind, supports, [json.loads(r[8]) for r in hits])


def _excluded(con, question, kind) -> Answer:
    codes = _codes_in(question)
    rounds = [json.loads(rec) for (rec,) in con.execute("SELECT record FROM rounds").fetchall()]
    hits = [r for r in rounds if set(r["excluded"]) & set(codes or r["excluded"])]
    if not hits:
        return _search(con, question, kind)
    where = ", ".join(f"{r['place'] or 'unplaced'} talks ({r['status']})" for r in hits)
    who = ", ".join(sorted({c for r in hits for c in r["excluded"] if not codes or c in codes}))
    supports = _rank(question, _sentences(con), must=cues()["exclusion_words"], k=4)
    return Answer(question, f"{who} is reported excluded or sidelined from: {where}.", kind, supports, hits)


def _commitment(con, question, kind) -> Answer:
    codes = _codes_in(question)
    rows = con.execute("SELECT record, sentence, article_id FROM commitments").fetchall()
    hits = [(json.loads(r), s, a) for r, s, a in rows
            if not codes or set(codes) & (set(json.loads(r)["by"]) | set(json.loads(r)["to"]))]
    if not hits:
        return _search(con, question, kind)
    parts = [f"{'/'.join(c['by'])} {c['kind']} to {'/'.join(c['to']) or '?'}: {c['content'] or ''} ({c['status']})"
             for c, _, _ in hits]
    return Answer(question, "; ".join(parts) + ".", kind,
                  [{"sentence": s, "article_id": a, "url": None, "title": None} for _, s, a in hits],
                  [c for c, _, _ in hits])


def _search(con, question, kind) -> Answer:
    supports = _rank(question, _sentences(con))
    text = supports[0]["sentence"] if supports else "The record holds nothing that answers this."
    return Answer(question, text, "search" if kind == "search" else kind, supports)
