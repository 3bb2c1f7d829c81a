"""The spaCy stage: load the English pipeline once, parse texts in batches."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from . import settings
from .article import Article
from .errors import SetupError


@lru_cache(maxsize=4)
def load(name: str | None = None):
    """The spaCy pipeline named by the `spacy_model` setting (loaded once per name)."""
    import spacy

    name = str(settings.get("spacy_model", name))
    try:
        return spacy.load(name)
    except OSError:
        raise SetupError(f"spaCy pipeline {name!r}", "is not installed",
                         "run `make setup`, or set COMMUNIQUE_SPACY_MODEL to an installed pipeline "
                         "such as en_core_web_sm") from None


def parse(articles: Iterable[Article], *, batch_size: int | None = None,
          model: str | None = None) -> Iterator[Article]:
    """Set `article.doc` for each article, parsing with `nlp.pipe` in batches."""
    nlp = load(model)
    size = int(settings.get("batch_size", batch_size))
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=size):
        article.doc = doc
        yield article
