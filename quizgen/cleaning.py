"""Cleaning a pasted article: datelines, bylines, credits, captions and boilerplate set aside, lines unwrapped.

Nothing is deleted silently: every piece taken out of the body is returned as a `SetAside` item
that the teacher sees beside the lesson.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon, wordlists
from .errors import ArticleError


@dataclass(frozen=True)
class SetAside:
    """A piece of the pasted text that is not part of the story (a byline, a caption...)."""

    # "dateline" | "byline" | "credit" | "caption" | "link" | "boilerplate" | "timestamp" | "record", and from broadcast
    # transcripts "sign-off" | "hand-off" | "lead-in" | "speaker" | "marker" | "disfluency"
    kind: str
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
# "_" is the dash of older wire copy: "NAIROBI, Kenya (AP) _"; "|" a web page's: "WASHINGTON | The ..."
_DASH = r"(?:\s+(?:—|–|--|-|_|:|\|)\s*|\s*(?:—|–|--|_)\s*)"
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
    # BELGRADE, Yugoslavia (AP) Slobodan ... : a page that lost the dash after the agency's tag (the
    # tag alone says it is a dateline; left in, the place is glued to the lead's subject)
    re.compile(rf"^(?P<place>{_CAPS_PLACE}{_REGION}{_DATE_PART})\s*{_AGENCY}\s+{_STARTS_STORY}"),
    # Beijing, China (CNN) — : a place in title case needs its agency tag
    re.compile(rf"^(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}{_REGION})\s*{_AGENCY}{_DASH}{_STARTS_STORY}"),
    # Evansville, Indiana, United States - : a place in title case needs a region after a comma
    re.compile(rf"^(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}){{1,2}})"
               rf"\s+(?:—|–|--|-)\s+{_STARTS_STORY}"),
    # (AP) — at the start of the story
    re.compile(rf"^{_AGENCY}{_DASH}{_STARTS_STORY}"),
    # (ST. JOSEPH, Mo.) Tornadoes ... : a local station's upper-case place in brackets, no dash; the
    # parser otherwise reads the place as the story's first words and the sentence goes astray
    # (a place of two words or with a region: '(CNN) The ...' is an agency's tag, kept as it was)
    re.compile(rf"^\((?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{1,4}}{_REGION}|{_CAPS_PLACE}"
               rf"(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}){{1,2}})\)\s+(?=[A-Z\"“‘'])"),
)

# A paste that is nothing but a dateline: "KENNEDY SPACE CENTER, Fla. (AP) —"
_DATELINE_ONLY = re.compile(rf"^(?P<place>{_CAPS_PLACE}{_REGION}{_DATE_PART})\s*(?:{_AGENCY})?\s*(?:—|–|--|-|_|:)?\s*$")

_LINE_KINDS: tuple[tuple[str, re.Pattern], ...] = (
    ("byline", re.compile(wordlists.pattern("staff_byline_line"), re.I)),
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
    ("caption", re.compile(wordlists.pattern("photo_credit_line"))),
    ("link", re.compile(wordlists.pattern("link_line"), re.I)),
    ("boilerplate", re.compile(wordlists.pattern("boilerplate_line"), re.I)),
    ("timestamp", re.compile(
        rf"{_TIMESTAMP_OPENING}"
        rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
        rf"(?:\s*(?:,|at|-|—)?\s*\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}})?)?\.?$", re.I)),
    ("timestamp", re.compile(wordlists.pattern("timestamp_words_line"), re.I)),
)

_INLINE_FURNITURE = re.compile(wordlists.pattern("inline_furniture"))
_TERMINAL = re.compile(r"[.!?:;][\"”’')\]]*$")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n\s*")
# A clock written with a stray space after its colon ('5: 15 a.m.'): read as one time, not '5' and '15 a.m.'
_SPACED_CLOCK = re.compile(r"\b(\d{1,2}):([ \t])(\d{2})(?=[ \t]*[ap]\.?m\b)", re.I)


# ----------------------------------------------------------------------------------- public API

def clean_body(body: str, *, skip: int = 0, title: str | None = None) -> CleanBody:
    """The body as the engine should read it, and what was set aside.

    The reading text has exactly the body's length, so every offset into it is an offset into the
    body as pasted: set-aside parts become spaces, and line breaks inside a sentence become spaces.
    `skip` characters at the start (a headline left in place) are not read at all; `title`, the
    headline, is known again when the page repeats it above the story.
    """
    chars = list(body)
    for m in _HYPHEN_BREAK.finditer(body):             # "lake-\neffect": one word, one sentence
        _blank(chars, m.start() + 1, m.end())
    _join_clocks(body, chars)
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
    _set_aside_comments(body, chars, set_aside)
    _set_aside_author_bio("".join(chars), chars, set_aside)
    story = _set_aside_head(body, chars, set_aside, title)
    _set_aside_captions("".join(chars), chars, set_aside)
    reading = "".join(chars)
    dateline = agency = None
    only = _DATELINE_ONLY.match(reading.strip())
    if only and (only.group("agency") or re.search(r"[—–:-]\s*$", reading.strip())):
        _blank(chars, 0, len(chars))
        return CleanBody("".join(chars), (*set_aside, SetAside("dateline", reading.strip())),
                         only.group("place"), only.group("agency"))
    _set_aside_marks(reading, chars, set_aside)
    reading = "".join(chars)
    dateline, agency = _set_aside_dateline(reading, chars, set_aside, story)
    _set_aside_furniture("".join(chars), chars, set_aside)
    _set_aside_records("".join(chars), chars, set_aside)
    _set_aside_tickers("".join(chars), chars, set_aside)
    return CleanBody("".join(chars), tuple(set_aside), dateline, agency)


def _join_clocks(body: str, chars: list[str]) -> None:
    """'5: 15 a.m.' is read '5:15  a.m.': the stray space moves after the minutes, so offsets stay."""
    for m in _SPACED_CLOCK.finditer(body):
        chars[m.start(2):m.end()] = list(m.group(3) + m.group(2))


def _set_aside_dateline(reading: str, chars: list[str], set_aside: list[SetAside], story: int
                        ) -> tuple[str | None, str | None]:
    """The dateline opening the story, blanked and set aside: (its place, its agency)."""
    for head, find in _dateline_places(reading, story):
        found = find(reading[head:])
        if found is not None:
            item, place, agency, length = found
            set_aside.append(item)
            _blank(chars, head, head + length)
            return place or None, agency
    return None, None


def _dateline_places(reading: str, story: int):
    """Where a dateline may stand, with the reader to look for it: at each head of the story, and a
    bare date's ('March 2, 2011 -- ') at the paragraph after a one-line deck too."""
    heads = _story_heads(reading, story)
    yield from ((head, _find_dateline) for head in heads)
    end = reading.find("\n", heads[-1]) if heads else -1
    after = _LINE_TEXT.search(reading, end + 1) if end >= 0 else None
    if after is not None:
        yield after.start(), _date_only_dateline


# a reader comment's signature: 'Posted by: Ann, 27 Sep 2011 | 15:22', 'Comment by Ann on 3 May 2019'
_COMMENT_SIGNATURE = re.compile(wordlists.pattern("comment_signature"), re.I | re.M)


def _set_aside_comments(body: str, chars: list[str], set_aside: list[SetAside]) -> None:
    """Readers' comments pasted with the page: from the comment before the first of two or more
    signed, dated comments to the end, the story is over (its words are the readers', not the paper's)."""
    signatures = list(_COMMENT_SIGNATURE.finditer(body))
    if len(signatures) < 2:
        return
    first = signatures[0].start()
    before = _last_line(body[:first])      # the first comment's own line
    start = before[0] if before and before[0] > 0 else first
    text = body[start:].strip()
    set_aside.append(SetAside("comments", f"{len(signatures)} readers' comments: {text}"))
    _blank(chars, start, len(body))


def _last_line(text: str) -> tuple[int, int] | None:
    """(start, end) of the text's last line with words on it, or None (found from the end: a search
    from the start retries every position of every long line before it)."""
    end = len(text.rstrip())
    return (text.rfind("\n", 0, end) + 1, end) if end else None


_AUTHOR_BIO = re.compile(wordlists.pattern("author_bio_line"))


def _set_aside_author_bio(reading: str, chars: list[str], set_aside: list[SetAside]) -> None:
    """'Ann Lee is the business reporter for the Daily Post.': the writer's note that closes a page is
    about the paper, not the story (only the last line: a story about a reporter may say as much)."""
    last = _last_line(reading)
    line = reading[last[0]:last[1]].strip() if last and last[0] > 0 else ""
    if line and _AUTHOR_BIO.match(line):
        set_aside.append(SetAside("credit", line))
        _blank(chars, *last)


def line_kind(line: str) -> str | None:
    """What a whole line is when it is not story text ("byline", "caption"...), else None."""
    if not line or len(line) > 400 or line[0].islower():
        return None
    words = line.split()
    if _is_byline(words):
        return "byline"
    return _pattern_kind(line, words) or _web_kind(line, words)


def _pattern_kind(line: str, words: list[str]) -> str | None:
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
        core = w.strip(",.;|()•")
        if not core or core.lower() in _BYLINE_WORDS or core == "&":
            continue
        if not core[0].isupper():
            return False
    return not words[-1].endswith((".", "!", "?")) or len(words[-1].strip(".")) <= 2


# ------------------------------------------------------------------------- web page furniture

_CAPTION_CREDIT_END = re.compile(wordlists.pattern("caption_credit_end"))
# 'Firefighters at the Elm Street fire (June 3, 2021)': a short line closed by a date in brackets and no
# full stop ('Sales rose on Tuesday (March 4, 2019).' is a sentence citing its date)
_DATED_CAPTION = re.compile(rf"^[A-Z\"“][^.!?]{{10,200}}\((?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|"
                            rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\)$")
# parts of a web byline or photo credit set apart by bars or bullets
_PIPE = re.compile(r"\s+[|•]\s+")
_SECTION_LABEL = re.compile(r"^[A-Z][A-Z&'’ -]{2,30}$")
_PHOTO_NOUNS = wordlists.word_set("photo_nouns")
_PHOTO_ACTIONS = wordlists.word_set("photo_page_actions")
_FUNCTION_WORDS = wordlists.word_set("english_function_words")
_PHOTO_LINE_WORDS = _PHOTO_NOUNS | _PHOTO_ACTIONS | _FUNCTION_WORDS


def _web_kind(line: str, words: list[str]) -> str | None:
    """The furniture of a pasted web page, by its shape: a photo's caption or buttons, a byline or credit
    set out with bars, a 'Related topics' line, a section's name alone on its line."""
    if _is_caption_line(line, words):
        return "caption"
    piped = _pipe_kind(line)
    if piped or _TERMINAL.search(line):
        return piped
    if words[0].lower() == "related" and len(words) <= 3:
        return "link"                    # 'Related topics', 'Related Stories': a heading over links
    if len(words) <= 3 and _SECTION_LABEL.match(line) and not _known_place(line):
        return "boilerplate"             # 'BUSINESS', 'LOCAL NEWS': the page's section, not a sentence
    return None


def _is_caption_line(line: str, words: list[str]) -> bool:
    """A caption closed by its credit or its date, or the photo's buttons."""
    return bool(_CAPTION_CREDIT_END.match(line) or (len(words) <= 25 and _DATED_CAPTION.match(line))
                or _photo_buttons(words))


def _photo_buttons(words: list[str]) -> bool:
    """'Enlarge Image Request to buy this photo', 'View gallery': a photo's buttons, a photo noun and a
    verb of the page and nothing else."""
    if len(words) > 10:
        return False
    core = {w.strip(".,:;|()[]»›>").lower() for w in words} - {""}
    return core <= _PHOTO_LINE_WORDS and bool(core & _PHOTO_NOUNS) and bool(core & _PHOTO_ACTIONS)


def _pipe_kind(line: str) -> str | None:
    """'BY ANN LEE | SALEM, Ore. | May 2, 2007' (a byline), 'Jane Roe | Associated Press' (a photo credit),
    'Home | News | Local' (the page's path): short capitalised parts set apart by bars; a sentence is never
    written so."""
    parts = [p.strip() for p in _PIPE.split(line)]
    if len(parts) < 2 or not all(parts):
        return None
    if not all(_credit_part(p) for p in parts):
        return None
    if re.match(r"by\b", parts[0], re.I):
        return "byline"
    return "credit" if len(parts) == 2 else "boilerplate"      # 'Home | News | Local': the page's path


def _credit_part(part: str) -> bool:
    """'BY ANN LEE', 'SALEM, Ore.', 'May 2, 2007': a few capitalised words or numbers, no sentence's end."""
    words = part.split()
    if len(words) > 6 or re.search(r"[!?;]$|[a-z]{4,}\.$", part):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in words if w.lower() not in _FUNCTION_WORDS)


def _set_aside_head(body: str, chars: list[str], set_aside: list[SetAside], title: str | None) -> int:
    """The lines a web page prints above its story: the headline again, the writer's name and post, the
    caption of the photo at the top; they end at the first sentence that is not a caption. Where the
    story begins is returned: its dateline is looked for there. A deck (a second headline) is passed
    over but stays to be read: it may be the one place the main happening is told with its time."""
    found = _head_lines(body, chars, title)
    rest = "".join(chars[found[-1][1]:]) if found else ""
    if not any(c.isalnum() for c in rest):
        return 0                         # nothing after them: they are the story, however short
    for a, b, kind in found:
        if kind != "deck":
            set_aside.append(SetAside(kind, body[a:b].strip()))
            _blank(chars, a, b)
    return found[-1][1]


def _head_lines(body: str, chars: list[str], title: str | None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each line above the story that is not the story's, top down."""
    reading = "".join(chars)
    lines = [(a, b) for pa, pb in _paragraph_spans(body) for a, b in _line_spans(body, pa, pb) if body[a:b].strip()]
    found = []
    for i, (a, b) in enumerate(lines[:12]):
        if not reading[a:b].strip():
            continue                     # set aside already
        if _joined(body, chars, a, b):
            break                        # a line of a wrapped paragraph: the story has begun
        kind = _head_kind(body[a:b].strip(), title) or _caption_between(body, reading, lines, i)
        if kind is None:
            break
        found.append((a, b, kind))
    return found


def _joined(body: str, chars: list[str], a: int, b: int) -> bool:
    """The line was unwrapped into the one before or after it (its line break became a space)."""
    return chars[b:b + 1] == [" "] or (a > 0 and body[a - 1] == "\n" and chars[a - 1] == " ")


def _head_kind(line: str, title: str | None) -> str | None:
    """A line above the story that is no sentence: the headline again ('boilerplate'), a name or a post
    ('byline'), else a deck; a line that ends a sentence, or opens a dateline, is the story's."""
    if title and _letters(line) == _letters(title):
        return "boilerplate"
    if len(line.split()) > 10 or _UNTOLD_HEAD.search(line):
        return None
    return "byline" if len(line.split()) <= 4 and _names_only(line) else "deck"


# a line above the story that ends a sentence, or ends in a dash or holds a bracket (a dateline's shape)
_UNTOLD_HEAD = re.compile(r"[.!?:;][\"”’')\]]*$|[—–-]\s*$|\(")


def _names_only(line: str) -> bool:
    """'Ann Lee', 'Staff Writer', 'The Daily Post': capitalised words, function words between them."""
    named = [w for w in line.split() if w[0].isalpha() and w.lower() not in _FUNCTION_WORDS]
    return bool(named) and all(w[0].isupper() for w in named)


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _caption_between(body: str, reading: str, lines: list[tuple[int, int]], i: int) -> str | None:
    """A one-sentence line between a photo's credit and the dateline that opens the story, or between
    the byline and the photo's credit: the photo's caption, not the story's first sentence."""
    if not 0 < i < len(lines) - 1:
        return None
    text = body[slice(*lines[i])].strip()
    if len(text.split()) > 40 or len(_sentence_spans(text, 0, len(text))) != 1:
        return None
    before, after = (body[slice(*lines[j])].strip() for j in (i - 1, i + 1))
    after_aside = not reading[slice(*lines[i + 1])].strip()
    if line_kind(before) in ("caption", "credit") and split_dateline(after) is not None:
        return "caption"
    if line_kind(before) == "byline" and after_aside and line_kind(after) == "caption":
        return "caption"
    return None


# 'Friends clear debris from a home in Salem, Ore., Wednesday, Nov. 16, 2005.': the agencies' caption
# names the weekday and the full date of the picture, or closes on its place and full date ('..., Juba,
# South Sudan, December 9, 2013.'); a story dates a happening with 'on' ('took effect on May 1, 2014.')
_CAPTION_DATE = re.compile(rf",\s+{_WEEKDAY},\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\b"
                           rf"|[\w.],\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?[\"”’')]*\s*$")
_PRESENT_TAGS = frozenset({"VBZ", "VBP", "VBG"})
_PHOTO_CREDIT = re.compile(wordlists.pattern("photo_credit_inline"))
_PICTURE_VERBS = wordlists.word_set("picture_verbs")
_POSING_VERBS = wordlists.word_set("posing_verbs")
_EVENT_NOUNS = wordlists.word_set("event_nouns")
_AHEAD_WORD = re.compile(wordlists.pattern("schedule_ahead_word"))
# the time a picture was taken: a weekday or a day of a month ('on Friday', 'Dec. 9')
_PICTURE_TIME = re.compile(rf"\b(?:{_WEEKDAY}|{_MONTH}\s+\d{{1,2}})\b")
_DAY_WORD = re.compile(rf"(?:{_WEEKDAY}|{_MONTH})$")
# the commonest verbs of a report told in the past, and in the present
_PAST_WORDS = re.compile(wordlists.pattern("past_report_word"))
_PRESENT_WORDS = re.compile(wordlists.pattern("present_report_word"))


def _set_aside_captions(reading: str, chars: list[str], set_aside: list[SetAside]) -> None:
    """Photo captions pasted with the story: a paragraph opened by a dated caption, a lone sentence that
    tells in the present what a picture shows in a past-tense report, a credit and the caption before it."""
    past_report = len(_PAST_WORDS.findall(reading)) > len(_PRESENT_WORDS.findall(reading))
    for a, b in _paragraph_spans(reading):
        sentences = _sentence_spans(reading, a, b)
        first = reading[slice(*sentences[0])]
        if (len(sentences) <= 3 and dated_caption(first)) or \
                (len(sentences) == 1 and past_report and picture_caption(first)):
            set_aside.append(SetAside("caption", " ".join(reading[a:b].split())))
            _blank(chars, a, b)
            continue
        for s, e in sentences[1:]:
            if dated_caption(reading[s:e]):  # a caption a flattened paste ran into the story's paragraph
                set_aside.append(SetAside("caption", " ".join(reading[s:e].split())))
                _blank(chars, s, e)
    _set_aside_credits("".join(chars), chars, set_aside)
    _set_aside_alt_text("".join(chars), chars, set_aside)


def _set_aside_alt_text(reading: str, chars: list[str], set_aside: list[SetAside]) -> None:
    """'measles sign': a few words in lower case on a paragraph of their own, no sentence's end and no
    finite verb, are a picture's description (its alt text) left by the paste; a story's paragraph, or a
    heading, opens with a capital."""
    for a, b in _paragraph_spans(reading):
        text = reading[a:b].strip()
        if "\n" in text or not text[0].islower() or len(text.split()) > 6 or _TERMINAL.search(text):
            continue
        if not any(t.tag_ in _FINITE_TAGS for t in _parse(text)):
            set_aside.append(SetAside("caption", text))
            _blank(chars, a, b)


def _set_aside_credits(reading: str, chars: list[str], set_aside: list[SetAside]) -> None:
    """'(AP Photo/Matt York)', 'REUTERS/Jane Roe' inside a paragraph: the credit goes, and the sentence
    before it when it tells in the present what the picture shows."""
    for m in _PHOTO_CREDIT.finditer(reading):
        a = m.start()
        para = next(((pa, pb) for pa, pb in _paragraph_spans(reading) if pa <= a < pb), None)
        before = [(s, e) for s, e in _sentence_spans(reading, para[0], a)] if para else []
        if before and _present_picture(reading[slice(*before[-1])], any_verb=True):
            a = before[-1][0]
        set_aside.append(SetAside("caption", " ".join(reading[a:m.end()].split())))
        _blank(chars, a, m.end())


def dated_caption(sentence: str) -> bool:
    """A caption's sentence: the full date of the picture, and a present-tense main verb that is no saying
    ('A soldier mans a gun near Juba, South Sudan, December 9, 2013.')."""
    return bool(_CAPTION_DATE.search(sentence.strip())) and _present_picture(sentence, any_verb=True)


def picture_caption(sentence: str) -> bool:
    """A lone sentence telling in the present what a picture shows, with the picture's day and no past
    verb ('Ann Lee looks to her family during her trial on Friday.'), closed by a full stop."""
    text = sentence.strip()
    if not text.endswith(".") or len(text.split()) > 40 or re.search(r"[\"“”]", text):
        return False                     # a deck or a headline has no full stop: it may date the story
    if _PICTURE_TIME.search(text):
        return _present_picture(text, any_verb=False)
    return _posed_picture(text)


def picture_scene(clause: str) -> bool:
    """A clause telling in the present what a picture shows ('Friends remove furniture from the home'),
    with no past verb: a caption's, whatever its day."""
    return _present_picture(clause, any_verb=False)


def _posed_picture(sentence: str) -> bool:
    """'Ann Lee poses for a portrait at her home.', 'Ann Lee is pictured in 2019.': only a picture is told
    so, with no day; 'poses a threat' (an object) is a story's."""
    doc = _parse(" ".join(sentence.split()))
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ not in _POSING_VERBS or any(c.dep_ == "dobj" for c in root.children):
        return False
    return (root.tag_ == "VBN" or _present_main_verb(root)) and _shows_a_picture(doc, root, any_verb=True)


def _present_picture(sentence: str, *, any_verb: bool) -> bool:
    """The sentence's main verb is in the present (a picture's), it says nothing ('The company says ...'),
    no verb of the main clause is in the past and no modal is used; with any_verb False it must also be a
    verb of what a picture shows (picture_verbs), and its subject a noun."""
    doc = _parse(" ".join(sentence.split()))
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not _present_main_verb(root):
        return False
    return any_verb or _shows_a_picture(doc, root)


def _present_main_verb(root) -> bool:
    """A verb in the simple or progressive present that is no saying, no perfect ('has been closed'),
    and with no past or modal verb of its own ('is to be' aside)."""
    from .clauses import SAYING_VERBS, auxiliaries
    if root.pos_ not in ("VERB", "AUX") or root.lemma_ in SAYING_VERBS:
        return False
    finite = (auxiliaries(root) or [root])[0]
    if finite.tag_ not in _PRESENT_TAGS or finite.lemma_ == "have":
        return False
    return not any(c.tag_ in ("VBD", "MD") for c in root.children)


def _shows_a_picture(doc, root, *, any_verb: bool = False) -> bool:
    """A picture's verb ('looks', 'is seen') of a named or common noun, no schedule ('holds its next
    vote on Friday') and no past verb of the picture's own (_told_now)."""
    if not any_verb and root.lemma_ not in _PICTURE_VERBS and not (root.lemma_ == "see" and root.tag_ == "VBN"):
        return False
    if not _noun_subject(root):
        return False
    if any(_AHEAD_WORD.match(t.lower_) or (t.dep_ == "dobj" and t.lemma_ in _EVENT_NOUNS) for t in doc):
        return False
    return _told_now(doc, root)


def _noun_subject(root) -> bool:
    from .clauses import own_subject
    subject = own_subject(root)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


def _told_now(doc, root) -> bool:
    """No past verb, but in a clause that tells what a noun of the picture is ('the house that the quake
    hit'); and a day named only in such a clause is not the picture's ('stands by the decision he made
    on Monday', 'holds 500 shares, including 200 bought on Thursday')."""
    if not all(_in_noun_clause(t, root) for t in doc if t.tag_ == "VBD"):
        return False
    days = [t for t in doc if _DAY_WORD.match(t.text)]
    return not days or any(not _in_noun_clause(t, root) for t in days)


def _in_noun_clause(t, root) -> bool:
    """The token is in a relative clause of a noun, below the main verb."""
    while t != root and t.head != t:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


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


# Indianapolis – / Tampa, Fla. - / Port Said, Egypt — : a title-case place, a dash, then the story
_TITLE_DATELINE = re.compile(rf"^(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}"
                             rf"(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}})?)"
                             rf"(?:\s*(?:—|–)\s*|\s+(?:-|--)\s+){_STARTS_STORY}")
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _find_dateline(text: str) -> tuple[SetAside, str, str | None, int] | None:
    """The dateline opening the story: an upper-case or tagged one, else a title-case place and a dash."""
    return split_dateline(text) or _dated_dateline(text) or _title_dateline(text) or _date_only_dateline(text) \
        or _dashless_caps_dateline(text) or _bare_dash_dateline(text)


# '— Twenty-two people were killed ...': a page that printed the dateline's dash without its place
_BARE_DASH_DATELINE = re.compile(rf"^(?:—|–|--?)\s+{_STARTS_STORY}")


def _bare_dash_dateline(text: str) -> tuple[SetAside, str, str | None, int] | None:
    """A dash opening the story with no place before it: left in, the lead's questions open with it
    ('— _____ people were killed', judged edit, rule 1)."""
    m = _BARE_DASH_DATELINE.match(text)
    if m is None or not text[m.end():].strip():
        return None
    return SetAside("dateline", text[:m.end()].strip()), "", None, m.end()


# 'NEW YORK Enron became ...', 'TAMPA, Fla. Tom Brady ...': a page that lost the dateline's dash
_CAPS_OPENING = re.compile(rf"^(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}})"
                           rf"(?P<region>,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD})?)?\s+(?=[A-Z][a-z])")


def _dashless_caps_dateline(text: str) -> tuple[SetAside, str, str | None, int] | None:
    """An all-capitals place opening the body with no dash after it: left in, it is glued to the first
    sentence's subject ('NEW YORK Enron became'). Only a place the known-places lists name goes (an
    acronym subject, 'NASA said', stays), as spaCy's place tags are unreliable on capitals."""
    m = _CAPS_OPENING.match(text)
    if m is None or not text[m.end():].strip():
        return None
    place = m.group("place")
    if sum(ch.isalpha() for ch in place) < 4 or place.title() not in _known_places():
        return None
    end = _dashless_region_end(text, m)
    return SetAside("dateline", text[:end].strip()), place, None, end


def _dashless_region_end(text: str, m: re.Match) -> int:
    """Where a dash-less dateline ends: its region is one word ('TAMPA, Fla. Tom Brady', 'PARIS, France
    Emmanuel Macron') unless the two words name a known place ('New Mexico'); the regex alone would
    take the lead's first name into the region."""
    region = m.group("region")
    words = (region or "").strip(" ,").split()
    if len(words) < 2 or " ".join(words).title() in _known_places():
        return m.end()
    first = text.index(words[0], m.start("region")) + len(words[0])
    return first + len(text[first:]) - len(text[first:].lstrip())


@functools.lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Cities, capitals, countries and US states the data lists name, in title case."""
    countries = wordlists.rows("countries.tsv")
    names = {r[0] for r in wordlists.rows("cities.tsv")} | {r[0] for r in countries} | \
        {r[2] for r in countries if len(r) > 2} | {r[0] for r in wordlists.rows("us_states.txt")}
    return frozenset(n.title() for n in names if n)


# 'March 2, 2011 -- Apple CEO Steve Jobs ...': the day of the report and a dash, with no place; the
# wire or site may follow in brackets ('Jan 22, 2004 (CIDRAP News) – The World Health ...')
_DATE_ONLY_DATELINE = re.compile(rf"^{_MONTH}\s+\d{{1,2}},\s*\d{{4}}(?:\s*\([^()\n]{{2,40}}\))?(?:\s*(?:—|–|--?))+\s+"
                                 rf"{_STARTS_STORY}")


def _date_only_dateline(text: str) -> tuple[SetAside, str, str | None, int] | None:
    """A dateline that is only a date: left in, it is read as the first words of the lead's sentence."""
    m = _DATE_ONLY_DATELINE.match(text)
    if not m or not text[m.end():].strip():
        return None
    return SetAside("dateline", text[:m.end()].strip()), "", None, m.end()


# 'Mumbai, October 7: An elated coach ...': a title-case place, the day of the report and a colon;
# 'Accra, Jan. 3, GNA - Dr ...': a wire's upper-case tag without brackets after the day, then a dash
_DATED_DATELINE = re.compile(rf"^(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}),\s*{_MONTH}\s+\d{{1,2}}"
                             rf"(?:,\s*\d{{4}})?(?:,?\s*[A-Z]{{2,6}})?(?:\s*(?::|—|–|--)|\s+-)\s+{_STARTS_STORY}")


def _dated_dateline(text: str) -> tuple[SetAside, str, str | None, int] | None:
    """A dateline in title case with its date: the date says it is one, when the words name a place."""
    m = _DATED_DATELINE.match(text)
    if not m or not text[m.end():].strip() or not _names_place(m.group("place"), text[:m.end()]):
        return None
    return SetAside("dateline", text[:m.end()].strip()), m.group("place"), None, m.end()


def _title_dateline(text: str) -> tuple[SetAside, str, str | None, int] | None:
    """'Indianapolis – Several thousand teachers surrounded ...': a title-case opening is a dateline only
    when it names a place and what follows the dash is a whole sentence with its own subject; 'Apple —
    the world's biggest company — said' is a subject with a parenthetical, and stays, and so does a
    pairing of two places ('Brazil – Argentina talks resumed')."""
    m = _TITLE_DATELINE.match(text)
    if not m:
        return None
    sentence = re.split(r"\n|(?<=[.!?])\s", text[m.end():], maxsplit=1)[0]
    if re.search(r"\s[—–]\s?|\s--?\s", sentence) or not _tells(_parse(sentence)):
        return None
    place = m.group("place").strip(" ,")
    if _known_place(sentence.split()[0]) or not _names_place(place, text[:m.end()] + sentence):
        return None
    return SetAside("dateline", text[:m.end()].strip()), place, None, m.end()


def _tells(doc) -> bool:
    """A finite verb with a subject of its own: the words make a sentence, not a list or a fragment
    ('held in jail on $500 bond' has a verb but tells nothing of anyone)."""
    from .clauses import auxiliaries, own_subject
    return any((auxiliaries(t) or [t])[0].tag_ in _FINITE_TAGS and own_subject(t) is not None for t in doc)


def _parse(text: str):
    """The parse of a few words; spaCy is imported here, not with the module: the web process imports this
    module (for the article size limit) and must never load the language model. The parse is the cached one
    the checks use (completeness.reparse)."""
    from .completeness import reparse
    return reparse(text)


def _names_place(place: str, opening: str) -> bool:
    """A place the word lists know ('Indianapolis', 'Tampa, Fla.'), or one the tagger reads as a place."""
    if any(_known_place(p) for p in place.split(",")):
        return True
    ents = _parse(opening).ents
    return any(e.label_ in ("GPE", "LOC") and e.start_char == 0 and e.end_char >= len(place.split(",")[0])
               for e in ents)


def _known_place(name: str) -> bool:
    lex = lexicon.load()
    k = lexicon.key(name)
    return any(k in table for table in (lex.cities, lex.states, lex.country_by_key, lex.capitals))


# 'Jane A. Doe, 34, of Salem: Theft, resisting arrest, held on $500 bond.': a police blotter's or court
# list's record, a name and its items; no happening is told of it
_RECORD = re.compile(r"^(?P<name>(?:[A-Z]\.|[A-Z][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,4})"
                     r"(?:,\s*\d{1,3})?(?:,\s*(?:of\s+)?[A-Z][\w .'’-]{0,40})?:\s+(?P<items>[^:]*,[^:]*)$")


def _set_aside_records(reading: str, chars: list[str], set_aside: list[SetAside]) -> None:
    """Blank, for the engine only, the lines that are records ('Name: item, item, item') and not sentences:
    the student still reads them in the article, but no question or event is made of a list of charges."""
    lines = [(a, b) for pa, pb in _paragraph_spans(reading) for a, b in _line_spans(reading, pa, pb)]
    found = [(a, b, m) for a, b in lines if (m := _RECORD.match(reading[a:b].strip()))]
    if not found:
        return
    for a, b, m in found:
        doc = _parse(m.group("items"))
        if _tells(doc):
            continue
        set_aside.append(SetAside("record", m.group()))
        _blank(chars, a, b)


_EXCHANGES = "|".join(re.escape(w) for w in sorted(wordlists.words("stock_exchange_codes"), key=len, reverse=True))
_TICKER = r"[A-Z]{1,5}(?:\.[A-Z])?"
# '(NYSE: MGM)', 'NASDAQ:AAPL': an exchange and a ticker a web page pastes after a company's name
_EXCHANGE_TICKER = re.compile(rf"\s*\(\s*(?:{_EXCHANGES})\s*:\s*{_TICKER}\s*\)|(?<![\w(])(?:{_EXCHANGES}):\s*{_TICKER}\b")
# 'MGM, -5.57%': a quote box's ticker and its day's change (a sign and two decimals; prose writes
# 'fell 5.6 percent'), flattened into the sentence
_QUOTE_BOX = re.compile(r"(?<![\w$])[A-Z]{1,5}(?:\.[A-Z])?,?\s+[+\-−–]\d{1,3}\.\d{2}%(?![\w.]\d)")
# 'operated by MGM Resorts International MGM.': the ticker left after a name whose first word or
# initials it repeats (the quote box's link text), before a mark or the end of a line
_NAME_THEN_TICKER = re.compile(r"(?P<name>\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){1,5})"
                               r"(?P<ticker>\s+[A-Z]{2,5})(?=\s*(?:[.,;:)]|$))", re.M)


def _set_aside_tickers(reading: str, chars: list[str], set_aside: list[SetAside]) -> None:
    """Blank the stock tickers a web page leaves in its sentences ('(NYSE: MGM)', 'MGM, -5.57%', a
    ticker repeated after the company's name): read as words they end up in questions and labels."""
    for pattern in (_EXCHANGE_TICKER, _QUOTE_BOX):
        for m in pattern.finditer(reading):
            set_aside.append(SetAside("boilerplate", m.group().strip()))
            _blank(chars, m.start(), m.end())
    reading = "".join(chars)
    for m in _NAME_THEN_TICKER.finditer(reading):
        if _ticker_of(m.group("name"), m.group("ticker").strip()):
            set_aside.append(SetAside("boilerplate", m.group("ticker").strip()))
            _blank(chars, m.start("ticker"), m.end("ticker"))


def _ticker_of(name: str, ticker: str) -> bool:
    """'MGM' after 'MGM Resorts International' (its first word) or 'GM' after 'General Motors' (its
    initials); a word of the name itself ('Bank of America BAC') is no proof."""
    words = [w for w in re.split(r"\s+", name) if w]
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return ticker in (words[0].upper().strip(".,"), initials) and ticker not in words[1:]


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
             "link": "link line", "boilerplate": "page furniture", "timestamp": "date line",
             "sign-off": "reporter's sign-off", "hand-off": "hand-off to a reporter", "lead-in": "anchor's lead-in",
             "speaker": "speaker tag", "marker": "transcript marker", "disfluency": "hesitations taken out",
             "comments": "readers' comments", "record": "record (a name and a list, not a sentence)"}
    items = "; ".join(f"{names.get(s.kind, s.kind)} “{_short(s.text)}”" for s in set_aside[:12])
    more = f" and {len(set_aside) - 12} more" if len(set_aside) > 12 else ""
    return [f"Set aside as not part of the story: {items}{more}."]


def nothing_left_error(set_aside: tuple[SetAside, ...]) -> ArticleError:
    """The error for a paste that holds only a dateline, a byline or captions."""
    kinds = sorted({s.kind for s in set_aside})
    return ArticleError("No story text is left once the " + ", ".join(kinds) + " lines are set aside ("
                        + "; ".join(f"“{_short(s.text)}”" for s in set_aside[:3])
                        + "). Paste the article's text as well.")


# ------------------------------------------------------------------------- broadcast transcripts

_CAP = r"[A-Z][\w'’.-]*"
_ROLES = "|".join(re.escape(w) for w in wordlists.words("broadcast_roles"))
# a word of a person's name: "Potter", "O'Neil", an initial "J."; not "Co." or "Inc."
_NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*(?![\w'’-])(?!\.\s))"
_OPENERS = "|".join(re.escape(w.capitalize()) for w in wordlists.words("subject_pronouns"))
_PLACEHOLDERS = {
    # a person's name: two to four capitalised words, not a sentence opener such as "The" or "This"
    "NAME": rf"(?!(?:{_OPENERS}|The)\s){_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}",
    "OUTLET": rf"(?:[Tt]he\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}",
    "NEWS": rf"{_CAP}(?:\s+[A-Za-z][\w'’.-]*){{0,2}}\s+(?:[Nn]ews|[Rr]adio|[Tt]elevision)",
    "PLACE": rf"{_CAP}(?:,?\s+{_CAP}){{0,3}}",
    "ROLE": rf"(?:{_CAP}\s+){{0,3}}(?i:{_ROLES})",
}
_FURNITURE_ROWS = tuple((kind, re.compile(re.sub(r"\{([A-Z]+)\}", lambda m: _PLACEHOLDERS[m.group(1)], rx), re.M))
                        for kind, rx in wordlists.rows("transcript_furniture.tsv"))
_FURNITURE = tuple(row for row in _FURNITURE_ROWS if row[0] != "aside")
_ASIDES = tuple(rx for kind, rx in _FURNITURE_ROWS if kind == "aside")
_MARKER = re.compile(r"\((?:(?:BEGIN|END|START)\s+)?(?:"
                     + "|".join(re.escape(w) for w in wordlists.words("transcript_markers")) + r")\)", re.I)
_SPEAKER_TAG = re.compile(r"^[ \t]*(?P<tag>[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][A-Z0-9.'’&() -]{1,60})?):[ \t]+(?=\S)",
                          re.M)
_QA_TAG = re.compile(r"^[ \t]*(?P<tag>[QA]):[ \t]+(?=\S)", re.M)
_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z])")
# "Mr.", "Gen.", "U.S.", "J.": a full stop that does not end the sentence
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\b[A-Z](?:\.[A-Z])+)\.[\"”’')]*$")


def furniture_kind(sentence: str) -> str | None:
    """'sign-off', 'hand-off' or 'lead-in' when a whole sentence is transcript furniture, else None."""
    sentence = sentence.strip()
    if len(sentence) > 240:
        return None
    return next((kind for kind, rx in _FURNITURE if rx.fullmatch(sentence)), None)


def _set_aside_furniture(reading: str, chars: list[str], set_aside: list[SetAside]) -> None:
    """Blank the sign-offs, hand-offs and lead-ins of a transcript, sentence by sentence, and the page's
    furniture that a flattened paste left between two sentences ('... on Monday. Advertisement The ...')."""
    for m in _INLINE_FURNITURE.finditer(reading):
        set_aside.append(SetAside("boilerplate", m.group()))
        _blank(chars, m.start(), m.end())
    for a, b in _paragraph_spans(reading):
        for s, e in _sentence_spans(reading, a, b):
            kind = furniture_kind(reading[s:e])
            if kind:
                set_aside.append(SetAside(kind, " ".join(reading[s:e].split())))
                _blank(chars, s, e)


def _sentence_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Sentences of text[a:b] by their full stops; a doubtful stop ('Mr.') does not split."""
    spans, start = [], a
    for m in _SENTENCE_GAP.finditer(text, a, b):
        if _ABBREVIATION.search(text, start, m.start()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, b))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _set_aside_marks(reading: str, chars: list[str], set_aside: list[SetAside]) -> None:
    """Blank '(BEGIN VIDEO CLIP)'-style markers, and speaker tags ('JOHN DOE, CNN CORRESPONDENT:')."""
    for m in _MARKER.finditer(reading):
        set_aside.append(SetAside("marker", m.group()))
        _blank(chars, m.start(), m.end())
    tags = list(_SPEAKER_TAG.finditer(reading))
    # one capitalised word and a colon may open a wire story ("LONDON: ..."); a transcript has many tags
    if len(tags) < 3:
        tags = [m for m in tags if re.search(rf"\b(?i:{_ROLES})\b", m.group("tag"))]
    # a Q&A page's 'Q:' and 'A:' (one letter, too short for a speaker tag): read as words they give
    # labels such as 'An initiated a recall'; only a page with both is a Q&A
    qa = list(_QA_TAG.finditer(reading))
    if {m.group("tag") for m in qa} == {"Q", "A"}:
        tags += qa
    for m in tags:
        set_aside.append(SetAside("speaker", m.group("tag")))
        _blank(chars, m.start("tag"), m.end())


_FILLERS = "|".join(re.escape(w) for w in wordlists.words("speech_fillers"))
# "the uh the terms", "and uh, we", ", um," : the sound goes, with the comma it brought
_FILLER_REPEAT = re.compile(rf"\b(?P<w>\w+),?[ \t]+(?:{_FILLERS}),?[ \t]+(?P=w)\b")
_FILLER_MID = re.compile(rf"(?P<pre>,?)[ \t]+(?:{_FILLERS})\b(?P<post>,?)(?=\s)")
_FILLERS_OPENING = "|".join(re.escape(w.capitalize()) for w in wordlists.words("speech_fillers"))
# "Uh, there are", "Ah next up": not "UM researchers" (an acronym) nor "Ah Kow said" (a name)
_FILLER_OPENING = re.compile(rf"(?:(?<=^)|(?<=[.!?\n\"“]\s)|(?<=[\"“]))(?:{_FILLERS_OPENING}),?[ \t]+"
                             r"(?P<next>(?<=,\s)[A-Za-z]|[a-z])", re.M)
# "w- well", "p- people": a cut-off start of the word that follows
_CUT_WORD = re.compile(r"(?<![\w-])(?P<cut>[^\W\d_]{1,8})-[ \t]+(?=(?P<next>[^\W\d_]+))")
# ", you know," and a sentence-opening "You know," are fillers; "you know the answer" is not
_YOU_KNOW = re.compile(r",[ \t]+you know,(?=\s)|(?:(?<=^)|(?<=[.!?]\s))You know,[ \t]+(?P<next>[a-z])", re.M)


def smooth_transcript(text: str) -> tuple[str, tuple[SetAside, ...]]:
    """The text without reporters' asides ('as KXYZ's Jane Roe reports,') and hesitations, and what went."""
    kept: list[SetAside] = []
    for rx in _ASIDES:
        kept += [SetAside("hand-off", m.group()[:-1].strip()) for m in rx.finditer(text)]
        text = rx.sub(lambda m: m.group("next").upper() if _opens_sentence(m.string, m.start())
                      else m.group("next"), text)
    text, spoken = smooth_speech(text)
    return text, (*kept, *spoken)


def smooth_speech(text: str) -> tuple[str, tuple[SetAside, ...]]:
    """Transcribed speech without its hesitations ('uh', 'w- well', ', you know,'), and what was taken out."""
    taken: list[str] = []

    def note(piece: str, keep: str = "") -> str:
        taken.append(" ".join(piece.split()))
        return keep

    text = _FILLER_REPEAT.sub(lambda m: note(m.group()[len(m.group("w")):], m.group("w")), text)
    text = _FILLER_OPENING.sub(lambda m: note(m.group()[:-1], m.group("next").upper()), text)
    text = _FILLER_MID.sub(lambda m: note(m.group(), m.group("pre") if not m.group("post") else ""), text)
    text = _CUT_WORD.sub(lambda m: note(m.group()) if _cut_start(m) else m.group(), text)
    text = _YOU_KNOW.sub(lambda m: note(m.group()[:-1], m.group("next").upper()) if m.group("next")
                         else note(m.group()), text)
    if not taken:
        return text, ()
    return text, (SetAside("disfluency", "; ".join(dict.fromkeys(taken))),)


def _opens_sentence(text: str, i: int) -> bool:
    before = text[:i].rstrip()
    return not before or before[-1] in ".!?"


def _cut_start(m: re.Match) -> bool:
    """'w-' before 'well': the cut-off piece is how the next word starts (else it is a real hyphen)."""
    cut, nxt = m.group("cut").lower(), m.group("next").lower()
    return nxt.startswith(cut) and len(nxt) > len(cut)


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
    width = _wrap_width([body[a:b] for a, b in lines])
    for (a1, b1), (a2, b2) in zip(lines, lines[1:]):
        prev, nxt = body[a1:b1].rstrip(), body[a2:b2].strip()
        if b1 + 1 != a2 or not prev or not nxt or _TERMINAL.search(prev):
            continue
        if wrapped or _runs_on(prev, nxt, width):
            chars[b1] = " "


def _runs_on(prev: str, nxt: str, width: int | None) -> bool:
    """An unfinished line goes on in the next: into a small letter or a digit, after a hyphen or comma, or
    from a line as long as the paragraph's wrap width ('company Acme' / 'Widgets Inc on ...')."""
    full = width is not None and len(prev) >= width - _WRAP_SLACK
    return nxt[0].islower() or nxt[0].isdigit() or full or prev.endswith(("-", ","))


_FRONT_LINES = 3          # at most this many short lines before the story's first sentence
_FRONT_WORDS = 6
_LINE_TEXT = re.compile(r"\S[^\n]*")


def _story_heads(reading: str, start: int = 0) -> list[int]:
    """Where the story may start, from `start` (past the furniture above it): its first text, and after each
    of up to three short lines before it that no sentence ends ('Samantha Sadlier', 'Updated 03/29 2014
    08:43AM'), a bare byline or a time stamp that a dateline follows ('ST. GEORGE – Monday marked ...')."""
    heads: list[int] = []
    for m in _LINE_TEXT.finditer(reading, start):
        heads.append(m.start())
        line = m.group().strip()
        if len(heads) > _FRONT_LINES or len(line.split()) > _FRONT_WORDS or line[-1] in ".!?:\"”—–-":
            break
    return heads


_WRAP_SLACK = 25          # a wrapped line falls short of the width by at most this many characters
_WRAP_WIDEST = 100        # lines of pasted paragraphs run longer; a hard wrap is narrower


def _wrap_width(lines: list[str]) -> int | None:
    """The width a paragraph was hard-wrapped at (most of its lines end within a word of it, so a line
    that long and unfinished runs on into the next, even into a capital: 'company Acme / Widgets Inc'),
    or None when its lines are not of one width (bylines and captions are short lines of their own)."""
    sizes = [len(x.rstrip()) for x in lines]
    width = max(sizes, default=0)
    if len(sizes) < 4 or not 40 <= width <= _WRAP_WIDEST:
        return None
    near = sum(1 for n in sizes if n >= width - _WRAP_SLACK)
    return width if near >= 0.6 * len(sizes) else None


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
