"""'How many students does the school have?' from 'has 1,900 students, with 528 students in 9th grade':
the phrase with a figure of the same things is dropped from the stem, not left to read 'How many
students does the school have with 528 students in 9th grade?'."""
from __future__ import annotations

from bank_prompts import bank_prompts

SCHOOL = ("Valley school opens new wing\n\nThe new wing of Valley High School opened on Monday after two years "
          "of building work.\n\nAs of 2024, Valley High School has about 1,900 students in grades 9–12, with 528 "
          "students in 9th grade, according to the county.\n\nThe county paid $12 million for the wing, which "
          "holds 30 classrooms. Teachers moved into the wing on Friday.")


def test_a_second_figure_of_the_counted_things_leaves_the_stem():
    prompts = bank_prompts(SCHOOL, "2024-09-05")
    asked = [p for p in prompts if p.startswith("How many students")]
    assert asked and not any("528" in p for p in asked)
