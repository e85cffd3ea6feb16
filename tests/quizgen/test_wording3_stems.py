"""Stems in whole English: a count that is one end of a range or a pair of figures is not asked ('To how many
and 540 million pounds ...?'), and a common word opening a sentence after a dateline loses its capital in
the stem ('On which day did Physicists ...?')."""
from __future__ import annotations

from quizgen import build_lesson


def _prompts(text: str) -> list[str]:
    return [q["prompt"] for q in build_lesson(text).to_dict()["questions"]]


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
