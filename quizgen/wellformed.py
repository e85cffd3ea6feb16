"""Whether a text the engine prints (stem, statement, filled cloze, timeline label) re-parses as
well-formed English: shapes no correct sentence has, found on its own parse (completeness.reparse)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .completeness import reparse
from .wordlists import word_set

_PARTICLES = word_set("standalone_particles")     # 'the fight was over', 'rebels took over'
_WH_TAGS = ("WDT", "WP", "WP$", "WRB")
_FINITE = ("VBD", "VBZ", "VBP")
_NEEDS_NOUN = ("a", "an", "the")     # an article never ends its noun phrase
_MEASURE = ("little", "bit", "lot", "few")   # 'a little late': the article belongs to a measure word
_STANDALONE = word_set("standalone_determiners")     # 'agreed to that', 'half'
_ELLIPSIS = ("\u2026", "...")
_EMBEDDED = ("relcl", "ccomp", "advcl", "csubj", "pcomp", "acl", "xcomp")
# a mark doubled (',,', ', .'), a space before a mark ('Corp .'), an empty bracket
_STRAY_MARK = re.compile(r"[,;:]\s*[,;:.?!]|\s[,;:.?!](?!\d)|\(\s*\)")
_PAIRS = (("(", ")"), ("[", "]"), ("\u201c", "\u201d"))


def garbled(text: str) -> str | None:
    """Why the text cannot be well-formed English, or None (the first fault found)."""
    found = faults(text)
    return found[0] if found else None


def faults(text: str) -> list[str]:
    """Every named fault of the text (bench/wellformed_verdicts.py measures each on judged items)."""
    text = text.strip()
    words = [t for t in reparse(text) if not t.is_punct and not t.is_space] if text else []
    if not words:
        return []
    return [name for name, found in _CHECKS if found(text, words)]


def _unbalanced_text(text: str, words: list[Token]) -> bool:
    return unbalanced(text)


def _stray_text(text: str, words: list[Token]) -> bool:
    return _STRAY_MARK.search(text) is not None


def _dangling_text(text: str, words: list[Token]) -> bool:
    return not _elided(text) and _dangling_end(words, text.endswith("?"))


def _glued_text(text: str, words: list[Token]) -> bool:
    return _glued_verbs(words)


def _misplaced_text(text: str, words: list[Token]) -> bool:
    # a quotation's own words ('Who said, "... but how ..."?') are no part of the question's order
    return text.endswith("?") and not any(m in text for m in '"\u201c\u201d') and _misplaced_wh(words)


def unbalanced(text: str) -> bool:
    """An opening bracket or quotation mark without its closing one, or the reverse."""
    return any(text.count(a) != text.count(b) for a, b in _PAIRS) or text.count('"') % 2 == 1


def _elided(text: str) -> bool:
    """A quotation cut on purpose ('... a further decline in the ...'): its end is no sentence end."""
    return text.rstrip("?.!\u201d\"' ").endswith(_ELLIPSIS)


def _dangling_end(words: list[Token], question: bool) -> bool:
    """The text stops on a word that needs more after it: a preposition without its object ('began
    about'; a question may strand one: 'Who did it come from?'), a determiner or an adjective run
    without its noun ('from a federally licensed')."""
    last = words[-1]
    if last.tag_ in ("DT", "CC", "TO", "PRP$") and last.lower_ not in _STANDALONE:
        return True
    if last.tag_ == "POS" and not words[-2].text[-1:].isdigit():    # "the 1990's" is a plural
        return True
    if not question and _bare_preposition(last):
        return True
    return _determiner_run(words)


def _bare_preposition(last: Token) -> bool:
    """A preposition without its object, not one a passive or an adjective strands ('paid for',
    'still unaccounted for')."""
    if last.dep_ != "prep" or last.tag_ != "IN" or last.lower_ in _PARTICLES or \
            any(c.dep_ == "pobj" for c in last.children):
        return False
    head = last.head
    # the parse may read a stranding participle as a past verb ('unaccounted/VBD for')
    participle = head.tag_ in ("VBN", "JJ") or (head.tag_ == "VBD" and head.lower_.endswith("ed"))
    return not (participle and head.i == last.i - 1)


def _determiner_run(words: list[Token]) -> bool:
    """An article followed only by a modified adjective or participle to the end of the text ('from a
    federally licensed'): its noun was cut. One adjective alone may stand as the noun ('the present',
    'the injured'), and so may a superlative ('among the largest')."""
    last = words[-1]
    if last.tag_ == "JJS" or (last.pos_ != "ADJ" and last.tag_ != "VBN"):
        return False
    for n, t in enumerate(reversed(words)):
        if t.lower_ in _NEEDS_NOUN:
            return n >= 2 and t.nbor().lower_ not in _MEASURE
        if t.pos_ not in ("ADJ", "ADV") and t.tag_ != "VBN":
            return False
    return False


def _glued_verbs(words: list[Token]) -> bool:
    """Two verbs back to back with nothing joining them ('was defeated watched races'): a past verb
    followed by a finite one, or a passive's participle followed by another past form that the parse
    can only read as a modifier of the next noun."""
    pairs = [(a, b) for a, b in zip(words, words[1:])
             if b.i == a.i + 1 and a.pos_ == "VERB" and a.tag_ in ("VBN", "VBD")]
    return any((b.pos_ == "VERB" and b.tag_ in _FINITE) or _past_modifier_after_passive(a, b, words) for a, b in pairs)


def _past_modifier_after_passive(a: Token, b: Token, words: list[Token]) -> bool:
    if b.tag_ not in ("VBN", "VBD", "JJ") or b.dep_ != "amod" or not b.lower_.endswith("ed"):
        return False
    # a question puts its 'was' first: 'On which day was X defeated watched races?'
    return any(c.dep_ == "auxpass" for c in a.children) or any(w.lemma_ == "be" for w in words[:a.i])


def _misplaced_wh(words: list[Token]) -> bool:
    """A question whose question word stands after its opening phrase, not relative to a noun ('The
    talks in neighbouring which country will focus?', 'On which day was what left?')."""
    whs = [t for t in words if t.tag_ in _WH_TAGS or (t.lower_ == "how" and t.i > 0)]
    opening = _opening_wh(words)
    if opening is None:
        # in a subject ('A bombing in which city wounded a nurse?') the question word follows a
        # preposition, never a modifier
        return any(map(_after_modifier, whs)) or not all(map(_relative, whs))
    # 'On which day was what left?': a second question word right after 'be' asks two things
    return any(t != opening and (t.nbor(-1).lemma_ == "be" or not _relative(t)) for t in whs)


def _after_modifier(t: Token) -> bool:
    return t.i > 0 and t.nbor(-1).pos_ in ("ADJ", "NOUN", "PROPN")


def _opening_wh(words: list[Token]) -> Token | None:
    """The question word of the opening phrase: first, or after a preposition ('In how many')."""
    for t in words[:3]:
        if t.tag_ in _WH_TAGS or t.lower_ == "how":
            return t
        if t.tag_ != "IN":
            return None
    return None


def _relative(t: Token) -> bool:
    """A relative word ('the firm which', 'the day when') or one heading an embedded clause ('said
    what he saw'): an ancestor clause that starts at or just before it."""
    return any(a.dep_ in _EMBEDDED and a.left_edge.i >= t.i - 2 for a in t.ancestors) or \
        (t.dep_ in _EMBEDDED and t.left_edge.i >= t.i - 2)


_CHECKS = (("unbalanced marks", _unbalanced_text), ("stray punctuation", _stray_text), ("dangling end", _dangling_text), ("glued verbs", _glued_text),
           ("misplaced question word", _misplaced_text))
