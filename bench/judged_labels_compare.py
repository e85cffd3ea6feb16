"""Judged labels present in BEFORE.json that changed in AFTER.json (from bench/judged_labels_dump.py), with verdict reasons."""
import glob, json, re, sys
files = [f for f in glob.glob("bench/judgments/unseen/timeline-set*.jsonl")
         if 4 <= int(re.search(r"set(\d+)", f).group(1)) <= 37] + glob.glob("bench/judgments/realnews*/timeline*.jsonl")
verdict = {}
for f in files:
    for line in open(f):
        j = json.loads(line)
        verdict[(j["article"], j.get("label"))] = (j.get("label_good"), j.get("reason", ""))
b, a = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
stats = {True: [0, 0], False: [0, 0]}
for art in sorted(b):
    after = {tuple(x[1:]) for x in a.get(art, [])}
    bys = {}
    for sid, lab, fut in a.get(art, []):
        bys.setdefault(sid, []).append((lab, fut))
    for sid, lab, fut in b[art]:
        v = verdict.get((art, lab))
        if v is None or v[0] is None:
            continue
        good = v[0]
        stats[good][0] += 1
        if (lab, fut) in after:
            continue
        stats[good][1] += 1
        print(("GOOD changed" if good else "BAD changed"), art, "|", lab, "future=%s" % fut, "->", bys.get(sid, "(no event)"),
              "" if good else "  [why bad: %s]" % v[1][:90])
print("judged-bad present/changed", stats[False], " judged-good present/changed", stats[True])
