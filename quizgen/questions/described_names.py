"""Stems that name a definite description ('the agency', 'the central bank', 'the state's') as the
timeline labels name it, so the learner need not resolve it from the article (JUDGING.md rule 8)."""
from __future__ import annotations

import bisect
import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..events import label_resolver
from ..lexicon import key, load as load_lexicon
from ..memo import per_document
from ..model import Question
from ..nlp import ents_of
from ..wordlists import word_set
from ..referents import states_before
from .context import Context, phrase_in

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "poss"})
_MAX_NAME_WORDS = 6
_NAMED_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP", "PRODUCT", "EVENT"})


def named_descriptions(ctx: Context, q: Question, sentence: Span, prompt: str) -> str:
    """The prompt with each 'the [words] N' it copies from the sentence replaced by the name the label
    resolver gives it ('The agency found ...' -> 'The Federal Aviation Administration found ...');
    left as written when the article gives no one name (`_in_doubt`), when the name is the answer
    (the stem would give it away) or is already in the stem."""
    namer = label_resolver(ctx.index, sentence.doc)
    since = ctx.parsed.spans[q.sentence_id - 1].start if q.sentence_id > 0 else sentence.start
    near = sentence.doc[since:sentence.end]
    for head, phrase in _described_heads(sentence):
        m = re.search(rf"(?<![\w#]){re.escape(phrase)}(?!\w)", prompt, re.I)
        name = _proper(namer.resolve(head) or _salient_state(head), phrase) if m is not None else None
        if name is None or _gives_away(q, name, prompt) or _in_doubt(head, name, near):
            continue
        if m.start() == 0 or prompt[:m.start()].rstrip().endswith((".", "?", "!")):
            name = name[:1].upper() + name[1:]
        prompt = prompt[:m.start()] + name + prompt[m.end():]
    return prompt


_SALIENT_MENTIONS = 4      # a state named at least this often, and
_SALIENT_RATIO = 3         # this many times as often as any other state, is the article's own


def _salient_state(head: Token) -> str | None:
    """A bare 'the state': the one US state the article named before it, or of several the one it
    names far more often than any other ('Wyoming' 15 times, 'Kentucky' 3: the state the story is
    about); None otherwise. `_in_doubt` still asks for the name in the noun's sentence or the one before."""
    named = states_before(head)
    if len(named) <= 1:
        return named[0] if named else None
    counts = _state_counts(head.doc)
    ranked = sorted((counts.get(n, 0) for n in named), reverse=True)
    top = max(named, key=lambda n: counts.get(n, 0))
    return top if ranked[0] >= _SALIENT_MENTIONS and ranked[0] >= _SALIENT_RATIO * ranked[1] else None


@per_document
def _state_counts(doc: Doc) -> Counter:
    """How often the article names each US state (as `referents.states_before` names it)."""
    states = load_lexicon().states
    return Counter(states[key(e.text)] for e in ents_of(doc) if e.label_ == "GPE" and key(e.text) in states)


def _gives_away(q: Question, name: str, prompt: str) -> bool:
    """The name is the answer (the stem would give it away), or the stem already has it."""
    return phrase_in(name, prompt) or isinstance(q.answer, str) and phrase_in(q.answer, name)


def _described_heads(sentence: Span) -> list[tuple[Token, str]]:
    """(head, 'the ... N') for each subject or owner noun whose phrase opens on 'the' and ends on the
    noun. Objects are left as written: 'asking the government' may mean another government than the
    last one named, 'for the funds-service group' a part of the named body. A phrase going on past
    its noun ('the state of emergency') says more than the name would."""
    doc = sentence.doc
    found = []
    for head in sentence:
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.dep_ not in _SUBJECTS:
            continue
        first = head.left_edge
        if first.lower_ == "the" and first.head == head and not _goes_on(head) and not _set_against(head):
            found.append((head, doc[first.i:head.i + 1].text))
    return found


_SET_AGAINST = word_set("set_against_words")


def _set_against(head: Token) -> bool:
    """'the other lender', 'the smaller eruption': a phrase that means one set against the one named
    before, not that one."""
    return any(t.lower_ in _SET_AGAINST or t.tag_ in ("JJR", "JJS") for t in head.lefts)


def _goes_on(head: Token) -> bool:
    return any(c.i > head.i and c.dep_ not in ("punct", "case") for c in head.children)


def _proper(name: str | None, phrase: str) -> str | None:
    """A name that says more than the phrase: a capitalised word, a headline's length at most."""
    if not name or name.lower() == phrase.lower() or len(name.split()) > _MAX_NAME_WORDS:
        return None
    name = _OWNER_MARK_SPACED.sub(r"\1", name)      # "Citizens ’ Independent": words joined by tokens
    return name if any(w[:1].isupper() for w in name.split()) else None


_OWNER_MARK_SPACED = re.compile(r"(?<=s)\s+(['\u2019])(?=\s)")


def _in_doubt(head: Token, name: str, near: Span) -> bool:
    """The article leaves a choice: for a fuller form ('the Dallas hospital'), the noun's nearest
    earlier mention is another one ('this new ransomware', 'their case'), or a name word is a lone
    letter (a name cut in two by a misread full stop); for a name, `_name_in_doubt`."""
    kind = _entity_kinds(head.doc).get(name.lower().removeprefix("the "))
    if kind is not None or not name.lower().startswith("the "):
        # a name the article never gives whole ('Google' of 'Google Science Fair') is taken for a body's
        return _name_in_doubt(head, name, near, kind or "ORG")
    return any(len(w) == 1 and w.isupper() for w in name.split()) or _other_mention_between(head, name)


def _name_in_doubt(head: Token, name: str, near: Span, kind: str) -> bool:
    """Neither the noun's sentence nor the one before gives the name (a nearer one may be meant), or
    they give another name of its kind ('Armco ... the company')."""
    words = set(name.split())
    own = {t.i for t in head.subtree}
    if not any(t.text in words and t.i not in own for t in near):
        return True
    return any(t.ent_type_ == kind and t.text not in words and t.i not in own and not _mark(t) for t in near)


def _mark(t: Token) -> bool:
    """An owner's mark or a stop the tagger took into a name ("North Carolina's"): no word of another."""
    return t.is_punct or t.lower_ in ("'s", "’s")


def _other_mention_between(head: Token, name: str) -> bool:
    """The nearest earlier mention of the noun that is not a bare 'the N' has words not in `name`."""
    at = _noun_mentions(head.doc).get(head.lemma_.lower(), [])
    words = set(name.lower().split())
    for i in reversed(at[:bisect.bisect_left(at, head.i)]):
        own = [c for c in head.doc[i].children if c.dep_ not in ("punct", "prep", "relcl", "acl")]
        if [c.lower_ for c in own] == ["the"]:
            continue
        return not all(t.lower_ in words for c in own for t in c.subtree)
    return False


@per_document
def _noun_mentions(doc: Doc) -> dict[str, list[int]]:
    """Each common noun's lemma -> the indices where the article uses it, in order."""
    found: dict[str, list[int]] = {}
    for t in doc:
        if t.pos_ == "NOUN":
            found.setdefault(t.lemma_.lower(), []).append(t.i)
    return found


@per_document
def _entity_kinds(doc: Doc) -> dict[str, str]:
    """The article's names (lower case) -> their entity type, for the naming types."""
    return {e.text.lower(): e.label_ for e in ents_of(doc) if e.label_ in _NAMED_ENTS}
