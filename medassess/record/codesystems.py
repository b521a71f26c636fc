"""Code system URIs used across the record, the template and every export.

dm+d: medassess emits ``https://dmd.nhs.uk``, the system HL7 UK Core's medication value set binds
(UKCore-MedicationCode), so receivers validating against UK Core see the system they expect. GP Connect and
the EPS examples carry the same ids under ``http://snomed.info/sct`` (dm+d is a SNOMED CT UK drug extension);
both are accepted on input and normalised to the UK Core one.

Local codes: a concept with no verified SNOMED CT code (see docs/local-codes.md) is coded in
``LOCAL_SYSTEM``, a code system owned by this project, so a terminologist can find and replace each one.
"""

from __future__ import annotations

SNOMED_SYSTEM = "http://snomed.info/sct"
DMD_SYSTEM = "https://dmd.nhs.uk"
DMD_SYSTEM_ALIASES = frozenset({DMD_SYSTEM, SNOMED_SYSTEM})
LOCAL_SYSTEM = "https://medassess.uk/fhir/CodeSystem/medassess-local"
SDS_JOB_ROLE_SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-SDSJobRoleName"
