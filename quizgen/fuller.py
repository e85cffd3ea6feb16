"""The fuller form a bare 'the N' had a few sentences before ('the wage' -> 'the minimum wage'), and the
nouns that stand for a happening told before ('the move'); read by question stems and timeline labels."""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from .referents import earlier_description
from .wordlists import word_set

_ANAPHORIC_NOUNS = word_set("anaphoric_nouns")
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_FULLER_BACK = 3          # sentences before a bare noun read for its fuller form
_FULLER_TOKENS = 200      # at most so many tokens back
_SEQUENCE = word_set("sequence_adjectives")
_DESCRIBING = frozenset({"amod", "compound", "nmod"})
_FULLER_WORDS = 6         # a longer 'fuller form' is a clause of its own, not a name for the thing


def anaphoric(head: Token) -> bool:
    """A subject or object noun that stands for an act or event told before ('the move was met with ...')."""
    return head.lemma_.lower() in _ANAPHORIC_NOUNS and head.dep_ in _CORE_DEPS


def fuller_form(head: Token) -> str | None:
    """The fuller form one of the few sentences before gives a bare noun ('the wage' after 'the minimum
    wage'; 'this area' after 'the H2 area'), without its determiner for a plural; None when none of
    them describes it, or the article told of two sorts ('the Afghan team', 'the European team', 'the
    last match'): the bare noun may mean either."""
    near = _one_sort_near(head)
    if near is None:
        return None
    # 'the Trump Tower apartment valuation': a mention modifying another noun is read as well
    fuller = earlier_description(head) or _as_described(near, head.tag_ == "NNS")
    return fuller if len(fuller.split()) <= _FULLER_WORDS else None


def _as_described(t: Token, plural: bool) -> str:
    """A mention with the words that describe it ('Trump Tower apartment'), with 'the' when singular."""
    mods = _modifiers(t)
    start = min((m.left_edge.i for m in mods), default=t.i)
    words = [w.text for w in t.doc[start:t.i + 1] if w.dep_ not in ("det", "poss", "case", "punct")]
    return " ".join(words) if plural else "the " + " ".join(words)


def _one_sort_near(head: Token) -> Token | None:
    """The nearest mention describing the noun, when the article described it before as one sort
    only and did so in the few sentences before (a form from further back only may be another thing
    of the same kind)."""
    doc = head.doc
    positions, sorts_so_far = _sorts_by_mention(doc, head.lemma_, head.tag_)
    n = bisect.bisect_left(positions, head.left_edge.i)
    if n == 0 or len(sorts_so_far[n - 1]) != 1 or None in sorts_so_far[n - 1]:
        return None
    start = _window_start(head)
    for i in reversed(positions[:n]):
        if i < start:
            return None
        if _sort_of(doc[i]):
            return doc[i]
    return None


def _sorts_by_mention(doc, lemma: str, tag: str) -> tuple[list[int], list[frozenset]]:
    """The positions of a noun's mentions of one tag, and after each the sorts told so far (at most
    two kept: more tell nothing new), read once per document: a stem's 'the N' asks of every mention
    before it, and a long text repeats its nouns thousands of times."""
    cache = doc.user_data.setdefault("quizgen_sorts_by_mention", {})
    got = cache.get((lemma, tag))
    if got is None:
        positions = [i for i in nouns_by_lemma(doc).get(lemma, []) if doc[i].tag_ == tag]
        seen: set = set()
        states = []
        for i in positions:
            sort = _sort_of(doc[i])
            if sort != () and len(seen - {None}) < 2:
                seen.add(sort)
            states.append(frozenset(seen))
        got = cache[(lemma, tag)] = (positions, states)
    return got


def _window_start(head: Token) -> int:
    """Where the few sentences before the noun's own start."""
    doc = head.doc
    starts = [t.i for t in doc[max(0, head.i - _FULLER_TOKENS):head.i + 1] if t.is_sent_start]
    return starts[-_FULLER_BACK - 1] if len(starts) > _FULLER_BACK else max(0, head.i - _FULLER_TOKENS)


def _sort_of(t: Token) -> tuple[str, ...] | None:
    """The words that say what sort a mention is ('minimum' of 'the minimum wage', 'Iwaki' of 'the city
    of Iwaki'); () for a bare one, None for one told apart by order or time ('the last match')."""
    mods = _modifiers(t)
    if any(map(_sequencing, mods)):
        return None
    return tuple(w.lower_ for w in mods + _place_names(t))


def _place_names(t: Token) -> list[Token]:
    """The names of an 'at/of/in' phrase on the noun ('the city of Iwaki')."""
    preps = [p for p in t.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "in")]
    return [c for p in preps for c in p.children if c.dep_ == "pobj" and c.ent_type_]


def _modifiers(t: Token) -> list[Token]:
    """The words before a mention that say what sort it is; for a noun modifying another ('the Harbor
    Tower apartment valuation') the parser may hang them on that other noun."""
    owners = [t, t.head] if t.dep_ == "compound" and t.head.i > t.i else [t]
    return [c for o in owners for c in o.children
            if c.i < t.i and c.dep_ in _DESCRIBING and not c.like_num]


def _sequencing(w: Token) -> bool:
    """'last', 'latest', 'second': a modifier that tells one of several apart by order or time."""
    return w.lower_ in _SEQUENCE or w.tag_ in ("JJS", "RBS") or w.ent_type_ == "ORDINAL"


def nouns_by_lemma(doc) -> dict[str, list[int]]:
    """The positions of the document's nouns by lemma, read once per document (each stem's 'the N'
    read the whole article before it)."""
    got = doc.user_data.get("quizgen_nouns_by_lemma")
    if got is None:
        got = doc.user_data["quizgen_nouns_by_lemma"] = {}
        for t in doc:
            if t.pos_ == "NOUN":
                got.setdefault(t.lemma_, []).append(t.i)
    return got
