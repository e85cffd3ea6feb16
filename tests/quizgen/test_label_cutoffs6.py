"""Timeline labels that a teacher prints as they are: no quotation taken for what was announced, no verb
left without the stretch of time it spent, no dateline words before the actor."""
from __future__ import annotations

from quizgen import build_lesson


def _labels(text: str, published: str) -> list[str]:
    return [e.label for e in build_lesson(text, published=published).events]


def test_quotation_after_the_object_is_not_what_was_announced():
    """'announced the death of Y with these words: "..."': the announcement is the happening, without
    the phrase pointing to the quotation."""
    labels = _labels('On Monday, Mayor Ruth Calder announced the closure of the old mill with these words: '
                     '"It has served us well."', "2019-03-06")
    assert labels == ["Ruth Calder announced the closure of the old mill"]


def test_time_spent_on_an_act_gives_the_act():
    """'had spent Tuesday trying to ...': the date is the verb's object, so the label tells what the day
    went on instead of leaving 'had spent' without its object."""
    labels = _labels("Olga Petrenko had spent Tuesday trying to rescue books from the flooded library.",
                     "2019-03-08")
    assert labels == ["Olga Petrenko tried to rescue books from the flooded library"]


def test_capitals_dateline_glued_to_the_subject_is_left_out():
    """'LISBON, Portugal Ministers approved ...': no dateline word opens the label."""
    labels = _labels("Lawmakers met twice this week.\n\nLISBON, Portugal Ministers approved the new budget on "
                     "Saturday.", "2019-03-09")
    assert labels[-1] == "Ministers approved the new budget"


def test_name_joined_to_a_date_is_the_next_verbs_subject():
    """'named X the winner on Friday and Ruritania offered ...': the parser joins the name to the date
    and shares the first subject with 'offered'; the label names who offered."""
    lesson = build_lesson("The tribunal named Ada Voss the winner on Friday and Freeland offered its support "
                          "on Saturday.", published="2019-03-10")
    labels = {str(e.date): e.label for e in lesson.events}
    assert labels["2019-03-09"] == "Freeland offered its support"
