"""Blanks the article's title fills in (JUDGING.md rule 7): left out of the default quiz, with a note."""
from __future__ import annotations

from types import SimpleNamespace

from quizgen.model import Question
from quizgen.questions import headline_blanks
from quizgen.questions.headline_blank import headline_answer

TITLE = "Larkfield's rail board wins three awards as Norway opens tunnel"


def _blank(answer: str, qid: str = "a", kind: str = "fill_blank") -> Question:
    return Question(id=qid, type=kind, prompt="The prize went to _____ in the end.", answer=answer, sentence_id=0)


def test_a_name_the_title_prints_is_a_giveaway() -> None:
    assert headline_answer(_blank("Norway"), TITLE) == "Norway"


def test_a_possessive_in_the_title_still_prints_the_name() -> None:
    assert headline_answer(_blank("Larkfield"), TITLE) == "Larkfield"


def test_a_number_word_the_title_prints_is_a_giveaway() -> None:
    assert headline_answer(_blank("three"), TITLE) == "three"


def test_a_figure_in_the_title_is_left_to_the_ranker() -> None:
    assert headline_answer(_blank("19%"), "Pellam profit rises 19% in the third quarter") is None


def test_part_of_a_word_is_no_match() -> None:
    assert headline_answer(_blank("Norwa"), TITLE) is None
    assert headline_answer(_blank("rail board wins three awards as Norway opens tunnels"), TITLE) is None


def test_only_blanks_are_read() -> None:
    assert headline_answer(_blank("Norway", kind="multiple_choice"), TITLE) is None


def test_the_bank_reads_the_parsed_articles_title() -> None:
    parsed = SimpleNamespace(article=SimpleNamespace(title=TITLE))
    bank = [_blank("Norway", "a"), _blank("Sweden", "b")]
    assert headline_blanks(bank, parsed) == {"a": "Norway"}
    assert headline_blanks(bank, SimpleNamespace(article=SimpleNamespace(title=None))) == {}
