"""One name, day or clock time keyed twice in two forms ('Chapelle' beside 'Kimberley Chapelle', 'August 14' beside
'August 14, 2022', '6.40' beside '6.40am'): the quiz asks the same thing twice, which teachers judge a near-duplicate."""
from __future__ import annotations

import re

from ..dates import WEEKDAYS
from ..index import MONTHS
from ..model import Question
from ..wordlists import word_set
from .distractors import title_word

# small words that do not tell two names apart ('the Star-News' and 'Star-News')
_SMALL = word_set("name_stopwords")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_DAY_NUMBER = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
# month names and their short forms ('jan', 'sept'), to tell a day of the month from a bare count
_MONTHS = frozenset(MONTHS)
# a clock time as a whole key, in any of its forms: '6.40', '6:40', '6.40am', '6.40 a.m.', '6pm'
_CLOCK = re.compile(r"(\d{1,2})(?:[.:](\d\d))?\s*([ap]\.?m\.?)?", re.I)


def keys_one_entity(q: Question, c: Question) -> bool:
    """Both questions keyed (not true/false, not an order) and one key's words are all in the other's:
    two forms of one name with the same family name, or two forms of one day that both give the day."""
    if _keyless(q) or _keyless(c) or q.answer.strip().lower() == c.answer.strip().lower():
        return False          # one form twice is the plain repeat _repeats_answer already finds
    small, large = sorted((_words(q.answer), _words(c.answer)), key=len)
    if not small or not set(small) <= set(large):
        return False
    if any(ch.isdigit() for ch in q.answer + c.answer) or _has_weekday(small):
        return _one_day(small)
    return _one_name(q.answer, c.answer, small, large)


def one_clock_time(a: str, b: str) -> bool:
    """Two keys that are one clock time in two forms ('6.40am' and '6.40'): the same time asked twice."""
    if a.strip().lower() == b.strip().lower():
        return False
    time = _clock_time(a)
    return time is not None and time == _clock_time(b)


def _clock_time(answer: str) -> tuple[int, str] | None:
    """(hour, minutes) of a key that is one clock time ('6.40am' and '6.40' give (6, '40')); a bare
    number ('6') is a count, no time."""
    m = _CLOCK.fullmatch(answer.strip())
    if m is None or not (m.group(2) or m.group(3)):
        return None
    return int(m.group(1)), m.group(2) or "00"


def _keyless(q: Question) -> bool:
    return q.type in ("true_false", "order_events") or not isinstance(q.answer, str)


def _words(answer: str) -> list[str]:
    """The answer's words in lower case, without titles ('Mrs', 'CEO') and small words."""
    found = [w.rstrip(".,") for w in _WORD.findall(answer)]
    return [w.lower() for w in found if w and w.lower() not in _SMALL and not title_word(w)]


def _has_weekday(words: list[str]) -> bool:
    return any(w in WEEKDAYS for w in words)


def _one_day(small: list[str]) -> bool:
    """The shorter key names a day (a day of the month or of the week), not only a month or a year:
    'November 1998' beside 'November 3, 1998' may be two events of one month, '5' beside '5 percent' two
    counts."""
    dated = any(_DAY_NUMBER.match(w) for w in small) and any(w in _MONTHS for w in small)
    return dated or _has_weekday(small)


def _one_name(a: str, b: str, small: list[str], large: list[str]) -> bool:
    """Two names, every word capitalised, ending on the same word ('Mrs Keenan', 'Margaret Keenan')."""
    def capitalised(text: str) -> bool:
        return all(w[:1].isupper() for w in _WORD.findall(text) if w.lower() not in _SMALL)
    return capitalised(a) and capitalised(b) and small[-1] == large[-1]
