"""A long sentence trimmed to its main clause, in the article's own words: the parts a reader can skip
without losing the sentence's main fact are cut (a description set off by commas after a name, a
'which'/'who' remark between commas, a trailing ', killing 12 people', a bracketed aside, a trailing
', including ...' list), so that the rest is short enough for a whole-sentence blank (fill_blank.py).
Nothing the kept words depend on is cut: a restrictive modifier, an object, a negation, a date."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..clauses import QUOTE_MARKS, cut_short
from ..model import Question
from ..syntax import FINITE_TAGS
from ..wordlists import word_set
from .complete import lost_restriction
from .context import Context, word_count
from .main_clause import main_clause

# marks that set a side remark off from its sentence
_OPENERS = frozenset({",", "(", "\u2014", "\u2013", "--"})
_CLOSERS = {",": ",", "(": ")", "\u2014": "\u2014", "\u2013": "\u2013", "--": "--"}
# ', including the capital', ', such as wheat': a list of examples after a comma
_EXAMPLE_WORDS = word_set("example_prepositions")
_DATED = frozenset({"DATE", "TIME"})


def generate(ctx: Context, asked: set[int] = frozenset()) -> list[Question]:
    """Whole-sentence blanks on long sentences trimmed to their main clause, for the sentences not
    `asked` already and not stated by a true-false statement (a second question on the same fact would
    only crowd the one there is); the evidence sentence stays the whole one."""
    from .fill_blank import LONGEST, _blanks, blankable, opening_named
    out: list[Question] = []
    doc = ctx.doc
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        if not _open_long(ctx, s, LONGEST) or s.id in asked:
            continue
        kept = trimmed_tokens(span)
        if kept is None:
            continue
        text, where = trimmed_text(span, kept)
        named = opening_named(span)
        if not 6 <= word_count(text) <= LONGEST or (named and named[1] - 1 not in where):
            continue
        skip = set(range(named[0], named[1])) if named else set()
        if blankable(doc, span, kept, skip):
            out.extend(_blanks(ctx, s, span, named, (text, where)))
    return out


def _open_long(ctx: Context, s, longest: int) -> bool:
    """A long statement (no question) that no true-false statement already states."""
    return word_count(s.text) > longest and not s.text.rstrip().endswith("?") and not _stated(ctx, s.id)


def _stated(ctx: Context, sentence_id: int) -> bool:
    """A clause of the sentence makes a true-false statement (whole, or as its main clause)."""
    from .true_false import true_statement
    return any(true_statement(ctx, c) is not None or true_statement(ctx, main_clause(c)) is not None
               for c in ctx.clauses.get(sentence_id, []))


def trimmed_tokens(span: Span) -> list[int] | None:
    """The sentence's token indices without its removable side parts, or None when nothing is cut or
    the cut would take something the main clause needs."""
    cut = _cuts(span)
    kept = [t.i for t in span if t.i not in cut]
    return kept if cut and _main_clause_whole(span, cut, kept) else None


def _cuts(span: Span) -> set[int]:
    """The tokens of every removable side part of the sentence, with the marks that set them off."""
    cut: set[int] = set()
    for t in span:
        part = None if t.i in cut else _side_part(t, span)
        cut |= part or set()
    return cut


def _main_clause_whole(span: Span, cut: set[int], kept: list[int]) -> bool:
    """The main verb (a finite one: else the parse is likely wrong), its subject and its negation stay,
    and no kept word lost what restricts or
    completes it."""
    root = span.root
    finite = root.tag_ in FINITE_TAGS or \
        any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in root.children)
    if not finite or root.i in cut or any(c.i in cut for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "neg")):
        return False
    doc = span.doc
    return not lost_restriction(doc, set(kept)) and not cut_short(doc, kept)


def _side_part(t: Token, span: Span) -> set[int] | None:
    """The tokens of `t`'s subtree with the marks that set it off, when it is a removable side part."""
    if t.head.i == t.i or not (_bracketed(t) or _aside(t) or _trailing_participle(t, span) or _examples(t)):
        return None
    left, right = t.left_edge.i, t.right_edge.i
    return None if _holds_what_stays(t, span.doc[left:right + 1]) else _with_marks(t, span, left, right)


def _holds_what_stays(t: Token, inside: Span) -> bool:
    """A quotation mark (a quotation is cut whole or not at all), a list's ', and', or a date set beside
    another ('Friday, Sept. 7,': the date stays whole)."""
    return any(x.text in QUOTE_MARKS or _comma_and(x) for x in inside) or \
        (t.dep_ == "appos" and any(x.ent_type_ in _DATED for x in inside))


def _comma_and(x: Token) -> bool:
    """', and' inside the part: the list it ends may be the sentence's own, hung on the part by the parse
    ('the Club, a facility owned by X, and a small parcel owned by Y')."""
    return x.dep_ == "cc" and x.i > 0 and x.doc[x.i - 1].text == ","


def _set_off(t: Token) -> bool:
    """The subtree opens right after a comma, a dash or a bracket, after its head."""
    left = t.left_edge.i
    return left > 0 and t.head.i < left and t.doc[left - 1].text in _OPENERS


def _bracketed(t: Token) -> bool:
    """'(National Aeronautics and Space Administration)', '($110 million)': an aside in brackets."""
    doc = t.doc
    left, right = t.left_edge.i, t.right_edge.i
    return left > 0 and right + 1 < len(doc) and doc[left - 1].text == "(" and doc[right + 1].text == ")"


def _aside(t: Token) -> bool:
    """', the national weather office,' after a name or noun; ', which was ...' / ', who ...' after a noun."""
    if not _set_off(t):
        return False
    if t.dep_ == "appos":       # (', a facility ..., and a small parcel': a list item the parse hung on it)
        return t.pos_ == "NOUN" and t.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "conj" for c in t.children)
    return t.dep_ == "relcl" and t.left_edge.tag_ in ("WDT", "WP", "WP$") and t.left_edge.lower_ != "that"


def _trailing_participle(t: Token, span: Span) -> bool:
    """', killing 12 people' at the sentence's end, hung on its main verb."""
    return t.dep_ == "advcl" and t.tag_ == "VBG" and t.left_edge.i == t.i and t.head.i == span.root.i and \
        _set_off(t) and _runs_to_end(t.right_edge.i, span)


def _examples(t: Token) -> bool:
    """', including the capital' / ', such as wheat' after a noun, set off by a comma."""
    return t.dep_ == "prep" and t.left_edge.lower_ in _EXAMPLE_WORDS and t.head.pos_ in ("NOUN", "PROPN") and \
        _set_off(t)


def _runs_to_end(right: int, span: Span) -> bool:
    """Only closing punctuation follows token `right` in the sentence."""
    return all(x.is_punct and x.text not in _OPENERS for x in span.doc[right + 1:span.end])


def _with_marks(t: Token, span: Span, left: int, right: int) -> set[int] | None:
    """The part with its opening mark and its closing one: at the sentence's end the final stop stays;
    inside it, brackets and paired dashes go with their words, while a comma pair may only close a
    remark on the subject just before its verb ('Smith, the mayor, said'), where dropping both commas
    joins words that belong together; anything else is no cleanly set-off part (None)."""
    doc = span.doc
    opener = doc[left - 1].text
    after = right + 1
    closed = after < span.end and doc[after].text == _CLOSERS[opener]
    if opener != "," and closed:
        return set(range(left - 1, after + 1))
    if _runs_to_end(right, span) and opener != "(":
        return set(range(left - 1, after))
    if opener == "," and closed and _before_its_verb(t, doc[after + 1] if after + 1 < span.end else None):
        return set(range(left - 1, after + 1))
    return None


def _before_its_verb(t: Token, nxt: Token | None) -> bool:
    """The word after the closing comma is the verb the modified noun is the subject of (or its
    auxiliary): 'The river, which rose overnight, broke its banks'."""
    if nxt is None or nxt.pos_ not in ("VERB", "AUX"):
        return False
    verb = nxt if nxt.dep_ not in ("aux", "auxpass") else nxt.head
    subject = t.head
    while subject.dep_ in ("compound", "appos", "conj") and subject.head.i != subject.i:
        subject = subject.head
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == verb.i


def trimmed_text(span: Span, kept: list[int]) -> tuple[str, dict[int, int]]:
    """The kept words as text, and each kept token's character offset in it."""
    doc = span.doc
    parts: list[str] = []
    where: dict[int, int] = {}
    size = 0
    for n, i in enumerate(kept):
        if n:
            sep = _separator(doc, kept[n - 1], i)
            parts.append(sep)
            size += len(sep)
        where[i] = size
        parts.append(doc[i].text)
        size += len(doc[i].text)
    text = "".join(parts)
    if not text.rstrip("\"\u201d\u2019' )").endswith((".", "!", "?")):
        text += "."        # the cut took the last word's own stop ('the U.S.')
    return text, where


# marks written right after the word before them
_TIGHT = frozenset({".", ",", ";", ":", "!", "?"})


def _separator(doc, before: int, i: int) -> str:
    """What is written between two kept tokens: the sentence's own space, or one space across a cut
    (none before a stop or comma)."""
    if before == i - 1:
        return doc[before].whitespace_
    return "" if doc[i].text in _TIGHT else " "
