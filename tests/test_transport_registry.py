"""The transport registry: every route kind a record can name has one transport, found by kind."""

from __future__ import annotations

import typing

import pytest

from medassess.core.exceptions import ConfigurationError
from medassess.record.model import Recipient
from medassess.transports.base import Failed, Links, Parcel, Sent, Transport
from medassess.transports.registry import kinds, register, transport_for


def _route_models() -> set[type]:
    annotation = Recipient.model_fields["route"].annotation
    (union, _none) = typing.get_args(annotation)
    return set(typing.get_args(typing.get_args(union)[0]) or typing.get_args(union))


def test_every_route_model_has_its_transport() -> None:
    registered = {transport_for(kind).route_model for kind in kinds()}
    assert _route_models() <= registered
    for kind in kinds():
        assert transport_for(kind).kind == kind
    assert kinds()[:4] == ("mesh", "mllp", "fhir", "manual")


def test_an_unknown_kind_is_a_located_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="no transport is registered for this route kind") as caught:
        transport_for("pigeon")
    assert "pigeon" not in str(caught.value) and "expected one of: mesh" in str(caught.value)


def test_a_kind_is_registered_once() -> None:
    with pytest.raises(ValueError, match="registered already"):
        register(transport_for("mesh"))


def test_outcomes_are_values() -> None:
    mesh: Transport = transport_for("mesh")
    parcel = Parcel(b"payload", "local-id", "application/fhir+json", "subject")
    route = mesh.route_model.model_validate({"kind": "mesh", "mailbox": "X26HC001"})
    assert mesh.deliver(route, parcel, Links()) == Failed("MESH is not configured", attempted=False)
    manual = transport_for("manual")
    hand_over = manual.route_model.model_validate({"kind": "manual", "description": "a letter at discharge"})
    confirmed = Links(record_manual=True)
    assert manual.deliver(hand_over, parcel, confirmed) == Sent(None, detail="manual hand-over confirmed")
    assert manual.describe_route(hand_over) == "a manual hand-over"
