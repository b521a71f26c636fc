"""MA103: a conclusion whose only decision is the medicine's own line ("Methadone 60 mg daily continues.") while
what it says of the baby is only set aside (a heading answered by a habit, a passive account of what was talked
through or taken into account, a plan put off to a meeting, "likewise" after it) gives the baby nothing
([regimen_only] in mappings/hollow-phrases.toml). The line beside any part that names the baby's care of its own
(a watch, a feed, a cot, even in bare nouns) stands. Each both ways, and disguised. Worded apart from the red-team
cases (tests/redteam/fresh124_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.regimen_only import regimen_only
from medassess.gate.settings import shipped_settings
from medassess.gate.substance import analyse, people_words
from tests.gate.disguise import disguised
from tests.gate.test_substance import RECORD_MEDICINES, errors, with_conclusion

SHIPPED = shipped_settings()

LINE_ONLY = [
    # headings answered by a habit
    "Methadone 60 mg daily continues unchanged. Newborn: the usual. Sleep: the usual. Feeding: the usual.",
    # a passive account of what was talked through
    "Methadone 60 mg continues. Withdrawal scoring for the newborn, a safe cot and breast milk were discussed at "
    "length with her and her mother.",
    # a perfect account of what was taken into account
    "Methadone 60 mg od continues. The newborn's risk of withdrawal after delivery has been factored in by "
    "everyone concerned.",
    # the same account with a hedge between its words
    "Methadone 60 mg od continues. The newborn's withdrawal risk and her drowsiness have been fully factored in by "
    "the whole team.",
    # the baby's plan put off to a meeting, and the concerns "likewise"
    "Methadone 60 mg remains unchanged. The newborn's care: to be decided at the discharge planning meeting next "
    "month; safe sleep and breastfeeding likewise.",
    # lines as clinicians write them: supervised consumption, "carries on" and "goes on", three times a day, and a
    # second medicine's line "likewise" (found passing by the hundred-and-twenty-ninth fresh corpus)
    "Methadone 60 mg (60 ml) once daily, supervised consumption, goes on. The newborn's scoring, feeding and cot "
    "were all discussed at the professionals meeting.",
    "Methadone 60 mg each morning carries on. The newborn's withdrawal and her feeding have been factored in.",
    "Methadone 60 mg once daily continues. Sertraline 100 mg daily likewise. The newborn's scoring, safe "
    "sleep and feeding have all been factored in.",
    # a list of topics left to be gone over at a later occasion, its first item before the deferral's comma
    "Methadone 60 mg once daily carries on. Scoring, the cot and breast milk to be addressed at the next "
    "professionals meeting.",
    "Methadone 60 mg once daily continues. The newborn's scoring and cot will be raised at the core group.",
    # the line opened by its taker, beside topics vouched for (found passing by the hundred-and-fortieth corpus)
    "She continues methadone 60 mg once daily. The health visitor knows about scoring, feeding and the cot.",
    # the line beside conditions after which nothing is decided: what might be, or a deferral (fresh142)
    "Methadone 60 mg once daily continues. Should the newborn become jittery, a review might be arranged. If "
    "feeding goes badly, extra support could be looked at.",
    "Methadone 60 mg once daily continues. Plans B: if she relapses, the services will act accordingly. Should "
    "the newborn score high, morphine would be thought about.",
]
PLAN_BESIDE = [
    "Methadone 60 mg daily continues unchanged. Newborn: the usual 72 h of withdrawal scoring on the postnatal "
    "ward. Sleep: a cot beside her bed, never the sofa. Feeding: breastfeeding encouraged.",
    "Methadone 60 mg continues. Discussed at length with her and her mother: the ward scores the newborn for "
    "withdrawal for 72 hours, she breastfeeds, and the newborn sleeps in a cot.",
    # bare nouns, a clinician's shorthand
    "Methadone 60 mg continues. Newborn: withdrawal scoring on the ward, breastfeeding, a cot by the bed.",
    # a meeting later beside a plan that stands, and a "likewise" part with its own doer and verb
    "Methadone 60 mg remains unchanged. The discharge planning meeting next month adds the details; until then "
    "the ward scores the newborn for withdrawal for 72 hours, and the health visitor checks the cot and feeding "
    "likewise.",
    "Methadone 60 mg once daily, supervised consumption, goes on. The ward scores the newborn 4-hourly for "
    "72 hours; she breastfeeds; a cot by her bed, never the sofa.",
    "Methadone 60 mg once daily continues. Sertraline 100 mg daily likewise. The ward scores the newborn for "
    "withdrawal for 72 hours and the health visitor checks the cot and feeding at day 10.",
    # "covered" by a doer holds the act; a list's head with its own plan after the comma stands
    "Methadone 60 mg once daily carries on. Night feeds are to be covered by her sister while she is drowsy; the "
    "ward scores the newborn for 72 hours.",
    "Methadone 60 mg once daily continues. The ward scores the newborn for withdrawal for 72 hours, she "
    "breastfeeds, the cot and the discharge date to be raised at the core group.",
    "Methadone 60 mg once daily continues. Covered at the professionals meeting: the ward scores the newborn for "
    "72 hours and she breastfeeds.",
    # the line opened by its taker beside the baby's care of its own
    "She continues methadone 60 mg once daily. The health visitor checks the cot and the night feeds at day 10.",
    # conditions whose outcome decides, a permission in stop words, and a plan after the ;
    "Methadone 60 mg once daily continues. Should the newborn become jittery, the ward scores him 4-hourly for 72 "
    "hours. If she relapses, her keyworker tells the community midwife the same day.",
    "Methadone 60 mg once daily continues. Should she want to breastfeed, she may; the ward scores the newborn "
    "for withdrawal for 72 hours whichever she chooses.",
]


def _regimen_only(text: str) -> bool:
    return regimen_only(text, analyse(text, SHIPPED, RECORD_MEDICINES), SHIPPED, RECORD_MEDICINES)


@pytest.mark.parametrize("text", LINE_ONLY)
def test_the_medicine_line_beside_a_baby_set_aside_is_refused(text: str) -> None:
    assert _regimen_only(text)
    assert "MA103" in errors(with_conclusion(text))


@pytest.mark.parametrize("text", PLAN_BESIDE)
def test_the_medicine_line_beside_the_baby_s_care_stands(text: str) -> None:
    assert not _regimen_only(text)
    assert errors(with_conclusion(text)) == set()


def test_a_parent_s_name_may_open_the_line() -> None:
    text = "Jodie continues methadone 60 mg once daily. The health visitor knows about scoring, feeding and the cot."
    people = people_words(["Jodie Example"])
    assert regimen_only(text, analyse(text, SHIPPED, RECORD_MEDICINES, people), SHIPPED, RECORD_MEDICINES, people)
    # a name is no taker where the record names no such parent, and a taker opens the line only as its first word
    assert not _regimen_only(text)
    told = "Methadone 60 mg once daily continues for her. The health visitor checks the cot at day 10."
    assert not _regimen_only(told)


def test_a_line_naming_no_topic_is_left_to_ma124() -> None:
    assert not _regimen_only("Methadone 60 mg daily continues unchanged.")


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(LINE_ONLY + PLAN_BESIDE))
def test_a_disguised_medicine_line_is_judged_like_the_plain_text(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    assert ("MA103" in errors(with_conclusion(hidden))) == ("MA103" in errors(with_conclusion(text)))
    assert _regimen_only(hidden) == _regimen_only(text)
