"""Stems that stand alone (no counterfactual as fact, cut complement, stray quote, bare comparative,
stranded phrase) and blanks that test no reading (an age, 'U.S.' as a modifier, a vague amount)."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions.standalone import standalone_problem, trivial_blank


def _sentence(text: str):
    return list(nlp.parse(text).sents)[0]


def _tf(prompt: str) -> Question:
    return Question("q", "true_false", prompt, "True", 0, choices=("True", "False"))


def _mc(prompt: str, answer: str) -> Question:
    return Question("q", "multiple_choice", prompt, answer, 0, choices=(answer, "Ana Ruiz", "Tom Bell"))


@pytest.mark.parametrize("sentence, q, refused", [
    # a supposition read as a fact
    ("Had the mayor signed the order, the bridge would have opened in May.",
     _tf("The mayor had signed the order."), True),
    ("The mayor had signed the order before the bridge opened in May.",
     _tf("The mayor had signed the order."), False),
    # a participle without the phrase that completes it
    ("The long speech appeared aimed at calming the angry farmers in the valley.",
     _tf("The long speech appeared aimed."), True),
    ("The long speech appeared aimed at calming the angry farmers in the valley.",
     _tf("The long speech appeared aimed at calming the angry farmers."), False),
    # a stem cut inside a quotation
    ("\u201cWe will not stop now!\u201d said a letter read to the striking dockers on Monday.",
     _tf("We will not stop now!\u201d said a letter read to the striking dockers on Monday."), True),
    ("\u201cWe will not stop now,\u201d said a letter read to the striking dockers on Monday.",
     _tf("A letter was read to the striking dockers on Monday."), False),
    # a comparison without what it compares with
    ("Ana Ruiz was less talkative than her brother at the long hearing.",
     _mc("Who was less talkative?", "Ana Ruiz"), True),
    ("Ana Ruiz was less talkative than her brother at the long hearing.",
     _mc("Who was less talkative than her brother?", "Ana Ruiz"), False),
    ("Ana Ruiz was quiet at the long hearing on Friday.", _mc("Who was quiet at the long hearing?", "Ana Ruiz"),
     False),
])
def test_stems_that_do_not_stand_alone_are_refused(sentence, q, refused):
    assert (standalone_problem(q, q.prompt, _sentence(sentence)) is not None) is refused


@pytest.mark.parametrize("answer, prompt, focus, refused", [
    ("Rock", "The band played in Little _____, the old quarter, on Friday.", "city", True),
    ("Ana Ruiz", "Biology student at Oslo University _____ wrote the letter.", "person", False),
    ("Oslo", "The ship sailed from Bergen to _____ on Friday.", "city", False),
])
def test_a_blank_on_the_second_half_of_a_place_name(answer, prompt, focus, refused):
    assert (trivial_blank(answer, prompt, focus) is not None) is refused


@pytest.mark.parametrize("answer, prompt, refused", [
    ("52", "Dr. Harlan Voss, _____, was shot at his home.", True),
    ("52", "The ferry carried _____ passengers across the bay.", False),
    ("U.S.", "The _____ attorney filed the charges on Monday.", True),
    ("US", "Officers were enforcing _____ law at the border.", True),
    ("U.S.", "The talks moved to the _____ after the summit.", False),
    ("several thousand", "A letter was read to _____ rallying farmers.", True),
    ("tens of thousands", "The march drew _____ of people.", True),
    ("3,000", "A letter was read to _____ rallying farmers.", False),
])
def test_trivial_blanks(answer, prompt, refused):
    assert (trivial_blank(answer, prompt) is not None) is refused


@pytest.mark.parametrize("prompt, refused", [
    ("The club has 12 young members at 3,000 meters.", True),
    ("The club has 12 young members.", False),
    ("The club has 12 young members who will hike up Mount Oros at 3,000 meters.", False),
])
def test_a_phrase_stranded_by_a_dropped_relative_clause(prompt, refused):
    sentence = _sentence("The club has 12 young members who will hike up Mount Oros \u2014 at 3,000 meters, "
                         "the tallest peak in the region.")
    assert (standalone_problem(_tf(prompt), prompt, sentence) is not None) is refused


@pytest.mark.parametrize("sentence, q, refused", [
    ("Lawmakers in the north are working to close the old mines by the spring.",
     _mc("Lawmakers in which region are working?", "north"), True),
    ("Lawmakers in the north are working to close the old mines by the spring.",
     _mc("Lawmakers in which region are working to close the old mines?", "north"), False),
    ("The driver was killed in a crash near the old mill on Sunday.", _tf("The driver was killed."), False),
    ("In Dorset, the farmers went as far as to block the main road with tractors.",
     _mc("Where did the farmers go as far?", "Dorset"), True),
    ("Farmers in Dorset will now \u201cfight with all their tractors to stop or delay\u201d the new road, the council said.",
     _mc("Farmers in which county will fight with all their tractors?", "Dorset"), True),
    ("Farmers in Dorset will now \u201cfight with all their tractors to stop or delay\u201d the new road, the council said.",
     _mc("Farmers in which county will fight the new road?", "Dorset"), False),
    ("In Dorset, the farmers went as far as to block the main road with tractors.",
     _mc("Where did the farmers block the main road with tractors?", "Dorset"), False),
])
def test_stems_cut_before_an_infinitive_or_an_equative(sentence, q, refused):
    assert (standalone_problem(q, q.prompt, _sentence(sentence)) is not None) is refused


@pytest.mark.parametrize("sentence, q, refused", [
    ("Mr. Lund, who is president of the bank, will be succeeded in that post by Ana Ruiz.",
     _mc("Who will succeed Mr. Lund in that post?", "Ana Ruiz"), True),
    ("Ana Ruiz will succeed Mr. Lund as president of the bank this week.",
     _mc("Who will succeed Mr. Lund as president of the bank this week?", "Ana Ruiz"), False),
    ("Ana Ruiz will succeed Mr. Lund as president of the bank this week.",
     _mc("Who will succeed Mr. Lund as president of the bank?", "Ana Ruiz"), False),
])
def test_a_question_pointing_back_with_that_is_refused(sentence, q, refused):
    assert (standalone_problem(q, q.prompt, _sentence(sentence)) is not None) is refused


@pytest.mark.slow
def test_a_figure_of_two_companies_is_not_standalone(context_of):
    """'Net income rose ...' after a sentence about two companies: whose net income cannot be told, so
    the stem is refused; after one company it is written in."""
    from quizgen.questions.fragments import fragment_problem
    ctx = context_of("Bethlehem Steel Corp. and USX Corp. both posted gains. Net income rose 8% to $300 million "
                     "in the quarter.")
    sentence = ctx.parsed.spans[1]
    q = Question("q", "fill_blank", "Net income rose _____ to $300 million in the quarter.", "8%", 1)
    assert "which company" in (standalone_problem(q, q.prompt, sentence) or "")
    assert fragment_problem(q, sentence) is not None
    one = context_of("Armco Inc. posted a gain. Net income rose 8% to $300 million in the quarter.")
    assert standalone_problem(q, q.prompt, one.parsed.spans[1]) is None
    of = context_of("Bethlehem Steel Corp. and USX Corp. both posted gains. Shares of USX fell $2 to $30.")
    q2 = Question("q", "fill_blank", "Shares of USX fell $_____ to $30.", "2", 1)
    assert standalone_problem(q2, q2.prompt, of.parsed.spans[1]) is None
