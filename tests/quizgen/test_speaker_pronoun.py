"""A named speaker's 'it'/'he' of what they said ('Harbor Mills said it would close ...') is asked with the name."""
from __future__ import annotations

import pytest

from quizgen.questions import candidates

PUBLISHED = "2023-04-14"


def _prompts(context_of, text: str) -> list[str]:
    return [q.prompt for q in candidates(context_of(text))]


@pytest.mark.parametrize("text, wanted", [
    # a company speaking of itself: the lead of many business stories
    ("Harbor Mills said on Tuesday that it would close 250 stores across Norway.",
     "How many stores would Harbor Mills close across Norway?"),
    # a person speaking of himself, set off by a relative clause
    ("Peter Lindqvist, who leads the dockers' union, said he had worked at the port for 20 years.",
     "How long had Peter Lindqvist worked at the port?"),
    # a country the resolver leaves unresolved: the only country named before 'it' is the speaker
    ("Norway announced on Friday that it would send 40 doctors to Kenya.",
     "How many doctors would Norway send to Kenya?"),
])
def test_speaker_pronoun_named(context_of, text: str, wanted: str) -> None:
    assert wanted in _prompts(context_of, text)


@pytest.mark.parametrize("text, name", [
    # the one told could be meant as well: nobody is written in
    ("The union told Harbor Mills it would strike in Bergen in May.", "Harbor Mills would"),
    ("The union told Harbor Mills it would strike in Bergen in May.", "The union would"),
    # no name speaks: 'the company' is no name to write in
    ("The company said it would close 250 stores across Norway.", "the company close"),
])
def test_speaker_pronoun_not_named(context_of, text: str, name: str) -> None:
    assert not any(name.lower() in p.lower() for p in _prompts(context_of, text))


def test_no_attribution_naming_the_speaker_twice(context_of) -> None:
    """'According to Peter Lindqvist, Peter Lindqvist had worked ...' is never stated."""
    text = "Peter Lindqvist, who leads the dockers' union, said he had worked at the port for 20 years."
    assert not any(p.count("Lindqvist") > 1 for p in _prompts(context_of, text))


def test_day_of_saying_stays_out(context_of) -> None:
    """'said on Thursday it would buy ...': Thursday is when it was said, not when the tankers are bought."""
    prompts = _prompts(context_of, "Vestra Shipping Corp said on Thursday it would buy 12 tankers from Korea.")
    assert "How many tankers would Vestra Shipping Corp buy from Korea?" in prompts
    # a stem copying 'said on Thursday it would buy' keeps the day on the saying
    assert not any("Thursday" in p for p in prompts if "Vestra" in p and "buy" in p and "said" not in p)
