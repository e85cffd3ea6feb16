"""Timeline labels keep what their words need: a light verb's object its phrase ('gave a peek (into the
tomb)'), a share object ('joined much of the world (in barring the jet)'), a state participle ('stood
(transfixed)'), a superlative ('the (highest) level'); an after-noun adjective goes whole or stays whole."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _labels(body: str) -> list[str]:
    text = f"Title: Test story\nPublished: 2021-11-06\n\n{body}\n"
    return [e.label for e in build_lesson(text).events]


@pytest.mark.parametrize("body, label", [
    ("On Tuesday, officials in the southern province gave a peek into the first tomb discovered at "
     "the ancient burial site near the river.",
     "Officials in the southern province gave a peek into the first tomb"),
    ("On Wednesday, the health agency of the country issued a warning against unnecessary travel to "
     "the northern city where the outbreak began.",
     "The health agency of the country issued a warning against travel to the city"),
    ("On Wednesday, Canada joined much of the world in barring the troubled airliner from its airspace "
     "after the second crash.",
     "Canada joined much of the world in barring the troubled airliner"),
])
def test_light_object_keeps_its_phrase(body, label):
    assert label in _labels(body)


def test_charge_phrase_still_goes_whole():
    """'arrested the man on charges' is no light verb's act: the rule leaves other verbs alone."""
    labels = _labels("On Friday, police arrested the man on charges of theft in the northern town of "
                     "Smallville after a long chase.")
    assert labels and labels[0].startswith("Police arrested the man")


@pytest.mark.parametrize("body, label", [
    ("On Monday, emotional sky-gazers across the country stood transfixed as the moon blotted out the sun.",
     "Emotional sky-gazers across the country stood transfixed"),
    ("On Tuesday, the state House of Representatives passed a religious freedom bill similar to one that "
     "caused an uproar in the neighbouring state last week.",
     "The state House of Representatives passed a religious freedom bill"),
    ("NEW YORK Acme became one of the largest companies to file for bankruptcy on Sunday, and its "
     "shares collapsed.",
     "Acme became one of the largest companies to file for bankruptcy"),
])
def test_label_is_not_cut_inside_a_needed_part(body, label):
    assert label in _labels(body)


def test_after_noun_adjective_keeps_its_phrase_when_it_fits():
    labels = _labels("Late on Saturday, a car bomb ripped through a nightclub popular with foreign tourists "
                     "in the crowded beach town of the island.")
    assert "A car bomb ripped through a nightclub popular with foreign tourists" in labels
