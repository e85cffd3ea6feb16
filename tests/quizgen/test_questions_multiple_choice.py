"""Multiple choice: real questions, answer in the evidence sentence and not in the prompt, same-kind options."""
from __future__ import annotations

import pytest

from quizgen.questions import multiple_choice
from quizgen.questions.context import phrase_in

pytestmark = pytest.mark.slow

BODY = ("Chinese President Xi Jinping and Russian President Vladimir Putin met in Moscow.\n\n"
        "The two leaders spoke on the phone on Wednesday for the first time since Russia invaded Ukraine "
        "on Feb. 24.\n\n"
        "The Federal Reserve agreed to lend $85 billion to the American International Group.\n\n"
        "He said it was a good day.\n\n"
        "Loren J. Shriver commanded the flight, and Steven A. Hawley held the telescope. "
        "Kathryn D. Sullivan watched from the cabin.\n\n"
        # countries of the story's own: a country question is asked only among them (no listed neighbour)
        "Leaders of Poland, Moldova and Georgia called for calm.")


KIND = "multiple_choice"      # the conftest's `generated` fixture builds (context, questions) from BODY


@pytest.fixture(scope="module")
def questions(generated):
    return generated


def test_subject_question_reads_naturally(questions):
    _, qs = questions
    q = next(q for q in qs if q.prompt == "Which country invaded Ukraine on Feb. 24?")
    assert q.answer == "Russia" and q.focus == "which country"


def test_group_noun_is_resolved_to_the_names(questions):
    _, qs = questions
    prompts = [q.prompt for q in qs]
    assert any(p.startswith("When did Xi Jinping and Vladimir Putin speak on the phone") for p in prompts), prompts
    assert not any("the two leaders" in p for p in prompts)


def test_object_question_uses_do_support(questions):
    _, qs = questions
    assert any(q.prompt.startswith("Which country did Russia invade") and q.answer == "Ukraine" for q in qs)


def test_every_question_is_valid(questions):
    ctx, qs = questions
    assert len(qs) >= 4
    for q in qs:
        assert q.prompt.endswith("?")
        assert 3 <= len(q.choices) <= 5 and len(set(q.choices)) == len(q.choices)
        assert q.answer in q.choices
        assert not phrase_in(q.answer, q.prompt)
        assert phrase_in(q.answer, ctx.parsed.sentences[q.sentence_id].text)
        # no option is also named in the evidence sentence (it could be true too)
        others = [c for c in q.choices if c != q.answer]
        assert not any(phrase_in(o, ctx.parsed.sentences[q.sentence_id].text) for o in others), q


def test_unresolved_pronoun_sentence_gives_no_question(questions):
    _, qs = questions
    assert not any(q.sentence_id == 3 for q in qs)      # "He said it was a good day."


def test_deterministic(context_of):
    a = [q.to_dict() for q in multiple_choice.generate(context_of(BODY))]
    b = [q.to_dict() for q in multiple_choice.generate(context_of(BODY))]
    assert a == b


def test_a_name_ending_in_a_numeral_and_the_subjects_own_possessive_are_no_pronouns(context_of):
    """'Paul I' is a name, not the pronoun 'I'; 'his' in 'Who crowned his successor?' points at the
    person the question asks for: the lead's main happening is asked."""
    ctx = context_of("On Sunday, Queen Mara Velli crowned her cousin King Paul I at a ceremony in Rome.\n\n"
                     "Queen Mara Velli spoke to the crowd with Anna Berg.\n\nKing Paul I thanked Ruth Lodd and "
                     "Maria Kass.")   # women: 'her' in the stem wants women as options
    prompts = [q.prompt for q in multiple_choice.generate(ctx) if q.sentence_id == 0]
    assert any(p.startswith("Who crowned her cousin") for p in prompts), prompts


def test_a_count_in_the_subject_is_asked_without_its_spelled_out_parts(context_of):
    """'Nine people, six students and three teachers, were hurt': how many were hurt, the parts left out."""
    ctx = context_of("Nine people, six students and three teachers, were hurt in the fire on Monday.\n\n"
                     "Two firefighters were treated at the scene.\n\nFourteen trucks came to the school.")
    qs = [q for q in multiple_choice.generate(ctx) if q.sentence_id == 0 and q.answer == "Nine"]
    assert qs and qs[0].prompt.startswith("How many people were hurt"), [q.prompt for q in qs]
    assert "students" not in qs[0].prompt


def test_a_stem_cut_after_a_conjunction_is_no_question():
    assert multiple_choice._DANGLING_END.search("How many institutions received the invitation and?")
    assert not multiple_choice._DANGLING_END.search("Who met the king and the queen?")


def test_a_product_tagged_as_a_person_is_no_who_option(context_of):
    """'Baby Ruth' (a candy bar the tagger takes for a person, never written as one) is absurd among
    the people who could have attended an opening: the options are the article's people only."""
    ctx = context_of("Harbor Candy Co. sells its Baby Ruth and Butterfinger bars in 40 countries. Baby Ruth "
                     "sales rose 8% in the third quarter.\n\nAnn Brook, the company's chief executive, announced "
                     "a new factory in Ohio on Monday. Hamid Karzo, an analyst at Lakeside Securities, praised the "
                     "plan. Jorge Pell, a union leader, welcomed the jobs. Mayor Lisa Holm attended the opening. "
                     "That is good news for workers like Darnell Quist, who needs a job.")
    who = [q for q in multiple_choice.generate(ctx) if q.prompt.startswith("Who")]
    assert who
    assert not any("Baby Ruth" in q.choices for q in who), [q.choices for q in who]
    assert multiple_choice.only_before_a_noun(ctx, "Baby Ruth")
    # a person the article names bare, with no title or role, is still a person
    assert not multiple_choice.only_before_a_noun(ctx, "Darnell Quist")   # ', who needs' lists no name


SEX_BODY = ("The new school law took effect in Marlow County on Monday.\n\nDana Whitlock, a nurse from Ohio, is a "
            "stay-at-home mother of four who lives near Marlow with her husband. Senator Roy Pelham wrote the law. "
            "He said he stands by it. Carl Brandt, a teacher, called the law cruel. His union will sue. Lucia "
            "Marr, a lawyer, filed the first suit. She expects a ruling soon.")


@pytest.mark.parametrize("stem, asked, sex", [
    ("Who is a stay-at-home mother of four?", "Whitlock", "female"),
    ("Who became one of the most celebrated female singers of all time?", "Whitlock", "female"),
    ("Who was the first man to cross the river?", "Brandt", "male"),
    ("Who was married to the queen?", "Brandt", None),          # the queen is someone else
    ("Who was named chairman of the board?", "Whitlock", None),  # news writes 'chairman' of women too
    ("Who was the mother's lawyer?", "Marr", None),
])
def test_a_who_stem_saying_what_the_answer_is_tells_its_sex(context_of, stem, asked, sex):
    """'Who is a stay-at-home mother of four?' with men among the options gives the answer away (a
    teacher rejected such a stem's options as absurd): the stem's own noun says the answer's sex."""
    ctx = context_of(SEX_BODY)
    person = next(m for m in ctx.index.mentions if m.kind == "PERSON" and asked in m.text)
    assert multiple_choice.stem_sex(ctx, person, stem) == sex
