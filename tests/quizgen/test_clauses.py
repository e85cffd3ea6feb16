"""The clause model (quizgen.clauses): each verb's frame and each sentence's asserted clauses, built once
by the pipeline and read, never written, by events and questions."""
from __future__ import annotations

import dataclasses

import pytest

from quizgen.clauses import ArticleClauses, frame_of, quoted_tokens


def _verb(parsed, word: str):
    return next(t for t in parsed.doc if t.text == word)


@pytest.mark.parametrize("text, verb, fact, expected", [
    ("The council did not approve the plan.", "approve", "negated", True),
    ("No one was hurt in the fire.", "hurt", "negated", True),
    ("The council approved the plan.", "approved", "negated", False),
    ("The mayor could face new charges.", "face", "hypothetical", True),
    ("The mayor said he would release the report.", "release", "hypothetical", False),   # a plan, not a guess
    ("If the rain stops, the match will resume.", "stops", "conditional", True),
    ("The rain stopped and the match resumed.", "stopped", "conditional", False),
    ("The bridge will open next month.", "open", "future", True),
    ("The bridge opened last month.", "opened", "future", False),
    ("The festival is expected to draw large crowds.", "expected", "future", True),
])
def test_a_verbs_frame_says_its_negation_modality_condition_and_tense(parsed_of, text, verb, fact, expected):
    parsed = parsed_of(text)
    assert getattr(parsed.clauses.frame(_verb(parsed, verb)), fact) is expected


@pytest.mark.parametrize("text, verb, frame", [
    ("Officials said the factory closed on Monday.", "closed", "said"),
    ("The mayor announced that the library reopened.", "reopened", "announced"),
    ("The factory closed on Monday.", "closed", None),
    ("The workers closed the factory and said nothing.", "said", None),     # a saying, not said content
])
def test_the_reporting_frame_is_the_verb_of_saying_above_a_clause(parsed_of, text, verb, frame):
    parsed = parsed_of(text)
    said = parsed.clauses.frame(_verb(parsed, verb)).reporting
    assert (said.text if said is not None else None) == frame


@pytest.mark.parametrize("text, verb, subject", [
    ("The mayor opened the bridge and cut the ribbon.", "cut", "mayor"),     # shared with the first verb
    ("The committee wants to build a stadium.", "build", "committee"),       # the verb it completes
    ("It rained heavily.", "rained", "It"),
])
def test_a_frames_subject_is_its_own_or_the_one_it_shares(parsed_of, text, verb, subject):
    parsed = parsed_of(text)
    assert parsed.clauses.frame(_verb(parsed, verb)).subject.text == subject


@pytest.mark.parametrize("text, inside, outside", [
    ('"We won the cup," the coach said.', ["We", "won", "cup"], ["coach", "said"]),
    ("The coach said \u201cwe will be back\u201d after the game.", ["will", "back"], ["coach", "game"]),
    ("The coach said nothing.", [], ["coach", "said"]),
])
def test_quoted_words_are_the_ones_inside_double_marks(parsed_of, text, inside, outside):
    parsed = parsed_of(text)
    quoted = quoted_tokens(parsed.doc)
    assert all(_verb(parsed, w).i in quoted for w in inside)
    assert not any(_verb(parsed, w).i in quoted for w in outside)
    assert parsed.clauses.quoted == quoted


@pytest.mark.parametrize("text, verbs", [
    ("The mayor opened the new bridge on Monday.", ["opened"]),
    ("The mayor did not open the new bridge.", []),                       # negated: nothing happened
    ("If the mayor opens the bridge, the crowd will cheer.", ["cheer"]),  # the if-clause is no fact
    ("He opened the new bridge on Monday.", []),                          # a pronoun subject names nobody
    ("The mayor opened the bridge and the crowd cheered loudly.", ["opened", "cheered"]),
])
def test_asserted_clauses_are_finite_named_and_unconditional(parsed_of, text, verbs):
    parsed = parsed_of(text)
    assert [c.verb.text for c in parsed.clauses.by_sentence[0]] == verbs


def test_the_two_leaders_are_named_from_earlier_sentences(parsed_of):
    parsed = parsed_of("Maria Lopez met Daniel Kern in Geneva on Monday. "
                       "The two leaders signed a trade agreement on Tuesday.")
    clause = next(c for c in parsed.clauses.by_sentence[1] if c.verb.text == "signed")
    assert list(clause.group.values()) == ["Maria Lopez and Daniel Kern"]
    start = next(iter(clause.group))
    assert parsed.doc[start:clause.group_span[start]].text == "The two leaders"


def test_a_spokesman_is_not_one_of_the_two_leaders(parsed_of):
    # 'Ernst said the two leaders ...' once named the pair 'Daniel Kern and Josh Ernst': a wrong key
    parsed = parsed_of("Maria Lopez met Daniel Kern in Geneva on Monday for two hours, and spokesman Josh Ernst "
                       "briefed reporters. After the meeting, Ernst said the two leaders did not resolve all of "
                       "their differences.")
    clause = next(c for c in parsed.clauses.by_sentence[1] if c.verb.text == "said")
    assert list(clause.group.values()) in ([], ["Maria Lopez and Daniel Kern"])


def test_the_model_is_built_once_and_nothing_writes_into_it(parsed_of, context_of):
    parsed = parsed_of("The mayor opened the new bridge on Monday.")
    clauses = parsed.clauses
    assert isinstance(clauses, ArticleClauses)
    with pytest.raises(dataclasses.FrozenInstanceError):
        clauses.by_sentence[0][0].quoted = True
    with pytest.raises(TypeError):
        clauses.by_sentence[0] = ()
    verb = _verb(parsed, "opened")
    assert clauses.frame(verb) == frame_of(verb, clauses.quoted)
    ctx = context_of("The mayor opened the new bridge on Monday.")
    assert ctx.clauses is ctx.parsed.clauses.by_sentence and ctx.quoted is ctx.parsed.clauses.quoted


@pytest.mark.parametrize("text, speakers", [
    ('"We will rebuild the hall," the mayor said on Friday.', [("said", "mayor")]),
    ('The coach told reporters that "the team played its best game."', [("told", "coach")]),
    ('"I said no to the offer," she added, and the manager replied later.', [("added", "she"), ("replied", "manager")]),
    ("The bridge opened on Friday after a long delay.", []),
])
def test_verbs_of_saying_outside_quotes_name_who_speaks(parsed_of, text, speakers):
    parsed = parsed_of(text)
    found = [(v.text, s.text) for span in parsed.spans for v, s in parsed.clauses.quoting(span)]
    assert found == speakers


@pytest.mark.parametrize("text, date, verb, future", [
    ("The leaders met on Tuesday to sign the treaty.", "Tuesday", "met", False),
    ("The museum will reopen in May after repairs.", "May", "reopen", True),
    ("Officials said the school closed on Monday.", "Monday", "closed", False),
])
def test_a_date_is_read_with_the_clause_it_modifies_and_its_tense(parsed_of, text, date, verb, future):
    parsed = parsed_of(text)
    phrase = next(e for e in parsed.doc.ents if e.text == date)
    attached = parsed.clauses.attached(phrase)
    assert attached.text == verb and parsed.clauses.future(attached) is future
