"""The temporal tagger on shapes real news has: zone conversions, years in names, ranges, frames, deadlines."""
from __future__ import annotations

import pytest

from quizgen import find_times


def _tag(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(text, published=published)]


# A clock time with its conversion to another zone in brackets is one moment: one time, on the local day.
ZONE_CONVERSIONS = [
    # published on the Friday; the GMT day is Saturday, but the launch was Friday night local time
    ("The probe lifted off at 10:53 pm (0353 GMT Saturday).", "2024-03-08",
     [("10:53 pm", "TIME", "2024-03-08T22:53")]),
    # a conversion without a day: the bracket is still not a second time
    ("The dam burst at 10:35 a.m. (0735 GMT) Friday.", "2024-03-08",
     [("10:35 a.m.", "TIME", "2024-03-08T10:35"), ("Friday", "DATE", "2024-03-08")]),
    # the day is named after the brackets: the clock time is on that day, not on the publication day
    ("The ferry sank at 4:10 CET (3:10 UTC) on Sunday.", "2024-03-12",
     [("4:10 CET", "TIME", "2024-03-10T04:10"), ("Sunday", "DATE", "2024-03-10")]),
    # the brackets give the date in another zone: the local day is the next one across midnight
    ("Troops left at about 2:00 am local time (1700 UTC on May 6).", "2024-05-09",
     [("about 2:00 am", "TIME", "2024-05-07T02:00")]),
    # ahead of publication: the bracketed Saturday is tomorrow in GMT, tonight locally
    ("The ferry will sail at 9 p.m. (0200 GMT Saturday).", "2024-03-08",
     [("9 p.m.", "TIME", "2024-03-08T21:00")]),
]


@pytest.mark.parametrize("text, published, expected", ZONE_CONVERSIONS)
def test_a_time_converted_in_brackets_is_one_time(text, published, expected):
    assert _tag(text, published) == expected


def test_the_same_clock_time_restated_in_brackets_keeps_both():
    """'at 5 in the evening (5 p.m. EST Monday)' restates the hour: both are tagged, with one value."""
    found = _tag("The vote will close at 5 in the evening (5 p.m. EST Monday).", "2024-03-08")
    assert [v for _, _, v in found] == ["2024-03-11T17:00", "2024-03-11T17:00"]


@pytest.mark.parametrize("text, expected", [
    # a British paper writes the minutes after a dot: '6.10am' is ten past six, never '10am'
    ("Crews were called at 6.10am as rain fell.", [("6.10am", "TIME", "2016-11-09T06:10")]),
    ("The jet landed at 11.30 pm on Tuesday.", [("11.30 pm on Tuesday", "TIME", "2016-11-08T23:30")]),
    # without am/pm a dotted figure is no clock time
    ("Shares closed at 6.10 after trading resumed.", []),
])
def test_a_clock_time_written_with_a_dot(text, expected):
    assert _tag(text, "2016-11-09") == expected


# A year that is part of the name of a law, plan or treaty is no date (TimeML leaves it untagged);
# the year of a happening ("the 2016 Olympics", "the 2020 election") stays a date.
YEARS_IN_NAMES = [
    ("Victims sued under the 2019 Child Victims Act.", []),
    ("The 1990 Clean Air Act amendments took effect.", []),
    ("The council adopted the 2030 Housing Plan.", []),
    ("She swam at the 2016 Olympics.", [("2016", "DATE", "2016")]),
    ("The 2020 election was close.", [("2020", "DATE", "2020")]),
    ("The pact was signed in 2019 and the Paris Agreement in 2015.",
     [("2019", "DATE", "2019"), ("2015", "DATE", "2015")]),
]


@pytest.mark.parametrize("text, expected", YEARS_IN_NAMES)
def test_a_year_inside_a_law_name_is_not_a_date(text, expected):
    assert _tag(text, "2024-03-08") == expected


# "to" before a year: the end of a range or "dating (back) to" makes it a year; an amount stays untagged.
YEARS_AFTER_TO = [
    ("He was arrested twice from 1991 to 1997.", ["1991", "1997"]),
    ("The feud dates back to 1948.", ["1948"]),
    ("The attacks, dating to 1994, were never solved.", ["1994"]),
    ("Sales rose to 1995 units.", []),
]


@pytest.mark.parametrize("text, years", YEARS_AFTER_TO)
def test_a_year_after_to_in_a_range(text, years):
    assert [v for _, _, v in _tag(text, "2024-03-08")] == years


# Weekdays and yearless dates, anchored on the publication date.
ANCHORING = [
    # a weekday that is the publication day, in the past tense: that same day, not a week earlier
    ("On Friday, the mayor signed the budget.", "2024-03-08", "Friday", "2024-03-08"),
    ("The mayor signed the budget on Friday.", "2024-03-08", "Friday", "2024-03-08"),
    # "are to travel": a plan, so the weekday is the coming one even when the date hangs on "are"
    ("On Thursday, the envoys are to travel to Geneva.", "2024-03-05", "Thursday", "2024-03-07"),
    # a participle clause has no tense of its own: the weekday is the one just past, not the clause's future
    ("The strike is to end, with the union confirming Monday that members voted yes.", "2024-03-06", "Monday",
     "2024-03-04"),
    # a deadline set in the past for a month just ahead: the coming month, not last year's
    ("Regulators gave the bank until mid-November to answer.", "2023-10-30", "mid-November", "2023-11"),
    # the same month in the past tense without a deadline: the one already gone
    ("The bank answered in November.", "2023-10-30", "November", "2022-11"),
    # "earlier in June" is gone even after a verb that looks ahead
    ("The probe had been expected to land earlier in June.", "2024-08-30", "June", "2024-06"),
    # a yearless day in the same sentence as a day of another year continues that story
    ("The bishop was elected on May 4, 1961, and resigned on October 2.", "2024-03-08", "October 2",
     "1961-10-02"),
    # ... but not across sentences: a new sentence in a news story is back at the publication date
    ("The bishop was elected on May 4, 1961. The synod will meet on October 2.", "2024-03-08", "October 2",
     "2024-10-02"),
    # the infinitive of a directive ('ordered ... to appear') happens after the order: a yearless day is ahead
    ("The senator said he subpoenaed the banker to testify on Feb. 10.", "2024-01-09", "Feb. 10", "2024-02-10"),
    ("The judge ordered the couple to appear in court on March 3.", "2024-02-20", "March 3", "2024-03-03"),
    # a remand or bail runs till the day it names: the appearance is ahead of the hearing
    ("He did not enter a plea and was remanded in custody to appear before the county court on December 17.",
     "2013-09-23", "December 17", "2013-12-17"),
    ("The driver was bailed to appear at the town's magistrates court on Oct. 4.", "2013-09-23", "Oct. 4",
     "2013-10-04"),
    ("The banker testified on Feb. 10.", "2024-03-09", "Feb. 10", "2024-02-10"),
    # a plan in the past perfect ('had been due to expire Friday') was overtaken: the day is the one just past
    ("The bid had been due to expire Friday evening.", "1995-10-30", "Friday evening", "1995-10-27TEV"),
    ("The offer had been scheduled to lapse on Friday.", "1995-10-30", "Friday", "1995-10-27"),
    ("The offer is scheduled to lapse on Friday.", "1995-10-30", "Friday", "1995-11-03"),
    # present simple of a scheduled event ('meet Monday') looks ahead when the coming day is nearer than the last
    ("The two leaders meet separately Monday with the envoy.", "2024-03-08", "Monday", "2024-03-11"),
    ("The two leaders meet Wednesday with the envoy.", "2024-03-08", "Wednesday", "2024-03-06"),
    # 'year-ago' after a mention of last year's period is that period, not a year before it
    ("The loss compares with a gain in the 1994 period. The year-ago results included a charge.", "1995-10-20",
     "year-ago", "1994"),
    ("Third-quarter profit rose. The year-earlier results were restated.", "1995-10-20", "year-earlier", "1994-Q3"),
    # "last year" in a comparison about a quarter is that quarter a year back; elsewhere it is last year
    ("Third-quarter profit rose to $12 million, compared with $9 million last year.", "1995-10-20",
     "last year", "1994-Q3"),
    ("The firm moved its offices last year.", "1995-10-20", "last year", "1994"),
    # a list of days ahead: a later-named weekday comes after the one before it (published on a Monday)
    ("Protests are planned for Saturday and Monday.", "2024-05-13", "Monday", "2024-05-20"),
    ("The talks will run Friday through Monday.", "2024-05-15", "Monday", "2024-05-20"),
    # ... but a list of days gone is left as the tense reads it
    ("The rallies were held Saturday and Monday.", "2024-05-15", "Monday", "2024-05-13"),
    # 'this weekend' told in the past early in the week is the weekend just gone; ahead, the coming one
    ("He was a guest at the fair this weekend.", "2015-09-22", "this weekend", "2015-W38-WE"),
    ("He will be a guest at the fair this weekend.", "2015-09-22", "this weekend", "2015-W39-WE"),
    # the day something is moved to lies ahead of the past-tense deferral
    ("The vote was postponed until Saturday.", "2024-05-15", "Saturday", "2024-05-18"),
    # 'today' quoted in a story filed the day after its lead is the lead's day; outside quotes, publication day
    ('NASA held a ceremony Tuesday. "Today we celebrate," he said.', "2011-04-13", "Today", "2011-04-12"),
    ("NASA held a ceremony Tuesday. Today the museum opens.", "2011-04-13", "Today", "2011-04-13"),
    # a lead three weeks back is no lead for a quotation's 'today'
    ('NASA held a ceremony on March 22. "Today we celebrate," he said.', "2011-04-13", "Today", "2011-04-13"),
]


@pytest.mark.parametrize("text, published, expression, value", ANCHORING)
def test_weekdays_and_months_around_the_publication_date(text, published, expression, value):
    assert {t: v for t, _, v in _tag(text, published)}[expression] == value


def test_a_retrospective_frame_with_a_comma_lends_its_year():
    """'Fifty years ago, this week, ...' then 'On May 21': the yearless date belongs to the frame's year."""
    found = _tag("Fifty years ago, this week, the crew launched. On May 21 they came home.", "2019-05-20")
    assert found == [("Fifty years ago, this week", "DATE", "1969-W21"), ("May 21", "DATE", "1969-05-21")]


# Whole taggings of small sentences (published 2024-03-08), each group for one rule.
TAGGINGS = [
    # a unit used as an adjective with '-long' is a duration; a plural unit is a vague count of them
    ("The union ended its day-long walkout at dusk.", [("day-long", "DURATION", "P1D")]),
    ("The two towns settled a decades-long quarrel over water.", [("decades-long", "DURATION", "PXY")]),
    ("It was a years-long fight.", [("years-long", "DURATION", "PXY")]),
    ("Nurses began a week-long strike.", [("a week-long", "DURATION", "P1W")]),
    # 'formerly the chief' describes a role, 'presently' is as often 'soon' as 'now': neither is tagged
    ("Ms. Reyes, formerly the finance chief, is presently reviewing the accounts.", []),
    # 'soon' before the verb of a clause that looks ahead is the future as a whole; a past or hooked 'soon' is not
    ("Regulators may soon approve the merger.", [("soon", "DATE", "FUTURE_REF")]),
    ("The bakery soon will close its doors.", [("soon", "DATE", "FUTURE_REF")]),
    ("The rumour soon spread across town.", []),
    ("Call back as soon as you can.", []),
    ("The mayor resigned soon after the vote.", []),
    # hours or minutes 'later' count from an event of the story: a lapse, not a day of the calendar ...
    ("Two hours later, the crew was rescued.", [("Two hours later", "DURATION", "PT2H")]),
    ("Ten minutes later the lights came back.", [("Ten minutes later", "DURATION", "PT10M")]),
    # ... but 'ago' still counts back from the publication: that day
    ("Three hours ago, the bridge reopened.", [("Three hours ago", "DATE", "2024-03-08")]),
    # 'in/over/during the years' is a vague stretch of them; not when a year follows or an event bounds it
    ("In the years that followed, the town rebuilt its harbour.", [("years", "DURATION", "PXY")]),
    ("During the weeks of the strike, no trains ran.", [("weeks", "DURATION", "PXW")]),
    ("Prices rose in the years 1990 and 1991.", [("1990", "DATE", "1990"), ("1991", "DATE", "1991")]),
    ("The car was seen in the days before the fire.", []),
    # 'over a week' is more than one (in the span); 'over three years' is as often 'during' them
    ("The talks lasted over a week.", [("over a week", "DURATION", "P1W")]),
    ("The grant can be spent over three years.", [("three years", "DURATION", "P3Y")]),
    # 'one day' right after a modal is 'some day': the future as a whole; elsewhere it is a day's length
    ("She may one day run for governor.", [("one day", "DATE", "FUTURE_REF")]),
    ("He had been in the post one day.", [("one day", "DURATION", "P1D")]),
]


@pytest.mark.parametrize("text, expected", TAGGINGS)
def test_whole_tagging(text, expected):
    assert _tag(text, "2024-03-08") == expected


def _value_of(text: str, published: str, expression: str) -> str:
    return next(t.value for t in find_times(text, published=published) if t.text == expression)


# "last <Month>": the latest such month before publication, except the month just gone or the current one,
# which a writer would call "last month" / "this month": those are last year's.
LAST_MONTH_NAMES = [
    ("The ferry sank last February, officials said.", "1998-03-01", "last February", "1997-02"),
    ("The ferry sank last March, officials said.", "1998-03-20", "last March", "1997-03"),
    ("The ferry sank last January, officials said.", "1998-03-01", "last January", "1998-01"),
    ("The ferry sank last April, officials said.", "1998-10-27", "last April", "1998-04"),
    ("The ferry sank last December, officials said.", "1998-01-05", "last December", "1997-12"),
    ("The ferry sank last November, officials said.", "1998-01-05", "last November", "1997-11"),
]


@pytest.mark.parametrize("text, published, expression, value", LAST_MONTH_NAMES)
def test_last_month_name_skips_the_month_just_gone(text, published, expression, value):
    assert _value_of(text, published, expression) == value


# A results period of several months ("the nine months") puts a year in view: a comparison after it is a
# year back; a comparison made of the quarter stays that quarter a year back.
PERIOD_COMPARISONS = [
    ("Net rose in the third quarter. For the nine months, the mill earned $5 million, "
     "compared with a loss a year earlier.", "a year earlier", "1988"),
    ("Net rose in the third quarter. Exports were 45% of sales in the latest nine months, "
     "compared with 40% a year earlier.", "a year earlier", "1988"),
    ("Net rose in the third quarter. For the first six months, the mill posted a profit, "
     "compared with a year-earlier loss.", "year-earlier", "1988"),
    ("Net rose in the third quarter to $5 million from $4 million a year earlier.", "a year earlier", "1988-Q3"),
    # a span of months that is not a results period ("for nine months") leaves the quarter in view
    ("Net rose in the third quarter after a strike that lasted nine months, compared with a year earlier.",
     "a year earlier", "1988-Q3"),
]


@pytest.mark.parametrize("text, expression, value", PERIOD_COMPARISONS)
def test_a_comparison_after_a_period_of_months_is_a_year_back(text, expression, value):
    assert _value_of(text, "1989-10-26", expression) == value


# "the next year" in a story told of a past date is the year after it; a span ahead stays a duration.
THE_NEXT_UNIT = [
    ("The mill opened in 1990 and closed the next year.", "the next year", ("DATE", "1991")),
    ("The bridge was sold in March 2001, and the next month it was closed.", "the next month", ("DATE", "2001-04")),
    ("The plant will be closed over the next year.", "the next year", ("DURATION", "P1Y")),
    ("Prices should rise within the next month, the bank said.", "the next month", ("DURATION", "P1M")),
    # a future clause after a past date is not a story told of that date
    ("The mill opened in 1990 and will expand the next year.", "the next year", ("DURATION", "P1Y")),
    # a span ahead lasts its own unit: a decade is ten years, a century a hundred
    ("The city will double in size over the next decade.", "the next decade", ("DURATION", "P10Y")),
    ("The next century will bring new trade routes.", "The next century", ("DURATION", "P100Y")),
]


@pytest.mark.parametrize("text, expression, expected", THE_NEXT_UNIT)
def test_the_next_unit_after_a_past_date_is_the_one_after_it(text, expression, expected):
    found = {t.text: (t.type, t.value) for t in find_times(text, published="2004-05-05")}
    assert found[expression] == expected


# "quarter" as a fraction or inside a compound names no quarter of a year.
QUARTER_NOT_A_DATE = [
    ("Junk funds hold more than a quarter of the entire market.", []),
    ("A quarter of a million people marched.", []),
    ("The quarter-to-quarter comparison was helped by charges.", []),
    ("Sales rose 5% in the quarter.", [("the quarter", "1989-Q3")]),
]


@pytest.mark.parametrize("text, expected", QUARTER_NOT_A_DATE)
def test_a_fraction_or_compound_quarter_is_not_a_date(text, expected):
    assert [(t.text, t.value) for t in find_times(text, published="1989-10-26")] == expected


# A season with its year spelled out, as broadcast transcripts write it.
SEASONS_SPELLED = [
    ("Snow closed the pass in the winter of nineteen ninety-four.", ("the winter of nineteen ninety-four", "1994-WI")),
    ("The mill reopened in the spring of two thousand and one.", ("the spring of two thousand and one", "2001-SP")),
    ("The mill reopened in the summer of 1994.", ("the summer of 1994", "1994-SU")),
    ("The mill reopened in nineteen ninety-four.", ("nineteen ninety-four", "1994")),
]


@pytest.mark.parametrize("text, expected", SEASONS_SPELLED)
def test_a_season_of_a_spelled_year(text, expected):
    assert [(t.text, t.value) for t in find_times(text, published="1998-03-05")] == [expected]


# "the latest period" after a period's end day is the quarter that day closes, never the day itself.
LATEST_PERIOD = [
    ("Net for the six months ended Oct. 1 slipped. There were no gains in the latest period.", "1989-Q3"),
    ("Net for the quarter ended June 30 rose. There were no gains in the latest period.", "1989-Q2"),
    ("In 1988, sales rose. In the latest period they fell.", "1988"),
]


@pytest.mark.parametrize("text, value", LATEST_PERIOD)
def test_the_latest_period_after_an_end_day_is_a_quarter(text, value):
    assert _value_of(text, "1989-11-02", "the latest period") == value


# "the quarter ended July 31" with no quarter named before: the calendar quarter holding most of its months;
# a quarter already named stays the quarter in view; a fiscal quarter told as done is the latest quarter
# ended (a company's fiscal first quarter is not January-March), the one the end day names.
QUARTER_ENDED_ON = [
    ("In the quarter ended July 31, the mill lost money.", "1989-Q2"),
    ("In the quarter ended Sept. 30, 1988, the mill lost money.", "1988-Q3"),
    ("In the quarter ended Dec. 31, the mill lost money.", "1988-Q4"),
    ("The mill expects a profit in the quarter ending Dec. 31.", "1989-Q4"),
    ("The mill lost money in its fiscal first quarter. In the quarter ended Sept. 30, sales fell.", "1989-Q3"),
]


@pytest.mark.parametrize("text, value", QUARTER_ENDED_ON)
def test_the_quarter_ended_on_a_day(text, value):
    found = [t for t in find_times(text, published="1989-11-02") if t.text == "the quarter"]
    assert found[-1].value == value


# TimeML values a fiscal quarter as named ('the fiscal first quarter' = YYYY-Q1), and 'the quarter' after it
# too; on the calendar (calendar=True, what the timeline reads) it is the latest quarter ended.
_FISCAL = "The airline's profit soared in the fiscal first quarter. During the quarter, it sold 3 million shares."
FISCAL_QUARTERS = [
    (_FISCAL, False, "the fiscal first quarter", "1989-Q1"),
    (_FISCAL, False, "the quarter", "1989-Q1"),
    (_FISCAL, True, "the fiscal first quarter", "1989-Q3"),
    (_FISCAL, True, "the quarter", "1989-Q3"),
    ("The mill's sales rose in its fiscal second quarter. Profit in the 1988 quarter was lower.", False,
     "the 1988 quarter", "1988-Q2"),
]


@pytest.mark.parametrize("text, calendar, expression, value", FISCAL_QUARTERS)
def test_a_fiscal_quarter_is_valued_as_named_unless_on_the_calendar(text, calendar, expression, value):
    """TE3 numbers a fiscal quarter as its name does; the calendar reading stays for the timeline."""
    found = find_times(text, published="1989-10-26", calendar=calendar)
    assert next(t.value for t in found if t.text == expression) == value


# 'year-ago' right after a year-back quarter was named is that quarter again; with none named, last year.
YEAR_AGO_AGAIN = [
    ("It lost $9 million in the quarter ended Sept. 30. It earned $3 million in the year-ago quarter. "
     "The year-ago results were restated.", "1988-Q3"),
    ("Profit rose in the third quarter. The year-ago results were restated.", "1988-Q3"),
    ("The mill lost money. The year-ago results were restated.", "1988"),
]


@pytest.mark.parametrize("text, value", YEAR_AGO_AGAIN)
def test_year_ago_after_a_year_back_quarter_is_that_quarter(text, value):
    """A 'year-ago' adjective restating the year-back quarter just named keeps that quarter."""
    assert _value_of(text, "1989-10-26", "year-ago") == value
