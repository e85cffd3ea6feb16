"""Reading articles: headers, titles, limits and bad input."""
from __future__ import annotations

import datetime as dt

import pytest

from quizgen import ArticleError, DateError, build_lesson, parse_article
from quizgen.article import MAX_BYTES, decode


def test_header_is_read_and_body_kept_verbatim():
    """Title/Source/Published lines, a blank line, then the body exactly as written."""
    body = "First line.\n\n“Quoted” second paragraph.\n"
    a = parse_article(f"Title: A title\nSource: The Paper\nPublished: 2022-06-16\n\n{body}")
    assert (a.title, a.source, a.published) == ("A title", "The Paper", dt.date(2022, 6, 16))
    assert a.body == body


@pytest.mark.parametrize("text, title, body", [
    # pasted text: a short first line without closing punctuation is the title
    ("Putin and Xi speak by phone\n\nThe two leaders spoke on Wednesday.",
     "Putin and Xi speak by phone", "The two leaders spoke on Wednesday."),
    # a first line ending like a sentence stays in the body
    ("The two leaders spoke on Wednesday.\nThey agreed to meet.",
     None, "The two leaders spoke on Wednesday.\nThey agreed to meet."),
    # a pasted headline that asks a question is not merged into the first sentence
    ("Will the Fed raise rates again?\n\nThe Federal Reserve meets on Wednesday.",
     "Will the Fed raise rates again?", "The Federal Reserve meets on Wednesday."),
])
def test_plain_text_title_is_a_short_first_line(text, title, body):
    a = parse_article(text)
    assert a.title == title
    assert a.body == body


def test_keyword_arguments_override_header():
    lesson = build_lesson("Title: Old\nPublished: 2001-01-01\n\nThe ministers met on Monday.",
                          title="New", published="2022-06-16")
    assert lesson.title == "New" and lesson.published == dt.date(2022, 6, 16)
    assert lesson.events[0].date == dt.date(2022, 6, 13)


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Title: Only a header\nPublished: 2020-01-01\n\n"])
def test_empty_article_is_a_clear_error(text):
    with pytest.raises(ArticleError, match="empty"):
        build_lesson(text)


def test_text_without_words_is_a_clear_error():
    with pytest.raises(ArticleError, match="No sentences"):
        build_lesson("... --- !!! 123 ???")


def test_oversized_article_is_refused_with_the_limit():
    with pytest.raises(ArticleError, match="too long"):
        build_lesson("word " * (MAX_BYTES // 4))


def test_non_utf8_bytes_are_refused():
    with pytest.raises(ArticleError, match="UTF-8"):
        decode("Café".encode("latin-1"))


@pytest.mark.parametrize("value", ["2022-13-01", "June 16", "16/06/2022", "yesterday"])
def test_bad_publication_date(value):
    with pytest.raises(DateError, match="YYYY-MM-DD"):
        build_lesson("They met on Monday.", published=value)
