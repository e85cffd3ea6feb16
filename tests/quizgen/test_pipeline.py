"""The analysis stages (quizgen.pipeline.analyse): parse, sentences, dates, events, and the notes they leave."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen.article import Article, parse_article
from quizgen.errors import ArticleError
from quizgen.pipeline import analyse

pytestmark = pytest.mark.slow

BODY = ("Russia invaded Ukraine on Feb. 24. The two leaders spoke on Wednesday.\n\n"
        "Xi Jinping said China would send aid in March.")


@pytest.fixture(scope="module")
def parsed(parsed_of):
    return parsed_of(BODY)


def test_sentences_and_spans_line_up(parsed):
    assert len(parsed.sentences) == len(parsed.spans) == len(parsed.sentence_ents) == 3
    for s, span in zip(parsed.sentences, parsed.spans):
        assert BODY[s.start:s.end] == s.text and span.start_char <= s.start and s.end <= span.end_char
    assert [s.paragraph for s in parsed.sentences] == [0, 0, 1]


def test_entities_are_filed_under_their_sentence(parsed):
    for span, ents in zip(parsed.spans, parsed.sentence_ents):
        assert all(span.start <= e.start and e.end <= span.end for e in ents)
    assert sum(len(ents) for ents in parsed.sentence_ents) == len(parsed.doc.ents)


def test_dates_are_resolved_against_the_publication_date(parsed):
    by_text = {t.text: t for t in parsed.times}
    assert by_text["Wednesday"].date == dt.date(2022, 6, 15)
    assert by_text["Feb. 24"].date == dt.date(2022, 2, 24)
    assert {e.sentence_id for e in parsed.events} >= {0, 1}
    assert parsed.messages == []


def test_without_a_publication_date_a_note_says_so(parsed_of):
    parsed = parsed_of("The leaders spoke on Wednesday.", "")
    assert any("No publication date" in m for m in parsed.messages)


def test_without_dated_events_a_note_says_the_timeline_is_empty(parsed_of):
    parsed = parsed_of("The weather was pleasant and the crowd was calm.")
    assert parsed.events == [] and any("timeline is empty" in m for m in parsed.messages)


@pytest.mark.parametrize("body, message", [("", "empty"), ("  \n\n ", "empty"), ("... --- !!!", "No sentences")])
def test_nothing_to_read_is_a_clear_error(body, message):
    with pytest.raises(ArticleError, match=message):
        analyse(Article(body=body))


def test_set_aside_text_is_not_read_but_offsets_hold():
    """A byline is blanked in the text the engine reads; sentences keep the body's offsets."""
    article = parse_article("By Marcia Dunn\nAstronauts blast off for the station\n\n"
                            "Three astronauts left on Sunday.")
    parsed = analyse(article)
    assert [s.text for s in parsed.sentences] == ["Three astronauts left on Sunday."]
    s = parsed.sentences[0]
    assert article.body[s.start:s.end] == s.text


def test_progress_names_the_stages(parsed_of):
    seen: list[str] = []
    analyse(Article(body="They met on Monday.", published=dt.date(2022, 6, 16)), progress=seen.append)
    assert seen == ["parsing", "dates"]


MEETING = ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow in May. "
           "The two leaders spoke again on Wednesday.")


def test_one_index_is_read_by_events_and_questions(parsed_of):
    """The article index (referents included) is built once by the pipeline: event labels resolve
    "the two leaders" through it, and the question context reads the same object."""
    from quizgen.questions.context import make_context

    parsed = parsed_of(MEETING)
    assert {m.text for m in parsed.index.mentions} >= {"Xi Jinping", "Vladimir Putin", "Moscow"}
    assert any(e.label.startswith("Xi Jinping and Vladimir Putin spoke") for e in parsed.events)
    assert make_context(parsed).index is parsed.index
