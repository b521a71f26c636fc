"""MA131: the solid forms held in the mouth until they dissolve (sublingual and buccal tablets and films, oral
lyophilisates) are read as a form of their own, so a conclusion or dose line giving such a listed product as a
patch, an injection or an inhaler is refused, while the routes they are taken by (under the tongue, on the tongue,
buccally, and "by mouth" as dose lines write it) pass; disguised texts are judged as the plain ones."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.administration import form
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

SUBLINGUAL = "Bupren 2mg sublingual tablets"
LYOPHILISATE = "Espranor 2mg oral lyophilisate"

NOT_ITS_FORM = [
    "Her buprenorphine skin patch stays at 12 mg a day; the ward scores the baby for three days after birth.",
    "Buprenorphine 12 mg daily as patches is kept; the ward scores the baby for three days after birth.",
    "Buprenorphine 12 mg each morning, given by intramuscular injection, is kept; the ward scores the baby.",
    "The buprenorphine inhaler stays at 12 mg daily; the ward scores the baby for three days after birth.",
    "Buprenorphine 12 mg IV each morning is kept; the ward scores the baby for three days after birth.",
]
ITS_FORM = [
    "Buprenorphine 12 mg under the tongue each morning is kept; the ward scores the baby for three days.",
    "Buprenorphine 12 mg sublingually each morning is kept; the ward scores the baby for three days.",
    "Buprenorphine 12 mg daily stays, taken by mouth at the chemist; the ward scores the baby for three days.",
    "Buprenorphine 12 mg daily is kept; a weekly patch could be considered if she cannot get to the chemist.",
    "Buprenorphine 12 mg daily is kept; she previously injected heroin and has not since 2023.",
    "Buprenorphine 12 mg daily is kept; the baby's morphine by mouth is the neonatal unit's to give if needed.",
]


def _issues(name: str, text: str, dose: str = "12 mg once daily, supervised") -> list[str]:
    data: dict[str, Any] = complete()
    data["medicines"][0].pop("code", None)
    data["medicines"][0]["name"] = name
    data["medicines"][0]["dose"] = dose
    data["assessments"][0]["conclusion"] = text
    return [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA131"]


def test_the_forms_held_in_the_mouth_are_one_form() -> None:
    assert form(SUBLINGUAL) == "oromucosal-solid"
    assert form(LYOPHILISATE) == "oromucosal-solid"
    assert form("Espranor 8mg oral lyophilisates") == "oromucosal-solid"
    assert form("Buccastem M 3mg buccal tablets") == "oromucosal-solid"
    assert form("Sertraline 50mg tablets") == "oral-solid"


@pytest.mark.parametrize("name", [SUBLINGUAL, LYOPHILISATE])
@pytest.mark.parametrize("text", NOT_ITS_FORM)
def test_a_form_a_product_held_in_the_mouth_is_not_is_refused(name: str, text: str) -> None:
    assert _issues(name, text) == ["$.assessments[0].conclusion"]


@pytest.mark.parametrize("name", [SUBLINGUAL, LYOPHILISATE])
@pytest.mark.parametrize("text", ITS_FORM)
def test_its_own_route_a_possibility_or_another_time_passes(name: str, text: str) -> None:
    assert _issues(name, text) == []


@pytest.mark.parametrize(
    ("name", "dose"),
    [
        (SUBLINGUAL, "12 mg IV once daily"),
        (LYOPHILISATE, "one patch every 7 days"),
        ("Buccastem M 3mg buccal tablets", "two puffs twice a day"),
    ],
)
def test_a_dose_line_giving_a_route_it_cannot_take_is_refused(name: str, dose: str) -> None:
    assert _issues(name, ITS_FORM[0], dose) == ["$.medicines[0].dose"]


@pytest.mark.parametrize(
    ("name", "dose"),
    [
        (SUBLINGUAL, "12 mg SL once daily, supervised"),
        (SUBLINGUAL, "12 mg PO once daily"),
        (LYOPHILISATE, "12 mg dissolved on the tongue daily"),
        ("Buccastem M 3mg buccal tablets", "one tablet buccally twice daily"),
    ],
)
def test_a_dose_line_giving_its_own_route_passes(name: str, dose: str) -> None:
    assert _issues(name, ITS_FORM[0], dose) == []


def test_a_medicine_listed_in_two_forms_is_not_judged() -> None:
    data: dict[str, Any] = complete()
    data["medicines"][0].pop("code", None)
    data["medicines"][0]["name"] = SUBLINGUAL
    data["medicines"][0]["dose"] = "12 mg once daily"
    data["medicines"].append(
        dict(data["medicines"][0], id="med-bup-patch", name="Buprenorphine 10micrograms/hour transdermal patches")
    )
    data["assessments"][0]["conclusion"] = NOT_ITS_FORM[0]
    assert [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA131"] == []


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_conclusion_is_judged_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(NOT_ITS_FORM + ITS_FORM))
    assert bool(_issues(LYOPHILISATE, data.draw(disguised(plain)))) is (plain in NOT_ITS_FORM)


def test_a_listed_depot_beside_the_sublingual_tablets_she_came_from_passes() -> None:
    text = "Buvidal 96 mg monthly continues, replacing her Subutex sublingual tablets; the ward scores the baby."
    assert _issues("Buvidal 96mg/0.27ml prolonged-release solution for injection", text, "96 mg SC monthly") == []
