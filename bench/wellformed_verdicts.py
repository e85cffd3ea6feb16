"""How often each well-formedness fault (quizgen/wellformed.py) flags judged items, and the share of
those judged bad: `python bench/wellformed_verdicts.py [-v KIND]` (-v lists the flagged items of a fault).

Questions: every judged prompt of bench/judgments/unseen/questions-set*.jsonl and bench/judgments/*.jsonl
(a cloze with its blank filled by its answer), bad = verdict edit or reject. Labels: every judged label of
bench/judgments/unseen/timeline-set*.jsonl, bad = label_good false. Sets 20 and up are held out: each
count is given for the sets tuned on and, after the bar, for the held-out sets (never tuned on)."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen.wellformed import faults, label_faults  # noqa: E402

UNSEEN = Path(__file__).resolve().parent / "judgments" / "unseen"
BLANK = "_____"
HELD_OUT = 20     # sets from this number on are final measures, never tuned on


def _files(folder: Path, pattern: str, held: bool = False) -> list[Path]:
    """The verdict files matching pattern: of the sets tuned on, or (held) of the held-out sets."""
    def held_out(f: Path) -> bool:
        n = "".join(c for c in f.name.split("set")[-1].split("-")[0] if c.isdigit()) if "set" in f.name else ""
        return bool(n) and int(n) >= HELD_OUT
    return [f for f in sorted(folder.glob(pattern)) if held_out(f) == held]


def questions(held: bool = False) -> list[tuple[str, str, bool]]:
    """(kind, printed text, judged bad) of every judged question."""
    out = []
    for f in _files(UNSEEN, "questions-set*.jsonl", held) + _files(UNSEEN.parent, "*.jsonl", held):
        for line in f.read_text().splitlines():
            r = json.loads(line)
            # the engine prints an ordering prompt of its own, never re-parsed
            if not r.get("prompt") or r.get("verdict") not in ("keep", "edit", "reject") or \
                    r.get("type") == "order_events":
                continue
            text = r["prompt"].replace(BLANK, str(r.get("answer", ""))) if BLANK in r["prompt"] else r["prompt"]
            out.append((r.get("kind", ""), text, r["verdict"] != "keep"))
    return out


def labels(held: bool = False) -> list[tuple[str, str, bool]]:
    """('label', label, judged bad) of every judged timeline label."""
    out = []
    for f in _files(UNSEEN, "timeline-set*.jsonl", held):
        for line in f.read_text().splitlines():
            r = json.loads(line)
            if r.get("label") and isinstance(r.get("label_good"), bool):
                out.append(("label", r["label"], not r["label_good"]))
    return out


def _counts(items: list[tuple[str, str, bool]], show: str | None, mark: str, check=faults) -> tuple[Counter, Counter]:
    """Per fault (and 'any'): how many items it flags, and how many of those were judged bad."""
    flagged, bad = Counter(), Counter()
    for kind, text, is_bad in items:
        found = check(text)
        for name in found + (["any"] if found else []):
            flagged[name] += 1
            bad[name] += is_bad
            if show and name.startswith(show):
                print(f"    {'BAD ' if is_bad else 'good'} {mark}[{kind}] {text}")
    return flagged, bad


def _share(flagged: int, bad: int) -> str:
    return f"flagged {flagged:4d}  bad {bad:4d}  ({bad / max(flagged, 1):4.0%})"


def tally(tuned: list[tuple[str, str, bool]], held: list[tuple[str, str, bool]], show: str | None,
          check=faults) -> None:
    parts = [_counts(tuned, show, "", check), _counts(held, show, "held-out ", check)]
    for name, items in (("judged", tuned), ("held-out", held)):
        base = sum(b for _, _, b in items)
        print(f"  {name} {len(items)}, bad {base} ({base / max(len(items), 1):.0%})")
    for name in sorted(set(parts[0][0]) | set(parts[1][0]), key=lambda n: (n == "any", n)):
        print(f"  {name:30s} {_share(parts[0][0][name], parts[0][1][name])} | held out "
              f"{_share(parts[1][0][name], parts[1][1][name])}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", dest="show", help="list the flagged items of faults starting with this name")
    args = ap.parse_args()
    print("questions (prompt; cloze filled with its answer):")
    tally(questions(), questions(held=True), args.show)
    print("timeline labels:")
    tally(labels(), labels(held=True), args.show, label_faults)


if __name__ == "__main__":
    main()
