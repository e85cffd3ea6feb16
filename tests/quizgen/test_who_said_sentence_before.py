"""Who said it: a 'she said' quotation opening its own paragraph is spoken by the one person the sentence
just before names, when the resolver reads the pronoun as that person too."""
from __future__ import annotations

import pytest

from quizgen.questions import who_said

pytestmark = pytest.mark.slow

BODY = ("Judge Marta Olsen sentenced the former mayor to nine years in prison on Tuesday.\n\n"
        "\"Nobody in this town is above the law,\" said prosecutor Dev Anand after the hearing.\n\n"
        "\"We will appeal the sentence next week,\" said defence lawyer Rob Tierney.\n\n"
        "Finally, Olsen read the ruling aloud to the packed courtroom.\n\n"
        "\"This court has listened to every single victim,\" she said.\n\n"
        "The hearing lasted four hours.\n\n"
        "\"The town has waited years for this day,\" she said.")

# the sentence before names two people: the 'she' may be either
TWO_BEFORE = ("Judge Marta Olsen sentenced the former mayor to nine years in prison on Tuesday.\n\n"
              "\"Nobody in this town is above the law,\" said prosecutor Dev Anand after the hearing.\n\n"
              "\"We will appeal the sentence next week,\" said defence lawyer Rob Tierney.\n\n"
              "Olsen thanked clerk Lena Brandt for her help with the files.\n\n"
              "\"This court has listened to every single victim,\" she said.")


def _answers(context_of, body: str) -> dict[str, str]:
    return {q.prompt: q.answer for q in who_said.generate(context_of(body, "2021-03-04"))}


def test_a_quotation_takes_the_person_named_just_before(context_of):
    found = _answers(context_of, BODY)
    assert any("listened to every single victim" in p and a == "Marta Olsen" for p, a in found.items()), found


def test_a_sentence_naming_nobody_before_leaves_the_speaker_unsaid(context_of):
    found = _answers(context_of, BODY)
    assert not any("waited years for this day" in p for p in found), found


def test_two_people_just_before_leave_the_speaker_unsaid(context_of):
    found = _answers(context_of, TWO_BEFORE)
    assert not any("listened to every single victim" in p for p in found), found


# the quotation goes on after 'she said': its first part alone is no whole sentence
SPLIT = ("Judge Marta Olsen sentenced the former mayor to nine years in prison on Tuesday.\n\n"
         "\"Nobody in this town is above the law,\" said prosecutor Dev Anand after the hearing.\n\n"
         "\"We will appeal the sentence next week,\" said defence lawyer Rob Tierney.\n\n"
         "Finally, Olsen read the ruling aloud to the packed courtroom.\n\n"
         "\"When a town has waited this long for a verdict,\" she said, \"the court owes it a clear one.\"")


def test_a_quotation_split_by_she_said_is_not_asked(context_of):
    found = _answers(context_of, SPLIT)
    assert not any("waited this long" in p for p in found), found


# a body as a subject in the sentence before ('the FBI had finished') is no other person
BODY_BEFORE = ("Judge Marta Olsen sentenced the former mayor to nine years in prison on Tuesday.\n\n"
               "\"Nobody in this town is above the law,\" said prosecutor Dev Anand after the hearing.\n\n"
               "\"We will appeal the sentence next week,\" said defence lawyer Rob Tierney.\n\n"
               "Olsen said the FBI had finished its inquiry in March.\n\n"
               "\"This court has listened to every single victim,\" she said.")


def test_a_body_in_the_sentence_before_is_no_other_person(context_of):
    found = _answers(context_of, BODY_BEFORE)
    assert any("listened to every single victim" in p and a == "Marta Olsen" for p, a in found.items()), found
