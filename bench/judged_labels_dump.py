"""Dump event labels (sentence id, label, future) of the articles with timeline verdicts: python bench/judged_labels_dump.py OUT.json, run from a worktree."""
import json, sys, glob, os, re
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
    files = [f for f in glob.glob("bench/judgments/unseen/timeline-set*.jsonl")
             if 4 <= int(re.search(r"set(\d+)", f).group(1)) <= 37] + glob.glob("bench/judgments/realnews*/timeline*.jsonl")
    for f in files:
        for line in open(f):
            wanted.add(json.loads(line)["article"])
    paths = [p for p in glob.glob("/work/shared/realnews/*.txt") + glob.glob("bench/judgments/unseen/set*-articles/*.txt")
             if os.path.basename(p)[:-4] in wanted]
    with ProcessPoolExecutor(2) as ex:
        out = dict(ex.map(one, paths))
    json.dump(out, open(sys.argv[1], "w"), indent=0)
main()
