"""Verb forms for questions and labels: do-support, base forms, past tense, singular agreement (lemminflect)."""
from __future__ import annotations

from lemminflect import getAllLemmas, getInflection, getLemma
from spacy.tokens import Token

from .wordlists import mapping

_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
_SINGULAR = {"have": "has", "are": "is", "were": "was", "do": "does", "'re": "is", "'ve": "has"}


def do_form(verb: Token) -> str | None:
    """The auxiliary a question needs for this finite verb ("spoke" -> "did"); None if not finite."""
    if verb.tag_ == "VBP":
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subj[0].children):
            return "did"      # "the telescope cost": a singular subject makes it past tense
    return _DO.get(verb.tag_)


def base_form(verb: Token) -> str:
    """The verb's base form ("spoke" -> "speak")."""
    lemmas = getLemma(verb.text.lower(), upos="VERB")
    lemma = lemmas[0] if lemmas else verb.lemma_
    return lemma if verb.text[:1].islower() else lemma


def agree_singular(verb: Token) -> str | None:
    """The finite verb made to agree with a singular wh-word ("have" -> "has")."""
    low = verb.lower_
    if low in _SINGULAR:
        return _SINGULAR[low]
    if verb.tag_ in ("VBD", "VBZ", "MD"):
        return verb.text
    if verb.tag_ == "VBP":
        forms = getInflection(verb.lemma_, tag="VBZ")
        return forms[0] if forms else None
    return None


def capitalise(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def past_be(subject: Token) -> str:
    """The past 'be' that agrees with a subject word: 'were' for a plural noun or 'they'/'we', else 'was'."""
    return "were" if subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we") else "was"


def with_owner(owner: str, thing: str) -> str:
    """'Kacsmaryk’s suspension', 'GM Hughes’ revenue': a name ending in 's' takes the mark alone."""
    return f"{owner}’ {thing}" if owner.endswith("s") else f"{owner}’s {thing}"


def inflect(lemma: str, tag: str) -> str | None:
    """The lemma in the form a Penn tag names ("buy", "VBD" -> "bought")."""
    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else None


def verb_base(word: str) -> bool:
    """The word is also a verb's base form ('free', 'clear'; not 'commercial')."""
    return word.lower() in getAllLemmas(word.lower(), upos="VERB").get("VERB", ())


def inflect_all(lemma: str, tag: str) -> tuple[str, ...]:
    """Every form of the lemma a Penn tag names ("be", "VBD" -> "was", "were")."""
    return tuple(getInflection(lemma, tag=tag) or ())


# letters whose names begin with a vowel sound: 'an FBI agent', 'an HDL', but 'a UN envoy'
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")


def indefinite_article(phrase: str) -> str:
    """'a' or 'an' as the phrase's first word is sounded: 'an HDL', 'a Serum', 'an hour', 'a union'."""
    word = phrase.split()[0] if phrase.split() else ""
    if len(word) > 1 and word.isupper() and word.isalpha():
        return "an" if word[0] in _VOWEL_LETTERS else "a"
    low = word.lower()
    for start, article in mapping("article_sound_exceptions").items():
        if low.startswith(start):
            return article
    return "an" if low[:1] in "aeiou" and low else "a"


def figure_article(figure: str) -> str | None:
    """'a' or 'an' as a figure written in digits is read ('an 8', 'an 18', 'an 11,000', 'a 10'); None
    where the reading is open ('1800s': 'one thousand eight hundred' or 'eighteen hundred')."""
    lead = figure.split(",")[0]
    if figure[0] == "8" or lead in ("11", "18"):
        return "an"
    if len(lead) == 4 and lead[:2] in ("11", "18"):
        return None
    return "a"


def agreed_articles(text: str) -> str:
    """'A intercession was ...' -> 'An intercession', 'at an White House briefing' -> 'a White House': a
    label that left out the word after its 'a'/'an' ('a 2011 intercession') gets the article its new
    next word takes. Only a plain word whose sound its spelling tells is judged: an acronym, a number,
    a word in 'u' or 'h' ('a U.S. envoy', 'an 11-year-old', 'an hour') keeps the writer's article."""
    words = text.split(" ")
    for n, (word, after) in enumerate(zip(words, words[1:])):
        if word.lower() not in ("a", "an") or (n and word[0].isupper()) or not _plainly_sounded(after):
            continue
        article = indefinite_article(after)
        words[n] = article.capitalize() if word[0].isupper() else article
    return " ".join(words)


def _plainly_sounded(word: str) -> bool:
    """A word whose first letter tells its first sound: alphabetic, not all capitals, not in 'u' or 'h'."""
    return word.isalpha() and not (len(word) > 1 and word.isupper()) and word[0].lower() not in "uh"
