"""Where a timeline label was cut against its sentence's parse, and the part it must not lose.

A label is the sentence's words less the phrases its builders dropped to reach a headline's length. Some
of those phrases judges missed nearly every time (issue 11; counts by `bench/label_cut_points.py` over the
judged labels): the clause a verb takes ('The mayor said' | that the bridge would close), the clause of its
object ('announced its agreements' | to sell two boats), the complement of an infinitive the label ends on
('is hoping to launch' | a rocket), and half of a fixed expression ('to build (as) many as 28').
`left_out_parts` names each dropped dependent of a printed word by its kind; `complement_kept` puts a
required one back within a headline's length, else HARD_LABEL_WORDS (14), giving up an adjunct of the
label first when needed, else the part whole within HARD_LABEL_WORDS too (judges rejected 50 of 53 labels
of more than 12 words, labels11); a label no such repair makes whole is printed as it was, with a note for
the teacher to check it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from .complements import completes_head
from .headlines import date_phrase
from .label_choice import aligned, label_fault, word_alignment
from .label_ends import core_words, next_to, phrase_words
from .label_length import headline_length
from .model import Event
from .realise import HARD_LABEL_WORDS, MAX_LABEL_WORDS, realise
from .syntax import first_child
from .small_clauses import scheduling_participle
from .wordlists import word_set, words

# the dependants a printed verb or noun may lose, by the kind the counts are kept under
_VERB_KINDS = {"xcomp": "xcomp", "ccomp": "ccomp", "prt": "prt", "dobj": "dobj", "agent": "agent",
               "dative": "dative", "attr": "predicate", "acomp": "predicate", "oprd": "predicate",
               "advcl": "advcl", "npadvmod": "npadvmod", "prep": "prep", "advmod": "advmod"}
_NOUN_KINDS = {"appos": "appos", "acl": "acl", "relcl": "relcl", "prep": "prep"}
_NOUN_ROLES = ("dobj", "nsubj", "nsubjpass", "pobj", "attr")
_FIXED = tuple(tuple(e.split()) for e in words("fixed_expressions"))
_TIME_NOUNS = word_set("time_nouns")
_AMOUNT_HEADS = word_set("amount_heads")      # 'the little (that was left)'


@dataclass(frozen=True)
class LeftOut:
    """A dropped dependent: its kind ('xcomp', 'dobj-appos', 'fixed'), its token, whether it follows
    the label's last printed word (where the label stops) rather than a word inside it."""
    kind: str
    token: Token
    at_end: bool


def left_out_parts(label: str, sent: Span) -> list[LeftOut]:
    """Each dependent of a printed verb or noun the label leaves out whole (dates aside: the event
    prints its own date), and each fixed expression it prints only part of."""
    pairs = word_alignment(label, sent)
    kept = frozenset(t.i for _, t in pairs)
    if not kept:
        return []
    last = max(kept)
    out = [LeftOut(kind, c, c.left_edge.i > last) for h in (t for _, t in pairs)
           for c, kind in _dropped_children(h, kept)]
    return out + [LeftOut("fixed", sent.doc[i], i > last) for i in _broken_fixed(sent, kept)]


def _dropped_children(head: Token, kept: frozenset[int]) -> list[tuple[Token, str]]:
    """(child, kind) of each child of a printed word whose whole phrase the label leaves out; a part
    may also count under a narrower kind (an object's 'to' clause, a participle on an object)."""
    out = []
    for c in (c for c in head.children if _wholly_dropped(c, kept)):
        kind = _kind(head, c)
        out += [(c, kind)] if kind else []
        out += [(c, "object-to")] if kind and _object_clause(head, c, kept) else []
        out += [(c, "dobj-acl:participle")] if kind == "dobj-acl" and not _clause_marked(c) else []
    return out


def _wholly_dropped(c: Token, kept: frozenset[int]) -> bool:
    """No word of the phrase is printed, and it is more than a date."""
    dated = date_phrase(c) and not counted_term(c) or _scheduled_at_date(c)
    return not any(x.i in kept for x in c.subtree) and not dated and bool(_undated_words(c))


def _scheduled_at_date(c: Token) -> bool:
    """'a final vote | set for June 10': a participle putting its noun at a date is all date (the event
    prints its own date); 'set' put back alone reads cut."""
    return scheduling_participle(c) and _undated_words(c) == [c.i]


def counted_term(c: Token) -> bool:
    """'sentenced him | to seven years', 'extended the ban | to 90 days': a 'to' phrase of a counted span of
    time is a term the act sets, not the act's date (the tagger reads 'seven years' as a date)."""
    obj = first_child(c, "pobj") if c.dep_ == "prep" and c.lower_ == "to" else None
    return obj is not None and obj.lemma_.lower() in _TIME_NOUNS and any(x.dep_ == "nummod" and x.like_num for x in obj.children)


def _object_clause(verb: Token, c: Token, kept: frozenset[int]) -> bool:
    """'asked members of the board | to delay the rules', 'require operators | to cut': a 'to' clause
    right after the printed object of its verb (the parser hangs it as xcomp, ccomp or advcl) says what
    the object is to do."""
    obj = next((o for o in verb.children if o.dep_ == "dobj" and o.i in kept and o.right_edge.i < c.i), None)
    return obj is not None and c.dep_ in ("xcomp", "ccomp", "advcl") and _to_clause(c) and next_to(obj.right_edge, c)


def _to_clause(c: Token) -> bool:
    return any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)


def _kind(head: Token, c: Token) -> str:
    """The kind of a dropped child: a verb's role, or a noun's ('dobj-appos'); '' for one no label
    needs (a subject, a mark, a word before its noun)."""
    if head.pos_ in ("VERB", "AUX"):
        return _verb_kind(head, c)
    if head.pos_ in ("NOUN", "PROPN", "NUM") and head.dep_ in _NOUN_ROLES and c.i > head.i:
        kind = _NOUN_KINDS.get(c.dep_, "")
        return f"{'dobj' if head.dep_ == 'dobj' else 'noun'}-{kind}" if kind else ""
    return ""


def _verb_kind(verb: Token, c: Token) -> str:
    """A verb's dropped part after it by its role, 'as' for an 'as' phrase, 'advcl-to' for a 'to'
    clause; an adverb on either side, 'advmod:first' for an order adverb ('first flew')."""
    kind = _VERB_KINDS.get(c.dep_, "")
    if kind == "advmod":
        return "advmod:first" if c.ent_type_ == "ORDINAL" else kind
    if c.i < verb.i:
        return ""
    if kind == "prep" and c.lower_ == "as":
        return "as"
    return "advcl-to" if kind == "advcl" and _to_clause(c) else kind


def _clause_marked(c: Token) -> bool:
    """A 'to' or 'that' clause ('plans | to sell', 'reports | that ...'), not a participle ('a project | named X')."""
    return any(x.dep_ in ("aux", "mark") and x.lower_ in ("to", "that") for x in c.children)


def _undated_words(c: Token) -> list[int]:
    """The phrase's words without the date phrases inside it (the event prints its own date)."""
    dated = {x.i for t in c.subtree if t != c and date_phrase(t) for x in t.subtree} if not counted_term(c) else set()
    return [i for i in phrase_words(c) if i not in dated]


def _broken_fixed(sent: Span, kept: frozenset[int]) -> list[int]:
    """The first left-out word of each fixed expression of the sentence the label prints some of."""
    out = []
    for idxs in _expressions(sent):
        printed = [i in kept for i in idxs]
        if any(printed) and not all(printed):
            out.append(next(i for i, p in zip(idxs, printed) if not p))
    return out


def _expressions(sent: Span) -> list[list[int]]:
    """The token indexes of each fixed expression in the sentence."""
    low = tuple(t.lower_ for t in sent)
    return [list(range(sent.start + n, sent.start + n + len(expr))) for expr in _FIXED
            for n in range(len(low) - len(expr) + 1) if low[n:n + len(expr)] == expr]


# What a label may not leave out where it stops, by the judged rows (bench/label_cut_points.py, >= 80 % bad
# of >= 8): a verb's clause (ccomp: 14 of 16 rows bad), the clause of a verb's object ('its agreements | to
# sell X', 'a project | named X', dobj-acl: 14 of 17 bad), the complement of an infinitive the label ends
# on (read on labels alone: 29 of 34 bad); half a fixed expression always. An xcomp (4 rows), a 'to'
# advcl (22 of 50 bad), an object's 'to' clause (object-to: 10 of 26 bad) or an object's appositive
# (8 of 24 bad) may go. A verb the label ends on bare (no object or complement printed) gets back the
# particle, object or phrase that follows it ('$1.6 billion flowed | out of the funds', 'began delving |
# into the killings', 'the motion to be voted | on': 24 of 33 judged rows of that shape bad), within a
# headline's length only (a longer label is no better).
_CLAUSE_KINDS = frozenset({"ccomp", "dobj-acl"})
_INFINITIVE_DEPS = frozenset({"dobj", "prt", "prep", "xcomp", "ccomp", "attr", "acomp", "oprd", "dative"})
_BARE_VERB_DEPS = frozenset({"prt", "prep", "dobj"})
_PRINTED_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "oprd", "prt", "xcomp", "ccomp", "dative"})


def completed_labels(events: list[Event], spans: list[Span]) -> tuple[list[Event], list[str]]:
    """The events with each label's required left-out part put back (complement_kept), less those no
    repair made whole where another event tells their date (_cut_left_out), and the notes on the cut
    labels kept, for the teacher's review."""
    mended = [(e, *complement_kept(e.label, spans[e.sentence_id])) for e in events]
    cut = [cut_in_main_clause(label, spans[e.sentence_id]) for e, label, _ in mended]
    gone = _cut_left_out([e for e, _, _ in mended], cut)
    out, notes = [], []
    for (e, label, note), left in zip(mended, gone):
        if left:
            continue
        out.append(replace(e, label=label) if label != e.label else e)
        notes += [note] if note and note not in notes else []
    return out, notes


def _cut_left_out(events: list[Event], cut: list[bool]) -> list[bool]:
    """For each event, whether it is left off: its label is still cut short in its main clause (judged
    labels so cut: 35 of 43 bad, bench/cut_label_verdicts.py) and another event, whole, tells its date. The story's first
    dated sentence (its lead) keeps its events, as empty_labels.left_out does: a lost date or lead costs
    the timeline more than a weak line, which the teacher's note flags."""
    first = min((e.sentence_id for e in events), default=-1)
    told = {(e.date, e.precision) for e, c in zip(events, cut) if not c}
    return [c and (e.date, e.precision) in told and e.sentence_id != first for e, c in zip(events, cut)]


def complement_kept(label: str, sent: Span) -> tuple[str, str]:
    """(label, note): the label with the required part it left out put back, shortest way first (the
    part without its asides or last phrases, an adjunct of the label given up for it), within a
    headline's length, else HARD_LABEL_WORDS, else the part whole within HARD_LABEL_WORDS; a label no
    repair makes whole stays as it was, with a note for the teacher naming what it left out."""
    lost = required_part(label, sent)
    if lost is None:
        return _of_phrase_kept(label, sent), ""
    if lost.kind == "fixed":
        mended = _expression_whole(label, sent)
    elif _bare_verb_part(lost, lost.token.head):
        mended = _part_within(label, sent, lost.token, MAX_LABEL_WORDS)
    else:
        mended = _part_put_back(label, sent, lost.token)
    return (mended, "") if mended else (label, _note(label, lost))


def _part_put_back(label: str, sent: Span, part: Token) -> str:
    """The label with the part put back (complement_kept's order of tries); '' when none is whole."""
    variants = _part_variants(part)
    limits = (MAX_LABEL_WORDS, HARD_LABEL_WORDS)
    found = (_fitting(label, sent, idxs, limit) for limit in limits for idxs in variants)
    text = next((t for t in found if t), "") or _shortened(label, sent, variants)
    if text or not variants:
        return text
    whole = _inserted(label, sent, variants[0])
    return whole if _clause_within_hard_length(whole, sent) else ""


def _part_within(label: str, sent: Span, part: Token, limit: int) -> str:
    """The label with the part put back within `limit` words (shortest way first); '' when none fits. A
    phrase comes back with more than its preposition ('will launch (on)' is no better)."""
    variants = [_without_stranded_adverbs(v, part.doc) for v in _part_variants(part)]
    variants = [v for v in variants if part.dep_ != "prep" or len(v) > 1]
    found = next((t for t in (_fitting(label, sent, idxs, limit) for idxs in variants) if t), "")
    return found or _shortened(label, sent, variants)


def _shortened(label: str, sent: Span, variants: list[list[int]]) -> str:
    """The label with the part put back and then cut to a headline's length by the words it never needed
    (a title before a name, a place: label_length.headline_length), '' when no variant so fits whole:
    'A judge has sentenced former drug company executive Martin Shkreli' -> 'A judge has sentenced
    Martin Shkreli to seven years in prison'."""
    for idxs in variants:
        text = _inserted(label, sent, idxs)
        short = headline_length(text, sent) if text else ""
        if short and len(short.split()) <= MAX_LABEL_WORDS and label_fault(short, sent) is None \
                and required_part(short, sent) is None:
            return short
    return ""


def _without_stranded_adverbs(idxs: list[int], doc) -> list[int]:
    """The words less an adverb whose date phrase stays out ('after liftoff (back) | on January 28')."""
    kept = set(idxs)
    return [i for i in idxs if not (doc[i].dep_ == "advmod" and any(c.i > i and c.i not in kept for c in doc[i].children))]


def _clause_within_hard_length(text: str, sent: Span) -> bool:
    """At most HARD_LABEL_WORDS, and a complete clause but for being over a headline's length."""
    return len(text.split()) <= HARD_LABEL_WORDS and label_fault(text, sent) in (None, "too long")


def required_part(label: str, sent: Span) -> LeftOut | None:
    """The first part the label must not leave out (_CLAUSE_KINDS where it stops, the complement
    of an infinitive it ends on, half a fixed expression anywhere); None when it lost none."""
    parts = left_out_parts(label, sent)
    fixed = next((p for p in parts if p.kind == "fixed"), None)
    last = _last_printed(label, sent)
    if fixed is not None or last is None:
        return fixed
    kept = {t.i for t in aligned(label, sent)}
    return next((p for p in parts if _required_at_end(p, last, kept)), None)


def _required_at_end(part: LeftOut, last: Token, kept: set[int]) -> bool:
    """A part right after the label's last word, no comma between, of a kind it must keep there."""
    if part.at_end and _term_of(part, kept) and _past_asides(last, part.token):
        return True
    return part.at_end and next_to(last, part.token) and \
        (_needed_clause(part, kept) or _infinitive_complement(part, last) or
         (part.token.head == last and _bare_verb_part(part, last) and _printed_bare(last, kept)))


def _last_printed(label: str, sent: Span) -> Token | None:
    """The sentence's token the label's last word is, or None when that word is none of the sentence's."""
    pairs = word_alignment(label, sent)
    return pairs[-1][1] if pairs and pairs[-1][0] == len(label.split()) - 1 else None


def _needed_clause(part: LeftOut, kept: set[int]) -> bool:
    return part.kind in _CLAUSE_KINDS and part.token.head.i in kept and not _passive_purpose(part.token)


def _term_of(part: LeftOut, kept: set[int]) -> bool:
    """The term a printed verb sets ('has sentenced X | to seven years'): without it the act says nothing."""
    return part.kind == "prep" and part.token.head.i in kept and counted_term(part.token)


def _past_asides(last: Token, part: Token) -> bool:
    """The part follows the label's last word, or only a relative clause or apposition of it set off
    between commas ('sentenced X, who was vilified for ..., | to seven years')."""
    asides = {x.i for c in last.children if c.dep_ in ("relcl", "appos") for x in c.subtree}
    between = last.doc[last.i + 1:part.left_edge.i]
    return part.left_edge.i > last.i and all(t.i in asides or t.is_punct for t in between)


def _infinitive_complement(part: LeftOut, last: Token) -> bool:
    """A complement of the bare 'to' infinitive the label ends on ('is hoping to launch | a rocket')."""
    return last.tag_ == "VB" and _to_clause(last) and part.token.head == last and part.token.dep_ in _INFINITIVE_DEPS


def _bare_verb_part(part: LeftOut, verb: Token) -> bool:
    """A verb's particle, object or phrase right after it or its date ('flowed (on Friday) | out of the funds')."""
    tok = part.token
    if not (_label_verb(verb) and _complement_after(tok, verb)):
        return False
    dated = {x.i for c in verb.children if c.i > verb.i and date_phrase(c) for x in c.subtree}
    return all(i in dated for i in range(verb.i + 1, tok.left_edge.i))


def _complement_after(tok: Token, verb: Token) -> bool:
    """A particle, object or phrase of the verb after it; not a preposition the parser left alone."""
    lone_preposition = tok.dep_ == "prep" and not any(tok.children)
    return tok.head == verb and tok.dep_ in _BARE_VERB_DEPS and tok.i > verb.i and not lone_preposition


def _label_verb(verb: Token) -> bool:
    """A verb, and no bare VB without an auxiliary ('the witness stand' the parser reads as a verb)."""
    return verb.pos_ == "VERB" and (verb.tag_ != "VB" or any(c.dep_ == "aux" for c in verb.children))


def _printed_bare(verb: Token, kept: set[int]) -> bool:
    """The label prints the verb with none of its objects or complements."""
    return not any(c.dep_ in _PRINTED_COMPLEMENTS and c.i in kept for c in verb.children)


def _passive_purpose(clause: Token) -> bool:
    """'filed a motion | to be voted on': a passive 'to' clause only says what becomes of the object
    (label_ends._says_what_of), which the label may leave out."""
    deps = {(x.dep_, x.lower_) for x in clause.children}
    return ("aux", "to") in deps and any(d == "auxpass" for d, _ in deps)


def _note(label: str, lost: LeftOut) -> str:
    tok = lost.token
    part = tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text if lost.kind != "fixed" else tok.text
    part = part if len(part.split()) <= 8 else " ".join(part.split()[:8]) + " ..."
    return f"Check the timeline label '{label}': its sentence goes on with '{part}', which it leaves out."


def _part_variants(c: Token) -> list[list[int]]:
    """The ways to print a left-out part, longest first: whole; without its asides; then without its
    last phrases one by one while it keeps its head and what completes it."""
    out = [_undated_words(c)]
    core = core_words(c.doc, out[0])
    while core:
        out += [core] if core not in out else []
        tail = _last_adjunct(c, core)
        core = [i for i in core if i not in tail] if tail else []
    return [v for v in out if v]


def _last_adjunct(c: Token, idxs: list[int]) -> set[int]:
    """The printed words of the rightmost phrase inside the part that does not complete its head."""
    inside = set(idxs)
    cands = [t for t in c.subtree if t.i in inside and t != c and t.i > c.i and
             (t.dep_ in _INNER_ADJUNCTS and not completes_head(t) or _bare_manner(t))]
    last = max(cands, key=lambda t: (t.right_edge.i, t.i), default=None)      # innermost of those ending last
    return {x.i for x in last.subtree} if last is not None else set()


_INNER_ADJUNCTS = frozenset({"prep", "advcl", "advmod", "npadvmod", "relcl", "acl", "appos", "conj", "cc"})


def _bare_manner(t: Token) -> bool:
    """'is (actively) being restored': a lone '-ly' adverb of a verb says only how."""
    return t.dep_ == "advmod" and t.tag_ == "RB" and t.lower_.endswith("ly") and not any(t.children)


def _fitting(label: str, sent: Span, idxs: list[int], limit: int) -> str:
    """The label with the part put back, within `limit` words and whole, giving up one adjunct phrase of
    the label for it when needed; '' when neither fits."""
    text = _inserted(label, sent, idxs)
    if not text:
        return ""
    tries = [text] + [_inserted(label, sent, idxs, drop=frozenset(a)) for a in _label_adjuncts(label, sent, idxs)]
    return next((t for t in tries if t and len(t.split()) <= limit and label_fault(t, sent) is None), "")


def _label_adjuncts(label: str, sent: Span, idxs: list[int]) -> list[set[int]]:
    """The printed adjunct phrases of the label's verbs (place, manner, cause), rightmost first."""
    kept = {t.i for t in aligned(label, sent)}
    subs = [{x.i for x in t.subtree} for t in sent if t.i in kept and _verb_adjunct(t, kept)]
    subs = [sub for sub in subs if not sub & set(idxs) and _printed_whole(sub, kept, sent)]
    return sorted(subs, key=lambda sub: -max(sub))


def _printed_whole(sub: set[int], kept: set[int], sent: Span) -> bool:
    return all(i in kept or sent.doc[i].is_punct for i in sub)


def _verb_adjunct(t: Token, kept: set[int]) -> bool:
    return t.dep_ in ("prep", "advmod", "npadvmod") and t.head.pos_ in ("VERB", "AUX") and t.head.i in kept and \
        not completes_head(t)


def _inserted(label: str, sent: Span, idxs: list[int], drop: frozenset[int] = frozenset()) -> str:
    """The label with the sentence's words `idxs` put in after the printed word before them, and
    without the words of `drop`; '' when the label's words cannot be laid on the sentence."""
    pairs = word_alignment(label, sent)
    before = [n for n, t in pairs if t.i < min(idxs)]
    if not before:
        return ""
    at, words = before[-1], label.split()
    for n in (n for n, t in pairs if t.i in drop):
        words[n] = ""
    words[at] += " " + realise(sent.doc, sorted(idxs), headline=True)
    return " ".join(" ".join(words).split()).rstrip(",;:")


def _expression_whole(label: str, sent: Span) -> str:
    """The label with the left-out words of each fixed expression it prints part of put back ('to build
    (as) many as 28'), when that keeps it a clause within HARD_LABEL_WORDS; '' otherwise."""
    text = label
    for part in (p for p in left_out_parts(text, sent) if p.kind == "fixed"):
        text = _inserted(text, sent, [part.token.i]) if text else ""
    whole = bool(text) and not any(p.kind == "fixed" for p in left_out_parts(text, sent))
    return text if whole and _clause_within_hard_length(text, sent) else ""


def noun_part(label: str, sent: Span) -> LeftOut | None:
    """The 'of' phrase of the noun the label ends on, left out right after it ('signed a letter | of
    intent', 'received reports | of hate crimes'), or the relative clause of an amount word it ends on
    ('the little | that was left'); None when the label keeps it or ends otherwise."""
    last = _last_printed(label, sent)
    if last is not None and last.pos_ == "ADJ" and last.lower_ in _AMOUNT_HEADS:
        return _amount_clause(last)
    return _of_phrase_part(label, sent, last) if last is not None and last.pos_ in ("NOUN", "PROPN") else None


def _of_phrase_part(label: str, sent: Span, last: Token) -> LeftOut | None:
    """The left-out 'of' phrase right after the noun the label ends on."""
    parts = left_out_parts(label, sent)
    return next((p for p in parts if p.at_end and p.token.head == last and p.token.lower_ == "of"
                 and next_to(last, p.token)), None)


def _amount_clause(last: Token) -> LeftOut | None:
    """'picked through the little | that was left of their communities': an amount word the label ends
    on says of what only with its relative clause."""
    rel = next((c for c in last.children if c.dep_ == "relcl" and next_to(last, c)), None)
    return LeftOut("noun-relcl", rel, True) if rel is not None else None


def _of_phrase_kept(label: str, sent: Span) -> str:
    """The label with the 'of' phrase of the noun it ends on put back within a headline's length
    ('Milton Roy signed a letter' -> '... a letter of intent'); the label as it was when none fits."""
    part = noun_part(label, sent)
    return (_part_within(label, sent, part.token, MAX_LABEL_WORDS) or label) if part is not None else label


def cut_in_main_clause(label: str, sent: Span) -> bool:
    """The label is cut short (cut_short) of a part its main clause needs, not one inside an adverbial
    phrase or clause of it ('ceased trading after failing to secure a deal | needed to ...' reads whole)."""
    part = required_part(label, sent) or noun_part(label, sent)
    if part is None:
        return False
    kept = {t.i for t in aligned(label, sent)}
    t = part.token.head
    while t.i in kept and t.head != t:
        if t.dep_ in ("advcl", "pcomp") or t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return True


def cut_short(label: str, sent: Span) -> bool:
    """The label still leaves out a part it needs (required_part) or the 'of' phrase of the noun it
    ends on (noun_part): no repair made it whole."""
    return required_part(label, sent) is not None or noun_part(label, sent) is not None
