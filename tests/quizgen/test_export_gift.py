"""GIFT export, read back with pygiftparser (a GIFT parser not written here)."""
from __future__ import annotations

import html
import io
import re
import warnings

import pytest

from quizgen.export import export_with_report
from quizgen.export.gift import escape
from quizgen.model import Question

try:
    from .test_export_formats import (NAMES, TRICKY, broken_questions, sample_lesson,
                                      sample_questions)
except ImportError:
    from test_export_formats import (NAMES, TRICKY, broken_questions, sample_lesson,
                                     sample_questions)

with warnings.catch_warnings():
    # pygiftparser calls locale.getdefaultlocale() at import, deprecated since Python 3.11.
    warnings.simplefilter("ignore", DeprecationWarning)
    from pygiftparser import parser as giftparser

_ESCAPED = re.compile(r"\\([\\~=#{}:])")


def unescape(text: str) -> str:
    """GIFT's escapes undone as Moodle does (pygiftparser leaves them in the parsed text)."""
    return _ESCAPED.sub(r"\1", text)


def as_text(field: str) -> str:
    """A parsed [html] field as the learner reads it."""
    return html.unescape(unescape(field)).strip()


def parse(text: str) -> dict:
    questions = giftparser.parseFile(io.StringIO(text))
    assert all(q.valid for q in questions)
    return {q.title.split(" ", 1)[0]: q for q in questions}


@pytest.fixture(scope="module")
def parsed():
    text, skipped = export_with_report(sample_lesson(), "gift")
    assert skipped == []
    return parse(text)


def test_every_question_kind_is_read_back(parsed):
    """Each kind becomes the GIFT question type Moodle would import it as."""
    assert sorted(parsed) == sorted(q.id for q in sample_questions())
    kinds = {qid: type(q.answers).__name__ for qid, q in parsed.items()}
    assert kinds == {"mc-1": "SelectSet", "mc-tricky": "SelectSet", "tf-1": "TrueFalseSet",
                     "tf-2": "TrueFalseSet", "fb-1": "ShortSet", "fb-tricky": "ShortSet",
                     "ws-1": "SelectSet", "ord-1": "MatchingSet", "when-1": "SelectSet"}
    assert all(q.markup == "html" for q in parsed.values())


@pytest.mark.parametrize("q", [q for q in sample_questions()
                               if q.type in ("multiple_choice", "who_said", "when")],
                         ids=lambda q: q.id)
def test_choice_questions_round_trip(parsed, q):
    """Prompt, options and the one right option come back exactly, tricky characters included."""
    got = parsed[q.id]
    assert as_text(got.text) == q.prompt
    assert [as_text(a.answer) for a in got.answers.answers] == list(q.choices)
    right = [as_text(a.answer) for a in got.answers.answers if a.fraction == 100]
    assert right == [q.answer]


def test_true_false_round_trip(parsed):
    """True and false statements keep their truth value."""
    assert parsed["tf-1"].answers.answer is True
    assert parsed["tf-2"].answers.answer is False
    assert as_text(parsed["tf-2"].text) == "Russia invaded Ukraine on March 3, 2022 {really}?"


def test_fill_blank_accepts_every_accepted_answer(parsed):
    """The answer and its accepted variants are all right answers; case repeats are dropped."""
    got = [unescape(a.answer) for a in parsed["fb-1"].answers.answers]
    assert got == ["Feb. 24", "February 24", "24 February"]
    assert "_____" in parsed["fb-1"].text


def test_fill_blank_escapes_specials_and_moodle_wildcards():
    """=~#: in a short answer survive; '*' is sent as Moodle's literal star '\\*'."""
    q = Question(id="fb", type="fill_blank", prompt="It was _____.", sentence_id=0,
                 answer="AT&T 100% *star*", accept=("a=b~c#d:e",))
    got = parse(export_with_report(sample_lesson((q,)), "gift")[0])["fb"]
    assert [unescape(a.answer) for a in got.answers.answers] == ["AT&T 100% \\*star\\*",
                                                                 "a=b~c#d:e"]


def test_order_question_becomes_matching_with_a_note(parsed):
    """Each event is matched to its place in time, and the file says why."""
    q = next(q for q in sample_questions() if q.type == "order_events")
    pairs = {as_text(a.question): a.answer.strip() for a in parsed["ord-1"].answers.answers}
    expected = {label: ["1st", "2nd", "3rd"][q.answer.index(label)] for label in q.choices}
    assert pairs == expected
    text = export_with_report(sample_lesson(), "gift")[0]
    assert re.search(r"^// .*ordering.*matching", text, re.M | re.I)


def test_general_feedback_carries_the_evidence_sentence(parsed):
    """The learner sees where the article says so (and, for a false statement, why)."""
    assert as_text(parsed["mc-tricky"].generalFeedback).endswith(f"{TRICKY}\u201d")
    assert "Zoë Łukasz-Ødegård, a spokeswoman" in as_text(parsed["ws-1"].generalFeedback)
    fb = as_text(parsed["tf-2"].generalFeedback)
    assert fb.startswith("The article says the invasion began on Feb. 24.")
    assert "\u201cRussia invaded Ukraine on Feb. 24.\u201d" in fb


def test_non_ascii_names_are_kept(parsed):
    """Names like Zoë Łukasz-Ødegård come back unchanged (UTF-8, no escaping needed)."""
    texts = [as_text(a.answer) for a in parsed["ws-1"].answers.answers]
    assert texts == [NAMES[0], NAMES[1], NAMES[2]]


def test_left_out_questions_are_named_in_comments():
    """Questions that cannot be exported are listed at the top as // comments the parser skips."""
    lesson = sample_lesson(sample_questions() + broken_questions())
    text, skipped = export_with_report(lesson, "gift")
    comments = [line for line in text.splitlines() if line.startswith("//")]
    for qid, reason in skipped:
        assert f"// Left out {qid}: {reason}" in comments
    assert len(parse(text)) == len(sample_questions())


def test_escape_covers_every_special_character():
    """Backslash first, then ~ = # { } : each get a backslash."""
    assert escape("a\\b~c=d#e{f}g:h") == "a\\\\b\\~c\\=d\\#e\\{f\\}g\\:h"
    assert unescape(escape(TRICKY)) == TRICKY
