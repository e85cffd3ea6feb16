"""Judged rule-8 questions (a name the learner cannot place) the engine still makes, tallied by what is unplaced:
`python bench/still_made_stems.py [-v SHAPE|all] [--cache FILE]` from a worktree (issue 12); match: exact or difflib >= .9."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]  # bench/queue.py
import difflib
import json
import re
from collections import Counter, defaultdict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))
from still_made_labels import FORBIDDEN, JUDGED, article_paths, built_per_article  # noqa: E402

PRONOUNS = r"(he|she|it|they|him|her|them|this|that|these|those)"
QUOTED = re.compile(r"[\"'\u2018\u201c]([^\"'\u2019\u201d]{2,60})[\"'\u2019\u201d]")


def judged_rows() -> dict[str, dict[str, list]]:
    """Article -> {judged prompt: [n rule-8, n all, a rule-8 reason]} over every question verdict file but set49's."""
    votes: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(lambda: [0, 0, ""]))
    for f in sorted(JUDGED.rglob("*.jsonl")):
        if FORBIDDEN in str(f) or "timeline" in f.name:
            continue
        for line in f.open(encoding="utf-8"):
            row = json.loads(line)
            if row.get("prompt") and row.get("verdict"):
                v = votes[row["article"]][row["prompt"]]
                v[1] += 1
                if row.get("rule") == 8:
                    v[0] += 1
                    v[2] = v[2] or row.get("reason", "")
    return votes


def current_prompts(path: str) -> list[list[str]]:
    """[prompt, question type, its sentence's text] of each question the engine makes now."""
    import quizgen
    try:
        lesson = quizgen.build_lesson(Path(path).read_text(encoding="utf-8")).to_dict()
        sents = {s["id"]: s["text"] for s in lesson["sentences"]} if lesson["sentences"] and isinstance(
            lesson["sentences"][0], dict) else dict(enumerate(lesson["sentences"]))
        return [[q["prompt"], q["type"], str(sents.get(q.get("sentence_id"), ""))] for q in lesson["questions"]]
    except Exception as ex:  # noqa: BLE001 (one broken article must not stop the tally)
        return [[f"ERROR {ex!r}", "", ""]]


def unplaced_shape(prompt: str, reason: str) -> str:
    """What the judge found unplaced: subject/object 'the N', possessive its/their, pronoun, or other."""
    phrase = next((m for m in QUOTED.findall(reason) if m.lower() in prompt.lower() and len(m) < len(prompt) - 5), "")
    low = phrase.lower().strip()
    if not low:
        return "unquoted"
    if re.fullmatch(PRONOUNS, low) or re.match(PRONOUNS + r"\b(?! \w+)", low):
        return "pronoun"
    if re.match(r"(its|their|his|her)\b", low):
        return "possessive"
    if re.match(r"(the|this|that|these|those)\b", low):
        at = prompt.lower().find(low)
        before = prompt[:at].strip()
        subject = at == 0 or re.search(r"\b(did|was|were|is|are|has|have|does|do)$", before) is not None
        return ("subject the-N" if subject else "object the-N") if low.startswith("the") else "demonstrative"
    return "other"


def shape_now(row: tuple) -> str:
    """The judged prompt's unplaced shape, or 'named now' when the phrase the judge quoted is gone from the
    current prompt (the engine names it since)."""
    judged, reason, now = row[1], row[4], row[5][0]
    shape = unplaced_shape(judged, reason)
    phrase = next((m for m in QUOTED.findall(reason) if m.lower() in judged.lower()), None)
    return "named now" if phrase and judged != now and phrase.lower() not in now.lower() else shape


def still_made(judged: dict, prompts: dict) -> list[tuple]:
    """(article, judged prompt, n rule-8, n all, reason, [current prompt, type, sentence]) for each still made."""
    rows = []
    for art, verdicts in judged.items():
        now = prompts.get(art, [])
        for prompt, (n8, n, reason) in verdicts.items():
            match = max(now, key=lambda x: (x[0] == prompt, difflib.SequenceMatcher(None, prompt, x[0]).ratio()),
                        default=None)
            if match and difflib.SequenceMatcher(None, prompt, match[0]).ratio() >= .9:
                rows.append((art, prompt, n8, n, reason, match))
    return rows


def print_tally(rows: list[tuple], show: str | None) -> None:
    bad = [r for r in rows if r[2]]
    print(f"judged questions still made: {len(rows)}; with a rule-8 verdict: {len(bad)}")
    for shape, n in Counter(shape_now(r) for r in bad).most_common():
        print(f"  {shape:16} {n}")
    print("by question type:", dict(Counter(r[5][1] for r in bad)))
    for art, prompt, n8, n, reason, now in bad:
        shape = shape_now((art, prompt, n8, n, reason, now))
        if show in ("all", shape):
            print(f"[{shape}] {art} ({now[1]}, {n8}/{n} rule 8) {now[0]!r}\n    {reason[:160]}\n    < {now[2][:220]}")


def main() -> None:
    args = sys.argv[1:]
    show = args[args.index("-v") + 1] if "-v" in args else None
    cache = Path(args[args.index("--cache") + 1]) if "--cache" in args else None
    judged, paths = judged_rows(), article_paths()
    arts = sorted(a for a, v in judged.items() if a in paths and any(x[0] for x in v.values()))
    prompts = built_per_article(current_prompts, arts, paths, cache)
    print_tally(still_made({a: judged[a] for a in arts}, prompts), show)


if __name__ == "__main__":
    main()
