"""A hyphenated name keeps its hyphen in labels, 'May' after a given name is a surname (so is a bare 'May'
in that text), and a day set against a clause ('Unlike Thursday, ...') does not date it."""
from __future__ import annotations

import pytest

import quizgen
from quizgen.article import parse_article
from quizgen.pipeline import analyse

_HEAD = "Title: {title}\nSource: Test Wire (http://example.com/t)\nPublished: {published}\n\n"


@pytest.mark.parametrize("sentence, name", [
    ("French cardinal Jean-Louis Tauran announced the name of the new pope on Wednesday.", "Jean-Louis Tauran"),
    ("Lin Tang-shui had stood outside the building on Saturday as rescuers searched for his son.", "Lin Tang-shui"),
])
def test_a_hyphenated_name_keeps_its_hyphen_in_a_label(sentence: str, name: str):
    lesson = quizgen.build_lesson(_HEAD.format(title="News", published="2013-03-14") + sentence + "\n")
    labels = [e.label for e in lesson.events]
    assert any(name in label for label in labels), labels


@pytest.mark.parametrize("sentence, month_days", [
    ("British Prime Minister Theresa May said on Friday she will resign on June 7.", {"2019-06-07", "2019-05-24"}),
    ("In May, the council met twice and Brian May played guitar on Friday.", {"2019-05-01", "2019-05-24"}),
])
def test_may_after_a_given_name_is_a_surname(sentence: str, month_days: set[str]):
    parsed = analyse(parse_article(_HEAD.format(title="May to resign", published="2019-05-24") + sentence + "\n"))
    assert {t.date.isoformat() for t in parsed.times} == month_days, [(t.text, t.date) for t in parsed.times]


@pytest.mark.parametrize("second, months", [
    ("The president spoke to May and to the Irish leader.", set()),
    ("Leaders such as May and Merkel sent messages.", set()),
    ("She said in May that she would stay.", {"2016-05"}),
    ("Talks ran from April to May.", {"2016-04", "2016-05"}),
])
def test_a_bare_may_in_a_text_that_names_a_person_may_is_the_person(second: str, months: set[str]):
    text = "Prime Minister Theresa May said on Monday that talks would go on. " + second
    found = {t.value for t in quizgen.find_times(text, published="2016-11-09") if t.value != "2016-11-07"}
    assert found == months


def test_a_day_set_against_the_clause_does_not_date_it():
    lesson = quizgen.build_lesson(_HEAD.format(title="Runner found guilty", published="2014-09-12") +
                                  "The court found runner Tom Hale guilty of culpable homicide on Friday.\n\n"
                                  "Unlike Thursday, when he was in floods of tears, the athlete was composed and "
                                  "contained his emotions as the verdict was read.\n")
    assert not [e for e in lesson.events if e.date.isoformat() == "2014-09-11"], [(e.date, e.label) for e in lesson.events]
    assert not [q for q in lesson.questions if q.type == "when" and "composed" in q.prompt]
