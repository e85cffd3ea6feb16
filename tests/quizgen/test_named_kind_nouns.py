"""A bare 'the index', 'the county's' whose nearest earlier mention is a name built on the noun ('the
Harmon Composite Index', 'Dallow County') is written with that name (JUDGING.md rule 8); a stem's
leftover 'So' goes (rule 1)."""
from __future__ import annotations

import functools

from quizgen import build_lesson
from quizgen.nlp import load
from quizgen.questions.connectives import trim_edges
from quizgen.referents import earlier_named_form

_TEXT = """Title: Markets and ballots
Published: 2024-05-04

Share prices slid across the board on Friday in thin trading.
The Harmon Composite Index tumbled 5.4 points to 452.8 on Friday.
For the week, the index dropped 3.8 percent.
Officials in Dallow County began a recount of the ballots on Thursday.
The county's election officials planned to go over the ballots again on Saturday.
"""


@functools.lru_cache(maxsize=1)
def _prompts() -> list[str]:
    return [q.prompt for q in build_lesson(_TEXT).questions]


def _token(text: str, word: str):
    doc = load()(text)
    return next(t for t in doc if t.text == word)


def test_a_bare_the_index_is_named_by_the_index_just_named():
    # the weekly fall may be asked as a blank ('dropped _____') or as 'By how much did ... drop'
    assert any("the Harmon Composite Index drop" in p for p in _prompts())
    assert not any("the index drop" in p for p in _prompts())


def test_a_bare_owner_the_county_s_is_named_by_the_county_just_named():
    assert any(p.startswith("Dallow County's election officials") for p in _prompts())
    assert not any("The county's" in p for p in _prompts())


def test_a_title_with_small_words_names_nothing():
    # 'Letters to a Girl' is a book's title: no girl a later 'the girl' means
    head = _token("She read Letters to a Girl on the train. Later the girl waved from the platform.", "girl")
    assert earlier_named_form(head) is None


def test_a_nearer_bare_mention_keeps_the_noun_unnamed():
    head = _token("The Harmon Composite Index fell. Traders said an index like that one moves fast. "
                  "Then the index rose.", "index")
    assert earlier_named_form(head) is None


def test_a_stem_drops_a_leftover_so_before_its_subject():
    assert trim_edges("So Ann Berg at Kestrel Bank said she is cutting her estimate.") == \
        "Ann Berg at Kestrel Bank said she is cutting her estimate."
    assert trim_edges("So far, the team has won nine games this season.") == \
        "So far, the team has won nine games this season."


def test_an_owner_named_with_the_article_s_the():
    # 'at the Harmon Court' writes the name with 'the': the owner keeps it ('the Harmon Court's')
    head = _token("Lawyers argue each week at the Harmon Court in Dallow. Any lawyer faces a hard climb "
                  "because of the court's strict majority.", "court")
    assert earlier_named_form(head)[1] == "the Harmon Court"


_COURT = """Title: Lawyers and judges
Published: 2024-05-04

Ann Berg argued the Tallis water case on Monday at the Harmon Court in Dallow.
Any lawyer arguing against the state faces a hard climb, because of the court's strict conservative majority.
"""


def test_a_stem_names_the_owner_built_on_its_noun():
    # the noun itself ('court' of 'the Harmon Court') is no sign that the stem names it already
    prompts = [q.prompt for q in build_lesson(_COURT).questions]
    assert any("the Harmon Court's" in p or "the Harmon Court’s" in p for p in prompts), prompts
    assert not any("the court's" in p for p in prompts)
