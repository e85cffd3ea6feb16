"""Timeline lines a judge would print: a list closed by its catch-all, no adverb stranded by its date,
the happening a 'there was ... when' sentence tells, a cut relative clause left out, a dated dateline
with its source in brackets set aside."""
from __future__ import annotations

import pytest

import quizgen
from quizgen.article import parse_article

_HEAD = "Title: {title}\nSource: Test Wire (http://example.com/t)\nPublished: {published}\n\n"


def _labels(title: str, published: str, *paragraphs: str) -> list[str]:
    lesson = quizgen.build_lesson(_HEAD.format(title=title, published=published) + "\n\n".join(paragraphs) + "\n")
    return [e.label for e in lesson.events]


@pytest.mark.parametrize("sentence, expected", [
    ("LIMA, March 3 -- Rebels attacked four police stations, a bank, a bus depot, a school and other buildings in "
     "the north late Sunday, killing 12 people and wounding 40, police said.",
     "Rebels attacked four police stations and other buildings"),
    ("Storms damaged three bridges, a dam, two power stations, a hospital and other structures across the "
     "region on Friday, officials said.", "Storms damaged three bridges and other structures"),
])
def test_a_cut_list_is_closed_by_its_catch_all(sentence: str, expected: str):
    labels = _labels("Attacks in the north", "2011-03-08", sentence, "The army sent troops to the area.")
    assert expected in labels, labels


@pytest.mark.parametrize("sentence, stranded", [
    ("Ruiz returned to his country only two months ago after eight years in exile, his party said.", "only"),
    ("Lin's son had bought the apartment in the tower just a month ago, neighbours said.", "just"),
])
def test_no_adverb_is_left_behind_by_its_date(sentence: str, stranded: str):
    labels = _labels("Party leader killed", "2011-03-08",
                     "Opposition leader Tomas Ruiz was shot dead on Monday at a rally, police said.", sentence)
    told = [label for label in labels if "returned" in label or "bought" in label]
    assert told and not any(f" {stranded}" in f" {label} " for label in told), labels


@pytest.mark.parametrize("sentence, expected", [
    ("There was chaos in the capital on Monday when protesters stormed the parliament building and set fire "
     "to two cars.", "stormed the parliament building"),
    ("After five hours of talks, there was a breakthrough on Tuesday when the two sides agreed to hold new "
     "elections.", "agreed to hold new elections"),
])
def test_a_there_was_when_sentence_dates_its_when_clause(sentence: str, expected: str):
    labels = _labels("Protesters storm parliament", "2011-03-09", sentence)
    assert any(expected in label for label in labels), labels


def test_a_cut_relative_clause_is_left_out_of_the_label():
    labels = _labels("Orion shows a music player", "2001-10-24",
                     "CUPERTINO — Orion Computer Inc. unveiled a portable digital music player Tuesday that is the "
                     "size of a deck of cards but holds 1,000 songs.",
                     "The player will go on sale in November for $399.")
    assert "Orion Computer Inc. unveiled a portable digital music player" in labels, labels


@pytest.mark.parametrize("opening", [
    "Jan 22, 2004 (Health Wire News) – ",
    "March 2, 2011 (Reuters) -- ",
])
def test_a_dated_dateline_with_its_source_in_brackets_is_set_aside(opening: str):
    article = parse_article(_HEAD.format(title="Agency warns of flu", published="2004-01-22") + opening +
                            "The agency warned today that the outbreaks may get worse.\n")
    assert article.dateline is not None or any(s.kind == "dateline" for s in article.set_aside)
    assert (article.reading or article.body).lstrip().startswith("The agency") or \
        any(opening.strip() in s.text for s in article.set_aside)


@pytest.mark.parametrize("sentence, year, dated", [
    ("The rebuilt 1936 Olympic stadium had promised a fine setting for the final match of his career.", "1936", False),
    ("The 2006 campaign raised $5 million for the new hospital wing.", "2006", True),
])
def test_a_year_labelling_a_built_thing_in_the_subject_dates_no_clause(sentence: str, year: str, dated: bool):
    lesson = quizgen.build_lesson(_HEAD.format(title="Italy win the final", published="2010-07-10") +
                                  "Italy won the World Cup last night, beating France on penalties.\n\n" + sentence + "\n")
    assert any(e.date.isoformat().startswith(year) for e in lesson.events) is dated, \
        [(e.date, e.label) for e in lesson.events]
