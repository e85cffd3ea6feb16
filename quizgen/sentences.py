"""Sentences of the parsed article with character offsets and paragraph numbers."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .model import Sentence


def split_sentences(doc: Doc) -> list[tuple[Sentence, Span]]:
    """Sentences (stripped of surrounding whitespace) paired with their spaCy spans."""
    out: list[tuple[Sentence, Span]] = []
    text = doc.text
    paragraph = 0
    last_end = 0
    for span in doc.sents:
        a, b = span.start_char, span.end_char
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        if out and "\n\n" in text[last_end:a].replace("\r", "").replace(" ", "").replace("\t", ""):
            paragraph += 1
        elif out and text[last_end:a].count("\n") >= 1 and _is_short_line(text, last_end):
            paragraph += 1
        trimmed = doc.char_span(a, b, alignment_mode="expand") or span
        out.append((Sentence(id=len(out), text=text[a:b], start=a, end=b, paragraph=paragraph), trimmed))
        last_end = b
    return out


def _is_short_line(text: str, end: int) -> bool:
    """A single line break after a line counts as a paragraph break too (pasted text)."""
    return True
