"""The public API is medassess/__init__.py: every name there is deliberate, and nothing private leaks."""

from __future__ import annotations

import medassess
from medassess import (
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


def _isort_key(name: str) -> tuple[int, str]:
    # isort-style, as ruff's RUF022 keeps it: CONSTANTS, then Classes, then functions and dunders.
    kind = 0 if name.isupper() else 1 if name[0].isupper() else 2
    return kind, name


def test_all_is_sorted_unique_and_importable() -> None:
    names = medassess.__all__
    assert names == sorted(names, key=_isort_key)
    assert len(names) == len(set(names))
    for name in names:
        assert hasattr(medassess, name), name


def test_no_private_module_is_named_in_all() -> None:
    assert not [n for n in medassess.__all__ if n.startswith("_") and n != "__version__"]


def test_exception_tree_and_exit_statuses() -> None:
    for cls in (TemplateError, RecordError, ConfigurationError, ReadError):
        assert issubclass(cls, InputError) and cls("x").exit_status == 2
    assert ShareGateRefused("x").exit_status == 1
    assert TransportError("x").exit_status == 1
    assert issubclass(DeliveryRejected, TransportError)
    # An answer lost after sending is a transport problem too, but neither a rejection nor a plain failure.
    assert issubclass(OutcomeUnknown, TransportError) and not issubclass(OutcomeUnknown, DeliveryRejected)
    assert OutcomeUnknown("lost").exit_status == 1
    # The receiver's machine code travels as data, so a ledger can keep it without the receiver's free text.
    assert DeliveryRejected("rejected", code="AE").code == "AE" and TransportError("down").code is None
    for cls in (InputError, ShareGateRefused, MappingError, TransportError):
        assert issubclass(cls, MedassessError)


def test_errors_are_located() -> None:
    error = RecordError("is required but missing", source="a.json", path="$.mother")
    assert str(error) == "a.json: $.mother: is required but missing"
    assert error.source == "a.json" and error.path == "$.mother"
