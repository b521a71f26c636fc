"""The partner the record itself rules out of the baby's nights or the baby's life, given them in a plan.

MA127: where the partner's own assessment answers sedation "yes", a conclusion that gives the partner the night care
or the baby in the partner's bed makes the hazard the record found, though the sentence never says "sedated"; with a
sedating medicine alone, the night care put right after the dose says it. MA129: where the partner's relationship
field says the partner has no contact with the baby, an act of the baby's care given to the partner is in no one's
hands. Near misses (the nights with the mother, an evening feed before the dose, a negation, a condition, the
partner back in the baby's life) pass, and a disguise changes no verdict. Worded apart from any corpus."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.night_care import night_care_to_the_sedated_partner
from tests.gate.disguise import disguise

ROOT = Path(__file__).resolve().parents[2]
POSTNATAL = ROOT / "examples" / "pass" / "postnatal-partner-quetiapine.json"
TODAY = dt.date(2026, 12, 3)
NAMES = frozenset({"daniel", "whitfield", "example"})

# The partner whose record says he is sedated, given the nights in words that never say so.
NIGHTS_TO_HIM = [
    "Baby in the side-car cot. Dad covers the nights from Friday so mum can catch up on sleep.",
    "He will handle every night feed this month; the midwife reviews feeding on day 10.",
    "The partner takes the night feeds while she is on the ward; HV visit at 2 weeks.",
    "Daniel will take full charge of the baby overnight and the health visitor calls next week.",
    "Mum sleeps in the spare room, and the baby sleeps in his bed with him.",
    # the small hours taken over from her by the clock
    "Dad will take over the 3 am bottle, letting mum rest till morning.",
    "He takes over the 04:00 feed every night while the midwife visits daily.",
    # the baby on the partner's side of the bed, or in bed with him, named rather than "his"
    "The moses basket goes on Daniel's side of the bed so the baby is within his reach overnight.",
    "Most nights the baby sleeps in bed with Daniel; HV visit at 2 weeks.",
    # the baby's own bed (not the word "baby") put on his side of the adults' bed
    "From next week the bassinet will sit by his side of the bed to let mum sleep through.",
    "Their cot has gone to Daniel's side of their bed so mum can sleep on.",
    # the nights his now, before some later change, and "them" for the night feeds named before
    "Mum will take back the overnight feeds after her operation; in the meantime he covers them.",
    "Till then Daniel will do every night feed, and the HV reviews in a month.",
]
# Near misses: the nights kept from him, bounded, negated or conditional.
NIGHTS_KEPT = [
    "Mum covers the nights because his tablets leave him groggy; he helps in the daytime.",
    "He gives the 6 pm bottle before his dose, and the mother does the nights.",
    "He never shares a bed, sofa or chair with the baby and does no night feeds.",
    "If his dose is ever stopped, he could take the night feeds; for now the mother does them.",
    "He does the night feeds only once his dose has worn off, from 5 am.",
    "The health visitor checks the crib at each visit; the baby sleeps in the next-to-me crib.",
    # an evening feed by the clock, before his dose
    "He takes over the 6 pm bottle before his tablets; the mother does the nights.",
    # the mother's side, by her name; his side ruled out
    "The moses basket goes on Chloe's side of the bed so the baby is within her reach overnight.",
    "The baby is never put on Daniel's side of the bed while he takes his tablets.",
    # the cot on her side, or kept off his
    "From next week the bassinet will sit by her side of the bed to let him sleep through.",
    "Their cot must not go to Daniel's side of their bed while he takes his tablets.",
    "The cot stays on her side; he sleeps in the spare room.",
    "Mum will take back the overnight feeds after her operation; in the meantime her sister covers them.",
    "He does the night feeds until his new dose starts; until then he does none of them.",
    "He cooks for them; the mother does the night feeds.",
]
# With a sedating medicine but no coded sedation, only the night care right after the dose says he is sedated.
AFTER_THE_DOSE = [
    "Dad does the nights after his bedtime tablets and the crib stays by mum's side.",
    "He will take every night feed after his 11 pm dose.",
]
BOUNDED_BY_THE_DOSE = [
    "He does the night feeds after his dose has worn off, from 4 am.",
    "Dad covers the nights; the health visitor asks about sleep at each visit.",
]


@pytest.mark.parametrize("text", NIGHTS_TO_HIM)
def test_the_nights_given_to_the_partner_the_record_says_is_sedated_are_read(text: str) -> None:
    assert night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=True)


@pytest.mark.parametrize("text", NIGHTS_KEPT)
def test_the_nights_kept_from_him_are_not_read(text: str) -> None:
    assert not night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=True)


@pytest.mark.parametrize("text", AFTER_THE_DOSE)
def test_the_nights_after_the_dose_are_read_without_the_coded_answer(text: str) -> None:
    assert night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=False)


@pytest.mark.parametrize("text", BOUNDED_BY_THE_DOSE + NIGHTS_TO_HIM[:3])
def test_without_the_coded_answer_only_the_dose_time_says_he_is_sedated(text: str) -> None:
    assert not night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=False)


def test_a_partner_who_is_not_a_man_is_not_read_by_a_man_s_pronoun() -> None:
    assert not night_care_to_the_sedated_partner("He takes the night feeds.", NAMES, man=False, sedated=True)
    assert night_care_to_the_sedated_partner("The partner takes the night feeds.", NAMES, man=False, sedated=True)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text", NIGHTS_TO_HIM + NIGHTS_KEPT)
def test_a_disguised_plan_is_read_as_the_plain_one(text: str, seed: int) -> None:
    plain = night_care_to_the_sedated_partner(text, NAMES, man=True, sedated=True)
    disguised = disguise(text, random.Random(seed))
    assert night_care_to_the_sedated_partner(disguised, NAMES, man=True, sedated=True) == plain


def _issues(conclusion: str | None = None, overall: str | None = None, **changes: Any) -> set[tuple[str, str]]:
    data: dict[str, Any] = json.loads(POSTNATAL.read_text(encoding="utf-8"))
    if conclusion is not None:
        data["assessments"][0]["conclusion"] = conclusion
    if overall is not None:
        data["overall_conclusion"]["text"] = overall
    if "relationship" in changes:
        data["partner"]["relationship"] = changes["relationship"]
    if "sedation" in changes:
        data["assessments"][0]["impact_on_mother"]["sedation"] = changes["sedation"]
    return {(i.code, i.path) for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


SAFE_TAIL = " He never sleeps on a bed or sofa with the baby; the health visitor checks the crib at each visit."


def test_ma127_refuses_his_conclusion_giving_him_the_nights() -> None:
    assert ("MA127", "$.assessments[0].conclusion") in _issues("Quetiapine at night for dad. " + NIGHTS_TO_HIM[0])


def test_ma127_refuses_the_overall_conclusion_giving_him_the_nights() -> None:
    overall = "Her paracetamol is fine. His quetiapine: he will handle every night feed this month." + SAFE_TAIL
    assert ("MA127", "$.overall_conclusion.text") in _issues(overall=overall)


def test_ma127_passes_the_nights_kept_from_him() -> None:
    found = _issues("Quetiapine at night for dad. " + NIGHTS_KEPT[0] + SAFE_TAIL)
    assert not {code for code, _ in found} & {"MA127"}


ABSENT = "The baby's father; does not live with the mother and baby and has no contact with them"

ACTS_TO_THE_ABSENT = [
    "Quetiapine 300 mg at night for the father. Dad will bath the baby each evening and keep an eye on the cot.",
    "The father's quetiapine sedates him. Daniel looks after the baby on Sundays; mum does all the feeds.",
]
NOT_TO_THE_ABSENT = [
    # the plan for a change of contact, a negation, the mother's acts
    "The father's quetiapine sedates him. Should contact begin, he will care for the baby by day only; mum does the "
    "nights and the health visitor checks the crib.",
    "The father's quetiapine sedates him; he has no part in the baby's care. Mum does the feeds, crib by her bed.",
    # "he" for a baby boy, with verbs a baby takes too
    "The father's quetiapine sedates him and he has no contact. Mum bottle feeds the baby: he feeds 3-hourly and "
    "settles well in his crib, which the health visitor checks.",
    # the text says he is back in the baby's life
    "The father's quetiapine sedates him. He lives elsewhere but now has contact and visits at weekends; he will "
    "bath the baby by day and never does nights. The health visitor checks the crib.",
]


@pytest.mark.parametrize("text", ACTS_TO_THE_ABSENT)
def test_ma129_refuses_acts_given_to_a_partner_the_record_rules_out(text: str) -> None:
    assert ("MA129", "$.assessments[0].conclusion") in _issues(text, relationship=ABSENT)
    disguised = disguise(text, random.Random(1))
    assert ("MA129", "$.assessments[0].conclusion") in _issues(disguised, relationship=ABSENT)


@pytest.mark.parametrize("text", NOT_TO_THE_ABSENT)
def test_ma129_passes_a_plan_consistent_with_his_absence(text: str) -> None:
    assert ("MA129", "$.assessments[0].conclusion") not in _issues(text, relationship=ABSENT)


def test_ma129_reads_the_acts_only_where_the_record_rules_him_out() -> None:
    lives_with = "The baby's father; lives with the mother and baby"
    assert ("MA129", "$.assessments[0].conclusion") not in _issues(ACTS_TO_THE_ABSENT[0], relationship=lives_with)
