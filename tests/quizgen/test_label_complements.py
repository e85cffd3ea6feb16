"""Timeline labels keep their verb's required complement: the object of a relative clause without
'that', a naming verb's name (and its adjective), where time was spent, the clause a 'starting' date
belongs to; and an object pronoun is named though the label names its subject."""
from __future__ import annotations

import pytest

PUBLISHED = "2023-11-02"


def _labels(parsed_of, text: str) -> list[str]:
    return [e.label for e in parsed_of(text).events]


@pytest.mark.parametrize("text, label", [
    # the label ends on the verb of a 'that'-less relative clause: the noun it hangs from is its object
    ("This is part of the reason for the record heat much of the valley experienced this summer.",
     "Much of the valley experienced the record heat"),
    # a naming verb's name, in quotation marks, after its object
    ("In 2012, the senator called the new budget “a disaster”.",
     "The senator called the new budget a disaster"),
])
def test_cut_label_takes_its_left_out_part(parsed_of, text, label):
    assert label in _labels(parsed_of, text)


def test_naming_verb_keeps_the_adjective_of_its_name(parsed_of):
    """A label fitted to a headline's length must not drop 'terrorist' from 'labeled terrorist organizations'."""
    labels = _labels(parsed_of, "In May 2020, the Nordic Rights Center and several other human rights groups "
                                "were controversially labeled terrorist organizations by the Danish government.")
    assert any(x.endswith("were labeled terrorist organizations") for x in labels), labels


@pytest.mark.parametrize("text, label", [
    ("After college, Maria Lopez spent three years in the early 1990s in the navy.",
     "Maria Lopez spent three years in the navy"),
])
def test_time_spent_keeps_where_it_went(parsed_of, text, label):
    """'spent three years in the 1990s in the navy': the dated phrase is left, not where the years went."""
    assert label in _labels(parsed_of, text)


@pytest.mark.parametrize("text, label", [
    ("Additionally, thousands of farmers will receive new subsidies starting January 1.",
     "Thousands of farmers will receive new subsidies"),
    ("Additionally, many small firms will pay lower taxes beginning July 1.",
     "Many small firms will pay lower taxes"),
])
def test_starting_date_belongs_to_its_clause(parsed_of, text, label):
    assert label in _labels(parsed_of, text)


def test_object_pronoun_named_beside_a_named_subject(parsed_of):
    text = ("Sarah Johnson graduated from Yale Law School and later worked as a clerk for a federal judge. "
            "In 2019, President Joe Hale nominated her to be the national ombudsman, and the Senate confirmed "
            "Johnson.")
    assert "Joe Hale nominated Sarah Johnson to be the national ombudsman" in _labels(parsed_of, text)


@pytest.mark.parametrize("text", [
    # two men named before 'his': which one owns the house is a guess a timeline does not make
    "Mr. Reed questioned Mr. Lang about why the value of his beach house was cut in 2017.",
    "Ms. Reed questioned Ms. Lang about why the value of her beach house was cut in 2017.",
])
def test_owner_pronoun_after_two_people_is_not_guessed(parsed_of, text):
    labels = _labels(parsed_of, text)
    assert not any("Reed’s" in x or "Lang’s" in x for x in labels), labels


def test_owner_pronoun_after_a_woman_and_a_man_names_the_one_of_its_sex(parsed_of):
    """'Ms. Reed questioned Mr. Lang about ... his beach house': only one of them is a 'his'."""
    text = "Ms. Reed questioned Mr. Lang about why the value of his beach house was cut in 2017."
    assert "The value of Lang’s beach house was cut" in _labels(parsed_of, text)


@pytest.mark.parametrize("text, date", [
    ("The value of the farm fell from $3 million in 2016 to roughly $1.2 million in 2018, records show.", 2018),
    ("Sales rose from 200 units in 2015 to 900 units in 2019.", 2019),
])
def test_change_from_one_dated_value_to_another_is_one_event(parsed_of, text, date):
    """The old value's year is no second happening: the change is dated by the new value's year."""
    assert [e.date.year for e in parsed_of(text).events] == [date]


def test_dated_object_of_a_dated_clause_is_its_own_happening(parsed_of):
    """'On Friday, X welcomed the December 26 ruling': December 26 is the ruling's, not the welcome's."""
    events = parsed_of("On Friday, the Nordic Press Union welcomed the December 26 ruling by the "
                       "Supreme Court of Norway.").events
    assert not any(e.date.month == 12 and "welcomed" in e.label for e in events), events


@pytest.mark.parametrize("text, label", [
    ("In June 2017, the president announced his decision to pull the country out of the trade pact.",
     "The president announced his decision to pull the country out of the trade pact"),
])
def test_label_never_ends_on_a_preposition_without_its_object(parsed_of, text, label):
    """'... to pull the country out' (of the pact): the label keeps the 'of' phrase of 'out'."""
    assert label in _labels(parsed_of, text)
