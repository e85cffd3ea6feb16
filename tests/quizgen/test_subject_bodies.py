"""An organisation's subject 'it' is written as its name in a stem (issue 12) only in two plain cases:
the 'it' of what the named organisation says in the same sentence, and a main clause's 'it' right after a
sentence whose main subject is the only organisation and the only single thing it names; a copula, a
dummy 'it', a saying told to someone, a rival thing or a quotation leaves it as written (JUDGING.md
rule 8: a wrong name would be a wrong key)."""
from __future__ import annotations

import pytest

from quizgen.questions import candidates
from subject_ties import article_context, ties_in

_TEXT = """Title: Bakery chain grows in Norway
Published: 2023-11-02

Harwick Corp. said on Tuesday it would open 40 new bakeries across Norway in 2024.
Harwick Corp. hired 300 bakers in March.
It plans to hire 600 bakers by the end of next year.
Tessel Corp. told Lund Inc. it would lend 20 million dollars.
Lund Inc. closed the old mill in Oslo.
It employed 80 workers until the summer.
The storm hit the coast of Norway in May.
It was the worst storm in a decade.
Brama Inc. sold 12 ferries in July.
It emerged that the ferries were unsafe.
Kelda Inc. is getting ready for a new summer season and with that comes a new Harbour Card.
It’s basically like any other travel card that has become common thanks to towns like Bergen.
Kelda Inc. hired 20 sailors in June.
It plans to buy the Ferry Pass back.
"""


def _ctx():
    return article_context(_TEXT)


def _tied() -> dict[str, str]:
    return ties_in(_TEXT)


@pytest.mark.parametrize("opening", ["Harwick Corp. said o", "It plans to hire 600"])
def test_an_organisations_plain_it_is_tied(opening):
    assert _tied().get(opening) == "Harwick Corp."


@pytest.mark.parametrize("opening", [
    "Tessel Corp. told Lu",       # told Lund Inc.: either may lend
    "It employed 80 worke",       # the mill may be meant
    "It was the worst sto",       # a copula: the storm
    "It emerged that the ",       # a dummy 'it'
    "It’s basically like ",       # a copula, and the card may be meant
])
def test_an_it_with_any_doubt_stays_as_written(opening):
    assert opening not in _tied()


def _prompts(opening: str) -> list[str]:
    sid = next(s.id for s in _ctx().parsed.sentences if s.text.startswith(opening))
    return [q.prompt for q in candidates(_ctx()) if q.sentence_id == sid]


def test_the_speakers_sentence_is_asked_whole():
    assert any(p.startswith("Harwick Corp. said on Tuesday it would open") for p in _prompts("Harwick Corp. said on"))


def test_the_tied_it_is_written_as_the_name():
    asked = _prompts("It plans to hire")
    assert asked and all(p.startswith("Harwick Corp. plans") for p in asked), asked


def test_no_true_false_statement_writes_an_organisations_it():
    """True-false trims of a company's sentence cut its figures apart: the engine asks them otherwise."""
    sid = next(s.id for s in _ctx().parsed.sentences if s.text.startswith("Harwick Corp. said on"))
    statements = [q.prompt for q in candidates(_ctx()) if q.sentence_id == sid and q.type == "true_false"]
    assert not any(" it " in p for p in statements), statements
