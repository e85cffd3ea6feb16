"""Wrong answer keys of set 15's kind: a list swallowing the next clause's subject, a figure the article
gives otherwise for the same thing, 'the town' named after an earlier town while its own sentence names
one, and a site keyed as an organisation."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions import candidates, make_context
from quizgen.questions.checks import answer_key_problem, article_key_problem
from quizgen.questions.distractors import fits_kind

PUBLISHED = "2022-06-16"


def _sentence(text: str):
    return next(iter(nlp.parse(text).sents))


def _tf(prompt: str) -> Question:
    return Question("q", "true_false", prompt, "True", 0, choices=("True", "False"))


def _mc(prompt: str, answer: str, choices: tuple[str, ...]) -> Question:
    return Question("q", "multiple_choice", prompt, answer, 0, choices=choices, focus="where")


COUNTED = "Ballots are still being counted in Ohio and Indiana is headed to a recount."
CLEARING = "Crews are still clearing roads in Maine and Vermont has opened shelters."


# each case: a question reading the parser's slip, then one that does not (or a sentence without the slip)
@pytest.mark.parametrize("text, question, fine_text, fine", [
    (COUNTED, _tf("Ballots are being counted in Ohio and Indiana."),
     COUNTED, _tf("Ballots are still being counted in Ohio and Indiana is headed to a recount.")),
    (COUNTED, _mc("Where are ballots still being counted?", "Indiana", ("Ohio", "Indiana", "Utah")),
     "Ballots are still being counted in Ohio and Indiana, the board said.",
     _mc("Where are ballots still being counted?", "Indiana", ("Ohio", "Indiana", "Utah"))),
    (CLEARING, _tf("Crews are clearing roads in Maine and Vermont."),
     "Crews are still clearing roads in Maine and Vermont after the storm.",
     _tf("Crews are clearing roads in Maine and Vermont after the storm.")),
])
def test_a_list_item_that_is_the_next_verbs_subject(text, question, fine_text, fine):
    assert "subject of" in (answer_key_problem(question, _sentence(text)) or "")
    assert "subject of" not in (answer_key_problem(fine, _sentence(fine_text)) or "")


BUS = ("Two buses collided near Millbrook on Saturday morning, injuring at least 12. "
       "Early reports said twenty passengers were injured but police released a list of twelve names.")
EARNINGS = ("Acme Foods said its quarterly profit rose. Analysts expected $2.10 per share, according to Zacks. "
            "Bolt Bank said its quarterly profit fell. Analysts polled by Zacks expected earnings of $1.40 per "
            "share on $3.2 billion in revenue.")
ONE_BANK = ("Bolt Bank said its quarterly profit fell. Analysts polled by Zacks expected earnings of $1.40 per "
            "share on $3.2 billion in revenue.")
TWO_CRASHES = "Two buses collided near Millbrook on Saturday, injuring 12. A van overturned in Dover, injuring 3."


def _said_otherwise(text: str, question: Question, parsed_of) -> bool:
    return "also gives" in (article_key_problem(question, parsed_of(text)) or "")


# each case: a figure another sentence contradicts, then a stem that says which figure it asks
@pytest.mark.parametrize("text, question, fine_text, fine", [
    (BUS, Question("q", "how_many", "How many passengers were injured?", "twenty", 1,
                   choices=("twenty", "ten", "thirty", "forty")),
     # the stem keeps who reported the figure: it asks for their figure
     BUS, Question("q", "fill_blank", "Early reports said _____ passengers were injured but police released a "
                   "list of twelve names.", "twenty", 1)),
    (EARNINGS, Question("q", "fill_blank", "Analysts expected $_____ per share, according to Zacks.", "2.10", 1),
     # a revenue figure in billions is no second answer to a figure per share
     ONE_BANK, Question("q", "fill_blank", "Analysts polled by Zacks expected earnings of $_____ per share on "
                        "$3.2 billion in revenue.", "1.40", 1)),
    (EARNINGS, Question("q", "multiple_choice", "How much did analysts expect per share?", "1.40", 3,
                        choices=("1.40", "2.10", "3.20", "0.90"), focus="number"),
     # the stem names the place the other sentence lacks
     TWO_CRASHES, Question("q", "fill_blank", "Two buses collided near Millbrook on Saturday, injuring _____.",
                           "12", 0)),
])
def test_a_figure_the_article_gives_otherwise_is_no_key(parsed_of, text, question, fine_text, fine):
    assert _said_otherwise(text, question, parsed_of)
    assert not _said_otherwise(fine_text, fine, parsed_of)


@pytest.mark.parametrize("body, earlier", [
    ("Residents of the town of Milford fled as the Green River rose on Monday. "
     "Levee breaks near Oak Hollow, Ohio, quickly flooded the town on Tuesday night.", "Milford"),
    ("Police closed roads in the city of Fairview on Monday. "
     "A storm near Linton, Iowa, knocked down power lines across the city on Tuesday.", "Fairview"),
])
def test_the_town_of_a_sentence_naming_its_own_place_is_not_an_earlier_town(parsed_of, body, earlier):
    prompts = [q.prompt for q in candidates(make_context(parsed_of(body))) if q.sentence_id == 1]
    assert not any(earlier in p for p in prompts)


@pytest.mark.parametrize("site", ["Landing Zone 1", "Harbor Memorial Pier", "Launch Pad 12"])
def test_a_site_is_no_organisation(site):
    assert not fits_kind(site, "ORG", site)
    assert fits_kind("Coastal Launch Services", "ORG", "Coastal Launch Services")


@pytest.mark.parametrize("answer, variant", [
    ("Norvik AG", "Norvik"),
    ("Halden Foods Inc.", "Halden Foods"),
    ("seven decades", "70 years"),
    ("three decades", "30 years"),
])
def test_a_blank_accepts_the_same_answer_in_other_words(answer, variant):
    from quizgen.questions.fill_blank import accepted
    assert variant in accepted(answer, answer)


QUOTE = ('Senator Jane Doe issued a statement. "Like many Ohioans, I am upset with the agency\'s decision. '
         'Dayton has played a central role in the program, but politics beat fairness."\n'
         'Dayton has played a central role in the program, the mayor wrote.')


def test_a_sentence_going_on_a_quotation_is_no_fact_of_the_story():
    """The second sentence of a quotation opened before is still the speaker's words; the same words
    outside the quotation (the mayor's, attributed) are not refused as a quotation."""
    sentences = list(nlp.parse(QUOTE).sents)
    q = _mc("Which city has played a central role in the program?", "Dayton", ("Dayton", "Akron", "Toledo"))
    assert "quotation" in (answer_key_problem(q, sentences[2]) or "")
    assert "quotation" not in (answer_key_problem(q, sentences[3]) or "")


def test_the_verb_of_a_subject_read_as_a_list_item_is_not_asked_of_the_first_subject():
    """'Ballots is headed to a recount': the verb whose subject the list took, given the sentence's first
    subject instead."""
    got = answer_key_problem(_tf("Ballots is headed to a recount."), _sentence(COUNTED))
    assert "subject of" in (got or "")
    assert "subject of" not in (answer_key_problem(_tf("Ballots is headed to a recount."), _sentence(
        "Ballots are still being counted in Ohio, and the race is headed to a recount.")) or "")



PLEDGES = ("Each walker can either raise $50, $100, or $200 for the shelter. "
           "Most walkers raise $100, though some raise $200, the organisers said on Friday.")


def test_a_figure_the_stem_shows_itself_is_no_second_answer(parsed_of):
    """'raise $_____, $100, or $200' asks for none of the figures it shows, whatever another sentence
    says of them; a stem showing none of them is asked of either."""
    shown = Question("q", "fill_blank", "Each walker can either raise $_____, $100, or $200 for the shelter.", "50", 0)
    bare = Question("q", "multiple_choice", "How much can each walker raise?", "50", 0,
                    choices=("50", "10", "20", "30"), focus="number")
    assert not _said_otherwise(PLEDGES, shown, parsed_of)
    assert _said_otherwise(PLEDGES, bare, parsed_of)
