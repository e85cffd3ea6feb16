"""Dates from the issue-11 review of judged timelines (sets 25-33): a year that names a work listed
with other titles is no date; and the other small rules added with it."""
from __future__ import annotations

import datetime as dt

from quizgen import find_times
from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(title: str, published: str, text: str) -> list:
    return analyse(parse_article(f"Title: {title}\nPublished: {published}\n\n{text}")).events


def test_a_title_listed_with_names_is_no_year() -> None:
    events = _events("Quiet drama takes top film prize", "2021-03-01",
                     "The quiet drama Lantern won best picture on Sunday, beating 1944 and Copperhead. "
                     "The film opened at a festival in Venice in September 2020.")
    assert not any(e.date.year == 1944 for e in events), [(e.date, e.label) for e in events]
    assert any(e.date == dt.date(2021, 2, 28) for e in events)


def test_an_owned_or_rivalled_title_is_no_year() -> None:
    """The question side's title signals (questions.when.year_as_name) date no event either."""
    events = _events("Quiet drama takes top film prize", "2021-03-01",
                     "The quiet drama Lantern won best picture on Sunday, an upset over 1944 that few critics "
                     "had seen coming. Ada Lowe's 1944 had won the guild prize in January.")
    assert not any(e.date.year == 1944 for e in events), [(e.date, e.label) for e in events]
    assert any(e.date == dt.date(2021, 2, 28) for e in events)


def test_an_owners_year_before_a_noun_stays() -> None:
    events = _events("Bank rules upheld", "2021-03-01",
                     "The bureau was set up after the country's 2008 financial crisis. "
                     "Harlow Bank's 2019 results were the best in its history.")
    assert any(e.date.year == 2008 for e in events), [(e.date, e.label) for e in events]


def test_a_year_a_period_verb_acts_on_stays() -> None:
    events = _events("Brewer returns to profit", "2021-03-01",
                     "Harlow Breweries ended 2020 with a small profit after a hard spring. "
                     "It opened its first pub in 1887.")
    assert any(e.date.year == 2020 for e in events), [(e.date, e.label) for e in events]


def test_a_toll_told_a_day_later_is_the_earlier_happenings() -> None:
    events = _events("Storm kills dozens in river town", "2021-06-09",
                     "A violent storm flattened the river town of Ostby on Monday night. At least 40 people "
                     "were killed and 200 hurt, the civil defence agency said Tuesday.")
    toll = [e for e in events if "40 people" in e.label]
    assert toll and toll[0].date == dt.date(2021, 6, 7), [(e.date, e.label) for e in events]


def test_a_toll_with_no_earlier_happening_keeps_the_telling_day() -> None:
    events = _events("Ferry capsizes", "2021-06-09",
                     "At least 12 people drowned when a ferry capsized on the lake. At least 12 people were "
                     "killed, the police said Tuesday.")
    toll = [e for e in events if "12 people were killed" in e.label]
    assert all(e.date == dt.date(2021, 6, 8) for e in toll), [(e.date, e.label) for e in events]


def test_the_week_before_a_happening_is_not_this_week() -> None:
    events = _events("Singer found dead at home", "2021-06-11",
                     "The singer Ola Berg was found dead at his home on Thursday. He had been treated for a "
                     "heart problem the week before his death, his manager said.")
    assert not any(e.precision == "week" for e in events), [(e.date, e.precision, e.label) for e in events]
    assert any(e.date == dt.date(2021, 6, 10) for e in events)


def test_days_ago_in_words_said_earlier_count_from_the_saying() -> None:
    events = _events("Flood town starts to rebuild", "2021-06-13",
                     "\"The water came only 10 days ago and took everything,\" farmer Lena Holt said on Thursday. "
                     "Volunteers cleared the main street on Saturday.")
    came = [e for e in events if "water came" in e.label]
    assert came and came[0].date == dt.date(2021, 5, 31), [(e.date, e.label) for e in events]


def test_model_years_name_a_product_line() -> None:
    events = _events("Carmaker recalls vans", "2021-06-11",
                     "Norvik Motors recalled 80,000 vans on Thursday. The fault affects vans from the 2016 "
                     "through 2019 model years.")
    assert not any(e.date.year in (2016, 2019) for e in events), [(e.date, e.label) for e in events]


def test_the_past_week_is_the_seven_days_up_to_publication() -> None:
    events = _events("Lake water safe, tests show", "2021-06-10",
                     "Inspectors took samples from the lake over the past week. The tests found no harmful "
                     "chemicals, the agency said.")
    took = [e for e in events if "samples" in e.label]
    assert took, [(e.date, e.label) for e in events]
    assert (took[0].date, took[0].date_end) == (dt.date(2021, 6, 3), dt.date(2021, 6, 10))


def test_the_last_year_and_a_half_is_a_span_not_last_year() -> None:
    events = _events("Valley schools weigh a shorter week", "2024-01-20",
                     "Other districts have reached out to the board over the last year and a half, the "
                     "superintendent said. The board will vote on the plan in February.")
    assert not any(e.date.year == 2023 for e in events), [(e.date, e.label) for e in events]
    assert not any(t.value == "2023" for t in find_times("Sales grew over the last year and a half.",
                                                        published="2024-01-20"))
