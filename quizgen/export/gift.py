"""GIFT, Moodle's plain-text question format: one question per paragraph, `//` lines are comments."""
from __future__ import annotations

import html

from .. import kinds
from ..model import Lesson, Question
from . import (ORDER_INSTRUCTION, Skipped, accepted_answers, clean, correct_order, feedback,
               ordinal, problem, question_name)

# Moodle's GIFT reader un-escapes exactly these after a backslash (qformat_gift::escapedchar_pre).
_SPECIAL = "~=#{}:"


def escape(text: str) -> str:
    """Text with GIFT's special characters (and the backslash itself) escaped."""
    out = text.replace("\\", "\\\\")
    for ch in _SPECIAL:
        out = out.replace(ch, "\\" + ch)
    return out


def _html(text: str) -> str:
    # Question text, choices and feedback are sent as [html]: escaping & < > keeps an article's
    # "<" literal, and turns any "->" into "-&gt;" so Moodle never mistakes a choice for a match
    # pair. Braces become character references: regex-based GIFT readers often end an answer
    # block at an escaped "\}", while "&#125;" reads the same in every HTML renderer.
    text = html.escape(clean(text), quote=False).replace("{", "&#123;").replace("}", "&#125;")
    return escape(text)


def _plain_answer(text: str) -> str:
    # Short-answer responses are compared as plain text, where Moodle reads "*" as a wildcard.
    return escape(clean(text).replace("*", "\\*"))


def question_to_gift(lesson: Lesson, q: Question) -> str:
    """One question as a GIFT paragraph (the question must have passed `problem`)."""
    head = f"::{escape(question_name(q))}::[html]{_html(q.prompt)}"
    fb = feedback(lesson, q)
    tail = f"####{_html(fb)}" if fb else ""
    form = kinds.answer_form(q.type)
    if form == "true_false":
        return f"{head} {{{'TRUE' if q.answer == 'True' else 'FALSE'}{tail}}}"
    if form == "text":
        answers = " ".join("=" + _plain_answer(a) for a in accepted_answers(q))
        return f"{head} {{{answers}{tail}}}"
    if form == "order":
        # GIFT has no ordering question: a matching question pairs each event with its place.
        place = {pos: rank for rank, pos in enumerate(correct_order(q), start=1)}
        pairs = " ".join(f"={_html(label)} -> {ordinal(place[i])}"
                         for i, label in enumerate(q.choices))
        return f"{head} {_html(ORDER_INSTRUCTION)} {{{pairs}{tail}}}"
    answer = clean(q.answer)
    options = " ".join(("=" if clean(c) == answer else "~") + _html(c) for c in q.choices)
    return f"{head} {{{options}{tail}}}"


def to_gift(lesson: Lesson, questions: list[Question]) -> tuple[str, list[Skipped]]:
    """The questions as a GIFT file, and those left out with the reason."""
    blocks, skipped = [], []
    for q in questions:
        reason = problem(q)
        if reason:
            skipped.append((q.id, reason))
        else:
            blocks.append(question_to_gift(lesson, q))
    header = [f"// Newsline quiz: {clean(lesson.title)}"]
    if lesson.source or lesson.published:
        header.append("// Article: " + ", ".join(
            clean(x) for x in (lesson.source, lesson.published and lesson.published.isoformat()) if x))
    if any(kinds.answer_form(q.type) == "order" for q in questions):
        header.append("// GIFT has no ordering question: put-in-order questions are written as "
                      "matching questions (each event matched to its place in time).")
    for qid, reason in skipped:
        header.append(f"// Left out {clean(qid)}: {clean(reason)}")
    return "\n".join(header) + "\n\n" + "\n\n".join(blocks) + "\n", skipped
