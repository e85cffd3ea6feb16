"""Mending a scraped page's run-together words: 'Krooswas' -> 'Kroos was', 'S& P 500' -> 'S&P 500'.

A page stored by a scraper loses a space where a line break or a tag was dropped, and a question or a
timeline label that carries 'Murphydescribed' is garbled. A token is split only when the split is certain:

- a lower-case English word glued to a name or code that the article writes on its own ('downedMH17');
- a name glued to a function word or common verb ('Krooswas'), the name being one the article writes on
  its own (or the verb one of five letters or more), or a surname glued to a past form of six letters or
  more after a first name or title ('Dominic Murphydescribed');
- an English word glued to a function word of four letters or more ('forwardalso');
- two names joined in camel case, the surname written alone elsewhere and the first name too (or a
  listed given name).

Real words ('thereafter'), names written with an inner capital ('McDonald', 'iPhone', 'YouTube', 'LeBron';
quizgen/data/camel_case_names.txt guards the best known), a token the article repeats, hashtags, URLs,
addresses and code are never split. The mended text replaces the body before anything reads it, so
sentences, evidence and offsets all come from the mended text.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import wordlists

_GLUED = wordlists.word_set("glued_words")
_CAMEL_NAMES = wordlists.word_set("camel_case_names")
_FUNCTION = wordlists.word_set("english_function_words")
_GIVEN = frozenset(wordlists.tokens("given_names"))
_PREFIXES = wordlists.word_set("word_prefixes")

_CHUNK = re.compile(r"\S+")
_EDGE = "\"'“”‘’()[]{}<>,.;:!?*…"
# a URL, an e-mail address, a hashtag or a handle, a file name or code: not prose, left as written
_NOT_PROSE = re.compile(r"[/@#_\\=<>{}|~^$%+*`]|\.\w|\w\(|www|https?", re.I)
_PIECE = re.compile(r"[A-Za-z0-9]+")
# "S& P 500", "AT &T": a dropped or misplaced space in a short ampersand name
_AMPERSAND = re.compile(r"(?<![\w&])([A-Z]{1,2})(?:& | &)([A-Z]{1,2})(?![\w&])")
_SENTENCE_END = ".!?\n:#"       # '#': a heading's mark


@dataclass(frozen=True)
class Mend:
    """One repair: the token as the page wrote it and as it is read."""

    before: str
    after: str


@dataclass
class _Article:
    """What a split is checked against: the article's text and the words it writes on their own."""

    text: str
    counts: Counter
    _named: dict[str, bool] = field(default_factory=dict)

    def named(self, word: str) -> bool:
        """The article writes `word` on its own, capitalised, in mid-sentence (a name, not an opener)."""
        if word not in self._named:
            self._named[word] = any(_mid_sentence(self.text, m.start()) for m in
                                    re.finditer(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", self.text))
        return self._named[word]


def mend(text: str) -> tuple[str, tuple[Mend, ...]]:
    """The text with its run-together words split and its ampersand names closed up, and the repairs made."""
    mends = [Mend(m.group(), f"{m.group(1)}&{m.group(2)}") for m in _AMPERSAND.finditer(text)]
    text = _AMPERSAND.sub(r"\1&\2", text)
    article = _Article(text, Counter(_PIECE.findall(text)))
    out, last = [], 0
    for start, end, new in _splits(article):
        mends.append(Mend(text[start:end], new))
        out += [text[last:start], new]
        last = end
    return "".join(out) + text[last:], tuple(mends)


def _splits(article: _Article) -> Iterator[tuple[int, int, str]]:
    """(start, end, mended piece) for each run-together piece of prose, in text order."""
    for chunk in _CHUNK.finditer(article.text):
        core = chunk.group().strip(_EDGE)
        if not core or _NOT_PROSE.search(core) or core.startswith("-"):     # a command line's option
            continue
        for piece in _PIECE.finditer(chunk.group()):
            new = _mend_piece(piece.group(), article, chunk.start() + piece.start())
            if new is not None:
                yield chunk.start() + piece.start(), chunk.start() + piece.end(), new


def _mend_piece(piece: str, article: _Article, at: int) -> str | None:
    """The piece split in two where it is certainly two words run together, else None."""
    if _own_spelling(piece, article):
        return None
    bounds = [i for i in range(1, len(piece)) if piece[i - 1].islower() and not piece[i].islower()]
    if len(bounds) == 1:
        return _case_split(piece[:bounds[0]], piece[bounds[0]:], article)
    if bounds:
        return None
    if piece[0].isupper() and piece[1:].islower():
        return _name_split(piece, article, at)
    return _word_split(piece) if piece.islower() else None


def _own_spelling(piece: str, article: _Article) -> bool:
    """A short piece, a number, a known camel-case name, an English word, or one the article repeats."""
    return (len(piece) < 5 or not piece[0].isalpha() or piece in _CAMEL_NAMES or article.counts[piece] > 1
            or english(piece))


def _case_split(left: str, right: str, article: _Article) -> str | None:
    """'downedMH17', 'JaneDoe': split where the case changes, when both sides are certain.

    Code's camel case ('validateStream', 'TypeError') joins English words: a side that is an English
    word must be the lower-case word before a name or a code such as 'MH17'."""
    if len(left) < 3 or len(right) < 3 or not right[0].isupper():
        return None
    sure = _word_then_name(left, right, article) if left.islower() else _two_names(left, right, article)
    return f"{left} {right}" if sure else None


def _word_then_name(left: str, right: str, article: _Article) -> bool:
    """'downedMH17': an English word before a name or code the article writes on its own in mid-sentence;
    not a function word or a prefix ('antiSony'), nor code's verb ('setTimeout')."""
    if not english(left) or left in _FUNCTION or left in _PREFIXES or not article.named(right):
        return False
    return any(c.isdigit() for c in right) or (right[1:].islower() and not english(right)
                                               and not _plain_verb(left))


def _two_names(left: str, right: str, article: _Article) -> bool:
    """'DanielOkoro': the surname written alone elsewhere, and the first name too or a given name."""
    return (right[1:].islower() and not english(right) and article.named(right)
            and (left.lower() in _GIVEN or article.named(left) and not english(left)))


def _name_split(piece: str, article: _Article, at: int) -> str | None:
    """'Krooswas', 'Murphydescribed': a name glued to the verb or function word after it."""
    for i in range(4, len(piece) - 2):
        if _name_then_verb(piece[:i], piece[i:].lower(), article, at):
            return f"{piece[:i]} {piece[i:]}"
    return None


def _name_then_verb(left: str, right: str, article: _Article, at: int) -> bool:
    """The name is one the article writes on its own before a function word; or, before a past form of
    six letters or more (no name's ending), it follows a capitalised word ('Dominic Murphydescribed')."""
    if _ends_a_word(left, right) or left.lower() in _PREFIXES:
        return False
    if right in _GLUED:
        return len(right) >= 5 or article.named(left)
    # 'Freethreaded' is a compound: the word before the past form names and does nothing else
    return (len(right) >= 6 and _past_form(right) and not _describes(left)
            and (article.named(left) or _after_name(article.text, at)))


def _word_split(piece: str) -> str | None:
    """'forwardalso': an English word of four letters or more glued to a function word of four or more."""
    for i in range(4, len(piece) - 3):
        # a glued word of four letters or more: 'tolland' (a town in a slug) is no 'toll and'
        if piece[i:] in _GLUED and english(piece[:i]) and not _ends_a_word(piece[:i], piece[i:]):
            return f"{piece[:i]} {piece[i:]}"
    return None


def _ends_a_word(left: str, right: str) -> bool:
    """The glued word is the end of a longer English word ('Wmis|matched': 'mismatched'): the split
    point is not certain."""
    return any(english(left[-k:] + right) for k in range(1, min(4, len(left) - 1) + 1))


def _after_name(text: str, at: int) -> bool:
    """The word at `at` follows a capitalised word of its sentence, one space before it ('Dominic |Murphy')."""
    m = re.search(r"(?<![\w'’-])([A-Z][a-z]+) $", text[max(0, at - 40):at])
    return m is not None and _mid_sentence(text, at - len(m.group())) and m.group(1).lower() not in _FUNCTION


def _mid_sentence(text: str, at: int) -> bool:
    """The word at `at` follows another word of its sentence (it does not open the text, a line or a sentence)."""
    before = text[max(0, at - 40):at].rstrip(" \t\"“‘'(")
    return bool(before) and before[-1] not in _SENTENCE_END


# ------------------------------------------------------------------------------ English words

@functools.lru_cache(maxsize=1)
def _lookups() -> tuple[dict, dict, dict]:
    """spaCy's English word index (WordNet's lemmas), its irregular forms and its suffix rules, by part of speech.
    Loaded here, not with the module: the web process imports the article module and never loads spaCy."""
    from .nlp import load
    lookups = load().get_pipe("lemmatizer").lookups
    index, exc, rules = (lookups.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
    parts = ("noun", "verb", "adj", "adv")
    return ({p: frozenset(index[p]) for p in parts}, {p: dict(exc[p]) for p in parts},
            {p: tuple(tuple(r) for r in rules[p]) for p in parts})


@functools.lru_cache(maxsize=1 << 14)
def english(word: str) -> bool:
    """`word` (any case) is an English word or an inflected form of one, by spaCy's English lookups."""
    w = word.lower()
    if w in _FUNCTION or w in _GLUED:
        return True
    index, exc, rules = _lookups()
    return any(w in index[p] or w in exc[p] or any(w.endswith(old) and w[:len(w) - len(old)] + new in index[p]
                                                   for old, new in rules[p]) for p in index)


def _describes(word: str) -> bool:
    """`word` is an English verb, adjective or adverb: it opens compounds ('Freethreaded', 'Crowdfunded')."""
    index, exc, _ = _lookups()
    w = word.lower()
    return any(w in index[p] or w in exc[p] for p in ("verb", "adj", "adv"))


def _plain_verb(word: str) -> bool:
    """`word` is the plain form of an English verb ('set', 'check')."""
    return word in _lookups()[0]["verb"]


def _past_form(word: str) -> bool:
    """'described', 'scored': a regular past form of an English verb."""
    index, exc, rules = _lookups()
    return word.endswith("ed") and any(word.endswith(old) and word[:len(word) - len(old)] + new in index["verb"]
                                      for old, new in rules["verb"] if old == "ed")
