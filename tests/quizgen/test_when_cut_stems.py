"""When-stems never ask a label cut before a part its verb or last noun needs (issue 12 rule 1), and a label
ending on a noun gets its 'of' phrase back within a headline's length (quizgen/label_cuts.py, questions/when.py)."""
from __future__ import annotations

from quizgen import build_lesson
from quizgen.label_cuts import complement_kept, cut_short
from quizgen.nlp import parse

_PROBE = ("A new regional task force began probing Tuesday into the disappearances of 12 fishing boats over the last "
          "four years along the northern coast, as harbor officials admitted that they needed to work harder to "
          "find the missing crews.")


def test_no_when_stem_of_a_verb_cut_before_its_phrase():
    """'On which day did the task force begin probing?' (into what): the label keeps its note, no stem is asked."""
    lesson = build_lesson(_PROBE, published="2024-03-14")
    assert any(e.label.endswith("began probing") for e in lesson.events)
    assert not [q.prompt for q in lesson.questions if q.prompt.rstrip("?").endswith("begin probing")]


def test_of_phrase_of_the_last_noun_is_put_back():
    """'received reports' | of damage to three piers: the noun's 'of' phrase says what was reported."""
    label, note = complement_kept("The port authority received reports",
                                  parse("The port authority on Monday received reports of damage to three piers.")[:])
    assert label == "The port authority received reports of damage to three piers" and not note


def test_of_phrase_too_long_to_fit_leaves_the_label_cut_short():
    """'signed a letter' | of intent to buy X, Y and Z: no fit within a headline, so the label stays cut short."""
    sent = parse("The harbor board signed on Monday a letter of intent to buy Northway Marine Supply Inc., Portland, "
                 "Maine, and its sister firm, Coastal Nets Co., in Bangor, Maine.")[:]
    label, _ = complement_kept("The harbor board signed a letter", sent)
    assert label == "The harbor board signed a letter" and cut_short(label, sent)


def test_whole_label_is_not_cut_short():
    sent = parse("The harbor board signed a lease for the old pier on Monday.")[:]
    assert not cut_short("The harbor board signed a lease for the old pier", sent)
