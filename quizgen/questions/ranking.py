"""Overgenerate and rank: score every candidate, drop near-duplicates, keep the best per kind."""
from __future__ import annotations

import dataclasses
import difflib
import functools
from collections import Counter
from collections.abc import Callable

from ..index import clean_number
from ..kinds import KINDS
from ..lexicon import key
from ..model import Question
from ..wordlists import word_set
from .context import norm, word_count

BASE = {name: kind.base_score for name, kind in KINDS.items()}
KEEP = {name: kind.keep for name, kind in KINDS.items()}
MIN_PER_KIND = 3      # a kind with candidates keeps at least this many when facts can be shared out
# a bank smaller than this cannot fill a quiz of six without its weakest questions: it may take a
# second question of a kind on a sentence when that one tests another fact of it
SMALL_BANK = 12
_GOOD_FOCUS = word_set("good_question_focus")


def score(q: Question, centrality: dict[int, float], n_sentences: int) -> float:
    s = BASE.get(q.type, 0.5)
    n = word_count(q.prompt)
    if q.type in ("multiple_choice", "true_false", "when", "fill_blank"):
        if n > 20:
            s -= 0.012 * (n - 20)
        if n < 6:
            s -= 0.05
    if q.focus in _GOOD_FOCUS:
        s += 0.06
    if q.focus.endswith(":context"):
        s -= 0.15                    # the sentence leans on an earlier one ("It is named for ...")
    s += 0.10 * centrality.get(q.sentence_id, 0.0)
    if n_sentences:
        s += 0.03 * (1 - q.sentence_id / n_sentences)   # the lead carries the main facts
    if q.type == "true_false" and q.answer == "False":
        s += 0.02
    return max(0.0, min(1.0, s))


# stems this alike are one question; stems a little less alike are one question only when they ask
# for the same thing ('When did X beatify Y?' beside 'Who beatified Y?' asks two)
_ALIKE = 0.82
_SAME = 0.9


def _likeness(a: str, b: str, a_chars: Counter, b_chars: Counter) -> float:
    """How alike two stems read (difflib's ratio), or 0.0 when they cannot reach _ALIKE: lengths too
    far apart, or too few letters in common (the ratio never exceeds that share, and costs far more)."""
    if a == b:
        return 1.0
    if abs(len(a) - len(b)) > 0.25 * max(len(a), len(b)):
        return 0.0
    if 2.0 * sum((a_chars & b_chars).values()) / (len(a) + len(b)) < _ALIKE:
        return 0.0
    return difflib.SequenceMatcher(None, a, b).ratio()


def shared_facts(cands: list[Question]) -> dict[str, str]:
    """Question id -> the fact it tests. Candidates with one id (the same prompt from the same
    sentence) are one question and share one fact: the last one given, except that a true
    statement keeps a fact given before it."""
    facts: dict[str, str] = {}
    for q in cands:
        if q.fact is None:
            continue
        if q.type == "true_false" and q.answer == "True":
            facts[q.id] = facts.get(q.id) or q.fact
        else:
            facts[q.id] = q.fact
    return facts


def fact_of(q: Question, facts: dict | None = None) -> tuple[int, str] | None:
    """The fact a question tests: its evidence sentence and the value asked for ("Monday").

    A multiple choice, a blank, a who-said and a when question answered by the same value of the
    same sentence test one fact, and so does a true/false statement built around that value."""
    if q.type == "order_events":
        return None
    value = (facts or {}).get(q.id, q.fact)     # facts: from shared_facts
    if value is None:
        if q.type == "true_false" or not isinstance(q.answer, str):
            return None
        value = q.answer
    k = key(clean_number(str(value)))
    return (q.sentence_id, k) if k else None


def rank(cands: list[Question], centrality: dict[int, float], n_sentences: int,
         facts: dict | None = None, doubtful: frozenset[str] = frozenset()) -> list[Question]:
    """Best first; near-duplicate prompts and second questions on one fact dropped. A `doubtful`
    question (trivia the default quiz leaves out) takes its sentence's place of its kind only when
    no sound one wants it: 'Nine people, _____ students, were hospitalized' before
    'hospitalized according to _____'."""
    scored = [_rule_scored(q, centrality, n_sentences) for q in cands]
    scored.sort(key=lambda q: (q.id in doubtful, -q.score, q.sentence_id, q.type, q.prompt))
    tally = _Tally()
    held = _take_best(scored, facts, tally)
    if len(tally.kept) < SMALL_BANK:
        tally = _Tally()
        held = _take_best(scored, facts, tally, doubtful, second_facts=True)
    _share_facts(held, tally)
    if len(tally.kept) < SMALL_BANK:
        _statements_beside(held, tally)
    tally.kept.sort(key=lambda q: (-q.score, q.sentence_id, q.type, q.prompt))
    return tally.kept


def _rule_scored(q: Question, centrality: dict[int, float], n_sentences: int) -> Question:
    """The question with its rule score, and its twin with the twin's own: the learned ranker reads
    the rule score of whichever form the quiz may ask."""
    twin = q.twin and dataclasses.replace(q.twin, score=round(score(q.twin, centrality, n_sentences), 3))
    return dataclasses.replace(q, score=round(score(q, centrality, n_sentences), 3), twin=twin)


@dataclasses.dataclass
class _Tally:
    """The questions kept so far, counted per kind and per (sentence, kind), and which one tests each fact."""
    kept: list[Question] = dataclasses.field(default_factory=list)
    per_kind: dict[str, int] = dataclasses.field(default_factory=dict)
    per_sentence_kind: dict[tuple[int, str], int] = dataclasses.field(default_factory=dict)
    owner: dict[tuple, Question] = dataclasses.field(default_factory=dict)

    def full(self, q: Question, fact: tuple | None = None) -> bool:
        """The question's kind, or its kind on its sentence, has all the questions it may keep: one
        per sentence, or two (multiple choice, or a second that tests another fact of the sentence:
        'In which year did X start testing?' beside 'In which year did X open rides?')."""
        if self.per_kind.get(q.type, 0) >= KEEP.get(q.type, 5):
            return True
        taken = self.per_sentence_kind.get((q.sentence_id, q.type), 0)
        if q.type == "multiple_choice" or (taken == 1 and fact is not None and self._other_fact(q, fact)):
            return taken >= 2
        return taken >= 1

    def _other_fact(self, q: Question, fact: tuple) -> bool:
        """The question's sentence has a kept question of its kind, and that one tests another known fact."""
        same = [f for f, o in self.owner.items() if o.type == q.type and o.sentence_id == q.sentence_id]
        return bool(same) and fact not in same

    def count(self, q: Question, step: int) -> None:
        self.per_kind[q.type] = self.per_kind.get(q.type, 0) + step
        k = (q.sentence_id, q.type)
        self.per_sentence_kind[k] = self.per_sentence_kind.get(k, 0) + step


def _unheard(*_) -> None:
    """No one hears why a question was left out."""


def _take_best(scored: list[Question], facts: dict | None, tally: _Tally, doubtful: frozenset[str] = frozenset(),
               *, second_facts: bool = False, note: Callable[..., None] = _unheard) -> list[tuple[Question, tuple]]:
    """Keep the best questions in order; return the good ones whose fact another kind took first.
    With `second_facts`, a sound question that does not copy its sentence may be a second of its
    kind on it (a second blank would show the first one's answer). `note`, when given, hears each
    question left out: (question, "full" | "fact" | "near_duplicate", tally, fact) - for
    bench/quiz_drop_reasons.py, which tells the rules apart."""
    normed: list[tuple[str, str, Counter]] = []
    held: list[tuple[Question, tuple]] = []
    for q in scored:
        fact = fact_of(q, facts)
        second = fact if second_facts and q.id not in doubtful and q.type != "fill_blank" else None
        if tally.full(q, second):
            note(q, "full", tally, second)
            continue
        if fact and fact in tally.owner:
            if tally.owner[fact].type != q.type:
                held.append((q, fact))
            note(q, "fact", tally, fact)
            continue
        p, a = norm(q.prompt), _asked(q)
        chars = Counter(p)
        if _near_duplicate(p, a, chars, normed):
            note(q, "near_duplicate", tally, fact)
            continue
        tally.kept.append(q)
        normed.append((p, a, chars))
        if fact:
            tally.owner[fact] = q
        tally.count(q, 1)
    return held


def _near_duplicate(prompt: str, asked: str, chars: Counter, kept: list[tuple[str, str, Counter]]) -> bool:
    """A stem that reads like a kept one and asks for the same thing (or a statement like a statement).
    `chars`: the stem's letters; each kept stem comes with its own."""
    for p, a, p_chars in kept:
        alike = _likeness(prompt, p, chars, p_chars)        # one ratio serves both thresholds
        if alike >= _SAME or (alike >= _ALIKE and (asked == a or not asked or not a)):
            return True
    return False


def _asked(q: Question) -> str:
    """What a question asks for, to tell two stems on one clause apart: 'When did X beatify Y?' and
    'Who beatified Y?' read alike but ask two things (a statement asks for nothing of its own)."""
    if q.type in ("true_false", "order_events") or not isinstance(q.answer, str):
        return ""
    return norm(q.answer)


def _share_facts(held: list[tuple[Question, tuple]], tally: _Tally) -> None:
    """One question per fact, but every kind that has questions keeps a few: a fact goes to a scarce
    kind when the kind that took it has plenty of others."""
    for q, fact in held:
        if tally.per_kind.get(q.type, 0) >= MIN_PER_KIND:
            continue
        if tally.per_sentence_kind.get((q.sentence_id, q.type), 0) >= 1:
            continue
        old = tally.owner[fact]
        if tally.per_kind.get(old.type, 0) < tally.per_kind.get(q.type, 0) + 2 or old not in tally.kept:
            continue      # only from a kind that stays at least as large
        tally.kept.remove(old)
        tally.kept.append(q)
        tally.owner[fact] = q
        tally.count(old, -1)
        tally.count(q, 1)


def _statements_beside(held: list[tuple[Question, tuple]], tally: _Tally) -> None:
    """A small bank keeps the true/false statements whose fact a question of another kind took: a
    statement tests its whole clause, not the one value the other asks ('Brothers played in the new
    cup in 2022' beside 'In which year did Brothers play in the new cup?'), and the quiz takes only one
    of the two (the statement gives the other's answer away). Judged statements dropped this way were
    kept unedited 23 times in 31 (74 %, 4 edits), near the judged default quiz (78 %). Not beside a
    who-said question: 'According to X, ...' and 'Who said ...?' on one claim are one question."""
    normed = [(p, _asked(q), Counter(p)) for q in tally.kept for p in [norm(q.prompt)]]
    for q, fact in held:
        if q.type != "true_false" or q in tally.kept or tally.full(q) or tally.owner[fact].type == "who_said":
            continue
        p = norm(q.prompt)
        if _near_duplicate(p, "", Counter(p), normed):
            continue
        tally.kept.append(q)
        normed.append((p, "", Counter(p)))
        tally.count(q, 1)


def centrality_of(index) -> dict[int, float]:
    """Share of a sentence's names and dates that the article mentions elsewhere too."""
    seen: dict[str, set[int]] = {}
    for m in index.mentions:
        seen.setdefault(m.canon, set()).add(m.sentence_id)
    out = {}
    for sid, ms in index.by_sentence.items():
        if ms:
            out[sid] = sum(1 for m in ms if len(seen[m.canon]) > 1) / len(ms)
    return out


def reads_like(q: Question, others: list[Question]) -> bool:
    """The question's stem reads like one of `others` and asks the same thing (as `rank` drops near-duplicates)."""
    kept = [(p, _asked(o), Counter(p)) for o in others for p in [norm(o.prompt)]]
    prompt = norm(q.prompt)
    return _near_duplicate(prompt, _asked(q), Counter(prompt), kept)


# the share of the shorter stem's words another stem repeats in order, figures aside, that makes two
# questions on figures one question asked twice ('Farm debt rose from 18 to 40 percent' beside
# 'Home debt rose from 63 percent to 94 percent')
_SAME_FORM = 0.6
# figures (a blank counts as one) each stem needs to be read as a statistic
_FIGURES = 2
# words a stem needs before its wording can be told apart from any other short one ('A _____ met 3.')
_SHORTEST_FRAME = 6


def same_form(q: Question, other: Question) -> bool:
    """Two questions of one kind on figures of two sentences, worded alike: the next item of a list of
    statistics asked the same way as the first tests nothing new (JUDGING.md rule 9)."""
    if q.type != other.type or q.sentence_id == other.sentence_id:
        return False
    a, b = _figure_frame(q.prompt), _figure_frame(other.prompt)
    if min(a.count("#"), b.count("#")) < _FIGURES or min(len(a), len(b)) < _SHORTEST_FRAME:
        return False
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(m.size for m in blocks) >= _SAME_FORM * min(len(a), len(b))


@functools.lru_cache(maxsize=4096)
def _figure_frame(prompt: str) -> tuple[str, ...]:
    """The stem's words with every figure (and the blank) as '#' (cached: quiz selection compares every
    pair of questions, again for every trade it tries)."""
    return tuple("#" if t[0].isdigit() else t for t in norm(prompt.replace("_____", " 0 ")).split())

