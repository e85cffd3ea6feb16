"""Garbled statements and stems are refused, not printed: a last well-formedness check (fragments.ill_formed),
a participle read as a clause verb, a dash kept between a noun and its apposition, no 'the' before a state."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.model import Question
from quizgen.questions.complete import _participle_as_clause
from quizgen.questions.fragments import ill_formed
from quizgen.questions.true_false import takes_the
from quizgen.realise import realise


def _sentence(text: str):
    return list(nlp.parse(text).sents)[0]


def _q(kind: str, prompt: str, answer: str = "True") -> Question:
    choices = ("True", "False") if kind == "true_false" else None
    return Question("q", kind, prompt, answer, 0, choices=choices)


BAD = [
    # a verb joined to a modal one printed without 'will', after a singular subject
    ("true_false", "According to the study, the lake will lose half its ice this decade, and freeze less before 2040.",
     "According to the study, the lake freeze less before 2040.", "auxiliary"),
    # 'to' whose verb is lost behind an aside that runs to the end
    ("true_false", "The Hawks won the final in overtime to finally, after a decade of waiting, lift the shield.",
     "The Hawks won the final in overtime to finally, after a decade of waiting.", "'to'"),
    ("multiple_choice", "The Hawks won the final in overtime to finally lift the shield.",
     "Which team won the final in overtime to finally?", "'to'"),
    # the dash between a noun and what restates it dropped
    ("true_false", "The lawsuit goes to the core of the bakery’s pride – its century-old recipe.",
     "The lawsuit goes to the core of the bakery’s pride its century-old recipe.", "lost"),
    # a comma left before the end
    ("fill_blank", "The mayor wrote on his city account: the bridge is closed.",
     "The mayor wrote on his _____ account:", "before the end"),
    # ', and' joining a piece with no verb to a whole clause
    ("true_false", "It has been four years since Mira won her last race, and nine years since her first.",
     "Mira won her last race, and nine years since her first.", "no verb"),
    # a 'here is how' clause turned round, its question word left at the end
    ("true_false", "Here is how the county counted the flood damage.",
     "The county counted the flood damage how.", "question word"),
    # a transition to what follows, which asserts nothing
    ("true_false", "Here's how the county counted the flood damage.",
     "Here's how the county counted the flood damage.", "transition"),
    ("fill_blank", "Here is why the council closed the bridge.",
     "Here is why the _____ closed the bridge.", "transition"),
    # no main verb: a noun and its relative clause, the claim about it lost
    ("true_false", "According to the mayor, the budget the council passed last week will not close the gap.",
     "According to the mayor, the budget the council passed last week.", "no main verb"),
    ("true_false", "According to the mayor, the new budget Governor Ann Lee signed into law will not close the gap.",
     "According to the mayor, the new budget Governor Ann Lee signed into law.", "no main verb"),
    # the subject of a joined clause kept without its verb
    ("true_false", "Farmers are interested in cheaper seed and the cooperative should be the supplier.",
     "Farmers are interested in cheaper seed and the cooperative.", "stops before"),
]


@pytest.mark.parametrize("kind,sentence,prompt,reason", BAD)
def test_a_garbled_text_is_refused(kind, sentence, prompt, reason):
    problem = ill_formed(_q(kind, prompt), prompt, _sentence(sentence))
    assert problem is not None and reason in problem


GOOD = [
    ("true_false", "He won the cup in 2010, and again in 2014.", "He won the cup in 2010, and again in 2014."),
    ("true_false", "The firm will sell its two plants next year.", "The firm will sell its two plants next year."),
    ("true_false", "They toured France, Spain, and Italy last spring.", "They toured France, Spain, and Italy last spring."),
    ("multiple_choice", "Lyon lost 1-2 to Porto on Sunday.", "Which club did Lyon lose to, on Sunday?"),
    ("true_false", "The Hawks won in overtime to finally, after a decade of waiting, lift the shield.",
     "The Hawks won in overtime to finally, after a decade of waiting, lift the shield."),
    ("true_false", "The budget the council passed last week will not close the gap.",
     "The budget the council passed last week will not close the gap."),
    ("true_false", "Farmers and the cooperative are interested in cheaper seed.",
     "Farmers and the cooperative are interested in cheaper seed."),
    ("true_false", "Nobody knows how the fire started.", "Nobody knows how the fire started."),
]


@pytest.mark.parametrize("kind,sentence,prompt", GOOD)
def test_a_whole_text_passes(kind, sentence, prompt):
    assert ill_formed(_q(kind, prompt), prompt, _sentence(sentence)) is None


def test_the_realiser_keeps_a_dash_before_an_apposition():
    doc = nlp.parse("The lawsuit goes to the core of the bakery’s pride – its century-old recipe.")
    kept = [t.i for t in doc if t.text != "–"]
    assert "pride – its" in realise(doc, kept)


@pytest.mark.parametrize("text,expected", [
    ("The Ohio official spoke to the Ohio Department of Health. Snow fell in Ohio.", False),
    ("The Ohio official spoke on Monday.", False),
    ("She moved to the Netherlands in May.", True),
])
def test_a_place_used_as_a_modifier_does_not_take_the(text, expected):
    name = "Netherlands" if "Netherlands" in text else "Ohio"
    assert takes_the(name, text, "STATE" if name == "Ohio" else "COUNTRY") is expected


@pytest.mark.parametrize("text,verb,expected", [
    ("Their rivalry offers some of the sharpest exchanges heard these days at the court.", "heard", True),
    ("The survey shows most voters backed the plan.", "backed", False),
])
def test_a_participle_after_its_noun_is_no_clause_verb(text, verb, expected):
    tok = next(t for t in nlp.parse(text) if t.text == verb)
    assert _participle_as_clause(tok) is expected


def test_a_statement_across_a_semicolon_is_misread():
    from quizgen.questions.complete import _cut_inside
    doc = nlp.parse("The keeper stayed down with a knee injury; however, the home side failed to score before half-time.")
    semi = next(t.i for t in doc if t.text == ";")
    kept = {t.i for t in doc if t.i != semi and t.lower_ not in ("however", ",", "keeper", "the", "stayed", "down")}
    assert _cut_inside(doc, kept) is not None
    assert _cut_inside(doc, {t.i for t in doc if t.i > semi + 2}) is None
