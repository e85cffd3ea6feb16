"""Errors quizgen raises, with messages a teacher can read."""


class QuizgenError(Exception):
    """Base class: anything quizgen refuses to do, said in plain words."""


class ArticleError(QuizgenError):
    """The article cannot be used: empty, too large, not text, no sentences."""


class DateError(QuizgenError, ValueError):
    """A publication date that is not a real YYYY-MM-DD date."""
