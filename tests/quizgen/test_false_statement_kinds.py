"""Which values a false statement may swap (questions.true_false.false_twin): never an organisation, whose
swap reads as absurd (judged: 9 of 11 bad, bench/false_statement_verdicts.py); a figure or date still is."""
from __future__ import annotations

from quizgen.article import parse_article
from quizgen.pipeline import analyse
from quizgen.questions import candidates
from quizgen.questions.context import make_context

_DEAL = """Title: Harbor Mutual agrees to buy Coastline Energy
Published: 2024-05-14

Harbor Mutual agreed on Tuesday to buy Coastline Energy for $4 billion in cash, the companies said.
Coastline Energy had rejected an earlier offer from Westbridge Capital in March.
Westbridge Capital said it would not raise its bid.
Harbor Mutual hired Goldman Sachs as its financial adviser on the purchase.
Coastline Energy was advised by Morgan Stanley and the law firm Baker Lane.
Shares of Coastline Energy rose 12 percent to $38.50 in New York trading.
The deal is expected to close by the end of the year, pending approval from regulators.
"""


def _statements(text: str) -> list[tuple[str, str]]:
    out = []
    for q in candidates(make_context(analyse(parse_article(text)))):
        for s in (q, q.twin):
            if s is not None and s.type == "true_false":
                out.append((s.prompt, s.answer))
    return out


def test_an_organisation_is_not_swapped_for_another():
    statements = _statements(_DEAL)
    assert ("Coastline Energy was advised by Morgan Stanley and the law firm Baker Lane.", "True") in statements
    assert not [p for p, a in statements if a == "False" and "advised by" in p]
    # a figure of the same article is still swapped
    assert any(a == "False" and "rose" in p and "12 percent" not in p for p, a in statements)
