"""MA122: a plan under a birth told at a gestation no baby survives holds nothing (mappings/concerns.toml,
[narrowed] ``birth_at``), as one under a birth before it does: the act it gates never comes to the baby. A birth at
a gestation a baby survives, and the baby's age after a birth, are real conditions and stand.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.narrowed import without_narrowed
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, METHADONE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

NEVER = [
    (CITALOPRAM, "Citalopram goes on unchanged. Only if she delivers at 15 weeks does the maternity team watch the "
     "newborn's breathing and tone for two days. Breast milk is fine."),
    (METHADONE, "Methadone continues at 60 mg. Provided the delivery comes early at 19/40, the ward midwives score "
     "abstinence for three days. Breast milk encouraged; no bed sharing after her dose."),
    (CITALOPRAM, "Citalopram goes on unchanged. When the little one is born by 18+2 weeks the maternity team watches "
     "its breathing and tone for two days. Breast milk is fine."),
    # the participle alone after an inverted "were" or "if"
    (METHADONE, "Methadone continues at 60 mg. Were her baby born early at 17 weeks, the ward midwives would "
     "score abstinence for three days. Breast milk encouraged; no bed sharing after her dose."),
]
HOLDS = [
    (CITALOPRAM, "Citalopram goes on unchanged. Only if she delivers at 33 weeks does the neonatal unit watch the "
     "newborn's breathing and tone; otherwise the maternity team does, for two days. Breast milk is fine."),
    (METHADONE, "Methadone continues at 60 mg. Once the baby is born, the ward midwives score abstinence for three "
     "days; at 6 weeks the GP reviews him. Breast milk encouraged; no bed sharing after her dose."),
]


@pytest.mark.parametrize(("where", "text"), NEVER)
def test_a_plan_under_a_birth_at_a_gestation_no_baby_survives_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), HOLDS)
def test_a_plan_under_a_birth_a_baby_survives_passes(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), NEVER + HOLDS)
def test_a_disguised_birth_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain


@pytest.mark.parametrize(
    "text",
    [
        "if she delivers at 12 weeks the scan team sees her. formula feeds.",
        "the hv weighs him if the birth is at 20/40. formula feeds.",
        "if he is born very early at 21 weeks, the unit scores. formula feeds.",
        "were the baby born at 19 weeks, the unit would score. formula feeds.",
        "if born before 16/40 the hv weighs him. formula feeds.",
    ],
)
def test_what_is_set_aside(text: str) -> None:
    assert " ".join(without_narrowed(normalise(text)).replace(" .", "").split()).strip(". ") == "formula feeds"


@pytest.mark.parametrize(
    "text",
    [
        "if she delivers at 36 weeks, the unit scores.",
        "when the baby is born and at 6 weeks the gp reviews.",
        "if the birth plan at 12 weeks is kept, the midwife files it.",
        "when the baby is born at home, the midwife visits; the 12 weeks scan was normal.",
        "if the baby is born at 22 weeks, the neonatal unit leads.",
        "were the baby born at 31 weeks, the neonatal unit would lead.",
        "if her first son, born at 20 weeks, is at nursery, the sister collects him.",
    ],
)
def test_what_stands(text: str) -> None:
    assert without_narrowed(normalise(text)) == normalise(text)


# MA124: the baby named only under a condition that can never hold; the dose stays, the rest is about her
SILENT = [
    (METHADONE, "Methadone 60 mg daily is kept as it is through pregnancy and labour; stopping would risk relapse. "
     "If the infant is born at 14/40, the ward midwives score it for three days."),
    (CITALOPRAM, "Citalopram 20 mg stays unchanged, since her mood relapsed when she stopped before. When she is "
     "still pregnant after delivery, the maternity team watches the newborn's tone."),
]
SPOKEN = [
    (METHADONE, "Methadone 60 mg daily is kept as it is through pregnancy and labour; stopping would risk relapse. "
     "If the infant is born at 30/40, the neonatal unit scores it; otherwise the ward midwives do, for three days."),
    (CITALOPRAM, "Citalopram 20 mg stays unchanged, since her mood relapsed when she stopped before. If the birth is "
     "at 20 weeks it would not survive; the maternity team watches the newborn's tone for two days after birth."),
]


@pytest.mark.parametrize(("where", "text"), SILENT)
def test_the_baby_named_only_under_a_condition_never_met_is_silence(where: tuple[str, str], text: str) -> None:
    assert "MA124" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), SPOKEN)
def test_the_baby_named_outside_such_a_condition_is_spoken_of(where: tuple[str, str], text: str) -> None:
    assert "MA124" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), SILENT + SPOKEN)
def test_a_disguised_silence_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA124" in _codes(where, text)
    assert ("MA124" in _codes(where, disguise(text, random.Random(seed)))) == plain
