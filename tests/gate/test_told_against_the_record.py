"""Texts that contradict the record's own facts (found passing by the hundred-and-twenty-third and
hundred-and-twenty-fifth fresh corpora), both ways and disguised: a baby given an age now, or the subject of an
intransitive past after the birth, in a record marked antenatal (MA016); a result in numbers told on a date after
signing (MA017); formula or the bottle from birth in a record of breastfeeding (MA127). The texts are worded apart
from the corpora's. The example record is antenatal (29+2 on 2 March 2026), breastfeeding, attested on 2 March."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.written_dates import reports_done_after, tells_birth_done
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

BORN = [
    "Methadone goes on; the baby, now 10 days old, is feeding well and the HV visits weekly.",
    "Sertraline continues. Her new baby is two weeks old and settled on the ward.",
    "The baby settled quickly after delivery and needed no scoring beyond 72 hours.",
    "After the birth the ward kept the baby in; the baby slept in a cot from day 1 of life.",
]
NOT_BORN = [
    # another child, a time to come, a condition, an age out of a newborn's reach
    "Her previous baby, now three, was watched for withdrawal on the ward.",
    "Her first baby, now 5 weeks old, lives with his father.",
    "When the baby is 2 weeks old, the health visitor reviews feeding.",
    "Until the baby is ten days old, the midwife visits daily.",
    "Her baby, now 30 weeks old, is her first and lives with her.",
    # plans, routines and the baby's needs in the present
    "The baby will settle better after the birth if fed on demand.",
    "The baby needs feeding 3-hourly after birth, and the ward scores it 4-hourly.",
    "If the baby fed poorly after birth, the paediatrician would review it.",
    "Her last baby slept well after the birth.",
]


@pytest.mark.parametrize("text", BORN + NOT_BORN)
def test_a_baby_aged_now_or_doing_after_the_birth_is_born(text: str) -> None:
    assert tells_birth_done(text) is (text in BORN)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_born_baby_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(BORN + NOT_BORN))
    assert tells_birth_done(data.draw(disguised(plain))) is (plain in BORN)


SIGNED = dt.date(2026, 3, 2)
RESULT_AFTER = [
    "On the 20th of April her lithium level was 0.7 mmol/L and the dose stays.",
    "Her level on 14 May 2026 was about 0.5, so the dose stays.",
    "On 20/04 the baby's weight came back at 3.1 kg on the scales.",
]
NO_RESULT_AFTER = [
    # a date before signing, a plan, a time after "was", the date itself after "was"
    "On the 20th of February her level was 0.7 mmol/L and the dose stays.",
    "Her level on 14 May 2026 is due and should be about 0.6.",
    "She was 36 weeks on 14 May 2026 by the dating scan.",
    "Her due date was 15 May 2026 at booking.",
]


@pytest.mark.parametrize("text", RESULT_AFTER + NO_RESULT_AFTER)
def test_a_result_told_on_a_date_after_signing_is_reported_done(text: str) -> None:
    assert reports_done_after(text, SIGNED) is (text in RESULT_AFTER)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_result_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(RESULT_AFTER + NO_RESULT_AFTER))
    assert reports_done_after(data.draw(disguised(plain)), SIGNED) is (plain in RESULT_AFTER)


FORMULA = [
    "Methadone 60 mg continues. The baby is to be bottle fed from birth and watched for withdrawal for 72 hours.",
    "Methadone 60 mg continues; exclusive formula feeding is the plan, and the ward scores the baby for 72 hours.",
]
FEEDING_AGREES = [
    "Methadone 60 mg continues; she intends to breastfeed and the ward scores the baby for 72 hours.",
    "Methadone 60 mg continues; mixed feeding with formula top-ups if her supply is low, and the ward scores the baby.",
    "Methadone 60 mg continues; if she chooses to bottle feed from birth, the midwife will support her.",
    "Methadone 60 mg continues; expressed milk by bottle from birth if the baby cannot latch; scoring for 72 hours.",
    "Methadone 60 mg continues; her first baby was formula fed from birth, and this one is watched for 72 hours.",
]


def _feeding(text: str) -> list[tuple[str, str]]:
    data = complete()
    data["assessments"][0]["conclusion"] = text
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA127"]


@pytest.mark.parametrize("text", FORMULA + FEEDING_AGREES)
def test_formula_from_birth_contradicts_a_record_of_breastfeeding(text: str) -> None:
    found = [(p, m) for p, m in _feeding(text) if p == "$.pregnancy.infant_feeding"]
    assert bool(found) is (text in FORMULA)
    assert all("formula" not in m and "bottle fed" not in m for _, m in found)  # quotes nothing


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_disguised_formula_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(FORMULA + FEEDING_AGREES))
    found = [p for p, _ in _feeding(data.draw(disguised(plain))) if p == "$.pregnancy.infant_feeding"]
    assert bool(found) is (plain in FORMULA)


def test_a_bottle_fed_record_is_not_read_so() -> None:
    def paths(text: str) -> list[str]:
        data = complete()
        data["pregnancy"]["infant_feeding"] = "bottle"
        data["assessments"][0]["conclusion"] = text
        issues = check(record_from_data(data), today=TODAY)
        return [i.path for i in issues if i.code == "MA127" and i.path == "$.pregnancy.infant_feeding"]

    assert paths(FORMULA[0]) == paths(FEEDING_AGREES[0].replace("she intends to breastfeed and ", ""))
