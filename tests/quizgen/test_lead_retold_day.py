"""An undated wire lead whose act a later sentence tells again with its own recent day ('the loss,
reported yesterday') takes that day instead of the publication's week; a lead whose only date is the
quarter its report covers ('reported a decline in fourth-quarter earnings') is the day's news."""
from __future__ import annotations

import datetime as dt

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str, title: str, published: str) -> list[tuple[dt.date, str, str]]:
    parsed = analyse(parse_article(f"Title: {title}\nPublished: {published}\n\n{text}"))
    return [(e.date, e.precision, e.label) for e in parsed.events]


_LOSS = ("Harbor Mills Inc. posted a $41 million loss on weak demand for its coated paper.\n\n"
         "The loss, reported yesterday, was the company's first in a decade.\n\n"
         "Harbor Mills said it would close a mill in Maine next year.")


def test_a_lead_loss_told_again_with_yesterday_takes_that_day() -> None:
    events = _events(_LOSS, "Harbor Mills swings to a loss", "1991-03-14")
    assert any(date == dt.date(1991, 3, 13) and precision == "day" and "posted a $41 million loss" in label
               for date, precision, label in events)
    # another loss told with a day is not the lead's
    text = _LOSS.replace("The loss, reported yesterday,", "Another loss, reported yesterday by its unit,")
    events = _events(text, "Harbor Mills swings to a loss", "1991-03-14")
    assert not any(precision == "day" and "posted a $41 million loss" in label for _, precision, label in events)


_RECALL = ("Orrin Foods Corp. recalled 40,000 cases of canned soup after customers complained of "
           "swollen lids.\n\n"
           "The company, which recalled the soup Tuesday, said no one had fallen ill.\n\n"
           "Grocers removed the cans from shelves in six states.")


def test_the_same_doer_doing_the_leads_act_on_a_day_dates_the_lead() -> None:
    events = _events(_RECALL, "Orrin Foods recalls canned soup", "1994-06-09")
    assert any(date == dt.date(1994, 6, 7) and precision == "day" and "Orrin Foods Corp. recalled" in label
               for date, precision, label in events)
    # another doer's recall that day is not the lead's
    text = _RECALL.replace("The company, which recalled the soup Tuesday,", "Bexley Brands, which recalled its soup "
                           "Tuesday,")
    events = _events(text, "Orrin Foods recalls canned soup", "1994-06-09")
    assert not any(precision == "day" and "Orrin Foods Corp. recalled" in label for _, precision, label in events)


def test_a_lead_report_of_a_quarters_earnings_is_the_days_news() -> None:
    text = ("Dunmore Brewing Co. reported a 31% decline in fourth-quarter earnings, reflecting higher grain costs.\n\n"
            "The Milwaukee brewer earned $12.4 million, compared with $18 million a year earlier.\n\n"
            "Sales rose 4% to $310 million.")
    events = _events(text, "Dunmore Brewing profit falls 31%", "1989-11-02")
    assert any(precision == "week" and date == dt.date(1989, 10, 30) and label.startswith("Dunmore Brewing Co. reported")
               for date, precision, label in events)


def test_the_noun_of_the_act_a_lead_agreed_to_dates_the_lead() -> None:
    text = ("Carver Textiles Inc. agreed to sell its carpet unit to Holm Group for $85 million.\n\n"
            "The sale, announced Monday, ends a long search for a buyer.\n\n"
            "Carver shares rose 40 cents.")
    events = _events(text, "Carver Textiles sells carpet unit", "1996-04-11")
    assert any(date == dt.date(1996, 4, 8) and precision == "day" and "agreed to sell its carpet unit" in label
               for date, precision, label in events)
