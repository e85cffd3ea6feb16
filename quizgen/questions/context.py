"""What every question generator reads: the parse, the article index, the clauses, quotations, the distractor picker."""
from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..clauses import Clause
from ..index import ArticleIndex, Mention
from ..model import Question
from .attributions import find_attributions
from .distractors import DistractorPicker, birth_names

if TYPE_CHECKING:
    from ..pipeline import ParsedArticle


@dataclass(frozen=True)
class Context:
    """One article as the question generators read it, built once by `make_context`; nothing writes to it."""

    parsed: ParsedArticle
    index: ArticleIndex
    picker: DistractorPicker
    clauses: Mapping[int, tuple[Clause, ...]]  # sentence id -> its asserted clauses (parsed.clauses)
    paragraph: dict[int, int]                 # sentence id -> paragraph number
    quoted: frozenset                         # token indices inside quotation marks
    attributions: tuple                       # (sentence id, speaker mention, quote text), article order
    speakers: dict[int, Mention]              # sentence id -> the speaker of its (first) quotation
    first_use: dict[str, int]                 # word or word ending -> first sentence id using it (-1: title)
    born_as: dict[str, str]                   # a person's name key <-> the key of their other name (birth_names)

    def speaker_of(self, sentence_id: int) -> Mention | None:
        """Who the article says spoke the quotation in this sentence, or None."""
        return self.speakers.get(sentence_id)

    @property
    def doc(self):
        return self.parsed.doc

    def seen_before(self, sentence_id: int):
        """A test: did the article (title included) use this word, or a compound ending in it, before?"""
        first = self.first_use
        return lambda word: first.get(word, 1 << 30) < sentence_id

    def persons_before(self, sentence_id: int) -> list[str]:
        return self.index.named_before(sentence_id, "person")

    def countries_before(self, sentence_id: int) -> list[str]:
        return self.index.named_before(sentence_id, "country")


def _first_use(parsed: ParsedArticle) -> dict[str, int]:
    """Word or word ending (4+ letters) -> the first sentence using it; the title counts as -1."""
    first: dict[str, int] = {}
    for w in re.findall(r"[A-Za-z]+", parsed.article.title or ""):
        first.setdefault(w.lower(), -1)
    for s, span in zip(parsed.sentences, parsed.spans):
        for t in span:
            if t.is_alpha:
                for w in (t.lower_, t.lemma_.lower()):
                    first.setdefault(w, s.id)
    for w, sid in list(first.items()):
        for k in range(1, len(w) - 3):          # "earthquake" also stands for "quake"
            if first.get(w[k:], 1 << 30) > sid:
                first[w[k:]] = sid
    return first


def make_context(parsed: ParsedArticle) -> Context:
    """Index, clauses, quotations and speakers of one parsed article, for every generator."""
    index = parsed.index
    quoted = parsed.clauses.quoted
    paragraph = {s.id: s.paragraph for s in parsed.sentences}
    attributions = tuple(find_attributions(parsed, index, quoted, paragraph))
    speakers: dict[int, Mention] = {}
    for sid, speaker, _ in attributions:
        speakers.setdefault(sid, speaker)
    return Context(parsed=parsed, index=index, picker=DistractorPicker(index, parsed),
                   clauses=parsed.clauses.by_sentence, paragraph=paragraph, quoted=quoted,
                   attributions=attributions, speakers=speakers, first_use=_first_use(parsed),
                   born_as=birth_names(parsed.doc, index.mentions))


def qid(kind: str, prompt: str, sentence_id: int) -> str:
    h = hashlib.sha1(f"{kind}\x1f{prompt}".encode("utf-8")).hexdigest()[:8]
    return f"{kind[:2]}{sentence_id}-{h}"


def question(kind: str, prompt: str, answer, sentence_id: int, **kw) -> Question:
    return Question(id=qid(kind, prompt, sentence_id), type=kind, prompt=prompt, answer=answer,
                    sentence_id=sentence_id, **kw)


_TOK = re.compile(r"\d+(?:[.,]\d+)*|[a-z\u00c0-\u024f]+(?:'[a-z]+)?")


@functools.lru_cache(maxsize=1 << 16)
def norm(s: str) -> str:
    """The scorer-style normal form: lower-case word and number tokens."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    out = []
    for t in _TOK.findall(s):
        if t[0].isdigit():
            t = t.replace(",", "")
        elif t.endswith("'s"):
            out.append(t[:-2])
            t = "s"
        out.append(t)
    return " ".join(out)


def phrase_in(needle: str, hay: str) -> bool:
    n, h = norm(needle), norm(hay)
    return bool(n) and f" {n} " in f" {h} "


def word_count(s: str) -> int:
    return len(s.split())
