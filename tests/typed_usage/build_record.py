"""An integrator's first record, built in code through the public API only: every name comes from ``medassess``.

tests/test_typed_api.py type-checks this file alone with ``mypy --strict`` (medassess read from its inline types)
and runs it: the record it builds must pass the share gate. Names and numbers are fictitious; 999 NHS numbers
are never issued.
"""

from __future__ import annotations

import datetime as dt

import medassess

TODAY = dt.date(2026, 3, 9)
"""The day the record is judged as of: the dates below are before it."""


def build_record() -> medassess.Record:
    """A complete antenatal record: one medicine, its written assessment, the overall conclusion, the attestation,
    the safeguarding answers, who receives it and the lawful basis."""
    practice = medassess.Organisation(ods_code="Y90001", name="Riverside Surgery")
    gp = medassess.Clinician(
        name=medassess.HumanName(prefix="Dr", given=["Priya"], family="Shah"),
        role="general-practitioner",
        registration=medassess.Registration(body="GMC", number="7012345"),
        organisation=practice,
    )
    written_on = dt.date(2026, 3, 2)
    sertraline = medassess.Medicine(
        id="med-sertraline",
        code=medassess.Coding(system=medassess.DMD_SYSTEM, code="39704111000001102", display="Sertraline 50mg tablets"),
        name="Sertraline 50mg tablets",
        dose="Two tablets (100 mg) once daily",
        started=dt.date(2025, 6, 10),
        prescriber=medassess.Prescriber(kind="gp-practice", organisation=practice),
    )
    assessment = medassess.Assessment(
        id="asm-sertraline",
        medicine_ids=[sertraline.id],
        impact_on_mother=medassess.ImpactOnMother(
            sedation="no", parenting_capacity="Mood stable on 100 mg; stopping risks relapse of depression."
        ),
        impact_on_baby=medassess.ImpactOnBaby(
            summary="Small absolute risk of persistent pulmonary hypertension of the newborn (about 3 in 1,000) and"
            " of neonatal adaptation symptoms in the first days.",
            breastfeeding="Compatible with breastfeeding.",
        ),
        recommendations="Continue sertraline 100 mg. Midwife to watch for adaptation symptoms after birth.",
        conclusion="Sertraline should continue: the risk of relapse outweighs the small risks to the baby, which the"
        " maternity team will watch for after birth.",
        author=gp,
        date=written_on,
    )
    role: medassess.RecipientRole = "maternity-unit"  # a value set named where a variable holds one
    maternity = medassess.Organisation(ods_code="Y90400", name="Hampton General Maternity Unit")
    return medassess.Record(
        record_id="c9f4b2e0-5d1a-4e8b-9a57-1f3c2d6e7a99",
        version=1,
        template=medassess.TemplateRef(id="perinatal-medication-assessment", version="1.1.0"),
        status="final",
        updated=dt.datetime(2026, 3, 2, 16, 40, tzinfo=dt.UTC),
        mother=medassess.Mother(
            nhs_number="9990001111",
            name=medassess.HumanName(given=["Jodie"], family="Marsh-Example"),
            birth_date=dt.date(1996, 8, 14),
            registered_practice=practice,
        ),
        pregnancy=medassess.Pregnancy(
            stage="antenatal",
            edd=dt.date(2026, 5, 15),
            edd_basis="ultrasound-scan",
            gestation=medassess.Gestation(weeks=29, days=2, on=written_on),
            infant_feeding="breast",
        ),
        medicines=[sertraline],
        assessments=[assessment],
        overall_conclusion=medassess.Conclusion(
            text="Continue sertraline unchanged; breastfeeding supported. The maternity team will watch for"
            " neonatal adaptation symptoms in the first days after birth.",
            author=gp,
            date=written_on,
        ),
        attestation=medassess.Attestation(by=gp, at=dt.datetime(2026, 3, 2, 16, 40, tzinfo=dt.UTC)),
        safeguarding=medassess.Safeguarding(
            child_protection_plan=False,
            care_order="none",
            looked_after=False,
            discharge_to="home-with-parents",
            safe_sleep_advice_given=True,
            sleeping_arrangements="Cot in the parents' bedroom.",
        ),
        recipients=[
            medassess.Recipient(
                id="rcp-maternity",
                role=role,
                organisation=maternity,
                route=medassess.MeshRoute(kind="mesh", mailbox="X26HC001"),
                format="fhir-json",
            ),
            medassess.Recipient(
                id="rcp-hv",
                role="health-visitor",
                organisation=medassess.Organisation(ods_code="Y90500", name="Hampton Health Visiting Service"),
                route=medassess.MeshRoute(kind="mesh", mailbox="X26HC003"),
            ),
        ],
        lawful_basis=medassess.LawfulBasis(
            basis="consent",
            justification="Discussed with the mother, who agreed to share with maternity and the health visitor.",
            recorded_on=written_on,
        ),
    )


def main() -> None:
    record = build_record()
    print(record.masked_id, "shareable:", medassess.is_shareable(record, today=TODAY))


if __name__ == "__main__":
    main()
