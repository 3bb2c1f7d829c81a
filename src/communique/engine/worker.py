"""The work on one batch of read articles: parse, code, and build what the store keeps.

The same function runs in-process (`--workers 1`), in each worker process (`--workers N`) and
in each Ray actor, so there is one way to code and store an article. The spaCy model is loaded
once per process (`nlp.load` keeps it). Each article is coded under the guard (time budget,
errors caught), and only its plain `Payload` leaves the worker: the Doc stays here.
"""
from __future__ import annotations

from ..article import Article, Skipped
from ..coding import nlp
from ..coding.coder import code_article
from ..coding.guard import within
from ..ingest.rejects import skip
from ..record.payload import Payload, payload_of


WARM_UP = "Russia and Ukraine held talks in Istanbul on March 3, 2022, officials said."


def start(model: str | None = None) -> None:
    """Load the spaCy model and the coder's data (actors, places, dates) now, once for this
    process, so that no document's time budget pays for it."""
    nlp.load(model)
    for article in nlp.parse([Article(text=WARM_UP, origin="warm-up")], model=model):
        code_article(article)
        payload_of(article)


def code_batch(articles: list[Article], model: str | None = None) -> list[Payload | Skipped]:
    """A payload, or the Skipped that says why not, for each article, in order."""
    return [item if isinstance(item, Skipped) else within(item.origin, lambda: _payload(item))
            for item in _parsed(articles, model)]


def _payload(article: Article) -> Payload:
    code_article(article)
    return payload_of(article)


def _parsed(articles: list[Article], model: str | None) -> list[Article | Skipped]:
    """The batch parsed in one `nlp.pipe`; if spaCy fails on it, each article alone, so only
    the one it fails on is skipped."""
    try:
        return list(nlp.parse(articles, model=model))
    except Exception:
        pass
    out: list[Article | Skipped] = []
    for article in articles:
        try:
            out += nlp.parse([article], model=model)
        except Exception as err:
            out.append(skip(article.origin, "coding-error", f"spaCy could not parse it ({type(err).__name__})"))
    return out
