"""Timeline labels a teacher would print (issue 11): a label over twelve words leaves out its last
adjunct, or stays only as its date's one event; an object cut before its 'of' phrase or clause, a
subjunctive without who ordered it, a statement without what it said and an unnamed object 'it' are
no labels."""
from __future__ import annotations

import pytest

from quizgen.label_choice import label_fault, printable_label
from quizgen.nlp import parse

PUBLISHED = "2023-11-02"


@pytest.mark.parametrize("text, label", [
    # over twelve words: the place phrase at its end goes
    ("On Friday, two fourteen year old students and two chemistry teachers died in a shooting at "
     "Ridgeview High School.", "Two fourteen year old students and two chemistry teachers died"),
    # the second of two joined phrases goes, and the first is no cut list
    ("On Tuesday, the bullet tore through the kitchen window of the small house and into the "
     "back of the doctor.", None),
])
def test_long_label_fitted(parsed_of, text, label):
    labels = [e.label for e in parsed_of(text).events]
    assert all(len(x.split()) <= 12 for x in labels), labels
    assert label is None or label in labels, labels


@pytest.mark.parametrize("sentence, label, fitted", [
    ("The assassin's bullet tore through the kitchen window of his house and into his back on Friday.",
     "The assassin's bullet tore through the kitchen window of his house and into his back",
     "The assassin's bullet tore through the kitchen window of his house"),
    ("Two students and two teachers of the county school died in a shooting at the school gym on Friday.",
     "Two students and two teachers of the county school died in a shooting at the school gym",
     "Two students and two teachers of the county school died"),
])
def test_printable_label_leaves_out_adjuncts(sentence, label, fitted):
    assert printable_label(label, parse(sentence)[:]) == fitted


@pytest.mark.parametrize("text, label", [
    # the object's 'of' phrase comes back without the asides inside it, or the label goes where
    # another event tells its date
    ("Earlier this month, Harlan Foods closed its Salem plant. Earlier this month, Harlan Foods signed a letter of intent to acquire Brook Dairy Inc., Salem, Ore., "
     "and its sister company, Brook Cheese Co., in Eugene, Ore.", "Harlan Foods signed a letter"),
    # an object whose 'that' clause cannot be printed: no label rather than a cut one
    ("On Sunday, the boy's father flew to Havana. On Sunday, lawyers for the Miami relatives raised accusations that the boy's father had mistreated "
     "his young son during long telephone conversations.", "Lawyers for the Miami relatives raised accusations"),
])
def test_object_not_cut_before_what_it_is(parsed_of, text, label):
    assert label not in [e.label for e in parsed_of(text).events]


@pytest.mark.parametrize("sentence, label, fault", [
    ("On Friday the president ordered that all flags be flown at half mast.", "All flags be flown at half mast",
     "a subjunctive"),
    ("A state judge ruled on Monday that Tom Reyes remain in Texas.", "Tom Reyes remain in Texas", "a subjunctive"),
    ("On Friday, a spokesperson issued a statement.", "A spokesperson issued a statement", "a bare statement"),
    ("The mayor was interviewed on Friday.", "The mayor was interviewed", "a bare statement"),
])
def test_empty_labels_are_faults(sentence, label, fault):
    assert label_fault(label, parse(sentence)[:]) == fault


def test_cut_object_not_printable():
    sentence = "On Friday, the club signed a letter of intent to buy the stadium."
    assert printable_label("The club signed a letter", parse(sentence)[:]) == ""


@pytest.mark.parametrize("sentence, label", [
    ("An attorney sent a letter to the chief executive on Wednesday.", "An attorney sent a letter to the chief executive"),
    ("The mayor issued a statement on the budget on Friday.", "The mayor issued a statement on the budget"),
    ("Thursday morning the assembly filed an impeachment motion to be voted on within 72 hours.",
     "The assembly filed an impeachment motion"),
])
def test_statements_with_content_pass(sentence, label):
    sent = parse(sentence)[:]
    assert label_fault(label, sent) is None
    assert printable_label(label, sent) == label


@pytest.mark.parametrize("text, label", [
    # another event tells the date: the label with an unnamed 'it' goes
    ("Rescuers found a small boy on Sunday. The nations agreed on Sunday to divide it in two.",
     "The nations agreed to divide it in two"),
])
def test_unnamed_object_left_out(parsed_of, text, label):
    assert label not in [e.label for e in parsed_of(text).events]


def test_only_event_of_its_date_stays(parsed_of):
    labels = [e.label for e in parsed_of("The nations agreed on Sunday to divide it in two.").events]
    assert labels == ["The nations agreed to divide it in two"], labels


@pytest.mark.parametrize("text, label", [
    # a label too long with full names takes the surnames (and leaves the title words in front)
    ("The meeting ended a long weekend at the bank, where Energy Secretary Mary J. Holden Jr. and Peter F. "
     "Grant, the bank's chief, summoned the heads of the largest coal firms on Friday evening.",
     "Holden and Grant summoned the heads of the largest coal firms"),
])
def test_long_label_prints_surnames(parsed_of, text, label):
    assert [e.label for e in parsed_of(text).events] == [label]
