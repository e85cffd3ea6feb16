"""Date questions ask the happening alone: a tail of examples ('..., including tremors of 5.9 and 5.2')
or a second happening beside it ('..., with the club retiring his shirt') is cut, and 'did aftershocks
continue to shake' asks 'did aftershocks shake' (judged: clumsy stems, rule 1)."""
from __future__ import annotations

import pytest

from quizgen.questions import multiple_choice, when
from quizgen.questions.when import without_trailing_aside

PUBLISHED = "2021-03-15"

BODY = ("A strong earthquake struck the northern coast on Friday, officials said. "
        "Strong aftershocks continued to shake the coast on Saturday, including tremors of 5.9 and 5.2. "
        "Fishing boats returned to the harbour on Sunday. "
        "Ben Hale left the club in 2016, with the fans honouring his career by singing his name.")


@pytest.mark.parametrize("prompt, expected", [
    ("When did strong aftershocks continue to shake the coast, including tremors of 5.9 and 5.2?",
     "When did strong aftershocks shake the coast?"),
    ("When did Ben Hale retire, with the club honouring his career by retiring his shirt?",
     "When did Ben Hale retire?"),
    ("On which day did the firm buy three rivals, including Acme?", "On which day did the firm buy three rivals?"),
    # an aside inside the subject, a plain 'with', a future 'continue', no date question: as written
    ("When did 50 cars, including 10 carrying oil, derail near the town?",
     "When did 50 cars, including 10 carrying oil, derail near the town?"),
    ("When did Ben Hale retire with the club honouring his career?", "When did Ben Hale retire?"),
    ("When did the company sign a deal with Acme?", "When did the company sign a deal with Acme?"),
    ("When did the mayor meet with the visiting minister?", "When did the mayor meet with the visiting minister?"),
    ("When did the firm merge with the group owning the stadium?",
     "When did the firm merge with the group owning the stadium?"),
    ("When will prices continue to rise?", "When will prices continue to rise?"),
    ("How many firms did it buy, including Acme?", "How many firms did it buy, including Acme?"),
    # the tail holds the verb: cutting it leaves no question
    ("On what date did about 50 rail cars, including 10 derail in the town?",
     "On what date did about 50 rail cars, including 10 derail in the town?"),
])
def test_without_trailing_aside(prompt, expected):
    assert without_trailing_aside(prompt) == expected


@pytest.mark.slow
def test_generated_date_stems_carry_no_aside(context_of):
    ctx = context_of(BODY)
    asked = [q.prompt for q in multiple_choice.generate(ctx) + when.generate(ctx)
             if q.prompt.startswith(("When", "On which", "On what", "In which"))]
    assert any("aftershocks" in p for p in asked) or any("Hale" in p for p in asked), asked
    assert not any("including" in p or "honouring" in p or "continue to" in p for p in asked), asked
    assert any("Hale leave the club?" in p for p in asked), asked
