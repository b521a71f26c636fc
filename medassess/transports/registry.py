"""The transports a share can use, by route kind: :func:`register` one, :func:`transport_for` finds it.

Adding a transport is a module in ``medassess/transports/`` with a class that meets
:class:`~medassess.transports.base.Transport`, and one :func:`register` line at the end of this module.
"""

from __future__ import annotations

from ..core.exceptions import ConfigurationError
from .base import Transport

_TRANSPORTS: dict[str, Transport] = {}


def register(transport: Transport) -> Transport:
    """Make ``transport`` the one for its route kind; a kind is registered once."""
    if transport.kind in _TRANSPORTS:
        raise ValueError(f"transport {transport.kind!r} is registered already")
    _TRANSPORTS[transport.kind] = transport
    return transport


def transport_for(kind: str) -> Transport:
    """The transport registered for a route kind; :class:`ConfigurationError` when there is none."""
    try:
        return _TRANSPORTS[kind]
    except KeyError:
        raise ConfigurationError(
            f"no transport is registered for this route kind (expected one of: {', '.join(kinds())})",
            source="transports",
        ) from None


def kinds() -> tuple[str, ...]:
    """Every registered route kind, in registration order."""
    return tuple(_TRANSPORTS)


def _register_shipped() -> None:
    from .directory import DirectoryDrop
    from .fhir_rest import FhirRestDelivery
    from .manual import ManualHandOver
    from .mesh import MeshDelivery
    from .mllp import MllpDelivery

    for transport in (MeshDelivery(), MllpDelivery(), FhirRestDelivery(), ManualHandOver(), DirectoryDrop()):
        register(transport)


_register_shipped()
