"""Names the tagger cut short are extended to their whole title-case run (quizgen/whole_names.py)."""
from spacy.tokens import Span

from quizgen import nlp
from quizgen.whole_names import _whole_names


def _with_ents(text, *named):
    """The parse of `text` without the repair, its entities set to the (words, label) given: the tagger's
    cut is set by hand, so the test does not hang on what the small model happens to tag."""
    pipe = nlp.load()
    with pipe.select_pipes(disable=["whole_names"]):
        doc = nlp.parse(text)
    spans = []
    for words, label in named:
        at = text.index(words)
        span = doc.char_span(at, at + len(words))
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = spans
    return doc


def _ents(doc):
    return [(e.text, e.label_) for e in _whole_names(doc).ents]


def test_a_cut_product_name_takes_its_first_word():
    doc = _with_ents("Owners of Quillon Navigator laptops were told to update them.", ("Navigator", "PRODUCT"))
    assert _ents(doc) == [("Quillon Navigator", "PRODUCT")]


def test_a_firm_cut_before_its_common_word_takes_it():
    doc = _with_ents("The deal left Brantle Harbor Holdings with a loss.", ("Brantle", "ORG"))
    assert _ents(doc) == [("Brantle Harbor Holdings", "ORG")]


def test_of_joins_a_body_and_keeps_its_label():
    doc = _with_ents("A report by the Institute of Marsh Ecology was published.",
                     ("Institute", "ORG"), ("Marsh Ecology", "GPE"))
    assert _ents(doc) == [("Institute of Marsh Ecology", "ORG")]


def test_two_names_of_one_run_join_under_the_head_word():
    doc = _with_ents("Owners of the Orvane Pathfinder said it failed.", ("Orvane", "ORG"), ("Pathfinder", "PRODUCT"))
    assert _ents(doc) == [("Orvane Pathfinder", "PRODUCT")]


def test_a_place_is_not_the_first_word_of_another_name():
    """'Dunmore' stays a city of its own: a longer place name would take its mentions as a short name."""
    doc = _with_ents("Cameras of the Dunmore Safe Streets plan watch the market.",
                     ("Dunmore", "GPE"), ("Safe Streets", "ORG"))
    assert _ents(doc) == [("Dunmore", "GPE"), ("Safe Streets", "ORG")]
    doc = _with_ents("The Dunmore Sea Grant paid for the study.", ("Dunmore", "GPE"))
    assert _ents(doc) == [("Dunmore", "GPE")]


def test_words_before_a_title_or_a_lone_letter_are_not_taken():
    doc = _with_ents("Senate Majority Leader Tom Dwyer spoke.", ("Senate", "ORG"), ("Tom Dwyer", "PERSON"))
    assert _ents(doc) == [("Senate", "ORG"), ("Tom Dwyer", "PERSON")]
    doc = _with_ents("The ruling of Justices Tom Dwyer and Ann Pell stands.", ("Tom Dwyer", "PERSON"))
    assert _ents(doc)[0] == ("Tom Dwyer", "PERSON")
    doc = _with_ents("Shares of Orvane Class B stock fell.", ("Orvane", "ORG"))
    assert _ents(doc) == [("Orvane", "ORG")]


def test_a_title_is_not_swallowed():
    doc = _with_ents("Talks were led by Ferrand Chairman Tom Dwyer on Monday.",
                     ("Ferrand", "ORG"), ("Dwyer", "PERSON"), ("Monday", "DATE"))
    assert _ents(doc) == [("Ferrand", "ORG"), ("Tom Dwyer", "PERSON"), ("Monday", "DATE")]


def test_a_person_takes_a_first_name_but_nothing_after_or_across_of():
    doc = _with_ents("Tennis star Ralph Morely of Lisbury Rovers won.", ("Morely", "PERSON"), ("Lisbury Rovers", "ORG"))
    assert _ents(doc) == [("Ralph Morely", "PERSON"), ("Lisbury Rovers", "ORG")]


def test_no_run_over_a_sentence_start_comma_or_possessive():
    doc = _with_ents("Harbor officials met. Dunmore, Kelso and Pratt's Delaney Works agreed.",
                     ("Dunmore", "GPE"), ("Pratt's", "ORG"))
    assert _ents(doc) == [("Dunmore", "GPE"), ("Pratt's", "ORG")]


def test_a_nationality_is_not_joined_to_a_name():
    doc = _with_ents("Loyalist Senate aides met on Monday.", ("Loyalist", "NORP"), ("Senate", "ORG"))
    assert _ents(doc)[:2] == [("Loyalist", "NORP"), ("Senate", "ORG")]


def test_headline_sentences_are_left_alone():
    doc = _with_ents("Quillon Navigator Users Told To Update Now", ("Navigator", "PRODUCT"))
    assert _ents(doc) == [("Navigator", "PRODUCT")]


def test_a_hyphened_word_or_figure_is_no_name_word():
    doc = _with_ents("He bought a Quillon T-shirt and a Brenner Mark-2 kit.", ("Quillon", "ORG"), ("Brenner", "ORG"))
    assert _ents(doc) == [("Quillon", "ORG"), ("Brenner", "ORG")]


def test_the_whole_name_reaches_the_index():
    """End to end: the tagger cuts 'the Regional Savings Bank' from 'of Kansas City' (a city of its
    own); the index holds the bank's whole name and no city."""
    from quizgen.article import parse_article
    from quizgen.pipeline import analyse
    text = ("Title: Bank test\nDate: 2024-03-05\n\nSavers waited on Monday for the Regional Savings Bank of "
            "Kansas City to reopen. The bank had closed its doors after a fire.\n")
    parsed = analyse(parse_article(text))
    names = {(m.text, m.coarse) for m in parsed.index.mentions if m.coarse != "date"}
    assert names == {("Regional Savings Bank of Kansas City", "organisation")}


def test_words_wedged_between_two_names_go_to_neither():
    doc = _with_ents("He met the head of the Kelso Rowing Club Lake Wenna Tom Dwyer on Monday.",
                     ("Kelso Rowing Club Lake", "ORG"), ("Tom Dwyer", "PERSON"), ("Monday", "DATE"))
    assert _ents(doc) == [("Kelso Rowing Club Lake", "ORG"), ("Tom Dwyer", "PERSON"), ("Monday", "DATE")]


def test_a_name_cut_after_of_takes_the_rest():
    doc = _with_ents("Farmers waited for the Grain Credit Bank of Cedar Hollow to lend.", ("the Grain Credit Bank of", "ORG"))
    assert _ents(doc) == [("the Grain Credit Bank of Cedar Hollow", "ORG")]


def test_a_name_opening_with_no_name_word_is_left_as_it_is():
    doc = _with_ents("A Quillon Radio/ Harbor Daily Survey found that.", ("Quillon", "ORG"), ("Radio/ Harbor Daily Survey", "ORG"))
    assert _ents(doc) == [("Quillon", "ORG"), ("Radio/ Harbor Daily Survey", "ORG")]
