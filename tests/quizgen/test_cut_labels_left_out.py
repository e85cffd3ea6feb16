"""A timeline label still cut short after every repair is left off where another, whole, event tells its
date (issue 11, label_cuts.completed_labels), and a verb's term in time ('to five years') is no date the
label may drop (label_cuts.counted_term)."""
from __future__ import annotations

import datetime as dt

from quizgen.label_cuts import complement_kept, completed_labels, cut_in_main_clause
from quizgen.model import Event
from quizgen.nlp import parse

_TEXT = ("The mayor opened the new harbour bridge on Monday. "
         "The regional water board of the northern valley announced its decision to withdraw every permit that the "
         "three farming cooperatives of the lower plain had held for the spring irrigation of their fields.")
_CUT = "The regional water board of the northern valley announced its decision"


def _events(second_day: int) -> tuple[list[Event], list]:
    spans = list(parse(_TEXT).sents)
    events = [Event("e1", dt.date(2024, 3, 11), "day", "The mayor opened the new harbour bridge", "Monday", 0),
              Event("e2", dt.date(2024, 3, second_day), "day", _CUT, "Monday", 1)]
    return events, spans


def test_cut_label_whose_date_another_event_tells_is_left_off():
    events, spans = _events(11)
    kept, notes = completed_labels(events, spans)
    assert [e.label for e in kept] == ["The mayor opened the new harbour bridge"] and not notes


def test_cut_label_alone_on_its_date_stays_with_a_note():
    events, spans = _events(12)
    kept, notes = completed_labels(events, spans)
    assert [e.label for e in kept] == ["The mayor opened the new harbour bridge", _CUT]
    assert len(notes) == 1 and "to withdraw" in notes[0]


def test_term_of_a_sentence_is_put_back():
    """'sentenced X | to five years': the tagger reads 'five years' as a date, but it is the term set."""
    sent = parse("A court has sentenced former county bank manager Tom Reed to five years in prison on Monday.")[:]
    label, note = complement_kept("A court has sentenced former county bank manager Tom Reed", sent)
    assert "to five years" in label and len(label.split()) <= 12 and not note


def test_term_past_a_relative_clause_is_put_back():
    """'sentenced X, who was fired for ..., | to five years': the aside between stays out, the term comes back."""
    sent = parse("A court has sentenced Tom Reed, who was fired for stealing from the bank, to five years in prison.")[:]
    label, _ = complement_kept("A court has sentenced Tom Reed", sent)
    assert label == "A court has sentenced Tom Reed to five years in prison"


def test_cut_inside_an_adverbial_clause_is_no_main_clause_cut():
    """'closed after failing to win a deal | needed to ...': the main clause is whole, so the event stays."""
    sent = parse("The ferry firm closed on Monday after failing to win a rescue deal needed to keep it afloat.")[:]
    assert not cut_in_main_clause("The ferry firm closed after failing to win a rescue deal", sent)
