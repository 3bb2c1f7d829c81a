"""The whole run: ingest -> nlp -> code, with a report of what was read and what was skipped.

    report = Report()
    for article in analyze(["corpus/"], report=report):
        ...article.events...
    print(report.summary())
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterator

from . import nlp
from ..article import Article, Skipped
from .coder import code_article
from ..ingest import read_inputs
from .serialize import to_record


@dataclass
class Report:
    articles: int = 0
    sentences: int = 0
    events: int = 0
    skipped: Counter = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)

    def skip(self, item: Skipped) -> None:
        self.skipped[item.reason] += 1
        self.messages.append(str(item))

    def summary(self) -> str:
        text = f"{self.articles} articles, {self.sentences} sentences, {self.events} events"
        if self.skipped:
            reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items()))
            text += f"; skipped {sum(self.skipped.values())} ({reasons})"
        return text


def _articles(paths: list[str], report: Report, on_skip: Callable | None, stdin) -> Iterator[Article]:
    for item in read_inputs(paths, stdin=stdin):
        if isinstance(item, Skipped):
            report.skip(item)
            if on_skip:
                on_skip(item)
            continue
        yield item


def analyze(paths: list[str], *, report: Report | None = None, explain: bool = False,
            on_skip: Callable | None = None, stdin=None) -> Iterator[Article]:
    """Parsed and coded articles from files, directories, corpora or '-' (stdin)."""
    report = report if report is not None else Report()
    for article in nlp.parse(_articles(paths, report, on_skip, stdin)):
        code_article(article, explain=explain)
        report.articles += 1
        report.sentences += sum(1 for _ in article.doc.sents)
        report.events += len(article.events)
        yield article


def extract_records(paths: list[str], **kwargs) -> Iterator[dict]:
    """PLOVER-style records, one per event, for every article read from `paths`."""
    for article in analyze(paths, **kwargs):
        for event in article.events:
            yield to_record(article, event)
