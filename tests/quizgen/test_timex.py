"""The temporal tagger (quizgen.find_times): TIMEX3 types and values for each category of expression."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

import quizgen
from quizgen import Timex, find_times
from quizgen.timex import to_timeml


def _tag(text: str, published: str | None) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_times(text, published=published)}


CASES = [
    # weeks
    ("Prices fell last week.", "2013-03-22", "last week", "DATE", "2013-W11"),
    ("Talks resume this week.", "2013-03-22", "this week", "DATE", "2013-W12"),
    ("The shops were crowded over the weekend.", "2013-03-25", "the weekend", "DATE", "2013-W12-WE"),
    # a rough count back is still a date back ('or so' only loosens it)
    ("The mill shut a week or so ago.", "2013-03-22", "a week or so ago", "DATE", "2013-W11"),
    ("The mill shut in May 2010. It reopened two years or so later.", "2013-03-22", "two years or so later",
     "DATE", "2012"),
    # quarters and halves
    ("Profit rose in the third quarter.", "1989-11-02", "the third quarter", "DATE", "1989-Q3"),
    ("The firm posted a third-quarter loss.", "1989-11-02", "third-quarter", "DATE", "1989-Q3"),
    ("Sales should recover in the first quarter of next year.", "2013-11-02", "the first quarter of next year",
     "DATE", "2014-Q1"),
    ("Output grew in the first half of 2012.", "2013-03-01", "the first half of 2012", "DATE", "2012-H1"),
    # seasons
    ("The bridge closed last autumn.", "2013-03-22", "last autumn", "DATE", "2012-FA"),
    ("A new line opens this summer.", "2013-03-22", "this summer", "DATE", "2013-SU"),
    ("Work started in the spring of 2010.", "2013-03-22", "the spring of 2010", "DATE", "2010-SP"),
    # decades and centuries
    ("The band was famous in the 1960s.", "2013-03-22", "the 1960s", "DATE", "196"),
    ("Rents rose through the late '90s.", "2013-03-22", "the late '90s", "DATE", "199"),
    ("The church dates from the 12th century.", "2013-03-22", "the 12th century", "DATE", "11"),
    # clock times and time zones
    ("The polls close at 8 p.m. tomorrow.", "2013-03-22", "8 p.m. tomorrow", "TIME", "2013-03-23T20:00"),
    ("The ship docked at 10:35 a.m. Friday.", "2013-03-22", "10:35 a.m. Friday", "TIME", "2013-03-22T10:35"),
    ("Trading halted at noon.", "2013-03-22", "noon", "TIME", "2013-03-22T12:00"),
    ("They met this morning.", "2013-03-22", "this morning", "TIME", "2013-03-22TMO"),
    ("The site was closed Thursday night.", "2013-03-22", "Thursday night", "DATE", "2013-03-21"),
    # durations
    ("The strike lasted three weeks.", "2013-03-22", "three weeks", "DURATION", "P3W"),
    ("He spent 2 1/2 years abroad.", "2013-03-22", "2 1/2 years", "DURATION", "P2Y6M"),
    ("It was a four-day trip.", "2013-03-22", "four-day", "DURATION", "P4D"),
    ("Shares rose over the past five years.", "2013-03-22", "the past five years", "DURATION", "P5Y"),
    ("The meeting lasted nearly two hours.", "2013-03-22", "nearly two hours", "DURATION", "PT2H"),
    ("Rates stayed low for several months.", "2013-03-22", "several months", "DURATION", "PXM"),
    ("The job took a decade.", "2013-03-22", "a decade", "DURATION", "P10Y"),
    # sets
    ("The council meets every week.", "2013-03-22", "every week", "SET", "P1W"),
    ("The prize is awarded annually.", "2013-03-22", "annually", "SET", "P1Y"),
    ("The market opens on Saturdays.", "2013-03-22", "Saturdays", "SET", "XXXX-WXX-6"),
    ("The pump runs twice a day.", "2013-03-22", "twice a day", "SET", "P1D"),
    # past, present and future as a whole
    ("Water is scarce now.", "2013-03-22", "now", "DATE", "PRESENT_REF"),
    ("The pier was recently repaired.", "2013-03-22", "recently", "DATE", "PAST_REF"),
    ("Robots will do this in the future.", "2013-03-22", "the future", "DATE", "FUTURE_REF"),
    # absolute dates and spelled-out years
    ("The dam opened on March 3, 1998.", "2013-03-22", "March 3, 1998", "DATE", "1998-03-03"),
    ("The dam opened on 3 March 1998.", "2013-03-22", "3 March 1998", "DATE", "1998-03-03"),
    ("He was born in August 1975.", "2013-03-22", "August 1975", "DATE", "1975-08"),
    ("The record dates from nineteen eighty-four.", "2013-03-22", "nineteen eighty-four", "DATE", "1984"),
    ("Results are due mid-2014.", "2013-03-22", "mid-2014", "DATE", "2014"),
    ("Revenue for fiscal 2012 rose.", "2013-03-22", "fiscal 2012", "DATE", "2012"),
    ("The plant closes on Christmas Day.", "2013-03-22", "Christmas Day", "DATE", "2013-12-25"),
    ("Stores open late on Thanksgiving.", "2013-03-22", "Thanksgiving", "DATE", "2013-11-28"),
    ("Crowds gathered as Easter week began.", "2013-03-25", "Easter week", "DATE", "2013-W13"),
    ("Shops were busy over the Thanksgiving weekend.", "2013-12-02", "Thanksgiving weekend", "DATE", "2013-W48-WE"),
    # relative to the publication date
    ("The mayor resigned yesterday.", "2013-03-22", "yesterday", "DATE", "2013-03-21"),
    ("The fire began the day before yesterday.", "2013-03-22", "the day before yesterday", "DATE", "2013-03-20"),
    ("He called the day before last Tuesday's hearing.", "2013-03-22", "the day before last Tuesday", "DATE",
     "2013-03-18"),
    ("The report came out two weeks ago.", "2013-03-22", "two weeks ago", "DATE", "2013-W10"),
    ("The law changed three years ago.", "2013-03-22", "three years ago", "DATE", "2010"),
    ("Vote counting ends early next year.", "2013-03-22", "early next year", "DATE", "2014"),
    # sentence-initial capitals
    ("Last month, the river flooded.", "2013-03-22", "Last month", "DATE", "2013-02"),
    ("This year the fair is free.", "2013-03-22", "This year", "DATE", "2013"),
    ("Next week the school reopens.", "2013-03-22", "Next week", "DATE", "2013-W13"),
    # hyphenated modifiers and hours by the part of the day
    ("The works start in late-November.", "2013-03-22", "late-November", "DATE", "2012-11"),
    ("The ferry leaves at 4 in the morning.", "2013-03-22", "4 in the morning", "TIME", "2013-03-22T04:00"),
    ("The doors open at 7 in the evening.", "2013-03-22", "7 in the evening", "TIME", "2013-03-22T19:00"),
    ("Shares rose at mid-afternoon yesterday.", "2013-03-22", "mid-afternoon yesterday", "TIME", "2013-03-21TAF"),
]


@pytest.mark.parametrize("text, published, expression, typ, value", CASES)
def test_category(text, published, expression, typ, value):
    """Each kind of temporal expression gets its TIMEX3 type and value."""
    found = _tag(text, published)
    assert found.get(expression) == (typ, value), found


ANAPHORA = [
    # the article's own dates anchor later relative expressions
    # ('Two days later' is a DURATION in TimeML, the day on the calendar: test_timex_te3_types)
    ("The storm hit on June 3, 2011. Two weeks later the river burst its banks.", "2013-03-22",
     "Two weeks later", "2011-06-17"),
    ("The mill opened in 1950. The same year, a school was built.", "2013-03-22", "The same year", "1950"),
    ("The mill opened in 1950. The following year, a school was built.", "2013-03-22",
     "The following year", "1951"),
    ("Sales hit a record in 2008. A year earlier they had slumped.", "2013-03-22", "A year earlier", "2007"),
    ("Profit rose in the third quarter. A year earlier it had fallen.", "2013-11-02", "A year earlier", "2012-Q3"),
    ("Profit rose in the third quarter. For the quarter a year ago, it was $2 million.", "2013-11-02",
     "the quarter a year ago", "2012-Q3"),
    ("Net rose in the second quarter. Sales for last year's quarter were $3 million.", "2013-11-02",
     "last year's quarter", "2012-Q2"),
    ("Profit rose in the third quarter and fourth-quarter sales should grow. Claims fell in the latest quarter.",
     "2013-11-02", "the latest quarter", "2013-Q3"),
    # a forecast quarter named last is no result to compare with: the year back is from the quarter reported
    ("The mill earned $4 million. Analysts see losses through the second quarter of 2014. "
     "In the year-ago period, it earned $6 million.", "2013-11-02", "the year-ago period", "2012-Q3"),
    ("The mill earned $4 million. Analysts see losses through the second quarter of 2014. "
     "Sales for the same period a year ago were $9 million.", "2013-11-02", "the same period a year ago", "2012-Q3"),
    # a possessive 'this quarter' after a quarter's results names those results; a forecast keeps the quarter under way
    ("The mill lost $8 million in the third quarter ended Sept. 30. This quarter's loss includes a charge.",
     "2013-11-01", "This quarter", "2013-Q3"),
    ("The mill lost $8 million in the third quarter ended Sept. 30. This quarter's sales should rise.",
     "2013-11-01", "This quarter", "2013-Q4"),
    # a quarter in apposition to a year-back quarter is that quarter: its day and later 'that quarter' too
    ("The mill will report a profit for the third quarter. In the year-ago quarter, the second quarter ended "
     "Oct. 31, it lost $2 million.", "2013-10-27", "the second quarter", "2012-Q2"),
    ("The mill will report a profit for the third quarter. In the year-ago quarter, the second quarter ended "
     "Oct. 31, it lost $2 million.", "2013-10-27", "Oct. 31", "2012-10-31"),
    ("The mill will report a profit for the third quarter. In the year-ago quarter, the second quarter ended "
     "Oct. 31, it lost $2 million. Results for that quarter included a charge.", "2013-10-27", "that quarter",
     "2012-Q2"),
    ("The ship sank on May 2, 1915. Ten years later a memorial opened.", "2013-03-22", "Ten years later", "1925"),
    ("The truce began on Aug. 1, 1990. That day, shops reopened.", "2013-03-22", "That day", "1990-08-01"),
    ("The truce began on Aug. 1, 1990. Shops reopened that same day.", "2013-03-22", "that same day", "1990-08-01"),
    ("The storm hit on June 3, 2011. By late morning the roads were shut.", "2013-03-22", "late morning",
     "2011-06-03TMO"),
]


@pytest.mark.parametrize("text, published, expression, value", ANAPHORA)
def test_anaphoric_dates_resolve_from_earlier_dates(text, published, expression, value):
    """'two days later', 'the same year', 'a year earlier' count from the article's previous date."""
    assert _tag(text, published)[expression][1] == value


def test_retrospective_frame_lends_its_year_to_yearless_dates():
    """'Fifty years ago this week' sets the year in which a following 'May 21' is read."""
    text = "Fifty years ago this week, the crew trained hard. On May 21 they reached orbit."
    found = _tag(text, "2019-05-20")
    assert found["Fifty years ago this week"] == ("DATE", "1969-W21")
    assert found["May 21"] == ("DATE", "1969-05-21")


def test_yearless_date_far_from_a_frame_uses_the_publication_year():
    """A retrospective frame does not reach dates much later in a long article."""
    filler = "The town went about its business as usual. " * 60
    text = "Fifty years ago this week, the crew trained. " + filler + "On May 21 the new bridge will open."
    assert _tag(text, "2019-05-20")["May 21"] == ("DATE", "2019-05-21")


RANGES = [
    ("The festival runs May 27 - June 2.", "2013-03-22", [("May 27", "2013-05-27"), ("June 2", "2013-06-02")]),
    ("The show ran Dec. 28 to Jan. 3.", "2013-03-22", [("Dec. 28", "2012-12-28"), ("Jan. 3", "2013-01-03")]),
    ("The festival ran May 27 - June 2, 2009.", "2013-03-22", [("May 27", "2009-05-27"), ("June 2, 2009", "2009-06-02")]),
    ("Enrolment fell in 2009-2010.", "2013-03-22", [("2009", "2009"), ("2010", "2010")]),
    ("The 1957-58 season was wet.", "2013-03-22", [("1957", "1957"), ("58", "1958")]),
    ("The summit meets on April 24 and 25.", "2013-03-22", [("April 24", "2013-04-24"), ("25", "2013-04-25")]),
    ("The bill will go to Congress in February or March 2005.", "2005-04-28",
     [("February", "2005-02"), ("March 2005", "2005-03")]),
]


@pytest.mark.parametrize("text, published, expected", RANGES)
def test_ranges_give_both_ends_in_order(text, published, expected):
    """Both ends of a range are tagged and the end never comes before the start."""
    found = _tag(text, published)
    assert [(k, found[k][1]) for k, _ in expected] == expected


TENSE = [
    ("The minister resigned on Friday.", "2013-03-20", "Friday", "2013-03-15"),
    ("The minister will resign on Friday.", "2013-03-20", "Friday", "2013-03-22"),
    ("The vote was postponed until Saturday.", "2013-03-20", "Saturday", "2013-03-23"),
    ("The exhibition will run through June.", "2013-09-20", "June", "2014-06"),
    ("The exhibition opened in October.", "2013-03-20", "October", "2012-10"),
    ("The ferry will restart on Feb. 2.", "2013-11-20", "Feb. 2", "2014-02-02"),
    ("The ferry stopped on Dec. 2.", "2013-03-20", "Dec. 2", "2012-12-02"),
    ("Lawyers will appeal Monday's ruling.", "2013-03-20", "Monday", "2013-03-18"),
    ("The shares are to resume trading on Tuesday.", "2013-03-20", "Tuesday", "2013-03-26"),
    ("The team was pushed out of the league in February.", "2013-03-20", "February", "2013-02"),
    ("The figures for January extended a run of gains.", "2013-03-20", "January", "2013-01"),
    ("The deadline was extended to Nov. 20.", "2013-10-02", "Nov. 20", "2013-11-20"),
    ("Leaders meet at a summit set for Rome in April.", "2013-03-20", "April", "2013-04"),
    ("The council has given them until Tuesday to leave.", "2013-03-20", "Tuesday", "2013-03-26"),
    ("The roads have been closed since Tuesday.", "2013-03-20", "Tuesday", "2013-03-19"),
    ("The team might arrive Tuesday.", "2013-03-20", "Tuesday", "2013-03-26"),
    ("Runners can take part on September 19.", "2013-03-20", "September 19", "2013-09-19"),
    ("The team may have left Tuesday.", "2013-03-20", "Tuesday", "2013-03-19"),
    ("The team said it could leave as soon as Tuesday.", "2013-03-20", "Tuesday", "2013-03-26"),
    ("Prices have fallen from the middle of October.", "2013-03-20", "the middle of October", "2012-10"),
]


@pytest.mark.parametrize("text, published, expression, value", TENSE)
def test_tense_chooses_past_or_future(text, published, expression, value):
    """A weekday or yearless date is placed before or after publication by the verb's tense."""
    assert _tag(text, published)[expression][1] == value


def test_time_zone_in_brackets_does_not_make_a_second_wrong_day():
    """'10:53 pm (0353 GMT Monday)' on a Sunday evening: the GMT time is early Monday, the same moment,
    so it is one time (on Sunday), not a second launch day."""
    text = "The rocket lifted off on Sunday at 10:53 pm (0353 GMT Monday) after a delay."
    times = find_times(text, published="2013-03-25")
    assert [(t.text, t.value) for t in times] == [("Sunday at 10:53 pm", "2013-03-24T22:53")]


def test_a_day_named_only_in_brackets_is_the_day_of_both_times():
    """'at 4 in the morning (4 a.m. EDT Thursday)': the bracket names the day of the same moment."""
    days = {t.text: t.value for t in find_times("He will leave at 4 in the morning (4 a.m. EDT Thursday).",
                                                 published="2013-03-20")}
    assert days["4 in the morning"] == "2013-03-21T04:00"
    assert days["4 a.m. EDT Thursday"] == "2013-03-21T04:00"


def test_a_span_before_an_event_noun_is_a_duration():
    """'73 seconds after liftoff': the length between two happenings, not a date."""
    found = _tag("The craft exploded 73 seconds after liftoff.", "2013-03-22")
    assert found == {"73 seconds": ("DURATION", "PT73S")}


def test_a_count_after_a_date_is_not_a_second_day():
    """'On May 5 and 6 people were hurt': the 6 counts people, it is not May 6."""
    assert [t.text for t in find_times("On May 5 and 6 people were hurt.", published="2013-03-22")] == ["May 5"]


NOT_TIMES = [
    "For the village, high noon has come.",
    "Phones shape today's youth.",
    "He told LA Weekly about it.",
    "She married him when he was in his 30s.",
    "The injured range in age from 20s to 50s.",
    "Most of the fans were in their 20s and 30s.",
    "Thousands joined the March for Life.",
    "The company sold 1,998 cars and paid $2,000.",
    "He is 52 years old.",
    "Flight 1549 landed safely.",
    "May I ask a question?",
    "She earns $50,000 a year.",
    "The fall of the empire was swift.",
    "Three-quarters of voters agreed.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_numbers_names_and_rates_are_not_times(text):
    """Counts, ages, money rates, flight numbers and the modal 'May' are not temporal expressions."""
    assert find_times(text, published="2013-03-22") == []


def test_a_list_of_decades_after_the_is_still_decades():
    """'the 60s and 70s' names two decades: only an owner ('their') or 'age' before the list makes ages."""
    found = _tag("Music from the 60s and 70s played on.", "2013-03-22")
    assert found == {"the 60s": ("DATE", "196"), "70s": ("DATE", "197")}


def test_offsets_point_into_the_text_as_given():
    """start/end slice the original text (with its line breaks and spacing) to the expression."""
    text = "Header\n\n  On  Tuesday,\nthe  third  quarter ended.\r\nNext  year it grows."
    for t in find_times(text, published="2013-03-22"):
        assert text[t.start:t.end] == t.text
    assert [t.text for t in find_times(text, published="2013-03-22")] == \
        ["Tuesday", "the  third  quarter", "Next  year"]


def test_without_a_publication_date_values_are_underspecified():
    """With nothing to anchor on, a weekday or yearless date keeps X's instead of a guessed year."""
    found = _tag("The talks resume on Friday, and the fair opens on May 3.", None)
    assert found["Friday"] == ("DATE", "XXXX-WXX-5")
    assert found["May 3"] == ("DATE", "XXXX-05-03")


def test_timex_is_frozen_and_serialises():
    """Results are frozen dataclasses with to_dict()."""
    t = find_times("It rained yesterday.", published=dt.date(2013, 3, 22))[0]
    assert isinstance(t, Timex)
    assert t.to_dict() == {"start": 10, "end": 19, "text": "yesterday", "type": "DATE",
                           "value": "2013-03-21", "mod": ""}
    with pytest.raises(AttributeError):
        t.value = "x"


def test_timeml_output_is_well_formed_and_escaped():
    """The TimeML rendering parses as XML, keeps the text and tags each expression once."""
    text = "Tom & Jerry <met> on Friday, 3 days after the 1990s ended."
    times = find_times(text, published="2013-03-22")
    root = ET.fromstring(to_timeml(text, times, published=dt.date(2013, 3, 22)))
    body = root.find("TEXT")
    assert "".join(body.itertext()) == text
    assert [(e.text, e.get("type")) for e in body.iter("TIMEX3")] == \
        [("Friday", "DATE"), ("3 days", "DURATION"), ("the 1990s", "DATE")]


def test_find_times_rejects_non_text():
    """A clear error instead of a crash deep inside."""
    with pytest.raises(TypeError):
        find_times(None)


def test_cli_times_json_and_timeml(tmp_path):
    """`python -m quizgen times` prints JSON with body offsets, or TimeML, anchored on the header date."""
    article = tmp_path / "a.txt"
    article.write_text("Title: Floods\nPublished: 2013-03-22\n\nThe river rose yesterday.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "quizgen", "times", str(article)],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert data["published"] == "2013-03-22"
    assert [(t["text"], t["value"]) for t in data["times"]] == [("yesterday", "2013-03-21")]
    out = subprocess.run([sys.executable, "-m", "quizgen", "times", str(article), "--published", "2014-01-02",
                          "--format", "timeml"], capture_output=True, text=True, check=True)
    assert 'value="2014-01-01">yesterday</TIMEX3>' in out.stdout
    bad = subprocess.run([sys.executable, "-m", "quizgen", "times", str(tmp_path / "missing.txt")],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "error:" in bad.stderr and "Traceback" not in bad.stderr


def test_exported_from_the_package():
    """find_times is part of quizgen's public API."""
    assert quizgen.find_times is find_times


def test_a_bad_publication_date_is_a_clear_error():
    """A publication date that is not YYYY-MM-DD raises quizgen's DateError with a readable message."""
    with pytest.raises(quizgen.DateError, match="YYYY-MM-DD"):
        find_times("It rained on Friday.", published="last Tuesday")
