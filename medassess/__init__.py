"""medassess: perinatal medication assessments for UK primary care.

Record the clinician's written assessment of a mother's (or parent's) medicines before and after birth in a
structured template, prove it is complete with the share gate, and share it with everyone who must have it.

This module is the whole public API; everything else is private (``medassess._*``).
"""

from . import examples
from .audit.report import AuditReport, GroupStats, RuleCount, audit_records
from .core.exceptions import (
    ConfigurationError,
    DeliveryRejected,
    InputError,
    MappingError,
    MedassessError,
    OutcomeUnknown,
    ReadError,
    RecordError,
    ShareGateRefused,
    TemplateError,
    TransportError,
)
from .core.limits import Limits
from .core.secret import Secret
from .core.version import __version__
from .formats.badgernet.pregnancy import (
    EDD_WINDOW_DAYS,
    PregnancyQuery,
    find_all_pregnancies_parameters,
    find_pregnancy_parameters,
    matches_pregnancy,
    pregnancy_patient_id,
    pregnancy_write_payload,
)
from .formats.coded_entries.entries import CodedEntry, coded_entries
from .formats.fhir.reader import read_fhir_json, record_from_bundle
from .formats.fhir.writer import build_bundle, conclusions_sha256, to_fhir_json
from .formats.fhir.xml import read_fhir_xml, to_fhir_xml
from .formats.gpconnect.medicines import (
    GpConnectImport,
    GpConnectMedicine,
    GpConnectWarning,
    import_gp_connect,
    medicines_from_gp_connect,
    read_gp_connect_medicines,
)
from .formats.hl7v2.reader import record_from_hl7v2
from .formats.hl7v2.writer import SiteProfile, default_site_profile, load_site_profile, to_hl7v2
from .formats.letter.letter import render_letter, render_letter_pdf
from .gate.classes import Classification, Concern, MedicineClass, classify, medicine_classes
from .gate.engine import (
    Shareable,
    check,
    default_settings,
    get_rule,
    is_shareable,
    iter_issues,
    operation_outcome,
    require_shareable,
    rules,
)
from .gate.registry import Issue, Rule
from .gate.settings import GateSettings
from .record.codesystems import DMD_SYSTEM, LOCAL_SYSTEM, SNOMED_SYSTEM
from .record.identifiers import is_valid_nhs_number, mask_nhs_number
from .record.io import iter_record_files, load_record, parse_record, record_from_data, record_to_json, write_atomic
from .record.model import (
    Assessment,
    Attestation,
    Clinician,
    Coding,
    Conclusion,
    LawfulBasis,
    Medicine,
    Mother,
    Partner,
    Pregnancy,
    Recipient,
    Record,
    Safeguarding,
)
from .record.template import Template, get_template, load_template, parse_template, template_versions
from .sharing.config import (
    FhirServerSettings,
    MllpRouteSettings,
    MllpSettings,
    ShareSettings,
    load_config,
)
from .sharing.ledger import Delivery, Ledger, LedgerEvent
from .sharing.share import ShareOutcome, refresh_acknowledgements, share_record
from .transports.fhir_rest import FhirClient
from .transports.mesh import MeshSettings, MeshTransport
from .transports.mllp import DeliveryResult, MllpClient

__all__ = [
    "DMD_SYSTEM",
    "EDD_WINDOW_DAYS",
    "LOCAL_SYSTEM",
    "SNOMED_SYSTEM",
    "Assessment",
    "Attestation",
    "AuditReport",
    "Classification",
    "Clinician",
    "CodedEntry",
    "Coding",
    "Concern",
    "Conclusion",
    "ConfigurationError",
    "Delivery",
    "DeliveryRejected",
    "DeliveryResult",
    "FhirClient",
    "FhirServerSettings",
    "GateSettings",
    "GpConnectImport",
    "GpConnectMedicine",
    "GpConnectWarning",
    "GroupStats",
    "InputError",
    "Issue",
    "LawfulBasis",
    "Ledger",
    "LedgerEvent",
    "Limits",
    "MappingError",
    "MedassessError",
    "Medicine",
    "MedicineClass",
    "MeshSettings",
    "MeshTransport",
    "MllpClient",
    "MllpRouteSettings",
    "MllpSettings",
    "Mother",
    "OutcomeUnknown",
    "Partner",
    "Pregnancy",
    "PregnancyQuery",
    "ReadError",
    "Recipient",
    "Record",
    "RecordError",
    "Rule",
    "RuleCount",
    "Safeguarding",
    "Secret",
    "ShareGateRefused",
    "ShareOutcome",
    "ShareSettings",
    "Shareable",
    "SiteProfile",
    "Template",
    "TemplateError",
    "TransportError",
    "__version__",
    "audit_records",
    "build_bundle",
    "check",
    "classify",
    "coded_entries",
    "conclusions_sha256",
    "default_settings",
    "default_site_profile",
    "examples",
    "find_all_pregnancies_parameters",
    "find_pregnancy_parameters",
    "get_rule",
    "get_template",
    "import_gp_connect",
    "is_shareable",
    "is_valid_nhs_number",
    "iter_issues",
    "iter_record_files",
    "load_config",
    "load_record",
    "load_site_profile",
    "load_template",
    "mask_nhs_number",
    "matches_pregnancy",
    "medicine_classes",
    "medicines_from_gp_connect",
    "operation_outcome",
    "parse_record",
    "parse_template",
    "pregnancy_patient_id",
    "pregnancy_write_payload",
    "read_fhir_json",
    "read_fhir_xml",
    "read_gp_connect_medicines",
    "record_from_bundle",
    "record_from_data",
    "record_from_hl7v2",
    "record_to_json",
    "refresh_acknowledgements",
    "render_letter",
    "render_letter_pdf",
    "require_shareable",
    "rules",
    "share_record",
    "template_versions",
    "to_fhir_json",
    "to_fhir_xml",
    "to_hl7v2",
    "write_atomic",
]
