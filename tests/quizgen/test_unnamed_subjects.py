"""Timeline labels that name who or what (issue 11): a bare 'the ferry' named by its appositive, and a
short passive that names nothing ('Meetings were postponed') kept off the timeline where another event
tells its date."""
from __future__ import annotations

import functools

from quizgen.article import parse_article
from quizgen.pipeline import analyse

_TEXT = """Title: Storm week on the coast
Published: 2024-03-08

The ferry, Northern Star, sank off the coast of Marlow on Tuesday.
Rescuers pulled 40 passengers from the water.
The lifeboat, a 40-year-old vessel, reached the wreck on Wednesday.
Meetings were postponed on Monday.
The rebuilt sea wall was opened on Monday.
A new harbour wall was approved by the Marlow council last Friday.
The pier was rebuilt in 1998.
Officials said the pier had survived three storms since then.
"""


@functools.lru_cache(maxsize=1)
def _labels() -> list[str]:
    return [e.label for e in analyse(parse_article(_TEXT)).events]


def test_apposed_name_names_a_bare_subject():
    assert "The ferry Northern Star sank off the coast of Marlow" in _labels()


def test_described_subject_keeps_its_words():
    assert not any("lifeboat a" in label.lower() for label in _labels())


def test_short_nameless_passive_is_left_out_beside_another_event_of_its_date():
    assert not any(label.startswith("Meetings") for label in _labels())


def test_short_nameless_passive_alone_on_its_date_stays():
    assert "The pier was rebuilt" in _labels()


def test_passive_with_an_agent_or_a_modifier_stays():
    assert any(label.startswith("A new harbour wall was approved by") for label in _labels())
    assert "The rebuilt sea wall was opened" in _labels()


_NAMED_BEFORE = """Title: Parking fight
Published: 2023-05-12

The town council of Bellmoor passed a strict parking law in March.
Several traders closed their shops after the law was upheld last week, a local baker said.
"""


def test_passive_named_from_an_earlier_mention_stays():
    labels = [e.label for e in analyse(parse_article(_NAMED_BEFORE)).events]
    assert "The parking law was upheld" in labels
