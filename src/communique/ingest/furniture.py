"""Page furniture: newsletter prompts, ad labels, "You may also like" lists, comment forms.

The rules are data (`data/furniture.tsv`: action, pattern, note). `clean_text` splits a text into
paragraphs, drops or trims the ones a rule matches and joins the rest with their original
separators, so every kept paragraph reaches `Article.text` unchanged.

A paragraph is a line; in hard-wrapped text a long line that does not end a sentence continues
into the next line of the same block when that line does not start with a capital, so
"Sign up to our newsletter to get the morning briefing\\nin your inbox." is one paragraph. (When in
doubt lines stay apart: a stray fragment of furniture is better than a lost line of article.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import SetupError

RULES_FILE = Path(__file__).parent / "data" / "furniture.tsv"
ACTIONS = ("drop-line", "drop-block", "drop-prefix-line", "strip-prefix")
SHORT_PARAGRAPH = 300   # drop-line / drop-block only fire on paragraphs up to this many characters
LINK_TITLE = 80         # a line after a drop-block heading shorter than this, not ending a sentence ...
MAX_BLOCK = 12          # ... is a link title; at most this many are dropped
WRAPPED_LINE = 50       # a line at least this long that does not end a sentence wraps onto the next
SENTENCE_END = tuple('.!?:;"”’»')


@dataclass(frozen=True)
class Rule:
    action: str
    pattern: re.Pattern
    note: str


@dataclass(frozen=True)
class Paragraph:
    start: int      # offsets in the text
    end: int
    block: int      # index of the blank-line-separated block it belongs to


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_FILE) -> tuple[Rule, ...]:
    """The rules in `path`, in file order (the first that matches a paragraph wins)."""
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("action\t"):
            continue
        rules.append(_rule(line, f"{path.name} line {number}"))
    return tuple(rules)


def _rule(line: str, where: str) -> Rule:
    action, pattern, note = (line.split("\t") + ["", ""])[:3]
    if action not in ACTIONS:
        raise SetupError(where, f"unknown action {action!r}", f"use one of {', '.join(ACTIONS)}")
    try:
        return Rule(action, re.compile(pattern, re.IGNORECASE), note)
    except re.error as err:
        raise SetupError(where, f"bad pattern {pattern!r}: {err}", "fix the regular expression") from None


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of `text` with their offsets (blank lines separate blocks)."""
    found: list[Paragraph] = []
    block, blank, offset = 0, True, 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line.rstrip())
        offset += len(line) + 1
        if not line.strip():
            block, blank = block + (not blank), True
            continue
        if found and not blank and _wraps(text[found[-1].start:found[-1].end], line.strip()):
            found[-1] = Paragraph(found[-1].start, end, block)
        else:
            found.append(Paragraph(start + len(line) - len(line.lstrip()), end, block))
        blank = False
    return found


def _wraps(paragraph: str, next_line: str) -> bool:
    """Whether `next_line` continues `paragraph` (hard-wrapped text)."""
    last_line = paragraph.rsplit("\n", 1)[-1]
    long_open = len(last_line) >= WRAPPED_LINE and not last_line.endswith(SENTENCE_END)
    return long_open and not next_line[:1].isupper()


def clean_text(text: str, rules: tuple[Rule, ...] | None = None) -> tuple[str, int]:
    """`text` without furniture, and the number of paragraphs removed."""
    rules = load_rules() if rules is None else rules
    paras = paragraphs(text)
    kept: dict[int, str] = {}
    skip_to = 0
    for i, para in enumerate(paras):
        if i < skip_to:
            continue
        body = text[para.start:para.end]
        rule, match = _match(body, rules)
        if rule is None:
            kept[i] = body
        elif rule.action == "strip-prefix" and body[match.end():].strip():
            kept[i] = body[match.end():].lstrip()
        else:
            skip_to = i + 1 + _also_dropped(rule, body[match.end():], paras, i, text)
    return _join(text, paras, kept), len(paras) - len(kept)


def _match(body: str, rules: tuple[Rule, ...]):
    for rule in rules:
        if rule.action in ("drop-line", "drop-block") and len(body) > SHORT_PARAGRAPH:
            continue
        match = rule.pattern.match(body)
        if match:
            return rule, match
    return None, None


def _also_dropped(rule: Rule, rest: str, paras: list[Paragraph], i: int, text: str) -> int:
    """How many paragraphs after paras[i] go with it."""
    if rule.action == "drop-prefix-line":
        return 1 if not rest.strip() and i + 1 < len(paras) else 0
    if rule.action != "drop-block":
        return 0
    same_block = i + 1 < len(paras) and paras[i + 1].block == paras[i].block
    count = 0
    for para in paras[i + 1:i + 1 + MAX_BLOCK]:
        if (same_block and para.block != paras[i].block) or not _link_title(text[para.start:para.end]):
            break
        count += 1
    return count


def _link_title(body: str) -> bool:
    return len(body) < LINK_TITLE and "\n" not in body and not body.endswith((".", "!", "?"))


def _join(text: str, paras: list[Paragraph], kept: dict[int, str]) -> str:
    """Kept paragraphs joined by the widest original separator between them."""
    out: list[str] = []
    previous = None
    for i in sorted(kept):
        if previous is not None:
            gaps = [text[paras[j].end:paras[j + 1].start] for j in range(previous, i)]
            out.append(max(gaps, key=lambda gap: gap.count("\n")))
        out.append(kept[i])
        previous = i
    return "".join(out)
