"""The share gate's rule catalogue: every rule documented, every rule triggered by a fixture, the complete
example clean, the failing examples failing exactly as the manifest says, and the OperationOutcome valid."""

from __future__ import annotations

import copy
import datetime as dt
import json
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

import medassess.gate.rules.conclusions
from medassess import (
    GateSettings,
    Record,
    Rule,
    Template,
    check,
    get_rule,
    get_template,
    is_shareable,
    load_record,
    operation_outcome,
    record_from_data,
    rules,
    template_versions,
)
from medassess.gate.catalogue import catalogue_markdown
from medassess.gate.facts import RecordFacts, is_placeholder
from medassess.gate.registry import DOC_SECTIONS, GateContext, Issue
from medassess.gate.rules.conclusions import _ITEMS_WITH_THEIR_OWN_RULE
from medassess.gate.settings import shipped_settings
from tests.peers import assert_peer_valid

ROOT = Path(__file__).resolve().parent.parent
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
FAIL = ROOT / "examples" / "fail"
TODAY = dt.date(2026, 3, 10)

Data = dict[str, Any]


def complete() -> Data:
    data: Data = json.loads(COMPLETE.read_text(encoding="utf-8"))
    return data


def checked(record: Record) -> list[Issue]:
    """The gate's issues."""
    return check(record, today=TODAY)


def errors(record: Record, today: dt.date | None = TODAY) -> set[str]:
    return {i.code for i in check(record, today=today) if i.severity == "error"}


# ------------------------------------------------------------------------------------------------------------
# One fixture per rule: a change to the complete example that triggers it, and the path it must name.


def _locate(data: Data, dotted: str) -> tuple[Any, Any]:
    """The container and key a dotted path with list indexes names, e.g. assessments.0.author.name."""
    node: Any = data
    *parents, last = dotted.split(".")
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, int(last) if isinstance(node, list) else last


def _drop(dotted: str) -> Callable[[Data], None]:
    def edit(data: Data) -> None:
        node, key = _locate(data, dotted)
        del node[key]

    return edit


def _set(dotted: str, value: Any) -> Callable[[Data], None]:
    def edit(data: Data) -> None:
        node, key = _locate(data, dotted)
        node[key] = value

    return edit


def _append(dotted: str, value: Any) -> Callable[[Data], None]:
    def edit(data: Data) -> None:
        container, key = _locate(data, dotted)
        container[key].append(value)

    return edit


def _copy(source: str, target: str) -> Callable[[Data], None]:
    def edit(data: Data) -> None:
        node, key = _locate(data, source)
        _set(target, node[key])(data)

    return edit


def _each(*edits: Callable[[Data], None]) -> Callable[[Data], None]:
    def edit(data: Data) -> None:
        for e in edits:
            e(data)

    return edit


def _keep_recipients(*roles: str) -> Callable[[Data], None]:
    def edit(data: Data) -> None:
        data["recipients"] = [r for r in data["recipients"] if r["role"] in roles]

    return edit


_POSTNATAL = _each(
    _set("pregnancy", {"stage": "postnatal", "delivery_date": "2026-03-04", "infant_feeding": "breast"}),
)

_SPECIALIST_RECORD = _each(
    *(
        edit
        for who in ("assessments.0.author", "overall_conclusion.author", "attestation.by")
        for edit in (
            _set(f"{who}.role", "obstetrician"),
            _set(f"{who}.organisation", {"ods_code": "Y90400", "name": "Hampton General Maternity Unit"}),
        )
    )
)

FIXTURES: dict[str, tuple[Callable[[Data], None], str]] = {
    "MA001": (_set("status", "draft"), "$.status"),
    "MA002": (_drop("attestation"), "$.attestation"),
    "MA003": (_set("mother.nhs_number", "9990001112"), "$.mother.nhs_number"),
    "MA004": (_drop("pregnancy.edd"), "$.pregnancy.edd"),
    "MA005": (_set("pregnancy", {"stage": "postnatal"}), "$.pregnancy.delivery_date"),
    "MA016": (_set("pregnancy.delivery_date", "2026-03-05"), "$.pregnancy.stage"),
    "MA006": (_set("template.version", "9.9.9"), "$.template.version"),
    "MA007": (_set("partner", {"nhs_number": "9990001111"}), "$.partner.nhs_number"),
    "MA008": (_each(_set("status", "amended"), _set("version", 2)), "$.amendment_reason"),
    "MA009": (
        _each(_set("status", "amended"), _set("amendment_reason", "Methadone increased to 70 mg; plan reviewed.")),
        "$.version",
    ),
    "MA010": (_set("medicines.0.last_changed", "2026-03-20"), "$.medicines[0].last_changed"),
    "MA011": (_set("pregnancy.gestation", {"weeks": 9, "days": 2, "on": "2026-03-02"}), "$.pregnancy.edd"),
    "MA012": (
        _set("pregnancy", {"stage": "postnatal", "delivery_date": "2026-03-20", "infant_feeding": "breast"}),
        "$.pregnancy.delivery_date",
    ),
    "MA013": (
        _set("safeguarding.child_protection_plan_ended", "2026-04-01"),
        "$.safeguarding.child_protection_plan_ended",
    ),
    "MA014": (_set("mother.birth_date", "2019-08-14"), "$.mother.birth_date"),
    "MA015": (_set("updated", "2026-02-01T09:00:00+00:00"), "$.updated"),
    "MA017": (
        _set("assessments.1.recommendations", "Continue sertraline; the GP reviews her mood on 31/09/2026."),
        "$.assessments[1].recommendations",
    ),
    "MA101": (_drop("assessments.1"), "$.medicines[1]"),
    "MA102": (_drop("assessments.0.conclusion"), "$.assessments[0].conclusion"),
    "MA103": (_set("assessments.0.conclusion", "See letter from drug service."), "$.assessments[0].conclusion"),
    "MA104": (_set("assessments.0.conclusion", "Continue methadone."), "$.assessments[0].conclusion"),
    "MA105": (_drop("assessments.0.impact_on_baby.summary"), "$.assessments[0].impact_on_baby.summary"),
    "MA106": (_set("assessments.1.recommendations", "Nil."), "$.assessments[1].recommendations"),
    "MA107": (_drop("overall_conclusion"), "$.overall_conclusion"),
    "MA108": (_set("medicines.0.last_changed", "2026-03-05"), "$.assessments[0].date"),
    "MA109": (_drop("pregnancy.gestation"), "$.pregnancy.gestation"),
    "MA110": (
        _drop("assessments.0.impact_on_baby.neonatal_withdrawal_plan"),
        "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan",
    ),
    "MA111": (
        _each(_drop("assessments.0.impact_on_mother.safe_sleep"), _drop("safeguarding.safe_sleep_advice_given")),
        "$.assessments[0].impact_on_mother.safe_sleep",
    ),
    # Answered in the conclusion ("breastfeeding is supported"), so only the coded item is missing; with nothing
    # at all on breastfeeding MA122 refuses instead.
    "MA112": (_drop("assessments.0.impact_on_baby.breastfeeding"), "$.assessments[0].impact_on_baby.breastfeeding"),
    "MA113": (
        _set("overall_conclusion.text", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod."),
        "$.overall_conclusion.text",
    ),
    "MA114": (
        _set("assessments.1.conclusion", "Baby to be observed. Baby to be observed. Baby to be observed."),
        "$.assessments[1].conclusion",
    ),
    "MA115": (
        _set("assessments.0.recommendations", "Do not stop m\u0435thadone without the drug service."),
        "$.assessments[0].recommendations",
    ),
    "MA117": (
        _append("medicines", {"id": "med-emollient", "name": "Doublebase gel"}),
        "$.medicines[2].not_of_concern_reason",
    ),
    "MA118": (
        _each(_drop("medicines.0.code"), _set("medicines.0.name", "Physeptone 1mg/ml oral solution")),
        "$.medicines[0].code",
    ),
    "MA119": (
        _set(
            "assessments.0.conclusion",
            "Continue the current dose through pregnancy. The baby is likely to need observation for neonatal "
            "withdrawal; no co-sleeping.",
        ),
        "$.assessments[0].conclusion",
    ),
    "MA120": (
        _set(
            "assessments.1.conclusion",
            "Sertraline should continue alongside diazepam at night; the maternity team will watch the baby "
            "after birth.",
        ),
        "$.assessments[1].conclusion",
    ),
    "MA121": (_copy("assessments.0.conclusion", "assessments.1.conclusion"), "$.assessments[1].conclusion"),
    "MA122": (_drop("assessments.1.impact_on_baby.breastfeeding"), "$.assessments[1].impact_on_baby.breastfeeding"),
    "MA123": (
        _set("assessments.0.impact_on_mother.safe_sleep", "Not applicable."),
        "$.assessments[0].impact_on_mother.safe_sleep",
    ),
    "MA125": (
        _set("assessments.0.impact_on_baby.neonatal_withdrawal_plan", "As per guideline."),
        "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan",
    ),
    "MA126": (_set("safeguarding.safe_sleep_advice_given", False), "$.safeguarding.safe_sleep_advice_given"),
    "MA127": (_set("assessments.0.impact_on_mother.sedation", "no"), "$.assessments[0].impact_on_mother.sedation"),
    "MA128": (_each(_POSTNATAL, _set("safeguarding.discharge_to", "other")), "$.safeguarding.discharge_details"),
    # The sertraline made the father's: its conclusion still speaks only of her relapse and the baby.
    "MA129": (
        _each(_set("partner", {"relationship": "The baby's father"}), _set("medicines.1.taken_by", "partner")),
        "$.assessments[1].conclusion",
    ),
    # A minus sign (U+2212) before the sertraline's dose.
    "MA130": (_set("medicines.1.dose", "\u221250 mg each morning"), "$.medicines[1].dose"),
    # The methadone oral solution given into a vein.
    "MA131": (_set("medicines.0.dose", "60 mg (60 ml) IV once daily, supervised"), "$.medicines[0].dose"),
    "MA124": (
        _set(
            "assessments.0.conclusion",
            "Methadone 60 mg daily continues unchanged under the drug service, with supervised consumption and a "
            "monthly review of her dose.",
        ),
        "$.assessments[0].conclusion",
    ),
    "MA201": (_drop("assessments.0.author.name"), "$.assessments[0].author.name"),
    "MA202": (_drop("overall_conclusion.author.role"), "$.overall_conclusion.author.role"),
    "MA203": (_drop("assessments.1.author.registration"), "$.assessments[1].author.registration"),
    "MA204": (_set("assessments.0.author.registration.number", "70123"), "$.assessments[0].author.registration.number"),
    "MA205": (_drop("assessments.0.date"), "$.assessments[0].date"),
    "MA206": (_set("overall_conclusion.date", "2026-03-20"), "$.overall_conclusion.date"),
    "MA207": (
        _set("assessments.0.author.registration", {"body": "NMC", "number": "12A3456B"}),
        "$.assessments[0].author.registration.body",
    ),
    "MA208": (
        _set("assessments.0.author.registration.number", "0000000"),
        "$.assessments[0].author.registration.number",
    ),
    "MA209": (
        _set("overall_conclusion.author.name", {"given": ["Owen"], "family": "Pritchard"}),
        "$.overall_conclusion.author.registration.number",
    ),
    "MA210": (_set("attestation.by.role", "other"), "$.attestation.by.role"),
    "MA211": (_set("attestation.at", "2026-03-01T10:00:00+00:00"), "$.attestation.at"),
    "MA212": (_set("assessments.0.date", "2025-03-02"), "$.assessments[0].date"),
    "MA301": (_keep_recipients("health-visitor", "social-worker"), "$.recipients"),
    "MA302": (_each(_POSTNATAL, _keep_recipients("maternity-unit", "social-worker")), "$.recipients"),
    "MA303": (_SPECIALIST_RECORD, "$.recipients"),
    "MA304": (_keep_recipients("maternity-unit", "midwife", "health-visitor"), "$.recipients"),
    "MA305": (_set("safeguarding.discharge_to", "parent-and-baby-foster-placement"), "$.recipients"),
    "MA306": (_drop("recipients.2.route"), "$.recipients[2].route"),
    "MA307": (_set("recipients.0.route", {"kind": "mesh", "mailbox": "XXXXXXXX"}), "$.recipients[0].route.mailbox"),
    "MA308": (_set("recipients.0.route", {"kind": "fhir", "base_url": "https://"}), "$.recipients[0].route.base_url"),
    "MA309": (
        _set("recipients.2.route", {"kind": "manual", "description": "tbc"}),
        "$.recipients[2].route.description",
    ),
    "MA310": (_set("recipients.0.organisation.ods_code", "XXXXXX"), "$.recipients[0].organisation.ods_code"),
    "MA401": (_drop("lawful_basis"), "$.lawful_basis"),
    "MA402": (
        _set(
            "lawful_basis",
            {"basis": "safeguarding-without-consent", "recorded_on": "2026-03-02", "justification": "Yes."},
        ),
        "$.lawful_basis.justification",
    ),
    "MA311": (_set("safeguarding.social_worker.telephone", "00000 000000"), "$.safeguarding.social_worker.telephone"),
    "MA312": (_set("recipients.3.role", "foster-carer"), "$.recipients[3].route.kind"),
    "MA403": (_set("lawful_basis.recorded_on", "2026-03-20"), "$.lawful_basis.recorded_on"),
}


def fixture_record(code: str) -> Record:
    edit, _ = FIXTURES[code]
    data = complete()
    edit(data)
    # Record.model_validate, not record_from_data: MA006's fixture is a template version no loader accepts,
    # which a caller building records in memory can still produce.
    return Record.model_validate(data)


@pytest.mark.parametrize("r", rules(), ids=lambda r: r.code)
def test_every_rule_is_documented(r: Rule) -> None:
    sections = r.doc_sections()
    assert list(sections) == list(DOC_SECTIONS), f"{r.code} docstring sections: {list(sections)}"
    assert all(sections.values()), f"{r.code} has an empty documentation section"
    assert r.summary.strip() and r.summary.endswith(".")


@pytest.mark.parametrize("r", rules(), ids=lambda r: r.code)
def test_every_rule_has_a_fixture_that_triggers_it(r: Rule) -> None:
    assert r.code in FIXTURES, f"{r.code} {r.name} has no fixture in tests/test_rules.py FIXTURES"
    _, path = FIXTURES[r.code]
    found = [i for i in check(fixture_record(r.code), today=TODAY) if i.code == r.code]
    assert found, f"{r.code} did not fire on its fixture"
    assert path in {i.path for i in found}
    assert all(i.severity == r.severity and i.name == r.name for i in found)


def test_fixtures_name_only_registered_rules() -> None:
    assert set(FIXTURES) == {r.code for r in rules()}


def test_codes_and_names_are_unique_and_in_their_ranges() -> None:
    catalogue = rules()
    assert len({r.name for r in catalogue}) == len(catalogue)
    # MA0xx record, MA1xx assessments, MA2xx authorship, MA3xx recipients, MA4xx lawful basis.
    assert {r.code[:3] for r in catalogue} <= {"MA0", "MA1", "MA2", "MA3", "MA4"}


def test_complete_example_has_no_issues() -> None:
    assert check(load_record(COMPLETE), today=TODAY) == []


def test_every_passing_example_is_shareable(passing_examples: list[Path]) -> None:
    refused = {p.name: errors(load_record(p), today=None) for p in passing_examples}
    assert {name: codes for name, codes in refused.items() if codes} == {}


def test_messages_carry_no_patient_data() -> None:
    data = complete()
    for code in FIXTURES:
        for issue in check(fixture_record(code), today=TODAY):
            text = issue.message
            assert data["mother"]["nhs_number"] not in text and "9990001112" not in text
            assert "Shah" not in text and "Marsh-Example" not in text and "Jodie" not in text
            assert "drug service" not in text.casefold()


# ------------------------------------------------------------------------------------------------------------
# Behaviour beyond the single fixture.


def test_nothing_concerning_postnatal_record_needs_no_assessment() -> None:
    """Scenario 5: paracetamol and a laxative only; the gate demands no assessment or conclusion."""
    data = complete()
    _POSTNATAL(data)
    data["attestation"]["at"] = data["updated"] = "2026-03-05T10:00:00+00:00"  # after the delivery on 2026-03-04
    data["medicines"] = [
        {"id": "med-paracetamol", "name": "Paracetamol 500mg tablets", "dose": "1 g up to four times a day"},
        {"id": "med-lactulose", "name": "Lactulose 3.35g/5ml oral solution", "dose": "15 ml twice a day"},
    ]
    data["assessments"] = []
    del data["overall_conclusion"]
    assert check(record_from_data(data), today=TODAY) == []


def test_partner_medicine_needing_assessment_counts_like_the_mothers() -> None:
    data = complete()
    data["partner"] = {"relationship": "partner"}
    data["medicines"].append(
        {
            "id": "med-partner-diazepam",
            "code": {"system": "https://dmd.nhs.uk", "code": "42128311000001104", "display": "Diazepam 5mg tablets"},
            "name": "Diazepam 5mg tablets",
            "taken_by": "partner",
        }
    )
    issues = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA101"]
    assert [(i.path, "med-partner-diazepam" in i.message) for i in issues] == [("$.medicines[2]", True)]


def test_a_partners_medicine_raises_safe_sleep_but_not_exposure_concerns() -> None:
    """The baby is not exposed to the partner's medicine in the womb or through breast milk."""
    data = complete()
    data["partner"] = {"relationship": "partner"}
    data["medicines"].append(
        {
            "id": "med-partner-diazepam",
            "code": {"system": "https://dmd.nhs.uk", "code": "42128311000001104", "display": "Diazepam 5mg tablets"},
            "name": "Diazepam 5mg tablets",
            "taken_by": "partner",
        }
    )
    assessment = copy.deepcopy(data["assessments"][0])
    assessment.update(
        id="asm-partner",
        medicine_ids=["med-partner-diazepam"],
        impact_on_mother={"sedation": "yes"},
        conclusion="His diazepam at night sedates him: he must not share a bed or sofa with the baby, and the "
        "mother does the night feeds.",
    )
    assessment["impact_on_baby"] = {
        "summary": "Sedation after his dose puts the baby at risk if he shares a bed or sofa."
    }
    # Its own conclusion: the methadone one pasted here would be a copy (MA121).
    assessment["conclusion"] = (
        "His diazepam makes him drowsy for hours after each dose: no bed or sofa sharing with the baby, and no "
        "night feeds by him after a dose."
    )
    data["assessments"].append(assessment)
    data["safeguarding"]["safe_sleep_advice_given"] = None
    issues = {(i.code, i.path) for i in check(record_from_data(data), today=TODAY) if "[2]" in i.path}
    # Only safe sleep is asked of his medicine (no withdrawal plan, no breastfeeding advice), and it is asked in
    # its own item: the conclusion's "no bed or sofa sharing" does not stand in for it (mappings/concerns.toml).
    assert issues == {("MA122", "$.assessments[2].impact_on_mother.safe_sleep")}
    assessment["impact_on_mother"]["safe_sleep"] = "He sleeps apart from the baby on the nights he takes diazepam."
    issues = {(i.code, i.path) for i in check(record_from_data(data), today=TODAY) if "[2]" in i.path}
    assert issues == set()


def test_conclusion_written_before_a_medicine_started_does_not_cover_it() -> None:
    data = complete()
    data["medicines"][1]["started"] = "2026-03-04"
    data["medicines"][1]["last_changed"] = None
    paths = {i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA108"}
    assert paths == {"$.assessments[1].date", "$.overall_conclusion.date"}


def test_assessment_on_the_day_of_the_change_covers_it() -> None:
    data = complete()
    data["medicines"][0]["last_changed"] = "2026-03-02"
    assert "MA108" not in errors(record_from_data(data))


def test_no_gp_recipient_needed_when_the_gp_wrote_everything() -> None:
    assert "MA303" not in errors(load_record(COMPLETE))


def test_gp_recipient_satisfies_a_specialist_author() -> None:
    data = complete()
    _SPECIALIST_RECORD(data)
    data["recipients"].append({"id": "rcp-gp", "role": "gp", "route": {"kind": "mesh", "mailbox": "Y90001GP"}})
    assert "MA303" not in errors(record_from_data(data))


@pytest.mark.parametrize("gp_part", ["overall_conclusion.author", "attestation.by"])
def test_a_gp_who_concluded_or_attested_already_holds_the_record(gp_part: str) -> None:
    data = complete()
    _SPECIALIST_RECORD(data)
    _set(f"{gp_part}.role", "general-practitioner")(data)
    assert "MA303" not in errors(record_from_data(data))


def test_a_midwife_recipient_covers_maternity() -> None:
    data = complete()
    _keep_recipients("midwife", "health-visitor", "social-worker")(data)
    assert "MA301" not in errors(record_from_data(data))


def test_a_placement_provider_covers_the_placement() -> None:
    data = complete()
    data["safeguarding"]["discharge_to"] = "foster-carer"
    data["recipients"].append(
        {
            "id": "rcp-placement",
            "role": "placement-provider",
            "route": {"kind": "manual", "description": "Letter at discharge"},
        }
    )
    assert "MA305" not in errors(record_from_data(data))


def test_social_care_counts_as_involved_after_a_plan_ends_at_a_care_order() -> None:
    data = complete()
    data["safeguarding"].update(
        {"child_protection_plan": False, "child_protection_plan_ended": "2026-03-01", "care_order": "interim"}
    )
    _keep_recipients("maternity-unit", "midwife", "health-visitor")(data)
    assert "MA304" in errors(record_from_data(data))


def test_safe_sleep_advice_recorded_in_safeguarding_is_enough() -> None:
    data = complete()
    del data["assessments"][0]["impact_on_mother"]["safe_sleep"]
    assert "MA111" not in {i.code for i in check(record_from_data(data), today=TODAY)}


def test_template_item_missing_names_the_unanswered_question() -> None:
    data = complete()
    del data["safeguarding"]["social_worker"]
    issues = [(i.code, i.path) for i in checked(record_from_data(data))]
    assert issues == [("MA109", "$.safeguarding.social_worker")]


def test_template_item_missing_checks_each_assessment_against_its_template(monkeypatch: pytest.MonkeyPatch) -> None:
    text = get_template(version="1.1.0").model_dump_json()
    raw = json.loads(text)
    for section in raw["sections"]:
        for item in section["items"]:
            if item["id"] == "sedation":
                item["required_when"] = "needs-assessment"
    stricter = Template.model_validate(raw)
    monkeypatch.setattr(medassess.gate.rules.conclusions, "get_template", lambda *_: stricter)
    data = complete()
    del data["assessments"][1]["impact_on_mother"]["sedation"]
    issues = [(i.code, i.path) for i in checked(record_from_data(data))]
    assert issues == [("MA109", "$.assessments[1].impact_on_mother.sedation")]


def test_items_left_to_their_own_rule_exist_and_so_do_the_rules() -> None:
    item_ids = {item.id for version in template_versions() for _, item in get_template(version=version).items()}
    assert set(_ITEMS_WITH_THEIR_OWN_RULE) <= item_ids
    for code in _ITEMS_WITH_THEIR_OWN_RULE.values():
        get_rule(code)


def test_concern_rules_are_warnings_and_do_not_block() -> None:
    record = fixture_record("MA110")
    issues = checked(record)
    assert {(i.code, i.severity) for i in issues} == {("MA110", "warning")}
    assert is_shareable(record, today=TODAY)


def test_a_placeholder_is_not_also_too_short_and_blank_is_missing() -> None:
    assert errors(fixture_record("MA103")) == {"MA103"}
    data = complete()
    data["assessments"][0]["conclusion"] = "   "
    assert errors(record_from_data(data)) == {"MA102"}


def test_an_impact_on_baby_placeholder_counts_as_missing() -> None:
    data = complete()
    data["assessments"][1]["impact_on_baby"]["summary"] = "N/A"
    assert errors(record_from_data(data)) == {"MA105"}


def test_an_optional_assessment_is_still_checked_for_what_it_says() -> None:
    data = complete()
    data["medicines"].append({"id": "med-paracetamol", "name": "Paracetamol 500mg tablets"})
    data["assessments"].append(
        {"id": "asm-paracetamol", "medicine_ids": ["med-paracetamol"], "conclusion": "see notes"}
    )
    issues = [(i.code, i.path) for i in checked(record_from_data(data))]
    assert issues == [("MA103", "$.assessments[2].conclusion")]


def test_overall_conclusion_text_is_checked_like_an_assessment_conclusion() -> None:
    data = complete()
    data["overall_conclusion"]["text"] = "As above."
    assert [(i.code, i.path) for i in checked(record_from_data(data))] == [("MA103", "$.overall_conclusion.text")]


def test_minimum_conclusion_words_are_configurable() -> None:
    record = load_record(COMPLETE)
    strict = GateSettings(min_conclusion_words=1_000, placeholders=shipped_settings().placeholders)
    paths = {i.path for i in check(record, today=TODAY, settings=strict) if i.code == "MA104"}
    assert paths == {"$.assessments[0].conclusion", "$.assessments[1].conclusion", "$.overall_conclusion.text"}


def test_minimum_counts_distinct_content_words_not_characters() -> None:
    settings = GateSettings(min_conclusion_words=3, min_specific_words=0)
    rule = get_rule("conclusion-too-short")

    def paths(conclusion: str) -> list[str]:
        data = complete()
        data["assessments"][0]["conclusion"] = conclusion
        record = record_from_data(data)
        context = GateContext(today=TODAY, settings=settings, facts=RecordFacts(record))
        return [p.path for p in rule.function(record, context)]

    # Long, but only a medicine, a dose, stop words and one content word.
    assert paths("   Methadone 60 mg (60 ml) oral solution once daily is to continue   ") == [
        "$.assessments[0].conclusion"
    ]
    # One below the threshold, and at it.
    assert paths("Continue methadone; observe methadone.") == ["$.assessments[0].conclusion"]
    assert paths("Continue methadone; observe baby.") == []


@pytest.mark.parametrize(
    "text",
    [
        "see letter",
        "See letter.",
        "SEE LETTER FROM DRUG SERVICE",
        "see  letter\nfrom the drug service",
        "N/A",
        "n/a.",
        "Nil",
        "TBC",
        "-",
        "As discussed",
        "as above",
        "As per letter!",
        "  ?  ",
    ],
)
def test_placeholders(text: str) -> None:
    assert is_placeholder(text, shipped_settings())


@pytest.mark.parametrize(
    "text",
    [
        "Seen by the drug service; continue methadone 60 mg and observe the baby for withdrawal for 72 hours.",
        "No co-sleeping: sedation after each dose means the baby sleeps in his own cot.",
        "Nil by mouth is not relevant here; continue lithium and check the baby's level after birth.",
    ],
)
def test_not_placeholders(text: str) -> None:
    assert not is_placeholder(text, shipped_settings())


def test_placeholder_phrases_are_data() -> None:
    settings = GateSettings(placeholders=("awaiting the consultant",))
    assert is_placeholder("Awaiting the consultant.", settings)
    # "xxx" is a cell still to be written wherever it stands (hollow-phrases.toml), so the site's own list is shown
    # by a word only the shipped placeholder list holds.
    assert not is_placeholder("ditto", settings)
    assert is_placeholder("ditto", shipped_settings())


# ------------------------------------------------------------------------------------------------------------
# The failing examples, each with exactly the errors examples/expected.toml lists. They are checked against the
# real date, as `medassess validate` and the demo run them: their dates are in the past except where a future
# date is the point (2099).

MANIFEST: dict[str, list[str]] = {
    name: entry["codes"]
    for name, entry in tomllib.loads((ROOT / "examples" / "expected.toml").read_text(encoding="utf-8"))["fail"].items()
}


def test_manifest_lists_every_failing_example() -> None:
    assert sorted(MANIFEST) == sorted(p.name for p in FAIL.glob("*.json"))


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_failing_example_produces_exactly_the_expected_errors(name: str) -> None:
    record = load_record(FAIL / name)
    assert errors(record, today=None) == set(MANIFEST[name])
    assert MANIFEST[name], "a failing example must fail"


def test_failing_examples_between_them_show_every_common_mistake() -> None:
    shown = set().union(*map(set, MANIFEST.values()))
    assert {"MA101", "MA102", "MA103", "MA105", "MA108", "MA203", "MA206", "MA304", "MA305", "MA306"} <= shown


# ------------------------------------------------------------------------------------------------------------
# Results as a FHIR OperationOutcome.


def test_operation_outcome_passes_the_peer_validators(tmp_path: Path) -> None:
    outcomes = {
        "clean.json": operation_outcome(check(load_record(COMPLETE), today=TODAY)),
        "warning.json": operation_outcome(check(fixture_record("MA110"), today=TODAY)),
    }
    for name in sorted(MANIFEST):
        outcomes[name] = operation_outcome(check(load_record(FAIL / name)))
    paths = []
    for name, outcome in outcomes.items():
        path = tmp_path / name
        path.write_bytes(orjson.dumps(outcome))
        paths.append(path)
    assert len(outcomes["clean.json"]["issue"]) == 1
    assert {i["severity"] for i in outcomes["warning.json"]["issue"]} == {"warning"}
    assert_peer_valid("fhir-validate", paths)
    assert_peer_valid("fhir-schema-validate", paths)


# ------------------------------------------------------------------------------------------------------------
# docs/rules.md is generated from the registry.


def test_rules_doc_is_up_to_date() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == catalogue_markdown(), "docs/rules.md is out of date: run `python -m medassess.gate.catalogue`"


def test_rules_doc_shows_every_rule_with_its_sections() -> None:
    text = catalogue_markdown()
    for r in rules():
        assert f"{r.code} {r.name}" in text
    assert text.count("Why it matters") == len(rules())
