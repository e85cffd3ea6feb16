"""A plural possessive written with a curly mark keeps its apostrophe in the stems built from its sentence."""
import quizgen
from quizgen.article import parse_article
from quizgen.possessive_marks import straighten_possessives

_STORY = """Harbor Hawks win the league title

PORTVILLE (AP) — The Harbor Hawks won the league title on Wednesday night, beating the Valley Owls 4-3 in extra time.

Mira Castell scored the Hawks’ third goal of the night, a low shot against Tom Brandt in the second half that stole the momentum from the Owls.
"""


def test_curly_plural_possessive_is_written_straight():
    assert straighten_possessives("Mira Castell scored the Hawks’ third goal.") == \
        "Mira Castell scored the Hawks' third goal."


def test_closing_single_quote_and_word_apostrophes_stay():
    for text in ("He called it ‘a win for the Hawks’ and left.", "It’s the fans’.", "Don’t go."):
        assert straighten_possessives(text) == text


def test_same_length_so_offsets_hold():
    body = parse_article(_STORY).body
    assert "the Hawks' third goal" in body and len(body) == len(_STORY.split("\n", 2)[2])


def test_no_stem_drops_the_possessive_mark():
    lesson = quizgen.build_lesson(_STORY).to_dict()
    prompts = [q["prompt"] for q in lesson["questions"]]
    assert prompts
    assert any("Hawks' third goal" in p for p in prompts), prompts
    assert not any("Hawks third" in p for p in prompts), prompts
