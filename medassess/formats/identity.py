"""Message identities: stable and unique per record version and recipient, so a receiver can drop duplicates.

Every payload medassess delivers carries identities made from the record id, the record version, the
recipient id and the format (or transport) only. Nothing else in the record goes in, so editing another
recipient's route, or anything else without a new version, changes none of them; a resend of a delivery
carries exactly the identities of the first send; and two recipients of one record version never share one.

=====================  ==========================================================================
transport / format     identity
=====================  ==========================================================================
MESH (any format)      ``Mex-LocalID``: ``<record_id>-v<version>-<recipient_id>`` (:func:`mesh_local_id`),
                       also the ledger's ``local_id`` for every transport
HL7 v2 (MLLP or MESH)  MSH-10: 20 upper-case hex digits of SHA-256 over ``medassess-msh10``, the record id,
                       the version, the recipient id and ``hl7v2``, separated by U+001F
                       (:func:`hl7v2_control_id`)
FHIR (REST or MESH)    ``Bundle.identifier``: system ``https://medassess.uk/Id/record-document``, value
                       ``<record_id>-v<version>/<recipient_id>`` (:func:`document_identifier`); and
                       ``Bundle.id`` a UUID (version 5) of that value, so a server that keeps client ids
                       holds each recipient's copy under its own id
=====================  ==========================================================================

An export that is not a delivery to a recipient of the record (``medassess export``, or ``medassess send``
to a receiver the record does not name) is *unaddressed*: its MSH-10 is made the same way with an empty
recipient id, and its Bundle identifier is ``<record_id>-v<version>`` (a draft's ends ``-preliminary``).
Record and recipient ids cannot contain ``/`` (see ``LocalId``), so a document identifier names one record
version and one recipient, unambiguously.
"""

from __future__ import annotations

import hashlib

__all__ = ["document_identifier", "hl7v2_control_id", "mesh_local_id"]

_SEPARATOR = "\x1f"


def mesh_local_id(record_id: str, version: int, recipient_id: str) -> str:
    """The MESH local id (``Mex-LocalID``) of a record version's message to one recipient."""
    return f"{record_id}-v{version}-{recipient_id}"


def hl7v2_control_id(record_id: str, version: int, recipient_id: str | None) -> str:
    """MSH-10 of a record version's HL7 v2 message to one recipient (``None``: unaddressed). Twenty characters,
    the length HL7 v2.5.1 gives MSH-10."""
    material = _SEPARATOR.join(("medassess-msh10", record_id, str(version), recipient_id or "", "hl7v2"))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:20].upper()


def document_identifier(record_id: str, version: int, recipient_id: str | None) -> str:
    """``Bundle.identifier.value`` of a record version's FHIR document for one recipient (``None``: unaddressed)."""
    unaddressed = f"{record_id}-v{version}"
    return unaddressed if recipient_id is None else f"{unaddressed}/{recipient_id}"
