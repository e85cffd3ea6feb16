"""Weak true/false statements and trivia blanks kept out (JUDGING.md rules 6 and 8): a phrase that
picks from a set it never names ('Each amount'), a false version swapping a year of a name, a
statement that is only an act of saying."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, vague", [
    ("Each amount is the equivalent of three months of meals.", True),
    ("Both sides signed the deal in Geneva on Monday.", True),
    ("Such cases are rare in the county.", True),
    ("Each amount of the fee covers three months of meals.", False),
    ("Both Orbix and Lumen signed the deal in Geneva on Monday.", False),
    ("Each week the council meets in Geneva.", False),
    ("The mayor has drawn both praise for the plan and criticism for its cost.", False),
])
def test_a_phrase_picking_from_an_unnamed_set_is_unresolved(parse, text, vague):
    from quizgen.questions.clauses import unresolved_definite

    doc = parse(text)
    assert unresolved_definite(doc, [t.i for t in doc], lambda w: True) is vague


_NAMED_FIGURES = ("Ann Lee sued the Orbix firm under the 2019 Fair Wages Act in Calvera. "
                  "The Calvera team won the 2018 Coastal Cup in Lyon on Monday. "
                  "Ann Lee ran 42 kilometres in Calvera in 2016.")


@pytest.mark.parametrize("text, swappable", [
    ("the 2019 Fair Wages Act", False),
    ("in 2016", True),
    ("42 kilometres", True),
])
def test_a_figure_inside_a_name_is_not_swapped(context_of, text, swappable):
    from quizgen.questions import true_false

    ctx = context_of(_NAMED_FIGURES)
    clauses = [c for cs in ctx.clauses.values() for c in cs]
    figure = text.split()[1] if text.startswith(("the", "in")) else text.split()[0]
    found = [m for c in clauses for m in true_false.swappable(ctx, c, c.sentence_id) if figure in m.text]
    assert bool(found) is swappable


_SAYINGS = ("Mayor Ann Lee tweeted using her official account on Monday. "
            "The Calvera council issued a statement on Tuesday. "
            "Ann Lee said the Calvera bridge would reopen in May. "
            "Ann Lee spoke about the Calvera bridge repairs at a meeting in Lyon. "
            "The Calvera mayor was just talking about one area on Monday.")


@pytest.mark.parametrize("verb, empty", [
    ("tweeted", True),
    ("issued", True),
    ("said", False),
    ("spoke", False),
    ("talking", True),
])
def test_an_act_of_saying_without_its_content_makes_no_statement(context_of, verb, empty):
    from quizgen.questions import true_false

    ctx = context_of(_SAYINGS)
    clauses = [c for cs in ctx.clauses.values() for c in cs if c.verb.text == verb]
    assert clauses, verb
    assert true_false.says_nothing(clauses[0]) is empty


_VIEW_TEXT = ["Sea drills grow rare.", "The Navy held a drill.", "Drills are costly."]


@pytest.mark.parametrize("prompt, answer, focus, aside", [
    ("Landings are so rare that sailors made news when the Navy held a drill at Oregon's _____.",
     "Camp Harlow", "organisation", True),
    ("Landings are so rare that sailors made news when the Navy held a drill at _____'s Camp Harlow.",
     "Oregon", "state", True),
    ("Sailors cheered while the fleet docked at the _____.", "Harlow Pier", "place", True),
    ("The Navy held its largest drill at _____ on Monday.", "Camp Harlow", "organisation", False),
    ("The drill took place at Oregon's _____.", "Camp Harlow", "organisation", False),
    ("Sailors cheered when the fleet docked at the pier of _____.", "Ann Lee", "person", False),
])
def test_the_place_of_a_side_clause_is_no_quiz_blank(prompt, answer, focus, aside):
    from quizgen.model import Question, Sentence
    from quizgen.questions.worth import quiz_doubt
    from quizgen.ranker import ArticleView

    view = ArticleView("Navy drills grow rare", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_VIEW_TEXT)])
    q = Question("q", "fill_blank", prompt, answer, 2, focus=focus)
    doubt = quiz_doubt(q, view)
    assert (doubt is not None and "side happening" in doubt) is aside


_STORY = ["Storm snarls holiday travel in Ohio.", "Snow closed roads across Ohio on Tuesday.",
          "Flights were cancelled in Dayton.", "The Lee family had planned to drive to Dayton.", "Ann Lee said the flight cost a fortune.",
          "The Ross family runs the Dayton shelter.", "Ross said the shelter is full.", "Ross opened more beds.",
          "Officials said the Ohio roads would reopen."]


@pytest.mark.parametrize("prompt, anecdote", [
    ("The Lee family had planned to drive to Dayton.", True),
    ("The Ross family runs the Dayton shelter.", False),           # named three times: an actor
    ("Snow closed roads across Ohio on Tuesday.", False),
    ("The Ohio drivers were stuck for hours.", False),              # the headline's place
])
def test_a_statement_on_a_passer_by_is_an_anecdote(prompt, anecdote):
    from quizgen.model import Question, Sentence
    from quizgen.questions.worth import quiz_doubt
    from quizgen.ranker import ArticleView

    view = ArticleView(_STORY[0], [Sentence(i, t, 0, 0, i) for i, t in enumerate(_STORY[1:])])
    q = Question("q", "true_false", prompt, "True", 2, choices=("True", "False"))
    doubt = quiz_doubt(q, view)
    assert (doubt is not None and "anecdote" in doubt) is anecdote


@pytest.mark.parametrize("prompt, answer, fine_print", [
    ("Most ticket refunds expire within _____ after the first show.", "48-hours", True),
    ("Ann Lee was on the witness stand across _____.", "three days", True),
    ("The Navy finished the drill within _____ of the order.", "$5 million", False),
    ("The Navy held the drill for _____.", "three days", False),
])
def test_a_length_that_bounds_a_term_is_fine_print(prompt, answer, fine_print):
    from quizgen.model import Question, Sentence
    from quizgen.questions.worth import quiz_doubt
    from quizgen.ranker import ArticleView

    view = ArticleView("Navy drills grow rare", [Sentence(i, t, 0, 0, i) for i, t in enumerate(_VIEW_TEXT)])
    q = Question("q", "fill_blank", prompt, answer, 2, focus="number")
    doubt = quiz_doubt(q, view)
    assert (doubt is not None and "fine print" in doubt) is fine_print


@pytest.mark.parametrize("body, verb, misread", [
    ("The $40 entry fee covers all running costs so all raised money will be used for the Calvera shelter.",
     "covers", True),
    ("Ann Lee said the Calvera bridge would reopen in May.", "said", False),
    ("The Calvera report shows that prices rose in May.", "shows", False),
])
def test_a_clause_on_a_verb_that_takes_none_is_a_misparse(context_of, body, verb, misread):
    from quizgen.questions.complete import misread_clause

    ctx = context_of(body)
    clause = next(c for cs in ctx.clauses.values() for c in cs if c.verb.text == verb)
    assert (misread_clause(ctx.doc, clause, set(clause.tokens)) is not None) is misread


@pytest.mark.parametrize("body, verb", [
    ("The Calvera festival featured Ann Lee singing the anthem.", "featured"),
    ("The Calvera grant helped the school open a new lab.", "helped"),
])
def test_a_participle_or_bare_verb_object_is_no_misparse(context_of, body, verb):
    from quizgen.questions.complete import misread_clause

    ctx = context_of(body)
    clause = next(c for cs in ctx.clauses.values() for c in cs if c.verb.text == verb)
    assert misread_clause(ctx.doc, clause, set(clause.tokens)) is None


@pytest.mark.parametrize("body, blanked", [
    ("Donors give $110, $220 or $440 to Calvera. Each amount is the equivalent of 3 months, 6 months, or one year "
     "of meals for a child in Calvera.", False),
    ("Donors give $110, $220 or $440 to Calvera. Each amount of the Calvera fund is the equivalent of 3 months, "
     "6 months, or one year of meals for a child.", True),
])
def test_no_blank_in_a_sentence_whose_subject_picks_from_an_unnamed_set(context_of, body, blanked):
    from quizgen.questions import fill_blank

    qs = fill_blank.generate(context_of(body))
    assert any(q.sentence_id == 1 for q in qs) is blanked
