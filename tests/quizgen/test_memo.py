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
