"""A number question leaves out a second amount joined to the asked one ('by about 6% ... and by significantly
less thereafter', 'an initial $7 million ... and additional payments', 'nine flights ... and several other
flights'): kept, the stem carries a phrase of another amount (issue 12, bench/garbled_still_made.py)."""
from __future__ import annotations

import quizgen


def _numbers(body: str) -> list[str]:
    lesson = quizgen.build_lesson(f"Title: Story\nPublished: 1990-05-02\n\n{body}")
    return [q.prompt for q in lesson.questions if q.type == "multiple_choice" and "how m" in q.prompt.lower()]


def test_a_second_by_phrase_leaves_the_stem() -> None:
    prompts = _numbers("The chairman said the merger with Rivet would dilute Harbor earnings by about 6% in "
                       "both 1991 and 1992 and by significantly less thereafter. Harbor shares rose on Tuesday.")
    asked = [p for p in prompts if p.startswith("By how much")]
    assert asked and all("less thereafter" not in p for p in asked), prompts


def test_additional_payments_leave_the_stem() -> None:
    prompts = _numbers("Under the terms, Delta Pumps will pay an initial $7 million for the plants and additional "
                       "payments during the next three years based on the profits of the plants. The deal closed "
                       "on Monday.")
    asked = [p for p in prompts if p.startswith("How much")]
    assert asked and all("additional payments" not in p and "next three years" not in p for p in asked), prompts


def test_a_count_asks_only_its_own_things() -> None:
    prompts = _numbers("To date, Orbitline had completed nine crewed flights to space for NASA and several "
                       "commercial flights, the BBC reported. The firm plans more launches next year.")
    assert "How many crewed flights to space for NASA had Orbitline completed to date?" in prompts, prompts
