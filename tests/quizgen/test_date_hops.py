"""The right date on the right event (issue 11): a market figure is no year, a date inside a reaction's
object is the object's, a deadline is not the day, a counted offset moves the day, and a period's figures
set against forecasts are told after the period."""
from __future__ import annotations

from quizgen import build_lesson


def _events(text: str, published: str) -> list[tuple[str, str | None, str, str]]:
    lesson = build_lesson(text, published=published)
    return [(e.date.isoformat(), e.date_end.isoformat() if e.date_end else None, e.precision, e.label)
            for e in lesson.events]


def test_a_market_figure_is_no_year():
    """'to 1871.25', 'fell to 1742 from 1748.20': index levels, not the years 1871 and 1742."""
    for text in ("The Dow Jones industrial average rose 28.51 points to 1871.25 on Thursday.",
                 "The index fell to 1742 from 1748.20 on Thursday."):
        assert [d for d, *_ in _events(text, "2023-05-05")] == ["2023-05-04"]
    # a year beside other figures is still a year
    assert [d for d, *_ in _events("In 1990 the index gained 20 points.", "2023-05-05")] == ["1990-01-01"]


def test_a_date_in_the_object_of_a_reaction_is_the_objects():
    """'condemned the invasion of Aug. 2 and criticised ...': the invasion was on Aug. 2, not the
    condemnation nor the criticism; an act at the dated occasion ('celebrated the Thursday opening') keeps it."""
    events = _events("Iran condemned the invasion of Aug. 2 and criticised the presence of foreign troops "
                     "in the region.", "1990-08-10")
    assert not any("condemned" in label or "criticised" in label for *_, label in events)
    assert [d for d, *_ in events] == ["1990-08-02"]
    celebrated = _events("Hundreds of people celebrated the Thursday opening of the bridge.", "2023-05-05")
    assert [(d, label) for d, _, _, label in celebrated] == [
        ("2023-05-04", "Hundreds of people celebrated the opening of the bridge")]


def test_a_deadline_or_range_end_is_not_the_day():
    """'by Wednesday', 'through Sept. 29': the happening may come any day up to the end, so it spans
    publication to that day."""
    assert _events("Ministers are expected to approve the budget by Wednesday.", "2023-05-01") == [
        ("2023-05-01", "2023-05-03", "day", "Ministers are expected to approve the budget")]
    assert [(d, end) for d, end, *_ in _events("The exhibition runs through Sept. 29 at the city museum.",
                                               "2023-05-01")] == [("2023-05-01", "2023-09-29")]
    # 'on Wednesday' stays the day itself
    assert [(d, end) for d, end, *_ in _events("Ministers will approve the budget on Wednesday.",
                                               "2023-05-01")] == [("2023-05-03", None)]


def test_a_counted_offset_moves_the_day():
    """'two days after Oct. 12' is Oct. 14 and 'a week after' Oct. 19; 'eight trading days after Oct. 12'
    (a Thursday) counts weekdays, Oct. 24; 'within eight trading days of Oct. 12' spans Oct. 12 to 24."""
    assert [d for d, *_ in _events("Prices recovered two days after Oct. 12.", "2023-11-01")] == ["2023-10-14"]
    assert [d for d, *_ in _events("The firm was sold a week after Oct. 12.", "2023-11-01")] == ["2023-10-19"]
    assert [d for d, *_ in _events("The index had fallen 20 percent eight trading days after Oct. 12.",
                                   "2023-11-01")] == ["2023-10-24"]
    assert [(d, end) for d, end, *_ in _events("The index had fallen 20 percent within eight trading days of "
                                               "Oct. 12.", "2023-11-01")] == [("2023-10-12", "2023-10-24")]


def test_figures_set_against_forecasts_are_dated_by_publication():
    """'third-quarter results came in below forecasts' is told once the quarter is over, in the
    publication's month; 'third-quarter earnings fell 12 percent' is the quarter's own happening."""
    assert _events("Acme Corp said its third-quarter results came in below forecasts.", "2023-10-25")[0][:3] == (
        "2023-10-01", None, "month")
    assert _events("Acme's third-quarter earnings fell 12 percent.", "2023-10-25")[0][:3] == (
        "2023-07-01", None, "quarter")


def test_a_saying_day_does_not_date_a_happening_whose_time_is_unknown():
    """'said Thursday that hackers had broken in, but did not know when': Thursday is the telling's day;
    the break-in's day is unknown, so the timeline keeps the telling."""
    events = _events("The company said Thursday that hackers had broken into its servers, but it did not know "
                     "when the breach took place.", "2023-05-05")
    assert [(d, label) for d, _, _, label in events] == [
        ("2023-05-04", "The company said that hackers broke into its servers")]
