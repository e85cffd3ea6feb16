"""Judged timeline labels that never name who or what (issue 11), by class, with the share judged bad.

    .venv/bin/python bench/unnamed_labels.py [--show CLASS]

Classes, read from each label's parse:
  bare_subject        the main subject is a common noun with only 'a'/'an'/'the' (or nothing) before it
                      and no name in it: 'The capsule crashed'
  agentless_passive   such a subject with a passive verb and no 'by ...': 'A decision was made'
  bare_nameless       a bare subject and no name anywhere in the label; bare_nameless_short: five words
                      at most ('A letter was published')
  nameless_short_passive        short, nameless and an agentless passive; _plain: its subject has no
                                word but 'a'/'an'/'the' ('The deal was announced'; engine rule)
  reporting_frame     'X said/told/announced (that) ...' with a clause reported, split into the speaker's
                      own act ('X said it will ...') and a third party's ('X said the US will ...')
  shape_*             the subject's shape when it names no one (issue 11, epithets): shape_described_person
                      'The 81-year-old leader', 'A three-time Olympian' (a person noun with words of its
                      own); shape_described_thing 'The world's most valuable chipmaker'; shape_bare_person
                      'The man', 'A woman'; shape_bare_thing 'The paper'; shape_bare_quantity 'The number'
                      (an amount with no 'of' phrase: of what?), shape_bare_amount: 'the' its only word;
                      shape_owner_unnamed "The man's death" (owned by a bare common noun)
Rows: timeline-set*-before/-final files of bench/judgments/unseen, one per (article, label).
"""
from __future__ import annotations

import argparse
import glob
import json
import re
import sys
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
REPORTING = {"say", "tell", "announce", "state", "report", "claim", "confirm", "add", "note", "warn",
             "declare", "insist", "explain", "write", "argue", "reveal", "acknowledge", "admit"}
BLIND = re.compile(r"set47|set49")
_NAMED = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
_QUANTITY = {w.strip() for w in (ROOT / "quizgen" / "data" / "quantity_nouns.txt").read_text().splitlines()[1:]
             if w.strip()}


def judged_rows() -> list[dict]:
    """Every judged row of the before/final timeline files (the blind set left out), one per (article, label)."""
    rows: dict[tuple[str, str], dict] = {}
    pats = ("timeline-set*-before.jsonl", "timeline-set*-final.jsonl")
    for pat in pats:
        for name in sorted(glob.glob(str(ROOT / "bench" / "judgments" / "unseen" / pat))):
            if BLIND.search(name):
                continue
            for line in open(name, encoding="utf-8"):
                row = json.loads(line) if line.strip() else {}
                if row.get("label") and row.get("label_good") is not None:
                    rows[(row["article"], row["label"])] = row
    return list(rows.values())


def bare_subject(root) -> bool:
    """The main subject is a common noun phrase with no name, number or pronoun, and 'a'/'an'/'the'/none."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return False
    words = list(subj.subtree)
    if any(w.pos_ in ("PROPN", "PRON", "NUM") or w.ent_type_ for w in words):
        return False
    if any(w.dep_ in ("poss", "conj", "relcl", "acl", "prep") for w in words):
        return False
    dets = [w.lower_ for w in words if w.dep_ == "det"]
    return all(d in ("a", "an", "the") for d in dets)


def classes(doc) -> set[str]:
    """The classes a parsed label falls in."""
    root = next(iter(doc.sents)).root
    return _subject_classes(doc, root) | _reporting_classes(root) | _shape_classes(root)


def _shape_classes(root) -> set[str]:
    """The shape of a main subject that names no one (see the module's shape_* classes)."""
    from quizgen.referents import person_noun
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or any(w.pos_ == "PROPN" or w.ent_type_ in _NAMED
                                                  for w in subj.subtree):
        return set()
    kids = [c for c in subj.children if not c.is_punct]
    owner = next((c for c in kids if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "NOUN" and [c.lower_ for c in owner.children if not c.is_punct][:1] == ["the"]:
        return {"shape_owner_unnamed"}
    if not kids or kids[0].lower_ not in ("a", "an", "the") and not (owner is not None and owner.i == kids[0].i):
        return set()
    if subj.lemma_.lower() in _QUANTITY and not any(c.dep_ == "prep" for c in kids):
        return {"shape_bare_quantity"} | ({"shape_bare_amount"} if len(kids) == 1 else set())
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in kids):
        return set()
    who = "person" if person_noun(subj) else "thing"
    return {f"shape_{'bare' if len(kids) == 1 else 'described'}_{who}"}


def _subject_classes(doc, root) -> set[str]:
    """The bare-subject classes: bare, agentless passive, nameless, short, plain."""
    if not bare_subject(root):
        return set()
    found = {"bare_subject"}
    subj = next(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))
    if subj.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in root.children):
        found.add("agentless_passive")
    if any(w.pos_ == "PROPN" or w.ent_type_ for w in doc):
        return found
    found.add("bare_nameless")      # nothing anywhere in the label is named
    if len(doc) <= 5:
        found.add("bare_nameless_short")
        if "agentless_passive" in found:
            found.add("nameless_short_passive")
            if all(c.dep_ == "det" for c in subj.children):
                found.add("nameless_short_passive_plain")     # no word but 'a'/'the' says which
    return found


def _reporting_classes(root) -> set[str]:
    """'X said ...' with a reported clause, as the speaker's own act or a third party's."""
    said = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if root.lemma_ not in REPORTING or said is None:
        return set()
    told = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = told is not None and told.pos_ == "PRON"
    return {"reporting_frame", "reporting_own_act" if own else "reporting_third_party"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", help="print the rows of this class with verdicts and reasons")
    args = ap.parse_args()
    from quizgen.nlp import load
    nlp = load()
    rows = judged_rows()
    tally: dict[str, list[int]] = {}
    for row, doc in zip(rows, nlp.pipe(r["label"] for r in rows)):
        for cls in sorted(classes(doc)):
            tally.setdefault(cls, [0, 0])
            tally[cls][0] += 1
            tally[cls][1] += not row["label_good"]
            if cls == args.show:
                print("BAD " if not row["label_good"] else "good", row["label"], "|", row.get("reason", "")[:110])
    print(f"judged rows {len(rows)}  bad {sum(not r['label_good'] for r in rows)}")
    for cls, (n, bad) in sorted(tally.items()):
        print(f"{cls:18} rows {n:4}  bad {bad:4}  share bad {bad / n:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
