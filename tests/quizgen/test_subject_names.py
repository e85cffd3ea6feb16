"""A subject 'he'/'she' the article ties to exactly one named person is written as that name in a stem
('He argued ...' -> 'Tom Birch argued ...', issue 12); any doubt (two people, a quotation, a person
noun, a parenthetical 'he said', a name the resolver may have misread) leaves it as written, and a
stem whose answer or option is the name is refused (JUDGING.md rules 7 and 8)."""
from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.questions import candidates
from quizgen.questions.references import settle_references
from subject_ties import article_context, ties_in

_TEXT = """Title: Harbour council backs ferry plan
Published: 2023-11-02

The Portvale council approved a new ferry service on Tuesday after a long debate.
Council member Tom Birch voted against the plan.
He argued that the money should be spent on repairing the harbour wall, which was damaged in a storm in 2019.
Mayor Jane Holloway met Ruth Kemp, the harbour master, in May.
She said the ferry would start in the spring.
"We have waited long enough," one fisherman said.
He said the new boats would carry 40 cars each.
Greta Lund chaired the debate.
Sansui, she said, was the yard the council had in mind.
One engineer told the council how she had tested the harbour wall in 2020.
"""


def _ctx():
    return article_context(_TEXT)


def _tied() -> dict[str, str]:
    return ties_in(_TEXT)


def test_the_only_person_subject_just_before_ties_the_pronoun():
    assert _tied().get("He argued that the m") == "Tom Birch"


@pytest.mark.parametrize("opening", [
    "She said the ferry w",       # two women named just before: Holloway or Kemp
    "He said the new boat",       # a quotation in between: no name just before
    "Sansui, she said, wa",       # a parenthetical 'she said' is the speaker, not the name before it
    "One engineer told th",       # a person noun before the 'she' is whom she means
])
def test_a_pronoun_with_any_doubt_stays_as_written(opening):
    assert opening not in _tied()


def _settled(kind: str, prompt: str, answer: str, choices: tuple[str, ...] = ()) -> list[str]:
    sid = next(s.id for s in _ctx().parsed.sentences if s.text.startswith("He argued"))
    q = Question("q", kind, prompt, answer, sid, choices=choices or None)
    return [x.prompt for x in settle_references(_ctx(), [q])]


def test_a_stem_names_the_tied_pronoun():
    stem = "He argued that the money should be spent on repairing the harbour wall, which was damaged in a storm in _____."
    assert _settled("fill_blank", stem, "2019") == [stem.replace("He argued", "Tom Birch argued")]


def test_a_stem_whose_option_is_the_name_is_refused():
    """Naming him would put an option's person in the stem beside it."""
    assert _settled("multiple_choice", "Who did he say should repair the harbour wall?", "the council",
                    ("the council", "Tom Birch", "Jane Holloway")) == []


def test_the_tied_sentence_is_asked_about():
    """The sentence the pronoun kept silent now has a question, its stem naming the man."""
    sid = next(s.id for s in _ctx().parsed.sentences if s.text.startswith("He argued"))
    asked = [q.prompt for q in candidates(_ctx()) if q.sentence_id == sid and "argued" in q.prompt]
    assert asked and all("Tom Birch argued" in p for p in asked), asked


_REPORTED_ASK = """Title: Riverton waits for the water to fall
Published: 2024-03-08

The river at Riverton fell below its banks on Tuesday after three days of rain.
Ann Marlowe, the mayor, said she had stayed at the town hall all night.
Mayor Marlowe said on Monday that she had asked the state for help.
"""


def test_a_reporting_verb_inside_what_a_speaker_says_is_no_frame():
    """'X said that she had asked the state for help': 'asked' is what Marlowe says, not a parenthetical
    'she asked' that names another speaker, so the 'she' is Marlowe's (and the sentence gets its blank)."""
    ctx = article_context(_REPORTED_ASK)
    assert ties_in(_REPORTED_ASK).get("Mayor Marlowe said o") == "Ann Marlowe"
    asked = [q for q in candidates(ctx) if q.sentence_id == 2 and q.type == "fill_blank"]
    assert [q.answer for q in asked] == ["Monday"]
