"""The assessment template as a FHIR R4 Questionnaire, for SDC form fillers (LHC-Forms, Smart Forms).

The Questionnaire claims SDC's base profile (``sdc-questionnaire``) and uses only core R4 elements, so any R4
renderer can show it: ``linkId`` from the template's item ids, ``code`` from the item's verified SNOMED CT
code (or the medassess local code where there is none), ``answerOption`` codings for pick lists,
``required``, ``enableWhen``, repeating groups, ``maxLength``. Its ``url`` is one canonical per template and
its ``version`` the template's, so a QuestionnaireResponse names exactly the questions it answers. Bytes are
deterministic: sorted keys, two-space indent.
"""

from __future__ import annotations

from typing import Any

import orjson

from ...record.template import Template, get_template
from .shape import CANONICAL_BASE, Node, shape

SDC_QUESTIONNAIRE = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire"


def canonical(template: Template) -> str:
    """The Questionnaire's canonical url (without version)."""
    return f"{CANONICAL_BASE}{template.id}"


def to_questionnaire(template: Template | None = None) -> dict[str, Any]:
    """The template (default: the newest shipped one) as a FHIR R4 Questionnaire resource (plain data)."""
    template = template or get_template()
    return {
        "resourceType": "Questionnaire",
        "id": f"{template.id}-{template.version.replace('.', '-')}",
        "meta": {"profile": [SDC_QUESTIONNAIRE]},
        "url": canonical(template),
        "version": template.version,
        "name": "".join(part.capitalize() for part in template.id.split("-")),
        "title": template.title,
        "status": "active",
        "subjectType": ["Patient"],
        "description": template.description,
        "purpose": template.changes,
        "item": [_item(node) for node in shape(template)],
    }


def questionnaire_json(template: Template | None = None) -> bytes:
    """The Questionnaire as canonical JSON bytes: keys sorted, two-space indent, newline-terminated."""
    return dumps(to_questionnaire(template))


def dumps(resource: dict[str, Any]) -> bytes:
    return orjson.dumps(resource, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def _item(node: Node) -> dict[str, Any]:
    item: dict[str, Any] = {"linkId": node.link_id, "text": node.text, "type": node.type}
    if node.codes:
        item["code"] = [dict(code) for code in node.codes]
    if node.required:
        item["required"] = True
    if node.repeats:
        item["repeats"] = True
    if node.max_length is not None:
        item["maxLength"] = node.max_length
    if node.choices:
        item["answerOption"] = [{"valueCoding": dict(choice.coding)} for choice in node.choices]
    if node.enable_when:
        item["enableWhen"] = [dict(when) for when in node.enable_when]
    if node.children:
        item["item"] = [_item(child) for child in node.children]
    return item
