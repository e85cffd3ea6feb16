#!/usr/bin/env python3
"""Check held-out articles and gold files: format, verbatim strings, every date re-derived with datetime.

    python tests/heldout/check_gold.py [FOLDER]     (default: this script's folder)
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = re.compile(r"Newsline held-out set( \d+)? \(original text\)")
GOLD_KEYS = ["published", "events", "entities", "quotes", "facts"]
EVENT_KEYS = ["date", "precision", "time_text", "anchor", "what", "kind", "tricky"]
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "DATE", "NUMBER"}
KINDS = {"absolute", "yearless", "weekday", "relative"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
# Abbreviations that end with a full stop but do not end a sentence.
ABBREV = re.compile(r"(?:\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec|Dr|Mr|Mrs|St|Vt|Ore|Fla|Calif|Md|Ala)|U\.S|a\.m|p\.m)\.$")
FUTURE = re.compile(r"\b(will|would|expected|next)\b", re.I)


def read_article(path: Path) -> tuple[dict, str]:
    """Header fields and body of an article file in the devset format."""
    head, sep, body = path.read_text(encoding="utf-8").partition("\n\n")
    if not sep:
        raise ValueError("no blank line after the header")
    fields = {}
    for line in head.split("\n"):
        key, colon, value = line.partition(": ")
        if not colon:
            raise ValueError(f"bad header line {line!r}")
        fields[key] = value
    return fields, body


def sentences(body: str) -> list[str]:
    """A plain splitter: full stops after the listed abbreviations do not end a sentence."""
    parts = re.split(r"(?<=[.!?])[\"\u201d]?\s+(?=[\"\u201c]?[A-Z])|\n+", body)
    out: list[str] = []
    for p in (x for x in parts if x and x.strip()):
        if out and ABBREV.search(out[-1]):
            out[-1] += " " + p
        else:
            out.append(p)
    return out


def future_clause(sentence: str, time_text: str) -> bool:
    """True if the clause leading up to the time expression speaks of the future."""
    if time_text.lower().startswith("next "):
        return True
    lead = sentence[:sentence.find(time_text)]
    # only the clause the expression belongs to: cut at punctuation and at words opening a new clause
    lead = re.split(r"[,;\"\u201c\u201d]|\b(?:that|which|who|it|whether|when)\b", lead)[-1]
    return bool(FUTURE.search(lead))


def month_start(d: dt.date, back: int = 0) -> dt.date:
    y, m = d.year, d.month - back
    while m < 1:
        y, m = y - 1, m + 12
    return dt.date(y, m, 1)


def resolve(time_text: str, pub: dt.date, future: bool) -> tuple[dt.date, str]:
    """The date and precision a reader gives time_text, published on pub (the rules in the devset README)."""
    t = time_text.strip()
    if t.lower() in ("this morning", "this afternoon", "this evening", "tonight"):
        return pub, "day"
    low = re.sub(r"\s+(morning|afternoon|evening|night)$", "", t.lower())
    low = re.sub(r"^(early|late)\s+", "", low)
    rel = {"yesterday": (pub - dt.timedelta(days=1), "day"), "today": (pub, "day"),
           "tomorrow": (pub + dt.timedelta(days=1), "day"),
           "two weeks ago": (pub - dt.timedelta(days=14), "day"),
           "three days ago": (pub - dt.timedelta(days=3), "day"),
           "earlier this year": (dt.date(pub.year, 1, 1), "year"),
           "next year": (dt.date(pub.year + 1, 1, 1), "year"),
           "last month": (month_start(pub, 1), "month"), "earlier this month": (month_start(pub), "month"),
           "last year": (dt.date(pub.year - 1, 1, 1), "year")}
    if low in rel:
        return rel[low]
    wd = re.fullmatch(r"(?:next\s+)?(\w+)", low)
    if wd and wd.group(1) in WEEKDAYS:
        target = WEEKDAYS.index(wd.group(1))
        if future:
            return pub + dt.timedelta(days=(target - pub.weekday()) % 7), "day"
        return pub - dt.timedelta(days=(pub.weekday() - target) % 7), "day"
    m = re.fullmatch(r"(?:since |from |between )?(\d{4})(?: (?:to|and) \d{4})?", low)
    if m:
        return dt.date(int(m.group(1)), 1, 1), "year"
    for fmt in ("%B %d, %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(t, fmt).date(), "day"
        except ValueError:
            pass
    m = re.fullmatch(r"([a-z]+)\.? (\d{1,2}),? (\d{4})", low)
    if m and m.group(1) in MONTHS:
        return dt.date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))), "day"
    m = re.fullmatch(r"([a-z]+) (\d{4})", low)
    if m and m.group(1) in MONTHS:
        return dt.date(int(m.group(2)), MONTHS[m.group(1)], 1), "month"
    m = re.fullmatch(r"([a-z]+)\.? (\d{1,2})", low)
    if m and m.group(1) in MONTHS:  # no year: the latest one on or before (past) or the next one (future)
        mo, day = MONTHS[m.group(1)], int(m.group(2))
        d = dt.date(pub.year, mo, day)
        if future and d < pub:
            d = dt.date(pub.year + 1, mo, day)
        if not future and d > pub:
            d = dt.date(pub.year - 1, mo, day)
        return d, "day"
    if low in MONTHS:
        d = dt.date(pub.year, MONTHS[low], 1)
        if future and d < month_start(pub):
            d = dt.date(pub.year + 1, d.month, 1)
        if not future and d > month_start(pub):
            d = dt.date(pub.year - 1, d.month, 1)
        return d, "month"
    raise ValueError(f"cannot resolve {time_text!r}")


def check(name: str, folder: Path = HERE) -> list[str]:
    """Every problem found with NAME.txt and NAME.gold.json."""
    errs: list[str] = []
    fields, body = read_article(folder / f"{name}.txt")
    gold = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
    if list(fields) != ["Title", "Source", "Published"]:
        errs.append(f"header fields {list(fields)}")
    if not SOURCE.fullmatch(fields.get("Source", "")):
        errs.append("Source line")
    pub = dt.date.fromisoformat(fields["Published"])
    words = len(body.split())
    if not 350 <= words <= 650:
        errs.append(f"body has {words} words")
    if list(gold) != GOLD_KEYS:
        errs.append(f"gold keys {list(gold)}")
    if gold.get("published") != fields["Published"]:
        errs.append("published differs from header")
    sents = sentences(body)

    events = gold["events"]
    if [e["date"] for e in events] != sorted(e["date"] for e in events):
        errs.append("events not sorted by date")
    for e in events:
        tag = f"event {e.get('date')} {e.get('time_text')!r}"
        if list(e) != EVENT_KEYS:
            errs.append(f"{tag}: keys {list(e)}")
            continue
        if e["kind"] not in KINDS or not isinstance(e["tricky"], bool) or not e["what"].strip():
            errs.append(f"{tag}: kind/tricky/what")
        if not 2 <= len(e["anchor"].split()) <= 4:
            errs.append(f"{tag}: anchor has {len(e['anchor'].split())} words")
        home = [s for s in sents if e["anchor"] in s and e["time_text"] in s]
        if not home:
            errs.append(f"{tag}: anchor {e['anchor']!r} and time_text not verbatim in one sentence")
            continue
        got, prec = resolve(e["time_text"], pub, future_clause(home[0], e["time_text"]))
        if prec == "month":
            got = got.replace(day=1)
        if (got.isoformat(), prec) != (e["date"], e["precision"]):
            errs.append(f"{tag}: gold {e['date']}/{e['precision']}, datetime gives {got}/{prec}")
        future = got > pub or (got == pub and future_clause(home[0], e["time_text"]))
        prev_year = e["kind"] == "yearless" and got.year < pub.year
        pub_day = e["kind"] == "weekday" and got == pub
        want_tricky = future or prev_year or pub_day or e["time_text"].lower() == "last year"
        if e["tricky"] != want_tricky:
            errs.append(f"{tag}: tricky should be {want_tricky}")

    for typ, items in gold["entities"].items():
        if typ not in ENTITY_TYPES:
            errs.append(f"entity type {typ}")
        errs += [f"{typ} {s!r} not in article" for s in items if s not in body]
    for qt in gold["quotes"]:
        if qt["quote_start"] not in body or len(qt["quote_start"].split()) > 6:
            errs.append(f"quote_start {qt['quote_start']!r}")
        if qt["speaker"] not in body:
            errs.append(f"speaker {qt['speaker']!r} not in article")
    if not 8 <= len(gold["facts"]) <= 12:
        errs.append(f"{len(gold['facts'])} facts")
    for fact in gold["facts"]:
        if fact["evidence"] not in body or len(fact["evidence"].split()) < 6 or not fact["statement"].strip():
            errs.append(f"fact evidence {fact['evidence']!r}")
    return errs


def main() -> int:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    names = sorted(p.name[:-len(".gold.json")] for p in folder.glob("*.gold.json"))
    bad = 0
    for name in names:
        errs = check(name, folder)
        bad += bool(errs)
        fields, body = read_article(folder / f"{name}.txt")
        n = len(json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))["events"])
        print(f"{name:16} {len(body.split()):4} words {n:3} events  {'ok' if not errs else 'FAIL'}")
        for err in errs:
            print(f"    {err}")
    print(f"{len(names)} articles, {bad} with problems")
    return 1 if bad or not names else 0


if __name__ == "__main__":
    sys.exit(main())
