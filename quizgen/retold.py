"""Whether two timeline labels tell one happening: the same act by the same actor on the same thing,
nearly the same words, or a bare 'X took place' beside a label that tells of X."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .completeness import reparse
from .headlines import names_happening, verb_of_noun
from .lexicon import content_words
from .syntax import first_child
from .wordlists import word_set

_REPEATS = word_set("repeat_words")             # 'another', 'again': one of several of a kind
_LIGHT_VERBS = frozenset({"be", "have", "say", "do"})    # alone they tell no act apart
_HOLLOW_VERBS = frozenset({"happen", "occur", "be"})     # 'the shooting was the 45th' only names it
_SAME_WORDS = 0.8       # share of the two labels' content words both hold: the same words, reordered


@dataclass(frozen=True)
class Told:
    """What a label says, as the words a reader compares two labels by."""
    verb: str                   # lemma of the label's main verb ('' without one)
    subject: str                # head of its subject ('' for a pronoun or none)
    obj: str                    # head of its object
    words: frozenset[str]       # content words
    numbers: frozenset[str]     # figures and years: '12 of 16 games' is not '13 of 16'
    nouns: frozenset[str]       # every noun's lemma
    hollow: str                 # the happening a label only says took place ('the earthquake took place')
    qualifiers: frozenset[str]  # the nouns that tell which one it was ('the shooting at the school')
    repeat: bool                # 'another attack', 'won again': one of several, never merged
    passive: bool = False       # 'Smith was convicted': the subject is the one the act was done to
    agent: str = ""             # head of a passive's 'by' phrase ('was arrested by police')


@functools.lru_cache(maxsize=4096)
def told(label: str) -> Told:
    """The parts of a label that tell its happening apart from others."""
    doc = reparse(label)
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    subj, obj = first_child(root, "nsubj", "nsubjpass"), first_child(root, "dobj")
    verb = root.lemma_.lower() if root.pos_ in ("VERB", "AUX") else ""
    subject = "" if subj is not None and subj.pos_ == "PRON" else _head_word(subj)   # 'he' may be anyone
    hollow = _hollow_noun(verb, subj, obj, subject)
    return Told(verb, subject, _head_word(obj), frozenset(content_words(label)), _numbers(doc), _nouns(doc),
                hollow, _qualifiers(subj) if hollow else frozenset(), repeating(t.text for t in doc),
                subj is not None and subj.dep_ == "nsubjpass", _agent_word(root))


def _agent_word(root) -> str:
    """The head of a passive's doer ('police' of 'was arrested by police'), '' when none is told."""
    by = first_child(root, "agent")
    return _head_word(first_child(by, "pobj")) if by is not None else ""


def _numbers(doc) -> frozenset[str]:
    return frozenset(t.lower_ for t in doc if t.like_num or any(ch.isdigit() for ch in t.text))


def _nouns(tokens) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN"))


def _qualifiers(subj) -> frozenset[str]:
    return _nouns(t for t in subj.subtree if t != subj)


def _head_word(t) -> str:
    return "" if t is None else t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_


def _hollow_noun(verb: str, subj, obj, subject: str) -> str:
    """'The earthquake took place', 'the shooting was the 45th': the happening a label names with a
    verb that says only that it happened ('' for any other label)."""
    hollow = verb in _HOLLOW_VERBS or (verb == "take" and obj is not None and obj.lower_ == "place")
    return subject if subject and hollow and names_happening(subj) else ""


def same_words(a: Told, b: Told) -> bool:
    """Nearly the same content words, no figure told otherwise: one sentence's happening said again."""
    if _apart(a, b) or not a.words or not b.words:
        return False
    return len(a.words & b.words) >= _SAME_WORDS * len(a.words | b.words)


def same_act(a: Told, b: Told) -> bool:
    """The same verb with the same subject, and the same object when both have one ('the Broncos
    beat the Panthers' twice); two actors of one verb ('Smith spoke', 'Jones spoke') are two acts."""
    if _apart(a, b) or a.hollow or b.hollow or a.verb in _LIGHT_VERBS:
        return False
    if a.passive != b.passive:
        return _same_act_voiced(a, b) if b.passive else _same_act_voiced(b, a)
    return _same_act_one_voice(a, b)


def _same_act_one_voice(a: Told, b: Told) -> bool:
    return bool(a.verb and a.subject) and (a.verb, a.subject) == (b.verb, b.subject) and \
        (a.obj == b.obj or not (a.obj and b.obj))


def _same_act_voiced(active: Told, passive: Told) -> bool:
    """'A jury convicted Smith' beside 'Smith was convicted': one act told in both voices, the
    passive's subject the active's object, and any doer the passive names the active's subject
    ('Smith was fined by the league' is not 'a court fined Smith')."""
    return bool(active.verb and active.obj) and active.verb == passive.verb and active.obj == passive.subject and \
        passive.agent in ("", active.subject)


def same_noun(a: Told, b: Told, words_a: set[str], words_b: set[str]) -> bool:
    """'The earthquake took place' beside 'the plant was damaged in the earthquake', 'the bombing at
    the clinic took place' beside 'a bomb exploded at a clinic': a label that only names a happening,
    and another that tells of it (its noun, its verb or the noun of its verb), in a sentence (its
    words: `words_a`, `words_b`) that holds every other noun of the first ('the shooting at the
    school' is not 'a shooting at a mall')."""
    if a.repeat or b.repeat:
        return False
    return _tells_of(a, b, words_b) or _tells_of(b, a, words_a)


def _tells_of(bare: Told, other: Told, words: set[str]) -> bool:
    noun = bare.hollow
    if not noun or not bare.qualifiers <= words:
        return False
    stem = verb_of_noun(noun)
    return noun in other.nouns or (stem is not None and (stem == other.verb or stem in other.nouns))


def repeating(words) -> bool:
    """'again', 'the next year', 'another': words that put a happening among several of its kind."""
    return any(w.lower() in _REPEATS for w in words)


def _apart(a: Told, b: Told) -> bool:
    """Told apart by a word of repetition or by figures both give ('won the 2019 title', 'the 2020 title')."""
    return a.repeat or b.repeat or (bool(a.numbers) and bool(b.numbers) and a.numbers != b.numbers)
