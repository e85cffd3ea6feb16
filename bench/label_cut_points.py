"""Where judged timeline labels were cut, and how judges took each kind of cut (issue 11):
`python bench/label_cut_points.py [-v KIND,KIND]` lays every judged label (timeline-set*.jsonl but set 48,
realnews-*/timeline.jsonl) on its sentence when the article is at hand (realnews, sets 6-12), names each
dependent of a printed verb or noun it left out (quizgen.label_cuts.left_out_parts), and prints good/bad
per kind: all rows, then distinct (article, label) pairs (majority verdict); `@end` counts only a part
that follows the label's last word. Labels without their article are read alone (label_alone_parts)."""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen import parse_article  # noqa: E402
from quizgen.label_choice import word_alignment  # noqa: E402
from quizgen.label_cuts import left_out_parts  # noqa: E402
from quizgen.nlp import parse  # noqa: E402
from quizgen.sentences import split_sentences  # noqa: E402
from quizgen.wordlists import words  # noqa: E402

JUDGED = ROOT / "bench" / "judgments"
# the clean measure's documents and set, never read here (TempEval-3 scorer documents are none of ours)
UNREAD = ("set48", "AP900815-0044", "AP900816-0139", "wsj_0520", "wsj_0542", "wsj_0575", "wsj_0584", "wsj_0585",
          "wsj_0586", "wsj_0610", "wsj_0778", "wsj_0781", "wsj_0786", "wsj_0816", "wsj_0928", "wsj_0938",
          "wsj_1013", "wsj_1014")


def judged_rows() -> list[tuple[str, dict]]:
    """(set name, row) of every judged label."""
    out = []
    files = sorted((JUDGED / "unseen").glob("timeline-set*.jsonl")) + sorted(JUDGED.glob("realnews-*/timeline.jsonl"))
    for f in files:
        if "set48" in f.name:
            continue
        found = re.search(r"(set\d+)", f.name)
        name = found.group(1) if found and "unseen" in str(f) else "realnews"
        for line in f.read_text().splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("label_good"), bool) and row.get("label") and row["article"] not in UNREAD:
                out.append((name, row))
    return out


def article_path(name: str, article: str) -> Path | None:
    number = int(name[3:]) if name.startswith("set") else 0
    if name == "realnews":
        path = ROOT.parent.parent / "shared" / "realnews" / f"{article}.txt"
        path = path if path.exists() else Path("/work/shared/realnews") / f"{article}.txt"
    elif 6 <= number <= 9:
        path = JUDGED / "unseen" / f"{name}-articles" / f"{article}.txt"
    elif 10 <= number <= 12:
        path = Path("/work/wt") / name / f"{article}.txt"
    else:
        return None
    return path if path.exists() else None


_SPANS: dict[Path, list] = {}


def sentence_of(label: str, path: Path):
    """The sentence the label aligns with best (at least 60 % of its words), or None."""
    if path not in _SPANS:
        doc = parse(parse_article(path.read_text(encoding="utf-8")).body)
        _SPANS[path] = [sp for _, sp in split_sentences(doc)]
    need = max(3, 0.6 * len(label.split()))
    scored = [(len(word_alignment(label, sp)), sp) for sp in _SPANS[path] if len(sp) < 150]
    n, best = max(scored, key=lambda x: x[0], default=(0, None))
    return best if n >= need else None


def kinds_of(name: str, row: dict) -> tuple[str, list[str]]:
    """('sentence'|'alone', kinds) of one row."""
    path = article_path(name, row["article"])
    sent = sentence_of(row["label"], path) if path else None
    if sent is not None:
        parts = left_out_parts(row["label"], sent)
        return "sentence", sorted({p.kind for p in parts} | {p.kind + "@end" for p in parts if p.at_end})
    return "alone", [f"alone:{k}" for k in label_alone_parts(row["label"], parse(row["label"])[:])]


FIXED = tuple(tuple(e.split()) for e in words("fixed_expressions"))


def label_alone_parts(label: str, toks) -> list[str]:
    """The kinds a label shows cut without its sentence: an infinitive it ends on ('is hoping to
    blast'), half of a fixed expression ('build many as 28', 'in instead the two')."""
    toks = list(toks)
    out = ["ends-on-infinitive"] if len(toks) > 1 and toks[-1].tag_ == "VB" and toks[-2].lower_ == "to" else []
    text = " " + " ".join(t.lower_ for t in toks) + " "
    for expr in FIXED:
        pieces = [expr[k:k + 2] for k in range(len(expr) - 1)] if len(expr) > 2 else []
        if " " + " ".join(expr) + " " not in text and any(" " + " ".join(p) + " " in text for p in pieces):
            out.append("fixed")
        elif len(expr) == 2 and any(t.lower_ == expr[0] and t.pos_ == "ADV" and
                                    (t.i + 1 >= len(toks) or toks[t.i + 1].lower_ != expr[1]) for t in toks):
            out.append("fixed")     # 'rate hikes instead the two': a lone adverb half of a two-word one
    return sorted(set(out))


def main(argv: list[str]) -> None:
    shown = set(argv[argv.index("-v") + 1].split(",")) if "-v" in argv else set()
    rows = judged_rows()
    per_kind: dict[str, Counter] = defaultdict(Counter)
    pairs: dict[tuple[str, str], list] = defaultdict(list)
    how = Counter()
    for name, row in rows:
        source, kinds = kinds_of(name, row)
        how[source] += 1
        for kind in kinds or ["(none)"]:
            per_kind[kind][row["label_good"]] += 1
            if kind in shown:
                print(f"  {kind:12s} {'good' if row['label_good'] else 'BAD '} {name:8s} {row['label']}")
        pairs[(row["article"], row["label"])].append((kinds, row["label_good"]))
    distinct: dict[str, Counter] = defaultdict(Counter)
    for verdicts in pairs.values():
        good = sum(g for _, g in verdicts) * 2 >= len(verdicts)
        for kind in verdicts[0][0] or ["(none)"]:
            distinct[kind][good] += 1
    print(f"judged labels {len(rows)} (on their sentence {how['sentence']}, alone {how['alone']}); "
          f"distinct {len(pairs)}")
    print(f"{'kind':26s} {'rows good/bad':>14s} {'bad %':>6s}   {'distinct good/bad':>18s} {'bad %':>6s}")
    for kind in sorted(per_kind, key=lambda k: -sum(per_kind[k].values())):
        c, d = per_kind[kind], distinct[kind]
        print(f"{kind:26s} {c[True]:6d}/{c[False]:<6d} {_pct(c):>6s}   {d[True]:9d}/{d[False]:<8d} {_pct(d):>6s}")


def _pct(c: Counter) -> str:
    total = c[True] + c[False]
    return f"{100 * c[False] / total:.0f}%" if total else "-"


if __name__ == "__main__":
    main(sys.argv[1:])
