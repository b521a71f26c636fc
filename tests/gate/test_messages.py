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
    "MA016": [
        (
            "$.pregnancy.stage",
            "the record is marked antenatal but gives a date of delivery (expected stage postnatal once the baby is "
            "born, or no delivery date before birth)",
        ),
    ],
    "MA006": [
        ("$.template.version", "the record's template version is not installed; its questions cannot be checked"),
    ],
    "MA007": [
        ("$.partner.nhs_number", "the partner's NHS number is the same as the mother's"),
    ],
    "MA008": [
        ("$.amendment_reason", "the record is amended and does not say what changed"),
    ],
    "MA009": [
        ("$.version", "the record is marked amended but is its first version"),
    ],
    "MA010": [
        ("$.medicines[0].last_changed", "medicine med-methadone has a last changed date in the future"),
    ],
    "MA011": [
        ("$.pregnancy.edd", "the agreed EDD is 141 days from the EDD the recorded gestation implies (at most 14)"),
    ],
    "MA012": [
        ("$.pregnancy.delivery_date", "the date of delivery is in the future"),
    ],
    "MA013": [
        (
            "$.safeguarding.child_protection_plan_ended",
            "the child protection plan is recorded as ended on a date in the future",
        ),
    ],
    "MA014": [
        ("$.mother.birth_date", "the mother's date of birth gives an age outside 10 to 60 years"),
    ],
    "MA015": [
        ("$.updated", "the record's last update is earlier than its attestation"),
    ],
    "MA017": [
        (
            "$.assessments[1].recommendations",
            "the text gives a date that does not exist in the calendar (expected a day its month has, and 29 "
            "February only in a leap year)",
        ),
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
            "the conclusion of assessment asm-methadone defers to another document or to later, or dismisses the "
            "question, and what remains does not say what the medicines mean for this mother and baby (expected "
            "at least 4 content words besides the pointer, deferral or dismissal)",
        ),
    ],
    "MA104": [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone has 1 content words (expected at least 4 besides "
            "medicine names, doses, numbers, hedges and stop words)",
        ),
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
            "assessment asm-methadone covers a medicine that can cause neonatal withdrawal, and no assessment "
            "gives an observation plan for the baby",
        ),
        (
            "$.assessments[1].impact_on_baby.neonatal_withdrawal_plan",
            "assessment asm-sertraline covers a medicine that can cause neonatal withdrawal, and no assessment "
            "gives an observation plan for the baby",
        ),
    ],
    "MA111": [
        (
            "$.assessments[0].impact_on_mother.safe_sleep",
            "assessment asm-methadone covers a sedating medicine and safe sleep advice is not recorded",
        ),
    ],
    "MA112": [
        ("$.assessments[0].impact_on_baby.breastfeeding", "assessment asm-methadone gives no breastfeeding advice"),
    ],
    "MA113": [
        (
            "$.overall_conclusion.text",
            "the overall conclusion is not recognisable language (expected at least 70% of its words to be "
            "English, medicine names or clinical abbreviations)",
        ),
    ],
    "MA114": [
        (
            "$.assessments[1].conclusion",
            "the conclusion of assessment asm-sertraline is mostly repetition (expected at least 50% of its "
            "words distinct and no word more than 50% of them)",
        ),
    ],
    "MA115": [
        (
            "$.assessments[0].recommendations",
            "the recommendations of assessment asm-methadone has 1 word mixing letters of different scripts "
            "(expected each word in one script, as typed on a UK keyboard)",
        ),
    ],
    "MA117": [
        (
            "$.medicines[2].not_of_concern_reason",
            "medicine med-emollient has no dm+d code and its name is not one medassess recognises: record its "
            "dm+d code, flag it for assessment, or give the clinician's reason it raises no perinatal concern",
        ),
    ],
    "MA118": [
        (
            "$.medicines[0].code",
            "medicine med-methadone is of concern (Opioid substitution therapy) but has no dm+d code; receiving "
            "systems look medicines up by code",
        ),
    ],
    "MA119": [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone does not name medicine med-methadone, which it covers",
        ),
    ],
    "MA120": [
        (
            "$.assessments[1].conclusion",
            "the conclusion of assessment asm-sertraline names a medicine of concern (Benzodiazepines and "
            "z-drugs) that the record's medicine list does not include",
        ),
    ],
    "MA121": [
        (
            "$.assessments[1].conclusion",
            "the conclusion of assessment asm-sertraline repeats word for word the conclusion at "
            "$.assessments[0].conclusion, which is about other medicines",
        ),
    ],
    "MA122": [
        (
            "$.assessments[1].impact_on_baby.breastfeeding",
            "assessment asm-sertraline does not answer the concern that its medicines raise: breastfeeding "
            "(expected here, or in the conclusion)",
        ),
    ],
    "MA123": [
        (
            "$.assessments[0].impact_on_mother.safe_sleep",
            "assessment asm-methadone dismisses a concern that its medicines raise instead of answering it: "
            "sedation, safe sleep and co-sleeping",
        ),
    ],
    "MA125": [
        (
            "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan",
            "assessment asm-methadone answers the concern that its medicines raise (neonatal withdrawal or adaptation) "
            "with words that say nothing of it (expected the answer itself, not that advice was given or who is "
            "aware)",
        ),
    ],
    "MA128": [
        (
            "$.safeguarding.discharge_details",
            'the baby is to be discharged to "other" but the record does not say where or with whom (expected the '
            "place and the carer in discharge_details)",
        ),
    ],
    "MA129": [
        (
            "$.assessments[1].conclusion",
            "the conclusion of assessment asm-sertraline covers only the partner's medicines and never speaks of the "
            "partner (expected the partner named as the one who takes them: he, him, his, the partner, the father "
            "or his name)",
        ),
    ],
    "MA130": [
        (
            "$.medicines[1].dose",
            "the dose line gives an amount of nothing or below zero (expected a dose above zero, or the line to say "
            "the medicine was stopped)",
        ),
    ],
    "MA131": [
        (
            "$.medicines[0].dose",
            "the dose line gives a route of administration the form in the medicine's name cannot take (expected "
            "the route its form is given by, e.g. tablets by mouth, a patch on the skin, or the name of the product "
            "she takes)",
        ),
    ],
    "MA126": [
        (
            "$.safeguarding.safe_sleep_advice_given",
            "safe sleep advice is recorded as not given, and a parent takes a sedating medicine (expected the advice "
            "given and recorded as true)",
        ),
    ],
    "MA127": [
        (
            "$.assessments[0].impact_on_mother.sedation",
            'assessment asm-methadone answers sedation "no" while its own text says otherwise '
            "(expected the coded answer to agree with the text, or the text to say plainly why not)",
        ),
    ],
    "MA124": [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone says nothing about what its medicines mean for the baby "
            "(expected the baby's care, safe sleep, feeding, withdrawal or harm in the womb)",
        ),
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
    "MA207": [
        (
            "$.assessments[0].author.registration.body",
            "the author of assessment asm-methadone is recorded as general-practitioner with a NMC registration; "
            "that role registers with GMC",
        ),
    ],
    "MA208": [
        (
            "$.assessments[0].author.registration.number",
            "the registration number of the author of assessment asm-methadone is not one the register issues",
        ),
    ],
    "MA209": [
        (
            "$.overall_conclusion.author.registration.number",
            "the registration of the author of the overall conclusion is also recorded for assessment "
            "asm-methadone under another name",
        ),
    ],
    "MA210": [
        ("$.attestation.by.role", "the attestation is by a clinician in role other, who cannot attest the record"),
    ],
    "MA211": [
        (
            "$.attestation.at",
            "the record is attested before the latest assessment or conclusion it confirms was written",
        ),
    ],
    "MA212": [
        (
            "$.assessments[0].date",
            "assessment asm-methadone is dated before this pregnancy began and is not marked as pre-conception advice",
        ),
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
    "MA307": [
        (
            "$.recipients[0].route.mailbox",
            "recipient rcp-maternity (maternity-unit) has a MESH mailbox id that cannot exist: a MESH mailbox id "
            "has letters and digits (the organisation's ODS code, then the mailbox's own part)",
        ),
    ],
    "MA308": [
        (
            "$.recipients[0].route.base_url",
            "recipient rcp-maternity (maternity-unit) has a FHIR base URL that cannot be sent to: a FHIR base "
            "URL names the server's host after https://",
        ),
    ],
    "MA309": [
        (
            "$.recipients[2].route.description",
            "recipient rcp-hv (health-visitor) has a manual route that is not an instruction: a manual route "
            "says how, to whom and when the record is handed over, not a placeholder",
        ),
    ],
    "MA310": [
        (
            "$.recipients[0].organisation.ods_code",
            "an organisation's ODS code is not well formed: an ODS code is 3 or 5 letters and digits (an "
            "organisation or site) or a letter and 5 digits (a GP practice), as ODS issues them",
        ),
    ],
    "MA401": [
        ("$.lawful_basis", "no lawful basis for sharing is recorded"),
    ],
    "MA402": [
        (
            "$.lawful_basis.justification",
            "the justification for sharing without consent is a placeholder, not a reason (expected a reason of "
            "at least 3 content words)",
        ),
    ],
    "MA311": [
        (
            "$.safeguarding.social_worker.telephone",
            "the social worker's telephone number cannot be rung: a telephone number is a UK number (0 and 9 or "
            "10 more digits, as Ofcom numbers them) or an international one (+ and the country code), and not one "
            "digit repeated",
        ),
    ],
    "MA312": [
        (
            "$.recipients[3].route.kind",
            "the recipient is a private person, and its route is an organisation's system interface (MESH, MLLP "
            "or FHIR), which cannot reach a person (expected a manual hand-over, such as a letter or a printed copy "
            "given to them)",
        ),
    ],
    "MA403": [
        ("$.lawful_basis.recorded_on", "the lawful basis for sharing is recorded on a date in the future"),
    ],
}


def test_every_rule_has_its_messages_here() -> None:
    assert set(MESSAGES) == {r.code for r in rules()}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_a_rule_says_where_and_what(code: str) -> None:
    assert code in FIXTURES
    found = [(i.path, i.message) for i in check(fixture_record(code), today=TODAY) if i.code == code]
    assert found == MESSAGES[code]
