"""Reported speech: 'X said CLAUSE' gives 'According to X, CLAUSE.' when X is named and the claim stands alone."""
from __future__ import annotations

import pytest

from quizgen.questions import reported, true_false
from quizgen.questions.true_false import with_prefix

pytestmark = pytest.mark.slow

OPENING = "The council of Tollby met on Monday. "


@pytest.mark.parametrize("said, expected", [
    ("A school for local children will open in an old mill, Mayor John Peterson said.",
     "According to John Peterson, a school for local children will open in an old mill."),
    ('John Peterson said that "a school for local children will open in an old mill".',
     "According to John Peterson, a school for local children will open in an old mill."),
])
def test_named_speakers_claim_is_stated_with_its_speaker(context_of, said, expected):
    """A claim with no name of its own, which true_false leaves out, is stated as its speaker's."""
    qs = reported.generate(context_of(OPENING + said))
    assert [(q.prompt, q.answer) for q in qs] == [(expected, "True")]


@pytest.mark.parametrize("said", [
    "A school for local children will open in an old mill, he said.",          # nobody to name
    "A school for local children will open in an old mill, a spokesman said.",  # nobody named
    # the tagger took 'Education' into the name: 'According to Education John Peterson'
    "Minister of Education John Peterson said a school for local children will open in an old mill.",
    "The bridge will carry trucks from a quarry, John Peterson said.",          # which bridge?
])
def test_no_statement_without_a_named_speaker_and_a_whole_claim(context_of, said):
    """An unnamed speaker, a title read into the name, or a claim leaning on 'the ...' gives nothing."""
    assert reported.generate(context_of(OPENING + said)) == []


def test_clause_true_false_states_already_is_left_to_it(context_of):
    """A clause true_false states ('According to X, ...' with a name in it) is not made twice."""
    ctx = context_of(OPENING + "John Peterson said schools in Tollby were closing because families were leaving.")
    assert not any("schools in Tollby were closing" in q.prompt for q in reported.generate(ctx))


def test_statement_and_who_said_question_on_one_claim_stay_one(context_of):
    """'According to X, ...' tells who said it: beside a who-said question on that claim the bank keeps one."""
    from quizgen.model import Question
    from quizgen.questions.ranking import rank, shared_facts

    ctx = context_of(OPENING + 'John Peterson said that "a school for local children will open in an old mill".')
    said = reported.generate(ctx)[0]
    who = Question(id="w", type="who_said", prompt='Who said "a school for local children will open in an old mill"?',
                   answer="John Peterson", sentence_id=said.sentence_id, choices=("John Peterson", "Ann Lee", "Bo Li"))
    assert len(rank([who, said], {}, 2, shared_facts([who, said]))) == 1



@pytest.mark.parametrize("claim, expected", [
    ("Six of the pupils were taken to the county hospital.", "six of the pupils"),     # a swapped-in number
    ("Five of the pupils were taken to the county hospital.", "five of the pupils"),
])
def test_a_number_word_opening_the_claim_goes_in_lower_case(context_of, claim, expected):
    """'According to X, six of ...': a false twin's number word, no word of the article to look up,
    follows the prefix in mid-sentence case like the true one's."""
    ctx = context_of(OPENING + "Five of the pupils were taken to the county hospital, Mayor John Peterson said.")
    text = with_prefix("According to John Peterson,", claim, ctx.doc)
    assert text.startswith("According to John Peterson, " + expected)


@pytest.mark.parametrize("said", [
    "Peterson has called the quarry firm a careless neighbour, Peterson said on Tuesday.",
    "Peterson's office has called the quarry firm a careless neighbour, Peterson said on Tuesday.",
])
def test_speaker_named_in_the_claim_is_not_named_twice(context_of, said):
    """'According to John Peterson, Peterson has called ...': the claim names its speaker by family name."""
    ctx = context_of(OPENING + "Mayor John Peterson closed the bridge on Monday. " + said)
    prompts = [q.prompt for q in true_false.generate(ctx) + reported.generate(ctx)]
    assert not any(p.startswith("According to John Peterson, Peterson") for p in prompts)


def test_a_saying_joined_by_while_is_not_the_first_speakers(context_of):
    """'X suggested that A while Y said B': Y's saying is told by the writer, not reported by X; no
    statement puts it 'According to X'."""
    ctx = context_of("The city council approved the harbor plan on Tuesday. Mayor Ellen Varga suggested that the "
                     "plan was being delayed by careless planning while Councilor Tom Reed said her remarks "
                     "were both misleading and unfair.")
    prompts = [q.prompt for q in true_false.generate(ctx) + reported.generate(ctx)]
    assert any("Tom Reed said" in p for p in prompts)
    assert not any(p.startswith("According to Ellen Varga") and "Tom Reed" in p for p in prompts)
