"""Second right answers (JUDGING.md rule 3): a name whose predicate the article also states of another
name of its kind stays out of the default quiz; a capital or a people's adjective keyed in a blank
accepts the country the article names."""
from __future__ import annotations

from types import SimpleNamespace

from quizgen.model import Question
from quizgen.nlp import load
from quizgen.questions import second_holders
from quizgen.questions.fill_blank import accepted
from quizgen.questions.second_holder import second_holder

RULE = ("The government announced a new travel rule on Monday. Visitors from Peru, Chile and Bolivia, which "
        "are covered by the rule, must apply for visas. Norway and all students are covered by the rule. "
        "Officials in Chile praised the rule.")


def _sentences():
    return list(load()(RULE).sents)


def test_a_name_said_of_as_others_of_its_kind_are_has_a_second_answer():
    spans = _sentences()
    q = Question(id="a", type="fill_blank", prompt="_____ and all students are covered by the rule.",
                 answer="Norway", sentence_id=2)
    assert second_holder(q, spans[2]) == "Peru"
    assert set(second_holders([q], SimpleNamespace(spans=spans))) == {"a"}


def test_a_predicate_said_of_no_other_name_is_single():
    spans = _sentences()
    q = Question(id="b", type="fill_blank", prompt="Officials in _____ praised the rule.", answer="Chile",
                 sentence_id=3)
    assert second_holder(q, spans[3]) is None


ARTICLE = "Officials in Lisbon said the talks went well. Portugal and Spain will meet again in June."


def test_a_capital_keyed_accepts_its_country_the_article_names():
    assert "Portugal" in accepted("Lisbon", "", ARTICLE)
    assert "Portugal" not in accepted("Lisbon", "", "Officials in Lisbon said the talks went well.")


def test_a_peoples_adjective_accepts_its_country():
    assert "Portugal" in accepted("Portuguese", "", ARTICLE)


def test_a_country_keyed_does_not_accept_its_capital():
    assert "Lisbon" not in accepted("Portugal", "", ARTICLE)


def test_a_light_verb_is_compared_with_the_verb_it_takes():
    spans = list(load()("Mayor Carla Diaz tried to stop the vote. Senator Paul Grant tried to delay the "
                        "budget.").sents)
    q = Question(id="c", type="fill_blank", prompt="Senator _____ tried to delay the budget.", answer="Paul Grant",
                 sentence_id=1)
    assert second_holder(q, spans[1]) is None
