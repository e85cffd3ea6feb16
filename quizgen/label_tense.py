"""Headline wording of a finished timeline label: the story's own point of view taken out. A timeline
line stands beside its own date, so a past perfect, which tells a happening as earlier than the
story's moment ('Critics had called the team boring'), reads as background lifted from the text; a
headline says it in the simple past ('Critics called the team boring'). A 'this'/'that' before a noun
points at the story around the sentence ('this Spain team'), which the line has not got; 'the' is what
a headline writes."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .clauses import subject_of
from .label_choice import word_alignment
from .phrasing import inflect
from .wordlists import word_set

_TIME_NOUNS = word_set("time_nouns")            # 'this week', 'that day': the story's own time, a date
_POINTING = frozenset({"this", "that", "these", "those"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})


def headline_worded(label: str, sent: Span) -> str:
    """The label with its past perfects in the simple past and its pointing 'this'/'that' as 'the';
    unchanged when it has neither, or its words cannot be matched to the sentence."""
    if not label:
        return label
    words = label.split()
    pairs = word_alignment(label, sent)
    at = {tok.i: n for n, tok in pairs}
    for _, tok in pairs:
        if tok.lower_ == "had":
            _simple_past(words, at, tok)
        elif _pointing_determiner(tok):
            words[at[tok.i]] = "The" if at[tok.i] == 0 else "the"
    text = " ".join(w for w in words if w)
    return text[:1].upper() + text[1:]


def _simple_past(words: list[str], at: dict[int, int], had: Token) -> None:
    """'had risen' -> 'rose', 'had been killed' -> 'were killed', in place; nothing for a negated one
    ('had not won', whose 'not' a label keeps beside its auxiliary), a progressive, or one whose words
    the label split."""
    verb = had.head
    if not _plain_perfect(had):
        return
    been = next((c for c in verb.children if c.dep_ == "auxpass" and c.lower_ == "been"), None)
    if been is None:
        _active_past(words, at, had)
    elif been.i in at and at[been.i] == at[had.i] + 1 and _past_be(verb):
        words[at[had.i]], words[at[been.i]] = "", _past_be(verb)


def _plain_perfect(had: Token) -> bool:
    """'had' as the auxiliary of a past participle with no 'not' or 'never' on it."""
    verb = had.head
    return had.dep_ == "aux" and verb.tag_ == "VBN" and not any(c.dep_ == "neg" for c in verb.children)


def _active_past(words: list[str], at: dict[int, int], had: Token) -> None:
    """'had risen' -> 'rose', with a participle joined to it ('had risen and fallen' -> 'rose and fell')."""
    verb = had.head
    forms = [(t, inflect(t.lemma_.lower(), "VBD")) for t in [verb, *_joined_participles(verb)]]
    if any(not past or t.i not in at for t, past in forms):
        return
    for t, past in forms:
        words[at[t.i]] = past + words[at[t.i]][len(t.text):]      # a comma after it stays
    words[at[had.i]] = ""


def _joined_participles(verb: Token) -> list[Token]:
    """The participles joined to the verb that share its 'had' ('had risen and fallen')."""
    return [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and
            not any(x.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for x in c.children)]


def _past_be(verb: Token) -> str:
    """'was' or 'were', as the passive's subject takes; '' when it has none the parse shows."""
    subj = subject_of(verb)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = verb.head         # 'women who had been killed': the relative's noun says how many
    if subj is None:
        return ""
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _PLURAL_PRONOUNS or \
        any(c.dep_ == "conj" for c in subj.children)
    return "were" if plural else "was"


def _pointing_determiner(tok: Token) -> bool:
    """'this Spain team', 'that ambition': a 'this'/'that' before a noun that is no time of the story."""
    head = tok.head
    return tok.lower_ in _POINTING and tok.dep_ == "det" and head.pos_ in ("NOUN", "PROPN") and \
        head.lemma_.lower() not in _TIME_NOUNS and not head.ent_type_ in ("DATE", "TIME") and \
        not tok.ent_type_ in ("DATE", "TIME")
