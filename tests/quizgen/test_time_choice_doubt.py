"""A multiple choice on a time gets the when question's doubts: the date of an unnamed source's remark."""
from quizgen.model import Question, Sentence
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_TEXT = ("The city council approved a new budget for the harbour on Tuesday.",
         "The vote ended a month of talks between the mayor and the unions.",
         "One senior official described the talks on Monday as a slow dance.")


def _view() -> ArticleView:
    sentences, at = [], 0
    for i, text in enumerate(_TEXT):
        sentences.append(Sentence(i, text, at, at + len(text)))
        at += len(text) + 1
    return ArticleView("Council approves harbour budget", sentences)


def _question(kind: str, focus: str) -> Question:
    return Question(id="q1", type=kind, prompt="When did one senior official describe the talks as a slow dance?",
                    answer="Monday", sentence_id=2, choices=("Monday", "Tuesday", "Sunday", "Friday"), focus=focus)


def test_time_choice_on_an_unnamed_sources_remark_is_doubted():
    assert quiz_doubt(_question("multiple_choice", "when"), _view()) is not None


def test_when_question_is_doubted_as_before():
    assert quiz_doubt(_question("when", "date"), _view()) is not None


def test_choice_on_another_focus_is_not_a_time_question():
    q = Question(id="q2", type="multiple_choice", prompt="Who approved a new budget for the harbour?",
                 answer="The city council", sentence_id=0, choices=("The city council", "The unions"), focus="who")
    assert quiz_doubt(q, _view()) is None
