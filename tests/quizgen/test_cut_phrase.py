"""Whole phrases at both ends: a statement, stem or label cut out of its sentence starts and ends on a
phrase of the sentence's parse (completeness.cut_phrase, reached through missing_part)."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.completeness import missing_part
from quizgen.label_choice import label_fault
from quizgen.model import Question
from quizgen.questions.checks import answer_key_problem
from quizgen.questions.timeline import label_question


def _sentence(text: str):
    return list(nlp.parse(text).sents)[0]


@pytest.mark.parametrize("sentence, text", [
    # the subject cut down to the last word of its relative clause
    ("Two sailors who had been held by pirates since 2019 were freed Monday in an exchange for four prisoners.",
     "2019 were freed Monday in an exchange for four prisoners."),
    # a second clause joined by 'and' started on the first clause's object
    ("According to figures released in May, sales for the first half reached 3.2 million and the firm plans "
     "to open 40 stores by 2030.", "3.2 million and the firm plans to open 40 stores by 2030."),
    # a noun printed without its owner
    ("Netflix's $9.99-a-month plan is filled with films from many studios.",
     "$9.99-a-month plan is filled with films from many studios."),
    # an auxiliary without its verb
    ("A truck was stolen from the depot on Friday.", "A truck was"),
    # a hyphenated word cut in two
    ("The bank said after its chief and co-founder Ann Lee left the firm in May, profits fell.",
     "Ann Lee left the firm in May after chief and co-."),
    ("The bank said after its chief and co-founder Ann Lee left the firm in May, profits fell.",
     "Founder Ann Lee left the firm in May, profits fell."),
])
def test_a_text_cut_inside_a_phrase_is_incomplete(sentence, text):
    assert missing_part(_sentence(sentence), text) is not None


@pytest.mark.parametrize("sentence, text", [
    ("Two sailors who had been held by pirates since 2019 were freed Monday in an exchange for four prisoners.",
     "Two sailors were freed Monday in an exchange for four prisoners."),
    ("According to figures released in May, sales for the first half reached 3.2 million and the firm plans "
     "to open 40 stores by 2030.", "The firm plans to open 40 stores by 2030."),
    ("The mayor named the officer who was injured in the fire on Sunday.",
     "The officer was injured in the fire on Sunday."),
    ("Prices rose sharply in March, and wages fell in April.", "Wages fell in April."),
    ("The chef said the restaurant would close in June.", "The restaurant would close in June."),
    ("The company, which was founded in 1990, cut 500 jobs in Ohio, where it has a plant.",
     "The company cut 500 jobs in Ohio."),
    ("The old ferry was sold in 1990 and scrapped in 1995.", "The old ferry was scrapped"),
    ("In 1990, the young pilot Tom Reed flew across the desert.", "Tom Reed flew across the desert"),
    # a number glued to its unit is one printed word for the text, two tokens for the parse
    ("Ann Bell won the 400m in a time of 51.2 seconds on Friday.", "Ann Bell won the 400m on Friday."),
    # a score written with a dash is one token
    ("The council voted 7\u20132 to close the old pier on Monday.", "The council voted 7\u20132 to close the old pier."),
    ("Kenya's Mary Otieno won her second straight world title in the 800m with a time of 116 seconds.",
     "Kenya's Mary Otieno won her second straight world title in the 800m with a time of 116 seconds."),
])
def test_a_text_of_whole_phrases_passes(sentence, text):
    assert missing_part(_sentence(sentence), text) is None


def test_a_question_ending_on_a_noun_without_its_that_clause_is_refused():
    sentence = _sentence("The film was approved in 2018, with reports that the studio wanted a sequel.")
    q = Question("q", "when", "In which year was the film approved with reports?", "2018", 0,
                 choices=("2018", "2016", "2017", "2019"), focus="date")
    assert "reports" in (answer_key_problem(q, sentence) or "")


@pytest.mark.parametrize("label, question", [
    ("The airline had a fleet of 90 jets", "In which month did the airline have a fleet of 90 jets?"),
    ("The airline had ordered 90 jets", "In which month had the airline ordered 90 jets?"),
    ("The airline had to sell 90 jets", "In which month did the airline have to sell 90 jets?"),
    ("The airline has a fleet of 90 jets", None),
])
def test_main_verb_have_takes_did(label, question):
    assert label_question(label, "month") == question


def test_a_participle_clause_given_the_verbs_subject_is_no_cut_phrase():
    sentence = _sentence("Born in rural Kent in 1950, Hill was elected a mayor in 1990 and made a peer in 2001.")
    assert missing_part(sentence, "Hill was born") is None


def test_a_label_cut_inside_a_name_is_a_fault_shortening_repairs():
    sentence = _sentence("The Lee Fund for the Fine Arts made two gifts to Kent Art Collections, in 2007 and a third "
                         "recently.")
    assert label_fault("The Lee Fund for the Fine Arts made two gifts to Kent Art", sentence) == "a cut phrase"
    assert label_fault("The Lee Fund for the Fine Arts made two gifts", sentence) is None


def test_a_repeated_word_is_not_read_as_the_cut_one():
    sentence = _sentence("He joined the firm and spent about five years in the early 1980s in the tax office.")
    assert missing_part(sentence, "He spent about five years in the tax office") is None


def test_a_noun_put_for_it_is_no_cut_start():
    sentence = _sentence("The council announced changes to the park, the largest since it was opened in 1990.")
    assert missing_part(sentence, "The park was opened") is None
