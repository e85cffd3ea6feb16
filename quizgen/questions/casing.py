"""Capitals as the article writes them: a name the realiser lower-cased ('amherst police') gets its
capital back, a common word capitalised only because it opened the sentence ('When did Top ...') loses it."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..lexicon import names_a_people
from ..realise import midsentence_capitals

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def true_case(prompt: str, sentence: Span, proper: dict[str, str]) -> str:
    """The prompt with each word after the first written as the article writes it (`proper`: from
    names_of(doc))."""
    common = _sentence_opener(sentence)
    words = list(_WORD.finditer(prompt))
    out, last = [], 0
    for n, m in enumerate(words):
        w = m.group(0)
        fixed = w
        base, owner = _owner_split(w)
        if n > 0 and w.islower() and base in proper and not _after_which(prompt, m.start()):
            fixed = proper[base] + owner
        elif n > 0 and w[:1].isupper() and w[1:].islower() and w.lower() in common and not _after_stop(prompt, m.start()):
            fixed = w.lower()
        out.append(prompt[last:m.start()] + fixed)
        last = m.end()
    out.append(prompt[last:])
    return "".join(out)


def _owner_split(word: str) -> tuple[str, str]:
    """'roy's' -> ('roy', "'s"): a name's possessive ending is no part of the name looked up."""
    m = re.fullmatch(r"(.+?)(['\u2019]s?)", word)
    return (m.group(1), m.group(2)) if m else (word, "")


def names_of(doc) -> dict[str, str]:
    """Words the article capitalises inside its sentences and never writes in lower case (lower
    form -> written form)."""
    proper: dict[str, str] = {}
    lower_seen = {t.text for t in doc if t.text.islower()}
    for t in doc:
        if (t.pos_ == "PROPN" and not _opens_sentence(t) or _people_word(t)) and t.text[:1].isupper() \
                and t.text.lower() not in lower_seen and doc[t.i - 1].text not in ("“", '"', ":", "("):
            proper[t.text.lower()] = t.text
    return proper


def _opens_sentence(t) -> bool:
    """The word opens its sentence, also after a dateline the cleaner blanked to spaces ('GENEVA (Reuters) -
    Physicists ...'), where the parser starts no sentence: its capital names nothing."""
    return t.is_sent_start or t.i == 0 or t.doc[t.i - 1].is_space


def _people_word(t) -> bool:
    """'Scots', 'Ghanaian' opening a sentence: the name of a people keeps its capital wherever the
    realiser moves it ('did scots reject ...')."""
    if not t.is_alpha:
        return False
    lone = t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_type_ != "NORP" or t.doc[t.i + 1].ent_iob_ == "B"
    return (t.ent_type_ == "NORP" and lone) or names_a_people(t.text)


def _sentence_opener(sentence: Span) -> set[str]:
    """The sentence's first word when it is a common word capitalised only there ('Top', 'An')."""
    common = set()
    first = next((t for t in sentence if t.is_alpha), None)
    if first is None or not first.text[1:].islower() or first.text in midsentence_capitals(sentence.doc):
        return common      # 'Jobs' the article writes as a name inside its sentences stays
    if names_a_people(first.text):
        return common      # 'Scots' the tagger calls a common noun is a people's name (judged: 'scots' edited)
    if _common_word(first, sentence.doc):
        common.add(first.lower_)
    return common


def _common_word(first, doc) -> bool:
    """Tagged no name; a one-word name the tagger misread; or 'Gunmen' tagged a place after a
    dateline and written 'the gunmen' elsewhere."""
    return (first.pos_ != "PROPN" and first.ent_type_ == "") or _lone_misread_entity(first) or \
        (first.ent_type_ not in ("PERSON", "ORG") and first.lower_ in _lower_words(doc))


def _lone_misread_entity(first) -> bool:
    """An adverb or adjective the tagger took for a one-word name because it opens the sentence
    ('Worldwide, ...' a person, 'Comedian and TV icon ...' a nationality); a demonym keeps its capital."""
    alone = first.ent_iob_ == "B" and (first.i + 1 >= len(first.doc) or first.doc[first.i + 1].ent_iob_ != "I")
    return alone and first.pos_ in ("ADV", "ADJ") and first.tag_ not in ("NNP", "NNPS") and \
        not names_a_people(first.text)


def _lower_words(doc) -> frozenset[str]:
    """The words the article writes in lower case somewhere (read once per article)."""
    cached = doc.user_data.get("quizgen_lower_words")
    if cached is None:
        cached = doc.user_data["quizgen_lower_words"] = frozenset(t.text for t in doc if t.text.islower())
    return cached


def _after_which(prompt: str, at: int) -> bool:
    """The word a stem puts after 'which' ('which city', 'which country'): the realiser's, not the article's."""
    return bool(re.search(r"\bwhich\s+$", prompt[:at], re.I))


def _after_stop(prompt: str, at: int) -> bool:
    """The word opens a sentence or a quotation inside the prompt, where a capital is right."""
    return bool(re.search(r"[.?!:“\"]\s*$", prompt[:at]))
