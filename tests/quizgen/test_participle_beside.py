"""'Engineers at the plant - damaged in the 2011 tsunami - have been evacuated': the date in a participle
set off after a noun dates what befell that noun, not the main clause's happening."""
from __future__ import annotations

from quizgen import build_lesson

PLANT = ("Title: Quake alert\nPublished: 2025-07-30\n\n"
         "Engineers at the Tokai nuclear plant - damaged in the 2011 tsunami - have been evacuated.\n\n"
         "The Kansai Electric plant - built in 1985 - kept running on Wednesday.")


def test_the_participle_dates_the_noun_it_describes() -> None:
    events = build_lesson(PLANT).to_dict()["events"]
    dated = {e["date"][:4]: e["label"] for e in events}
    assert "2011" in dated and "plant was damaged" in dated["2011"], events
    assert "evacuated" not in dated["2011"], events
