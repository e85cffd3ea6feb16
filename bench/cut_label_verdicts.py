"""How judges took timeline labels still cut short of a part their main clause needs
(quizgen.label_cuts.cut_in_main_clause), the gate of the rule that leaves such events off (issue 11):
`python bench/cut_label_verdicts.py [-v]`. Every judged label (timeline-set*.jsonl, realnews-*/timeline.jsonl;
one per article and label, the last verdict wins) is laid on its sentence: the article's when it is at hand,
else the judge's evidence quote."""
from __future__ import annotations

import glob
import json
import sys
from collections import Counter
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "bench"))

from label_cut_points import sentence_of  # noqa: E402

from quizgen.label_choice import word_alignment  # noqa: E402
from quizgen.label_cuts import cut_in_main_clause  # noqa: E402
from quizgen.nlp import parse  # noqa: E402

JUDGED = ROOT / "bench" / "judgments"
# dev article folders (never a held-out set's)
FOLDERS = ["/work/shared/realnews", "/work/wt/realnews-dev", "/work/wt/set49", "/work/wt/set50", "/work/wt/set51",
           "/work/wt/set52", *sorted(glob.glob(str(JUDGED / "unseen" / "set*-articles")))]


def article_file(article: str) -> Path | None:
    return next((Path(d) / f"{article}.txt" for d in FOLDERS if (Path(d) / f"{article}.txt").exists()), None)


def judged_rows() -> dict[tuple[str, str], dict]:
    files = sorted(glob.glob(str(JUDGED / "unseen" / "timeline-set*.jsonl"))) + \
        sorted(glob.glob(str(JUDGED / "realnews-*" / "timeline.jsonl")))
    rows = {}
    for f in files:
        for line in Path(f).read_text().splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("label_good"), bool) and row.get("label"):
                rows[(row["article"], row["label"])] = row
    return rows


def sentence(row: dict):
    """The label's sentence: the best-aligned one of its article, else the evidence quote when whole."""
    path = article_file(row["article"])
    sent = sentence_of(row["label"], path) if path else None
    quote = row.get("evidence") or ""
    if sent is None and quote and "..." not in quote:
        sent = parse(quote)[:]
        sent = sent if len(word_alignment(row["label"], sent)) >= max(3, 0.6 * len(row["label"].split())) else None
    return sent


def main(argv: list[str]) -> None:
    counts, placed = Counter(), 0
    for row in judged_rows().values():
        sent = sentence(row)
        if sent is None:
            continue
        placed += 1
        hit = cut_in_main_clause(row["label"], sent)
        counts[(hit, row["label_good"])] += 1
        if hit and "-v" in argv:
            print(f"  {'good' if row['label_good'] else 'BAD '} {row['label']} | {row.get('reason', '')[:90]}")
    hits = counts[(True, True)] + counts[(True, False)]
    print(f"labels on their sentence {placed}; cut short {hits}: bad {counts[(True, False)]}, "
          f"good {counts[(True, True)]} ({100 * counts[(True, False)] / max(hits, 1):.0f} % bad)")


if __name__ == "__main__":
    main(sys.argv[1:])
