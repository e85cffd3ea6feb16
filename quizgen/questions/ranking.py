"""Overgenerate and rank: score every candidate, drop near-duplicates, keep the best per kind."""
from __future__ import annotations

import dataclasses
import difflib

from ..model import Question
from .context import norm, word_count

BASE = {"multiple_choice": 0.70, "when": 0.72, "who_said": 0.66, "order_events": 0.74,
        "true_false": 0.60, "fill_blank": 0.56}
KEEP = {"multiple_choice": 24, "true_false": 14, "fill_blank": 14, "who_said": 6, "when": 8,
        "order_events": 2}
_GOOD_FOCUS = {"who", "which country", "which organisation", "when", "where", "person", "country",
               "organisation", "date", "how many", "number"}


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


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 0.25 * max(len(a), len(b)):
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.82


def rank(cands: list[Question], centrality: dict[int, float], n_sentences: int) -> list[Question]:
    """Best first; near-duplicate prompts and same-answer repeats from one sentence dropped."""
    scored = [dataclasses.replace(q, score=round(score(q, centrality, n_sentences), 3)) for q in cands]
    scored.sort(key=lambda q: (-q.score, q.sentence_id, q.type, q.prompt))
    kept: list[Question] = []
    normed: list[str] = []
    per_kind: dict[str, int] = {}
    per_sentence_kind: dict[tuple[int, str], int] = {}
    seen_facts: set[tuple] = set()
    for q in scored:
        if per_kind.get(q.type, 0) >= KEEP.get(q.type, 5):
            continue
        if per_sentence_kind.get((q.sentence_id, q.type), 0) >= (2 if q.type == "multiple_choice" else 1):
            continue
        fact = (q.type, q.sentence_id, str(q.answer)) if q.type == "multiple_choice" else None
        if fact and fact in seen_facts:
            continue
        p = norm(q.prompt)
        if any(_similar(p, o) for o in normed):
            continue
        kept.append(q)
        normed.append(p)
        if fact:
            seen_facts.add(fact)
        per_kind[q.type] = per_kind.get(q.type, 0) + 1
        per_sentence_kind[(q.sentence_id, q.type)] = per_sentence_kind.get((q.sentence_id, q.type), 0) + 1
    return kept


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
