"""MA123: a conclusion that calls the mother's sedating medicine's risk to safe sleep not applicable, without
speaking of sleep elsewhere (a dismissing clause names it: "Safe sleep: N/A"), dismisses it as a partner's
conclusion does, wherever the baby is in her care (at home, in a parent-and-baby placement or unit, or not yet
born); not where the baby goes to a carer without her, where the words may be true. Worded apart from the red-team
corpora."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.builders import disguised
from tests.test_rules import COMPLETE, TODAY

FOSTER = COMPLETE.parent / "postnatal-foster-placement-diazepam-pregabalin.json"

DISMISSED = [
    "Diazepam and pregabalin carry on. Co-sleeping: not relevant, as the baby is looked after in a placement. The "
    "baby may show late withdrawal to day 8; the carer and HV watch for it.",
    "Diazepam and pregabalin continue unchanged. Safe sleep: N/A because the foster carer is there. Late "
    "withdrawal is possible up to day 8, watched by the carer and the health visitor.",
]
ANSWERED = [
    # The dismissal of one thing beside sleep spoken of in another clause.
    "Diazepam and pregabalin carry on. Breastfeeding: not applicable, bottle fed. She must never share a bed or "
    "sofa with the baby, and the carer does the night feeds. Late withdrawal possible to day 8; carer and HV watch.",
    # Another concern dismissed, and sleep not spoken of at all: MA122 judges that by the items.
    "Diazepam and pregabalin carry on; the GP plans a slow diazepam taper. Feeding: not applicable, formula fed. "
    "The carer and HV watch for late withdrawal to day 8 and call the neonatal unit if he feeds poorly.",
    # A reason that is itself about where the baby sleeps.
    "Diazepam and pregabalin carry on. Co-sleeping: not an issue as the baby sleeps in a cot in the carer's room "
    "and the carer does every night feed. Late withdrawal possible to day 8; carer and HV watch.",
]


def _foster(conclusion: str, discharge_to: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FOSTER.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = conclusion
    if discharge_to is not None:
        data["safeguarding"]["discharge_to"] = discharge_to
    return data


def _ma123(data: dict[str, Any]) -> list[str]:
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA123"]


@pytest.mark.parametrize("text", DISMISSED)
def test_the_mothers_safe_sleep_dismissed_in_her_conclusion_is_refused_where_the_baby_is_with_her(text: str) -> None:
    assert _ma123(_foster(text)) == ["$.assessments[0].conclusion"]
    assert _ma123(_foster(text, "home-with-parents")) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("text", DISMISSED)
def test_the_same_words_stand_where_the_baby_goes_to_a_carer_without_her(text: str) -> None:
    assert _ma123(_foster(text, "foster-carer")) == []
    assert _ma123(_foster(text, "kinship-carer")) == []


@pytest.mark.parametrize("text", ANSWERED)
def test_a_conclusion_that_speaks_of_the_babys_sleep_is_no_dismissal(text: str) -> None:
    assert _ma123(_foster(text)) == []


@settings(max_examples=8, deadline=None)
@given(st.data())
def test_a_disguised_dismissal_is_judged_like_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(DISMISSED + ANSWERED))
    text = data.draw(disguised(plain))
    assert bool(_ma123(_foster(text))) is (plain in DISMISSED)


# The overall conclusion, read by every professional: a dismissal that names safe sleep, with sleep spoken of in no
# other clause, dismisses it too; a dismissal of another thing beside a silent overall conclusion does not.
OVERALL_DISMISSED = [
    "Diazepam and pregabalin go on unchanged. Bed sharing: not relevant. The carer and HV look for late withdrawal "
    "until day 8 and ring the neonatal unit if worried.",
]
OVERALL_STANDS = [
    "Diazepam and pregabalin go on unchanged. Breastfeeding: N/A, she bottle feeds. The carer and HV look for late "
    "withdrawal until day 8 and ring the neonatal unit if worried.",
    "Diazepam and pregabalin go on unchanged. Bed sharing: not an option, she sleeps apart from the baby, who sleeps "
    "in the carer's room. The carer and HV look for late withdrawal until day 8.",
]


def _overall(text: str, discharge_to: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FOSTER.read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    if discharge_to is not None:
        data["safeguarding"]["discharge_to"] = discharge_to
    return data


@pytest.mark.parametrize("text", OVERALL_DISMISSED)
def test_safe_sleep_dismissed_by_name_in_the_overall_conclusion_is_refused(text: str) -> None:
    assert _ma123(_overall(text)) == ["$.overall_conclusion.text"]
    assert _ma123(_overall(text, "foster-carer")) == []


@pytest.mark.parametrize("text", OVERALL_STANDS)
def test_an_overall_conclusion_dismissing_another_thing_or_answering_sleep_stands(text: str) -> None:
    assert _ma123(_overall(text)) == []


def test_a_disguised_overall_dismissal_is_judged_like_the_plain() -> None:
    plain = OVERALL_DISMISSED[0]
    disguised_text = plain.replace("Bed sharing", "B\u0435d\u200b sharing").replace("relevant", "rel\u00adevant")
    assert _ma123(_overall(disguised_text)) == _ma123(_overall(plain)) == ["$.overall_conclusion.text"]


# A clause right after the dismissal that only says a sleeping place is there gives the dismissal's reason, not a
# plan: a cot in the house says nothing of where the baby sleeps or beside whom.
PLACE_ONLY = [
    "Diazepam and pregabalin carry on. Safe sleeping: N/A, her room has a crib. The baby may show late withdrawal to "
    "day 8; the carer and HV watch for it.",
    "Diazepam and pregabalin continue unchanged. Co-sleeping: not relevant, there is a Moses basket. Late withdrawal "
    "is possible up to day 8, watched by the carer and the health visitor.",
]
PLACE_USED = [
    # where the baby sleeps, not only that a cot is there
    "Diazepam and pregabalin carry on. Co-sleeping: not an issue, the baby has his own crib and sleeps in it in the "
    "carer's room. Late withdrawal possible to day 8; carer and HV watch.",
    # a bed ruled out after it
    "Diazepam and pregabalin carry on. Safe sleeping: N/A, her room has a crib, but she must never share her bed "
    "with the baby. Late withdrawal possible to day 8; carer and HV watch.",
]


@pytest.mark.parametrize("text", PLACE_ONLY)
def test_a_cot_being_there_is_the_dismissals_reason_where_the_baby_is_with_her(text: str) -> None:
    assert _ma123(_foster(text)) == ["$.assessments[0].conclusion"]
    assert _ma123(_foster(disguised_text(text))) == ["$.assessments[0].conclusion"]
    # true where the baby goes to a carer without her
    assert _ma123(_foster(text, "foster-carer")) == []


@pytest.mark.parametrize("text", PLACE_USED)
def test_a_cot_the_baby_sleeps_in_or_a_bed_ruled_out_answers(text: str) -> None:
    assert _ma123(_foster(text)) == []
    assert _ma123(_foster(disguised_text(text))) == []


def test_not_applicable_with_the_foster_carers_cot_stands_where_the_baby_lives_with_her() -> None:
    text = (
        "Diazepam and pregabalin carry on. Safe sleeping: N/A for the mother, the baby is placed with the foster "
        "carer, who has a crib. Late withdrawal possible to day 8; carer and HV watch."
    )
    assert _ma123(_foster(text, "foster-carer")) == []


def test_a_mother_not_sedated_may_call_safe_sleep_not_applicable() -> None:
    data: dict[str, Any] = json.loads((COMPLETE.parent / "antenatal-citalopram-template-1.0.0.json").read_text("utf-8"))
    data["assessments"][0]["conclusion"] = (
        "Citalopram 20 mg carries on; relapse is the bigger risk. Safe sleeping: N/A, her room has a crib. The "
        "midwife watches the baby for adaptation signs for two days after birth."
    )
    issues = check(record_from_data(data), today=TODAY)
    assert not [i for i in issues if i.code in ("MA122", "MA123") and i.severity == "error"]


def disguised_text(text: str) -> str:
    """Look-alike letters and zero-width characters in the words that carry the reading."""
    return (
        text.replace("crib", "cr\u0456b").replace("Moses", "M\u043eses").replace("has", "h\u200bas")
        .replace("there is", "there\u00ad is").replace("N/A", "N\u200b/A")
    )
