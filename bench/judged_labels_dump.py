"""Dump event labels (sentence id, label, future) of the articles with timeline verdicts: python bench/judged_labels_dump.py OUT.json, run from a worktree."""
import json, sys, glob, os
from concurrent.futures import ProcessPoolExecutor
sys.path.insert(0, os.getcwd())

def one(path):
    from quizgen import parse_article
    from quizgen.pipeline import analyse
    name = os.path.basename(path)[:-4]
    try:
        parsed = analyse(parse_article(open(path, encoding="utf-8").read()))
        labs = [[e.sentence_id, e.label, e.future] for e in parsed.events]
    except Exception as ex:
        labs = ["ERROR " + repr(ex)]
    return name, labs

def main():
    wanted = set()
    files = ["bench/judgments/unseen/timeline-set%d-after.jsonl" % k for k in (6, 7, 8)] + \
        ["bench/judgments/realnews-final/timeline.jsonl", "/work/wt/_results/rn-timeline-a556316.jsonl"]
    for f in files:
        for line in open(f):
            wanted.add(json.loads(line)["article"])
    paths = [p for p in glob.glob("../shared/realnews/*.txt") + glob.glob("bench/judgments/unseen/set[678]-articles/*.txt")
             if os.path.basename(p)[:-4] in wanted]
    with ProcessPoolExecutor(6) as ex:
        out = dict(ex.map(one, paths))
    json.dump(out, open(sys.argv[1], "w"), indent=0)
main()
