"""Find candidate temporal expressions: every rule's matches, filtered, then the longest non-overlapping ones."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from .lexicon import MONTHS, WEEKDAYS, alternation, table, word_list
from .patterns import COMPILED

_PRIORITY = {name: i for i, (name, _) in enumerate(COMPILED)}

# Words before a number that make it a label, not a year ("flight 1549", "No. 1999", "Route 2000").
_NOT_YEAR_BEFORE = re.compile(rf"(?:\b{alternation(word_list('not_year_before'))}\.?\s*|[#$£€])$", re.I)
# Words before "a year" that make it a rate ("$2 million a year"): no duration, no date.
RATE_BEFORE = re.compile(rf"(?:\d|%|{alternation(word_list('rate_before'))})\s*$", re.I)
# "from 1991 to 1997", "dating to 1994", "back to 1980": here "to" leads to a year, not an amount.
_TO_YEAR_BEFORE = re.compile(r"(?:\b(?:from|between)\s+(?:[A-Za-z.]+\s+)?(?:1[5-9]|20)\d\d|\b(?:dat(?:e|es|ed|ing)"
                             r"(?:\s+back)?|back|go(?:es|ing)?\s+back|went\s+back))\s+to\s*$", re.I)
# A year inside the name of a law, plan or agreement: "the 2022 Adult Survivors Act".
_NAMED_DOCUMENT_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’.-]*(?:\s+(?:of|for|and|on|the|&)(?=\s+[A-Z]))?)*?\s+"
    + alternation(word_list("document_names"), case_sensitive=True) + r"\b")
# A house number: the number, the street's capitalised name (or ordinal), then its type ("1909 Elm Drive",
# "1119 Eighth St.", "2100 N. Main Street"); a type that names other things too only after "of"/"at"
_STREET_TYPES = table("street_types")
_STREET_NAME = r"(?:\s+(?:[A-Z][A-Za-z'’-]*\.?|\d+(?:st|nd|rd|th)))(?:\s+[A-Z][A-Za-z'’-]*\.?){0,3}?\s+"
_STREET_AFTER = re.compile(_STREET_NAME + alternation([w for w, k in _STREET_TYPES.items() if k != "framed"],
                                                      case_sensitive=True) + r"\b\.?(?![A-Za-z])")
_FRAMED_STREET_AFTER = re.compile(_STREET_NAME + alternation(list(_STREET_TYPES), case_sensitive=True)
                                  + r"\b\.?(?![A-Za-z])")
_ADDRESS_BEFORE = re.compile(r"\b(?:of|at)\s+$", re.I)
# "the Class of 2024": a cohort's name
_COHORT_BEFORE = re.compile(r"\b[Cc]lass\s+of\s+$")
# "In 1998 Main Street flooded", "the 1999 Elm Street fire": after a year's preposition or a determiner
# the number is the year (a house number takes neither)
_YEAR_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|until|by|before|after|during|the|a|an|this|that|its|his|"
                                      r"her|their|our)\s+$", re.I)
# A year naming a debt by its maturity: "its 2025 bonds" (but "the 2012 bond sale" is a happening)
_MATURITY_AFTER = re.compile(rf"\s+{alternation(word_list('maturity_nouns'))}\b"
                             rf"(?!\s+{alternation(word_list('debt_sale_nouns'))}\b)", re.I)
_OLD_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|by|from|until|to|between|circa|c\.)\s*$", re.I)
_YEAR_FRIENDS = frozenset(w.lower() for w in word_list("year_friends"))
_SHORT_MONTHS = ("may", "june", "july", "sept")
_MAY_VERB_AFTER = re.compile(r"\s+(?:be|have|not|also|well|never|still|I|we|you|he|she|it|they)\b")
_MAY_DATE_BEFORE = re.compile(r"\b(?:in|since|until|by|on|of|from|through|to|early|late|mid|last|next|this)\s*$",
                              re.I)
# months that are also given names ('May Parsons'), and what may follow a month without naming a person
_NAME_MONTHS = frozenset(word_list("name_months"))
_NOT_SURNAME_AFTER_MONTH = frozenset(w.lower() for w in word_list("month_followers"))
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|each|every)|'s|\u2019s)\s*$", re.I)
_PROCESSION_AFTER = re.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z][a-z]")
_SEASON_BEFORE = re.compile(r"\b(?:in|during|this|by|until|since|over|through|last|next|the)\s*$", re.I)
# 'the week before his death', 'the year after the war', 'the year of the disaster': a happening's own
# period or a step from it, named after it, no period of now
_UNIT_FROM_HAPPENING = re.compile(r"\s+(?:before|after|of)\s+(?:his|her|their|its|the|a|an)\s", re.I)
_THE_DAY_AFTER = re.compile(r"\s+(?:of|in|before|after|when|that|which|he|she|they|we)\b")
# what makes 'at the end of the day' a real day: a time or date after it ('at the end of the day on Monday')
_TIME_AFTER_IDIOM = re.compile(r",?\s+(?:on|of|in|yesterday|today|tomorrow|this|last|next|\d|[A-Z][a-z]+day\b)")
# 'in his 30s', 'aged in their 20s and 30s', 'range in age from 20s to 50s': ages; the words between the owner
# (or 'age') and the decade may be other decades of the same list
_AGE_DECADE_BEFORE = re.compile(
    r"\b(?:his|her|its|their|my|your|our|ages?|aged)\s+"
    r"(?:(?:from|between|in|early|mid|late|[1-9]0s|and|or|to|through)[-,]?\s+)*"
    r"(?:(?:early|mid|late)[- ]?\s*)?$", re.I)
_TODAY_WORDS = table("generic_today")
_GENERIC_TODAY = re.compile(
    r"(?:'s|\u2019s)\s+(?:"
    + alternation([w for w, k in _TODAY_WORDS.items() if k in ("adj", "both")]) + r"\s+)*(?:"
    + alternation([w for w, k in _TODAY_WORDS.items() if k in ("noun", "both")]) + r")\b", re.I)


@dataclass(frozen=True)
class Candidate:
    """One rule's match: the span it covers (context words outside the span excluded)."""

    rule: str
    start: int
    end: int
    match: re.Match

    def group(self, name: str) -> str:
        """The text the rule's group `name` matched; '' when it matched nothing or the rule has no such group."""
        try:
            return self.match.group(name) or ""
        except IndexError:
            return ""


def _trigger_words() -> frozenset[str]:
    """Words without which no rule can match: the rules only run in windows around them."""
    from .lexicon import (HOLIDAYS, MONTHS, NUMBERS, ORDINALS, PARTS_OF_DAY, REFERENCES, SEASONS, SETS, UNITS,
                          WEEKDAYS)
    words = set(MONTHS) | set(WEEKDAYS) | set(UNITS) | set(SEASONS) | set(PARTS_OF_DAY) | set(SETS) | set(ORDINALS)
    words |= {w for ref in REFERENCES for w in ref.split()} | {w.split()[0].lower() for w in HOLIDAYS}
    words |= {w for w in NUMBERS if " " not in w and len(w) > 3 and NUMBERS[w] != "X"}
    words |= set(word_list("trigger_words"))
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
    return _longest(_all_matches(text), len(text))


def _all_matches(text: str) -> list[Candidate]:
    found = []
    seen = set()
    windows = _windows(text)
    for name, rx in COMPILED:
        for m in (m for a, b in windows for m in rx.finditer(text, a, b)):
            if (name, m.start(), m.end()) in seen:
                continue
            seen.add((name, m.start(), m.end()))
            cand = _trimmed(name, rx, m, text)
            if cand is not None:
                found.append(cand)
    return found


def _trimmed(name: str, rx: re.Pattern, m: re.Match, text: str) -> Candidate | None:
    """The match without context words ('out' group) and edge spaces; None when it is not plausible."""
    start = m.end("out") if "out" in rx.groupindex and m.group("out") else m.start()
    end = m.end()
    while end > start and text[end - 1] in " \t\r\n,-":
        end -= 1
    while start < end and text[start] in " \t\r\n":
        start += 1
    if end <= start or not _plausible(name, m, text, start):
        return None
    return Candidate(name, start, end, m)


def _longest(found: list[Candidate], size: int) -> list[Candidate]:
    """The longest matches first (rule order breaks ties), none overlapping a taken one; in text order."""
    found.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.rule], c.start))
    taken: list[Candidate] = []
    occupied = bytearray(size + 1)
    for c in found:
        if any(occupied[c.start:c.end]):
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


@dataclass(frozen=True)
class _View:
    """What a plausibility check looks at: the match, its groups and the text just around it."""

    rule: str
    m: re.Match
    text: str
    start: int
    before: str
    after: str
    g: dict

    def grp(self, name: str) -> str:
        return (self.g.get(name) or "").lower()


def _plausible(rule: str, m: re.Match, text: str, start: int) -> bool:
    """False for a match that is something else: a label, an age, a rate, a name, a fraction."""
    checks = _CHECKS.get(rule)
    if not checks:
        return True
    v = _View(rule, m, text, start, text[max(0, start - 25):start], text[m.end():m.end() + 12], m.groupdict())
    return all(check(v) for check in checks)


# ----------------------------------------------------------------------------- years
def _year_not_label(v: _View) -> bool:
    """'flight 1549', 'No. 1999', '$2000', a low number that is no year, the start of '1500-2000 people'."""
    if _NOT_YEAR_BEFORE.search(v.before) and not v.g.get("fiscal") and not v.g.get("early") \
            and not _TO_YEAR_BEFORE.search(v.text[max(0, v.start - 40):v.start]):
        return False
    if int(v.g["year"]) < 1800 and not _OLD_YEAR_BEFORE.search(v.before):
        return False
    return not (re.match(r"\s*(?:-|–)\s*\d", v.after) and not re.match(r"\s*[-–]\s*(?:1[5-9]|20)\d\d\b", v.after))


def name_word_before_year(word: str) -> bool:
    """A capitalised word that makes the year after it part of a name ('Orion 1980', 'Office 2007'):
    not one that may stand before a year ('In', 'Christmas', 'May'), nor an acronym."""
    return word[:1].isupper() and word.lower() not in _YEAR_FRIENDS and not word.isupper()


def _year_not_in_name(v: _View) -> bool:
    """'Orion 1980', 'Windows 2000': a capitalised word just before a year makes it part of a name;
    so does a law's or a plan's name after it ('the 2022 Adult Survivors Act', TimeML leaves it untagged)."""
    prev = re.search(r"([A-Za-z]+)\W*$", v.before)
    if prev and name_word_before_year(prev.group(1)):
        return False
    return v.g.get("fiscal") or not _NAMED_DOCUMENT_AFTER.match(v.text[v.m.end():v.m.end() + 80])


def names_no_year(text: str, start: int, end: int) -> bool:
    """The number text[start:end] is a house number ('of 1909 Elm Drive'), a debt's maturity ('its
    2025 bonds') or a cohort's ('the Class of 2024'): part of a name, no happening's year."""
    after, before = text[end:end + 60], text[max(0, start - 12):start]
    if _MATURITY_AFTER.match(after) or _COHORT_BEFORE.search(before):
        return True
    if _YEAR_PREPOSITION_BEFORE.search(before):
        return False
    return bool((_FRAMED_STREET_AFTER if _ADDRESS_BEFORE.search(before) else _STREET_AFTER).match(after))


def _year_not_address(v: _View) -> bool:
    """'of 1909 Elm Drive', 'its 2025 bonds': an address or a debt's name, not a year."""
    return bool(v.g.get("fiscal")) or not names_no_year(v.text, v.m.start("year"), v.m.end("year"))


# ----------------------------------------------------------------------------- months and seasons
def _month_not_word(v: _View) -> bool:
    """'Mar', 'Jan' without a dot, 'May' the modal verb, 'MARCH' inside a capitalised word."""
    word = v.g["month"]
    bare = not v.g.get("rel") and not v.g.get("early")
    if bare and len(word.rstrip(".")) <= 4 and not word.endswith(".") and word.lower() not in _SHORT_MONTHS:
        return False
    if word.lower() == "may" and bare and (_modal_may(v) or _surname_may(v) or _named_may_again(v)):
        return False
    return not (word.isupper() and len(word) > 3 and v.text[max(0, v.start - 1):v.start].isalpha())


def _month_not_first_name(v: _View) -> bool:
    """'nurse May Parsons', 'April Ryan asked': a month that is also a given name, bare before a
    capitalised word that is no date word ('in May Congress voted', 'the June Fed meeting' stay dates)."""
    word = v.g["month"]
    if word.lower() not in _NAME_MONTHS or v.g.get("rel") or v.g.get("early") or not word[:1].isupper():
        return True
    nxt = re.match(r"\s+([A-Z][a-z]+)\b(?!\s*\d)", v.after + v.text[v.m.end() + 12:v.m.end() + 30])
    if nxt is None or nxt.group(1).lower() in WEEKDAYS or nxt.group(1).lower() in _NOT_SURNAME_AFTER_MONTH:
        return True
    return bool(_MAY_DATE_BEFORE.search(v.before) or _DETERMINER_BEFORE.search(v.before))


def _month_not_possessive_name(v: _View) -> bool:
    """'April's mother', 'May's speech': a bare possessive month that is also a given name is the person's
    ('December's figures', 'last May's vote' stay dates)."""
    word = v.g["month"]
    return word.lower() not in _NAME_MONTHS or bool(v.g.get("rel") or v.g.get("early")) or \
        not re.match(r"['\u2019]s\b", v.after)


def _month_not_in_name(v: _View) -> bool:
    """'a Long March rocket', 'the Prague Spring': a bare capitalised month right after a capitalised word
    that cannot lead a date ('In March', 'Since March', 'Come March' can) ends a name, not a date."""
    word = v.g["month"]
    if v.g.get("rel") or v.g.get("early") or not word[:1].isupper():
        return True
    m = _NAME_WORD_BEFORE.search(v.before)
    return m is None or "." in m.group(0) or m.group(1).lower() in _MONTH_LEADS     # 'the Senate. March ...'


def _modal_may(v: _View) -> bool:
    """'May' the modal verb: capitalised only at a sentence start, followed by a verb or pronoun."""
    if _MAY_VERB_AFTER.match(v.after):
        return True
    return bool(re.search(r"(?:^|[.!?\"“]\s*)$", v.before)) and not _MAY_DATE_BEFORE.search(v.before)


def _surname_may(v: _View) -> bool:
    """'Theresa May said', 'Mrs. May': 'May' after a capitalised name word (no preposition, weekday or
    number around it) is a surname."""
    m = _NAME_WORD_BEFORE.search(v.before)
    return m is not None and m.group(1).lower() not in WEEKDAYS and not _MAY_DATE_BEFORE.search(v.before) \
        and not re.match(r"\s*\d", v.after)


_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
# 'Prime Minister Theresa May', 'Mrs May': a person named May somewhere in the text (a name word after a
# lower-case word or a comma, or a courtesy title; not a sentence's first word, which may be 'Every May')
_MAY_SURNAME = re.compile(r"(?:(?<=[a-z,] )[A-Z][a-z]+|\b(?:Mrs|Ms|Mr|Miss|Dr))\.?\s+May\b(?!\s*\d)")
_MAY_STRONG_DATE_BEFORE = re.compile(r"\b(?:in|since|until|by|of|from|through|early|late|mid|last|next|this|"
                                     r"each|every)\s*$", re.I)

_MONTH_THEN_JOIN = re.compile(rf"\b{alternation(list(MONTHS))}\.?\s*(?:to|and|or|until|through|-|–)\s*$", re.I)


def _named_may_again(v: _View) -> bool:
    """'Trump spoke to May', 'leaders such as May and Merkel': in a text that names a person May, a bare
    'May' with no date word before it ('in May', 'since May', 'the May elections') nor a number after it
    is the person."""
    if _MAY_STRONG_DATE_BEFORE.search(v.before) or _DETERMINER_BEFORE.search(v.before) or \
            _MONTH_THEN_JOIN.search(v.before) or re.match(r"\s*\d", v.after):
        return False
    return _names_a_may(v.text)


@functools.lru_cache(maxsize=32)
def _names_a_may(text: str) -> bool:
    for m in _MAY_SURNAME.finditer(text):
        word = m.group(0).split()[0].rstrip(".").lower()
        if word not in WEEKDAYS and word not in MONTHS and not _MAY_DATE_BEFORE.search(word + " "):
            return True
    return False


def _month_not_procession(v: _View) -> bool:
    """'the March for Life', 'the March on Washington': a procession."""
    return bool(v.g.get("rel") or v.g.get("early")) or not _PROCESSION_AFTER.match(v.after)


def _season_not_verb(v: _View) -> bool:
    """'fall' and 'spring' are verbs and nouns ('prices fall', 'a spring of water') unless clearly a season."""
    word, rel = v.g["season"].lower(), v.grp("rel")
    has_mod = v.g.get("rel") or v.g.get("rel2") or v.g.get("year") or v.g.get("syear") or v.g.get("yrel")
    verbish = word in ("fall", "spring")
    if verbish and not has_mod:
        return False
    if rel == "the" and re.match(r"\s+of\s+(?!\d|(?:this|last|next)\s)", v.after):
        return False
    if verbish and rel == "the" and not v.g.get("year") and re.match(r"\s+(?:of|in|from|line|out)\b", v.after):
        return False
    return not (verbish and rel in ("the", "that") and not _SEASON_BEFORE.search(v.before))


def _season_not_surname(v: _View) -> bool:
    """'coroner's official Ed Winter said': a bare season written with a capital after a capitalised name
    word (not a weekday, month or a word that leads a date) is a surname, as 'Theresa May' is."""
    word = v.g["season"]
    if not word[:1].isupper() or any(v.g.get(k) for k in ("rel", "rel2", "year", "syear", "yrel")):
        return True
    m = _NAME_WORD_BEFORE.search(v.before)
    return m is None or m.group(1).lower() in WEEKDAYS or m.group(1).lower() in _SEASON_LEADS or \
        bool(re.search(r"[.!?\"“]\s*" + re.escape(m.group(0)) + "$", v.before))


# words that may lead a capitalised season ('In Winter', 'Last Summer'), not name it
_SEASON_LEADS = frozenset(word_list("season_leads"))
# words that may stand right before a bare capitalised month: a date's lead, a weekday, another month
_MONTH_LEADS = _YEAR_FRIENDS | _SEASON_LEADS | frozenset(word_list("month_leads")) | frozenset(WEEKDAYS) | \
    frozenset(MONTHS)


# "two thousand people", "two thousand years", "two thousand of them": a count, not the year 2000
_COUNTED_AFTER = re.compile(r"\s+(?:of\b|people\b|(?!(?:was|is|has|as|this|its|his|us|always|perhaps)\b)[a-z]+s\b)")


def _spelled_year_not_count(v: _View) -> bool:
    """'two thousand' before a counted noun is a number; a year named as such ('the year two thousand',
    'May two thousand and one') or standing alone ('in two thousand, ...') stays."""
    if not v.g["spelled"].lower().startswith("two") or v.g.get("month") or re.match(r"the\s+year", v.m.group(0), re.I):
        return True
    return not _COUNTED_AFTER.match(v.after)


# ----------------------------------------------------------------------------- units, quarters, references
def _ref_used_as_adjective(v: _View) -> bool:
    """'current', 'future', 'recent' are temporal only before a noun ('current prices')."""
    ref = re.sub(r"^then[\s-]+", "", v.g["ref"].lower())      # 'then current' is an adjective too
    return ref not in ("current", "future", "recent") or bool(re.match(r"\s+[a-z]", v.after))


# "a quarter of a", "more than a quarter of the market": a fraction of something that is not a stretch of time
_FRACTION_OF = re.compile(r"\s+of\s+(?:a|an|(?:the|all|its|their|his|her|our|this|that|those|these)\s+"
                          r"(?!(?:year|century|decade|month|day|hour)\b))\b", re.I)


def _quarter_not_fraction(v: _View) -> bool:
    """'the period' or 'the current period' alone, 'a quarter of a', 'a quarter-century', 'a rolling four-quarter test'."""
    what = v.grp("what")
    if not what and (v.g["unit"].lower() == "period" or _FRACTION_OF.match(v.after)):
        return False
    if what in ("current", "this") and v.g["unit"].lower() == "period":
        return False         # "the current period": the time being, no quarter named ("the latest period" is one)
    # "the quarter-to-quarter comparison" names no quarter
    return not (re.match(r"-(?!to-)|-to-(?:quarter|period)\b", v.after) or v.before.endswith("-"))


def _half_of_a_year(v: _View) -> bool:
    """'the second half' of a match, not of a year, unless a year is named."""
    return v.grp("unit") != "half" or any(v.g.get(k) for k in ("year", "yrel", "ysame", "qyear", "rel"))


def _the_unit_not_title(v: _View) -> bool:
    """'Album of the Year', 'Player of the Month': an award's title, not the current period."""
    return not (v.g["unit"][:1].isupper() and re.search(r"\b[A-Z][\w'’-]*\s+of\s+$", v.before))


def _the_day_not_clause(v: _View) -> bool:
    """'the day before he left', 'the day of the vote', 'the week before his death': an event's day (week,
    year), not a date of its own; 'At the end of the day, ...' set off by a comma with no time after it
    is the idiom ('ultimately')."""
    if v.g["unit"].lower() != "day":
        return not _UNIT_FROM_HAPPENING.match(v.after)
    if _THE_DAY_AFTER.match(v.after):
        return False
    idiom = re.fullmatch(r"the\s+end\s+of", v.grp("early")) and re.search(r"\bat\s+$", v.before, re.I)
    return not (idiom and v.after.startswith(",") and not _TIME_AFTER_IDIOM.match(v.text, v.m.end()))


def _duration_not_age_or_rate(v: _View) -> bool:
    """An age ('five years old'), a name ('Sandra Day'), a fraction, a rate ('$2 million a year'),
    'a second group'."""
    unit, num = v.g["unit"], v.grp("num")
    if v.g.get("adj") in ("old", "-old") or re.match(r"[-\s]+olds?\b", v.after):
        return False
    if unit[:1].isupper() and not unit.isupper():
        return False
    if unit.lower().startswith("quarter") and (re.match(r"\s*(?:-|of\b)", v.after)
                                               or re.search(r"-quarters?$", v.m.group(0).lower())):
        return False
    if num in ("a", "an") and (RATE_BEFORE.search(v.before) or unit.lower().endswith("s")):
        return False         # "a years-long feud": the article goes with the noun, not a count of one
    return not (unit.lower() == "second" and num in ("a", "an", "one"))


def _set_every_not_rate(v: _View) -> bool:
    """'a week' is a SET only as a rate: 'four flights a week'."""
    return v.g["q"].lower() not in ("a", "an") or bool(RATE_BEFORE.search(v.before))


def _set_adv_not_title(v: _View) -> bool:
    """'LA Weekly', 'the Daily Mail', 'the Communist Party daily Granma': a title or a newspaper."""
    if v.m.group(0)[:1].isupper() and re.search(r"[A-Za-z]\w*\s+$", v.before) \
            and not re.search(r"[.!?:\"\u201c]\s*$", v.before):
        return False
    return not (re.match(r"\s+[A-Z]", v.after) and re.search(r"\b(?:the|a|party|s)\s+$", v.before))


def _decade_not_age(v: _View) -> bool:
    """'in his 30s': an age."""
    return not (_AGE_DECADE_BEFORE.search(v.before) and not v.m.group(0).lower().startswith("the"))


def _today_not_nowadays(v: _View) -> bool:
    """'today's world', 'today's youth': nowadays, not a day."""
    return v.grp("word") != "today" or not _GENERIC_TODAY.match(v.text, v.m.end())


def _noon_not_idiom(v: _View) -> bool:
    """'high noon', the idiom (and the film)."""
    return v.grp("clock") != "noon" or not re.search(r"\bhigh\W*$", v.before, re.I)


# a broadcaster's acronym, maybe possessive, right before a weekday: 'CBS Sunday Morning' names a programme
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,5}(?:'s|\u2019s)?\s+$")


def _weekday_not_programme(v: _View) -> bool:
    """'told CBS Sunday Morning': a weekday and a capitalised part of the day after an acronym is a
    programme's title, not a day ('on Sunday morning' keeps its day)."""
    part = v.g.get("part") or ""
    if v.g.get("rel") or v.g.get("early") or not part[:1].isupper():
        return True
    return not _ACRONYM_BEFORE.search(v.before)


def _rel_unit_not_title(v: _View) -> bool:
    """A title: ABC's 'This Week'."""
    return not (v.g["unit"][:1].isupper() and not v.g["unit"].isupper())


_CHECKS: dict[str, tuple[Callable[[_View], bool], ...]] = {
    "year": (_year_not_label, _year_not_in_name, _year_not_address),
    "rel_month": (_month_not_word, _month_not_procession, _month_not_first_name, _month_not_in_name,
                  _month_not_possessive_name),
    "season": (_season_not_verb, _season_not_surname),
    "ref": (_ref_used_as_adjective,),
    "the_quarter": (_quarter_not_fraction,),
    "quarter": (_half_of_a_year,),
    "the_unit": (_the_day_not_clause, _the_unit_not_title),
    "duration": (_duration_not_age_or_rate,),
    "unit_adj": (_duration_not_age_or_rate,),
    "a_unit": (_duration_not_age_or_rate,),
    "set_every": (_set_every_not_rate,),
    "set_adv": (_set_adv_not_title,),
    "decade": (_decade_not_age,),
    "dayword": (_today_not_nowadays,),
    "clock": (_noon_not_idiom,),
    "rel_unit": (_rel_unit_not_title,),
    "weekday": (_weekday_not_programme,),
    "year_spelled": (_spelled_year_not_count,),
}
