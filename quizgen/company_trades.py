"""Whether a company noun of a trade ('the airline', 'the lender', 'the carmaker') may mean a named
company: 'the airline' is not the story's only named company when the article calls that company a
maker ('planemaker Boeing'), its name is of another trade ('First Harbor Bank'), or another name before
the noun shows an airline the tagger did not take for a company ('a Jeju Air jet')."""
from __future__ import annotations

from spacy.tokens import Token

from .nlp import ents_of
from .wordlists import rows

# noun -> its trade, and trade -> the words of a company's name that show it (company_trades.tsv)
_ROWS = rows("company_trades.tsv")
_TRADE = {r[0]: r[1] for r in _ROWS}
_NAME_WORDS: dict[str, frozenset[str]] = {}
for _r in _ROWS:
    _NAME_WORDS[_r[1]] = _NAME_WORDS.get(_r[1], frozenset()) | {w for w in (_r[2] if len(_r) > 2 else "").split(",") if w}
# a name's own word may open a sentence ('Air traffic ...') only as part of a name the tagger saw
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "NORP", "GPE", "PERSON", "WORK_OF_ART"})


def trade_of(noun: str) -> str | None:
    """The trade a company noun names ('carmaker' -> maker), None for a plain 'company' or 'firm'."""
    noun = noun.lower()
    return _TRADE.get(noun) or ("maker" if noun.endswith("maker") else None)


def trade_misfit(head: Token, name: str) -> bool:
    """The trade noun `head` ('the airline') cannot mean the company `name`: the article describes that
    company by another trade, its name shows another trade, or another name before `head` shows a
    company of the noun's trade. No evidence either way leaves the company fit."""
    trade = trade_of(head.lemma_)
    if trade is None:
        return False
    words = {w.lower().strip(".,") for w in name.split()}
    described = _described_trades(head.doc, words)
    shown = {t for t, names in _NAME_WORDS.items() if words & names}
    if trade in described or trade in shown:
        return False
    return bool(described or shown) or _other_name_of_trade(head, trade, words)


def _described_trades(doc, words: set[str]) -> set[str]:
    """The trades the article gives the company, over its mentions (see _mention_trades)."""
    out: set[str] = set()
    for ent in ents_of(doc):
        if ent.label_ == "ORG" and {t.lower_ for t in ent} & words:
            out |= _mention_trades(ent)
    return out


def _mention_trades(ent) -> set[str]:
    """The trades one mention gives its company: by a noun before it ('planemaker Boeing', 'computer
    maker Acme', in the name the tagger read or just before it) or in apposition after it ('Acme, the
    carmaker'), or by a maker's verb it is the doer of ('a jet built by Boeing')."""
    doc = ent.doc
    before = [doc[ent.start - 1]] if ent.start > 0 and doc[ent.start - 1].pos_ == "NOUN" else []
    appos = [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    out = {trade_of(t.lemma_) for t in [*before, *ent, *appos]}
    return {t for t in out if t} | ({"maker"} if _maker_verb(ent.root) else set())


_MAKING_VERBS = frozenset({"build", "manufacture", "design", "assemble"})


def _maker_verb(root: Token) -> bool:
    """'Boeing built the jet', 'a jet built by Boeing': the company is the doer of a maker's verb."""
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else root.head
    doer = root.dep_ == "nsubj" or root.dep_ == "pobj" and root.head.dep_ == "agent"
    return doer and verb.lemma_.lower() in _MAKING_VERBS


def _other_name_of_trade(head: Token, trade: str, words: set[str]) -> bool:
    """A capitalised word of a name before `head`, not the company's own, that shows the trade
    ('Jeju Air'): the noun may mean that one."""
    names = _NAME_WORDS.get(trade, frozenset())
    return any(t.lower_ in names and t.lower_ not in words and _in_a_name(t) for t in head.doc[:head.left_edge.i])


def _in_a_name(t: Token) -> bool:
    """A capitalised token inside a name: tagged as one, or a proper noun not opening its sentence."""
    return t.text[:1].isupper() and (t.ent_type_ in _NAME_LABELS or t.pos_ == "PROPN" and not t.is_sent_start)

