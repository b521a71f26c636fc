"""The transports a share can use, by route kind: :func:`register` one, :func:`transport_for` finds it.

Adding a transport is a module in ``medassess/transports/`` with a class that meets
:class:`~medassess.transports.base.Transport`, and one line in ``_SHIPPED`` below (a transport from outside
medassess calls :func:`register` instead).
"""

from __future__ import annotations

import importlib

from ..core.exceptions import ConfigurationError
from .base import Transport

_SHIPPED: dict[str, tuple[str, str]] = {
    "mesh": ("medassess.transports.mesh", "MeshDelivery"),
    "mllp": ("medassess.transports.mllp", "MllpDelivery"),
    "fhir": ("medassess.transports.fhir_rest", "FhirRestDelivery"),
    "manual": ("medassess.transports.manual", "ManualHandOver"),
    "directory": ("medassess.transports.directory", "DirectoryDrop"),
}
"""The transports medassess ships, by kind: each module is imported when its transport is first asked for, so
reading a ledger or an audit never loads an HTTP or MESH client."""

_TRANSPORTS: dict[str, Transport | None] = dict.fromkeys(_SHIPPED)
"""Every registered kind in registration order; a shipped one is None until first asked for."""


def register(transport: Transport) -> Transport:
    """Make ``transport`` the one for its route kind; a kind is registered once."""
    if transport.kind in _TRANSPORTS:
        raise ValueError(f"transport {transport.kind!r} is registered already")
    _TRANSPORTS[transport.kind] = transport
    return transport


def transport_for(kind: str) -> Transport:
    """The transport registered for a route kind; :class:`ConfigurationError` when there is none."""
    if kind not in _TRANSPORTS:
        raise ConfigurationError(
            f"no transport is registered for this route kind (expected one of: {', '.join(kinds())})",
            source="transports",
        )
    found = _TRANSPORTS[kind]
    if found is None:
        module, name = _SHIPPED[kind]
        found = _TRANSPORTS[kind] = getattr(importlib.import_module(module), name)()
    return found


def kinds() -> tuple[str, ...]:
    """Every registered route kind, in registration order."""
    return tuple(_TRANSPORTS)
