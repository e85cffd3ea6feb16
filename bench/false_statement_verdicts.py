"""Judged false statements (true-or-false items keyed False) by the kind of falsification: what was swapped,
where the wrong value came from, how far a number moved, whether the wrong value is in the article elsewhere.

    .venv/bin/python bench/false_statement_verdicts.py [-v] [--cache /tmp/fsv.json]

Every judged row keyed False whose article text is on this machine (the real-news dev articles, sets 6-12,
bank articles; TE3 files the measure keeps apart are skipped) is matched to the swap the engine tries for it:
the article is parsed, `true_false._swapped` records every swapped statement it makes with its rules of
which values it swaps turned off (mention, wrong value, whether the mention is in a subject), and the judged
prompt is matched to the nearest of them; "still made" when the engine as it is makes it. A prompt the engine
no longer tries is classed by a word diff against the article's closest sentence, its role read off the
article's mention there, else off the judged prompt's own parse. Prints keep/edit/reject per class (bad = edit
or reject); 'person/place role=other' is the gate of true_false._SUBJECT_ONLY_KINDS.
"""
from __future__ import annotations

import argparse
import difflib
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


J = ROOT / "bench" / "judgments"
# the TE3 documents a clean measure keeps apart (never read here)
_KEPT_APART = {"AP900815-0044", "AP900816-0139", "wsj_0520", "wsj_0542", "wsj_0575", "wsj_0584", "wsj_0585",
               "wsj_0586", "wsj_0610", "wsj_0778", "wsj_0781", "wsj_0786", "wsj_0816", "wsj_0928", "wsj_0938",
               "wsj_1013", "wsj_1014"}
TEXT_DIRS = [ROOT.parent.parent / "shared" / "realnews", Path("/work/shared/realnews"), Path("/work/wt/realnews-dev"),
             J / "unseen" / "set6-articles", J / "unseen" / "set7-articles", J / "unseen" / "set8-articles",
             J / "unseen" / "set9-articles", Path("/work/wt/set10"), Path("/work/wt/set11"), Path("/work/wt/set12"),
             J / "bank1-articles"]
_NUMBER_KINDS = {"NUMBER", "MONEY", "PERCENT", "QUANTITY", "DURATION", "CARDINAL"}


def texts() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for d in TEXT_DIRS:
        for f in sorted(glob.glob(str(d / "*.txt"))):
            stem = os.path.basename(f)[:-4]
            if stem in _KEPT_APART or "set48" in f or stem.endswith((".quiz", ".timeline")):
                continue
            out.setdefault(stem, Path(f))
    return out


def judged_false() -> list[dict]:
    """One row per judged (article, prompt) keyed False, the first verdict given."""
    seen, out = set(), []
    for f in sorted(glob.glob(str(J / "**" / "*.jsonl"), recursive=True)):
        if "set48" in f or "timeline" in os.path.basename(f):
            continue
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            if r.get("answer") != "False" or r.get("verdict") not in ("keep", "edit", "reject"):
                continue
            if r.get("type") != "true_false" and r.get("kind") != "True or false":
                continue
            k = (r["article"], r["prompt"])
            if k not in seen:
                seen.add(k)
                out.append(dict(r, file=os.path.relpath(f, J)))
    return out


def _norm(s: str) -> str:
    return re.sub(r"[^\w%$.]+", " ", s.lower()).strip()


def swaps_of(path: Path) -> tuple[list[dict], list[str], str, dict, dict]:
    """Every swapped statement the engine would make for the article with its rules of which values it
    swaps turned off (the kinds it no longer swaps, names outside the subject), with its mention and wrong
    value; a swap counts as made when the engine as it is makes it. Also each mention's role by sentence."""
    import quizgen
    from quizgen.pipeline import analyse
    from quizgen.questions import make_context, true_false
    from quizgen.nlp import text_of
    parsed = analyse(quizgen.read_article(path))
    ctx = make_context(parsed)
    made: list[dict] = []
    orig, twin = true_false._swapped, true_false.false_twin
    final: set[str] = set()

    def spy(ctx_, clause, m, w, prefix):
        text = orig(ctx_, clause, m, w, prefix)
        if text is not None:
            made.append({"text": text, "kind": m.kind, "value": m.text, "wrong": w, "qualifier": m.qualifier or "",
                         "sid": m.sentence_id, "sentence": parsed.spans[m.sentence_id].text,
                         "subject": true_false.in_a_subject(ctx_.doc[m.start:m.end].root)})
        return text

    def spy_twin(*a, **k):
        q = twin(*a, **k)
        if q is not None:
            final.add(q.prompt)
        return q
    true_false.false_twin = spy_twin
    try:
        true_false.generate(ctx)          # the engine as it is: the statements it makes
    finally:
        true_false.false_twin = twin
    # every kind is tried, in every role, so that the classes stay those of the judged rows
    rules = true_false._NO_FALSE_KINDS, true_false._SUBJECT_ONLY_KINDS
    true_false._swapped, true_false._NO_FALSE_KINDS, true_false._SUBJECT_ONLY_KINDS = spy, frozenset(), frozenset()
    try:
        true_false.generate(ctx)
    finally:
        true_false._swapped, (true_false._NO_FALSE_KINDS, true_false._SUBJECT_ONLY_KINDS) = orig, rules
    for s in made:
        s["made"] = s["text"] in final
    kinds = {m.text: m.kind for m in ctx.index.mentions}
    roles = {f"{m.sentence_id}|{m.text}": true_false.in_a_subject(ctx.doc[m.start:m.end].root)
             for m in ctx.index.mentions}
    return made, [s.text for s in parsed.spans], text_of(parsed.doc), kinds, roles


def _diff_swap(prompt: str, sentences: list[str]) -> dict | None:
    """The swap read off a word diff against the article's closest sentence."""
    p = prompt.split()
    best = max(sentences, key=lambda s: difflib.SequenceMatcher(None, p, s.split()).ratio(), default="")
    sm = difflib.SequenceMatcher(None, best.split(), p)
    reps = [(" ".join(best.split()[a:b]), " ".join(p[c:d])) for op, a, b, c, d in sm.get_opcodes() if op == "replace"]
    if len(reps) != 1:
        return None
    value, wrong = (x.strip(",.;:") for x in reps[0])
    return {"text": prompt, "kind": "?", "made": False, "value": value, "wrong": wrong, "qualifier": "", "sentence": best,
            "sid": sentences.index(best)}


def _role_in_prompt(prompt: str, wrong: str) -> bool | None:
    """Whether the swapped-in name is (part of) a subject of the judged statement itself: for a row whose
    swap the article's mentions do not place (the engine's clause and the diff cut it differently)."""
    from quizgen.nlp import parse
    from quizgen.questions.true_false import in_a_subject
    at = prompt.find(wrong.strip("'’ "))
    if not wrong.strip() or at < 0:
        return None
    doc = parse(prompt)
    span = doc.char_span(at, at + len(wrong.strip("'’ ")), alignment_mode="expand")
    return in_a_subject(span.root) if span is not None else None


def _num(s: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", s)
    try:
        return float(m.group().replace(",", "")) if m else None
    except ValueError:
        return None


def classify(sw: dict, text: str) -> dict:
    """The swap's class and its features."""
    kind, value, wrong = sw["kind"], sw["value"], sw["wrong"]
    if kind == "?":
        kind = "NUMBER" if _num(value) is not None and _num(wrong) is not None else "NAME?"
    # the engine's own classes (quizgen.questions.true_false.swap_class; its 'number x>2' is tallied below as
    # 'number ratio x>2'): the quiz mixes an all-True quiz's keys with the classes listed in its KEPT_SWAPS
    from quizgen.questions.true_false import swap_class
    cls = swap_class(kind, value, wrong).split()[0] if kind not in _NUMBER_KINDS else "number"
    rest = text.replace(sw["sentence"], " ")
    elsewhere = bool(re.search(rf"(?<!\w){re.escape(wrong)}(?!\w)", rest))
    feats = {"class": cls, "elsewhere": elsewhere, "qualified": bool(sw["qualifier"]),
             "role": "subject" if sw.get("subject") else "other" if "subject" in sw else "?"}
    a, b = _num(value), _num(wrong)
    if cls == "number" and a and b is not None:
        r = b / a
        feats["ratio"] = "x<0.5" if r < 0.5 else "0.5-0.8" if r < 0.8 else "0.8-1.25" if r <= 1.25 else \
            "1.25-2" if r <= 2 else "x>2"
    return feats


def cls_is_name(cls: str) -> bool:
    return cls in ("person", "place", "org", "media")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--cache", type=Path, help="keep the engine's swaps per article here (re-read if present)")
    args = ap.parse_args()
    have = texts()
    rows = [r for r in judged_false() if r["article"] in have]
    cache = json.loads(args.cache.read_text()) if args.cache and args.cache.exists() else {}
    by_article = defaultdict(list)
    for r in rows:
        by_article[r["article"]].append(r)
    tallies: dict[str, Counter] = defaultdict(Counter)
    matched = Counter()
    for name in sorted(by_article):
        if name not in cache:
            cache[name] = swaps_of(have[name])
        made, sentences, text, kinds, roles = cache[name]
        for r in by_article[name]:
            p = _norm(r["prompt"])
            best = max(made, key=lambda s: difflib.SequenceMatcher(None, p, _norm(s["text"])).ratio(), default=None)
            ratio = difflib.SequenceMatcher(None, p, _norm(best["text"])).ratio() if best else 0
            sw = best if ratio >= 0.9 else _diff_swap(r["prompt"], sentences)
            matched["engine" if ratio >= 0.9 else "diff" if sw else "none"] += 1
            if sw is None:
                continue
            if sw["kind"] == "?" and sw["wrong"] in kinds:
                sw["kind"] = kinds[sw["wrong"]]     # a name the engine's index knows: its kind
            if "subject" not in sw and f"{sw['sid']}|{sw['value']}" in roles:
                sw["subject"] = roles[f"{sw['sid']}|{sw['value']}"]     # the swapped mention's role in its sentence
            elif "subject" not in sw and (role := _role_in_prompt(r["prompt"], sw["wrong"])) is not None:
                sw["subject"] = role
            f = classify(sw, text)
            now = "still made" if ratio >= 0.9 and sw["made"] else "not made now"
            keys = [f"{f['class']} {now}", f"rule {r.get('rule')} {f['class']}", f["class"], f"{f['class']} elsewhere={f['elsewhere']}", f"{f['class']} qualified={f['qualified']}"]
            if cls_is_name(f["class"]):
                keys += [f"name swap, role={f['role']}", f"{f['class']} role={f['role']}"]
            if f["class"] in ("person", "place"):
                keys += [f"person/place role={f['role']}", f"person/place role={f['role']} {now}"]
            if "ratio" in f:
                keys.append(f"number ratio {f['ratio']}")
            for k in ["ALL", f"ALL {now}", *keys]:
                tallies[k][r["verdict"]] += 1
            if args.verbose:
                print(f"{r['verdict']:6} r{r.get('rule', '?')} {f['class']:7} {now[:3]} {f['role'][:4]:4} {sw['value']!r} -> {sw['wrong']!r} "
                      f"else={f['elsewhere']} | {r['prompt'][:110]}\n        {r.get('reason', '')[:140]}")
    if args.cache:
        args.cache.write_text(json.dumps(cache))
    print(f"judged False rows with text: {len(rows)}; matched to an engine swap {matched['engine']}, "
          f"by diff {matched['diff']}, unclassed {matched['none']}")
    print(f"{'class':34} {'n':>4} {'keep':>5} {'edit':>5} {'reject':>6} {'bad%':>5}")
    for k in sorted(tallies, key=lambda k: (k != "ALL", k)):
        t = tallies[k]
        n = sum(t.values())
        print(f"{k:34} {n:4} {t['keep']:5} {t['edit']:5} {t['reject']:6} {100 * (n - t['keep']) / n:5.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
