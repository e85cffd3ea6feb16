"""Agreement checks before a pronoun or a short name is printed as a person's name (JUDGING.md rule 8):
the sex a courtesy title tells, and the unnamed person a clause's own subject brings into focus."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Token

from .wordlists import mapping

_SEX_WORDS = mapping("person_genders")          # 'mr' -> male, 'mrs' -> female
_MAIN_CLAUSE_HEADS = ("ROOT", "conj")


def sex_agrees(told: str | None, known: str | None) -> bool:
    """A mention whose title tells one sex ('Mr Obama') names no person the text gave the other
    ('Michelle Obama'): teachers marked such a name the wrong actor."""
    return not told or not known or told == known


def role_subject(subj: Token, resolve: Callable[[Token], str | None]) -> str | None:
    """'The Republican candidate hailed X's letter - but he blasted ...': a main clause's subject that is
    a person by role is the one a following 'he'/'she' means, not a name owned inside its clause. The
    person it names when the article says which (`resolve`), else '' (an unnamed person); None when
    the subject is no role noun of a main clause."""
    from .referents import title_of_someone_named, person_noun, role_epithet     # referents imports this module
    if subj.head.dep_ not in _MAIN_CLAUSE_HEADS or not (person_noun(subj) or role_epithet(subj) is not None):
        return None
    if title_of_someone_named(subj):
        return None     # 'Mayor Ada Lind ... The mayor of Porto has spent her life': the focus holds
    if subj.tag_ in ("NNS", "NNPS"):
        return None     # 'city leaders invited him': several people, whom no 'he'/'she' means
    if any(c.dep_ == "poss" for c in subj.children):
        return None     # 'his father', 'Smith's lawyer': the owner's relation, read as before
    return resolve(subj) or ""


def told_apart(short_at: int, full_at: int, told: dict[int, str]) -> bool:
    """A short name ('Obama' of 'Mr Obama') and a fuller one ('Michelle Obama') whose mentions at the two
    token indexes the text gives different sexes (`told`: token index -> sex): two people, never merged."""
    return not sex_agrees(told.get(short_at), told.get(full_at))


def same_sex_mentions(doc: Doc, at: int, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The (start, name) mentions a name word at token `at` may stand for: none of a sex other than the
    one the text tells at `at` ('Mr Obama' is not 'Michelle Obama')."""
    from .referents import TOLD_SEXES     # referents imports this module
    told = doc.user_data.get(TOLD_SEXES, {})
    return [(start, name) for start, name in mentions if sex_agrees(told.get(at), told.get(start))]
