"""Stems that must read on their own: no counterfactual read as fact, no cut complement, no stray quotation
mark, no comparative without its standard; and blanks that test no reading (an age, 'U.S.', 'several thousand')."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..model import Question
from ..referents import POSSESSIVE_POINTERS, earlier_description, opening_subject, pointing_word, unowned_opening
from ..person_names import TITLE_NOUNS
from ..wordlists import pattern, word_set
from ..fuller import fuller_form
from .references import points_back

_BLANK = "_____"
_ASKING_KINDS = frozenset({"multiple_choice", "when", "why"})
# an inverted condition: 'Had the relatives allowed ...', 'Were the vote to pass ...'
_INVERTING_AUX = frozenset({"had", "were"})
# a participle that needs its complement after a linking verb ('appeared aimed at ...')
_COMPLEMENT_DEPS = frozenset({"acomp", "oprd", "xcomp"})
_TAIL_DEPS = frozenset({"prep", "xcomp", "ccomp", "pcomp", "agent"})
_AGE_APPOSITION = re.compile(r"[A-Z][\w.'’-]*\s*,\s*_{5}\s*,")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2}|[A-Z]{2}")     # 'U.S.', 'UK' (not a product's 'DUV')
_VAGUE_AMOUNT = re.compile(pattern("vague_amount"), re.I)
_FUNCTION_WORDS = word_set("english_function_words")
# a capitalised word before a blank that may stand before a name ('President _____', 'Judge _____')
_BEFORE_NAMES = TITLE_NOUNS | word_set("roles")
_PLACE_FOCUS = frozenset({"city", "place", "state", "country"})
_WORD_BEFORE_BLANK = re.compile(r"(?<=[\w,;:] )([A-Z][a-z]+)\s+_{5}")


def standalone_problem(q: Question, prompt: str, sentence: Span) -> str | None:
    """Why the question's stem does not stand alone or its blank tests nothing, or None."""
    if q.type in ("who_said", "order_events"):
        return None
    whole = prompt.replace(_BLANK, str(q.answer)) if q.type == "fill_blank" else prompt
    problem = _stray_quote(whole) or _part_of_a_quotation(whole, sentence) or _counterfactual(whole, sentence) or _cut_complement(whole, sentence) \
        or _bare_comparative(q, whole, sentence) or _cut_equative(whole, sentence) \
        or _stranded_after_relative(whole, sentence) or _pointing_back(q, whole, sentence) \
        or _whose_figure(q, whole, sentence) or _pointing_opening(q, whole, sentence)
    if problem or q.type != "fill_blank":
        return problem
    return trivial_blank(str(q.answer), prompt, q.focus)


def _stray_quote(text: str) -> str | None:
    """A stem that starts or stops inside a quotation: its quotation marks do not pair up."""
    if text.count("\u201c") != text.count("\u201d") or text.count('"') % 2:
        return "the question starts or ends in the middle of a quotation"
    return None


def _part_of_a_quotation(text: str, sentence: Span) -> str | None:
    """'Exiles will proceed with all their resources?' from 'will now "proceed with all their resources
    to impede or delay" the ruling': the stem keeps the start of a quotation and drops its end."""
    for words in _quotations(sentence):
        if len(words) >= 4 and _has_phrase(text, " ".join(words[:3])) and not _has_phrase(text, " ".join(words[-2:])):
            return "the question keeps only the start of a quotation"
    return None


def _quotations(sentence: Span) -> list[list[str]]:
    """The words inside each pair of curly quotation marks of the sentence."""
    out, current = [], None
    for tok in sentence:
        if tok.text == "\u201c":
            current = []
        elif tok.text == "\u201d" and current is not None:
            out.append(current)
            current = None
        elif current is not None and not tok.is_punct:
            current.append(tok.text)
    return out


def _counterfactual(text: str, sentence: Span) -> str | None:
    """'Had the relatives allowed Elian to return, ...': a condition that did not happen, which the
    stem would state as a fact."""
    for tok in sentence:
        if tok.lower_ in _INVERTING_AUX and _inverted(tok) and _says(text, tok.head):
            return "the question states as a fact what the sentence only supposes ('Had ...')"
    return None


def _inverted(aux: Token) -> bool:
    """An auxiliary before its own clause's subject, opening that clause (no question in news prose)."""
    verb = aux.head
    if aux.dep_ not in ("aux", "auxpass") or aux.i != verb.left_edge.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in verb.children)


def _cut_complement(text: str, sentence: Span) -> str | None:
    """The stem stops at a participle that needs its complement ('... appeared aimed.' without 'at ...')
    or at a verb whose infinitive it leaves out ('are working?' without 'to dismantle ...')."""
    words = re.findall(r"[^\W_]+", text.lower())
    if not words:
        return None
    for tok in (t for t in sentence if t.lower_ == words[-1]):
        tail = _needed_tail(tok)
        if tail and not any(_has_phrase(text, f"{tok.text} {c.text}") for c in tail):
            return f"the question stops at '{tok.text}' and leaves out what completes it"
    return None


def _needed_tail(tok: Token) -> list[Token]:
    """The first words of what must follow the word: a linked participle's phrase ('aimed at'), a
    verb's infinitive ('working to')."""
    if tok.tag_ == "VBN" and _complement(tok):
        return [c for c in tok.rights if c.dep_ in _TAIL_DEPS]
    if tok.pos_ == "VERB":
        # the parser hangs 'working to dismantle' as either; right after the verb it completes it
        return [c.left_edge for c in tok.rights if c.dep_ in ("xcomp", "advcl") and c.left_edge.lower_ == "to"
                and c.left_edge.i == tok.i + 1]
    return []


def _cut_equative(text: str, sentence: Span) -> str | None:
    """'went as far' without 'as to say ...': an 'as ... as' comparison cut after its first half."""
    for tok in sentence:
        if tok.lower_ == "as" and tok.dep_ == "advmod" and tok.i + 2 < sentence.end and \
                sentence.doc[tok.i + 2].lower_ == "as" and tok.head.i == tok.i + 1:
            half = f"as {tok.head.text}"
            if _has_phrase(text, half) and not _has_phrase(text, f"{half} as"):
                return f"the question cuts the comparison '{half} as ...' in half"
    return None


def _complement(participle: Token) -> bool:
    """A participle after a linking verb ('appeared aimed', 'seemed bound'): it needs what follows it."""
    if participle.dep_ in _COMPLEMENT_DEPS:
        return True
    return any(c.dep_ == "auxpass" and c.lemma_.lower() not in ("be", "get") for c in participle.children)


def _bare_comparative(q: Question, text: str, sentence: Span) -> str | None:
    """'Who was less reticent?': a question on a comparison without what it compares with (a
    statement or blank keeps the sentence's own comparison, whose standard the context gives)."""
    if q.type not in _ASKING_KINDS or re.search(r"\bthan\b", text, re.I):
        return None
    for tok in sentence:
        if tok.dep_ not in ("acomp", "attr") or not _says(text, tok):
            continue
        graded = tok.tag_ in ("JJR", "RBR") or any(c.lower_ in ("more", "less") and c.dep_ == "advmod"
                                                  and _says(text, c) for c in tok.children)
        if graded:
            return "the question compares without saying with what ('less reticent' than whom?)"
    return None


def _stranded_after_relative(text: str, sentence: Span) -> str | None:
    """'... 12 brave people at 19,330 feet': a relative clause left out while a phrase of it stays,
    now hanging from the wrong noun."""
    doc = sentence.doc
    for rel in (t for t in sentence if t.dep_ == "relcl" and not _says(text, t)):
        # set off by a dash or comma ('Kilimanjaro — at 19,330 feet'): not the clause's own phrase that
        # the parser hung there ('founded the party ... in a rally Saturday')
        for prep in (t for t in rel.subtree if t.dep_ == "prep" and t.head.i == rel.i and t.i > 0
                     and doc[t.i - 1].is_punct):
            phrase = doc[prep.left_edge.i:prep.right_edge.i + 1].text
            if len(phrase.split()) >= 2 and _has_phrase(text, phrase):
                return "a phrase stays in the statement while the relative clause it belongs to is left out"
    return None


def _pointing_back(q: Question, text: str, sentence: Span) -> str | None:
    """'Who will succeed him in that post?', 'When did X call for Y to revive that unit?': a question
    whose 'that ...' points back at a sentence the learner does not see ('this week' is the story's own
    time; 'that day' is not)."""
    if q.type not in _ASKING_KINDS:
        return None
    for tok in (t for t in sentence if points_back(t)):
        head = tok.head
        # one the sentences just before describe is written in when the references are settled
        if _has_phrase(text, f"{tok.text} {head.text}") and fuller_form(head) is None:
            return f"the question's '{tok.text} {head.text}' points back at a sentence the learner does not see"
    return None


def _whose_figure(q: Question, text: str, sentence: Span) -> str | None:
    """'Sales dropped 5%', 'The company said ...': a stem opening with a company's figure or the company
    itself, unnamed, where the article gives no one company it belongs to (an owner found is written in
    and the stem no longer opens so)."""
    if q.type not in ("fill_blank", "true_false") or not unowned_opening(sentence):
        return None
    subj = opening_subject(sentence)
    opening = sentence.doc[subj.left_edge.i:subj.i + 1].text
    if text.lstrip().lower().startswith(opening.lower()):
        return f"the question's '{opening}' does not say which company it means"
    return None


def _pointing_opening(q: Question, text: str, sentence: Span) -> str | None:
    """'Such risk taking is an everyday matter for ...': a statement opening with a subject that points
    back to a sentence the learner does not see, which the article names nowhere the stem could take."""
    subj = opening_subject(sentence) if q.type in ("fill_blank", "true_false") else None
    pointer = pointing_word(subj) if subj is not None else None
    if pointer is None or pointer.lower_ in POSSESSIVE_POINTERS:
        return None           # 'their offer': the stem checks its pronouns elsewhere
    opening = sentence.doc[subj.left_edge.i:subj.i + 1].text
    if text.lstrip().lower().startswith(opening.lower()) and earlier_description(subj) is None:
        return f"the question's '{opening}' points back at a sentence the learner does not see"
    return None


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, re.I) is not None


def trivial_blank(answer: str, prompt: str, focus: str = "") -> str | None:
    """A blank that tests no reading: an age between commas after a name, a country's abbreviation
    used as a modifier ('the _____ attorney'), a vague amount ('several thousand'), the second half of a
    name ('Little _____')."""
    if answer.isdigit() and _AGE_APPOSITION.search(prompt):
        return "the blank is an age given in passing"
    after = prompt.split(_BLANK, 1)[1].split() if _BLANK in prompt else []
    if _ABBREVIATION.fullmatch(answer.strip()) and after and after[0][:1].islower() and \
            after[0].lower().strip(",.;:") not in _FUNCTION_WORDS:
        return "the blank is an abbreviation used as a modifier ('the _____ attorney')"
    if _VAGUE_AMOUNT.fullmatch(answer.strip()):
        return "the blank is a vague amount, not a fact to remember"
    before = _WORD_BEFORE_BLANK.search(prompt)
    # a person's name may follow a description ('Texas Arlington student _____'); a place's not
    if before and focus in _PLACE_FOCUS and before.group(1).lower() not in _BEFORE_NAMES | _FUNCTION_WORDS:
        return f"the blank is the second half of a name ('{before.group(1)} _____')"
    return None


def _says(text: str, tok: Token) -> bool:
    return re.search(r"(?<!\w)" + re.escape(tok.text) + r"(?!\w)", text, re.I) is not None
