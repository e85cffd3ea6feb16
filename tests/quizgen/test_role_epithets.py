"""A role epithet ('the Green candidate', 'the 52-year-old driver') names the one person that fits it
(issues 11 and 12, rule 8); two counts of one clause asked by different participles are two facts."""
from __future__ import annotations

from quizgen import build_lesson
from quizgen.model import Question
from quizgen.questions import _gives_away


def _lesson(body: str):
    return build_lesson(f"Title: Test story\nPublished: 2021-11-06\n\n{body}\n")


def _texts(body: str) -> list[str]:
    lesson = _lesson(body)
    return [q.prompt for q in lesson.questions] + [e.label for e in lesson.events]


def test_role_epithet_names_the_one_person_named_before() -> None:
    texts = _texts("Mara Quell was elected governor of the state on Tuesday. The Green candidate beat out "
                   "her rival Tom Ash by 4,000 votes, officials said on Wednesday.")
    assert any(t.startswith("Mara Quell beat out") for t in texts)
    assert not any("Green candidate" in t for t in texts)


def test_aged_role_epithet_goes_on_with_the_subject_before() -> None:
    # the sentence before names a second person only as an owner ('Ivo Renn's lead')
    texts = _texts("Pavel Strand was killed in a crash on Sunday as he tried to protect Ivo Renn's lead. "
                   "The 52-year-old driver was taken to a hospital in Lyon, where he was pronounced dead "
                   "on Sunday night.")
    assert "Pavel Strand was taken to a hospital in Lyon." in texts
    assert not any("52-year-old driver" in t for t in texts)


def test_role_epithet_left_when_two_people_fit() -> None:
    texts = _texts("Pavel Strand met Ivo Renn on Sunday. The 52-year-old driver was taken to a hospital "
                   "in Lyon on Monday.")
    assert not any("hospital" in t and t.startswith(("Pavel", "Ivo")) for t in texts)


def test_role_epithet_left_after_an_unnamed_one() -> None:
    texts = _texts("A driver was hurt in Lyon on Sunday after Pavel Strand's car hit a wall. The 52-year-old "
                   "driver was taken to a hospital in Lyon on Monday.")
    assert not any("hospital" in t and t.startswith("Pavel") for t in texts)


def _asked(qid: str, prompt: str, answer: str) -> Question:
    return Question(id=qid, type="multiple_choice", prompt=prompt, answer=answer, sentence_id=2,
                    choices=(answer, "12", "40"), focus="how many")


def test_two_participles_of_one_clause_are_two_facts() -> None:
    killed = _asked("k", "How many people were killed in Norland?", "at least 90")
    hurt = _asked("h", "How many people were hospitalized in Norland?", "at least 310")
    assert not _gives_away(killed, [hurt]) and not _gives_away(hurt, [killed])
