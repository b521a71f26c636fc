"""MA103: guidance's own baby, a medicine's line with a note or beside another, topic labels and conditions beside
the line, and an owner's placeholder after an act told only by its place.

* What guidance is reported to say of "the baby" right after "that" ("the guideline recommends that the baby is seen
  by a neonatologist") is said of any baby: it keeps no clause of the report ([general] report_that_subjects).
* A medicine's line with a bracketed note on how it is taken ("(daily pick-up)") is still the medicines list in
  shorthand ([claim] listed_line_notes), and a label of two medicines each with its dose ("diazepam 5 mg tds,
  pregabalin 150 mg bd: ...") labels what follows as one medicine's does.
* A label over topics and a list only of topics beside the medicine's line decide nothing, nor does a condition
  opening its part with nothing after it ([regimen_only]).
* A role named as where an act happens ("on the transitional care ward") does not hold it before "Lead: TBC"
  ([unheld] role_places); with every act's holder a placeholder, only the medicine's line is left, and that gives
  the baby nothing.

Each both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh150_cases.py) and mutation
round 48's findings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.conclusions import LITHIUM, METHADONE, SEDATIVES, conclusion_codes
from tests.gate.disguise import disguised

Where = tuple[str, str]

HOLLOW: list[tuple[Where, str]] = [
    (
        LITHIUM,
        "Priadel 800 mg at night. The BAP guideline recommends that the baby is seen by a neonatologist after birth "
        "and that mothers on lithium bottle feed.",
    ),
    (
        METHADONE,
        "Methadone 60 mg once daily (daily pick-up). The trust protocol says that the baby stays in for three days of "
        "withdrawal scoring and that breastfeeding is supported.",
    ),
    (
        SEDATIVES,
        "Her diazepam 5 mg tds, pregabalin 150 mg bd: drowsiness; overnight feeds; bed sharing; late withdrawal signs.",
    ),
    (
        METHADONE,
        "Methadone 60 mg od continues, no dose change.\n- Withdrawal scores 4-hourly on the transitional care ward. "
        "Lead: TBC.\n- Late signs at home. Lead: TBC.",
    ),
    (
        METHADONE,
        "Methadone 60 mg od continues. The main points for the newborn are withdrawal, feeding and cot sleeping.",
    ),
    (METHADONE, "Methadone 60 mg od continues; if the newborn becomes jittery or too sleepy to feed;"),
    (METHADONE, "Methadone 60 mg od continues. Withdrawal scoring for 72 hours at the hospital, lead TBC."),
]
DECIDES: list[tuple[Where, str]] = [
    (
        LITHIUM,
        "Lithium 800 mg nocte continues. The BAP guideline recommends that the baby is seen by a neonatologist after "
        "birth; as that guideline asks, the neonatal SHO sees this baby on day 1 for tone and thyroid, and she bottle "
        "feeds.",
    ),
    (
        METHADONE,
        "Methadone 60 mg once daily (daily pick-up) goes on; the ward midwives score the newborn every 4 hours for "
        "three days and the health visitor looks for late signs to day 10; breastfeeding is supported.",
    ),
    (
        SEDATIVES,
        "Her diazepam 5 mg tds, pregabalin 150 mg bd: both go on unchanged; she is drowsy, so the foster carer gives "
        "every overnight feed and the baby sleeps in the placement cot; the HV looks for late withdrawal signs to day "
        "8.",
    ),
    (
        METHADONE,
        "Methadone 60 mg od continues, no dose change.\n- Withdrawal scores 4-hourly on the transitional care ward. "
        "Lead: Sam Reid (ward midwife).\n- Late signs at home to day 10. Lead: health visitor.",
    ),
    (
        METHADONE,
        "Methadone 60 mg od continues. The main points for the newborn are withdrawal, so the ward midwives score him "
        "4-hourly for 72 hours, and feeding, which the infant feeding team supports.",
    ),
    (
        METHADONE,
        "Methadone 60 mg od continues; the ward midwives score the newborn for withdrawal for 72 hours, if jittery "
        "every 2 hours.",
    ),
    (
        METHADONE,
        "Methadone 60 mg od continues; if the newborn is jittery or feeds poorly the ward midwives score him every 2 "
        "hours for 72 hours.",
    ),
    (
        METHADONE,
        "Methadone 60 mg od continues. The hospital midwives score the newborn for withdrawal for 72 hours, lead TBC.",
    ),
]


@pytest.mark.parametrize(("where", "text"), HOLLOW, ids=[t[:40] for _, t in HOLLOW])
def test_guidance_s_baby_lines_labels_and_placeholders_decide_nothing(where: Where, text: str) -> None:
    assert "MA103" in conclusion_codes(where, text)


@pytest.mark.parametrize(("where", "text"), DECIDES, ids=[t[:40] for _, t in DECIDES])
def test_the_same_with_the_baby_s_plan_held_stands(where: Where, text: str) -> None:
    assert "MA103" not in conclusion_codes(where, text)


@settings(max_examples=20, deadline=None)
@given(st.data(), st.sampled_from(HOLLOW + DECIDES))
def test_disguised_they_are_judged_like_the_plain_text(data: st.DataObject, case: tuple[Where, str]) -> None:
    where, text = case
    hollow = "MA103" in conclusion_codes(where, data.draw(disguised(text)))
    assert hollow is (case in HOLLOW)
