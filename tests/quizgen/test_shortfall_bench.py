"""The issue-12 shortfall tools in bench/ class candidates and judged statements as their reports say."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.append(str(BENCH))          # last, so bench/queue.py does not hide the standard library's
_PATH = list(sys.path)

import statement_subject_verdicts as shapes  # noqa: E402  (first: long_quiz_shortfall takes bench/ off the path)
import long_quiz_shortfall as shortfall  # noqa: E402

sys.path[:] = _PATH                  # the bench scripts take bench/ off the path; later tests import from it


def test_candidate_groups_split_bank_from_dropped():
    assert shortfall._group("quiz") == "quiz"
    assert shortfall._group("below_spare") == "bank"
    assert shortfall._group("select:gives_away") == "bank"
    assert shortfall._group("rank:fact_other_kind") == "dropped"
    assert shortfall._group("doubt:the blank is an abbreviation") == "dropped"
    assert shortfall._group("key:the sentence is negated ('not')") == "dropped"


def test_statement_subject_shapes():
    assert shapes.subject_shape("The ferry left the harbour at dawn.") == "bare description"
    assert shapes.subject_shape("The Harbour Board closed the pier.") == "the + name"
    assert shapes.subject_shape("These rules start in May.") == "pointing"
    assert shapes.subject_shape("Its owners sold the boat.") == "possessive"
    assert shapes.subject_shape("Mara Quill won the regatta.") == "other"


def test_drop_reasons_tally_key_gates_only_when_asked():
    import quiz_drop_reasons as drops
    from collections import Counter, defaultdict
    fates = [("The ferry did not sail.", "key:the sentence is negated ('not')", []),
             ("The ferry sailed at _____.", "below_spare", [])]
    judged = [{drops.gv.norm("The ferry did not sail."): "reject"}]
    for keys, gates in ((False, {"below_spare"}), (True, {"below_spare", "key:the sentence is negated ('not')"})):
        table, rows = defaultdict(Counter), []
        drops._tally_article(table, rows, "ferry", 2, fates, judged, keys)
        assert set(table) == gates
    assert table["key:the sentence is negated ('not')"]["reject"] == 1
