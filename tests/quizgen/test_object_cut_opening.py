"""Timeline labels whose object is cut before what it is (issue 11): the happening stays, told by its
complete opening that leaves the object's whole phrase out, rather than leaving the timeline."""
from __future__ import annotations

from quizgen.label_choice import printable_label
from quizgen.nlp import parse


def test_cut_object_phrase_gives_opening():
    sentence = ("Four men have been arrested for allegedly running the card gambling ring that took bets "
                "from hundreds of players, police said Tuesday.")
    label = "Four men have been arrested for allegedly running the card gambling ring"
    assert printable_label(label, parse(sentence)[:]) == "Four men have been arrested"


def test_cut_verb_object_still_no_label():
    # the cut object is the verb's own ('signed a letter' of intent): no opening leaves it out whole
    sentence = "On Friday, Harlan Foods signed a letter of intent to acquire Brook Dairy Inc., Salem, Ore."
    assert printable_label("Harlan Foods signed a letter", parse(sentence)[:]) == ""


def test_arrest_stays_on_timeline(parsed_of):
    text = ("Police in Dunmore closed two card rooms on Tuesday. Four men have been arrested for allegedly "
            "running the card gambling ring that took bets from hundreds of players, police said Tuesday.")
    labels = [e.label for e in parsed_of(text).events]
    assert any(x.startswith("Four men have been arrested") for x in labels), labels
