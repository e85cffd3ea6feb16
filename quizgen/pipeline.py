"""The analysis stages in order: parse, sentences, the article index, dates, events."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from . import nlp
from .article import Article
from .clauses import ArticleClauses, build_clauses
from .dates import find_times
from .errors import ArticleError
from .events import extract_events
from .empty_labels import review_notes
from .index import ArticleIndex, build_index
from .label_cuts import completed_labels
from .told_forecasts import forecasts_untold
from .model import Event, Sentence, TimeExpression, Unresolved
from .referents import pronoun_referent
from .sentences import split_sentences


@dataclass
class ParsedArticle:
    """Everything later stages (events, questions) read: the parse, the article index, the clauses and
    the timeline.
    Built once by `analyse`; the stages only read it."""

    article: Article
    doc: Doc
    sentences: list[Sentence]
    spans: list[Span]                      # spaCy span of each sentence, same order as `sentences`
    sentence_ents: list[list[Span]] = field(default_factory=list)   # entities of each sentence
    index: ArticleIndex = field(default_factory=ArticleIndex)       # things, numbers, dates, referents
    clauses: ArticleClauses = field(default_factory=ArticleClauses)  # every verb's frame, asserted clauses
    times: list[TimeExpression] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


def analyse(article: Article, *, progress: Callable[[str], None] | None = None) -> ParsedArticle:
    """Parse the body, find and resolve its dates, and extract its events (`progress`: see build_lesson)."""
    body = article.body
    if not body.strip():
        raise ArticleError("The article is empty: paste the text of a news article.")
    if progress:
        progress("parsing")
    doc = nlp.parse(article.reading or body)      # same length as the body: offsets hold for both
    pairs = split_sentences(doc)
    if article.reading:
        pairs = [(replace(s, text=body[s.start:s.end]), sp) for s, sp in pairs]
    if not any(any(t.is_alpha for t in span) for _, span in pairs):
        raise ArticleError("No sentences were found: the text has no words to read.")
    sentences = [s for s, _ in pairs]
    spans = [sp for _, sp in pairs]
    parsed = ParsedArticle(article=article, doc=doc, sentences=sentences, spans=spans,
                           sentence_ents=_entities_by_sentence(doc, spans))
    parsed.index = build_index(parsed)
    parsed.clauses = build_clauses(doc, sentences, spans, parsed.index.named_before,
                                   lambda tok, span: pronoun_referent(tok, span, parsed.index))
    if progress:
        progress("dates")
    parsed.times, parsed.unresolved = find_times(doc, sentences, spans, article.published,
                                                 parsed.sentence_ents, parsed.clauses)
    # a label cut before what its verb needs gets it back, or a note for the teacher (issue 11)
    parsed.events, notes = completed_labels(extract_events(parsed), spans)
    parsed.events = forecasts_untold(parsed.events, spans)     # a told forecast dated by its own time
    parsed.messages += notes
    # a kept label of an empty shape (the lead's only event of its date) is shown to the teacher as such
    parsed.messages += review_notes([e.label for e in parsed.events], lambda k: parsed.events[k].date.isoformat())
    if article.published is None:
        parsed.messages.append("No publication date was given, so dates such as 'Wednesday' or "
                               "'last month' could not be placed on the calendar.")
    if not parsed.events:
        parsed.messages.append("No dated events were found in this article, so its timeline is empty.")
    return parsed


def _entities_by_sentence(doc: Doc, spans: list[Span]) -> list[list[Span]]:
    """doc.ents split by sentence in one pass (Span.ents rescans the whole document each time)."""
    ents = list(doc.ents)
    out: list[list[Span]] = [[] for _ in spans]
    j = 0
    for i, span in enumerate(spans):
        while j < len(ents) and ents[j].start < span.start:
            j += 1
        k = j
        while k < len(ents) and ents[k].end <= span.end:
            out[i].append(ents[k])
            k += 1
        j = k
    return out
