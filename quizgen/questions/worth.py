"""Worth asking: what keeps a checked question out of the default quiz (trivia, giveaways), and the
plain sentence the teacher's review page shows for every bank question left out."""
from __future__ import annotations

import dataclasses
import re

from ..lexicon import content_words
from ..model import Question
from ..ranker import FOCUS_GROUPS, ArticleView, contributions
from ..wordlists import mapping, pattern, word_set, words
from .why import PURPOSE_FOCUS

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_STOP = word_set("ranker_stopwords")
_REASONS = mapping("ranker_reasons")
_MINOR_ROLES = word_set("minor_roles")      # ranker feature -> why it lowers a question, in plain words
_NON_EVENTS = word_set("non_event_phrases")
_SPOKESPEOPLE = word_set("spokesperson_roles")
_NAME_GROUPS = frozenset({"person", "place", "org"})
# a country named once is still a fact of the story's world (where it happened), not a passer-by
_NATIONS = frozenset({"country", "which country"})
# a blank next to the other end of a range: '_____ to 175 pounds', 'between 150 and _____'
_RANGE_AFTER = re.compile(r"_____\s*(?:to|and|-|–|—)\s*[$£€]?\d")
_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+[$£€]?[\d.,]+\s*(?:to|and|-|–|—)\s*[$£€]?_____")
# a statement whose whole predicate is a copula and one plain adjective: 'The shop is unassuming.'
_DESCRIPTION = re.compile(pattern("description_ending"))


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
    return _shape_doubt(q) or (_name_doubt(q, view, answer, names) if names else None)


def _shape_doubt(q: Question) -> str | None:
    """Trivia the question's own shape shows: one end of a range ('weighs _____ to 175 pounds'), a
    statement that only describes something ('The small shop is unassuming.'), or a sentence that
    only leads into a quotation ('_____ said in an editorial on Thursday:')."""
    if q.type == "fill_blank" and (_RANGE_AFTER.search(q.prompt) or _RANGE_BEFORE.search(q.prompt)):
        return "the blank is one end of a range, not a fact of the story"
    if q.type == "true_false" and q.answer == "True" and _DESCRIPTION.search(q.prompt):
        return "it asks about a description, not about a happening or a claim"
    if q.type in ("fill_blank", "true_false") and q.prompt.rstrip().endswith(":"):
        return "its sentence introduces a quotation the question leaves out"
    if q.type == "why" and q.focus == PURPOSE_FOCUS:
        return "its reason is a plain 'to ...', which may be trivial or let a wrong option be true too"
    return None


def _name_doubt(q: Question, view: ArticleView, answer: str, names: list[str]) -> str | None:
    """Trivia and giveaways of a question answered by a name."""
    if q.type == "who_said" and _mouthpiece(answer, view):
        return "it asks for the name of a spokesperson, not for who holds the view"
    if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", q.prompt) for w in names):
        return "the question names its own answer"
    if _minor_figure(q, view, names):
        return "it asks about someone the article names only once"
    if q.type != "fill_blank" or _focus_group(q) not in _NAME_GROUPS:
        return None
    if view.is_topic(answer) or (_focus_group(q) == "place" and view.mentions_of(answer) >= 6):
        what = "the place" if _focus_group(q) == "place" else "what"
        return f"the blank is on {what} the whole article is about, so it is easy to guess"
    if q.focus not in _NATIONS and named_once(q, view, names):
        return "the blank is on a name the article gives only once, away from its main story"
    return None


def _focus_group(q: Question) -> str:
    return FOCUS_GROUPS.get(q.focus.split(":")[0].strip().lower(), "other")


def named_once(q: Question, view: ArticleView, names: list[str] | None = None) -> bool:
    """The answer names something the article mentions once, outside its headline and lead: a
    passer-by, a relative, a building named in passing."""
    answer = _answer_text(q)
    names = _names(answer) if names is None and answer else (names or [])
    if not names or q.sentence_id <= 1 or view.is_topic(answer):
        return False
    title = (view.title or "").lower()
    if any(w.lower() in title for w in names):
        return False
    return view.mentions_of(answer) <= 1 and max(view.count(w) for w in names) <= 1


def minor_speaker(q: Question, view: ArticleView) -> bool:
    """A quotation whose speaker the article names once: a teacher asks about recurring actors first."""
    return q.type == "who_said" and named_once(q, view)


def _minor_figure(q: Question, view: ArticleView, names: list[str]) -> bool:
    """A person the article names once, in passing, by a minor role (a spokesperson, an umpire, an
    analyst), away from the headline and the lead."""
    if not _is_person(q) or not named_once(q, view, names):
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
    """Does the question ask about what the headline says (two of its content words, compared
    without their endings so 'kills' meets 'killed' and 'beatifies' meets 'beatified')?"""
    title = {_stem(w) for w in content_words(view.title or "")}
    if not title:
        return False
    words = {_stem(w) for w in content_words(f"{q.prompt} {_answer_text(q)}", min_length=1)}
    return len(title & words) >= 2


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[:-len(ending)]
            break
    return word[:5]


_ENDINGS = words("inflection_endings")


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
