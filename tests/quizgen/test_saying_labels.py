"""Timeline labels built on a saying (issue 11, bench/saying_label_shapes.py): what someone said holds now
('X said the city is reviewing its rules') leaves the timeline where another event tells its date, and is
noted when kept; a saying of a past act is noted; a saying that nothing was said leaves the timeline."""
from __future__ import annotations

import pytest

from quizgen.article import parse_article
from quizgen.completeness import reparse
from quizgen.empty_labels import label_shape, review_notes
from quizgen.pipeline import analyse


def _parsed(text: str):
    return analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))


def test_a_present_saying_beside_an_act_of_its_date_leaves_the_timeline() -> None:
    labels = [e.label for e in _parsed(
        "The Harbor Bridge closed on Tuesday after inspectors found a crack in a beam. Mayor Ann Lee said on "
        "Tuesday that the city is reviewing its inspection rules.").events]
    assert "The Harbor Bridge closed" in labels, labels
    assert not any("is reviewing" in label for label in labels), labels


def test_a_present_saying_alone_on_its_date_stays_with_a_note() -> None:
    parsed = _parsed("Mayor Ann Lee said on Tuesday that the city is reviewing its inspection rules. The bridge "
                     "reopened on Thursday.")
    assert any("is reviewing" in e.label for e in parsed.events), [e.label for e in parsed.events]
    assert any("tells what someone said holds now" in m for m in parsed.messages), parsed.messages


def test_a_planned_saying_stays_without_a_note() -> None:
    parsed = _parsed("The Harbor Bridge closed on Tuesday. Mayor Ann Lee told reporters on Tuesday that repairs "
                     "will take two months.")
    assert "Ann Lee told reporters that repairs will take two months" in [e.label for e in parsed.events]
    assert not any("someone said" in m for m in parsed.messages), parsed.messages


def test_a_saying_that_nothing_was_said_leaves_the_timeline() -> None:
    labels = [e.label for e in _parsed(
        "A fire broke out at a paint factory in Delmont on Tuesday. Fire chief Ed Rowe said on Tuesday that he "
        "could not comment on the cause.").events]
    assert labels == ["A fire broke out at a paint factory in Delmont"], labels


@pytest.mark.parametrize("label, shape", [
    ("The mayor said the city is reviewing its rules", "said_now"),
    ("The mayor says the bridge has reopened", "said_now"),
    ("Officials said a tanker spilled oil near the coast", "said_past_act"),
    ("The mayor said the bridge will reopen", "act"),
    ("The mayor said the city plans to sue", "act"),
    ("The mayor said the city is ready to sue", "act"),
])
def test_saying_shapes(label: str, shape: str) -> None:
    assert label_shape(reparse(label)) == shape


def test_a_saying_of_a_past_act_is_noted_for_the_teacher() -> None:
    notes = review_notes(["Officials said a tanker spilled oil near the coast"], lambda k: "2023-10-30")
    assert notes and "not the happening itself" in notes[0], notes


def test_a_denial_with_content_stays() -> None:
    labels = [e.label for e in _parsed(
        "A fire broke out at a paint factory in Delmont on Tuesday. The owner said on Wednesday that he did not "
        "talk to the inspectors.").events]
    assert any("did not talk to the inspectors" in label for label in labels), labels
