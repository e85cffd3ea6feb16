"""A label whose subject is 'the company' (or the 'it' of 'the company said it ...') names the company
when the article is sure which one it is: the one the nearest sentences name as a subject or owner,
else, far from any name, the one company the story is about; never a guess between two."""
from __future__ import annotations

from quizgen import build_lesson

PUBLISHED = "2021-05-12"

_STORY = ("Brakefield Corp. said on Monday that it lost $40 million in the first quarter.\n"
          "Brakefield blamed weak demand. Brakefield also cut 300 jobs. Brakefield shares fell 5%.\n"
          "Analysts at Stone Partners were cautious. Brakefield has struggled for years. Brakefield sold a mill.\n"
          "Some had predicted earnings of more than $4 a share for this year.\n"
          "Investors were nervous about the sector.\n")


def _labels(text: str) -> set[str]:
    return {e.label for e in build_lesson(text, published=PUBLISHED).events}


def test_company_far_from_its_name_is_the_story_company():
    labels = _labels(_STORY + "But the company said Friday that it had losses of $70 million through nine months.")
    assert any(label.startswith("Brakefield") and "$70 million" in label for label in labels)
    assert not any(label.lower().startswith("the company") for label in labels)


def test_company_named_just_before_as_subject():
    labels = _labels("Harlow Motors posted a loss on Tuesday. Its parts unit, Keel Systems, grew.\n"
                     "Keel Systems hired 200 workers. The company has said it wants to double its sales by 2025.")
    assert "Keel Systems wants to double its sales" in labels


def test_two_companies_of_equal_weight_leave_the_company_unnamed():
    story = ("Acme Corp. and Beta Industries talked on Monday. Acme grew. Beta grew. Acme hired. Beta hired.\n"
             "Acme sold a plant. Beta sold a plant. Acme cut costs. Beta cut costs. Acme won. Beta won.\n"
             "Some had predicted earnings of more than $4 a share for this year.\n"
             "Investors were nervous about the sector.\n"
             "But the company said Friday that it had losses of $70 million through nine months.")
    labels = _labels(story)
    assert not any(label.startswith(("Acme had", "Beta had", "Acme Corp. had", "Beta Industries had")) for label in labels)


def test_company_with_no_company_named_before_stays_as_written():
    labels = _labels("The mayor spoke on Monday. The company said on Tuesday that it had hired 40 workers.")
    assert "The company hired 40 workers" in labels or "The company said that it hired 40 workers" in labels
