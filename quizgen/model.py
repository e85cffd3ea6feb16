"""Frozen dataclasses for everything quizgen produces; `Lesson.to_dict()` is the lesson JSON."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article body; `start`/`end` are character offsets into the body."""

    id: int
    text: str
    start: int
    end: int
    paragraph: int = 0

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "start": self.start, "end": self.end,
                "paragraph": self.paragraph}


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression as written, and (when possible) the calendar date it means."""

    text: str
    sentence_id: int
    start: int                       # character offsets into the body
    end: int
    date: dt.date | None             # None when it could not be resolved
    precision: str | None            # "day" | "month" | "year" | "week" | "season" | ... (model.PRECISIONS)
    rule: str                        # how it was resolved, in words a teacher can read
    future: bool = False             # the sentence speaks of the future ("will meet next Tuesday")
    date_end: dt.date | None = None  # for spans ("from 1990 to 1994")

    @property
    def past_day(self) -> bool:
        """A day the sentence tells as past (not one it looks ahead to)."""
        return self.date is not None and self.precision == "day" and not self.future

    def to_dict(self) -> dict:
        return {"text": self.text, "sentence_id": self.sentence_id, "start": self.start,
                "end": self.end, "date": _iso(self.date), "date_end": _iso(self.date_end),
                "precision": self.precision, "rule": self.rule, "future": self.future}


@dataclass(frozen=True)
class Event:
    """A dated happening the article reports, with its evidence sentence."""

    id: str
    date: dt.date
    # "day" | "month" | "year" (month -> YYYY-MM-01, year -> YYYY-01-01), or where the text says so
    # "week" (its Monday), "weekend" (its Saturday), "season", "quarter", "half", "decade" (first day)
    precision: str
    label: str                       # a short headline: "Russia invaded Ukraine"
    time_text: str                   # the date as written: "Feb. 24"
    sentence_id: int
    rule: str = ""                   # how the date was resolved
    future: bool = False
    date_end: dt.date | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "date": _iso(self.date), "date_end": _iso(self.date_end),
                "precision": self.precision, "label": self.label, "time_text": self.time_text,
                "sentence_id": self.sentence_id, "rule": self.rule, "future": self.future}


@dataclass(frozen=True)
class Question:
    """One question with its answer and evidence.

    type: "multiple_choice" | "true_false" | "fill_blank" | "who_said" | "order_events" | "when"
    answer: a string, or for "order_events" the event labels in chronological order.
    choices: the options shown (None for fill_blank; the labels for order_events).
    """

    id: str
    type: str
    prompt: str
    answer: str | tuple[str, ...]
    sentence_id: int
    choices: tuple[str, ...] | None = None
    focus: str = ""                  # what is asked about: "who", "where", "number", "date", ...
    score: float = 0.0               # ranking score, higher is better (0..1)
    accept: tuple[str, ...] = ()     # other answers accepted for fill_blank ("Feb. 24" / "February 24")
    event_ids: tuple[str, ...] = ()  # events a timeline question is about, in answer order
    explanation: str = ""            # for false statements: what the article actually says
    # for a bank question outside the default quiz: one plain sentence saying why it was left out
    # or needs a look (the teacher's review page shows it); empty for quiz questions
    note: str = ""
    # the value the question tests when that is not its answer ("Monday" for a when question);
    # used to keep one question per fact, neither compared nor exported
    fact: str | None = field(default=None, compare=False, repr=False)
    # a true/false statement's twin of the other key on the same clause, outside the bank: the default
    # quiz may take it instead when its statements would all be keyed alike; neither compared nor exported
    twin: "Question | None" = field(default=None, compare=False, repr=False)
    # the sound questions on the same fact that the one-question-per-fact ranking left out of the bank,
    # best first: the default quiz may take one when this question does not make it; neither compared
    # nor exported
    stand_ins: tuple["Question", ...] = field(default=(), compare=False, repr=False)
    # a false statement's class of swap (true_false.swap_class: "date", "number x>2", "person", ...): the
    # default quiz mixes an all-True quiz's keys with the classes judges keep; neither compared nor exported
    swap: str = field(default="", compare=False, repr=False)

    def to_dict(self) -> dict:
        ans = list(self.answer) if isinstance(self.answer, tuple) else self.answer
        return {"id": self.id, "type": self.type, "prompt": self.prompt,
                "choices": list(self.choices) if self.choices is not None else None,
                "answer": ans, "sentence_id": self.sentence_id, "focus": self.focus,
                "score": round(self.score, 3), "accept": list(self.accept),
                "event_ids": list(self.event_ids), "explanation": self.explanation,
                **({"note": self.note} if self.note else {})}


@dataclass(frozen=True)
class Unresolved:
    """A temporal expression that could not be turned into a date (e.g. no publication date)."""

    text: str
    sentence_id: int
    reason: str

    def to_dict(self) -> dict:
        return {"text": self.text, "sentence_id": self.sentence_id, "reason": self.reason}


@dataclass(frozen=True)
class Lesson:
    """An article turned into a timeline and a bank of questions.

    `questions` is the full ranked bank (best first); `quiz` names the ids of the default
    quiz (about ten, balanced across kinds and spread over the article).
    """

    title: str
    published: dt.date | None
    source: str | None
    text: str
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]
    questions: tuple[Question, ...] = ()
    quiz: tuple[str, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    unresolved: tuple[Unresolved, ...] = ()
    messages: tuple[str, ...] = ()
    url: str | None = None
    generator: str = ""
    dateline: str | None = None           # the dateline's place, set aside from the body
    agency: str | None = None             # the agency tag ("Reuters", "AP")
    set_aside: tuple = ()                 # quizgen.cleaning.SetAside items: bylines, captions, boilerplate

    @property
    def quiz_questions(self) -> list[Question]:
        by_id = {q.id: q for q in self.questions}
        return [by_id[i] for i in self.quiz if i in by_id]

    def to_dict(self) -> dict:
        return {"title": self.title, "published": _iso(self.published), "source": self.source,
                "url": self.url, "generator": self.generator,
                "sentences": [s.to_dict() for s in self.sentences],
                "events": [e.to_dict() for e in self.events],
                "questions": [q.to_dict() for q in self.questions],
                "quiz": list(self.quiz),
                "times": [t.to_dict() for t in self.times],
                "unresolved": [u.to_dict() for u in self.unresolved],
                "messages": list(self.messages), **self._cleaning_dict()}

    def _cleaning_dict(self) -> dict:
        """Dateline, agency and what was set aside: only present when cleaning found any."""
        if not (self.dateline or self.agency or self.set_aside):
            return {}
        return {"dateline": self.dateline, "agency": self.agency,
                "set_aside": [s.to_dict() for s in self.set_aside]}


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


_SEASON_NAMES = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
_ORDINALS = ("first", "second", "third", "fourth")
# how long a period of each precision lasts, in months (day, week and weekend are counted in days)
_MONTHS_LONG = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
_DAYS_LONG = {"day": 1, "week": 7, "weekend": 2}
# every precision, finest first
PRECISIONS = tuple(sorted([*_DAYS_LONG, *_MONTHS_LONG], key=lambda p: _DAYS_LONG.get(p) or 30 * _MONTHS_LONG[p]))


def shift_date(d: dt.date, precision: str, k: int) -> dt.date:
    """A date moved by k steps of its own precision (days are moved by weeks, with an odd day),
    for wrong options of a "when" question."""
    if precision == "year":
        return d.replace(year=d.year + k, month=1, day=1)
    if precision == "month":
        m = d.month - 1 + k
        return dt.date(d.year + m // 12, m % 12 + 1, 1)
    return d + dt.timedelta(days=7 * k + (3 if k % 2 else 0))


def format_date(d: dt.date, precision: str) -> str:
    """A date as a reader writes it, at its precision: 'June 15, 2022', 'February 2022', '1990',
    'week of March 21, 2022', 'summer 2013', 'third quarter of 2013', 'the 1980s'."""
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{d.strftime('%B')} {d.year}"
    if precision in ("week", "weekend"):
        return f"{precision} of {d.strftime('%B')} {d.day}, {d.year}"
    if precision == "season":
        return f"{_SEASON_NAMES.get(d.month, 'season')} {d.year}"
    if precision in ("quarter", "half"):
        n = (d.month - 1) // (3 if precision == "quarter" else 6)
        return f"{_ORDINALS[n]} {precision} of {d.year}"
    if precision == "decade":
        return f"the {d.year}s"
    if precision == "century":
        return f"the {d.year}s"
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def period(d: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """[first day, day after the last) of the stretch a date of this precision stands for."""
    if precision in _DAYS_LONG:
        return d, d + dt.timedelta(days=_DAYS_LONG[precision])
    idx = d.year * 12 + d.month - 1 + _MONTHS_LONG.get(precision, 0)
    return d, dt.date(idx // 12, idx % 12 + 1, 1)


def times_by_sentence(times: list[TimeExpression]) -> dict[int, list[TimeExpression]]:
    """The times of each sentence id, in their order in `times` (a sentence without one is missing)."""
    out: dict[int, list[TimeExpression]] = {}
    for t in times:
        out.setdefault(t.sentence_id, []).append(t)
    return out
