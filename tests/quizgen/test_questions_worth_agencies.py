"""Worth asking: a news agency that reported or projected a fact is no answer to ask for, and a public
information officer is a spokesperson."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ["Voters in the county chose a new sheriff on Tuesday.",
         "Ann Ross won the race for sheriff with 54 percent of the vote.",
         "The Associated Press projected victory for Ross shortly after the polls closed.",
         "Reuters reported that turnout reached a record.",
         "Lia Sousa, a public information officer for the county, said the count went smoothly.",
         "Ross said she would hire more deputies."]
VIEW = ArticleView("Ross wins sheriff's race", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


@pytest.mark.parametrize("kind, prompt, answer, sid, focus", [
    ("fill_blank", "_____ projected victory for Ross shortly after the polls closed.", "The Associated Press", 2, "org"),
    ("fill_blank", "_____ reported that turnout reached a record.", "Reuters", 3, "org"),
    ("multiple_choice", "Who projected victory for Ross shortly after the polls closed?", "The Associated Press", 2,
     "who"),
])
def test_news_agency_answer_stays_out_of_the_quiz(kind, prompt, answer, sid, focus):
    q = Question("q", kind, prompt, answer, sid, choices=None if kind == "fill_blank" else (answer, "X", "Y"),
                 focus=focus)
    assert "news agency" in (quiz_doubt(q, VIEW) or "")


def test_a_winner_is_still_asked():
    q = Question("q", "fill_blank", "_____ won the race for sheriff with 54 percent of the vote.", "Ann Ross", 1,
                 focus="person")
    assert "news agency" not in (quiz_doubt(q, VIEW) or "")


def test_an_agency_the_article_is_about_is_asked():
    view = ArticleView("Reuters cuts 200 jobs", [Sentence(0, "Reuters cut 200 jobs on Monday.", 0, 0, 0)])
    q = Question("q", "fill_blank", "_____ cut 200 jobs on Monday.", "Reuters", 0, focus="org")
    assert "news agency" not in (quiz_doubt(q, view) or "")


@pytest.mark.parametrize("sentence", [
    "Lia Sousa, a public information officer for the county, said the count went smoothly.",
    "County police spokesman Sgt. Lia Sousa said the count went smoothly.",
])
def test_public_information_officer_is_a_spokesperson(sentence):
    view = ArticleView("Ross wins sheriff's race", [Sentence(i, t, 0, 0, i) for i, t in
                                                    enumerate([*_TEXT[:4], sentence, _TEXT[5]])])
    q = Question("q", "who_said", "Who said the count went smoothly?", "Lia Sousa", 4, choices=("Lia Sousa", "X", "Y"),
                 focus="who")
    assert "spokesperson" in (quiz_doubt(q, view) or "")


@pytest.mark.parametrize("statement, doubted", [
    ("The Associated Press projected victory for Ross shortly after the polls closed.", True),
    ("REUTERS projected victory for Ross shortly after the polls closed.", True),
    ("Reuters reported that turnout reached a record.", True),
    ("Ann Ross won the race for sheriff with 54 percent of the vote.", False),
    ("Reuters shares rose five pence on Monday.", False),
])
def test_true_false_on_which_agency_reported(statement, doubted):
    q = Question("q", "true_false", statement, "True", 2, choices=("True", "False"))
    assert ("news agency" in (quiz_doubt(q, VIEW) or "")) is doubted
