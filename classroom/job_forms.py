"""The new-lesson form for the job queue: one article, several separated by ===, or several files."""
from __future__ import annotations

from flask_wtf.file import MultipleFileField
from wtforms import TextAreaField
from wtforms.validators import Optional

import quizgen.article

from .teacher_forms import NewLessonForm


class NewLessonsForm(NewLessonForm):
    """NewLessonForm whose text may be empty when files are chosen; `articles()` lists what was sent."""

    text = TextAreaField("Article text or HTML", validators=[Optional()],
                         render_kw={"class": "article-text", "rows": 16, "spellcheck": "false"})
    files = MultipleFileField("Or article files (.txt or .html, UTF-8)",
                              render_kw={"accept": ".txt,.text,.html,.htm,text/plain,text/html"})

    def uploaded(self) -> list:
        return [f for f in (self.files.data or []) if getattr(f, "filename", "")]

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        self.file_texts: list[tuple[str, str]] = []
        for storage in self.uploaded():
            try:
                self.file_texts.append((storage.filename, quizgen.article.decode(storage.read())))
            except quizgen.QuizgenError as e:
                self.files.errors = [*self.files.errors, f"{storage.filename}: {e}"]
                ok = False
        if not (self.text.data or "").strip() and not self.uploaded() and not self.files.errors:
            self.text.errors = [*self.text.errors, "Paste the article here."]
            ok = False
        return ok
