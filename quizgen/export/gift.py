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
    # Moodle reads a leading "%50%" as a partial-credit weight and a leading "[plain]" (or
    # [html], [moodle], [markdown]) as a format marker, and drops both from the text: the
    # first character as a reference reads the same and is neither.
    if text[:1] == "%":
        text = "&#37;" + text[1:]
    elif text[:1] == "[":
        text = "&#91;" + text[1:]
    return escape(text)


# Moodle's readquestion parses every answer with parse_text_with_format, which strips a leading
# "[name]" when the name is one of these.
_FORMAT_NAMES = ("plain", "html", "moodle", "markdown")


def _plain_answer(text: str) -> str:
    """A short-answer response as Moodle compares it (plain text, `*` a wildcard), made safe.

    Every answer is written with an explicit `%100%` weight, as Moodle's own exporter does, so an
    answer that itself starts with "%50%" keeps it. An answer starting with a format name in
    brackets gets a "[plain]" marker first: Moodle strips only the first one. "->" cannot be
    escaped in GIFT and makes Moodle read the question as matching (then reject it, and the
    whole file): it is written "-*>", whose wildcard still accepts exactly "->".
    """
    text = clean(text).replace("*", "\\*")
    text = escape(text).replace("->", "-*>")
    if text[:1] == "[" and text[1:].split("]", 1)[0].lower() in _FORMAT_NAMES:
        text = "[plain]" + text
    return "%100%" + text


def gift_name(q: Question) -> str:
    """The question's name for Moodle's bank: Moodle strips anything shaped like an HTML tag from
    names, so angle brackets become the look-alike single guillemets."""
    return escape(question_name(q).replace("<", "\u2039").replace(">", "\u203a"))


def question_to_gift(lesson: Lesson, q: Question) -> str:
    """One question as a GIFT paragraph (the question must have passed `problem`)."""
    head = f"::{gift_name(q)}::[html]{_html(q.prompt)}"
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
    if any(kinds.answer_form(q.type) == "text" and any("->" in a for a in accepted_answers(q)) for q in questions):
        header.append("// A short answer containing \"->\" is written \"-*>\" (GIFT cannot escape it): "
                      "Moodle's wildcard accepts the arrow as typed.")
    if any(kinds.answer_form(q.type) == "order" for q in questions):
        header.append("// GIFT has no ordering question: put-in-order questions are written as "
                      "matching questions (each event matched to its place in time).")
    for qid, reason in skipped:
        header.append(f"// Left out {clean(qid)}: {clean(reason)}")
    return "\n".join(header) + "\n\n" + "\n\n".join(blocks) + "\n", skipped
