"""A label's bare 'the judge' or 'the mayor' is named as the article titled that one person before
(events._tied_name, the stems' `titled_person`); two people of that title leave it as written."""
from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow


def _labels(body: str) -> list[str]:
    from quizgen import build_lesson
    text = f"Title: Test story\nPublished: 2016-05-01\n\n{body}\n"
    return [e.label for e in build_lesson(text).events]


JUDGE = ("U.S. District Judge Ann Roeland heard the case on March 3, 2015. Lawyers argued for hours.\n\n"
         "On April 20, 2016, the judge sentenced the banker to ten years, the court said.")
MAYOR = ("Mayor Carl Whitby opened the new bridge on June 2, 2014. Traffic grew quickly.\n\n"
         "On May 9, 2015, the mayor closed the bridge for repairs, a spokesman said.")
TWO = ("Judge Ann Roeland and Judge Tom Pike heard the case on March 3, 2015. Lawyers argued for hours.\n\n"
       "On April 20, 2016, the judge sentenced the banker to ten years, the court said.")


@pytest.mark.parametrize("body, named, bare", [
    (JUDGE, "Ann Roeland sentenced", None),
    (MAYOR, "Carl Whitby closed the bridge", None),
    (TWO, None, "judge sentenced"),          # two judges named before: which one is unknown
])
def test_titled_subject_named(body, named, bare):
    labels = " | ".join(_labels(body))
    if named:
        assert named in labels
    if bare:
        assert bare.lower() in labels.lower()
