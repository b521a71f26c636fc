"""MA103: a template's cells left as "XXX" say nothing, as "TBC" cells do ("Baby: XXX. Feeding: XXX."); "XXX" where a
name was redacted inside a full plan leaves the plan standing (found passing by the hundred-and-twenty-eighth fresh
corpus)."""

from __future__ import annotations

from tests.gate.conclusions import METHADONE, conclusion_codes
from tests.redteam.disguise import homoglyphs, inside_words

_CELLS = (
    "Methadone 60 mg daily goes on. Newborn: XXX. Feeding: XXX. Safe sleep and drowsiness: XXX. Health visitor: XXX."
)
_REDACTED = (
    "Methadone 60 mg daily goes on. The neonatal team watch baby XXX for withdrawal for 72 hours after birth and score "
    "4-hourly; breastfeeding is supported. She is drowsy after doses, so no co-sleeping, and the midwife checks the "
    "cot at the home visit."
)


def test_cells_left_as_xxx_are_refused() -> None:
    assert "MA103" in conclusion_codes(METHADONE, _CELLS)
    assert "MA103" in conclusion_codes(METHADONE, _CELLS.replace("XXX", "xxxx"))


def test_a_redacted_name_inside_a_full_plan_stands() -> None:
    assert "MA103" not in conclusion_codes(METHADONE, _REDACTED)


def test_the_disguised_cells_are_judged_as_the_plain() -> None:
    assert "MA103" in conclusion_codes(METHADONE, homoglyphs(_CELLS, "aeo"))
    assert "MA103" in conclusion_codes(METHADONE, inside_words(_CELLS, "\u200b", every=2))
    assert "MA103" not in conclusion_codes(METHADONE, homoglyphs(_REDACTED, "aeo"))
