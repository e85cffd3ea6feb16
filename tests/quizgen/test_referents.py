"""Who a pronoun or a short name refers to (quizgen.referents): 'he', 'his wife', 'the two leaders', 'who'."""
from __future__ import annotations

import pytest

from quizgen.referents import Referents

pytestmark = pytest.mark.slow

MANDELA = ("Nelson Mandela was released in 1990. He said his wife had waited for him. "
           "Mandela later became president of South Africa.")
LEADERS = ("Chinese President Xi Jinping spoke with Russian President Vladimir Putin on Wednesday. "
           "The two leaders last met in Beijing in February.")
BAKER = "Klaus Wendt, who runs a bakery, opened early on Monday."
HOTEL = "Anna Berg opened the hotel in May. Gareth Lewis, a guest, said he booked a room on Monday."
BRIDGE = "The bridge opened on Monday. It cost 40 million euros."
TEST = "Inspectors checked the test, since it was introduced in 2019, every year."
FULD = "Its chief executive, Richard S. Fuld Jr., resigned on Monday."


@pytest.mark.parametrize("body, word, n, referent", [
    (MANDELA, "He", 0, "Nelson Mandela"),                 # a pronoun subject: the person in focus
    (MANDELA, "his", 0, "Nelson Mandela"),
    (MANDELA, "wife", 0, "Nelson Mandela\u2019s wife"),   # a possessed noun names its owner
    (MANDELA, "him", 0, "Nelson Mandela"),
    (MANDELA, "Mandela", 1, "Nelson Mandela"),            # a short name: the fullest form used
    (LEADERS, "leaders", 0, "Xi Jinping and Vladimir Putin"),   # "the two leaders": the first two named
    (BAKER, "who", 0, "Klaus Wendt"),                     # a relative "who": the person it hangs from
    (HOTEL, "he", 0, "Gareth Lewis"),                     # "X said he ...": the one who said it
    (BRIDGE, "It", 0, "The bridge"),                      # a main clause's "it": the last subject
    (TEST, "it", 0, "the test"),                          # a subordinate "it": the nearest noun before
    (FULD, "executive", 0, "Richard S. Fuld Jr."),        # a title with a name in apposition
])
def test_phrases_are_made_self_contained(resolved, body, word, n, referent):
    assert resolved(body, word, n) == referent


@pytest.mark.parametrize("body, word", [
    (MANDELA, "1990"),            # not a noun phrase about anyone
    (BRIDGE, "euros"),            # a plain noun reads as written
])
def test_other_words_are_left_as_written(resolved, body, word):
    assert resolved(body, word) is None


@pytest.fixture(scope="module")
def leaders(parsed_of):
    parsed = parsed_of(LEADERS)
    return Referents(parsed.doc, parsed.spans)


def test_people_in_order_of_first_mention(leaders):
    assert leaders.people == ["Xi Jinping", "Vladimir Putin"]


@pytest.mark.parametrize("name, full", [
    ("Putin", "Vladimir Putin"), ("Xi", "Xi Jinping"), ("Jinping", "Xi Jinping"),
    ("Angela Merkel", "Angela Merkel"),      # a name the article does not use stays as it is
])
def test_person_gives_the_fullest_name_used(leaders, name, full):
    assert leaders.person(name) == full



SISTERS = ("Paul Serra ran the shipyard in Porto. His sister, Maria Serra, moved to Lisbon in 1970. "
           "She opened a bakery there.")
COUSINS = "Thomas Ortega won the race in 2001. His uncle, Richard Ortega, trained horses. Ortega sold the farm in 2005."
TWO_NAMES = "Peter Ruiz, 6, was rescued at sea. His father, Mark Ruiz, flew to Madrid. Mark Ruiz wrote to the judge."
MRS = "Mr. Daniel Kerr met Mrs. Lane Holt on Monday. She signed the lease and he paid the fee."
ONLY_HIM = "Paul Serra ran the shipyard in Porto. She opened a bakery there."


@pytest.mark.parametrize("body, word, n, referent", [
    # a pronoun of one sex skips the person in focus of the other ('She' after Paul's sentence)
    (SISTERS, "She", 0, "Maria Serra"),
    (MRS, "She", 0, "Lane Holt"),             # a title tells the sex
    (MRS, "he", 0, "Daniel Kerr"),
    (ONLY_HIM, "She", 0, None),               # nobody of her sex named: left as written
    # a surname alone: the person last named in full with it, not the first
    (COUSINS, "Ortega", 2, "Richard Ortega"),
    # a first and last name is only a fuller name that has both ('Mark Ruiz' is not 'Peter Ruiz')
    (TWO_NAMES, "Ruiz", 2, "Mark Ruiz"),
])
def test_pronouns_agree_in_sex_and_surnames_mean_the_latest_person(resolved, body, word, n, referent):
    assert resolved(body, word, n) == referent


MISSED = ("A jury found Mark Olsen liable for defaming the columnist E. Jean Carroll. "
          "Olsen once mistook her for his wife, Maria Olsen. "
          "Carroll said: \"I never forgot what Mark Olsen did.\" In 2019, she published a memoir.")


def test_a_lone_surname_the_tagger_missed_still_names_its_person(resolved):
    # 'Carroll' is read as an organisation; it is still the last woman named before 'she'
    assert resolved(MISSED, "she") == "E. Jean Carroll"
