"""Which dumped lessons leave their lead sentence's happening off the timeline, and the likely cause.

Run from a worktree root: .venv/bin/python bench/lead_on_timeline.py DUMP_DIR [--show]
(DUMP_DIR: the JSON lessons /work/wt/_brief/dump.py writes.)
"""
import argparse
import collections
import datetime as dt
import glob
import json
import os
import sys

sys.path[0] = os.getcwd()      # not bench/ itself: its queue.py hides the standard module
from quizgen import nlp  # noqa: E402
from quizgen.wordlists import word_set  # noqa: E402

REPORT_DAYS = 3     # a lead's act told again later is on the timeline when dated within these days of the paper
NLP = nlp.load()


def _reporting_lemmas() -> set[str]:
    path = os.path.join("quizgen", "data", "reporting_verbs.tsv")
    lemmas = {line.split("\t")[0].strip() for line in open(path, encoding="utf-8") if not line.startswith("#")}
    return lemmas | word_set("stative_verbs")


def happening_verbs(sent, quiet: set[str]) -> list:
    """The lead's past or present-perfect main verbs (root and its joined verbs) that tell an act."""
    verbs = [sent.root] + [t for t in sent.root.conjuncts if t.pos_ in ("VERB", "AUX")]
    if sent.root.lemma_ in quiet:       # 'X said Y resigned': the reported clause tells the happening
        verbs += [t for t in sent.root.children if t.dep_ == "ccomp"]
    found = []
    for verb in verbs:
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        passive = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
        if verb.pos_ == "VERB" and verb.lemma_ not in quiet and (verb.tag_ == "VBD" or perfect or passive):
            found.append(verb)
    return found


def lead_cause(lesson: dict, verbs: list) -> str:
    """Why no event of sentence 0 is on the timeline: what the dump lets us tell."""
    published = dt.date.fromisoformat(lesson["published"][:10]) if lesson.get("published") else None
    lemmas = {v.lemma_ for v in verbs}
    for event in lesson["events"]:
        day = dt.date.fromisoformat(event["date"][:10])
        label = NLP(event["label"])
        if published and abs((published - day).days) <= REPORT_DAYS and lemmas & {t.lemma_ for t in label}:
            return "told-by-later-sentence"
    if any(t["sentence_id"] == 0 for t in lesson["times"]):
        return "dated-but-no-event"
    if not lesson.get("published"):
        return "no-date-no-publication"
    return "no-date-in-lead"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    quiet, causes, with_verb = _reporting_lemmas(), collections.Counter(), 0
    files = sorted(glob.glob(os.path.join(args.dump, "*.json")))
    for path in files:
        lesson = json.load(open(path, encoding="utf-8"))
        if "sentences" not in lesson or not lesson["sentences"]:
            continue
        sent = next(iter(NLP(lesson["sentences"][0]["text"]).sents))
        verbs = happening_verbs(sent, quiet)
        if not verbs:
            continue
        with_verb += 1
        if any(e["sentence_id"] == 0 for e in lesson["events"]):
            causes["on-timeline"] += 1
            continue
        cause = lead_cause(lesson, verbs)
        causes[cause] += 1
        if args.show:
            print(f"{cause:24} {os.path.basename(path)[:60]} [{' '.join(v.text for v in verbs)}] "
                  f"{lesson['sentences'][0]['text'][:160]}")
    print(f"{len(files)} lessons, {with_verb} with a happening verb in the lead sentence")
    for cause, n in causes.most_common():
        print(f"  {cause:24} {n}")


if __name__ == "__main__":
    main()
