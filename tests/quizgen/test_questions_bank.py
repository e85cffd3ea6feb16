"""The ranked bank and the default quiz: several kinds, no near-duplicates, spread, deterministic; text view."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.questions import QUIZ_FLOOR, SHORTEST_QUIZ, spare_floor
from quizgen.review import render_text

pytestmark = pytest.mark.slow

ARTICLE = """Title: Test article
Published: 1990-04-25

Astronauts aboard the space shuttle Discovery set the Hubble Space Telescope loose on Wednesday.

Steven A. Hawley held the telescope at the end of the boom while its solar panels unrolled.

Discovery and its crew of five rose from the Kennedy Space Center at 8:33 a.m. yesterday. Loren J. Shriver commanded the flight.

On April 10, the countdown was stopped four minutes before liftoff.

The telescope cost about $1.5 billion. The European Space Agency supplied its solar panels.

The astronomer Lyman Spitzer Jr. argued in 1946 that a telescope in space would see more sharply, and Congress approved money to build it in 1977.

"We are going to see things nobody has ever seen," said Denise Harlow, the president of a local club.
"""


@pytest.fixture(scope="module")
def lesson():
    return build_lesson(ARTICLE)


def test_bank_has_many_kinds_and_scores(lesson):
    kinds = {q.type for q in lesson.questions}
    assert {"multiple_choice", "true_false", "fill_blank", "who_said"} <= kinds
    assert all(0 <= q.score <= 1 for q in lesson.questions)
    scores = [q.score for q in lesson.questions]
    assert scores == sorted(scores, reverse=True)
    assert len({q.id for q in lesson.questions}) == len(lesson.questions)


def test_no_near_duplicate_prompts(lesson):
    import difflib
    ps = [q.prompt.lower() for q in lesson.questions]
    for i, p in enumerate(ps):
        for o in ps[:i]:
            assert difflib.SequenceMatcher(None, p, o).ratio() < 0.9, (p, o)


def test_default_quiz_is_balanced_and_spread(lesson):
    quiz = lesson.quiz_questions
    # up to ten, but only questions the learned ranker trusts and worth asking (no trivia or giveaway,
    # whose note says 'Left out'): a shorter quiz rather than padding
    trusted = [q for q in lesson.questions if q.score >= QUIZ_FLOOR and not q.note.startswith("Left out")]
    # a question under the floor only as a spare: to keep the quiz at SHORTEST_QUIZ, or the one
    # question on what the headline says
    low = [q for q in quiz if q.score < QUIZ_FLOOR]
    assert all(q.score >= spare_floor(q) for q in low)
    assert len(low) <= max(0, SHORTEST_QUIZ - (len(quiz) - len(low))) + 1
    assert len(quiz) >= min(6, len(trusted) - 1) and len(quiz) <= 10
    kinds = [q.type for q in quiz]
    assert len(set(kinds)) >= 4
    assert max(kinds.count(k) for k in set(kinds)) <= 4
    paras = {lesson.sentences[q.sentence_id].paragraph for q in quiz}
    assert len(paras) >= 5


def test_deterministic(lesson):
    again = build_lesson(ARTICLE)
    assert [q.to_dict() for q in again.questions] == [q.to_dict() for q in lesson.questions]
    assert again.quiz == lesson.quiz


def test_text_view_marks_answers_and_quotes_evidence(lesson):
    text = render_text(lesson)
    assert text.index("DEFAULT QUIZ") < text.index("REST OF THE BANK")
    assert "Evidence (sentence" in text and "* a)" in text or "* b)" in text
    first = lesson.quiz_questions[0]
    assert first.prompt.split()[0] in text


def test_default_quiz_mixes_true_and_false_when_the_bank_has_both():
    """A quiz whose true/false answers are all 'True' can be passed by guessing."""
    from types import SimpleNamespace

    from quizgen.model import Question, Sentence
    from quizgen.questions import select_quiz

    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(12)]
    bank = [Question(id=f"t{i}", type="true_false", prompt=f"Statement {i}.", answer="True",
                     sentence_id=i, choices=("True", "False"), score=0.9) for i in range(4)]
    bank.append(Question(id="f", type="true_false", prompt="A false one.", answer="False",
                         sentence_id=5, choices=("True", "False"), score=0.5))
    bank += [Question(id=f"m{i}", type="multiple_choice", prompt=f"Which {i}?", answer="a",
                      sentence_id=6 + i, choices=("a", "b", "c"), score=0.8) for i in range(6)]
    quiz = select_quiz(bank, SimpleNamespace(sentences=sentences), size=10)
    answers = [q.answer for q in bank if q.id in quiz and q.type == "true_false"]
    assert len(answers) >= 2 and set(answers) == {"True", "False"}


def test_default_quiz_never_lets_one_question_answer_another():
    """'On what date did Russia invade Ukraine?' and 'Which country did Russia invade?' from one
    sentence never share a quiz; nor does a false statement whose correction the other shows."""
    from types import SimpleNamespace

    from quizgen.model import Question, Sentence
    from quizgen.questions import select_quiz

    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(3)]
    when = Question(id="w", type="when", prompt="On what date did Russia invade Ukraine?",
                    answer="February 24, 2022", sentence_id=1, score=0.9,
                    choices=("February 24, 2022", "March 1, 2022", "June 2, 2022"))
    which = Question(id="c", type="multiple_choice", prompt="Which country did Russia invade on Feb. 24?",
                     answer="Ukraine", sentence_id=1, score=0.8, choices=("Ukraine", "Poland", "Latvia"))
    false = Question(id="f", type="true_false", prompt="China invaded Ukraine on Feb. 24.", answer="False",
                     sentence_id=1, score=0.7, choices=("True", "False"),
                     explanation="The article says: Russia invaded Ukraine on Feb. 24.")
    other = Question(id="o", type="multiple_choice", prompt="Who met the press in Kyiv?", answer="Ana Ruiz",
                     sentence_id=2, score=0.6, choices=("Ana Ruiz", "Bo Li", "Cy Young"))
    quiz = select_quiz([when, which, false, other], SimpleNamespace(sentences=sentences), size=4)
    assert "o" in quiz and ("w" in quiz) != ("c" in quiz) and "f" not in quiz


def test_default_quiz_prefers_different_answers():
    """Two blanks that both answer 'Ukraine' never share a quiz: it is shorter rather than padded
    with a question that repeats another's answer."""
    from types import SimpleNamespace

    from quizgen.model import Question, Sentence
    from quizgen.questions import select_quiz

    sentences = [Sentence(id=i, text=f"Sentence {i}.", start=0, end=1, paragraph=i) for i in range(6)]
    blanks = [Question(id=f"b{i}", type="fill_blank", prompt=f"Talks on the _____ crisis {i}.",
                       answer="Ukraine", sentence_id=i, score=0.9) for i in range(2)]
    others = [Question(id=f"o{i}", type="fill_blank", prompt=f"A _____ met {i}.", answer=f"Name {i}",
                       sentence_id=2 + i, score=0.5) for i in range(2)]
    parsed = SimpleNamespace(sentences=sentences)
    quiz = select_quiz(blanks + others, parsed, size=3)
    assert sum(q in quiz for q in ("b0", "b1")) == 1
    assert len(select_quiz(blanks + others, parsed, size=4)) == 3
