"""A wire lead's main happening told with no day of its own, and the sentence after a lead whose main
verb carries its day: both are the story's news, dated by the paper or by the lead."""
from __future__ import annotations

import pytest

from quizgen import build_lesson

_THURSDAY = "1991-03-14"


def _events(text: str, published: str = _THURSDAY):
    return build_lesson(text, published=published).events


@pytest.mark.parametrize("lead, start", [
    ("Voters in Kent County approved a new library tax.", "Voters in Kent County approved"),
    ("Hurricane Lena lashed the coast of Belize with heavy rain.", "Hurricane Lena lashed"),
    ("Mary Kell was named chief executive of Harbor Mills Co., a maker of bread and cakes.", "Mary Kell was named"),
])
def test_an_undated_past_act_of_a_lead_is_news_of_the_publication_week(lead: str, start: str):
    text = lead + "\n\nThe result surprised many people in the region, local officials said."
    events = _events(text)
    assert any(e.label.startswith(start) and str(e.date) == "1991-03-11" and e.precision == "week"
               for e in events), events


@pytest.mark.parametrize("lead", [
    "Voters in Kent County did not approve a $40 million bond for a new high school.",   # denied
    "Harbor Mills Co. owned three bakeries in the towns around Dayton.",                  # a state
    "Volunteers cleaned up the beaches of the southern Bahamas.",          # nobody named, no happening
])
def test_a_lead_that_tells_no_named_past_act_gets_no_publication_date(lead: str):
    text = lead + "\n\nThe result surprised many people in the region, local officials said."
    assert not any(str(e.date) == "1991-03-11" for e in _events(text)), _events(text)


@pytest.mark.parametrize("second, start", [
    ("The jury awarded Lake Foods $2 million in damages.", "The jury awarded Lake Foods"),
    ("The jury also cleared two of the company's managers.", "The jury cleared"),
])
def test_the_sentence_after_a_day_dated_lead_tells_that_days_news(second: str, start: str):
    text = "A jury in Dayton found Harbor Mills Co. liable for fraud on Tuesday.\n\n" + second
    events = _events(text)
    assert any(e.label.startswith(start) and str(e.date) == "1991-03-12" for e in events), events


@pytest.mark.parametrize("text", [
    # the day is the announcement's, a noun's, not the lead's main verb's
    "Harbor Mills Co.'s announcement Friday of a $40 million loss showed that the company is in trouble.\n\n"
    "The size of the loss made some analysts doubt the company's plans.",
    # a state the lead's people held, no act of the day
    "Fishermen rescued 700 people off the coast of Aceh on Tuesday.\n\nThe rescued people included many children.",
])
def test_no_day_passes_to_the_next_sentence_from_a_noun_or_to_a_state(text: str):
    events = _events(text)
    assert not any(e.label.startswith(("The size", "The rescued people")) for e in events), events


@pytest.mark.parametrize("lead, start", [
    ("An explosion tore through a chemical plant in Dover, killing one worker, police said.", "An explosion tore"),
    ("A fire destroyed a paper mill in northern Maine.", "A fire destroyed a paper mill"),
])
def test_a_happenings_undated_lead_act_is_news_of_the_publication_week(lead: str, start: str):
    """The act told before its attribution is the lead's news; a happening is its own subject."""
    events = _events(lead + "\n\nThe result surprised many people in the region, local officials said.")
    assert any(e.label.startswith(start) and str(e.date) == "1991-03-11" for e in events), events


@pytest.mark.parametrize("lead", [
    "Gunmen attacked a police station in Lagos, police said.",           # nobody named, no happening
    "Officials said an explosion tore through a chemical plant in Dover.",  # told after the saying: before it
])
def test_an_unnamed_actor_or_an_act_told_after_its_saying_gets_no_publication_date(lead: str):
    events = _events(lead + "\n\nThe result surprised many people in the region, local officials said.")
    assert not any(str(e.date) == "1991-03-11" for e in events), events


def test_a_lead_that_dates_another_clause_leaves_its_past_act_to_that_date():
    text = ("Invited to a forum during her trip to Lima this week, Lena Berg questioned the mayor of Lima about the "
            "city budget.\n\nThe talks were described as friendly by aides.")
    assert not any(e.label.startswith("Lena Berg questioned") for e in _events(text)), _events(text)


def _titled_events(title: str, text: str, published: str = _THURSDAY):
    return build_lesson(text, title=title, published=published).events


_AFTER = "\n\nThe move surprised many people in the industry, analysts said."


@pytest.mark.parametrize("title, lead, start", [
    ("Harbor Mills finance chief Jane Roe resigns",
     "Harbor Mills Co. said Jane Roe resigned as finance chief to pursue other interests.", "Jane Roe resigned"),
    ("Kent Bank board rejects Lyle bid as too low",
     "Kent Bank Chairman Tom Ash said his board rejected the bid by Lyle Group.", "Tom Ash’s board rejected"),
    ("Dover Foods to sell its bakery unit",
     "Dover Foods Inc. said it agreed to sell its bakery unit to Lane Co.", "Dover Foods Inc. agreed to sell"),
])
def test_a_reported_act_the_headline_names_is_news_of_the_publication_week(title, lead, start):
    """The act a named source reports in an undated lead, when the headline names it again."""
    events = _titled_events(title, lead + _AFTER)
    assert any(e.label.startswith(start) and str(e.date) == "1991-03-11" and e.precision == "week"
               for e in events), events


@pytest.mark.parametrize("title, lead", [
    # the headline tells another happening: the reported act may be an old one
    ("Singer Ada Lind releases a memoir", "Ada Lind's publisher said she left her home town as a child."),
    ("Harbor Mills names a new finance chief", "Harbor Mills Co. said Jane Roe resigned as finance chief."),
    # denied: no act
    ("Kent Bank board rejects Lyle bid", "Kent Bank said its board did not reject the bid by Lyle Group."),
])
def test_a_reported_act_the_headline_does_not_name_gets_no_publication_date(title, lead):
    events = _titled_events(title, lead + _AFTER)
    assert not any(str(e.date) == "1991-03-11" for e in events), events


def test_a_long_announcement_lead_is_fitted_to_a_headline():
    """'X announced plans to spin off its unit to existing holders': the lead's happening stays on the
    timeline whole; whom the unit goes to is no adjunct to leave out (judges' own wording of it kept
    'to shareholders')."""
    lead = "Brandt PLC announced plans to spin off its packaging operations to existing shareholders."
    labels = [(e.label, str(e.date)) for e in _events(lead + _AFTER)]
    # the legal form goes (a headline never prints it), and the label fits a headline's length
    assert ("Brandt announced plans to spin off its packaging operations to existing shareholders",
            "1991-03-11") in labels, labels


def test_a_plan_in_the_next_sentence_leaves_the_lead_news_of_the_publication_week():
    """'X was named chairman. He will succeed Y Feb. 1': the later date is the plan's, not the naming's."""
    text = ("Mary Kell was named chairman of Harbor Mills Co., a maker of bread and cakes. "
            "Ms. Kell, 52 years old, will succeed John Lane on April 1." + _AFTER)
    events = _events(text)
    assert any(e.label.startswith("Mary Kell was named") and str(e.date) == "1991-03-11" for e in events), events


def test_a_long_lead_act_gives_up_the_list_of_names_on_its_object():
    """'its A, B and C candy businesses': the lead's happening, too long for a headline, keeps the kind
    of thing sold and leaves out the names, rather than being lost from the timeline."""
    lead = ("Dover Foods Inc. said it agreed to sell its Kent, Dorset and Sussex candy businesses to "
            "Lane Co.'s candy unit for $37 million.")
    events = _titled_events("Dover Foods to sell candy businesses to Lane", lead + _AFTER)
    assert any(e.label == "Dover Foods Inc. agreed to sell its candy businesses" and str(e.date) == "1991-03-11"
               for e in events), events


def test_a_lead_act_that_cannot_be_cut_to_a_headline_stays_whole():
    """With no phrase to leave out, the lead's happening is kept within the hard limit rather than lost."""
    lead = ("Harbor Mills Co. has agreed to pay $40 million and nearly 1.2 million common shares to buy 90 acres "
            "of land along the river as a site for its planned plant.")
    events = _titled_events("Harbor Mills to buy river land", lead + _AFTER)
    # only the legal form goes ('Co.'), which a headline never prints
    assert any(e.label.startswith("Harbor Mills has agreed to pay $40 million") and
               str(e.date) == "1991-03-11" and 12 < len(e.label.split()) <= 14 for e in events), events


@pytest.mark.parametrize("names, expected", [
    ("Kent, Dorset and Sussex", "Dover Foods Inc. agreed to sell its candy businesses"),
    # the parser splits this list (one name the object, the rest on the noun): no part of it is left
    ("Little Jack, Crane and Dobbs", ""),
])
def test_a_list_of_names_on_the_object_goes_whole_or_not_at_all(names, expected):
    from quizgen import nlp
    from quizgen.label_choice import without_name_list
    text = f"Dover Foods Inc. said it agreed to sell its {names} candy businesses to Lane Co. for $37 million."
    sent = nlp.parse(text)[:]
    assert without_name_list(f"Dover Foods Inc. agreed to sell its {names} candy businesses", sent) == expected
