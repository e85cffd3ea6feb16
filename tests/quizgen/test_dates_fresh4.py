"""Dates from the issue-11 review of judged timelines (sets 15-39): a habit's weekday, a month that is a
given name, a timetable's yearless day told in the present, a month counted on from a day, and 'the year
of' a happening."""
from __future__ import annotations

import datetime as dt

from quizgen import find_times
from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(title: str, published: str, text: str) -> list:
    return analyse(parse_article(f"Title: {title}\nPublished: {published}\n\n{text}")).events


def _tag(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_times(text, published=published)}


def test_a_weekday_after_an_adverb_of_habit_is_a_set_not_a_day() -> None:
    text = "Dana Holt won the club final on Monday. Holt always wears a green cap on Sunday."
    assert _tag(text, "2011-05-16")["Sunday"] == ("SET", "XXXX-WXX-7")
    events = _events("Holt wins club final", "2011-05-16", text)
    assert [(e.date, e.label) for e in events] == [(dt.date(2011, 5, 16), "Dana Holt won the club final")]


def test_a_weekday_after_a_habit_in_another_clause_stays_a_day() -> None:
    text = "The board usually meets in private, but on Tuesday it voted in public."
    assert _tag(text, "2011-05-19")["Tuesday"] == ("DATE", "2011-05-17")


def test_a_month_that_is_a_given_name_is_no_date() -> None:
    text = ("The first patient was vaccinated on Tuesday. The jab was given by nurse June Okafor at the clinic. "
            "Prices rose in May. In June Congress passed the bill.")
    name_at = text.index("June Okafor")
    assert not any(t.start == name_at for t in find_times(text, published="2021-12-08"))
    events = _events("Clinic gives first jab", "2021-12-08", text)
    assert not any("Okafor" in e.label for e in events), [(e.date, e.label) for e in events]
    assert {(e.date, e.precision) for e in events} >= {(dt.date(2021, 5, 1), "month"), (dt.date(2021, 6, 1), "month")}


def test_a_month_before_a_meeting_or_holiday_stays_a_date() -> None:
    tagged = _tag("The June Fed meeting raised rates. Markets closed for May Day.", "2021-12-08")
    assert tagged["June"] == ("DATE", "2021-06")


def test_a_yearless_day_told_in_the_present_is_the_nearer_one() -> None:
    """'He takes office Dec. 1' in July: the coming December, not the last one half a year back."""
    events = _events("Reformer wins presidency", "2000-07-03",
                     "Lena Ortiz won the presidential election on Sunday. She takes office Dec. 1.")
    office = next(e for e in events if "office" in e.label)
    assert office.date == dt.date(2000, 12, 1), office


def test_a_yearless_day_told_in_the_past_stays_behind() -> None:
    assert _tag("The mill closed Dec. 1, the owners said.", "2000-07-03")["Dec. 1"] == ("DATE", "1999-12-01")


def test_a_month_later_is_that_month_not_a_day() -> None:
    text = "The bridge opened on March 2, 1969. A month later, crowds walked across it for a festival."
    assert _tag(text, "1969-06-01")["A month later"] == ("DATE", "1969-04")
    events = _events("Bridge opens", "1969-06-01", text)
    later = next(e for e in events if "crowds" in e.label.lower())
    assert (later.date, later.precision) == (dt.date(1969, 4, 1), "month")


def test_the_year_of_a_happening_is_not_this_year() -> None:
    events = _events("Teenager wins title", "2004-07-04",
                     "Ana Petrova was born in the year of the great flood in her home town. "
                     "She won the title on Saturday.")
    assert not any(e.date.year == 2004 and e.precision == "year" for e in events), \
        [(e.date, e.precision, e.label) for e in events]


def test_tonight_in_a_quotation_is_the_night_the_lead_reports() -> None:
    """A story filed the morning after: 'tonight' and 'this evening' in a quotation were spoken on the
    lead's day, as a quoted 'today' is."""
    text = ('Riverside beat Hallam 2-1 in the cup final on Friday. "The whole team played with heart tonight," '
            'the coach said. "We knew this evening would be special," the captain added.')
    tagged = _tag(text, "2017-10-07")
    assert tagged["tonight"] == ("TIME", "2017-10-06TNI")
    assert tagged["this evening"] == ("TIME", "2017-10-06TEV")


def test_tonight_outside_a_quotation_stays_the_publication_night() -> None:
    tagged = _tag("Riverside beat Hallam on Friday. The team will parade through the town tonight.", "2017-10-07")
    assert tagged["tonight"] == ("TIME", "2017-10-07TNI")


def test_the_1800s_are_a_century() -> None:
    text = "The old mill, built in the 1800s, burned down on Saturday. Prices rose in the 1990s and the 2000s."
    tagged = _tag(text, "2015-04-27")
    assert tagged["the 1800s"] == ("DATE", "18") and tagged["the 1990s"] == ("DATE", "199")
    assert tagged["the 2000s"] == ("DATE", "200")
    events = _events("Old mill burns", "2015-04-27", text)
    built = next(e for e in events if "built" in e.label)
    assert (built.date, built.precision) == (dt.date(1800, 1, 1), "century")


def test_a_date_on_a_noun_a_participle_describes_is_that_happenings() -> None:
    """'a resolution condemning the Oct. 7 attack': the resolution was not put forward on Oct. 7."""
    events = _events("Council vote fails", "2024-03-23",
                     "Two members vetoed the resolution on Friday. Norway had put forward a resolution "
                     "condemning the Oct. 7 attack on the port.")
    assert not any(e.date == dt.date(2023, 10, 7) and "put forward" in e.label for e in events), \
        [(e.date, e.label) for e in events]


def test_a_count_of_damage_told_the_next_day_is_the_disasters() -> None:
    events = _events("Quake hits coast", "2014-04-03",
                     "A strong earthquake struck the coast on Tuesday night. More than 2,500 homes were "
                     "destroyed, the mayor said Wednesday.")
    homes = next(e for e in events if "homes" in e.label)
    assert homes.date == dt.date(2014, 4, 1), homes


def test_a_told_happening_named_elsewhere_with_its_day_takes_that_day() -> None:
    """'..., the patrol said Sunday. ... Saturday's crash': the crash was Saturday, told on Sunday."""
    events = _events("Bus crash kills eight", "2013-04-14",
                     "A tour bus crashed on a mountain road, killing eight people, the highway patrol said Sunday. "
                     "Investigators were looking into the cause of Saturday's crash.")
    crash = next(e for e in events if "crashed" in e.label)
    assert crash.date == dt.date(2013, 4, 13), crash


def test_another_happening_told_keeps_the_telling_day() -> None:
    events = _events("Second quake hits", "2013-04-15",
                     "Another earthquake struck the valley, officials said Monday. Sunday's quake had "
                     "destroyed 40 homes.")
    struck = next(e for e in events if "struck" in e.label)
    assert struck.date == dt.date(2013, 4, 15), struck


def test_a_yearless_day_after_a_present_perfect_progressive_stays_behind() -> None:
    """'have been searching since the Oct. 23 killing' looks back, as 'have searched' does."""
    text = "Police have been searching for the gunman since shortly after the Oct. 23 killing."
    assert _tag(text, "1999-05-06")["Oct. 23"] == ("DATE", "1998-10-23")
