"""Timeline labels that never say who or what (issue 11): a bare 'the ferry' named by its appositive
('the ferry, Northern Star,' -> 'the ferry Northern Star'), and short nameless passives left out."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .referents import person_noun

_SHORT_LABEL = 5         # words: 'A decision was made', 'Meetings were postponed'
_ARTICLES = frozenset({"a", "an", "the"})


def apposed_thing_name(head: Token) -> str | None:
    """'the ferry, Northern Star, sank' -> 'the ferry Northern Star': the one name set beside a bare
    'the N' (its only other word) by commas, so a timeline line says which thing. None when the noun
    has words of its own, the appositive is a description ('the ferry, a 40-year-old vessel,') or the
    noun is a person's ('the man, John Hale,': the resolver names people)."""
    name = _bare_apposed(head)
    if name is None or name.pos_ != "PROPN" or person_noun(head):
        return None
    words = [w for w in name.subtree if not w.is_punct]
    if any(w.pos_ != "PROPN" for w in words):
        return None
    return f"the {head.text} {' '.join(w.text for w in words)}"


def _bare_apposed(head: Token) -> Token | None:
    """The appositive of a common noun whose only other word is 'the', else None."""
    kids = [c for c in head.children if not c.is_punct]
    if head.pos_ != "NOUN" or len(kids) != 2 or kids[0].lower_ != "the":
        return None
    return kids[1] if kids[1].dep_ == "appos" else None


def nameless_passive(label: str, sent: Span) -> bool:
    """'A decision was made', 'Shares were issued', 'The accord was announced': a label of five words at
    most, a bare common noun (no word but its article) as the subject of a passive with no 'by', and no
    name anywhere. Teachers judged 20 of 21 such labels bad (bench/unnamed_labels.py, class
    nameless_short_passive_plain): they cannot tell which decision or whose shares."""
    words = label.split()
    if not _short_and_nameless(words):
        return False
    lowered = {w.lower() for w in words}
    for verb in sent:
        subj = _passive_subject(verb)
        if subj is not None and verb.lower_ in lowered and subj.lower_ in lowered:
            return _nameless(subj, words)
    return False


def _short_and_nameless(words: list[str]) -> bool:
    """Five words at most, no 'by', and no capital or digit after the first word (no name, no number)."""
    if len(words) > _SHORT_LABEL or "by" in (w.lower() for w in words):
        return False
    return not any(w[:1].isupper() or any(ch.isdigit() for ch in w) for w in words[1:])


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb ('was made'), None for an active one or one with a 'by' agent."""
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return None
    return next((c for c in kids if c.dep_ == "nsubjpass"), None)


def _nameless(subj: Token, words: list[str]) -> bool:
    """The label opens on the common noun, or on 'a'/'an'/'the' and it ('The deal', 'Shares'): a word
    before it may say which ('The immigration law was upheld', 'A budget bill was approved' were kept),
    the article's or one the label's naming added ('the law' printed as 'the immigration law')."""
    lowered = [w.lower() for w in words]
    at = lowered.index(subj.lower_)
    return subj.pos_ == "NOUN" and all(w in _ARTICLES for w in lowered[:at])
