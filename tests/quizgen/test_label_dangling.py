"""Timeline labels say which thing a bare 'the N' is, and a label about nothing it can place is not
printed beside another event of its date (issue 11: dangling labels)."""
from __future__ import annotations

import pytest

from quizgen import build_lesson


def _labels(text: str, published: str) -> list[str]:
    return [e.label for e in build_lesson(text, published=published).events]


@pytest.mark.parametrize("text, bare, fuller", [
    # an object described a sentence before
    ("The Harlow family bought the Lakeview Tower apartment in 2004. A magazine said the family had "
     "been paying too little for it. In 2012, the bank seized the apartment.",
     "seized the apartment", "seized the Lakeview Tower apartment"),
    # a subject the article named before with the noun in its name
    ("Dock workers founded the Redgate Rowing Club in London. Its members meet every spring. "
     "The club elected a new captain in March 2019.",
     "The club elected", "The Redgate Rowing Club elected"),
    # a name no longer than 'the N' replaces it even in a label at its length limit
    ("Canada and Denmark both claim Pell Island. The dispute is old. In 1984, Danish sailors left their "
     "flag and a bottle of strong Danish schnapps on the island.",
     "on the island", "schnapps on Pell Island"),
    # a subject described by a noun just before
    ("The Harlow family bought a garden apartment in 2004. In 2012, the apartment was sold.",
     "The apartment was", "The garden apartment was sold"),
])
def test_a_bare_thing_is_said_as_the_article_said_it_before(text, bare, fuller):
    labels = _labels(text, "2020-05-01")
    assert any(fuller in l for l in labels), labels
    assert not any(bare in l for l in labels), labels


@pytest.mark.parametrize("text, bare", [
    # two sorts told before: 'the market' may be either
    ("The stock market fell while the bond market rose. Traders were nervous. "
     "In June 2018, investors left the market.", "left the market"),
    # described too far back to be sure it is the same thing
    ("The Harlow family bought a rented apartment in 2004. They liked it. They painted it. "
     "They sold it. Their son moved away. In 2012, the bank seized the apartment.", "seized the apartment"),
])
def test_a_bare_thing_stays_when_the_article_is_unsure_which(text, bare):
    labels = _labels(text, "2020-05-01")
    assert any(bare in l for l in labels), labels


_STORM = ("A storm flooded the valley on March 3, 2015. Rescuers reached the town on March 3, 2015. "
          "On March 3, 2015, two other people were hurt in a similar incident.")


@pytest.mark.parametrize("text, dropped, kept", [
    (_STORM, "other people", "flooded the valley"),
    ("Rivers Bank bought Hale Savings on May 4, 2016. On May 4, 2016, the deal was signed.",
     "deal was signed", "Rivers Bank bought Hale Savings"),
])
def test_an_unplaced_label_beside_another_event_of_its_date_is_dropped(text, dropped, kept):
    labels = _labels(text, "2020-05-01")
    assert any(kept in l for l in labels), labels
    assert not any(dropped in l for l in labels), labels


@pytest.mark.parametrize("text, alone", [
    ("The storm flooded the valley in 2014. In 2015, two other people were hurt in a similar incident.",
     "other people were hurt"),
    ("Rivers Bank bought Hale Savings in 2015. In 2016, the deal was signed.", "deal was signed"),
])
def test_an_unplaced_label_that_alone_dates_its_happening_stays(text, alone):
    labels = _labels(text, "2020-05-01")
    assert any(alone in l for l in labels), labels




@pytest.mark.parametrize("label, text", [
    ("Those visited the park", "The outbreak has spread beyond those who visited the park in December."),
    ("That figure will swell to 100,000", "That figure will swell to 100,000 by March, the agency said on Monday."),
])
def test_a_label_opening_on_a_pointing_word_is_refused(label, text):
    """'Those visited the park', 'That figure will swell': whom or what it points back to is lost."""
    from quizgen import nlp
    from quizgen.headlines import form_problem
    assert form_problem(label, None, list(nlp.parse(text))) == "an unresolved opener"


def test_an_it_standing_for_a_clause_is_not_resolved():
    """'it was revealed that she had a transplant': no earlier noun is what was revealed."""
    lesson = build_lesson("Title: Star returns\nPublished: 2011-03-02\n\nIn 2004, doctors treated Ana Reyes for a "
                          "rare form of liver cancer, and last year it was revealed that she had a transplant.")
    assert not any("cancer was revealed" in e.label for e in lesson.events)


@pytest.mark.parametrize("text", [
    "Ghanaian incumbent Kofi Mensah was declared the winner on Sunday.",
    "Peruvian rescuers reached the village on Monday.",
])
def test_a_demonym_opening_the_sentence_keeps_its_capital(text):
    from quizgen import nlp
    from quizgen.realise import lowercase_ok
    doc = nlp.parse(text)
    assert not lowercase_ok(doc, doc[0])
