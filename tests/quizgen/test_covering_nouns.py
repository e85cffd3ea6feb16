"""A bare general noun ('the plane', 'the measure') the article first named by a narrower kind ('an Orvan
Air jet', 'the Clean Rivers Act') is written with that name in a stem (JUDGING.md rule 8); never a guess
between two such names."""
from __future__ import annotations

import pytest

from quizgen.article import parse_article
from quizgen.fuller import antecedent
from quizgen.model import Question
from quizgen.nlp import load
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.references import settle_references


def _last(text: str, word: str):
    return [t for t in load()(text) if t.lower_ == word][-1]


@pytest.mark.parametrize("text, word, expected", [
    ("An Orvan Air jet crashed near the river on Tuesday. Rescuers came at once. "
     "Witnesses said the plane was on fire.", "plane", "the Orvan Air jet"),
    # a day after the name is no part of it ('on Monday' is not 'Group on Afghan Women')
    ("Senators debated the Clean Rivers Act on Monday. Turnout was low. "
     "Lawmakers approved the measure on Tuesday.", "measure", "the Clean Rivers Act"),
    ("A strong Pellara earthquake shook the valley on Monday. Rescuers came at once. "
     "Witnesses said the quake lasted a minute.", "quake", "the strong Pellara earthquake"),
])
def test_a_general_noun_takes_the_narrower_name(text, word, expected):
    assert antecedent(_last(text, word)) == expected


@pytest.mark.parametrize("text, word", [
    # two named jets: either
    ("An Orvan Air jet and a Pell Airways jet collided near the river on Tuesday. Rescuers came at once. "
     "Witnesses said the plane was on fire.", "plane"),
    # a jet and an airliner, each named
    ("A Pell Airways airliner landed safely. An Orvan Air jet crashed near the river on Tuesday. "
     "Witnesses said the plane was on fire.", "plane"),
    # two named earthquakes
    ("A Pellara earthquake and a Voss Basin earthquake shook the valley on Monday. Rescuers came at once. "
     "Witnesses said the quake lasted a minute.", "quake"),
    # the story's own quake is unnamed; the named one is another, told for comparison
    ("A strong earthquake shook the valley on Monday. It was the worst since the Pellara earthquake. "
     "Witnesses said the quake lasted a minute.", "quake"),
    # the nearest narrower mention names nothing
    ("An Orvan Air jet landed safely. Later a small jet crashed near the river on Tuesday. "
     "Witnesses said the plane was on fire.", "plane"),
])
def test_no_guess_between_candidates(text, word):
    assert antecedent(_last(text, word)) is None


def test_the_stem_is_written_with_the_name():
    text = ("Title: Crash\nPublished: 2024-05-02\n\nAn Orvan Air jet crashed near Paris on Tuesday.\n"
            "Rescuers came at once.\nThe plane hit a hotel, killing four more people on Tuesday.\n")
    ctx = make_context(analyse(parse_article(text)))
    sid = next(s.id for s in ctx.parsed.sentences if "hotel" in s.text)
    q = Question("q", "multiple_choice", "How many more people did the plane kill?", "four", sid,
                 choices=("four", "two", "six", "nine"))
    assert [s.prompt for s in settle_references(ctx, [q])] == ["How many more people did the Orvan Air jet kill?"]
