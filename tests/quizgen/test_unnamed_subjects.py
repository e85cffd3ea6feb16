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


def _lesson_labels(text: str) -> list[str]:
    return [e.label for e in analyse(parse_article(text)).events]


_ONE_BANK = """Title: Job cuts at a lender
Published: 2021-03-10

Investors cheered Harwick Bank's results. Harwick Bank posted higher profit in the third quarter.
The bank cut 300 jobs on Monday.
"""

_TWO_BANKS = """Title: Two lenders
Published: 2021-03-10

Harwick Bank and Pell Savings Bank reported results. The bank cut 300 jobs on Monday.
"""

_ANOTHER_BANK = """Title: Lenders
Published: 2021-03-10

Harwick Bank reported results as a rival bank struggled. The bank cut 300 jobs on Monday.
"""


def test_bare_subject_named_by_the_one_name_ending_in_its_noun():
    assert "Harwick Bank cut 300 jobs" in _lesson_labels(_ONE_BANK)


def test_bare_subject_left_bare_between_two_names_of_its_kind():
    labels = _lesson_labels(_TWO_BANKS)
    assert not any("Harwick" in label or "Pell" in label for label in labels if "jobs" in label)


def test_bare_subject_left_bare_when_another_of_its_kind_went_unnamed():
    assert not any(label.startswith("Harwick Bank cut") for label in _lesson_labels(_ANOTHER_BANK))


_ONE_RIVER = """Title: Flood
Published: 2021-03-10

Heavy rain fell across the county. The Dunmore River rose fast. The river burst its banks on Sunday.
"""


def test_bare_place_subject_named_with_its_the():
    assert "The Dunmore River burst its banks" in _lesson_labels(_ONE_RIVER)


_ONE_PLANT = """Title: Plant shuts
Published: 2021-03-10

Halvorsen Foods runs the Brightwater battery plant in Ohio. The battery plant will be closed next year, the firm said on Tuesday.
"""

_TWO_PLANTS = """Title: Plants
Published: 2021-03-10

Halvorsen runs the Brightwater battery plant and the Crayton battery plant. The battery plant will be closed next year, the firm said on Tuesday.
"""


def test_modified_subject_takes_the_name_the_article_gave_its_nouns():
    assert "The Brightwater battery plant will be closed" in _lesson_labels(_ONE_PLANT)


def test_modified_subject_left_as_is_between_two_named_sorts():
    assert "The battery plant will be closed" in _lesson_labels(_TWO_PLANTS)
