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


_MARKET = ["Orbix Corp. said its quarterly profit rose 40% to $12 million.",
           "Orbix shares fell 75 cents to $16.25 in composite trading on the Big Board.",
           "For the quarter ended Sept. 30, Orbix posted net income of $12 million.",
           "Mr. Dale's grandfather founded the company in Boston, and his family still owns a stake.",
           "The profit was up from $8.5 million a year ago, according to Ann Reid, a company spokeswoman.",
           "Vera Holt, 61, the chief executive, said the new plant drove the gain."]
MARKET = ArticleView("Orbix profit rises 40% on new plant", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_MARKET)])


@pytest.mark.parametrize("q, why", [
    (_q("fill_blank", "The profit was up from $8.5 million _____, according to a spokeswoman.", "a year ago", 4,
        "date"), "relative time"),
    (_q("multiple_choice", "When did Orbix post net income of $12 million?", "This year", 2, "when"), "relative time"),
    (_q("fill_blank", "For _____, Orbix posted net income of $12 million.", "the quarter ended Sept. 30", 2, "date"),
     "period a figure covers"),
    (_q("fill_blank", "Orbix shares fell 75 cents to _____ in composite trading.", "$16.25", 1, "number"),
     "share price"),
    (_q("multiple_choice", "On which exchange do Orbix shares trade?", "New York Stock Exchange", 1, "which"),
     "share price"),
    (_q("fill_blank", "The profit was up from $8.5 million a year ago, according to _____, a company spokeswoman.",
        "Ann Reid", 4, "person"), "who reported"),
    (_q("fill_blank", "Vera Holt, _____, the chief executive, said the new plant drove the gain.", "61", 5,
        "number"), "age"),
    (_q("fill_blank", "Mr. Dale's grandfather founded the company in _____.", "Boston", 3, "city"), "relative's life"),
])
def test_business_and_profile_trivia_stays_out(q, why):
    """Relative dates, reporting periods, the day's share price, who reported a figure, an age and a
    relative's life are background; the result numbers and who drove them are not."""
    assert why in quiz_doubt(q, MARKET)


def test_an_exchange_answer_is_trivia_but_a_commission_is_not():
    exchange = _q("multiple_choice", "Where are the bonds listed?", "London Stock Exchange", 0, "which")
    assert "exchange" in quiz_doubt(exchange, MARKET)
    sec = _q("fill_blank", "Orbix said its quarterly profit rose 40% in a _____ filing.",
             "Securities and Exchange Commission", 0, "organisation")
    assert quiz_doubt(sec, MARKET) is None


@pytest.mark.parametrize("q", [
    _q("fill_blank", "Orbix Corp. said its quarterly profit rose _____ to $12 million.", "40%", 0, "percent"),
    _q("multiple_choice", "Who said the new plant drove the gain?", "Vera Holt", 5, "who"),
    _q("multiple_choice", "Why did the profit rise?", "the new plant", 5, "why"),
])
def test_main_results_and_principals_stay_in(q):
    assert quiz_doubt(q, MARKET) is None


def test_the_day_a_share_price_closed_is_trivia_in_a_story_about_a_deal():
    """'shares closed Wednesday at $16.25': the weekday between the verb and the price hides no less a
    day's share price (judged: 7 of 9 stems asking the day of a closing price edited or rejected)."""
    view = ArticleView("Orbix agrees to buy Lumen", [Sentence(0, "Orbix agreed to buy Lumen for $2 billion.", 0, 0, 0),
                                                     Sentence(1, "Lumen shares closed Wednesday at $16.25.", 0, 0, 1)])
    q = _q("multiple_choice", "When did Lumen shares close at $16.25?", "Wednesday", 1, "when")
    assert "share price" in quiz_doubt(q, view)


def test_share_prices_are_asked_when_the_headline_is_about_them():
    view = ArticleView("Orbix shares plunge after warning", MARKET.sentences)
    q = _q("fill_blank", "Orbix shares fell 75 cents to _____ in composite trading.", "$16.25", 1, "number")
    assert quiz_doubt(q, view) is None


def test_a_trivia_blank_gives_its_sentence_to_a_sound_one():
    """rank keeps one blank per sentence: the doubtful one (who reported it) only when no sound one
    (how many were hurt) wants the place."""
    from quizgen.questions.ranking import rank
    source = Question("src", "fill_blank", "Nine people were hurt, according to _____.", "Ann Reid", 0,
                      focus="person")
    count = Question("num", "fill_blank", "_____ people were hurt, according to Ann Reid.", "Nine", 0,
                     focus="number")
    assert [q.id for q in rank([source, count], {}, 1)][0] == "src"       # names rank first by themselves
    assert [q.id for q in rank([source, count], {}, 1, doubtful=frozenset({"src"}))] == ["num"]


def test_a_shared_title_is_not_the_answer_named_in_the_stem():
    """'Pope' of 'Pope Max' in 'Pope Leo' gives nothing away; the name itself would."""
    q = _q("multiple_choice", "Who crowned his successor Pope Leo in Marlow?", "Pope Max", 0, "who")
    assert quiz_doubt(q, VIEW) is None
    own = _q("multiple_choice", "Who crowned Max's successor in Marlow?", "Pope Max", 0, "who")
    assert "names its own answer" in quiz_doubt(own, VIEW)


def test_two_stems_that_read_alike_but_ask_two_things_both_stay_in_the_bank():
    from quizgen.questions.ranking import rank
    when = Question("w", "multiple_choice", "When did Pope Max crown his successor Leo at a ceremony in Rome "
                    "before 25,000 faithful?", "Sunday", 0, focus="when")
    who = Question("p", "multiple_choice", "Who crowned his successor Leo on Sunday at a ceremony in Rome before "
                   "25,000 faithful?", "Pope Max", 0, focus="who")
    again = Question("a", "multiple_choice", "When did Pope Max crown his successor Leo at a ceremony in Rome "
                     "before 25,000 people?", "Sunday", 0, focus="when")
    kept = {q.id for q in rank([when, who, again], {}, 1)}
    assert "p" in kept and len(kept & {"w", "a"}) == 1     # the same question twice is still one


_MATCH = ["Harbour City beat Northgate 3-1 in the final on Sunday.",
          "Ana Ruiz scored twice, and Lena Vos was shown a yellow card early in the game.",
          "Ruiz ended the game with two goals, five shots and one assist.",
          "Thanking the 4,000 fans who travelled, coach Tom Hale praised his players.",
          "During the two-hour parade, fans lined the streets of Harbour City, Westland.",
          "Club reporter Mia Lund interviewed Hale after the match.",
          "Supporters across the country celebrated the win."]
MATCH = ArticleView("Harbour City win the cup final", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_MATCH)])


@pytest.mark.parametrize("q, why", [
    (_q("fill_blank", "During the _____ parade, fans lined the streets.", "two-hour", 4, "number"),
     "only describes a noun"),
    (_q("fill_blank", "Fans lined the streets of Harbour City, _____.", "Westland", 4, "state"), "give away"),
    (_q("fill_blank", "Supporters across the _____ celebrated the win.", "country", 6, "country"), "give away"),
    # one place of a list is no guessed place, but which of the list is blanked is arbitrary (sets 6, 7, 18)
    (_q("fill_blank", "Fans came from Westland, _____, Eastland and Lakeside.", "Northland", 4, "country"),
     "one name of a list"),
    (_q("fill_blank", "Ruiz ended the game with _____ goals, five shots and one assist.", "two", 2, "number"),
     "count in a detail"),
    (_q("fill_blank", "Thanking the _____ fans who travelled, coach Tom Hale praised his players.", "4,000", 3,
        "number"), "count in a detail"),
    (_q("multiple_choice", "Who interviewed Hale after the match?", "Mia Lund", 5, "who"), "reporter's own work"),
    (_q("true_false", "Lena Vos was shown a yellow card early in the game.", "True", 1, "statement"),
     "passing moment"),
    # play stamped with its minute that scores nothing: a substitution, a save
    (_q("fill_blank", "In the 80th minute, Northgate made a change, as _____ replaced Jo Hart.", "Sam Reid", 1,
        "person"), "passing moment"),
    (_q("multiple_choice", "Who saved a shot by Ana Ruiz in the 12th minute?", "Kim Berg", 1, "who"),
     "passing moment"),
])
def test_details_of_a_sentence_stay_out(q, why):
    """A modifier blank, a place its neighbours give away, one count of a list or of an opening
    clause, the reporter's interview and a match's passing moment are trivia (rule 6)."""
    assert why in quiz_doubt(q, MATCH)


@pytest.mark.parametrize("q", [
    _q("fill_blank", "Harbour City beat Northgate _____ in the final on Sunday.", "3-1", 0, "number"),
    _q("fill_blank", "Ana Ruiz scored _____, and Lena Vos was booked.", "twice", 1, "number"),
    _q("fill_blank", "During the parade, _____ fans lined the streets.", "4,000", 4, "number"),
    # a goal in a named minute is part of the result
    _q("true_false", "Ana Ruiz scored in the 12th minute.", "True", 1, "statement"),
])
def test_the_main_statement_of_a_sentence_stays_in(q):
    """The result, a scorer's goals and a count in the main clause are asked."""
    assert quiz_doubt(q, MATCH) is None
