"""Labels cut or garbled at their end or by a lost 'what' (issue 11, round 9): a bare 'will be', a
modifier whose word was left out ('moving even'), a naming clause of 'what' printed as the happening."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.label_choice import label_fault
from quizgen.nlp import parse


def _labels(body: str) -> list[str]:
    text = f"Title: Test story\nPublished: 2021-03-10\n\n{body}\n"
    return [e.label for e in build_lesson(text).events]


def test_a_bare_be_after_a_modal_is_an_open_predicate() -> None:
    sentence = "Analysts say Orbix is gearing up to build a new drone set by late 2022."
    assert label_fault("A new drone will be", parse(sentence)[:]) == "an open predicate"


def test_no_label_ends_on_a_bare_be() -> None:
    body = ("This summer analyst Gene Munster dug through parts suppliers and found evidence that Orbix is "
            "gearing up to produce a real drone set by late 2022. Orbix opened a new plant on Monday.")
    labels = _labels(body)
    assert not any(label.endswith(" be") for label in labels), labels
    assert "Orbix opened a new plant" in labels


@pytest.mark.parametrize("sentence, label", [
    ("Brackton's report on Friday showed that the firm is moving even faster than expected to cut costs.",
     "Brackton's report showed that the firm is moving even"),
    ("The home team played even better than before in the second half on Sunday.", "The home team played even"),
])
def test_a_modifier_without_its_word_is_a_fault(sentence: str, label: str) -> None:
    assert label_fault(label, parse(sentence)[:]) == "a dangling modifier"


def test_a_modifier_with_its_word_is_no_fault() -> None:
    sentence = "Brackton's report on Friday showed that the firm is moving even faster than expected to cut costs."
    assert label_fault("Brackton's report showed that the firm is moving even faster", parse(sentence)[:]) != \
        "a dangling modifier"


def test_a_modifier_of_a_left_out_date_is_no_fault() -> None:
    """'have barely broken even this year': the parser hangs 'even' on the date; the label is whole."""
    sentence = "Fund holders have barely broken even this year, as fat interest payments offset falling prices."
    assert label_fault("Fund holders have barely broken even", parse(sentence)[:]) is None


def test_a_relative_who_is_no_lost_what() -> None:
    sentence = "\u201cWe have no lead yet,\u201d said Ann Hurt, the county prosecutor, who created the task force on Tuesday."
    assert label_fault("Ann Hurt created the task force", parse(sentence)[:]) is None


def test_no_label_ends_on_a_dangling_even() -> None:
    body = ("Brackton Corp.'s report Friday of a $48 million loss for the third quarter showed that the company "
            "is moving even faster than expected to take write-offs. Brackton sold its saw unit in 2019.")
    labels = _labels(body)
    assert not any(label.endswith(" even") for label in labels), labels


@pytest.mark.parametrize("sentence, label", [
    ("Mayor Tom Bell signed what he called a historic deal with the ferry firm on Monday.",
     "Tom Bell called a historic deal with the ferry firm"),
    ("Pruitt said on Monday that the town was proud of what its crews had done for the harbor.",
     "Pruitt said that the town was proud of its crews had done for the harbor"),
])
def test_a_clause_of_a_lost_what_is_a_fault(sentence: str, label: str) -> None:
    assert label_fault(label, parse(sentence)[:]) == "a lost 'what'"


@pytest.mark.parametrize("body, label", [
    ("Mayor Tom Bell signed what he called a historic deal with the ferry firm on Monday. The firm was "
     "founded in 1990.", "Tom Bell signed a historic deal"),
    ("The two leaders have taken what officials called a bold step toward peace on Friday. Talks began in 2018.",
     "The two leaders took a bold step toward peace"),
])
def test_what_is_called_is_the_object_of_the_verb_above(body: str, label: str) -> None:
    labels = _labels(body)
    assert label in labels, labels
    assert not any(" called " in k for k in labels), labels


def test_a_passive_above_a_what_clause_gets_no_rewrite() -> None:
    labels = _labels("The deal was signed by what he called a historic coalition on Monday. The firm was founded in 1990.")
    assert not any(k.endswith("signed a historic coalition") for k in labels), labels


def test_a_said_clause_without_its_subject_is_a_fault() -> None:
    sentence = ('Pike told the Valley Post that on May 6 after driving back from Ohio, Ruiz "walked into lobby of '
                'the North Side station."')
    label = "Pike told the Valley Post walked into lobby of the North Side station"
    assert label_fault(label, parse(sentence)[:]) == "a headless clause"


def test_a_said_clause_with_its_subject_is_no_headless_clause() -> None:
    sentence = "Tom Pike said on Monday that the harbor will close."
    assert label_fault("Tom Pike said that the harbor will close", parse(sentence)[:]) is None


@pytest.mark.parametrize("sentence, label", [
    ("The harbor bill that Mayor Ana Ruiz signed last month may not stop the floods, Pike said.",
     "The harbor bill that Mayor Ana Ruiz signed"),
    ("The old mill, sold in 1990, burned down on Monday.", "The old mill sold"),
])
def test_a_noun_with_its_clause_only_is_a_noun_phrase(sentence: str, label: str) -> None:
    assert label_fault(label, parse(sentence)[:]) == "a noun phrase"


def test_a_reduced_passive_written_out_is_no_noun_phrase() -> None:
    assert label_fault("The old mill was sold", parse("The old mill, sold in 1990, burned down on Monday.")[:]) != \
        "a noun phrase"


def test_a_said_clause_hung_on_an_occasion_is_no_headless_clause() -> None:
    """The parser may read 'at a press conference that the crew would return' as a relative clause of
    'conference'; its 'that' says it is what was announced, which the label may print."""
    sentence = ("On Saturday, the agency (Harbor Space Office) announced at a press conference that Ann Lee and "
                "Bo Park would return home from the Polar Station (PS) on a Falcon craft in June 2025.")
    label = "The agency announced that Ann Lee and Bo Park would return home"
    assert label_fault(label, parse(sentence)[:]) is None


def test_an_adverb_that_may_stand_on_its_verb_is_no_dangling_modifier() -> None:
    sentence = "On Dec. 18, lawyers for Pinecrest argued that the pits would sit well back from the river."
    assert label_fault("Lawyers for Pinecrest argued that the pits would sit well", parse(sentence)[:]) != \
        "a dangling modifier"
