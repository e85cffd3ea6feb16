"""DATE values of the temporal tagger, family by family (TE3 DATE accuracy): each case fails without its rule."""
from __future__ import annotations

import pytest

from quizgen import find_times


def _values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published=published)}


YEAR_PERIOD = [
    # 'the 1990 period' in a quarterly report is that quarter in 1990 ...
    ("The brewer said profit grew 8% in the second quarter. In the 1990 period, sales rose too.",
     "1991-08-01", "the 1990 period", "1990-Q2"),
    # ... and, being a year back, it does not replace the quarter being reported
    ("The brewer said profit grew 8% in the second quarter. In the 1990 period, sales fell. "
     "Costs in the quarter were flat.", "1991-08-01", "the quarter", "1991-Q2"),
    # after a longer span was named, the year's period is the year
    ("The brewer said profit grew 8% in the second quarter. In the first six months, it earned $4 million, "
     "against a loss in the 1990 period.", "1991-08-01", "the 1990 period", "1990"),
]


@pytest.mark.parametrize("text, published, expression, value", YEAR_PERIOD)
def test_a_years_period_in_a_quarterly_report(text, published, expression, value):
    assert _values(text, published)[expression] == value


THEN_CURRENT = [
    ("Holders may buy stock at half the then current market price.", "then current", "PAST_REF"),
    ("Holders could buy stock at the then-current price.", "then-current", "PAST_REF"),
    ("Holders may buy stock at the current price.", "current", "PRESENT_REF"),
]


@pytest.mark.parametrize("text, expression, value", THEN_CURRENT)
def test_then_current_is_a_past_reference(text, expression, value):
    assert _values(text, "1991-08-01").get(expression) == value


def test_the_future_is_still_a_reference():
    assert _values("Nobody knows what the future holds.", "1991-08-01").get("the future") == "FUTURE_REF"


REPORTED_AHEAD = [
    # a past form in a time clause of a clause that looks ahead is backshifted: the day is ahead
    ("Brokers said funds were likely to sell the shares as soon as trading opened Monday.", "Monday", "1991-08-05"),
    ("The mayor said she would resign once the council met Friday.", "Friday", "1991-08-02"),
    ("The unions said they would strike when the talks ended Tuesday.", "Tuesday", "1991-08-06"),
    # a time clause of a past clause stays past
    ("The mayor resigned when the council met Friday.", "Friday", "1991-07-26"),
]


@pytest.mark.parametrize("text, expression, value", REPORTED_AHEAD)
def test_a_weekday_in_a_reported_time_clause(text, expression, value):
    assert _values(text, "1991-08-01")[expression] == value   # a Thursday


LEAD_QUARTER = [
    # an earlier quarter named in passing: two sentences on, comparisons are back on the quarter reported
    ("Net rose 9% in the third quarter. After a weak second quarter, the mill raised prices. Paper sales grew. "
     "Costs were flat. The gain was helped by charges taken in the year-earlier period.",
     "the year-earlier period", "1990-Q3"),
    ("Net rose 9% in the third quarter. After a weak second quarter, the mill raised prices. Paper sales grew. "
     "Costs were flat. In the 1990 period, taxes were higher.", "the 1990 period", "1990-Q3"),
    # right after it, that quarter is the one compared
    ("Net rose 9% in the third quarter. In the second quarter, net fell; the year-earlier period was better.",
     "the year-earlier period", "1990-Q2"),
]


@pytest.mark.parametrize("text, expression, value", LEAD_QUARTER)
def test_year_back_comparisons_return_to_the_reported_quarter(text, expression, value):
    assert _values(text, "1991-11-01")[expression] == value


TWO_QUARTERS = [
    ("Losses should last through the first two quarters of 1992, the mill said.",
     "the first two quarters of 1992", "1992-H1"),
    ("Sales rose in the last two quarters of 1990.", "the last two quarters of 1990", "1990-H2"),
]


@pytest.mark.parametrize("text, expression, value", TWO_QUARTERS)
def test_two_quarters_of_a_year_are_its_half(text, expression, value):
    assert _values(text, "1991-11-01").get(expression) == value


NOT_REPORTED_AHEAD = [
    # 'as' alone opens a comment clause, and 'will' is no backshift: these days are past
    ("As the sheriff said at a briefing on Wednesday night, the victims are expected to recover.",
     "Wednesday night", "1991-07-31"),
    ("She will be the next mayor after her rival conceded on Thursday afternoon.", "Thursday afternoon",
     "1991-08-01"),
]


@pytest.mark.parametrize("text, expression, value", NOT_REPORTED_AHEAD)
def test_a_weekday_in_a_comment_or_past_time_clause_stays_past(text, expression, value):
    assert _values(text, "1991-08-02")[expression] == value   # a Friday


APPOSITION = [
    # the year-back quarter takes the value of the quarter named in apposition to it (a fiscal numbering)
    ("The mill will report a profit for the third quarter. In the year-ago quarter, the second quarter ended "
     "Oct. 31, it lost $2 million.", "2013-10-27", "the year-ago quarter", "2012-Q2"),
    ("Sales rose in the third quarter. In the year-earlier period, the fiscal first quarter, they fell.",
     "2013-10-27", "the year-earlier period", "2012-Q1"),
    # no apposition: the year-back quarter stays the reported quarter a year before
    ("The mill will report a profit for the third quarter. In the year-ago quarter it lost $2 million; "
     "the second quarter was better.", "2013-10-27", "the year-ago quarter", "2012-Q3"),
]


@pytest.mark.parametrize("text, published, expression, value", APPOSITION)
def test_a_quarter_in_apposition_values_the_year_back_quarter(text, published, expression, value):
    assert _values(text, published)[expression] == value


UNIT_BESIDE = [
    # 'the year before' closing a clause is one year back from the date last told, not that date's year
    ("Profit dropped to $3 million last year, down from $5 million the year before.", "2013-03-22",
     "the year before", "2011"),
    ("The mill opened in 1950. The year after, a school was built.", "2013-03-22", "The year after", "1951"),
    ("Shares closed at $10 on Thursday, up from $9 the day before.", "2013-03-22", "the day before", "2013-03-20"),
    ("The plant opened in May 2010. The month after, it was sold.", "2013-03-22", "The month after", "2010-06"),
]


@pytest.mark.parametrize("text, published, expression, value", UNIT_BESIDE)
def test_a_unit_before_or_after_counts_from_the_date_last_told(text, published, expression, value):
    assert _values(text, published).get(expression) == value


@pytest.mark.parametrize("text, expression", [
    ("He left in 1998. The day before, it rained.", "The day before"),       # no day in view after a year
    ("He was last seen Nov. 3, the day before police searched it.", "the day before"),   # an event follows
])
def test_a_unit_before_with_no_date_in_view_or_an_event_after_is_left(text, expression):
    assert expression not in _values(text, "2013-03-22")


DUE_IN_PAST = [
    # a day something fell due, told in a past clause, is the nearer one on either side of publication
    ("Costs rose, which resulted from the new labor pact effective June 1.", "1989-10-26", "June 1", "1989-06-01"),
    ("The law became effective June 1.", "1989-10-26", "June 1", "1989-06-01"),
    ("The rule, effective April 1, was adopted Tuesday.", "1989-10-26", "April 1", "1990-04-01"),
    ("The board declared a dividend payable Dec. 1.", "1989-10-26", "Dec. 1", "1989-12-01"),
    # not told in the past: the day ahead, as before
    ("The dividend is payable June 1.", "1989-10-26", "June 1", "1990-06-01"),
]


@pytest.mark.parametrize("text, published, expression, value", DUE_IN_PAST)
def test_a_due_day_told_in_the_past_is_the_nearer_one(text, published, expression, value):
    assert _values(text, published)[expression] == value


SCHEDULE = [
    # a yearless day after a day ahead of publication, in the same sentence, continues that schedule
    ("The new pass starts August 28 and ends December 4.", "2019-08-21", "December 4", "2019-12-04"),
    ("Voting opens Sept. 5 and closes Nov. 30.", "2019-08-21", "Nov. 30", "2019-11-30"),
    # an earlier day after it does not continue it: a record date before a payment day
    ("The dividend is payable Jan. 2 to holders of record Dec. 15.", "1989-10-26", "Dec. 15", "1989-12-15"),
    # told in the past, or in another sentence, it is placed as before
    ("The season kicked off August 28 and ended December 4.", "2019-08-21", "December 4", "2018-12-04"),
    ("The show opens Sept. 5. It was first staged on Jan. 3.", "2019-08-21", "Jan. 3", "2019-01-03"),
]


@pytest.mark.parametrize("text, published, expression, value", SCHEDULE)
def test_a_yearless_day_after_a_day_ahead_continues_the_schedule(text, published, expression, value):
    assert _values(text, published)[expression] == value


UNDER_WAY = [
    # results of the calendar quarter under way are not out yet: the quarter told of in the past is the
    # company's fiscal one just ended (on the calendar), valued as named in TimeML ...
    ("The brewer reported a drop in fourth-quarter earnings.", True, "fourth-quarter", "1989-Q3"),
    ("The brewer reported a drop in fourth-quarter earnings.", False, "fourth-quarter", "1989-Q4"),
    # ... and so is the year-back comparison after it
    ("The brewer reported a drop in fourth-quarter earnings to $45 million from $85 million a year earlier.",
     False, "a year earlier", "1988-Q4"),
    ("The brewer reported a drop in fourth-quarter earnings to $45 million from $85 million a year earlier.",
     True, "a year earlier", "1988-Q3"),
    # spoken of ahead, it is the calendar's quarter
    ("Sales will rise in the fourth quarter.", True, "the fourth quarter", "1989-Q4"),
]


@pytest.mark.parametrize("text, calendar, expression, value", UNDER_WAY)
def test_a_quarter_under_way_told_in_the_past_is_a_fiscal_one(text, calendar, expression, value):
    times = find_times(text, published="1989-11-01", calendar=calendar)
    assert {t.text: t.value for t in times}[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # 'should' looks ahead as 'might' and 'can' do, even beside a past reporting verb
    ("The vote should take place on Friday, he said Tuesday.", "Friday", "2013-03-22"),
    ("The report should be out in April, the minister said in February.", "April", "2013-04"),
])
def test_should_points_ahead(text, expression, value):
    assert _values(text, "2013-03-20")[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # a unit just before 'before/after' and a date is one step off that date, not the unit last told
    ("Sales rose in the week before Christmas.", "the week", "2012-W51"),
    ("Prices fell in the year before 2008.", "the year", "2007"),
    ("Sales rose in the month before March 2012.", "the month", "2012-02"),
    # a coarser date leaves it as it was
    ("Sales rose in the month after 2010.", "the month", "2013-03"),
])
def test_a_unit_before_or_after_a_date_is_one_step_off_it(text, expression, value):
    assert _values(text, "2013-03-22")[expression] == value


@pytest.mark.parametrize("text, published, expression, value", [
    # a fiscal quarter reported with no end day ended some weeks before: the calendar quarter holding most of it
    ("On Sept. 10 the bank reported a loss for its third quarter.", "2008-09-16", "third quarter", "2008-Q3"),
    ("The brewer posted a record profit for its fiscal first quarter.", "1989-12-20", "fiscal first quarter",
     "1989-Q4"),
    ("The brewer posted a record profit for its fiscal first quarter.", "1989-10-26", "fiscal first quarter",
     "1989-Q3"),
])
def test_a_reported_fiscal_quarter_ended_weeks_before(text, published, expression, value):
    times = find_times(text, published=published, calendar=True)
    assert {t.text: t.value for t in times}[expression] == value


WEEKDAY_PART = [
    # 'evening' keeps its TimeML suffix on a named weekday (TEV), the day before counted from it stays a day ...
    ("The choir sang on Tuesday evening and flew home the next day.", "Tuesday evening", "2030-04-09TEV"),
    ("The choir sang on Tuesday evening and flew home the next day.", "the next day", "2030-04-10"),
    ("Ticket sales closed late Monday evening.", "late Monday evening", "2030-04-08TEV"),
    # ... while 'night' and 'morning', annotated either way in TempEval-3, stay the day itself
    ("The choir sang on Tuesday night.", "Tuesday night", "2030-04-09"),
    ("The choir sang on Tuesday morning.", "Tuesday morning", "2030-04-09"),
]


@pytest.mark.parametrize("text, expression, value", WEEKDAY_PART)
def test_a_weekday_evening_keeps_its_part_of_day(text, expression, value):
    assert _values(text, "2030-04-11").get(expression) == value


ENDED_QUARTER_BACK = [
    # 'the quarter ended Sept. 29' names the quarter by its last day: the year-back comparison after it is
    # that quarter a year earlier, not the one day ...
    ("The bakery's sales were $53 million for the quarter ended Sept. 29, up 9% from $49 million a year earlier.",
     "1989-10-26", "a year earlier", "1988-Q3"),
    # ... numbered as the fiscal quarter it named, whether 'a year earlier' or 'a year ago'
    ("The bakery earned $4 million in its fiscal second quarter ended Dec. 31. It lost $1 million a year ago.",
     "1990-01-20", "a year ago", "1988-Q2"),
    # a day that is not the quarter's end stays the day counted from
    ("The bakery's profit rose in the third quarter. It shut an oven on Sept. 29; a year earlier it had bought it.",
     "1989-10-26", "a year earlier", "1988-09-29"),
]


@pytest.mark.parametrize("text, published, expression, value", ENDED_QUARTER_BACK)
def test_a_year_back_from_a_quarter_ended_on_a_day(text, published, expression, value):
    assert _values(text, published)[expression] == value
