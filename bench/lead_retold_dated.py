"""How often an undated lead's happening is told again with a day in one of the next sentences, and whether
the lesson's timeline has it (the lead's news missed). Usage: see --help."""
import argparse
import collections
import json
import os
import sys
from pathlib import Path

sys.path[0] = os.getcwd()      # not bench/ itself: its queue.py hides the standard module
from quizgen import nlp  # noqa: E402
from quizgen.events_recall import lead_retelling  # noqa: E402

_DESCRIPTION = """Run from a worktree root. For each lesson whose first body sentence (over six words) gives
no event and no date, the lead's root verb and its joined verbs are matched against the next four sentences
by the engine's own test (events_recall.lead_retelling): a match in a sentence with a date is 'retold-dated',
and 'on-timeline' when an event of that sentence is on the timeline."""
NEXT = 4          # sentences after the lead read for a retelling (events._RETELLING_SENTENCES)
NLP = nlp.load()


def retold_in(lesson: dict, lead_id: int) -> tuple[str, str]:
    """(class, the retelling sentence) for an undated lead without an event."""
    sents = lesson["sentences"]
    doc = NLP(" ".join(s["text"] for s in sents[lead_id:lead_id + 1 + NEXT]))
    spans = list(doc.sents)
    lead = spans[0]
    verbs = [lead.root] + [t for t in lead.root.conjuncts if t.pos_ == "VERB"]
    for sent in spans[1:]:
        if not any(lead_retelling(v, sent) is not None for v in verbs):
            continue
        sid = next((s["id"] for s in sents[lead_id + 1:] if sent.text[:40] in s["text"]), None)
        dated = any(t["sentence_id"] == sid for t in lesson["times"])
        on = any(e["sentence_id"] == sid for e in lesson["events"])
        return ("retold-dated-on-timeline" if on else "retold-dated-off" if dated else "retold-undated"), sent.text
    return "not-retold", ""


def main() -> None:
    ap = argparse.ArgumentParser(description=_DESCRIPTION)
    ap.add_argument("dump", help="the lessons /work/wt/_brief/dump.py wrote")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    counts = collections.Counter()
    for path in sorted(Path(args.dump).glob("*.json")):
        lesson = json.loads(path.read_text(encoding="utf-8"))
        sents = lesson.get("sentences") or []
        lead_id = next((s["id"] for s in sents if len(s["text"].split()) > 6), None)
        if lead_id is None or any(e["sentence_id"] == lead_id for e in lesson["events"]):
            counts["lead on timeline"] += 1
            continue
        if any(t["sentence_id"] == lead_id for t in lesson["times"]):
            counts["dated lead, no event"] += 1
            continue
        why, text = retold_in(lesson, lead_id)
        counts["undated: " + why] += 1
        if args.show and text:
            print(f"{why:26} {path.name[:45]} | {sents[lead_id]['text'][:90]} || {text[:90]}")
    for why, n in counts.most_common():
        print(f"  {why:40} {n}")


if __name__ == "__main__":
    main()
