"""Why a long lesson's lead happening is (not) on the timeline: one cause per lesson, naming the check
that dropped a dated lead.

Run from a worktree root: .venv/bin/python bench/lead_causes.py DUMP_DIR DIRS_FILE [--show]
(DUMP_DIR: lessons /work/wt/_brief/dump.py wrote from the article folders listed in DIRS_FILE.)
Causes: on-timeline; retold-on-timeline (a later sentence's event tells the lead's act within the
report's days); no-act (the lead tells a state, a plan or a feature's scene: no past act);
unresolved (the lead's date word was not read); dropped:<check> (a dated lead whose event a check
left out: the label fault, or 'no happening at the date' for a yardstick, reported period and the
like); undated-later-day (no date in the lead, a later sentence gives a report day); undated.
"""
import argparse
import collections
import functools
import json
import os
import re
import sys
from pathlib import Path

sys.path[0] = os.getcwd()      # not bench/ itself: its queue.py hides the standard module
import importlib.util  # noqa: E402

import quizgen  # noqa: E402
from quizgen import events, label_choice  # noqa: E402

# bench/ is not put on the path (its queue.py hides the standard module): the sibling is loaded by file
_SPEC = importlib.util.spec_from_file_location("lead_on_timeline", Path(__file__).with_name("lead_on_timeline.py"))
_LEADS = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_LEADS)
NLP, _reporting_lemmas, happening_verbs, lead_cause = (_LEADS.NLP, _LEADS._reporting_lemmas, _LEADS.happening_verbs,
                                                       _LEADS.lead_cause)

LONG = 8           # sentences: a long article, whose lead tells its main happening
_RECENT = re.compile(r"\b(yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_SEEN: list[str] = []


def _hook() -> None:
    """Record the last label fault and 'no happening at' verdict while a lead date is labelled."""
    fault, nothing = label_choice.label_fault, events._no_happening_at

    @functools.wraps(fault)
    def fault_seen(*a, **k):
        r = fault(*a, **k)
        if r and r != "too long":
            _SEEN.append(f"label fault: {r}")
        return r

    @functools.wraps(nothing)
    def nothing_seen(*a, **k):
        r = nothing(*a, **k)
        if r:
            _SEEN.append("no happening at the date")
        return r
    events.label_fault = label_choice.label_fault = fault_seen
    events._no_happening_at = nothing_seen


def _sources(dirs_file: str) -> dict[str, Path]:
    found = {}
    for d in Path(dirs_file).read_text().split():
        for f in Path(d).glob("*.txt"):
            found[f"{Path(d).name}__{f.stem}.json"] = f
    return found


def _dropped_check(source: Path, lead_id: int) -> str:
    """The check that left out the dated lead: run the engine, watching the lead's dates' labelling."""
    label_one = events._event_label
    seen: list[str] = []

    def watched(span, *a, **k):
        start = len(_SEEN)
        r = label_one(span, *a, **k)
        if span.sent.start_char <= lead_start[0] < span.sent.end_char and not r[2]:
            seen.extend(_SEEN[start:] or ["label left empty by another check"])
        return r
    lesson_text = source.read_text(encoding="utf-8")
    lead_start = [0]
    events._event_label = watched
    try:
        article = quizgen.build_lesson(lesson_text).to_dict()
        lead_start[0] = article["sentences"][lead_id]["start"]
        seen.clear()
        quizgen.build_lesson(lesson_text)
    finally:
        events._event_label = label_one
    return seen[-1] if seen else "dropped later (merge, fit or score)"


def _past_report(sent) -> list:
    """'X reported a 47% decline', 'X announced ...': a past report is the lead's happening too."""
    root = sent.root
    return [root] if root.pos_ == "VERB" and root.tag_ == "VBD" else []


def cause(lesson: dict, source: Path | None, quiet: set[str]) -> str:
    sents = lesson["sentences"]
    lead_id = next((s["id"] for s in sents if len(s["text"].split()) > 6), 0)
    if any(e["sentence_id"] == lead_id for e in lesson["events"]):
        return "on-timeline"
    sent = next(iter(NLP(sents[lead_id]["text"]).sents))
    verbs = happening_verbs(sent, quiet) or _past_report(sent)
    if not verbs:
        return "no-act"
    if lead_cause(lesson, verbs) == "told-by-later-sentence":
        return "retold-on-timeline"
    if any(u.get("sentence_id") == lead_id for u in lesson.get("unresolved", []) if isinstance(u, dict)):
        return "unresolved"
    if any(t["sentence_id"] == lead_id for t in lesson["times"]):
        return "dropped: " + (_dropped_check(source, lead_id) if source else "?")
    later = any(_RECENT.search(s["text"]) for s in sents[lead_id + 1:lead_id + 6])
    return "undated-later-day" if later else "undated"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("dirs")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    _hook()
    quiet, sources, causes, long_ = _reporting_lemmas(), _sources(args.dirs), collections.Counter(), 0
    for path in sorted(Path(args.dump).glob("*.json")):
        lesson = json.loads(path.read_text(encoding="utf-8"))
        if len(lesson.get("sentences") or []) < LONG:
            continue
        long_ += 1
        why = cause(lesson, sources.get(path.name), quiet)
        causes[why] += 1
        if args.show and why != "on-timeline":
            lead = next((s["text"] for s in lesson["sentences"] if len(s["text"].split()) > 6), "")
            print(f"{why:40} {path.name[:50]} | {lead[:120]}")
    print(f"{long_} long lessons (>= {LONG} sentences)")
    for why, n in causes.most_common():
        print(f"  {why:50} {n}")


if __name__ == "__main__":
    main()
