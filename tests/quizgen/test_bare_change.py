"""'By how much ...?' on an amount written straight after a verb of going up or down ('fell 12 percent'),
not when the stem would keep the change's ends to work the answer out from; 'How many ...?' on a collective
noun a figure counts ('67,000 research staff')."""
from __future__ import annotations

from bank_prompts import bank_prompts

PUBLISHED = "2023-03-02"


def _prompts(body: str) -> list[str]:
    return bank_prompts(body, PUBLISHED)


STEEL = ("Norland steel exports slump\n\nSteel exports from Norland fell 12 percent in 2022, the trade ministry "
         "said on Tuesday.\n\nThe ministry blamed weak demand in Europe. Wages at the mills rose 4 percent over "
         "the same period, while the price of coal climbed 9 percent. Officials expect exports to recover by "
         "20 percent next year.")
ENDS = ("Mill sales grow\n\nSales at the Norland mills rose 10 percent to $26 million from $24 million in 2022, "
        "the company said on Tuesday.\n\nThe company plans to hire 40 workers. Its rival Southmill reported sales "
        "of $31 million, and a third mill reported sales of $12 million.")


def test_an_amount_after_a_change_verb_is_asked_by_how_much():
    prompts = _prompts(STEEL)
    assert "By how much did steel exports from Norland fall in 2022?" in prompts


def test_no_by_how_much_stem_that_keeps_the_change_s_ends():
    assert not any(p.startswith("By how much did sales") for p in _prompts(ENDS))


STAFF = ("Universities lean on short contracts\n\nAbout 67,000 research staff were on fixed-term contracts at "
         "British universities in 2022.\n\nA union report said 12,000 lecturers had left the sector since 2019. "
         "It counted 3,000 librarians and 5,000 technicians on hourly pay. Ministers promised a review of "
         "university funding next year.")


def test_a_collective_noun_a_figure_counts_is_asked_how_many():
    assert "How many research staff were on fixed-term contracts at British universities in 2022?" \
        in _prompts(STAFF)
