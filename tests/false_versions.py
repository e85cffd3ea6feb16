"""Every false twin the true/false stage makes for an article, read the same way by the figure-swap tests."""
from __future__ import annotations

from quizgen.questions import true_false


def false_versions(ctx) -> list[str]:
    out = []
    for sid, clauses in ctx.clauses.items():
        for clause in clauses:
            said = true_false.true_statement(ctx, clause)
            if not said:
                continue
            ments = [m for m in ctx.index.mentions if m.sentence_id == sid and m.kind not in ("DATE", "TIME")]
            q = true_false.false_twin(ctx, clause, ments, *said)
            if q is not None:
                out.append(q.prompt)
    return out
