"""Judged timeline labels the engine still makes, tallied by fault shape: `python bench/still_made_labels.py [-v SHAPE|KIND|all]
[--cache FILE]` from a worktree (issue 11); a row matches a current label of its article exactly or at difflib ratio >= .9."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]  # bench/queue.py
import difflib
import json
import re
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))
from label_fault_kinds import KINDS  # noqa: E402

JUDGED = ROOT / "bench" / "judgments"
FORBIDDEN = "set49"
ARTICLE_DIRS = [ROOT.parent.parent / "shared" / "realnews", Path("/work/shared/realnews"), Path("/work/wt/realnews-dev"),
                Path("/work/wt/set10"), Path("/work/wt/set11"), Path("/work/wt/set12"), Path("/work/wt/set53"),
                JUDGED / "bank1-articles",
                *sorted(JUDGED.glob("unseen/set*-articles"))]


def article_paths() -> dict[str, Path]:
    """Article name -> its text file, first directory wins (set49 is never read)."""
    found: dict[str, Path] = {}
    for base in ARTICLE_DIRS:
        if base.is_dir() and FORBIDDEN not in str(base):
            for path in base.glob("*.txt"):
                found.setdefault(path.stem, path)
    return found


def judged_rows() -> dict[str, dict[str, tuple[bool, str]]]:
    """Article -> {judged label: (good by most of its verdicts, a bad verdict's reason)}, over every stored
    timeline verdict file but set49's."""
    votes: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(lambda: [0, 0, ""]))
    for f in sorted(JUDGED.rglob("timeline*.jsonl")):
        if FORBIDDEN in str(f):
            continue
        for line in f.open(encoding="utf-8"):
            row = json.loads(line)
            if row.get("label_good") is not None and row.get("label"):
                v = votes[row["article"]][row["label"]]
                v[0 if row["label_good"] else 1] += 1
                v[2] = v[2] or ("" if row["label_good"] else row.get("reason", ""))
    return {a: {lab: (v[0] > v[1], v[2]) for lab, v in labs.items()} for a, labs in votes.items()}


def current_labels(path: str) -> list[list[str]]:
    """[label, its sentence's text] of each event the engine makes now."""
    from quizgen import parse_article
    from quizgen.pipeline import analyse
    try:
        parsed = analyse(parse_article(Path(path).read_text(encoding="utf-8")))
        return [[e.label, parsed.spans[e.sentence_id].text, cut_at_end(e.label, parsed.spans[e.sentence_id])]
                for e in parsed.events]
    except Exception as ex:  # noqa: BLE001 (one broken article must not stop the tally)
        return [[f"ERROR {ex!r}", "", ""]]


def cut_at_end(label: str, sent) -> str:
    """The kinds (quizgen.label_cuts.left_out_parts) of the parts left out right after the label's last word,
    'prep:of'-style for a preposition; '' for none."""
    from quizgen.label_cuts import _last_printed, left_out_parts
    from quizgen.label_ends import next_to
    last = _last_printed(label, sent)
    if last is None:
        return "unaligned"
    parts = [p for p in left_out_parts(label, sent) if p.at_end and next_to(last, p.token)]
    return ",".join(sorted({p.kind + (f":{p.token.lower_}" if p.kind.endswith("prep") else "") for p in parts}))


def fault_kind(reason: str) -> str:
    """The first reason kind of bench/label_fault_kinds.py that the judge's reason carries, else `other`."""
    low = reason.lower()
    return next((kind for kind, pattern in KINDS if re.search(pattern, low)), "other")


def still_made(judged: dict[str, dict[str, tuple[bool, str]]], labels: dict[str, list]) -> list[tuple]:
    """(article, judged label, good, reason, [current label, sentence, cut kinds]) for each judged label still made."""
    rows = []
    for art, verdicts in judged.items():
        now = labels.get(art, [])
        for label, (good, reason) in verdicts.items():
            match = max(now, key=lambda x: (x[0] == label, difflib.SequenceMatcher(None, label, x[0]).ratio()), default=None)
            if match and difflib.SequenceMatcher(None, label, match[0]).ratio() >= .9:
                rows.append((art, label, good, reason, match))
    return rows


# label surface shapes (a shape name -> a test on the current label), tallied bad / all beside the cut kinds
SURFACE = {
    "words<=3": lambda lab: len(lab.split()) <= 3,
    "words>=12": lambda lab: len(lab.split()) >= 12,
    "said-frame": lambda lab: re.search(r"\b(said|says|told|announced|reported)\b", lab),
    "said-frame+will/would": lambda lab: re.search(r"\b(said|says|told)\b.*\b(will|would)\b", lab),
    "will": lambda lab: " will " in lab,
    "has/have": lambda lab: re.search(r"\b(has|have)\b", lab),
    "passive-no-agent": lambda lab: re.search(r"\b(was|were)\s+\w+ed\b", lab) and " by " not in lab,
    "starts-The": lambda lab: lab.startswith("The "),
    "starts-A/An": lambda lab: re.match(r"(A|An) ", lab),
    "starts-number": lambda lab: re.match(r"[\d$]", lab),
}


def shapes_of(row: tuple) -> list[str]:
    """The cut kinds (or 'none') and surface shapes of a still-made row's current label."""
    label = row[4][0]
    return (row[4][2] or "none").split(",") + [name for name, test in SURFACE.items() if test(label)]


def print_tally(rows: list[tuple], show: str | None) -> None:
    bad = [r for r in rows if not r[2]]
    print(f"judged labels still made: {len(rows)} ({len(bad)} judged bad)")
    print("judged-bad still made, by the judges' reason (bench/label_fault_kinds.py kinds):")
    for kind, n in Counter(fault_kind(r[3]) for r in bad).most_common():
        print(f"  {kind:24} {n}")
    print("still made, by the part left out right after the label's last word and by surface shape: bad / all")
    shapes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        for kind in shapes_of(r):
            shapes[kind][0] += not r[2]
            shapes[kind][1] += 1
    for kind, (nbad, n) in sorted(shapes.items(), key=lambda x: -x[1][0]):
        print(f"  {kind:24} {nbad:3} / {n:3}  ({nbad / n:.0%} bad)")
    for art, label, good, reason, now in rows:
        if show == "all" or show == fault_kind(reason) and not good or show in shapes_of((art, label, good, reason, now)):
            print(f"{'GOOD' if good else 'BAD '} {art} | {now[0]!r}{'' if now[0] == label else f' (judged {label!r})'}"
                  f"\n    {reason[:150]}\n    < {now[1][:200]}")


def main() -> None:
    args = sys.argv[1:]
    show = args[args.index("-v") + 1] if "-v" in args else None
    cache = Path(args[args.index("--cache") + 1]) if "--cache" in args else None
    judged, paths = judged_rows(), article_paths()
    arts = sorted(a for a in judged if a in paths)
    labels = built_per_article(current_labels, arts, paths, cache)
    print_tally(still_made({a: judged[a] for a in arts}, labels), show)


def built_per_article(build, arts: list[str], paths: dict, cache: Path | None) -> dict:
    """Article -> build(its text's path), two at a time, read from `cache` when it exists, else saved there."""
    if cache and cache.exists():
        return json.loads(cache.read_text())
    with ProcessPoolExecutor(2) as pool:
        out = dict(zip(arts, pool.map(build, [str(paths[a]) for a in arts])))
    if cache:
        cache.write_text(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
