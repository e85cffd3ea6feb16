"""Quiz-level giveaways the one-sentence checks miss: a stem that asserts the statement a true/false item asks
(issue 12, kept apart by questions._read_off), and what a false statement's swap took out and put in."""
from __future__ import annotations

import difflib

from ..model import Question
from ..wordlists import word_set
from .context import norm
from .true_false import SAYS

# words every stem may carry: question words and the ranker's function words are no content
_STEM_WORDS = word_set("question_stem_words")
_FUNCTION_WORDS = word_set("ranker_stopwords")
# share of a statement's content words another stem must carry to assert it: the figure of
# questions/__init__._same_clause, which already holds within one sentence
_ASSERT_SHARE = 0.7
# a swap of more words than this is a shortened sentence, not one value put in place of another
SWAP_WORDS = 4


def true_statement(q: Question) -> str:
    """What the article says of a true/false item: its statement when True, the explanation (or its
    twin's statement) when False; '' when neither is known."""
    if q.answer == "True":
        return q.prompt
    if q.twin is not None and q.twin.answer == "True":
        return q.twin.prompt
    return (q.explanation or "").removeprefix(SAYS)


def _content(text: str) -> list[str]:
    """Word stems of a text's content words in order ('completed' and 'complete' share 'compl')."""
    return [w[:5] for w in norm(text).split()
            if (len(w) > 2 or w[:1].isdigit()) and w not in _STEM_WORDS and w not in _FUNCTION_WORDS]


def _in_order(a: list[str], b: list[str]) -> int:
    """How many words of `a` `b` carries in the same order (the longest common run, gaps allowed):
    'took in the child' is not asserted by '... took the child ... the Miami relatives' home'."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks())


def asserts(shown: Question, asked: Question) -> bool:
    """`shown`'s stem carries most content words of what the article says in `asked` (its true
    statement), in their order, and, for a false one, the true value the false one took out: the
    learner reads the answer. Two statements are a near-duplicate, not this (the one-per-fact ranking
    keeps them apart). The default quiz keeps such pairs apart (questions._read_off); see the module's
    note for the judged rows."""
    if asked.type != "true_false" or shown.type in ("true_false", "order_events"):
        return False
    true = _content(true_statement(asked))
    stem = _content(shown.prompt)
    if len(true) < 2 or _in_order(true, stem) < _ASSERT_SHARE * len(true):
        return False
    if asked.answer == "True":
        return True
    gone = {w[:5] for w in taken_out(asked)} - _FUNCTION_WORDS
    return bool(gone) and gone <= set(stem)


def taken_out(q: Question) -> set[str]:
    """For a false statement, the words of its true statement (its true twin's, else the explanation's)
    that the swap took out; empty for any other question."""
    if q.type != "true_false" or q.answer != "False":
        return set()
    return swapped(true_statement(q), q.prompt)[0]


def swapped(true: str, false: str) -> tuple[set[str], set[str]]:
    """(the words of the true statement the false one took out, the words it put in), read in order: 'Pass 4
    ends on December 4' made 'Pass 4 ends on December 11' took out the last '4', which a set of words would miss."""
    a, b = norm(true).split(), norm(false).split()
    if not a:
        return set(), set()
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    out = {w for op, i, j, _, _ in ops if op in ("replace", "delete") for w in a[i:j]}
    put = {w for op, _, _, k, m in ops if op in ("replace", "insert") for w in b[k:m]}
    return out, put
