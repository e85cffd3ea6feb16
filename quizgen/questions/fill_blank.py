"""Fill in the blank: one key name, date or number taken out of an article sentence."""
from __future__ import annotations

import re

from ..model import Question
from .clauses import pronoun_problem
from .context import Context, phrase_in, question, word_count
from .distractors import _MONTH_AP, _MONTH_FULL
from .mentions import NAME_KINDS

BLANK = "_____"
_PREF = {"PERSON": 0, "ORG": 1, "MEDIA": 1, "COUNTRY": 1, "CITY": 2, "STATE": 2, "PLACE": 2, "DATE": 2,
         "MONEY": 3, "NUMBER": 3, "PERCENT": 3, "DURATION": 4, "QUANTITY": 4, "TIME": 3}


def accepted(text: str, full: str) -> tuple[str, ...]:
    """Other spellings a learner may type for the same answer."""
    alts = []
    if full and full != text:
        alts.append(full)
    for ap, fu in zip(_MONTH_AP, _MONTH_FULL):
        if ap != fu and re.search(r"\b%s" % re.escape(ap), text):
            alts.append(text.replace(ap, fu))
    if "," in text and re.search(r"\d,\d", text):
        alts.append(re.sub(r"(?<=\d),(?=\d)", "", text))
    if text.startswith("$"):
        alts.append(text[1:] + " dollars")
    if re.search(r"\bpercent\b", text):
        alts.append(text.replace(" percent", "%"))
    if text.lower().startswith("the "):
        alts.append(text[4:])
    out = []
    for a in alts:
        if a not in out and a != text:
            out.append(a)
    return tuple(out)


def generate(ctx: Context) -> list[Question]:
    out = []
    doc = ctx.doc
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        ments = sorted(ctx.index.by_sentence.get(s.id, []), key=lambda m: (_PREF.get(m.kind, 5), m.start))
        words = word_count(s.text)
        if words < 6 or words > 34:      # a longer sentence makes a reading test, not a recall one
            continue
        for m in sorted(ments, key=lambda m: m.modifier):
            if m.kind in NAME_KINDS and m.full != m.text and len(m.text.split()) == 1:
                continue
            a = doc[m.start].idx - span.start_char
            raw = doc[m.start:m.end].text
            off = raw.find(m.text)
            if off < 0:
                continue
            a += off
            b = a + len(m.text)
            prompt = s.text[:a] + BLANK + s.text[b:]
            if s.text.count(m.text) > 1 or phrase_in(m.text, prompt) or \
                    (m.modifier and (a > 0 and s.text[a - 1] == "-" or s.text[b:b + 1] == "-")):
                continue
            prompt = _tidy(prompt)
            q = question("fill_blank", prompt, m.text, s.id, focus=m.coarse, accept=accepted(m.text, m.full))
            pron = pronoun_problem(doc, [t.i for t in span])
            out.append((q, pron))
            break
    return [q for q, pron in out if not pron] + [q.__class__(**{**q.__dict__, "focus": q.focus + ":context"})
                                                  for q, pron in out if pron]


def _tidy(text: str) -> str:
    t = text.strip()
    # a sentence that opens or closes a quotation spread over several sentences: drop the lone mark
    if t.count("\u201c") + t.count("\u201d") + t.count('"') == 1:
        t = t.strip("\u201c\u201d\"")
    return t.strip()
