"""What every question generator reads: the parse, the mentions, the clauses, the distractor picker."""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field

from ..model import Question
from .clauses import Clause, clauses_of, resolve_groups
from .distractors import DistractorPicker
from .mentions import ArticleIndex, build_index


@dataclass
class Context:
    parsed: object
    index: ArticleIndex
    picker: DistractorPicker
    clauses: dict[int, list[Clause]] = field(default_factory=dict)
    paragraph: dict[int, int] = field(default_factory=dict)

    @property
    def doc(self):
        return self.parsed.doc

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
    for s, span in zip(parsed.sentences, parsed.spans):
        ctx.paragraph[s.id] = s.paragraph
        ok = []
        for c in clauses_of(span, s.id):
            if resolve_groups(c, parsed.doc, ctx.persons_before, ctx.countries_before):
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
