"""The spaCy stage: load the English pipeline once, parse texts in batches."""
from __future__ import annotations

import bisect
import functools
from functools import lru_cache
from typing import Iterable, Iterator

from .. import settings
from ..article import Article
from ..errors import SetupError
from .lexicon import cues, shouted_names


_SENTENCE_END = {".", "!", "?", ":", "”", '"'}
HEADING_CHARS = 100


_DASHES = {"—", "–", "-", "--"}


def _dateline_end(doc, start: int) -> int | None:
    """'ANCHORAGE, ALASKA —' or 'KYIV, Feb 3 (Reuters) -' at a paragraph start: the index after the dash."""
    for j in range(start, min(start + 12, len(doc))):
        tok = doc[j]
        if tok.text in _DASHES and j > start and doc[j - 1].whitespace_ and tok.whitespace_:
            head = doc[start:j]
            caps = [t for t in head if t.is_alpha and t.text.isupper() and len(t.text) > 1]
            return j + 1 if caps and head[0].text.isupper() and j + 1 < len(doc) else None
        if "\n" in tok.text or tok.text in (".", "!", "?"):
            return None
    return None


_DASHES = ("-", "\u2013", "\u2014")       # hyphen, en dash, em dash


def _dashes_as_commas(doc):
    """Two dashes with spaces around them set off a phrase, as commas do ("European leaders - who
    rushed to Washington - urged Trump"); the small English pipelines parse such a sentence
    badly (the subject hung on the phrase, the verb read as an adjective). The dashes' norm, which
    the tagger and parser read, becomes a comma; their text, and so every offset, stays. A lone
    dash ("Dawn - India and Pakistan traded ...") is left as it is."""
    spaced = [i for i in _tokens_of(doc, _DASHES) if doc[i].whitespace_ and i > 0 and doc[i - 1].whitespace_]
    for first, second in zip(spaced, spaced[1:]):
        between = doc[first + 1:second]
        if len(between) <= _ASIDE and not any(t.text in (".", "!", "?") or "\n" in t.text for t in between):
            doc[first].norm_ = doc[second].norm_ = ","
    return doc


_ASIDE = 40         # tokens a phrase set off by dashes may hold


def _tokens_of(doc, words, attr: str = "ORTH") -> list[int]:
    """Indices of the tokens whose text (or `attr`: "LOWER") is one of `words`, found by
    comparing hashes on the document's array, so that the components below build Token
    objects only for the tokens they look at."""
    strings = doc.vocab.strings
    wanted = {strings[w] for w in words if isinstance(w, str)}
    return [i for i, h in enumerate(doc.to_array(attr).tolist()) if h in wanted]


def _line_breaks(doc) -> list[int]:
    """Indices of the tokens holding a line break. The tokenizer makes every run of whitespace
    a token of its own, so such a token is a space token: only those are looked at."""
    from spacy.attrs import IS_SPACE
    return [i for i, space in enumerate(doc.to_array(IS_SPACE).tolist()) if space and "\n" in doc[i].text]


def _paragraph_breaks(doc):
    """Start a sentence after a blank line, and after a line break that ends a sentence or a
    heading, so that headlines and list items are not glued to the next paragraph; a dateline
    ("ANCHORAGE, ALASKA —") is a sentence of its own."""
    lines = _line_breaks(doc)
    breaks = [(n, i) for n, i in enumerate(lines) if i < len(doc) - 1]
    starts = [0] + [i + 1 for _, i in breaks]
    dashes = set(_tokens_of(doc, _DASHES))
    for start in starts:
        if not any(j in dashes for j in range(start, start + 12)):
            continue                            # no dash: no dateline (`_dateline_end`)
        end = _dateline_end(doc, start)
        if end is not None:
            doc[end].is_sent_start = True
            for k in range(end + 1, min(end + 6, len(doc))):   # keep the parser from splitting
                if doc[k].is_space or doc[k].text in (".", "!", "?"):  # the lead's subject again
                    break
                doc[k].is_sent_start = False
    for n, i in breaks:
        tok = doc[i]
        line_start = lines[n - 1] + 1 if n else 0                # after the previous line break
        line_chars = tok.idx - doc[line_start].idx if line_start < i else 0
        prev = doc[i - 1] if i else None
        if "\n\n" in tok.text or prev is None or prev.text in _SENTENCE_END or line_chars <= HEADING_CHARS \
                or _opens_a_sentence(doc[i + 1], prev):
            doc[i + 1].is_sent_start = True
    _no_break_after_abbreviations(doc)
    return doc


def _opens_a_sentence(first, prev) -> bool:
    """'... Secretary of War Pete Hegseth\nThe US military killed three men': after a caption or
    byline line that ends in a name with no stop, a line opening as sentences do
    (`sentence_openers`) starts one; a line that ends in a word that needs more ('talks in
    the\n', 'and\n') is a wrapped sentence."""
    return first.text[:1].isupper() and first.lower_ in cues()["sentence_openers"] \
        and prev.tag_ in ("NNP", "NNPS", "NN", "NNS", "CD") and prev.i + 1 < first.i


def _no_break_after_abbreviations(doc) -> None:
    """'talks in Paris with U.K. Foreign Secretary David Lammy': a title abbreviation ending in a
    full stop, followed on the same line by a capitalised word that does not open sentences,
    does not end the sentence."""
    keep = cues()["no_break_after"]
    openers = cues()["sentence_openers"]
    for i in _tokens_of(doc, keep):
        if i + 1 == len(doc):          # the last token has no next one
            break
        tok, nxt = doc[i], doc[i + 1]
        if not tok.whitespace_.count("\n") and nxt.text[:1].isupper() \
                and nxt.lower_ not in openers and not nxt.is_sent_start:
            nxt.is_sent_start = False


def _names_look_like_names(vocab) -> None:
    """Give the knowledge base's capitalised names ("ECOWAS", "NATO") the word shape and suffix
    of a proper name ("Ecowas"), the features the tagger and parser read them by, so that
    "ECOWAS imposed sanctions on Niger" has ECOWAS as its subject, not as a verb. The text,
    the norm and every offset stay as they are."""
    for word in shouted_names():
        proper = vocab[word.capitalize()]
        lexeme = vocab[word]
        lexeme.shape_, lexeme.suffix_ = proper.shape_, proper.suffix_


def _split_after_abbreviations(nlp) -> None:
    """'U.S.-supplied missiles', 'the U.N.-backed government': a hyphen after an abbreviation's
    full stop splits the word, as it does after a letter ('British-supplied'), so that the name
    and the participle are tokens of their own."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


class _StraightApostrophes:
    """The tokenizer, reading a typographic apostrophe as the straight one the small pipelines
    were trained on ("Sudan’s Rapid Support Forces", "Kyiv’s calls": with the curly one the
    tagger took "calls" for a verb and the entity swallowed "Sudan’s"). One character for one,
    so every offset into the article's text stays true; tokens show the straight apostrophe."""

    _TABLE = str.maketrans({"\u2019": "'"})

    def __init__(self, tokenizer):
        self._tokenizer = tokenizer

    def __call__(self, text: str):
        return self._tokenizer(text.translate(self._TABLE))

    def pipe(self, texts, **kwargs):
        return self._tokenizer.pipe((t.translate(self._TABLE) for t in texts), **kwargs)

    def __getattr__(self, name):
        return getattr(self._tokenizer, name)


@lru_cache(maxsize=4)
def load(name: str | None = None):
    """The spaCy pipeline named by the `spacy_model` setting (loaded once per name), with a
    component that starts sentences at paragraph breaks."""
    import spacy
    from spacy.language import Language

    if "communique_paragraphs" not in Language.factories:
        Language.component("communique_paragraphs", func=_paragraph_breaks)
    if "communique_dashes" not in Language.factories:
        Language.component("communique_dashes", func=_dashes_as_commas)
    if "communique_lemmas" not in Language.factories:
        Language.component("communique_lemmas", func=_mended_lemmas)
    name = str(settings.get("spacy_model", name))
    try:
        nlp = spacy.load(name)
    except OSError:
        raise SetupError(f"spaCy pipeline {name!r}", "is not installed",
                         "run `make setup`, or set COMMUNIQUE_SPACY_MODEL to an installed pipeline "
                         "such as en_core_web_sm") from None
    _names_look_like_names(nlp.vocab)
    _split_after_abbreviations(nlp)
    nlp.tokenizer = _StraightApostrophes(nlp.tokenizer)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("communique_paragraphs", before=before)
    nlp.add_pipe("communique_dashes", first=True)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("communique_lemmas", after="lemmatizer")
    return nlp


def _mended_lemmas(doc):
    """Verb forms the rule lemmatizer gets wrong ("waged", "waging" -> "wag"), mended from the
    table `lemma_fixes` in data/cues.yaml, so that the trigger lexicon finds them."""
    fixes = cues()["lemma_fixes"]
    for i in _tokens_of(doc, fixes, "LOWER"):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX"):
            tok.lemma_ = fixes[tok.lower_]
    return doc


def sentences(doc) -> list:
    """The document's sentence spans, built once and kept in `doc.user_data` (spaCy's
    `Doc.sents` walks the whole document on every call)."""
    cached = doc.user_data.get("communique_sent_starts")
    if cached is None:
        sents = list(doc.sents)
        cached = doc.user_data["communique_sent_starts"] = ([s.start for s in sents], sents)
    return cached[1]


def doc_text(doc) -> str:
    """The document's text, built once and kept in `doc.user_data` (`Doc.text` joins every
    token's text on each call)."""
    text = doc.user_data.get("communique.text")
    if text is None:
        text = doc.user_data["communique.text"] = doc.text
    return text


def doc_ents(doc) -> tuple:
    """The document's named entities, built once and kept in `doc.user_data` (`Doc.ents` walks
    every token and builds new spans on each call)."""
    ents = doc.user_data.get("communique.ents")
    if ents is None:
        ents = doc.user_data["communique.ents"] = doc.ents
    return ents


def span_chars(doc, start: int, end: int) -> tuple[str, int, int]:
    """The text, start and end character of tokens `start` to `end` (exclusive, not empty), as
    `doc[start:end]` gives them, cut from the cached document text (a token's `idx` is its
    offset in that text) without building the span and joining its tokens."""
    last = doc[end - 1]
    first_char, end_char = doc[start].idx, last.idx + len(last.text)
    return doc_text(doc)[first_char:end_char], first_char, end_char


def per_token(method):
    """Keep what `method(self, token)` answers per token in the document's `user_data`, for a
    method whose answer depends only on the token's parse and fixed tables and is immutable
    (`ActorBase.agent`, asked thousands of times a run, mostly of tokens asked before)."""
    key = f"communique.{method.__qualname__}"

    @functools.wraps(method)
    def kept(self, token):
        answers = token.doc.user_data.setdefault(key, {})
        if token.i not in answers:
            answers[token.i] = method(self, token)
        return answers[token.i]
    return kept


_NP_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")


def noun_chunks(doc) -> list[tuple[int, int]]:
    """(start, end) of the document's base noun phrases, as spaCy's English `Doc.noun_chunks`
    gives them, read off the arrays of part of speech, dependency and head, so that only nouns
    and pronouns are built as Token objects (spaCy's iterator builds every token). Kept in
    `doc.user_data`. A chunk's root is its last token (parses are projective)."""
    cached = doc.user_data.get("communique_noun_chunks")
    if cached is not None:
        return cached
    from spacy.attrs import DEP, HEAD, POS
    from spacy.symbols import NOUN, PRON, PROPN
    strings = doc.vocab.strings
    np_deps = {strings.add(label) for label in _NP_DEPS}
    conj = strings.add("conj")
    arr = doc.to_array([POS, DEP, HEAD])
    heads = arr[:, 2].astype("int64").tolist()            # the offset to the head (stored unsigned)
    rows = [(pos, dep, head) for (pos, dep), head in zip(arr[:, :2].tolist(), heads)]
    out, prev_end = [], -1
    for i, (pos, dep, head) in enumerate(rows):
        if pos not in (NOUN, PROPN, PRON):
            continue
        left = doc[i].left_edge.i
        if left <= prev_end:                              # no nested chunks
            continue
        if dep not in np_deps:
            if dep != conj:
                continue
            h = i + head                                  # a conjunct of a noun phrase is one too
            while rows[h][1] == conj and rows[h][2] < 0:
                h += rows[h][2]
            if rows[h][1] not in np_deps:
                continue
        prev_end = i
        out.append((left, i + 1))
    doc.user_data["communique_noun_chunks"] = out
    return out


def sentence_lemmas(sent) -> list[int]:
    """The lemma hashes of a sentence's tokens, read off the document's lemma array (built once
    and kept in `doc.user_data` as a list, cheaper to slice than the array), so that scanning a
    sentence for words builds no Token objects."""
    doc = sent.doc
    lemmas = doc.user_data.get("communique.lemmas")
    if lemmas is None:
        lemmas = doc.user_data["communique.lemmas"] = doc.to_array("LEMMA").tolist()
    return lemmas[sent.start:sent.end]


def sentence_of(token):
    """The sentence span holding `token` (from `sentences`, by bisection)."""
    doc = token.doc
    sentences(doc)
    starts, sents = doc.user_data["communique_sent_starts"]
    return sents[bisect.bisect_right(starts, token.i) - 1]


def sentence_ents(sent):
    """Named entities of a sentence, cached per document (Span.ents also scans the document)."""
    doc = sent.doc
    by_sent = doc.user_data.get("communique_sent_ents")
    if by_sent is None:                      # one pass over the entities, grouped by sentence
        by_sent = {}
        for ent in doc_ents(doc):
            by_sent.setdefault(sentence_of(ent[0]).start, []).append(ent)
        doc.user_data["communique_sent_ents"] = by_sent
    return by_sent.get(sent.start, [])


def parse(articles: Iterable[Article], *, batch_size: int | None = None,
          model: str | None = None) -> Iterator[Article]:
    """Set `article.doc` for each article, parsing with `nlp.pipe` in batches."""
    nlp = load(model)
    size = int(settings.get("batch_size", batch_size))
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=size):
        article.doc = doc
        yield article
