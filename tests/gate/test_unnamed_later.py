"""MA103: a decision put off to after an appointment no one is named for ("... after the next antenatal
appointment", "will be sorted after her next clinic") decides nothing now, and no one holds it; a clause naming
who acts before it stands ("the obstetrician sees her after the next clinic"), and so does a plan started or
timed at the next appointment ("from the next appointment", "at the next appointment (32/40)").

Found passing by the hundred-and-ninth fresh corpus; worded apart from it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.disguise import disguised
from tests.gate.test_open_questions import CONCLUSION_CODES, _faults

PUT_OFF = [
    "Methadone 60 mg daily. Withdrawal scoring, feeding and the cot following her next antenatal appointment.",
    "Methadone 60 mg daily. The newborn's scoring and whether the dose changes will be sorted following the next "
    "visit.",
    "Methadone 60 mg daily: neonatal alert, drug service and HV liaison after her next clinic.",
    # the decision itself put off with it ("to be set", "are to be agreed"): the deferral's own verb
    "Methadone 60 mg daily. Scoring the infant for abstinence and where it sleeps are to be agreed following her "
    "next appointment.",
    "Methadone 60 mg daily. The infant's abstinence scoring and cot plan to be finalised after the next "
    "clinic.",
]
STANDS = [
    # who acts is named; only the time is later
    "Methadone 60 mg daily continues. The obstetrician sees her after the next clinic; the ward scores the "
    "newborn for withdrawal for 72 hours and no co-sleeping after her dose.",
    "Methadone 60 mg daily continues; the keyworker will recheck the dose after her next appointment. The newborn "
    "is scored for withdrawal on the ward for 72 hours; breastfeeding encouraged.",
    # a decision to be made later beside a plan already given
    "Methadone 60 mg daily continues; the ward scores the newborn for withdrawal for 72 hours and she must not "
    "co-sleep after a dose. Whether the dose changes is to be decided after her next appointment.",
    # started or timed at the next appointment
    "Methadone 60 mg daily continues; the midwife checks urine screens monthly from the next antenatal "
    "appointment. The newborn is scored for withdrawal on the ward for 72 hours.",
]


@pytest.mark.parametrize("conclusion", PUT_OFF)
def test_a_plan_put_off_to_after_an_unnamed_appointment_is_refused(conclusion: str) -> None:
    assert "MA103" in _faults(conclusion)


@pytest.mark.parametrize("conclusion", STANDS)
def test_an_actor_named_or_a_plan_started_at_the_appointment_stands(conclusion: str) -> None:
    assert not _faults(conclusion) & CONCLUSION_CODES


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PUT_OFF + STANDS).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_disguised_deferral_to_an_appointment_is_judged_as_its_plain_form(pair: tuple[str, str]) -> None:
    assert bool(_faults(pair[1]) & CONCLUSION_CODES) == bool(_faults(pair[0]) & CONCLUSION_CODES)
