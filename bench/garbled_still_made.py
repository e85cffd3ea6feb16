"""Which judged broken-English (rule 1) questions the engine still makes, tallied by shape, with every judged row
of each shape: `.venv/bin/python bench/garbled_still_made.py [--dump DIR] [--lessons DIR] [-v SHAPE] [--all]`.

Every judged question whose article can be built (bench/article_folders.py; sets whose texts are not stored are
skipped) is matched to the lesson the engine makes now: its prompt is in the bank as judged, or nearly
(difflib ratio >= .9). `--dump` reuses a dev dump (/work/wt/_brief/dump.py) for the articles it holds; the
others are built into `--lessons` (a cache: delete it after an engine change). Each still-made question gets
the shape its prompt now has (SHAPES), and the shape's verdicts are tallied: the gate of a fix reads them.
"""
from __future__ import annotations

import sys
from pathlib import Path

# bench/queue.py must not shadow the standard library's queue module (multiprocessing imports it)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import difflib
import json
import re
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(Path(__file__).resolve().parent))     # last, after the standard library

from article_folders import Folders  # noqa: E402

JUDGED = ROOT / "bench" / "judgments"
BLIND = ("set47", "set49")      # blind test sets: never read
NEAR = 0.9
# where the question verdicts of bench/judgments/unseen/questions-setN-*.jsonl have their articles
UNSEEN_FOLDERS = {1: "te3", 2: "te3", 4: "te3", 5: "te3", 13: "te3", 10: "set10", 11: "set11", 12: "set12",
                  **{n: f"unseen/set{n}-articles" for n in (6, 7, 8, 9, 48)}}
# a dev dump's file prefix for a folder (dump.py names a lesson DIRNAME__ARTICLE.json)
DUMP_PREFIX = {"realnews": "realnews-dev", "set10": "set10", "set11": "set11", "set12": "set12",
               **{f"unseen/set{n}-articles": f"set{n}-articles" for n in (6, 7, 8, 9)}}


def judged_rows() -> list[dict]:
    """Every judged question with a prompt, with the folder of its article ('' when its text is not stored)."""
    files = sorted((JUDGED / "unseen").glob("questions-set*.jsonl")) + sorted(JUDGED.glob("*.jsonl"))
    out = []
    for f in (f for f in files if not any(b in f.name for b in BLIND)):
        unseen = re.match(r"questions-set(\d+)", f.name)
        for line in f.read_text().splitlines():
            r = json.loads(line)
            if not r.get("prompt") or r.get("type") == "order_events" or "order" in str(r.get("kind", "")).lower():
                continue
            folder = r.get("folder") or (UNSEEN_FOLDERS.get(int(unseen.group(1)), "") if unseen else "realnews")
            out.append(r | {"folder": folder, "file": f.name, "bad": r.get("verdict") in ("edit", "reject")})
    return out


def _build(job: tuple[str, str]) -> str:
    import quizgen   # noqa: PLC0415 (in the worker)
    text_path, out = job
    try:
        lesson = quizgen.build_lesson(Path(text_path).read_text(encoding="utf-8")).to_dict()
    except Exception as e:  # noqa: BLE001 (an article that fails is reported, not fatal)
        lesson = {"error": repr(e), "questions": []}
    Path(out).write_text(json.dumps(lesson, default=str))
    return out


def lessons(rows: list[dict], dump: Path | None, cache: Path) -> dict[tuple[str, str], dict]:
    """(folder, article) -> the lesson dict the engine makes now, from the dump or built into the cache."""
    cache.mkdir(parents=True, exist_ok=True)
    folders, found, jobs = Folders(), {}, []
    for key in sorted({(r["folder"], r["article"]) for r in rows if r["folder"]}):
        folder, article = key
        dumped = dump / f"{DUMP_PREFIX.get(folder, '-')}__{article}.json" if dump else None
        cached = cache / f"{folder.replace('/', '_')}__{article}.json"
        if dumped and dumped.exists():
            found[key] = dumped
        elif cached.exists():
            found[key] = cached
        elif (path := folders.path(folder, article)) is not None:
            jobs.append((str(path), str(cached)))
            found[key] = cached
    if jobs:
        print(f"building {len(jobs)} lessons into {cache}", file=sys.stderr)
        with ProcessPoolExecutor(2) as ex:
            list(ex.map(_build, jobs))
    return {k: json.loads(p.read_text()) for k, p in found.items()}


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[“”‘’\"']", "", text)).strip().lower()


def still_made(row: dict, lesson: dict) -> dict | None:
    """The bank question the row judged, as the engine writes it now (exact or near prompt, `near` set on a
    near one), or None."""
    want = _plain(row["prompt"])
    best, score = None, 0.0
    for q in lesson.get("questions", []):
        ratio = 1.0 if _plain(q["prompt"]) == want else difflib.SequenceMatcher(None, want, _plain(q["prompt"])).ratio()
        if ratio > score:
            best, score = q, ratio
    return None if score < NEAR else best if score == 1.0 else best | {"near": True}


_NUMBER_STEM = r"^(?:How (?:many|much)|By how much|In how many|For how much|What share)\b"
# the shape of a still-made question, read from its prompt now: (name, question types, pattern); first wins
SHAPES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("number stem carrying a second amount ('... and by significantly less thereafter?')", ("multiple_choice",),
     _NUMBER_STEM + r"[^?]*\band (?:by|additional|extra|further|several|other|\d)"),
    ("leftover heading or connective at the start ('Oregon: ...', 'Finally, ...')", ("true_false", "fill_blank"),
     r"^(?:[A-Z][a-z]+: |(?:Finally|However|Still|Separately|Likewise|Additionally|Then|Also|Meanwhile),? )"),
    ("source typing kept (typo, '[...]', 'amp', '{')", ("true_false", "fill_blank", "multiple_choice", "who_said"),
     r"\[\.\.\.\]|\[or\]|\bamp\b|\{|\btyring\b|\bsuplies\b|\brecieve\b|\bUntied\b|\bdiversifed\b|center an\b"),
)
_FRONTED = re.compile(r"^([A-Z][^,]{3,40}), ")


def shape_of(q: dict, sentence: str = "") -> str:
    """The question's shape: a SHAPES pattern, a stem ending on the phrase its sentence fronted ('Under the
    terms, X will pay ...' -> 'How much will X pay ... under the terms?'), a when-question ending on its verb
    (the label lost the verb's complement: 'did the task force begin delving?'), else 'other TYPE'."""
    named = next((name for name, types, pat in SHAPES if q["type"] in types and re.search(pat, q["prompt"])), None)
    if named:
        return named
    front = _FRONTED.match(sentence)
    if q["type"] == "multiple_choice" and front and q["prompt"].lower().endswith(front.group(1).lower() + "?"):
        return "stem ending on the phrase its sentence fronted ('... under the terms?')"
    if q["type"] == "when" and _ends_on_verb(q["prompt"]):
        return "when-stem ending on its verb or particle ('did X begin delving?', 'vow to hunt down?')"
    return f"other {q['type']}"


def _ends_on_verb(prompt: str) -> bool:
    from quizgen.completeness import reparse   # noqa: PLC0415 (spaCy only when a when-question is read)
    words = [t for t in reparse(prompt) if not t.is_punct]
    return len(words) > 3 and words[-1].pos_ in ("VERB", "ADP", "PART") and words[-1].dep_ != "ROOT" or \
        len(words) > 3 and words[-1].pos_ == "ADP"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path, help="a dev dump to read lessons from")
    ap.add_argument("--lessons", type=Path, default=Path("/tmp/garbled-still-made"), help="cache of built lessons")
    ap.add_argument("-v", dest="show", help="list the rows of shapes starting with this name")
    ap.add_argument("--all", action="store_true", help="list every judged row of a shape, not only rule-1 ones")
    args = ap.parse_args()
    rows = judged_rows()
    built = lessons(rows, args.dump, args.lessons)
    by_shape: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for r in rows:
        lesson = built.get((r["folder"], r["article"]))
        q = still_made(r, lesson) if lesson else None
        if q is not None:
            said = next((s["text"] for s in lesson["sentences"] if s["id"] == q["sentence_id"]), "")
            by_shape[shape_of(q, said)].append((r, q | {"in_quiz": q["id"] in lesson["quiz"]}))
    rule_one = [r for r in rows if r.get("rule") == 1]
    reach = [r for r in rule_one if (r["folder"], r["article"]) in built]
    made = [(r, q) for pairs in by_shape.values() for r, q in pairs if r.get("rule") == 1]
    print(f"judged rule-1 rows {len(rule_one)} ({len({r['prompt'] for r in rule_one})} prompts); on articles that can "
          f"be built {len(reach)}; still made {len(made)} ({sum(not q.get('near') for _, q in made)} exactly, "
          f"{len({q['prompt'] for _, q in made})} questions, {sum(q['in_quiz'] for _, q in made)} rows in the quiz now)")
    print("rule-1 rows (questions) | every still-made judged row of the shape: n, bad % (edit+reject) | shape")
    for name, pairs in sorted(by_shape.items(), key=lambda kv: -sum(r.get("rule") == 1 for r, _ in kv[1])):
        ones = [q["prompt"] for r, q in pairs if r.get("rule") == 1]
        bad = sum(r["bad"] for r, _ in pairs)
        print(f"  {len(ones):4d} ({len(set(ones)):3d}) | {len(pairs):4d} {100 * bad / len(pairs):4.0f} % | {name}")
        for r, q in pairs if args.show and name.startswith(args.show) else ():
            if args.all or r.get("rule") == 1:
                _show(r, q)


def _show(r: dict, q: dict) -> None:
    mark = ("~" if q.get("near") else "=") + ("Q" if q["in_quiz"] else " ")
    print(f"        {r['verdict'][:3]} r{r.get('rule')} {mark} [{r['file'][:24]}] {q['prompt'][:150]}  => {q['answer']}"
          + (f"\n            was {r['prompt'][:150]}" if q.get("near") else "")
          + f"\n            -- {(r.get('reason') or '')[:140]}")


if __name__ == "__main__":
    main()
