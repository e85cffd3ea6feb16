"""Find candidate temporal expressions: every rule's matches, filtered, then the longest non-overlapping ones."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import COMPILED

_PRIORITY = {name: i for i, (name, _) in enumerate(COMPILED)}

# Words before a number that make it a label, not a year ("flight 1549", "No. 1999", "Route 2000").
_NOT_YEAR_BEFORE = re.compile(r"(?:\b(?:no|nos|flight|route|room|section|article|rule|highway|interstate|"
                              r"number|model|channel|page|pages|suite|box|apartment|unit|boeing|airbus|"
                              r"tel|at|over|under|about|nearly|some|than|of\s+the|height\s+of|to)\.?\s*|[#$£€])$",
                              re.I)
_QUANTITY_BEFORE = re.compile(r"(?:\d|%|percent|million|billion|thousand|cents?|dollars?|pounds?|euros?|yen|times|once|twice|"
                              r"hours?|miles?|tons?|barrels?|shares?|units?|people|visitors|calls)\s*$", re.I)


@dataclass(frozen=True)
class Candidate:
    """One rule's match: the span it covers (context words outside the span excluded)."""

    rule: str
    start: int
    end: int
    match: re.Match


def _trigger_words() -> frozenset[str]:
    """Words without which no rule can match: the rules only run in windows around them."""
    from .lexicon import (HOLIDAYS, MONTHS, NUMBERS, ORDINALS, PARTS_OF_DAY, REFERENCES, SEASONS, SETS, UNITS,
                          WEEKDAYS)
    words = set(MONTHS) | set(WEEKDAYS) | set(UNITS) | set(SEASONS) | set(PARTS_OF_DAY) | set(SETS) | set(ORDINALS)
    words |= {w for ref in REFERENCES for w in ref.split()} | {w.split()[0].lower() for w in HOLIDAYS}
    words |= {w for w in NUMBERS if " " not in w and len(w) > 3 and NUMBERS[w] != "X"}
    words |= {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
              "today", "tonight", "yesterday", "tomorrow", "thousand", "midday", "noon", "midnight"}
    words |= {w + "s" for w in WEEKDAYS} | {w + "s" for w in SEASONS} | {w + "s" for w in PARTS_OF_DAY}
    words -= {"the", "in", "at", "of", "a", "an"}
    return frozenset(words)


_TRIGGERS = _trigger_words()
_WORD = re.compile(r"[A-Za-z]+|\d+")
_REACH_BACK, _REACH_AHEAD = 90, 140     # longer than any modifier before / after a trigger word


def _windows(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        w = m.group()
        if not (w[0].isdigit() or w.lower() in _TRIGGERS):
            continue
        a, b = max(0, m.start() - _REACH_BACK), min(len(text), m.end() + _REACH_AHEAD)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def find_candidates(text: str) -> list[Candidate]:
    """Every rule's plausible matches, then the longest non-overlapping set, in text order.

    The rules run only in windows around trigger words (digits, month names, units ...), which
    keeps the cost in proportion to the number of temporal words rather than rules x text.
    """
    found = []
    seen = set()
    windows = _windows(text)
    for name, rx in COMPILED:
        for m in (m for a, b in windows for m in rx.finditer(text, a, b)):
            if (name, m.start(), m.end()) in seen:
                continue
            seen.add((name, m.start(), m.end()))
            start = m.end("out") if "out" in rx.groupindex and m.group("out") else m.start()
            end = m.end()
            while end > start and text[end - 1] in " \t\r\n,-":
                end -= 1
            while start < end and text[start] in " \t\r\n":
                start += 1
            if end <= start or not _plausible(name, m, text, start):
                continue
            found.append(Candidate(name, start, end, m))
    found.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.rule], c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text) + 1)
    for c in found:
        if any(occupied[c.start:c.end]):
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def _plausible(rule: str, m: re.Match, text: str, start: int) -> bool:
    before = text[max(0, start - 25):start]
    after = text[m.end():m.end() + 12]
    g = m.groupdict()
    if rule == "year":
        if _NOT_YEAR_BEFORE.search(before) and not g.get("fiscal") and not g.get("early"):
            return False
        y = int(g["year"])
        if y < 1800 and not re.search(r"\b(?:in|since|of|by|from|until|to|between|circa|c\.)\s*$", before, re.I):
            return False
        if re.match(r"\s*(?:-|–)\s*\d", after) and not re.match(r"\s*[-–]\s*(?:1[5-9]|20)\d\d\b", after):
            return False
    if rule in ("set_every",) and g["q"].lower() in ("a", "an"):
        return bool(_QUANTITY_BEFORE.search(before))
    if rule == "rel_month":
        word = g["month"]
        if not g.get("rel") and not g.get("early") and len(word.rstrip(".")) <= 4 and not word.endswith(".") \
                and word.lower() not in ("may", "june", "july", "sept"):
            return False
        if word.lower() == "may" and not (g.get("rel") or g.get("early")):
            # "May" the modal verb: capitalised only at a sentence start, followed by a verb or pronoun.
            if re.match(r"\s+(?:be|have|not|also|well|never|still|I|we|you|he|she|it|they)\b", after) or \
                    re.search(r"(?:^|[.!?\"“]\s*)$", before) and not re.search(r"\b(?:in|since|until|by|on|of|"
                                                                              r"from|through|to|early|late|mid|last|next|this)\s*$", before, re.I):
                return False
        if word.isupper() and len(word) > 3 and text[max(0, start - 1):start].isalpha():
            return False
    if rule == "season":
        word = g["season"].lower()
        has_mod = g.get("rel") or g.get("rel2") or g.get("year") or g.get("syear") or g.get("yrel")
        if word in ("fall", "spring") and not has_mod:
            return False
        if (g.get("rel") or "").lower() == "the" and re.match(r"\s+of\s+(?!\d|(?:this|last|next)\s)", after):
            return False
        if word in ("fall", "spring") and (g.get("rel") or "").lower() == "the" and not g.get("year") \
                and re.match(r"\s+(?:of|in|from|line|out)\b", after):
            return False
        if word in ("fall", "spring") and (g.get("rel") or "").lower() in ("the", "that") \
                and not re.search(r"\b(?:in|during|this|by|until|since|over|through|last|next|the)\s*$", before, re.I):
            return False
    if rule == "ref":
        ref = g["ref"].lower()
        if ref == "current" and not re.match(r"\s+[a-z]", after):
            return False
        if ref in ("future", "recent") and not re.match(r"\s+[a-z]", after):
            return False
    if rule == "the_quarter":
        what = (g.get("what") or "").lower()
        if g["unit"].lower() == "period" and not what:
            return False
        if not what and re.match(r"\s+of\s+(?:a|an)\b", after):
            return False
    if rule == "the_unit":
        if re.match(r"\s+(?:of|in|before|after|when|that|which|he|she|they|we)\b", after) and \
                g["unit"].lower() in ("day",):
            return False
    if rule in ("duration", "unit_adj", "a_unit"):
        unit = g["unit"]
        if g.get("adj") == "old" or g.get("adj") == "-old" or re.match(r"[-\s]+olds?\b", after):
            return False                         # an age, which TimeML leaves untagged
        if unit[:1].isupper() and not unit.isupper():
            return False                         # "Sandra Day"
        if unit.lower().startswith("quarter") and (re.match(r"\s*(?:-|of\b)", after) or
                                                    re.search(r"-quarters?$", m.group(0).lower())):
            return False                         # a fraction: "three-quarters", "a quarter of"
        if (g.get("num") or "").lower() in ("a", "an") and _QUANTITY_BEFORE.search(before):
            return False                         # "$2 million a year": a rate, which TimeML leaves untagged
        if unit.lower() == "second" and (g.get("num") or "").lower() in ("a", "an", "one"):
            return False                         # "a second group"
    if rule == "set_adv" and m.group(0)[:1].isupper() and re.search(r"[A-Za-z]\w*\s+$", before) \
            and not re.search(r"[.!?:\"\u201c]\s*$", before):
        return False                             # "LA Weekly", "the Daily Mail": a title mid-sentence
    if rule == "set_adv" and re.match(r"\s+[A-Z]", after) and re.search(r"\b(?:the|a|party|s)\s+$", before):
        return False                             # a newspaper: "the Communist Party daily Granma"
    if rule == "quarter" and (g.get("unit") or "").lower() == "half" and not (
            g.get("year") or g.get("yrel") or g.get("ysame") or g.get("qyear") or g.get("rel")):
        return False                             # "the second half" of a match, not of a year
    if rule == "the_quarter" and (re.match(r"-(?!to-)", after) or before.endswith("-")):
        return False                             # "a quarter-century", "a rolling four-quarter test"
    if rule == "decade" and re.search(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[- ]?\s*)?$", before, re.I) \
            and not m.group(0).lower().startswith("the"):
        return False                             # "in his 30s": an age
    if rule == "rel_month" and not g.get("rel") and not g.get("early") and \
            re.match(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z][a-z]", after):
        return False                             # "the March for Life", "the March on Washington": a procession
    if rule == "dayword" and (g.get("word") or "").lower() == "today" and _GENERIC_TODAY.match(text, m.end()):
        return False                             # "today's world", "today's youth": nowadays, not a day
    if rule == "clock" and (g.get("clock") or "").lower() == "noon" and re.search(r"\bhigh\W*$", before, re.I):
        return False                             # "high noon", the idiom (and the film)
    if rule == "rel_unit" and g["unit"][:1].isupper() and not g["unit"].isupper():
        return False                             # a title: ABC's "This Week"
    if rule == "year":
        prev = re.search(r"([A-Za-z]+)\W*$", before)
        if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _YEAR_FRIENDS \
                and prev.group(1).lower() not in _MONTH_WORDS and not prev.group(1).isupper():
            return False                         # a name: "Orion 1980", "Windows 2000"
    return True


_GENERIC_TODAY = re.compile(r"(?:'s|\u2019s)\s+(?:(?:young|modern|many|increasingly|fast-changing|global)\s+)*"
                            r"(?:world|youth|society|children|kids|teenagers|young|generation|economy|culture|"
                            r"standards|technology|computers|students|families|workplace|consumers|politics)\b", re.I)
_YEAR_FRIENDS = {"in", "by", "since", "until", "from", "before", "after", "during", "of", "through", "fiscal",
                 "late", "early", "mid", "spring", "summer", "autumn", "fall", "winter", "christmas", "and",
                 "or", "to", "the", "for", "at", "until", "till", "between", "around", "about", "circa", "as",
                 "year", "calendar", "fy", "only", "also", "but", "then", "even", "last", "next", "this", "that",
                 "easter", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                 "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                 "sept", "oct", "nov", "dec", "with", "on", "into", "beyond", "within"}
_MONTH_WORDS = set()
