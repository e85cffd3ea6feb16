"""Timeline labels that read as headlines: over twelve words they lose words that only describe a
noun (a title, a place phrase, a place owning a named body, a statement frame around what was said);
a noun a page wrote twice around a name is said once; a participle set off by commas after a noun is
no past verb of it; a cut infinitive gets its phrase back; 'Crown' stays with 'Prince' when a name
is cleaned of its title."""
from __future__ import annotations

import pytest

from quizgen import nlp
from quizgen.label_garbles import doubled_noun_cut, participle_made_finite
from quizgen.label_length import headline_length, infinitive_completed
from quizgen.referents import Referents


@pytest.mark.parametrize("sentence, label, printed", [
    ("Coast guard divers on the deck of a patrol boat pulled two stranded fishermen from the water on Tuesday.",
     "Coast guard divers on the deck of a patrol boat pulled two stranded fishermen",
     "Coast guard divers pulled two stranded fishermen"),
    ("The new rail plan was announced on Monday by Deputy Transport Minister Maria Elena Rodriguez.",
     "The new regional rail plan was announced by Deputy Transport Minister Maria Elena Rodriguez",
     "The new regional rail plan was announced by Maria Elena Rodriguez"),
    ("In May, the UK's Competition Appeal Tribunal said it would not hear the bank's case.",
     "The UK's Competition Appeal Tribunal said it would not hear the bank's case",
     "The Competition Appeal Tribunal said it would not hear the bank's case"),
    ("Jazz pianist Harold Mabern issued a statement calling the young drummer a musician of rare gifts.",
     "Harold Mabern issued a statement calling the young drummer a musician of rare gifts",
     "Harold Mabern called the young drummer a musician of rare gifts"),
    ("Volunteers planted two hundred young oak trees and fifty pine saplings in the park on Saturday.",
     "Volunteers planted two hundred young oak trees and fifty pine saplings in the city park",
     "Volunteers planted two hundred young oak trees and fifty pine saplings"),
])
def test_a_long_label_loses_what_only_describes(sentence: str, label: str, printed: str) -> None:
    assert headline_length(label, nlp.parse(sentence)[:]) == printed


def test_a_label_of_a_headline_length_stays() -> None:
    sentence = "Coast guard divers on the deck of a boat pulled a fisherman out on Tuesday."
    label = "Coast guard divers on the deck of a boat pulled a fisherman"
    assert headline_length(label, nlp.parse(sentence)[:]) == label


def test_a_noun_written_twice_around_a_name_is_said_once() -> None:
    sent = nlp.parse("In total, 40 people died when flight Pacific Air flight 902 crashed in 2014.")[:]
    assert doubled_noun_cut("Flight Pacific Air flight 902 crashed", sent) == "Pacific Air flight 902 crashed"


def test_a_participle_between_commas_is_told_with_was() -> None:
    sent = nlp.parse("The opener was a header after Spain's David Ruiz, named as the best defender earlier on "
                     "Sunday after winning six duels, misjudged the cross.")[:]
    label = "David Ruiz named as the best defender after winning six duels"
    assert participle_made_finite(label, sent) == "David Ruiz was named as the best defender after winning six duels"


def test_a_past_verb_after_its_subject_stays() -> None:
    sent = nlp.parse("David Ruiz signed a new contract with the club on Sunday.")[:]
    label = "David Ruiz signed a new contract with the club"
    assert participle_made_finite(label, sent) == label


def test_crown_goes_with_prince() -> None:
    doc = nlp.parse("Crown Prince Frederik Andersen, who has already assumed some of his father's duties, "
                    "will take over in May.")
    assert Referents(doc, [doc[:]]).people == ["Frederik Andersen"]


def test_a_cut_infinitive_gets_its_phrase_back() -> None:
    sent = nlp.parse("The black smoke from the fire began to slowly rise out of the tall chimney of the old factory "
                     "at around 9 a.m. local time.")[:]
    assert infinitive_completed("The black smoke began to rise", sent) == \
        "The black smoke began to rise out of the tall chimney"
