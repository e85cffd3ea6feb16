"""The registry of question kinds: one place that names each kind, its generator, how it is answered and shown.

The engine (bank, ranking, quiz), the exporters (GIFT, Moodle XML, QTI) and the web app (forms, marking,
templates) read this registry. A new kind is one generator module plus one `register(...)` line here; a kind
answered in one of the existing ANSWER_FORMS needs nothing else.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

# How a kind is answered, checked and exported; each exporter and the web app handle these four.
#   choice      one of `choices` (answer: the option's text)
#   true_false  "True" or "False" (choices fixed, in that order)
#   text        typed words, checked against `answer` and `accept`
#   order       every item of `choices`, in time order (answer: the list, earliest first)
ANSWER_FORMS = ("choice", "true_false", "text", "order")


@dataclass(frozen=True)
class QuestionKind:
    name: str                  # Question.type, stored with every question
    label: str                 # what teachers read (forms, lists)
    review_label: str          # heading of the kind in the plain-text review (`--format text`)
    answer_form: str           # one of ANSWER_FORMS
    generator: str             # module (in quizgen.questions) whose `generate(ctx)` makes the kind
    base_score: float          # ranking prior before the question's own merits
    keep: int                  # at most this many of the kind stay in the bank
    quiz_rank: int             # order kinds are taken in when the default quiz is filled
    ordered_choices: bool = False   # options have a meaning in their order (dates): exporters keep it
    more_generators: tuple[str, ...] = ()   # further modules making questions of the kind (another stem form)

    def generate(self, ctx) -> list:
        """The kind's candidate questions for one article context."""
        out = []
        for name in (self.generator, *self.more_generators):
            out.extend(importlib.import_module(f"quizgen.questions.{name}").generate(ctx))
        return out


KINDS: dict[str, QuestionKind] = {}


def register(kind: QuestionKind) -> QuestionKind:
    if kind.answer_form not in ANSWER_FORMS:
        raise ValueError(f"{kind.name}: answer form must be one of {ANSWER_FORMS}")
    KINDS[kind.name] = kind
    return kind


# Registration order is the order of generation and of the teacher's kind menu.
register(QuestionKind("multiple_choice", "Multiple choice", "Multiple choice", "choice",
                      "multiple_choice", base_score=0.70, keep=24, quiz_rank=0,
                      more_generators=("happening", "how_many")))   # 'What did X do?' on the main happening; numbers after a preposition
register(QuestionKind("true_false", "True or false", "True or false", "true_false",
                      "true_false", base_score=0.60, keep=14, quiz_rank=2,
                      more_generators=("reported",)))      # 'According to X, ...' on a named speaker's claim
register(QuestionKind("fill_blank", "Fill in the blank", "Fill in the blank", "text",
                      "fill_blank", base_score=0.56, keep=14, quiz_rank=4,
                      more_generators=("cause_blank",)))   # the cause a sentence states ('due to the _____')
register(QuestionKind("who_said", "Who said it", "Who said it", "choice",
                      "who_said", base_score=0.66, keep=6, quiz_rank=3))
register(QuestionKind("when", "When did it happen", "When did it happen", "choice",
                      "when", base_score=0.72, keep=8, quiz_rank=1, ordered_choices=True))
register(QuestionKind("order_events", "Put events in order", "Put in order", "order",
                      "order_events", base_score=0.74, keep=2, quiz_rank=5))
register(QuestionKind("why", "Why did it happen", "Why", "choice",
                      "why", base_score=0.70, keep=4, quiz_rank=4))


def get(name: str) -> QuestionKind | None:
    """The registered kind of this name, or None."""
    return KINDS.get(name)


def answer_form(name: str) -> str | None:
    """How a kind is answered (one of ANSWER_FORMS), or None for an unknown kind."""
    kind = KINDS.get(name)
    return kind.answer_form if kind else None


def names(form: str | None = None) -> tuple[str, ...]:
    """Registered kind names, in registration order; only those answered in `form` when given."""
    return tuple(k for k, v in KINDS.items() if form is None or v.answer_form == form)


def labels() -> dict[str, str]:
    """Kind name -> teacher-facing label, in registration order."""
    return {k: v.label for k, v in KINDS.items()}


def quiz_order() -> tuple[str, ...]:
    """Kind names in the order the default quiz takes them."""
    return tuple(sorted(KINDS, key=lambda k: KINDS[k].quiz_rank))

