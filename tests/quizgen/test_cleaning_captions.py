"""Cleaning web news: photo captions, credits and alt text pasted among a past-tense report's paragraphs."""
from __future__ import annotations

import pytest

from quizgen.cleaning import clean_body

LEAD = "The city council voted on Monday to close the old bridge, officials said."
TAIL = "The council said repairs had been planned for years and were delayed by a lawsuit."


def _story(middle: str) -> str:
    return f"{LEAD}\n\n{middle}\n\n{TAIL}\n"


@pytest.mark.parametrize("caption", [
    # a present-tense picture ending on its place and full date, no weekday
    "A traffic officer guards the closed ramp near Dover, Delaware, March 4, 2019.",
    "Two cyclists are seen crossing the old bridge in Dover, Delaware, Feb. 27, 2019.",
    # a lone present-tense picture sentence with the picture's day
    "Mayor Ann Lee looks at the cracked pillars during a tour of the bridge on Friday.",
    "Commuters wait for a shuttle bus beside the bridge on Tuesday.",
    # a credit alone on its line, and the photo's alt text
    "REUTERS/Jane Roe",
    "Tom Fields/Getty Images",
    "(Credit: Jane Roe / City Desk)",
    "File photo: Commuters cross the old bridge in Dover.",
    "bridge closure sign",
])
def test_caption_between_paragraphs_is_set_aside(caption):
    """The caption goes to the set-aside items as a caption; the story's sentences stay."""
    cleaned = clean_body(_story(caption))
    assert [(s.kind, s.text) for s in cleaned.set_aside] == [("caption", caption)]
    assert LEAD in cleaned.reading and TAIL in cleaned.reading


def test_caption_and_its_credit_inside_a_paragraph_are_set_aside():
    """A flattened paste: the caption and its credit between two of the story's sentences."""
    text = f"{LEAD} A crane lifts a beam off the bridge. (AP Photo/Jane Roe) {TAIL}"
    cleaned = clean_body(text)
    assert [s.kind for s in cleaned.set_aside] == ["caption"]
    assert "crane" not in cleaned.reading and "Roe" not in cleaned.reading
    assert LEAD in cleaned.reading and TAIL in cleaned.reading


def test_dated_caption_run_into_a_paragraph_is_set_aside():
    text = f"{LEAD} A diver inspects a pillar under the bridge, Dover, Delaware, March 4, 2019. {TAIL}"
    cleaned = clean_body(text)
    assert [s.kind for s in cleaned.set_aside] == ["caption"]
    assert "diver" not in cleaned.reading and LEAD in cleaned.reading and TAIL in cleaned.reading


@pytest.mark.parametrize("sentence", [
    # news told in the present: a saying or believing verb, a plan, a standing fact, a quotation
    "The company says it will appeal the ruling on Friday.",
    "Police believe the fire was started on purpose on Sunday.",
    "The new law takes effect on January 1, 2020.",
    "The council holds its next vote on Friday.",
    "The bridge has been closed since March 4, 2019.",
    "Residents who crossed the bridge on Tuesday now face a long detour.",
    "\"We stand with the drivers,\" the mayor said on Friday.",
    "The mayor stands by her decision.",
    "Engineers inspect the bridge every spring.",
    # a heading in sentence case, no verb; a deck told in the present, no full stop
    "What happens next",
    "Mourners gather at the bridge on Sunday to remember the drivers",
])
def test_news_sentence_is_not_a_caption(sentence):
    cleaned = clean_body(_story(sentence))
    assert not [s for s in cleaned.set_aside if s.kind == "caption"]
    assert sentence in cleaned.reading


def test_present_tense_report_keeps_its_lone_picture_sentences():
    """In a report told in the present, a lone present-tense sentence with its day is the story's."""
    text = ("The council is voting today on the bridge, and the mayor says the vote is close.\n\n"
            "Mayor Ann Lee walks to the chamber on Friday for the final vote.\n\n"
            "She says she is confident and is sure the bridge is safe.\n")
    assert not clean_body(text).set_aside
