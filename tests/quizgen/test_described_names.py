"""Quiz stems name a definite description ('the agency', 'the central bank') as the timeline labels do
(JUDGING.md rule 8), and leave it as written when the article leaves a choice."""
from __future__ import annotations

import functools

import quizgen


@functools.lru_cache(maxsize=None)
def _prompts(body: str) -> tuple[str, ...]:
    lesson = quizgen.build_lesson(f"Title: Probe\nPublished: 2024-03-10\n\n{body}\n").to_dict()
    return tuple(q["prompt"] for q in lesson["questions"])


def _about(prompts: tuple[str, ...], words: str) -> list[str]:
    return [p for p in prompts if words in p]


def test_bare_agency_subject_is_named():
    prompts = _prompts("The Harwick Aviation Administration opened an inquiry into the crash on Tuesday. "
                       "The agency found no reason to halt the trains on Friday.")
    about = _about(prompts, "no reason to halt")
    assert about and all("Harwick Aviation Administration" in p for p in about)


def test_described_bank_subject_gets_its_fuller_name():
    prompts = _prompts("The Norvik Central Bank meets this week in Dorran, analysts said on Monday. "
                       "The central bank concludes two days of meetings on Thursday.")
    about = _about(prompts, "two days of meetings")
    assert about and all("Norvik Central Bank" in p for p in about)


def test_bare_noun_takes_the_fuller_name_given_before():
    prompts = _prompts("The Brightwater battery plant opened in Dorran in 2010. The plant cut 400 jobs on Friday.")
    about = _about(prompts, "400 jobs")
    assert about and all("Brightwater battery plant" in p for p in about)


def test_bare_noun_left_as_written_when_another_one_came_between():
    prompts = _prompts("The Brightwater battery plant opened in Dorran in 2010. A new plant opened in Ohio in 2015. "
                       "The plant cut 400 jobs on Friday.")
    assert not any("Brightwater battery plant cut" in p for p in prompts)
