"""MA130: a conclusion's serum level target that no therapeutic range holds (found passing by the
hundred-and-fourteenth fresh corpus): the rule fires on the bad shape, not on a near miss, and disguised text is
judged like the plain."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.doses import impossible_level
from tests.gate.disguise import disguised

LITHIUM = frozenset({"lithium"})

OUT_OF_RANGE = [
    "Camcolit continues at 1 g nightly, aiming for serum levels of 5-9 mmol/L, checked every 4 weeks.",
    "Keep the lithium level at 10 mmol per litre through the third trimester.",
    "Lithium carbonate: therapeutic range 0.04 to 0.1 mmol/L, tested monthly.",
]
IN_RANGE_OR_NOT_A_TARGET = [
    "Camcolit continues at 1 g nightly, aiming for serum levels of 0.5-0.9 mmol/L, checked every 4 weeks.",
    "Keep the lithium level at 0.8 mmol per litre through the third trimester.",
    # a level measured and reported, another analyte, or no medicine named in the sentence
    "Lithium carbonate: last level 1.7 mmol/L, dose reduced and rechecked.",
    "Lithium continues; keep her sodium above 135 mmol/L and her fluids up in labour.",
    "Aim for a potassium of 4 to 5 mmol/L.",
]


@pytest.mark.parametrize("text", OUT_OF_RANGE)
def test_a_level_target_no_range_holds_is_read(text: str) -> None:
    assert impossible_level(text, LITHIUM)


@pytest.mark.parametrize("text", IN_RANGE_OR_NOT_A_TARGET)
def test_a_level_in_range_measured_or_of_another_analyte_passes(text: str) -> None:
    assert not impossible_level(text, LITHIUM)


def test_a_medicine_with_no_level_range_is_not_read() -> None:
    assert not impossible_level(OUT_OF_RANGE[0], frozenset({"sertraline"}))


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_level_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(OUT_OF_RANGE + IN_RANGE_OR_NOT_A_TARGET))
    assert impossible_level(data.draw(disguised(plain)), LITHIUM) is impossible_level(plain, LITHIUM)


# A target sentence right after one naming the medicine refers back to it ("Priadel continues. Aim for 6 mmol/L."):
# found passing by the hundred-and-twenty-fifth fresh corpus. Not where either sentence names another analyte, nor
# two sentences on, nor where the sentence before names no listed medicine.
FOLLOWING_OUT_OF_RANGE = [
    "Priadel 400 mg twice daily is unchanged. Serum levels should be kept at 4-8 mmol/L until delivery.",
    "She stays on lithium after the birth. Her therapeutic range is 6 to 12 mmol per litre.",
]
FOLLOWING_NOT_READ = [
    "Priadel 400 mg twice daily is unchanged. Serum levels should be kept at 0.4-0.8 mmol/L until delivery.",
    "She stays on lithium after the birth. Her glucose target is 4 to 7 mmol/L before meals.",
    "Lithium and her capillary glucose are both checked. The target range is 4 to 7 mmol/L.",
    "She stays on lithium after the birth. Metformin continues. The target range is 4 to 7 mmol/L.",
    "She stays on lithium after the birth. Target HbA1c is below 48 mmol/mol.",
    "Her diabetes is diet controlled. The target range is 4 to 7 mmol/L.",
]


@pytest.mark.parametrize("text", FOLLOWING_OUT_OF_RANGE)
def test_a_target_right_after_the_medicine_is_read(text: str) -> None:
    assert impossible_level(text, LITHIUM)


@pytest.mark.parametrize("text", FOLLOWING_NOT_READ)
def test_a_target_of_another_analyte_or_out_of_reach_passes(text: str) -> None:
    assert not impossible_level(text, LITHIUM)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_following_target_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(FOLLOWING_OUT_OF_RANGE + FOLLOWING_NOT_READ))
    assert impossible_level(data.draw(disguised(plain)), LITHIUM) is impossible_level(plain, LITHIUM)


# A range set a few sentences after the one naming the medicine, the name not repeated (found passing by the
# hundred-and-fifty-second fresh corpus): it still belongs to the medicine, unless a sentence since names another
# medicine or an analyte of its own.
LATER_OUT_OF_RANGE = [
    "Camcolit 1 g nightly goes on through the pregnancy. Her psychiatrist sees her monthly and the midwife knows the "
    "plan. Aim to keep levels within 4 to 9 mmol/L.",
    "Priadel stays at 600 mg. The baby is seen by the paediatric team after birth. Bloods every month; therapeutic "
    "range 5.0-10.0 mmol/L.",
]
LATER_IN_RANGE_OR_ANOTHERS = [
    "Camcolit 1 g nightly goes on through the pregnancy. Her psychiatrist sees her monthly and the midwife knows the "
    "plan. Aim to keep levels within 0.5 to 0.9 mmol/L.",
    "Priadel stays at 600 mg. The baby is seen by the paediatric team after birth. Her sodium was 139 mmol/L.",
    "Priadel stays at 600 mg. She also has gestational diabetes. Aim for 4 to 7 mmol/L before meals.",
    "Priadel stays at 600 mg. Her potassium is checked too. Keep it in range, 3.5-5.3 mmol/L.",
]


@pytest.mark.parametrize("text", LATER_OUT_OF_RANGE)
def test_a_target_sentences_after_the_name_is_read(text: str) -> None:
    assert impossible_level(text, LITHIUM)


@pytest.mark.parametrize("text", LATER_IN_RANGE_OR_ANOTHERS)
def test_a_later_target_in_range_or_of_another_analyte_passes(text: str) -> None:
    assert not impossible_level(text, LITHIUM)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_later_target_is_read_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(LATER_OUT_OF_RANGE + LATER_IN_RANGE_OR_ANOTHERS))
    assert impossible_level(data.draw(disguised(plain)), LITHIUM) is impossible_level(plain, LITHIUM)
