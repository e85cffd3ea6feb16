"""Quiz-level worth from salience: no blank on the topic or on a name given once, no range bound or bare
description, no answer shown by another quiz question, quotations of one-off speakers and names of people
the story only quotes demoted."""
from __future__ import annotations

import dataclasses

import pytest

from quizgen.article import parse_article
from quizgen.index import Mention
from quizgen.model import Question, Sentence
from quizgen.pipeline import analyse
from quizgen.questions import _gives_away
from quizgen.ranker import article_view
from quizgen.questions.worth import minor_speaker, on_headline, quiz_doubt, quoted_source
from quizgen.ranker import ArticleView

_TEXT = ["Heavy rain flooded Harlow on Monday, and Harlow officials closed the ring road.",
         "Mayor Nina Vale said the town would rebuild the dam.",
         "Nina Vale met engineers from Delta Works on Tuesday.",
         "A bus driver, Olaf Brandt, said the water reached the seats of his bus.",
         "Pumps arrived from Norway and from the Kestrel Depot overnight.",
         "Harlow has flooded four times since 1990, and Harlow residents fear more rain.",
         "The new pumps weigh 40 to 90 kilos, and crews moved them between 10 and 12 times.",
         "The old mill by the river is quiet.",
         "Nina Vale said Harlow would ask for help."]
_NAMES = [("Harlow", "CITY", 0), ("Harlow", "CITY", 0), ("Nina Vale", "PERSON", 1), ("Nina Vale", "PERSON", 2),
          ("Delta Works", "ORG", 2), ("Olaf Brandt", "PERSON", 3), ("Norway", "COUNTRY", 4),
          ("Kestrel Depot", "PLACE", 4), ("Harlow", "CITY", 5), ("Harlow", "CITY", 5), ("Nina Vale", "PERSON", 8),
          ("Harlow", "CITY", 8)]
_MENTIONS = [Mention(text, kind, 0, 1, sid, canon=text.lower(), full=text) for text, kind, sid in _NAMES]
VIEW = ArticleView("Rain floods town as river rises", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_TEXT)],
                   _MENTIONS)


def _q(kind: str, prompt: str, answer: str, sid: int, focus: str, choices=None) -> Question:
    if choices is None and kind not in ("fill_blank",):
        choices = ("True", "False") if kind == "true_false" else (answer, "Ida Holt", "Max Ruiz")
    return Question(f"{kind}{sid}{answer}", kind, prompt, answer, sid, choices=choices, focus=focus)


@pytest.mark.parametrize("question, doubt", [
    # the name the article is about (its most-mentioned thing) is easy to guess
    (_q("fill_blank", "_____ has flooded four times since 1990.", "Harlow", 5, "city"), "easy to guess"),
    # a recurring actor is worth a blank
    (_q("fill_blank", "_____ met engineers from Delta Works on Tuesday.", "Nina Vale", 2, "person"), None),
    # named once, away from the lead: a passer-by, a firm, a depot
    (_q("fill_blank", "A bus driver, _____, said the water reached the seats.", "Olaf Brandt", 3, "person"),
     "only once"),
    (_q("fill_blank", "Nina Vale met engineers from _____ on Tuesday.", "Delta Works", 2, "organisation"),
     "only once"),
    (_q("fill_blank", "Pumps arrived from Norway and from the _____ overnight.", "Kestrel Depot", 4, "place"),
     "only once"),
    # a country named once still places the story
    (_q("fill_blank", "Pumps arrived from _____ and from the Kestrel Depot overnight.", "Norway", 4, "country"),
     None),
    # one end of a range
    (_q("fill_blank", "The new pumps weigh _____ to 90 kilos.", "40", 6, "number"), "end of a range"),
    (_q("fill_blank", "Crews moved them between 10 and _____ times.", "12", 6, "number"), "end of a range"),
    (_q("fill_blank", "Heavy rain flooded the town on _____.", "Monday", 0, "date"), None),
    # a bare description is not a happening; a passive happening is
    (_q("true_false", "The old mill by the river is quiet.", "True", 7, ""), "description"),
    (_q("true_false", "The ring road was closed.", "True", 0, ""), None),
    (_q("true_false", "The old mill by the river is quiet.", "False", 7, ""), None),
    # a sentence that leads into a quotation the question leaves out
    (_q("fill_blank", "The mayor wrote on her _____ account:", "Twitter", 1, "organisation"), "quotation"),
    (_q("true_false", "Nina Vale said on Tuesday:", "True", 2, ""), "quotation"),
])
def test_salience_and_shape_keep_trivia_out_of_the_quiz(question, doubt):
    got = quiz_doubt(question, VIEW)
    assert (got is None) if doubt is None else (got is not None and doubt in got)


_BLANK_TOWN = _q("fill_blank", "Heavy rain flooded _____ on Monday.", "Harlow", 0, "city")
_BLANK_MAYOR = _q("fill_blank", "_____ met engineers from Delta Works on Tuesday.", "Nina Vale", 2, "person")
_MC_TOWN = _q("multiple_choice", "Which town did heavy rain flood on Monday?", "Harlow", 0, "city",
              ("Harlow", "Leeds", "York"))


@pytest.mark.parametrize("asked, other, gives", [
    # another question's stem prints the blank's answer, though from another sentence
    (_BLANK_TOWN, _q("true_false", "Harlow residents fear more rain.", "True", 5, ""), True),
    # a word of a person's name is enough for a blank
    (_BLANK_MAYOR, _q("multiple_choice", "What did Mayor Vale say the town would rebuild?", "the dam", 1,
                      "what", ("the dam", "the bridge", "the school")), True),
    # an option of another question shows a blank's answer
    (_BLANK_MAYOR, _q("who_said", "Who said the water reached the seats?", "Olaf Brandt", 3, "person",
                      ("Olaf Brandt", "Nina Vale", "Ida Holt")), True),
    # ... but not a multiple choice's: it shows its own answer among its options anyway
    (_MC_TOWN, _q("who_said", "Who said Harlow would ask for help?", "Nina Vale", 8, "person",
                  ("Nina Vale", "Olaf Brandt", "Ida Holt")), True),
    (_MC_TOWN, _q("fill_blank", "Crews moved them between 10 and _____ times.", "12", 6, "number"), False),
    # a speaker the article names often may be named by other stems
    (_q("who_said", "Who said the town would rebuild the dam?", "Nina Vale", 1, "person"),
     _q("true_false", "Nina Vale met engineers on Tuesday.", "True", 2, ""), False),
])
def test_an_answer_shown_by_another_quiz_question_is_a_giveaway(asked, other, gives):
    assert _gives_away(asked, [other]) is gives
    assert _gives_away(other, [asked]) is gives


@pytest.mark.parametrize("question, minor", [
    (_q("who_said", "Who said, “The water reached the seats”?", "Olaf Brandt", 3, "person"), True),
    (_q("who_said", "Who said, “We will rebuild the dam”?", "Nina Vale", 1, "person"), False),
])
def test_quotations_of_speakers_named_once_are_demoted(question, minor):
    assert minor_speaker(question, VIEW) is minor


@pytest.mark.parametrize("title, prompt, on", [
    ("Storm kills three in Kelston", "How many people were killed by the storm?", True),
    ("Pope beatifies John Paul", "Who was beatified by the pope on Sunday?", True),
    ("Storm kills three in Kelston", "Who opened two shelters?", False),
])
def test_the_headline_question_is_recognised_across_word_forms(title, prompt, on):
    view = ArticleView(title, [Sentence(0, "A storm hit.", 0, 0, 0)])
    assert on_headline(_q("multiple_choice", prompt, "three", 0, "number"), view) is on


def _bank(scores: list[float]) -> list[Question]:
    facts = ["The council met on Monday.", "Crews built a wall.", "The dam held.", "The school reopened.",
             "The bakery sold bread.", "Buses ran late.", "The choir sang.", "Tourists left."]
    # keys alternate: a quiz of statements all keyed alike would be cut short (select_quiz._mixed_keys)
    return [Question(f"t{i}", "true_false", facts[i], ("True", "False")[i % 2], i, choices=("True", "False"),
                     score=s) for i, s in enumerate(scores)]


@pytest.mark.parametrize("scores, size", [
    ([0.6, 0.6, 0.5, 0.5, 0.35, 0.35, 0.35, 0.1], 6),     # topped up to six from just below the floor
    ([0.6, 0.6, 0.5, 0.5, 0.2, 0.2, 0.2, 0.1], 4),        # never from far below it
    ([0.6] * 8, 8),                                        # a full bank needs no spare
])
def test_a_short_quiz_is_topped_up_from_just_below_the_floor(scores, size):
    from types import SimpleNamespace
    from quizgen.questions import select_quiz
    sentences = [Sentence(i, q.prompt, 0, 0, i) for i, q in enumerate(_bank(scores))]
    parsed = SimpleNamespace(sentences=sentences, article=SimpleNamespace(title="Town life"), index=None)
    assert len(select_quiz(_bank(scores), parsed, size=10)) == size


def test_a_number_among_another_questions_options_gives_nothing_away():
    blank = _q("fill_blank", "The new pumps weigh _____ kilos each.", "90", 6, "number")
    other = _q("multiple_choice", "How many times did crews move the pumps?", "12", 6, "number",
               ("12", "90", "40"))
    assert not _gives_away(blank, [dataclasses.replace(other, sentence_id=3)])


_FLOOD_MC = _q("multiple_choice", "Which town did the rain flood on Monday?", "Harlow", 0, "city",
               ("Harlow", "Leeds", "York"))
_OTHERS = [_q("fill_blank", "_____ met engineers on Tuesday.", "Nina Vale", 2, "person"),
           _q("true_false", "The water reached the seats of a bus.", "True", 3, ""),
           _q("true_false", "Crews moved the pumps ten times.", "True", 6, "")]


@pytest.mark.parametrize("headline_question, size, taken", [
    (_FLOOD_MC, 10, True),          # a quiz with room takes the headline question on top
    (_FLOOD_MC, 3, True),           # a full one swaps its weakest question for it
    # the one question on the headline gives the blank's answer away: nothing is dropped for it
    (_q("true_false", "Nina Vale said the rain flooded Harlow.", "True", 8, ""), 10, False),
    (_q("true_false", "Nina Vale said the rain flooded Harlow.", "True", 8, ""), 3, False),
])
def test_the_quiz_gets_a_question_on_the_headline(headline_question, size, taken):
    from quizgen.questions import _with_headline
    view = ArticleView("Rain floods Harlow", VIEW.sentences, _MENTIONS)
    got = _with_headline(_OTHERS, [headline_question], view, size)
    assert (headline_question in got) is taken
    assert len(got) == (3 if size == 3 or not taken else 4)


_SOURCES = """Title: Council votes to rebuild Harlow dam
Published: 2022-05-10

The Harlow council voted on Monday to rebuild the old dam after the spring floods.

Mayor Nina Vale signed the order on Tuesday.

"The water came within a metre of the homes," said Tom Brandt, a council engineer.

Brandt told reporters the new dam would cost $4 million.

According to Ruth Kerr, the repairs will take two years.

Nina Vale met Olaf Lind, who runs the Harlow ferry, on Wednesday.

Olaf Lind said the ferry would reopen in May.
"""


@pytest.fixture(scope="module")
def sources():
    parsed = analyse(parse_article(_SOURCES))
    return article_view(parsed), parsed.doc


@pytest.mark.parametrize("question, source", [
    # every time the article names them, they say something: a source's name, not an actor's
    (_q("fill_blank", "_____ told reporters the new dam would cost $4 million.", "Brandt", 3, "person"), True),
    (_q("multiple_choice", "Who said the repairs will take two years?", "Ruth Kerr", 4, "who"), True),
    # ... also when the question's focus took the name for a place
    (_q("fill_blank", "_____ told reporters the new dam would cost $4 million.", "Brandt", 3, "place"), True),
    # someone who also acts in the story, or who is in the lead
    (_q("fill_blank", "Nina Vale met _____, who runs the Harlow ferry, on Wednesday.", "Olaf Lind", 5, "person"),
     False),
    (_q("multiple_choice", "Who signed the order on Tuesday?", "Nina Vale", 1, "who"), False),
    # a quotation asks who said it: that is the question's point
    (_q("who_said", "Who said, “The water came within a metre of the homes”?", "Tom Brandt", 2, "person"), False),
])
def test_names_of_people_the_story_only_quotes_are_demoted(sources, question, source):
    view, doc = sources
    assert quoted_source(question, view, doc) is source
