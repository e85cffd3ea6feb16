"""A stem's 'he'/'she' written as the person the article ties it to ('He argued ...' -> 'Tom Birch
argued ...'; quizgen.subject_names says which pronouns are tied), or the question refused when the name
would give its answer or an option away (JUDGING.md rules 7 and 8)."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import word_at
from ..model import Question
from ..subject_names import SUBJECT_NAMES
from .context import phrase_in


def named_subjects(q: Question, sentence: Span, prompt: str) -> str | None:
    """The prompt with each tied subject pronoun it prints written as the name (the first of its word:
    'He said he would resign' -> 'Tom Birch said he would resign'); None when the question must go."""
    tied = sentence.doc.user_data.get(SUBJECT_NAMES, {})
    done: set[str] = set()
    for tok in sentence:
        name = tied.get(tok.i)
        if name is None or tok.lower_ in done:
            continue
        done.add(tok.lower_)
        prompt = _named_in(q, sentence, tok, name, prompt)
        if prompt is None:
            return None
    return prompt


def _named_in(q: Question, sentence: Span, tok: Token, name: str, prompt: str) -> str | None:
    """The prompt with the pronoun's first use written as `name`; the prompt as it is when it prints
    no such pronoun or names the person already; None when the name is the answer or an option."""
    at = re.search(rf"(?<![\w'’-]){re.escape(tok.text)}(?![\w'’-])", prompt, re.I)
    if at is None:
        return prompt
    surname = name.split()[-1]
    if tok.lower_ == "it" and _body_refused(q, surname, sentence, prompt):
        return None
    if _in(surname, prompt):
        # the article's own 'Birch said he ...' reads well; a swapped-in 'He told Birch' would not
        return prompt if _in(surname, sentence.text) or q.type != "true_false" else None
    if _shown(q, name):
        return None
    if at.start() == 0:
        name = name[:1].upper() + name[1:]      # 'It plans ...' -> 'The Federal Reserve plans ...'
    return prompt[:at.start()] + name + prompt[at.end():]


def _body_refused(q: Question, surname: str, sentence: Span, prompt: str) -> bool:
    """An organisation's 'it' is not written in a true-false statement (on the dev set their trims
    cut the organisation's figures apart: 'offer 1,850 francs and 1,800 francs each for a block'), nor
    in a stem that dropped the speaker its sentence names ('Milton Roy said it holds ...')."""
    return q.type == "true_false" or _in(surname, sentence.text) and not _in(surname, prompt)


def _in(word: str, text: str) -> bool:
    return word_at(word, text) is not None


def _shown(q: Question, name: str) -> bool:
    """The name is, or holds, the answer or an option: in the stem it would give the key away, or
    leave an option that repeats the stem's actor."""
    if q.type == "true_false":
        return False
    options = [q.answer] if isinstance(q.answer, str) else []
    options += [c for c in (q.choices or []) if isinstance(c, str)]
    return any(phrase_in(o, name) or phrase_in(name, o) for o in options if o.strip())
