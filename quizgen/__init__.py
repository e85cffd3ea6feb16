"""quizgen: turn a news article into a dated timeline and a bank of comprehension questions.

    >>> lesson = build_lesson(text, published="2022-06-16")
    >>> lesson.events, lesson.questions, lesson.to_dict()
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from .article import Article, parse_article, parse_date, read_article
from .errors import ArticleError, DateError, QuizgenError
from .model import Event, Lesson, Question, Sentence, TimeExpression, Unresolved
from .timex import Timex, find_times

__all__ = ["build_lesson", "lesson_from_article", "parse_article", "read_article", "Lesson",
           "Event", "Question", "Sentence", "TimeExpression", "Unresolved", "Article",
           "QuizgenError", "ArticleError", "DateError", "GENERATOR_VERSION",
           "find_times", "Timex"]

GENERATOR_VERSION = "quizgen 0.1"


def build_lesson(text: str, *, title: str | None = None, published: str | dt.date | None = None,
                 source: str | None = None, quiz_size: int = 10,
                 progress: Callable[[str], None] | None = None) -> Lesson:
    """Build a lesson from article text (an optional header is read; keyword arguments win).

    `progress`, when given, is called with each stage's name as it starts: "parsing", "dates",
    "questions" (a job queue shows them to the teacher).
    """
    if not isinstance(text, str):
        raise ArticleError("The article must be text.")
    article = parse_article(text)
    pub = parse_date(published) if published is not None else article.published
    article = dataclasses.replace(article, title=title or article.title,
                                  source=source or article.source, published=pub,
                                  published_from=article.published_from if published is None else None)
    return lesson_from_article(article, quiz_size=quiz_size, progress=progress)


def lesson_from_article(article: Article, *, quiz_size: int = 10,
                        progress: Callable[[str], None] | None = None) -> Lesson:
    """Run every stage on an already-read article."""
    from .pipeline import analyse
    from .questions import build_bank, select_quiz, with_notes

    parsed = analyse(article, progress=progress)
    if progress:
        progress("questions")
    bank = build_bank(parsed)
    quiz = select_quiz(bank, parsed, size=quiz_size)
    bank = with_notes(bank, quiz, parsed)
    messages = _cleaning_notes(article) + list(parsed.messages)
    if not bank:
        messages.append("No questions could be made from this article.")
    return Lesson(title=article.title or _fallback_title(parsed.sentences), published=article.published,
                  source=article.source, text=article.body, url=article.url,
                  sentences=tuple(parsed.sentences), events=tuple(parsed.events),
                  questions=tuple(bank), quiz=tuple(quiz), times=tuple(parsed.times),
                  unresolved=tuple(parsed.unresolved), messages=tuple(messages),
                  generator=GENERATOR_VERSION, dateline=article.dateline, agency=article.agency,
                  set_aside=article.set_aside)


def _cleaning_notes(article: Article) -> list[str]:
    from .cleaning import notes

    out = notes(article.set_aside)
    if article.published_from:
        out.append(f"The publication date, {article.published.isoformat()}, was read from the line "
                   f"“{article.published_from}”: correct it if that is not when the article appeared.")
    if article.mended:
        # the text shown is the mended one: the teacher is told what differs from the paste
        out.append("Run-together words were split: " + "; ".join(f"“{m.before}” read as “{m.after}”"
                                                                  for m in article.mended[:8]) + ".")
    return out


def _fallback_title(sentences) -> str:
    if not sentences:
        return "Untitled article"
    words = sentences[0].text.split()
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")
