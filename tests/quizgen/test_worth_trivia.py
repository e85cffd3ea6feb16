"""Rule 6 trivia kept out of the default quiz: a weekday blank, a poster's name, a figure that only
describes a noun, a number inside a name, and when questions whose date tests nothing."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import when
from quizgen.questions.worth import quiz_doubt, year_of_article
from quizgen.ranker import ArticleView

PUBLISHED = "2022-06-16"

_TEXT = ["Floods hit the town of Marlow on Monday.",
         "The river rose two metres overnight, the mayor Anne Ross said.",
         "Anne Ross ordered the schools closed.",
         "Anne Ross said the roads were shut."]
VIEW = ArticleView("Floods hit Marlow as river rises", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _blank(prompt: str, answer: str, focus: str) -> Question:
    return Question("q", "fill_blank", prompt, answer, 2, focus=focus)


@pytest.mark.parametrize("prompt, answer, focus", [
    ("The drama went into _____\u2019s awards with four nods but won none.", "Sunday", "date"),
    ("A decision on the parade will be made _____ morning before the start.", "Thursday", "date"),
    ("On Twitter, _____ explains that the river is still rising.", "Anne Ross", "person"),
    ("In a tweet, _____ said the bridge would stay closed.", "Anne Ross", "person"),
    ("Lia Hart\u2019s _____ space drama \u201cOrbit\u201d had another poor night at the awards.",
     "$90 million", "number"),
    ("The club is sponsoring \u201cRun Across the _____.\u201d", "50", "number"),
    ("Lee scored the winner during the Euro _____ final in London.", "2008", "date"),
    ("Just _____ in the second half, Ann Lee scored a goal from a volley.", "two minutes", "number"),
    ("Further strikes across the universities are planned _____.", "later this year", "date"),
])
def test_trivial_blank_stays_out_of_the_quiz(prompt: str, answer: str, focus: str):
    assert quiz_doubt(_blank(prompt, answer, focus), VIEW) is not None


@pytest.mark.parametrize("prompt, answer, focus", [
    ("The drama won _____ awards at the ceremony on Sunday.", "four", "number"),
    ("_____ ordered the schools closed on Monday.", "Anne Ross", "person"),
    ("The storm caused _____ in damage to the town\u2019s harbour.", "$90 million", "number"),
    ("The mayor\u2019s body will lie in state from _____, with the funeral on Friday.", "Monday", "date"),
    ("The plant opened in March _____ after two years of work.", "2008", "date"),
    ("The talks lasted _____ before the ministers left.", "ninety minutes", "number"),
    ("_____ tweeted to the boy and invited him to the town hall.", "Anne Ross", "person"),
])
def test_a_blank_on_the_point_is_kept(prompt: str, answer: str, focus: str):
    assert quiz_doubt(_blank(prompt, answer, focus), VIEW) is None


@pytest.mark.parametrize("prompt, kept", [
    ("On which day did one senior official describe the council as divided?", False),
    ("On which day did Anne Ross describe the council as divided?", True),
    ("On which day did a storm close the bridge?", True),
    ("On which day did Nora Quill tweet?", False),
    ("On which day did Space Shuttle Orion explode?", True),
])
def test_when_on_a_remark_of_a_passing_source(prompt: str, kept: bool):
    q = Question("w", "when", prompt, "Monday", 2, choices=("Monday", "Tuesday", "Friday", "Sunday"),
                 focus="date", fact="Monday")
    assert (quiz_doubt(q, VIEW) is None) is kept


def _whens(context_of, body: str) -> list[Question]:
    ctx = context_of(body)
    view = ArticleView(ctx.parsed.article.title, ctx.parsed.sentences, ctx.index.mentions)
    return [(q, quiz_doubt(q, view)) for q in when.generate(ctx)]


_FLOOD = ("Floods closed the bridge in Marlow on Monday, the council said. The mayor, Anne Ross, ordered "
          "the schools shut. Anne Ross visited the river bank. ")


@pytest.mark.parametrize("body, asked, kept", [
    (_FLOOD + "The council built a new flood wall last year.", "build", False),
    (_FLOOD + "The council built a new flood wall in 2009.", "build", True),
    (_FLOOD + "The council built a new flood wall earlier this month.", "build", True),
    (_FLOOD + "Tom Birch, a local fisherman, spoke at a council meeting in May.", "speak", False),
    (_FLOOD + "Anne Ross spoke at a council meeting in May.", "speak", True),
])
def test_when_question_whose_date_tests_nothing(context_of, body: str, asked: str, kept: bool):
    found = [(q, doubt) for q, doubt in _whens(context_of, body) if asked in q.prompt.lower()]
    assert found, [q.prompt for q, _ in _whens(context_of, body)]
    assert all((doubt is None) is kept for _, doubt in found)


@pytest.mark.parametrize("years, year, expected", [
    (["Solar power rose in 2019.", "Wind grew in 2019 as well.", "In 2019 coal fell.", "It peaked in 2007."],
     "2019", True),
    (["The plant opened in 1969.", "It closed in 1969 briefly.", "It reopened in 1969.", "It was sold in 2019."],
     "1969", False),
    (["Solar power rose in 2019.", "Wind grew in 2018."], "2019", False),
])
def test_year_of_article(years: list[str], year: str, expected: bool):
    view = ArticleView("Energy figures", [Sentence(i, t, 0, 0, i) for i, t in enumerate(years)])
    assert year_of_article(year, view) is expected
