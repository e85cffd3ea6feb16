"""True/false keys: a default quiz whose statements are not all keyed alike, and false versions
whose swapped-in value comes from the article itself."""
from __future__ import annotations

import re

import pytest

from quizgen.model import Question
from quizgen.questions import _mixed_keys
from quizgen.questions import true_false

_FACTS = ["The council met on Monday.", "Crews built a wall.", "The dam held.", "The school reopened.",
          "The bakery sold bread.", "Buses ran late.", "The choir sang.", "Tourists left."]


def _tf(i: int, answer: str, score: float, twin_score: float | None = None) -> Question:
    """A statement on sentence i; its twin (the other key, same sentence) rated `twin_score`."""
    other = "False" if answer == "True" else "True"
    twin = None if twin_score is None else Question(
        f"w{i}", "true_false", _FACTS[i].replace(".", " twice."), other, i, choices=("True", "False"),
        score=twin_score)
    return Question(f"t{i}", "true_false", _FACTS[i], answer, i, choices=("True", "False"), score=score, twin=twin)


@pytest.mark.parametrize("quiz, falses", [
    # two statements keyed True, a sound false twin rated a little lower: one is asked false
    ([("True", 0.50, 0.45), ("True", 0.60, 0.44)], 1),
    # four of five keyed True: the twin that costs least is asked (3 of 5 at most with one key)
    ([("True", 0.50, 0.47), ("True", 0.60, 0.35), ("True", 0.55, None), ("True", 0.70, None),
      ("False", 0.50, None)], 2),
    # two keyed False: one is asked in its true form
    ([("False", 0.50, 0.55), ("False", 0.60, None)], 1),
])
def test_a_leaning_quiz_asks_a_sound_twin(quiz, falses):
    chosen = [_tf(i, *q) for i, q in enumerate(quiz)]
    out = _mixed_keys(chosen, chosen)
    assert len(out) == len(chosen)
    assert sum(q.answer == "False" for q in out) == (falses if quiz[0][0] == "True" else len(quiz) - falses)


@pytest.mark.parametrize("quiz", [
    [("True", 0.60, 0.45), ("True", 0.70, 0.20)],       # twins rated far below: balance is not worth it
    [("True", 0.50, 0.29), ("True", 0.50, 0.25)],       # twins below the spare floor
    [("True", 0.60, 0.55), ("True", 0.60, None), ("False", 0.50, None)],    # two of three: mixed enough
])
def test_a_weak_twin_is_never_traded_in(quiz):
    chosen = [_tf(i, *q) for i, q in enumerate(quiz)]
    assert _mixed_keys(chosen, chosen) == chosen


def test_a_statement_of_the_other_key_from_the_bank_takes_the_weakest_place():
    chosen = [_tf(i, "True", s) for i, s in enumerate([0.50, 0.60, 0.70, 0.65])] + [_tf(4, "False", 0.5)]
    spare = [_tf(5, "False", 0.45), _tf(6, "False", 0.30)]
    out = _mixed_keys(chosen, chosen + spare)
    assert {q.id for q in out} == {"t1", "t2", "t3", "t4", "t5"}


_OUTSIDE_PLACE = [
    "Norway won the sailing race on Saturday, beating a crew from Denmark. Norway's crew trained in "
    "Bergen for two years.",
    "Kenya will host the regional water summit in March. The summit will bring together ministers "
    "from twelve countries.",
]


_CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
             "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"}


@pytest.mark.parametrize("body", _OUTSIDE_PLACE)
def test_a_false_version_swaps_in_no_place_the_article_never_names(context_of, body):
    ctx = context_of(body)
    made = [q if q.answer == "False" else q.twin for q in true_false.generate(ctx)]
    for q in (q for q in made if q is not None):
        names = set(re.findall(r"[A-Z][a-z]+", q.prompt)) - _CALENDAR
        assert all(n in body for n in names), q.prompt


def test_a_number_stated_elsewhere_gives_way_to_the_next_of_its_unit(context_of):
    # 120 homes is counted in the next sentence (the same verb): the false version takes 80 instead
    body = ("The town council counted 150 homes with damaged roofs. Inspectors counted 120 homes in the "
            "old town. Builders repaired 80 homes.")
    qs = true_false.generate(context_of(body))
    first = next(q for q in qs if "150" in q.prompt or "council" in q.prompt)
    false = first if first.answer == "False" else first.twin
    assert false is not None and "80 homes" in false.prompt and "120" not in false.prompt


_BLANKS = [("The ferry left _____ at noon.", "Dover"), ("The orchestra hired _____ as its conductor.", "Marta Olsen")]


def _blank(i: int, score: float) -> Question:
    return Question(f"b{i}", "fill_blank", _BLANKS[i][0], _BLANKS[i][1], 20 + i, score=score)


def test_a_statement_asked_in_its_twins_form_before_a_spare_question_of_another_kind_comes_in():
    # three statements keyed True, the best with a sound false twin; the bank offers only a spare blank
    chosen = [_tf(0, "True", 0.68, 0.55), _tf(1, "True", 0.60), _tf(2, "True", 0.50), _blank(0, 0.8)]
    spare = [_blank(1, 0.35)]
    out = _mixed_keys(chosen, chosen + spare)
    assert "b1" not in {q.id for q in out}
    assert sorted(q.answer for q in out if q.type == "true_false") == ["False", "True", "True"]


def test_a_question_of_another_kind_rated_above_the_floor_still_comes_in_first():
    chosen = [_tf(0, "True", 0.68, 0.55), _tf(1, "True", 0.60), _tf(2, "True", 0.50), _blank(0, 0.8)]
    out = _mixed_keys(chosen, chosen + [_blank(1, 0.45)])
    assert "b1" in {q.id for q in out} and "t2" not in {q.id for q in out}
