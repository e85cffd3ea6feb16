"""The article index: named things, dates and numbers typed finely enough to pick same-kind distractors,
with aliases merged, and who its pronouns and short names refer to."""
from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Span, Token

from .lexicon import key, load, news_outlet
from .pronoun_agreement import told_apart
from .referents import TOLD_SEXES, Referents
from .same_surname import shared_surname_people, titled_form
from .wordlists import pattern, tagged, word_set, words

T = TypeVar("T")

# Fine kinds -> the coarse kind a learner compares options by.
NAME_KINDS = {"PERSON", "COUNTRY", "STATE", "CITY", "PLACE", "ORG", "MEDIA"}
COARSE = {"PERSON": "person", "COUNTRY": "country", "STATE": "state", "CITY": "city", "PLACE": "place",
          "ORG": "organisation", "MEDIA": "organisation", "DATE": "date", "TIME": "time",
          "NUMBER": "number", "MONEY": "number", "PERCENT": "number", "QUANTITY": "number",
          "DURATION": "number"}

MONTHS = [m.lower() for m in words("month_names")] + list(words("month_abbreviations"))
WEEKDAYS = [d.lower() for d in calendar.day_name]
_REL = re.compile(pattern("relative_time"), re.I)
_DURATION = re.compile(pattern("duration_unit"), re.I)
_APPROX = re.compile(pattern("approximation_prefix"), re.I)
_NAME_SUFFIX = re.compile(pattern("name_suffix"))
_DETERMINED = re.compile(pattern("determined_time"))
_DURATION_COUNT = re.compile(pattern("duration_count"))
_TITLE_WORDS = tagged("title_words", "index")
# a role written before a name ('County Manager Zee Lamb', 'FBI Director James Comey') is no first name:
# taken in, the name printed everywhere keeps it ('According to Manager Zee Lamb', judged edit, rule 1)
_NOT_FIRST_NAMES = _TITLE_WORDS | word_set("name_run_stops")
_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)
_PARTICLES = word_set("name_particles")
_PLACE_WORDS = word_set("place_words")
_STREET_WORDS = word_set("street_words")
_INSTITUTION_WORDS = word_set("institution_words")
# A "person" whose last word names a built thing is a bridge, a hall, a tower... unless the first word is
# a given name ("Stuart Hall"); one whose last word is a firm's word is a firm ("Ellery Structures").
_STRUCTURE_WORDS = word_set("structure_words")
_FIRM_WORDS = word_set("firm_words")
# common nouns that a name in apposition to cannot be a person's ("her own firm, Ellery Structures")
_THING_NOUNS = word_set("thing_nouns")
_VAGUE = word_set("vague_quantities")
_SMALL = word_set("name_small_words")
_WORDNUM = {w: i for i, w in enumerate(words("number_words"))}


@dataclass
class Mention:
    """One mention: its display text, kind, token span in the doc, and the thing it names."""

    text: str            # as shown in options ("Federal Reserve", "$1.5 billion")
    kind: str            # PERSON, COUNTRY, STATE, CITY, PLACE, ORG, MEDIA, DATE, TIME, NUMBER, MONEY, ...
    start: int           # token offsets in the doc (the whole entity, qualifiers included)
    end: int
    sentence_id: int
    canon: str = ""      # key of the thing it names ("xi jinping" for "Xi")
    full: str = ""       # the thing's fullest name in the article ("Xi Jinping" for "Xi")

    modifier: bool = False   # part of a compound ("Russia-China cooperation", "the Ukraine issue")
    qualifier: str = ""      # "more than", "about", "at least": kept with a number's answer
    unit: str = ""           # what a number counts or measures ("people", "magnitude"); "" when unknown

    @property
    def coarse(self) -> str:
        return COARSE.get(self.kind, self.kind.lower())


@dataclass
class ArticleIndex:
    """All mentions of the article, by sentence and by kind, with aliases merged; and its referents
    (who "he" or "the two leaders" is), so every stage asks one object about the article's things."""

    mentions: list[Mention] = field(default_factory=list)
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    sent_keys: dict[int, str] = field(default_factory=dict)     # sentence id -> key(text) for truth checks
    referents: Referents | None = None
    # of_kind's answers, kept while `mentions` is the same list of the same length (it is final once built)
    _kinds: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)
    # every sentence key in one text, with each key's start and sentence id, for sentences_holding
    _keys_text: tuple = field(default=(), repr=False, compare=False)
    # kept's answers: (mentions list, its length, answer) by the asking function
    _kept: dict = field(default_factory=dict, repr=False, compare=False)

    def sentences_holding(self, phrase_key: str) -> list[int]:
        """Ids of the sentences whose key holds `phrase_key` as whole words, in order: one search of all
        the keys (a loop over every sentence for each statement checked made long articles quadratic)."""
        if not self._keys_text or self._keys_text[3] != len(self.sent_keys):
            ids = list(self.sent_keys)
            starts, parts, at = [], [], 0
            for i in ids:
                part = f" {self.sent_keys[i]} \n"
                starts.append(at)
                parts.append(part)
                at += len(part)
            self._keys_text = ("".join(parts), starts, ids, len(ids))
        text, starts, ids, _ = self._keys_text
        found, needle = [], f" {phrase_key} "
        at = text.find(needle)
        while at >= 0:
            n = ids[bisect.bisect_right(starts, at) - 1]
            if not found or found[-1] != n:
                found.append(n)
            at = text.find(needle, at + 1)
        return found

    def resolve(self, head: Token) -> str | None:
        """A self-contained phrase for a noun phrase head ('he' -> 'Nelson Mandela'), or None."""
        return self.referents.resolve(head) if self.referents is not None else None

    def person(self, name: str) -> str:
        """The fullest form of a person's name in the article ('Putin' -> 'Vladimir Putin')."""
        return self.referents.person(name) if self.referents is not None else name

    def named_before(self, sentence_id: int, coarse: str) -> list[str]:
        """Distinct things of a coarse kind named before the sentence, most recent last."""
        order: list[str] = []
        first: dict[str, int] = {}
        for m in self.mentions:
            if m.sentence_id >= sentence_id:
                break
            if m.coarse == coarse:
                first.setdefault(m.full, len(first))
                if m.full in order:
                    order.remove(m.full)
                order.append(m.full)
        last_two = sorted(order[-2:], key=lambda n: first[n])
        return order[:-2] + last_two

    def kept(self, build: Callable[["ArticleIndex"], T]) -> T:
        """`build(self)`, read once while `mentions` is the same list of the same length (final once
        built): a question check that reads every mention, asked once per candidate, made long articles
        quadratic."""
        got = self._kept.get(build)
        if got is None or got[0] is not self.mentions or got[1] != len(self.mentions):
            got = self._kept[build] = (self.mentions, len(self.mentions), build(self))
        return got[2]

    def of_kind(self, coarse: str) -> list[Mention]:
        """First mention of each distinct thing of a coarse kind, in article order (read once per kind:
        every option list asked for it, which read all mentions per question)."""
        got = self._kinds.get(coarse)
        if got is not None and got[0] is self.mentions and got[1] == len(self.mentions):
            return list(got[2])
        seen, out = set(), []
        for m in self.mentions:
            if m.coarse == coarse and m.canon not in seen:
                seen.add(m.canon)
                out.append(m)
        self._kinds[coarse] = (self.mentions, len(self.mentions), tuple(out))
        return out


def date_is_specific(text: str) -> bool:
    low = text.lower()
    toks = set(re.findall(r"[a-z]+", low))
    return bool(toks & set(MONTHS) or toks & set(WEEKDAYS) or re.search(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b", low)
                or _REL.search(low))


def clean_number(text: str) -> str:
    t = text.strip()
    while True:
        t2 = _APPROX.sub("", t)
        if t2 == t:
            return t
        t = t2


def _clean_name(text: str, kind: str) -> str:
    t = re.sub(r"['\u2019]s$", "", text.strip())
    if kind != "MEDIA":
        t = re.sub(r"^the\s+", "", t, flags=re.I)
    t = t.strip(" ,;:")
    last = t.split()[-1] if t.split() else ""
    if t.endswith(".") and not (len(last) <= 5 and (last[:1].isupper())):
        t = t.rstrip(".")
    return t


def _name_shape_ok(text: str) -> bool:
    words = [w for w in re.split(r"\s+", text) if w]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL | _PARTICLES
                               or not w[0].isalpha() for w in words)


def _looks_like_person(text: str) -> bool:
    return bool(_NAME_SUFFIX.search(text) or re.search(r"\b[A-Z]\.\s+[A-Z][a-z]", text))


def _extend_person(span: Span) -> tuple[int, int]:
    """'Spitzer Jr.' -> 'Lyman Spitzer Jr.': take in first names the model left out."""
    start = span.start
    doc = span.doc
    while start > 0 and not doc[start].is_sent_start:     # Span.sent rescans the whole document
        prev = doc[start - 1]
        if prev.tag_ == "NNP" and prev.text[:1].isupper() and prev.text.lower() not in _NOT_FIRST_NAMES \
                and prev.ent_type_ in ("", "PERSON") and not prev.is_punct:
            start -= 1
        else:
            break
    return start, span.end


def person_shape_ok(ent: Span) -> bool:
    """False for a "person" that is a thing: "the Elswick Crossing", "Ellery Structures", "Tower Bridge"."""
    words = [t for t in ent if not t.is_punct]
    if not words:
        return False
    return not (_takes_article(ent, words[0]) or _named_for_a_thing(ent, words[0], words[-1])
                or _thing_in_apposition(ent.root) or _names_the_next_word(ent) or _listed_among_bodies(ent))


def _listed_among_bodies(ent: Span) -> bool:
    """One of a list whose other items (two or more) are all tagged as organisations ('Apple Computer,
    MCI Communications and Liz Claiborne'): a company named after someone, never a person beside them."""
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items, todo = [], [first]
    while todo:
        tok = todo.pop()
        items.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    labels = [_entity_label(t) for t in items if not ent.start <= t.i < ent.end]
    return len(labels) >= 2 and all(label == "ORG" for label in labels)


def _entity_label(tok: Token) -> str:
    """The label of the entity the token is part of ('' for none)."""
    return tok.ent_type_ if tok.ent_iob_ in ("B", "I") else ""


def _names_the_next_word(ent: Span) -> bool:
    """'Charles de Gaulle airport', 'Kennedy station': a person's name written before a built thing in
    lower case names the thing, not the person."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return nxt is not None and nxt.text.islower() and nxt.text in _STRUCTURE_WORDS


def _takes_article(ent: Span, first) -> bool:
    """People's names take no article ("the Tyne", "the Elswick Crossing")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 and not doc[ent.start].is_sent_start else None
    return first.lower_ == "the" or (before is not None and before.lower_ == "the")


def _named_for_a_thing(ent: Span, first, last) -> bool:
    """A firm ("Ellery Structures", "Smith & Sons") or a built thing not named after a person ("Tower Bridge")."""
    if "&" in ent.text or last.lower_ in _FIRM_WORDS:
        return True
    return last.lower_ in _STRUCTURE_WORDS and first.lower_ not in load().given_names


def _thing_in_apposition(root) -> bool:
    """In apposition to a thing ("her firm, Ellery Structures") or with a thing in apposition to it."""
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in _THING_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _THING_NOUNS for c in root.children)


def number_unit(doc, start: int, end: int) -> str:
    """What a number counts: the noun it modifies ("12 people" -> "people"), or the measure named just
    before it ("magnitude 6.1" -> "magnitude"); "" when the text does not say."""
    span = doc[start:end]
    root = span.root
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.pos_ == "NOUN" and prev.tag_ == "NN":
        return prev.lemma_.lower()
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= end:
        return root.head.lemma_.lower()
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head.lemma_.lower()      # "a magnitude of 6.1", "a population of 2,000"
    return ""


Classified = tuple[str, int, int]      # (fine kind, start token, end token)


def classify(ent: Span) -> Classified | None:
    """Fine kind and token span of a spaCy entity, or None when it makes no good answer."""
    text, label = ent.text.strip(), ent.label_
    k = key(text)
    if not k:
        return None
    if label in ("GPE", "LOC", "NORP", "ORG", "FAC", "PERSON"):
        if k in load().country_by_key and label != "NORP":
            return "COUNTRY", ent.start, ent.end
        rule = _NAME_RULES.get(label)
        return rule(ent, text, k) if rule is not None else None
    if label in ("DATE", "TIME"):
        ent = _without_trailing_words(ent)
        return _classify_time(ent, ent.text.strip(), label)
    if label in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        # no answer or swap of half a range: a blank of it would split the range
        cut = near_end_of_cut_range(ent.doc, ent.start, ent.end)
        return None if cut else _classify_number(ent, text, label)
    return None


def _classify_place(ent: Span, text: str, k: str) -> Classified | None:
    lex = load()
    if text.isupper() and len(text) > 4:
        return None     # a dateline ("CAPE CANAVERAL")
    if k in lex.states:
        return "STATE", ent.start, ent.end
    if k in lex.cities:
        return "CITY", ent.start, ent.end
    return ("PLACE", ent.start, ent.end) if ent.label_ == "GPE" and _name_shape_ok(text) else None


def _classify_organisation(ent: Span, text: str, k: str) -> Classified | None:
    if "," in text or not _name_shape_ok(text):
        return None
    if ent[-1].lower_ in _INSTITUTION_WORDS:
        return "ORG", ent.start, ent.end
    if (start := _after_titles(ent)) is not None:
        return "PERSON", start, ent.end
    if _named_like_person(ent, text):
        return ("PERSON", ent.start, ent.end) if person_shape_ok(ent) else None
    kind = _organisation_kind(ent, text, k)
    return (kind, ent.start, ent.end) if kind is not None else None


def _after_titles(ent: Span) -> int | None:
    """'Dist. Atty. Paul Grent' tagged as a firm: abbreviated titles ('Dist.', 'Atty.') before two or
    three name words mark a person; the start of the name after them, or None."""
    start = ent.start
    while start < ent.end and ent.doc[start].text.endswith(".") and ent.doc[start].lower_ in _TITLE_WORDS:
        start += 1
    rest = ent.doc[start:ent.end]
    if start == ent.start or not 2 <= len(rest) <= 3 or not all(t.tag_ == "NNP" for t in rest):
        return None
    return start if person_shape_ok(rest) else None


def _named_like_person(ent: Span, text: str) -> bool:
    """An "organisation" written like a person's name ("J. Smith", "Morgan Ellis Jr.", "Carla Mendes"),
    or a two- or three-word name right after a person's role ('said juror Chappell Hartridge')."""
    if len(ent) in (2, 3) and all(t.tag_ == "NNP" for t in ent):
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if ent[0].lower_ in load().given_names or (before is not None and before.text.islower()
                                                   and before.text in _PERSON_ROLE_NOUNS):
            return True
    return _looks_like_person(text)


# a role written right before a name ('juror', 'coach'): the name is a person's
_PERSON_ROLE_NOUNS = word_set("person_role_nouns")


def _organisation_kind(ent: Span, text: str, k: str) -> str | None:
    """MEDIA for a known outlet, ORG for a body, None for a street, a place or a lone common word."""
    lex = load()
    if ent[-1].lower_ in _STREET_WORDS:
        return None
    if news_outlet([t.text for t in ent]):
        return "MEDIA"
    if k in lex.states or k in lex.cities:
        return None
    return None if _lone_word(ent, text, k) else "ORG"


def _lone_word(ent: Span, text: str, k: str) -> bool:
    """One capitalised word: too often a ship, a product or a nickname (known bodies and acronyms pass)."""
    if len(ent) == 1 and ent[0].tag_ not in ("NNP", "NNPS"):
        return True
    return len([t for t in ent if t.lower_ != "the"]) == 1 and not text.isupper() and \
        k not in load().org_alias and k not in ("congress", "parliament", "senate")


def _classify_person(ent: Span, text: str, k: str) -> Classified | None:
    if not _name_shape_ok(text) or ent[0].text.lower() in _PLACE_WORDS or "," in text:
        return None
    if ent[-1].lower_ in _INSTITUTION_WORDS | _STREET_WORDS:
        return None
    if not person_shape_ok(ent):
        return None
    start, end = _extend_person(ent)
    while end - start > 2 and ent.doc[start].lower_ in _NOT_FIRST_NAMES:
        start += 1      # "Archbishop Desmond Tutu" -> "Desmond Tutu"
    return "PERSON", start, end


_NAME_RULES = {"GPE": _classify_place, "LOC": _classify_place, "ORG": _classify_organisation,
               "FAC": _classify_organisation, "PERSON": _classify_person}     # NORP: never an answer


def _classify_time(ent: Span, text: str, label: str) -> Classified | None:
    start, end = ent.start, ent.end
    low = text.lower()
    if re.fullmatch(r"\d{1,3}", text):
        return "NUMBER", start, end      # an age the model took for a date ("Walter Brandt, 71")
    if re.search(r"\d-year-old|\bold\b", low):
        return None
    if _DURATION.search(low) and not _REL.search(low) and not _DETERMINED.match(low):
        if _DURATION_COUNT.search(low):
            return "DURATION", start, end
        return None
    if label == "TIME":
        if not re.search(r"\d", text):
            return None
        clock = _CLOCK.search(text)
        if clock and clock.end() < len(text):
            # "2 a.m. every night", "around 3:30 p.m. Unable" (the next sentence's first word): the
            # clock time, with what leads it, is the value
            stop = ent.start_char + clock.end()
            end = next((t.i + 1 for t in ent if t.idx + len(t.text) >= stop), end)
        return "TIME", start, end
    return ("DATE", start, end) if date_is_specific(text) else None


def _classify_number(ent: Span, text: str, label: str) -> Classified | None:
    t = clean_number(text).lower()
    if t in _VAGUE or not re.search(r"\d|\b(" + "|".join(_WORDNUM) + r"|hundred|thousand|million|billion)\b", t):
        return None
    if label != "CARDINAL":
        return label, ent.start, ent.end
    if _DURATION.search(t):
        return "DURATION", ent.start, ent.end
    # "the two leaders": a count that only repeats what the article says elsewhere
    if ent.root.dep_ == "nummod" and ent.root.head.i > ent.root.i and \
            any(c.dep_ == "det" and c.lower_ in ("the", "both") for c in ent.root.head.children):
        return None
    return "NUMBER", ent.start, ent.end


def build_index(parsed) -> ArticleIndex:
    """Every usable mention of the article, aliases merged to the fullest name used, and its referents."""
    doc = parsed.doc
    idx = ArticleIndex(referents=Referents(doc, parsed.spans))
    for s, ents in zip(parsed.sentences, parsed.sentence_ents):
        idx.sent_keys[s.id] = key(s.text)
        idx.by_sentence[s.id] = []
        for ent in ents:
            c = classify(ent)
            m = _mention(doc, *c, s.id) if c is not None else None
            if m is not None:
                idx.mentions.append(m)
                idx.by_sentence[s.id].append(m)
    _retype_organisations(idx, doc, parsed.spans)
    _drop_lone_surnames(idx)
    _merge_aliases(idx)
    _told_apart_by_place(idx, doc)
    return idx


def _told_apart_by_place(idx: ArticleIndex, doc) -> None:
    """A surname alone that the article gives two or more people ('Hussein' of 'Saddam Hussein' and
    'King Hussein') names the person `shared_surname_people` reads from its place in the text, or stays
    as written: the longest name holding the word is often the other person."""
    people = shared_surname_people(doc)
    for m in idx.mentions if people else ():
        at = next((i for i in range(m.start, m.end) if i in people), None)
        if m.kind != "PERSON" or at is None:
            continue
        who = people[at]
        m.canon = key(who) if who is not None else key(m.text)
        m.full = who if who is not None and not titled_form(who) else m.text


_NUMBER_KINDS = ("NUMBER", "MONEY", "PERCENT", "QUANTITY", "DURATION")


def _mention(doc, kind: str, a: int, b: int, sentence_id: int) -> Mention | None:
    """The mention of doc[a:b] as a `kind`, its text cleaned for display; None when nothing is left."""
    a, b = one_value(doc, kind, a, b)
    raw = doc[a:b].text
    if kind in NAME_KINDS:
        text = _clean_name(raw, kind)
    elif kind in _NUMBER_KINDS:
        text = clean_number(raw)
    else:
        text = raw.strip()
    text = re.sub(r"['\u2019]s$", "", text).strip()
    if not text:
        return None
    m = Mention(text=text, kind=kind, start=a, end=b, sentence_id=sentence_id)
    if kind in _NUMBER_KINDS:
        m.qualifier = _qualifier(raw, text)
        m.unit = number_unit(doc, a, b)
    root = doc[a:b].root
    m.modifier = (root.dep_ in ("compound", "nmod", "amod") and root.head.i >= b) or \
        (a > 0 and doc[a - 1].tag_ == "HYPH") or (b < len(doc) and doc[b].tag_ == "HYPH")
    return m


_RANGE_JOINERS = word_set("range_joiners")
_ADDED_WORDS = word_set("added_amount_words")
_TRAILING_TAGS = frozenset({"IN", "CC", "WRB", "WDT", "TO"})


def one_value(doc, kind: str, a: int, b: int) -> tuple[int, int]:
    """The token span of the one value an entity holds: the far end of a range or a change the
    tagger took as one ('23% to 35%', 'between 1991 and 1995' -> '35%', '1995'), as an answer that
    holds both ends makes the learner type the stem's own figure too."""
    if kind in NAME_KINDS:
        return a, b
    a = _without_added_word(doc, a, b)
    between = doc[a].lower_ == "between" or (a > 0 and doc[a - 1].lower_ == "between")
    for t in doc[a + 1:b - 1]:
        joins = t.lower_ in _RANGE_JOINERS or (between and t.lower_ == "and")
        if joins and _has_digit(doc[a:t.i]) and _has_digit(doc[t.i + 1:b]):
            a = t.i + 1
            break
    return a, b


# how many words ('a share', 'of the') may stand between a range's near end and its 'and'
_RANGE_GAP = 3


def near_end_of_cut_range(doc, a: int, b: int) -> bool:
    """'between miles 7' of 'between miles 7 and 8', 'between $6.17' of 'between $6.17 a share and
    $6.32': the tagger cut a range after its near end, so a blank or a swap of it splits the range
    ('fell _____ and 8', judged reject, rule 4: 'to _____ a share and $6.32' keyed 'between $6.17')."""
    opens = doc[a].lower_ == "between" or (a > 0 and doc[a - 1].lower_ == "between")
    if not opens or any(t.lower_ == "and" for t in doc[a:b]):
        return False
    b = _past_bracket(doc, b)      # 'between #300 million ($473 million) and #400 million'
    for t in doc[b:min(b + _RANGE_GAP + 1, len(doc) - 1)]:
        if t.lower_ == "and":
            return _has_digit(doc[t.i + 1:t.i + 3])
        if t.is_punct:
            return False
    return False


def _past_bracket(doc, b: int) -> int:
    """The token after a bracketed aside that opens at `b` (a conversion: '($473 million)'), else `b`."""
    if b >= len(doc) or doc[b].text != "(":
        return b
    close = next((t.i for t in doc[b + 1:b + 12] if t.text == ")"), None)
    return b if close is None else close + 1


def _without_trailing_words(ent: Span) -> Span:
    """A date entity without the words the tagger ran on with ('March 2018 after years' -> 'March
    2018'): an answer must stop where its phrase does, and the words left would also make it a
    duration ('years')."""
    seen = False
    for t in ent:
        if seen and t.tag_ in _TRAILING_TAGS and not _dated(ent.doc[t.i:ent.end]):
            return ent.doc[ent.start:t.i]
        seen = seen or _dated([t])
    return ent


def _without_added_word(doc, a: int, b: int) -> int:
    """The start past a word that puts an amount on top of another ('an additional $20 million' ->
    '$20 million', 'just last month' -> 'last month'): the blank is 'an additional _____', and the
    learner types the amount alone."""
    skip = 2 if doc[a].lower_ in ("a", "an", "the") and a + 1 < b else 1
    added = doc[a + skip - 1]
    if added.lower_ in _ADDED_WORDS and b - a > skip and _has_digit_or_date(doc[a + skip:b]):
        return a + skip
    return a


def _has_digit_or_date(toks) -> bool:
    return _has_digit(toks) or _dated(toks) or any(t.ent_type_ in ("DATE", "TIME") for t in toks)


def _has_digit(toks) -> bool:
    return any(t.like_num for t in toks)


def _dated(toks) -> bool:
    return any(t.like_num or t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS for t in toks)


def _qualifier(raw: str, text: str) -> str:
    """What was cut from before a number ("more than", "about"), kept with its answer; never an article."""
    cleaned = raw.strip()
    qualifier = cleaned[: len(cleaned) - len(text)].strip() if cleaned.endswith(text) else ""
    return "" if qualifier.lower() in ("a", "an", "the") else qualifier


# Nouns that say the thing named is a business or body, not a person ("Lonestar Live, a Dallas-based
# promoter"; "the company carried insurance").
_ORG_ROLE_NOUNS = word_set("org_role_nouns")
# people who speak or work for a body: "a Lonestar Live spokesman" makes Lonestar Live a body
_AGENT_NOUNS = word_set("agent_nouns")
# strong enough on their own, even for a name that starts with a given name ("Morgan Stanley")
_STRONG_ORG = word_set("strong_org_nouns")


def _retype_organisations(idx: ArticleIndex, doc, spans) -> None:
    """A "person" the article itself calls a company is an organisation.

    Evidence: a noun of business in apposition ("X, a Dallas-based promoter") or a place-based
    modifier on it; the name used as a modifier of a spokesman, an executive...; or "the company"
    (a definite business noun) in the same or the next sentence while no other organisation is named
    there. A name whose first word is a given name needs the apposition of a business word.
    """
    persons = [m for m in idx.mentions if m.kind == "PERSON" and len(m.text.split()) > 1]
    if not persons:
        return
    used_as_modifier = _agent_noun_modifiers(doc)
    org_keys = {key(m.text) for m in persons if _called_a_business(idx, doc, spans, m, used_as_modifier)}
    if not org_keys:
        return
    for m in idx.mentions:
        if m.kind == "PERSON" and key(m.text) in org_keys:
            m.kind = "ORG"


def _agent_noun_modifiers(doc) -> set[str]:
    """Keys of names used as a modifier of an agent noun anywhere in the article ("a Lonestar Live spokesman")."""
    used: set[str] = set()
    for t in doc:
        if t.lower_ in _AGENT_NOUNS and t.pos_ == "NOUN":
            mods = [c for c in t.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")]
            if mods:
                used.add(key(doc[min(c.left_edge.i for c in mods):t.i].text))
    return used


def _called_a_business(idx: ArticleIndex, doc, spans, m: Mention, used_as_modifier: set[str]) -> bool:
    """Does the article call this "person" a business (see _retype_organisations)?"""
    given = m.text.split()[0].lower() in load().given_names
    root = doc[m.start:m.end].root
    if any(_business_apposition(c, given) for c in root.children):
        return True
    if given:
        return False
    if key(m.text) in used_as_modifier:
        return True
    if root.dep_ not in ("nsubj", "nsubjpass") and \
            not any(c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" for c in root.children):
        # a person does things and bears titles ("director Carla Mendes said the company ...")
        return _called_the_company(idx, spans, m)
    return False


def _business_apposition(c, given: bool) -> bool:
    """'X, a Dallas-based promoter': a business noun (or a place-based one) in apposition."""
    if c.dep_ != "appos" or c.pos_ != "NOUN":
        return False
    lemma = c.lemma_.lower()
    if lemma in _STRONG_ORG:
        return True
    if given or _job_title(c):
        return False
    return lemma in _ORG_ROLE_NOUNS or _place_based(c)


def _place_based(c) -> bool:
    """'a Dallas-based promoter': 'based' among the noun's own modifiers only; in 'publisher of
    Tampa-based Snack Weekly' it is the magazine's."""
    own = [a for a in c.children if a.dep_ != "prep"]
    return any(x.lower_ == "based" for a in own for x in a.subtree)


def _job_title(c) -> bool:
    """'Ann Brook, publisher of Snack Weekly': a role noun with no article before it and an 'of'
    after it is how news writes a person's job; a business is 'a publisher of ...' or 'the owner'."""
    bare = not any(x.dep_ in ("det", "poss") for x in c.children)
    return bare and any(x.dep_ == "prep" and x.lower_ == "of" for x in c.children)


def _called_the_company(idx: ArticleIndex, spans, m: Mention) -> bool:
    """'the company' (a definite business noun) after the mention in its sentence or in the next one,
    with no organisation named in those sentences."""
    sids = (m.sentence_id, m.sentence_id + 1)
    if any(o.sentence_id in sids and o.kind in ("ORG", "MEDIA") for o in idx.mentions):
        return False
    next_person = _next_person(idx, m, sids)
    after = (t for sid in sids if sid < len(spans) for t in spans[sid] if t.i >= m.end)
    for t in after:
        if next_person is not None and next_person < t.i:
            return False      # someone else named in between: "the firm" may be theirs
        if _acting_company(t):
            return True
    return False


def _next_person(idx: ArticleIndex, m: Mention, sids: tuple[int, int]) -> int | None:
    """Where the first other person named after `m` in those sentences starts, if any."""
    return min((o.start for o in idx.mentions if o.sentence_id in sids and o.kind == "PERSON"
                and o.start >= m.end and key(o.text) != key(m.text)), default=None)


def _acting_company(t) -> bool:
    """'the company carried insurance': a definite business noun as a subject acts as a company."""
    return t.lower_ in ("company", "firm", "corporation") and t.pos_ == "NOUN" and \
        t.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children)


def _drop_lone_surnames(idx: ArticleIndex) -> None:
    """A one-word "person" that is no fuller name's short form is too often a place or a thing."""
    # the words of every fuller name, in one set: looking through each name per mention was quadratic
    fuller = {w for m in idx.mentions if _person_words(m) > 1 for w in key(m.text).split()}
    keep = [m for m in idx.mentions if not _lone(m, fuller)]
    idx.mentions = keep
    # a mention kept as itself stays; a lone one has no equal kept (equal mentions share kind and text)
    kept = {id(m) for m in keep}
    for sid in idx.by_sentence:
        idx.by_sentence[sid] = [m for m in idx.by_sentence[sid] if id(m) in kept or _kept_as_equal(m, fuller, keep)]


def _person_words(m: Mention) -> int:
    """How many words a person's name has (0 for any other kind)."""
    return len(m.text.split()) if m.kind == "PERSON" else 0


def _lone(m: Mention, fuller: set[str]) -> bool:
    """A one-word person that is none of the fuller names' words."""
    return _person_words(m) == 1 and key(m.text) not in fuller


def _kept_as_equal(m: Mention, fuller: set[str], keep: list[Mention]) -> bool:
    return not _lone(m, fuller) and m in keep


def _merge_aliases(idx: ArticleIndex) -> None:
    """Give every mention the key and fullest name of the thing it names."""
    names = [m for m in idx.mentions if m.kind in NAME_KINDS]
    for m in idx.mentions:
        m.canon, m.full = _canonical_key(m), m.text
    # a shorter name whose words all belong to a longer one of the same coarse kind names the same thing
    by_word: dict[tuple[str, str], list[Mention]] = {}
    for o in names:
        for w in dict.fromkeys(key(o.text).split()):
            by_word.setdefault((o.coarse, w), []).append(o)
    told = idx.referents.doc.user_data.get(TOLD_SEXES, {}) if idx.referents is not None else {}
    for m in names:
        best = _alias_of(m, names, by_word, told)
        if best is not None:
            m.canon, m.full = best.canon if best.canon != key(best.text) else key(best.text), best.text


def _alias_of(m: Mention, names: list[Mention], by_word: dict[tuple[str, str], list[Mention]],
              told: dict[int, str]) -> Mention | None:
    """The longer name `m` is a short form of; None when there is none or the text gives the two
    mentions different sexes ('Mr Obama', 'Michelle Obama')."""
    words = key(m.text).split()
    # a longer name holding all of m's words holds its first: only those are read (all were: quadratic)
    best = _longest_containing(m, by_word.get((m.coarse, words[0]), []) if words else names)
    return None if best is None or told_apart(m.start, best.start, told) else best


def _canonical_key(m: Mention) -> str:
    """The key of what a mention names: a country's or state's full name, a known body's name, or its own."""
    lex, k = load(), key(m.text)
    if m.kind == "COUNTRY":
        c = lex.country_by_key.get(k)
        return key(c.name) if c else k
    if m.kind == "STATE":
        return key(lex.states.get(k, m.text))
    if m.kind in ("ORG", "MEDIA") and k in lex.org_alias:
        return key(lex.org_alias[k])
    return k


def _longest_containing(m: Mention, names: list[Mention]) -> Mention | None:
    """The longest name of the same coarse kind that has all the words of `m` and more (first on ties)."""
    mt = set(key(m.text).split())
    best = None
    for o in names:
        if o is m or o.coarse != m.coarse:
            continue
        ot = key(o.text).split()
        if len(ot) > len(mt) and mt <= set(ot) and (best is None or len(ot) > len(best.text.split())):
            best = o
    return best


def wordnum(s: str) -> int | None:
    return _WORDNUM.get(s.lower())
