"""A statement never keeps a noun phrase's modifiers without its head when the parser made that head a
clause of its own ('indicted last year in the October 1998' from '... 1998 shooting death of ...')."""
import pytest

from quizgen import build_lesson

_BODY = ("Federal prosecutors on Monday charged a man with murder in a killing that shocked the region.\n\n"
         "James Carter, 44, was indicted last year in the October 1998 shooting death of Dr. Paul Webb, a physician "
         "who worked in a suburb of Buffalo. He remains at large, and the FBI has offered a reward of $1 million.\n\n"
         "Webb was shot in his kitchen by a sniper as he stood with his wife and sons after a synagogue service.")


def _statements(body: str) -> list[str]:
    lesson = build_lesson(f"Title: Fugitive charged\nSource: test\nPublished: 2000-01-24\n\n{body}\n")
    return [q.prompt for q in lesson.questions if q.type in ("true_false", "multiple_choice")]


def test_a_statement_does_not_end_on_the_modifiers_of_a_cut_noun():
    cut = [p for p in _statements(_BODY) if "October 1998" in p and "shooting" not in p]
    assert cut == []


@pytest.mark.parametrize("doc_text, verb", [
    ("James Carter, 44, was indicted last year in the October 1998 shooting death of Dr. Paul Webb.", "indicted"),
])
def test_the_noun_read_as_a_clause_is_named(parse, doc_text, verb):
    from quizgen.questions.complete import _head_noun_cut_off

    doc = parse(doc_text)
    v = next(t for t in doc if t.text == verb)
    kept = {t.i for t in doc if t.i <= next(t.i for t in doc if t.text == "1998")}
    assert v.i in kept
    assert "'shooting'" in (_head_noun_cut_off(doc, kept) or "")


def test_a_whole_noun_phrase_keeps_its_statement(parse):
    from quizgen.questions.complete import _head_noun_cut_off

    doc = parse("The council approved the new budget in a vote on Monday.")
    assert _head_noun_cut_off(doc, {t.i for t in doc}) is None
