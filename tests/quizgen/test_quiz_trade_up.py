"""Issue 12: a short quiz trades out a question whose answer keeps several sound ones out."""
from __future__ import annotations

import dataclasses

from types import SimpleNamespace

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import select_quiz
from quizgen.questions.distractors import fits_kind

_TF = ("True", "False")


def _tf(qid: str, prompt: str, sid: int, score: float, answer: str = "True") -> Question:
    return Question(id=qid, type="true_false", prompt=prompt, answer=answer, sentence_id=sid, choices=_TF,
                    score=score)


def _select(bank: list[Question]) -> list[str]:
    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(12)]
    return select_quiz(bank, SimpleNamespace(sentences=sentences), size=10)


def _blocking_bank() -> list[Question]:
    """One weak question on 'Harbour Board' whose answer three stronger statements print."""
    return [
        Question(id="m1", type="multiple_choice", prompt="Which body voted to close the old pier?",
                 answer="Harbour Board", sentence_id=1, choices=("Harbour Board", "Rail Office", "Water Trust"),
                 score=0.45),
        _tf("t1", "Fishermen marched to the Harbour Board offices in protest.", 2, 0.8),
        _tf("t2", "The Harbour Board met again after the storm.", 3, 0.75, "False"),
        _tf("t3", "The ferry stopped running after the Harbour Board vote.", 4, 0.7),
        Question(id="w1", type="when", prompt="On which day did the ferry company cut its timetable?",
                 answer="Monday", sentence_id=5, choices=("Monday", "Friday", "Sunday"), score=0.7),
        Question(id="f1", type="fill_blank", prompt="The repairs will cost the town _____ dollars.",
                 answer="40,000", sentence_id=6, score=0.65),
    ]


def test_short_quiz_trades_a_blocking_answer_for_the_questions_it_kept_out():
    """Asking which body voted kept three statements naming it out; the quiz takes them instead."""
    quiz = _select(_blocking_bank())
    assert "m1" not in quiz and {"t1", "t2", "t3"} <= set(quiz) and len(quiz) >= 5


def test_full_quiz_trades_nothing():
    """A quiz of six questions and three kinds already is left as chosen: the question on the body,
    ranked first, keeps the statements naming it out."""
    bank = [dataclasses.replace(q, score=0.95) if q.id == "m1" else q for q in _blocking_bank()] + [
        Question(id=f"m{i}", type="multiple_choice", prompt=f"Which crew {i} mended the nets?",
                 answer=f"crew {i}", sentence_id=6 + i, choices=(f"crew {i}", "x", "y"), score=0.9)
        for i in range(2, 6)]
    quiz = _select(bank)
    assert "m1" in quiz and "t1" not in quiz


@pytest.mark.parametrize("text, kind", [("UTC", "ORG"), ("GMT", "MEDIA"), ("EST", "PERSON")])
def test_time_zone_is_no_name(text, kind):
    """'(1400 UTC)': a time zone the tagger read as a body is never offered in a name's place."""
    assert not fits_kind(text, kind, "National Council")


@pytest.mark.parametrize("text, kind", [("Harbour Board", "ORG"), ("Daily Courier", "MEDIA")])
def test_names_still_fit(text, kind):
    assert fits_kind(text, kind, "National Council")


def _picker(text: str):
    from quizgen.article import parse_article
    from quizgen.index import build_index
    from quizgen.pipeline import analyse
    from quizgen.questions.distractors import DistractorPicker
    parsed = analyse(parse_article("Title: Vote\n\n" + text + "\n"))
    index = build_index(parsed)
    return index, DistractorPicker(index, parsed)


@pytest.mark.parametrize("outlet", ["Valdor News", "Coast Broadcasting"])
def test_a_news_outlet_is_no_option_for_a_body(outlet):
    """'Which organization passed the bill?': a newspaper that reported it is no stand-in for the
    council; a name ending in an outlet's word is typed as an outlet."""
    index, picker = _picker(f"The Valdor City Council passed the budget on Monday, {outlet} reported. "
                            "The Harbour Trust opposed the budget. The Rail Workers Union backed it.")
    kinds = {m.text: m.kind for m in index.mentions}
    assert kinds.get(outlet) == "MEDIA"
    council = next(m for m in index.mentions if m.text.endswith("City Council"))
    assert outlet not in picker.names(council, 3, article_only=True)


@pytest.mark.parametrize("prompt, left_out", [
    ("Which news organization reported that the mayor resigned?", True),
    ("Which newspaper reported that the bridge would close?", True),
    ("Which organization voted to close the old pier?", False),
])
def test_a_question_on_who_reported_it_stays_out(prompt, left_out):
    """Who reported a fact is no fact of the story, asked with options as with a blank."""
    from quizgen.questions.worth import quiz_doubt
    from quizgen.ranker import ArticleView
    view = ArticleView("Mayor quits", [Sentence(0, "The mayor quit.", 0, 0, 0)])
    q = Question("q", "multiple_choice", prompt, "Harbour Post", 0, choices=("Harbour Post", "Bay Times", "Rail News"),
                 focus="which organization")
    assert (quiz_doubt(q, view) is not None) is left_out


def test_no_false_statement_swaps_the_outlet_that_reported_it():
    """'Valdor News reported that ...' made false with another outlet: that outlet may have reported
    it too, so the statement is not plainly false."""
    from quizgen.questions.context import make_context
    from quizgen.questions.true_false import _unswappable
    from quizgen.article import parse_article
    from quizgen.pipeline import analyse
    parsed = analyse(parse_article(
        "Title: Harbour\n\nValdor News reported that the council closed the harbour after the storm. "
        "Coast Broadcasting said the mayor visited the harbour. The Harbour Trust paid for the repairs.\n"))
    ctx = make_context(parsed)
    outlet = next(m for m in ctx.index.mentions if m.text == "Valdor News")
    trust = next(m for m in ctx.index.mentions if m.text.endswith("Harbour Trust"))
    assert _unswappable(ctx, None, outlet) and not _unswappable(ctx, None, trust)
