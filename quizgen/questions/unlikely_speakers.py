"""People of an article who are no fair option for who said its quotation: named only in the distant past or only as the maker of a work."""
from __future__ import annotations

import re

from ..index import Mention
from ..wordlists import pattern, word_set
from .context import Context

_WORKS = word_set("created_work_nouns")
PAST_YEARS = 20      # a year this long before publication is history, not the story ('signed into law in 1935')
_YEAR = re.compile(r"\b((?:1[7-9]|20)\d\d)(?:s|['\u2019]s)?\b")
# a sentence told in the story's own days: 'on Friday', 'today', 'this week'
_NOW = re.compile(r"\b(?:today|yesterday|tonight|this (?:week|month|year)|" + pattern("weekday_name") + r")\b", re.I)


def unlikely_speakers(ctx: Context) -> set[str]:
    """Name keys of the people the article places only in the distant past ('signed into law by President
    Franklin Roosevelt on August 14, 1935') or names only as the maker of a work ('a painting by Mark
    Rothko'): absurd as the speaker of a quotation from the story (judged: 'dead since 1945')."""
    by_person: dict[str, list[Mention]] = {}
    for m in ctx.index.mentions:
        if m.kind == "PERSON":
            by_person.setdefault(m.canon, []).append(m)
    year = _published_year(ctx)
    spans = ctx.parsed.spans
    out = set()
    for canon, ments in by_person.items():
        if (year is not None and all(_told_in_past(ctx.doc, m, spans, year) for m in ments)) or \
                all(_maker_of_work(ctx.doc, m) for m in ments):
            out.add(canon)
    return out


def _published_year(ctx: Context) -> int | None:
    article = getattr(ctx.parsed, "article", None)
    published = getattr(article, "published", None)
    return getattr(published, "year", None)


def _told_in_past(doc, m: Mention, spans, year: int) -> bool:
    """The clause naming the person (or, when it gives no year, its sentence) gives years, every one
    at least PAST_YEARS before publication, and is not told in the story's own days ('on Friday')."""
    head = _head(doc, m)
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    sub = list(verb.subtree)
    text = doc[sub[0].i:sub[-1].i + 1].text
    if not _YEAR.search(text):
        text = spans[m.sentence_id].text if 0 <= m.sentence_id < len(spans) else ""
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(years) and max(years) <= year - PAST_YEARS and not _NOW.search(text)


def _head(doc, m: Mention):
    """The name's syntactic head: its word whose head lies outside it."""
    return next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end or t.head.i == t.i), doc[m.start])


def _maker_of_work(doc, m: Mention) -> bool:
    """'a painting by Mark Rothko', 'works by Chardin': the name follows 'by' on a noun of a made work."""
    head = _head(doc, m)
    if head.dep_ != "pobj" or head.head.lower_ != "by":
        return False
    noun = head.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _WORKS
