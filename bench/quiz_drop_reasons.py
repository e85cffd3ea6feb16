"""Why candidates miss the default quiz, per reason, against every judged file (issue 12):
`python bench/quiz_drop_reasons.py DIR... [--thin] [--json OUT]`.

Extends bench/quiz_gate_verdicts.py: its 'rank_drop' is split by the rule of the ranking that dropped
the candidate (one question per fact, per kind and sentence, kind cap, near-duplicate), its
'overlap_or_full' by the selection rule (gives another away, repeats an answer, quiz full), and the
verdicts come from every judged file under bench/judgments. A rule that drops a question because of
ANOTHER question (the fact's owner, a question it gives away) is judged by pairs too: how the dropped
question fared in judged quizzes that also held its blocker. A verdict on the question alone says
nothing of asking both (JUDGING.md rules 7 and 9). `--thin`: only quizzes under SHORTEST_QUIZ; `--keys`: the
answer-key checks' reasons too. An article found in two folders is counted once."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from unittest import mock

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(1, str(Path(__file__).resolve().parent))

import quiz_gate_verdicts as gv  # noqa: E402
from quizgen.article import decode, parse_article, read_bytes  # noqa: E402
from quizgen.pipeline import analyse  # noqa: E402
from quizgen.questions import (SHORTEST_QUIZ, _gives_away, _repeats_answer, build_bank,  # noqa: E402
                               ranking, select_quiz)

JUDGED = Path(__file__).resolve().parent / "judgments"
MIN_WORDS = 300


def judged_quizzes() -> dict[str, list[dict[str, str]]]:
    """Article -> one {normed prompt: verdict} per judged file that holds it."""
    out: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
    for f in sorted(JUDGED.glob("*.jsonl")) + sorted(JUDGED.glob("*/*.jsonl")):
        for line in f.read_text().splitlines():
            r = json.loads(line)
            if r.get("prompt") and r.get("verdict") in ("keep", "edit", "reject"):
                out[r["article"]].setdefault(str(f), {})[gv.norm(r["prompt"])] = r["verdict"]
    return {a: list(files.values()) for a, files in out.items()}


class RankLog:
    """Records why ranking._take_best (its last pass) dropped each question, from what it notes."""

    def __init__(self) -> None:
        self.reason: dict[str, tuple[str, str | None]] = {}
        self._take_best = ranking._take_best

    def take_best(self, *args, **kwargs):
        self.reason.clear()
        return self._take_best(*args, note=self.note, **kwargs)

    def note(self, q, rule: str, tally, fact) -> None:
        """The rule that dropped `q` and the prompt of the question it yields to."""
        if rule == "full":
            cap = tally.per_kind.get(q.type, 0) >= ranking.KEEP.get(q.type, 5)
            self.reason[q.prompt] = ("rank:kind_cap" if cap else "rank:sentence_kind"), None
        elif rule == "fact":
            owner = tally.owner[fact]
            self.reason[q.prompt] = "rank:fact_" + ("other" if owner.type != q.type else "same") + "_kind", owner.prompt
        else:
            self.reason[q.prompt] = "rank:near_duplicate", None


def _overlap(q, quiz: list) -> tuple[str, list[str]]:
    """The selection rule that kept a bank question above the floors out, and the questions that blocked it."""
    rest = [c for c in quiz if c.id != q.id]
    gives = [c.prompt for c in rest if _gives_away(q, [c])]
    if gives:
        return "select:gives_away", gives
    repeats = [c.prompt for c in rest if _repeats_answer(q, [c])]
    if repeats:
        return "select:repeats_answer", repeats
    return ("select:quiz_full" if len(quiz) >= 10 else "select:other"), []


def article_fates(text: str) -> tuple[int, list[tuple[str, str, list[str]]]]:
    """Quiz size, and (prompt, reason, blocking prompts) of every candidate."""
    log = RankLog()
    with mock.patch.object(ranking, "_take_best", log.take_best):
        fates = gv.fates(text)
        reasons = dict(log.reason)
    parsed = analyse(parse_article(text))
    bank = build_bank(parsed)
    ids = set(select_quiz(bank, parsed))
    quiz = [q for q in bank if q.id in ids] + [q.twin for q in bank if q.twin is not None and q.twin.id in ids]
    by_prompt = {q.prompt: q for q in bank}
    return len(ids), [(prompt, *_fine(gate, prompt, reasons, by_prompt.get(prompt), quiz))
                      for _typ, prompt, _answer, gate in fates]


def _fine(gate: str, prompt: str, reasons: dict, banked, quiz: list) -> tuple[str, list[str]]:
    """The gate split by the rule behind it, and the prompts of the questions it yields to."""
    if gate == "rank_drop":
        gate, owner = reasons.get(prompt, ("rank:shared_out_or_twin", None))
        return gate, [owner] if owner else []
    if gate == "overlap_or_full" and banked is not None:
        return _overlap(banked, quiz)
    return gate, []


def tally(dirs: list[str], thin: bool, keys: bool = False) -> tuple[dict[str, Counter], list[dict]]:
    """Per reason: removed, judged (most common verdict) and judged beside a blocker."""
    judged = judged_quizzes()
    table: dict[str, Counter] = defaultdict(Counter)
    rows: list[dict] = []
    seen: set[str] = set()
    for d in dirs:
        for p in sorted(Path(d).glob("*.txt")):
            if p.stem in seen:
                continue
            seen.add(p.stem)
            text = decode(read_bytes(str(p)))
            if len(parse_article(text).body.split()) < MIN_WORDS:
                continue
            size, fates = article_fates(text)
            if not thin or size < SHORTEST_QUIZ:
                _tally_article(table, rows, p.stem, size, fates, judged.get(p.stem, []), keys)
            print(p.stem, flush=True, file=sys.stderr)
    return table, rows


def _tally_article(table: dict[str, Counter], rows: list[dict], stem: str, size: int, fates: list,
                   judged: list[dict[str, str]], keys: bool = False) -> None:
    seen = set()
    for prompt, gate, blockers in fates:
        if (prompt, gate) in seen or (not keys and gate.startswith(("key:", "article_key:"))):
            continue
        seen.add((prompt, gate))
        n = gv.norm(prompt)
        quizzes = [j for j in judged if n in j]
        _count(table[gate], n, quizzes, blockers)
        rows.append(dict(article=stem, quiz=size, prompt=prompt, gate=gate, blockers=blockers,
                         verdicts=[j[n] for j in quizzes]))


def _count(c: Counter, n: str, quizzes: list[dict[str, str]], blockers: list[str]) -> None:
    """Counts one dropped candidate: its verdicts, and those given where its blocker was judged too."""
    c["removed"] += 1
    if quizzes:
        c["judged"] += 1
        c[Counter(j[n] for j in quizzes).most_common(1)[0][0]] += 1
    for j in quizzes:
        if any(gv.norm(b) in j for b in blockers):
            c["pairs"] += 1
            c["pair_" + j[n]] += 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--thin", action="store_true")
    ap.add_argument("--keys", action="store_true", help="tally the answer-key checks' reasons too")
    ap.add_argument("--json")
    args = ap.parse_args()
    table, rows = tally(args.dirs, args.thin, args.keys)
    print(f"{'reason':64} removed judged keep%  pairs pair-keep%")
    for gate, c in sorted(table.items(), key=lambda kv: -kv[1]["removed"]):
        keep = f"{100 * c['keep'] / c['judged']:4.0f}" if c["judged"] else "   -"
        pair = f"{100 * c['pair_keep'] / c['pairs']:4.0f}" if c["pairs"] else "   -"
        print(f"{gate[:64]:64} {c['removed']:7} {c['judged']:6} {keep}  {c['pairs']:5} {pair}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
