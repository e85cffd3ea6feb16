"""A number right after the name it numbers ('iTunes 2', 'Boeing 737') is part of the name: never a blank."""
from __future__ import annotations

import quizgen

_ARTICLE = """Title: Orbix shows a music player
Source: Test Wire (http://example.com/t)
Published: 2001-10-24

CUPERTINO — Orbix Computer Inc. unveiled a portable digital music player Tuesday that holds 1,000 songs.

The MP3 player, called Tunebox, works only on Orbix computers running Orbix's own operating systems and iTunes 2, \
the company's latest music software.

Canada joined much of the world in barring the Boeing 737 Max 8 jet from its airspace on Wednesday.
"""


def test_a_number_of_a_name_is_no_blank():
    blanks = [q.answer for q in quizgen.build_lesson(_ARTICLE).questions if q.type == "fill_blank"]
    assert "2" not in blanks and "737" not in blanks, blanks
