"""Stems in whole English: a count that is one end of a range or a pair of figures is not asked ('To how many
and 540 million pounds ...?'), and a common word opening a sentence after a dateline loses its capital in
the stem ('On which day did Physicists ...?')."""
from __future__ import annotations

from bank_prompts import bank_prompts as _prompts


BAKERY = ("Title: Bakery chain warns on profits\nPublished: 2019-03-08\n\n"
          "The Dunmore bakery chain shut 12 shops in the north on Thursday after flour prices rose.\n\n"
          "Dunmore said earnings this year would drop to between 300 million and 320 million euros, down from "
          "410 million euros last year. Chief executive Rosa Pell said on Wednesday that the chain had 900 shops.")

DATELINE = ("Title: Telescope sends first pictures\nPublished: 2021-07-14\n\n"
            "OSLO (Wire) - Astronomers across the region cheered the first pictures from the new telescope on "
            "Tuesday.\n\nThe telescope took nine years to build and cost 400 million euros, the agency said on "
            "Monday.")


def test_no_count_asked_from_a_range_of_figures():
    prompts = _prompts(BAKERY)
    assert not any("and 320 million" in p for p in prompts if "how many" in p.lower())
    assert "How many shops did the Dunmore bakery chain shut in the north on Thursday?" in prompts


def test_a_common_word_after_a_dateline_is_lower_cased_in_a_stem():
    prompts = _prompts(DATELINE)
    assert any("did astronomers across the region cheer" in p for p in prompts)
    assert not any("Astronomers" in p and not p.startswith("Astronomers") for p in prompts)


MARKET = ("Title: Gunman kills 12 at Norland market\nPublished: 2021-05-08\n\n"
          "A gunman opened fire at a crowded market in the Norland city of Port Vale on Friday, killing 12 people.\n\n"
          "Police Commissioner Tom Reyes confirmed that the man was not known to Norland or foreign security "
          "services.\n\nMayor Ida Lund thanked the man who tackled the gunman.")


def _unplaced(prompt: str, words: str) -> str | None:
    from quizgen.article import parse_article
    from quizgen.model import Question
    from quizgen.pipeline import analyse
    from quizgen.questions.context import make_context
    from quizgen.questions.references import unplaced_description
    ctx = make_context(analyse(parse_article(MARKET)))
    sid = next(s.id for s in ctx.parsed.sentences if words in s.text)
    q = Question("q", "true_false", prompt, "True", sid, choices=("True", "False"))
    return unplaced_description(q, ctx.parsed.spans[sid], "Gunman kills 12 at Norland market", ctx.quoted)


def test_a_bare_the_man_a_named_speaker_speaks_of_is_unplaced():
    prompt = "Police Commissioner Tom Reyes confirmed that the man was not known to Norland or foreign security services."
    assert _unplaced(prompt, "Tom Reyes confirmed") == "the man"


def test_the_man_said_which_by_a_clause_is_placed():
    assert _unplaced("Mayor Ida Lund thanked the man who tackled the gunman.", "Ida Lund thanked") is None
