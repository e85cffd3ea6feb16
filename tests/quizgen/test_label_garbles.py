"""Timeline labels garbled by a misparse are repaired, or left off when no repair names their subject."""
from __future__ import annotations

import pytest

from quizgen import build_lesson

PUBLISHED = "2021-05-20"        # a Thursday


def _labels(text: str) -> list[str]:
    return [e.label for e in build_lesson(text, published=PUBLISHED).events]


def test_preposition_of_a_cut_date_goes_with_it() -> None:
    """'Loans as of March 31 rose ...' gives 'Loans rose ...', not 'Loans as rose ...'."""
    labels = _labels("Loans as of March 31 rose to $2.2 billion from $1.9 billion.")
    assert "Loans rose to $2.2 billion from $1.9 billion" in labels, labels


def test_number_of_a_list_gets_its_noun() -> None:
    """'90,000 bonds, including 30,000 bought on May 3' gives '30,000 bonds were bought ...'."""
    labels = _labels("The pension fund holds 90,000 Acme bonds, including 30,000 bought on May 3 for $98 each.")
    assert "30,000 bonds were bought for $98 each" in labels, labels


def test_name_misread_as_a_list_member_is_cut() -> None:
    """A person the parser joined by a comma to a country is not printed after it."""
    text = ("Kofi Mensah was admitted to a London hospital on Sunday.\n\nOn May 3, days before he left Ghana "
            "for the United Kingdom, Mensah -- a Ghanaian citizen -- helped carry a sick woman into a taxi.")
    labels = _labels(text)
    assert not any(label.endswith(", Mensah") for label in labels), labels
    # 'days before he left' places the leaving by its distance from the main clause: May 3 is the helping's
    # day, not the leaving's (judged wrong by 2 of 3 set-12 judges), so no leaving is dated May 3
    assert "Kofi Mensah left Ghana for the United Kingdom" not in labels, labels


def test_bare_number_subject_is_left_off() -> None:
    """'More than 6,300 was reported by officials': a count without its noun is no printable label."""
    text = "The death toll rose sharply. More than 6,300 was reported by local officials on Monday night."
    assert not any(label.startswith("More than 6,300 was") for label in _labels(text))


@pytest.mark.parametrize("text, label", [
    ("A 40-year-old farmer in Kesh province died of bird flu. The man's death occurred in March.",
     "A 40-year-old farmer in Kesh province died of bird flu"),
    ("Two gunmen opened fire at a bus station in Carlow, police said. The first incident occurred "
     "at 7:15 a.m. on Tuesday.", "Two gunmen opened fire"),
])
def test_vague_taking_place_names_the_happening(text: str, label: str) -> None:
    """'The man's death occurred' is told by the clause just before that reports the death."""
    labels = _labels(text)
    assert any(k.startswith(label) for k in labels), labels
    assert not any(k.endswith("occurred") for k in labels), labels


@pytest.mark.parametrize("label, sentence, lost", [
    ("Will get only half dividends", "They bought a batch of shares, which will get only half dividends this year.", True),
    ("To be published", "The board approved draft rules, with final rules to be published next month.", True),
    ("May will visit Paris", "Prime Minister Theresa May will visit Paris on Friday.", False),
    ("The board will meet", "The board will meet on Friday.", False),
])
def test_label_opening_on_its_verb_has_no_subject(label: str, sentence: str, lost: bool) -> None:
    """A label that opens on 'Will' or 'To' lost its subject; 'May' the name does not count."""
    from quizgen.label_garbles import without_subject
    from quizgen.nlp import load

    assert without_subject(label, next(load()(sentence).sents)) is lost


def test_label_from_another_sentence_opening_on_to_has_no_subject() -> None:
    """'To win the top prize' told beside a sentence without those words still lost its subject."""
    from quizgen.label_garbles import without_subject
    from quizgen.nlp import load

    sent = next(load()("The cast was hailed as the best ensemble of the year.").sents)
    assert without_subject("To win the top prize of best cast ensemble", sent)
    assert not without_subject("Will Smith won the award", sent)
