"""Worth asking: what keeps a checked question out of the default quiz (trivia, giveaways), and the
plain sentence the teacher's review page shows for every bank question left out."""
from __future__ import annotations

import dataclasses
import re

from ..model import Question
from ..ranker import FOCUS_GROUPS, ArticleView, contributions
from ..wordlists import mapping, word_set

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_STOP = word_set("ranker_stopwords")
_REASONS = mapping("ranker_reasons")
_MINOR_ROLES = word_set("minor_roles")      # ranker feature -> why it lowers a question, in plain words
_NON_EVENTS = word_set("non_event_phrases")
_SPOKESPEOPLE = word_set("spokesperson_roles")


def _answer_text(q: Question) -> str:
    return q.answer if isinstance(q.answer, str) and q.type not in ("true_false", "order_events") else ""


def _is_person(q: Question) -> bool:
    return FOCUS_GROUPS.get(q.focus.split(":")[0].strip().lower()) == "person"


def _names(answer: str) -> list[str]:
    """The capitalised words of an answer that name it ('Joe', 'Tacopina')."""
    return [w for w in _WORD.findall(answer) if w[:1].isupper() and len(w) > 2 and w.lower() not in _STOP]


def quiz_doubt(q: Question, view: ArticleView) -> str | None:
    """Why a question that passed the answer-key check still should not be in the default quiz, or None."""
    if any(re.search(rf"\b{re.escape(p)}\b", q.prompt, re.I) for p in _NON_EVENTS):
        return "it asks about a source not answering the reporter, not about the story"
    answer = _answer_text(q)
    names = _names(answer) if answer else []
    if not names:
        return None
    if q.type == "who_said" and _mouthpiece(answer, view):
        return "it asks for the name of a spokesperson, not for who holds the view"
    if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", q.prompt) for w in names):
        return "the question names its own answer"
    if _minor_figure(q, view, names):
        return "it asks about someone the article names only once"
    if q.type == "fill_blank" and FOCUS_GROUPS.get(q.focus.lower()) == "place" and \
            (answer.lower() in (view.title or "").lower() or view.count(answer) >= 6):
        return "the blank is on the place the whole article is about, so it is easy to guess"
    return None


def _minor_figure(q: Question, view: ArticleView, names: list[str]) -> bool:
    """A person the article names once, in passing, by a minor role (a spokesperson, an umpire, an
    analyst), away from the headline and the lead."""
    title = (view.title or "").lower()
    if not _is_person(q) or q.sentence_id <= 1 or any(w.lower() in title for w in names) \
            or max(view.count(w) for w in names) > 1:
        return False
    evidence = view.sentences[q.sentence_id].text if q.sentence_id < len(view.sentences) else ""
    return bool(set(_WORD.findall(evidence.lower())) & _MINOR_ROLES)


def _mouthpiece(answer: str, view: ArticleView) -> bool:
    """The article introduces the speaker as a spokesperson ('Paul Moskal, a spokesman for ...',
    'spokeswoman Ann Lee')."""
    near = "|".join(re.escape(r) for r in _SPOKESPEOPLE)
    who = re.escape(answer)
    pattern = rf"{who},\s+(?:a|an|the)\s+(?:[\w.-]+\s+){{0,3}}(?:{near})\b|\b(?:{near})\s+(?:for\s+[\w .]+?\s+)?{who}"
    return any(re.search(pattern, s.text, re.I) for s in view.sentences)


def on_headline(q: Question, view: ArticleView) -> bool:
    """Does the question ask about what the headline says (two of its content words, or the lead)?"""
    title = {w for w in _WORD.findall((view.title or "").lower()) if w not in _STOP and len(w) > 2}
    if not title:
        return False
    words = {w for w in _WORD.findall(f"{q.prompt} {_answer_text(q)}".lower()) if w not in _STOP}
    return len(title & words) >= 2


def notes(bank: list[Question], quiz_ids: list[str], view: ArticleView, floor: float,
          overlap: set[str] = frozenset()) -> list[Question]:
    """The bank with a note on every question outside the default quiz (none on quiz questions);
    `overlap`: ids of questions a quiz question answers or shares an answer with."""
    in_quiz = set(quiz_ids)
    out = []
    for q in bank:
        note = "" if q.id in in_quiz else _note(q, view, floor, len(in_quiz), q.id in overlap)
        out.append(dataclasses.replace(q, note=note) if note != q.note else q)
    return out


def _note(q: Question, view: ArticleView, floor: float, quiz_size: int, overlaps: bool) -> str:
    doubt = quiz_doubt(q, view)
    if doubt:
        return f"Left out: {doubt}."
    if q.score < floor:
        why = _REASONS.get(_blame(q, view), "teachers kept few questions like it")
        return f"Ranked low ({q.score:.2f}): {why}."
    if overlaps:
        return "Left out: a question of the quiz asks about the same fact or gives its answer away."
    return f"Not needed ({q.score:.2f}): the quiz already has {quiz_size} questions of its kind or sentence."


def _blame(q: Question, view: ArticleView) -> str:
    """The feature that lowers the question most among those with a reason a teacher can read."""
    pushes = [(v, name) for name, v in contributions(q, view).items() if name in _REASONS and v < 0]
    return min(pushes)[1] if pushes else ""
