"""Show the assessment template: its sections and items, with codes, value types and conditions.

With --format json the template is printed as data, for integrators building the form in a GP system.
--to questionnaire prints it as a FHIR R4 (SDC) Questionnaire instead, for SDC form fillers such as LHC-Forms
(docs/questionnaire.md).
--schema prints instead the JSON Schema (draft 2020-12) of a record, the one published as
docs/record.schema.json, made from the installed medassess: validate records with it in any language.
"""

from __future__ import annotations

import argparse
import sys

import orjson

from ..record.template import get_template, template_versions


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", dest="template_version", help="template version (default: the newest)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument(
        "--to",
        choices=("questionnaire",),
        help="print the template as a FHIR R4 (SDC) Questionnaire instead (docs/questionnaire.md)",
    )
    parser.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of a record (docs/record.schema.json) instead"
    )


def run(args: argparse.Namespace) -> int:
    if args.schema:
        from ..record.schema import schema_bytes

        sys.stdout.buffer.write(schema_bytes())
        return 0
    template = get_template(version=args.template_version)
    if args.to == "questionnaire":
        from ..formats.questionnaire.writer import questionnaire_json

        sys.stdout.buffer.write(questionnaire_json(template))
        return 0
    if args.format == "json":
        sys.stdout.buffer.write(orjson.dumps(template.model_dump(mode="json"), option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    out = sys.stdout
    out.write(f"{template.title} ({template.id} {template.version})\n")
    out.write(f"versions installed: {', '.join(template_versions(template.id))}\n")
    out.write(f"{template.changes}\n")
    for section in template.sections:
        scope = " (asked for each assessment)" if section.scope == "assessment" else ""
        out.write(f"\n[{section.id}] {section.title}{scope}\n")
        for item in section.items:
            need = "mandatory" if item.mandatory else "optional"
            if item.required_when:
                need = f"required when {item.required_when}"
            code = f"{template.system_uri(item.code)}|{item.code.code} {item.code.display}" if item.code else "no code"
            out.write(f"  {item.id}: {item.prompt}\n")
            out.write(f"      {item.kind.name}, {need}; {item.consultation_section}; {code}\n")
            for option in item.options:
                ocode = f"{option.code.code} {option.code.display}" if option.code else "files no code"
                out.write(f"        - {option.value}: {ocode}\n")
    return 0
