"""Whole clauses only: a question the realiser cannot state completely (a cut sentence, a dangling
'and', a blank in a dateline or phone number) or whose time phrase belongs to another clause is refused."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..clauses import ATTRIBUTION_VERBS
from ..completeness import reparse
from ..model import Question
from ..nlp import ents_in
from ..referents import person_noun
from ..syntax import FINITE_TAGS
from ..wordlists import pattern, word_set
from .standalone import standalone_problem
from .stated import group_named_before

_BLANK = "_____"
_DATELINE = re.compile(r"\(\s*[A-Z][\w .]{0,20}\)\s*_(?!_)|^\s*_{5}\s*,\s*[A-Z][\w. ]+\(")
_PHONE = re.compile(r"\(\s*\d{2,4}(?:-\d+)?\s*\)\s*[\d_]|\d{3}-\d{3,4}\b|_{5}-\d|\d-_{5}")
_DANGLING = re.compile(pattern("dangling_conjunction"), re.I)
_YEAR = re.compile(pattern("year_number"))
_PERSONAL = word_set("subject_pronouns")
_PLURAL_VAGUE = re.compile(r"^\W*(?:both|the two|all three|the three)\b", re.I)


def fragment_problem(q: Question, sentence: Span) -> str | None:
    """The question's source clause cannot be stated completely, or its blank tests no reading."""
    if q.type in ("order_events",):
        return None
    text = sentence.text.strip()
    if re.search(r"[,\-–—_]$|\w$", text):
        return "the evidence sentence is cut off, so the question is built on a fragment"
    prompt = q.prompt.strip()
    if q.type in ("fill_blank", "true_false"):
        problem = _statement_problem(q, prompt, sentence)
        if problem:
            return problem
    if re.search(r"\b\d+ \d+\b", prompt) and re.search(r"\b\d+-\d+\b", text):
        return "the question drops the dash of a score or range ('89-52')"
    if _PHONE.search(text) and q.type != "who_said":
        return "the sentence is an address or phone number, not news"
    return _garbled_stem(q, prompt, sentence) or _cut_at_end(q, prompt, sentence) or \
        standalone_problem(q, prompt, sentence)


# --------------------------------------------------------------------------- last well-formedness check
# 'to finally, after another year of trying.': the aside after 'to' runs to the end, its verb lost
_TO_COMMA = re.compile(r"\bto(?:\s+\w+ly)?\s*,[^,]*$", re.I)
_TO_ADVERB_COMMA = re.compile(r"\bto\s+\w+ly\s*,[^,]*$", re.I)   # a question may strand 'to' ('lose to, ...')
_TO_END = re.compile(r"\bto(?:\s+\w+ly)?\s*[.!?]?[\"”’]?\s*$", re.I)      # a statement ending on 'to'
_TO_ADVERB_END = re.compile(r"\bto\s+\w+ly\s*\?\s*$", re.I)                 # 'to finally?'
# a text ending on a mark with no full stop after it ('... his account:'); a mark before the stop is stated.py's
_MARK_END = re.compile(r"[,;:–—]\s*[\"”’]?\s*$")
_DASHES = ("—", "–", "--")
_BETWEEN_CLAUSES = (*_DASHES, ";", ":")
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
# 'White House tallied the totals how.': a statement ending on a question word
_WH_END = re.compile(pattern("statement_ending_question_word"), re.I)
# 'Here's how UGA tallied the totals.': a transition to what follows, which asserts nothing
_TRANSITION = re.compile(pattern("statement_transition_opening"), re.I)


def ill_formed(q: Question, prompt: str, sentence: Span) -> str | None:
    """The printed stem or statement is no well-formed English, whatever the realiser meant: a 'to'
    left without its verb, a mark left before the end, the dash or colon between two clauses lost, a
    verb that lost its 'will' and no longer agrees, a verbless piece joined by ', and'."""
    if q.type in ("who_said", "order_events"):
        return None
    statement = q.type in ("true_false", "fill_blank")
    body = prompt.replace(_BLANK, str(q.answer)) if q.type == "fill_blank" else prompt
    to_comma, to_end = (_TO_COMMA, _TO_END) if statement else (_TO_ADVERB_COMMA, _TO_ADVERB_END)
    if to_comma.search(body) or to_end.search(body):
        return "a 'to' is left without its verb"
    if _MARK_END.search(body):
        return "a comma or dash is left before the end"
    return _lost_mark(body, sentence) or _lost_auxiliary(body, sentence) or \
        (_statement_shape(body, sentence, q.type == "true_false") if statement else None)


def _statement_shape(text: str, sentence: Span, derived: bool) -> str | None:
    """A statement that is no sentence: a verbless piece after ', and', a question word at the end, a
    transition to what follows; for a statement the realiser derived (true/false), no main verb or a
    subject cut from its verb."""
    if _WH_END.search(text):
        return "the statement ends on a question word ('Here's how X did it' turned round)"
    if _TRANSITION.search(text):
        return "the statement is a transition ('Here's how ...') that asserts nothing"
    return _verbless_conjunct(text) or (_verbless_main(text) or _cut_subject(text, sentence) if derived else None)


def _lost_mark(text: str, sentence: Span) -> str | None:
    """A dash, colon or semicolon of the sentence lost between two words, or one of a pair of dashes."""
    return _lost_clause_mark(text, sentence) or _half_aside(text, sentence)


def _lost_clause_mark(text: str, sentence: Span) -> str | None:
    """'the heart of X’s brand his real estate empire' of '... brand – his real estate empire': the
    words either side of a dash, colon or semicolon of the sentence printed side by side without it."""
    for tok in sentence[1:-1]:
        if tok.text not in _BETWEEN_CLAUSES:
            continue
        before, after = tok.nbor(-1), tok.nbor(1)
        if before.is_alpha and after.is_alpha and re.search(
                rf"(?<!\w){re.escape(before.text)}\s+{re.escape(after.text)}(?!\w)", text):
            return f"the '{tok.text}' between '{before.text}' and '{after.text}' is lost"
    return None


def _half_aside(text: str, sentence: Span) -> str | None:
    """'after the balloon -- tossed by heavy winds in 1997.' of '... balloon -- tossed by heavy winds --
    struck a pole': an aside the sentence sets off between two dashes, printed with its opening dash
    only (its closing one and what follows it lost)."""
    for mark in _DASHES:
        pairs = sum(1 for t in sentence if t.text == mark)
        if pairs >= 2 and pairs % 2 == 0 and len(re.findall(rf"(?<!\S){re.escape(mark)}(?!\S)", text)) % 2:
            return f"an aside between two '{mark}' keeps only its opening one"
    return None


_DASHES = ("—", "–", "--")


def _lost_auxiliary(text: str, sentence: Span) -> str | None:
    """'earth exceed 3°C' of 'earth will exceed 3°C': a verb printed without the auxiliary the
    sentence gives it, after a singular subject it no longer agrees with (read from the text's own parse)."""
    helped = {t.lower_ for t in sentence if (t.tag_ == "VB" and _modal(t)) or _shares_modal(t)}
    if not helped:
        return None
    for t in reparse(text):
        subj = _singular_subject(t) if t.tag_ == "VBP" and t.lower_ in helped else None
        if subj is not None:
            return f"'{t.text}' lost its auxiliary and does not agree with '{subj.text}'"
    return None


def _singular_subject(verb: Token) -> Token | None:
    """The singular subject before a verb without auxiliaries, or None."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj if subj is not None and _singular(subj) else None


def _singular(subj: Token) -> bool:
    """A singular noun or 'he', 'she', 'it', not joined to another by 'and'."""
    return (subj.tag_ in ("NN", "NNP") or subj.lower_ in _SINGULAR_PRONOUNS) and \
        not any(c.dep_ == "conj" for c in subj.children)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.i < verb.i for c in verb.children)


def _shares_modal(verb: Token) -> bool:
    """'earth will pass 1.5°C ... and exceed 2°C': a joined verb without a subject of its own shares
    the modal of the verb it is joined to (the tagger may read it as a present tense)."""
    return verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and _modal(verb.head) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)


def _verbless_conjunct(text: str) -> str | None:
    """'X won his last championship, and 20 years since his first.': after a whole clause, ', and'
    joins a piece with no verb that is no item of a list and no adverbial ('and again in 2014')."""
    doc = reparse(text)
    if any(t.lower_ == "and" and t.nbor(-1).text == "," and _verbless_after(doc, t) for t in doc[1:]):
        return "', and' joins a piece with no verb to the clause"
    return None


def _verbless_main(text: str) -> str | None:
    """'According to X, the bill the president signed into law last month.': the statement's own parse
    finds no main verb (its root is 'According') or gives its verb two subjects (the claim about a noun
    lost, leaving the noun and its relative clause)."""
    root = next((t for t in reparse(text) if t.dep_ == "ROOT"), None)
    if root is not None and (root.lower_ == "according" or _two_subjects(root)):
        return "the statement has no main verb of its own"
    return None


def _two_subjects(root: Token) -> bool:
    """The parse gives the verb two subjects with only words between them ('the bill the president
    signed'); subjects a comma or a conjunction parts are one subject the parser split: a list ('energy
    from gas, wind and coal increased') or a place set off ('The Wilmington, Del. company reported')."""
    subjects = sorted((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda t: t.i)
    doc = root.doc
    return any(not any(t.is_punct or t.dep_ == "cc" for t in doc[a.i:b.i]) for a, b in zip(subjects, subjects[1:]))


def _cut_subject(text: str, sentence: Span) -> str | None:
    """'Investors are interested in comparison and IFRS.' of '... and IFRS should be the facilitator':
    the sentence goes on from the statement's last word with a finite verb, whose subject it cut off."""
    core = text.rstrip(" .!")
    at = sentence.text.find(core)
    if not core or at < 0:
        return None
    end = sentence.start_char + at + len(core)
    after = next((t for t in sentence if t.idx >= end and not t.is_space), None)
    if after is not None and after.idx == end + 1 and after.tag_ in FINITE_TAGS:
        return f"the statement stops before '{after.text}', the verb of its last words"
    return None


def _verbless_after(doc, conj: Token) -> bool:
    """A finite verb between the comma before `conj` and the mark before it, and no verb after it."""
    start = next((j + 1 for j in range(conj.i - 2, -1, -1) if doc[j].text in (",", ";")), 0)
    before, after = doc[start:conj.i - 1], [x for x in doc[conj.i + 1:] if not x.is_punct]
    if not after or after[0].pos_ in ("ADV", "ADP", "SCONJ", "VERB", "AUX"):
        return False
    return any(x.tag_ in FINITE_TAGS for x in before) and not any(x.pos_ in ("VERB", "AUX") for x in after)


def _garbled_stem(q: Question, prompt: str, sentence: Span) -> str | None:
    """Two time phrases run together, a possessive left without its noun ('NATO's deliver?'), or a
    text that is no well-formed English (`ill_formed`)."""
    if q.type in ("true_false", "multiple_choice", "when") and _TWO_TIMES.search(prompt):
        return "the statement runs two time phrases together"
    m = _OWNER_THEN_WORD.search(prompt)
    if m and any(m.group(1).lower() in (t.lower_, t.lemma_.lower()) and t.pos_ in ("VERB", "AUX") for t in sentence):
        return "the question's subject is a possessive with its noun missing ('NATO's deliver')"
    return ill_formed(q, prompt, sentence)


_TIME_WORD = r"(?:yesterday|today|tomorrow|ago|(?:last|next|this)\s+(?:week|month|year|\w+day)|\w+day)"
_TWO_TIMES = re.compile(rf"\b{_TIME_WORD}\s+(?:and\s+)?{_TIME_WORD}\b", re.I)
_OWNER_THEN_WORD = re.compile(r"\w['’]s\s+(\w+)\s*\?$")


def _cut_at_end(q: Question, prompt: str, sentence: Span) -> str | None:
    """The stem ends on a word whose phrase goes on in the sentence ('in connection' without 'of
    the bombing', 'a time' without 'when ...'): the clause was cut short."""
    if q.type in ("who_said", "fill_blank", "order_events"):
        return None
    words = re.findall(r"[^\W_]+", prompt.lower())
    if not words:
        return None
    said = set(words)
    keep = set(re.findall(r"[^\W_]+", f"{q.answer} {q.explanation or ''}".lower())) if q.type != "true_false" \
        else set()
    for tok in (t for t in sentence if t.lower_ == words[-1]):
        for child in tok.rights:
            sub = [t.lower_ for t in child.subtree if t.is_alpha]
            if _left_out(tok, child, sub, said, keep):
                return f"the question stops at '{tok.text}' and leaves out '{' '.join(sub[:4])} ...'"
    return None


def _left_out(tok: Token, child: Token, sub: list[str], said: set[str], keep: set[str]) -> bool:
    """A defining phrase of two words or more, mostly missing from the stem, not the answer or a time."""
    return _defining_tail(tok, child) and len(sub) >= 2 and not set(sub) & keep \
        and sum(w in said for w in sub) < len(sub) / 2 and not _is_time(child)


def _defining_tail(tok: Token, child: Token) -> bool:
    """A phrase a bare last word cannot do without: 'in connection' without 'of the bombing', 'a time'
    without 'when ...', 'an area' without 'Moscow considers ...'. A noun with modifiers of its own
    ('an overall reform package', 'Newark') stands without its tail; a noun's 'that' clause ('reports
    that ...') says what the noun is, whatever its modifiers."""
    if _content_clause(child):
        return tok.pos_ == "NOUN"
    lefts = list(tok.lefts)
    only_article = all(c.dep_ == "det" and c.lower_ in ("a", "an") for c in lefts)
    if child.dep_ == "prep":
        return tok.pos_ == "NOUN" and not lefts
    if child.dep_ in ("appos", "relcl", "acl"):
        return tok.pos_ == "NOUN" and bool(lefts) and only_article
    return False


def _content_clause(child: Token) -> bool:
    return child.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)


def _is_time(tok: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def _statement_problem(q: Question, prompt: str, sentence: Span) -> str | None:
    """A statement or blank sentence that does not open like a sentence, trails off, or has no verb."""
    first = prompt.lstrip("“\"‘'(")
    if first[:1].islower():
        return "the statement starts in the middle of a sentence"
    if _DANGLING.search(prompt) or _inverted_condition(prompt, sentence):
        return "the statement trails off after a joining word"
    problem = _trivia_blank(q, prompt) if q.type == "fill_blank" else None
    if problem:
        return problem
    whole = prompt.replace(_BLANK, str(q.answer)) if q.type == "fill_blank" else prompt
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX") and re.search(
        r"(?<!\w)" + re.escape(t.text) + r"(?!\w)", whole)]
    if not verbs:
        return "the statement has no verb: it is a piece of a sentence"
    if _plural_guessed(q, prompt, sentence):
        return "the sentence's subject ('Both ...') refers back to people the statement may have guessed wrong"
    return None


def _plural_guessed(q: Question, prompt: str, sentence: Span) -> bool:
    """A statement names the people of the sentence's opening 'Both ...' / 'The two ...' other than
    as the one 'X and Y' of the sentences just before."""
    return q.type == "true_false" and _PLURAL_VAGUE.match(sentence.text) is not None and \
        not _PLURAL_VAGUE.match(prompt) and not group_named_before(q, sentence)


def _inverted_condition(prompt: str, sentence: Span) -> bool:
    """'... and should peace efforts in Kosovo fail': a condition written with 'should' before its
    subject, kept in the statement without the clause it conditions."""
    for tok in sentence:
        if tok.lower_ == "should" and tok.dep_ == "aux" and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in tok.head.children):
            return bool(re.search(r"\bshould\b", prompt, re.I)) and tok.head.text in prompt
    return False


def _trivia_blank(q: Question, prompt: str) -> str | None:
    """A blank in a dateline, a phone number or address, or on a model year."""
    if _DATELINE.search(prompt) or _PHONE.search(prompt):
        return "the blank is in a dateline, phone number or address"
    if isinstance(q.answer, str) and _YEAR.fullmatch(q.answer) \
            and re.search(_BLANK + r"\s+[A-Z]", prompt):
        return "the blank is a model year or label, not a fact of the story"
    return None


def time_attachment_problem(q: Question, sentence: Span, time_text: str | None) -> str | None:
    """A when-question whose time phrase dates another clause or another subject than the one asked
    about, or whose stem still holds a time of its own."""
    from .checks import _find         # a shared helper; checks imports this module
    written = time_text or (q.answer if isinstance(q.answer, str) and q.type != "when" else "")
    toks = _find(sentence, written) if written else []
    words = _prompt_words(q)
    if not toks or not any(t.lower_ in words for t in sentence if t.pos_ in ("VERB", "NOUN", "PROPN")):
        return None                      # a generic stem ('When did it happen?') names no clause
    if q.type != "fill_blank" and _stem_keeps_time(q, sentence, toks):
        return "the question already holds a time of its own"
    noun = _dated_noun(toks)
    if noun is not None and noun.lower_ not in words and noun.lemma_.lower() not in words:
        return f"the time phrase dates '{noun.text}', not what the question asks"
    verb = governing_verb(toks)
    return _verb_problem(q, verb, words, sentence) if verb is not None else None


def _verb_problem(q: Question, verb: Token, words: set[str], sentence: Span) -> str | None:
    """The verb the time phrase dates: a report, another clause, another subject."""
    from .checks import _main_verb
    if (verb.lemma_.lower() in ATTRIBUTION_VERBS or verb.lemma_.lower() == "quote") and not names_an_act(verb):
        return "it asks when something was said or reported, not when it happened"
    if verb.dep_ in ("relcl", "acl") and verb.head.lower_ not in words:
        return f"the time phrase dates a clause about '{verb.head.text}', which the question leaves out"
    asked = _main_verb(q, sentence)
    if asked.i != verb.i and verb.lemma_.lower() not in words and verb.lower_ not in words:
        return f"the time phrase dates '{verb.text}', not what the question asks"
    return _subject_problem(verb, words, sentence)


_ACT_NAMING_VERBS = word_set("act_naming_saying_verbs")
_SAYING_NOUNS = word_set("saying_nouns")
# what under a verb of saying carries what was said: with one of these it reports, whatever its object
_SAID_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def names_an_act(verb: Token) -> bool:
    """'Yoon declared martial law', 'the company announced new offerings': a verb of saying whose only
    content is one noun object, neither a person told ('wrote lawmakers') nor a saying ('announced a
    statement'), with no clause of what was said under it, names an act of the story: its time dates
    that act. Judges kept 'On what date did Yoon Suk Yeol declare martial law?' in four reviews."""
    if verb.lemma_.lower() not in _ACT_NAMING_VERBS or any(c.dep_ in _SAID_DEPS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    return obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("PERSON", "NORP") and not person_noun(obj) \
        and obj.lemma_.lower() not in _SAYING_NOUNS


_DURATION = re.compile(r"\b(?:before|after|earlier|later|seconds?|minutes?|hours?)\b", re.I)


def _prompt_words(q: Question) -> set[str]:
    return set(re.findall(r"[^\W_]+", q.prompt.lower()))


def _stem_keeps_time(q: Question, sentence: Span, toks: list[Token]) -> bool:
    """Another date or time in the stem ('... 10 days ago?', '... last year?')."""
    own = {t.i for t in toks}
    for ent in ents_in(sentence):
        if ent.label_ == "DATE" and not own & {t.i for t in ent} and not _DURATION.search(ent.text):
            if re.search(r"(?<!\w)" + re.escape(ent.text) + r"(?!\w)", q.prompt, re.I):
                return True
    return False


def _dated_noun(toks: list[Token]) -> Token | None:
    """'the bombing last month': the thing the time phrase dates when it hangs from a noun."""
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0]).head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") and head.i not in ids else None


def governing_verb(toks: list[Token]) -> Token | None:
    """The verb the time phrase hangs from (the first verb up from the phrase's head)."""
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])
    tok = head.head
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def _subject_problem(verb: Token, words: set[str], sentence: Span) -> str | None:
    """The dated verb's subject must be the question's: 'who left Cuba in 1962' is Josefa, not Elian;
    a pronoun among several people of the passage may have been resolved to the wrong one."""
    subj = _dated_subject(verb)
    if subj is None:
        return None
    if subj.lower_ in _PERSONAL:
        return None if subj.lower_ in words else _ambiguous_pronoun(sentence)
    proper = _name_words(subj)
    names = {t.lower_ for t in subj.subtree if t.pos_ in ("PROPN", "NOUN")}
    if any(t.pos_ == "PROPN" and t.lower_ not in words for t in proper) or (names and not names & words):
        return f"the time phrase belongs to '{subj.text}', not to the question's subject"
    return None


def _name_words(subj: Token) -> list[Token]:
    """The subject's head and its compounds; of a named subject only the name ("District Court Judge
    Karin Immergut": a title before the name is not a name the question must keep)."""
    proper = [subj, *(c for c in subj.children if c.dep_ == "compound")]
    return [t for t in proper if t.ent_type_ == subj.ent_type_] if subj.ent_type_ else proper


def _dated_subject(verb: Token) -> Token | None:
    """The subject of the dated verb; of a relative clause ('who left'), the noun it hangs from."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _ambiguous_pronoun(sentence: Span) -> str | None:
    """A pronoun subject with more than one person named in the passage up to it."""
    start = max(0, sentence.start - 60)
    people = {e.text for e in ents_in(sentence.doc[start:sentence.end]) if e.label_ == "PERSON"}
    return "the time phrase's subject is a pronoun that may stand for another person" if len(people) > 1 else None
