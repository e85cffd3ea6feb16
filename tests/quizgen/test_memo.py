"""quizgen.memo.per_article: a whole-text question is asked once per article and arguments."""
from quizgen.memo import per_article


def test_each_question_is_answered_once_per_article():
    asked = []

    @per_article
    def mentions(text: str, name: str) -> int:
        asked.append((text, name))
        return text.count(name)

    text = "Ann met Bo. Ann left."
    assert [mentions(text, "Ann"), mentions(text, "Ann"), mentions(text, "Bo")] == [2, 2, 1]
    assert asked == [(text, "Ann"), (text, "Bo")]
    assert mentions("Ann alone.", "Ann") == 1          # another article is asked anew
    assert len(asked) == 3


def test_answers_of_old_articles_are_let_go():
    asked = []

    @per_article
    def length(text: str) -> int:
        asked.append(text)
        return len(text)

    for n in range(6):
        length("x" * n)
    length("")                                          # six articles later: asked again
    assert asked.count("") == 2


def test_a_document_answer_is_kept_with_the_document():
    from quizgen.memo import per_document

    class Doc:                       # what per_document needs of a spaCy Doc: its user_data
        def __init__(self):
            self.user_data = {}

    asked = []

    @per_document
    def nouns(doc) -> frozenset:
        asked.append(doc)
        return frozenset()           # an empty answer is an answer: not asked again

    one, two = Doc(), Doc()
    assert nouns(one) == nouns(one) == frozenset() and nouns(two) == frozenset()
    assert asked == [one, two]
