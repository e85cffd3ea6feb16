"""Worth asking: no who-said question on a passer-by or a quip, no option that stands out by a title,
and no blank the words beside it give away (units, acronym, years ago, an age, a poll's sample)."""
from __future__ import annotations

import pytest

from quizgen.model import Question, Sentence
from quizgen.questions import who_said
from quizgen.questions.distractors import even_titles
from quizgen.questions.worth import quiz_doubt
from quizgen.ranker import ArticleView

_MAYOR = ("Floods closed the bridge in Marlow on Monday. \u201cWe will reopen the bridge as soon as the "
          "engineers allow it,\u201d said Anne Ross, the mayor of Marlow. ")


@pytest.mark.parametrize("aside, speaker", [
    ("\u201cWe waited four hours in the car and then turned back home,\u201d said Tom Birch, who drove "
     "from Leeds with his family.", "Tom Birch"),
    ("\u201cI got on the road, and the next thing I knew the car was spinning,\u201d said Lia Sousa, "
     "among the dozens of drivers caught on the ice.", "Lia Sousa"),
    ("\u201cWe waited four hours in the car and then turned back home,\u201d said Tom Birch, a local "
     "resident.", "Tom Birch"),
])
def test_no_who_said_on_a_passer_by(context_of, aside: str, speaker: str):
    """Someone quoted once for colour, with no title or role, is no quiz who-said answer; the mayor is."""
    ctx = context_of(_MAYOR + "Pedro Gil, a council engineer, inspected it. " + aside)
    qs = who_said.generate(ctx)
    view = ArticleView(None, ctx.parsed.sentences, ctx.index.mentions)
    passer = [q for q in qs if q.answer == speaker]
    assert passer and all("trivia" in (quiz_doubt(q, view) or "") for q in passer)
    assert any(quiz_doubt(q, view) is None for q in qs if q.answer == "Anne Ross")


@pytest.mark.parametrize("aside, speaker", [
    ("\u201cThe water rose faster than anyone had expected this year,\u201d said Tom Birch, a "
     "hydrologist at the county council.", "Tom Birch"),
    ("\u201cThe water rose faster than anyone had expected this year,\u201d Interior Minister Tom Birch "
     "told reporters.", "Tom Birch"),
])
def test_a_source_with_a_role_keeps_the_who_said_question(context_of, aside: str, speaker: str):
    ctx = context_of(_MAYOR + "Pedro Gil, a council engineer, inspected it. " + aside)
    view = ArticleView(None, ctx.parsed.sentences, ctx.index.mentions)
    assert any(quiz_doubt(q, view) is None for q in who_said.generate(ctx) if q.answer == speaker)


@pytest.mark.parametrize("quip, asked", [
    ("I kicked them hard", False),
    ("The bridge will stay shut until the engineers say it is safe", True),
])
def test_no_who_said_on_a_quip(context_of, quip: str, asked: bool):
    body = (_MAYOR + "Pedro Gil, a council engineer, inspected it. Ann Hale, a council official, said "
            "repairs would cost a lot. " + f"\u201c{quip},\u201d said Pedro Gil.")
    ctx = context_of(body)
    view = ArticleView(None, ctx.parsed.sentences, ctx.index.mentions)
    quips = [q for q in who_said.generate(ctx) if quip in q.prompt]
    assert quips and all((quiz_doubt(q, view) is None) is asked for q in quips)


@pytest.mark.parametrize("options, expected", [
    (["Ambassador Ann Brook", "Tom Birch", "Pedro Gil"], ["Ann Brook", "Tom Birch", "Pedro Gil"]),
    (["Ann Brook", "Mayor Tom Birch", "Pedro Gil"], ["Ann Brook", "Tom Birch", "Pedro Gil"]),
    (["President Ann Brook", "Mayor Tom Birch"], ["President Ann Brook", "Mayor Tom Birch"]),
    (["Ann Brook", "Tom Birch"], ["Ann Brook", "Tom Birch"]),
])
def test_only_one_titled_option_loses_its_title(options: list[str], expected: list[str]):
    assert even_titles(options) == expected


_TEXT = ["The team travelled to the capital for visas.", "Ann Lee spoke.", "A survey was held.",
         "Harbour University cut its emissions.", "Harbour University grew."]
VIEW = ArticleView("Team travels for visas", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)])


def _blank(prompt: str, answer: str, focus: str) -> Question:
    return Question("q", "fill_blank", prompt, answer, 2, focus=focus)


@pytest.mark.parametrize("prompt, answer, focus, doubt", [
    ("The team had to travel about _____ (800 km) to the capital.", "500 miles", "number", "other units"),
    ("The team had to travel about _____ to the capital.", "500 miles", "number", None),
    ("Nine were hurt, said Ann Lee, a spokeswoman for the _____ (SBI).", "State Bureau of Inquiry", "organisation",
     "acronym"),
    ("The king was the first to step down since the reign of Otto in _____, two hundred years ago.", "1817", "date",
     "years ago"),
    ("The king was the first to step down since the reign of Otto in _____.", "1817", "date", None),
    ("Then his son, now _____, was born, and the debate lapsed.", "10", "number", "age"),
    ("In a poll by the Daily News of about _____ people aged over 18, 68 percent backed the law.", "3000",
     "number", "poll"),
    ("In a poll by the Daily News, _____ backed the law.", "68 percent", "number", None),
    ("\u201cMuch of it is credible,\u201d writes Ann Lee, a climate scientist at _____, over email.",
     "Harbour University", "organisation", "where a source works"),
    ("_____ president Ann Lee said the feedback had helped.", "Harbour Student Union", "organisation",
     "where a source works"),
    ("Ann Lee, a climate scientist, said _____ had cut its emissions.", "Harbour University", "organisation",
     None),
])
def test_blanks_the_words_beside_give_away(prompt: str, answer: str, focus: str, doubt: str | None):
    got = quiz_doubt(_blank(prompt, answer, focus), VIEW)
    assert (got is None) if doubt is None else (got is not None and doubt in got), got


@pytest.mark.parametrize("answer", ["Yesterday", "today", "tomorrow"])
def test_a_relative_day_is_no_quiz_answer(answer: str):
    q = Question("q", "multiple_choice", "When did the team win the final?", answer, 2,
                 choices=(answer, "two days ago", "last week"), focus="when")
    assert "relative time" in quiz_doubt(q, VIEW)


@pytest.mark.parametrize("prompt, answer, doubt", [
    ("Harbour Student Union president _____ said the feedback had helped.", "Ann Lee", True),
    ("_____, the union's treasurer, told reporters the feedback had helped.", "Ann Lee", True),
    ("_____ wants the feedback to help.", "Ann Lee", False),
])
def test_a_blank_on_a_source_quoted_in_passing(prompt: str, answer: str, doubt: bool):
    q = Question("q", "fill_blank", prompt, answer, 3, focus="person")
    got = quiz_doubt(q, ArticleView("Union wins vote", [Sentence(i, t, 0, 0, i) for i, t in enumerate(
        ["The union won.", "It was close.", "Members cheered.", "Ann Lee spoke.", "Lee left."])]))
    assert (got is not None and "in passing" in got) if doubt else got is None, got


@pytest.mark.parametrize("option, fits", [
    ("Harbour Games League of Legends Vinyl Figure Action Figure", False),
    ("Harbour Gaming", True),
])
def test_an_organisation_option_is_no_long_title(option: str, fits: bool):
    from quizgen.questions.distractors import fits_kind
    assert fits_kind(option, "ORG", "SKT") is fits


@pytest.mark.parametrize("prompt, doubt", [
    ("Who posted the video from his @HarbourMayor account?", True),
    ("Who posted the video from his own account?", False),
])
def test_a_handle_in_the_stem_gives_a_name_away(prompt: str, doubt: bool):
    q = Question("q", "multiple_choice", prompt, "Ann Lee", 3, choices=("Ann Lee", "Tom Birch", "Pedro Gil"),
                 focus="who")
    view = ArticleView("Mayor posts video", [Sentence(i, t, 0, 0, i) for i, t in enumerate(
        ["The mayor posted.", "It spread.", "Ann Lee spoke.", "Ann Lee posted.", "Ann Lee left."])])
    got = quiz_doubt(q, view)
    assert (got is not None and "handle" in got) if doubt else got is None, got


def test_a_colleague_who_worked_for_the_subject_keeps_the_question(context_of):
    ctx = context_of(_MAYOR + "Pedro Gil, a council engineer, inspected it. \u201cShe never gave up on the "
                     "town when the water came,\u201d said Tom Birch, who worked for her.")
    view = ArticleView(None, ctx.parsed.sentences, ctx.index.mentions)
    assert any(quiz_doubt(q, view) is None for q in who_said.generate(ctx) if q.answer == "Tom Birch")
