"""The ranker's features that tell a story's point from its side details (JUDGING.md rule 6)."""
from __future__ import annotations

import math

import pytest

from quizgen.model import Question, Sentence
from quizgen.ranker import ArticleView, RankerModel, keep_probability, question_features

TEXTS = (
    "The river port of Dalby closed on Tuesday after a storm flooded its docks.",
    "Port workers moved the cargo of three ships to higher ground, the harbour master said.",
    "A bakery on the quay sold bread to the workers all night.",
    "The flooded docks of Dalby will stay closed until the river falls.",
)
SENTENCES = tuple(Sentence(i, t, 100 * i, 100 * i + len(t), i) for i, t in enumerate(TEXTS))
VIEW = ArticleView("Storm floods the docks of Dalby port", SENTENCES)
ASIDE = Question("a", "fill_blank", "A _____ on the quay sold bread to the workers all night.", "bakery", 2)
POINT = Question("p", "fill_blank", "The flooded docks of _____ will stay closed until the river falls.", "Dalby", 3)


def test_a_sentence_on_the_headline_and_lead_shares_more_of_their_words_than_an_aside():
    """'flooded docks Dalby closed river' are the headline's and the lead's words; the bakery shares
    only 'workers' (the lead's)."""
    assert question_features(POINT, VIEW)["evidence_lead_words"] == pytest.approx(math.log1p(5))
    assert question_features(ASIDE, VIEW)["evidence_lead_words"] == pytest.approx(math.log1p(1))


def test_a_lead_sentence_is_not_compared_with_itself():
    """The first sentence meets the headline ('storm', 'flood...', 'docks', 'Dalby', 'port') and the
    second sentence ('port'), never its own words: five, not all eleven of its own."""
    first = Question("f", "fill_blank", "The river port of _____ closed on Tuesday.", "Dalby", 0)
    assert question_features(first, VIEW)["evidence_lead_words"] == pytest.approx(math.log1p(5))


def test_a_model_that_weighs_the_lead_words_ranks_the_point_above_the_aside():
    model = RankerModel(features=("evidence_lead_words",), mean=(1.0,), scale=(1.0,), weights=(0.5,),
                        bias=0.0, trust=0.9)
    assert keep_probability(POINT, VIEW, model=model) > keep_probability(ASIDE, VIEW, model=model)


def test_the_score_does_not_depend_on_the_question_s_place_in_the_bank():
    """The features read the question and its article only: no rule score, no rank in the bank, which
    change when other questions join or leave the bank."""
    ranked = question_features(POINT, VIEW)
    rescored = question_features(Question(**{**POINT.__dict__, "score": 0.1}), VIEW)
    assert ranked == rescored
    assert "bank_rank" not in ranked and "engine_score" not in ranked
