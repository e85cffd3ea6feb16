"""The one realiser (quizgen.realise): chosen tokens as text for event labels and for questions alike."""
from __future__ import annotations

import pytest

from quizgen.clauses import clauses_of
from quizgen.realise import clause_text, finish, fronted_question, np_text, realise, statement, subject_question

pytestmark = pytest.mark.slow

CREW = "The crew, tired and cold, reached Oslo on Monday."
PROBE = "The probe (launched in 2011) landed on Mars."
LEADERS = "The two leaders met in Rome."
BRIDGE = "On Monday, the mayor opened the new bridge."
OPENING = "The mayor opened the bridge on Monday, the city said."
MANDELA = "Nelson Mandela was freed in 1990. He said he would forgive his jailers."


def _picked(doc, words: str) -> list[int]:
    """Token indices of the words given, each matched in turn from left to right."""
    out, start = [], 0
    for w in words.split():
        i = next(t.i for t in doc[start:] if t.text == w)
        out.append(i)
        start = i + 1
    return out


@pytest.mark.parametrize("text, words, headline, expected", [
    # a question keeps a comma next to the gap; a headline drops it
    (CREW, "The crew , reached Oslo", False, "The crew, reached Oslo"),
    (CREW, "The crew , reached Oslo", True, "The crew reached Oslo"),
    # brackets whose contents were left out go in a headline
    (PROBE, "The probe ( ) landed on Mars", True, "The probe landed on Mars"),
    # neighbours keep the text's own spacing in both styles
    (CREW, "reached Oslo on Monday .", False, "reached Oslo on Monday."),
    (CREW, "reached Oslo on Monday .", True, "reached Oslo on Monday."),
    # a headline loses a trailing comma or colon
    (CREW, "The crew ,", True, "The crew"),
])
def test_realise_styles(parse, text, words, headline, expected):
    doc = parse(text)
    assert realise(doc, _picked(doc, words), headline=headline) == expected


@pytest.mark.parametrize("text, parts, replaced, replacement, expected", [
    # the order given is kept: a fronted adjunct moved to the end
    (BRIDGE, ["the mayor opened the new bridge", "On Monday"], "", "", "the mayor opened the new bridge On Monday"),
    # a replacement stands for the tokens from its start to its end
    (LEADERS, ["The two leaders met in Rome ."], "The two leaders", "Xi and Putin", "Xi and Putin met in Rome."),
    (LEADERS, ["The two leaders met in Rome ."], "in Rome", "", "The two leaders met."),
    # a swapped amount keeps the text's spacing: "$17.375", not "$ 17.375" (a giveaway in a false statement)
    ("The stock closed at $15 on Friday.", ["The stock closed at $ 15"], "15", "17.375",
     "The stock closed at $17.375"),
])
def test_realise_order_and_replacements(parse, text, parts, replaced, replacement, expected):
    doc = parse(text)
    idxs = [i for words in parts for i in _picked(doc, words)]
    replace = {}
    if replaced:
        span = _picked(doc, replaced)
        replace = {span[0]: (span[-1] + 1, replacement)}
    assert realise(doc, idxs, replace) == expected


@pytest.mark.parametrize("text, expected", [
    ("  “the bridge opened on", "The bridge opened"),        # quote mark and dangling preposition go
    ("the council met, and", "The council met"),
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
     "One two three four five six seven eight nine ten eleven twelve thirteen fourteen"),   # 14 words at most
    (" , ", ""),
])
def test_finish_headline(text, expected):
    assert finish(text) == expected


class _Nobody:
    """A resolver that knows no referents: the words stand as written."""

    def resolve(self, head):
        return None


@pytest.mark.parametrize("text, verb, dates, subject, expected", [
    (BRIDGE, "opened", "", True, "the mayor opened the new bridge"),   # the fronted date is no part of a label
    (OPENING, "opened", "", True, "The mayor opened the bridge on Monday"),
    (OPENING, "opened", "Monday", True, "The mayor opened the bridge"),  # a date's preposition goes with it
    (OPENING, "opened", "Monday", False, "opened the bridge"),
    # trimmed to fit, an amount keeps its number ("earned $ million" said nothing)
    ("In the third quarter, the Wilmington, Del., chemicals company earned $461 million, or $1.91 a share, "
     "up from $387 million, or $1.60 a share, a year earlier.", "earned", "the third quarter", True,
     "the Wilmington, Del., chemicals company earned $461 million up from $387 million"),
    # a participle joined to a passive shares its auxiliary ('made a bishop' alone turns it active)
    ("Rossi was ordained a priest in 1935 and made a bishop in 1973.", "made", "1973", True,
     "Rossi was made a bishop"),
    ("The woman was hurt in 2017 and taken to hospital in 2018.", "taken", "2018", True,
     "The woman was taken to hospital"),
    ("The man was arrested in 2019 and made a statement in 2020.", "made", "2020", True,
     "The man made a statement"),
    # an object after a comma restates the noun before it ('lifted off the first mission' misreads)
    ("On April 12, 1981, the rocket lifted off from the space center on RS-1, the first crewed mission.",
     "lifted", "April 12 , 1981", True, "the rocket lifted off from the space center on RS-1"),
    ("On Wednesday, the library suffered a data breach, as well as a wave of attacks.", "suffered", "Wednesday",
     True, "the library suffered a data breach"),
])
def test_clause_text_of_a_label(parse, text, verb, dates, subject, expected):
    doc = parse(text)
    tok = next(t for t in doc if t.text == verb)
    blocked = set(_picked(doc, dates)) if dates else set()
    assert clause_text(tok, blocked, _Nobody(), subject=subject) == expected


@pytest.mark.parametrize("word, n, expected", [
    ("He", 0, "Nelson Mandela"),            # the article index resolves the pronoun
    ("jailers", 0, "Nelson Mandela\u2019s jailers"),     # and names the owner of "his jailers"
    ("Mandela", 0, "Nelson Mandela"),
])
def test_np_text_reads_the_index(parsed_of, word, n, expected):
    parsed = parsed_of(MANDELA)
    tok = [t for t in parsed.doc if t.text == word][n]
    assert np_text(tok, set(), parsed.index) == expected


@pytest.mark.parametrize("text, form, expected", [
    (BRIDGE, "statement", "The mayor opened the new bridge on Monday."),   # the fronted date moves to the end
    (BRIDGE, "subject", "Who opened the new bridge on Monday?"),
    (OPENING, "object", "What did the mayor open on Monday?"),          # do-support, verb in its base form
    # a coordinator and brackets between kept phrases stay ('next to Turin from the members' misreads)
    ("Requests have come from the town of Sori, next to Turin, and from the members of the council.", "statement",
     "Requests have come from the town of Sori, next to Turin, and from the members of the council."),
    ("On Wednesday, the library suffered a data breach of two million user records and card numbers, as well as "
     "a wave of denial-of-service (DOS) attacks, rendering the site inaccessible.", "statement",
     "The library suffered a data breach of two million user records and card numbers, as well as a wave of "
     "denial-of-service (DOS) attacks on Wednesday."),
])
def test_clause_forms(parsed_of, text, form, expected):
    parsed = parsed_of(text)
    doc = parsed.doc
    clause = clauses_of(parsed.spans[0], 0)[0]
    if form == "statement":
        got = statement(clause, doc)
    elif form == "subject":
        got = subject_question(clause, doc, "Who", plural_subject=False)
    else:
        obj = next(t for t in doc if t.dep_ == "dobj")
        got = fronted_question(clause, doc, "What", {t.i for t in obj.subtree})
    assert got == expected
