"""Readers' comments pasted with a story are set aside, shown to the teacher, and not read as the story."""
from __future__ import annotations

import pytest

from quizgen.cleaning import clean_body, notes

STORY = "The council approved the new budget on Monday.\n\nThe mayor said the plan would cut waste.\n\n"


@pytest.mark.parametrize("comments", [
    "I think this is a terrible idea.\nPosted by: Ann Lee, 27 Sep 2011 | 15:22\n"
    "No, it is fine.\nPosted by: Tom, 28 Sep 2011 | 08:54\nCareers\nSearch for jobs\n",
    "I think this is a terrible idea.\n\nComment by Ann Lee on 3 May 2019\n\nNo, it is fine.\n\n"
    "Submitted by Tom 10:42\n",
])
def test_signed_reader_comments_are_set_aside(comments):
    cleaned = clean_body(STORY + comments)
    assert cleaned.reading.strip() == STORY.strip()
    assert [s.kind for s in cleaned.set_aside] == ["comments"]
    assert "terrible idea" in cleaned.set_aside[0].text          # nothing lost: the teacher sees it
    assert "readers' comments" in notes(cleaned.set_aside)[0]
    assert len(cleaned.reading) == len(STORY + comments)          # offsets stay the pasted text's


@pytest.mark.parametrize("body", [
    STORY + "Posted by: Ann Lee, 27 Sep 2011 | 15:22\n",                     # one signature: a byline
    STORY + "The plan was posted by the clerk in 2011 and again by the mayor in 2012.\n",   # prose
])
def test_story_text_is_kept(body):
    cleaned = clean_body(body)
    assert "The mayor said the plan would cut waste." in cleaned.reading
    assert not any(s.kind == "comments" for s in cleaned.set_aside)


@pytest.mark.parametrize("bio", [
    "Ann Lee is the business reporter for the Daily Post.",
    "Tom Price is a senior political correspondent at Channel 9.",
])
def test_a_closing_author_note_is_set_aside(bio):
    cleaned = clean_body(STORY + bio + "\n")
    assert cleaned.reading.strip() == STORY.strip()
    assert [(s.kind, s.text) for s in cleaned.set_aside] == [("credit", bio)]


def test_a_reporter_inside_the_story_is_kept():
    body = "Ann Lee is the business reporter for the Daily Post.\n\nShe was arrested in Minsk on Monday.\n"
    assert "Ann Lee is the business reporter" in clean_body(body).reading
