"""True-false: true statements the article makes and false ones with one fact swapped, never true elsewhere."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.questions import true_false
from quizgen.questions.context import phrase_in

pytestmark = pytest.mark.slow

BODY = ("Russia invaded Ukraine on Feb. 24. "
        "Barclays walked away from the deal on Sunday. "
        "Bank of America agreed on Sunday to buy Merrill Lynch for about $50 billion. "
        "The Treasury took control of Fannie Mae on Sept. 7. "
        "Steven A. Hawley held the telescope at the end of the boom. "
        "Loren J. Shriver commanded the flight. "
        "China sent food to Ukraine in March. "
        "Germany sent money to Poland in April.")


KIND = "true_false"      # the conftest's `generated` fixture builds (context, questions) from BODY


def test_both_true_and_false_statements(generated):
    _, qs = generated
    assert {q.answer for q in qs} == {"True", "False"}
    assert all(q.choices == ("True", "False") and q.prompt.endswith(".") for q in qs)


def test_false_statements_explain_and_are_not_true_anywhere(generated):
    ctx, qs = generated
    body = " ".join(s.text for s in ctx.parsed.sentences)
    for q in qs:
        if q.answer == "False":
            assert q.explanation.startswith("The article says:")
            assert q.prompt[:-1] not in body
            assert q.prompt not in q.explanation


def test_true_statements_come_from_their_evidence_sentence(generated):
    ctx, qs = generated
    for q in qs:
        if q.answer == "True":
            words = [w for w in q.prompt.rstrip(".").split() if w[0].isupper()]
            assert all(phrase_in(w, ctx.parsed.sentences[q.sentence_id].text) for w in words), q


def test_swap_never_uses_a_fact_stated_elsewhere(context_of):
    # "China sent ... to Ukraine" and "Germany sent ... to Poland": swapping China for Germany in the first
    # would still be checked against the second sentence, which shares the verb and names Germany
    ctx = context_of(BODY)
    for q in true_false.generate(ctx):
        if q.answer == "False" and "sent food" in q.prompt:
            assert not q.prompt.startswith("Germany")


@pytest.mark.parametrize("names, expected", [
    (["Board of", "Harbour Trust"], ["Harbour Trust"]),                 # a name cut before its last word
    (["The Daily Courier", "Harbour Trust"], ["Harbour Trust"]),        # its own 'The' after 'Oslo-based'
    (["McManus'", "Harbour Trust"], ["Harbour Trust"]),
    (["Hansen the Harbour Trust", "Harbour Trust"], ["Harbour Trust"]),    # two names the tagger ran together
])
def test_only_whole_names_are_swapped_in(context_of, names, expected):
    from quizgen.questions.true_false import _whole_names
    ctx = context_of("The Oslo-based Nortek Group dominates the market for marine radar sets in Norway. "
                     "The Harbour Trust bought two.")
    m = next(m for m in ctx.index.mentions if m.text == "Nortek Group")
    assert _whole_names(ctx, m, names) == expected


def test_an_organisation_named_by_its_kind_is_not_swapped(context_of):
    """'the weekly magazine Coast Review': another organisation in its place is no magazine."""
    from quizgen.questions.true_false import _unswappable
    ctx = context_of("Olsen read an article in the weekly magazine Coast Review about the Harbour Trust. "
                     "The Harbour Trust denied it.")
    m = next(m for m in ctx.index.mentions if m.text == "Coast Review")
    assert _unswappable(ctx, None, m)


@pytest.mark.parametrize("body, name, fixed", [
    ("Maria Olsen of the Harbour Gazette wrote that the ferry strike would last a week. "
     "Peter Lund led the strike.", "Maria Olsen", True),
    ("Tom Berg of Nortek Group said the radar order was late. Anna Holm signed the order.", "Tom Berg", True),
    # 'of' a place is where the person lives, not whom they work for
    ("Tom Berg of Oslo said the radar order was late. Anna Holm signed the order.", "Tom Berg", False),
    ("Tom Berg said the radar order was late. Anna Holm signed the order.", "Tom Berg", False),
])
def test_a_person_named_with_their_body_is_not_swapped(context_of, body, name, fixed):
    """'X of Yahoo Sports summed up ...': another person of the story put there works elsewhere (absurd)."""
    from quizgen.questions.true_false import _unswappable
    ctx = context_of(body)
    m = next(m for m in ctx.index.mentions if m.text == name)
    assert _unswappable(ctx, SimpleNamespace(tokens=()), m) is fixed


@pytest.mark.parametrize("body, statement, made", [
    # the tagger leaves the repeated surname untagged (or a lone 'organisation'): it still names the actor
    ("Police arrested ferry engineer Halvard Ostvik in Bergen on Monday. "
     "Ostvik contacted former members of the crew union.", "Ostvik contacted former members", True),
    ("Police arrested ferry engineer Halvard Ostvik in Bergen on Monday. "
     "Ostvik had read an article in a trade paper.", "Ostvik had read an article", True),
    # a capitalised word of no person's name anchors nothing: a title, a word of a place's name
    ("Police arrested ferry engineer Halvard Ostvik in Bergen on Monday. "
     "Engineers had read an article in a trade paper.", "Engineers had read an article", False),
    ("Police arrested ferry engineer Halvard Ostvik in Bergen on Monday. Ambassador Ruth Lane praised "
     "the Bergen police. The Ambassador had read an article in a trade paper.", "Ambassador had read", False),
    ("Rangers moved all the goats from Pell Island in March. "
     "The Pell ground lizard came back in large numbers.", "lizard came back", False),
])
def test_a_surname_of_a_fuller_name_anchors_a_statement(context_of, body, statement, made):
    """'Montalvo contacted former members of X' is a fact about a named actor, stated by the article."""
    qs = true_false.generate(context_of(body))
    texts = [q.prompt for q in qs] + [q.twin.prompt for q in qs if q.twin is not None]
    assert any(statement in t for t in texts) is made


@pytest.mark.parametrize("left_out, skips", [
    ({"Lie"}, True),        # 'Ostvik, Berg and expressed ...': the list lost its last member
    (set(), False),
])
def test_a_statement_that_skips_a_listed_name_is_seen(context_of, left_out, skips):
    from quizgen.questions.true_false import _skips_after_coordinator
    ctx = context_of("Ostvik, Berg and Lie expressed their concerns about the strike.")
    toks = [t.i for t in ctx.doc if t.text not in left_out and t.text != "."]
    assert _skips_after_coordinator(ctx.doc, toks) is skips


@pytest.mark.parametrize("second, repeats", [
    # puts in the first one's true value, and its own true value is the first one's wrong one
    (("Republicans led in Oregon and Idaho.", "Republicans led in Kansas and Idaho."), True),
    # its true value is the first one's wrong one: its correction gives the first away
    (("Republicans led in Utah and Idaho.", "Republicans led in Kansas and Idaho."), True),
    (("Republicans led in Utah and Idaho.", "Republicans led in Texas and Idaho."), False),
])
def test_two_false_statements_trading_values_are_a_repeat(second, repeats):
    from quizgen.model import Question
    from quizgen.questions import _repeats_answer

    def false(prompt: str, true: str) -> Question:
        twin = Question(id="t", type="true_false", prompt=true, answer="True", sentence_id=0, choices=("True", "False"))
        return Question(id="f", type="true_false", prompt=prompt, answer="False", sentence_id=0,
                        choices=("True", "False"), explanation="The article says: " + true, twin=twin)
    first = false("Democrats won seats in Kansas, Ohio and Maine.", "Democrats won seats in Oregon, Ohio and Maine.")
    assert _repeats_answer(false(*second), [first]) is repeats


@pytest.mark.parametrize("options, repeats", [
    (("$3.05 billion", "$3.16 billion", "$1.66 billion", "$4.15 billion"), True),
    (("$3.05 billion", "$2.10 billion", "$1.66 billion", "$4.15 billion"), False),
])
def test_two_questions_offering_each_others_key_are_a_repeat(options, repeats):
    # figures 3.5 % apart: within 1 % they would be one figure anyway (same_figure)
    from quizgen.model import Question
    from quizgen.questions import _repeats_answer
    sales = Question(id="a", type="multiple_choice", prompt="How much did sales reach?", answer="$3.16 billion",
                     sentence_id=2, choices=("$1.66 billion", "$4.16 billion", "$3.16 billion", "$3.05 billion"), focus="number")
    estimate = Question(id="b", type="multiple_choice", prompt="How much did analysts estimate on average?",
                        answer="$3.05 billion", sentence_id=3, choices=options, focus="number")
    assert _repeats_answer(estimate, [sales]) is repeats


def test_two_quotations_offering_each_others_speaker_are_no_repeat():
    from quizgen.model import Question
    from quizgen.questions import _repeats_answer
    people = ("Ann Roe", "Tom Lee", "Kai Berg", "Ida Moss")
    first = Question(id="a", type="who_said", prompt="Who said, “We will win”?", answer="Ann Roe",
                     sentence_id=2, choices=people, focus="person")
    second = Question(id="b", type="who_said", prompt="Who said, “They will lose”?", answer="Tom Lee",
                      sentence_id=5, choices=people, focus="person")
    assert not _repeats_answer(second, [first])


@pytest.mark.parametrize("first, second, repeats", [
    ("At least 61", "61", True),                 # one toll keyed twice, once with its bound
    ("more than $2 million", "$2 million", True),
    ("At least 61", "16", False),
    ("some residents", "residents", False),      # no figure: the hedge rule leaves words alone
])
def test_a_figure_keyed_twice_with_and_without_its_bound_is_a_repeat(first, second, repeats):
    from quizgen.model import Question
    from quizgen.questions import _repeats_answer
    how_many = Question(id="a", type="multiple_choice", prompt="How many people died in the fire?", answer=first,
                        sentence_id=1, choices=(first, "x", "y", "z"), focus="how many")
    blank = Question(id="b", type="fill_blank", prompt="Officials said _____ people were confirmed dead.",
                     answer=second, sentence_id=4, focus="number")
    assert _repeats_answer(blank, [how_many]) is repeats
