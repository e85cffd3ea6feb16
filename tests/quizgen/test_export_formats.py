"""export_lesson: dispatch, EXPORT_FORMATS, determinism, skipped questions; the shared sample lesson."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.export import EXPORT_FORMATS, ExportError, export_lesson, export_with_report
from quizgen.model import Event, Lesson, Question, Sentence

TRICKY = "Braces {} equals = tilde ~ hash # colon : backslash \\ and & < > \" ' -> done"
NAMES = ("Zoë Łukasz-Ødegård", "Xi Jinping", "Vladimir Putin", "Ana María Núñez")

SENTENCES = (
    "Xi Jinping and Vladimir Putin spoke on the phone on Wednesday.",
    "Russia invaded Ukraine on Feb. 24.",
    "\u201cWe will meet again,\u201d said Zoë Łukasz-Ødegård, a spokeswoman.",
    "Trade between the two countries rose in 2021.",
    f"A note with tricky characters: {TRICKY}",
    "Officials will meet in Beijing next month.",
)


def _sentences(texts: tuple[str, ...]) -> tuple[Sentence, ...]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence(id=i, text=t, start=pos, end=pos + len(t), paragraph=i))
        pos += len(t) + 1
    return tuple(out)


def sample_questions() -> tuple[Question, ...]:
    """One question of every kind, with tricky characters in prompts, choices and answers."""
    return (
        Question(id="mc-1", type="multiple_choice", sentence_id=0, focus="who",
                 prompt="Who did Xi Jinping speak to on the phone on June 15, 2022?",
                 choices=("Vladimir Putin", "Zoë Łukasz-Ødegård", "Joe Biden", "Olaf Scholz"),
                 answer="Vladimir Putin"),
        Question(id="mc-tricky", type="multiple_choice", sentence_id=4, focus="what",
                 prompt=f"Which text does the note quote? {TRICKY}",
                 choices=(TRICKY, "a = b ~ c", "x {y} z", "AT&T <b>bold</b>"),
                 answer=TRICKY),
        Question(id="tf-1", type="true_false", sentence_id=1,
                 prompt="Russia invaded Ukraine on Feb. 24, 2022.", choices=("True", "False"),
                 answer="True"),
        Question(id="tf-2", type="true_false", sentence_id=1,
                 prompt="Russia invaded Ukraine on March 3, 2022 {really}?",
                 choices=("True", "False"), answer="False",
                 explanation="The article says the invasion began on Feb. 24."),
        Question(id="fb-1", type="fill_blank", sentence_id=1,
                 prompt="Russia invaded Ukraine on _____.", answer="Feb. 24",
                 accept=("February 24", "24 February", "feb. 24")),
        Question(id="fb-tricky", type="fill_blank", sentence_id=4,
                 prompt="The note ends with the word _____ after #, = and ~.",
                 answer="AT&T 100% *star* {x}", accept=("a=b~c#d:e",)),
        Question(id="ws-1", type="who_said", sentence_id=2, focus="who",
                 prompt="Who said \u201cWe will meet again\u201d?",
                 choices=("Zoë Łukasz-Ødegård", "Xi Jinping", "Vladimir Putin"),
                 answer="Zoë Łukasz-Ødegård"),
        Question(id="ord-1", type="order_events", sentence_id=0,
                 prompt="Put these events in the order they happened.",
                 choices=("Xi Jinping and Vladimir Putin spoke on the phone",
                          "Trade rose <sharply> & fast",
                          "Russia invaded Ukraine"),
                 answer=("Trade rose <sharply> & fast", "Russia invaded Ukraine",
                         "Xi Jinping and Vladimir Putin spoke on the phone"),
                 event_ids=("e3", "e2", "e1")),
        Question(id="when-1", type="when", sentence_id=1, focus="date",
                 prompt="When did Russia invade Ukraine?",
                 choices=("February 24, 2022", "March 3, 2022", "June 15, 2022", "January 1, 2022"),
                 answer="February 24, 2022"),
    )


def sample_lesson(questions: tuple[Question, ...] | None = None) -> Lesson:
    """A small lesson built by hand: every question kind, every date precision, tricky text."""
    events = (
        Event(id="e3", date=dt.date(2021, 1, 1), precision="year", label="Trade rose <sharply> & fast",
              time_text="in 2021", sentence_id=3),
        Event(id="e2", date=dt.date(2022, 2, 24), precision="day", label="Russia invaded Ukraine",
              time_text="Feb. 24", sentence_id=1),
        Event(id="e1", date=dt.date(2022, 6, 15), precision="day",
              label="Xi Jinping and Vladimir Putin spoke on the phone", time_text="Wednesday",
              sentence_id=0),
        Event(id="e4", date=dt.date(2022, 7, 1), precision="month",
              label="Zoë Łukasz-Ødegård's officials meet in Beijing", time_text="next month",
              sentence_id=5, future=True),
    )
    return Lesson(title="Xi & Putin: a \u201ccall\u201d <Zoë>", published=dt.date(2022, 6, 16),
                  source="Example News", text="\n".join(SENTENCES),
                  sentences=_sentences(SENTENCES), events=events,
                  questions=sample_questions() if questions is None else questions,
                  quiz=("mc-1", "tf-1"), generator="quizgen test")


def broken_questions() -> tuple[Question, ...]:
    """Questions no format can carry faithfully."""
    return (
        Question(id="bad-type", type="essay", prompt="Discuss.", answer="", sentence_id=0),
        Question(id="bad-mc", type="multiple_choice", prompt="Who?", answer="Nobody",
                 choices=("A", "B"), sentence_id=0),
        Question(id="bad-order", type="order_events", prompt="Order these.",
                 choices=("A", "B"), answer=("A", "C"), sentence_id=0),
    )


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_every_format_is_deterministic_and_typed(fmt):
    """Two exports of the same lesson are identical, bytes only for the binary format."""
    lesson = sample_lesson()
    first, second = export_lesson(lesson, fmt), export_lesson(sample_lesson(), fmt)
    assert first == second
    assert isinstance(first, bytes) is EXPORT_FORMATS[fmt]["binary"]
    assert EXPORT_FORMATS[fmt]["extension"].startswith(".")
    assert "/" in EXPORT_FORMATS[fmt]["mimetype"]


@pytest.mark.parametrize("fmt", ["gift", "moodle", "qti"])
def test_every_question_kind_exports_and_broken_ones_are_reported(fmt):
    """All six kinds export; unknown or inconsistent questions are listed with a reason."""
    lesson = sample_lesson(sample_questions() + broken_questions())
    _, skipped = export_with_report(lesson, fmt)
    assert [qid for qid, _ in skipped] == ["bad-type", "bad-mc", "bad-order"]
    reasons = dict(skipped)
    assert "essay" in reasons["bad-type"]
    assert "not among the choices" in reasons["bad-mc"]
    assert "order" in reasons["bad-order"]


def test_questions_argument_limits_the_export():
    """questions= exports only the given questions (e.g. the default quiz)."""
    lesson = sample_lesson()
    text = export_lesson(lesson, "gift", questions=lesson.quiz_questions)
    assert "::mc-1 " in text and "::tf-1 " in text and "::fb-1 " not in text


def test_unknown_format_is_a_clear_error():
    """An unknown format raises ExportError naming the formats there are."""
    with pytest.raises(ExportError, match="gift"):
        export_lesson(sample_lesson(), "pdf")
