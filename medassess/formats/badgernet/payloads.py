"""The BadgerNet Spine style payloads as files: the ``$find-pregnancy`` Parameters and the pregnancy write.

These are the writers the format registry names for ``badgernet-find`` and ``badgernet-write``. Neither is a
payload a recipient is sent: writing to a pregnancy record is a live exchange (find the pregnancy, then
write against the Patient the maternity system answered with), so ``share`` never makes them; ``export``
writes them for an integrator, a test harness or an engine that carries the exchange. Both are made only
from a record that has passed the share gate, like every other payload.

The write needs the pregnancy's Patient logical id, which only the maternity system's answer to the find
gives: :func:`found_pregnancy_id` reads it from that answer (saved as a file) and checks the answer is about
this record's mother before anything is written against it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import orjson

from ...core.exceptions import ConfigurationError, ReadError
from ...core.limits import Limits, parse_json
from ...gate.settings import GateSettings
from ...record.identifiers import NHS_NUMBER_SYSTEM
from ...record.model import Record
from .pregnancy import find_pregnancy_parameters, pregnancy_patient_id, pregnancy_write_payload

if TYPE_CHECKING:
    from ...gate.engine import Shareable

__all__ = ["BREAK_GLASS_REASON", "dumps", "find_pregnancy_json", "found_pregnancy_id", "pregnancy_write_json"]

BREAK_GLASS_REASON = "Perinatal medication assessment shared by the registered GP practice"
"""The break-glass reason a ``$find-pregnancy`` request carries unless the caller gives its own: why a GP
practice, not a stakeholder of the pregnancy, looks it up. The maternity system stores it in the record."""


def dumps(data: Mapping[str, Any]) -> bytes:
    """Canonical bytes, as the FHIR JSON export writes them: UTF-8 JSON, 2-space indent, newline-terminated."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"


def _unaddressed(recipient: str | None, name: str) -> None:
    if recipient is not None:
        raise ConfigurationError(
            f"a {name} is made for the maternity system's pregnancy record, not addressed to a recipient",
            path="recipient",
        )


def find_pregnancy_json(
    subject: Shareable | Record,
    *,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
    recipient: str | None = None,
    break_glass_reason: str = BREAK_GLASS_REASON,
) -> bytes:
    """The ``$find-pregnancy`` Parameters (:func:`find_pregnancy_parameters`) for a record that has passed the
    share gate (a ``Shareable`` as it is, a ``Record`` judged once): a pregnancy is looked up only to write
    an assessment that may be shared to it."""
    from ...gate.engine import passed

    _unaddressed(recipient, "pregnancy lookup")
    shareable = passed(subject, today=today, settings=settings)
    return dumps(find_pregnancy_parameters(shareable.record, break_glass_reason))


def pregnancy_write_json(
    subject: Shareable | Record,
    *,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
    recipient: str | None = None,
    pregnancy_patient_id: str | None = None,
) -> bytes:
    """The transaction Bundle writing the assessment against the pregnancy Patient ``pregnancy_patient_id``
    (:func:`pregnancy_write_payload`), for a record that has passed the share gate. Without the id there is
    nothing to write against: a located ConfigurationError, after the gate has judged the record."""
    from ...gate.engine import passed

    _unaddressed(recipient, "pregnancy write")
    shareable = passed(subject, today=today, settings=settings)
    if pregnancy_patient_id is None:
        raise ConfigurationError(
            "a pregnancy write needs the pregnancy's Patient id, from the maternity system's answer to the find",
            path="pregnancy_patient_id",
        )
    return dumps(pregnancy_write_payload(shareable, pregnancy_patient_id))


def found_pregnancy_id(content: bytes, record: Record, *, source: str, limits: Limits | None = None) -> str:
    """The pregnancy Patient's logical id from a saved answer to ``$find-pregnancy`` (a Bundle), after checking
    the answer is about this record's mother.

    The answer must hold exactly one Patient (:func:`pregnancy_patient_id`), that Patient must carry the
    mother's NHS number, and a date of birth it gives must be hers: an answer about someone else, saved
    beside the wrong record, is refused rather than written to. Every refusal is a located ReadError that
    quotes nothing from the answer.
    """
    try:
        found = parse_json(content, limits or Limits.from_environment(), source=source, error=ReadError, bundle=True)
    except orjson.JSONDecodeError:
        raise ReadError("is not JSON: expected the maternity system's answer to the find", source=source) from None
    if not isinstance(found, dict) or found.get("resourceType") != "Bundle":
        raise ReadError("expected a FHIR Bundle: the answer to $find-pregnancy", source=source, path="resourceType")
    try:
        logical_id = pregnancy_patient_id(found)
    except ReadError as exc:
        raise ReadError(exc.message, source=source, path=exc.path) from None
    patient = next(
        entry["resource"]
        for entry in found.get("entry") or []
        if isinstance(entry, dict)
        and isinstance(entry.get("resource"), dict)
        and entry["resource"].get("resourceType") == "Patient"
    )
    numbers = [
        i.get("value")
        for i in patient.get("identifier") or []
        if isinstance(i, dict) and i.get("system") == NHS_NUMBER_SYSTEM
    ]
    if numbers != [record.mother.nhs_number]:
        raise ReadError(
            "the pregnancy Patient must carry this record's mother's NHS number, and no other",
            source=source,
            path="Bundle.entry.resource.identifier",
        )
    birth_date = patient.get("birthDate")
    if birth_date is not None and birth_date != record.mother.birth_date.isoformat():
        raise ReadError(
            "the pregnancy Patient's birthDate is not this record's mother's",
            source=source,
            path="Bundle.entry.resource.birthDate",
        )
    return logical_id
