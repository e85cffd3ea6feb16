"""Set 42: the headline's happening told in the lead without a date of its own must reach the timeline
(a present perfect saying of a present perfect act, a lead act whose next sentence gives the day, a
headlined 'after' clause of a dated lead, a lead whose parser root is a quotation after a colon), the
lead's own long label is not dropped beside a later event of its day, and a joined verb's subject set
off by an apposition ('and Ann, his sister, ...') is that name."""
from __future__ import annotations

import datetime as dt

from quizgen.article import parse_article
from quizgen.clauses import subject_of
from quizgen.nlp import parse
from quizgen.pipeline import analyse


def _events(text: str, title: str, published: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: {title}\nPublished: {published}\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


def test_a_confirmed_signing_is_the_days_news() -> None:
    text = ("Harbor Foods has confirmed that it has signed an agreement to purchase Lintel Bakeries for "
            "$2 billion.\n\nThe deal is the largest in the industry.")
    events = _events(text, "Harbor Foods buys Lintel Bakeries in $2bn deal", "2023-05-10")
    assert [label for date, label in events if date == dt.date(2023, 5, 10) and "signed" in label]


def test_an_undated_lead_takes_the_next_sentences_day() -> None:
    text = ("Painter Rosa Klee has been found dead at her studio in Leeds.\n\n"
            "Paramedics were called to the studio at 6.10pm on Saturday. She was 58.")
    events = _events(text, "Rosa Klee dead", "2023-07-24")
    assert any(date == dt.date(2023, 7, 22) and "found dead" in label for date, label in events)


def test_a_headlined_after_clause_shares_the_leads_day() -> None:
    text = ("Shares of Tarn Rail dropped 30 percent Monday after the city council rejected a plan to "
            "extend the line.\n\nTarn Rail closed at $4.05.")
    events = _events(text, "Tarn Rail drops after council rejects line plan", "2023-05-08")
    assert any(date == dt.date(2023, 5, 8) and "rejected" in label for date, label in events)


def test_an_after_clause_the_headline_leaves_out_stays_off() -> None:
    text = ("Shares of Tarn Rail dropped 30 percent Monday after the city council rejected a plan to "
            "extend the line.\n\nTarn Rail closed at $4.05.")
    events = _events(text, "Tarn Rail shares drop", "2023-05-08")
    assert not any("rejected" in label for _, label in events)


def test_a_subject_set_off_after_and_is_the_joined_verbs() -> None:
    doc = parse("Emperor Olaf announced by radio that Norway lost World War I and Harald, his son, addressed "
                "the nation on TV after the great storm in 1990.")
    addressed = next(t for t in doc if t.text == "addressed")
    assert subject_of(addressed).text == "Harald"


def test_the_leads_long_label_stays_beside_another_event_of_its_day() -> None:
    text = ("Navy Seal snipers on the fantail of a destroyer cut down three pirates in a lifeboat and rescued "
            "an American sea captain on Easter Sunday.\n\nThe ordeal began when the captain was taken hostage "
            "Wednesday by pirates.\n\nTalks were tense.\n\nOfficials praised the crews.\n\n"
            "A fourth pirate surrendered after boarding the destroyer earlier in the day.")
    events = _events(text, "Snipers free captain", "2023-04-10")
    sunday = [label for date, label in events if date == dt.date(2023, 4, 9)]
    assert any(label.startswith("A fourth pirate") for label in sunday)
    assert any("rescued an American sea captain" in label for label in sunday)


def test_a_crown_princes_title_goes_whole() -> None:
    text = ("King Harald will step down on April 30, 2025, the government said on Friday.\n\n"
            "Crown Prince Olav, who has already assumed some of his father\u2019s duties, will take on the role "
            "on May 1, 2025, becoming the tenth king to ascend to the throne.")
    events = _events(text, "King to step down", "2023-04-10")
    may = [label for date, label in events if date == dt.date(2025, 5, 1)]
    assert may and not any("Crown Olav" in label for label in may)


def test_a_lead_root_in_a_quotation_after_a_colon_gives_the_act_before_it() -> None:
    from quizgen.events_recall import _told_first
    doc = parse('The astronomers\' general assembly in Prague has voted to drop Pluto from the list of '
                'planets, declaring in a resolution: "The eight planets are Mercury, Earth, Venus and Mars."')
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert _told_first(root).lower_ == "voted"
