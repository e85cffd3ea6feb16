"""Timeline labels keep the words that make them whole: an object the parser split in two, an adjective of
a noun modifier, the comma before a change amount, the purpose a motion verb leads to (task labels37)."""
from __future__ import annotations

from quizgen import build_lesson


def _labels(text: str) -> list[str]:
    return [e.label for e in build_lesson(text, published="2021-05-10").events]


def test_an_object_split_by_the_parser_stays_whole():
    labels = _labels("Detectives are hunting a gunman who robbed the downtown First Harbor bank about 11:05 a.m. Monday.")
    assert "A gunman robbed the downtown First Harbor bank" in labels, labels


def test_an_adjective_of_a_noun_modifier_is_not_left_out():
    labels = _labels("Citing weak demand, company officials in March lowered their fiscal year profit expectations "
                     "to about $5 million from a range of $6 million to $7 million.")
    assert any("their fiscal year profit expectations" in l for l in labels), labels
    assert not any("their year profit" in l for l in labels), labels


def test_the_comma_before_a_change_amount_stays():
    labels = _labels("Sales at the chain in March reached $2.3 billion, down 12 percent from the year before.")
    assert any("$2.3 billion, down 12 percent" in l for l in labels), labels


def test_a_purpose_clause_is_kept_over_the_phrase_before_it():
    labels = _labels("Unheralded Kenyan runner Paul Otieno surged from the back of the pack to win the city "
                     "marathon on Sunday.")
    assert any(l.endswith("surged to win the city marathon") for l in labels), labels


def test_the_year_of_a_named_occasion_goes_alone():
    labels = _labels("Ana Ruiz won the sprint in the 2012 Olympics in London.")
    assert "Ana Ruiz won the sprint in the Olympics in London" in labels, labels


def test_a_phrase_that_only_dates_goes_whole():
    labels = _labels("The mayor praised the plan in a 2011 interview.")
    assert not any("interview" in l for l in labels), labels
