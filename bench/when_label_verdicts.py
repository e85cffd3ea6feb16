"""How judged when-questions' verdicts relate to the label score and label checks of their event.

Usage: .venv/bin/python bench/when_label_verdicts.py DUMP_DIR  (a dump of dev lessons, /work/wt/_brief/dump.py)
"""
from __future__ import annotations

import calendar
import datetime as dt
import glob
import json
import os
import re
import sys
from collections import defaultdict

sys.path[0] = os.getcwd()      # not bench/ itself: its queue.py hides the standard module

from quizgen.completeness import reparse  # noqa: E402
from quizgen.complements import completes_head  # noqa: E402
from quizgen.label_cuts import _last_printed, _passive_purpose, left_out_parts  # noqa: E402
from quizgen.label_scorer import label_features, label_quality  # noqa: E402
from quizgen.model import format_date  # noqa: E402

WHEN_KINDS = ("When did it happen", "Multiple choice, when")
_FRAME = {"when", "did", "what", "on", "date", "which", "in", "year", "month", "day", "the", "a", "was", "were"}


def judged_when_rows(root: str = "bench/judgments") -> list[dict]:
    """Every judged when-question row with a prompt (both row formats)."""
    out = []
    for path in glob.glob(f"{root}/**/*.jsonl", recursive=True):
        for line in open(path, encoding="utf-8"):
            r = json.loads(line) if line.strip() else {}
            kind, typ = r.get("kind"), r.get("type")
            mc_when = typ == "multiple_choice" and str(r.get("prompt", "")).startswith("When ")
            if r.get("prompt") and (kind in WHEN_KINDS or typ == "when" or mc_when):
                out.append(r)
    return out


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def _words(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", s.lower())) - _FRAME


def matched_event(row: dict, lesson: dict) -> tuple[dict | None, str]:
    """The event the judged prompt came from: the lesson's question with that prompt, else the event
    dated as the key whose label shares most words with the prompt (at least 40%)."""
    events = {e["id"]: e for e in lesson["events"]}
    for q in lesson["questions"]:
        if _norm(q["prompt"]) == _norm(row["prompt"]) and q.get("event_ids") and q["event_ids"][0] in events:
            return events[q["event_ids"][0]], "prompt"
    best, found = 0.4, None
    for e in lesson["events"]:
        day = dt.date.fromisoformat(e["date"])
        if row.get("answer") and str(row["answer"]) not in (format_date(day, e["precision"]),
                                                             calendar.day_name[day.weekday()]):
            continue
        p, lab = _words(row["prompt"]), _words(e["label"])
        overlap = len(p & lab) / max(1, len(p | lab))
        if overlap >= best:
            best, found = overlap, e
    return found, ("words" if found else "none")


def cut_complement(label: str, sent) -> bool:
    """The label stops right before a phrase that completes its last word (dates between skipped)."""
    last = _last_printed(label, sent)
    if last is None:
        return False
    i = last.i + 1
    while i < sent.end and _date_word(sent.doc[i]):
        i = sent.doc[i].right_edge.i + 1
    if i >= sent.end:
        return False
    t = sent.doc[i]
    return t.head.i == last.i and not _passive_purpose(t) and completes_head(t)


def _date_word(t) -> bool:
    return t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME")
                                                                        for c in t.children)


def checks(label: str, sentence: str) -> dict[str, bool]:
    """The label checks the brief names, on the label and its evidence sentence."""
    f = label_features(label)
    sent = reparse(sentence)[:]
    out = {"cut ending": f.get("ends_cut_word", 0) > 0, "light noun": f.get("ends_light_noun", 0) > 0,
           "pronoun": f.get("first_pronoun", 0) + f.get("inner_pronoun", 0) > 0,
           "bare reporting verb": f.get("root_saying_bare", 0) > 0,
           "verb lost its complement": cut_complement(label, sent)}
    for part in left_out_parts(label, sent):
        out[f"stops before {part.kind}"] = out.get(f"stops before {part.kind}", False) or part.at_end
    return out


def _table(rows: list[dict]) -> None:
    bad = sum(r["verdict"] != "keep" for r in rows)
    print(f"{len(rows)} rows, bad {bad}")
    for th in (0.2, 0.3, 0.4, 0.5, 0.6):
        below = [r for r in rows if r["score"] < th]
        n_bad = sum(r["verdict"] != "keep" for r in below)
        print(f"  score < {th:.1f}: {len(below):3d} rows, bad {n_bad:3d} ({100 * n_bad / max(1, len(below)):.0f}%)")
    by_check = defaultdict(list)
    for r in rows:
        for name in (k for k, v in r["checks"].items() if v):
            by_check[name].append(r)
    for name, hit in sorted(by_check.items(), key=lambda kv: -len(kv[1])):
        n_bad = sum(r["verdict"] != "keep" for r in hit)
        print(f"  {name:28s} {len(hit):3d} rows, bad {n_bad:3d} ({100 * n_bad / len(hit):.0f}%), "
              f"{len({r['prompt'] for r in hit})} prompts")


def main(dump: str) -> None:
    lessons = {os.path.basename(f)[:-5].split("__", 1)[1]: f for f in glob.glob(f"{dump}/*.json")}
    rows, cache = [], {}
    for r in judged_when_rows():
        if r["article"] not in lessons:
            continue
        lesson = cache.setdefault(r["article"], json.load(open(lessons[r["article"]], encoding="utf-8")))
        e, how = matched_event(r, lesson)
        if e is not None:
            sentence = lesson["sentences"][e["sentence_id"]]["text"]
            rows.append({**r, "how": how, "score": label_quality(e["label"]), "checks": checks(e["label"], sentence)})
    for name, part in (("all matched", rows), ("prompt the engine still makes", [r for r in rows if r["how"] == "prompt"])):
        print(f"== {name}")
        _table(part)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/_dump_main")
