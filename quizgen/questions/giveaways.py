"""Quiz-level giveaways the one-sentence checks miss: a stem that asserts the statement a true/false item asks
(issue 12, kept apart by questions._read_off), and what a false statement's swap took out and put in."""
from __future__ import annotations

import difflib
import re

from ..dates import WEEKDAYS
from ..index import MONTHS
from ..lexicon import word_at
from ..model import Question
from ..wordlists import mapping, word_set
from .context import norm
from .distractors import title_word
from .true_false import SAYS

# words every stem may carry: question words and the ranker's function words are no content
_STEM_WORDS = word_set("question_stem_words")
_FUNCTION_WORDS = word_set("ranker_stopwords")
# share of a statement's content words another stem must carry to assert it: the figure of
# questions/__init__._same_clause, which already holds within one sentence
_ASSERT_SHARE = 0.7
# a swap of more words than this is a shortened sentence, not one value put in place of another
SWAP_WORDS = 4
# words of a name that say only what kind of thing it is ('County', 'Police', 'National') or are a
# month or a day: printed in another stem they do not tell which name a blank wants
_KIND_OF_NAME_WORDS = (word_set("name_stopwords") | word_set("place_unit_words") | word_set("place_nouns")
                       | word_set("org_shared_words") | word_set("institution_words") | word_set("strong_org_nouns")
                       | word_set("month_abbreviations") | frozenset(mapping("org_nouns")) | frozenset(MONTHS)
                       | frozenset(WEEKDAYS))
_NAME_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


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


def telling_name_words(answer: str) -> list[str]:
    """The capitalised words of a keyed name that tell it on their own: 'Harbor' of 'Harbor County
    Sheriff's Office', not 'County' or 'Office', which many names share."""
    words = [re.sub(r"['\u2019]s$", "", w) for w in _NAME_WORD.findall(answer)]   # 'Sheriff's' is 'Sheriff'
    return [w for w in words if w[:1].isupper() and len(w) > 2
            and w.lower() not in _KIND_OF_NAME_WORDS and w.lower() not in _STEM_WORDS
            and w.lower() not in _FUNCTION_WORDS and not title_word(w)]


def name_word_shown(asked: Question, shown: Question) -> bool:
    """A blank keyed to a name (no options to choose from) whose telling word another stem prints,
    capitalised: 'Harbor' in "Harbor deputies closed the road" answers "_____ said the driver fled"
    keyed 'Harbor County Sheriff's Office', and "back at the Point" a blank keyed 'Point Loma Base'.
    Of 41 judged blanks so (issue 12, rule 7), 35 were edited or rejected (29 distinct rows: 25)."""
    if asked.type != "fill_blank" or asked.choices or not isinstance(asked.answer, str):
        return False
    for word in telling_name_words(asked.answer):
        found = word_at(word, shown.prompt)
        # a stem's first word is capitalised whatever it is ('Best results came ...')
        if found and re.search(r"\w", shown.prompt[:found.start()]):
            return True
    return False
