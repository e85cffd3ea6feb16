"""Classify what timeline judges said the timeline missed (missed_list): lead, dated earlier, future or other.

Run: python3 bench/missed_happenings.py [--show CLASS]  (reads bench/judgments/unseen/timeline-set*.jsonl)
"""
import argparse
import collections
import datetime as dt
import glob
import json
import os
import re

UNSEEN = os.path.join(os.path.dirname(__file__), "judgments", "unseen")
BLIND_SETS = ("set47",)          # a blind test set: never read
LEAD_DAYS = 3                    # a lead's happening is on the report day or the days just before it
_STOP = {"the", "and", "for", "with", "from", "into", "over", "after", "that", "this", "its", "his", "her",
         "first", "new", "says", "said", "who", "what", "how", "why", "more", "than"}


def published_days() -> dict[str, dt.date]:
    """Slug -> publication day, from the setN-sources.md tables (slug | URL | published | ...)."""
    days = {}
    for path in glob.glob(os.path.join(UNSEEN, "set*-sources.md")):
        if any(b in path for b in BLIND_SETS):
            continue
        for line in open(path, encoding="utf-8"):
            cells = [c.strip() for c in line.split("|")]
            if len(cells) > 4 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cells[3] or ""):
                days[cells[1]] = dt.date.fromisoformat(cells[3])
    return days


def newest_rows() -> dict[str, list[str]]:
    """Article -> its missed_list, from the last judged version of each set (final, else before)."""
    by_set = collections.defaultdict(dict)
    for path in glob.glob(os.path.join(UNSEEN, "timeline-set*.jsonl")):
        name = os.path.basename(path)
        if any(b in name for b in BLIND_SETS) or "changed" in name:
            continue
        m = re.match(r"timeline-(set\d+)-(\w+)\.jsonl", name)
        if m:
            by_set[m.group(1)][m.group(2)] = path
    missed = {}
    for versions in by_set.values():
        path = versions.get("final") or versions.get("before")
        for line in open(path or "", encoding="utf-8") if path else []:
            row = json.loads(line)
            if "missed_list" in row:
                missed[row["article"]] = row["missed_list"]
    return missed


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_DAY = re.compile(r"\b(\d{1,2}) (%s)\w* (\d{4})|\b(%s)\w* (\d{1,2}),? (\d{4})" % (("|".join(_MONTHS),) * 2), re.I)


def item_day(item: str) -> tuple[dt.date | None, bool]:
    """The day or year a missed item gives, and whether it is a whole year only."""
    if m := re.search(r"(\d{4})-(\d{2})-(\d{2})", item):
        return dt.date(*map(int, m.groups())), False
    if m := _MONTH_DAY.search(item):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        try:
            return dt.date(int(year), _MONTHS.index(month[:3].lower()) + 1, int(day)), False
        except ValueError:
            return None, False
    if m := re.search(r"\((?:[^()]*\D)?(\d{4})\)", item) or re.search(r"\b(1[89]\d\d|20\d\d)\b", item):
        return dt.date(int(m.group(1)), 1, 1), True
    return None, False


def slug_words(slug: str) -> set[str]:
    return {w for w in slug.split("-") if len(w) > 2 and not w.isdigit() and w not in _STOP}


def shares_headline(item: str, slug: str) -> bool:
    """The item retells the headline (the slug is made from it): it names one of the slug's words."""
    words = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", item.split("(")[0])}
    return any(w[:5] in words for w in slug_words(slug))


_RECENT = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|"
                     r"this week|last week|publication day|report day)\b", re.I)


def classify(item: str, slug: str, published: dt.date | None) -> str:
    day, year_only = item_day(item)
    if day is None and _RECENT.search(item):        # a weekday or 'today' with no written date: the report's days
        return "lead" if shares_headline(item, slug) else "report-days"
    if day is None or published is None:
        return "other"
    if day > published or (year_only and day.year > published.year):
        return "future"
    if year_only:
        return "earlier" if day.year < published.year else "other"
    if (published - day).days > LEAD_DAYS:
        return "earlier"
    return "lead" if shares_headline(item, slug) else "report-days"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", help="print the items of this class")
    ap.add_argument("--moves", action="store_true", help="count the judged rows of amount moves instead")
    args = ap.parse_args()
    if args.moves:
        change_verb_rows()
        return
    days, counts, articles = published_days(), collections.Counter(), 0
    for slug, items in sorted(newest_rows().items()):
        articles += 1
        wire = re.match(r"[A-Z]{3}(\d{4})(\d\d)(\d\d)", slug)     # TempEval ids carry the wire day
        published = days.get(slug) or (dt.date(*map(int, wire.groups())) if wire else None)
        for item in items:
            kind = classify(item, slug, published)
            counts[kind] += 1
            if args.show == kind:
                print(f"{slug}: {item}")
    total = sum(counts.values())
    print(f"{articles} articles, {total} missed items")
    for kind, n in counts.most_common():
        print(f"  {kind:12} {n:4}  {n / total:.0%}")


def change_verb_rows() -> None:
    """The class a lead price-move rule lets in: judged timeline labels telling an amount's move
    ('shares plunged', 'the Dow rose 72 points'), and the missed items of that kind."""
    path = os.path.join(os.path.dirname(__file__), "..", "quizgen", "data", "amount_change_lemmas.tsv")
    lemmas = [line.split("\t")[0] for line in open(path, encoding="utf-8") if not line.startswith("#")]
    moved = re.compile(r"\b(%s)(s|es|ed|d|ped|ged)?\b|\b(rose|fell|sank|slid|fallen|risen|dove)\b" % "|".join(lemmas), re.I)
    tally = collections.Counter()
    for path in glob.glob(os.path.join(UNSEEN, "timeline-set*.jsonl")):
        if any(b in path for b in BLIND_SETS) or "changed" in path:
            continue
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if "label" in row and moved.search(row["label"] or ""):
                on_day = str(row.get("date", "")).split(", ")[-1].startswith("day")    # the rule dates by a day
                for key in ("all", "day") if on_day else ("all",):
                    tally[key] += 1
                    tally[key + " date"] += bool(row.get("date_right"))
                    tally[key + " label"] += bool(row.get("label_good"))
                    tally[key + " both"] += bool(row.get("date_right") and row.get("label_good"))
    for key in ("all", "day"):
        n = max(tally[key], 1)
        print(f"judged labels telling an amount's move ({key}): {tally[key]}, date right {tally[key + ' date'] / n:.0%}, "
              f"label good {tally[key + ' label'] / n:.0%}, both {tally[key + ' both'] / n:.0%}")
    days, missed = published_days(), 0
    for slug, items in newest_rows().items():
        missed += sum(1 for item in items if moved.search(item.split("(")[0]) and
                      classify(item, slug, days.get(slug)) in ("lead", "report-days"))
    print(f"missed report-day items telling an amount's move: {missed}")


if __name__ == "__main__":
    main()
