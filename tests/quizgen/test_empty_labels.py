"""Timeline labels that say nothing about what happened (issue 11, quizgen/empty_labels.py): an ongoing
activity ('X were patrolling'), a state ('X was in custody'), a saying without what was said ('X made
the suggestion') leave the timeline where another event tells their date and they are not the
lead's; kept (a date's only event, the lead's), the teacher's review says why; 'X took place' takes
the noun's own verb from its sentence."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import parse_article
from quizgen.completeness import reparse
from quizgen.empty_labels import label_shape
from quizgen.pipeline import analyse


def _parsed(text: str):
    return analyse(parse_article(f"Title: Story\nPublished: 2023-11-03\n\n{text}"))


def _labels(text: str) -> list[str]:
    return [e.label for e in _parsed(text).events]


def test_a_state_beside_an_act_of_its_date_leaves_the_timeline() -> None:
    labels = _labels("Police arrested a man in Dover on Tuesday after a chase. By Tuesday afternoon, the man "
                     "was in custody at the county jail. The man was charged with theft on Wednesday.")
    assert "Police arrested a man in Dover after a chase" in labels, labels
    assert not any("in custody" in label for label in labels), labels


def test_an_ongoing_activity_leaves_the_timeline() -> None:
    labels = _labels("A team of divers found a wreck off Malta on Tuesday. On Tuesday, the divers were mapping "
                     "the seabed near the harbour. The wreck was raised on Thursday.")
    assert not any("were mapping" in label for label in labels), labels
    assert "The wreck was raised" in labels, labels


@pytest.mark.parametrize("text, gone", [
    ("Clinton said a rival had a grudge against her. Hillary Clinton made the claim during an event on "
     "Thursday. The event was held in Manhattan.", "made the claim"),
    ("Protesters blocked a road on Wednesday. Sheriff Kyle Smith released a statement on Thursday. "
     "Officers arrested ten people on Thursday.", "released a statement"),
])
def test_a_saying_without_its_content_leaves_the_timeline(text: str, gone: str) -> None:
    labels = _labels(text)
    assert labels and not any(gone in label for label in labels), labels


def test_took_place_takes_the_nouns_own_verb() -> None:
    labels = _labels("A similar 2012 study in the journal, conducted by Dutch researchers, found the same gap.")
    assert labels == ["A similar study in the journal was conducted by Dutch researchers"], labels


def test_a_present_beside_an_act_of_its_date_leaves_the_timeline() -> None:
    labels = _labels("Heavy rain flooded the valley town of Arlen on Oct. 31. On Oct. 31, the wolf arrives at "
                     "the gate, one farmer wrote. Crews cleared the roads on Nov. 1.")
    assert "Heavy rain flooded the valley town of Arlen" in labels, labels
    assert not any("arrives" in label for label in labels), labels


def test_a_dates_only_event_stays_with_a_note_for_the_teacher() -> None:
    parsed = _parsed("The rebels seized the northern city of Tarsa on Monday. On Tuesday, fighters were "
                     "patrolling the streets of the old town.")
    assert "Fighters were patrolling the streets of the old town" in [e.label for e in parsed.events]
    assert any("tells an ongoing activity" in m for m in parsed.messages), parsed.messages


def test_the_leads_only_event_stays_with_a_note_for_the_teacher() -> None:
    parsed = _parsed("On Tuesday, the rebels were in control of the northern city of Tarsa. Aid groups say "
                     "food is short.")
    assert [(e.date, e.label) for e in parsed.events] == \
        [(dt.date(2023, 10, 31), "The rebels were in control of the northern city of Tarsa")]
    assert any("tells a state, not a happening" in m for m in parsed.messages), parsed.messages


@pytest.mark.parametrize("label, shape", [
    ("The drama began", "bare_onset"),
    ("The city was spending more on roads", "progressive"),
    ("The ferry was in port", "copula_state"),
    ("Sales were $8 million", "copula"),
    ("The mayor made the suggestion", "empty_saying"),
    ("The mayor described how the plan had failed", "empty_saying"),
    ("The announcement took place", "took_place_bare"),
    ("The river flooded the town", "act"),
    ("The mayor expects to be part of a new council", "present"),
    ("The ferry arrives", "present"),
    ("The ferry is to arrive", "copula"),
    ("The mayor plans to close the bridge", "act"),
])
def test_label_shapes(label: str, shape: str) -> None:
    assert label_shape(reparse(label)) == shape


def test_a_bare_beginning_is_noted_for_the_teacher() -> None:
    parsed = _parsed("The showdown started on Tuesday.")
    assert any("says only that something began" in m for m in parsed.messages), \
        ([e.label for e in parsed.events], parsed.messages)


def test_a_study_in_a_journal_was_published_not_held() -> None:
    labels = _labels("Offices are too cold for women, according to a study in Nature Climate Change on Tuesday.")
    assert labels == ["A study was published in Nature Climate Change"], labels
