"""Event labels cut to a headline's length by words that only describe a noun.

A label the timeline kept over MAX_LABEL_WORDS (the lead's happening, or the only event of its date) was
rejected by judges 71 times in 73: a 13-word label fails even when every word of it is right. Before such
a label is printed, the words that only describe one of its nouns go, while who did what stays: a
person's title before a full name ('Japanese Prime Minister (Shinzo Abe)'), a phrase placing the
subject ('Navy Seal snipers (on the fantail of a destroyer)'), a country owning a named body ('The
(UK's) Competition and Markets Authority'), an amount said again (', or over 2 billion euros'),
adjectives of a prepositional phrase's noun ('to (existing) shareholders'); then the last adjunct
phrase (label_choice.fitted_label). A label that no such cut brings to a headline's length stays as
it was, but for a company's legal form ('Courtaulds (PLC)') and a 'that' after a verb of saying,
which a headline never prints.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from .complements import completes_head, hyphened
from .label_choice import aligned, fitted_label, label_fault, word_alignment
from .phrasing import capitalise, inflect
from .realise import MAX_LABEL_WORDS
from .wordlists import word_set

_SUBJECT_PLACE_PREPS = word_set("subject_place_prepositions")
# the words of a title before a name: its modifiers ('Prime', 'Japanese'), and a determiner or owner
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"}) | {"det", "poss", "case", "punct"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_STATEMENT_NOUNS = word_set("statement_nouns")


def headline_length(label: str, sent: Span) -> str:
    """The label within a headline's length (module docstring); unchanged when it fits already, and
    only without the words it never needed (a legal form, a 'that') when no cut makes it fit as a
    complete clause."""
    if len(label.split()) <= MAX_LABEL_WORDS:
        return label
    was = label_fault(label, sent)
    text = tidied = _tidied(label, sent, was)
    for cut in _CUTS:
        if len(text.split()) <= MAX_LABEL_WORDS:
            break
        shorter = cut(text, sent)
        if shorter and _still_whole(shorter, sent, was):
            text = shorter
    if len(text.split()) > MAX_LABEL_WORDS and text != label:
        text = fitted_label(text, sent)
    return text if text and len(text.split()) <= MAX_LABEL_WORDS else tidied


def _tidied(label: str, sent: Span, was: str | None) -> str:
    """The label without a legal form or a 'that', whether or not it then fits: it says the same."""
    for cut in _UNSAID:
        shorter = cut(label, sent)
        label = shorter if shorter and _still_whole(shorter, sent, was) else label
    return label


def _still_whole(text: str, sent: Span, was: str | None) -> bool:
    """The cut label has no fault but its length (or the one the label had before the cut)."""
    return label_fault(text, sent) in (None, "too long", was)


def _without(label: str, sent: Span, start: int, end: int) -> str:
    """The label without the sentence's words start..end-1, when it prints them once together; ''
    otherwise."""
    phrase = sent.doc[start:end].text.strip()
    pattern = re.compile(r"(?<!\S)" + re.escape(phrase) + r"(?!\S)\s*")
    if not phrase or len(pattern.findall(label)) != 1:
        return ""
    return capitalise(re.sub(r"\s+", " ", pattern.sub("", label, count=1)).strip())


def _without_titles(label: str, sent: Span) -> str:
    """'The decision was announced by Japanese Prime Minister Shinzo Abe' -> '... by Shinzo Abe': the
    words before a person's full name that only say what the person is; the name alone still says who."""
    kept = {t.i for t in aligned(label, sent)}
    text = label
    for ent in sent.ents:
        start = _title_start(ent, kept)
        if start is not None:
            text = _without(text, sent, start, ent.start) or text
    return text if text != label else ""


def _title_start(ent: Span, kept: set[int]) -> int | None:
    """Where the title words before a printed full personal name start, or None when there are none."""
    if ent.label_ != "PERSON" or len(ent) < 2 or not all(t.i in kept for t in ent):
        return None
    start = ent.root.left_edge.i
    before = ent.doc[start:ent.start]
    return start if len(before) and all(_title_word(t, kept) for t in before) and \
        any(t.pos_ in ("NOUN", "PROPN") for t in before) else None


def _title_word(t: Token, kept: set[int]) -> bool:
    """A printed word of a title ('Japanese', 'Prime', 'Minister'), not of another person's name."""
    return (t.i in kept or t.is_punct) and t.dep_ in _TITLE_DEPS and t.ent_type_ != "PERSON"


def _without_subject_place(label: str, sent: Span) -> str:
    """'Navy Seal snipers on the fantail of a destroyer rescued a captain' -> 'Navy Seal snipers rescued
    a captain': the phrase that only places a subject which is a name or a described noun (a bare 'the
    crisis (at the plant)' would say too little without it)."""
    kept = {t.i for t in aligned(label, sent)}
    for subj in (t for t in sent if t.i in kept and _described_subject(t)):
        place = next((c for c in subj.children if _places_subject(c, kept)), None)
        if place is not None:
            return _without(label, sent, place.i, place.right_edge.i + 1)
    return ""


def _described_subject(t: Token) -> bool:
    return t.dep_ in _SUBJECT_DEPS and t.head.pos_ in ("VERB", "AUX") and _described(t)


def _places_subject(c: Token, kept: set[int]) -> bool:
    return c.dep_ == "prep" and c.i > c.head.i and c.lower_ in _SUBJECT_PLACE_PREPS and not completes_head(c) \
        and all(t.i in kept for t in c.subtree) and c.right_edge.i < c.head.head.i


def _described(noun: Token) -> bool:
    """A name, or a noun with words of its own before it that say which ('Navy Seal snipers')."""
    return noun.pos_ == "PROPN" or any(c.dep_ in ("compound", "amod", "nummod") and c.i < noun.i for c in noun.children)


def _without_place_owner(label: str, sent: Span) -> str:
    """'The UK's Competition and Markets Authority' -> 'The Competition and Markets Authority', 'of
    Australia's Sunshine Coast Rugby Union' -> 'of the Sunshine Coast Rugby Union': a place owning a
    named body; the body's own name says which it is."""
    kept = {t.i for t in aligned(label, sent)}
    for owner in (t for t in sent if t.head.i in kept and _place_owner(t)):     # 'UK's' is no word of the sentence
        det = sent.doc[owner.left_edge.i]
        if det.lower_ == "the" and det.i < owner.i:
            return _without(label, sent, det.i + 1, owner.i + 2) if det.i in kept else ""
        if owner.left_edge.i == owner.i:
            return _in_place(label, sent, owner.i, owner.i + 2, "the")
    return ""


def _place_owner(t: Token) -> bool:
    """A one-place owner ('the UK's', 'Australia's') of a multi-word name."""
    body = t.head
    return t.dep_ == "poss" and t.ent_type_ in ("GPE", "LOC") and body.pos_ == "PROPN" and \
        t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "case" and \
        any(c.dep_ in ("compound", "nmod") and c.i < body.i for c in body.children)


def _in_place(label: str, sent: Span, start: int, end: int, word: str) -> str:
    """The label with the sentence's words start..end-1 said as `word` (lower case, or a capital first)."""
    phrase = sent.doc[start:end].text.strip()
    at = label.find(phrase)
    if at < 0 or label.count(phrase) != 1:
        return ""
    return capitalise(label[:at] + word + label[at + len(phrase):])


def _without_end_place(label: str, sent: Span) -> str:
    """'Troops left the flag and a bottle of whisky (on Hans Island)': the place phrase that ends the
    label, on its verb or on the verb's object (the parser hangs it on either)."""
    pairs = word_alignment(label, sent)
    for n, prep in reversed(pairs):
        if prep.dep_ == "prep" and prep.lower_ in _SUBJECT_PLACE_PREPS and n > 0 and _on_act(prep) and \
                all(t in prep.subtree for m, t in pairs if m > n):
            return " ".join(label.split()[:n]).rstrip(",;:")
    return ""


def _on_act(prep: Token) -> bool:
    """The phrase hangs on a verb, or on its object (or a joined object) noun, not on its subject."""
    head = prep.head
    while head.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head.pos_ in ("VERB", "AUX") or head.dep_ == "dobj" and not completes_head(prep)


def _statement_told(label: str, sent: Span) -> str:
    """'Tony Bennett issued a statement calling her an artist' -> 'Tony Bennett called her an artist':
    the participle after a statement noun says what was said, as the subject's own act."""
    for noun in (t for t in aligned(label, sent) if t.dep_ == "dobj" and t.lemma_.lower() in _STATEMENT_NOUNS):
        told = _told_in(noun)
        past = inflect(told.lemma_, "VBD") if told is not None else ""
        frame = sent.doc[noun.head.i:told.i + 1].text if told is not None and past else ""
        if frame and label.count(frame) == 1:
            return label.replace(frame, past, 1)
    return ""


def _told_in(noun: Token) -> Token | None:
    """The -ing participle right after a statement noun that its verb comes before ('issued a statement
    calling'), or None."""
    told = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == noun.i + 1), None)
    return told if told is not None and noun.head.i < noun.i else None


def _without_legal_form(label: str, sent: Span) -> str:
    """'Courtaulds PLC announced plans' -> 'Courtaulds announced plans': a company's legal form after
    its name, which a headline leaves out (the name alone says which company)."""
    words = label.split()
    for n in range(1, len(words)):
        form, before = words[n].rstrip(","), words[n - 1].rstrip(",")
        if form.lower() in _LEGAL_FORMS and before[:1].isupper() and f"{before} {form}" in sent.text.replace(", ", " "):
            kept = before + ("," if words[n].endswith(",") else "")       # 'Acme, Inc., a maker'
            return " ".join(words[:n - 1] + [kept] + words[n + 1:])
    return ""


def _without_saying_that(label: str, sent: Span) -> str:
    """'Paribas said that it intends to bid' -> 'Paribas said it intends to bid': the 'that' opening
    what was said, which a headline leaves out."""
    pairs = word_alignment(label, sent)
    for (m, before), (n, tok) in zip(pairs, pairs[1:]):
        if m == n - 1 and tok.lower_ == "that" and tok.dep_ == "mark" and tok.head.dep_ == "ccomp" and \
                tok.head.head == before:
            words = label.split()
            return " ".join(words[:n] + words[n + 1:])
    return ""


def _without_restated_amount(label: str, sent: Span) -> str:
    """'About 16% of its sales, or over 2 billion euros, were to China' -> 'About 16% of its sales were
    to China': the same amount said again in another measure after ', or'."""
    for _, tok in word_alignment(label, sent):
        conj = next((c for c in tok.head.conjuncts if c.i > tok.i), None) if tok.lower_ == "or" else None
        if conj is not None and conj.ent_type_ in _AMOUNT_ENTS and tok.head.ent_type_ in _AMOUNT_ENTS:
            phrase = sent.doc[tok.i:conj.right_edge.i + 1].text
            shorter = re.sub(r",?\s*" + re.escape(phrase) + r",?(?=\s)", "", label, count=1)
            return shorter if shorter != label else ""
    return ""


def _without_spare_adjectives(label: str, sent: Span) -> str:
    """'spin off its operations to existing shareholders' -> '... to shareholders': adjectives that only
    describe the noun of a prepositional phrase, rightmost first, until the label fits; never an
    ordinal, a nationality, a superlative or comparative, nor one in a name or a hyphened word."""
    words = label.split()
    spare = [n for n, tok in word_alignment(label, sent) if n and _spare_adjective(tok)]
    for n in reversed(spare):
        if len(words) <= MAX_LABEL_WORDS:
            break
        words = words[:n] + words[n + 1:]
    return " ".join(words) if len(words) < len(label.split()) else ""


def _spare_adjective(t: Token) -> bool:
    head = t.head
    return t.dep_ == "amod" and t.pos_ == "ADJ" and t.tag_ == "JJ" and t.i < head.i and head.pos_ == "NOUN" and \
        head.dep_ == "pobj" and _plain_adjective(t)


def _plain_adjective(t: Token) -> bool:
    """No ordinal, nationality, hyphened word or word kept for its sense; not after 'a' ('a broad inquiry')."""
    return t.ent_type_ not in ("ORDINAL", "NORP") and not hyphened(t) and t.lower_ not in _KEPT_ADJECTIVES and \
        not any(c.lower_ in ("a", "an") for c in t.head.children)


_LEGAL_FORMS = word_set("legal_form_words")
_AMOUNT_ENTS = ("MONEY", "PERCENT", "QUANTITY")
_KEPT_ADJECTIVES = word_set("label_kept_adjectives")

_UNSAID: tuple[Callable[[str, Span], str], ...] = (_without_legal_form, _without_saying_that)
_CUTS: tuple[Callable[[str, Span], str], ...] = (_without_titles, _without_subject_place, _without_place_owner,
                                                 _statement_told, _without_restated_amount, _without_end_place,
                                                 _without_spare_adjectives)


def infinitive_completed(label: str, sent: Span) -> str:
    """'The white smoke started to drift' -> '... to drift out of the chimney': a label that ends on an
    infinitive cut before its phrase (label_fault's "a cut infinitive") prints the phrase, or its opening
    up to an inner object, when that keeps the label whole within a headline's length."""
    phrase = _left_out_phrase(label, sent) if label and label_fault(label, sent) == "a cut infinitive" else None
    if phrase is None:
        return label
    # the whole phrase, else up to an inner object ('out of the chimney' (of the church))
    ends = sorted({t.i for t in phrase.subtree if t.dep_ == "pobj"} | {phrase.right_edge.i}, reverse=True)
    texts = (f"{label} {sent.doc[phrase.i:end + 1].text}" for end in ends)
    return next((text for text in texts if len(text.split()) <= MAX_LABEL_WORDS and label_fault(text, sent) is None),
                label)


def _left_out_phrase(label: str, sent: Span) -> Token | None:
    """The first prepositional phrase or particle after the bare infinitive the label ends on, when it
    tells no date or time; None otherwise."""
    pairs = word_alignment(label, sent)
    if not pairs or pairs[-1][0] != len(label.split()) - 1 or pairs[-1][1].tag_ != "VB":
        return None
    phrase = next((c for c in pairs[-1][1].rights if c.dep_ in ("prep", "prt")), None)
    if phrase is None or any(t.ent_type_ in ("DATE", "TIME") for t in phrase.subtree):
        return None
    return phrase
