"""Acts whose only time names no time (found passing by the hundred-and-forty-fifth fresh corpus; [claim]
vague_times in mappings/hollow-phrases.toml, ``_Judge.without_vaguely_timed``).

* MA103: a clause such as "the health visitor will see the infant in due course", "help with feeds will be offered
  as required", "the GP will look at the sleeping set-up at some stage" (or "when convenient", "when time allows":
  found by the hundred-and-forty-ninth), with no number, time or sign besides,
  states nothing: beside the dose line alone the conclusion decides nothing.
* Near misses stand: the same acts with real times, and a vague time beside a number or a sign ("paracetamol 1 g
  as needed", "... as needed if the infant is sleepy").

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.settings import shipped_settings
from medassess.gate.substance import analyse, claims_beyond
from tests.gate.conclusions import CITALOPRAM, METHADONE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

VAGUE = [
    (METHADONE, "Methadone 60 mg once daily. The health visitor will see the infant in due course, help with feeds "
     "will be offered as required, and the GP will look at the sleeping set-up at some stage."),
    (CITALOPRAM, "Citalopram 20 mg. The midwife will check the newborn when appropriate and the GP will see her "
     "about her mood as necessary."),
]
TIMED = [
    (METHADONE, "Methadone 60 mg once daily carries on, as a cut risks relapse. The health visitor sees the infant "
     "on day 10; the ward midwives score withdrawal every 4 hours for 72 hours; top-up feeds as needed if the "
     "infant is sleepy, breastfeeding encouraged; no bed or sofa sharing after her dose."),
    (CITALOPRAM, "Citalopram 20 mg carries on, as stopping risks relapse. The midwife checks the newborn for "
     "jitteriness for 48 hours after delivery; breastfeeding supported; the GP sees her about her mood at six "
     "weeks and as needed after that."),
    # a vague time beside a bound, and a condition with its span, are times
    (METHADONE, "Methadone 60 mg once daily carries on, as a cut risks relapse. The ward midwives score withdrawal "
     "every 4 hours for 72 hours and see the infant whenever it is unsettled, day or night, for the first 5 days; "
     "the health visitor sees the sleeping space at some point before 36 weeks and again on day 10; breastfeeding "
     "encouraged; no bed or sofa sharing after her dose."),
]


@pytest.mark.parametrize(("where", "text"), VAGUE)
def test_acts_with_no_time_but_a_vague_one_decide_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), TIMED)
def test_acts_with_real_times_stand(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [*VAGUE, *TIMED])
@pytest.mark.parametrize("seed", [6, 31])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


# A time left to whoever acts ("when convenient", "when time allows": fresh149) names no time: beside the medicine's
# list line copied, such acts state nothing that follows; the same acts bounded by a time or a span do.
_LIST = ("citalopram 20mg tablets", "20 mg once daily")
LEFT_TO_CONVENIENCE = [
    "Citalopram 20 mg once daily. The midwife will look at the newborn whenever convenient.",
    "Citalopram 20 mg once daily. The GP will see her about her mood when time allows.",
    "Citalopram 20 mg once daily. The health visitor will look at the crib at a convenient time.",
]
BOUNDED = [
    "Citalopram 20 mg once daily. The midwife sees the newborn whenever it is unsettled, day or night, for the "
    "first 5 days.",
]


def _states_what_follows(text: str) -> bool:
    settings = shipped_settings()
    return claims_beyond(text, analyse(text, settings, frozenset({"citalopram"})), _LIST, settings)


@pytest.mark.parametrize("text", LEFT_TO_CONVENIENCE)
def test_an_act_left_to_convenience_states_nothing(text: str) -> None:
    assert not _states_what_follows(text)


@pytest.mark.parametrize("text", BOUNDED)
def test_an_act_with_a_bound_or_a_span_states_what_follows(text: str) -> None:
    assert _states_what_follows(text)


@pytest.mark.parametrize("seed", [4, 17])
@pytest.mark.parametrize("text", [*LEFT_TO_CONVENIENCE, *BOUNDED])
def test_a_disguised_act_left_to_convenience_is_read_as_the_plain_one(text: str, seed: int) -> None:
    assert _states_what_follows(disguise(text, random.Random(seed))) == (text in BOUNDED)
