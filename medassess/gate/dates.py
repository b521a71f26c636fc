"""When the pregnancy began and what the recorded gestation implies, for the rules that judge whether the
record's dates can be true (MA011, MA012, MA211, MA212).

Pregnancies are dated obstetrically, from the first day of the last menstrual period: 280 days before the
estimated date of delivery (EDD), or the recorded gestation before the day it was recorded. Where the
record gives several of these, the earliest is taken, so a disagreement between them (reported by its own
rule) never makes an assessment look earlier than the pregnancy.
"""

from __future__ import annotations

import datetime as dt

from ..record.model import Gestation, Pregnancy
from .settings import GateSettings

TERM_DAYS = 280
"""Days from the first day of the last menstrual period to the EDD (Naegele's rule)."""


def shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held at the first or last day a date can hold: a record dated at the edge of
    the calendar is judged (its dates cannot be true, and the rules say so), never a crash."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def edd_from_gestation(gestation: Gestation) -> dt.date:
    """The EDD a gestation implies: the day it was recorded, plus what remains of 280 days."""
    return shift(gestation.on, TERM_DAYS - (gestation.weeks * 7 + gestation.days))


def pregnancy_start(pregnancy: Pregnancy, settings: GateSettings) -> dt.date | None:
    """The earliest day the pregnancy can have begun by what the record says, or None when it says nothing
    that dates it. For a delivered baby with neither EDD nor gestation, the longest pregnancy in the settings
    before the delivery date."""
    candidates = []
    if pregnancy.edd is not None:
        candidates.append(shift(pregnancy.edd, -TERM_DAYS))
    if pregnancy.gestation is not None:
        g = pregnancy.gestation
        candidates.append(shift(g.on, -(g.weeks * 7 + g.days)))
    if not candidates and pregnancy.delivery_date is not None:
        candidates.append(shift(pregnancy.delivery_date, -settings.longest_pregnancy_days))
    return min(candidates, default=None)


def pregnancy_start_latest(pregnancy: Pregnancy) -> dt.date | None:
    """The latest day the pregnancy can have begun by its EDD and recorded gestation, or None when neither
    dates it: the bound a date must be past to lie inside the pregnancy whichever of the two is right. A
    delivery date alone does not say how long the pregnancy lasted, so it gives no such bound."""
    candidates = []
    if pregnancy.edd is not None:
        candidates.append(shift(pregnancy.edd, -TERM_DAYS))
    if pregnancy.gestation is not None:
        g = pregnancy.gestation
        candidates.append(shift(g.on, -(g.weeks * 7 + g.days)))
    return max(candidates, default=None)
