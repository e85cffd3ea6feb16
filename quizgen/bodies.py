"""'The agency', 'the paper': a bare noun for a kind of body, named by the one body of that kind the
article named before it (NASA, the Harbor Tribune); None when it named none or several."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import key, news_outlet
from .memo import per_document
from .wordlists import mapping, rows, word_set

_BODY_KINDS = mapping("org_nouns")              # 'University' -> university, 'Agency' -> agency
_OUTLET_NOUNS = word_set("outlet_nouns")
_LISTED_KINDS = {key(alias): row[1] for row in rows("organisations.tsv") if len(row) > 1
                 for alias in [row[0], *(row[2].split(",") if len(row) > 2 else [])] if alias.strip()}
_KIND_NOUNS = word_set("body_kind_nouns")


def only_body_of_kind(head: Token) -> str | None:
    """The name of the one body of the bare noun's kind named before it ('the agency' -> 'NASA'),
    written as the article writes it ('the Harbor Tribune'); None for none or several, or when the
    noun's own sentence names it (then the noun means another)."""
    kind = head.lemma_.lower()
    if head.tag_ != "NN" or not _bare(head) or (kind not in _KIND_NOUNS and kind not in _OUTLET_NOUNS):
        return None
    names = {_written(e) for e in _bodies(head.doc) if e.end <= head.left_edge.i and _of_kind(e, kind)}
    if len(names) != 1:
        return None
    name = names.pop()
    return None if name.lower().removeprefix("the ") in head.sent.text.lower() else name


def _bare(head: Token) -> bool:
    """'the agency' alone: 'the' and nothing else."""
    deps = [c for c in head.children if c.dep_ not in ("punct", "prep", "relcl", "acl", "case")]
    return len(deps) == 1 and deps[0].lower_ == "the" and deps[0].i == head.i - 1


def _of_kind(ent: Span, kind: str) -> bool:
    if kind in _OUTLET_NOUNS:
        return news_outlet([t.text for t in ent if t.lower_ != "the"])
    words = {_BODY_KINDS[t.lower_] for t in ent if t.lower_ in _BODY_KINDS}
    return kind in words or _LISTED_KINDS.get(key(ent.text)) == kind


def _written(ent: Span) -> str:
    """The name as written, with the 'the' the article gives it ('the Harbor Tribune')."""
    doc = ent.doc
    the = ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent[0].lower_ != "the"
    return f"the {ent.text}" if the else ent.text


@per_document
def _bodies(doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ == "ORG"]
