"""Is every actor of a question stated completely and correctly? A plural guessed as two names, a noun
phrase cut at its start, 'speaker after speaker' made a subject, a possessive left without its noun."""
from __future__ import annotations

import calendar
import re

from spacy.tokens import Span

from ..clauses import quotation_open
from ..fuller import TITLE_NOUNS
from ..model import Question
from ..syntax import FINITE_TAGS, first_conjunct
from ..nlp import ents_in, ents_of, text_of
from ..referents import role_epithet
from ..wordlists import pattern, tagged, word_set, words

_PLURAL_REFERENCE = re.compile(r"\b(?:the|these|those)\s+(?:two|three|four)\b|\bboth\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+\b")
_BARE_POSSESSIVE = re.compile(pattern("bare_possessive"))
_TITLE_ON_NAME = re.compile(rf"\b(?:{'|'.join(sorted(re.escape(t.capitalize()) for t in TITLE_NOUNS))})\s+(?=[A-Z][a-z])")


def actor_problem(q: Question, sentence: Span) -> str | None:
    """Why the question's people or things are not the sentence's, as stated, or None."""
    if q.type in ("order_events", "who_said"):
        return None
    return _guessed_plural(q, sentence) or _cut_phrase_start(q, sentence) or _repeated_noun(q, sentence) \
        or _bare_possessive(q) or _lost_subject(q, sentence) or _garbled_existential(q) \
        or _pronoun_guess(q, sentence) or _dangling_words(q) or _wording_problem(q, sentence)


def _wording_problem(q: Question, sentence: Span) -> str | None:
    """A statement cut short or run together, a claim or possibility stated as fact, a wrong question word."""
    return _cut_statement_end(q, sentence) or _cut_list(q, sentence) or _quoted_as_fact(q, sentence) \
        or _blank_in_a_list(q) \
        or _two_dates(q) or _who_for_a_thing(q) or _person_as_place(q, sentence) or _possible_statement(q) \
        or _lost_mark(q, sentence) or _report_without_what(q, sentence)


def _guessed_plural(q: Question, sentence: Span) -> str | None:
    """'The two men' made into two names the sentence does not give: the names were guessed from
    the article and may be the wrong people."""
    if not _PLURAL_REFERENCE.search(sentence.text):
        return None
    missing = _added_names(q, sentence)
    if not missing or _group_named(missing, sentence):
        return None
    return f"the question names {missing[0]} for a plural ('the two ...') of the sentence"


def _added_names(q: Question, sentence: Span) -> list[str]:
    """The full names the question prints that the sentence does not give, as it is or as a
    description's name or the full form of its own short name, and that are not the answer."""
    answer = q.answer if isinstance(q.answer, str) else ""
    prompt = _TITLE_ON_NAME.sub("", q.prompt)      # 'Chairman Marc Fournier' prints the name 'Marc Fournier'
    return [n for n in _NAME.findall(prompt) if n not in sentence.text and n not in answer
            and not _names_a_description(n, sentence) and not _full_form_of(n, sentence)]


def _full_form_of(name: str, sentence: Span) -> bool:
    """'Peyton Manning' for the sentence's own 'Manning': a name it gives, written in full."""
    return any(t.pos_ == "PROPN" and t.text == name.split()[-1] for t in sentence)


def group_named_before(q: Question, sentence: Span) -> bool:
    """The names the question adds are the whole of one 'X and Y' of people in the nearest of the two
    sentences before that names anyone ('Police arrested Ann Lee and Bo Park.' ... 'the two men'): the
    sentence's plural is named, not guessed."""
    return _group_named(_added_names(q, sentence), sentence)


def _group_named(names: list[str], sentence: Span) -> bool:
    """The last words of `names` are the whole of the nearest 'X and Y' of people before the sentence."""
    joined = joined_people(_first_person_before(sentence))
    return bool(names) and joined is not None and {n.split()[-1] for n in names} == {t.text for t in joined}


def joined_people(head) -> set | None:
    """A person's name with the names joined to it ('Ann Lee and Bo Park'), when every one is a person's;
    None for no name or a list with something else in it."""
    if head is None:
        return None
    joined = {head, *head.conjuncts}
    return joined if all(t.ent_type_ == "PERSON" for t in joined) else None


def _first_person_before(sentence: Span):
    """The head word of the first person named in the nearest of the two sentences before, or None."""
    doc = sentence.doc
    before = [s for s in doc[max(0, sentence.start - 120):sentence.start].sents if s.end <= sentence.start]
    for sent in before[-2:][::-1]:
        people = [e.root for e in ents_in(sent) if e.label_ == "PERSON"]
        if people:
            return people[0]
    return None


def _names_a_description(name: str, sentence: Span) -> bool:
    """'Pell Island' for the sentence's 'the island': a singular description named, not a plural guessed."""
    return re.search(rf"\bthe {re.escape(name.split()[-1].lower())}\b", sentence.text) is not None


def _cut_phrase_start(q: Question, sentence: Span) -> str | None:
    """'Bulletin had indicated ...' from 'the FBI. bulletin had indicated': a statement that opens on
    a common noun the sentence writes in lower case after its determiner or owner."""
    if q.type not in ("true_false", "fill_blank"):
        return None
    word = _opening_word(q.prompt)
    if word is None:
        return None
    for tok in sentence:
        if tok.text == word and tok.i > sentence.start and tok.pos_ == "NOUN" and tok.tag_ == "NN":
            before = sentence.doc[tok.i - 1]
            if before.dep_ in ("det", "poss") or \
                    (before.pos_ == "PROPN" and before.head.i == tok.i) or before.text.endswith("."):
                return f"the statement starts in the middle of the phrase '{before.text} {tok.text}'"
    return None


def _opening_word(prompt: str) -> str | None:
    """The capitalised word the prompt opens on, lower case; None for none, or for a title on a name
    ('Judge Ann Roe ...', written in for 'the judge')."""
    m = re.match(r"\W*([A-Z][a-z]+)\b(\s+[A-Z])?", prompt)
    if not m or m.group(2) and m.group(1).lower() in TITLE_NOUNS:
        return None
    return m.group(1).lower()


def _repeated_noun(q: Question, sentence: Span) -> str | None:
    """'Speaker after speaker denounced ...' asked as 'Which country did speaker denounce?'."""
    m = re.search(r"\b(\w+) after \1\b", sentence.text, re.I)
    if m and re.search(rf"\b{re.escape(m.group(1))}\b", q.prompt, re.I) and m.group(0).lower() not in q.prompt.lower():
        return f"the question keeps '{m.group(1)}' of '{m.group(0)}' as if it were one person"
    return None


def _bare_possessive(q: Question) -> str | None:
    """"Elian Gonzalez' was found guilty": a name cut from its possessive, the noun it owns lost."""
    if _BARE_POSSESSIVE.search(q.prompt):
        return "the question's subject is a possessive with its noun missing"
    return None


_THAT_VERB = re.compile(pattern("that_verb"), re.I)


def _lost_subject(q: Question, sentence: Span) -> str | None:
    """'the likelihood that was involved' from 'the likelihood that either was involved': the
    realiser dropped the subject of a 'that' clause."""
    for m in _THAT_VERB.finditer(q.prompt):
        if m.group(0).lower() not in sentence.text.lower():
            return f"the question lost the subject of '{m.group(0)}'"
    return None


_SUBJECT_THEN_THERE = re.compile(pattern("subject_then_there"))
_THERE_NO = re.compile(pattern("there_no"), re.I)


def _garbled_existential(q: Question) -> str | None:
    """'The United States there was no word ...': a subject glued to the next clause's 'there was';
    'there was no word' itself states that nothing happened."""
    if _SUBJECT_THEN_THERE.search(q.prompt):
        return "the question glues a subject to another clause's 'there was'"
    if _THERE_NO.search(q.prompt):
        return "the statement says that nothing happened ('there was no ...')"
    return None


_PERSONAL = re.compile(pattern("personal_pronoun"), re.I)


def _pronoun_guess(q: Question, sentence: Span) -> str | None:
    """'He left the classroom' asked of someone who is not the last person named before it: the
    pronoun was resolved to the wrong person ('Jud Smith' for the suspect 'Colt Gray')."""
    if not _PERSONAL.search(sentence.text):
        return None
    added = _added_names(q, sentence)
    if not added or _epithet_named(q, sentence):
        return None
    doc = sentence.doc
    before = [e for e in ents_in(doc[max(0, sentence.start - 120):sentence.start]) if e.label_ == "PERSON"]
    if not before:
        return None
    last = before[-1].text.split()[-1]
    if all(last not in n.split() for n in added):
        return f"the question reads '{added[0]}' for a pronoun; the last person named before it is {before[-1].text}"
    return None


def _epithet_named(q: Question, sentence: Span) -> bool:
    """The name stands for the sentence's 'the GOP candidate' (`referents.role_person`), not for its pronoun:
    the stem no longer holds the role phrase."""
    starts = [(role_epithet(t), t) for t in sentence]
    return any(k is not None and sentence.doc[k:t.i + 1].text not in q.prompt for k, t in starts)


# 'Another cousin said ...', '... will also be there.', 'seek support on for legislation', 'shot to
# death on the night?', '... in the years.': a reference or a preposition left without what it points at
_DANGLING_WORDS = re.compile(pattern("dangling_question_words"), re.I)


def _dangling_words(q: Question) -> str | None:
    m = _DANGLING_WORDS.search(q.prompt)
    return f"'{m.group(0).strip()}' points at something the question leaves out" if m else None


# words that go on with the phrase a statement's last noun or verb needs ('in his calls' + 'for ...',
# 'in the years' + 'before ...', 'died' + 'to give him ...')
_GOES_ON = word_set("statement_tail_words")


def _cut_statement_end(q: Question, sentence: Span) -> str | None:
    """'... cited his rights in his calls.' without 'for his boy to be returned', '... say his mother
    died.' without 'to give him freedom': a statement that stops before the phrase that makes its point."""
    if q.type != "true_false":
        return None
    words = re.findall(r"[^\W_]+", q.prompt.lower())
    if len(words) < 3:
        return None
    text = " ".join(re.findall(r"[^\W_]+", sentence.text.lower()))
    for m in re.finditer(r"\b" + re.escape(" ".join(words[-3:])) + r" (\w+) (\w+)", text):
        if m.group(1) in _GOES_ON:
            return f"the statement stops before '{m.group(1)} {m.group(2)} ...', the phrase that makes its point"
    return None


_SAYING = tagged("reporting_verbs", "quote") | tagged("reporting_verbs", "attribution")


def _cut_list(q: Question, sentence: Span) -> str | None:
    """'... off the coast of Florida after his mother?' from '... after his mother, stepfather and
    others died ...': the wording stops at the first item of a list that is the subject of a verb the
    question leaves out (the parser took the item for the object of 'after')."""
    if q.type == "fill_blank":
        return None
    words = re.findall(r"[^\W_]+", q.prompt.lower())
    if len(words) < 3:
        return None
    toks = [t for t in sentence if not t.is_punct]
    for k in range(len(toks) - 2):
        if [t.lower_ for t in toks[k:k + 3]] != words[-3:]:
            continue
        end = toks[k + 2].i + 1
        if end + 1 < sentence.end and sentence.doc[end].text == ",":
            verb = _listed_subject_of(toks[k + 2], set(words)) or _listed_subject_of(sentence.doc[end + 1], set(words))
            if verb is not None:
                return f"the wording stops inside the subjects of '{verb.text}'"
    return None


def _listed_subject_of(item, asked: set[str]):
    """The verb (one the question leaves out, not a verb of saying) whose subject list holds the item."""
    item = first_conjunct(item)
    verb = item.head
    if item.tag_ in ("WDT", "WP") or verb.dep_ in ("relcl", "acl"):
        return None               # ", which has allowed ...": a relative clause on the last noun, not a list
    if item.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and verb.lower_ not in asked \
            and verb.lemma_.lower() not in _SAYING:      # "..., officials said" ends a statement
        return verb
    return None


def _quoted_as_fact(q: Question, sentence: Span) -> str | None:
    """'Which country has come home?' from '"Hungary has come home," ...': a speaker's words asked as
    a fact of the story (a blank copies the quotation as it stands and is fine)."""
    if q.type not in ("multiple_choice", "when", "true_false") or re.search(r"\bsaid|\baccording to", q.prompt):
        return None
    if sentence.text.lstrip()[:1] in ("\u201c", '"') and not _opens_on_a_title(sentence) \
            or _opens_inside_quotation(sentence) and \
            q.type != "when" and q.focus not in ("when", "date", "year"):
        return "the sentence is a quotation: someone's words, not a fact of the story"
    return None


def _opens_on_a_title(sentence: Span) -> bool:
    """'"Nomadland" led the way with three awards': the quotation marks a title of a few words, no
    clause of its own, and the sentence goes on as the story's narration, not a speaker's."""
    toks = [t for t in sentence if not t.is_space]
    close = next((k for k, t in enumerate(toks[1:11], 1) if t.text in ('"', "\u201d")), None)
    if close is None or close < 2 or len(toks) <= close + 3:
        return False
    return _title_words(toks[1:close]) and not any(t.lemma_.lower() in _SAYING for t in toks[close + 1:close + 5])


def _title_words(inside: list) -> bool:
    """Words of a title: no finite verb, some capitalised."""
    return not any(t.tag_ in FINITE_TAGS for t in inside) and any(t.text[:1].isupper() for t in inside)


def _opens_inside_quotation(sentence: Span) -> bool:
    """The sentence goes on a quotation an earlier sentence of its paragraph opened ('"Like many
    Texans, I am disappointed ... Houston has played a critical role ...'): the speaker's words still.
    The date of what a quotation tells ('Today's announcement is an affront') is the story's own, asked."""
    text, end = text_of(sentence.doc), sentence.start_char
    return quotation_open(text[text.rfind("\n", 0, end) + 1:end])     # not a copy of all before it


_LISTED_BLANK = re.compile(r"(?:[A-Z][\w.]+(?:\s[A-Z][\w.]+)*,\s*){2,}(?:and\s+)?_{5}"
                           r"|_{5}(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)*){2,}")


_PAIRED_BLANK = re.compile(r"[A-Z][\w.]+,?\s+(?:and|or)\s+_{5}|_{5},?\s+(?:and|or)\s+[A-Z]")


_LISTED_WHICH = re.compile(r"\bwhich\s+\w+,?\s+(?:[A-Z][\w.]+,?\s+)+(?:and|or)\s+(?:the\s+)?[A-Z]")


def _blank_in_a_list(q: Question) -> str | None:
    """'... waiting in the wings: _____, Romania, Bulgaria, Slovakia': one item of a long list cannot
    be recalled as the one missing, every other candidate of the list is as likely."""
    if q.type == "multiple_choice" and _LISTED_WHICH.search(q.prompt):
        return "the answer is one item of a list of three or more"
    if q.type != "fill_blank":
        return None
    if _LISTED_BLANK.search(q.prompt):
        return "the blank is one item of a list of three or more"
    if q.focus == "person" and _PAIRED_BLANK.search(q.prompt):
        return "the blank is one of a pair of names ('X and _____'): a guess between them"
    return None


_WEEKDAY_THEN_DATE = re.compile(r"\b(?:%s)\s+(?:on|of)\s+(?:%s)\s+\d" % (
    "|".join(calendar.day_name), "|".join(words("month_names"))))


def _two_dates(q: Question) -> str | None:
    """'lifted 4:30 am Wednesday on December 3' from 'Wednesday (1930 UTC on December 3)': a local
    day and another zone's date run together."""
    if _WEEKDAY_THEN_DATE.search(q.prompt):
        return "the question runs a weekday and another date together"
    return None


def _who_for_a_thing(q: Question) -> str | None:
    """'Who will undergo changes?' keyed "SpaceX's Crew Dragon" among people: a thing asked with 'who'."""
    if q.type == "multiple_choice" and q.focus == "who" and isinstance(q.answer, str) and \
            re.search(r"\w['’]s\s+\w", q.answer):
        return "the question asks 'who' of a thing that belongs to someone"
    return None


def _person_as_place(q: Question, sentence: Span) -> str | None:
    """'Which place led the offense?' keyed 'Newton', the family name of a person of the article."""
    if q.type != "multiple_choice" or not q.focus.startswith(("where", "which place", "which city")) \
            or not isinstance(q.answer, str):
        return None
    people = {e.text.split()[-1] for e in ents_of(sentence.doc) if e.label_ == "PERSON" and len(e.text.split()) > 1}
    return f"'{q.answer}' is a person of the article, asked as a place" if q.answer in people else None


_MODAL = re.compile(r"\b(?:may|might|could)\b", re.I)


def _possible_statement(q: Question) -> str | None:
    """'Estimates suggest 10000 migrants may be at sea': a possibility is neither true nor false."""
    if q.type == "true_false" and _MODAL.search(q.prompt) and not re.search(r"\bsaid\b", q.prompt):
        return "the statement is only a possibility ('may', 'could')"
    return None


_WORD_PAIR = re.compile(r"(?=\b([^\W_]+)\s+([^\W_]+)\b)")


def _lost_mark(q: Question, sentence: Span) -> str | None:
    """'Nine other people eight students were hospitalized' from 'Nine other people, eight students,
    were ...', 'pre retirement' from 'pre-retirement': two words the realiser set side by side that the
    sentence writes only with a comma or hyphen between them, so the wording is garbled; or a
    statement that ends on a comma ('lost on February 1,.')."""
    if re.search(r"[,;:]\s*[.?!]$", q.prompt):
        return "the wording ends on a comma: what came after it was cut"
    for a, b in _WORD_PAIR.findall(q.prompt):
        pair = re.escape(a) + r"(?:\s*,\s*|-)" + re.escape(b)
        if re.search(rf"\b{pair}\b", sentence.text) and \
                not re.search(rf"\b{re.escape(a)}\s+{re.escape(b)}\b", sentence.text):
            return f"'{a} {b}' lost the comma or hyphen the sentence has between them"
    return None


_REPORTING = tagged("reporting_verbs", "attribution")


def _report_without_what(q: Question, sentence: Span) -> str | None:
    """'NASA announced at a press conference.' from '... announced at a press conference that the crew
    would return ...': a statement that keeps the reporting verb and loses what was reported (the parse
    may hang the that-clause on the nearest noun)."""
    if q.type != "true_false":
        return None
    said = set(re.findall(r"[^\W_]+", q.prompt))
    for v in sentence:
        if v.lemma_.lower() not in _REPORTING or v.text not in said:
            continue
        lost = [t.head for t in sentence if t.i > v.i and t.lower_ == "that" and t.dep_ == "mark"
                and t.head.text not in said]
        if lost:
            return f"the statement keeps '{v.text}' but not what was {v.text} ('{lost[0].text} ...')"
    return None
