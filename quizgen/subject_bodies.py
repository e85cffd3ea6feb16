"""Subject 'it's a stem may write as an organisation's name (issue 12), in two plain cases only:
the 'it' of what a named organisation says in the same sentence ('Crane Co. said it holds a stake':
the speaker), and a main clause's 'it' right after a sentence whose main subject is the only
organisation it names and which speaks of no other single thing (a season, a 'Rocket Pass') ('Crane Co. bought 40 stores. It
plans ...'). A quotation, a dummy 'it' ('it is clear that'), a copula ('It was the worst storm'), a
name or noun before the 'it', or a news outlet leaves it as written."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .clauses import REPORTING_VERBS
from .lexicon import news_outlet
from .nlp import ents_over

# kinds of name an 'it' of the sentence could stand for besides the organisation
_THING_NAMES = frozenset({"ORG", "GPE", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "NORP", "LOC"})
_NOT_THINGS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_PLACES_AND_PEOPLE = frozenset({"GPE", "LOC", "PERSON", "NORP"})     # no 'it' a later sentence opens on


def tied_bodies(spans: list[Span], quoted: frozenset[int]) -> dict[int, str]:
    """Token index of each subject 'it' the article ties to one named organisation -> its name."""
    tied: dict[int, str] = {}
    for k, span in enumerate(spans):
        for tok in span:
            if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i in quoted:
                continue
            name = _speaker_body(tok, span) or (_body_before(tok, span, spans[k - 1], quoted) if k else None)
            if name is not None:
                tied[tok.i] = name
    return tied


def _speaker_body(tok: Token, span: Span) -> str | None:
    """'Crane Co. said (that) it holds ...': the 'it' subject of the clause a named organisation reports,
    when the sentence names no other thing before the 'it' and the saying tells no one ('told Acme it')."""
    verb = tok.head
    said = verb.head if verb.dep_ == "ccomp" else None
    if said is None or said.lemma_ not in REPORTING_VERBS or said.i > tok.i:
        return None
    if any(c.dep_ in ("dobj", "dative") for c in said.children):
        return None
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
    return _only_body(span, subj, tok.i) if subj is not None else None


def _only_body(span: Span, subj: Token, end: int) -> str | None:
    """The organisation `subj` names, when it is the only name of a thing from the sentence's start up
    to token `end`."""
    names = [e for e in ents_over(span.doc, span.start, end) if e.label_ in _THING_NAMES and e.end <= end]
    one = names[0] if len(names) == 1 and names[0].label_ == "ORG" else None
    if one is None or not one.start <= subj.i < one.end or news_outlet([t.text for t in one]):
        return None
    return _with_the(one)


def _with_the(ent: Span) -> str:
    """The name as the article writes it, its 'the' kept ('the Federal Reserve')."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    text = ent.text.removesuffix("'s").removesuffix("\u2019s")
    return f"the {text}" if before is not None and before.lower_ == "the" else text


def _body_before(tok: Token, span: Span, prev: Span, quoted: frozenset[int]) -> str | None:
    """'Crane Co. bought 40 stores. It plans ...': a main clause's plain 'it' opening its sentence's
    words, right after a sentence of the article's own words whose main subject is the only thing it
    names or speaks of as one."""
    if not _plain_opening(tok, span) or any(t.i in quoted for t in prev):
        return None
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or _other_thing(prev, subj):
        return None
    return _only_body(prev, subj, prev.end)


def _plain_opening(tok: Token, span: Span) -> bool:
    """The main clause's 'it', no copula's nor a dummy, with no noun or pronoun before it ('After the
    storm hit the plant, it closed': the plant)."""
    if tok.head.dep_ != "ROOT" or tok.head.lemma_ == "be" or tok.head.pos_ == "AUX" or _dummy(tok):
        return False
    return not any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in _NOT_THINGS
                   for t in span.doc[span.start:tok.i])


def _dummy(tok: Token) -> bool:
    """'it is clear that', 'it emerged that', 'it takes years to': an 'it' standing for a clause after."""
    verb = tok.head
    return verb.lemma_ in ("seem", "appear", "take") or any(c.dep_ in ("ccomp", "csubj") and c.i > tok.i
                                                             for c in verb.children)


def _other_thing(prev: Span, subj: Token) -> bool:
    """The sentence speaks of a single thing besides its subject ('Acme closed the plant. It had 400
    workers': the 'it' may be the plant): a singular common noun outside the subject's phrase."""
    own = {t.i for t in subj.subtree}
    return any(t.tag_ in ("NN", "NNP") and t.ent_type_ not in _NOT_THINGS | _PLACES_AND_PEOPLE and t.i not in own
               for t in prev)
