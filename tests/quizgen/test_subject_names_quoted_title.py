"""A short quoted title before the pronoun ('a show called "River Giants"') is no one's speech, so the
'he' after it is still the person the sentence names (issue 12); a quoted statement there still leaves
the pronoun as written, as another speaker may be meant."""
from __future__ import annotations

from subject_ties import ties_in

_TITLE = """Title: Diver hurt while filming
Published: 2019-03-02

A television crew was working off the coast of Norway last week.
Presenter Mark Dunmore was filming a show called "River Giants" near Bergen when he slipped on a wet rock.
Doctors treated his broken arm in a local hospital.
"""

_SPEECH = """Title: Diver hurt while filming
Published: 2019-03-02

A television crew was working off the coast of Norway last week.
Presenter Mark Dunmore said "we will keep going" near Bergen when he slipped on a wet rock.
Doctors treated his broken arm in a local hospital.
"""


def test_a_quoted_title_before_the_pronoun_still_ties_it():
    assert ties_in(_TITLE).get("Presenter Mark Dunmo") == "Mark Dunmore"


def test_quoted_speech_before_the_pronoun_leaves_it():
    assert "Presenter Mark Dunmo" not in ties_in(_SPEECH)
