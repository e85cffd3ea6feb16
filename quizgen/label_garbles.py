"""Repairs of timeline labels garbled by a misparse: a preposition stranded by its cut date, a bare
number as subject, a name the parser hung on a list it does not belong to."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .label_choice import word_alignment
from .phrasing import capitalise, inflect, past_be
from .syntax import FINITE_TAGS
from .wordlists import word_set

_LIST_PREPOSITIONS = word_set("example_prepositions")     # 'shares, including 2,000 bought ...'
_HEDGES = word_set("amount_hedges") | {"nearly", "almost", "least", "at"}   # 'more than 8,500 was ...'
_COUNT_LEADS = {"the"}                                      # 'the seven was won'
_OPENING_VERB_WORDS = word_set("auxiliary_forms") | {"to"}   # 'Will receive only ...', 'To be published'
_NAMES_LIKE_VERBS = frozenset({"may", "will", "can"})        # 'May will take ...', 'Will Smith won ...'
_PLURAL_FORMS = {"was": "were", "is": "are", "has": "have"}


def garbles_repaired(label: str, span: Span) -> str:
    """The label with the misparse garbles this module knows put right; unchanged when it has none."""
    if not label:
        return label
    sent = span.sent
    label = _stranded_prepositions_cut(label, sent, span)
    label = _counted_noun_restored(label, sent)
    return _stray_conjunct_cut(label, sent)


def _stranded_prepositions_cut(label: str, sent: Span, span: Span) -> str:
    """'Assets as of Sept. 30 fell' -> 'Assets fell', not 'Assets as fell': a preposition whose whole
    object was the cut date goes with it."""
    for prep in sent:
        if prep.dep_ != "prep" or prep.i + 1 >= sent.end or not _object_dated(prep, span):
            continue
        if prep.i == sent.start or prep.right_edge.i + 1 >= sent.end:
            continue           # (checked before indexing: the date may end the document, unpunctuated)
        before, after = sent.doc[prep.i - 1], sent.doc[prep.right_edge.i + 1]
        label = re.sub(rf"(?<!\S){re.escape(before.text)} {re.escape(prep.text)} (?={re.escape(after.text)}(?!\S))",
                       f"{before.text} ", label, count=1)
    return label


def _object_dated(prep: Token, span: Span) -> bool:
    """All of the preposition's object is a date ('as of Sept. 30': 'of Sept. 30' is the date's), which
    a label leaves out."""
    rest = [t for t in prep.subtree if t != prep]
    inner = [t for t in rest if not (t.dep_ == "prep" and t.head == prep)]
    return bool(inner) and all(t.ent_type_ == "DATE" or span.start <= t.i < span.end for t in inner)


def _counted_noun_restored(label: str, sent: Span) -> str:
    """'254,200 was bought for $15' -> '254,200 shares were bought for $15': a number that counts the
    noun of a list it belongs to ('holds 504,200 shares, including 254,200 bought ...') gets its noun."""
    for num in sent:
        if not (num.pos_ == "NUM" and num.dep_ == "pobj" and label.startswith(num.text + " ")):
            continue
        prep = num.head
        if prep.lower_ not in _LIST_PREPOSITIONS or prep.head.pos_ != "NOUN":
            continue
        noun = prep.head.text
        rest = label[len(num.text) + 1:]
        if num.text != "1" and noun.lower() != prep.head.lemma_.lower():
            first, _, tail = rest.partition(" ")
            rest = f"{_PLURAL_FORMS.get(first, first)} {tail}".strip()
        return f"{num.text} {noun} {rest}"
    return label


def _stray_conjunct_cut(label: str, sent: Span) -> str:
    """'X left Liberia for the United States, Duncan' -> '... for the United States': a name the parser
    joined by a bare comma to a name of another kind is no member of that list; it is cut."""
    for conj in sent:
        if conj.dep_ != "conj" or conj.pos_ != "PROPN" or not _other_kind(conj, conj.head):
            continue
        if any(c.dep_ == "cc" for c in (*conj.head.children, *conj.children)):
            continue
        words = " ".join(t.text for t in conj.subtree if t.i <= conj.i)
        tail = f", {words}"
        if label.endswith(tail):
            return label[: -len(tail)]
    return label


def _other_kind(name: Token, head: Token) -> bool:
    """Both are named entities, of different kinds (a person listed after a country)."""
    return bool(name.ent_type_ and head.ent_type_) and name.ent_type_ != head.ent_type_


def subject_lost(label: str, sent: Span) -> bool:
    """The label has no subject a reader can name: a bare number, or none at all."""
    return count_without_noun(label, sent) or without_subject(label, sent)


def count_without_noun(label: str, sent: Span) -> bool:
    """'2,285 were absent', 'The seven was won by ...': the label's subject is a bare number whose noun
    the sentence left to the reader; no timeline can print it (teachers judged 17 of 17 such bad)."""
    words = _without_leads(label.split())
    if len(words) < 2:
        return False
    number = [t for t in sent if t.text == words[0] and t.pos_ == "NUM" and t.dep_ != "nummod"]
    verb = [t for t in sent if t.text == words[1] and t.pos_ in ("VERB", "AUX")]
    return bool(number and verb)


def _without_leads(words: list[str]) -> list[str]:
    """The words after a leading 'the' and hedges ('More than 8,500 was' -> '8,500 was')."""
    lead = 0
    while lead < len(words) and words[lead].lower() in _COUNT_LEADS | _HEDGES:
        lead += 1
    return words[lead:]


def without_subject(label: str, sent: Span) -> bool:
    """'Will receive only partial dividends', 'To be published': the label opens on its verb group, its
    subject lost to the clause it hung on; teachers judged all 10 such labels bad ('May will take ...'
    has a subject, Theresa May)."""
    first = label.split(" ", 1)[0]
    if first.lower() not in _OPENING_VERB_WORDS:
        return False
    own = [t for t in sent if t.text.lower() == first.lower()]
    if not own:             # a label told from another sentence: only a name can open like a verb
        return first.lower() not in _NAMES_LIKE_VERBS
    return all(t.pos_ in ("AUX", "PART", "VERB") for t in own)


def doubled_noun_cut(label: str, sent: Span) -> str:
    """'Flight Malaysian Airlines flight MH17 was shot down' -> 'Malaysian Airlines flight MH17 was shot
    down': a page that writes a noun twice around a name ('flight X flight') keeps the second, which
    the name sits before; unchanged when the sentence doubles no noun the label prints."""
    for first in sent:
        second = _doubled(first)
        if second is None:
            continue
        between = " ".join(t.text for t in sent.doc[first.i + 1:second.i + 1])
        found = re.compile(rf"(?<!\S){re.escape(first.text)} (?={re.escape(between)}(?!\S))", re.I)
        if len(found.findall(label)) == 1:
            return capitalise(found.sub("", label, count=1))
    return label


def _doubled(first: Token) -> Token | None:
    """The same common noun again after `first` with only a name's words between ('flight Malaysian
    Airlines flight'), or None."""
    if first.pos_ != "NOUN":
        return None
    for t in first.doc[first.i + 1:min(first.i + 5, first.sent.end)]:
        if t.lower_ == first.lower_ and t.pos_ in ("NOUN", "PROPN"):
            return t if t.i > first.i + 1 else None
        if t.pos_ != "PROPN":
            return None
    return None


def participle_made_finite(label: str, sent: Span) -> str:
    """'Oliver Kahn rewarded as the top goalkeeper' (of 'Kahn, rewarded as ..., fumbled the shot') ->
    'Oliver Kahn was rewarded as ...': a past participle set off by commas after a noun describes it
    (the parser may read it as the noun's past verb, the sentence's own verb coming after the second
    comma); a label printing it as its verb says it with 'was' (or 'were'), or it is no clause."""
    pairs = word_alignment(label, sent)
    words = label.split()
    for n, t in pairs:
        noun = _described_noun(t)
        if noun is not None and n > 0 and (n - 1, noun) in pairs and \
                not any(x.tag_ in FINITE_TAGS and x.i != t.i for _, x in pairs):
            return " ".join([*words[:n], past_be(noun), *words[n:]])
    return label


def _described_noun(verb: Token) -> Token | None:
    """The noun a participle set off by a comma right after it describes ('Kahn, rewarded ...'), or None."""
    noun = _noun_before_comma(verb)
    if noun is None or inflect(verb.lemma_, "VBN") != verb.text:
        return None
    if verb.dep_ == "acl" and verb.head == noun:
        return noun
    own = verb.tag_ == "VBD" and any(c == noun and c.dep_ == "nsubj" for c in verb.children)
    return noun if own and _main_verb_after(verb) else None


def _noun_before_comma(verb: Token) -> Token | None:
    """The noun right before a comma right before a past form ('Kahn, rewarded'), or None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBN", "VBD"):
        return None
    noun = doc[verb.i - 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _main_verb_after(verb: Token) -> bool:
    """A past verb after a comma past the participle's phrase, with no subject of its own ('..., fumbled')."""
    for t in verb.doc[verb.i + 1:verb.sent.end]:
        if t.tag_ == "VBD" and verb.doc[t.i - 1].text == "," and not any(c.dep_.startswith("nsubj") for c in t.children):
            return True
    return False
