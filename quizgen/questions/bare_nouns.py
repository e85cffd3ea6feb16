"""Stem nouns a learner cannot place however the stem is read (JUDGING.md rule 8): a change noun with
no complement ('A recovery isn't expected until 2003': of what? "June's figure": the figure of what?)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import word_at
from ..wordlists import word_set

_COMPLEMENT_NEEDING = word_set("complement_needing_nouns")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# words of its own phrase that say what a change noun measures ('the rise in prices', 'job gain')
_SAYING_WHAT = frozenset({"prep", "compound", "nmod", "acl", "relcl", "appos", "npadvmod"})
_TIME_OWNERS = frozenset({"DATE", "TIME"})
_FIGURES = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
# nouns that read off a number and name no change of their own ('June's figure': the figure of what?)
_READING_NOUNS = frozenset({"figure", "total", "estimate", "reading"})
# adjectives that say what a change is of ('economic growth', 'industrial output')
_DOMAIN = word_set("domain_adjectives")


def unmeasured_change(sentence: Span, prompt: str, quoted: frozenset = frozenset()) -> str | None:
    """The first change noun of `prompt` (copied from `sentence`) with no word saying what changed ('A
    recovery isn't expected until 2003', "June's figure was revised"), else None; a quotation's words
    (`quoted`) are the speaker's."""
    return next((p for p in (_bare_change_noun(t, prompt) for t in sentence if t.i not in quoted) if p), None)


def _bare_change_noun(t: Token, prompt: str) -> str | None:
    """'A recovery', 'the previous total', 'June's figure' as a subject: a change noun with nothing of
    its own phrase saying what changed (`_says_what`)."""
    if t.dep_ not in _SUBJECT_DEPS or t.tag_ != "NN" or t.lemma_.lower() not in _COMPLEMENT_NEEDING:
        return None
    if _says_what(t) or word_at(t.text, prompt, ignore_case=True) is None:
        return None
    return t.doc[t.left_edge.i:t.i + 1].text


def _says_what(t: Token) -> bool:
    """Words that say what the change noun measures: its own phrase's, a name or domain word ('Chinese
    economic growth'), an owner (`_owner_says_what`), or a figure before it in the sentence ('put the
    toll at 9,000 ... the final figure')."""
    if any(c.dep_ in _SAYING_WHAT or c.dep_ == "amod" and (c.ent_type_ or c.lower_ in _DOMAIN) for c in t.children):
        return True
    return _owner_says_what(t) or any(w.like_num or w.ent_type_ in _FIGURES for w in t.sent if w.i < t.left_edge.i)


def _owner_says_what(t: Token) -> bool:
    """An owner other than a time; a time owning a change ('August's gain' of a jobs report: judges kept
    all 3) reads as the story's own, only a reading noun's ("June's figure") says when and not what."""
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    return owner is not None and (owner.ent_type_ not in _TIME_OWNERS or t.lemma_.lower() not in _READING_NOUNS)
