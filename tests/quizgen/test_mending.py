"""Run-together words of a scraped page are split only when certain; real words and names never are."""
import pytest

import quizgen
from quizgen.article import parse_article
from quizgen.mending import mend


def _mended(text: str) -> str:
    return mend(text)[0]


def test_name_glued_to_a_short_verb_the_article_names_alone():
    text = ("The striker Lena Varga scored twice. Vargawas left alone at the far post, "
            "and the coach praised Varga after the match.")
    assert "Varga was left alone" in _mended(text)


def test_surname_glued_to_a_past_form_after_a_first_name():
    text = "At the hearing, Inspector Tomas Brenickdescribed how the crew had been warned."
    assert "Tomas Brenick described how" in _mended(text)


def test_word_glued_to_a_name_with_a_number():
    text = "Flight KX204 left at noon. Rebels downedKX204 over the hills, officials said."
    assert "Rebels downed KX204 over" in _mended(text)


def test_english_word_glued_to_also():
    text = "The veteran left-backalso set a club record for appearances on Sunday."
    assert "left-back also set" in _mended(text)


def test_two_names_in_camel_case_each_named_alone():
    text = ("Coach Ivana Petrik spoke first. Later, ValeriaPetrik thanked the fans, "
            "and Ivana said Petrik would return.")
    # 'Valeria' is named nowhere alone and is no listed given name: left as written
    assert "ValeriaPetrik" in _mended(text)
    text2 = "Players thanked Daniel, and then DanielOkoro scored. The fans cheered Okoro loudly."
    assert "Daniel Okoro scored" in _mended(text2)


def test_ampersand_names_closed_up():
    assert _mended("Stocks fell as the S& P 500 slid and AT &T lost ground.") == \
        "Stocks fell as the S&P 500 slid and AT&T lost ground."
    assert _mended("Smith & Jones, and R & D spending") == "Smith & Jones, and R & D spending"


@pytest.mark.parametrize("word", [
    "McDonald", "iPhone", "YouTube", "PlayStation", "MacBook", "LeBron", "DeSantis", "eBay", "DiCaprio",
    "FedEx", "LinkedIn", "WhatsApp", "ExxonMobil", "AstraZeneca", "TikTok", "SpaceX", "PowerPoint",
    "thereafter", "Thereafter", "aforesaid", "Holland", "Scotland", "Johnson", "Chelsea", "Richardson",
    "Hartford", "Charleston", "Williamsburg", "Goethe", "Cleveland", "Douglas", "Thomas", "husband",
    "breathe", "nevertheless", "Wednesday", "Wakefield", "Mohammed", "Ahmed", "Bachtold", "setTimeout",
    "getElementById", "validateString", "TypeError", "antiSony", "Semifinished", "Crowdfunded",
    "livestreamed", "mismatched", "undefined", "COVID19", "covid19", "mp3", "iOS", "macOS", "mRNA",
])
def test_real_words_and_names_are_never_split(word):
    # the worst case: every part of the word is also written alone, capitalised, in mid-sentence
    parts = "Mc Donald Phone You Tube Play Station Mac Book Bron Santis Bay Caprio Ex Linked Whats Exxon " \
            "Mobil Astra Zeneca Tik Tok Space Power Point There Holl Scotl John Chel Richard Hart Charles " \
            "Williams Goe Clevel Dougl Thom Husb Bach Timeout Type Error Sony Semi Crowd Wmis Wun COVID"
    text = f"The report by {parts.replace(' ', ' and ')} was read. The team said {word} was there, she said."
    assert f" {word} " in _mended(text)


@pytest.mark.parametrize("text", [
    "See https://example.com/newsDesk/Vargawas for the page.",
    "Follow #Vargawas and @DanielOkoro for updates.",
    "Run `downedKX204()` or call downedKX204(x) in the script.",
    "Pass --Vargawas to the tool.",
    "Mail varga.was@example.org today.",
])
def test_urls_tags_and_code_are_left_alone(text):
    assert _mended(text + " Varga spoke and KX204 landed; Daniel met Okoro.") == \
        text + " Varga spoke and KX204 landed; Daniel met Okoro."


def test_a_token_the_article_repeats_is_its_own_spelling():
    text = "Vargawas is a band. Fans of Vargawas met Varga, the singer, at the show."
    assert _mended(text) == text


def test_body_and_evidence_read_the_mended_text():
    text = ("Title: Club wins the cup\nPublished: 2024-05-12\n\n"
            "The club won the cup on Saturday. Its captain, Lena Varga, scored twice. "
            "Vargawas named player of the match by the league on Sunday.\n")
    article = parse_article(text)
    assert "Varga was named player of the match" in article.body
    assert "Vargawas" not in article.body
    lesson = quizgen.build_lesson(text)
    for q in lesson.to_dict().get("questions", []):
        assert "Vargawas" not in str(q)


def test_the_teacher_is_told_what_was_mended():
    text = ("Title: Club wins the cup\nPublished: 2024-05-12\n\n"
            "The club won the cup on Saturday. Its captain, Lena Varga, scored twice. "
            "Vargawas named player of the match by the league on Sunday.\n")
    messages = quizgen.build_lesson(text).to_dict()["messages"]
    assert any("“Vargawas” read as “Varga was”" in m for m in messages)
