"""What every question generator reads: the parse, the mentions, the clauses, the distractor picker."""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field

from ..index import ArticleIndex, build_index
from ..model import Question
from .clauses import Clause, clauses_of, quoted_tokens, resolve_groups
from .distractors import DistractorPicker


@dataclass
class Context:
    parsed: object
    index: ArticleIndex
    picker: DistractorPicker
    clauses: dict[int, list[Clause]] = field(default_factory=dict)
    paragraph: dict[int, int] = field(default_factory=dict)
    quoted: frozenset = frozenset()          # token indices inside quotation marks
    _attributions: list | None = None        # (sentence id, speaker, quote), filled by who_said
    _earlier: dict | None = None             # word -> first sentence id that uses it
    _speaker_by_sentence: dict | None = None
    facts: dict = field(default_factory=dict)   # question id -> the value it tests, when not its answer

    @property
    def attributions(self) -> list:
        """Attributed quotes of the article: (sentence id, speaker mention, quote text)."""
        if self._attributions is None:
            from .who_said import find_attributions
            self._attributions = find_attributions(self)
        return self._attributions

    def speaker_of(self, sentence_id: int):
        """Who the article says spoke the quotation in this sentence, or None."""
        if self._speaker_by_sentence is None:
            self._speaker_by_sentence = {}
            for sid, sp, _ in self.attributions:
                self._speaker_by_sentence.setdefault(sid, sp)
        return self._speaker_by_sentence.get(sentence_id)

    @property
    def doc(self):
        return self.parsed.doc

    def seen_before(self, sentence_id: int):
        """A test: did the article (title included) use this word, or a compound ending in it, before?"""
        if self._earlier is None:
            first: dict[str, int] = {}      # word or word ending (4+ letters) -> first sentence using it
            for w in re.findall(r"[A-Za-z]+", self.parsed.article.title or ""):
                first.setdefault(w.lower(), -1)
            for s, span in zip(self.parsed.sentences, self.parsed.spans):
                for t in span:
                    if t.is_alpha:
                        for w in (t.lower_, t.lemma_.lower()):
                            first.setdefault(w, s.id)
            for w, sid in list(first.items()):
                for k in range(1, len(w) - 3):          # "earthquake" also stands for "quake"
                    if first.get(w[k:], 1 << 30) > sid:
                        first[w[k:]] = sid
            self._earlier = first
        first = self._earlier
        return lambda word: first.get(word, 1 << 30) < sentence_id

    def persons_before(self, sentence_id: int) -> list[str]:
        return self._named_before(sentence_id, "person")

    def countries_before(self, sentence_id: int) -> list[str]:
        return self._named_before(sentence_id, "country")

    def _named_before(self, sentence_id: int, coarse: str) -> list[str]:
        """Distinct things of a kind named before the sentence, most recent last."""
        order: list[str] = []
        first: dict[str, int] = {}
        for m in self.index.mentions:
            if m.sentence_id >= sentence_id:
                break
            if m.coarse == coarse:
                first.setdefault(m.full, len(first))
                if m.full in order:
                    order.remove(m.full)
                order.append(m.full)
        last_two = sorted(order[-2:], key=lambda n: first[n])
        return order[:-2] + last_two


def make_context(parsed) -> Context:
    index = build_index(parsed)
    ctx = Context(parsed=parsed, index=index, picker=DistractorPicker(index, parsed))
    ctx.quoted = quoted_tokens(parsed.doc)
    for s, span in zip(parsed.sentences, parsed.spans):
        ctx.paragraph[s.id] = s.paragraph
        ok = []
        for c in clauses_of(span, s.id):
            if resolve_groups(c, parsed.doc, ctx.persons_before, ctx.countries_before):
                c.quoted = c.verb.i in ctx.quoted
                ok.append(c)
        ctx.clauses[s.id] = ok
    return ctx


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
