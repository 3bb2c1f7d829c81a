"""Fixtures shared by the coding tests."""
from __future__ import annotations

import pytest

from communique.article import Article
from communique.coding.coder import code_article


@pytest.fixture
def code(nlp):
    """Code a text written for a test: (type, actor codes, recipient codes) per event."""
    def run(text: str, published: str | None = None):
        article = Article(text=text, origin="test", published=published)
        article.doc = nlp(text)
        return [(e.event, sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}))
                for e in code_article(article)]
    return run
