"""A label's bare owner 'the state's', 'the company's' written as the one state or company the article named
before it ('32 states imported the state's coal' -> "... Wyoming's coal"), as the stems already name it."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .referents import only_company_before, only_state_before

_MAX_LABEL_WORDS = 12        # a name that makes the label longer than a timeline line is left out


def kind_owners_named(label: str, sent: Span) -> str:
    """The label with each bare owner 'the state's' / 'the company's' of its sentence written as the one
    state or company the article named before it (`referents.only_state_before`, `only_company_before`);
    an owner the label writes twice, or whose name is already in the label, stays as written."""
    if "'s" not in label and "’s" not in label:
        return label            # no owner's mark: nothing to name (most labels; saves the walk)
    for tok in sent:
        owner = _bare_owner(tok)
        if owner is None:
            continue
        name = only_state_before(tok) or only_company_before(tok)
        found = list(re.finditer(rf"\b[Tt]he {re.escape(tok.text)}(['’]s)", label))
        if name is None or len(found) != 1 or name in label:
            continue
        mark = found[0].group(1)
        owned = f"{name}{mark[0]}" if name.endswith("s") else f"{name}{mark}"
        named = label[:found[0].start()] + owned + label[found[0].end():]
        if len(named.split()) <= _MAX_LABEL_WORDS:
            label = named
    return label


def _bare_owner(tok: Token) -> Token | None:
    """'the state's': a common noun owning the next phrase, with no word but 'the' and its mark."""
    if tok.dep_ != "poss" or tok.pos_ != "NOUN" or tok.ent_type_:
        return None
    words = [c for c in tok.children if c.dep_ not in ("punct", "case")]
    return tok if len(words) == 1 and words[0].lower_ == "the" and words[0].i == tok.i - 1 else None
