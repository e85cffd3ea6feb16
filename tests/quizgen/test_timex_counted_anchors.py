"""Relative days counted from the right anchor: the day counted to a landmark, a story's year, the told day."""
from quizgen.timex import find_times


def _values(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_times(text, published=published, calendar=True)}


def test_weekday_before_a_happening_is_not_read_after_publication():
    # published on a Saturday that the text names bare: a bare Sunday six days back would be read as the day
    # after publication, but 'the Sunday before the vote' is told in the past and counted to the vote
    text = ("The mayor spoke to reporters Saturday. The auditor told the council the Sunday before the vote "
            "that the books were in order.")
    assert _values(text, "2021-05-15")["Sunday"] == ("DATE", "2021-05-09")


def test_possessive_weekday_after_before_is_the_nearer_landmark():
    # published on a Sunday: 'before Tuesday's vote' is the vote two days ahead, not five days back
    text = "In a memo sent two days before Tuesday's vote, the clerk wrote that the count was ready."
    assert _values(text, "2022-03-06")["Tuesday"] == ("DATE", "2022-03-08")


def test_lapse_counts_from_the_day_counted_to_a_landmark():
    # the memo went out two days before the vote (March 6); 'five days earlier' counts from the memo
    text = ("In a memo sent two days before Tuesday's vote, the clerk wrote that the ballots, the printing "
            "of which he ordered just five days earlier, were ready.")
    assert _values(text, "2022-03-06")["five days earlier"] == ("DATE", "2022-03-01")


def test_holiday_in_a_story_of_an_earlier_year():
    text = ("The heater was installed on December 18, 2015. Mia left for Denver the day before and came back "
            "a week later to spend Christmas with her aunt.")
    assert _values(text, "2017-06-02")["Christmas"] == ("DATE", "2015-12-25")


def test_days_earlier_after_a_date_still_counts_from_it():
    text = "The hall opened on Aug. 2. Its roof had been finished ten days earlier."
    assert _values(text, "2019-08-20")["ten days earlier"] == ("DATE", "2019-07-23")


def test_trading_days_after_a_landmark_skip_the_weekend():
    # five trading days after Thursday, March 3 is Thursday, March 10; 'two days later' counts from it
    text = "Five trading days after March 3, the index had lost 4%. Two days later, it had recovered."
    assert _values(text, "2022-03-20")["Two days later"] == ("DATE", "2022-03-12")
