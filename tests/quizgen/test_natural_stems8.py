"""Issue 12, rules 1 and 8: a dated 'yesterday morning' reads 'on the morning of <date>'; a gapped
second verb takes back the first's auxiliary ('365 others hospitalized'); a counted object's participle
stays after its verb; a claim noun keeps its clause; 'the feud between A and B' keeps its parties."""
from __future__ import annotations

import sys
from pathlib import Path

from quizgen import build_lesson, parse_article
from quizgen.pipeline import analyse
from quizgen.questions import candidates
from quizgen.questions.context import make_context

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bank_prompts import bank_prompts  # noqa: E402


def _candidates(text: str) -> list[str]:
    parsed = analyse(parse_article(text))
    out = []
    for q in candidates(make_context(parsed)):
        out += [q.prompt] + ([q.twin.prompt] if q.twin else [])
    return out


def test_a_dated_day_word_keeps_its_part_of_the_day():
    body = ("Harbour chase ends\n\nPolice officers arrested a young man outside the Grand Hotel in Lisbon yesterday "
            "morning after a long chase through the old town.")
    prompts = bank_prompts(body, "2016-05-14")
    assert any("on the morning of May 13, 2016 after" in p for p in prompts)
    assert not any("2016 morning" in p for p in prompts)


STORM = ("Title: Storm batters the coast\nPublished: 2016-05-14\n\n"
         "A powerful storm hit the coast of Norland on Wednesday, flattening villages.\n\n"
         "Chile's disaster agency said early Friday that at least 40 people were killed and at least 120 others "
         "hospitalized.\n\nState news agencies report some 300 people injured in Chile.\n\n"
         "About 2,000 homes lost power, officials said.\n")


def test_a_gapped_verb_takes_back_the_first_verbs_auxiliary():
    prompts = _candidates(STORM)
    assert "How many people were hospitalized in Chile?" in prompts
    assert not any(p.startswith("How many others") for p in prompts)


def test_a_counted_objects_participle_stays_after_the_verb():
    prompts = _candidates(STORM)
    assert "How many people do state news agencies report injured in Chile?" in prompts
    assert not any("people injured in Chile do" in p for p in prompts)


def test_a_claim_noun_is_not_cut_from_its_clause():
    text = ("Title: Envoy vanishes\nPublished: 2018-10-12\n\n"
            "A Peruvian envoy went missing on October 2 after entering the embassy in Madrid.\n\n"
            "Peru has dismissed all allegations it took part in any plot against the envoy. Spanish police say "
            "12 officers searched the embassy on Monday.\n")
    assert not any(p.endswith("dismissed all allegations?") or p.endswith("dismissed all allegations.")
                   for p in _candidates(text))


def test_the_parties_of_a_feud_stay_in_its_label():
    text = ("Title: Port dispute\nPublished: 2016-05-14\n\n"
            "The dispute between the fishing union and the national ports authority had flared up on Saturday, "
            "with dockers blocking the main harbour gates.\n")
    labels = [e.label for e in build_lesson(text).events]
    assert any(lab.startswith("The dispute between the fishing union and the national ports authority")
               for lab in labels)
    assert not any(lab.startswith("The dispute flared") for lab in labels)


def test_its_in_a_second_clause_is_the_first_clauses_subject():
    text = ("Title: Ferry limps home\nPublished: 2016-05-14\n\n"
            "A cargo ferry struck a reef off the coast of Norway on Tuesday.\n\n"
            "The damaged ferry docked at the port of Bergen about 40 miles away, and none of its crew of 12 was hurt. "
            "Officials said 3 tugboats helped the ferry.\n")
    prompts = _candidates(text)
    assert not any(p.startswith("None of its crew") for p in prompts)
    assert any(p.startswith("None of the damaged ferry\u2019s crew of") for p in prompts)
