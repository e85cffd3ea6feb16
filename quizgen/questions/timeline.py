"""Timeline helpers: readable dates and event labels turned into questions."""
from __future__ import annotations

import re

from lemminflect import getInflection, getLemma
from ..lexicon import load
from ..wordlists import pattern, word_set, words

_AUX = word_set("auxiliary_forms")
_PRONOUNS = word_set("label_pronouns")
_REFERRING = _PRONOUNS | word_set("label_referring_words")
_OWN = word_set("subject_possessives")
_LOWERCASE_OPENERS = words("label_lowercase_openers")


def label_question(label: str, precision: str, future: bool = False) -> str | None:
    """'Russia invaded Ukraine' -> 'On what date did Russia invade Ukraine?'; None when unsure."""
    words = label.strip().rstrip(".").split()
    i = _verb_index(words, future) if len(words) >= 2 else None
    if i is None or _refers_back(words, i):
        return None
    lead = {"day": "On what date", "month": "In which month", "year": "In which year"}.get(precision, "When")
    low = words[i].lower()
    if low in _AUX and not _main_have(low, words[i + 1:]):
        return _inverted(lead, low, words, i)
    if low in ("has", "have"):
        return None       # 'X has a fleet' states the present: no past date to ask
    rest = " ".join([_verb_forms(low)[0]] + _paired_base(words[i + 1:]))
    return f"{lead} did {_lower(words[:i])} {rest}?"


def _paired_base(after: list[str]) -> list[str]:
    """The words after a past verb, a second past verb joined to it put in its base form too ('did the
    storm destroy or (severely) damage 300 homes', not 'destroy or damaged')."""
    if len(after) < 2 or after[0].lower() not in ("or", "and"):
        return after
    j = 2 if after[1].lower().endswith("ly") and len(after) > 2 else 1
    lemma, past, _ = _verb_forms(after[j].lower())
    if after[j].lower() in past and lemma != after[j].lower():
        return after[:j] + [lemma] + after[j + 1:]
    return after


def _verb_index(words: list[str], future: bool) -> int | None:
    """Where the label's finite verb stands: its first auxiliary or past-tense verb after the first
    word; None when a present-tense verb comes first (no past date to ask) or there is none."""
    for i, w in enumerate(words[1:], start=1):
        low = w.lower()
        if low in _AUX:
            return i
        lemma, past, pres = _verb_forms(low)
        if low in past and low not in ("read",) and lemma != low:
            return i
        if low in pres and lemma != low and not future:
            return None
    return None


def _refers_back(words: list[str], verb: int) -> bool:
    """A pronoun or a referring word ("it", "the latter"): the label leans on another sentence; but
    'his' or 'her' after the verb of a named subject is the subject's own ('Francis beatified his
    predecessor')."""
    named = _named_subject(words[:verb])
    return any(w.lower().strip(",.") in _REFERRING and not (named and i > verb and w.lower() in _OWN)
               and not _regnal(words, i) for i, w in enumerate(words))


def _named_subject(subject: list[str]) -> bool:
    """A person's name as the subject: capitalised words, two or more ('Ana Ruiz') or a given name
    ('Francis'); not 'Police' nor 'The Senate'."""
    if not subject or not all(w[:1].isupper() and w.lower() not in _REFERRING for w in subject):
        return False
    return subject[0].lower() not in _LABEL_STOP and (len(subject) > 1 or subject[0].lower() in load().given_names)


def _regnal(words: list[str], i: int) -> bool:
    """'I' ending a name inside the label ('Pope John Paul I', 'Elizabeth I') is a numeral, no pronoun."""
    return words[i] == "I" and i > 1 and words[i - 1][:1].isupper()


def _inverted(lead: str, aux: str, words: list[str], i: int) -> str | None:
    """The auxiliary at words[i] goes before the subject: "When was the bridge opened?"."""
    subj = _lower(words[:i])
    rest = " ".join(words[i + 1:])
    if not rest:
        return None
    return f"{lead} {aux} {subj} {rest}?"


def _main_have(low: str, rest: list[str]) -> bool:
    """'had a fleet of 270 aircraft': 'have' as the main verb (no participle follows within two words),
    which takes 'did' in a question ('did X have'), never inversion ('had X a fleet')."""
    return low in ("has", "have", "had") and not any(_participle(w.lower()) for w in rest[:2])


def _participle(low: str) -> bool:
    lemma = (getLemma(low, upos="VERB") or [low])[0]
    return low in (getInflection(lemma, tag="VBN") or [])


def _verb_forms(low: str) -> tuple[str, list[str], list[str]]:
    """The word's verb lemma and that verb's past and third-person present forms."""
    lemma = (getLemma(low, upos="VERB") or [low])[0]
    return lemma, getInflection(lemma, tag="VBD") or [], getInflection(lemma, tag="VBZ") or []


def _lower(words: list[str]) -> str:
    s = " ".join(words)
    if words and words[0] in _LOWERCASE_OPENERS:
        s = s[0].lower() + s[1:]
    return s


_MONTH_NAMES = tuple(m.lower() for m in words("month_names"))
_LABEL_STOP = word_set("label_stopwords")
_CORE_ARGS = {"nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "attr", "oprd", "pcomp"}
_DATE_IN_LABEL = re.compile(pattern("date_in_label").replace("{MONTHS}", "|".join(_MONTH_NAMES)), re.I)


def label_problem(label: str, time_text: str, span) -> str | None:
    """Why an event label makes a poor question or ordering item, or None when it reads well.

    "The magnitude 8.4 earthquake of June 23, 2001" carries its own date; "X was turned down by seven
    firms before joining" and "X recalled" lost the object their verb needs; "A magnitude struck ..."
    lost its subject ("6.1 earthquake"): each word of the label is found in the evidence sentence and
    the verbs it keeps must keep their subject and object.
    """
    low = label.lower()
    if time_text and re.sub(r"\W+", " ", time_text.lower()).strip() in re.sub(r"\W+", " ", low) or \
            _DATE_IN_LABEL.search(label):
        return "date in label"
    if span is None:
        return None
    matched = _label_tokens(label, span)
    if not matched:
        return None
    got = set(matched)
    for i in got:
        v = span.doc[i]
        if v.pos_ in ("VERB", "AUX"):
            lost = _lost_argument(v, span, got, matched[0])
            if lost:
                return lost
    return None


def _label_tokens(label: str, span) -> list[int]:
    """Token indices of the evidence sentence that the label's content words come from, in order."""
    toks = list(span)
    matched: list[int] = []
    j = 0
    for w in re.findall(r"[\w\u2019']+", label):
        wl = w.lower().replace("\u2019", "'")
        if wl in _LABEL_STOP:
            continue          # small words match anywhere; the content words place the label
        same = [k for k, t in enumerate(toks) if t.lower_.replace("\u2019", "'") == wl]
        after = [k for k in same if k >= j]
        if after:
            matched.append(toks[after[0]].i)
            j = after[0] + 1
        elif same:
            matched.append(toks[same[0]].i)
    return matched


def _lost_argument(v, span, got: set[int], first: int) -> str | None:
    """'lost dobj' when the label keeps the verb but none of a subject or object it needs."""
    for c in v.children:
        if c.dep_ not in _CORE_ARGS or c.pos_ == "PRON" or c.tag_ in ("WDT", "WP"):
            continue
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < first:
            continue      # the subject the label names in full ("she" -> "Margaret Ellery")
        left = c.left_edge.i
        if left > span.start and span.doc[left - 1].text in (",", "\u2014", "(") and \
                any(o.dep_ == c.dep_ and o.i in got for o in v.children):
            continue      # an aside the label leaves out ("Her work, the X Crossing, ... opened")
        if not any(x.i in got for x in c.subtree):
            return f"lost {c.dep_}"
    return None
