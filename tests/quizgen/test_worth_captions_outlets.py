"""Not worth asking (JUDGING.md rule 6): a photo's caption read as a story sentence, the news outlet
that reported a fact, a match's passing moment hidden by the blank; and a caption is no timeline label."""
from __future__ import annotations

import pytest

from quizgen.cleaning import clean_body
from quizgen.label_choice import label_fault
from quizgen.model import Question, Sentence
from quizgen.nlp import parse
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

LEAD = "The river flooded the town of Brookfield on Wednesday, officials said."
TAIL = "The mayor said the town had asked the state for help and expected an answer soon."


def _story(middle: str) -> str:
    return f"{LEAD}\n\n{middle}\n\n{TAIL}\n"


@pytest.mark.parametrize("caption", [
    # the picture's day in the main clause; the past verb only in a clause of a noun of the picture
    "Ann Lee stands Thursday over the remains of her house following a flood that hit late Wednesday in the town.",
    "Volunteers search the mud of a school that collapsed in the flood, on Thursday.",
    # a posed or pictured person: a caption even without its day
    "Mayor Tom Hale poses for a portrait at the town hall in Brookfield.",
    "Ann Lee is pictured outside her house in Brookfield.",
])
def test_lone_picture_sentence_is_set_aside(caption):
    cleaned = clean_body(_story(caption))
    assert [(s.kind, s.text) for s in cleaned.set_aside] == [("caption", caption)]
    assert LEAD in cleaned.reading and TAIL in cleaned.reading


@pytest.mark.parametrize("sentence", [
    # the day belongs to a clause of a noun, not to the picture
    "The mayor stands by the decision he made on Monday.",
    "The fund holds 5,000 shares of the bank, including 2,000 bought on Thursday.",
    # 'poses' with an object, and a past 'was pictured', are the story's
    "The flood poses a threat to the farms downstream.",
    "The mayor was pictured at the town hall.",
])
def test_story_sentence_is_kept(sentence):
    cleaned = clean_body(_story(sentence))
    assert not [s for s in cleaned.set_aside if s.kind == "caption"]
    assert sentence in cleaned.reading


_TEXT = ["The river flooded the town of Brookfield on Wednesday, officials said.",
         "Ann Lee stands Thursday over the remains of her house following a flood that hit late Wednesday in the town.",
         "CBS News correspondent Jo Park reports the dam was built in 1950.",
         "The Harbour Bee quoted officers as saying the dam had cracked.",
         "Lee fumbled and Roe recovered at their 32-yard line late in the game.",
         "The state sent 200 soldiers to the town."]
VIEW = ArticleView("Flood hits Brookfield", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _q(kind: str, prompt: str, answer: str, sid: int, focus: str) -> Question:
    choices = None if kind in ("fill_blank", "true_false") else (answer, "X", "Y")
    return Question("q", kind, prompt, answer, sid, choices=choices, focus=focus)


@pytest.mark.parametrize("q, why", [
    (_q("fill_blank", "_____ stands Thursday over the remains of her house following a flood that hit late "
        "Wednesday in the town.", "Ann Lee", 1, "person"), "caption"),
    (_q("fill_blank", "_____ correspondent Jo Park reports the dam was built in 1950.", "CBS News", 2, "org"),
     "outlet"),
    (_q("multiple_choice", "Which organization quoted officers as saying the dam had cracked?", "The Harbour Bee", 3,
        "which organisation"), "outlet"),
    (_q("fill_blank", "Lee fumbled and Roe recovered at their _____ line late in the game.", "32-yard", 4, "number"),
     "passing moment"),
])
def test_caption_outlet_and_play_stay_out_of_the_quiz(q, why):
    assert why in (quiz_doubt(q, VIEW) or "")


@pytest.mark.parametrize("q", [
    _q("fill_blank", "The state sent _____ soldiers to the town.", "200", 5, "number"),
    _q("fill_blank", "The _____ flooded the town of Brookfield on Wednesday, officials said.", "river", 0, "what"),
])
def test_the_story_is_still_asked(q):
    assert quiz_doubt(q, VIEW) is None


@pytest.mark.parametrize("sentence, label, fault", [
    ("Friends remove furniture from the flooded home on Thursday.", "Friends remove furniture from the flooded home",
     "a photo's caption"),
    ("Ann Lee stands over the remains of her house on Thursday.", "Ann Lee stands over the remains of her house",
     "a photo's caption"),
    ("Friends removed furniture from the flooded home on Thursday.", "Friends removed furniture from the flooded home",
     None),
])
def test_a_caption_is_no_label(sentence, label, fault):
    assert label_fault(label, parse(sentence)[:]) == fault
