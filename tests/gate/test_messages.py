"""Every rule's message and path, asserted word for word on the rule's fixture in tests/test_rules.py: a
reader of `medassess validate` is told where and what, and a change to either is a change to review here.
Messages name the record's own ids (assessment and medicine ids), never the patient."""

from __future__ import annotations

import pytest

from medassess import check, rules
from tests.test_rules import FIXTURES, TODAY, fixture_record

MESSAGES: dict[str, list[tuple[str, str]]] = {
    "MA001": [
        ("$.status", "the record's status is draft; only final or amended records are shared"),
    ],
    "MA002": [
        ("$.attestation", "the record has no attestation by a clinician"),
    ],
    "MA003": [
        (
            "$.mother.nhs_number",
            "the mother's NHS number is not valid: the NHS number fails its Modulus 11 check digit",
        ),
    ],
    "MA004": [
        ("$.pregnancy.edd", "the record is antenatal but has no agreed estimated date of delivery"),
    ],
    "MA005": [
        ("$.pregnancy.delivery_date", "the record is postnatal but has no date of delivery"),
    ],
    "MA006": [
        ("$.template.version", "the record's template version is not installed; its questions cannot be checked"),
    ],
    "MA101": [
        (
            "$.medicines[1]",
            "medicine med-sertraline needs a written assessment (Antidepressants), and no assessment covers it",
        ),
    ],
    "MA102": [
        ("$.assessments[0].conclusion", "assessment asm-methadone has no written conclusion"),
    ],
    "MA103": [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone is a placeholder, not a written conclusion",
        ),
    ],
    "MA104": [
        ("$.assessments[0].conclusion", "the conclusion of assessment asm-methadone is shorter than 40 characters"),
    ],
    "MA105": [
        (
            "$.assessments[0].impact_on_baby.summary",
            "assessment asm-methadone does not say what the medicine means for the baby",
        ),
    ],
    "MA106": [
        ("$.assessments[1].recommendations", "assessment asm-sertraline gives no recommendations"),
    ],
    "MA107": [
        ("$.overall_conclusion", "medicines need a written assessment, but the record has no overall conclusion"),
    ],
    "MA108": [
        (
            "$.assessments[0].date",
            "assessment asm-methadone is dated before medicine med-methadone was started or last changed, so it "
            "does not cover the medicine as now taken",
        ),
        (
            "$.overall_conclusion.date",
            "the overall conclusion is dated before medicine med-methadone was started or last changed, so it "
            "does not cover the medicine as now taken",
        ),
    ],
    "MA109": [
        (
            "$.pregnancy.gestation",
            "template item gestation is not answered (Gestation (weeks and days) and the date it was recorded)",
        ),
    ],
    "MA110": [
        (
            "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan",
            "assessment asm-methadone covers a medicine that can cause neonatal withdrawal, "
            "and no assessment gives an observation plan for the baby",
        ),
        (
            "$.assessments[1].impact_on_baby.neonatal_withdrawal_plan",
            "assessment asm-sertraline covers a medicine that can cause neonatal withdrawal, "
            "and no assessment gives an observation plan for the baby",
        ),
    ],
    "MA111": [
        (
            "$.assessments[0].impact_on_mother.safe_sleep",
            "assessment asm-methadone covers a sedating medicine and safe sleep advice is not recorded",
        ),
    ],
    "MA112": [
        ("$.assessments[1].impact_on_baby.breastfeeding", "assessment asm-sertraline gives no breastfeeding advice"),
    ],
    "MA201": [
        ("$.assessments[0].author.name", "the author of assessment asm-methadone is not named"),
    ],
    "MA202": [
        ("$.overall_conclusion.author.role", "the author of the overall conclusion has no clinical role"),
    ],
    "MA203": [
        (
            "$.assessments[1].author.registration",
            "the author of assessment asm-sertraline has no professional registration",
        ),
    ],
    "MA204": [
        (
            "$.assessments[0].author.registration.number",
            "the registration of the author of assessment asm-methadone is not well formed: a GMC number is 7 digits",
        ),
    ],
    "MA205": [
        ("$.assessments[0].date", "assessment asm-methadone has no date"),
    ],
    "MA206": [
        ("$.overall_conclusion.date", "the overall conclusion is dated in the future"),
    ],
    "MA301": [
        ("$.recipients", "the record is antenatal and is not shared with the maternity unit or a midwife"),
    ],
    "MA302": [
        ("$.recipients", "the record is postnatal and is not shared with the health visitor"),
    ],
    "MA303": [
        ("$.recipients", "an author is not the GP (obstetrician), and the GP does not receive the record"),
    ],
    "MA304": [
        ("$.recipients", "social care is involved, and the social worker does not receive the record"),
    ],
    "MA305": [
        ("$.recipients", "the baby goes to a placement, and no foster carer or placement provider receives the record"),
    ],
    "MA306": [
        ("$.recipients[2].route", "recipient rcp-hv (health-visitor) has no route to receive the record"),
    ],
    "MA401": [
        ("$.lawful_basis", "no lawful basis for sharing is recorded"),
    ],
    "MA402": [
        ("$.lawful_basis.justification", "sharing without consent is recorded without a justification"),
    ],
}


def test_every_rule_has_its_messages_here() -> None:
    assert set(MESSAGES) == {r.code for r in rules()}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_a_rule_says_where_and_what(code: str) -> None:
    assert code in FIXTURES
    found = [(i.path, i.message) for i in check(fixture_record(code), today=TODAY) if i.code == code]
    assert found == MESSAGES[code]
