"""Timeline labels a teacher prints: a company described ('the online behemoth') named when the nearest
sentence naming a company names it, a role noun misparsed beside its name ('the director Ann Roe')
giving way to the name."""
from __future__ import annotations

from quizgen import build_lesson


def _events(text: str, published: str) -> list[tuple[str, str]]:
    return [(str(e.date), e.label) for e in build_lesson(text, published=published).events]


def _labels(text: str, published: str) -> list[str]:
    return [label for _, label in _events(text, published)]


def test_epithet_named_by_company_a_few_sentences_back():
    """'Zamazon's move ... The online behemoth said on Friday': three sentences and a paragraph apart,
    the behemoth is still the one company the article has named."""
    text = ("Zamazon's move into groceries has rattled the whole industry.\n\n"
            "Shoppers have long bought books and gadgets online, but fresh food has been harder to sell.\n\n"
            "The online behemoth said on Friday it is buying Fresh Fields Market for $13.7 billion.")
    labels = _labels(text, "2017-06-16")
    assert any(label.startswith("Zamazon ") for label in labels), labels
    assert not any("behemoth" in label for label in labels), labels


def test_epithet_takes_the_nearest_company_subject():
    """'Krollo lowered ... Analysts expect ... The Cincinnati-based retailer also cut jobs': the nearest
    sentence naming a company names Krollo as its subject."""
    text = ("Zamazon's move into groceries has rattled the whole industry. Krollo lowered its financial "
            "outlook on Thursday. Analysts expect more cuts. The Cincinnati-based retailer also cut jobs "
            "on Wednesday.")
    labels = _labels(text, "2017-06-16")
    assert "Krollo cut jobs" in labels, labels


def test_epithet_named_by_company_whose_shares_the_sentence_names():
    """'The report sent shares of Krollo down ... when the Leeds-based chain cut its forecast': the
    company whose shares it names is the one described, as 'Krollo's shares' would be."""
    text = ("Zamazon said on Monday it will open forty food halls. The report sent shares of Krollo, the "
            "country's oldest baker, down 7 percent on Tuesday, when the Leeds-based chain cut its "
            "yearly forecast.")
    labels = _labels(text, "2019-03-13")
    assert any(label.startswith("Krollo cut its yearly forecast") for label in labels), labels


def test_epithet_left_alone_where_two_companies_were_named():
    """'Acme sued Beta ... the Ohio-based firm': the nearest sentence naming companies names two as
    subjects, so the line does not guess."""
    text = ("Acme Corp and Beta Industries traded lawsuits last year. Analysts were surprised. "
            "Investors waited. The Ohio-based firm cut 300 jobs on Monday.")
    labels = _labels(text, "2017-06-16")
    assert "The Ohio-based firm cut 300 jobs" in labels, labels


def test_name_after_role_noun_is_the_subject():
    """'The Oscar-nominated director Mara Leduc was discovered', parsed as two subjects: the label
    names her, not 'the director'."""
    labels = _labels("The Oscar-nominated director Mara Leduc was discovered by a talent scout in 1999.",
                     "2012-05-02")
    assert labels == ["Mara Leduc was discovered by a talent scout"], labels


def test_list_of_places_after_subject_is_no_name_for_it():
    """'The epidemics in Angola, and Uganda caused ...', misparsed with 'Uganda' as a second subject:
    the list's last place is not who caused the deaths."""
    labels = _labels("The 1998–2001 fever epidemics in Sudan, Angola, and Uganda caused tens of thousands "
                     "of deaths.", "2010-08-30")
    assert not any(label.startswith("Uganda") for label in labels), labels
