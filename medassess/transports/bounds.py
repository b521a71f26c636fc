"""Safe bounds for the delivery settings every transport shares: timeout, resends within one share, back-off.

A timeout long enough to mean something and short enough that a share cannot hang for hours; at most ten
resends of one message in one share; at most five minutes' first back-off (it doubles per resend).
"""

from __future__ import annotations

from ..core.exceptions import ConfigurationError

LIMITS: dict[str, tuple[float, float]] = {
    "timeout": (0.05, 600.0),
    "retries": (0, 10),
    "backoff": (0.0, 300.0),
}


def check_limits(what: str, source: str, **settings: float) -> None:
    """ConfigurationError naming the first setting outside :data:`LIMITS` (``what``: ``MLLP``, ``FHIR``...)."""
    for name, value in settings.items():
        low, high = LIMITS[name]
        if not low <= value <= high:
            raise ConfigurationError(f"{what} {name} must be from {low:g} to {high:g}", source=source)
