"""Timeline labels that say a happening took place: made from a dated noun naming it ('The 1996 bombing
took place', or 'Dr. Smith was slain' for 'the slaying of Dr. Smith'), or told by the noun's own verb instead."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .headlines import MIN_LABEL_WORDS, names_happening, saying_noun
from .phrasing import inflect
from .realise import HARD_LABEL_WORDS, MAX_LABEL_WORDS, Resolver, finish, np_text, subtree_text
from .syntax import SUBJECT_DEPS, first_child
from .wordlists import mapping, word_set

_TAKING_PLACE = word_set("taking_place_verbs")        # 'took place', 'occurred'
_PUBLISHED = word_set("published_work_nouns")         # 'a study (in Nature)'
_ACTS_DONE_TO = mapping("acts_done_to")               # 'slaying' -> 'slay': 'the slaying of X' says X was slain
_OCCASIONS = word_set("occasion_nouns")
ACTS_OF_SUBJECT = mapping("acts_of_subject")          # 'death' -> 'died': 'the death of X' says X died
_POSSESSOR_DONE_TO = word_set("possessor_done_to_nouns")


def taken_place(root: Token) -> bool:
    """'A study took place', 'The attack occurred': a noun said to have taken place."""
    lemma = root.lemma_.lower()
    place = any(c.dep_ == "dobj" and c.lower_ == "place" for c in root.children)
    return lemma in _TAKING_PLACE and (lemma != "take" or place)


def told_instead(root: Token, span: Span, blocked: set[int], referents: Resolver) -> str:
    """A label 'X took place' (`taken_place`) told by the noun's own participle in the sentence, or as a
    work's publishing; '' when the sentence tells no more."""
    own = _own_verb_told(root, span.sent, blocked | set(range(span.start, span.end)), referents)
    return own or _published_in(root)


def _own_verb_told(root: Token, sent: Span, blocked: set[int], referents: Resolver) -> str:
    """'A study in Nature Climate Change took place' of 'a study published Monday in Nature Climate
    Change': the participle the sentence gives the noun tells its happening ('A study was published in
    Nature Climate Change'); '' when the sentence gives it none."""
    noun = _same_noun(first_child(root, *SUBJECT_DEPS), sent)
    acl = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None) if noun is not None else None
    if acl is None:
        return ""
    name = np_text(noun, blocked | {t.i for t in acl.subtree}, referents)
    done = subtree_text(acl, blocked)
    text = finish(f"{name} {_be(noun.tag_ == 'NNS', future=_planned(root))} {done}") if name and done else ""
    return text if 3 <= len(text.split()) <= HARD_LABEL_WORDS else ""


def _published_in(root: Token) -> str:
    """'A study in Nature Climate Change took place' -> 'A study was published in Nature Climate Change':
    a written work 'in' a publication was published there; '' for other nouns, or a planned one."""
    subj = first_child(root, *SUBJECT_DEPS)
    where = _in_phrase(subj) if subj is not None and subj.lemma_.lower() in _PUBLISHED else None
    if where is None or first_child(root, "aux") is not None:
        return ""
    inside = {t.i for t in where.subtree}
    name = subtree_text(subj, inside)
    text = finish(f"{name} {_be(subj.tag_ == 'NNS')} published {subtree_text(where, set())}")
    return text if len(text.split()) <= HARD_LABEL_WORDS else ""


def _in_phrase(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"), None)


def _same_noun(subj: Token | None, sent: Span) -> Token | None:
    """The sentence's noun a label's subject was made from (the first of its lemma)."""
    return next((t for t in sent if t.pos_ == "NOUN" and t.lemma_ == subj.lemma_), None) if subj is not None else None


def _planned(root: Token) -> bool:
    """'will take place': a modal auxiliary."""
    return first_child(root, "aux") is not None and any(c.tag_ == "MD" for c in root.children)


def _be(plural: bool, future: bool = False) -> str:
    """'will be' for a planned happening, else 'was' or 'were' agreeing with its noun."""
    return "will be" if future else "were" if plural else "was"


def noun_happening(label: str, noun: Token, span: Span, blocked: set[int], referents: Resolver, *,
                    future: bool) -> str:
    """'Monday's earthquake in the north' -> 'The earthquake in the north took place', 'the 1996
    bombing' -> 'The 1996 bombing took place': a noun naming a happening made a clause (a label is a
    clause); '' for a noun of no happening ('a 1996 law')."""
    if not _happening_noun(noun):
        return ""
    done_to = _done_to(noun, blocked, referents, future=future)
    if done_to:
        return done_to
    text = label.rstrip(".")
    if span.root.dep_ == "poss":       # "Monday's": the date goes, its noun keeps 'the'
        own_date = set(range(span.start, span.end)) | {c.i for t in span for c in t.children if c.dep_ == "case"}
        text = np_text(noun, blocked | own_date, referents)
        text = f"the {text}" if text[:1].islower() else text
    if _thin(text, span) and not saying_noun(noun):
        return ""            # 'The competition took place', 'The 1995 shooting took place': which one?
    if not future and _occasion(noun):
        return ""            # 'The announcement on Instagram took place': what was announced is the news
    return finish(f"{text} {'will take' if future else 'took'} place") if text else ""


def _occasion(noun: Token) -> bool:
    """'announcement', 'visit', 'hearing': an occasion whose taking place says nothing of what happened."""
    return noun.lemma_.lower() in _OCCASIONS or noun.lower_ in _OCCASIONS


def _happening_noun(noun: Token) -> bool:
    """A noun of a happening, or of one befalling its 'of' ('the start of the school year')."""
    return names_happening(noun) or noun.lemma_.lower() in ACTS_OF_SUBJECT


def _thin(text: str, span: Span) -> bool:
    """A noun phrase that says no more than its kind ('the announcement', 'any action', 'the 1995
    shooting'): a determiner and a noun, beside the date's own words, with no name."""
    dated = {t.text for t in span}
    words = [w for w in text.split() if w not in dated]
    return len(words) <= 2 and not any(w[:1].isupper() for w in words[1:])


def _done_to(noun: Token, blocked: set[int], referents: Resolver, *, future: bool) -> str:
    """'the Oct. 23 slaying of Dr. Smith' -> 'Dr. Smith was slain', 'the 1995 shooting of a doctor' ->
    'A doctor was shot': an act named with the one it was done to says what happened, where 'The
    Oct. 23 slaying took place' does not. '' for other nouns, or when the doer is named ('Iraq's
    invasion of Kuwait')."""
    verb = _ACTS_DONE_TO.get(noun.lemma_.lower()) or _ACTS_DONE_TO.get(noun.lower_)
    participle = inflect(verb, "VBN") if verb else None
    done = _done_to_whom(noun)
    if done is not None and not future and noun.lemma_.lower() in ACTS_OF_SUBJECT:
        text = finish(f"{np_text(done, blocked, referents)} {ACTS_OF_SUBJECT[noun.lemma_.lower()]}")
        return text if MIN_LABEL_WORDS - 1 <= len(text.split()) <= MAX_LABEL_WORDS else ""   # 'Dr. Smith died'
    if not participle or done is None:
        return ""
    who = np_text(done, blocked, referents)
    plural = done.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in done.children)
    text = finish(f"{who} {_be(plural, future)} {participle}") if who else ""
    return text if MIN_LABEL_WORDS <= len(text.split()) <= MAX_LABEL_WORDS else ""


def _done_to_whom(noun: Token) -> Token | None:
    """The object of an act's 'of' ('the slaying of Slepian'), unless a doer is named or it is a date;
    a period with an article and no number ('the start of a new school year') is a thing that starts."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    done = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is None:
        return _possessor_done_to(noun)
    doer = any(c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME") or c.lower_ == "by" for c in noun.children)
    return None if done is None or doer or _date_done_to(noun, done) else done


def _possessor_done_to(noun: Token) -> Token | None:
    """'Lay's sentencing', 'Ruiz's arrest': the named person an act is done to, as its possessor."""
    if noun.lemma_.lower() not in _POSSESSOR_DONE_TO or any(c.lower_ == "by" for c in noun.children):
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)


def _date_done_to(noun: Token, done: Token) -> bool:
    """'the start of 2019' is a date; 'the start of a new school year' a thing that starts."""
    return done.ent_type_ in ("DATE", "TIME") and not (noun.lemma_.lower() in ACTS_OF_SUBJECT and _period_thing(done))


def _period_thing(noun: Token) -> bool:
    """'a new school year', 'the season': a period named as a thing (an article, a word before it, no
    number), not a date ('2019', 'the end of March')."""
    words = list(noun.subtree)
    return any(c.dep_ == "det" for c in noun.children) and len(words) > 2 and not any(t.like_num for t in words)
