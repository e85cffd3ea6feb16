"""Wrong options of the answer's kind: from the article first, then from the shipped word lists."""
from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..clauses import is_future
from ..index import WEEKDAYS, ArticleIndex, Mention, wordnum
from ..lexicon import key, load
from ..memo import per_article
from ..nlp import text_of
from ..timex.lexicon import TIMEZONES
from ..wordlists import mapping, pattern, tagged, tokens, word_set, words
from .also_true_dates import dates_also_told, told_on
from .group_role import group_noun, of_group

LONGEST_NAME = 6           # words of an option name, unless the answer's own name is long
MAX_VALUES_READ = 200      # article values of one kind read for one question's options
VARIANT_STEPS = 2          # steps of the wrong variants an article's percentage may stray from the answer
YEAR_REACH_MIN = 20        # years a year option may always stray from the answer, however recent
WEEKEND_DAYS = tuple(WEEKDAYS[5:])   # the calendar's week runs Monday to Sunday
_STOP = word_set("name_stopwords")
_ORG_NOUNS = mapping("org_nouns")
_REL_DATES = list(words("relative_dates_past"))
_REL_FUTURE = list(words("relative_dates_future"))
_MONTH_FULL = list(words("month_names"))
_MONTH_AP = list(words("month_names_ap"))
_NUMWORDS = list(words("number_words"))
# the answer's own part of the world: listed places are offered only from it (never a random one)
_CITY_REGION = {key(c): r for c, r in mapping("city_regions").items()}
_STATE_DIVISION = mapping("us_state_divisions")
_NOT_CITY_WORDS = word_set("place_unit_words")
_PERSON_APPOSITION = word_set("kin_nouns") | word_set("child_nouns")
# verbs whose sense their object, particle or preposition makes ('came from behind' is not 'came out
# of the blocks'): another name doing the same verb is also true only with a complement in common
_COMPLEMENT_SENSE_VERBS = word_set("complement_sense_verbs")
# figures a value between two of them the sentence gives could also be (see _passed_through)
_NUMERIC_KINDS = frozenset({"NUMBER", "MONEY", "PERCENT", "QUANTITY"})
_PASSING_VERBS = word_set("passing_verbs")
_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "prt", "prep", "dative", "oprd"})


def stable_hash(*parts: str) -> int:
    return int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)


def shuffled(options: list[str], seed: str) -> list[str]:
    """A deterministic order that does not depend on where the answer was found."""
    return sorted(options, key=lambda o: stable_hash(seed, o))


def name_tokens(s: str) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", key(s)) if t not in _STOP}


def same_thing(a: str, b: str, kind: str = "") -> bool:
    """True when two options could mean the same thing ("Xi" / "Xi Jinping", "U.S." / "United States",
    "NPR" / "National Public Radio")."""
    ka, kb = key(a), key(b)
    if ka == kb or not ka or not kb:
        return True
    if _same_place_or_body(ka, kb) or _acronym_of(a, b) or _acronym_of(b, a):
        return True
    return _same_name(a, b, ka, kb, kind) or fuzz.ratio(ka, kb) >= 85


def _same_name(a: str, b: str, ka: str, kb: str, kind: str) -> bool:
    """One name inside the other, one family name for two people, or a body and its part."""
    ta, tb = name_tokens(a), name_tokens(b)
    if ta and tb and (ta <= tb or tb <= ta):
        return True
    if kind == "PERSON" and ta and tb and _one_person(ka, kb):
        return True
    da, db = _distinctive(ta), _distinctive(tb)
    # 'Labor Department' / 'Bureau of Labor Statistics': a body and its part
    return kind in ("ORG", "MEDIA") and bool(da) and bool(db) and (da <= db or db <= da)


def _one_person(ka: str, kb: str) -> bool:
    """One family name for two people; 'Director Bong' and 'Bong Joon Ho' (the name without its title
    inside the other); 'Oleh Psiuk' and 'Oleg Psyuk' (each word spelt a little otherwise): one person
    written two ways, two right options."""
    wa, wb = ka.split(), kb.split()
    return wa[-1] == wb[-1] or _untitled_inside(wa, wb) or _spelt_alike(wa, wb)


def _untitled_inside(wa: list[str], wb: list[str]) -> bool:
    """The words of one name but its titles are all in the other."""
    ua, ub = {w for w in wa if not title_word(w)}, {w for w in wb if not title_word(w)}
    return bool(ua) and bool(ub) and (ua <= ub or ub <= ua)


def _spelt_alike(wa: list[str], wb: list[str]) -> bool:
    """As many words, each spelt nearly alike."""
    return len(wa) == len(wb) and all(fuzz.ratio(x, y) >= _SPELLING_RATIO for x, y in zip(wa, wb))


_SPELLING_RATIO = 75        # 'Oleh'/'Oleg' (75), 'Psiuk'/'Psyuk' (80); 'Jon'/'Dan' is 33


def _distinctive(tokens: set[str]) -> set[str]:
    """The words of an organisation's name that single it out (not 'Department', 'National', a country)."""
    lex = load()
    return {t for t in tokens if len(t) > 2 and t not in _ORG_NOUNS and t not in _ORG_SHARED
            and t not in _INSTITUTION and t not in lex.country_by_key}


def _same_place_or_body(ka: str, kb: str) -> bool:
    """A country and its people, capital or other name; two aliases of one listed organisation."""
    lex = load()
    ca, cb = lex.country_by_key.get(ka), lex.country_by_key.get(kb)
    for x, y in ((ka, cb), (kb, ca)):
        if y is not None and x in (key(y.demonym), key(y.capital), key(y.name)):
            return True
    if ca is not None and ca is cb:
        return True
    return bool(lex.org_alias.get(ka)) and lex.org_alias.get(ka) == lex.org_alias.get(kb)


def _acronym_of(short: str, long: str) -> bool:
    """'NPR' for 'National Public Radio', 'ECP' for 'Election Commission of Pakistan', 'RIDOH' for
    'Rhode Island Department of Health' (a small word's letter kept), 'CDC' for 'Centers for Disease
    Control and Prevention' (stopping before its last capitalised words: then three letters at least,
    'UN' is no acronym of 'United Nations Children's Fund')."""
    s = short.strip()
    if " " in s or not 2 <= len(s) <= _LONGEST_ACRONYM or not s.isupper() or not s.isalpha():
        return False
    return _initials_of(s, re.findall(r"[A-Za-z]+", long), 0, 0)


_LONGEST_ACRONYM = 8


def _initials_of(letters: str, words: list[str], i: int, capitals: int) -> bool:
    """`letters[i:]` are the first letters of `words`, from the first on, small words taken or skipped."""
    if i == len(letters):
        rest = [w for w in words if w[:1].isupper()]
        return capitals >= 2 and (not rest or len(letters) >= 3)
    if not words:
        return False
    first, more = words[0], words[1:]
    if first[0].upper() == letters[i] and _initials_of(letters, more, i + 1, capitals + first[0].isupper()):
        return True
    return first[0].islower() and _initials_of(letters, more, i, capitals)


def distinct(answer: str, options: list[str], kind: str = "") -> list[str]:
    """The options that name neither the answer nor an option kept before them ('CDC' beside its full
    name would be two right options, or one wasted)."""
    kept: list[str] = []
    for o in options:
        if not any(same_thing(o, x, kind) for x in (answer, *kept)):
            kept.append(o)
    return kept


# 'John Paul I, born Albino Luciani', 'Benedict XVI, birth name Joseph Ratzinger': the same person's other name
_BORN_AS = re.compile(pattern("born_as_before"), re.I)
_BORN_GAP = 4      # tokens between the name in use and the name given at birth


def birth_names(doc, mentions) -> dict[str, str]:
    """The key of each person's other name the article gives ('born Albino Luciani') -> the key of the
    name it calls them by; and the other way round."""
    out: dict[str, str] = {}
    people = [m for m in mentions if m.kind == "PERSON"]
    for m in people:
        known = _name_born_as(doc, people, m)
        if known is not None:
            a, b = key(m.full or m.text), key(known.full or known.text)
            out[a], out[b] = b, a
    return out


def _name_born_as(doc, people: list[Mention], m: Mention) -> Mention | None:
    """The name just before 'born' when `m` is the name given at birth ('X, born m')."""
    if not _BORN_AS.search(doc[max(0, m.start - _BORN_GAP):m.start].text):
        return None
    before = [o for o in people if o.end <= m.start and m.start - o.end <= _BORN_GAP]
    return before[-1] if before else None


def one_name_each(answer: str, options: list[str], born: dict[str, str]) -> list[str]:
    """The options left when none is the other name of the answer or of an option before it (a teacher
    counts 'Benedict XVI' and 'Joseph Ratzinger' as one man, and one of them wasted or absurd)."""
    kept: list[str] = []
    for o in options:
        if born.get(key(o)) not in {key(x) for x in (answer, *kept)}:
            kept.append(o)
    return kept


_NOT_PERSON = word_set("not_person_words") | word_set("thing_nouns") | word_set("institution_words")
_NOT_ORG = word_set("not_org_words")
_ORG_SHARED = word_set("org_shared_words")
_INSTITUTION = word_set("institution_words")
_NATIONAL_BODY_WORDS = word_set("national_body_words")
_APPROXIMATION_WORDS = word_set("approximation_words")
_GIVEN = word_set("given_names")
_GOVERNMENT_VERBS = word_set("government_verbs")
_REPORTER_NOUNS = word_set("reporter_nouns")
# a sentence that repeats the one before for someone else: 'So did Rep. John Dingell.', 'Nor was Mr. Smith.'
_SO_DID = re.compile(pattern("repeated_for_another"))
# a monarch's or pope's number after the name: 'Elizabeth II', 'Benedict XVI'
_REGNAL = re.compile(r"\s[IVX]{1,5}$")
_STOP_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")


def fits_kind(text: str, kind: str, answer: str = "") -> bool:
    """Could this name be of the answer's kind? A shuttle, a law or an airport is no person, a war or
    a country no organisation; a name with a number ('Sweden 1') or a handle ('@POTUS') is no name."""
    if kind not in ("PERSON", "ORG", "MEDIA"):
        return True
    if not _clean_name(text, answer):
        return False
    low = set(re.findall(r"[a-z]+", text.lower()))
    if kind == "PERSON":
        return not (low & _NOT_PERSON)
    lex = load()
    k = key(text)
    first = text.split()[0].lower()
    person_like = first in _GIVEN and first not in answer.lower() and len(text.split()) <= 3
    return not (low & _NOT_ORG) and not person_like and k not in lex.country_by_key and k not in lex.cities


def _clean_name(text: str, answer: str) -> bool:
    """No possessive cut off ("Gonzalez'"), no number the answer lacks, and not a product's or a
    page's whole title ('... Vinyl Figure Action Figure'), which stands out among names; nor a time
    zone ('1400 UTC'), which taggers read as a body."""
    if not text[:1].isalpha() or text.endswith(("'", "\u2019")) or text.strip() in TIMEZONES:
        return False
    if re.search(r"\d", text) and not re.search(r"\d", answer):
        return False
    if _cut_before_its_end(text):
        return False
    return len(text.split()) <= max(LONGEST_NAME, 2 * len(answer.split()))


def _cut_before_its_end(text: str) -> bool:
    """A name the tagger cut short: it ends on a small word ('States General of') or on a title, which
    comes before a name ('Jorge Mario Cardinal' of 'Jorge Mario Cardinal Bergoglio'); teachers called
    both broken options."""
    words = text.split()
    if len(words) < 2:
        return False
    last = words[-1]
    return last.islower() or (title_word(last) and not title_word(words[0]) and last[:1].isupper()
                              and last.lower().rstrip(".") not in _NAME_END_TITLES)


_FIRM_WORDS = word_set("firm_words")


@per_article
def written_as_firm(text: str, name: str) -> bool:
    """The article writes the name with a company's last word ('Milton Roy Corp.'): a company."""
    return any(w.lower() in _FIRM_WORDS or w.lower().rstrip(".") in _FIRM_WORDS
               for w in re.findall(rf"(?<!\w){re.escape(name)}\s+([A-Z][\w.]*)", text))


@per_article
def not_a_person(text: str, name: str) -> bool:
    """A name tagged as a person that is a company ('Milton Roy' of 'Milton Roy Corp.'), someone's
    thing ('SpaceX's Crew Dragon'), a place the article puts people in ('in Little Havana'), or a
    title or character the article names only as such ('films such as Ann Brook')."""
    if re.match(r"[A-Z]\.[A-Z]\.", name):
        return True      # 'U.S. Immigration': an agency, no person starts with a country's initials
    return written_as_firm(text, name) or bool(re.search(r"['\u2019]s\b", name)) or \
        bool(re.search(rf"\b(?:in|at|near|on)\s+(?:the\s+)?{re.escape(name)}(?![\w'\u2019])", text)) or \
        only_as_title(text, name) or \
        _always_the(text, name)


def _always_the(text: str, name: str) -> bool:
    """Every time the article writes the name, 'the' comes before it, at most with capitalised words
    between ('The Large Hadron Collider'): a thing's name, never a person's ('the Rev.' aside)."""
    spots = [m.start() for m in re.finditer(rf"(?<![\w'\u2019]){re.escape(name)}(?!\w)", text)]
    return bool(spots) and all(_thing_the(text[max(0, i - 60):i]) for i in spots)


# 'the ' or 'The Large ' right before a name
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+((?:[A-Z][\w.-]*\s+){0,2})$")


def _thing_the(before: str) -> bool:
    """'the' before a name, with no title between ('the Rev. Ann Brook', 'the President Ann Brook')."""
    m = _THE_BEFORE.search(before)
    return bool(m) and not any(w.rstrip(".").lower() in _HONORIFICS or w.lower() in _TITLE_ROLES
                               for w in m.group(1).split())


_WORK_NOUNS = "|".join(sorted(word_set("work_title_nouns"), key=len, reverse=True))
_NAME_ITEM = r"(?:[A-Z][\w'\u2019.-]*\s+)*[A-Z][\w'\u2019.-]*[\"\u201d]?"
# '... films such as Frozen, ' / '... the show ' / '... her hit song ': a made work's noun, after a
# determiner or before a word of likeness (so 'polls show Ann Brook' is no title), then the list's
# other titles, right before the name
_TITLE_LEAD = re.compile(
    rf"(?i:{pattern('title_lead_determiner')}(?:{_WORK_NOUNS})\s+|\b(?:{_WORK_NOUNS}){pattern('title_lead_likeness')})"
    rf"(?:{_NAME_ITEM}\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+))*[\"\u201c]?$")


@per_article
def only_as_title(text: str, name: str) -> bool:
    """Every time the article writes the name it is a made work's title or character: in quotation
    marks ('"Ann Brook"') or after a work's noun ('films such as Ann Brook', 'the show Ann Brook').
    Such a name, however person-like, cannot say or do anything."""
    spots = [m.span() for m in re.finditer(rf"(?<![\w'\u2019]){re.escape(name)}(?![\w])", text)]
    return bool(spots) and all(_quoted_title(text, i, j) or _TITLE_LEAD.search(text[max(0, i - 160):i])
                               or _named_after(text, j) for i, j in spots)


# '... International Airport', '... Center': the capitalised words after a name, up to a thing's noun
_NAMED_THING = re.compile(r"(?:\s+[A-Z][\w.'\u2019-]*){1,4}")


def _named_after(text: str, j: int) -> bool:
    """The name is the start of a thing's name ('Ann Brook International Airport', 'the Ann Brook
    Center'): an airport or a hall named after someone cannot say anything."""
    tail = _NAMED_THING.match(text, j)
    return bool(tail) and any(w.lower().strip(".'\u2019") in _NOT_PERSON for w in tail.group().split())


def _quoted_title(text: str, i: int, j: int) -> bool:
    """The name is the whole of a short quotation ('"Ann Brook"', '"Ann Brook: The Movie"'), not the
    speaker after a quotation's close ('..." Ann Brook said')."""
    return i > 0 and text[i - 1] in "\"\u201c\u2018" and text[j:j + 1] in ("\"", "\u201d", "\u2019", ":")


_HONORIFICS = frozenset(w.rstrip(".") for w in tagged("title_words", "index"))
_PERSON_ROLES = frozenset(w.split()[-1] for w in words("roles")) | word_set("people_nouns") | \
    word_set("agent_nouns") | word_set("person_role_nouns") | _PERSON_APPOSITION
# a role written as a title before a name ('CEO'), never a kin or child noun ('Baby Ruth' is a candy bar)
_TITLE_ROLES = frozenset(w.split()[-1] for w in words("roles")) | word_set("person_role_nouns")
# 'maker', 'retailer': an -er noun that names a firm, not a person
_FIRM_ROLES = word_set("org_role_nouns")
_NAME_END_TITLES = word_set("surname_titles")
_SAYING_VERBS = tagged("reporting_verbs", "quote")
_GIVEN_NAMES = frozenset(tokens("given_names"))
# a lower-case noun of someone's trade or role ('trader', 'economist', 'chairman')
_AGENT_ENDING = re.compile(pattern("person_agent_ending"))


def used_as_person(doc, mentions, name: str) -> bool:
    """The article writes `name` as a person somewhere: after a title or 'Mr.'/'Ms.', beside a role
    ('trader Ann Brook', 'Ann Brook, the chairman'), as the one who says something, or with a common
    given name first. A name tagged as a person without any of these ('Baby Ruth', a candy bar) is no
    fair option for who said a quotation."""
    if not fits_kind(name, "PERSON") or only_as_title(text_of(doc), name):
        return False      # the words say it is a thing ('Orbex Shuttle'), or the article only names a title
    k = key(name)
    ments = [m for m in mentions if m.kind == "PERSON" and k in (key(m.full or m.text), key(m.text))]
    if name.split()[0].lower() in _GIVEN_NAMES and len(name.split()) > 1:
        return True
    return any(_person_sign(doc, m) for m in ments)


def _person_sign(doc, m: Mention) -> bool:
    """A title, role or verb of saying at this mention."""
    head = doc[m.end - 1]
    first = doc[m.start - 1] if m.start > 0 else None
    if any(t.lower_.rstrip(".") in _HONORIFICS or t.lower_ in _TITLE_ROLES for t in (first, doc[m.start]) if t):
        return True       # 'Mr. Ann Brook', 'CEO Ann Brook' (the title inside the tagged name)
    return _says(head) or _beside_role(doc, m, head)


def _in_a_persons_role(doc, m: Mention) -> bool:
    """A name the tagger took for a body that the article sets beside a person's role ('Janez Kovac,
    the European Commissioner'): no option for an organisation."""
    head = doc[m.end - 1]
    return any(c.dep_ == "appos" and c.i >= m.end and c.lemma_.lower() in _PERSON_ROLES for c in head.children)


def untitled(name: str) -> str:
    """A name without the titles before it ('Ambassador Ann Brook' -> 'Ann Brook'), when a name of
    two words or more is left."""
    words = name.split()
    n = 0
    while n < len(words) and (title_word(words[n]) or _label_before_given(words, n)):
        n += 1
    n = _past_office(words, n)
    return " ".join(words[n:]) if len(words) - n >= 2 and words[n][:1].isupper() else name


def _past_office(words: list[str], n: int) -> int:
    """Where the name starts after a title of more words ('House Minority Leader John Boehner',
    'Secretary of State Ann Brook'): past the last title word or 'of' phrase that leaves a name of two
    words, all words before it capitalised."""
    for k in range(len(words) - 3, n - 1, -1):
        if all(w[:1].isupper() or w in _OFFICE_LINKS for w in words[:k + 1]) and \
                (title_word(words[k]) or (k > 0 and words[k - 1] in _OFFICE_LINKS and title_word(words[0]))):
            return k + 1
    return n


def _label_before_given(words: list[str], n: int) -> bool:
    """'Incumbent Mark Warner', 'Libertarian Robert Sarvis': a word that is no given name before a
    given name and a family name is a description glued to the name, not part of it."""
    return len(words) - n >= 3 and words[n].lower() not in _GIVEN_NAMES and words[n + 1].lower() in _GIVEN_NAMES \
        and words[n][:1].isupper() and words[n].isalpha()


_OFFICE_LINKS = frozenset({"of", "for"})   # 'Secretary of State', 'Minister for Education'


def even_titles(options: list[str]) -> list[str]:
    """Options with a title before some of the names and not others lose their titles: the only
    option with a title ('Ambassador Ann Brook' among bare names) stands out."""
    bare = [untitled(o) for o in options]
    titled = sum(b != o for b, o in zip(bare, options))
    return options if titled in (0, len(options)) else bare


_NAME_SUFFIXES = word_set("name_suffixes")


def even_name_forms(options: list[str]) -> list[str]:
    """People's names in one form: a family name alone ('Inslee') among full names stands out, so then
    every option is its family name, when those differ; otherwise the options as they are."""
    sizes = {len(o.split()) == 1 for o in options}
    if len(sizes) < 2:
        return options
    family = [_family_name(o) for o in options]
    return family if len({f.lower() for f in family}) == len(family) else options


def _family_name(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in _NAME_SUFFIXES:
        words = words[:-1]
    return words[-1].rstrip(",")


def title_word(word: str) -> bool:
    """A title or role written before a name ('Mr.', 'Ambassador', 'CEO')."""
    low = word.lower()
    return low.rstrip(".") in _HONORIFICS or low in _TITLE_ROLES


def _says(head) -> bool:
    """'Ann Brook said', 'coach Ann Brook said' (the name in apposition), 'according to Ann Brook'."""
    subj = head.head if head.dep_ == "appos" else head
    if subj.dep_ == "nsubj" and subj.head.lemma_.lower() in _SAYING_VERBS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i > 0 and \
        head.doc[head.head.i - 1].lower_ == "according"


def _beside_role(doc, m: Mention, head) -> bool:
    """'trader Ann Brook', 'Ann Brook, the chairman'."""
    beside = [c for c in head.children if c.dep_ in ("compound", "appos")]
    beside += [head.head] if head.dep_ == "appos" else []
    beside += [doc[m.start - 1]] if m.start > 0 and doc[m.start - 1].dep_ == "compound" else []
    return any(_role_word(t) for t in beside if not m.start <= t.i < m.end)


def _role_word(tok) -> bool:
    """'chairman', 'spokeswoman', 'economist': a lower-case noun naming what a person is."""
    low = tok.lemma_.lower()
    if low in _PERSON_ROLES:
        return tok.pos_ in ("NOUN", "PROPN")
    return tok.pos_ == "NOUN" and tok.text.islower() and low not in _FIRM_ROLES and bool(_AGENT_ENDING.search(low))


def bare_name(text: str, article: str) -> str:
    """A person's name without a title the tagger glued to it ('CEO Ann Brook' -> 'Ann Brook', 'Education
    Ann Brook' of 'Minister of Education Ann Brook'): options name people alike, the answer's way."""
    words = text.split()
    if len(words) < 3 or words[1].lower() in _TITLE_ROLES:
        return text
    glued = _glued_word(text, article)
    if words[0].lower().rstrip(".") in _TITLE_ROLES or (glued and glued.lower() in _TITLE_ROLES):
        return " ".join(words[1:])
    return text


def _glued_word(name: str, article: str) -> str | None:
    """The word of the article's first '<word> of/for <name>' ('Minister' of 'Minister of Education Ann
    Brook'), or None. Matched only where the name stands: a search starting at every word of the
    article, once per name, made options of a long article quadratic."""
    glued = re.compile(rf"\b(\w+)\s+(?:of|for)\s+{re.escape(name)}(?!\w)")
    at = article.find(name)
    while at >= 0:
        start = _start_before_of(article, at)
        found = glued.match(article, start) if start is not None else None
        if found:
            return found.group(1)
        at = article.find(name, at + 1)
    return None


def _start_before_of(text: str, at: int) -> int | None:
    """Where '<word> of/for ' would start, to end right at `at`: back over spaces, 'of' or 'for', spaces
    and one word."""
    after_lead = _back_over(text, at, str.isspace)
    lead = next((w for w in ("of", "for") if text.endswith(w, 0, after_lead)), None)
    if after_lead == at or lead is None:
        return None
    before_lead = after_lead - len(lead)
    word_end = _back_over(text, before_lead, str.isspace)
    start = _back_over(text, word_end, _word_char)
    return start if before_lead > word_end > start else None


def _back_over(text: str, i: int, keep) -> int:
    """Where the run of characters passing `keep` that ends at `i` starts."""
    while i > 0 and keep(text[i - 1]):
        i -= 1
    return i


def _word_char(ch: str) -> bool:
    """What the pattern's \\w reads."""
    return ch.isalnum() or ch == "_"


_PLACE_KINDS = frozenset({"STATE", "PLACE", "CITY"})


def state_in_full(text: str, kind: str) -> str:
    """'Kan.' -> 'Kansas': a dateline's state abbreviation offered on its own reads as a clipped word
    (in 'Topeka, Kan.' it is the newspaper's style; alone, in a question, it is not)."""
    if kind not in _PLACE_KINDS:
        return text
    name = load().states.get(key(text))
    return name if name and key(name) != key(text) else text


_CONTEST_ENDS = word_set("contest_name_ends")


def contest_name(text: str) -> bool:
    """'Champions League', 'Boston Marathon': the name of a contest, not of a body that acts."""
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and words[-1] in _CONTEST_ENDS


def org_noun(text: str) -> str:
    """The kind of organisation a name says it is ("Bank of America" -> "bank")."""
    words = re.findall(r"[a-z]+", text.lower())
    for w in reversed(words):
        if w in _ORG_NOUNS:
            return _ORG_NOUNS[w]
    if words and words[0] in _ORG_NOUNS:
        return _ORG_NOUNS[words[0]]
    return "organization"


def reporters(doc, mentions) -> set[str]:
    """The names of the people who report the story: a broadcast's sign-off ('Ann Brook, CNN, the State
    Department'), an outlet's own ('CNN's Ann Brook reports'), a reporter's title ('correspondent Ann
    Brook'). Beside the story's actors they are absurd options ('Who assigned more agents?')."""
    media = {m.start for m in mentions if m.kind == "MEDIA"} | {-m.end for m in mentions if m.kind == "MEDIA"}
    out = set()
    for m in mentions:
        if m.kind == "PERSON" and _reports(doc, m, media):
            out |= {m.canon, key(m.full or m.text), key(m.text)}
    return out


def _reports(doc, m: Mention, media: set[int]) -> bool:
    """`media` holds the start of each outlet's mention and, negated, its end."""
    if m.end + 1 < len(doc) and doc[m.end].text == "," and m.end + 1 in media:
        return True
    before = doc[m.start - 1].lower_ if m.start >= 1 else ""
    return (before in ("'s", "\u2019s") and -(m.start - 1) in media) or before in _REPORTER_NOUNS


_NAMED_KINDS = ("PERSON", "ORG", "MEDIA")
# a capitalised word right after the name ('Orbiter Processing Facility-1', 'Jorge Mario Cardinal
# Bergoglio'), or a capitalised word inside the sentence and 'to'/'of'/'for' right before it ('the
# Commission to Strengthen Social Security'): the name goes on
_GOES_ON = re.compile(r"[ \t]+([A-Z0-9][\w-]*)")
_WENT_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w.-]*\s+(?:to|of|for)\s+$")
_SENTENCE_OPENS = ".!?:;\"\u201c\u201d\n"
# a date or a title after a name is no more of it ('succeed Ann Brook Feb. 1', 'NASA Administrator X')
_NOT_NAME_WORDS = frozenset(w.lower() for w in words("month_names")) | word_set("month_abbreviations") | \
    frozenset(WEEKDAYS)


@per_article
def name_fragment(text: str, name: str) -> bool:
    """Every time the article writes the name it is a piece of a longer one: an option cut from a name
    stands out as no name at all (teachers: 'Orbiter Processing', 'Strengthen Social Security',
    'Jorge Mario Cardinal' are absurd)."""
    spots = [m.span() for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w'\u2019-])", text)]
    return bool(spots) and all(_name_continues(text, name, j) or _went_before(text, i) for i, j in spots)


def _name_continues(text: str, name: str, j: int) -> bool:
    """A capitalised word after the name that is neither a date, a title nor a new sentence ('Apple
    Inc. Shares rose': after a name's own full stop a sentence may begin)."""
    m = _GOES_ON.match(text, j)
    if not m or name.endswith("."):
        return False
    word = m.group(1).lower().rstrip(".")
    return word not in _NOT_NAME_WORDS and word not in _HONORIFICS and word not in _PERSON_ROLES


def _went_before(text: str, i: int) -> bool:
    """'Commission to' right before the name, its capital not a sentence's first word ('According to')."""
    m = _WENT_BEFORE.search(text[max(0, i - 40):i])
    if not m:
        return False
    before = text[:max(0, i - 40) + m.start()].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENS


def complement_words(verb) -> frozenset[str]:
    """The words that complete a verb's sense: its objects' and predicates' lemmas, its particles and
    its prepositions ('took the lead' -> {lead}, 'came out of the blocks' -> {out})."""
    return frozenset(c.lemma_.lower() for c in verb.children if c.dep_ in _COMPLEMENT_DEPS)


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two uses of a light verb mean the same act: the same complements, or one of them shared."""
    return a == b or bool(a & b)


def _is_blocked(k: str, cand, blocked: set[str]) -> bool:
    """An empty candidate, or one the question's own sentence (or the caller) rules out."""
    return not k or k in blocked or (cand is not None and cand.canon in blocked)


def _in_a_body_name(doc, m: Mention) -> bool:
    """'Georgia' in 'University of Georgia' names no country, nor 'Greensboro' in 'University of North
    Carolina at Greensboro' a place: pieces of a body's name."""
    if m.kind in _PLACE_KINDS and campus_of_body(doc, m.start):
        return True
    if m.kind not in ("COUNTRY", "STATE", "CITY") or m.start < 2:
        return False
    before = doc[m.start - 2]
    return doc[m.start - 1].lower_ == "of" and before.text[:1].isupper() and \
        (before.lower_ in _INSTITUTION or before.lower_ in _ORG_NOUNS)


def campus_of_body(doc, start: int) -> bool:
    """Does the place at `start` end a body's name as its campus ('the University of North Carolina at
    Greensboro')? Then it is a piece of that name: asked as a place it misreads the name (the scorer's
    gold tags it as the organisation), and beside other places it is absurd."""
    if start < 2 or doc[start - 1].lower_ != "at":
        return False
    body = doc[start - 2]
    if body.ent_type_ != "ORG":
        return False
    ent = next((e for e in doc.ents if e.start <= body.i < e.end), None)
    words = [t.lower_ for t in ent] if ent is not None else []
    return "of" in words and any(w in _INSTITUTION for w in words[:words.index("of")])


def _every_countrys_body(name: str) -> bool:
    """'Foreign Ministry', 'Air Force': a body every country has, so another nationality names a real
    one; 'Nobel Committee' is one body in the world ('Swedish Nobel Committee' would be invented)."""
    return all(w in _NATIONAL_BODY_WORDS for w in key(name).split())


class DistractorPicker:
    """Picks same-kind wrong options for one article, never one that the article makes true."""

    def __init__(self, index: ArticleIndex, parsed):
        self.index = index
        self.parsed = parsed
        self.year = parsed.article.published.year if parsed.article.published else None
        self._lemmas = {s.id: {t.lemma_.lower() for t in sp} for s, sp in zip(parsed.sentences, parsed.spans)}
        self._spans = {s.id: sp for s, sp in zip(parsed.sentences, parsed.spans)}
        # sentences naming each thing, so "is this option also true?" is a look-up, not a scan
        self._sentences_of: dict[str, set[int]] = {}
        for m in self.index.mentions:
            for k in {m.canon, key(m.text)}:
                self._sentences_of.setdefault(k, set()).add(m.sentence_id)
        self._city_pools: dict[str, list[list]] = {}
        # every word of a person's name: never offered as a place or a body ("Bolden" for a city)
        self._person_names = {w for m in index.mentions if m.kind == "PERSON" for w in key(m.full or m.text).split()}
        self._reporters = reporters(parsed.doc, index.mentions)

    def sentence_lemmas(self, sentence_id: int) -> set[str]:
        """The lower-cased lemmas of one sentence."""
        return self._lemmas.get(sentence_id, set())

    def persons_word(self, word: str) -> bool:
        """Is the word part of a name the article tags as a person's?"""
        return word in self._person_names

    # ---------------------------------------------------------------- helpers
    def _blocked(self, sentence_id: int) -> set[str]:
        ments = [m for sid in self._whole_sentence(sentence_id) for m in self.index.by_sentence.get(sid, [])]
        return {m.canon for m in ments} | {key(m.text) for m in ments}

    def _whole_sentence(self, sentence_id: int) -> list[int]:
        """The sentence and the pieces a broken split cut from it: a piece that ends without a stop
        ('... Madeleine Albright, Berger and') runs on into the next, whose names are as true."""
        sents = self.parsed.sentences
        if not 0 <= sentence_id < len(sents):
            return [sentence_id]
        ids = [sentence_id]
        if sentence_id > 0 and not _STOP_END.search(sents[sentence_id - 1].text):
            ids.append(sentence_id - 1)
        if sentence_id + 1 < len(sents) and not _STOP_END.search(sents[sentence_id].text):
            ids.append(sentence_id + 1)
        return ids

    def _also_true(self, cand: Mention | None, cand_text: str, verb_lemma: str | None, sentence_id: int,
                   sense: frozenset[str] | None = None) -> bool:
        """The candidate is said elsewhere to do what the answer did: with the same verb (a verb whose
        sense its complements make, with one of the same complements: `sense`), or in a 'So did ...'
        right after the evidence."""
        sids = self._sentences_of.get(key(cand_text), set())
        if cand is not None:
            sids = sids | self._sentences_of.get(cand.canon, set())
        if sentence_id + 1 in sids and self._says_so_too(sentence_id + 1):
            return True
        return bool(verb_lemma) and any(sid != sentence_id and verb_lemma in self._lemmas.get(sid, ()) and
                                        self._same_act(sid, verb_lemma, sense) for sid in sids)

    def _same_act(self, sid: int, verb_lemma: str, sense: frozenset[str] | None) -> bool:
        """The sentence uses the verb as the question does: 'France came from behind' does not come
        'out of the blocks' (a verb of the light list means what its object or particle makes it)."""
        if sense is None or sid not in self._spans:
            return True
        return any(_alike(complement_words(t), sense) for t in self._spans[sid] if t.lemma_.lower() == verb_lemma)

    def _verb_sense(self, answer: Mention, verb_lemma: str | None) -> frozenset[str] | None:
        """The complements of the question's verb when it is a light one ('come', 'take'), else None
        (any use of the verb counts)."""
        if not verb_lemma or verb_lemma not in _COMPLEMENT_SENSE_VERBS:
            return None
        root = self.parsed.doc[answer.start:answer.end].root
        verb = next((t for t in root.ancestors if t.lemma_.lower() == verb_lemma), None)
        return complement_words(verb) if verb is not None else None

    def _says_so_too(self, sid: int) -> bool:
        """'So did Rep. John Dingell.' after the evidence: whoever it names did the same."""
        sents = self.parsed.sentences
        return sid < len(sents) and bool(_SO_DID.match(sents[sid].text))

    def take(self, answer: str, kind: str, pools, n, sentence_id, verb_lemma, extra_block=(), *, sense=None):
        blocked = self._blocked(sentence_id) | {key(x) for x in extra_block}
        chosen: list[str] = []
        for cand, text in itertools.chain.from_iterable(pools):
            if len(chosen) >= n:
                break
            text = bare_name(text, text_of(self.parsed.doc)) if kind == "PERSON" else state_in_full(text, kind)
            k = key(text)
            if _is_blocked(k, cand, blocked) or self._unfit(text, k, kind, answer, (*chosen, *extra_block)):
                continue
            if self._also_true(cand, text, verb_lemma, sentence_id, sense):
                continue      # a listed name too: the article may say it did the same
            chosen.append(text)
        return chosen

    def _unfit(self, text: str, k: str, kind: str, answer: str, taken: tuple) -> bool:
        """A candidate not of the answer's kind, a person's name offered for a non-person (or a
        non-person for a person), a body with a person's name glued on ('Harbour Radio Ruiz'), or the
        same thing as the answer or an option already taken."""
        return not fits_kind(text, kind, answer) or (kind != "PERSON" and k in self._person_names) or \
            self._unfit_name(text, k, kind, answer) or \
            (kind == "ORG" and contest_name(text) != contest_name(answer)) or \
            any(same_thing(x, text, kind) for x in (answer, *taken))

    def _unfit_name(self, text: str, k: str, kind: str, answer: str) -> bool:
        """A body with a person's name glued on, a person who is no actor, a piece of a longer name."""
        if kind not in _NAMED_KINDS:
            return False
        if kind != "PERSON" and k.split()[-1] in self._person_names:
            return True
        return (kind == "PERSON" and self._no_actor(text, k, answer)) or \
            name_fragment(text_of(self.parsed.doc), text)

    def _no_actor(self, text: str, k: str, answer: str) -> bool:
        """A name that is no person, the story's reporter offered beside one of its actors, or a
        monarch or pope beside a commoner (or the other way round: 'Elizabeth II' for a prime minister)."""
        return not_a_person(text_of(self.parsed.doc), text) or \
            (k in self._reporters and key(answer) not in self._reporters) or \
            bool(_REGNAL.search(text)) != bool(_REGNAL.search(answer))

    # ---------------------------------------------------------------- public
    def names(self, answer: Mention, n: int = 3, *, verb_lemma: str | None = None,
              sentence_id: int | None = None, extra_block=(), article_only: bool = False) -> list[str]:
        """People for a person, countries for a country, organisations for an organisation...

        Word lists are used only where the answer belongs to their world: world leaders for a head of
        state or government, listed organisations of the answer's own type for a listed organisation.
        Otherwise the options come from the article alone (fewer questions beat absurd options).
        """
        sid = answer.sentence_id if sentence_id is None else sentence_id
        if not fits_kind(answer.text, answer.kind, answer.text) or not self._place_as_typed(answer) or \
                self._capital_as_government(answer):
            return []            # a shuttle the parser took for a person: no fair options exist
        pools = self._article_pools(answer)
        if not article_only:
            listed = self._listed_pool(answer)
            if listed:
                pools.extend(listed)
        pools = self._same_group(answer, pools)
        return self.take(answer.text, answer.kind, pools, n, sid, verb_lemma, extra_block,
                         sense=self._verb_sense(answer, verb_lemma))

    def _capital_as_government(self, answer: Mention) -> bool:
        """'Beijing moved to rein in subsidies': a capital that acts as a government stands for its
        country, and other cities in its place ('Which city ...?' among Shenzhen and Seoul) misread it."""
        if answer.kind != "CITY" or key(answer.text) not in load().capitals:
            return False
        tok = self.parsed.doc[answer.start:answer.end].root
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = tok.head
        return verb.lemma_.lower() in _GOVERNMENT_VERBS or \
            any(c.dep_ == "xcomp" and c.lemma_.lower() in _GOVERNMENT_VERBS for c in verb.children)

    def _same_group(self, answer: Mention, pools: list[list]) -> list[list]:
        """A member of a named group ('insurgents, including X', 'X and other cable networks') is
        swapped only for a name the article puts in the same group: an official or a film studio among
        prisoners or networks is absurd. Without such a group, the pools stand."""
        if answer.kind not in ("PERSON", "ORG", "MEDIA"):
            return pools
        doc = self.parsed.doc
        noun = group_noun(doc[answer.start:answer.end].root)
        if not noun:
            return pools
        ments = self.index.mentions
        return [[(m, t) for m, t in pool if of_group(doc, ments, m, noun)] for pool in pools]

    def _article_pools(self, answer: Mention) -> list[list]:
        """Names of the answer's kind the article itself gives, nearest in kind first; a news outlet
        only for an outlet (CNN is no stand-in for a parliament, nor a parliament for a reporter)."""
        art = [(m, m.full) for m in self.index.of_kind(answer.coarse) if _same_sort(m, answer)]
        if answer.kind == "ORG":
            art = [(m, t) for m, t in art if not _in_a_persons_role(self.parsed.doc, m)]
            noun = org_noun(answer.text)
            if noun == "organization":
                return [art]
            same = [(m, t) for m, t in art if org_noun(t) == noun]
            other = [(m, t) for m, t in art if org_noun(t) != noun]
            return [same, self.national_variants(answer.text), other]
        if answer.kind in ("CITY", "PLACE", "STATE"):
            return self._place_pools(answer, art)
        return [art]

    def _place_pools(self, answer: Mention, art: list) -> list[list]:
        """Cities, places or states of the article that can stand beside the answer."""
        if answer.kind not in ("CITY", "PLACE"):
            return [[(m, t) for m, t in art if self._place_as_typed(m)]]
        pools = self._city_pools.get(answer.kind)
        if pools is None:          # the same for every city or place answer of the article
            pools = self._city_pools[answer.kind] = self._cities_beside(answer.kind)
        return [list(pool) for pool in pools]

    def _cities_beside(self, kind: str) -> list[list]:
        free = self._free_places
        if kind == "CITY":
            # other cities of the article, then its places that could be cities (not 'Soviet Union')
            places = [(m, m.full) for m in free if m.kind == "PLACE" and self._could_be_city(m)]
            return [[(m, m.full) for m in free if m.kind == "CITY"], places]
        return [[(m, m.full) for m in free if m.kind in ("CITY", "PLACE") and self._could_be_city(m)]]

    @functools.cached_property
    def _free_places(self) -> list[Mention]:
        """The article's mentions but the places that are a body's campus (see campus_of_body)."""
        return [m for m in self.index.mentions if not campus_of_body(self.parsed.doc, m.start)]

    def _place_as_typed(self, m: Mention) -> bool:
        """A place is the kind it was typed as: 'Washington' or 'New York' is a state only when the text
        says 'state'; a place inside a body's name is none (see _in_a_body_name)."""
        doc = self.parsed.doc
        if _in_a_body_name(doc, m):
            return False
        if m.kind != "STATE" or key(m.text) not in load().cities:
            return True
        near = {t.lower_ for t in doc[max(0, m.start - 2):m.end + 1]}
        return "state" in near

    def _could_be_city(self, m: Mention) -> bool:
        """A place name that could stand beside a city: not a union or a region ('Soviet Union',
        'Miami-Dade County'), nor a plural common noun that opened a sentence ('Visas'), nor a
        person's name in apposition to a relative ('another sister, Georgina')."""
        doc = self.parsed.doc
        low = set(re.findall(r"[a-z]+", m.text.lower()))
        if low & _NOT_CITY_WORDS:
            return False
        toks = doc[m.start:m.end]
        if len(toks) == 1 and toks[0].tag_ in ("NNS", "NNPS") and toks[0].lemma_.lower() != toks[0].lower_:
            return False
        root = toks.root
        beside = [root.head] if root.dep_ == "appos" else []
        beside += [c for c in root.children if c.dep_ == "appos"]
        return not any(t.lemma_.lower() in _PERSON_APPOSITION for t in beside)

    def _listed_pool(self, answer: Mention) -> list[list]:
        """Names from the word lists, for an answer that belongs to their world (else none). Never a
        person: a world leader the story does not name is outside its world, even beside a head of
        state (judged: 10 rows, edit 9, reject 1: 'Donald Trump' beside Scott Morrison). Never a
        country: a neighbour the story does not name is outside it too ('Luxembourg' beside Brazil in
        a World Cup semi-final, 'Switzerland, Spain, France' beside Scotland; judged 'which country'
        rows with listed neighbours: 23 of 27 edit or reject, rule 5), so a country is asked among the
        story's own countries or not at all."""
        if answer.kind in ("PERSON", "COUNTRY"):
            return []
        listed = _LISTED_POOLS.get(answer.kind)
        return listed(load(), answer) if listed is not None else []

    def national_variants(self, text: str, nearby: bool = False) -> list:
        """"Chinese Foreign Ministry" -> "Russian Foreign Ministry": the same body of another country
        the article names (a random country's ministry would stand out); with `nearby`, those of the
        same region the article does not name, as a last resort."""
        lex = load()
        first, _, rest = text.partition(" ")
        if not rest or key(first) not in lex.demonyms or not _every_countrys_body(rest):
            return []
        own = lex.demonyms[key(first)]
        names = self._other_demonyms(lex, own)
        if nearby:
            names = _rotate([c.demonym for c in lex.countries if c.region == own.region and c is not own
                             and c.demonym not in names], text)
        return [(None, f"{d} {rest}") for d in names]

    def _other_demonyms(self, lex, own) -> list[str]:
        """The demonyms of the other countries the article names, as a country or as a people (NORP)."""
        found = [lex.country_by_key.get(key(m.text)) for m in self.index.of_kind("country")]
        found += [lex.demonyms.get(key(e.text)) if e.label_ == "NORP" else None
                  for ents in self.parsed.sentence_ents for e in ents]
        names = []
        for c in found:
            if c and c is not own and c.demonym not in names:
                names.append(c.demonym)
        return names

    def values(self, answer: Mention, n: int = 3) -> list[str]:
        """Dates for a date (same form), numbers for a number (same unit, similar size).

        A number's options count the same thing as the answer ("12 people", never "magnitude 6.1").
        After "more than" or "at least" every option is larger than the answer, after "fewer than"
        or "up to" smaller, so that no option is also true.
        """
        sid = answer.sentence_id
        in_sentence = self._value_keys(sid)
        shape = value_shape(answer.text, answer.kind)
        if shape is None:
            return []
        numeric = answer.kind in ("NUMBER", "MONEY", "PERCENT", "QUANTITY", "DURATION")
        check = _ValueCheck(answer.text, numeric, bound_direction(answer.qualifier) if numeric else "",
                            numeric and answer.kind in ("NUMBER", "QUANTITY", "DURATION"), _hedged(answer))
        if check.counts_noun and _is_one(answer.text):
            return []     # "one student" -> "two student": the noun's number would have to change too
        gen = variants(answer.text, answer.kind)
        if check.direction:
            gen = bounded_variants(answer.text, check.direction) + gen
        out: list[str] = []
        told = self._told_too(answer)
        for t in itertools.chain(self._same_shape_values(answer, shape), gen):
            if not _new_value(t, answer.text, in_sentence, out) or told_on(t, told):
                continue
            if self._fits(t, answer, check, shape, out):
                out.append(t)
                if len(out) >= n:
                    break
        return out

    def _told_too(self, answer: Mention) -> set[str]:
        """Other dates the article ties to what the answer's clause tells: offered, they are also right."""
        if answer.kind not in ("DATE", "TIME"):
            return set()
        return dates_also_told(self.parsed.doc, answer, self.index.mentions)

    def _value_keys(self, sid: int) -> set[str]:
        """The keys of the sentence's values, with and without a softening word ('around 4:30 am')."""
        return {k for m in self.index.by_sentence.get(sid, []) for k in (key(m.text), _unhedged_key(m.text))}

    def _fits(self, t: str, answer: Mention, check: "_ValueCheck", shape: str, out: list[str]) -> bool:
        """The value can stand beside the answer and the options taken: of its size and side of the
        publication year, and no share past the whole ('105 per cent' turnout beside '85 per cent')."""
        return check.fits(t) and _fair_among(t, shape, [answer.text, *out]) and \
            same_side_of_year(t, answer.text, self._side_year(answer)) and \
            year_in_reach(t, answer.text, self.year) and \
            not self._past_the_whole(t, answer) and not self._past_the_scale(t, answer) and \
            not self._past_the_side(t, answer) and not self._passed_through(t, answer) and \
            not near_twin(t, answer.text)

    def _passed_through(self, t: str, answer: Mention) -> bool:
        """A value between the answer and a figure of its kind the answer's sentence says it went on to:
        'dropped 19% ..., with the decline soon surpassing 21%' made 20% true too (judged: rejected, rule 3)."""
        v, a = _num_of(t), _num_of(answer.text)
        if v is None or a is None or answer.kind not in _NUMERIC_KINDS:
            return False
        for m in self.index.by_sentence.get(answer.sentence_id, []):
            if self._passed_to(m, answer):
                other = _num_of(m.text)
                if other is not None and min(a, other) < v < max(a, other):
                    return True
        return False

    def _passed_to(self, m: Mention, answer: Mention) -> bool:
        """Another figure of the answer's kind and unit that the quantity went on to ('surpassing 21%',
        'topped $5 million'), not a second measure of the sentence ('rose 15 pence to 362 pence')."""
        if m.kind != answer.kind or m.unit != answer.unit or m.start == answer.start:
            return False
        return self.parsed.doc[m.start:m.end].root.head.lemma_.lower() in _PASSING_VERBS

    def _side_year(self, answer: Mention) -> int | None:
        """The last year a year option may take on the past side: the publication year, or the one
        before for a clause still to come ('expects to release 16 million tons in 2020' in a 2020
        story), whose options are then the writing year and later ('2017' beside it is told apart by
        its tense alone; judged: edited)."""
        if self.year is None or not _clause_to_come(self.parsed.doc[answer.start]):
            return self.year
        return self.year - 1

    def _past_the_scale(self, t: str, answer: Mention) -> bool:
        """'a magnitude of 9.8' for a 7.8 quake: a value past the ceiling of the scale named beside it,
        or named in the answer's sentence when the answer is on the scale ('the magnitude of the first
        quake was 7.7' made 9.7; judged: edited, rule 5)."""
        doc, v, a = self.parsed.doc, _num_of(t), _num_of(answer.text)
        near = list(doc[max(0, answer.start - 4):min(len(doc), answer.end + 4)]) + _copula_subject(doc[answer.start])
        ceilings = _ceilings_in(near)
        if not ceilings and a is not None:
            # a ceiling the answer itself passes belongs to another scale of the sentence
            ceilings = [c for c in _ceilings_in(doc[answer.start].sent) if a <= c]
        return v is not None and bool(ceilings) and v > min(ceilings)

    def _past_the_side(self, t: str, answer: Mention) -> bool:
        """'with 13 players' for a football side's 11: a count of a side's players past the size of a
        side of the sport the story names, when the answer itself fits in one."""
        if answer.unit not in _SIDE_MEMBERS:
            return False
        side, v, a = self._side_size, _num_of(t), _num_of(answer.text)
        return side is not None and v is not None and a is not None and a <= side < v

    @functools.cached_property
    def _side_size(self) -> int | None:
        """The largest side of the team sports the article names (None: it names none); read once."""
        low = text_of(self.parsed.doc).lower()
        sizes = [int(n) for sport, n in _SIDE_SIZES.items() if re.search(rf"\b{sport}\b", low)]
        return max(sizes) if sizes else None

    def _past_the_whole(self, t: str, answer: Mention) -> bool:
        """A share over 100 per cent offered for a share of a whole ('turnout reached 85 per cent') or
        for a fall ('shares fell 85 per cent': nothing falls by more than all of it); a rise ('rose 85
        per cent') may pass 100."""
        if not _is_share(answer):
            return False
        v, a = _num_of(t), _num_of(answer.text)
        return v is not None and a is not None and v > 100 >= a and \
            _change_direction(self.parsed.doc, answer) != "up"

    def _same_shape_values(self, answer: Mention, shape: str) -> Iterator[str]:
        """Values of the answer's kind and form from other sentences (numbers: of the same unit).

        Read lazily and at most MAX_VALUES_READ of them: an article of thousands of dates must not
        make every question read every date (the cost would grow with the square of the text)."""
        read = 0
        measure = _measure_word(self.parsed.doc, answer) if answer.kind in _NUMERIC_KINDS else ""
        for m in self.index.mentions:
            if not self._of_answers_kind(m, answer) or self._same_measure(m, measure):
                continue
            read += 1
            if read > MAX_VALUES_READ:
                return
            if value_shape(m.text, m.kind) == shape and self._same_sort_of_value(m, answer, shape):
                yield m.text

    @staticmethod
    def _of_answers_kind(m: Mention, answer: Mention) -> bool:
        """A value of another sentence, of the answer's kind (a number: of its unit)."""
        if m.sentence_id == answer.sentence_id or m.kind != answer.kind:
            return False
        return answer.kind != "NUMBER" or bool(answer.unit) and m.unit == answer.unit

    def _same_measure(self, m: Mention, measure: str) -> bool:
        """The value's sentence gives the answer's measure, at another time ('averaged $3.28' five weeks
        ago, 'the average price ... was $3.508' Monday): offered, it is also right."""
        return bool(measure) and measure in self._lemmas.get(m.sentence_id, ())

    def _same_sort_of_value(self, m: Mention, answer: Mention, shape: str) -> bool:
        """A relative date to come beside one to come; a share ('had 44.6 percent of the market') beside
        shares, a change ('fell 19 percent') beside changes, decimals beside decimals, a share near the
        answer's (see near_share): else the key stands out."""
        if shape == "relative":
            return _to_come(m.text) == _to_come(answer.text)
        if _is_share(answer) and not near_share(m.text, answer.text):
            return False
        if m.kind != "PERCENT":
            return True
        doc = self.parsed.doc
        return _a_change(doc, m) == _a_change(doc, answer) and ("." in m.text) == ("." in answer.text)


_CHANGE_WORDS = mapping("change_directions")      # word -> "up" or "down"
_SHARE = re.compile(r"%|\bper\s?cent\b", re.I)
_CEILINGS = mapping("scale_ceilings")
_SIDE_SIZES = mapping("side_sizes")                # sport word -> players one side fields
_SIDE_MEMBERS = word_set("side_member_nouns")
_LIGHT_MEASURES = word_set("light_measure_words")
_CHANGE_VERBS = word_set("amount_change_verbs")


def _measure_word(doc, answer: Mention) -> str:
    """The verb or noun a figure measures ('gasoline averaged about $3.28' -> 'average'), '' for a light
    one ('had', 'was') or a count of its own noun ('12 people'): another sentence using the word gives
    the same measure, at another time or place, and its figure is no sure wrong option (judged: rule 3)."""
    num = doc[answer.start:answer.end].root
    head = _past_prepositions(num.head)
    if head is num or num.dep_ == "nummod" or head.pos_ not in ("VERB", "NOUN"):
        return ""
    lemma = head.lemma_.lower()
    if lemma in _CHANGE_VERBS:
        # 'production fell 8.4%' and 'net fell 6.6%' measure different things: the subject says which
        lemma = next((c.lemma_.lower() for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), "")
    return "" if lemma in _LIGHT_MEASURES else lemma


def _past_prepositions(tok):
    """The word a figure's prepositions hang on ('declined to $35.6 million' -> 'declined')."""
    while tok.pos_ == "ADP" and tok.head is not tok:
        tok = tok.head
    return tok


def _hedged(answer: Mention) -> bool:
    """'about 96%', 'nearly 70%': the article gives the figure only roughly."""
    first = (answer.qualifier or answer.text).lower().split()[:1]
    return bool(first) and first[0] in _APPROXIMATION_WORDS


HEDGE_POINTS = 3.0     # a percentage option at least this many points from a hedged share ('about 96%')
HEDGE_SHARE = 0.05     # any other figure at least this share of a hedged answer away from it


def within_hedge(option: str, answer: str) -> bool:
    """An option a hedged answer's 'about' could cover: '95%' beside 'about 96%' (judged: wrong key)."""
    v, a = _num_of(option), _num_of(answer)
    if v is None or a is None:
        return False
    if _SHARE.search(answer):
        return abs(v - a) < HEDGE_POINTS
    return abs(v - a) < HEDGE_SHARE * abs(a)


def _ceilings_in(words) -> list[float]:
    """The ceilings of the scales the words name ('magnitude' -> 9.1), in the words' order."""
    return [float(_CEILINGS[w.lower_]) for w in words if w.lower_ in _CEILINGS]


def _copula_subject(num) -> list:
    """'the magnitude of the first quake was 7.7': the subject of the 'be' a figure completes names its
    scale, however far before it."""
    head = num.head
    if num.dep_ != "attr" or head.lemma_ != "be":
        return []
    return [c for c in head.children if c.dep_ == "nsubj"]


def _is_share(m: Mention) -> bool:
    """A percentage (the tagger may call '85 per cent' money)."""
    return m.kind == "PERCENT" or bool(_SHARE.search(m.text))


def _a_change(doc, m: Mention) -> bool:
    """'fell 19 percent', 'up 3 percent', 'a 5 percent rise': the percentage is a change, not a level."""
    return bool(_change_direction(doc, m))


def _change_direction(doc, m: Mention) -> str:
    """'up' for 'rose 19 percent', 'down' for 'fell 19 percent', '' for a level ('reached 19 percent')."""
    near = list(doc[max(0, m.start - 2):m.start]) + list(doc[m.end:m.end + 1])
    return next((_CHANGE_WORDS[t.lower_] for t in near if t.lower_ in _CHANGE_WORDS), "")


@dataclass(frozen=True)
class _ValueCheck:
    """Whether a numeric option can stand beside the answer: different, similar in size, not also true."""

    answer: str
    numeric: bool
    direction: str            # "up" after "more than", "down" after "fewer than", else ""
    counts_noun: bool
    hedged: bool = False      # 'about 96%': no option within the hedge's reach

    def fits(self, t: str) -> bool:
        if not self.numeric:
            return True
        v, a_num = _num_of(t), _num_of(self.answer)
        if v == a_num or not _similar_size(t, self.answer) or (self.hedged and within_hedge(t, self.answer)):
            return False      # the same figure, another size, or one the answer's 'about' covers
        if self.counts_noun and _is_one(t):
            return False      # "1 people": keep the noun's grammatical number
        return not (v is not None and a_num is not None and
                    ((self.direction == "up" and v <= a_num) or (self.direction == "down" and v >= a_num)))


_UP = re.compile(pattern("quantity_up"), re.I)
_DOWN = re.compile(pattern("quantity_down"), re.I)
_BELOW = re.compile(pattern("quantity_below"), re.I)
_FUTURE_REL = re.compile(pattern("future_relative_date"))
_PLURAL_UNIT = re.compile(pattern("plural_time_unit"))
_RELATIVE_DATE = re.compile(pattern("relative_date_phrase"))
_ONE = re.compile(pattern("value_of_one"))
_REL_UNIT = re.compile(pattern("relative_date_unit"))
_REL_BACK_ONE = re.compile(pattern("relative_date_one_back"))
_REL_ON_ONE = re.compile(pattern("relative_date_one_on"))
_REL_N_AGO = re.compile(pattern("relative_date_n_ago"))
_REL_N_AHEAD = re.compile(pattern("relative_date_n_ahead"))


def _clause_to_come(tok) -> bool:
    """The date's clause speaks of the future ('will open in 2021', 'expects to release ... in 2020')."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return is_future(verb)


def same_side_of_year(option: str, answer: str, year: int | None) -> bool:
    """A year option on the answer's side of the publication year: '2013' beside a past '2009' in
    a 2011 article is a year still to come, '1988' beside 'through 1990' in 1989 one already gone,
    so the reader rules it out by the date alone."""
    a, o = re.search(r"\b\d{4}\b", answer), re.search(r"\b\d{4}\b", option)
    if year is None or a is None or o is None:
        return True
    return (int(a.group()) > year) == (int(o.group()) > year)


def year_in_reach(option: str, answer: str, year: int | None) -> bool:
    """A year option no further from the answer than half the way to the time of writing (at least 20
    years): '1789' beside a pageant won in '2004' of a 2024 story, '1948' beside the Clinton
    years of a 1999 one, '2021' beside a cardinal made in '1973', is a year the answer's world rules out."""
    a, o = re.search(r"\b\d{4}\b", answer), re.search(r"\b\d{4}\b", option)
    if year is None or a is None or o is None:
        return True
    reach = max(YEAR_REACH_MIN, abs(year - int(a.group())) // 2)
    return abs(int(o.group()) - int(a.group())) <= reach


def relative_slot(text: str) -> tuple[str, int | None]:
    """The unit and offset of a relative date ('last week' -> ('week', -1), 'this month' -> ('month', 0)).

    Two relative dates make fair options together only with the same unit and different offsets:
    'yesterday' falls inside 'this week', 'last week' inside 'this month', 'a week ago' is 'last week'."""
    low = text.lower()
    m = _REL_UNIT.search(low)
    unit = (m.group(1) or "day") if m else ""
    n_ago = _REL_N_AGO.search(low)
    if _REL_BACK_ONE.search(low):
        return unit, -1
    if n_ago:
        n = _count_word(n_ago.group(1))
        return unit, -n if n is not None else None
    if _REL_ON_ONE.search(low):
        return unit, 1
    ahead = _REL_N_AHEAD.search(low)
    n = _count_word(ahead.group(1)) if ahead else None
    return (unit, n) if n is not None else (unit, 0)


def _count_word(word: str) -> int | None:
    """'3' or 'three' -> 3; None for a word that is no number."""
    return int(word) if word.isdigit() else wordnum(word)


def _new_value(option: str, answer: str, in_sentence: set[str], chosen: list[str]) -> bool:
    """Neither the answer, nor a value of the evidence sentence, nor an option already chosen, even
    with a softening word more or less ('Around 4:30 am' beside '4:30 am')."""
    k = _unhedged_key(option)
    return k != _unhedged_key(answer) and k not in in_sentence and key(option) not in in_sentence and \
        all(_unhedged_key(o) != k for o in chosen)


def _unhedged_key(value: str) -> str:
    """The value's key without an opening word that only softens it ('around 4:30 am' -> '4:30 am')."""
    first, _, rest = key(value).partition(" ")
    return rest if rest and first in _APPROXIMATION_WORDS else key(value)


def _fair_among(option: str, shape: str, others: list[str]) -> bool:
    """A relative date beside the answer and the options chosen so far: none may also be true."""
    return shape != "relative" or all(fair_relative_pair(option, o) for o in others)


def fair_relative_pair(option: str, answer: str) -> bool:
    """Same unit, different offset: neither relative date can also be true."""
    (u1, o1), (u2, o2) = relative_slot(option), relative_slot(answer)
    return bool(u1) and u1 == u2 and o1 is not None and o2 is not None and o1 != o2


def bound_direction(qualifier: str) -> str:
    """'up' when the article gives a lower bound ("more than 100"), 'down' for an upper bound."""
    q = _bound_words(qualifier)
    if _UP.match(q):
        return "up"
    if _DOWN.match(q):
        return "down"
    return ""


BOUND_MARGIN = 2.0    # how many times past a bound a false figure must lie for a reader to call it wrong


def clear_of_bound(option: str, answer: str, qualifier: str) -> bool:
    """Whether a bounded figure's wrong value is plainly false: "at least five" beside "at least four"
    is not shown false by the article, "up to 10 million" beside "up to 23 million" reads as wrong; no
    figure is false beside "less than 5 percent"."""
    direction = bound_direction(qualifier)
    v, a = _num_of(option), _num_of(answer)
    if not direction or v is None or a is None or a <= 0:
        return True
    if _BELOW.match(_bound_words(qualifier)):
        return False      # "less than 5 percent": any smaller figure may hold too, any larger one does
    if v > 100 >= a and re.search(r"%|\bper ?cent\b", option, re.I):
        return False      # "more than 200 percent" beside "more than 79 percent": no share is that large
    return v >= BOUND_MARGIN * a if direction == "up" else v * BOUND_MARGIN <= a


def near_twin(option: str, answer: str) -> bool:
    """One figure is the other rounded ('133 million' beside '132.8 million', '$17.99 billion' beside
    '$18 billion'): as an option it is the answer again or a trick (judged: edit twice, rules 3 and 5)."""
    return rounds_answer(option, answer) or rounds_answer(answer, option)


def rounds_answer(option: str, answer: str) -> bool:
    """Whether a figure is the answer written less exactly ("$38" for "$38.23", "50 percent" for
    "50.7 percent"): a statement with it is true as rounded, so it cannot be the false version."""
    v, a = _num_of(option), _num_of(answer)
    if v is None or a is None:
        return False
    figure = _NUM.search(option)
    places = len(figure.group(0).partition(".")[2]) if figure else 0
    # the figure as printed, before its scale word ('1.5' of '1.5 billion')
    scale = _num_of(_NUM.sub("1", option, count=1)) if figure else 1.0
    return v != a and abs(v - a) < (scale or 1.0) * 10 ** -places


def _bound_words(qualifier: str) -> str:
    return " ".join(qualifier.lower().split())


def qualified(value: str, qualifier: str) -> str:
    """The value with the article's qualifier ("more than" + "100")."""
    return f"{qualifier} {value}" if qualifier else value


def bounded_variants(text: str, direction: str) -> list[str]:
    """Clearly larger (or smaller) values in the same form: 100 -> 200, 300, 500, 1,000."""
    m = _NUM.search(text)
    if not m:
        return []
    raw = m.group(0)
    v = float(raw.replace(",", ""))
    if v <= 0:
        return []
    dec = len(raw.split(".")[1]) if "." in raw else 0
    commas = "," in raw or v >= 10000
    factors = (2, 3, 5, 10) if direction == "up" else (0.5, 0.3, 0.2, 0.1)
    out = []
    for f in factors:
        nv = v * f
        if not dec:
            nv = _nice(nv) if nv >= 10 else round(nv)
            if nv < 1:
                continue
            s_ = f"{int(round(nv)):,}" if commas else str(int(round(nv)))
        else:
            s_ = f"{nv:.{dec}f}"
        out.append(_next_scale(text[:m.start()] + s_ + text[m.end():]))
    return out


_SCALE_STEPS = {"thousand": "million", "million": "billion", "billion": "trillion"}


def _next_scale(text: str) -> str:
    """'1000 million' written as '1 billion', as an article would."""
    m = re.search(r"\b(\d+)000 (thousand|million|billion)\b", text)
    if m is None or "," in text[m.start():m.end()] or m.group(2) not in _SCALE_STEPS:
        return text
    return text[:m.start()] + f"{m.group(1)} {_SCALE_STEPS[m.group(2)]}" + text[m.end():]


def _rotate(items: list[str], seed: str) -> list[str]:
    """The list in a deterministic order that differs from answer to answer."""
    return sorted(items, key=lambda x: stable_hash(seed, x))


# ---------------------------------------------------------------- dates and numbers
_MD = re.compile(r"^(?P<m>[A-Z][a-z]+\.?)\s+(?P<d>\d{1,2})(?P<y>,\s*\d{4})?$")
_DM = re.compile(r"^(?P<d>\d{1,2})\s+(?P<m>[A-Z][a-z]+\.?)(?P<y>\s+\d{4})?$")
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _month_index(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w == "sept":
        return 8
    for i, m in enumerate(_MONTH_FULL):
        if m.lower() == w or m.lower()[:3] == w:
            return i
    return None


@functools.lru_cache(maxsize=4096)
def value_shape(text: str, kind: str) -> str | None:
    """What form a date or number takes, so that options look alike."""
    t = text.strip()
    low = t.lower()
    if kind == "DATE":
        return _date_shape(t, low)
    if kind == "TIME":
        return "clock" if _CLOCK.search(t) else None
    if _CLOCK_DOTTED.search(t):
        return "clock"  # '11.30am' is a time of day, whatever the tagger called it: 13.30am is no time
    num = _num_of(t)
    if num is None:
        return None
    unit = re.sub(r"[\d,.]+|\b(" + "|".join(_NUMWORDS) + r")\b", "#", low)
    return f"{kind}:{' '.join(unit.split())}"


def _date_shape(t: str, low: str) -> str | None:
    """A weekday, a year, a month and day (in which order, with a year or not), a month, a relative date."""
    words = re.findall(r"[a-z]+", low)
    if words and all(w in WEEKDAYS for w in words):
        return "weekday"
    if re.fullmatch(r"(in\s+)?\d{4}", low):
        return "year"
    calendar = _calendar_shape(t)
    if calendar is not None:
        return calendar
    if low in _REL_DATES or low in _REL_FUTURE or \
            _RELATIVE_DATE.fullmatch(low):
        return "relative"
    return None


def _calendar_shape(t: str) -> str | None:
    """A named month's date: month and day or day and month, with a year or not, or a month alone."""
    m = _MD.match(t) or _DM.match(t)
    if m and _month_index(m.group("m")) is not None:
        return ("md" if _MD.match(t) else "dm") + ("y" if m.group("y") else "")
    if re.fullmatch(r"[A-Z][a-z]+\.?(\s+\d{4})?", t) and _month_index(t.split()[0]) is not None:
        # 'January' beside 'April 2018' is of another grain: only the answer's form may stand beside it
        return "month" + ("y" if re.search(r"\d{4}", t) else "")
    return None


def _similar_size(option: str, answer: str) -> bool:
    """'Seven' and '6,000' are both numbers, but one is no plausible stand-in for the other."""
    a, b = _num_of(option), _num_of(answer)
    if a is None or b is None:
        return False
    if (bool(_NUM.search(option)) != bool(_NUM.search(answer))):
        return False      # "seven" against "7,000": written differently, guessable
    lo, hi = sorted((abs(a), abs(b)))
    return hi <= max(10.0, 10 * lo)


# what a scale word multiplies its figure by (also read by same_figure)
SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def num_of(text: str) -> float | None:
    """The number a value writes (see `_num_of`)."""
    return _num_of(text)


def _num_of(text: str) -> float | None:
    """The number a value writes, its scale word counted ('1.06 billion' is more than '660 million')."""
    m = _NUM.search(text)
    if m:
        try:
            v = float(m.group(0).replace(",", ""))
        except ValueError:
            return None
        scale = re.match(r"\s*([a-z]+)", text[m.end():])
        return v * SCALE_VALUES.get(scale.group(1), 1) if scale else v
    for w in re.findall(r"[a-z]+", text.lower()):
        v = wordnum(w)
        if v is not None:
            return float(v)
    return None


def _to_come(text: str) -> bool:
    """A relative date after the time of writing ("next year", "tomorrow")."""
    return bool(_FUTURE_REL.match(text.strip().lower()))


def _is_one(text: str) -> bool:
    """A value of exactly one, which takes a singular noun ("one student", "1 day", "a single vote")."""
    return bool(_ONE.fullmatch(text.strip().lower()))


def _nice(x: float) -> float:
    if x <= 0:
        return 1.0
    import math
    e = 10 ** math.floor(math.log10(x))
    for f in (1, 2, 2.5, 5, 10):
        if x <= f * e * 1.2:
            return f * e
    return 10 * e


def variants(text: str, kind: str) -> list[str]:
    """Plausible wrong values in the same form as `text` ("Feb. 24" -> "March 3", "$1.5 billion" -> "$1.8 billion")."""
    t = text.strip()
    shape = value_shape(t, kind)
    if shape is None:
        return []
    if shape.startswith(("md", "dm")):
        return _month_day_variants(t)
    rule = _SHAPE_VARIANTS.get(shape)
    if rule is not None:
        return rule(t)
    # numbers: same unit, similar size, same format
    m = _NUM.search(t)
    return _number_variants(t, m) if m else _number_word_variants(t)


def _weekday_variants(t: str) -> list[str]:
    w = re.search(r"[A-Za-z]+", t).group(0)
    i = WEEKDAYS.index(w.lower())
    days = [WEEKDAYS[(i + d) % 7] for d in (-1, 1, -2, 2, 3, -3)]
    return [t.replace(w, d.capitalize()) for d in same_part_of_week(w, days)]


def same_part_of_week(answer: str, days: list[str]) -> list[str]:
    """The days of the answer's part of the week first: a school day or a working day ('Monday')
    beside 'Saturday' and 'Sunday' is told apart by the calendar, not by the article."""
    weekend = set(WEEKEND_DAYS)
    own = answer.lower() in weekend
    return [d for d in days if (d.lower() in weekend) == own] + [d for d in days if (d.lower() in weekend) != own]


def _year_variants(t: str) -> list[str]:
    y = int(re.search(r"\d{4}", t).group(0))
    return [t.replace(str(y), str(y + d)) for d in (-3, 4, -7, 10, 2)]


def _month_day_variants(t: str) -> list[str]:
    out = []
    m = _MD.match(t) or _DM.match(t)
    mi = _month_index(m.group("m"))
    d = int(m.group("d"))
    ap = m.group("m").endswith(".") or m.group("m") in _MONTH_AP
    names = _MONTH_AP if ap else _MONTH_FULL
    for dm, dd in ((0, 7), (-1, 0), (1, -10), (-2, 5), (0, -12)):
        nm = (mi + dm) % 12
        nd = d + dd
        if nd < 1 or nd > 28:
            nd = (d + abs(dd)) % 28 or 14
        new = t.replace(m.group("m"), names[nm], 1)
        new = re.sub(r"\b%d\b" % d, str(nd), new, count=1)
        out.append(new)
    return out


def _month_variants(t: str) -> list[str]:
    mw = t.split()[0]
    mi = _month_index(mw)
    names = _MONTH_AP if mw in _MONTH_AP and mw not in _MONTH_FULL else _MONTH_FULL
    return [t.replace(mw, names[(mi + dm) % 12], 1) for dm in (-2, 2, -1, 3)]


def _relative_variants(t: str) -> list[str]:
    # a date still to come takes other dates to come ("next year" -> "next month"), a past one past ones
    pool = _REL_FUTURE if _to_come(t) else _REL_DATES
    return [r for r in pool if r != t.lower()]


_CLOCK = re.compile(r"(\d{1,2})([:.])(\d{2})(?!\d)")
_CLOCK_DOTTED = re.compile(r"\b(\d{1,2})[.:](\d{2})\s*[ap]\.?m\b", re.I)


def _clock_variants(t: str) -> list[str]:
    """Other times of day in the same form ('6:36 p.m.' -> '7:51 p.m.', '11.30am' -> '12.45am')."""
    out = []
    m = _CLOCK.search(t)
    h, sep, mi = int(m.group(1)), m.group(2), int(m.group(3))
    # with am/pm the hour stays on its side of noon or midnight: '11.30am' never becomes '12.45am'
    halved = re.search(r"[ap]\.?m\b", t[m.end():], re.I) is not None and h < 12
    for dh, dmin in ((1, 15), (-2, 0), (3, -20), (-1, 30), (-3, 15), (2, -15), (-4, 0), (4, 0)):
        if halved and not 1 <= h + dh <= 11:
            continue
        nh = (h + dh - 1) % 12 + 1
        nm = (mi + dmin) % 60
        out.append(t.replace(m.group(0), f"{nh}{sep}{nm:02d}", 1))
    return out[:4]


_SHAPE_VARIANTS = {"weekday": _weekday_variants, "year": _year_variants, "month": _month_variants,
                   "monthy": _month_variants,
                   "relative": _relative_variants, "clock": _clock_variants}


def _number_variants(t: str, m: re.Match) -> list[str]:
    """Numbers written in digits: a step of about a fifth, in the same format (decimals, commas)."""
    out = []
    raw = m.group(0)
    v = float(raw.replace(",", ""))
    dec = len(raw.split(".")[1]) if "." in raw else 0
    commas = "," in raw or v >= 10000
    step = _variant_step(raw)
    for f in (1, -1, 2, -2, 3, -3):       # -3 last: a share near 100 per cent can go only down
        nv = v + f * step
        if nv <= 0:
            continue
        if dec:
            s = f"{nv:,.{dec}f}" if commas else f"{nv:.{dec}f}"
        else:
            s = f"{int(round(nv)):,}" if commas else str(int(round(nv)))
        out.append(_rescaled(t[:m.start()] + s + t[m.end():]))
    return out


def _variant_step(raw: str) -> float:
    """The step between a number and its wrong variants: about a fifth of it, in its last digit's unit."""
    v = float(raw.replace(",", ""))
    dec = len(raw.split(".")[1]) if "." in raw else 0
    if dec:
        g = 10 ** -dec
    else:
        s = str(int(v))
        g = 10 ** (len(s) - len(s.rstrip("0"))) if v else 1
    return max(g, round(_nice(v * 0.2) / g) * g)


def near_share(option: str, answer: str) -> bool:
    """A percentage the article gives elsewhere no further from the answer than two steps of its
    variants: '99.5%' (of the votes counted) beside a tight race's '50.9%' is absurd on its face
    (judged: edited, rule 5). The variants themselves stray up to three steps (see _number_variants)."""
    a, o = _NUM.search(answer), _num_of(option)
    if a is None or o is None:
        return True
    return abs(o - float(a.group(0).replace(",", ""))) <= VARIANT_STEPS * _variant_step(a.group(0))


_SCALED = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d+)? (thousand|million|billion)\b")


def _rescaled(text: str) -> str:
    """'1060 million' written as '1.06 billion', as an article would (judged: 'unnatural, generated-looking')."""
    m = _SCALED.search(text)
    if m is None or m.group(2) not in _SCALE_STEPS:
        return text
    value = f"{int(m.group(1).replace(',', '')) / 1000:.2f}".rstrip("0").rstrip(".")
    return text[:m.start()] + f"{value} {_SCALE_STEPS[m.group(2)]}" + text[m.end():]


def _number_word_variants(t: str) -> list[str]:
    """Numbers written as words ("three days"): the nearby number words, the unit made singular for one."""
    compound = _COMPOUND_NUMBER.search(t)
    if compound is not None:
        return _compound_number_variants(t, compound)
    out = []
    for w in re.findall(r"[A-Za-z]+", t):
        v = wordnum(w)
        if v is None:
            continue
        for d in (1, -1, 2, 3, -2):
            nv = v + d
            if 1 <= nv < len(_NUMWORDS):
                word = _NUMWORDS[nv]
                word = word.capitalize() if w[0].isupper() else word
                new = re.sub(r"\b%s\b" % w, word, t, count=1)
                if nv == 1:
                    new = _PLURAL_UNIT.sub(lambda x: x.group(1)[:-1], new)
                out.append(new)
        break
    return out


_TENS = list(words("tens_words"))
_COMPOUND_NUMBER = re.compile(r"\b(%s)([ -])(%s)\b" % ("|".join(_TENS), "|".join(_NUMWORDS[1:10])), re.I)


def _compound_number_variants(t: str, m: re.Match) -> list[str]:
    """'twenty six percent' -> 'twenty-seven percent' written the same way: the tens and the unit word are
    one number ('nineteen six percent' changed only the first word of it)."""
    value = 20 + 10 * _TENS.index(m.group(1).lower()) + _NUMWORDS.index(m.group(3).lower())
    out = []
    for d in (1, -1, 2, 3, -2):
        nv = value + d
        if nv % 10 == 0 or not 21 <= nv <= 99:
            continue
        word = _TENS[nv // 10 - 2] + m.group(2) + _NUMWORDS[nv % 10]
        word = word.capitalize() if m.group(1)[0].isupper() else word
        out.append(t[:m.start()] + word + t[m.end():])
    return out


def _same_sort(m: Mention, answer: Mention) -> bool:
    """A news outlet stands beside an outlet only, a body beside a body."""
    return answer.coarse != "organisation" or (m.kind == "MEDIA") == (answer.kind == "MEDIA")


# ---- options from the word lists, by kind of answer: (lexicon, answer) -> pools

def _state_pools(lex, answer: Mention) -> list[list]:
    """States of the answer's census division ('Georgia' beside 'Florida')."""
    division = _STATE_DIVISION.get(lex.states.get(key(answer.text), answer.text))
    same = [s for s in lex.state_names if division and _STATE_DIVISION.get(s) == division]
    return [[(None, t) for t in _rotate(same, answer.text)]]


def _city_pools(lex, answer: Mention) -> list[list]:
    """Listed cities of the answer's own country and state or province ('Orlando' beside 'Miami');
    none for a city the lists do not know."""
    country = lex.cities.get(key(answer.text))
    if country is None:
        return []
    region = _CITY_REGION.get(key(answer.text))
    same = [c for c in lex.city_names if lex.cities.get(key(c)) == country and _CITY_REGION.get(key(c)) == region]
    return [[(None, t) for t in _rotate(same, answer.text)]]


def _media_pools(lex, answer: Mention) -> list[list]:
    return [[(None, t) for t in _rotate(list(lex.media), answer.text)]]


def _organisation_pools(lex, answer: Mention) -> list[list]:
    if key(answer.full) not in lex.org_alias:
        return []
    # a listed institution ("Federal Reserve"): its listed peers of the same type ("Bank of England"),
    # by the list's own type: a name without a type word ("NASA") beside every other such name gave
    # "NATO, FIFA, Amnesty International" for a space agency (judged: absurd options)
    kinds = dict(lex.organisations)
    kind = kinds.get(lex.org_alias[key(answer.full)])
    same = [o for o, k in lex.organisations if k == kind]
    return [[(None, t) for t in _rotate(same, answer.text)]]


_LISTED_POOLS = {"STATE": _state_pools, "CITY": _city_pools,
                 "MEDIA": _media_pools, "ORG": _organisation_pools}
