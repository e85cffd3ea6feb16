"""Thin quizzes (issue 12): a small bank keeps the statement on a fact another kind took, a weakly rated
statement may fill a short quiz, and a false statement whose correction is another question's answer is
never asked beside it, even when the corrected figure appears elsewhere in its stem."""
from __future__ import annotations

from types import SimpleNamespace

from quizgen.model import Question, Sentence
from quizgen.questions import _gives_away, select_quiz
from quizgen.questions.ranking import rank


def _q(qid: str, kind: str, prompt: str, answer, sid: int, score: float = 0.5, **kw) -> Question:
    choices = ("True", "False") if kind == "true_false" else kw.pop("choices", None)
    return Question(id=qid, type=kind, prompt=prompt, answer=answer, sentence_id=sid, choices=choices,
                    score=score, **kw)


def test_small_bank_keeps_the_statement_on_a_fact_another_kind_took():
    when = _q("w0", "when", "In which year did the Harbour Choir open its new hall?", "1998", 0,
              choices=("1996", "1998", "2001"), fact="1998")
    statement = _q("t0", "true_false", "The Harbour Choir opened its new hall in 1998.", "True", 0, fact="1998")
    bank = rank([when, statement], {}, 3)
    assert {q.id for q in bank} == {"w0", "t0"}


def test_large_bank_keeps_one_question_per_fact():
    asks = ("Which ferry sank near the pier?", "Who painted the mural downtown?", "Where did the marathon end?",
            "What did the council ban in parks?", "Which bakery won the bread prize?", "Who led the orchestra?",
            "Where was the new bridge built?", "Which team lost the derby?", "What closed the highway overnight?",
            "Who opened the science museum?", "Which school hosted the chess final?", "Where did the storm land?")
    others = [_q(f"m{i}", "multiple_choice", a, f"Answer {i}", 2 + i, choices=(f"Answer {i}", "Nice", "Lille"))
              for i, a in enumerate(asks)]
    when = _q("w0", "when", "In which year did the Harbour Choir open its new hall?", "1998", 0,
              choices=("1996", "1998", "2001"), fact="1998")
    statement = _q("t0", "true_false", "The Harbour Choir opened its new hall in 1998.", "True", 0, fact="1998")
    bank = rank([when, statement, *others], {}, 20)
    assert "t0" not in {q.id for q in bank}


def test_false_statement_correcting_to_another_answer_gives_it_away():
    asked = _q("m0", "multiple_choice", "When does Season 4 of the Cup end?", "May 4", 3,
               choices=("May 4", "June 1", "July 9"))
    false = _q("f0", "true_false", "Season 4 of the Cup ends on May 11.", "False", 3,
               explanation="The article says: Season 4 of the Cup ends on May 4.")
    assert _gives_away(false, [asked]) and _gives_away(asked, [false])


def _short_bank(low_kind: str) -> list[Question]:
    subjects = ("harbour", "bakery", "library", "stadium", "orchard")
    bank = [_q(f"m{i}", "multiple_choice", f"Which town rebuilt the {s} after the flood?", t, i, 0.7,
               choices=(t, "Nice", "Lille"))
            for i, (s, t) in enumerate(zip(subjects[:2], ("Lyon", "Turin")))]
    bank += [_q(f"b{i}", "fill_blank", f"The {s} reopened after _____ months.", str(i + 2), 2 + i, 0.6)
             for i, s in enumerate(subjects[2:4])]
    bank.append(_q("t9", "true_false", "The orchard was replanted by volunteers in March.", "True", 6, 0.6))
    low = _q("x8", "true_false", "The museum kept its doors open through the storm.", "True", 8, 0.27) \
        if low_kind == "true_false" else \
        _q("x8", "multiple_choice", "Which town kept the museum open?", "Graz", 8, 0.27, choices=("Graz", "Nice", "Lille"))
    return [*bank, low]


def _quiz_of(bank: list[Question]) -> list[str]:
    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(10)]
    return select_quiz(bank, SimpleNamespace(sentences=sentences), size=10)


def test_weakly_rated_statement_fills_a_short_quiz():
    assert "x8" in _quiz_of(_short_bank("true_false"))


def test_weakly_rated_multiple_choice_does_not():
    assert "x8" not in _quiz_of(_short_bank("multiple_choice"))
