"""MA204: an HCPC number starts with its profession's code, two letters or three (the HCPC's own codes, in
mappings/registers.toml [hcpc_professions]), then 5 or 6 digits."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import RecordError, check, record_from_data
from medassess.record.identifiers import hcpc_profession_codes, registration_problem
from tests.gate.disguise import disguised

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
PATH = "$.assessments[0].author.registration.number"
MALFORMED = (
    "the registration of the author of assessment asm-methadone is not well formed: a HCPC number is the "
    "profession's code (2 or 3 letters, e.g. PA, OT, PYL) then 5 or 6 digits (e.g. PA12345, PYL12345)"
)


def _messages(number: str) -> list[tuple[str, str]]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    data["assessments"][0]["author"].update(role="other", registration={"body": "HCPC", "number": number})
    return [(i.path, i.message) for i in check(record_from_data(data)) if i.code == "MA204"]


def test_the_codes_are_the_hcpcs_fifteen() -> None:
    raw = tomllib.loads((ROOT / "mappings" / "registers.toml").read_text(encoding="utf-8"))
    assert len(raw["hcpc_professions"]) == 15
    assert {"PYL", "ODP", "HAD", "PA", "OT", "PH", "RA", "SL"} <= set(hcpc_profession_codes())
    assert "SW" not in hcpc_profession_codes()  # social workers in England register with Social Work England


@pytest.mark.parametrize("number", ["ODP204518", "HAD31207", "PYL60421", "RA123456", "SL54321"])
def test_numbers_with_a_three_or_two_letter_profession_code_pass(number: str) -> None:
    assert registration_problem("HCPC", number) is None
    assert _messages(number) == []


@pytest.mark.parametrize(
    "number",
    [
        "PY60421",  # a practitioner psychologist's code cut to two letters
        "ODPP20451",  # a letter too many
        "XQ12345",  # no HCPC profession
        "SW12345",  # Social Work England's form, not the HCPC's
        "HAD3120",  # four digits
        "PYL6042111",  # seven digits
    ],
)
def test_numbers_without_a_profession_code_and_5_or_6_digits_are_refused(number: str) -> None:
    assert _messages(number) == [(PATH, MALFORMED)]


@settings(max_examples=40, deadline=None)
@given(st.data(), st.sampled_from(["PYL60421", "PY60421"]))
def test_a_disguised_number_is_not_passed_where_the_plain_one_is_refused(data: st.DataObject, plain: str) -> None:
    hidden = data.draw(disguised(plain))
    try:
        refused = bool(_messages(hidden))
    except RecordError:
        refused = True
    if not _messages(plain):
        return  # a disguised good number may be refused: a register files plain letters and digits
    assert refused


_IN_ANOTHER_SCRIPT = [
    ("GMC", "7012345"),
    ("NMC", "12A3456B"),
    ("GPhC", "2012345"),
    ("HCPC", "PYL60421"),
    ("SWE", "SW12345"),
]


@pytest.mark.parametrize(("body", "number"), _IN_ANOTHER_SCRIPT)
@pytest.mark.parametrize("zero", ["\u0660", "\uff10"])  # Arabic-Indic, full-width
def test_a_registration_number_in_the_digits_of_another_script_is_malformed(body: str, number: str, zero: str) -> None:
    # "\d" alone matches any script's digits; no register issues those (twenty-sixth hand-mutation round: each
    # register's form without re.ASCII passed them).
    # The first character kept as written: GPhC's leading "2" is a literal of its form.
    other = number[0] + "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in number[1:])
    assert registration_problem(body, number) is None
    assert registration_problem(body, other) is not None
    if body == "HCPC":
        assert _messages(other) == [(PATH, MALFORMED)]
