"""Never a wrong answer key from who 'his', 'the company' or a swapped source is: a possessive in a
reported clause is not surely the speaker's, a company named once as a comparison's other side is not
'the company', and a false statement never swaps who said it (issue 12)."""
from __future__ import annotations

import re

from quizgen.questions import candidates, make_context
from quizgen.referents import PRONOUN_NAMES

PUBLISHED = "2017-10-02"

FESTIVAL = """A gunman opened fire from the 20th floor of a hotel on a crowd at a music festival on Sunday night, killing at least 20 people and wounding more than 300, police said.

The gunman, identified as Carl Weaver, 58, killed himself before officers reached him, according to Sheriff Mark Delaney.

Sheriff Mark Delaney said off-duty officers were among the dead.

Mr. Delaney said officers engaged with Weaver on the 20th floor of the Silver Palace hotel.

{swat}

There were at least 12 guns in the room, he said.
"""

SWATS = ("A SWAT team used an explosive to gain access to his room, Mr. Delaney said.",
         "Mr. Delaney said a SWAT team used an explosive on Sunday night to gain access to his room.",
         "According to Mr. Delaney, a SWAT team used an explosive to gain access to his room.")


def _owner_of_his(parsed) -> str | None:
    doc = parsed.doc
    his = next(t for t in doc if t.lower_ == "his" and t.head.lower_ == "room")
    return doc.user_data[PRONOUN_NAMES].get(his.i)


def test_his_in_what_the_speaker_tells_is_not_the_speakers_while_another_man_is_in_the_story(parsed_of):
    """'A SWAT team blew open his room, Delaney said' after 'officers engaged with Weaver': the room is
    the gunman's; the stem must not print the sheriff's name for 'his'."""
    for swat in SWATS:
        parsed = parsed_of(FESTIVAL.format(swat=swat))
        assert _owner_of_his(parsed) != "Mark Delaney", swat
        prompts = [q.prompt for q in candidates(make_context(parsed))]
        assert not [p for p in prompts if re.search(r"Delaney['’]s room", p)], swat


def test_the_speaker_doing_it_himself_still_owns_it(parsed_of):
    """'Delaney said he used an explosive to open his room': the doer is the speaker, and so the owner."""
    parsed = parsed_of(FESTIVAL.format(swat="Mr. Delaney said he used an explosive on Sunday night to gain access to his room."))
    assert _owner_of_his(parsed) == "Mark Delaney"


LISTING = """Shares of Petrova, the state oil company, rose 10 percent in their first day of trading on Wednesday.

The listing raised $20 billion, surpassing Kingfield Group Holding's $18 billion offering in 2015 as the biggest ever.

The company had announced a sale of 2.5 percent of its shares at 30 riyals a share.

Petrova is the world's most profitable company.

Investors from the region bought most of the shares, the company said on Thursday.
"""


def test_a_company_named_once_in_a_comparison_is_not_the_company(parsed_of):
    """'surpassing Kingfield's offering' compares: 'The company had announced a sale' is the story's
    company, which the tagger did not mark, never Kingfield."""
    prompts = [q.prompt for q in candidates(make_context(parsed_of(LISTING, "2019-12-12")))]
    assert any("announced a sale" in p for p in prompts)
    assert not [p for p in prompts if "Kingfield Group Holding had announced" in p]


def test_the_lead_company_is_the_company_after_a_comparison(parsed_of):
    """Named by the tagger and more than once, the lead sentence's company is 'the company'."""
    text = LISTING.replace("Petrova", "Nordoil")
    prompts = [q.prompt for q in candidates(make_context(parsed_of(text, "2019-12-12")))]
    assert any(p.startswith("Nordoil had announced a sale") for p in prompts)


STORM = """A powerful storm struck the south of Nepal on Saturday, killing at least 5,000 people, state media said.

The Nepalese Government said a huge tidal wave had destroyed the port city of Birgan.

Foreign Minister Dao Pim said on state television that 8,000 people had died in the town of Birgan.

Aid agencies from Thailand and India said they were ready to send help.

The Irish Government pledged 2 million euros in aid on Monday.
"""


def test_a_false_statement_does_not_swap_who_said_it(parsed_of):
    """'The Irish Government said a wave destroyed Birgan' is false about who spoke, not about the
    wave; its correction would read as a claim of its own."""
    statements = []
    for q in candidates(make_context(parsed_of(STORM, "2008-05-06"))):
        statements += [s.prompt for s in (q, q.twin) if s is not None and s.type == "true_false"]
    assert any("tidal wave" in p for p in statements)
    assert not [p for p in statements if p.startswith("The Irish Government said")]


HANGING = """Former dictator Omar Haddad was hanged at dawn on Saturday in the capital, officials said.

President Garrison said in a statement that the execution marked an important milestone for the country.

Haddad was convicted in November of killing 150 people in a town north of the capital in 1982.

According to Reuters, the President was asleep at the time of the execution.

Crowds celebrated in the streets of the capital on Saturday.
"""


def test_the_capitalised_president_is_the_one_president_named_before(parsed_of):
    """'the President' after 'President Garrison' (a surname after its title, the only president named):
    the stem says who, as the article wrote him."""
    prompts = [q.prompt for q in candidates(make_context(parsed_of(HANGING, "2006-12-30")))]
    asleep = [p for p in prompts if "was asleep" in p]
    assert asleep and all("President Garrison was asleep" in p for p in asleep)


DEBUT = """Shares of Nordoil rose 10 percent in their first day of trading on Wednesday.

Investors from the region bought most of the shares, while foreign funds stayed away.

Nordoil had announced a sale of 2.5 percent of its shares at 30 riyals a share.

The listing raised $20 billion, surpassing Kingfield Group Holding's $18 billion offering in 2015 as the biggest ever.

Analysts said the price was high for a firm with large debts.

The kingdom hopes to use the money to build new industries.

The company was founded in 1940 with the American firm Coastal Oil Co.
"""


def test_far_from_any_name_the_company_is_the_lead_one_named_most(parsed_of):
    """No sentence near 'The company was founded' names a company: it is the one the story leads with and
    names most, not left unplaced in a 'when' stem."""
    prompts = [q.prompt for q in candidates(make_context(parsed_of(DEBUT, "2019-12-12"))) if q.type == "when"]
    founded = [p for p in prompts if "founded" in p]
    assert founded and all("Nordoil" in p for p in founded)
