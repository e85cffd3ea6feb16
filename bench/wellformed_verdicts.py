"""How often each well-formedness fault (quizgen/wellformed.py) flags judged items, and the share of
those judged bad: `python bench/wellformed_verdicts.py [-v KIND]` (-v lists the flagged items of a fault).

Questions: every judged prompt of bench/judgments/unseen/questions-set*.jsonl and bench/judgments/*.jsonl
(a cloze with its blank filled by its answer), bad = verdict edit or reject. Labels: every judged label of
bench/judgments/unseen/timeline-set*.jsonl, bad = label_good false. Sets 20 and up are held out."""
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


def _files(folder: Path, pattern: str) -> list[Path]:
    """The verdict files matching pattern, without the held-out sets."""
    def held_out(f: Path) -> bool:
        n = "".join(c for c in f.name.split("set")[-1].split("-")[0] if c.isdigit()) if "set" in f.name else ""
        return bool(n) and int(n) >= HELD_OUT
    return [f for f in sorted(folder.glob(pattern)) if not held_out(f)]


def questions() -> list[tuple[str, str, bool]]:
    """(kind, printed text, judged bad) of every judged question."""
    out = []
    for f in _files(UNSEEN, "questions-set*.jsonl") + _files(UNSEEN.parent, "*.jsonl"):
        for line in f.read_text().splitlines():
            r = json.loads(line)
            # the engine prints an ordering prompt of its own, never re-parsed
            if not r.get("prompt") or r.get("verdict") not in ("keep", "edit", "reject") or \
                    r.get("type") == "order_events":
                continue
            text = r["prompt"].replace(BLANK, str(r.get("answer", ""))) if BLANK in r["prompt"] else r["prompt"]
            out.append((r.get("kind", ""), text, r["verdict"] != "keep"))
    return out


def labels() -> list[tuple[str, str, bool]]:
    """('label', label, judged bad) of every judged timeline label."""
    out = []
    for f in _files(UNSEEN, "timeline-set*.jsonl"):
        for line in f.read_text().splitlines():
            r = json.loads(line)
            if r.get("label") and isinstance(r.get("label_good"), bool):
                out.append(("label", r["label"], not r["label_good"]))
    return out


def tally(items: list[tuple[str, str, bool]], show: str | None, check=faults) -> None:
    flagged, bad, anyf, anyb = Counter(), Counter(), 0, 0
    for kind, text, is_bad in items:
        found = check(text)
        for name in found:
            flagged[name] += 1
            bad[name] += is_bad
            if show and name.startswith(show):
                print(f"    {'BAD ' if is_bad else 'good'} [{kind}] {text}")
        anyf += bool(found)
        anyb += bool(found) and is_bad
    base = sum(b for _, _, b in items)
    print(f"  judged {len(items)}, bad {base} ({base / max(len(items), 1):.0%})")
    for name in sorted(flagged):
        print(f"  {name:26s} flagged {flagged[name]:4d}  bad {bad[name]:4d}  ({bad[name] / flagged[name]:.0%})")
    print(f"  {'any':26s} flagged {anyf:4d}  bad {anyb:4d}  ({anyb / max(anyf, 1):.0%})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", dest="show", help="list the flagged items of faults starting with this name")
    args = ap.parse_args()
    print("questions (prompt; cloze filled with its answer):")
    tally(questions(), args.show)
    print("timeline labels:")
    tally(labels(), args.show, label_faults)


if __name__ == "__main__":
    main()
