"""Sentences of the parsed article with character offsets and paragraph numbers."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .model import Sentence
from .nlp import text_of


_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’ ]+(?:,\s*[A-Z][A-Za-z.]*)*\s*(?:—|–|--|-)\s*$")


def split_sentences(doc: Doc) -> list[tuple[Sentence, Span]]:
    """Sentences (stripped of surrounding whitespace) paired with their spaCy spans."""
    out: list[tuple[Sentence, Span]] = []
    text = text_of(doc)
    paragraph = 0
    last_end = 0
    dateline_start = None
    for span in doc.sents:
        a, b = span.start_char, span.end_char
        if _DATELINE.match(span.text) and span.end < len(doc):
            dateline_start = a             # kept with the sentence it introduces
            continue
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        if out and "\n" in text[last_end:a]:
            paragraph += 1     # pasted text often has single line breaks between paragraphs
        trimmed = doc.char_span(a, b, alignment_mode="expand") or span
        if dateline_start is not None:
            a, dateline_start = dateline_start, None
            while text[a].isspace():
                a += 1
        out.append((Sentence(id=len(out), text=text[a:b], start=a, end=b, paragraph=paragraph), trimmed))
        last_end = b
    return out
