"""Who said it: the person a quotation speaks of by family name is never an option for its speaker."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quizgen.questions import who_said

BODY = ("Governor Nate Oswin named Lucia Ferraro-Quist to the state's highest court on Monday.\n\n"
        "\"Because Judge Ferraro-Quist has served twenty years on the bench, she knows this court well,\" "
        "Oswin said in a statement.\n\n"
        "Ferraro-Quist, 51, will be sworn in next month. She replaces Justice Carl Menning, who retires.\n\n"
        "\"The court gains a careful reader of the law,\" said Hal Brenner, a law professor.\n\n"
        "\"We welcome the appointment,\" said Rita Salgado, head of the state bar.")


def _person(full: str) -> SimpleNamespace:
    return SimpleNamespace(kind="PERSON", full=full, text=full)


def test_a_family_name_in_the_quotation_marks_its_subject():
    quote = "Because Judge Ferraro-Quist has served twenty years, she knows this court well"
    assert who_said._family_name_in(_person("Lucia Ferraro-Quist"), quote)
    assert not who_said._family_name_in(_person("Hal Brenner"), quote)
    assert not who_said._family_name_in(_person("Ferraro"), quote)           # one word: no family name read
    assert not who_said._family_name_in(_person("Tom Quist"), quote)          # a part of a joined name is not it
    assert not who_said._family_name_in(SimpleNamespace(kind="ORG", full="Bar Ferraro-Quist",
                                                        text="Bar Ferraro-Quist"), quote)


@pytest.mark.slow
def test_the_quotations_subject_is_no_option(context_of):
    qs = [q for q in who_said.generate(context_of(BODY, "2020-01-08")) if "Ferraro-Quist has" in q.prompt]
    assert qs
    for q in qs:
        assert not any("Ferraro-Quist" in c for c in q.choices), q.choices
