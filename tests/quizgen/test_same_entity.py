"""One person or day keyed twice in two forms is taken after the quiz's other questions."""
from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.questions import _take_by_quota
from quizgen.questions.same_entity import keys_one_entity


def _q(qid: str, answer: str, kind: str = "fill_blank", score: float = 0.5, sid: int = 0) -> Question:
    return Question(id=qid, type=kind, prompt=f"Prompt {qid} _____.", answer=answer, sentence_id=sid, score=score)


@pytest.mark.parametrize("a, b, same", [
    ("Nora Vale", "Vale", True),
    ("Mrs Vale", "Nora Vale", True),
    ("CEO Nora Vale", "Nora Vale", True),
    ("the Harbour Gazette", "the Gazette", True),
    ("June 9", "June 9, 2031", True),
    ("Friday", "Friday, June 9, 2031", True),
    ("June 2031", "June 9, 2031", False),     # a month: maybe two events of that month
    ("5", "5 percent", False),
    ("Nora Vale", "Tom Vale", False),
    ("Vale Hospital", "Vale", False),          # the name ends on another word
    ("Nora Vale", "Nora Vale", False),         # one form twice is the plain repeat
])
def test_two_forms_of_one_key(a, b, same):
    assert keys_one_entity(_q("a", a), _q("b", b)) is same


def test_a_statement_keys_no_entity():
    assert not keys_one_entity(_q("a", "True", "true_false"), _q("b", "True", "true_false"))


def test_the_second_form_of_a_name_is_taken_after_the_others():
    first = _q("f1", "Nora Vale", score=0.9, sid=0)
    again = _q("f2", "Vale", score=0.8, sid=1)
    other = _q("f3", "the harbour", score=0.6, sid=2)
    quota = {"fill_blank": 2}
    chosen = _take_by_quota({"fill_blank": [first, again, other]}, ["fill_blank"], quota, {}, 2)
    assert [q.id for q in chosen] == ["f1", "f3"]
