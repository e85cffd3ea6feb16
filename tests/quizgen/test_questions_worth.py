"""Worth asking: trivia and giveaways stay out of the default quiz, a headline question, and the note
the review page shows for every bank question left out."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.model import Question, Sentence
from quizgen.questions.worth import on_headline, quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ["Floods hit the town of Marlow on Monday.",
         "The river rose two metres overnight, the mayor Anne Ross said.",
         "Anne Ross ordered the schools closed.",
         "A council spokesman, Tim Odell, said the roads were shut.",
         "Marlow has flooded three times since 2000, and Marlow residents fear more rain."]
VIEW = ArticleView("Floods hit Marlow as river rises", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _q(kind: str, prompt: str, answer: str, sid: int, focus: str) -> Question:
    return Question("q", kind, prompt, answer, sid, choices=None if kind == "fill_blank" else
                    (answer, "X", "Y"), focus=focus)


def test_trivia_about_someone_named_once_stays_out_of_the_quiz():
    """The spokesman named once is trivia; the mayor the article comes back to is not."""
    spokesman = _q("multiple_choice", "Who said the roads were shut?", "Tim Odell", 3, "who")
    assert "names only once" in quiz_doubt(spokesman, VIEW)
    mayor = _q("multiple_choice", "Who ordered the schools closed?", "Anne Ross", 2, "who")
    assert quiz_doubt(mayor, VIEW) is None


def test_giveaways_stay_out_of_the_quiz():
    """The answer in its own stem, or a blank on the place the whole article is about."""
    own = _q("multiple_choice", "Who did Anne Ross, the mayor, ask to close the schools?", "Anne Ross", 2, "who")
    assert "names its own answer" in quiz_doubt(own, VIEW)
    blank = _q("fill_blank", "_____ has flooded three times since 2000.", "Marlow", 4, "city")
    assert "easy to guess" in quiz_doubt(blank, VIEW)
    fair = _q("fill_blank", "The river rose _____ overnight.", "two metres", 1, "number")
    assert quiz_doubt(fair, VIEW) is None


def test_a_question_on_the_headline_is_recognised():
    assert on_headline(_q("multiple_choice", "Which town did the floods hit?", "Marlow", 0, "city"), VIEW)
    assert not on_headline(_q("multiple_choice", "Who ordered the schools closed?", "Anne Ross", 2, "who"), VIEW)


def test_note_is_in_the_json_only_when_set():
    q = _q("multiple_choice", "Who ordered the schools closed?", "Anne Ross", 2, "who")
    assert "note" not in q.to_dict()
    assert Question(**{**q.__dict__, "note": "Left out: x."}).to_dict()["note"] == "Left out: x."


ARTICLE = """Title: Storm closes Harbor Bridge in Kelston
Published: 2021-03-04

A storm closed the Harbor Bridge in Kelston on Tuesday, the city council said.

Winds of 120 km/h tore roofs from 40 houses in Kelston, and the council opened two shelters.

Mayor Lina Fox said on Wednesday that the bridge would reopen on Friday.

"We have never seen winds like this in the harbour in fifty years," Lina Fox said.

A weather service forecaster, Paul Brandt, said the storm moved north on Thursday.

The city council said repairs would cost $4 million, and the national government promised to pay half.
"""


@pytest.mark.slow
def test_every_bank_question_outside_the_quiz_has_a_note_and_quiz_questions_none():
    lesson = build_lesson(ARTICLE)
    quiz = set(lesson.quiz)
    assert quiz and len(lesson.questions) > len(quiz)
    for q in lesson.questions:
        if q.id in quiz:
            assert q.note == "" and "note" not in q.to_dict()
        else:
            assert q.note.endswith(".") and q.note[:1].isupper() and "note" in q.to_dict()
