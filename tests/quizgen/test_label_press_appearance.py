"""Timeline labels that only tell someone faced the press ('X spoke at a news conference', 'X told
reporters', 'A spokeswoman declined comment') are no happening."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _labels(body: str) -> list[str]:
    text = f"Title: Test story\nPublished: 2016-10-14\n\n{body}\n"
    return [e.label for e in build_lesson(text).events]


@pytest.mark.parametrize("text, label", [
    ("Fire chief Ann Ray spoke at a news conference on Tuesday.", "Ann Ray spoke at a news conference"),
    ("The harbour master spoke at the meeting on Monday.", "The harbour master spoke at the meeting"),
    ("A spokesman spoke to reporters on Sunday.", "A spokesman spoke to reporters"),
    ("Guitarist Tom Vale told reporters on Friday.", "Tom Vale told reporters"),
    ("The mayor went before reporters on Thursday.", "The mayor went before reporters"),
    ("A spokeswoman for the hospital declined comment on Monday.", "A spokeswoman for the hospital declined comment"),
    ("The ministry declined to comment on Wednesday.", "The ministry declined to comment"),
])
def test_a_bare_press_appearance_is_no_label(text, label):
    assert label not in _labels(text)


@pytest.mark.parametrize("text, label", [
    # a named occasion is a happening of its own
    ("Steve Jobs spoke at the All Things Digital Conference on Tuesday.",
     "Steve Jobs spoke at the All Things Digital Conference"),
    # what was told is there
    ("On Monday, the mayor told reporters that the bridge would close for repairs.",
     "The mayor told reporters that the bridge would close for repairs"),
    # refusing something other than a comment is an act
    ("Officials refused to release the report on Wednesday.", "Officials refused to release the report"),
    ("The president addressed the nation on Sunday.", "The president addressed the nation"),
    # whose meeting it was says which one
    ("Anne Ross spoke at a council meeting in May.", "Anne Ross spoke at a council meeting"),
])
def test_a_press_appearance_with_content_stays(text, label):
    assert label in _labels(text)
