"""Benchmark the engine: model load, then timeline and full-lesson build times by article length.

    .venv/bin/python bench/generate.py [--repeat 5]

Prints a table: for the seed article and for 1x, 4x, 16x concatenations of the dev set, the
median time to build the timeline (parse, dates, events) and the full lesson (plus questions),
in ms and in ms per 1,000 words, so that growth with length is visible.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEVSET = ROOT.parent / "shared" / "devset"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    rss0 = rss_mb()
    t0 = time.perf_counter()
    import quizgen
    from quizgen import nlp
    from quizgen.article import Article, read_article
    from quizgen.pipeline import analyse
    nlp.load()
    load_s = time.perf_counter() - t0
    print(f"model load: {load_s * 1000:.0f} ms   RSS before: {rss0:.0f} MB   after load: {rss_mb():.0f} MB")

    seed = read_article(ROOT / "seeds" / "xi-putin-call-2022.txt")
    dev = [read_article(p) for p in sorted(DEVSET.glob("*.txt"))] if DEVSET.is_dir() else [seed]
    # warm-up: first calls fill caches (lemmatiser tables, regexes)
    quizgen.lesson_from_article(seed)

    cases = [("seed", seed)]
    for k in (1, 4, 16):
        body = "\n\n".join(a.body for a in dev for _ in range(k))
        cases.append((f"devset x{k}", Article(body=body, title=f"dev x{k}", published=seed.published)))

    print(f"\n{'article':14} {'words':>7} {'timeline ms':>12} {'ms/1k words':>12} {'lesson ms':>10} "
          f"{'ms/1k words':>12} {'events':>7} {'questions':>9}")
    for name, art in cases:
        words = len(art.body.split())
        repeat = args.repeat if words < 5000 else max(1, args.repeat // 2)
        t_tl = median_ms(lambda: analyse(art), repeat)
        t_full = median_ms(lambda: quizgen.lesson_from_article(art), repeat)
        lesson = quizgen.lesson_from_article(art)
        print(f"{name:14} {words:7d} {t_tl:12.1f} {t_tl / words * 1000:12.1f} {t_full:10.1f} "
              f"{t_full / words * 1000:12.1f} {len(lesson.events):7d} {len(lesson.questions):9d}")
    print(f"\npeak RSS: {_peak_mb():.0f} MB   (python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    print("targets: seed timeline < 150 ms, seed full lesson < 250 ms, ms/1k words roughly flat")
    return 0


def _peak_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())
