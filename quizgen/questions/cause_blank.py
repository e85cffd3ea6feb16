"""Fill in the blank on a cause: the noun a sentence gives as the reason for its happening ('closed
because of the _____', 'fell due to a miners' _____'), blanked in the article's own sentence."""
from __future__ import annotations

from spacy.tokens import Token

from ..model import Question
from ..referents import opening_subject
from ..wordlists import word_set
from .clauses import pronoun_problem, unnamed_set_subject
from .context import Context, phrase_in, question, word_count
from .fill_blank import BLANK, LONGEST, neutral_article, opening_named
from .why import QUOTE_MARKS, cause_nouns, frame_noun

FOCUS = "cause"
_MAX_BLANK = 3          # words of the answer: a cause a learner can type
# a cause that points back ('this model', 'its performance', 'such delays') names nothing on its own
_POINTING = word_set("subject_pronouns") | word_set("pointing_determiners") | \
    word_set("first_second_person_possessives")


def generate(ctx: Context) -> list[Question]:
    """One blank per stated cause noun of a sentence the learner can read on its own."""
    out = []
    for s, span in zip(ctx.parsed.sentences, ctx.parsed.spans):
        if not _readable(ctx, s, span):
            continue
        for noun in cause_nouns(span):
            # the happening the whole story is about ('due to the floods' of a flood report) is a guess
            q = None if frame_noun(ctx, noun) else _blank(ctx, s, span, noun)
            if q is not None:
                out.append(q)
    return out


def _readable(ctx: Context, s, span) -> bool:
    """A statement of the article's own that the learner can place: the sentences fill_blank takes,
    and neither a quotation nor a question ('Are they closing practices because of ...?' states nothing)."""
    if not 6 <= word_count(s.text) <= LONGEST or s.text.rstrip().endswith("?") or \
            any(t.text in QUOTE_MARKS for t in span):
        return False
    named = opening_named(span)
    skip = set(range(named[0], named[1])) if named else set()
    return not pronoun_problem(ctx.doc, [t.i for t in span], skip) and \
        not unnamed_set_subject(opening_subject(span))


def _blank(ctx: Context, s, span, noun: Token) -> Question | None:
    """The sentence with the cause's noun and the words before it in its phrase blanked ('flash
    floods' of 'because of flash floods'); its article ('the', 'a') and what follows it stay."""
    words = _cause_words(noun)
    if words is None or any(t.i in ctx.quoted for t in words):
        return None
    answer = span.doc[words[0].i:words[-1].i + 1].text
    a, b = words[0].idx - span.start_char, words[-1].idx + len(words[-1].text) - span.start_char
    prompt = s.text[:a] + BLANK + s.text[b:]
    if s.text[a:b] != answer or phrase_in(answer, prompt):
        return None       # the answer must be typed from the sentence, and not be read in the stem
    return question("fill_blank", neutral_article(prompt.strip()), answer, s.id, focus=FOCUS)


def _cause_words(noun: Token) -> list[Token] | None:
    """The noun and its modifiers before it, without the article; None for a cause that points back
    ('its lackluster performance'), is one of a list, says what it is in a phrase after it, or is too
    long to type."""
    if _listed_or_completed(noun):
        return None
    left = list(noun.doc[noun.left_edge.i:noun.i + 1])
    if any(t.lower_ in _POINTING for t in left):
        return None
    owner = max((i for i, t in enumerate(left) if t.dep_ == "case"), default=None)
    # the owner stays in the stem ('the court's _____', 'a miners' _____'): the cause is what follows it
    words = left[owner + 1:] if owner is not None else left[1:] if left[0].dep_ == "det" else left
    return words if _typable(words) else None


def _typable(words: list[Token]) -> bool:
    """A few words with no punctuation but a hyphen."""
    return 0 < len(words) <= _MAX_BLANK and not any(t.is_punct and t.text != "-" for t in words)


def _listed_or_completed(noun: Token) -> bool:
    """'floods and landslides' (which one to type?), or a noun an 'of' phrase after it completes ('the
    change of plans': the idiom gives 'change' away)."""
    return noun.dep_ == "conj" or any(c.dep_ == "conj" or (c.dep_ == "prep" and c.i > noun.i)
                                      for c in noun.children)
