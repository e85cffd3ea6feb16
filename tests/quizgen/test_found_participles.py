"""A bare past participle after 'found/left X' is X's passive state (no 'Who shot ...?' keyed on the victim),
and a name after abbreviated titles ('Dist. Atty.') is never cut between the titles."""
from __future__ import annotations

from quizgen import build_lesson

_FOUND = ("Six years after deputies found Mara Kell, a young singer, shot to death in a chair in the "
          "banker's villa, the case went to trial.")


def _clause_verbs(parsed) -> set[str]:
    return {c.verb.text for cs in parsed.clauses.by_sentence.values() for c in cs}


def test_a_participle_after_found_is_no_clause_of_its_own(parsed_of) -> None:
    verbs = _clause_verbs(parsed_of(_FOUND))
    assert "shot" not in verbs and "found" in verbs, verbs


def test_a_finite_verb_with_an_object_after_a_reporting_verb_stays(parsed_of) -> None:
    assert "shot" in _clause_verbs(parsed_of("The report said the guard shot the intruder."))


def test_a_finite_past_after_reported_stays(parsed_of) -> None:
    assert "jumped" in _clause_verbs(parsed_of("Harlow Foods reported third-quarter profit jumped 45% to $5.8 million."))


def test_a_name_after_abbreviated_titles_is_the_name_alone(parsed_of) -> None:
    from quizgen.index import build_index
    text = "\u201cWe will win,\u201d said Dist. Atty. Paul Grent, who called the case simple."
    people = [m.text for m in build_index(parsed_of(text)).mentions if m.kind == "PERSON"]
    assert people == ["Paul Grent"], people


def test_no_option_or_key_starts_inside_a_title() -> None:
    lesson = build_lesson("Title: Trial Opens\nPublished: 2009-03-03\n\n" + _FOUND + " Dist. Atty. Paul Grent "
                          "said the evidence was strong. \u201cWe will win,\u201d said Dist. Atty. Paul Grent, who "
                          "called the case simple. The banker, Tom Verity, denied the charge in 2005.").to_dict()
    texts = [q["answer"] for q in lesson["questions"]] + \
        [c for q in lesson["questions"] for c in (q["choices"] or [])]
    assert not [t for t in texts if isinstance(t, str) and t.startswith(("Atty.", "Dist"))], texts
    assert not [q["prompt"] for q in lesson["questions"] if q["prompt"].startswith("Who shot")]
