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
from tests.gate.test_concerns import _item_findings, _partners_safe_sleep_findings

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
    # a verdict word on the item's own topic
    ("antidepressant", "breastfeeding", "Acceptable with breastfeeding at this dose."),
    ("antidepressant", "breastfeeding", "BF acceptable."),
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
    # the verdict alone is a hedge
    ("antidepressant", "breastfeeding", "Acceptable."),
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


# Note style names the baby in hand with no article ("Baby sleeps in own crib."): this baby, not a fact of
# babies in general ("A baby sleeps best in a crib." is still one).
BARE_BABY = [
    ("Baby sleeps in own crib.", False),
    ("Baby sleeps in a crib from D1.", False),
    ("Then baby sleeps in a Moses basket.", False),
    ("A baby sleeps best in a crib.", True),
]


@pytest.mark.parametrize(("text", "refused"), BARE_BABY)
def test_a_baby_named_in_note_style_is_this_baby(text: str, refused: bool) -> None:
    concern = "sedation-safe-sleep"
    expected = {("MA125", f"$.assessments[0].{ITEMS[concern][0]}")} if refused else set()
    assert _item_findings("benzodiazepine-z-drug", concern, text) == expected


# A partner's answer speaks of the baby's nights or bed in note style too ("Dad doing nights.", "bassinet").
PARTNER = [
    ("Mum doing nights for 2/52.", False),
    ("Baby in a bassinet by mum.", False),
    ("He sleeps through the nights.", True),
    ("Discussed 1/52 ago.", True),
]


@pytest.mark.parametrize(("text", "refused"), PARTNER)
def test_a_partners_answer_in_note_style_is_read_for_the_babys_nights(text: str, refused: bool) -> None:
    assert bool(_partners_safe_sleep_findings(text)) == refused


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(BARE_BABY + PARTNER).flatmap(lambda c: st.tuples(st.just(c), disguised(c[0]))))
def test_note_style_is_judged_alike_in_disguise(pair: tuple[tuple[str, bool], str]) -> None:
    (plain, _), text = pair
    assert _partners_safe_sleep_findings(text) == _partners_safe_sleep_findings(plain)
    concern = "sedation-safe-sleep"
    assert _item_findings("benzodiazepine-z-drug", concern, text) == _item_findings(
        "benzodiazepine-z-drug", concern, plain
    )
