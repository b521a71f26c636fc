"""The ``manual`` route: a hand-over outside any system (a letter given at discharge).

Nothing is sent: the share records the delivery as ``pending`` until the person sharing confirms that the
hand-over happened (``record_manual=True``, ``--record-manual``), and then as ``sent``.
"""

from __future__ import annotations

from ..record.model import ManualRoute
from .base import Defaults, Links, Outcome, Parcel, Sent


class ManualHandOver(Defaults):
    kind = "manual"
    route_model = ManualRoute
    hand_over = True

    def describe_route(self, route: ManualRoute) -> str:
        return "a manual hand-over"

    def deliver(self, route: ManualRoute, parcel: Parcel, links: Links) -> Outcome:
        """Called once the person sharing confirmed the hand-over (``links.record_manual``)."""
        return Sent(None, detail="manual hand-over confirmed")
