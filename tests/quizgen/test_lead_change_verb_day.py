"""A lead's price move that the headline retells with another verb of the same direction ('plummeted' under
'plunges') takes the day its next sentence gives, even beside a future deadline; an intransitive lead
verb ending its label is no cut-off clause."""
from __future__ import annotations

import datetime as dt

from quizgen.article import parse_article
from quizgen.pipeline import analyse

_LEAD = ("Marlow Trust's shares tumbled after the board halted its dividend because the lender may miss new "
         "reserve rules that take effect March 3.\n\n"
         "In heavy trading on the Ostend exchange Thursday, Marlow closed at $8.10, down $2.40.\n\n"
         "A spokeswoman said the board would meet again next month.")


def _events(text: str, title: str, published: str) -> list[tuple[dt.date, str, str]]:
    parsed = analyse(parse_article(f"Title: {title}\nPublished: {published}\n\n{text}"))
    return [(e.date, e.precision, e.label) for e in parsed.events]


def test_a_headline_synonym_of_the_leads_fall_dates_it_by_the_next_sentence() -> None:
    events = _events(_LEAD, "Marlow Trust shares plunge after dividend halt", "2021-02-05")
    assert any(date == dt.date(2021, 2, 4) and precision == "day" and label.endswith("shares tumbled")
               for date, precision, label in events)


def test_a_headline_telling_the_opposite_move_does_not_date_the_lead() -> None:
    events = _events(_LEAD, "Marlow Trust shares rally despite dividend halt", "2021-02-05")
    assert not any("tumbled" in label for _, _, label in events)


def test_a_headline_without_a_move_does_not_date_the_lead() -> None:
    events = _events(_LEAD, "Marlow Trust halts dividend on reserve rules", "2021-02-05")
    assert not any("tumbled" in label for _, _, label in events)


def test_a_lead_move_with_its_amount_is_not_cut_to_the_bare_verb() -> None:
    text = _LEAD.replace("shares tumbled after", "shares tumbled 30 percent after")
    events = _events(text, "Marlow Trust shares plunge after dividend halt", "2021-02-05")
    assert not any(label.endswith("shares tumbled") for _, _, label in events)


def test_a_deadline_after_publication_does_not_date_a_past_lead() -> None:
    text = ("The Harlan city council voted to close the old ferry terminal, which must shut under safety "
            "rules that take effect June 30.\n\n"
            "At a packed meeting on Tuesday, the council backed the plan by seven votes to two.\n\n"
            "Ferry workers said they would appeal.")
    events = _events(text, "Harlan council votes to close ferry terminal", "2022-05-12")
    assert any(date == dt.date(2022, 5, 10) and "voted to close" in label for date, _, label in events)


def test_an_intransitive_lead_verb_may_end_its_label() -> None:
    text = ("The old Harlan grain silo collapsed.\n\n"
            "The silo came down at dawn on Tuesday, neighbours said.\n\n"
            "Nobody was hurt.")
    events = _events(text, "Harlan grain silo collapses after heavy rain", "2022-05-12")
    assert any(date == dt.date(2022, 5, 10) and label.endswith("silo collapsed") for date, _, label in events)
