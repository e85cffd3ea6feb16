"""Labels keep the phrase that says what their verb tied its object to ('attributed its slump | to
higher costs'), the undated part of a verb's phrase a date sits inside ('exploded after liftoff' |
back on May 3), and lose an adverb or phrase that leaned on the date left out ('sometime', 'an hour
into the trip')."""
from __future__ import annotations

from quizgen import build_lesson

PUBLISHED = "2021-05-12"


def _labels(text: str) -> set[str]:
    return {e.label for e in build_lesson(text, published=PUBLISHED).events}


def test_attribution_keeps_what_it_was_put_down_to():
    """'Brakefield attributed its slump' stops before the cause, the point of the clause."""
    labels = _labels("Brakefield attributed its spring slump partly to higher costs of timber at its three mills "
                     "as well as weak demand, the company said on Monday.")
    assert "Brakefield attributed its spring slump partly to higher costs of timber" in labels


def test_description_keeps_what_it_was_called():
    labels = _labels("On Tuesday the mayor described the harbour plan as a costly mistake.")
    assert "The mayor described the harbour plan as a costly mistake" in labels


def test_phrase_with_a_date_inside_keeps_its_undated_words():
    """'exploded after liftoff back on May 3': the verb's phrase holds the date; its words before the
    date are what the label needs, never a phrase from inside it ('after liftoff back')."""
    labels = _labels("The test rocket was lost when it exploded 40 seconds after liftoff back on May 3, 2019, "
                     "scattering parts over the bay.")
    assert "The test rocket exploded after liftoff" in labels


def test_nested_date_does_not_leave_an_inner_phrase():
    """'began delving Thursday into the deaths of nine young men over the last four years': a label
    too long for the whole phrase never takes a phrase from inside it ('began delving of nine men')."""
    labels = _labels("A new county review panel began delving Thursday into the deaths of nine young men over the "
                     "last four years in the river district.")
    assert labels and not any("delving of" in label for label in labels)


def test_adverb_leaning_on_a_date_goes_with_it():
    """'put the plan to a vote sometime in June': without the date, 'sometime' cuts the label off."""
    labels = _labels("The council will put the harbour plan to a vote sometime in June.")
    assert "The council will put the harbour plan to a vote" in labels


def test_measured_time_phrase_goes_whole():
    """'about an hour into the trip': without its measure 'into the trip' reads as a place."""
    labels = _labels("The ferry lost contact with its crew about an hour into the trip on Sunday.")
    assert "The ferry lost contact with its crew" in labels


def test_name_apposed_to_the_object_outlasts_a_long_phrase():
    """'to buy Internet phone service Skype in a deal worth $8.5 billion' cut to a headline's length
    keeps 'Skype': without it the label never says which service."""
    labels = _labels("The board confirmed plans on Tuesday to buy Internet phone service Callnet in a deal worth $2.5 billion.")
    assert "The board confirmed plans to buy Internet phone service Callnet" in labels
