"""Spacing and marks an article's own typing leaves in a stem ('$ 2.5 billion', '_____ .', a quoted
question closed by a second '?'): mended, since one keystroke makes the stem print right (rule 1)."""
from __future__ import annotations

import re

# a currency sign typed apart from its figure ('$ 1.18'); 'US$ 20,000' too
_SIGN_SPACE = re.compile(r"([$\u00a3\u20ac]) (?=\d)")
# a blank set apart from the mark that follows it ('energy giant _____ .')
_BLANK_SPACE = re.compile(r"(_____) +(?=[.,;:?!])")
# 'Who said, "Are these weapons ...?"?': the quotation's own mark ends the question
_DOUBLE_END = re.compile(r"([?!][\u201d\"\u2019']?)\?$")


def tidy_marks(prompt: str) -> str:
    """The prompt with a currency sign joined to its figure, a blank joined to its mark, and one end
    mark where a quoted question or exclamation closes the stem."""
    prompt = _SIGN_SPACE.sub(r"\1", prompt)
    prompt = _BLANK_SPACE.sub(r"\1", prompt)
    return _DOUBLE_END.sub(r"\1", prompt)
