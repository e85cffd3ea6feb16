"""Names the tagger cut short ('Navigator' of 'Quillon Navigator'), extended to their whole title-case run
before anything reads the entities, so the index, questions and labels use the full name."""
from __future__ import annotations

import calendar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .person_names import TITLE_NOUNS
from .wordlists import word_set, words

# entity labels that are names of things (not dates, times or amounts)
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})
# a nationality or party before a name describes it ('Loyalist Senate aides'): never a run's part
_DESCRIBING = frozenset({"NORP"})
_JOINERS = frozenset({"of", "&"})
_STOPS = frozenset(t.rstrip(".") for t in TITLE_NOUNS) | word_set("name_run_stops")
_CALENDAR = frozenset(w.lower() for w in words("month_names")) | {d.lower() for d in calendar.day_name}
_NOT_NAME_WORDS = _STOPS | _CALENDAR
_JOINING_LABELS = NAME_LABELS - _DESCRIBING
_NAME_MARKS = frozenset(".'\u2019&")
# a sentence with no lower-case word longer than this is a headline ('Users Told to Update Now'):
# every word of it would join a run
_HEADLINE_SMALL_WORD = 3


@Language.component("whole_names")
def _whole_names(doc: Doc) -> Doc:
    """Extend each name the tagger cut inside a title-case run to the whole run (see `whole_run`)."""
    ents = list(doc.ents)
    headline = _headline_tokens(doc)
    out, changed = [], False
    for ent in ents:
        a, b = whole_run(ent, headline)
        if (a, b) != (ent.start, ent.end):
            changed = True
            ent = Span(doc, a, b, label=_run_label(ent, a, b))
        out.append(ent)
    if changed:
        doc.ents = _without_overlaps(out)
    return doc


def whole_run(ent: Span, headline: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The token span of the whole title-case run a name entity was cut from: neighbours written in
    title case that start no sentence, are no title ('President') nor a month or weekday, and belong to no
    other kind of entity; an organisation's or place's run goes on over 'of'/'&' to a capitalised word
    ('Grain Credit Bank of Cedar Hollow'). Stops at quotes, commas and possessives (they are not title case)."""
    if ent.label_ not in NAME_LABELS or ent.label_ in _DESCRIBING or ent.start in headline:
        return ent.start, ent.end
    return _run_start(ent), _run_end(ent)


def _run_start(ent: Span) -> int:
    """The first token of the run, going back from the entity's start."""
    doc, a = ent.doc, ent.start
    if not _name_shape(doc[a]):
        return a      # the tagger's name opens with no name word ('Radio/ Harbor Daily Survey')
    while a > 0 and not doc[a].is_sent_start and _joins(doc[a - 1], ent) and doc[a - 1].ent_type_ != "GPE":
        a -= 1        # a place before a name is where the thing is ('Dunmore Safe Streets'), not its first word
    wedged = a < ent.start and a > 0 and not doc[a].is_sent_start and _other_name(doc[a - 1])
    return ent.start if wedged else a


def _run_end(ent: Span) -> int:
    """The token after the run, going on from the entity's end. A person's name goes on only before it
    ('Ralph' of 'Ralph Morely'): words after a person are what the person is tied to; words after a
    place make another thing whose short name the place would become ('Dunmore Sea Grant'); after a
    possessive or any last word that is no name word they name another thing ('Pratt's Delaney Works')."""
    doc, b = ent.doc, ent.end
    if ent.label_ in ("PERSON", "GPE") or not (_name_shape(doc[b - 1]) or doc[b - 1].lower_ in _JOINERS):
        return b
    step = _step_on(doc, b, ent)
    while step:
        b += step
        step = _step_on(doc, b, ent)
    return ent.end if b > ent.end and b < len(doc) and _stops_unread(doc[b]) else b


def _stops_unread(tok: Token) -> bool:
    """The run ends at a capitalised word it cannot read: another name (the words between are wedged
    between two names: 'Rowing Club Lake' Wenna 'Tom Dwyer'), or a title or odd word the words before
    belong to ('Senate Majority Leader', 'Orvane Class B', 'Radio/')."""
    if tok.ent_iob_ in ("B", "I") and tok.ent_type_ in NAME_LABELS:
        return True
    return tok.text[:1].isupper() and not tok.is_sent_start


def _step_on(doc: Doc, b: int, ent: Span) -> int:
    """How many tokens from `b` on the run takes next: a name word (1), 'of'/'&' and one (2), or none."""
    if b >= len(doc):
        return 0
    if _joins(doc[b], ent):
        return 1
    return 2 if doc[b].lower_ in _JOINERS and b + 1 < len(doc) and _joins(doc[b + 1], ent) else 0


def _other_name(tok: Token) -> bool:
    """A word of another name, which the run may not reach through untagged words."""
    return tok.ent_iob_ in ("B", "I") and tok.ent_type_ in NAME_LABELS


def _joins(tok: Token, ent: Span) -> bool:
    """A word that belongs to the run of `ent`'s name."""
    if not _name_word(tok):
        return False
    other = tok.ent_type_ if tok.ent_iob_ in ("B", "I") else ""
    if not other:
        return tok.tag_ in ("NNP", "NNPS")      # a proper noun: not 'In' or 'The' opening a quotation
    # another name joins only where neither is a person ('Quillon' ORG + 'Navigator' PRODUCT)
    return other in _JOINING_LABELS and "PERSON" not in (other, ent.label_) and not ent.start <= tok.i < ent.end


def _name_word(tok: Token) -> bool:
    """A capitalised word of letters (dots, apostrophes, '&' inside: 'D.C.', "O'Hara", 'A&M') that starts
    no sentence and is no title, month or weekday; not a lone letter ('Class B'), a figure ('Mark-2'),
    a slashed pair ('News/') or part of a hyphened word ('T-shirt')."""
    return not tok.is_sent_start and _name_shape(tok)


def _name_shape(tok: Token) -> bool:
    """Written like a word of a name (see `_name_word`), wherever it stands."""
    text = tok.text
    if len(text) < 2 or not text[0].isupper() or not all(c.isalpha() or c in _NAME_MARKS for c in text):
        return False
    low = tok.lower_.rstrip(".")
    plural = low[:-1] if low.endswith("s") else low        # 'Justices Tom Dwyer and ...'
    return low not in _NOT_NAME_WORDS and plural not in _NOT_NAME_WORDS and not _hyphened(tok)


def _hyphened(tok: Token) -> bool:
    """Part of a hyphened word ('T-shirt', 'Dock-3'): the compound is no name word of its own."""
    doc = tok.doc
    after = tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-"
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    return after or before


def _run_label(ent: Span, a: int, b: int) -> str:
    """The entity's own label, unless the run's last word belongs to another name: English names end in
    their head word ('Quillon Navigator' is what 'Navigator' is), so that name's label wins; past an 'of'
    the head is before it ('Bank of Cedar Hollow' is a bank)."""
    last = ent.doc[a:b][-1]
    added = ent.doc[ent.end:b]
    if added and not any(t.lower_ in _JOINERS for t in added) and last.ent_iob_ in ("B", "I") \
            and last.ent_type_ in NAME_LABELS:
        return last.ent_type_
    return ent.label_


def _without_overlaps(ents: list[Span]) -> list[Span]:
    """The entities in order with those swallowed by an extended run left out."""
    out: list[Span] = []
    for ent in sorted(ents, key=lambda e: (e.start, -e.end)):
        if out and ent.start < out[-1].end:
            continue
        out.append(ent)
    return out


def _headline_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of sentences written in title case (headlines), where a run says nothing."""
    out: set[int] = set()
    for sent in doc.sents:
        alpha = [t for t in sent if t.is_alpha]
        lower = [t for t in alpha if t.is_lower and len(t) > _HEADLINE_SMALL_WORD]
        if len(alpha) >= 3 and not lower:
            out.update(range(sent.start, sent.end))
    return frozenset(out)
