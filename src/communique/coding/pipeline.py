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
from .guard import within
from ..ingest import read_inputs
from .serialize import to_record


KEPT_MESSAGES = 1000     # a run over millions of documents keeps counting, not every line


@dataclass
class Report:
    articles: int = 0
    sentences: int = 0
    events: int = 0
    skipped: Counter = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)    # the first KEPT_MESSAGES skip lines
    already: int = 0                                      # articles found already stored (not coded again)

    def skip(self, item: Skipped) -> None:
        self.skipped[item.reason] += 1
        if len(self.messages) < KEPT_MESSAGES:
            self.messages.append(str(item))

    def add(self, other: "Report") -> None:
        """Count another report's articles, sentences, events and skips into this one."""
        self.articles, self.sentences = self.articles + other.articles, self.sentences + other.sentences
        self.events, self.already = self.events + other.events, self.already + other.already
        self.skipped.update(other.skipped)
        self.messages += other.messages[: max(0, KEPT_MESSAGES - len(self.messages))]

    def summary(self) -> str:
        text = f"{self.articles} articles, {self.sentences} sentences, {self.events} events"
        if self.already:
            text += f"; {self.already} already stored"
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
        coded = within(article.origin, lambda: code_article(article, explain=explain))
        if isinstance(coded, Skipped):
            report.skip(coded)
            if on_skip:
                on_skip(coded)
            continue
        report.articles += 1
        report.sentences += len(nlp.sentences(article.doc))
        report.events += len(article.events)
        yield article


def extract_records(paths: list[str], **kwargs) -> Iterator[dict]:
    """PLOVER-style records, one per event, for every article read from `paths`."""
    for article in analyze(paths, **kwargs):
        for event in article.events:
            yield to_record(article, event)
