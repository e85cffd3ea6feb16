"""WTForms forms for students: one quiz form built from an attempt's questions."""
from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from wtforms import Form, FormField, HiddenField, RadioField, SelectChoice, SelectField, StringField
from wtforms.validators import DataRequired, InputRequired, Length

import quizgen.kinds

from .progress import MAX_ANSWER_LENGTH


class OrderForm(Form):
    """Put events in order: one 'position' select per event (works with keys and on phones)."""

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        positions = [f.data for f in self]
        if ok and len(set(positions)) != len(positions):
            self.form_errors.append("Give each event a different position.")
            ok = False
        return ok


class QuizForm(FlaskForm):
    """Base of every quiz form; question fields are added per attempt by `quiz_form`."""

    idempotency_key = HiddenField(validators=[DataRequired(), Length(max=64)])


def question_field_name(snap: dict[str, Any]) -> str:
    return f"q{snap['question_id']}"


def quiz_form(questions: list[dict[str, Any]], **kwargs) -> QuizForm:
    """A form with one field per question snapshot, in the attempt's (shuffled) order."""
    fields: dict[str, Any] = {}
    for number, snap in enumerate(questions, start=1):
        label = f"{number}. {snap['prompt']}"
        shape = quizgen.kinds.answer_form(snap["type"])
        if shape == "text":
            field = StringField(label, validators=[InputRequired("Type an answer."),
                                                   Length(max=MAX_ANSWER_LENGTH)])
        elif shape == "order":
            items = snap["choices"] or []
            n = len(items)
            sub = type("OrderForm", (OrderForm,), {
                f"p{i}": SelectField(item, choices=[SelectChoice(str(k), f"Position {k}") for k in range(1, n + 1)],
                                     default=str(i + 1),
                                     validators=[InputRequired("Choose a position.")])
                for i, item in enumerate(items)})
            field = FormField(sub, label=label, separator="-")
        else:
            field = RadioField(label, choices=[SelectChoice(c) for c in snap["choices"] or []],
                               validators=[InputRequired("Choose an answer.")])
        fields[question_field_name(snap)] = field
    form_class = type("AttemptQuizForm", (QuizForm,), fields)
    return form_class(**kwargs)


def answers_from(form: QuizForm, questions: list[dict[str, Any]]) -> dict[int, Any]:
    """Question id -> answer, in the shapes `progress.is_correct` marks."""
    answers: dict[int, Any] = {}
    for snap in questions:
        field = form[question_field_name(snap)]
        shape = quizgen.kinds.answer_form(snap["type"])
        if shape == "order":
            items = snap["choices"] or []
            positions = [int(field.form[f"p{i}"].data) for i in range(len(items))]
            answers[snap["question_id"]] = [item for _, item in sorted(zip(positions, items))]
        elif shape == "text":
            answers[snap["question_id"]] = (field.data or "").strip()
        else:
            answers[snap["question_id"]] = field.data
    return answers
