"""MA103: guidance reported ("NICE advises ...", "the BAP guideline says ...", "MHRA advice is that ...") decides
nothing for this baby, to the end of its sentence; a clause after it that points back at the guidance and puts it to
use ("on that schedule", "to those timings", "under those recommendations") applies it, as "so" does, whoever acts
([general] `report_pointers` in mappings/hollow-phrases.toml). "That" right after a reporting verb still opens what
the guidance says. Both ways, and disguised. Worded apart from the red-team cases (tests/redteam/fresh147_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.conclusions import LITHIUM, METHADONE, SERTRALINE, VALPROATE, conclusion_codes
from tests.gate.disguise import disguised

_BABY = (
    " The paediatrician reviews the newborn after birth for tone and thyroid function; she formula feeds, as lithium "
    "enters milk."
)

APPLIED = [
    (
        LITHIUM,
        "The BAP guideline recommends serum lithium every four weeks, then weekly from 36/40 and 12 hours after "
        "delivery; the perinatal team will draw Ms Example's on that schedule while Priadel 800 mg nightly goes on."
        + _BABY,
    ),
    (
        LITHIUM,
        "NICE CG192 advises monthly levels and weekly ones in the last month, with one within a day of birth; the "
        "perinatal psychiatrist keeps to those timings while lithium stays at 800 mg." + _BABY,
    ),
]
REPORTED = [
    # the guidance alone, a second clause of it after the semicolon
    (
        LITHIUM,
        "The BAP guideline recommends serum lithium every four weeks, then weekly from 36/40 and 12 hours after "
        "delivery; levels are drawn by specialist teams at those points in most units." + _BABY,
    ),
    # "that" after the reporting verb opens the guidance's own words, not a pointer back
    (
        METHADONE,
        "The trust protocol says that schedule of scoring applies to all exposed newborns; babies are scored for "
        "withdrawal for three days on the ward.",
    ),
]


@pytest.mark.parametrize("case", APPLIED + REPORTED)
def test_guidance_put_to_use_by_pointing_back_at_it_decides(case: tuple[tuple[str, str], str]) -> None:
    where, text = case
    assert ("MA103" in conclusion_codes(where, text)) is (case in REPORTED)


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(APPLIED + REPORTED).flatmap(lambda c: st.tuples(st.just(c), disguised(c[1]))))
def test_guidance_pointed_back_at_is_judged_alike_in_disguise(pair: tuple[tuple[tuple[str, str], str], str]) -> None:
    (where, text), hidden = pair
    assert ("MA103" in conclusion_codes(where, hidden)) is ("MA103" in conclusion_codes(where, text))


# Guidance told in a copula ("MHRA advice is that ...") is reported as "says that" is, and a verdict of choice inside a
# report ("the first-line SSRI", "the SSRI of choice") is the guidance's, not one on her medicine; either turned to
# this case stands ([general] `report_verbs`, `report_verdicts`; found passing by fresh147).
TOLD_ONLY = [
    (
        VALPROATE,
        "Current MHRA advice is that valproate should only be stopped by a specialist, and that exposure in "
        "pregnancy carries a high risk of birth defects and of developmental problems.",
    ),
    (
        SERTRALINE,
        "The BNF notes that sertraline is the first-line SSRI for breastfeeding mothers and that neonatal "
        "adaptation problems are uncommon.",
    ),
]
TOLD_AND_TURNED = [
    (
        VALPROATE,
        "MHRA advice is that valproate should only be stopped by a specialist, so sodium valproate 500 mg twice daily "
        "continues until the neurologist sees her this week; the GP has referred her for a detailed anomaly scan at "
        "20 weeks.",
    ),
    (
        METHADONE,
        "Our unit's policy is that exposed babies stay on the postnatal ward for 72 hours of withdrawal scoring; "
        "methadone 60 mg continues.",
    ),
    (
        SERTRALINE,
        "The BNF notes that sertraline is the first-line SSRI for breastfeeding mothers, so she breastfeeds while "
        "sertraline continues and the midwife watches the baby's feeding for 48 hours.",
    ),
]


@pytest.mark.parametrize("case", TOLD_ONLY + TOLD_AND_TURNED)
def test_guidance_told_in_a_copula_or_with_its_choice_decides_only_when_turned(
    case: tuple[tuple[str, str], str],
) -> None:
    where, text = case
    assert ("MA103" in conclusion_codes(where, text)) is (case in TOLD_ONLY)


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(TOLD_ONLY + TOLD_AND_TURNED).flatmap(lambda c: st.tuples(st.just(c), disguised(c[1]))))
def test_guidance_told_in_a_copula_is_judged_alike_in_disguise(pair: tuple[tuple[tuple[str, str], str], str]) -> None:
    (where, text), hidden = pair
    assert ("MA103" in conclusion_codes(where, hidden)) is ("MA103" in conclusion_codes(where, text))


# Guidance in general never names a person: a clause of reported guidance naming someone by title and name ("...;
# Mr Okafor has acted on it: ...") speaks of this case and keeps the rest of its sentence, as "she" would; with no
# one named the report runs on ([general] `report_named_titles`; found refused by fresh150).
NAMED_AFTER = [
    (
        VALPROATE,
        "MHRA advice is that valproate must not be withdrawn suddenly and that a specialist sees her soon; Mr Okafor "
        "has acted on this: a neurology referral went today, valproate goes on until reviewed, and a detailed scan "
        "is booked at 20 weeks. Bottle or breast both fine; the paediatrician examines the baby after birth.",
    ),
    (
        VALPROATE,
        "The MHRA states that valproate is not stopped abruptly and that review is urgent; Prof Adeyemi took it "
        "up: clinic letter sent, valproate continues until reviewed, 5 mg folic acid daily. Breastfeeding is "
        "fine; the paediatrician examines the baby after birth.",
    ),
]
NAMED_NOWHERE = [
    (
        VALPROATE,
        "MHRA advice is that valproate must not be withdrawn suddenly and that specialist review is prompt; the "
        "practice has acted on it: a neurology referral goes, valproate goes on until reviewed.",
    ),
]


@pytest.mark.parametrize("case", NAMED_AFTER + NAMED_NOWHERE)
def test_someone_named_after_guidance_speaks_of_this_case(case: tuple[tuple[str, str], str]) -> None:
    where, text = case
    assert ("MA103" in conclusion_codes(where, text)) is (case in NAMED_NOWHERE)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(NAMED_AFTER + NAMED_NOWHERE).flatmap(lambda c: st.tuples(st.just(c), disguised(c[1]))))
def test_someone_named_after_guidance_is_judged_alike_in_disguise(
    pair: tuple[tuple[tuple[str, str], str], str],
) -> None:
    (where, text), hidden = pair
    assert ("MA103" in conclusion_codes(where, hidden)) is ("MA103" in conclusion_codes(where, text))
