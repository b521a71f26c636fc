"""MA103: a department or team handed a party or a medicine with an empty verb and nothing else ("the obstetric
team will take care of her", "neonatology sees to the newborn") names who holds it but no act, time or measure:
the clause is set aside as a deferral's and what remains is judged. A person named, a verb that acts or anything
after the object stands. So does a contact promised ("the neonatal team will get in touch with her about whatever
the newborn needs"), with whom and only a vague topic: a purpose that acts or a topic that decides stands.

Found passing by the hundred-and-ninth and hundred-and-fifteenth fresh corpora; worded apart from them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_open_questions import CONCLUSION_CODES, _faults

HANDED_BARE = [
    "Methadone 60 mg daily. Neonatology sees to the newborn, and the obstetric team will take care of her; "
    "primary care deals with the methadone.",
    "Methadone 60 mg daily. The neonatal unit will take charge of the infant and the maternity service handles "
    "mother.",
    # a contact promised, with only a vague topic or none
    "Methadone 60 mg daily. The neonatal team will get in touch with her regarding whatever the newborn may "
    "require, and maternity will contact mum.",
    "Methadone 60 mg daily. Neonatology is to get back to the parents about the arrangements; the drug service "
    "will be in contact.",
]
ACTS = [
    "Methadone 60 mg daily continues. The neonatal unit will score the newborn for withdrawal for 72 hours and the "
    "obstetric team reviews her on day 2; no co-sleeping after her dose.",
    "Methadone 60 mg daily continues. The neonatal team will take care of the newborn's withdrawal with oral "
    "morphine if scores stay high, scoring 4-hourly for 72 hours; breastfeeding encouraged.",
    "Methadone 60 mg daily continues. Her mother will look after the newborn at night while she sleeps; the ward "
    "scores him for withdrawal for 72 hours.",
    # a contact whose purpose acts, or whose topic decides
    "Methadone 60 mg daily continues. The neonatal team will get in touch to book the newborn's check on day 3, "
    "and will score him for withdrawal for 72 hours; no co-sleeping after her dose.",
    "Methadone 60 mg daily continues. The neonatal team will contact her about the 72-hour withdrawal scoring on "
    "the ward; no co-sleeping after her dose.",
]


@pytest.mark.parametrize("conclusion", HANDED_BARE)
def test_departments_handed_the_parties_with_no_act_are_refused(conclusion: str) -> None:
    assert "MA103" in _faults(conclusion)


@pytest.mark.parametrize("conclusion", ACTS)
def test_a_team_that_acts_or_a_person_who_cares_stands(conclusion: str) -> None:
    assert not _faults(conclusion) & CONCLUSION_CODES


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(HANDED_BARE + ACTS).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_bare_hand_over_is_judged_as_its_plain_form(pair: tuple[str, str]) -> None:
    assert bool(_faults(pair[1]) & CONCLUSION_CODES) == bool(_faults(pair[0]) & CONCLUSION_CODES)
