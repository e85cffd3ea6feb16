"""The lesson as a teacher reviews it: each question, its options, the answer marked, the evidence quoted."""
from __future__ import annotations

import textwrap

from .kinds import KINDS, answer_form
from .model import Lesson, Question

_KIND = {name: kind.review_label for name, kind in KINDS.items()}


def render_text(lesson: Lesson) -> str:
    """Plain text: header, the default quiz, then the rest of the ranked bank."""
    sents = {s.id: s.text for s in lesson.sentences}
    events = {e.id: e for e in lesson.events}
    lines = [lesson.title, "=" * min(len(lesson.title), 78)]
    meta = [f"Published: {lesson.published.isoformat() if lesson.published else 'unknown'}"]
    if lesson.source:
        meta.append(f"Source: {lesson.source}")
    lines += meta
    lines.append(f"{len(lesson.events)} timeline events, {len(lesson.questions)} questions in the bank, "
                 f"{len(lesson.quiz)} in the default quiz.")
    for msg in lesson.messages:
        lines.append(f"Note: {msg}")
    quiz = lesson.quiz_questions
    in_quiz = {q.id for q in quiz}
    rest = [q for q in lesson.questions if q.id not in in_quiz]
    lines += ["", f"DEFAULT QUIZ ({len(quiz)} questions)", "-" * 30]
    for n, q in enumerate(quiz, 1):
        lines += _question(n, q, sents, events)
    lines += ["", f"REST OF THE BANK ({len(rest)} questions, best first)", "-" * 30]
    for n, q in enumerate(rest, len(quiz) + 1):
        lines += _question(n, q, sents, events)
    return "\n".join(lines) + "\n"


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, width=96, initial_indent=indent, subsequent_indent=indent + "  ") or [indent]


def _question(n: int, q: Question, sents: dict, events: dict) -> list[str]:
    out = [""]
    focus = f", {q.focus}" if q.focus and q.type == "multiple_choice" else ""
    out += _wrap(f"{n}. [{_KIND.get(q.type, q.type)}{focus}] {q.prompt}", "")
    out += _ANSWER_LINES.get(answer_form(q.type), _choice_lines)(q, events)
    if q.explanation:
        out += _wrap(q.explanation, "    ")
    ev = sents.get(q.sentence_id)
    if ev is not None:
        out += _wrap(f"Evidence (sentence {q.sentence_id}): {ev}", "    ")
    out.append(f"    id {q.id} · score {q.score:.2f}")
    return out


def _order_lines(q: Question, events: dict) -> list[str]:
    """The events as shown, then the right order with each event's date and the words it was read from."""
    out: list[str] = []
    for i, c in enumerate(q.choices or ()):
        out += _wrap(f"{chr(97 + i)}) {c}", "    ")
    out.append("    Correct order:")
    for i, label in enumerate(q.answer, 1):
        ev = events.get(q.event_ids[i - 1]) if i - 1 < len(q.event_ids) else None
        when = f"  ({ev.date.isoformat()}, '{ev.time_text}')" if ev else ""
        out += _wrap(f"{i}. {label}{when}", "      ")
    return out


def _blank_lines(q: Question, events: dict) -> list[str]:
    """The answer and the other spellings accepted."""
    extra = f"   (also accepted: {', '.join(q.accept)})" if q.accept else ""
    return _wrap(f"Answer: {q.answer}{extra}", "    ")


def _choice_lines(q: Question, events: dict) -> list[str]:
    """The options, the right one starred."""
    out: list[str] = []
    for i, c in enumerate(q.choices or ()):
        mark = "*" if c == q.answer else " "
        out += _wrap(f"{mark} {chr(97 + i)}) {c}", "   ")
    return out


# how an answer is shown, by the kind's answer form; choice and true_false forms star the right option
_ANSWER_LINES = {"order": _order_lines, "text": _blank_lines}
