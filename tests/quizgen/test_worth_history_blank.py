"""Rule 6 background history: a blank keyed to a year long before the article's own goes after its kind's
other questions in the default quiz; the year of the news, a year in the lead, or an undated article do not."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import history_blank
from quizgen.ranker import article_view

_TEXT = ["The town of Marlow opened its new bridge on Monday.",
         "The bridge replaces one closed after the floods of 2019.",
         "Records of the river have been kept since 1884.",
         "The old ferry last ran in 1998, the mayor said.",
         "Work on the bridge began in 2021."]


def _view(published: dt.date | None):
    article = SimpleNamespace(title="Marlow opens its new bridge", published=published)
    sentences = [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)]
    return article_view(SimpleNamespace(article=article, sentences=sentences, index=None))


def _blank(prompt: str, answer: str, sentence_id: int) -> Question:
    return Question("q", "fill_blank", prompt, answer, sentence_id, focus="date")


@pytest.mark.parametrize("prompt, answer, sentence_id", [
    ("Records of the river have been kept since _____.", "1884", 2),
    ("The old ferry last ran in _____, the mayor said.", "1998", 3),
    ("The old ferry last ran on _____, the mayor said.", "May 2, 1998", 3),
])
def test_a_blank_on_a_year_long_past_is_history(prompt: str, answer: str, sentence_id: int):
    assert history_blank(_blank(prompt, answer, sentence_id), _view(dt.date(2023, 5, 2)))


@pytest.mark.parametrize("prompt, answer, sentence_id, published", [
    ("Work on the bridge began in _____.", "2021", 4, dt.date(2023, 5, 2)),       # the story's own years
    ("The bridge replaces one closed after the floods of _____.", "2019", 1, dt.date(2023, 5, 2)),  # the lead
    ("Records of the river have been kept since _____.", "1884", 2, None),        # no publication date
])
def test_the_news_years_are_not_history(prompt: str, answer: str, sentence_id: int, published):
    assert not history_blank(_blank(prompt, answer, sentence_id), _view(published))


def test_only_blanks_are_ranked_down():
    when = Question("q", "when", "In which year did the old ferry last run?", "1998", 3, focus="date")
    assert not history_blank(when, _view(dt.date(2023, 5, 2)))
