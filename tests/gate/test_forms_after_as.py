"""MA131: a form named in reach of a listed medicine (past its dose and "as") that the listed product is not, both
ways, disguised texts judged as the plain ones. An eye, ear or nose preparation or a skin form ("as ear drops", "as
an ointment") is read as the route it is put by, so an oral product so named is refused; a "skin patch" is a patch;
modified-release tablets are never called suppositories or pessaries, though plain tablets may be (misoprostol)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.administration import form
from tests.gate.disguise import disguised
from tests.gate.test_routes_of_administration import conclusion_issues
from tests.test_rules import TODAY, complete

# --- the list: methadone oral solution, sertraline tablets ------------------------------------------------------

AS_A_FORM_IT_IS_NOT = [
    "Methadone 40 ml once daily as ear drops stays the same; the ward observes the baby for 3 days.",
    "Sertraline 50 mg once a day as an ointment is kept; the health visitor sees the baby at ten days.",
    "Sertraline 50 mg at night as a skin patch is kept; the health visitor sees the baby at ten days.",
    "Methadone 40 ml once daily as a nasal spray stays the same; the ward observes the baby for 3 days.",
    "The sertraline eye drops stay at one drop daily; the health visitor sees the baby at ten days.",
    # a possibility word in the reason given after it sets nothing aside
    "Sertraline 50 mg once daily as an ointment stays, because stopping might bring back her low mood.",
    # the form set off by commas after the dose, alone or told with how it is worn
    "Sertraline 50 mg each morning, as ear drops, is kept; the health visitor sees the baby at ten days.",
    "Methadone 40 ml once daily, as a skin patch changed weekly, stays the same; the ward observes the baby.",
    # a verb of giving between the dose and "as"
    "Sertraline 50 mg given as eye drops at night is kept; the health visitor sees the baby at ten days.",
    "Methadone 40 ml given as ear drops once daily stays the same; the ward observes the baby for 3 days.",
    "Sertraline 50 mg taken as ear drops each night is kept; the health visitor sees the baby at ten days.",
    # an article and frequency words between the verb of giving and the form
    "Methadone 40 ml given as a once daily injection stays the same; the ward observes the baby for 3 days.",
    "Sertraline 50 mg taken as one nightly patch is kept; the health visitor sees the baby at ten days.",
]
AS_ITS_OWN_FORM = [
    "Methadone 40 ml once daily as the oral solution stays the same; the ward observes the baby for 3 days.",
    "Sertraline 50 mg once a day as tablets is kept; the health visitor sees the baby at ten days.",
    # another product's form beside hers, or the baby's, or a possibility
    "Sertraline 50 mg once a day is kept, and emollient cream for her eczema; the health visitor sees the baby.",
    "Methadone 40 ml once daily stays the same; the baby's eye drops are the neonatal unit's to give.",
    "Sertraline 50 mg at night; a skin patch could be considered if she cannot swallow; the HV sees the baby.",
    "Sertraline 50 mg at night is kept; she uses ear drops for an old infection; the HV sees the baby.",
    "Sertraline 50 mg once daily as tablets stays, because stopping might bring back her low mood.",
    "Sertraline 50 mg as a skin patch could be tried since she vomits in the mornings; the HV sees the baby.",
    # after a comma: its own form, and a reason whose subject is a form, with a verb of its own
    "Sertraline 50 mg each morning, as tablets, is kept; the health visitor sees the baby at ten days.",
    "Methadone 40 ml once daily stays the same, as injections frighten her; the ward observes the baby.",
    "Sertraline 50 mg each morning is kept, as patches irritate her skin; the health visitor sees the baby.",
    "Sertraline 50 mg taken as tablets at night is kept; the health visitor sees the baby at ten days.",
    "Methadone 40 ml once daily, given as the oral solution, stays the same; the ward observes the baby.",
    # a dose, not a form, after the verb of giving and its frequency words
    "Methadone 40 ml given as a single daily dose stays the same; the ward observes the baby for 3 days.",
    "Sertraline 50 mg taken as one tablet each morning is kept; the health visitor sees the baby at ten days.",
    "Methadone 40 ml given once daily at the chemist stays the same, as injections frighten her.",
]


@pytest.mark.parametrize("text", AS_A_FORM_IT_IS_NOT)
def test_a_form_the_listed_oral_product_is_not_is_refused(text: str) -> None:
    assert [path for path, _ in conclusion_issues(text)] == ["$.assessments[1].conclusion"]


@pytest.mark.parametrize("text", AS_ITS_OWN_FORM)
def test_its_own_form_another_products_form_or_a_possibility_passes(text: str) -> None:
    assert conclusion_issues(text) == []


# --- a listed patch named "as a patch" -----------------------------------------------------------------------------


def _patch_issues(text: str) -> list[str]:
    data: dict[str, Any] = complete()
    data["medicines"][1]["name"] = "Buprenorphine 10micrograms/hour transdermal patches"
    data["medicines"][1]["dose"] = "One patch every 7 days"
    data["assessments"][1]["conclusion"] = text
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA131"]


def test_a_listed_patch_named_as_a_skin_patch_passes_and_as_eye_drops_does_not() -> None:
    assert _patch_issues("Buprenorphine 10 micrograms as a skin patch carries on weekly.") == []
    assert _patch_issues("Buprenorphine 10 micrograms as a patch carries on weekly.") == []
    assert _patch_issues("Buprenorphine 10 micrograms as eye drops carries on weekly.") == [
        "$.assessments[1].conclusion"
    ]


PATCH_ROUTE_AFTER_A_COMMA = [
    "Buprenorphine (Butrans 10 microgram/hour patch, taken by mouth every 7 days) carries on; the HV sees the baby.",
    "Buprenorphine 10 mcg/hr patch, given orally once a week, carries on; the HV sees the baby.",
]
PATCH_WORN_AFTER_A_COMMA = [
    "Buprenorphine (Butrans 10 microgram/hour patch, applied to the upper back every 7 days) carries on.",
    "Buprenorphine 10 mcg/hr patch, taken off after 7 days and replaced, carries on; the HV sees the baby.",
    "Buprenorphine 10 microgram/hour patch, changed weekly, carries on, as tablets by mouth upset her.",
]


@pytest.mark.parametrize("text", PATCH_ROUTE_AFTER_A_COMMA + PATCH_WORN_AFTER_A_COMMA)
def test_a_patch_given_by_mouth_after_a_comma_is_refused_and_worn_passes(text: str) -> None:
    assert bool(_patch_issues(text)) is (text in PATCH_ROUTE_AFTER_A_COMMA)


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_a_disguised_patch_route_after_a_comma_is_judged_as_the_plain(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(PATCH_ROUTE_AFTER_A_COMMA + PATCH_WORN_AFTER_A_COMMA))
    assert bool(_patch_issues(data.draw(disguised(plain)))) is (plain in PATCH_ROUTE_AFTER_A_COMMA)


# --- modified-release tablets --------------------------------------------------------------------------------------


def _lithium_issues(text: str, name: str = "Lithium carbonate 400mg modified-release tablets (Camcolit)") -> list[str]:
    data: dict[str, Any] = complete()
    data["medicines"][1]["name"] = name
    data["medicines"][1]["dose"] = "600 mg at night"
    data["assessments"][1]["conclusion"] = text
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA131"]


MR_CALLED = [
    "Lithium (Camcolit) 600 mg nightly as suppositories is kept; levels are checked after the birth.",
    "Lithium 600 mg once a day as a pessary is kept; levels are checked after the birth.",
    "Lithium (Camcolit) 600 mg nightly, as suppositories, is kept; levels are checked after the birth.",
]
MR_OPEN = [
    "Lithium (Camcolit) 600 mg nightly as tablets is kept; levels are checked after the birth.",
    "Lithium 600 mg at night by mouth is kept; a pessary for thrush is hers too; levels are checked after birth.",
]


@pytest.mark.parametrize("text", MR_CALLED)
def test_modified_release_tablets_called_suppositories_or_pessaries_are_refused(text: str) -> None:
    assert _lithium_issues(text) == ["$.assessments[1].conclusion"]


@pytest.mark.parametrize("text", MR_OPEN)
def test_modified_release_tablets_named_as_tablets_or_beside_another_pessary_pass(text: str) -> None:
    assert _lithium_issues(text) == []


def test_plain_tablets_stay_open_to_being_called_pessaries() -> None:
    # misoprostol tablets are given vaginally and called pessaries in practice: plain tablets are not judged so
    assert _lithium_issues(MR_CALLED[1], name="Lithium carbonate 250mg tablets") == []
    assert form("Lithium carbonate 400mg modified-release tablets") == form("Quetiapine 50mg prolonged-release tablets")
    assert form("Lithium carbonate 400mg modified-release tablets") != form("Lithium carbonate 250mg tablets")


# --- disguised, the same -------------------------------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_disguised_forms_after_as_are_judged_as_the_plain_ones(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(AS_A_FORM_IT_IS_NOT + AS_ITS_OWN_FORM))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in AS_A_FORM_IT_IS_NOT)
    plain = data.draw(st.sampled_from(MR_CALLED + MR_OPEN))
    assert bool(_lithium_issues(data.draw(disguised(plain)))) is (plain in MR_CALLED)
