"""A surname alone that the article gives two people names the person of the nearest full or titled
mention before it, or stays as written when that is unclear; a titled form ('King Hussein') is its own
person and never becomes another's full name (issues 11/12)."""
from __future__ import annotations

import functools

from quizgen import build_lesson
from quizgen.article import parse_article
from quizgen.pipeline import analyse

_KING = """Title: Jordan's king meets Iraqi leader as crisis deepens

AMMAN, Jordan (AP) — King Hussein of Jordan flew to Baghdad on Monday to meet Saddam Hussein, the Iraqi president, in a bid to end the standoff over Kuwait.

Saddam Hussein told the king on Tuesday that Iraq would not withdraw its troops from Kuwait, according to officials in Amman.

The king left Baghdad on Wednesday. On Thursday, Hussein arrived in Washington for talks with President George Bush at the White House.

Hussein told reporters on Friday that he had carried no message from Baghdad. Bush said on Friday that the United States would keep its forces in the Gulf.
"""

_SMITHS = """Title: Council elects new chair after close vote

MILLBROOK (AP) — The town council of Millbrook elected Karen Smith as its chair on Monday after a close vote.

Karen Smith, a retired teacher, won by two votes over Daniel Harlow, a local lawyer.

On Tuesday, the town's treasurer, Peter Smith, said the budget would be cut by 4 percent in March. Smith told reporters that road repairs would be delayed until 2026.

Harlow criticised the plan on Thursday.
"""

_FATHER_SON = """Title: Founder hands company to son after 40 years

DENTON (AP) — Robert Kellan Sr., who founded the Kellan Tool Company in 1982, retired on Monday and named his son its chief executive.

Robert Kellan Jr., 44, had run the company's factory in Denton since 2009.

Kellan said on Tuesday that the firm would open a second plant in Ohio next year. The elder Kellan will stay on the board.

Robert Kellan Sr. told workers on Wednesday that he was proud of them. Kellan thanked the staff and left the building.
"""

_BOTH_NAMED = """Title: Two Smiths meet over budget

Karen Smith met Peter Smith at the town hall on Monday to discuss the budget for the coming year.
Smith said on Tuesday that the talks had gone well and that the council would vote in May.
"""


@functools.lru_cache(maxsize=4)
def _persons(text: str) -> list[tuple[str, str]]:
    index = analyse(parse_article(text)).index
    return [(m.text, m.full) for m in index.mentions if m.kind == "PERSON"]


def test_a_kings_surname_is_not_the_presidents_full_name():
    lesson = build_lesson(_KING).to_dict()
    stems = [q["prompt"] for q in lesson["questions"]]
    assert not any("Saddam Hussein arrive" in s or "Saddam Hussein told reporters" in s for s in stems)
    assert all(full != "Saddam Hussein" for text, full in _persons(_KING) if text == "Hussein")


def test_a_shared_surname_is_the_nearest_full_name_before_it():
    smiths = [full for text, full in _persons(_SMITHS) if text == "Smith"]
    assert smiths and all(full == "Peter Smith" for full in smiths)


def test_a_father_and_son_surname_follows_the_nearest_full_name():
    kellans = [full for text, full in _persons(_FATHER_SON) if text == "Kellan"]
    assert kellans[0] == "Kellan"       # 'The elder Kellan' (not the nearest, the son): left as written
    assert kellans[-1] == "Robert Kellan Sr."


def test_a_surname_after_both_people_stays_as_written():
    smiths = [full for text, full in _persons(_BOTH_NAMED) if text == "Smith"]
    assert all(full == "Smith" for full in smiths)
