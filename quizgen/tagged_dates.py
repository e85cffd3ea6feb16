"""The timeline's dates from the TIMEX3 tagger (quizgen.timex): values turned into dated, precise expressions."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .memo import per_document
from .nlp import text_of
from .model import PRECISIONS, Sentence, TimeExpression, format_date, period
from .clauses import ArticleClauses
from .timex import Timex
from .timex import find_times as tag_times
from .timex.candidates import names_no_year
from .wordlists import pattern, word_set

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# A duration that gives a dated happening its length: "a three-day visit", "for two weeks"
_DURATION = re.compile(r"^P(\d+)(D|W)$")
_CLOCK_OFFSET = re.compile(r"\b(?:hours?|minutes?|seconds?)\b", re.I)
_PART_OF_YEAR = re.compile(r"-[QH]\d$")     # a quarter's or half's value: 'the second quarter' is no clock step
_GAME_PLAY = word_set("game_play_words")
_NAMED_PERIOD = re.compile(r"\b(?:fiscal|\d{4})\b", re.I)     # 'the fiscal second quarter', 'the second half of 1990'
_RESTATED = re.compile(r"\bago\b", re.I)
_OPEN_AGO = re.compile(r"\b(?:over|more\s+than|upwards\s+of)\s+(?:a|an|one|\w+)\s+\w+\s+ago\b", re.I)
_AFTER_YEAR = re.compile(r"\b\d{4},\s+(?:[A-Za-z-]+\s+)?$")
_OF_THE_DAY = re.compile(r"(?:the|that)\s+day", re.I)
_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}")
_ZONE = re.compile(r"\b(?:GMT|UTC)\b")
_LOCAL_GAP = re.compile(r"\s*(?:local\s+time\s*)?[(\[]\s*", re.I)
_YEAR_IN = re.compile(r"\b\d{4}\b")
_EARLIER = re.compile(r"\bearlier\s+(?:in|this)\s+$", re.I)
# names whose year dates nothing in the article ('the 2022 Adult Survivors Act'); an EVENT's year is
# the event's ('the 1991 Hajj')
_NAME_ENTS = ("LAW", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "NORP")
_DOCUMENT_HEADS = word_set("document_name_heads")


def read_value(value: str) -> tuple[dt.date, str] | None:
    """(first day, precision) of a TIMEX3 value, or None for one the timeline cannot place."""
    if m := _DAY.match(value):
        return _safe(int(m[1]), int(m[2]), int(m[3]), "day")
    if m := _MONTH.match(value):
        return _safe(int(m[1]), int(m[2]), 1, "month")
    if m := _YEAR.match(value):
        return dt.date(int(m[1]), 1, 1), "year"
    if m := _WEEK.match(value):
        monday = _iso_monday(int(m[1]), int(m[2]))
        if monday is None:
            return None
        return (monday + dt.timedelta(days=5), "weekend") if m[3] else (monday, "week")
    if m := _SEASON.match(value):
        return dt.date(int(m[1]), _SEASON_MONTH[m[2]], 1), "season"
    if m := _QUARTER.match(value):
        return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1), "quarter"
    if m := _HALF.match(value):
        return dt.date(int(m[1]), 6 * int(m[2]) - 5, 1), "half"
    if m := _DECADE.match(value):
        return dt.date(int(m[1]) * 10, 1, 1), "decade"
    if m := _CENTURY.match(value):
        return dt.date(max(1, int(m[1]) * 100), 1, 1), "century"
    return None


def _safe(y: int, m: int, d: int, precision: str) -> tuple[dt.date, str] | None:
    try:
        return dt.date(y, m, d), precision
    except ValueError:
        return None


def _iso_monday(year: int, week: int) -> dt.date | None:
    try:
        return dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def tagged_times(doc: Doc, sentences: list[Sentence], published: dt.date | None, clauses: ArticleClauses
                 ) -> tuple[list[TimeExpression], list[tuple[Timex, int]]]:
    """Dated expressions the tagger finds, one per DATE/TIME it can place; and its durations
    (with their sentence ids) for `with_durations`."""
    text = text_of(doc)
    timexes = [tx for tx in tag_times(text, published=published, doc=doc, calendar=True) if not _aside(tx, doc, text)]
    timexes = _local_before_zone(timexes, text)
    starts = [s.start for s in sentences]
    out: list[TimeExpression] = []
    durations: list[tuple[Timex, int]] = []
    for tx in timexes:
        sid = _sentence_of(tx, sentences, starts)
        if sid is None:
            continue
        if tx.type == "DURATION":
            durations.append((tx, sid))
            continue
        t = _expression(doc, tx, sid, published, clauses)
        if t is not None:
            out.append(t)
    return _anchor_in_sentence(out, text, published), durations


def _anchor_in_sentence(times: list[TimeExpression], text: str, published: dt.date | None
                        ) -> list[TimeExpression]:
    """Yearless dates the sentence itself places: 'on August 26, 1978, ... on September 29' is 1978;
    'earlier in June' lies before publication."""
    out = list(times)
    with_year: dict[int, list[TimeExpression]] = {}      # per sentence, so long articles stay linear
    for i, t in enumerate(out):
        if year_written(t.text) and t.precision in ("day", "month"):
            with_year.setdefault(t.sentence_id, []).append(t)
        if t.precision not in ("day", "month") or year_written(t.text):
            continue
        moved = _sentence_date(t, with_year.get(t.sentence_id, []), text, published)
        if moved is None:
            continue
        out[i] = TimeExpression(text=t.text, sentence_id=t.sentence_id, start=t.start, end=t.end,
                                date=moved, precision=t.precision, date_end=t.date_end,
                                future=published is not None and moved > published,
                                rule=f"'{t.text}' read as {format_date(moved, t.precision)}: "
                                     "the year the sentence gives")
    return out


def _sentence_date(t: TimeExpression, before: list[TimeExpression], text: str,
                   published: dt.date | None) -> dt.date | None:
    """The date of a yearless expression moved to the year its sentence implies, or None."""
    earlier = before       # the sentence's earlier expressions that name their year
    if earlier and re.search(r"\d", t.text):
        year, lo = earlier[-1].date.year, earlier[-1].date
    elif published is not None and t.date > published and _EARLIER.search(text[max(0, t.start - 12):t.start]):
        year, lo = t.date.year - 1, published - dt.timedelta(days=366)
    else:
        return None
    moved = _safe(year, t.date.month, t.date.day, t.precision)
    if year == t.date.year or moved is None or not lo <= moved[0] <= lo + dt.timedelta(days=366):
        return None
    return moved[0]


def _local_before_zone(timexes: list[Timex], text: str) -> list[Timex]:
    """'At around 1:00 am local time (1600 UTC on December 3)': the local clock's day is the UTC day,
    or the next or previous one when the two clocks are more than twelve hours apart."""
    out = list(timexes)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        ma, mb = _CLOCK_VALUE.match(a.value), _CLOCK_VALUE.match(b.value)
        if not (ma and mb and _ZONE.search(b.text) and not _ZONE.search(a.text)
                and _LOCAL_GAP.fullmatch(text[a.end:b.start])):
            continue
        ha, hb = int(ma[2]), int(mb[2])
        shift = 1 if ha + 12 < hb else -1 if hb + 12 < ha else 0
        day = dt.date.fromisoformat(mb[1]) + dt.timedelta(days=shift)
        out[i] = replace(a, value=f"{day.isoformat()}T{a.value.split('T', 1)[1]}")
    return out


def open_ago(text: str, start: int, end: int) -> bool:
    """'over a decade ago', 'more than two years ago': a distance back with only a lower bound names
    no date ('about a decade ago' still does)."""
    return bool(_OPEN_AGO.search(text[max(0, start - 10):end]) and _RESTATED.search(text[start:end]))


def _clock_offset(text: str) -> bool:
    """'an hour later', 'a second time': a step within a day; not a clock time nor a period of a named year."""
    return bool(_CLOCK_OFFSET.search(text)) and not re.search(r"\d:\d", text) and not _NAMED_PERIOD.search(text)


def _step_or_game(tx: Timex, doc: Doc) -> bool:
    """'an hour later', 'six minutes later': a step within the day already dated; 'scored a touchdown in
    the third quarter': the game's quarter. 'the second quarter' of a year is neither."""
    if not _PART_OF_YEAR.search(tx.value):
        return _clock_offset(tx.text)
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None or _NAMED_PERIOD.search(tx.text):
        return False
    if any(t.lemma_.lower() in _GAME_PLAY for t in span.sent):
        return True
    # 'A first-quarter lead held up': a game report's quarter, its play told in other sentences
    return _game_play_sentences(doc) >= 2


@per_document
def _game_play_sentences(doc: Doc) -> int:
    """How many sentences tell a game's play ('scored', 'touchdown'): counted once per article, not once
    per quarter named (which read the whole article each time)."""
    return len({t.sent.start for t in doc if t.lemma_.lower() in _GAME_PLAY})


def _aside(tx: Timex, doc: Doc, text: str) -> bool:
    """Expressions that date nothing of their own on a timeline."""
    if _step_or_game(tx, doc):
        return True
    if _RESTATED.search(tx.text) and _AFTER_YEAR.search(text[max(0, tx.start - 30):tx.start]):
        return True        # "in 1817, two hundred years ago": the year again, counted from today
    if _OF_THE_DAY.fullmatch(tx.text) and text[max(0, tx.start - 3):tx.start].lower() == "of ":
        return True        # "the last match of the day": a day already dated, named again
    if open_ago(text, tx.start, tx.end):
        return True        # "over a decade ago": only a bound, some time before then
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    # "winter wheat", "summer camp": a season naming a kind of thing
    return span is not None and len(span) == 1 and span[0].dep_ in ("compound", "amod") and \
        tx.value.endswith(("-SP", "-SU", "-FA", "-WI"))


def _sentence_of(tx: Timex, sentences: list[Sentence], starts: list[int]) -> int | None:
    i = bisect.bisect_right(starts, tx.start) - 1
    if i < 0 or tx.end > sentences[i].end:
        return None        # an expression across a sentence break is a misreading
    return sentences[i].id


def _expression(doc: Doc, tx: Timex, sid: int, published: dt.date | None,
                clauses: ArticleClauses) -> TimeExpression | None:
    """One DATE or TIME as the timeline's TimeExpression, or None when it names no date."""
    if tx.type not in ("DATE", "TIME"):
        return None
    read = read_value(tx.value)
    if read is None:
        return None
    date, precision = read
    phrase = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if phrase is None or part_of_name(phrase) or names_a_paper(phrase) or YEAR_TO_NOW.fullmatch(tx.text):
        return None        # "fined in the past year": the twelve months up to the report, no calendar year
    verb = clauses.attached(phrase)
    if tx.text.lower() == "today" and nowadays(verb) and not possessive(phrase):
        return None        # "the lizards that live in Asia today": nowadays, not a date
    # planned: the clause speaks of the future, or the whole period lies after publication
    after = published is not None and date > published
    future = clauses.future(verb) or (after and not told_in_past(verb))
    rule = f"'{tx.text}' read as {format_date(date, precision)}"
    if not year_written(tx.text):
        rule += " (from the publication date and the article's earlier dates)"
    return TimeExpression(text=tx.text, sentence_id=sid, start=tx.start, end=tx.end, date=date,
                          precision=precision, rule=rule, future=future)


def told_in_past(verb) -> bool:
    """'closed', 'were closed', 'had closed', 'has burned': a clause in a past tense tells of a day gone,
    even one after the publication date (a story updated after it was first dated); 'has been postponed
    to Friday' is no such clause; a gerund ('was executed by hanging Saturday') has the tense of its verb."""
    verb = _tensed(verb)
    if verb is None or verb.tag_ == "VBD":
        return verb is not None
    return verb.tag_ == "VBN" and _past_auxiliaries([c for c in verb.children if c.dep_ in ("aux", "auxpass")])


def _tensed(verb):
    """The verb whose tense a bare gerund takes ('was executed' of 'was executed by hanging'), else the verb."""
    while verb is not None and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl") and \
            not any(c.dep_ == "aux" for c in verb.children):
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb


def _past_auxiliaries(aux: list) -> bool:
    if any(c.tag_ == "VBD" for c in aux):
        return True
    return any(c.lemma_ == "have" for c in aux) and all(c.dep_ != "auxpass" for c in aux)


def year_written(text: str) -> bool:
    """'Aug. 7, 1998', 'in 2011': a date whose year the text gives, not one read from a relative phrase."""
    return bool(_YEAR_IN.search(text))


def nowadays(verb) -> bool:
    """'live ... today' in the present tense means nowadays, not the publication day."""
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and \
        not any(c.lower_ in ("will", "shall") for c in verb.children)


_POSSESSIVE_MARKS = ("'s", "\u2019s")


def possessive(phrase: Span) -> bool:
    """'Today's announcement': the day owns a noun, its own happening (never 'nowadays'); the "'s"
    ends the phrase or follows it."""
    doc = phrase.doc
    after = doc[phrase.end].lower_ if phrase.end < len(doc) else ""
    return phrase[-1].lower_ in _POSSESSIVE_MARKS or after in _POSSESSIVE_MARKS


# 'the past year', 'the last year' (not 'last year', nor 'the last year of the war'): the year up to the report
YEAR_TO_NOW = re.compile(r"\bthe\s+(?:past|last)\s+year\b(?!\s+of\b)", re.I)


def names_a_paper(phrase: Span) -> bool:
    """'a USA TODAY/Gallup Poll', 'told USA Today': 'TODAY' in capitals (or 'Today' after 'USA') inside a
    name is a newspaper or show, no day; 'TODAY, the council voted' in a capitals headline stays a day."""
    if len(phrase) != 1 or phrase[0].lower_ != "today":
        return False
    tok = phrase[0]
    prev = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if prev is not None and prev.text == "USA" and tok.text[0].isupper():
        return True
    return tok.text == "TODAY" and (_in_a_name(tok) or _capitals_name_before(prev))


def _capitals_name_before(prev: Token | None) -> bool:
    return prev is not None and prev.pos_ == "PROPN" and prev.is_upper and prev.is_alpha


def _in_a_name(tok: Token) -> bool:
    """The word is tagged as part of an organisation's name, or of a name it precedes ('the TODAY show')."""
    return tok.ent_type_ == "ORG" or tok.pos_ == "PROPN" and tok.dep_ in ("compound", "nmod")


_MODEL_YEAR_AFTER = re.compile(r"(?:\s*(?:through|to|and|-|\u2013)\s*\d{4})?\s+model[\s-]+years?\b", re.I)


def part_of_name(phrase: Span) -> bool:
    """'the 2022 Adult Survivors Act': a bare year inside the name of a law, body or work is no date;
    nor is one naming a yardstick ('2000 levels'), a house number ('of 1909 Elm Drive'), a debt ('its 2025 bonds')
    or a product line ('the 2015 model year')."""
    if not re.fullmatch(r"\d{4}", phrase.text):
        return False
    sent = phrase.sent
    if names_no_year(sent.text, phrase.start_char - sent.start_char, phrase.end_char - sent.start_char):
        return True
    tok = phrase[0]
    if tok.dep_ in ("nummod", "compound", "amod") and tok.head.lemma_ == "level":
        return True        # "fell to 2000 levels": a yardstick, no happening
    if _MODEL_YEAR_AFTER.match(sent.text, phrase.end_char - sent.start_char):
        return True        # "cars of the 2009 through 2015 model years": a product line's name
    return _in_name_entity(tok) or _document_name(tok) or _after_document_name(tok) or names_a_work(tok)


_SINCE_BOUNDS = word_set("time_nouns") | word_set("period_nouns") | word_set("since_bound_words")


def dates_since_object(span: Span) -> bool:
    """'the first new tomb since that of King Tutankhamun in 1922', 'grateful since the Sept. 11, 2001
    attacks': a date inside a 'since' phrase whose object is a thing dates that thing's happening, not
    the clause the phrase hangs on. The words are read back to 'since' (the parse often hangs 'in 1922'
    on the main verb); a verb or a comma on the way means the date has a clause of its own."""
    between = []
    for tok in reversed(span.doc[span.sent.start:span.start]):
        if tok.lower_ == "since":
            return _names_a_thing(between) or _modifies_a_thing(span)
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":", "(", ")") or tok.dep_ == "mark":
            return False
        between.append(tok)
    return False


def _names_a_thing(words: list) -> bool:
    """A noun, name or pronoun that is no time and no bound of one ('that of King Tutankhamun in')."""
    return any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.lemma_.lower() not in _SINCE_BOUNDS
               and t.lower_ not in _SINCE_BOUNDS and t.ent_type_ not in ("DATE", "TIME") for t in words)


def _modifies_a_thing(span: Span) -> bool:
    """'the Sept. 11, 2001 attacks': the date is a modifier of the noun right after it, which is no
    time ('since 2010 prices have risen': a noun that is the clause's subject starts a clause)."""
    noun = span.doc[span.end] if span.end < len(span.doc) else None
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in _SINCE_BOUNDS and \
        noun.dep_ not in _CLAUSE_ARGUMENTS


_CLAUSE_ARGUMENTS = ("nsubj", "nsubjpass", "csubj", "expl")


def names_a_work(tok) -> bool:
    """A year that is the name of a film, book or song: a title a verb acts on (_titled_object), or a
    bare four-digit number that is owned ("Mendes' 1917"), set against a rival ('an upset over 1917')
    or named by a common noun before it ('the war drama 1917')."""
    if _titled_object(tok):
        return True
    # 'the country's 2008 financial crisis', "Apple's 2019 results": a year that modifies a noun is a date
    if not re.fullmatch(r"\d{4}", tok.text) or tok.dep_ in ("nummod", "compound", "amod"):
        return False
    owned = any(c.dep_ == "poss" for c in tok.children)
    rival = tok.dep_ == "pobj" and tok.head.lower_ in _RIVAL_PREPOSITIONS
    return owned or rival or _named_by_noun(tok)


def _named_by_noun(tok) -> bool:
    """'the war drama 1917', "Mendes' 1917": a common noun (not one of time) or an owner's mark before it."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and (before.tag_ == "POS" or before.tag_ in ("NN", "NNS")
                                   and before.lemma_.lower() not in _TIME_NOUNS)


_RIVAL_PREPOSITIONS = word_set("rival_prepositions")
_TIME_NOUNS = word_set("time_nouns")


def _titled_object(tok) -> bool:
    """'won best picture, beating 1917 and Joker', 'directed 1917, a war film': a bare year a verb acts
    on that is listed with names or described by a noun in apposition is a title, not a date ('ended
    2019 with a profit' keeps its year)."""
    if tok.dep_ not in ("dobj", "conj"):
        return False
    if tok.dep_ == "conj":
        return tok.head.pos_ == "PROPN"
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" or c.dep_ == "appos" and c.pos_ == "NOUN" for c in tok.children)


def _in_name_entity(tok) -> bool:
    """The year is a LAW, ORG, WORK_OF_ART... entity's, or begins one the parser hangs on a proper noun."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ in _NAME_ENTS or (nxt is not None and nxt.ent_type_ in _NAME_ENTS and
                                           tok.head.i > tok.i and tok.head.pos_ == "PROPN")


def _after_document_name(tok) -> bool:
    """'the Election Act, 2018', 'the Companies Act 2006': a law named with its year after it."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.text == "," and tok.i > 1:
        prev = tok.doc[tok.i - 2]
    return prev is not None and prev.lower_ in _DOCUMENT_HEADS and prev.text[:1].isupper()


def _document_name(tok) -> bool:
    """'under the 2022 Adult Survivors Act' (the parser tagging no LAW): a year before capitalised words
    that end in a law's or document's head noun."""
    head = tok.head
    return head.i > tok.i and head.lower_ in _DOCUMENT_HEADS and \
        all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in tok.doc[tok.i + 1:head.i + 1])


def with_durations(times: list[TimeExpression], durations: list[tuple[Timex, int]],
                   doc: Doc, clauses: ArticleClauses) -> list[TimeExpression]:
    """'a three-day visit starting Monday': a length next to a day gives that day's event an end, when
    both hang on one clause ('who served for 33 days' does not lengthen the day of 'Yesterday, X
    beatified his predecessor')."""
    text = text_of(doc)
    out = list(times)
    by_sentence: dict[int, list[int]] = {}
    for i, t in enumerate(out):
        by_sentence.setdefault(t.sentence_id, []).append(i)
    for tx, sid in durations:
        m = _DURATION.match(tx.value)
        if m is None or not ("-" in tx.text or text[max(0, tx.start - 4):tx.start].lower() == "for "):
            continue
        days = int(m[1]) * (7 if m[2] == "W" else 1)
        near = [(abs(out[i].start - tx.start), i) for i in by_sentence.get(sid, ())
                if out[i].precision == "day" and out[i].date_end is None]
        if not near or days < 2:
            continue
        i = min(near)[1]
        if not _same_clause(doc, clauses, tx, out[i]):
            continue
        t = out[i]
        end = t.date + dt.timedelta(days=days - 1)
        out[i] = TimeExpression(text=t.text, sentence_id=t.sentence_id, start=t.start, end=t.end,
                                date=t.date, precision=t.precision, future=t.future, date_end=end,
                                rule=f"{t.rule}, lasting {days} days (until {format_date(end, 'day')})")
    return out


def _same_clause(doc: Doc, clauses: ArticleClauses, tx: Timex, t: TimeExpression) -> bool:
    """Do a length and a day modify the same verb?"""
    a = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    b = doc.char_span(t.start, t.end, alignment_mode="expand")
    verb = clauses.attached(a) if a is not None else None
    return verb is not None and b is not None and verb == clauses.attached(b)


# A bare weekday: the scanner reads its clause's tense ("confirming Tuesday" is past), the tagger
# sometimes reads a neighbouring clause's ("is to be resolved")
_WEEKDAY = re.compile(pattern("weekday_phrase"), re.I)
# A tagged period the scanner may refine: "two weeks ago" is a day, "the end of last year" December.
# Seasons, quarters and decades stay as the text says them.
_REFINABLE = frozenset({"week", "weekend", "month", "year"})


def combine(tagged: list[TimeExpression], scanned: list[TimeExpression], text: str) -> list[TimeExpression]:
    """The tagger's expressions, and the scanner's where the tagger found nothing it could place
    or where the scanner read a finer date inside the tagger's period."""
    by_sentence: dict[int, list[TimeExpression]] = {}      # overlaps lie within one sentence
    for t in tagged:
        by_sentence.setdefault(t.sentence_id, []).append(t)
    for s in scanned:
        mine = by_sentence.setdefault(s.sentence_id, [])
        over = [t for t in mine if t.start < s.end and s.start < t.end]
        if not over:
            mine.append(s)
        elif any(_scanner_wins(s, t, text) for t in over):
            by_sentence[s.sentence_id] = [t for t in mine if t not in over] + [s]
    return sorted((t for ts in by_sentence.values() for t in ts), key=lambda t: (t.start, t.end))


def _scanner_wins(s: TimeExpression, t: TimeExpression, text: str) -> bool:
    """The scanner's reading replaces the tagger's: a finer date inside its period, or the same bare
    weekday (unless the tagger placed it later, ahead of publication, or beside the day named after it)."""
    return _refines(s, t) or _same_words(s, t) and bool(_WEEKDAY.fullmatch(t.text)) and \
        not _tagger_ahead(s, t) and not _beside_named_day(t, text)


_BESIDE_AFTER = re.compile(r"\s+(?:before|after)\s", re.I)


def _beside_named_day(t: TimeExpression, text: str) -> bool:
    """'the Sunday before Election Day': the tagger counts the weekday from the day named after it, which
    the scanner, reading the weekday alone, cannot."""
    return text[max(0, t.start - 4):t.start].lower() == "the " and bool(_BESIDE_AFTER.match(text, t.end))


def _tagger_ahead(s: TimeExpression, t: TimeExpression) -> bool:
    """A weekday the tagger placed ahead: its tense reading knows 'postponed until Saturday', 'is headed
    Tuesday to' and the list it is in ('planned for Saturday and Monday'), and a text updated after its
    publication date ('As of Tuesday evening, ...' told after the publication day itself)."""
    return t.date > s.date


def _same_words(s: TimeExpression, t: TimeExpression) -> bool:
    return (s.start, s.end) == (t.start, t.end)


def _refines(s: TimeExpression, t: TimeExpression) -> bool:
    finer = PRECISIONS.index(s.precision) < PRECISIONS.index(t.precision)
    return t.precision in _REFINABLE and finer and within(s, t)


def within(inner: TimeExpression, outer: TimeExpression) -> bool:
    """Does one expression's period lie inside the other's (2011-11-26 within 2011)?"""
    a, b = period(inner.date, inner.precision)
    c, d = period(outer.date, outer.precision)
    return c <= a and b <= d
