"""Three shapes of a conclusion that decides nothing (MA103, or too little left: MA104), each beside its near miss:

- every act is recording ("the dose entered on the system; the withdrawal risk documented", "coded",
  "uploaded", "saved to the record"), whatever was recorded: recording beside another act, or with a time, stands;
- options, not decisions: an active "could" in a sentence whose other possibilities are set aside ("could be
  kept on, the partner could do the feeds") lists one more option; alone, or beside a decision, it permits;
- a leaflet's register: a text exclaiming to the reader ("Remember your follow-up!") or opening on an
  exclamation ("Top tips!") exhorts, and its clauses addressed to the reader or opening on a bare order
  ("Don't stop it.") with no figure are advice for anyone; a plan told to her with a dose or time stands.

Disguise does not change a verdict."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.gate.builders import disguised
from tests.gate.test_substance import _conclusion_codes

EMPTY = [
    # Recording as the only act.
    "Methadone dose entered on the prescribing system and scanned in; the withdrawal risk for the newborn "
    "documented in the maternity record; safe sleep discussion minuted.",
    "The methadone plan is logged with the drug team and the neonatal withdrawal risk is put on record for the "
    "ward.",
    "Methadone dose uploaded to the GP system; the newborn's withdrawal risk coded; the feeding wish keyed in on "
    "the maternity record and the sleep advice added to the notes.",
    # Options throughout.
    "Methadone could be kept at the same dose, her partner could take the night feeds and the newborn's "
    "withdrawal could be scored by the ward midwives.",
    "Methadone might be reduced, the grandmother could help with feeds, and the newborn could be scored on the ward.",
    # A leaflet's register.
    "Methadone in pregnancy: ask your midwife about feeding your newborn. Never miss your drug team "
    "appointments! Your health matters!",
    # An exclaimed title, or an exclamation to the reader, and bare orders.
    "Methadone and the newborn: the essentials! Never stop it on your own. Keep the cot close by. Ask the "
    "midwife about feeding.",
    "Methadone and breastfeeding! Remember to keep taking it. Always put the newborn down on his back, and "
    "treat yourself to a rest!",
]
STANDS = [
    # Recording beside an act, or with a time.
    "Methadone dose entered on the prescribing system and the neonatal registrar told: the newborn is scored "
    "for withdrawal for 72 hours on the postnatal ward; breastfeeding supported.",
    "Methadone goes on at 60 mg daily; documented in the maternity record. The ward will score the newborn for "
    "withdrawal for 72 hours and she will not share a bed with him.",
    "Methadone goes on at 60 mg daily, coded on the GP system; the ward scores the newborn for withdrawal for 72 "
    "hours and expressed milk is saved for the partner's night feeds.",
    # A permission alone, or beside a decision.
    "Methadone goes on at 60 mg. She could breastfeed, and we advise it; the newborn is scored for withdrawal "
    "on the postnatal ward for 72 hours.",
    "Methadone goes on unchanged and the newborn is scored for withdrawal for 72 hours on the ward. She can "
    "breastfeed.",
    # A plan told to the mother in the second person.
    "You will stay on methadone 60 mg daily; the ward midwives will score your newborn for withdrawal for 72 "
    "hours, and you can breastfeed.",
    "Well done on your progress! Methadone goes on at 60 mg daily; the ward scores the newborn for withdrawal "
    "for 72 hours and breastfeeding is supported.",
    # Orders to colleagues with no exclamation, or orders with a dose or a time after an exclaimed title.
    "Continue methadone at the same dose. Score the newborn for withdrawal on the postnatal ward. Never let her "
    "share a bed with him; support breastfeeding.",
    "Methadone and the newborn - the plan! Continue methadone 60 mg daily. Score the newborn for withdrawal for "
    "72 hours on the postnatal ward; no bed sharing.",
]


@pytest.mark.parametrize("text", EMPTY + STANDS)
def test_records_options_and_leaflets_decide_nothing(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in EMPTY)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(EMPTY + STANDS).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_records_options_and_leaflets_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])
