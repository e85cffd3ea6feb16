"""Whether a realised text (stem, statement, label) keeps every core part of the source clause it
re-words, and whether a question re-parses as one well-formed clause."""
from __future__ import annotations

import difflib
import functools
import re

from lemminflect import getAllInflections
from spacy.tokens import Doc, Span, Token

from .clauses import joined_to_date, quoted_after_object
from .nlp import load
from .fuller import antecedent
from .referents import PRONOUN_NAMES
from .syntax import after_comma
from .wordlists import word_set

# dependents a verb cannot lose: its object, its complement, its particle, its verb or clause complement
# ('lent the firm money' or 'lent money (to the firm)': an indirect object is optional, so 'dative' is not among them)
_CORE = ("dobj", "attr", "oprd", "acomp", "xcomp", "ccomp", "prt")
_NAMING = word_set("object_complement_verbs")       # 'called the plan (a failure)'
_TIME_USE = word_set("time_use_verbs")              # 'spent two years (in the army)'
_DEICTIC = word_set("deictic_present_times")        # 'today', 'these days'
_STATIVE = word_set("stative_verbs")
_ADVERBIAL_HEADS = word_set("adverbial_head_nouns") | word_set("time_nouns")     # 'the day he left'
_MOVED = ("WDT", "WP", "WP$", "WRB")                # relative and question words stand elsewhere
_DASHES = ("–", "—", "--")
_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")      # '5,500' as one word (and its pieces)
_WORD_PIECE = re.compile(r"\d+|[^\W\d_]+")           # '100m' in two, as the tokenizer splits it
_DASHED = re.compile(r"[^\W_]+(?:[-\u2013\u2014][^\W_]+)+")     # '50–48', one token to the tokenizer


@functools.lru_cache(maxsize=4096)
def reparse(text: str) -> Doc:
    """The realised text parsed on its own by the article's model (cached: checks re-read a text)."""
    return load()(text)


def missing_part(source: Span, text: str, answer: str = "") -> str | None:
    """The core part of a source verb the text keeps but prints without it ('called the plan' of
    'called the plan a failure', 'When does X chair?' of 'X chairs the board'), or a phrase
    set off by dashes printed without the word it belongs to; None when the text is complete. Words
    of `answer` (what a question asks for, or a false statement's true version) count as printed."""
    found = lost_core(source, text, answer)
    if found is not None:
        verb, lost = found
        return f"it keeps '{verb.text}' but leaves out its '{_head_words(lost)}'"
    return _stray_aside(source, _words(text) | _words(answer)) or cut_phrase(source, text, answer)


def lost_core(source: Span, text: str, answer: str = "") -> tuple[Token, Token] | None:
    """(verb, part) of the first source verb the text prints without a core part of it (see
    `missing_part`); the part is the relative clause's antecedent noun when it is a gap object."""
    said = _words(text) | _words(answer)
    # a question re-words its verb ('When did the mayor chair?', where the parser may read 'chair' as a
    # noun): any of its words' lemmas may be the verb; a statement's verb is one the parser reads so
    question = text.rstrip().endswith("?")
    lemmas = {t.lemma_.lower() for t in reparse(text) if question or t.pos_ in ("VERB", "AUX")}
    for verb in _kept_verbs(source, said, lemmas):
        lost = _lost_part(verb, said)
        if lost is None:
            lost = _gap_object(verb)
            lost = lost if lost is not None and lost.lower_ not in said else None
        if lost is not None:
            return verb, lost
    return None


def malformed(text: str) -> str | None:
    """The question's own parse is no clause: its 'do' is followed by a finite verb ('Why does any
    driver ... faces a long wait?', 'When did X received ...?')."""
    for t in reparse(text):
        if t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBD") and not _base_form(t) and any(
                c.dep_ == "aux" and c.lemma_ == "do" and c.i < t.i for c in t.children):
            return f"'{t.text}' keeps its ending after the question's 'do'"
    return None


def _base_form(t: Token) -> bool:
    """The word is some verb's base form ('set'; 'found' a party, 'saw' wood), as a question's verb
    after 'do' must be."""
    return t.lower_ == t.lemma_.lower() or bool(getAllInflections(t.lower_, upos="VERB"))


def deictic_present(verb: Token, time: list[Token]) -> bool:
    """'today' or 'these days' as the time of a present state ('it all seems odd today'): the
    word only says 'as written', so a when-question on it asks nothing. 'Today's announcement' dates
    a noun, not the verb, and is left alone."""
    if not time or " ".join(t.lower_ for t in time) not in _DEICTIC:
        return False
    if not any(t.head == verb and t.dep_ in ("npadvmod", "advmod") for t in time):
        return False
    return _present(verb) or verb.lemma_.lower() in _STATIVE


def _present(verb: Token) -> bool:
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBZ", "VBP") for t in finite) and not any(t.tag_ == "MD" for t in finite)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) + re.findall(r"[^\W_]+", text) + _WORD_PIECE.findall(text)
            + _DASHED.findall(text)}


def _kept_verbs(source: Span, said: set[str], lemmas: set[str]) -> list[Token]:
    """The source's clause verbs the text prints, by form or (re-worded: 'does X chair') by lemma; of
    two with one lemma, neither (which one the text means is unknown). 'be' and 'have' are left out:
    their forms are also the text's auxiliaries."""
    verbs = [t for t in source if _clause_verb(t)]
    kept = [v for v in verbs if v.lower_ in said or v.lemma_.lower() in lemmas]
    return [v for v in kept if sum(w.lemma_ == v.lemma_ for w in verbs) == 1]


def _clause_verb(t: Token) -> bool:
    return t.pos_ == "VERB" and t.lemma_ not in ("be", "have") and t.dep_ not in ("aux", "auxpass")


def _lost_part(verb: Token, said: set[str]) -> Token | None:
    """A core part of the verb the text leaves out; of two with one role ('lost the game, as well as
    its captain'), one printed is enough."""
    parts = _core_parts(verb)
    for child in parts:
        if all(_lost(c, said) for c in parts if _role(c) == _role(child)):
            return child
    return None


def _gap_object(verb: Token) -> Token | None:
    """The noun a relative clause without 'that' takes as its object: 'the heavy rain (that) most
    of the region saw' (which the parser may hang on the verb before it)."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark") or c.tag_ in _MOVED for c in verb.children):
        return None
    noun = _antecedent(verb)
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in _ADVERBIAL_HEADS \
        else None


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause hangs from; where the parser made the clause another verb's, the
    object of a preposition right before its subject ('for the heavy rain | most of ...'), not a
    verb's object ('told reporters | the plan failed' reports a clause)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i or subj.left_edge.i == 0 or after_comma(subj):
        return None         # '..., Nassar turned to the courtroom': a clause after a comma is no contact relative
    if verb.dep_ == "relcl":
        return verb.head
    before = verb.doc[subj.left_edge.i - 1]
    return before if verb.dep_ in ("advcl", "ccomp") and before.dep_ == "pobj" else None


def _role(t: Token) -> str:
    """Phrases that do one job: objects with objects; the phrases after a verb spending time ('in the
    army', 'building roads') with each other."""
    return "after" if t.dep_ in ("prep", "advcl", "xcomp") else t.dep_


def _core_parts(verb: Token) -> list[Token]:
    """The verb's core dependents; of a naming verb also what it calls its object, which the parser
    hangs on the object as an apposition ('called the plan (“a failure”)'); of a verb spending time,
    the phrases after it that say where or on what ('spent two years (in the army)')."""
    parts = [c for c in verb.children if c.dep_ in _CORE and not _read_as_core(c, verb)]
    lemma = verb.lemma_.lower()
    if lemma in _NAMING:
        parts += _names_given(parts)
    if lemma in _TIME_USE:
        parts += [x for c in verb.children if _said_after(c, verb) for x in undated_phrases(c)]
    return parts


def _read_as_core(c: Token, verb: Token) -> bool:
    """A dependant the parser gave a core role that is none: a relative clause, a dash aside, or a
    quotation after the object ('announced the death with these words: "..."')."""
    return _relative_read_as_complement(c, verb) or _dash_aside(c) or quoted_after_object(c, verb)


def _dash_aside(c: Token) -> bool:
    """'perished -- a terrible loss for the country': a noun phrase after a dash comments on the
    whole clause; the parser's object or attribute of the verb is none."""
    edge = c.left_edge
    return c.pos_ in ("NOUN", "PROPN") and edge.i > 0 and c.doc[edge.i - 1].text in ("--", "\u2014", "\u2013")


def _relative_read_as_complement(c: Token, verb: Token) -> bool:
    """'unveiled a device Tuesday that is the size of a deck of cards': a clause whose subject is a
    relative 'that' after the verb's object tells of the object; the parser's complement is none."""
    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return c.dep_ == "ccomp" and subj is not None and subj.lower_ in ("that", "which", "who") and \
        subj.i == c.left_edge.i and any(o.dep_ == "dobj" and o.i < subj.i for o in verb.children)


def undated_phrases(c: Token) -> list[Token]:
    """A phrase after a verb spending time; of a dated one ('in the early 1980s in the office'), the
    undated phrases inside it, which say where the time went."""
    if not any(_adjunct_word(t) for t in c.subtree):
        return [c]
    return [g for g in c.subtree if g.dep_ == "prep" and g != c and not any(_adjunct_word(t) for t in g.subtree)]


def _said_after(c: Token, verb: Token) -> bool:
    return c.dep_ in ("prep", "advcl") and c.i > verb.i


def _names_given(parts: list[Token]) -> list[Token]:
    """What a naming verb calls its object: an apposition after the object."""
    objects = [c for c in parts if c.dep_ == "dobj"]
    return [a for c in objects for a in c.rights if a.dep_ == "appos"]


def _lost(child: Token, said: set[str]) -> bool:
    """A core dependent none of whose words the text prints. A relative pronoun moves ('the plant that
    the city sold'), and a clock time or date the parser read as an object ('at noon local time')
    is an adjunct: neither counts."""
    if child.lower_ in said or child.lower_ in ("that", "so") or any(_adjunct_word(t) for t in child.subtree):
        return False
    named = child.doc.user_data.get(PRONOUN_NAMES, {}).get(child.i) if child.tag_ == "PRP" else None
    if named and _words(named) <= said:
        return False          # 'to approve her' printed 'to approve Maria Ortega'
    return not said.intersection(_content_words(child)) and not _printed_by_name(child, said)


def _printed_by_name(child: Token, said: set[str]) -> bool:
    """A bare 'the company' the text prints as the article named it ('running the company' printed
    'running Acme Tools': question stems name such a noun, references.py)."""
    if child.pos_ != "NOUN" or [c.lower_ for c in child.children] != ["the"]:
        return False
    name = antecedent(child)
    return bool(name) and _words(name) - {"the"} <= said


def _content_words(child: Token) -> list[str]:
    """The phrase's words that are not function words (all its words if it has no other)."""
    sub = [t for t in child.subtree if not t.is_punct]
    return [t.lower_.rstrip(".") for t in sub if not t.is_stop] or [t.lower_.rstrip(".") for t in sub]


def _adjunct_word(t: Token) -> bool:
    return t.tag_ in _MOVED or t.ent_type_ in ("DATE", "TIME")


def _head_words(child: Token) -> str:
    words = [t.text for t in child.subtree if not t.is_punct]
    return " ".join(words[:4]) + (" ..." if len(words) > 4 else "")


def _stray_aside(source: Span, said: set[str]) -> str | None:
    """'the fines against her – along with the unpaid rent – the main reason': the text prints the aside
    between dashes but not the word it follows, so the aside reads as said of something else."""
    marks = [t.i for t in source if t.text in _DASHES and not _between_numbers(t)]
    for a, b in zip(marks[::2], marks[1::2]):
        inside = [t.lower_ for t in source.doc[a + 1:b] if t.is_alpha and not t.is_stop]
        before = _word_before(source, a)
        if before is not None and _printed_without(inside, before, said):
            return f"it prints the aside '{' '.join(inside[:4])}' without '{before.text}', the word it belongs to"
    return None


def _printed_without(inside: list[str], before: Token, said: set[str]) -> bool:
    """Most of an aside of two words or more printed, the word before it not."""
    return len(inside) >= 2 and before.lower_ not in said and sum(w in said for w in inside) * 2 > len(inside)


def _word_before(source: Span, i: int) -> Token | None:
    return next((t for t in reversed(source.doc[source.start:i]) if t.is_alpha), None)


def _between_numbers(dash: Token) -> bool:
    """'won 3 – 0': the dash of a score or range, no aside."""
    doc = dash.doc
    return 0 < dash.i < len(doc) - 1 and doc[dash.i - 1].like_num and doc[dash.i + 1].like_num


# --------------------------------------------------------------------------- whole phrases at both ends
# a word that stands before its head: printed without that head, its phrase is cut ('A vehicle was', 'co-')
# (not a subject: 'According to X, ...' and a name put for 'it' print a subject without its verb)
_LEFT_MODIFIERS = ("det", "poss", "predet", "compound", "nummod", "amod", "quantmod", "case", "aux", "auxpass", "neg")
_LOST_OPENERS = ("det", "poss")                     # 'Disney's $6.99 service' printed as '$6.99 service'


def cut_phrase(source: Span, text: str, answer: str = "") -> str | None:
    """The text starts or ends in the middle of a phrase of its source sentence, read off the
    sentence's parse: its first word hangs on a word before it that it does not print ('2016 were
    released' of 'held since 2016 were released'; '1.64 GW and Seoul plans' of 'reached 1.64 GW and
    Seoul plans'), or its noun lost its determiner or owner ('$6.99 service' of "Disney's $6.99
    service"); a word printed before its head lacks that head ('A vehicle was'); or it starts or ends
    inside a word ('CEO and co-'). Words of `answer` count as printed; a question is judged at its
    end only (it re-words its start)."""
    runs, seen, first = _aligned(source, text)
    if not runs:
        return None
    question = text.rstrip().endswith("?")
    printed = _words(answer) | ({t.lemma_.lower() for t in reparse(text)} if question else set())
    if first is not None and not question:
        problem = _cut_start(first, runs, seen, printed)
        if problem:
            return problem
    return _headless_word(source, runs, seen, printed, _words(text)) or _inside_word(source, text, question)


def _aligned(source: Span, text: str) -> tuple[set[int], set[int], Token | None]:
    """The source tokens the text prints in runs of two words or more, those it prints at all (in
    the sentence's order), and the token its first word is (None when no run opens the text)."""
    pairs = _word_tokens(source)
    said = _WORD_PIECE.findall(text.lower())
    blocks = difflib.SequenceMatcher(None, [w for w, _ in pairs], said, autojunk=False).get_matching_blocks()
    spans = [([t for _, t in pairs[a:a + size]], b) for a, b, size in blocks if size]
    return _indices(toks for toks, _ in spans if len(toks) >= 2), _indices(toks for toks, _ in spans), _opening(spans)


def _word_tokens(source: Span) -> list[tuple[str, Token]]:
    """Each word of the sentence with its token ('5,500' gives two)."""
    return [(w.lower(), t) for t in source for w in _WORD_PIECE.findall(t.text)]


def _indices(spans) -> set[int]:
    return {t.i for toks in spans for t in toks}


def _opening(spans: list[tuple[list[Token], int]]) -> Token | None:
    opening = next((toks for toks, b in spans if b == 0), [])
    return opening[0] if len(opening) >= 2 and _runs_on(opening[0], opening[-1]) else None


def _runs_on(first: Token, last: Token) -> bool:
    """The text's first run goes on past the first word's phrase as the source does: a start is judged
    there only (not where a name put for 'it' precedes the clause: 'the test | was introduced')."""
    return last.i > _largest_opened(first).right_edge.i


def _inside_word(source: Span, text: str, question: bool) -> str | None:
    """The text's last word is the first piece of a hyphenated source word ('CEO and co-' of 'co-founder'),
    or (a statement) its first word a last piece ('Founder X' of 'co-founder X')."""
    core, src = text.strip().rstrip(".!?").strip().lower(), source.text.lower()
    tail, head = core[-12:], core[:12]
    at = src.find(tail)
    if tail.endswith("-") and at >= 0 and src[at + len(tail):at + len(tail) + 1].isalnum():
        return f"it ends inside the word '{tail.split()[-1]}...'"
    at = src.find(head)
    if not question and at > 0 and src[at - 1] == "-" and head[:1].isalnum():
        return f"it starts inside the word '...-{head.split()[0]}'"
    return None


def _printed(t: Token, seen: set[int], printed: set[str]) -> bool:
    """Printed, or a sign the words do not align ('%')."""
    return not any(ch.isalnum() for ch in t.text) or t.i in seen or t.lower_ in printed or t.lemma_.lower() in printed


def _cut_start(first: Token, covered: set[int], seen: set[int], printed: set[str]) -> str | None:
    """The first word's largest phrase (of which it is the first word) hangs on an unprinted word
    before it, and the text goes on past that phrase; or its noun lost its determiner or owner."""
    top = _largest_opened(first)
    head = top.head
    if head.i < first.i and not _printed(head, seen, printed) and not covered <= {t.i for t in top.subtree} \
            and not _name_of(top) and not joined_to_date(top):
        return f"it starts inside the phrase of '{head.text}' ('{first.text}' belongs to it)"
    lost = _lost_opener(first, head, covered)
    return f"it starts without the '{lost.text}' of '{head.text}'" if lost is not None else None


def _lost_opener(first: Token, noun: Token, covered: set[int]) -> Token | None:
    """The determiner or owner of a printed common noun, standing before the text's first word."""
    if noun.i < first.i or noun.pos_ != "NOUN" or noun.i not in covered:
        return None
    return next((c for c in noun.lefts if c.dep_ in _LOST_OPENERS and c.i < first.i and c.i not in covered), None)


def _name_of(top: Token) -> bool:
    """'Maria Lopez' of 'the young lawyer Maria Lopez': a name in apposition stands for its noun."""
    return top.dep_ == "appos" and top.pos_ == "PROPN"


def _largest_opened(first: Token) -> Token:
    """The largest phrase whose first word is `first`."""
    top = first
    while top.head != top and _left_edge(top.head) == first:
        top = top.head
    return top


def _left_edge(t: Token) -> Token:
    """The first word of the phrase, not counting an opening mark."""
    return next((x for x in t.subtree if not x.is_punct), t)


def _headless_word(source: Span, covered: set[int], seen: set[int], printed: set[str], said: set[str]) -> str | None:
    """A printed word that stands before its head (a determiner, auxiliary, owner ...) whose head the
    text does not print."""
    for i in sorted(covered):
        t = source.doc[i]
        if t.dep_ in _LEFT_MODIFIERS and t.head.i > t.i and not _head_said(t.head, seen, printed, said) \
                and not _said_elsewhere(t, source, seen):
            return f"it prints '{t.text}' without '{t.head.text}', the word it belongs to"
    return None


def _said_elsewhere(t: Token, source: Span, seen: set[int]) -> bool:
    """The word is also the source's word before another printed head ('in the early 1980s in the
    office' printed 'in the office'): which one the text prints is unsure."""
    return any(u.lower_ == t.lower_ and u.i != t.i and u.head.i in seen for u in source)


def _head_said(head: Token, seen: set[int], printed: set[str], said: set[str]) -> bool:
    """The head or what stands for it is printed: a verb joined to it shares its subject and auxiliary
    ('was closed in 1990 and rebuilt': 'was rebuilt'); a noun's clause re-worded as the clause of its
    owner ("the team's announcement they would join": 'The team will join'), a verb inside the head's
    phrase given its subject and auxiliary ('Born in 1912, X was ordained': 'X was born'; 'will
    undergo repairs before sailing': 'will sail'; the clause right after the noun, however parsed)."""
    return any(_printed(x, seen, printed) for x in (head, *head.conjuncts)) or \
        any(c.pos_ == "VERB" and c != head and _printed(c, seen, said) for c in head.subtree) or \
        any(c.pos_ == "VERB" and _printed(c, seen, said) for c in head.doc[head.i + 1:head.i + 4])
