"""A forecast dated by its own time but printed inside its telling ('X said sales will rise' on 1990) is
printed as the forecast ('Sales are expected to rise'), as the saying did not happen on that date (issue 11)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .empty_labels import said_content
from .model import Event
from .realise import MAX_LABEL_WORDS
from .syntax import first_child


def forecasts_untold(events: list[Event], spans: list[Span]) -> list[Event]:
    """The events with each told forecast's label printed as the forecast itself (forecast_label)."""
    out = []
    for e in events:
        label = forecast_label(e.label, e.time_text, spans[e.sentence_id])
        out.append(replace(e, label=label) if label else e)
    return out


def forecast_label(label: str, time_text: str, sent: Span) -> str:
    """'Jim Unruh said the price wars will continue' dated by 'through next year' -> 'The price wars are
    expected to continue': the label tells a saying whose content clause, printed after it from its
    subject on, is a 'will' forecast holding the event's date, the saying not; '' when it is not so,
    the forecast's subject is a pronoun, or the label would be too long."""
    words = label.split()
    for saying, content in _told_forecasts(sent):
        subject = first_child(content, "nsubj")
        at = _printed_after(words, saying.text, subject)
        if at is not None and _dated_inside(content, saying, time_text, sent):
            return _forecast_said(words[at:], subject)
    return ""


def _forecast_said(rest: list[str], subject: Token) -> str:
    """The forecast's words with 'will' as 'is/are expected to', from a capital; '' when its subject is a
    pronoun, it prints no 'will' or it is too long for a headline."""
    if any(x.pos_ == "PRON" for x in subject.subtree) or "will" not in rest:
        return ""
    rest = list(rest)
    rest[rest.index("will")] = "are expected to" if _plural(subject) else "is expected to"
    text = " ".join(rest)
    text = text[0].upper() + text[1:]
    return text if len(text.split()) <= MAX_LABEL_WORDS else ""


def _told_forecasts(sent: Span) -> list[tuple[Token, Token]]:
    """(saying, its content clause) for each saying whose content clause (empty_labels.said_content, with a
    subject of its own) is a 'will' forecast."""
    out = []
    for saying in sent:
        content = said_content(saying)
        out += [(saying, content)] if content is not None and _will_clause(content) else []
    return out


def _will_clause(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "will" for c in verb.children)


def _printed_after(words: list[str], saying: str, subject: Token | None) -> int | None:
    """The index of the label's word that opens the forecast's subject right after the printed saying
    (past a 'that'), or None when the label prints no saying before it."""
    if subject is None or saying not in words[1:]:
        return None
    at = words.index(saying, 1) + 1
    at += at < len(words) and words[at].lower() == "that"
    first = subject.doc[subject.left_edge.i].lower_
    return at if at < len(words) and words[at].lower() == first else None


def _dated_inside(content: Token, saying: Token, time_text: str, sent: Span) -> bool:
    """The event's date phrase is written inside the forecast clause, not on the saying."""
    start = sent.text.find(time_text) if time_text else -1
    if start < 0:
        return False
    span = sent.char_span(start, start + len(time_text), alignment_mode="expand")
    inside = {x.i for x in content.subtree}
    return span is not None and len(span) > 0 and all(t.i in inside for t in span) and saying.i not in inside


def _plural(subject: Token) -> bool:
    return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
