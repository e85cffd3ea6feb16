"""Quotations and who the article says spoke them: the attribution frame of its sentences."""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..clauses import ArticleClauses
from ..index import ArticleIndex, Mention

_QUOTE_RE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{12,}?)(?:[\u201d\"\u201c]|$)")
SPEAKER_KINDS = ("PERSON", "ORG", "MEDIA", "COUNTRY")


class _Article(NamedTuple):
    index: ArticleIndex
    quoted: frozenset
    paragraph: dict[int, int]
    clauses: ArticleClauses       # its verbs of saying: `clauses.quoting(span)`
    starts: dict[int, int]        # sentence id -> index of its first token


def _speaker_of(article: _Article, span: Span, sid: int, owners: dict[str, Mention]) -> Mention | None:
    """The speaker of the sentence's quotation: the subject of the reporting verb nearest the quoted
    words, not of another one ("When Tacopina asked why, she said: '...'" is hers, not his)."""
    ments = article.index.by_sentence.get(sid, [])
    verbs = sorted(article.clauses.quoting(span), key=lambda ts: _distance_to_quote(ts[0], span, article))
    if not verbs:
        return None
    t, s = verbs[0]
    m = _named_speaker(s, ments)
    if m is not None:
        _note_owned_documents(t, m, owners)
        return m
    if s.pos_ == "NOUN" and s.lemma_.lower() in owners:
        return owners[s.lemma_.lower()]
    if s.lower_ in ("he", "she"):
        others = {n.canon for _, o in verbs[1:] if (n := _named_speaker(o, ments)) is not None}
        return _only_person_of_paragraph(article, sid, s, others)
    return None


def _distance_to_quote(verb: Token, span: Span, article: _Article) -> tuple[bool, int]:
    """How far a reporting verb is from the quoted words; a verb of asking or one inside a 'when'
    clause introduces someone else's words, so it comes last."""
    inside = [t.i for t in span if t.i in article.quoted]
    asking = verb.lemma_.lower() in ("ask", "question") or verb.dep_ in ("advcl", "relcl")
    return asking, min((abs(verb.i - i) for i in inside), default=0)


def _named_speaker(s: Token, ments: list[Mention]) -> Mention | None:
    """The person, body or country the subject (or a name in apposition to it) names."""
    for c in [s] + [c for c in s.children if c.dep_ == "appos"]:
        for m in ments:
            if m.start <= c.i < m.end and m.kind in SPEAKER_KINDS:
                return m
    return None


def _note_owned_documents(t: Token, m: Mention, owners: dict[str, Mention]) -> None:
    """A body that said it "in a readout" owns later sentences where "the readout" speaks."""
    for ch in t.children:
        if ch.dep_ == "prep" and ch.lower_ == "in":
            for p in ch.children:
                if p.dep_ == "pobj":
                    owners[p.lemma_.lower()] = m


def _only_person_of_paragraph(article: _Article, sid: int, s: Token, others: set[str]) -> Mention | None:
    """'she said': the one person the paragraph has named so far, if there is just one (people who
    asked or spoke elsewhere in the sentence are not her)."""
    para = article.paragraph.get(sid)
    named = {m.canon: m for m in article.index.mentions if m.kind == "PERSON" and m.start < s.i
             and article.paragraph.get(m.sentence_id) == para and m.start not in article.quoted
             and m.canon not in others}
    if len(named) != 1:
        return None
    only = next(iter(named.values()))
    return None if _pronoun_before(article, para, s, only.start) else only


def _pronoun_before(article: _Article, para: int | None, s: Token, first_named: int) -> bool:
    """The paragraph's own 'He said ...' comes before its one named person: that 'he' (and so this
    one) points back past the paragraph, to someone named earlier, not to the person named since."""
    start = min((i for sid, i in article.starts.items() if article.paragraph.get(sid) == para), default=s.i)
    return any(t.lower_ == s.lower_ and t.dep_ in ("nsubj", "nsubjpass") and t.i not in article.quoted
               for t in s.doc[start:first_named])


def _quote(text: str) -> str | None:
    m = _QUOTE_RE.search(text)
    if not m:
        return None
    q = m.group(1).strip(" ,.")
    words = q.split()
    if len(words) < 4:
        return None
    if len(words) > 16:
        q = " ".join(words[:14]).rstrip(",;:") + " …"
    return q


def find_attributions(parsed, index: ArticleIndex, quoted: frozenset,
                      paragraph: dict[int, int]) -> list[tuple[int, Mention, str]]:
    """(sentence id, speaker, quote) for every quotation the article attributes to a named speaker."""
    article = _Article(index, quoted, paragraph, parsed.clauses, _first_tokens(parsed))
    owners: dict[str, Mention] = {}
    found: list[tuple[int, Mention, str]] = []
    last: tuple[int, Mention] | None = None      # (paragraph, speaker) of the last attributed quote
    for s, span in zip(parsed.sentences, parsed.spans):
        if not _has_quote(s.text, span, quoted):
            last = None if last and last[0] != s.paragraph else last
            continue
        sp = _speaker_of(article, span, s.id, owners)
        q = _quote(s.text) or (_quote("\u201c" + s.text) if sp is None and last else None)
        if sp is not None and q:
            found.append((s.id, sp, q))
            last = (s.paragraph, sp)
        elif sp is None and _quote_goes_on(last, s.paragraph, q, span, parsed.clauses):
            found.append((s.id, last[1], q))        # the same speaker's quotation goes on
        elif sp is None:
            last = None       # someone else speaks ("engineers said"): the quotation does not go on
    return found


def _first_tokens(parsed) -> dict[int, int]:
    return {s.id: span.start for s, span in zip(parsed.sentences, parsed.spans)}


def _has_quote(text: str, span, quoted: frozenset) -> bool:
    """A quotation mark in the sentence, or a token inside a quotation opened earlier."""
    return any(ch in text for ch in "\u201c\u201d\"") or any(t.i in quoted for t in span)


def _quote_goes_on(last: tuple[int, Mention] | None, paragraph: int, q: str | None, span,
                   clauses: ArticleClauses) -> bool:
    """An unattributed quotation in the same paragraph as the last one, with no new speaker's verb."""
    return last is not None and last[0] == paragraph and bool(q) and not clauses.quoting(span)
