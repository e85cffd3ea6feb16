"""Who a name word standing alone in a stem or label means ('Layton said' -> 'Roslyn Layton'; 'Sir Keith' ->
'Sir Keith Joseph'): the longest full name an earlier sentence gave that person, read once per document."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .clauses import quoted_tokens
from .memo import per_document
from .nlp import ents_of
from .person_names import TITLE_NOUNS, name_text
from .pronoun_agreement import same_sex_mentions
from .same_surname import shared_surnames
from .whole_names import NAME_LABELS
from .wordlists import word_set

# 'Sir Keith', 'Dame Judi': titles a person is called by with the given name, which stays before the full name
_GIVEN_NAME_TITLES = frozenset({"sir", "dame"})
# the tagger reads a lone surname as one of these often ('Marsh said' ORG, 'Layton' GPE)
_MISREAD_LABELS = NAME_LABELS - {"PERSON"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_COURTESY = word_set("courtesy_titles")
# the word (a title, with or without its dot) right before a name: 'said Mr. ' -> 'Mr'
LAST_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Za-z]+)\.? $")


@dataclass
class _People:
    """The article's full person names by the words they hold, with where each was first written, and
    how often each name word is tagged a person's or something else's."""

    by_word: dict[str, list[tuple[int, str]]] = field(default_factory=dict)   # word -> (first start, full name)
    as_person: dict[str, int] = field(default_factory=dict)
    as_other: dict[str, int] = field(default_factory=dict)
    in_other_name: set[str] = field(default_factory=set)     # words of a longer non-person name ('Ford Motor')
    lower_words: set[str] = field(default_factory=set)       # words the article writes in lower case


@per_document
def _people(doc: Doc) -> _People:
    out = _People()
    lower = out.lower_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    quoted = quoted_tokens(doc)
    for ent in ents_of(doc):
        if ent.label_ == "PERSON":
            _add_person(out, ent, lower, quoted)
        elif ent.label_ in _MISREAD_LABELS:
            _add_other(out, ent)
    return out


def _add_other(out: _People, ent: Span) -> None:
    """A name of another kind counted; 'Carroll' read as a company after 'E. Jean Carroll' was named
    counts as the person's surname."""
    person = len(ent) == 1 and ent.text in out.by_word
    counts = out.as_person if person else out.as_other
    counts[ent.text] = counts.get(ent.text, 0) + 1
    if len(ent) > 1:
        out.in_other_name.update(t.text for t in ent)


def _add_person(out: _People, ent: Span, lower: set[str], quoted: frozenset[int]) -> None:
    """A person entity counted, and its full name listed by its first and last word unless quoted."""
    for t in ent:
        out.as_person[t.text] = out.as_person.get(t.text, 0) + 1
    words = name_text(ent).split()
    # 'Chief of Staff John Sununu' tagged from 'Staff': a first word the article writes in lower case
    # too is no name word, and the name is left unread
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or words[0].lower() in lower or ent.start in quoted:
        return
    for w in {words[0], words[-1]}:
        out.by_word.setdefault(w, []).append((ent.start, " ".join(words)))


def lone_name_word(t: Token) -> bool:
    """A capitalised name word standing alone (no name word beside it but a courtesy title or 'Sir'), as
    the tagger may have read it: a person's or untyped proper noun, a one-word organisation or place
    ('Marsh said'), or a subject read as a common noun ('Quarles argued') the article never writes in
    lower case."""
    if not (t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()) or not _standing_alone(t):
        return False
    if t.ent_type_ in _MISREAD_LABELS:
        return t.ent_iob_ == "B" and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")
    return t.ent_type_ in ("", "PERSON") if t.pos_ == "PROPN" else _subject_read_as_noun(t)


def _subject_read_as_noun(t: Token) -> bool:
    """'Quarles argued': a bare subject the tagger read as a common noun, a word never written in lower case."""
    return t.pos_ == "NOUN" and not t.ent_type_ and t.dep_ in _SUBJECTS and not any(t.children) \
        and t.lower_ not in _people(t.doc).lower_words


def _standing_alone(t: Token) -> bool:
    """No name word beside the word, and no noun it describes ('the Biden solicitor general')."""
    doc = t.doc
    if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" or t.dep_ == "compound":
        return False
    return t.i == 0 or not _name_before(doc[t.i - 1]) and doc[t.i - 1].lower_ != "the"


def _name_before(prev: Token) -> bool:
    """A name word before ('Roslyn' of 'Roslyn Layton'); a title such as 'Mr.' or 'Sir' does not count."""
    return prev.pos_ == "PROPN" and prev.lower_.rstrip(".") not in TITLE_NOUNS


def full_name_before(t: Token, sentence_start: int) -> str | None:
    """The longest full name with the word `t` (its surname, or its given name after 'Sir') written before
    the sentence starting at `sentence_start`; None when two people of the article have that word, the
    article tags the word something else's more often than a person's, or it is part of another name."""
    people = _people(t.doc)
    word = t.text
    if word in shared_surnames(t.doc) or not person_word(t.doc, word):
        return None
    found = same_sex_mentions(t.doc, t.i, people.by_word.get(word, []))
    names = {n for _, n in found}
    if not _one_person(names):
        return None
    earlier = [n for at, n in found[:bisect.bisect_left([a for a, _ in found], sentence_start)]]
    return max(earlier, key=len) if earlier else None


def person_word(doc: Doc, word: str) -> bool:
    """The article tags the word a person's at least as often as anything else's ('Montalvo' read as a
    place once among many person mentions), and it is no word of a longer name of another kind ('Ford Motor')."""
    people = _people(doc)
    return word not in people.in_other_name and people.as_other.get(word, 0) <= people.as_person.get(word, 0)


def _one_person(names: set[str]) -> bool:
    """Every full name is the longest one's short form ('John Sargent' of 'John A. Sargent')."""
    if not names:
        return False
    longest = max(names, key=len).split()
    return all(set(n.split()) <= set(longest) for n in names)


def named_in_full(label: str, sent: Span, most_words: int) -> str:
    """The label with each person it names by a lone word ('Wall spoke ...', 'Mr Hollis ...') written once
    by the full name an earlier sentence gave ('Jeffrey Wall spoke ...'); 'Sir Keith' keeps its title
    before the full name; another title ('President Yoon') and a quoted name stay; as it was when that
    would make the label longer than `most_words`."""
    # no capitalised word of the sentence in the label: nothing to write in full (most labels; saves the walk)
    if not any(t.text[:1].isupper() and t.text in label for t in sent):
        return label
    quoted = quoted_tokens(sent.doc)
    done: set[str] = set()
    out = label
    for t in sent:
        if t.text not in done and t.i not in quoted and lone_name_word(t):
            done.add(t.text)
            out = _written_in_full(out, t, sent.start)
    return out if len(out.split()) <= most_words else label


def _written_in_full(label: str, t: Token, sentence_start: int) -> str:
    """The label with the first lone `t` word written as the full name given before, where it may go."""
    at = re.search(rf"(?<![\w'’-]){re.escape(t.text)}(?![\w-])", label)
    full = full_name_before(t, sentence_start) if at is not None else None
    if full is None or any(w != t.text and w in label.split() for w in full.split()):
        return label
    start = _name_start(label[:at.start()], t.text, full)
    return label if start is None else label[:start] + full + label[at.end():]


def _name_start(before: str, word: str, full: str) -> int | None:
    """Where the full name goes in: at the word, or at a courtesy title before it ('Mr. Hollis'); None
    after another title or name word ('President Yoon', 'Emperor Akihito')."""
    m = LAST_WORD_BEFORE.search(before)
    if m is None:
        return len(before)
    if m.group(1).lower() in _COURTESY:
        return m.start()
    if keeps_given_name_title(before, word, full):
        return len(before)
    return None if m.group(1)[:1].isupper() else len(before)


def keeps_given_name_title(before: str, word: str, full: str) -> bool:
    """'Sir Keith' -> 'Sir Keith Joseph': the name ends on a title the person is called by with the given
    name (`_GIVEN_NAME_TITLES`), `word` is that given name, and the title stays before the full name."""
    m = LAST_WORD_BEFORE.search(before)
    return m is not None and m.group(1).lower() in _GIVEN_NAME_TITLES and full.split()[0] == word
