"""Cleaning a pasted article: datelines, bylines, credits, captions and boilerplate set aside, lines unwrapped.

Nothing is deleted silently: every piece taken out of the body is returned as a `SetAside` item
that the teacher sees beside the lesson.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import wordlists
from .errors import ArticleError


@dataclass(frozen=True)
class SetAside:
    """A piece of the pasted text that is not part of the story (a byline, a caption...)."""

    kind: str            # "dateline" | "byline" | "credit" | "caption" | "link" | "boilerplate" | "timestamp"
    text: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class CleanBody:
    """The text the engine reads: the body with set-aside parts blanked, same length, same offsets."""

    reading: str
    set_aside: tuple[SetAside, ...] = ()
    dateline: str | None = None      # the place of the dateline ("DETROIT", "KENNEDY SPACE CENTER, Fla.")
    agency: str | None = None        # the agency tag ("Reuters", "AP")


def _word_list(name: str) -> frozenset[str]:
    return wordlists.word_set(name.removesuffix(".txt"))


# ------------------------------------------------------------------------------------ patterns

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = wordlists.pattern("weekday_name")
_TIMESTAMP_OPENING = wordlists.pattern("timestamp_opening")
# "_" is the dash of older wire copy: "NAIROBI, Kenya (AP) _"
_DASH = r"(?:\s+(?:—|–|--|-|_|:)\s*|\s*(?:—|–|--|_)\s*)"
_CAPS_WORD = r"[A-Z][A-Z.'’&-]*[A-Z.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,4}}"
_TITLE_WORD = r"[A-Z][\w.'’-]*"
_REGION = rf"(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}){{0,2}}"
_DATE_PART = rf"(?:,\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
_AGENCY = r"\((?P<agency>[A-Z][A-Za-z .&'’/-]{0,40})\)"
_STARTS_STORY = r"(?=[A-Z0-9\"“‘'(])"

_DATELINES = (
    # KENNEDY SPACE CENTER, Fla. (AP) — / DETROIT (Reuters) - / WASHINGTON, June 3 (Reuters) - / LONDON —
    re.compile(rf"^(?P<place>{_CAPS_PLACE}{_REGION}{_DATE_PART})\s*(?:{_AGENCY})?{_DASH}{_STARTS_STORY}"),
    # KENNEDY SPACE CENTER-Three astronauts (a dash with no spaces, only after capitals)
    re.compile(rf"^(?P<place>{_CAPS_PLACE}{_REGION})(?:\s*{_AGENCY})?(?:—|–|-){_STARTS_STORY}(?=[A-Z][a-z])"),
    # Beijing, China (CNN) — : a place in title case needs its agency tag
    re.compile(rf"^(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}{_REGION})\s*{_AGENCY}{_DASH}{_STARTS_STORY}"),
    # Evansville, Indiana, United States - : a place in title case needs a region after a comma
    re.compile(rf"^(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}){{1,2}})"
               rf"\s+(?:—|–|--|-)\s+{_STARTS_STORY}"),
    # (AP) — at the start of the story
    re.compile(rf"^{_AGENCY}{_DASH}{_STARTS_STORY}"),
)

# A paste that is nothing but a dateline: "KENNEDY SPACE CENTER, Fla. (AP) —"
_DATELINE_ONLY = re.compile(rf"^(?P<place>{_CAPS_PLACE}{_REGION}{_DATE_PART})\s*(?:{_AGENCY})?\s*(?:—|–|--|-|_|:)?\s*$")

_LINE_KINDS: tuple[tuple[str, re.Pattern], ...] = (
    ("credit", re.compile(wordlists.pattern("credit_by_line"), re.I)),
    ("credit", re.compile(r"^.{0,120}\b(?:contributed|contributed reporting) to this (?:report|story|article)\.?\)?$", re.I)),
    ("credit", re.compile(wordlists.pattern("agency_credit_after_dash"), re.I)),
    ("credit", re.compile(wordlists.pattern("agency_credit_line"), re.I)),
    ("credit", re.compile(r"^(?:contact|email|e-mail)\b.{0,120}@.*$", re.I)),
    ("caption", re.compile(r"^(?:FILE|IMAGE|PHOTO|VIDEO)\s*(?:PHOTO)?\s*(?:—|–|-|:)\s.*$")),
    ("caption", re.compile(wordlists.pattern("caption_opening_word"), re.I)),
    ("caption", re.compile(wordlists.pattern("caption_agency_photo"))),
    ("caption", re.compile(r"^.*\b(?:Photo|Photograph|Image)s?\s*(?:by|credit|courtesy|:)\s*[^.]{0,60}/\s*[\w ]{0,30}\)?\.?$", re.I)),
    ("caption", re.compile(wordlists.pattern("caption_in_brackets"), re.I)),
    ("link", re.compile(wordlists.pattern("link_line"), re.I)),
    ("boilerplate", re.compile(wordlists.pattern("boilerplate_line"), re.I)),
    ("timestamp", re.compile(
        rf"{_TIMESTAMP_OPENING}"
        rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
        rf"(?:\s*(?:,|at|-|—)?\s*\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}})?)?\.?$", re.I)),
    ("timestamp", re.compile(wordlists.pattern("timestamp_words_line"), re.I)),
)

_TERMINAL = re.compile(r"[.!?:;][\"”’')\]]*$")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n\s*")


# ----------------------------------------------------------------------------------- public API

def clean_body(body: str, *, skip: int = 0) -> CleanBody:
    """The body as the engine should read it, and what was set aside.

    The reading text has exactly the body's length, so every offset into it is an offset into the
    body as pasted: set-aside parts become spaces, and line breaks inside a sentence become spaces.
    `skip` characters at the start (a headline left in place) are not read at all.
    """
    chars = list(body)
    for m in _HYPHEN_BREAK.finditer(body):             # "lake-\neffect": one word, one sentence
        _blank(chars, m.start() + 1, m.end())
    set_aside: list[SetAside] = []
    for para_start, para_end in _paragraph_spans(body):
        kept_lines = []
        for a, b in _line_spans(body, para_start, para_end):
            if b <= skip:
                _blank(chars, a, b)
                continue
            line = body[a:b].strip()
            kind = line_kind(line)
            if kind is None:
                kept_lines.append((a, b))
            elif line:
                set_aside.append(SetAside(kind, line))
                _blank(chars, a, b)
        _unwrap(body, chars, kept_lines)
    reading = "".join(chars)
    dateline = agency = None
    only = _DATELINE_ONLY.match(reading.strip())
    if only and (only.group("agency") or re.search(r"[—–:-]\s*$", reading.strip())):
        _blank(chars, 0, len(chars))
        return CleanBody("".join(chars), (*set_aside, SetAside("dateline", reading.strip())),
                         only.group("place"), only.group("agency"))
    head = _first_story_text(reading)
    if head is not None:
        found = split_dateline(reading[head:])
        if found is not None:
            item, place, agency, length = found
            set_aside.append(item)
            dateline = place or None
            _blank(chars, head, head + length)
            reading = "".join(chars)
    return CleanBody(reading, tuple(set_aside), dateline, agency)


def line_kind(line: str) -> str | None:
    """What a whole line is when it is not story text ("byline", "caption"...), else None."""
    if not line or len(line) > 400 or line[0].islower():
        return None
    words = line.split()
    if _is_byline(words):
        return "byline"
    for kind, pattern in _LINE_KINDS:
        if kind in ("link", "boilerplate") and len(words) > 30:
            continue
        if kind == "link" and words[0].lower() in ("watch", "listen", "related", "trending") \
                and not re.match(r"^\w+\s*(?::|—|–|-|\|)", line) and len(words) > 1:
            continue                     # "Watch officials ..." can be a sentence; "Watch: ..." cannot
        if pattern.match(line):
            return kind
    return None


_BYLINE_WORDS = wordlists.word_set("byline_words")


def _is_byline(words: list[str]) -> bool:
    """'By Marcia Dunn', 'BY JOHN SMITH and JANE DOE, Associated Press': a name list after 'By'."""
    if not 2 <= len(words) <= 12 or words[0] not in ("By", "BY", "by:", "By:"):
        return False
    for w in words[1:]:
        core = w.strip(",.;|()")
        if not core or core.lower() in _BYLINE_WORDS or core == "&":
            continue
        if not core[0].isupper():
            return False
    return not words[-1].endswith((".", "!", "?")) or len(words[-1].strip(".")) <= 2


def split_dateline(text: str) -> tuple[SetAside, str, str | None, int] | None:
    """'DETROIT (Reuters) - Ford said ...' -> (the dateline, 'DETROIT', 'Reuters', its length)."""
    for pattern in _DATELINES:
        m = pattern.match(text)
        if not m:
            continue
        place = (m.groupdict().get("place") or "").strip(" ,") or None
        agency = ((m.group("agency") or "").strip() or None) if "agency" in pattern.groupindex else None
        if not text[m.end():].strip():
            continue
        written = text[:m.end()].strip()
        if place and place.lower() in _word_list("dateline_kickers.txt"):
            return SetAside("boilerplate", written), "", None, m.end()
        if place and not _plausible_place(place, agency):
            continue
        return SetAside("dateline", written), place or "", agency, m.end()
    return None


def check_english(text: str) -> None:
    """Refuse text that is not English, with a message a teacher can act on."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 40:
        return
    latin = sum(1 for c in letters if c < "\u0250")
    if latin / len(letters) < 0.6:
        raise ArticleError("Newsline reads English articles only, and this text is mostly in another "
                           "script. Paste the English version of the article.")
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text.lower())
    if len(words) < 15:
        return
    function_words = _word_list("english_function_words.txt")
    share = sum(1 for w in words if w in function_words) / len(words)
    if share < 0.12:
        raise ArticleError("Newsline reads English articles only, and this text does not read as English "
                           f"(only {share:.0%} of its words are common English words such as 'the' and 'of'). "
                           "Paste the English version of the article.")


def notes(set_aside: tuple[SetAside, ...]) -> list[str]:
    """What was set aside, in words a teacher reads on the review page."""
    if not set_aside:
        return []
    names = {"dateline": "dateline", "byline": "byline", "credit": "credit line", "caption": "photo caption",
             "link": "link line", "boilerplate": "page furniture", "timestamp": "date line"}
    items = "; ".join(f"{names.get(s.kind, s.kind)} “{_short(s.text)}”" for s in set_aside[:12])
    more = f" and {len(set_aside) - 12} more" if len(set_aside) > 12 else ""
    return [f"Set aside as not part of the story: {items}{more}."]


def nothing_left_error(set_aside: tuple[SetAside, ...]) -> ArticleError:
    """The error for a paste that holds only a dateline, a byline or captions."""
    kinds = sorted({s.kind for s in set_aside})
    return ArticleError("No story text is left once the " + ", ".join(kinds) + " lines are set aside ("
                        + "; ".join(f"“{_short(s.text)}”" for s in set_aside[:3])
                        + "). Paste the article's text as well.")


# ------------------------------------------------------------------------------------ helpers

def _blank(chars: list[str], a: int, b: int) -> None:
    """Spaces over chars[a:b], line breaks kept (paragraphs stay where they were)."""
    for i in range(a, b):
        if chars[i] != "\n":
            chars[i] = " "


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARAGRAPHS.finditer(body):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(body)))
    return [(a, b) for a, b in spans if body[a:b].strip()]


def _line_spans(body: str, a: int, b: int) -> list[tuple[int, int]]:
    out, start = [], a
    while True:
        nl = body.find("\n", start, b)
        if nl < 0:
            out.append((start, b))
            return out
        out.append((start, nl))
        start = nl + 1


def _unwrap(body: str, chars: list[str], lines: list[tuple[int, int]]) -> None:
    """Join lines broken inside a sentence (hard-wrapped text); keep breaks that end a sentence."""
    if len(lines) < 2:
        return
    wrapped = _wrapped([body[a:b] for a, b in lines])
    for (a1, b1), (a2, b2) in zip(lines, lines[1:]):
        prev, nxt = body[a1:b1].rstrip(), body[a2:b2].strip()
        if b1 + 1 != a2 or not prev or not nxt or _TERMINAL.search(prev):
            continue
        if nxt[0].islower() or nxt[0].isdigit() or wrapped or prev.endswith(("-", ",")):
            chars[b1] = " "


def _first_story_text(reading: str) -> int | None:
    m = re.search(r"\S", reading)
    return m.start() if m else None


def _wrapped(lines: list[str]) -> bool:
    """Every line but the last about as long as the others: text hard-wrapped at a fixed width."""
    body = [len(x.rstrip()) for x in lines[:-1]]
    return len(body) >= 2 and min(body) >= 40 and max(body) - min(body) <= 25


def _plausible_place(place: str, agency: str | None) -> bool:
    first = place.split(",")[0].split()
    if not first:
        return False
    if agency:
        return True
    caps = [w for w in first if w.isupper()]
    if caps and sum(c.isalpha() for c in place.split(",")[0]) >= 3:
        return True
    return "," in place                                  # title-case places need a region


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
