"""Broadcast transcripts and wire copy: sign-offs, hand-offs, lead-ins, speaker tags, markers and
hesitations are set aside, reported to the teacher, and the story around them is left as it was."""
from __future__ import annotations

import pytest

from quizgen import parse_article
from quizgen.cleaning import clean_body, furniture_kind, notes, smooth_speech, smooth_transcript

STORY = "The city council voted on Tuesday to close the old bridge to heavy trucks."


@pytest.mark.parametrize("sentence, kind", [
    ("Maria Lindqvist, KXYZ News, Springfield.", "sign-off"),
    ("Tom Abernathy WXYZ news Lakeville", "sign-off"),
    ("For Metro Radio News, I'm Maria Lindqvist in Springfield.", "sign-off"),
    ("For KXYZ news, I'm Tom Abernathy reporting.", "sign-off"),
    ("This is Tom Abernathy reporting.", "sign-off"),
    ("Metro headline news, I'm Tom Abernathy.", "sign-off"),
    ("KXYZ's Maria Lindqvist has more.", "hand-off"),
    ("Here's KXYZ's Tom Abernathy.", "hand-off"),
    ("Tom Abernathy has the latest from Springfield.", "hand-off"),
    ("Maria Lindqvist will have some other news tonight.", "hand-off"),
    ("KXYZ correspondent Maria Lindqvist reports from Lakeville.", "hand-off"),
    ("From member station KXYZ, Tom Abernathy reports.", "hand-off"),
    ("Metro's Maria Lindqvist reports on the vote and what it means for Mr. Dale's trucks.", "hand-off"),
    ("Joining us now from Springfield is our correspondent Maria Lindqvist.", "lead-in"),
    ("We turn now to the weather.", "lead-in"),
])
def test_transcript_furniture_sentences_are_recognised(sentence, kind):
    """Reporters' sign-offs, anchors' hand-offs and lead-ins are told apart by their shape alone."""
    assert furniture_kind(sentence) == kind


@pytest.mark.parametrize("sentence", [
    STORY,
    "The Springfield Gazette reports.",
    "Lakeview Paper Co. reports.",
    "The company reported a loss of $3 million.",
    "He has more than ten trucks.",
    "Police said the driver has more debts than assets.",
    "Maria Lindqvist said the bridge would close.",
    "We go to the polls next week.",
    "With us gone, they are free to choose.",
])
def test_story_sentences_are_not_furniture(sentence):
    """A sentence that tells the story, even one about reports or news, is kept."""
    assert furniture_kind(sentence) is None


def test_hand_off_and_sign_off_are_set_aside_around_the_story():
    """The anchor's hand-off and the reporter's sign-off go; the story keeps its offsets and words."""
    body = (f"{STORY} KXYZ's Maria Lindqvist has more.\n\n"
            "Drivers will have to take the ring road from March.  Maria Lindqvist, KXYZ News, Springfield.\n")
    cleaned = clean_body(body)
    assert len(cleaned.reading) == len(body)
    assert "Lindqvist" not in cleaned.reading
    assert STORY in cleaned.reading and "Drivers will have to take the ring road from March." in cleaned.reading
    assert [s.kind for s in cleaned.set_aside] == ["hand-off", "sign-off"]
    assert "hand-off to a reporter “KXYZ's Maria Lindqvist has more.”" in notes(cleaned.set_aside)[0]


@pytest.mark.parametrize("body, kept, removed", [
    ("(BEGIN VIDEO CLIP)\n\n" + STORY + "\n\n(END VIDEO CLIP)\n", STORY, "(BEGIN VIDEO CLIP)"),
    (STORY + " (LAUGHTER) Drivers cheered.\n", "Drivers cheered.", "(LAUGHTER)"),
    ("MARIA LINDQVIST, KXYZ CORRESPONDENT: " + STORY + "\n", STORY, "MARIA LINDQVIST, KXYZ CORRESPONDENT"),
    ("ABERNATHY: " + STORY + "\n\nDALE: We will fight it.\n\nABERNATHY: Thank you.\n", "We will fight it.", "DALE"),
])
def test_markers_and_speaker_tags_are_set_aside(body, kept, removed):
    """Stage markers and speaker tags are blanked; the words spoken after a tag stay."""
    cleaned = clean_body(body)
    assert kept in cleaned.reading and removed not in cleaned.reading
    assert removed in [s.text for s in cleaned.set_aside]


@pytest.mark.parametrize("body, tags", [
    ("Q: Why is the bridge shut?\n\nA: " + STORY + "\n", ["Q", "A"]),
    ("Q: What changes?\n\nA: Trucks go round.\n\nQ: When?\n\nA: Soon.\n", ["Q", "A", "Q", "A"]),
    # a lone 'A:' line is no exchange: nothing is set aside
    ("A: " + STORY + "\n", []),
])
def test_the_q_and_a_tags_of_an_exchange_are_set_aside(body, tags):
    """'A:' left in the text reads as the article 'a' and garbles the sentence it opens."""
    cleaned = clean_body(body)
    assert [s.text for s in cleaned.set_aside if s.kind == "speaker"] == tags
    if tags:
        assert not any(line.strip()[:2] in ("Q:", "A:") for line in cleaned.reading.splitlines())
        assert STORY in cleaned.reading or "Trucks go round." in cleaned.reading


def test_a_wire_story_opening_with_a_capitalised_place_and_colon_keeps_it():
    """One 'PLACE:' opening is a dateline, not a speaker tag: a transcript has many tags."""
    cleaned = clean_body("LAKEVILLE: " + STORY + "\n")
    assert not [s for s in cleaned.set_aside if s.kind == "speaker"]


@pytest.mark.parametrize("spoken, smoothed", [
    ("And uh we will fight it.", "And we will fight it."),
    ("We challenged the uh the terms.", "We challenged the terms."),
    ("The goal, um, is to win.", "The goal is to win."),
    ("Uh, there are forty trucks.", "There are forty trucks."),
    ("It is fairly intense as you might w- well imagine.", "It is fairly intense as you might well imagine."),
    ("It was, you know, a mess.", "It was a mess."),
    ("Look at the trucks. You know, since March they have doubled.", "Look at the trucks. Since March they have doubled."),
])
def test_hesitations_are_taken_out_of_sentences(spoken, smoothed):
    """'uh', 'um', cut-off starts and 'you know,' go where the sentence reads whole without them."""
    text, items = smooth_speech(spoken)
    assert text == smoothed
    assert [item.kind for item in items] == ["disfluency"]


@pytest.mark.parametrize("text", [
    "You know the answer to that.",
    "Pre- and post-war trucks were banned.",
    "The truck was leavin- three thousand feet.",          # no repair follows: cutting would break it
    "UM researchers said the bridge was safe.",
    "The vote was close, so\n\nuh-huh, said the mayor.",
    "The road was long and\n\num the end came.",        # a paragraph break is never joined over
])
def test_words_that_only_look_like_hesitations_stay(text):
    """A real 'you know', a hyphenated prefix, an unrepaired cut and a capitalised acronym are kept."""
    assert smooth_speech(text) == (text, ())


@pytest.mark.parametrize("text, smoothed, aside", [
    ("Meanwhile, as KXYZ Lakeville Correspondent Maria Lindqvist reports, the council voted.",
     "Meanwhile, the council voted.", "as KXYZ Lakeville Correspondent Maria Lindqvist reports,"),
    ("Trucks queued. As Metro's Tom Abernathy reports from Springfield, drivers were angry.",
     "Trucks queued. Drivers were angry.", "As Metro's Tom Abernathy reports from Springfield,"),
    ("Profits rose, as Lakeview Paper reports, by ten percent.", "Profits rose, as Lakeview Paper reports, by ten percent.",
     None),                                      # a source of the story, not a reporter: kept
])
def test_who_reports_asides_are_taken_out(text, smoothed, aside):
    """'as KXYZ's reporter X reports,' is furniture inside a sentence: it goes, the sentence stays whole."""
    got, items = smooth_transcript(text)
    assert got == smoothed
    assert [i.text for i in items] == ([aside] if aside else [])


def test_parsed_article_reads_without_hesitations_and_says_so():
    """The article's text loses the hesitations and the teacher is told what was taken out."""
    article = parse_article("Title: Bridge\n\nThe mayor said, uh, the bridge will close on Tuesday.\n")
    assert article.body == "The mayor said the bridge will close on Tuesday.\n"
    assert [s.kind for s in article.set_aside] == ["disfluency"]
