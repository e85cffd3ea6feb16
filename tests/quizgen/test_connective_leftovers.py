"""A connective left from the source sentence ('Separately,', 'Additionally,', 'Likewise,', 'Also the ...',
', though,') or a stance adverb moved to a stem's end reads as unnatural English (JUDGING rule 1): the stem
drops it. Texts written for these tests."""
from __future__ import annotations

import pytest

from quizgen.clauses import clauses_of
from quizgen.questions.connectives import trim_edges
from quizgen.realise import fronted_question, statement, subject_question


@pytest.mark.parametrize("text, expected", [
    ("Separately, the Harlow Trust reported a loss of about _____ for the quarter.",
     "The Harlow Trust reported a loss of about _____ for the quarter."),
    ("Additionally, the ferry company is raising its fares by _____ this spring.",
     "The ferry company is raising its fares by _____ this spring."),
    ("Likewise, two other bakeries said the strike won't delay their openings in _____.",
     "Two other bakeries said the strike won't delay their openings in _____."),
    ("Finally, the old tram will go on display at the _____ after its last run in June.",
     "The old tram will go on display at the _____ after its last run in June."),
    # a bare 'Also' or 'Then' before the subject goes; before a verb it stays
    ("Also the head of the river board, _____, has answered with a plan of her own.",
     "The head of the river board, _____, has answered with a plan of her own."),
    ("Then Harlow took the lead when _____ scored from close range.",
     "Harlow took the lead when _____ scored from close range."),
    ("Then came the flood that cut the town of _____ off for a week.",
     "Then came the flood that cut the town of _____ off for a week."),
    ("Certainly _____ wants his town to keep the old tram running.",
     "_____ wants his town to keep the old tram running."),
    # a connective set off by commas inside the sentence goes with its commas
    ("The mayor's sharpest words, though, were aimed at the council of _____.",
     "The mayor's sharpest words were aimed at the council of _____."),
    ("Most of the boats sold, meanwhile, were models built in _____.",
     "Most of the boats sold were models built in _____."),
    # after a phrase set before the subject, one comma stays
    ("In _____, for example, profit was $2 million, up from $1 million a year earlier.",
     "In _____, profit was $2 million, up from $1 million a year earlier."),
    ("Almost two years later, though, _____ nurses are still working at the old hospital.",
     "Almost two years later, _____ nurses are still working at the old hospital."),
])
def test_a_leftover_connective_goes(text, expected):
    assert trim_edges(text) == expected


def _clause(parsed_of, text):
    parsed = parsed_of(text)
    return parsed.doc, clauses_of(parsed.spans[0], 0)[0]


def test_a_manner_separately_stays(parsed_of):
    doc, clause = _clause(parsed_of, "Heat and smoke are separately known to harm young trees.")
    assert statement(clause, doc) == "Heat and smoke are separately known to harm young trees."


def test_a_fronted_additionally_does_not_lead_the_question(parsed_of):
    doc, clause = _clause(parsed_of, "Additionally, the ferry company is raising its fares by $2 this spring.")
    amount = next(t for t in doc if t.text == "$")
    got = fronted_question(clause, doc, "By how much", {t.i for t in amount.head.subtree})
    assert got is not None and not got.lower().startswith("additionally")


def test_a_stance_adverb_opening_the_sentence_is_not_moved_to_the_end(parsed_of):
    doc, clause = _clause(parsed_of, "Certainly the old mayor continues to urge his town to fight on.")
    got = subject_question(clause, doc, "Who", plural_subject=False)
    assert got == "Who continues to urge his town to fight on?"


def test_a_comment_adverb_with_its_phrase_is_not_moved_to_the_end(parsed_of):
    doc, clause = _clause(parsed_of, "Unfortunately for the hosts, Smith forced Jones to fumble at the "
                                     "four-yard line.")
    assert statement(clause, doc) == "Smith forced Jones to fumble at the four-yard line."


@pytest.mark.parametrize("text, expected", [
    # a fronted phrase naming the group the sentence picks from stays in front
    ("Of the big bakeries, only Harlow Bread Co. bases its loaves on local flour.",
     "Of the big bakeries, only Harlow Bread Co. bases its loaves on local flour."),
    ("Among the bowlers, Smith and Jones took six wickets together.",
     "Among the bowlers, Smith and Jones took six wickets together."),
    # a superlative takes the group at the end
    ("Of all the towns on the coast, Harlow is the most crowded.",
     "Harlow is the most crowded of all the towns on the coast."),
    # a fronted time stays in front when the body already ends on a time
    ("In the latest quarter, the ferry company had a $3 million loss, compared with a profit of $2 million "
     "last year.",
     "In the latest quarter, the ferry company had a $3 million loss, compared with a profit of $2 million "
     "last year."),
    # otherwise a fronted time still moves to the end
    ("On Monday, the mayor opened the new bridge.", "The mayor opened the new bridge on Monday."),
])
def test_a_fronted_frame_stays_in_front(parsed_of, text, expected):
    doc, clause = _clause(parsed_of, text)
    assert statement(clause, doc) == expected


@pytest.mark.parametrize("text, expected", [
    # a time counted from a happening the stem does not tell (JUDGING rule 8) goes
    ("At the time, Norland was recording a weekly rate of _____ flu cases per 1,000 people.",
     "Norland was recording a weekly rate of _____ flu cases per 1,000 people."),
    ("By then, the river had risen _____ metres above its usual level.",
     "The river had risen _____ metres above its usual level."),
    ("Since then, a growing fear has given _____'s council the push to add more cameras.",
     "A growing fear has given _____'s council the push to add more cameras."),
    ("The baker has been a fugitive since then with a $2 million bounty on his head.",
     "The baker has been a fugitive with a $2 million bounty on his head."),
    ("Harlow Mills has taken a large part of the market with _____ looms since then.",
     "Harlow Mills has taken a large part of the market with _____ looms."),
    ("The port, since then, has handled _____ ships a year.",
     "The port has handled _____ ships a year."),
    # a time the stem itself tells stays
    ("By the time the police arrived, _____ had left the house.",
     "By the time the police arrived, _____ had left the house."),
    ("At the time of the flood, _____ people lived in the valley.",
     "At the time of the flood, _____ people lived in the valley."),
    ("The port has grown since then-mayor _____ took office.",
     "The port has grown since then-mayor _____ took office."),
])
def test_a_time_pointing_back_goes(text, expected):
    assert trim_edges(text) == expected
