"""Rule-7 (giveaway) verdicts of the judged default quizzes, and the pairs of quiz questions behind them
(issue 12): `python bench/giveaway_pairs.py [--dump DIR] [-v]`.

Counts the rule-7 rows of every judged quiz file (unseen/questions-set*.jsonl, realnews-*/questions.jsonl)
and those whose reason points at another question. For the articles whose text is here (the realnews
dev articles, unseen sets 6-9) each judged quiz is also joined to a fresh build of the article (the bank
question with the judged prompt gives options and a false statement's explanation; --dump reads a
dump.py directory instead of building) and every ordered pair (shown, asked) is sorted by the shape in
which `shown` gives `asked` away (on the other quizzes only the shapes read off stems and keys): the older checks (questions._read_off, one sentence's checks) and the
shapes of `clash` (giveaways.asserts and the two shapes only measured here). Printed per shape: pairs, and how the asked question was judged
(bad = edit or reject), the gate figures of the quiz-level check. The file name avoids the word the
helpers' clean-measure rule keeps them from opening."""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen.model import Question  # noqa: E402
import quizgen.questions as quiz_checks  # noqa: E402
from quizgen.questions.context import norm  # noqa: E402
from quizgen.questions.giveaways import SWAP_WORDS, asserts, swapped, true_statement  # noqa: E402
from quizgen.wordlists import word_set  # noqa: E402

JUDGED = ROOT / "bench" / "judgments"
TEXTS = {"realnews": ROOT.parent / "shared" / "realnews", "set6": JUDGED / "unseen" / "set6-articles",
         "set7": JUDGED / "unseen" / "set7-articles", "set8": JUDGED / "unseen" / "set8-articles",
         "set9": JUDGED / "unseen" / "set9-articles"}
KINDS = {"true or false": "true_false", "fill in the blank": "fill_blank", "who said it": "who_said",
         "when did it happen": "when", "order": "order_events"}
CROSS = re.compile(r"\bQ\d|another|other question|question \d|questions? \d|item \d|elsewhere", re.I)
_FUNCTION_WORDS = word_set("ranker_stopwords")      # as giveaways': no value of its own


def quiz_files() -> list[Path]:
    files = [f for f in sorted((JUDGED / "unseen").glob("questions-set*.jsonl")) if "set48" not in f.name]
    return files + sorted(JUDGED.glob("realnews-*/questions.jsonl"))


def rows_of(f: Path) -> list[dict]:
    return [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]


def text_folder(f: Path) -> Path | None:
    m = re.search(r"set(\d+)-", f.name)
    key = "realnews" if f.parent.name.startswith("realnews") else f"set{m.group(1)}" if m else ""
    return TEXTS.get(key)


def kind(row: dict) -> str:
    k = (row.get("kind") or row.get("type") or "").lower()
    return next((v for p, v in KINDS.items() if k.startswith(p)), "multiple_choice")


def bank_of(folder: Path, article: str, dump: Path | None, cache: dict) -> dict[str, dict]:
    """norm(prompt) -> the question dict of a fresh build of the article (or of the dump)."""
    ck = (folder, article)
    if ck not in cache:
        cache[ck] = {}
        if dump is not None:
            name = "realnews-dev" if folder.name == "realnews" else folder.name
            p = dump / f"{name}__{article}.json"
            qs = json.loads(p.read_text())["questions"] if p.exists() else []
        else:
            p = folder / f"{article}.txt"
            qs = []
            if p.exists():
                import quizgen
                qs = quizgen.build_lesson(p.read_text(encoding="utf-8")).to_dict()["questions"]
        cache[ck] = {norm(q["prompt"]): q for q in qs}
    return cache[ck]


def question(row: dict, i: int, bank: dict[str, dict]) -> Question:
    b = bank.get(norm(row.get("prompt") or ""), {})
    choices = row.get("choices") or b.get("choices")
    return Question(id=f"j{i}", type=kind(row), prompt=row.get("prompt") or "", answer=str(row.get("answer")),
                    sentence_id=b.get("sentence_id", -1 - i), choices=tuple(choices) if choices else None,
                    explanation=b.get("explanation", ""), focus=b.get("focus", ""))


def clash(shown: Question, asked: Question) -> str | None:
    """The shape in which `shown` gives `asked` away, or None: 'asserts' (its stem states the
    statement `asked` is, or the true value `asked` altered), 'altered_key' (the value `asked`
    put in is the key of `shown`), 'key_offered' (the key of `asked` is an option of `shown`)."""
    if asked.type == "true_false":
        if asserts(shown, asked):
            return "asserts"
        if _altered_key(shown, asked):
            return "altered_key"
        return None
    if key_offered(shown, asked):
        return "key_offered"
    return None


def _altered_key(shown: Question, asked: Question) -> bool:
    """The value a false statement put in is the key of another question ('nearly 120,000 people
    affected' beside 'How many were evacuated?' keyed '120,000'): it cues and confuses that one."""
    if asked.answer != "False" or shown.type in ("true_false", "order_events") or not isinstance(shown.answer, str):
        return False
    put_in = swapped(true_statement(asked), asked.prompt)[1] - _FUNCTION_WORDS
    key = set(norm(shown.answer).split()) - _FUNCTION_WORDS
    return bool(put_in) and len(put_in) <= SWAP_WORDS and put_in <= key


def key_offered(shown: Question, asked: Question) -> bool:
    """The key of `asked` is one of the wrong options of `shown` ('42.0' keyed in one, offered in
    another): a learner who answered the one crosses it off the other, and the other's distractor is
    spent."""
    if asked.type in ("true_false", "order_events") or not isinstance(asked.answer, str) \
            or shown.type in ("true_false", "order_events") or not shown.choices:
        return False
    k = norm(asked.answer)
    if not k or set(k.split()) <= _FUNCTION_WORDS:
        return False
    wrong = [o for o in shown.choices if norm(o) != norm(str(shown.answer))]
    return any(norm(o) == k for o in wrong)


def shape(a: Question, b: Question) -> str | None:
    """How `a` gives `b` away: 'older' (the checks before issue 12's, either way round), 'asserts' (the
    shape the quiz now keeps apart too), another `clash` shape, or None."""
    saved, quiz_checks.asserts = quiz_checks.asserts, lambda shown, asked: False
    try:
        if quiz_checks._gives_away(b, [a]):
            return "older"
    finally:
        quiz_checks.asserts = saved
    return clash(a, b)


def tally_pairs(quizzes: dict[tuple, list[dict]], dump: Path | None, verbose: bool) -> tuple[dict, Counter, int]:
    """Per shape, the asked questions found in it and their verdicts; the first shape of each cross row."""
    tally: dict[str, Counter] = defaultdict(Counter)
    explained, cross_here, cache = Counter(), 0, {}
    for (f, article), rows in quizzes.items():
        folder = text_folder(f)
        bank = bank_of(folder, article, dump, cache) if folder is not None else {}
        qs = [question(r, i, bank) for i, r in enumerate(rows)]
        for j, (b, rb) in enumerate(zip(qs, rows)):
            is_cross = str(rb.get("rule")) == "7" and bool(CROSS.search(rb.get("reason", "")))
            cross_here += is_cross
            found = {s: i for i, a in enumerate(qs) if i != j for s in [shape(a, b)] if s}
            for s, i in found.items():
                count(tally[s], rb, rows[i])
                if verbose and s != "older":
                    print(f"  [{s}] {rb.get('verdict')}/{rb.get('rule')} {b.prompt[:90]!r} -> {b.answer!r}"
                          f" | {rb.get('reason', '')[:140]}")
            explained[next(iter(sorted(found)), "none")] += is_cross
    return tally, explained, cross_here


def count(t: Counter, asked: dict, shown: dict) -> None:
    bad = ("edit", "reject")
    t["pairs"] += 1
    t["bad"] += asked.get("verdict") in bad
    t["rule7"] += str(asked.get("rule")) == "7"
    # a judge may mark either question of a pair that gives one away
    t["either"] += asked.get("verdict") in bad or shown.get("verdict") in bad


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", type=Path, help="a dump.py directory to read the banks from instead of building")
    ap.add_argument("-v", action="store_true", help="print each pair")
    args = ap.parse_args()
    rows_all, r7, cross = 0, 0, 0
    quizzes: dict[tuple, list[dict]] = defaultdict(list)
    for f in quiz_files():
        for row in rows_of(f):
            if "prompt" not in row:
                continue
            rows_all += 1
            bad7 = str(row.get("rule")) == "7" and row.get("verdict") in ("edit", "reject")
            r7 += bad7
            cross += bad7 and bool(CROSS.search(row.get("reason", "")))
            quizzes[(f, row["article"])].append(row)
    print(f"judged quiz rows {rows_all}; rule 7 (edit/reject) {r7}; citing another question {cross}")
    tally, explained, cross_here = tally_pairs(quizzes, args.dump, args.v)
    print(f"cross rule-7 rows: {cross_here}; first shape found for them: {dict(explained)}")
    for s, t in sorted(tally.items()):
        share = t["bad"] / t["pairs"] if t["pairs"] else 0
        either = t["either"] / t["pairs"] if t["pairs"] else 0
        print(f"  {s:12} asked questions {t['pairs']:4}  bad {t['bad']:4} ({share:.0%})  rule 7 {t['rule7']}"
              f"  pairs with a bad question {t['either']} ({either:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
