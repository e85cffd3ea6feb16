"""An undated simple past lead act that the headline names takes the day its next sentence gives; without
such a day it is not put on the publication day (a paper may print it the day after)."""
from __future__ import annotations

import datetime as dt

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str, title: str, published: str) -> list[tuple[dt.date, str, str]]:
    parsed = analyse(parse_article(f"Title: {title}\nPublished: {published}\n\n{text}"))
    return [(e.date, e.precision, e.label) for e in parsed.events]


def test_a_headlined_past_lead_takes_the_next_sentences_day() -> None:
    text = ("A strong earthquake struck the coast of Norland, destroying hundreds of houses in the port.\n\n"
            "The quake hit at 4.10am on Saturday, the weather office said. Rescue teams were still searching.")
    events = _events(text, "Earthquake strikes Norland coast, destroying houses", "2023-07-24")
    assert any(date == dt.date(2023, 7, 22) and precision == "day" and "struck" in label
               for date, precision, label in events)


def test_a_past_lead_the_headline_does_not_name_keeps_no_day() -> None:
    text = ("A strong earthquake struck the coast of Norland, destroying hundreds of houses in the port.\n\n"
            "The quake hit at 4.10am on Saturday, the weather office said. Rescue teams were still searching.")
    events = _events(text, "Norland coast houses in ruins", "2023-07-24")
    assert not any(precision == "day" and "struck" in label for _, precision, label in events)


def test_a_headlined_perfect_act_in_the_second_sentence_is_the_days_news() -> None:
    text = ("It was a night of fear on the coast of Norland.\n\n"
            "Flood warnings have been issued for the Norland coast. Schools stayed shut.")
    events = _events(text, "Flood warnings for Norland coast", "2023-07-24")
    assert any(date == dt.date(2023, 7, 24) and precision == "day" and "warnings" in label.lower()
               for date, precision, label in events)


def test_a_lead_label_ending_in_its_passive_verb_is_whole() -> None:
    text = ("It was a night of fear on the coast of Norland.\n\n"
            "Flood warnings have been issued for Norland, Vesta, Orlan and parts of Tarn including Upper Tarn, "
            "Lower Tarn and the Tarn islands. Schools stayed shut.")
    events = _events(text, "Flood warnings for Norland coast", "2023-07-24")
    assert any(date == dt.date(2023, 7, 24) and label.startswith("Flood warnings have been issued")
               for date, _, label in events)
