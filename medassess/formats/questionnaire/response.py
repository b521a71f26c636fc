"""A record as a QuestionnaireResponse to its template's Questionnaire, and a filled-in response as a record.

Written (``to_questionnaire_response``): every answer the record holds, in the items ``shape`` lays out; the
patient as a contained Patient (``subject``); the record's id and version as ``identifier``
(``<record id>-v<version>``); when it was last changed as ``authored``; the template and version it was captured
with as ``questionnaire`` (``<canonical>|<version>``). A form opens pre-filled from it, and reading it back gives
the same record.

Read (``record_from_questionnaire_response``): a response from any form filler. What a form filler may not
know comes from a ``ResponseContext`` given by the system that opened the form: the patient, the record's id and
version, when it was changed, the recipients, and the clinician answering, who is the author of every
assessment and conclusion the form leaves without one. Where the response names the patient or the record too,
it must name the same one. An answer the template does not allow (an unknown item, a value of the wrong type,
an option not offered, two answers to a question that takes one) is refused with every problem at its linkId
path (``item(section.pregnancy).item(edd).answer[0]``, repetitions counted from 0), never quoting the answer;
the record model then checks the whole as any reader's record is checked, its problems located the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ...core.exceptions import MappingError, Problem, ReadError, RecordError
from ...core.limits import SNIFF_BYTES, Limits, parse_json, too_large
from ...gate.engine import Shareable, passed, record_of
from ...gate.settings import GateSettings
from ...record.identifiers import NHS_NUMBER_SYSTEM, ODS_ORGANISATION_SYSTEM
from ...record.io import json_problem
from ...record.model import (
    MAX_VERSION,
    ROUTE_KINDS,
    Clinician,
    Instant,
    LocalId,
    Mother,
    Recipient,
    Record,
    describe_problem,
    record_error,
    record_path,
)
from ...record.template import Template, get_template
from ..fhir.reader import exact_text, exact_text_list
from ..fhir.writer import human_name, put_text
from .shape import CANONICAL_BASE, Node, shape
from .writer import canonical, dumps

RESPONSE_ID_SYSTEM = "https://medassess.uk/Id/record-version"
"""QuestionnaireResponse.identifier: ``<record id>-v<version>``, the version of the record the answers are."""
_STATUS = {"draft": "in-progress", "final": "completed", "amended": "amended", "entered-in-error": "entered-in-error"}
_RESPONSE_TYPE = re.compile(rb'"resourceType"\s*+:\s*+"QuestionnaireResponse"')
_IDENTITY = re.compile(r"(?P<id>.+)-v(?P<version>[1-9][0-9]{0,9})")
_PATIENT, _PRACTICE = "patient", "practice"


@dataclass(frozen=True, slots=True)
class ResponseContext:
    """What the system that opened a form knows and a form filler's response may not carry."""

    mother: Mother | None = None
    """The patient the form is about (the response's ``subject``, when it has one, must be her)."""
    author: Clinician | None = None
    """The clinician answering: the author of every assessment and conclusion the form leaves without one."""
    recipients: Sequence[Recipient] = ()
    """Who must receive the record, when the form does not say."""
    record_id: str | None = None
    version: int | None = None
    """The record (and its version) the answers are, when the response has no ``identifier``."""
    updated: dt.datetime | None = None
    """When the answers were given, when the response has no ``authored``."""


class _ContextData(BaseModel):
    """A ``ResponseContext`` as JSON (``medassess read --context``): the record's own fields, checked as a record's."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mother: Mother | None = None
    author: Clinician | None = None
    recipients: list[Recipient] = Field(default_factory=list)
    record_id: LocalId | None = None
    version: int | None = Field(default=None, ge=1, le=MAX_VERSION, strict=True)
    updated: Instant | None = None


def response_context_from_data(data: object, *, source: str = "<context>") -> ResponseContext:
    """A ``ResponseContext`` from JSON data (``mother``, ``author``, ``recipients``, ``record_id``, ``version``,
    ``updated``, each as a record holds it); RecordError lists every problem at its path."""
    try:
        parsed = _ContextData.model_validate(data)
    except ValidationError as exc:
        raise record_error(exc, data, source=source) from None
    return ResponseContext(
        mother=parsed.mother,
        author=parsed.author,
        recipients=tuple(parsed.recipients),
        record_id=parsed.record_id,
        version=parsed.version,
        updated=parsed.updated,
    )


# -- writing -------------------------------------------------------------------------------------------------


def to_questionnaire_response(
    subject: Shareable | Record,
    *,
    preliminary: bool = False,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
) -> dict[str, Any]:
    """The record as a FHIR R4 QuestionnaireResponse (plain data) to its template's Questionnaire, from a record
    that has passed the share gate (a ``Shareable`` as it is, or a ``Record`` judged once, as of ``today`` with
    ``settings``). ``preliminary=True`` skips the gate to open a form pre-filled with a draft: the response is
    then ``in-progress``, never ``completed``, so nobody takes it for the finished assessment."""
    if preliminary:
        return _response(record_of(subject), preliminary=True)
    return _response(passed(subject, today=today, settings=settings).record, preliminary=False)


def questionnaire_response_json(
    subject: Shareable | Record,
    *,
    preliminary: bool = False,
    today: dt.date | None = None,
    settings: GateSettings | None = None,
    recipient: str | None = None,
) -> bytes:
    """The QuestionnaireResponse as canonical JSON bytes (the registry's writer). A response is the same for
    every recipient, so ``recipient`` is only checked to be one of the record's."""
    record = record_of(subject)
    if recipient is not None and all(r.id != recipient for r in record.recipients):
        raise MappingError("the recipient is not one of the record's recipients", path="recipient")
    return dumps(to_questionnaire_response(subject, preliminary=preliminary, today=today, settings=settings))


def _response(record: Record, *, preliminary: bool) -> dict[str, Any]:
    template = get_template(record.template.id, record.template.version)
    data = record.model_dump(mode="json", exclude_none=True)
    return {
        "resourceType": "QuestionnaireResponse",
        "contained": _patient(record.mother),
        "identifier": {"system": RESPONSE_ID_SYSTEM, "value": f"{record.record_id}-v{record.version}"},
        "questionnaire": f"{canonical(template)}|{template.version}",
        "status": "in-progress" if preliminary else _STATUS[record.status],
        "subject": {"reference": f"#{_PATIENT}"},
        "authored": data["updated"],
        "item": _items(shape(template), data),
    }


def _patient(mother: Mother) -> list[dict[str, Any]]:
    name = human_name(mother.name)  # as the FHIR document writes it, exact text kept where FHIR cannot hold it
    practice = mother.registered_practice
    organisation: dict[str, Any] = {
        "resourceType": "Organization",
        "id": _PRACTICE,
        "identifier": [{"system": ODS_ORGANISATION_SYSTEM, "value": practice.ods_code}],
    }
    if practice.name:
        put_text(organisation, "name", practice.name)
    patient = {
        "resourceType": "Patient",
        "id": _PATIENT,
        "identifier": [{"system": NHS_NUMBER_SYSTEM, "value": mother.nhs_number}],
        "name": [name],
        "birthDate": mother.birth_date.isoformat(),
        "generalPractitioner": [{"reference": f"#{_PRACTICE}"}],
    }
    return [patient, organisation]


def _items(nodes: Iterable[Node], data: Mapping[str, Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for node in nodes:
        value = _get(data, node.key)
        if value is None:
            continue
        values = value if node.repeats else [value]
        if node.type == "group":
            for part in values:
                children = _items(node.children, part)
                if children:
                    items.append({"linkId": node.link_id, "text": node.text, "item": children})
            continue
        answers = [_answer(node, v) for v in values]
        if answers:
            items.append({"linkId": node.link_id, "text": node.text, "answer": answers})
    return items


def _get(data: Mapping[str, Any], key: tuple[str, ...]) -> Any:
    value: Any = data
    for part in key:
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def _answer(node: Node, value: Any) -> dict[str, Any]:
    if isinstance(value, str) and node.type in ("string", "text"):
        # A FHIR string cannot be empty or white space alone, nor hold some characters: the FHIR document's way
        # keeps such text exactly (readable characters shown, the exact value in an exact-text extension).
        answer: dict[str, Any] = {}
        put_text(answer, node.answer_key, value)
        return answer
    if node.type != "choice":
        return {node.answer_key: value}
    choice = node.choice_for(value)
    if choice is None:  # pragma: no cover - the record model takes only the options the template offers
        raise MappingError("an answer is not one of the item's options", path=node.link_id)
    return {"valueCoding": dict(choice.coding)}


# -- reading -------------------------------------------------------------------------------------------------


def sniff(content: bytes) -> bool:
    """True for a JSON object that says it is a QuestionnaireResponse in its first ``SNIFF_BYTES``."""
    head = content[:SNIFF_BYTES]
    return head.lstrip()[:1] == b"{" and _RESPONSE_TYPE.search(head) is not None


def read_questionnaire_response(content: bytes, *, source: str = "<payload>", limits: Limits | None = None) -> Record:
    """A record from QuestionnaireResponse JSON bytes that carry the patient and the record's identity (as
    medassess writes them): the registry's reader. A form filler's response, which needs a context, is read with
    ``record_from_questionnaire_response``."""
    return record_from_questionnaire_response(content, source=source, limits=limits)


def record_from_questionnaire_response(
    response: Mapping[str, Any] | bytes,
    context: ResponseContext | None = None,
    *,
    source: str = "<questionnaire-response>",
    limits: Limits | None = None,
) -> Record:
    """The record a QuestionnaireResponse to a shipped template's Questionnaire holds (JSON bytes, read within
    ``limits``, default ``Limits.from_environment()``, or parsed data), with what it does not carry from
    ``context``. Raises ReadError when it is not such a response, RecordError listing every answer the template
    does not allow and every problem the record model finds, each at its linkId path."""
    data = _parsed(response, source, limits) if isinstance(response, bytes) else response
    if not isinstance(data, Mapping) or data.get("resourceType") != "QuestionnaireResponse":
        raise ReadError("not a FHIR QuestionnaireResponse", source=source, path="$.resourceType")
    context = context or ResponseContext()
    template = _template(data, source)
    nodes = shape(template)
    reader = _Reader()
    answers: dict[str, Any] = {}
    reader.group(nodes, data.get("item", []), answers, "")
    if reader.problems:
        raise _record_error(reader.problems, source)
    record_id, version = _identity(data, context, source)
    whole = {
        "record_id": record_id,
        "version": version,
        "template": {"id": template.id, "version": template.version},
        "updated": _updated(data, context, source),
        "mother": _mother(data, context, source),
        **answers,
    }
    _from_context(whole, context)
    try:
        # pydantic's own validation, not Record.model_validate (which reports JSON paths): each error's
        # location is needed to name the form's item it came from.
        return Record.__pydantic_validator__.validate_python(whole)  # type: ignore[no-any-return]
    except ValidationError as exc:
        problems = [
            Problem(describe_problem(error), _locate(nodes, error["loc"], whole))
            for error in exc.errors(include_input=False, include_url=False)
        ]
        raise _record_error(problems, source) from None


def _parsed(content: bytes, source: str, limits: Limits | None) -> Any:
    limits = limits or Limits.from_environment()
    if len(content) > limits.payload_bytes:
        raise ReadError(too_large("payload_bytes", limits.payload_bytes), source=source)
    try:
        return parse_json(content, limits, source=source, error=ReadError)
    except orjson.JSONDecodeError as exc:
        problem, where = json_problem(exc, content)
        raise ReadError(f"not valid JSON ({problem})", source=source, path=where) from None


def _record_error(problems: list[Problem], source: str) -> RecordError:
    more = len(problems) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return RecordError(problems[0].message + suffix, source=source, path=problems[0].path, problems=problems)


def _template(data: Mapping[str, Any], source: str) -> Template:
    named = data.get("questionnaire")
    url, _, version = named.partition("|") if isinstance(named, str) else ("", "", "")
    if not url.startswith(CANONICAL_BASE) or not version:
        raise ReadError(
            f"the response does not name a medassess template's Questionnaire (expected {CANONICAL_BASE}<template id>"
            "|<version>)",
            source=source,
            path="QuestionnaireResponse.questionnaire",
        )
    return get_template(url.removeprefix(CANONICAL_BASE), version)


def _identity(data: Mapping[str, Any], context: ResponseContext, source: str) -> tuple[str, int]:
    identifier = data.get("identifier")
    found = None
    if isinstance(identifier, Mapping) and identifier.get("system") == RESPONSE_ID_SYSTEM:
        found = _IDENTITY.fullmatch(str(identifier.get("value", "")))
    given = (context.record_id, context.version) if context.record_id and context.version else None
    if found is not None:
        own = (found["id"], int(found["version"]))
        if given is not None and given != own:
            raise ReadError(
                "the response is another record (or version) than the context names",
                source=source,
                path="QuestionnaireResponse.identifier",
            )
        return own
    if given is None:
        raise ReadError(
            f"the record's id and version are needed: an identifier ({RESPONSE_ID_SYSTEM}, <record id>-v<version>)"
            " in the response, or record_id and version in the context",
            source=source,
            path="QuestionnaireResponse.identifier",
        )
    return given


def _updated(data: Mapping[str, Any], context: ResponseContext, source: str) -> Any:
    if "authored" in data:
        return data["authored"]
    if context.updated is None:
        raise ReadError(
            "when the answers were given is needed: authored in the response, or updated in the context",
            source=source,
            path="QuestionnaireResponse.authored",
        )
    return context.updated.isoformat()


def _mother(data: Mapping[str, Any], context: ResponseContext, source: str) -> Any:
    subject = data.get("subject")
    try:
        own = _contained_patient(data, subject) if isinstance(subject, Mapping) else None
    except ReadError as exc:  # a name that is not FHIR strings: say which resource held it
        raise ReadError(exc.message, source=source, path="contained (the subject Patient or its practice)") from None
    named = own.get("nhs_number") if own else _nhs_number(subject)
    given = context.mother
    if given is not None and named is not None and named != given.nhs_number:
        raise ReadError(
            "the response's subject is not the patient the context names",
            source=source,
            path="QuestionnaireResponse.subject",
        )
    if own is not None:
        return own
    if given is None:
        raise ReadError(
            "the patient is needed: a subject referring to a contained Patient, or the context's mother",
            source=source,
            path="QuestionnaireResponse.subject",
        )
    return given.model_dump(mode="json", exclude_none=True)


def _nhs_number(subject: Any) -> str | None:
    identifier = subject.get("identifier") if isinstance(subject, Mapping) else None
    if isinstance(identifier, Mapping) and identifier.get("system") == NHS_NUMBER_SYSTEM:
        return str(identifier.get("value"))
    return None


def _contained(data: Mapping[str, Any], reference: object, kind: str) -> Mapping[str, Any] | None:
    if not isinstance(reference, str) or not reference.startswith("#"):
        return None
    contained = data.get("contained")
    for resource in contained if isinstance(contained, list) else []:
        if (
            isinstance(resource, Mapping)
            and resource.get("resourceType") == kind
            and resource.get("id") == reference[1:]
        ):
            return resource
    return None


def _contained_patient(data: Mapping[str, Any], subject: Mapping[str, Any]) -> dict[str, Any] | None:
    patient = _contained(data, subject.get("reference"), "Patient")
    if patient is None:
        return None
    names = patient.get("name")
    name = dict(names[0]) if isinstance(names, list) and names and isinstance(names[0], Mapping) else {}
    gps = patient.get("generalPractitioner")
    gp = gps[0] if isinstance(gps, list) and gps and isinstance(gps[0], Mapping) else {}
    practice = dict(_contained(data, gp.get("reference"), "Organization") or {})
    mother: dict[str, Any] = {
        "nhs_number": _identifier(patient, NHS_NUMBER_SYSTEM),
        "name": {"family": exact_text(name, "family"), "given": exact_text_list(name, "given")},
        "birth_date": patient.get("birthDate"),
        "registered_practice": {"ods_code": _identifier(practice, ODS_ORGANISATION_SYSTEM)},
    }
    prefix = exact_text_list(name, "prefix")
    if prefix:
        mother["name"]["prefix"] = " ".join(prefix)
    if "name" in practice:
        mother["registered_practice"]["name"] = exact_text(practice, "name")
    return mother


def _identifier(resource: Mapping[str, Any], system: str) -> Any:
    identifiers = resource.get("identifier")
    for identifier in identifiers if isinstance(identifiers, list) else []:
        if isinstance(identifier, Mapping) and identifier.get("system") == system:
            return identifier.get("value")
    return None


def _from_context(whole: dict[str, Any], context: ResponseContext) -> None:
    if not whole.get("recipients") and context.recipients:
        whole["recipients"] = [r.model_dump(mode="json", exclude_none=True) for r in context.recipients]
    if context.author is None:
        return
    author = context.author.model_dump(mode="json", exclude_none=True)
    parts = [*whole.get("assessments", []), *([whole["overall_conclusion"]] if "overall_conclusion" in whole else [])]
    for part in parts:
        part.setdefault("author", author)


class _Reader:
    """Answers into record data, item by item, collecting every problem."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, message: str, where: str) -> None:
        self.problems.append(Problem(message, where or "QuestionnaireResponse"))

    def group(self, nodes: Sequence[Node], items: object, target: dict[str, Any], where: str) -> None:
        if not isinstance(items, list):
            self.problem("should be a list of items", f"{where}.item".lstrip("."))
            return
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            link_id = item.get("linkId") if isinstance(item, Mapping) else None
            node = next((n for n in nodes if n.link_id == link_id), None)
            if node is None or not isinstance(item, Mapping):
                self.problem(
                    "is not an item of the template's Questionnaire here (unknown linkId)",
                    f"{where}.item[{index}]".lstrip("."),
                )
                continue
            here = f"{where}.item({node.link_id})".lstrip(".")
            count = seen.get(node.link_id, 0)
            seen[node.link_id] = count + 1
            if count and not (node.repeats and node.type == "group"):
                self.problem(
                    "is given twice; it does not repeat (a repeating question has all its answers in one item)", here
                )
            elif node.type == "group":
                self._group_item(node, item, target, f"{here}[{count}]" if node.repeats else here)
            else:
                self._question(node, item, target, here)

    def _group_item(self, node: Node, item: Mapping[str, Any], target: dict[str, Any], here: str) -> None:
        if "answer" in item:
            self.problem("is a group: it has items, not answers", here)
            return
        if node.repeats:
            part: dict[str, Any] = {}
            _list_at(target, node.key).append(part)
        else:
            part = _dict_at(target, node.key)
        self.group(node.children, item.get("item", []), part, here)

    def _question(self, node: Node, item: Mapping[str, Any], target: dict[str, Any], here: str) -> None:
        if "item" in item:
            self.problem("has items under it; this question has none", here)
        answers = item.get("answer", [])
        if not isinstance(answers, list):
            self.problem("should be a list of answers", f"{here}.answer")
            return
        if len(answers) > 1 and not node.repeats:
            self.problem("takes one answer", here)
            return
        values = [self._value(node, answer, f"{here}.answer[{j}]") for j, answer in enumerate(answers)]
        if values and all(v is not None for v in values):
            *path, last = node.key
            _dict_at(target, tuple(path))[last] = values if node.repeats else values[0]

    def _text(self, answer: Mapping[str, Any], key: str, shown: str, where: str) -> str | None:
        try:
            return _exact(answer, key, shown)
        except ReadError:
            self.problem("has an exact-text extension that is not base64 of UTF-8 text", where)
            return None

    def _value(self, node: Node, answer: object, where: str) -> Any:
        expected = f"{node.answer_key} (a {node.type} item)"
        if not isinstance(answer, Mapping):
            self.problem(f"should be an answer with {expected}", where)
            return None
        if [key for key in answer if key.startswith("value")] != [node.answer_key] or "item" in answer:
            self.problem(f"should have one value, {expected}", where)
            return None
        value = answer[node.answer_key]
        if node.type in ("string", "text") and isinstance(value, str):
            return self._text(answer, node.answer_key, value, where)
        if node.type == "choice":
            choice = node.choice_of(value) if isinstance(value, Mapping) else None
            if choice is None:
                offered = ", ".join(c.value for c in node.choices)
                self.problem(f"is not one of the item's options (expected one of: {offered})", where)
                return None
            return choice.value
        if not _of_type(node.type, value):
            self.problem(f"should be {expected}", where)
            return None
        return value


def _exact(answer: Mapping[str, Any], key: str, shown: str) -> str:
    """The exact text an answer keeps in an exact-text extension, when what it shows is that text as written; else
    what it shows (a form filler that kept the extension of a pre-filled answer the user then changed)."""
    exact = exact_text(dict(answer), key)
    if exact is None or exact == shown:
        return shown
    written: dict[str, Any] = {}
    put_text(written, key, exact)
    return exact if written[key] == shown else shown


def _of_type(kind: str, value: object) -> bool:
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)


def _dict_at(target: dict[str, Any], key: tuple[str, ...]) -> dict[str, Any]:
    for part in key:
        target = target.setdefault(part, {})
    return target


def _list_at(target: dict[str, Any], key: tuple[str, ...]) -> list[Any]:
    *path, last = key
    found: list[Any] = _dict_at(target, tuple(path)).setdefault(last, [])
    return found


def _locate(nodes: Sequence[Node], loc: Iterable[int | str], data: Mapping[str, Any]) -> str:
    """Where a record model problem is in the response: the linkId path of the item its record field is
    answered by (as far as the field is an item), with the record field's own path."""
    rest = [p for p in loc if not (isinstance(p, str) and p in ROUTE_KINDS)]
    field = record_path(rest, data)
    where, level = "", list(nodes)
    while rest:
        found = _answering(level, rest, where)
        if found is None:
            break
        node, here = found
        rest = rest[len(node.key) :]
        if node.repeats and rest and isinstance(rest[0], int):
            here += f"[{rest[0]}]" if node.type == "group" else f".answer[{rest[0]}]"
            rest = rest[1:]
        where, level = here, list(node.children)
    return f"{where or 'QuestionnaireResponse'} (record {field})"


def _answering(level: Sequence[Node], loc: Sequence[int | str], where: str) -> tuple[Node, str] | None:
    """The item among ``level`` (looking through the record's sections) whose answer a record path begins with,
    or that a path stopping short of it leads to."""
    for node in level:
        here = f"{where}.item({node.link_id})".lstrip(".")
        if not node.key:
            found = _answering(node.children, loc, here)
            if found is not None:
                return found
            continue
        head = tuple(loc[: len(node.key)])
        if head == node.key or node.key[: len(loc)] == tuple(loc):
            return node, here
    return None
