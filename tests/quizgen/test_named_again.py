"""A day's happening named again in a later sentence with no time of its own ('the blast', 'at the
ceremony', 'minutes after the quake') dates that sentence's past act on the same day (issue 11)."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.pipeline import analyse


def _events(text: str) -> list[tuple[dt.date, str]]:
    parsed = analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))
    return [(e.date, e.label) for e in parsed.events]


TUESDAY = dt.date(2023, 10, 31)


@pytest.mark.parametrize("text, label", [
    ("A truck bomb exploded near a busy bus station on Tuesday. The blast destroyed six shops.",
     "The blast destroyed six shops"),
    ("A strong earthquake shook the hill towns on Tuesday. The quake cut power to 9,000 homes.",
     "The quake cut power to 9,000 homes"),
    ("The town held a ceremony for its flood volunteers on Tuesday. At the ceremony, the mayor thanked "
     "the nurses.", "The mayor thanked the nurses"),
    ("A strong earthquake shook the hill towns on Tuesday. Minutes after the quake, firefighters "
     "searched the old school.", "Firefighters searched the old school"),
    ("The Tigers beat the Bears 96-90 on Tuesday to win their first title. In the game, the Bears lost their "
     "best guard to a knee injury.", "The Bears lost their best guard to a knee injury"),
    ("A truck bomb exploded near a busy bus station on Tuesday. Police said four people were killed in the blast.",
     "Four people were killed in the blast"),
])
def test_the_act_naming_the_happening_takes_its_day(text: str, label: str) -> None:
    assert (TUESDAY, label) in _events(text)


@pytest.mark.parametrize("text, word", [
    # a state of the happening, no act
    ("A truck bomb exploded near a busy bus station on Tuesday. The blast was the worst in years.", "worst"),
    # an indefinite noun is another happening
    ("A truck bomb exploded near a busy bus station on Tuesday. A blast at the old mill destroyed six of the shops.",
     "shops"),
    # a time of its own
    ("A strong earthquake shook the hill towns on Tuesday. The quake of 1998 cut power to 9,000 homes.", "power"),
    # the dated clause names the happening of another day
    ("The toll from Monday's earthquake rose to 300 on Thursday. The quake damaged 200 bridges.", "bridges"),
    # a noun the dated clause does not name
    ("A truck bomb exploded near a busy bus station on Tuesday. The storm destroyed six shops.", "shops"),
    # a relation of the happening to others, no act of its day
    ("A truck bomb exploded near a busy bus station on Tuesday. The blast followed weeks of threats.", "followed"),
    # a denial
    ("A truck bomb exploded near a busy bus station on Tuesday. The blast did not hurt anyone.", "hurt"),
])
def test_no_day_for_states_other_happenings_or_denials(text: str, word: str) -> None:
    assert all(word not in label for _, label in _events(text))


@pytest.mark.parametrize("text, label", [
    ("A gunman opened fire at a crowded fair in a small town on Tuesday. The gunman and one guard were killed.",
     "The gunman and one guard were killed"),
    ("A small plane crashed while landing at the city airport on Tuesday. Two people died in the crash.",
     "Two people died in the crash"),
])
def test_the_toll_told_next_to_a_harm_takes_its_day(text: str, label: str) -> None:
    assert (TUESDAY, label) in _events(text)


@pytest.mark.parametrize("text, word", [
    # no harming happening before it
    ("The board approved the budget of the port on Tuesday. Two dock workers were killed.", "killed"),
    # another paragraph may tell another day
    ("A gunman opened fire at a crowded fair in a small town on Tuesday.\n\nTwo guards were killed.", "killed"),
])
def test_no_toll_day_without_a_harm_just_before(text: str, word: str) -> None:
    assert all(word not in label for _, label in _events(text))
