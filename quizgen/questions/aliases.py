"""One body or person under two names in one list of options: both would be right, or one is wasted.

`distractors.same_thing` already catches a name inside another, a whole-word acronym and near-equal
spellings; this adds what it lets through: an acronym that keeps a small word's letter or names only
the start of the body ('RIDOH' / 'Rhode Island Department of Health', 'CDC' / 'Centers for Disease
Control and Prevention'), a title with one name ('Director Bong' / 'Bong Joon Ho') and one name spelled
two ways ('Oleg Psyuk' / 'Oleh Psiuk')."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .distractors import name_tokens, same_thing, title_word

_SPELLING_FLOOR = 70      # each word of two spellings of one name (oleg / oleh, psyuk / psiuk)
_LONGEST_ACRONYM = 8


def one_referent(a: str, b: str, kind: str = "") -> bool:
    """The two options could name the same body or person."""
    if same_thing(a, b, kind) or loose_acronym(a, b) or loose_acronym(b, a):
        return True
    return kind == "PERSON" and (titled_part(a, b) or titled_part(b, a) or respelled(a, b))


def distinct(answer: str, options: list[str], kind: str = "") -> list[str]:
    """The options that name neither the answer nor an option kept before them."""
    kept: list[str] = []
    for o in options:
        if not any(one_referent(o, x, kind) for x in (answer, *kept)):
            kept.append(o)
    return kept


def loose_acronym(short: str, long: str) -> bool:
    """`short` is made of the first letters of `long`'s words, from its first word on, taking or
    skipping its small words ('of', 'for'), and perhaps stopping before its last capitalised words
    (then three letters at least: 'UN' is no acronym of 'United Nations Children's Fund')."""
    s = short.strip()
    if " " in s or not 2 <= len(s) <= _LONGEST_ACRONYM or not s.isupper() or not s.isalpha():
        return False
    return _initials(s.upper(), re.findall(r"[A-Za-z]+", long), 0, 0)


def _initials(letters: str, words: list[str], i: int, capitals: int) -> bool:
    if i == len(letters):
        rest = [w for w in words if w[:1].isupper()]
        return capitals >= 2 and (not rest or len(letters) >= 3)
    if not words:
        return False
    first, more = words[0], words[1:]
    if first[0].upper() == letters[i] and _initials(letters, more, i + 1, capitals + first[0].isupper()):
        return True
    return first[0].islower() and _initials(letters, more, i, capitals)


def titled_part(short: str, long: str) -> bool:
    """'Director Bong' beside 'Bong Joon Ho': a title and one name that is a word of the other name."""
    words = short.split()
    if len(words) != 2 or not title_word(words[0]):
        return False
    return bool(name_tokens(words[1])) and name_tokens(words[1]) <= name_tokens(long)


def respelled(a: str, b: str) -> bool:
    """Two spellings of one name: as many words, each pair with the same first letter and close."""
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) < 2 or len(wa) != len(wb) or wa == wb:
        return False
    return all(x[0] == y[0] and fuzz.ratio(x, y) >= _SPELLING_FLOOR for x, y in zip(wa, wb))
