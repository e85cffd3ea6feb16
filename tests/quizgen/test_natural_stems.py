"""Stems in natural English (JUDGING rule 1): a comment phrase stays in front, the article's stray spacing is
mended, and cut shapes are refused (an aside's closing comma: test_stand_ins)."""
from __future__ import annotations

import pytest

from quizgen.clauses import clauses_of
from quizgen.questions.marks import tidy_marks
from quizgen.realise import fronted_question
from quizgen.wellformed import faults


def _clause(parsed_of, text):
    parsed = parsed_of(text)
    return parsed.doc, clauses_of(parsed.spans[0], 0)[0]


def _asked(doc, clause, word, wh):
    """The question asking for the phrase that opens on `word` (its preposition's whole phrase)."""
    tok = next(t for t in doc if t.text == word)
    return fronted_question(clause, doc, wh, {t.i for t in tok.subtree})


@pytest.mark.parametrize("text, word, wh, expected", [
    # a fronted comment opening on 'not' or a phrase of its own no longer goes to the question's end
    ("Not surprisingly, the price of timber jumped on Wednesday.", "on", "When",
     "Not surprisingly, when did the price of timber jump?"),
    ("By all accounts, the storm hit the old harbour on Friday.", "on", "When",
     "By all accounts, when did the storm hit the old harbour?"),
    # a list's commas and no side phrase: nothing to close
    ("Austria, Denmark and Sweden will join the scheme in 2026.", "in", "When",
     "When will Austria, Denmark and Sweden join the scheme?"),
    ("The repair of the two ferries will cost about $9 million.", "million", "How much",
     "How much will the repair of the two ferries cost?"),
])
def test_question_reads_whole(parsed_of, text, word, wh, expected):
    doc, clause = _clause(parsed_of, text)
    assert _asked(doc, clause, word, wh) == expected


@pytest.mark.parametrize("prompt, expected", [
    ("The stake was worth $ 2.5 billion at _____'s price.", "The stake was worth $2.5 billion at _____'s price."),
    ("The firm sold its plant to the energy group _____ .", "The firm sold its plant to the energy group _____."),
    ("Who said, \u201cWhy did nobody warn us?\u201d?", "Who said, \u201cWhy did nobody warn us?\u201d"),
    ("Who said, \u201cWe will rebuild the pier\u201d?", "Who said, \u201cWe will rebuild the pier\u201d?"),
    ("The mill's share is far below those of Acme Corp. and Bolt Inc. respectively.",
     "The mill's share is far below those of Acme Corp. and Bolt Inc."),
    ("Acme and Bolt hold 40% and 36% of the market, respectively.",
     "Acme and Bolt hold 40% and 36% of the market, respectively."),
])
def test_tidy_marks(prompt, expected):
    assert tidy_marks(prompt) == expected


@pytest.mark.parametrize("text, fault", [
    ("According to Ann Reed, the mill was sold in 1990 when.", "question word at the end"),
    ("The council counted the flood damage how.", "question word at the end"),
    ("Which town is building a new harbour where?", "question word at the end"),
    ("Who blocked the shot from Tom Hale when?", "question word at the end"),
    ("The report revealed its method how.", "question word at the end"),
    ("The mill's share is far below the shares of Acme Corp. and Bolt Inc. respectively.",
     "respectively without two lists"),
    ("How many wagons and the engine left the track?", "two things counted"),
    ("How many trips to the moon for the agency and several private trips had the firm made?", "two things counted"),
    ("How many goals in 12 games and 300 minutes did Lee score?", "two things counted"),
])
def test_cut_shapes_are_garbled(text, fault):
    assert fault in faults(text)


@pytest.mark.parametrize("text", [
    "Officials did not say when.",
    "It is not clear why.",
    "The police did not explain how.",
    "Who said, \u201cThe question is not whether we act, but when and how\u201d?",
    "Acme and Bolt hold about 40% and 36% of the market, respectively.",
    "How many homes and businesses lost power?",
    "How many people in Austria, Belgium, the Netherlands and Spain use the euro?",
    "How many members, including seven princesses and five princes, does the family have?",
])
def test_whole_shapes_are_left_alone(text):
    found = faults(text)
    assert not {"question word at the end", "respectively without two lists", "two things counted"} & set(found)


@pytest.mark.parametrize("text, stranded", [
    ("Where did the second cup stage in qualifying for?", True),
    ("Which organization was the final game played at?", True),
    ("Who was the painter a hero for?", True),
    ("What did the council vote on?", False),                      # the verb's own preposition
    ("Which country did the hackers appear to operate from?", False),
    ("Who said, \u201cI was too tired to begin with\u201d?", False),  # a quotation's own end
])
def test_a_question_ending_on_a_stray_preposition_is_garbled(text, stranded):
    assert ("stranded preposition" in faults(text)) is stranded
