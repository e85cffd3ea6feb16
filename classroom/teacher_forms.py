"""WTForms forms for teachers and for joining a class: accounts, lessons, events, questions, classes."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (BooleanField, DateField, EmailField, IntegerField, PasswordField, SelectChoice,
                     SelectField, StringField, TextAreaField)
from wtforms.validators import (DataRequired, Email, EqualTo, InputRequired, Length, NumberRange,
                                Optional, ValidationError)

import quizgen.article
import quizgen.kinds
import quizgen.model

MIN_PASSWORD_LENGTH = 10
QUESTION_TYPE_LABELS = quizgen.kinds.labels()      # the registry's kinds, in its order
# every precision quizgen gives a date (day, week, weekend, month, season, quarter, half, year, decade, century)
PRECISIONS = [SelectChoice(p, p.capitalize()) for p in quizgen.model.PRECISIONS]


# ------------------------------------------------------------------------------------- accounts

class SignUpForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=120)])
    email = EmailField("Email", validators=[DataRequired(), Email(check_deliverability=False),
                                            Length(max=254)])
    password = PasswordField("Password", validators=[
        DataRequired(), Length(min=MIN_PASSWORD_LENGTH, max=200,
                               message=f"Use at least {MIN_PASSWORD_LENGTH} characters.")])
    confirm = PasswordField("Password again", validators=[
        DataRequired(), EqualTo("password", message="The two passwords are not the same.")])

    def validate_password(self, field) -> None:
        from classroom.passwords import password_problem

        problem = password_problem(field.data or "", email=self.email.data or "")
        if problem:
            raise ValidationError(problem)


class SignInForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])


# -------------------------------------------------------------------------------------- lessons

class NewLessonForm(FlaskForm):
    title = StringField("Title", validators=[Optional(), Length(max=300)])
    source = StringField("Source (newspaper or website)", validators=[Optional(), Length(max=300)])
    published = DateField("Publication date", validators=[Optional()])
    text = TextAreaField("Article text or HTML", validators=[DataRequired("Paste the article here.")],
                         render_kw={"class": "article-text", "rows": 16, "spellcheck": "false"})

    def validate_text(self, field) -> None:
        size = len(field.data.encode("utf-8"))
        if size > quizgen.article.MAX_BYTES:
            raise ValidationError(
                f"This article is {size // 1000:,} KB; the limit is {quizgen.article.MAX_BYTES // 1000} KB "
                "(about 30,000 words). Paste one article at a time: remove comments, related "
                "stories or other articles, then try again. Your text is still here.")


class EventForm(FlaskForm):
    date = DateField("Date", validators=[InputRequired("Give the date (YYYY-MM-DD).")])
    precision = SelectField("Precision", choices=PRECISIONS)
    label = StringField("Label (a short headline)", validators=[DataRequired(), Length(max=300)])
    time_text = StringField("Words in the article", validators=[Optional(), Length(max=200)])
    sentence_id = SelectField("Evidence sentence", coerce=int)


class QuestionForm(FlaskForm):
    """One question; `choices` and `accept` are one per line. For ordering, lines are in time order."""

    type = SelectField("Kind", choices=[SelectChoice(k, v) for k, v in QUESTION_TYPE_LABELS.items()])
    prompt = TextAreaField("Question", validators=[DataRequired(), Length(max=1000)])
    choices = TextAreaField("Options, one per line", validators=[Optional(), Length(max=3000)])
    answer = StringField("Right answer", validators=[Optional(), Length(max=500)])
    accept = TextAreaField("Other accepted answers, one per line", validators=[Optional(), Length(max=2000)])
    explanation = TextAreaField("Explanation shown after answering", validators=[Optional(), Length(max=1000)])
    sentence_id = SelectField("Evidence sentence", coerce=int)
    in_quiz = BooleanField("In the quiz students take", default=True)

    def lines(self, field) -> list[str]:
        return [line.strip() for line in (field.data or "").splitlines() if line.strip()]

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        shape = quizgen.kinds.answer_form(self.type.data)
        choices, answer = self.lines(self.choices), (self.answer.data or "").strip()
        if shape == "order":
            if not 2 <= len(choices) <= 6:
                self.choices.errors.append("List 2 to 6 events, in the order they happened.")
                return False
        elif shape == "true_false":
            if answer.casefold() in ("true", "false"):      # the select sends these; typed ones too
                answer = self.answer.data = answer.capitalize()
            if answer not in ("True", "False"):
                self.answer.errors.append("The answer of a true-or-false question is True or False.")
                return False
        elif shape == "text":
            if "_" not in self.prompt.data:
                self.prompt.errors.append("Mark the blank with underscores, for example _____.")
                ok = False
            if not answer:
                self.answer.errors.append("Give the word or words that fill the blank.")
                ok = False
        else:
            if not 2 <= len(choices) <= 6:
                self.choices.errors.append("Give 2 to 6 options, one per line.")
                return False
            if len({" ".join(c.split()).casefold() for c in choices}) != len(choices):
                self.choices.errors.append("Two options are the same.")
                ok = False
            if answer not in choices:
                self.answer.errors.append("The right answer must be one of the options, written the same way.")
                ok = False
        return ok


# ------------------------------------------------------------------------------ classes, joining

class ClassroomForm(FlaskForm):
    name = StringField("Class name", validators=[DataRequired(), Length(max=120)])


class AssignmentForm(FlaskForm):
    lesson_id = SelectField("Lesson", coerce=int, validators=[InputRequired("Choose a lesson.")])
    due_date = DateField("Due date (optional)", validators=[Optional()])


class DueDateForm(FlaskForm):
    due_date = DateField("Due date (leave empty for none)", validators=[Optional()])


class LearnerNameForm(FlaskForm):
    display_name = StringField("Name", validators=[DataRequired("Type a name."), Length(max=80)])


class MergeLearnerForm(FlaskForm):
    other_id = SelectField("The same student's other entry", coerce=int,
                           validators=[InputRequired("Choose the other entry.")])


class JoinForm(FlaskForm):
    code = StringField("Class code", validators=[DataRequired("Type the code your teacher gave you."),
                                                 Length(max=16)])
    display_name = StringField("Your name as your teacher will see it",
                               validators=[DataRequired("Type your name."), Length(max=80)])


class ResumeForm(FlaskForm):
    code = StringField("Your resume code", validators=[DataRequired("Type your resume code."),
                                                       Length(max=64)])


class PositionForm(FlaskForm):
    """Move a question up or down (only the CSRF token and a direction)."""

    steps = IntegerField(validators=[InputRequired(), NumberRange(min=-1, max=1)])


class ActionForm(FlaskForm):
    """A button that changes something (publish, delete): only the CSRF token."""
