"""The learned ranker: the shipped model loads, reads only features the engine computes, and scores in (0, 1)."""
from __future__ import annotations

import math

import pytest

from quizgen.model import Question, Sentence
from quizgen.ranker import ArticleView, RankerModel, keep_probability, load_model, question_features

SENTENCES = (
    Sentence(0, "Mayor Ana Ruiz opened the Harbour Bridge on Monday.", 0, 51, 0),
    Sentence(1, "The bridge cost 40 million euros, the city council said.", 52, 109, 0),
    Sentence(2, "“It joins two halves of our city,” Ruiz said.", 110, 156, 1),
)
VIEW = ArticleView("Harbour Bridge opens", SENTENCES)
WHO = Question("q1", "multiple_choice", "Who opened the Harbour Bridge?", "Ana Ruiz", 0,
               choices=("Ana Ruiz", "Marta Gil", "Pedro Sanz", "Luis Mora"), focus="who", score=0.8)


def test_shipped_model_uses_only_features_the_engine_computes():
    """Every feature the model was trained on is produced for a question (no silent zeros)."""
    model = load_model()
    produced = question_features(WHO, VIEW)
    assert set(model.features) <= set(produced)
    assert len(model.features) == len(model.weights) == len(model.mean) == len(model.scale)
    assert 0.0 < model.trust <= 1.0


def test_probability_is_the_logistic_of_standardised_features():
    model = RankerModel(features=("a", "b"), mean=(1.0, 0.0), scale=(2.0, 1.0), weights=(1.0, -0.5),
                        bias=0.25, trust=0.5)
    z = 0.25 + 1.0 * (3.0 - 1.0) / 2.0 - 0.5 * 2.0
    assert model.probability({"a": 3.0, "b": 2.0}) == pytest.approx(1 / (1 + math.exp(-z)))


@pytest.mark.parametrize("question", [
    WHO,
    Question("q2", "true_false", "The bridge cost 90 million euros.", "False", 1, choices=("True", "False"),
             explanation="The bridge cost 40 million euros."),
    Question("q3", "fill_blank", "The bridge cost _____ million euros.", "40", 1),
    Question("q4", "order_events", "Put these in order.", ("a", "b"), 0, choices=("b", "a")),
])
def test_every_kind_gets_a_probability(question):
    p = keep_probability(question, VIEW)
    assert 0.0 < p < 1.0


def test_article_counts_whole_words_only():
    """'Ruiz' counts twice; 'Rui' is not a word of the article."""
    assert VIEW.count("Ruiz") == 2 and VIEW.count("Rui") == 0


def test_features_see_a_giveaway_and_a_nested_distractor():
    """An answer repeated in the stem and an option inside the answer ('Ana' in 'Ana Ruiz') are marked."""
    q = Question("q5", "multiple_choice", "Which mayor, Ana Ruiz, opened the bridge?", "Ana Ruiz", 0,
                 choices=("Ana Ruiz", "Ana", "Pedro Sanz"), focus="who")
    f = question_features(q, VIEW)
    assert f["answer_in_prompt"] == 1.0 and f["distractor_nested"] == 1.0
    assert question_features(WHO, VIEW)["answer_in_prompt"] == 0.0


def _longer(n: int) -> ArticleView:
    """The bridge article with `n` more plain sentences after its three."""
    extra = tuple(Sentence(3 + i, f"Crews painted span number {i} of the bridge.", 157 + 45 * i, 200 + 45 * i, 2 + i)
                  for i in range(n))
    return ArticleView("Harbour Bridge opens", SENTENCES + extra)


@pytest.mark.parametrize("more, sentences", [(0, 3), (5, 8), (40, 43)])
def test_features_see_the_article_length(more, sentences):
    """A question of a long article (more minor details to ask about) is told apart from one of a short one."""
    assert question_features(WHO, _longer(more))["article_sentences"] == pytest.approx(math.log1p(sentences))


def test_a_long_article_lowers_the_keep_chance():
    """The shipped model learned that teachers keep fewer questions of long articles."""
    assert keep_probability(WHO, _longer(60)) < keep_probability(WHO, _longer(0))


def _who_said(quote: str) -> Question:
    return Question("q6", "who_said", f"Who said, “{quote}”?", "Ana Ruiz", 2,
                    choices=("Ana Ruiz", "Marta Gil", "Pedro Sanz"), focus="who")


@pytest.mark.parametrize("quote, fragment", [
    ("It joins two halves of our city", False),
    ("That is why we built it", False),
    ("as the city grows, we need both halves", False),   # a partial quote (journalists' style) is fine
    ("Which is why we built it", True),                  # a relative that points at an earlier sentence
    ("But the cost was worth it", True),                 # a continuation of a quote asked before
])
def test_features_see_a_quotation_that_does_not_open_as_a_sentence(quote, fragment):
    assert question_features(_who_said(quote), VIEW)["quote_fragment"] == float(fragment)


def test_the_quote_fragment_feature_is_for_who_said_questions_only():
    q = Question("q7", "fill_blank", "“And it joins two halves of our _____,” Ruiz said.", "city", 2)
    assert question_features(q, VIEW)["quote_fragment"] == 0.0
