"""Who a surname alone names when the article gives two or more people that surname ('Saddam Hussein'
and 'King Hussein'; 'Karen Smith' and 'Peter Smith'; a father and son). Read first by the referents and
the index, which otherwise take the first or the longest full name with the word: 'Hussein arrived in
Washington' (the king) was printed 'Saddam Hussein arrived in Washington'.

The rule: a bare surname ('Hussein', 'Mr. Smith') names the person of the nearest full or titled mention
before it ('Karen Smith', 'King Hussein', 'the king' when one person of the surname has that title), when
every such mention of the nearest sentence holding one names the same person; else it is left as
written. A titled form ('King Hussein') is its own person unless a full name was given that title
before ('President George Bush', 'Ann Marlowe, the mayor') or is the surname's only, untitled full name:
it never becomes another person's name. The sex a bare surname's courtesy title or 'he'/'she' subject
gives ('Mr. Smith', 'Smith said she ...') rules out a person of the other sex; 'the younger Smith' is left."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from .memo import per_document
from .nlp import ents_of
from .person_names import TITLE_NOUNS, name_text
from .wordlists import mapping, word_set

_TITLE_FORMS = TITLE_NOUNS | {w.rstrip(".") + "." for w in TITLE_NOUNS}     # every title with or without its dot ('Gen', 'Gen.')
_COURTESY = word_set("courtesy_titles")     # 'Mr.' says only the sex: 'Mr. Bush' is a bare surname
_PLURAL_COURTESY = frozenset({"messrs", "mmes"})    # 'Messrs. Schwarz and Maurer': several people, no title
_ROLE_TITLES = TITLE_NOUNS - _COURTESY - _PLURAL_COURTESY
_SUFFIXES = frozenset({"jr", "sr"})     # 'Robert Kellan Sr.': the surname is the word before it
_SEX_WORDS = mapping("person_genders")      # 'mrs' -> female, 'husband' -> male, 'maria' -> female
_SEX_PRONOUNS = {"he": "male", "she": "female"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SAME_CLAUSE_DEPS = frozenset({"ccomp", "conj", "advcl", "xcomp"})
_WHICH_OF_KIN = word_set("kin_order_adjectives")     # 'the younger Smith': one of a family, not saying which



class _Mention:
    """One mention of a person: where, in which sentence, who (None for a bare surname), the surname."""

    def __init__(self, at: int, sent: int, who: str | None, surname: str, title: str = "", alone: bool = True):
        self.at, self.sent, self.who, self.surname, self.title = at, sent, who, surname, title
        self.alone = alone      # the surname is the only word of the name (bare or after a title)
        self.sex = ""           # 'male' / 'female' when the text tells it at this mention
        self.which_of_kin = False   # 'the younger Smith'


def _title_before(ent: Span) -> Token | None:
    """The capitalised title right before the name or opening it ('King Hussein'), not a courtesy one."""
    doc = ent.doc
    cands = [ent[0]] if len(ent) > 1 else []
    if ent.start > 0:
        cands.append(doc[ent.start - 1])
    for t in cands:
        low = t.lower_.rstrip(".")
        if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and low in _ROLE_TITLES \
                and not (low.endswith("s") and low[:-1] in TITLE_NOUNS):     # 'Justices Ann Roe and ...'
            return t
    return None


def _surname(words: list[str]) -> str:
    kept = [w for w in words if w.lower().rstrip(".") not in _SUFFIXES]
    return (kept or words)[-1]


def _mention_of(ent: Span, sent: int, fulls: dict[str, list[tuple[str, set[str]]]]) -> _Mention | None:
    """The mention a person entity makes: a full name, a titled surname, or a bare surname (who None).
    `fulls` gathers surname -> (full name, its title nouns) of the full names read so far."""
    title = _title_before(ent)
    words = name_text(ent, _TITLE_FORMS).split()
    if not words or any(t.text in ("-", "–", "/") for t in ent):
        return None         # 'the Alito-Prelogar matchups': two people's names, no one's full name
    surname = _surname(words)
    tname = title.lower_.rstrip(".") if title is not None else ""
    if len(words) >= 2:
        who = " ".join(words)
        fulls.setdefault(surname, []).append((who, {tname} - {""} | _apposed_titles(ent)))
        m = _Mention(ent.start, sent, who, surname, tname, alone=False)
    elif tname:
        m = _Mention(ent.start, sent, _titled_person(title, surname, fulls.get(surname, [])), surname, tname)
    else:
        m = _Mention(ent.start, sent, None, surname)
        m.which_of_kin = ent.start > 0 and ent.doc[ent.start - 1].lower_ in _WHICH_OF_KIN
    m.sex = _sex_told(ent, words[0] if len(words) >= 2 else "")
    return m


def _sex_told(ent: Span, given: str) -> str:
    """The sex the text gives the person at this mention: a title or kin noun before or beside the name
    ('Mr.', 'First Lady', 'his wife'), a given name of one sex, or a bare surname's 'he'/'she' subject."""
    doc = ent.doc
    words = [doc[ent.start - 1]] if ent.start > 0 else []
    words += [ent[0], *(c for c in ent.root.children if c.dep_ == "appos")]
    words += [ent.root.head] if ent.root.dep_ == "appos" else []
    for w in words:
        sex = _SEX_WORDS.get(w.lower_.rstrip("."), "") if w.pos_ in ("NOUN", "PROPN") else ""
        if sex:
            return sex
    if given:
        return _SEX_WORDS.get(given.lower(), "")
    return _pronoun_sex(ent)


def _pronoun_sex(ent: Span) -> str:
    """'Smith said she would ...' / 'Smith resigned. He ...': the sex of a 'he'/'she' subject of a clause
    of the bare surname's own clause, or the first subject of the next sentence when no name is before it."""
    root = ent.root
    if root.dep_ not in _SUBJECT_DEPS:
        return ""
    verb = root.head
    for c in verb.children:
        if c.dep_ in _SAME_CLAUSE_DEPS:
            subj = [s for s in c.children if s.dep_ in _SUBJECT_DEPS]
            if subj and subj[0].lower_ in _SEX_PRONOUNS:
                return _SEX_PRONOUNS[subj[0].lower_]
    return _next_sentence_pronoun(ent.doc, _sentence(ent.doc, ent.start))


def _next_sentence_pronoun(doc: Doc, sent: int) -> str:
    """The sex of the next sentence's first subject when it is 'he' or 'she' and no name is before it."""
    starts = _sentence_starts(doc)
    if sent + 1 >= len(starts):
        return ""
    end = starts[sent + 2] if sent + 2 < len(starts) else len(doc)
    for t in doc[starts[sent + 1]:end]:
        if t.ent_type_ == "PERSON":
            return ""
        if t.dep_ in _SUBJECT_DEPS:
            return _SEX_PRONOUNS.get(t.lower_, "")
    return ""


def _titled_person(title: Token, surname: str, fulls: list[tuple[str, set[str]]]) -> str:
    """Who 'Mayor Marlowe' is: the last full name of the surname given that title before ('Ann Marlowe,
    the mayor'; 'President George Bush'), or the only one given no title at all; else the titled form
    is a person of its own ('King Hussein' beside 'Saddam Hussein, the Iraqi president')."""
    tname = title.lower_.rstrip(".")
    same = [who for who, titles in fulls if tname in titles]
    if same:
        return same[-1]
    if len({who for who, _ in fulls}) == 1 and not fulls[0][1]:
        return fulls[0][0]
    return f"{title.text} {surname}"


def _apposed_titles(ent: Span) -> set[str]:
    """'Ann Marlowe, the mayor,' / 'the mayor, Ann Marlowe': a title noun set beside the name."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return {n.lemma_.lower() for n in nouns if n.tag_ == "NN" and n.lemma_.lower() in _ROLE_TITLES}


def _mentions(doc: Doc) -> list[_Mention]:
    """Every person mention in order."""
    out: list[_Mention] = []
    fulls: dict[str, list[tuple[str, set[str]]]] = {}
    for ent in ents_of(doc):
        m = _mention_of(ent, _sentence(doc, ent.start), fulls) if ent.label_ == "PERSON" else None
        if m is not None:
            out.append(m)
    return out


def _sentence(doc: Doc, i: int) -> int:
    """The number of the sentence token `i` is in (Token.sent rescans the document)."""
    return bisect.bisect_right(_sentence_starts(doc), i) - 1


@per_document
def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start for s in doc.sents]


def _title_nouns(doc: Doc, named: list[_Mention]) -> list[_Mention]:
    """'the king': a lower-case title noun standing for the one titled person of a shared surname who
    has that title."""
    by_title: dict[str, set[tuple[str, str]]] = {}
    for m in (m for m in named if m.title):
        by_title.setdefault(m.title, set()).add((m.who or "", m.surname))
    out = []
    for t in (t for t in doc if t.is_lower and t.pos_ == "NOUN" and len(by_title.get(t.lemma_.lower(), ())) == 1):
        who, surname = next(iter(by_title[t.lemma_.lower()]))
        out.append(_Mention(t.i, _sentence(doc, t.i), who, surname, t.lemma_.lower()))
    return out


def _resolve(bare: _Mention, told: list[_Mention]) -> str | None:
    """The one person the nearest sentence naming someone of the surname before the bare one names,
    leaving out people of the other sex than the bare mention's; 'the younger Smith' only by its sex."""
    before = _of_the_sex(bare.sex, [m for m in told if m.surname == bare.surname and m.at < bare.at], told)
    if bare.sex and len({m.who for m in before}) == 1:
        return before[0].who
    return None if bare.which_of_kin else _nearest_one(before)


def _nearest_one(before: list[_Mention]) -> str | None:
    """The one person the last sentence holding any of the mentions names; None for none or several."""
    if not before:
        return None
    last = max(m.sent for m in before)
    people = {m.who for m in before if m.sent == last}
    return people.pop() if len(people) == 1 else None


def _of_the_sex(sex: str, before: list[_Mention], told: list[_Mention]) -> list[_Mention]:
    """The mentions of people not told to be of another sex than `sex` (all of them when it is unknown)."""
    if not sex:
        return before
    sexes = _sexes(told)
    return [m for m in before if sexes.get(m.who or "", sex) == sex]


def _sexes(told: list[_Mention]) -> dict[str, str]:
    """Each person's sex where the text tells it at one of their mentions and never tells otherwise."""
    seen: dict[str, set[str]] = {}
    for m in told:
        if m.sex and m.who:
            seen.setdefault(m.who, set()).add(m.sex)
    return {who: sexes.pop() for who, sexes in seen.items() if len(sexes) == 1}


def _shared(told: list[_Mention]) -> frozenset[str]:
    """The surnames two or more different people of the mentions have."""
    people: dict[str, set[str]] = {}
    for m in told:
        people.setdefault(m.surname, set()).add(m.who or "")
    return frozenset(s for s, who in people.items() if len(who) >= 2)


@per_document
def shared_surname_people(doc: Doc) -> dict[int, str | None]:
    """Start of each person entity of a surname alone (bare or titled) whose surname the article gives
    two or more people -> the person it names, or None to leave it as written (see the module's rule).
    Surnames one person has are not listed: the callers' own rules go on for them."""
    mentions = _mentions(doc)
    told = [m for m in mentions if m.who is not None]
    shared = _shared(told)
    if not shared:
        return {}
    told = sorted(told + [m for m in _title_nouns(doc, told) if m.surname in shared], key=lambda m: m.at)
    return {m.at: m.who if m.who is not None else _resolve(m, told) for m in mentions
            if m.alone and m.surname in shared}


@per_document
def shared_surnames(doc: Doc) -> frozenset[str]:
    """The surnames the article gives two or more people (read by `person` with no position)."""
    return _shared([m for m in _mentions(doc) if m.who is not None])


def titled_form(who: str) -> bool:
    """'King Hussein': a person known only by a title and surname (no full name to print for them)."""
    words = who.split()
    return len(words) == 2 and words[0].lower().rstrip(".") in TITLE_NOUNS
