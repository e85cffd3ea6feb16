"""'The man's death occurred' -> 'A farmer died of bird flu': a label that only says a vaguely named
happening took place is told instead by the clause of a sentence just before that reports it."""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import reporting_verb
from .events_recall import kin_of
from .headlines import verbs_telling
from .realise import Resolver, clause_text, finish, subject_of
from .wordlists import word_set

_GENERIC = word_set("generic_happening_nouns")          # 'the incident', 'the accident'
_TAKING_PLACE = frozenset({"occur", "happen"})
_BACK = 2                   # sentences before read for the report of the happening
_MIN_WORDS, _MAX_WORDS = 3, 12


def happening_retold(verb: Token | None, blocked: set[int], referents: Resolver) -> str:
    """The clause that reports the happening a vague 'the incident occurred' names, from the sentence
    itself or one of the two before; '' when the label is no such clause, or none reports it."""
    noun = _vague_happening(verb) if verb is not None else None
    if noun is None:
        return ""
    words = _happening_words(noun)
    acts = _earlier_acts(verb) if words else _act_before(verb)
    act = next((a for a in acts if not words or a.lemma_.lower() in words), None)
    if act is None or subject_of(act) is None:
        return ""
    text = finish(clause_text(act, blocked, referents, subject=True))
    return text if _MIN_WORDS <= len(text.split()) <= _MAX_WORDS else ""


def _vague_happening(verb: Token) -> Token | None:
    """The subject of 'occurred', 'happened' or 'took place' when it names no one and nothing by name
    ('the first incident', 'the man's death', 'the explosions'), else None."""
    place = any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if verb.lemma_.lower() not in _TAKING_PLACE and not (verb.lemma_.lower() == "take" and place):
        return None
    noun = subject_of(verb)
    return noun if noun is not None and noun.pos_ == "NOUN" and not _said_which(noun) else None


def _said_which(noun: Token) -> bool:
    """The noun phrase has a name in it, or a phrase or clause saying which ('the fire at the mill')."""
    named = any(t.pos_ == "PROPN" or t.ent_type_ not in ("", "DATE", "TIME", "ORDINAL") for t in noun.subtree)
    return named or any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children)


def _happening_words(noun: Token) -> frozenset[str]:
    """The verb lemmas that tell the noun's happening ('death' -> die, 'blast' -> explode); none for
    a generic 'incident', which any act may be."""
    lemma = noun.lemma_.lower()
    if lemma in _GENERIC:
        return frozenset()
    own = verbs_telling(lemma)
    return frozenset(own) | kin_of(own)


def _act_before(verb: Token) -> list[Token]:
    """The act the sentence just before reports (its main verb, or what its saying tells): all a
    generic 'the incident' can mean."""
    if verb.sent.start == 0:
        return []
    root = verb.doc[verb.sent.start - 1].sent.root
    act = next((c for c in root.children if c.dep_ == "ccomp"), root) if reporting_verb(root) else root
    return [act] if act.pos_ == "VERB" and act.tag_ in ("VBD", "VBN") else []


def _earlier_acts(verb: Token) -> list[Token]:
    """The past acts of the sentence's other clauses and of the sentences just before, nearest first:
    a saying gives the act it tells ('police said two gunmen opened fire')."""
    sents = [verb.sent]
    while len(sents) <= _BACK and sents[-1].start > 0:
        sents.append(verb.doc[sents[-1].start - 1].sent)
    return [t for s in sents for t in s if t != verb and _past_act(t)]


def _past_act(t: Token) -> bool:
    """A past verb heading a clause of its own that tells an act, not a saying or another 'occurred'."""
    past = t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") and t.dep_ in ("ROOT", "ccomp", "conj")
    return past and not reporting_verb(t) and t.lemma_.lower() not in _TAKING_PLACE
