"""Whether a name the tagger calls an organisation names one: 'Which organization ...?' keyed to a train,
a pier, a law or a person was judged absurd (rule 5), and so are options of another kind beside it."""
from __future__ import annotations

import re

from ..index import Mention
from ..lexicon import key
from ..wordlists import mapping, word_set
from .context import Context

_NOT_ORG = word_set("not_org_words")           # 'Pier', 'Stadium', 'Law', 'Zone': a thing or a ground
_ORG_WORDS = frozenset(mapping("org_nouns"))   # 'Bank', 'Corp', 'University': a body whatever else it says
_TRAIN_HEADS = mapping("not_body_heads")       # 'Express', 'Mail': a train on the railway
_RAIL = word_set("rail_words")
_MISHAPS = word_set("vehicle_mishap_verbs")
_PLACE_BODIES = word_set("place_institution_kinds")


def not_a_body(ctx: Context, m: Mention) -> str:
    """What an ORG-tagged answer names when it is no organisation ('train', 'vehicle', 'thing', 'person'),
    or '' when it is one (or may be)."""
    words = re.findall(r"[a-z]+", m.text.lower())
    if not words:
        return ""
    if set(words) & _NOT_ORG:
        return "thing"
    if set(words) & _ORG_WORDS:
        return ""        # 'Cross Research', 'Ford Motor Co.': a body, though a person's name is in it
    lemmas = ctx.picker.sentence_lemmas(m.sentence_id)
    if words[-1] in _TRAIN_HEADS and lemmas & _RAIL:
        return _TRAIN_HEADS[words[-1]]
    if _does_a_vehicles_mishap(ctx, m):
        return "vehicle"
    return "person" if ctx.picker.persons_word(key(m.text).split()[-1]) else ""


def _does_a_vehicles_mishap(ctx: Context, m: Mention) -> bool:
    """The name is the subject of 'derailed', 'crashed', 'jumped the tracks': a vehicle."""
    head = ctx.doc[m.end - 1]
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head.lemma_.lower()
    return verb in _MISHAPS or (verb == "jump" and any(c.lemma_.lower() == "track" for c in head.head.children
                                                        if c.dep_ == "dobj"))


def kind_unasked(noun: str) -> bool:
    """A body that is as much a place ('school', 'museum'): asked as 'Which organization ...?' among
    bodies of other kinds it reads as a place among bodies, so it is asked by its own kind or not at all."""
    return noun in _PLACE_BODIES


def same_kind_options(ctx: Context, m: Mention, options: list[str]) -> list[str]:
    """The options that can stand beside an organisation: no train the article runs on its rails
    ('Kesra Express' beside a railway board and a news agency)."""
    trains = {key(o.text) for o in ctx.index.of_kind(m.coarse)
              if o.kind == "ORG" and o.text.split()[-1].lower() in _TRAIN_HEADS and not_a_body(ctx, o)}
    return [d for d in options if key(d) not in trains]
