"""Days counted from the story's own days, not publication's: Election Day, 'the Sunday before' a date,
a past story carried on by its counted days (texts written for these tests)."""
from quizgen.timex import find_times


def _values(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, published=published, calendar=True)]


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    # 2022: November 1 is a Tuesday, so Election Day is November 8
    values = dict(_values("Voters lined up early on Election Day in the county.", "2022-11-10"))
    assert values["Election Day"] == "2022-11-08"


def test_a_weekday_before_a_named_day_is_in_the_week_up_to_it() -> None:
    text = "The governor signed the order on the Sunday before Election Day, officials said on Thursday."
    values = dict(_values(text, "2022-11-10"))
    assert values["Sunday"] == "2022-11-06"


def test_a_weekday_after_a_named_day_is_in_the_week_after_it() -> None:
    text = "The club reopened on the Monday after Christmas Day, the owner said."
    values = dict(_values(text, "2021-01-20"))
    assert values["Monday"] == "2020-12-28"     # Christmas 2020 was a Friday


def test_a_day_counted_in_a_past_story_carries_it_to_later_yearless_days() -> None:
    text = ("A roofer was fined yesterday over a fall at a school.\n\n"
            "The scaffold was put up on November 20, 2015, at the school gym.\n\n"
            "The inspectors arrived in the area two days before the job.\n\n"
            "The teacher left for the coast and came back a week later to see her family.\n\n"
            "She went back to the gym on December 2 and called a friend the next day.")
    values = dict(_values(text, "2017-03-09"))
    assert values["a week later"] == "2015-11-27"
    assert values["December 2"] == "2015-12-02"
    assert values["the next day"] == "2015-12-03"


def test_the_timeline_keeps_a_weekday_counted_from_a_named_day() -> None:
    """The timeline's own weekday reading (the latest such day before publication) must not replace the
    tagger's 'the Sunday before Election Day' (2022-11-06, while the latest Sunday is 2022-11-13)."""
    import quizgen
    text = ("Title: Letter\nPublished: 2022-11-15\n\n"
            "The governor signed the order on the Sunday before Election Day, saying nothing had changed.\n")
    events = quizgen.build_lesson(text).to_dict()["events"]
    assert [e["date"] for e in events if e["time_text"] == "Sunday"] == ["2022-11-06"]
