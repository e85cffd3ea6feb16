"""A false statement swaps a person or a place only where it is the clause's subject (judged off the subject:
20 of 25 bad, bench/false_statement_verdicts.py); on the subject, and a date anywhere, it still swaps."""
from __future__ import annotations

from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.questions import candidates
from quizgen.questions.context import make_context
from quizgen.questions.true_false import in_a_subject
from quizgen.nlp import parse

_CHOIR = """Title: Valley choir wins the regional contest
Published: 2024-05-10

The Harwick Valley Choir won the regional singing contest on Saturday.
The Harwick Valley Choir hired Elena Marsh as its conductor.
Tom Reyes, the pianist, has played with the choir for many years.
The Harwick Valley Choir sang old folk songs from Norway at the final.
Sweden sent a choir of its own to the contest.
"""


def _statements(text: str) -> set[tuple[str, str]]:
    out = set()
    for q in candidates(make_context(analyse(parse_article(text)))):
        for s in (q, q.twin):
            if s is not None and s.type == "true_false":
                out.add((s.answer, s.prompt))
    return out


def test_a_name_off_the_subject_is_not_swapped():
    made = _statements(_CHOIR)
    assert ("True", "The Harwick Valley Choir hired Elena Marsh as its conductor.") in made
    assert not [p for a, p in made if a == "False" and "hired" in p]
    assert ("True", "The Harwick Valley Choir sang old folk songs from Norway at the final.") in made
    assert not [p for a, p in made if a == "False" and "folk songs" in p]


def test_a_subject_name_and_a_date_are_still_swapped():
    made = _statements(_CHOIR)
    assert ("False", "Norway sent a choir of its own to the contest.") in made
    assert ("False", "Elena Marsh has played with the Harwick Valley Choir for many years.") in made
    assert ("False", "The Harwick Valley Choir won the regional singing contest on Sunday.") in made


def test_in_a_subject():
    doc = parse("Sweden's coach and Tom Reyes praised the singers from Norway.")
    words = {t.text: t for t in doc}
    assert in_a_subject(words["Sweden"]) and in_a_subject(words["Reyes"])
    assert not in_a_subject(words["Norway"]) and not in_a_subject(words["singers"])
