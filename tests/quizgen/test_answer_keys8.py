"""Never a wrong answer key (issue 12): a clock written with a stray space after its colon is one time."""
from __future__ import annotations

from quizgen import build_lesson
from quizgen.cleaning import clean_body


def test_a_spaced_clock_is_read_as_one_time() -> None:
    body = "Police entered the flat at 6: 40 a.m. and again at 11: 05 pm. The ratio stayed 3: 15 all week."
    reading = clean_body(body).reading
    assert len(reading) == len(body)
    assert "6:40  a.m." in reading and "11:05  pm" in reading and "3: 15 all" in reading


def test_no_question_keys_the_hour_of_a_spaced_clock() -> None:
    lesson = build_lesson("Title: Story\nPublished: 2003-04-22\n\n"
                          "The calm meeting at the harbour was in sharp contrast to the 4: 30 a.m. raid on the "
                          "riverside farm of Tomas Ferreira, the cousin who had sheltered the sailor for a month.\n\n"
                          "Officers from the coast guard led the raid on Tuesday, and the sailor was flown to Lisbon.")
    for q in lesson.to_dict()["questions"]:
        assert str(q["answer"]).strip() not in ("4", "30"), q
        assert "4: 30" not in q["prompt"] and not q["prompt"].rstrip(" .").endswith("the _____"), q




def test_a_listed_city_is_not_falsified_with_a_place_that_may_lie_inside_it(context_of) -> None:
    from quizgen.questions.true_false import _wrong_value
    ctx = context_of("Ana Ruiz had recently finished a course of treatment in Chicago and was told not to tour.\n\n"
                     "She made her last appearance on Wednesday at a small club in Wicker Park, where she "
                     "joined her cousin on stage.")
    chicago = next(m for m in ctx.index.mentions if m.text == "Chicago")
    assert _wrong_value(ctx, chicago, "finish") is None, "Wicker Park may lie inside Chicago"


def test_a_range_with_a_bracketed_conversion_is_not_cut(parsed_of) -> None:
    from quizgen.index import build_index
    text = ("The new unit would have a market value between 200 million euros ($230 million) and 300 million "
            "euros, bankers said on Friday.")
    texts = [m.text.lower() for m in build_index(parsed_of(text)).mentions]
    assert not [t for t in texts if t.startswith("between")], texts


def test_a_softened_figure_is_falsified_clear_of_its_softening(context_of) -> None:
    from quizgen.questions.true_false import _within_the_hedge
    ctx = context_of("Witnesses say about 13 prisoners escaped, chased by guards.\n\nSome 4,000 people fled the town.")
    about, some = (next(m for m in ctx.index.mentions if m.text == t) for t in ("13", "4,000"))
    assert _within_the_hedge(about, "15") and _within_the_hedge(about, "11")
    assert not _within_the_hedge(about, "20") and not _within_the_hedge(some, "5,000")


def test_a_contest_is_no_option_for_a_body_nor_a_body_for_a_contest(context_of) -> None:
    from quizgen.questions.distractors import contest_name
    assert contest_name("Champions League") and contest_name("Boston Marathon") and not contest_name("FBI")
    ctx = context_of("Coach Dan Reyes will step down at Riverside Rovers at the end of the season, the club said.\n\n"
                     "He won the Champions League twice and signed players from Harbour United.\n\n"
                     "The Football Association thanked him on Wednesday.")
    for m in ctx.index.mentions:
        if m.kind == "ORG":
            dis = ctx.picker.names(m, 3, sentence_id=-1)
            assert all(contest_name(d) == contest_name(m.text) for d in dis), (m.text, dis)
