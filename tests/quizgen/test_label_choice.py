"""The label chooser: a dated sentence's label is a complete clause of it (what a saying reported,
not the bare frame; no verbless chunk, no two clauses glued, no present state), or no event."""
from __future__ import annotations

import pytest

from quizgen import build_lesson
from quizgen.label_choice import label_fault
from quizgen.nlp import parse
from quizgen.realise import clause_text


def _labels(body: str) -> list[str]:
    text = f"Title: Test story\nPublished: 2021-11-06\n\n{body}\n"
    return [e.label for e in build_lesson(text).events]


def _fault(sentence: str, label: str) -> str | None:
    doc = parse(sentence)
    return label_fault(label, doc[:])


@pytest.mark.parametrize("sentence, label, fault", [
    # an infinitive printed without its 'to' is another clause glued on
    ("The toy maker said it would extend its offer, due to expire last Friday, to Dec. 1.",
     "The toy maker would extend its offer expire", "merged clauses"),
    # a phrase of a left-out verb ('mailed ... to lenders') glued after the label's verb
    ("The soap brands had sales of about $90 million last year, according to a letter mailed by the "
     "owner to lenders last March.", "The soap brands had sales of about $90 million to lenders",
     "merged clauses"),
    # the frame's verb and the reported clause's, glued without the reported subject
    ("On May 4, the bus maker Volta Motors announced on its blog, Volta One, its new coach, will double "
     "its range.", "The bus maker Volta Motors announced will double its range", "merged clauses"),
    # a list of amounts with no verb at all
    ("The brewer said that 4,512,300 shares of Halvard and 60 options had been tendered by Monday.",
     "4,512,300 shares of Halvard and 60 options", "no verb"),
    # the saying without what was said
    ("On March 3, the bus maker announced on its website, its new coach will double its range.",
     "The bus maker announced on its website", "a reporting frame"),
    # a present state is no happening at the date of its subject's phrase
    ("The approach of the new century has many of these sects in a frenzy.",
     "The approach has many of these sects", "a present state"),
    # a list cut before its last item (here read by the parser as an apposition)
    ("By 1990 the adviser had alienated members of the Cabinet, the White House staff and many party "
     "leaders.", "The adviser had alienated members of the Cabinet, the White House staff", "a cut list"),
    ("In 1990 the firm bought Alpha, Beta and Gamma.", "The firm bought Alpha", "a cut list"),
    # the bound of a period is no happening
    ("For the nine months ended June 30, the baker posted net income of $2 million.",
     "The nine months were ended", "a period's bound"),
    # what was once foreseen, told in the past perfect, did not come about
    ("The ferry had been expected to carry the team to the island in May 2019.",
     "The ferry had been expected to carry the team to the island", "an unfulfilled expectation"),
    # a state kept over a time
    ("The town library remained closed to the public on Monday.",
     "The town library remained closed to the public", "a lasting state"),
    ("Flood warnings remained in place for towns along the river on Sunday.",
     "Flood warnings remained in place for towns along the river", "a lasting state"),
    ("By Friday only a few farms remained under threat from the fire.",
     "Only a few farms remained under threat from the fire", "a lasting state"),
    # a place in a count
    ("The storm was the 12th tropical storm of the season in 2021.",
     "The storm was the 12th tropical storm of the season", "a ranking"),
    # an infinitive whose complement after it is left out
    ("On Friday the council filed a motion to be voted on within two days.",
     "The council filed a motion to be voted", "a cut infinitive"),
    # more than a timeline's twelve words
    ("In 1990 the old baker from the small northern village sold the family shop to a rival from the city.",
     "The old baker from the small northern village sold the family shop to a rival", "too long"),
])
def test_broken_labels_are_found(sentence, label, fault):
    assert _fault(sentence, label) == fault


@pytest.mark.parametrize("sentence, label", [
    ("The toy maker extended its offer to Dec. 1 on Friday.", "The toy maker extended its offer to Dec. 1"),
    ("The bus maker announced its new coach on Monday.", "The bus maker announced its new coach"),
    ("The two pilots are to fly to Rome next week.", "The two pilots are to fly to Rome"),
    ("The treaty was signed in 1951 by six nations.", "The treaty was signed by six nations"),
    ("In 1990 the firm bought Alpha, Beta and Gamma.", "The firm bought Alpha, Beta and Gamma"),
    ("Mayor John Doe, the city's first mayor, resigned in 1990.", "Mayor John Doe resigned"),
])
def test_complete_labels_pass(sentence, label):
    assert _fault(sentence, label) is None


def test_glued_infinitive_gives_no_event():
    labels = _labels("The toy maker Grell Corp., which offered $40 a share for Hobbs Inc., said it would "
                     "extend its offer, due to expire last Thursday, to Dec. 1.")
    assert not any("expire" in lab and "to expire" not in lab for lab in labels), labels


def test_bare_frame_gives_no_event():
    labels = _labels("On March 3, the bus maker Volta Motors announced on its website, its new coach will "
                     "double its range.")
    assert not any(lab.endswith("on its website") for lab in labels), labels


class _Nobody:
    """A resolver that knows no referents: the words stand as written."""

    def resolve(self, head):
        return None


def test_dated_noun_complement_keeps_its_phrase():
    # 'in fourth-quarter earnings' completes 'decline': without it the decline is of nothing
    doc = parse("The pet food maker reported a 47% decline in fourth-quarter earnings.")
    verb = next(t for t in doc if t.text == "reported")
    blocked = {t.i for t in doc if t.text in ("fourth", "-", "quarter")}
    assert clause_text(verb, blocked, _Nobody(), subject=True) == \
        "The pet food maker reported a 47% decline in earnings"


@pytest.mark.parametrize("body, label", [
    # a cut infinitive of the object is left out, not printed dangling
    ("On Thursday morning the assembly filed an impeachment motion to be voted on within 72 hours.",
     "The assembly filed an impeachment motion"),
    # a two-word label takes its subject's title
    ("The king abdicated when his son Prince Harald married in 1961.", "Prince Harald married"),
    ("She became the first queen to abdicate since Queen Wilhelmina in 1948.", "Queen Wilhelmina abdicated"),
    # a clock time's zone is not printed without the time
    ("According to his classmate, Carl Webb left the classroom at the start of the class around 9:45 a.m. "
     "local time on Monday.", "Carl Webb left the classroom at the start of the class"),
    # a passive conjunct takes the 'was' it shares, also when its participle was read as a past tense
    ("The old bridge was closed in 1990 and rebuilt in 1995.", "The old bridge was rebuilt"),
    ("Anna Berg was named a judge in 1990 and made a bishop in 1995.", "Anna Berg was made a bishop"),
])
def test_label_repaired_to_a_complete_clause(body, label):
    """A label too short, ending on a cut infinitive or an orphan time zone, or missing its shared 'was'
    is repaired to a complete clause of 3-12 words."""
    assert _labels(body)[-1] == label
