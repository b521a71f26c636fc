"""MA122: a plan named in full and withdrawn bare in one clause ("the detailed fetal scan has been cancelled"), with no
earlier mention of it to point back to, is no answer to its concern: the saying takes back itself, and a care step
joined to it and said not to happen goes with it. Its words before the plan's noun ("the detailed fetal", "the
20-week") name one plan, so only an earlier mention of the same words is taken back with it, never another plan of
the same kind ("a 20-week scan is booked; the 12-week scan was cancelled"). A withdrawal with its reason or its
replacement, or beside a plan that stands, leaves the concern answered. Each both ways, and disguised. Worded apart
from the red-team cases (tests/redteam/fresh122_cases.py, roles).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.concerns import given_to_no_one
from tests.gate.conclusions import METHADONE, VALPROATE, conclusion_codes
from tests.gate.disguise import disguised

_VALP = (
    "Valproate 500 mg twice daily goes on until neurology review; a sudden stop risks fits. Exposure began before "
    "she knew she was pregnant. Folic acid 5 mg daily from today."
)
_METH = (
    "Methadone carries on at 60 mg daily. She keeps the infant in its own cot and is encouraged to breastfeed."
)

# The plan's only saying is its withdrawal, nothing in its place or why.
WITHDRAWN = [
    (VALPROATE, _VALP + " The detailed fetal scan has been cancelled and the cardiac scan will not be arranged."),
    (VALPROATE, _VALP + " The fetal medicine unit referral was withdrawn."),
    (VALPROATE, _VALP + " The 20-week anomaly scan has now been called off, and the echo won't be booked."),
    (VALPROATE, _VALP + " The referral has been withdrawn and the fetal scan will not be requested."),
    (METHADONE, _METH + " The three-day abstinence scoring has been cancelled."),
    (METHADONE, _METH + " The neonatal team review was dropped and the infant's abstinence scores won't be arranged."),
    # what the plan was for told after its noun ("the plan for ...", "the arrangement for ..."): its name too
    (METHADONE, _METH + " The plan for abstinence scoring of the infant after delivery has been cancelled."),
    (METHADONE, _METH + " The arrangement for abstinence scoring of the infant has been called off. She sees her "
     "keyworker weekly."),
]
# A reason or a replacement in its sentence, another plan of the same kind standing, or a step said to happen.
STANDING = [
    (VALPROATE, _VALP + " The 12-week scan was cancelled as she had one at the early pregnancy unit; the fetal "
     "anomaly scan is booked for 20 weeks."),
    (VALPROATE, _VALP + " A fetal anomaly scan is booked for 20 weeks. The 12-week scan has been cancelled."),
    (VALPROATE, _VALP + " The local fetal medicine referral has been withdrawn and the scan is booked at the "
     "regional unit for 20 weeks."),
    (VALPROATE, _VALP + " The first fetal medicine referral was cancelled and replaced by one to the regional "
     "unit, which scans her at 20 weeks."),
    (METHADONE, _METH + " The day-5 home visit has been cancelled; the unit scores the infant for abstinence for "
     "three days."),
    (METHADONE, "The unit scores the infant for abstinence for three days. " + _METH + " The breastfeeding group "
     "referral was withdrawn."),
    # the plan named after its noun and withdrawn bare, what stands told in the next sentence or after a mark
    (METHADONE, _METH + " The plan for abstinence scoring of the infant has been cancelled. Instead the neonatal "
     "unit scores him for three days."),
    (METHADONE, _METH + " The plan for abstinence scoring on the labour ward has been cancelled; the postnatal ward "
     "scores him for three days."),
    (METHADONE, _METH + " The plan for a home birth has been cancelled. The infant is scored for abstinence on the "
     "ward for three days."),
]


@pytest.mark.parametrize(("where", "text"), WITHDRAWN)
def test_a_plan_named_and_withdrawn_with_nothing_in_its_place_answers_no_concern(
    where: tuple[str, str], text: str
) -> None:
    assert "MA122" in conclusion_codes(where, text)


@pytest.mark.parametrize(("where", "text"), STANDING)
def test_a_withdrawal_with_its_reason_replacement_or_another_plan_standing_stands(
    where: tuple[str, str], text: str
) -> None:
    assert "MA122" not in conclusion_codes(where, text)


def test_the_named_plan_takes_back_only_its_own_earlier_mention() -> None:
    raised = frozenset({"teratogenicity"})
    # the same plan said earlier: taken back with it
    assert given_to_no_one(
        "Valproate goes on. A fetal medicine referral went in at 9 weeks; the fetal medicine referral has since "
        "been withdrawn.",
        raised,
    ) == ("teratogenicity",)
    # another plan of the same kind said earlier: it stands
    assert given_to_no_one(
        "Valproate goes on. A fetal scan is booked for 20 weeks; the dating scan has been cancelled.", raised
    ) == ()


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(WITHDRAWN + STANDING))
def test_named_withdrawals_in_disguise_are_judged_like_the_plain_text(
    data: st.DataObject, case: tuple[tuple[str, str], str]
) -> None:
    where, text = case
    hidden = data.draw(disguised(text))
    assert ("MA122" in conclusion_codes(where, hidden)) == ("MA122" in conclusion_codes(where, text))
