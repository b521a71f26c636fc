"""Template item answers in clinical shorthand (MA125): a time written the way GPs and midwives write it ("48h",
"6-hrly", "D10", "5/7", "x96h") is read as the words it stands for, as a conclusion's measure is, so a terse plan
passes and an answer that only reports a talk or a leaflet stays hollow, in any disguise."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess.gate.concerns import spelled_times
from tests.gate.builders import ITEMS
from tests.gate.disguise import disguised
from tests.gate.test_concerns import _item_findings

# (class, concern, answer): real answers in note style, each with a time glued to its number.
REAL = [
    ("opioid-substitution", "neonatal-withdrawal", "NAS obs 96h"),
    ("opioid-substitution", "neonatal-withdrawal", "Obs 96hrs."),
    ("opioid-substitution", "neonatal-withdrawal", "Neonatal obs 48-96h, CMW to D10"),
    ("opioid-substitution", "neonatal-withdrawal", "Withdrawal obs 5/7"),
    ("opioid-substitution", "neonatal-withdrawal", "obs x96h"),
    ("opioid-substitution", "neonatal-withdrawal", "6-hrly Finnegan x 96h"),
    ("opioid-substitution", "neonatal-withdrawal", "Obs 6 hrly x 96 h"),
    ("opioid-substitution", "neonatal-withdrawal", "Obs d2-d4"),
    ("opioid-substitution", "neonatal-withdrawal", "NAS obs until D6"),
    ("opioid-substitution", "neonatal-withdrawal", "Obs 2/52 after birth"),
    ("benzodiazepine-z-drug", "neonatal-withdrawal", "Obs 48h; HV D10."),
    ("antidepressant", "neonatal-withdrawal", "Adaptation obs 24h"),
    ("antidepressant", "breastfeeding", "BF ok; wt D6 and D12"),
    ("antidepressant", "breastfeeding", "BF, feeds 3-hrly"),
]

# Hollow answers with a glued time: a report of when something was told, given or talked over.
HOLLOW = [
    ("opioid-substitution", "neonatal-withdrawal", "Leaflet given D3."),
    ("opioid-substitution", "neonatal-withdrawal", "Leaflet given on day 3."),
    ("opioid-substitution", "neonatal-withdrawal", "Discussed 2/52 ago."),
    ("opioid-substitution", "neonatal-withdrawal", "NAS obs."),
    ("opioid-substitution", "neonatal-withdrawal", "Paeds aware."),
    ("antidepressant", "breastfeeding", "Info given D2."),
    ("antidepressant", "breastfeeding", "Discussed at 34/40."),
]

CASES = [(*case, False) for case in REAL] + [(*case, True) for case in HOLLOW]


@pytest.mark.parametrize(("class_id", "concern", "text", "refused"), CASES)
def test_an_item_answer_in_shorthand_is_judged_by_what_its_times_say(
    class_id: str, concern: str, text: str, refused: bool
) -> None:
    expected = {("MA125", f"$.assessments[0].{ITEMS[concern][0]}")} if refused else set()
    assert _item_findings(class_id, concern, text) == expected


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(CASES).flatmap(lambda c: st.tuples(st.just(c), disguised(c[2]))))
def test_an_item_answer_in_shorthand_is_judged_alike_in_disguise(
    pair: tuple[tuple[str, str, str, bool], str],
) -> None:
    (class_id, concern, plain, _), text = pair
    assert _item_findings(class_id, concern, text) == _item_findings(class_id, concern, plain)


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("obs 96h", "obs 96 hours"),
        ("6-hrly", "every 6 hours"),
        ("x 96h", "for 96 hours"),
        ("to D10", "to day 10"),
        ("5/7", "5 days"),
        ("2/52", "2 weeks"),
        ("3/12", "3 months"),
        # A date, a score, a gestation and a decimal are no shorthand time.
        ("seen 5/7/2026", "seen 5/7/2026"),
        ("epds 4/30", "epds 4/30"),
        ("at 36/40", "at 36/40"),
        ("dose 1.5h", "dose 1.5h"),
        ("no digits here", "no digits here"),
    ],
)
def test_a_shorthand_time_is_spelled_out(text: str, spelled: str) -> None:
    assert spelled_times(text) == spelled
