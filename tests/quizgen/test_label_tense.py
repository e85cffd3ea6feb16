"""Timeline labels in headline wording: a past perfect told in the simple past ('had risen' -> 'rose',
'who had been hurt' -> 'were hurt'), a pointing 'this'/'that' before a noun as 'the'; a 'this week'
date and a negated past perfect are left alone."""
from __future__ import annotations

from quizgen import build_lesson


def _labels(body: str) -> list[str]:
    text = "Published: 2021-05-12\n\n" + body
    return [e["label"] for e in build_lesson(text).to_dict()["events"]]


RIVER = ("Floods in Tarnby\n\nBy Monday the river at Tarnby had risen to nine metres, officials said on "
         "Wednesday. Engineers opened the dam on Tuesday.")
CLINIC = ("Storm aftermath\n\nThe mayor said on Tuesday that of twelve people who had been hurt on Sunday, "
          "eight went home. Crews cleared the roads on Wednesday.")
CLUB = ("Cup final\n\nVarnbo beat Oster 3-0 in the cup final on Saturday. Fans had called this Varnbo side "
        "slow in March 2021. The players flew home on Sunday.")


def test_a_past_perfect_label_is_told_in_the_simple_past():
    labels = _labels(RIVER)
    assert any(label.startswith("The river at Tarnby rose to nine metres") for label in labels), labels
    assert not any(" had " in f" {label} " for label in labels)


def test_a_passive_past_perfect_takes_the_number_of_the_relative_s_noun():
    assert "Twelve people were hurt" in _labels(CLINIC)


def test_a_pointing_this_before_a_noun_reads_the():
    labels = _labels(CLUB)
    assert "Fans called the Varnbo side slow" in labels, labels


LAUNCH = ("Launch day\n\nOn Tuesday, Norland sent its first astronaut, Ola Brekke, into space aboard a Vega rocket "
          "from the northern base. She landed on Friday.")


def test_a_long_label_keeps_the_goal_of_its_verb():
    """'sent its first astronaut (into space)': the phrase hung on the bare goal goes, not the goal."""
    labels = _labels(LAUNCH)
    assert any(label.startswith("Norland sent its first astronaut") and label.endswith("into space")
               for label in labels), labels
