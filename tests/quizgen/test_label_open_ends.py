"""Labels that end where their predicate needs more (a bare 'is', 'was slated' without when), and a
Q&A page's 'Q:'/'A:' markers, which read as words gave labels such as 'An opened a plant'."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.cleaning import clean_body
from quizgen.label_choice import label_fault
from quizgen.nlp import parse


def _labels(body: str) -> list[str]:
    text = f"Title: Test story\nPublished: 2019-04-10\n\n{body}\n"
    return [e.label for e in build_lesson(text).events]


@pytest.mark.parametrize("sentence, label", [
    ("The new ferry, first scheduled to sail on May 2, will now sail in June.", "The new ferry is"),
    ("The council's vote on the harbour plan is slated for next month.", "The council's vote on the harbour plan is slated"),
    ("The town fair was scheduled for May 3 in the old market square.", "The town fair was scheduled"),
    ("The first concert of the tour was set for Friday at the arena.", "The first concert of the tour was set"),
])
def test_open_predicates_are_faults(sentence, label):
    assert label_fault(label, parse(sentence)[:]) == "an open predicate"


@pytest.mark.parametrize("sentence, label", [
    ("The town fair was rescheduled on Monday after the storm.", "The town fair was rescheduled"),
    ("The old mill was sold to a baker in 1990.", "The old mill was sold to a baker"),
    ("The council was slated for its spending by the auditor on Monday.",
     "The council was slated for its spending by the auditor"),
    ("In 1990 the firm was the largest employer in the town.", "The firm was the largest employer in the town"),
])
def test_closed_predicates_pass(sentence, label):
    assert label_fault(label, parse(sentence)[:]) != "an open predicate"


def test_reduced_schedule_gives_no_bare_be():
    labels = _labels("The city's new ferry, originally scheduled to sail on May 2, will now sail in June. "
                     "Repairs to the pier are slated for next month.")
    assert not any(lab.split()[-1] in ("is", "was", "slated") for lab in labels), labels


QA = ("Q: When did the bakery chain close its shops?\n\n"
      "A: Earlier this month, Brindle Bakeries closed 40 shops across the county.\n\n"
      "Q: Will staff be paid?\n\n"
      "A: The chain says staff will be paid until the end of May.\n")


def test_qa_markers_are_set_aside():
    cleaned = clean_body(QA)
    assert len(cleaned.reading) == len(QA)
    assert "Q:" not in cleaned.reading and "A:" not in cleaned.reading
    assert "Brindle Bakeries closed 40 shops" in cleaned.reading


@pytest.mark.parametrize("body", [
    "A: the letter of the test form.\n\nThe exam begins at nine.\n",       # a lone 'A:' is no Q&A page
    "Q: who asked.\n\nThe answer came later.\n",
])
def test_lone_letter_tag_is_kept(body):
    assert clean_body(body).reading.strip().startswith(body.strip()[:2])


def test_qa_answer_label_names_its_doer():
    labels = _labels(QA)
    assert any(lab.startswith("Brindle Bakeries closed") for lab in labels), labels
    assert not any(lab.split()[0] in ("A", "An", "Q") for lab in labels), labels
