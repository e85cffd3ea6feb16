"""A web page pasted whole: its photo captions and buttons, section labels, 'Related' headings, bylines set
out with bars, 'Published' lines and the lines above the story are set aside by their shape, and kept for the
teacher to see; the story's own sentences stay."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.cleaning import clean_body, line_kind

LEDE = "The Elm Street bridge reopened to traffic on Monday after six months of repairs."
MORE = "Crews replaced the deck and two of the steel piers, the county said."


@pytest.mark.parametrize("line, kind", [
    ("Related stories", "link"),
    ("Related Topics", "link"),
    ("SPORTS", "boilerplate"),
    ("LOCAL NEWS", "boilerplate"),
    ("Click to enlarge photo", "caption"),
    ("View full size image", "caption"),
    ("Enlarge Picture Order a reprint of this photo", "caption"),
    ("Volunteers stack sandbags along the river in Millbrook. (Photo: Dana Whitfield)", "caption"),
    ("Volunteers stack sandbags along the river in Millbrook. Photo: Dana Whitfield", "caption"),
    ("A runner crosses the finish line on Elm Avenue. Jo Park / Getty Images", "caption"),
    ("Crews clear a fallen oak on Birch Road (March 4, 2019)", "caption"),
    ("BY ROSA DELGADO | MILLBROOK, Ore. | April 9, 2011", "byline"),
    ("Pat Quinlan | The Harbor Gazette", "credit"),
    ("Home | News | Local", "boilerplate"),
    ("By Harbor Gazette  •", "byline"),
    ("Published 04/09 2011 10:15AM", "timestamp"),
    ("Updated 04/10 2011 08:02PM", "timestamp"),
])
def test_web_furniture_line_is_told_by_its_shape(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("furniture, kind, sentence", [
    ("Related stories", "link", "Related reports suggested the mayor would resign."),
    ("View full size image", "caption", "Images of the flood were shared widely on Tuesday."),
    ("Pat Quinlan | The Harbor Gazette", "credit", "The vote was 5 | 4 in favor of the plan, officials said on Friday."),
    ("SPORTS", "boilerplate", "PARIS"),
    ("Crews clear a fallen oak on Birch Road (March 4, 2019)", "caption",
     "Harbor Foods reported record sales on Tuesday (March 4, 2019)."),
    ("Volunteers stack sandbags along the river. (Photo: Dana Whitfield)", "caption",
     "Volunteers stack sandbags along the river."),
])
def test_furniture_shape_is_not_a_sentence_with_its_words(furniture, kind, sentence):
    """The shape, not its words: a sentence that holds them, or a dateline's city alone, stays."""
    assert line_kind(furniture) == kind
    assert line_kind(sentence) is None


def test_lines_above_the_story_are_set_aside_and_the_dateline_found():
    """The section, the headline again, the writer and the post: none is a sentence of the story. The deck
    ('Crews finished a month early') is passed over to find the dateline, but stays to be read."""
    body = (f"NATION\n\nBridge reopens after repairs\n\nCrews finished a month early\n\nLena Ortiz\n\n"
            f"Staff Reporter\n\nMILLBROOK, Ore. — {LEDE}\n\nNo one was hurt\n\n{MORE}\n")
    cleaned = clean_body(body, title="Bridge Reopens After Repairs")
    assert [(s.kind, s.text) for s in cleaned.set_aside] == [
        ("boilerplate", "NATION"), ("boilerplate", "Bridge reopens after repairs"), ("byline", "Lena Ortiz"),
        ("byline", "Staff Reporter"), ("dateline", "MILLBROOK, Ore. —")]
    assert cleaned.dateline == "MILLBROOK, Ore."
    assert LEDE in cleaned.reading and MORE in cleaned.reading and "Crews finished a month early" in cleaned.reading
    assert "No one was hurt" in cleaned.reading          # below the story's first sentence: the story's


@pytest.mark.parametrize("body, caption", [
    # the photo's buttons and credit, its caption, then the dateline that opens the story
    ("Enlarge photo\n\nJo Park | Harbor Gazette\n\nA firefighter sprays water on the warehouse roof.\n\n"
     f"MILLBROOK — {LEDE}\n\n{MORE}", "A firefighter sprays water on the warehouse roof."),
    # the byline, the caption, then the photo's credit
    ("BY ROSA DELGADO | MILLBROOK, Ore. | April 9, 2011\n\nFloodwater covers the lower end of Main Street.\n\n"
     f"Credit: County Emergency Office\n\n{LEDE}\n\n{MORE}", "Floodwater covers the lower end of Main Street."),
])
def test_caption_between_photo_furniture_and_the_story_is_set_aside(body, caption):
    cleaned = clean_body(body)
    assert ("caption", caption) in [(s.kind, s.text) for s in cleaned.set_aside]
    assert caption not in cleaned.reading
    assert LEDE in cleaned.reading and MORE in cleaned.reading


def test_first_sentence_after_a_photo_credit_stays_when_no_dateline_follows():
    """A photo's credit, then the story's first sentence and its second: no caption sits between them."""
    body = f"BY ROSA DELGADO | MILLBROOK, Ore. | April 9, 2011\n\nJo Park | Harbor Gazette\n\n{LEDE}\n\n{MORE}"
    cleaned = clean_body(body)
    assert [s.kind for s in cleaned.set_aside] == ["byline", "credit"]
    assert LEDE in cleaned.reading and MORE in cleaned.reading


STORM = "The river crested at 19 feet on Wednesday, the weather service said."


@pytest.mark.parametrize("story", [
    STORM,
    # a story's sentence may date a happening so too: a past tense or a saying verb keeps it
    "The levee failed in Millbrook, Ore., Tuesday, April 12, 2011, and the town was evacuated.",
    "Officials say the river crested in Millbrook, Ore., Tuesday, April 12, 2011.",
])
def test_agency_photo_caption_paragraph_is_set_aside(story):
    """'... Tuesday, April 12, 2011.' in the present tense: a picture's caption, with the sentence after it."""
    caption = ("Neighbors carry a sofa out of a flooded house in Millbrook, Ore., Tuesday, April 12, 2011. "
               "The house was flooded on Monday.")
    cleaned = clean_body(f"{caption}\n\n{story}\n\n{MORE}")
    assert [(s.kind, s.text) for s in cleaned.set_aside] == [("caption", caption)]
    assert story in cleaned.reading and "sofa" not in cleaned.reading


@pytest.mark.parametrize("opening, place", [
    ("(SPRINGFIELD, Mo.) ", "SPRINGFIELD, Mo."),
    ("Lyon, March 3: ", "Lyon"),
    ("Lyon, March 3, 2019 -- ", "Lyon"),
    # a dateline of the date alone, the place left out
    ("March 2, 2011— -- ", None),
    ("Jan. 3, 2012 -- ", None),
    # a wire's upper-case tag with no brackets after the day, then a spaced hyphen
    ("Lyon, Mar. 3, AFP - ", "Lyon"),
    ("Lyon, March 3 ANA - ", "Lyon"),
])
def test_bracketed_and_dated_datelines(opening, place):
    cleaned = clean_body(opening + LEDE)
    assert cleaned.dateline == place
    assert cleaned.reading.strip() == LEDE
    assert clean_body("(CNN) " + LEDE).dateline is None      # an agency's tag in brackets names no place


def test_a_bare_date_dateline_after_a_deck_is_set_aside():
    deck = "The maker shows a thinner tablet with a faster chip."
    cleaned = clean_body(f"{deck}\n\nMarch 2, 2011— -- {LEDE}\n\n{MORE}")
    assert ("dateline", "March 2, 2011— --") in [(x.kind, x.text) for x in cleaned.set_aside]
    assert "2011" not in cleaned.reading and deck in cleaned.reading


@pytest.mark.parametrize("lead", [
    "March 2, 2011 was the day the new tablet went on sale.",
    "May 5, 2019 - a date to remember for the town.",
])
def test_a_lead_that_opens_with_a_date_keeps_it(lead):
    assert clean_body(f"{lead}\n\n{MORE}").reading.startswith(lead)


@pytest.mark.parametrize("line, date", [
    ("BY ROSA DELGADO | MILLBROOK, Ore. | April 9, 2011", dt.date(2011, 4, 9)),
    ("Published 04/09 2011 10:15AM", dt.date(2011, 4, 9)),
    ("Published 13/04 2011 10:15AM", dt.date(2011, 4, 13)),
])
def test_date_of_a_set_aside_line_serves_when_no_header_gives_one(line, date):
    article = parse_article(f"{line}\n\n{LEDE}\n\n{MORE}\n")
    assert article.published == date and article.published_from == line


def test_header_date_wins_over_a_byline_date():
    article = parse_article("Title: Bridge reopens\nPublished: 2011-04-11\n\n"
                            f"BY ROSA DELGADO | MILLBROOK, Ore. | April 9, 2011\n\n{LEDE}\n")
    assert article.published == dt.date(2011, 4, 11)
    assert [s.kind for s in article.set_aside] == ["byline"]


def test_wrapped_first_paragraph_ends_the_lines_above_the_story():
    """A short first line of a hard-wrapped paragraph is the story's, though it ends no sentence."""
    body = ("Lena Ortiz\n\nThe Elm Street bridge reopened to traffic on\nMonday after six months of repairs, "
            "the county\nsaid on Tuesday, and crews then cleared the road.\n\n" + MORE)
    cleaned = clean_body(body)
    assert [(s.kind, s.text) for s in cleaned.set_aside] == [("byline", "Lena Ortiz")]
    assert "The Elm Street bridge reopened to traffic on Monday" in cleaned.reading
