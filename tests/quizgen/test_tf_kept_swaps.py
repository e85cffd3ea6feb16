"""An all-True quiz of two or more statements mixes its keys with a false version of a class judges keep like
a true statement (a date, a figure more than doubled), however low the learned ranker rates it (issue 12)."""
from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.questions import _mixed_keys, true_false

_SAYS = true_false.SAYS


def _statement(i: int, text: str, score: float, answer: str = "True") -> Question:
    return Question(f"t{i}", "true_false", text, answer, i, choices=("True", "False"), score=score)


def _with_twin(i: int, true_text: str, false_text: str, swap: str, score: float, twin_score: float) -> Question:
    twin = Question(f"f{i}", "true_false", false_text, "False", i, choices=("True", "False"), score=twin_score,
                    explanation=_SAYS + true_text, swap=swap)
    return Question(f"t{i}", "true_false", true_text, "True", i, choices=("True", "False"), score=score, twin=twin)


@pytest.mark.parametrize("kind, value, wrong, cls", [
    ("DATE", "March 9", "March 16", "date"),
    ("TIME", "7:30 p.m.", "11 a.m.", "date"),
    ("DATE", "Tuesday", "Friday", "weekday"),
    ("DATE", "2010", "2004", "year"),
    ("NUMBER", "150,000", "500,000", "number x>2"),
    ("MONEY", "$1.2 million", "$3 million", "number x>2"),
    ("NUMBER", "40", "80", "number"),
    ("MONEY", "$84 billion", "$14 billion", "number"),
    ("PERSON", "Ana Lutz", "Ivo Brandt", "person"),
    ("CITY", "Calvera", "Lisbon", "place"),
    ("ORG", "Orbix", "Delmar", "org"),
])
def test_a_swap_is_classed_as_the_judged_rows_are(kind: str, value: str, wrong: str, cls: str):
    assert true_false.swap_class(kind, value, wrong) == cls


@pytest.mark.parametrize("swap, flipped", [
    ("number x>2", True),           # judges keep it like a true statement: taken at 0.26
    ("date", True),
    ("number", False),              # the learned ranker's floor holds for the others
    ("person", False),
    ("date elsewhere", False),      # the wrong date is another sentence's: it may be true of that
])
def test_an_all_true_quiz_takes_a_kept_class_false_version(swap: str, flipped: bool):
    first = _with_twin(0, "About 1,500 people left Calvera.", "About 4,000 people left Calvera.", swap, 0.6, 0.26)
    second = _statement(1, "Buses ran late in Calvera.", 0.7)
    out = _mixed_keys([first, second], [first, second])
    assert ("f0" in {q.id for q in out}) is flipped


def test_a_kept_class_false_version_below_the_statement_floor_stays_out():
    first = _with_twin(0, "About 1,500 people left Calvera.", "About 4,000 people left Calvera.", "number x>2",
                       0.6, 0.2)
    second = _statement(1, "Buses ran late in Calvera.", 0.7)
    assert all(q.answer == "True" for q in _mixed_keys([first, second], [first, second]))


def test_a_quiz_that_has_a_false_statement_keeps_the_ranker_floor():
    facts = ["Buses ran late in Calvera.", "The Calvera choir sang.", "Tourists left Calvera.",
             "The Calvera ferry sank."]
    chosen = [_statement(i + 1, t, 0.7 + i / 100, "True" if i < 3 else "False") for i, t in enumerate(facts)]
    chosen.append(_statement(9, "The Calvera mayor resigned.", 0.69))
    first = _with_twin(0, "About 1,500 people left Calvera.", "About 4,000 people left Calvera.", "number x>2",
                       0.6, 0.26)
    out = _mixed_keys([first, *chosen], [first, *chosen])
    assert "f0" not in {q.id for q in out}


@pytest.mark.parametrize("true_score, sentence, taken", [
    (0.55, 5, True),        # rated above the weakest statement: its false version takes that one's place
    (0.45, 5, False),       # rated below it: the quiz keeps its statements
    (0.55, 1, False),       # on the sentence of another question of the quiz
])
def test_a_bank_statement_false_version_takes_a_lower_statement_place(true_score: float, sentence: int, taken: bool):
    chosen = [_statement(0, "Buses ran late in Calvera.", 0.5), _statement(1, "The Calvera choir sang.", 0.7),
              Question("b2", "fill_blank", "The Calvera ferry carried _____ cars.", "40", 2, score=0.6)]
    bank_q = _with_twin(sentence, "The Calvera port closed on March 3.", "The Calvera port closed on March 20.",
                        "date", true_score, 0.27)
    out = _mixed_keys(chosen, [*chosen, bank_q])
    ids = {q.id for q in out}
    assert (f"f{sentence}" in ids and "t0" not in ids) is taken


def test_a_false_version_carries_its_swap_class(context_of):
    ctx = context_of("The Calvera port closed on March 3 after a storm, officials said. "
                     "About 1,500 people left the town of Calvera during the storm.")
    forms = [f for q in true_false.generate(ctx) for f in (q, q.twin) if f is not None and f.answer == "False"]
    assert forms and all(f.swap.split()[0] in ("date", "weekday", "year", "number", "person", "place", "org",
                                               "media", "other") for f in forms)
