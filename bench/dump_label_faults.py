"""Label faults (quizgen.wellformed.label_faults) of every timeline label in a lesson dump, and how many of
those labels earlier judges rated bad: `python bench/dump_label_faults.py DUMP_DIR [-v]`, DUMP_DIR a folder of
lessons as `python -m quizgen build ... --format json` writes them, one `<folder>__<article>.json` per article.
Compare a dump before and after a change (issue 11)."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen.wellformed import label_faults  # noqa: E402

UNSEEN = Path(__file__).resolve().parent / "judgments" / "unseen"


def judged() -> dict[tuple[str, str], bool]:
    """(article, label) -> judged good, over every timeline verdict file (a later file's verdict wins)."""
    out = {}
    for f in sorted(UNSEEN.glob("timeline-set*.jsonl")):
        for line in f.read_text().splitlines():
            r = json.loads(line)
            if r.get("label") and isinstance(r.get("label_good"), bool):
                out[(r["article"], r["label"])] = r["label_good"]
    return out


def main() -> None:
    verdicts, flagged, labels, good, bad = judged(), Counter(), 0, 0, 0
    for f in sorted(Path(sys.argv[1]).glob("*.json")):
        article = f.stem.split("__", 1)[-1]
        for e in json.loads(f.read_text()).get("events", []):
            labels += 1
            v = verdicts.get((article, e["label"]))
            good, bad = good + (v is True), bad + (v is False)
            for name in label_faults(e["label"]):
                flagged[name] += 1
                if "-v" in sys.argv:
                    print(f"  {name:28s} {article} | {e['label']}")
    print(f"labels {labels}  judged good {good}  judged bad {bad}  flagged {sum(flagged.values())}",
          dict(sorted(flagged.items())))


if __name__ == "__main__":
    main()
