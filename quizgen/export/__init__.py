"""Exports of a lesson to GIFT, Moodle XML, a QTI 2.1 package and TimelineJS JSON."""
from __future__ import annotations

import re
from collections.abc import Iterable

from .. import kinds
from ..errors import QuizgenError
from ..model import Lesson, Question

__all__ = ["export_lesson", "export_with_report", "EXPORT_FORMATS", "ExportError", "Skipped"]

# What the web layer needs to offer a download: file name ending, MIME type, whether it is bytes.
EXPORT_FORMATS: dict[str, dict] = {
    "gift": {"label": "GIFT (Moodle)", "extension": ".gift.txt",
             "mimetype": "text/plain; charset=utf-8", "binary": False},
    "moodle": {"label": "Moodle XML", "extension": ".moodle.xml",
               "mimetype": "application/xml; charset=utf-8", "binary": False},
    "qti": {"label": "QTI 2.1 package (Canvas, Blackboard)", "extension": ".qti21.zip",
            "mimetype": "application/zip", "binary": True},
    "timelinejs": {"label": "TimelineJS JSON", "extension": ".timeline.json",
                   "mimetype": "application/json; charset=utf-8", "binary": False},
}

# kept for callers that name them; the registry (quizgen.kinds) is where kinds are defined
QUESTION_TYPES = kinds.names()
CHOICE_TYPES = kinds.names("choice")

Skipped = tuple[str, str]          # (question id, why it was left out)


class ExportError(QuizgenError, ValueError):
    """An export that cannot be made (unknown format)."""


def export_lesson(lesson: Lesson, fmt: str, *,
                  questions: Iterable[Question] | None = None) -> str | bytes:
    """The lesson in `fmt` (text, or bytes for the QTI zip); defaults to the whole question bank."""
    return export_with_report(lesson, fmt, questions=questions)[0]


def export_with_report(lesson: Lesson, fmt: str, *, questions: Iterable[Question] | None = None
                       ) -> tuple[str | bytes, list[Skipped]]:
    """The export and the questions it left out, as (question id, reason) pairs."""
    qs = list(lesson.questions if questions is None else questions)
    if fmt == "gift":
        from .gift import to_gift
        return to_gift(lesson, qs)
    if fmt == "moodle":
        from .moodle_xml import to_moodle_xml
        return to_moodle_xml(lesson, qs)
    if fmt == "qti":
        from .qti import to_qti_package
        return to_qti_package(lesson, qs)
    if fmt == "timelinejs":
        from .timelinejs import to_timelinejs
        return to_timelinejs(lesson), []
    raise ExportError(f"Unknown export format '{fmt}': choose one of {', '.join(EXPORT_FORMATS)}.")


# ---- helpers shared by the exporters -------------------------------------------------------------

# Characters XML 1.0 cannot carry at all (lxml refuses them); article text pasted from Word or a
# PDF sometimes holds them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: object) -> str:
    """One line of text fit for any format: no control characters, whitespace runs made one space."""
    return " ".join(_XML_INVALID.sub("", str(text)).split())


def problem(q: Question) -> str | None:
    """Why a question cannot be exported faithfully, or None when it can."""
    form = kinds.answer_form(q.type)
    if form is None:
        return f"unknown question type '{q.type}'"
    if not clean(q.prompt):
        return "empty prompt"
    return _FORM_PROBLEMS[form](q)


def _choice_problem(q: Question) -> str | None:
    choices = [clean(c) for c in q.choices or ()]
    if len(choices) < 2:
        return "fewer than two choices"
    if len(set(choices)) != len(choices):
        return "two choices read the same"
    if not isinstance(q.answer, str) or clean(q.answer) not in choices:
        return "the answer is not among the choices"
    return None


def _true_false_problem(q: Question) -> str | None:
    if q.answer not in ("True", "False"):
        return f"true/false answer '{q.answer}' is neither True nor False"
    return None


def _text_problem(q: Question) -> str | None:
    if not isinstance(q.answer, str) or not clean(q.answer):
        return "no answer for the blank"
    return None


def _order_problem(q: Question) -> str | None:
    labels = [clean(c) for c in q.choices or ()]
    answer = [clean(a) for a in q.answer] if not isinstance(q.answer, str) else []
    if len(labels) < 2:
        return "fewer than two events to order"
    if len(set(labels)) != len(labels):
        return "two events have the same label, so their order cannot be checked"
    if sorted(answer) != sorted(labels):
        return "the answer order does not list exactly the events shown"
    return None


# what each answer form of the registry (quizgen.kinds) needs to be exported faithfully
_FORM_PROBLEMS = {"choice": _choice_problem, "true_false": _true_false_problem, "text": _text_problem,
                  "order": _order_problem}


def evidence(lesson: Lesson, q: Question) -> str:
    """The article sentence a question is built on ('' when the id is unknown)."""
    for s in lesson.sentences:
        if s.id == q.sentence_id:
            return clean(s.text)
    return ""


def feedback(lesson: Lesson, q: Question) -> str:
    """General feedback: the correct answer's evidence, so the learner sees where the article says so."""
    parts = []
    if q.explanation:
        parts.append(clean(q.explanation))
    sentence = evidence(lesson, q)
    if sentence:
        # a sentence that opens with a quotation keeps its own marks rather than doubling them
        quoted = sentence if sentence[:1] in "\u201c\"\u2018'" else f"\u201c{sentence}\u201d"
        parts.append(f"{'In the article' if q.explanation else 'The article says'}: {quoted}")
    return " ".join(parts)


def correct_order(q: Question) -> list[int]:
    """For order_events: positions (0-based, into q.choices) of the events, earliest first."""
    labels = [clean(c) for c in q.choices or ()]
    return [labels.index(clean(a)) for a in q.answer]


def accepted_answers(q: Question) -> list[str]:
    """For fill_blank: the answer, then the other accepted answers, without case-only repeats."""
    answers: list[str] = []
    for a in (q.answer, *q.accept):
        a = clean(a)
        if a and a.casefold() not in {x.casefold() for x in answers}:
            answers.append(a)
    return answers


def ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def question_name(q: Question, width: int = 60) -> str:
    """A short name for a question bank: its id and the start of its prompt."""
    prompt = clean(q.prompt)
    if len(prompt) > width:
        prompt = prompt[:width - 1].rstrip() + "\u2026"
    return f"{clean(q.id)} {prompt}"


ORDER_INSTRUCTION = "Match each event to its place in time (1st = earliest)."
