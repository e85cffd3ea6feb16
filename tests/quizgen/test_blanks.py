"""A blank covers one unit (one date, one figure; a range's other end and a hedge stay in the stem; no
'a'/'an' that tells the answer's first sound), and trivia answers stay out of the default quiz."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import fill_blank
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

SPANS = [
    # a change from one figure to another: the blank takes the level reached, the start stays
    ("The council raised the ferry fare from $40 to $55 after the storm season.",
     "$55", "from $40 to _____ after"),
    ("Engineers plan to lift the average output of the old turbines from 20% to 30% within two years.",
     "30%", "from 20% to _____ within"),
    # a range of years: one end in the blank, the other in the stem
    ("The number of ferry crossings in the valley fell between 1981 and 1994, the board reported.",
     "1994", "between 1981 and _____,"),
    # a hedge is no part of the figure a learner types
    ("The city agreed with the union to hire close to 300 bus drivers for the summer routes.",
     "300", "hire close to _____ bus"),
    ("In the other 40 percent of the district, water bills went up again last winter.",
     "40 percent", "In the other _____ of"),
    # a date stops where its phrase does ('after years of ...' stays in the stem)
    ("The old ferry captain became head of the river board in May 2019 after years of running boats.",
     "May 2019", "in _____ after years"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, answer, around", SPANS)
def test_a_blank_covers_one_value(context_of, text, answer, around):
    qs = {q.answer: q.prompt for q in fill_blank.generate(context_of(text))}
    assert answer in qs, qs
    assert around in qs[answer]


@pytest.mark.parametrize("prompt, written", [
    ("An _____ meeting of the board approved the bridge.", "A(n) _____ meeting of the board approved the bridge."),
    # 'a' is the unmarked article and stays: 'a(n)' before it would read as a template's artifact
    ("A town signed a _____ deal for the bridge.", "A town signed a _____ deal for the bridge."),
    ("An _____ of the town signed an _____ deal.", "A(n) _____ of the town signed a(n) _____ deal."),
])
def test_the_article_before_a_blank_gives_nothing_away(prompt, written):
    from quizgen.questions.fill_blank import neutral_article
    assert neutral_article(prompt) == written


@pytest.mark.slow
def test_a_blank_after_an_article_is_written_a_n(context_of):
    ctx = context_of("An April 3 meeting of the river board approved the new bridge over the Tamar.")
    prompts = {q.answer: q.prompt for q in fill_blank.generate(ctx)}
    assert prompts["April 3"].startswith("A(n) _____ meeting")


_TEXT = ["The river board met in Harlow on Monday to plan the new bridge.",
         "The board's NRB unit said the bridge would open in May.",
         "Ana Ruiz scored 12:31 into the second half to tie the game.",
         "Crews met at 9:30 a.m. to close the road."]
VIEW = ArticleView("River board plans bridge in Harlow", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _q(kind: str, prompt: str, answer: str, sid: int, focus: str) -> Question:
    choices = None if kind == "fill_blank" else (answer, "1.25%", "3.5%")
    return Question(f"{kind}{sid}{answer}", kind, prompt, answer, sid, choices=choices, focus=focus)


@pytest.mark.parametrize("trivia, plain, doubt", [
    # a game-clock or stopwatch time is trivia; a time of day is not
    (_q("fill_blank", "Ana Ruiz scored _____ into the second half to tie the game.", "12:31", 2, "time"),
     _q("fill_blank", "Crews met at _____ to close the road.", "9:30 a.m.", 3, "time"), "game-clock"),
    (_q("fill_blank", "Ana Ruiz scored with _____ left in the game.", "12 minutes", 2, "time"),
     _q("fill_blank", "Ana Ruiz scored after _____ of talks.", "12 minutes", 2, "time"), "game-clock"),
    (_q("fill_blank", "Ana Ruiz won the race in _____ on Sunday.", "2:11:09", 2, "time"),
     _q("fill_blank", "Ana Ruiz won the race on _____.", "Sunday", 2, "date"), "stopwatch"),
    # a figure to three decimals, not one to one decimal
    (_q("fill_blank", "The bond's yield reached _____ on Monday.", "7.125%", 1, "number"),
     _q("fill_blank", "The bond's yield reached _____ on Monday.", "7.1%", 1, "number"), "decimals"),
    (_q("multiple_choice", "What did the bond's yield reach on Monday?", "7.125%", 1, "number"),
     _q("multiple_choice", "What did the bond's yield reach on Monday?", "7.1%", 1, "number"), "decimals"),
    # a bare abbreviation as the key
    (_q("fill_blank", "The board's _____ unit said the bridge would open in May.", "NRB", 1, "organisation"),
     _q("fill_blank", "The board's new unit said the bridge would open in _____.", "May", 1, "date"), "abbreviation"),
    # a street address or a street corner, not a town
    (_q("fill_blank", "Crews met at _____ to close the road.", "14 Mill Lane", 3, "place"),
     _q("fill_blank", "The river board met in _____ on Tuesday to plan the new road.", "Dunmore", 0, "city"), "street"),
    (_q("fill_blank", "Police stopped the van at the intersection of _____ and Elm Street.", "Oak Avenue", 3,
        "place"),
     _q("fill_blank", "Police stopped the van in _____ near Elm Street.", "Dunmore", 0, "city"), "street"),
    (_q("fill_blank", "Police stopped the van at the corner of Fifth and _____ in Harlow.", "Vine", 3, "place"),
     _q("fill_blank", "Police stopped the van near Vine in _____.", "Dunmore", 0, "city"), "street"),
])
def test_trivia_stays_out_of_the_quiz(trivia, plain, doubt):
    got = quiz_doubt(trivia, VIEW)
    assert got is not None and doubt in got
    assert quiz_doubt(plain, VIEW) is None
