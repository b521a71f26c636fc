"""MA122: a conclusion that continues a parent's sedating medicine and speaks of the baby's sleep only in giving
that same parent the night care ("X continues; mum does the night feeds") gives the arrangement the safe sleep
concern is about, not a plan for it. Any other word of safe sleep in the conclusion, the nights with someone else,
a medicine that does not sedate, a stop or taper of the medicine, and the parent's drowsiness denied stand. A taper
still to come, or a bound of the baby's watch, told in another sentence leaves the medicine taken now: the nights
given to that parent beside it are read; a taper in the nights' own sentence, one that ends the medicine, a stop,
and nights set after some change ("then", "from week 10") still stand.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.night_care import medicated_subjects, nights_to_the_medicated
from medassess.gate.text import normalise
from tests.gate.disguise import disguise

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pass"
TODAY = dt.date(2026, 12, 3)

SEDATIVES = ("postnatal-foster-placement-diazepam-pregabalin.json", "asm-diazepam-pregabalin")
PARTNER = ("postnatal-partner-quetiapine.json", "asm-partner-quetiapine")
CITALOPRAM = ("antenatal-citalopram-template-1.0.0.json", None)


def _codes(where: tuple[str, str | None], text: str) -> set[str]:
    """The error codes anywhere in the record once the conclusion of ``where`` (its first assessment where no
    id is given) holds ``text``."""
    example, assessment = where
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if assessment is None or a["id"] == assessment)
    data["assessments"][index]["conclusion"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


NIGHTS_TO_THE_MEDICATED: list[tuple[tuple[str, str | None], str]] = [
    # the mother by role, the withdrawal answered beside it
    (
        SEDATIVES,
        "Both tablets carry on at the same doses. Mother handles the night feeds at weekends; late withdrawal "
        "signs are possible to day 8 and the foster carer watches for them.",
    ),
    # the mother by her own name
    (
        SEDATIVES,
        "Diazepam and pregabalin are continued. Kayleigh takes all the overnight feeds during contact stays, and "
        "the baby may show late withdrawal until day 8.",
    ),
    # the partner by his own name
    (
        PARTNER,
        "His quetiapine continues at 300 mg. Daniel covers the night feeds so Chloe can rest; relapse if "
        "stopped is the bigger risk.",
    ),
    # a taper still to come, told in its own sentence: the medicine is taken now
    (
        SEDATIVES,
        "Both tablets carry on at present doses; her GP plans to reduce the diazepam slowly after the 8-week "
        "check. Mother covers the night feeds at the unit. The baby may show late withdrawal to day 8.",
    ),
    # a bound of the baby's watch, not of the medicine
    (
        SEDATIVES,
        "Diazepam and pregabalin are continued. Kayleigh takes the night feeds on her own. The health visitor "
        "observes the baby for late withdrawal until day 8.",
    ),
    # a watch told as looking (out) for the signs, bounded by a day: the baby's watch, not the medicine's bound
    (
        SEDATIVES,
        "Both tablets carry on at present doses; a slow diazepam reduction is agreed for the 6-week review. Mother "
        "covers the night feeds at the unit. The carer and health visitor look out for late withdrawal signs until "
        "day 8.",
    ),
    # both at once, for the partner by his role
    (
        PARTNER,
        "Quetiapine continues at 300 mg; the psychiatrist will wean it gradually in the spring. Dad covers the "
        "night feeds. The midwife weighs the baby until day 10.",
    ),
    # the nights' time told after them: someone else asleep meanwhile is no plan for the baby's sleep
    (
        SEDATIVES,
        "Both tablets carry on unchanged. Mother covers every night feed alone whilst the carer rests upstairs. "
        "Late withdrawal possible to day 8.",
    ),
]
STANDS: list[tuple[tuple[str, str | None], str]] = [
    # the nights with the foster carer, the mother's feeds by day
    (
        SEDATIVES,
        "Diazepam carries on at 2 mg; the foster carer does every night feed, and Mother does daytime feeds at "
        "contact. Late withdrawal possible to day 8.",
    ),
    # another word of safe sleep beside the night care
    (
        SEDATIVES,
        "Both tablets carry on. Mother does the night feeds with the baby in a crib beside her, never in her bed; "
        "late withdrawal possible to day 8.",
    ),
    # the drowsiness denied by the clinician
    (
        SEDATIVES,
        "Both tablets carry on; she is not drowsy on these doses, so Mother does the night feeds. Late withdrawal "
        "possible to day 8.",
    ),
    # the medicine tapered
    (
        SEDATIVES,
        "Diazepam continues while the taper runs down to nothing by week 6; Mother does the night feeds. Late "
        "withdrawal possible to day 8.",
    ),
    # someone else has the nights until the dose is lowered, then the mother: the nights set after the change
    (
        SEDATIVES,
        "Diazepam continues for now. Sandra, the foster carer, is up at night: she covers the night feeds until "
        "the diazepam is lowered and reduced; then Kayleigh takes the night feeds. Late withdrawal possible to "
        "day 8.",
    ),
    # a taper elsewhere, the mother's nights set after it by time
    (
        SEDATIVES,
        "Both tablets carry on; the GP reduces the diazepam from week six. From week 10, Mother covers the night "
        "feeds. Late withdrawal possible to day 8.",
    ),
    # a taper that ends the medicine
    (
        SEDATIVES,
        "Diazepam continues; it is tapered off completely over the next fortnight. Mother does the night feeds "
        "at home. Late withdrawal possible to day 8.",
    ),
    # a stop elsewhere
    (
        SEDATIVES,
        "Both carry on until discharge, when the diazepam stops. Mum does the night feeds at home. Late "
        "withdrawal possible to day 8.",
    ),
    # the nights' time naming the baby's own sleeping place
    (
        SEDATIVES,
        "Both tablets carry on unchanged. Mother covers every night feed while the baby sleeps in his crib by "
        "the carer. Late withdrawal possible to day 8.",
    ),
    # a medicine that does not sedate
    (
        CITALOPRAM,
        "Citalopram 20 mg carries on: relapse risk outweighs the small risk to the baby. The ward midwives "
        "observe the baby for 48 hours for adaptation signs; mum does the night feeds and breastfeeding is "
        "supported.",
    ),
]


@pytest.mark.parametrize(("where", "text"), NIGHTS_TO_THE_MEDICATED)
def test_nights_to_the_parent_on_the_sedating_medicine_are_refused(where: tuple[str, str | None], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), STANDS)
def test_a_near_miss_passes(where: tuple[str, str | None], text: str) -> None:
    assert "MA122" not in _codes(where, text)


def test_the_reader_blanks_only_the_parents_clause() -> None:
    subjects = medicated_subjects("mother", frozenset({"kayleigh"}), False)
    text = normalise("It continues; mum does the night feeds, the carer the days.")
    blanked = nights_to_the_medicated(text, subjects)
    assert blanked is not None and "night" not in blanked and "carer" in blanked
    # "she" may be a foster carer: a pronoun is not read as the parent
    assert nights_to_the_medicated(normalise("It continues; she does the night feeds."), subjects) is None
    # a medicine stopped or tapered, or nothing continued, is not read
    assert nights_to_the_medicated(normalise("It stops today; mum does the night feeds."), subjects) is None
    assert nights_to_the_medicated(normalise("Mum does the night feeds."), subjects) is None
    # a taper to come, or the baby's watch bounded, in another sentence: the nights beside it are read
    assert nights_to_the_medicated(normalise("It continues; a taper from week six. Mum does the nights."), subjects)
    assert nights_to_the_medicated(normalise("It continues. Mum does the nights. We watch the baby until day 5."),
                                   subjects)
    # ... but not nights in the taper's own sentence, nor nights set after some change, nor beside a bound of the
    # medicine itself
    assert nights_to_the_medicated(normalise("It continues; a taper from week six, then mum does the nights."),
                                   subjects) is None
    assert nights_to_the_medicated(normalise("It continues; a taper from week six. Then mum does the nights."),
                                   subjects) is None
    assert nights_to_the_medicated(normalise("It continues; a taper from week six. After that, mum does the nights."),
                                   subjects) is None
    assert nights_to_the_medicated(normalise("It continues until the review. Mum does the nights."), subjects) is None
    # looking for the signs until a day is the baby's watch; a bound in a clause of its own is still the medicine's
    assert nights_to_the_medicated(normalise("It continues. Mum does the nights. We look for signs until day 5."),
                                   subjects)
    assert nights_to_the_medicated(
        normalise("We look for a new prescriber; it continues until then. Mum does the nights."), subjects
    ) is None
    # a partner's pronoun is not read either; his name and his role are
    his = medicated_subjects("partner", frozenset({"daniel"}), True)
    assert nights_to_the_medicated(normalise("It continues; he does the nights."), his) is None
    assert nights_to_the_medicated(normalise("It continues; dad does the nights."), his) is not None


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), NIGHTS_TO_THE_MEDICATED + STANDS)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str | None], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain


# MA122: someone else's night care kept only for the nights the parent has not taken the sedating medicines, which
# the dose lines give at fixed times every day: a condition that never holds, so the nights are kept from that
# parent on no night at all.
UNTAKEN_NIGHTS = (
    "Both tablets carry on at present doses. The carer covers the night feeds only on evenings when Mother has had "
    "no pregabalin or diazepam. Late withdrawal possible to day 8."
)
UNTAKEN_NIGHTS_STANDS = [
    # the parent's own nights narrowed so: kept from her on every night she takes them
    "Both tablets carry on at present doses. Mother covers the night feeds only on evenings when she has had no "
    "pregabalin or diazepam; otherwise the carer does. Late withdrawal possible to day 8.",
    # the carer's nights on the nights she has taken them
    "Both tablets carry on at present doses. The carer covers the night feeds only on evenings when Mother has had "
    "her pregabalin or diazepam. Late withdrawal possible to day 8.",
    # the other nights given to someone after it
    "Both tablets carry on at present doses. The carer covers the night feeds only on evenings when Mother has had "
    "no pregabalin or diazepam; on other nights her sister comes to stay and covers them. Late withdrawal possible "
    "to day 8.",
    # not only those nights
    "Both tablets carry on at present doses. The carer covers the night feeds every night, not only when Mother has "
    "had no pregabalin or diazepam. Late withdrawal possible to day 8.",
]


def _with_doses(text: str, doses: tuple[str, str]) -> set[str]:
    example, assessment = SEDATIVES
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    for medicine, dose in zip(data["medicines"][:2], doses, strict=True):
        medicine["dose"] = dose
    next(a for a in data["assessments"] if a["id"] == assessment)["conclusion"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


_EVERY_DAY = ("5 mg three times a day", "150 mg twice a day")


def test_nights_kept_only_on_untaken_nights_of_daily_doses_are_refused() -> None:
    assert "MA122" in _with_doses(UNTAKEN_NIGHTS, _EVERY_DAY)
    assert "MA122" in _with_doses(disguise(UNTAKEN_NIGHTS, random.Random(5)), _EVERY_DAY)


def test_nights_kept_on_untaken_nights_stand_where_a_dose_is_as_needed() -> None:
    assert "MA122" not in _with_doses(UNTAKEN_NIGHTS, ("2 mg as needed at night", "150 mg twice a day"))
    assert "MA122" not in _with_doses(disguise(UNTAKEN_NIGHTS, random.Random(5)), ("2 mg when required", "150 mg bd"))


@pytest.mark.parametrize("text", UNTAKEN_NIGHTS_STANDS)
def test_nights_kept_otherwise_stand(text: str) -> None:
    assert "MA122" not in _with_doses(text, _EVERY_DAY)
    assert "MA122" not in _with_doses(disguise(text, random.Random(6)), _EVERY_DAY)
