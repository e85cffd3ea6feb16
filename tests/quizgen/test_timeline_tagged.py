"""The timeline's dates from the TIMEX3 tagger and its headline rules, one behaviour per row."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import build_lesson
from quizgen.model import format_date, period

D = dt.date


def _events(text: str, published: str):
    return build_lesson(text, published=published).events


@pytest.mark.parametrize("text, published, expected, precision", [
    # week precision where the text names a week, the first day stored (its Monday)
    ("Last week, at least 40 people were killed when a hotel collapsed in the city.", "2006-01-12",
     D(2006, 1, 2), "week"),
    # seasons are seasons, not their first month
    ("The band toured Europe in the summer of 2012.", "2013-03-22", D(2012, 6, 1), "season"),
    ("The factory closed last autumn after the owners sold it.", "2013-03-22", D(2012, 9, 1), "season"),
    # quarters and decades
    ("Sales at the carmaker fell sharply in the third quarter of 2012.", "2013-03-22", D(2012, 7, 1), "quarter"),
    ("Prices of houses rose sharply in the 1980s.", "2013-03-22", D(1980, 1, 1), "decade"),
    # a retrospective frame counts back from publication
    ("Fifty years ago this week, the country won its independence.", "2013-03-25", D(1963, 3, 25), "week"),
    # a yearless date takes the year its sentence gives
    ("Luciani was elected on August 26, 1978, and was found dead on September 29.", "2022-09-05",
     D(1978, 9, 29), "day"),
    # 'earlier in June' is before publication even beside an expectation (an unfulfilled 'had been
    # expected to return' is no event at all: the judges read it as no happening)
    ("The crew returned earlier in June than had been expected.", "2024-08-24", D(2024, 6, 1), "month"),
])
def test_tagged_date_and_precision(text, published, expected, precision):
    """Each date category lands on its first day at the precision the text says."""
    found = [(e.date, e.precision) for e in _events(text, published)]
    assert (expected, precision) in found, found


def test_anaphoric_date_counts_from_the_previous_date():
    events = _events("The storm hit the coast on March 3, 2010. Two days later, the army reopened the airport.",
                     "2010-03-20")
    assert [e.date for e in events] == [D(2010, 3, 3), D(2010, 3, 5)]


def test_duration_gives_the_event_an_end():
    (event,) = _events("The president began a three-day visit to Kenya on Monday.", "2013-03-25")
    assert (event.date, event.date_end) == (D(2013, 3, 25), D(2013, 3, 27))
    assert event.to_dict()["date_end"] == "2013-03-27"


@pytest.mark.parametrize("text, published, not_a_date", [
    ("Lawyers filed the case under the 2022 Adult Survivors Act on Friday.", "2023-05-10", D(2022, 1, 1)),
    ("Amendments to the Broadcasting Act, 2016 were passed by the senate.", "2021-11-17", D(2016, 1, 1)),
    ("Farmers planted winter wheat across the plains in 1989.", "2013-03-22", D(2012, 12, 1)),
    ("Yields of wheat fell back to 2000 levels in the study.", "2014-07-28", D(2000, 1, 1)),
    ("The law allows the emperor to abdicate, the first since an emperor in 1817, two hundred years ago.",
     "2017-06-10", D(1917, 1, 1)),
])
def test_names_and_kinds_are_not_dates(text, published, not_a_date):
    """A year inside a name, a season naming a crop, a restated year: no event of their own."""
    assert not_a_date not in [e.date for e in _events(text, published)]


def test_clock_offsets_add_no_new_date():
    """'An hour later' is within the day already dated: its happening is of that day, no other."""
    events = _events("A crane fell into the mosque on Friday. An hour later, rescuers arrived at the site.",
                     "2015-09-12")
    assert {e.date for e in events} == {D(2015, 9, 11)}


def test_the_day_of_a_match_is_no_new_date():
    events = _events("Yesterday, Sweden beat Korea. In the last match of the day, England beat Tunisia.",
                     "2018-06-19")
    assert all(e.time_text.lower() != "the day" for e in events)
    assert D(2018, 6, 18) in [e.date for e in events]


def test_local_time_and_gmt_are_one_event():
    events = _events("The rocket lifted off from Florida at 10:53 pm on Sunday (0353 GMT Monday).", "2024-03-05")
    assert [(e.date, e.label) for e in events] == [(D(2024, 3, 3), "The rocket lifted off from Florida")]


@pytest.mark.parametrize("text, published, future", [
    ("The leaders will meet in Geneva on June 30.", "2022-06-16", True),
    # a present-tense verb about a year long past is no plan
    ("The law lets him abdicate, the first emperor to do so since 1817.", "2017-06-10", False),
])
def test_planned_events(text, published, future):
    (event,) = _events(text, published)
    assert event.future is future


@pytest.mark.parametrize("text, published", [
    ("The company did not file a report on Monday.", "2022-06-16"),              # negated
    ("No one was arrested on Sunday night.", "2022-06-16"),                       # nobody did it
    ("The cuts could be substantial in 2042.", "2022-06-16"),                     # a possibility
    ("The cuts would be substantial by 2042.", "2022-06-16"),                     # a hypothetical state
    ("They are in Nepal on September 19.", "2022-09-20"),                         # a pronoun and 'be'
    # a present state about a past date is no happening of that date
    ("The mill has been the largest employer in the town since 1950.", "2017-06-10"),
    ('"This was the weekend the rules changed," said the strategist.', "2008-09-16"),   # a speaker's words
    ("The mayor did not take the offer allowing him to move by May 7.", "2023-05-10"),  # no subject
    # a reporting frame that lost what was said
    # (said at a public occasion, the saying is a happening: test_events_occasions.py)
    ("As the sheriff said on Wednesday night, the victims are expected to recover.", "2024-09-05"),
])
def test_no_headline_no_event(text, published):
    """Negated, hypothetical and fragmentary clauses are not placed on the timeline."""
    assert [e.label for e in _events(text, published)] == []


@pytest.mark.parametrize("text, published, label", [
    # the happening reported, not the reporting frame; a person's account keeps its speaker
    ("Sheriff Jud Smith said at a news conference on Wednesday that the suspect had been detained.",
     "2024-09-05", "Jud Smith said that the suspect was detained"),
    # a hyphenated verb stays whole
    ("The park re-opened on Monday morning.", "2022-08-16", "The park re-opened"),
    # a negated main clause gives way to the happening its date names
    ("The airline never recovered from the fire at its depot on 3 May 2001, in which 40 workers died.",
     "2003-10-24", "40 workers died"),
    # a gerund after 'before' with its own date is that date's happening, done by the main subject
    # (a teacher: 'will undergo changes before launching' put the changes on the launch date)
    ("The ferry will undergo repairs before sailing on September 24.", "2024-08-24",
     "The ferry will sail"),
    # a date naming the object of a verb dates the verb's happening
    ("The art gallery celebrated the Thursday opening with a display of prints.", "2014-01-27",
     "The art gallery celebrated the opening with a display of prints"),
    # local time before the same moment in UTC: one event on the local day
    ("At around 1:00 am local time (1600 UTC on December 3), the assembly gathered to vote.", "2024-12-08",
     "The assembly gathered to vote"),
    # a short clause with a named subject stays
    ("Hirohito died in 1989.", "2017-06-10", "Hirohito died"),
])
def test_label_is_the_happening(text, published, label):
    assert [e.label for e in _events(text, published)] == [label]


@pytest.mark.parametrize("date, precision, written", [
    (D(2022, 3, 21), "week", "week of March 21, 2022"),
    (D(2013, 6, 1), "season", "summer 2013"),
    (D(2012, 9, 1), "season", "autumn 2012"),
    (D(2012, 7, 1), "quarter", "third quarter of 2012"),
    (D(1980, 1, 1), "decade", "the 1980s"),
    (D(2022, 6, 15), "day", "June 15, 2022"),
])
def test_format_date_new_precisions(date, precision, written):
    assert format_date(date, precision) == written


@pytest.mark.parametrize("date, precision, end", [
    (D(2022, 3, 21), "week", D(2022, 3, 28)),
    (D(2012, 12, 1), "season", D(2013, 3, 1)),
    (D(2012, 7, 1), "quarter", D(2012, 10, 1)),
    (D(1980, 1, 1), "decade", D(1990, 1, 1)),
])
def test_period_end(date, precision, end):
    assert period(date, precision) == (date, end)


# Weekdays in a future frame are the coming days and their events are plans (published Monday 2024-05-13).
@pytest.mark.parametrize("text, expected", [
    # a list of days ahead: the Monday after that Saturday, not the publication day
    ("Activists said protests are planned to start on Saturday and Monday.", [D(2024, 5, 18), D(2024, 5, 20)]),
    # the day something is moved to lies ahead, even after a past-tense 'was postponed'
    ("The vote on the budget was postponed until Saturday.", [D(2024, 5, 18)]),
    ("The ministers will meet Friday in Brussels.", [D(2024, 5, 17)]),
    ("The hearing is scheduled to begin Tuesday.", [D(2024, 5, 14)]),
    ("The delegation is headed Tuesday to Geneva for talks.", [D(2024, 5, 14)]),
    # 'are to travel': the tagger's plan wins over a past reading of the bare weekday
    ("On Wednesday, the envoy and his aides are to travel to Geneva.", [D(2024, 5, 15)]),
])
def test_weekdays_in_a_future_frame_are_planned(text, expected):
    events = _events(text, "2024-05-13")
    assert sorted(e.date for e in events) == expected
    assert all(e.future for e in events)


@pytest.mark.parametrize("text", [
    "The company was founded several years ago by two students.",
    "A few years ago, the town flooded after a storm.",
    "The bridge collapsed several decades ago during a storm.",
])
def test_a_vague_count_of_years_ago_names_no_year(text):
    """'several years ago' is some time back (TimeML: PAST_REF): no event on an exact year."""
    assert [e.date for e in _events(text, "2024-05-13")] == []


@pytest.mark.parametrize("text, published, expected", [
    # "Today's announcement" is the day's own happening, not 'nowadays' after a present tense ...
    ('The senator said: "Today\'s announcement is an affront to the workers."', "2011-04-12",
     D(2011, 4, 12)),
    # ... and in a quotation of a story filed the day after its lead, it is the lead's day
    ('NASA held a ceremony on Tuesday. The senator said: "Today\'s announcement is an affront to the workers."',
     "2011-04-13", D(2011, 4, 12)),
])
def test_a_quoted_today_is_the_day_it_was_said(text, published, expected):
    times = build_lesson(text, published=published).times
    assert [t.date for t in times if t.text == "Today"] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # the bracketed day and date restate the same moment in another zone: one event on the local day
    ("The rocket lifted off from Florida at 10:53 pm on Sunday (0353 GMT Monday).", "2024-12-03",
     [D(2024, 12, 1)]),
    ("At around 1:00 am local time (1600 UTC on December 3), the assembly gathered to vote.", "2024-12-08",
     [D(2024, 12, 4)]),
])
def test_a_zone_conversion_in_brackets_adds_no_event(text, published, expected):
    assert [e.date for e in _events(text, published)] == expected
