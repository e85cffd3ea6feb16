"""A name set beside a work noun ('her debut album, Frank,') names the work: it is no person, so her
pronouns are not given to it."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.nlp import parse

SINGER = ("Title: Singer Lena Marsh dies at 31\nPublished: 2019-05-12\n\n"
          "The singer Lena Marsh was found dead at her home in Leeds on Saturday, police said.\n\n"
          "She won wide acclaim at 19 with her debut album, Frank, released in 2007.\n\n"
          "In 2010, her second album brought her worldwide fame and three national awards.")


@pytest.mark.parametrize("sentence, name", [
    ("She won wide acclaim with her debut album, Frank, released in 2003.", "Frank"),
    ("He starred in the film Frank with a cast of unknowns.", "Frank"),
])
def test_a_name_beside_a_work_noun_is_no_person(sentence: str, name: str) -> None:
    labels = {e.text: e.label_ for e in parse(sentence).ents}
    assert labels.get(name) != "PERSON", labels


@pytest.mark.parametrize("sentence, name", [
    ("Her brother, Frank, said she was happy.", "Frank"),
    ("The album's producer, Mark Ronson, paid tribute.", "Mark Ronson"),
])
def test_a_person_beside_other_nouns_stays_a_person(sentence: str, name: str) -> None:
    assert {e.text: e.label_ for e in parse(sentence).ents}.get(name) == "PERSON"


def test_her_is_never_read_as_the_album() -> None:
    lesson = build_lesson(SINGER).to_dict()
    texts = [q["prompt"] for q in lesson["questions"]] + [e["label"] for e in lesson["events"]]
    assert not any("Frank was" in t or "Frank’s" in t or "Frank's" in t for t in texts), texts
