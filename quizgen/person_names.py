"""A person's name as printed from its entity, without titles, marks or a possessive ('Vice President
Ann Roe's' -> 'Ann Roe'); the title words a name may carry; whether the article brings a name in as a spokesperson."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .inner_punct import in_word_hyphen
from .memo import per_article
from .wordlists import rows, tagged, word_set

TITLE_NOUNS = frozenset(r[0] for r in rows("title_words.tsv"))    # every title a name may carry
NAME_TITLES = tagged("title_words", "name")     # the titles a resolved name is printed without
_TITLE_MODIFIERS = word_set("title_modifiers")
_SPOKESPEOPLE = word_set("spokesperson_roles")


def name_text(ent: Span, titles: frozenset[str] = NAME_TITLES) -> str:
    """The words of a person entity without the `titles` (as written, lower case), a title's modifier
    ('Crown' of 'Crown Prince'), marks and a closing possessive; an initial ('J.') and a hyphen inside
    a word ('Jean-Louis') stay, written together where the text writes them so."""
    kept = [t for t in ent if _name_word(t, ent.start, titles)]
    text = "".join(_glue(kept, n) + k.text for n, k in enumerate(kept)).strip()
    text = re.sub(r"[’']s$", "", text).strip()
    # 'SpaceX’s Crew Dragon' (a misread name holding an owner): the owner's mark stays on its word
    return re.sub(r" ([’']s?)(?= )", r"\1", text)


def _name_word(t: Token, start: int, titles: frozenset[str]) -> bool:
    """A word of the name: no title or mark, but an initial ('J.') and a hyphen inside a word ('Jean-Louis')."""
    if _title_modifier(t, titles):
        return False
    return t.lower_ not in titles and not t.is_punct or t.text.endswith(".") and len(t.text) <= 3 and t.i > start \
        or in_word_hyphen(t)


def _title_modifier(t: Token, titles: frozenset[str]) -> bool:
    """'Crown' of 'Crown Prince Naruhito', 'Vice' of 'Vice President': part of the title after it."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ in _TITLE_MODIFIERS and after is not None and after.lower_ in titles | _TITLE_MODIFIERS


def _glue(kept: list[Token], n: int) -> str:
    """What goes before the n-th kept word: nothing where the text writes the two together."""
    if not n:
        return ""
    return "" if kept[n].i == kept[n - 1].i + 1 and not kept[n - 1].whitespace_ else " "


@per_article
def introduced_as_spokesperson(text: str, name: str) -> bool:
    """The article brings the person in as someone's spokesperson ('Paul Moskal, a spokesman for ...',
    'press secretary Josh Ernst'): a mouthpiece reports on others and holds no view of its own."""
    near = "|".join(re.escape(r) for r in _SPOKESPEOPLE)
    who = re.escape(name)
    # 'spokesman Sgt. Mark Francis': a rank may stand between the role and the name
    pattern = rf"{who},\s+(?:a|an|the)\s+(?:[\w.-]+\s+){{0,3}}(?:{near})\b|\b(?:{near})\s+(?:for\s+[\w .]+?\s+)?" \
              rf"(?:[A-Z][a-z]{{1,4}}\.\s+)?{who}"
    return re.search(pattern, text, re.I) is not None
