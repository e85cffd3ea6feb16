"""Stem wording the judges edited (JUDGING.md rules 1 and 8): a bare dateline dash, a role taken into a
person's name, an adverb left behind by its 'after' clause, and 'the civil war' the article named as
one country's before."""
from __future__ import annotations

import functools

import pytest

from quizgen import build_lesson
from quizgen.clauses import clauses_of
from quizgen.nlp import load
from quizgen.article import parse_article
from quizgen.model import Question
from quizgen.owned_before import owned_before
from quizgen.pipeline import analyse
from quizgen.questions.context import make_context
from quizgen.questions.multiple_choice import _count_ask, _object_phrase
from quizgen.questions.references import settle_references


def _lesson(body: str):
    return build_lesson(f"Title: Test story\nPublished: 2021-11-06\n\n{body}\n")


def test_bare_dateline_dash_is_set_aside():
    lesson = _lesson("— Nine people were hurt when a bus overturned near Marlow on Saturday, police said Sunday.\n\n"
                     "The driver was taken to a hospital in Dunford.")
    assert lesson.sentences[0].text.startswith("Nine people")
    assert all(not q.prompt.startswith(("—", "-")) for q in lesson.questions)


def test_dash_inside_the_lead_stays():
    lesson = _lesson("Nine people were hurt — two of them badly — when a bus overturned near Marlow on Saturday.")
    assert lesson.sentences[0].text.startswith("Nine people were hurt —")


def test_role_before_a_name_is_no_first_name():
    body = ("Heavy storms flattened barns across Orrin County on Saturday, officials said.\n\n"
            "Most of the barns were empty, Orrin County Manager Dale Brandt said on Sunday.\n\n"
            "Crews cleared the roads on Sunday.")
    parsed = analyse(parse_article(f"Title: Test story\nPublished: 2021-11-06\n\n{body}\n"))
    names = {m.full for m in parsed.index.mentions if m.kind == "PERSON"}
    assert "Dale Brandt" in names and not any(n.startswith("Manager") for n in names)
    assert not any("Manager Dale" in q.prompt for q in _lesson(body).questions)


@pytest.mark.parametrize("sentence, verb", [
    ("Shares of Orvane Corp. dropped 12% soon after the results came out.", "dropped"),
    ("The city hired 40 new teachers shortly after the school opened.", "hired"),
])
def test_adverb_goes_with_its_after_clause(sentence, verb):
    doc = load()(sentence)
    clause = next(c for c in clauses_of(doc[:], 0) if c.verb.text == verb)
    kept = {doc[i].lower_ for i in clause.subject + clause.body}
    assert verb in kept and not kept & {"soon", "shortly", "after"}


_WAR = """Title: Quake strikes border region
Published: 2023-02-06

A strong earthquake struck Chad and neighbouring Sudan on Monday, killing more than 300 people.
Rescuers searched for survivors in a region worn down by a decade of Sudan's civil war.
Snow and rain slowed the search through the night.
Chad, meanwhile, is home to millions of refugees from the civil war.
"""


@functools.lru_cache(maxsize=1)
def _war_ctx():
    return make_context(analyse(parse_article(_WAR)))


def _settled(prompt: str, words: str) -> str:
    ctx = _war_ctx()
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    got = settle_references(ctx, [Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))])
    return got[0].prompt if got else ""


def test_the_civil_war_named_by_its_one_owner():
    assert _settled("Chad is home to millions of refugees from the civil war.", "meanwhile") == \
        "Chad is home to millions of refugees from Sudan's civil war."


def test_two_owners_name_neither():
    doc = analyse(parse_article(_WAR.replace("Snow and rain slowed the search through the night.",
                                             "Yemen's civil war ended in 1990."))).doc
    det = [t for t in doc if t.lower_ == "the" and t.head.lower_ == "war"][-1]
    assert owned_before(det, det.head) is None


def test_a_person_noun_takes_no_owner():
    doc = analyse(parse_article("Title: T\nPublished: 2023-02-06\n\nSudan's president met the envoy on "
                                "Monday.\nThe president said the talks went well.\n")).doc
    det = next(t for t in doc if t.lower_ == "the" and t.head.lower_ == "president")
    assert owned_before(det, det.head) is None


def test_gerund_after_a_counted_object_leaves_the_question():
    doc = load()("The quiet Harlan Dade won 214 votes defeating the candidates from two rival parties.")
    clause = next(c for c in clauses_of(doc[:], 0) if c.verb.text == "won")
    votes = next(t for t in doc if t.text == "votes")
    gone = {doc[i].text for i in _object_phrase(votes, clause, "VBG")}
    assert {"defeating", "candidates", "parties"} <= gone and "votes" not in gone
    unit = {t.i for t in votes.subtree}
    ask = _count_ask(doc, clause, votes, sorted(i for i in unit if not doc[i].like_num), unit)
    assert ask is not None and "defeating" not in ask.wh


def test_bracketed_aside_leaves_the_subject():
    lesson = _lesson("The library reopened on Monday after a long rebuild.\n\n"
                     "Based on the response of the 600 visitors who came Friday (over 100 in the first hour), "
                     "the wait was worth it, the librarian said.")
    texts = [e.label for e in lesson.events] + [q.prompt for q in lesson.questions]
    assert any("600 visitors came" in t or "600 visitors come" in t for t in texts)
    assert not any("visitors over 100" in t for t in texts)
