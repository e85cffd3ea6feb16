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


_STATE_STORY = ("Montana coal output fell in 2015, officials said on Monday. Miners in Montana lost jobs in 2016. "
                "Idaho and Oregon buy power from Montana. Montana plants burn coal from Montana mines. "
                "Montana's plants make more power than Montana can use. "
                "Montana ships coal far away. Twelve states bought the state's coal in 2015.")


def test_state_named_far_more_often_than_the_others_is_the_state():
    about = _about(_prompts(_STATE_STORY), "coal in 2015")
    assert about and all("Montana's coal" in p for p in about)


def test_state_left_as_written_when_two_are_named_as_often():
    story = _STATE_STORY.replace("Idaho and Oregon buy power from Montana.",
                                 "Idaho and Oregon buy power. Idaho, Idaho and Idaho.")
    assert not any("Montana's coal" in p for p in _prompts(story.replace("Montana's plants make more power than "
                                                                      "Montana can use.", "Idaho plants work.")))
