"""Dates inside a retold past and seasons said in winter: the tagger's years (texts written for these tests)."""
from quizgen.timex import find_times


def _values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published=published, calendar=True)}


def test_a_yearless_day_soon_after_a_past_years_day_is_that_storys_next_step() -> None:
    text = ("A baker told a court yesterday how the oven fire began.\n\n"
            "The new oven was installed on November 20, 2015, at the shop on the corner.\n\n"
            "The owner reopened the shop on December 2 and called a friend the next day.")
    values = _values(text, "2017-03-09")
    assert values["December 2"] == "2015-12-02"
    assert values["the next day"] == "2015-12-03"


def test_a_yearless_day_long_after_a_past_years_day_keeps_the_publication_year() -> None:
    text = ("A baker told a court yesterday how the oven fire began.\n\n"
            "The new oven was installed on March 4, 2015, at the shop on the corner.\n\n"
            "The owner reopened the shop on February 20 after the repairs.")
    assert _values(text, "2017-03-09")["February 20"] == "2017-02-20"


def test_a_yearless_month_in_a_sentence_of_a_past_year_is_in_that_year() -> None:
    text = ("The mayor will step down, aides said on Friday.\n\n"
            "After denying the rumors in the spring of 2006, the old mayor quit in mid-June and backed his deputy.")
    assert _values(text, "2019-11-22")["mid-June"] == "2006-06"


def test_a_title_year_lends_no_year_to_a_month() -> None:
    text = "The drama won on Sunday. Lowe's 1931 had won the guild prize in May."
    assert _values(text, "2021-09-20")["May"] == "2021-05"


def test_this_fall_said_in_january_is_the_coming_fall() -> None:
    text = "Her term on the board runs through this fall, when voters will choose."
    assert _values(text, "2021-01-12")["this fall"] == "2021-FA"


def test_this_winter_said_in_january_is_the_current_winter() -> None:
    text = "Heating bills will rise this winter, the utility said."
    assert _values(text, "2021-01-12")["this winter"] == "2020-WI"
