"""The fresh, independent batches (fresh_cases.py, fresh2_cases.py ... fresh127_cases.py) run
against the share gate.

Each batch was written from the issue and the rules, without the gate's code, after the ones before it, and
reuses none of their case names or conclusion texts. ``refuse``: the gate reports at least one error, or the
record model cannot read the record (it can then never be shared). ``pass``: no error (warnings are fine).

KNOWN_WRONG lists every case the gate gets wrong today: for a false refusal, the rule that fired and the word
or phrase that tripped it; for a false pass, the rule that should have caught it. They are strict xfails: when
the gate is fixed the case starts passing, the xfail turns into a failure, and the entry must be removed.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from tests.redteam import (
    fresh2_cases,
    fresh3_cases,
    fresh4_cases,
    fresh5_cases,
    fresh6_cases,
    fresh7_cases,
    fresh8_cases,
    fresh9_cases,
    fresh10_cases,
    fresh11_cases,
    fresh12_cases,
    fresh13_cases,
    fresh14_cases,
    fresh15_cases,
    fresh16_cases,
    fresh17_cases,
    fresh18_cases,
    fresh19_cases,
    fresh20_cases,
    fresh21_cases,
    fresh22_cases,
    fresh23_cases,
    fresh24_cases,
    fresh25_cases,
    fresh26_cases,
    fresh27_cases,
    fresh28_cases,
    fresh29_cases,
    fresh30_cases,
    fresh31_cases,
    fresh32_cases,
    fresh33_cases,
    fresh34_cases,
    fresh35_cases,
    fresh36_cases,
    fresh37_cases,
    fresh38_cases,
    fresh39_cases,
    fresh40_cases,
    fresh41_cases,
    fresh42_cases,
    fresh43_cases,
    fresh44_cases,
    fresh45_cases,
    fresh46_cases,
    fresh47_cases,
    fresh48_cases,
    fresh49_cases,
    fresh50_cases,
    fresh51_cases,
    fresh52_cases,
    fresh53_cases,
    fresh54_cases,
    fresh55_cases,
    fresh56_cases,
    fresh57_cases,
    fresh58_cases,
    fresh59_cases,
    fresh60_cases,
    fresh61_cases,
    fresh62_cases,
    fresh63_cases,
    fresh64_cases,
    fresh65_cases,
    fresh66_cases,
    fresh67_cases,
    fresh68_cases,
    fresh69_cases,
    fresh70_cases,
    fresh71_cases,
    fresh72_cases,
    fresh73_cases,
    fresh74_cases,
    fresh75_cases,
    fresh76_cases,
    fresh77_cases,
    fresh78_cases,
    fresh79_cases,
    fresh80_cases,
    fresh81_cases,
    fresh82_cases,
    fresh83_cases,
    fresh84_cases,
    fresh85_cases,
    fresh86_cases,
    fresh87_cases,
    fresh88_cases,
    fresh89_cases,
    fresh90_cases,
    fresh91_cases,
    fresh92_cases,
    fresh93_cases,
    fresh94_cases,
    fresh95_cases,
    fresh96_cases,
    fresh97_cases,
    fresh98_cases,
    fresh99_cases,
    fresh100_cases,
    fresh101_cases,
    fresh102_cases,
    fresh103_cases,
    fresh104_cases,
    fresh105_cases,
    fresh106_cases,
    fresh107_cases,
    fresh108_cases,
    fresh109_cases,
    fresh110_cases,
    fresh111_cases,
    fresh112_cases,
    fresh113_cases,
    fresh114_cases,
    fresh115_cases,
    fresh116_cases,
    fresh117_cases,
    fresh118_cases,
    fresh119_cases,
    fresh120_cases,
    fresh121_cases,
    fresh122_cases,
    fresh123_cases,
    fresh124_cases,
    fresh125_cases,
    fresh126_cases,
    fresh127_cases,
    fresh128_cases,
    fresh129_cases,
    fresh130_cases,
    fresh131_cases,
    fresh132_cases,
    fresh133_cases,
    fresh134_cases,
    fresh135_cases,
    fresh136_cases,
    fresh137_cases,
    fresh138_cases,
    fresh139_cases,
    fresh140_cases,
    fresh141_cases,
    fresh142_cases,
    fresh143_cases,
    fresh144_cases,
    fresh145_cases,
    fresh146_cases,
    fresh147_cases,
    fresh148_cases,
    fresh149_cases,
    fresh150_cases,
    fresh151_cases,
    fresh152_cases,
    fresh153_cases,
    fresh_cases,
)
from tests.redteam.cases import CASES, PASS, REFUSE, Case, Record, load_base
from tests.redteam.good_cases import GOOD
from tests.redteam.harness import describe, verdict
from tests.redteam.hollow_cases import HCASES


@dataclass(frozen=True)
class Corpus:
    """One batch: its cases, the categories it covers, and the least it holds of each verdict."""

    name: str
    cases: Sequence[Case]
    categories: Sequence[str]
    min_refuse: int
    min_pass: int


CORPORA = (
    Corpus("fresh", fresh_cases.FCASES, fresh_cases.CATEGORIES, min_refuse=60, min_pass=60),
    Corpus("fresh2", fresh2_cases.F2CASES, fresh2_cases.CATEGORIES, min_refuse=60, min_pass=70),
    Corpus("fresh3", fresh3_cases.F3CASES, fresh3_cases.CATEGORIES, min_refuse=70, min_pass=60),
    Corpus("fresh4", fresh4_cases.F4CASES, fresh4_cases.CATEGORIES, min_refuse=60, min_pass=80),
    Corpus("fresh5", fresh5_cases.F5CASES, fresh5_cases.CATEGORIES, min_refuse=50, min_pass=50),
    Corpus("fresh6", fresh6_cases.F6CASES, fresh6_cases.CATEGORIES, min_refuse=60, min_pass=60),
    Corpus("fresh7", fresh7_cases.F7CASES, fresh7_cases.CATEGORIES, min_refuse=60, min_pass=60),
    Corpus("fresh8", fresh8_cases.F8CASES, fresh8_cases.CATEGORIES, min_refuse=60, min_pass=60),
    Corpus("fresh9", fresh9_cases.F9CASES, fresh9_cases.CATEGORIES, min_refuse=60, min_pass=60),
    Corpus("fresh10", fresh10_cases.F10CASES, fresh10_cases.CATEGORIES, min_refuse=25, min_pass=80),
    Corpus("fresh11", fresh11_cases.F11CASES, fresh11_cases.CATEGORIES, min_refuse=55, min_pass=55),
    Corpus("fresh12", fresh12_cases.F12CASES, fresh12_cases.CATEGORIES, min_refuse=60, min_pass=60),
    Corpus("fresh13", fresh13_cases.F13CASES, fresh13_cases.CATEGORIES, min_refuse=60, min_pass=60),
    Corpus("fresh14", fresh14_cases.F14CASES, fresh14_cases.CATEGORIES, min_refuse=60, min_pass=60),
    Corpus("fresh15", fresh15_cases.F15CASES, fresh15_cases.CATEGORIES, min_refuse=25, min_pass=90),
    Corpus("fresh16", fresh16_cases.F16CASES, fresh16_cases.CATEGORIES, min_refuse=25, min_pass=80),
    Corpus("fresh17", fresh17_cases.F17CASES, fresh17_cases.CATEGORIES, min_refuse=50, min_pass=50),
    Corpus("fresh18", fresh18_cases.F18CASES, fresh18_cases.CATEGORIES, min_refuse=70, min_pass=60),
    Corpus("fresh19", fresh19_cases.F19CASES, fresh19_cases.CATEGORIES, min_refuse=33, min_pass=105),
    Corpus("fresh20", fresh20_cases.F20CASES, fresh20_cases.CATEGORIES, min_refuse=60, min_pass=55),
    Corpus("fresh21", fresh21_cases.F21CASES, fresh21_cases.CATEGORIES, min_refuse=28, min_pass=120),
    Corpus("fresh22", fresh22_cases.F22CASES, fresh22_cases.CATEGORIES, min_refuse=90, min_pass=45),
    Corpus("fresh23", fresh23_cases.F23CASES, fresh23_cases.CATEGORIES, min_refuse=80, min_pass=50),
    Corpus("fresh24", fresh24_cases.F24CASES, fresh24_cases.CATEGORIES, min_refuse=40, min_pass=100),
    Corpus("fresh25", fresh25_cases.F25CASES, fresh25_cases.CATEGORIES, min_refuse=85, min_pass=65),
    Corpus("fresh26", fresh26_cases.F26CASES, fresh26_cases.CATEGORIES, min_refuse=80, min_pass=60),
    Corpus("fresh27", fresh27_cases.F27CASES, fresh27_cases.CATEGORIES, min_refuse=33, min_pass=125),
    Corpus("fresh28", fresh28_cases.F28CASES, fresh28_cases.CATEGORIES, min_refuse=70, min_pass=70),
    Corpus("fresh29", fresh29_cases.F29CASES, fresh29_cases.CATEGORIES, min_refuse=110, min_pass=95),
    Corpus("fresh30", fresh30_cases.F30CASES, fresh30_cases.CATEGORIES, min_refuse=27, min_pass=110),
    Corpus("fresh31", fresh31_cases.F31CASES, fresh31_cases.CATEGORIES, min_refuse=55, min_pass=60),
    Corpus("fresh32", fresh32_cases.F32CASES, fresh32_cases.CATEGORIES, min_refuse=17, min_pass=78),
    Corpus("fresh33", fresh33_cases.F33CASES, fresh33_cases.CATEGORIES, min_refuse=78, min_pass=70),
    Corpus("fresh34", fresh34_cases.F34CASES, fresh34_cases.CATEGORIES, min_refuse=22, min_pass=118),
    Corpus("fresh35", fresh35_cases.F35CASES, fresh35_cases.CATEGORIES, min_refuse=110, min_pass=75),
    Corpus("fresh36", fresh36_cases.F36CASES, fresh36_cases.CATEGORIES, min_refuse=62, min_pass=58),
    Corpus("fresh37", fresh37_cases.F37CASES, fresh37_cases.CATEGORIES, min_refuse=95, min_pass=70),
    Corpus("fresh38", fresh38_cases.F38CASES, fresh38_cases.CATEGORIES, min_refuse=27, min_pass=100),
    Corpus("fresh39", fresh39_cases.F39CASES, fresh39_cases.CATEGORIES, min_refuse=70, min_pass=52),
    Corpus("fresh40", fresh40_cases.F40CASES, fresh40_cases.CATEGORIES, min_refuse=25, min_pass=95),
    Corpus("fresh41", fresh41_cases.F41CASES, fresh41_cases.CATEGORIES, min_refuse=22, min_pass=90),
    Corpus("fresh42", fresh42_cases.F42CASES, fresh42_cases.CATEGORIES, min_refuse=85, min_pass=62),
    Corpus("fresh43", fresh43_cases.F43CASES, fresh43_cases.CATEGORIES, min_refuse=115, min_pass=65),
    Corpus("fresh44", fresh44_cases.F44CASES, fresh44_cases.CATEGORIES, min_refuse=32, min_pass=100),
    Corpus("fresh45", fresh45_cases.F45CASES, fresh45_cases.CATEGORIES, min_refuse=95, min_pass=85),
    Corpus("fresh46", fresh46_cases.F46CASES, fresh46_cases.CATEGORIES, min_refuse=65, min_pass=64),
    Corpus("fresh47", fresh47_cases.F47CASES, fresh47_cases.CATEGORIES, min_refuse=27, min_pass=85),
    Corpus("fresh48", fresh48_cases.F48CASES, fresh48_cases.CATEGORIES, min_refuse=24, min_pass=85),
    Corpus("fresh49", fresh49_cases.F49CASES, fresh49_cases.CATEGORIES, min_refuse=75, min_pass=68),
    Corpus("fresh50", fresh50_cases.F50CASES, fresh50_cases.CATEGORIES, min_refuse=20, min_pass=80),
    Corpus("fresh51", fresh51_cases.F51CASES, fresh51_cases.CATEGORIES, min_refuse=75, min_pass=58),
    Corpus("fresh52", fresh52_cases.F52CASES, fresh52_cases.CATEGORIES, min_refuse=20, min_pass=92),
    Corpus("fresh53", fresh53_cases.F53CASES, fresh53_cases.CATEGORIES, min_refuse=68, min_pass=60),
    Corpus("fresh54", fresh54_cases.F54CASES, fresh54_cases.CATEGORIES, min_refuse=110, min_pass=75),
    Corpus("fresh55", fresh55_cases.F55CASES, fresh55_cases.CATEGORIES, min_refuse=24, min_pass=92),
    Corpus("fresh56", fresh56_cases.F56CASES, fresh56_cases.CATEGORIES, min_refuse=18, min_pass=90),
    Corpus("fresh57", fresh57_cases.F57CASES, fresh57_cases.CATEGORIES, min_refuse=78, min_pass=68),
    Corpus("fresh58", fresh58_cases.F58CASES, fresh58_cases.CATEGORIES, min_refuse=65, min_pass=60),
    Corpus("fresh59", fresh59_cases.F59CASES, fresh59_cases.CATEGORIES, min_refuse=14, min_pass=62),
    Corpus("fresh60", fresh60_cases.F60CASES, fresh60_cases.CATEGORIES, min_refuse=18, min_pass=62),
    Corpus("fresh61", fresh61_cases.F61CASES, fresh61_cases.CATEGORIES, min_refuse=90, min_pass=70),
    Corpus("fresh62", fresh62_cases.F62CASES, fresh62_cases.CATEGORIES, min_refuse=58, min_pass=56),
    Corpus("fresh63", fresh63_cases.F63CASES, fresh63_cases.CATEGORIES, min_refuse=85, min_pass=60),
    Corpus("fresh64", fresh64_cases.F64CASES, fresh64_cases.CATEGORIES, min_refuse=24, min_pass=96),
    Corpus("fresh65", fresh65_cases.F65CASES, fresh65_cases.CATEGORIES, min_refuse=10, min_pass=80),
    Corpus("fresh66", fresh66_cases.F66CASES, fresh66_cases.CATEGORIES, min_refuse=50, min_pass=56),
    Corpus("fresh67", fresh67_cases.F67CASES, fresh67_cases.CATEGORIES, min_refuse=85, min_pass=66),
    Corpus("fresh68", fresh68_cases.F68CASES, fresh68_cases.CATEGORIES, min_refuse=70, min_pass=60),
    Corpus("fresh69", fresh69_cases.F69CASES, fresh69_cases.CATEGORIES, min_refuse=20, min_pass=90),
    Corpus("fresh70", fresh70_cases.F70CASES, fresh70_cases.CATEGORIES, min_refuse=65, min_pass=65),
    Corpus("fresh71", fresh71_cases.F71CASES, fresh71_cases.CATEGORIES, min_refuse=70, min_pass=65),
    Corpus("fresh72", fresh72_cases.F72CASES, fresh72_cases.CATEGORIES, min_refuse=20, min_pass=85),
    Corpus("fresh73", fresh73_cases.F73CASES, fresh73_cases.CATEGORIES, min_refuse=22, min_pass=95),
    Corpus("fresh74", fresh74_cases.F74CASES, fresh74_cases.CATEGORIES, min_refuse=90, min_pass=62),
    Corpus("fresh75", fresh75_cases.F75CASES, fresh75_cases.CATEGORIES, min_refuse=80, min_pass=50),
    Corpus("fresh76", fresh76_cases.F76CASES, fresh76_cases.CATEGORIES, min_refuse=28, min_pass=80),
    Corpus("fresh77", fresh77_cases.F77CASES, fresh77_cases.CATEGORIES, min_refuse=105, min_pass=80),
    Corpus("fresh78", fresh78_cases.F78CASES, fresh78_cases.CATEGORIES, min_refuse=70, min_pass=70),
    Corpus("fresh79", fresh79_cases.F79CASES, fresh79_cases.CATEGORIES, min_refuse=140, min_pass=100),
    Corpus("fresh80", fresh80_cases.F80CASES, fresh80_cases.CATEGORIES, min_refuse=140, min_pass=90),
    Corpus("fresh81", fresh81_cases.F81CASES, fresh81_cases.CATEGORIES, min_refuse=35, min_pass=110),
    Corpus("fresh82", fresh82_cases.F82CASES, fresh82_cases.CATEGORIES, min_refuse=38, min_pass=120),
    Corpus("fresh83", fresh83_cases.F83CASES, fresh83_cases.CATEGORIES, min_refuse=75, min_pass=75),
    Corpus("fresh84", fresh84_cases.F84CASES, fresh84_cases.CATEGORIES, min_refuse=80, min_pass=75),
    Corpus("fresh85", fresh85_cases.F85CASES, fresh85_cases.CATEGORIES, min_refuse=40, min_pass=125),
    Corpus("fresh86", fresh86_cases.F86CASES, fresh86_cases.CATEGORIES, min_refuse=38, min_pass=120),
    Corpus("fresh87", fresh87_cases.F87CASES, fresh87_cases.CATEGORIES, min_refuse=130, min_pass=105),
    Corpus("fresh88", fresh88_cases.F88CASES, fresh88_cases.CATEGORIES, min_refuse=36, min_pass=90),
    Corpus("fresh89", fresh89_cases.F89CASES, fresh89_cases.CATEGORIES, min_refuse=80, min_pass=85),
    Corpus("fresh90", fresh90_cases.F90CASES, fresh90_cases.CATEGORIES, min_refuse=80, min_pass=58),
    Corpus("fresh91", fresh91_cases.F91CASES, fresh91_cases.CATEGORIES, min_refuse=46, min_pass=130),
    Corpus("fresh92", fresh92_cases.F92CASES, fresh92_cases.CATEGORIES, min_refuse=105, min_pass=75),
    Corpus("fresh93", fresh93_cases.F93CASES, fresh93_cases.CATEGORIES, min_refuse=45, min_pass=115),
    Corpus("fresh94", fresh94_cases.F94CASES, fresh94_cases.CATEGORIES, min_refuse=90, min_pass=60),
    Corpus("fresh95", fresh95_cases.F95CASES, fresh95_cases.CATEGORIES, min_refuse=90, min_pass=50),
    Corpus("fresh96", fresh96_cases.F96CASES, fresh96_cases.CATEGORIES, min_refuse=55, min_pass=105),
    Corpus("fresh97", fresh97_cases.F97CASES, fresh97_cases.CATEGORIES, min_refuse=35, min_pass=90),
    Corpus("fresh98", fresh98_cases.F98CASES, fresh98_cases.CATEGORIES, min_refuse=70, min_pass=52),
    Corpus("fresh99", fresh99_cases.F99CASES, fresh99_cases.CATEGORIES, min_refuse=95, min_pass=75),
    Corpus("fresh100", fresh100_cases.F100CASES, fresh100_cases.CATEGORIES, min_refuse=75, min_pass=45),
    Corpus("fresh101", fresh101_cases.F101CASES, fresh101_cases.CATEGORIES, min_refuse=45, min_pass=110),
    Corpus("fresh102", fresh102_cases.F102CASES, fresh102_cases.CATEGORIES, min_refuse=40, min_pass=95),
    Corpus("fresh103", fresh103_cases.F103CASES, fresh103_cases.CATEGORIES, min_refuse=90, min_pass=60),
    Corpus("fresh104", fresh104_cases.F104CASES, fresh104_cases.CATEGORIES, min_refuse=85, min_pass=40),
    Corpus("fresh105", fresh105_cases.F105CASES, fresh105_cases.CATEGORIES, min_refuse=38, min_pass=92),
    Corpus("fresh106", fresh106_cases.F106CASES, fresh106_cases.CATEGORIES, min_refuse=30, min_pass=80),
    Corpus("fresh107", fresh107_cases.F107CASES, fresh107_cases.CATEGORIES, min_refuse=45, min_pass=120),
    Corpus("fresh108", fresh108_cases.F108CASES, fresh108_cases.CATEGORIES, min_refuse=85, min_pass=55),
    Corpus("fresh109", fresh109_cases.F109CASES, fresh109_cases.CATEGORIES, min_refuse=80, min_pass=52),
    Corpus("fresh110", fresh110_cases.F110CASES, fresh110_cases.CATEGORIES, min_refuse=60, min_pass=55),
    Corpus("fresh111", fresh111_cases.F111CASES, fresh111_cases.CATEGORIES, min_refuse=40, min_pass=100),
    Corpus("fresh112", fresh112_cases.F112CASES, fresh112_cases.CATEGORIES, min_refuse=35, min_pass=85),
    Corpus("fresh113", fresh113_cases.F113CASES, fresh113_cases.CATEGORIES, min_refuse=90, min_pass=58),
    Corpus("fresh114", fresh114_cases.F114CASES, fresh114_cases.CATEGORIES, min_refuse=85, min_pass=62),
    Corpus("fresh115", fresh115_cases.F115CASES, fresh115_cases.CATEGORIES, min_refuse=88, min_pass=68),
    Corpus("fresh116", fresh116_cases.F116CASES, fresh116_cases.CATEGORIES, min_refuse=35, min_pass=90),
    Corpus("fresh117", fresh117_cases.F117CASES, fresh117_cases.CATEGORIES, min_refuse=42, min_pass=110),
    Corpus("fresh118", fresh118_cases.F118CASES, fresh118_cases.CATEGORIES, min_refuse=70, min_pass=50),
    Corpus("fresh119", fresh119_cases.F119CASES, fresh119_cases.CATEGORIES, min_refuse=80, min_pass=55),
    Corpus("fresh120", fresh120_cases.F120CASES, fresh120_cases.CATEGORIES, min_refuse=35, min_pass=95),
    Corpus("fresh121", fresh121_cases.F121CASES, fresh121_cases.CATEGORIES, min_refuse=40, min_pass=70),
    Corpus("fresh122", fresh122_cases.F122CASES, fresh122_cases.CATEGORIES, min_refuse=38, min_pass=100),
    Corpus("fresh123", fresh123_cases.F123CASES, fresh123_cases.CATEGORIES, min_refuse=90, min_pass=60),
    Corpus("fresh124", fresh124_cases.F124CASES, fresh124_cases.CATEGORIES, min_refuse=92, min_pass=74),
    Corpus("fresh125", fresh125_cases.F125CASES, fresh125_cases.CATEGORIES, min_refuse=48, min_pass=110),
    Corpus("fresh126", fresh126_cases.F126CASES, fresh126_cases.CATEGORIES, min_refuse=48, min_pass=100),
    Corpus("fresh127", fresh127_cases.F127CASES, fresh127_cases.CATEGORIES, min_refuse=95, min_pass=70),
    Corpus("fresh128", fresh128_cases.F128CASES, fresh128_cases.CATEGORIES, min_refuse=85, min_pass=78),
    Corpus("fresh129", fresh129_cases.F129CASES, fresh129_cases.CATEGORIES, min_refuse=55, min_pass=110),
    Corpus("fresh130", fresh130_cases.F130CASES, fresh130_cases.CATEGORIES, min_refuse=54, min_pass=138),
    Corpus("fresh131", fresh131_cases.F131CASES, fresh131_cases.CATEGORIES, min_refuse=48, min_pass=108),
    Corpus("fresh132", fresh132_cases.F132CASES, fresh132_cases.CATEGORIES, min_refuse=95, min_pass=82),
    Corpus("fresh133", fresh133_cases.F133CASES, fresh133_cases.CATEGORIES, min_refuse=58, min_pass=140),
    Corpus("fresh134", fresh134_cases.F134CASES, fresh134_cases.CATEGORIES, min_refuse=40, min_pass=115),
    Corpus("fresh135", fresh135_cases.F135CASES, fresh135_cases.CATEGORIES, min_refuse=76, min_pass=86),
    Corpus("fresh136", fresh136_cases.F136CASES, fresh136_cases.CATEGORIES, min_refuse=44, min_pass=112),
    Corpus("fresh137", fresh137_cases.F137CASES, fresh137_cases.CATEGORIES, min_refuse=70, min_pass=80),
    Corpus("fresh138", fresh138_cases.F138CASES, fresh138_cases.CATEGORIES, min_refuse=22, min_pass=130),
    Corpus("fresh139", fresh139_cases.F139CASES, fresh139_cases.CATEGORIES, min_refuse=36, min_pass=115),
    Corpus("fresh140", fresh140_cases.F140CASES, fresh140_cases.CATEGORIES, min_refuse=33, min_pass=120),
    Corpus("fresh141", fresh141_cases.F141CASES, fresh141_cases.CATEGORIES, min_refuse=78, min_pass=78),
    Corpus("fresh142", fresh142_cases.F142CASES, fresh142_cases.CATEGORIES, min_refuse=22, min_pass=150),
    Corpus("fresh143", fresh143_cases.F143CASES, fresh143_cases.CATEGORIES, min_refuse=92, min_pass=86),
    Corpus("fresh144", fresh144_cases.F144CASES, fresh144_cases.CATEGORIES, min_refuse=30, min_pass=115),
    Corpus("fresh145", fresh145_cases.F145CASES, fresh145_cases.CATEGORIES, min_refuse=85, min_pass=40),
    Corpus("fresh146", fresh146_cases.F146CASES, fresh146_cases.CATEGORIES, min_refuse=95, min_pass=86),
    Corpus("fresh147", fresh147_cases.F147CASES, fresh147_cases.CATEGORIES, min_refuse=55, min_pass=128),
    Corpus("fresh148", fresh148_cases.F148CASES, fresh148_cases.CATEGORIES, min_refuse=88, min_pass=88),
    Corpus("fresh149", fresh149_cases.F149CASES, fresh149_cases.CATEGORIES, min_refuse=95, min_pass=80),
    Corpus("fresh151", fresh151_cases.F151CASES, fresh151_cases.CATEGORIES, min_refuse=80, min_pass=80),
    Corpus("fresh150", fresh150_cases.F150CASES, fresh150_cases.CATEGORIES, min_refuse=60, min_pass=115),
    Corpus("fresh152", fresh152_cases.F152CASES, fresh152_cases.CATEGORIES, min_refuse=90, min_pass=80),
    Corpus("fresh153", fresh153_cases.F153CASES, fresh153_cases.CATEGORIES, min_refuse=40, min_pass=90),
)
ALL = [c for corpus in CORPORA for c in corpus.cases]

KNOWN_WRONG: dict[str, str] = {
    # fresh153: a false-refusal hunt against the last stop's newest readings (fresh149 to fresh151, mutation round
    # 48): passives with their specifics, vague times beside real ones, items closed, real names in brackets, guidance
    # applied, dose lines and dates, helpers withdrawn and replaced, household members' medicines and nights, watches
    # and levels ended for a reason; each with a hollow twin.
    "f153-vt-quet-regularly-only": (
        "false pass: MA103 should refuse; 'will check the sleeping arrangements regularly and whenever possible': "
        "the only act's times name no time, and no one holds the sedated father's nights; left by fixf49: 'regularly' "
        "and 'whenever possible' are now vague times and the act is set aside, but what is left ('quetiapine 300 mg "
        "nocte makes him very hard to wake') is read as a claim about this case and stands, as with 'as needed' "
        "or 'when convenient' in place of them; refusing it needs a reading of a risk stated with no plan beside it"
    ),
    "f153-ho-quet-hv-tbc": (
        "false pass: MA103 should refuse; 'Crib check ... (HV: TBC). Night feeds: ???.': the night feeds held by a "
        "placeholder; no one holds the sedated father's nights; left by fixf49: with both the crib check and the "
        "night feeds set aside, what is left ('leaves him too sedated to care for the baby at night') is read as a "
        "claim and stands, so reading 'Night feeds: ???' or 'HV: TBC' as unheld changes no verdict; refusing it needs "
        "a reading of a risk stated with no plan beside it"
    ),
    "f153-gd-meth-guideline-reported": (
        "false pass: MA103 should refuse; 'The trust guideline states that babies exposed to opioids are scored for 72 "
        "hours ...': guidance reported only beside 'Methadone 60 mg od continues.' (the gap of f150-gd-meth-"
        "guideline-only, here without '(supervised)')"
    ),
    "f153-gd-lith-nice-says": (
        "false pass: MA103 should refuse; 'NICE says women on lithium should have levels every 4 weeks ...': guidance "
        "reported, never applied to Rebecca or her baby (the gap of f150-gd-lith-nice-only)"
    ),
    "f153-gd-quet-lullaby-reported": (
        "false pass: MA103 should refuse; 'The Lullaby Trust advises that babies should not share a bed with an adult "
        "who has taken sedating medication.': guidance reported; no one holds the sedated father's nights"
    ),
    "f153-ds-quet-line-70-a-week": (
        "false pass: MA130 should refuse; '300 mg (three tablets) at night; 70 tablets dispensed weekly': three a "
        "night make 21 a week, not 70 ('dispensed weekly' not read as the count's span)"
    ),
    "f153-wd-meth-hv-on-leave-bare": (
        "false pass: MA122 should refuse; 'The named HV was to check for late withdrawal and the cot at home but can "
        "no longer do so.': the home watch and cot check withdrawn with nothing instead; no NAS plan is left at all"
    ),
    "f153-wd-lith-psychiatrist-moved-bare": (
        "false pass: MA122 should refuse; 'The psychiatrist who was to take levels ... has moved post.': the levels' "
        "only holder gone, no one instead"
    ),
    "f153-wd-dzp-drug-worker-left-new": (
        "false refusal: MA122 fired on 'Her drug worker, who has left the service, was to run the diazepam "
        "reduction': the next clause names the new holder ('the new worker, Tom Hale, starts it from 1 July with "
        "weekly reviews'), so the reduction rests on a named person"
    ),
    "f153-hh-meth-son-diazepam-his-business": (
        "false pass: MA123 should refuse; 'that is his own business and not for this assessment': a household "
        "member's sedating medicine dismissed (the gap of f151-hh-lodger-methadone-dismissed)"
    ),
    "f153-nt-dzp-when-sandra-off-mum": (
        "false pass: MA127 should refuse; 'Sandra Hollis does the night feeds, and when Sandra is off Kayleigh does "
        "them': the sedated mother ('make Kayleigh very drowsy') given the night feeds by a pronoun when Sandra is off "
        "(left by fixg49, not reached in time; a lead, unverified: [night_care] clause_blockers holds 'when', "
        "so a condition naming another carer's absence may bound the clause as a safe bound would)"
    ),
    "f153-nt-dzp-late-shift-mum": (
        "false pass: MA127 should refuse; 'When Sandra is on a late shift Kayleigh has the baby overnight.': the "
        "sedated mother ('sedate Kayleigh') left the lone carer overnight "
        "(left by fixg49, not reached in time; leads, unverified: the 'when' clause blocker as in "
        "f153-nt-dzp-when-sandra-off-mum, and 'has the baby' with 'overnight' may be no night duty it knows)"
    ),
    "f153-nt-quet-grandma-pregabalin-3am": (
        "false pass: MA127 should refuse; '..., so Chloe's mother, who is on pregabalin and drowsy in the evenings, "
        "does the 3 am feed': a sedated grandmother given the small-hours feed (the adult is the subject of a clause "
        "after 'so', not of the sentence)"
    ),
    "f153-ov-p-grandparent-night-feeds": (
        "false pass: MA127 should refuse; 'so Chloe's mother, who takes promethazine to sleep, does the night "
        "feeds': a sedated grandmother given the nights in the overall conclusion"
    ),
    "f153-ov-l-levels-dropped": (
        "false pass: MA127 should refuse; 'Levels monthly to 36 weeks, none after that.': the weekly levels from 36 "
        "weeks and the level within 24 hours of birth the recommendations plan are ruled out"
    ),
    # fresh152: a held-out-style mix, twenty-ninth round (restated prompts, deferrals, vague times, placeholder
    # holders, guidance quoted not applied, plans ended bare; UK brands and misspellings; impossible dates,
    # gestations, routes, doses, strengths and lithium levels; the father's sedating medicines; real styles).
    "f152-en-dzp-night-feeds-stop": (
        "false pass: MA122 should refuse; 'The foster carer stops doing the night feeds from next week.': the night "
        "cover of a sedated mother ends with nothing in its place"
    ),
    "f152-dg-en-dzp-night-feeds-stop": (
        "false pass: MA122 should refuse; as f152-en-dzp-night-feeds-stop, with soft hyphens"
    ),
    "f152-en-meth-hv-visit-cancelled": (
        "false pass: MA122 should refuse; 'The health visitor who was to check the cot has left and the visit is "
        "cancelled.': the cot check and any watch at home ended with no one in their place"
    ),
    "f152-en-lith-levels-stop": (
        "false pass: MA122 should refuse; 'the perinatal psychiatrist has discharged Rebecca, so her levels stop "
        "after this month': lithium levels stopped at 24 weeks with no one taking them on, the baby's review untimed"
    ),
    "f152-hh-quet-dad-3am": (
        "false pass: MA127 should refuse; 'so he gives the baby its 3 am bottle before going back to sleep': the "
        "small-hours feed given to the father his own assessment says is sedated at night by quetiapine"
    ),
    # fresh150: a false-refusal hunt against the last stop's newest readings (fresh146 to fresh148, mutation round
    # 47): placeholder and indefinite holders, items to do, shorthand queries, labelled lines and topic labels, watch
    # as a noun and ward leavers, crib checks and safe sleep advice, toxicity, holders withdrawn, replaced plans,
    # daily maxima and tablet counts, guidance pointed back at, levels beyond the schedule, reasons; each with a twin.
    "f150-cr-meth-cot-checks-not-needed": (
        "false pass: MA127 should refuse; 'checks of the cot are not needed': the sleeping place's check its item "
        "plans (seen at the first home visit) said needless, with no check of its own, for a sedating medicine; left "
        "by fixg48: the methadone assessment's own items plan no check of the sleeping place (only the overall "
        "conclusion has the HV see the sleeping arrangements before discharge), and [sleep_checks_dropped] reads an "
        "assessment's conclusion against its own items only; reading it against the overall's plan, or a dropped check "
        "as leaving the sleep concern unanswered (MA122/MA124), is a new reading needing its own screen"
    ),
    # fresh151: the household and the nights (partners', grandparents', lodgers' and carers' sedating medicines;
    # who holds each night; plans that change or end; several carers; foster and kinship care).
    "f151-hh-lodger-methadone-dismissed": (
        "false pass: MA123 should refuse; 'The lodger's methadone is none of our business.': an opioid in the baby's "
        "home dismissed (issue 9: a household member's sedating medicine is never dismissed) ("
        "left by fixh48: 'none of our business' is in no [dismissal] list, and setting it aside alone would "
        "not refuse: the rest decides ('Chloe does the feeds; the health visitor checks the crib'); no "
        "reading asks that a household member's sedating medicine outside the record be answered, which is a "
        "new reading, not a word)"
    ),
    "f151-it-olz-capacity-na": (
        "false pass: MA123 should refuse; parenting capacity 'Not applicable.' for a father heavily asleep within the"
        " hour of his olanzapine: the baby's care by the partner dismissed ("
        "left by fixh48: [concerns.sedation-safe-sleep] reads a dismissal only in its items "
        "(impact_on_mother.safe_sleep); parenting_capacity is in addressed_in, where 'Not applicable.' is not "
        "read as a dismissal; making it an item for a partner changes what MA122/MA125 ask of every partner "
        "record and was not measured in time)"
    ),
    # fresh149: a held-out-style mix, twenty-eighth round (restated prompts, "discussed"/"noted"/"aware", deferrals,
    # vague times, placeholder holders; UK brands, repeat slips and misspellings; impossible dates, gestations,
    # routes, doses and lithium levels; the father's sedating medicines; good conclusions in many real styles).
    # fresh147: a false-refusal hunt against the last two stops' newest readings (fresh140 to fresh145): takers'
    # lines beside topic lists, conditions, guidance, reasons, holders, checklists, times, passives, headings,
    # paracetamol maxima, safe sleep advice, lithium results and levels, plans ended; each with a hollow twin.
    # fresh148: names and impossible facts, a sweep (UK brands, misspelt brands, salts and abbreviations,
    # combinations, run-on strengths, look-alike harmless medicines; calendar, record dates, routes, doses, counts).
    "f148-ds-dzp-500mg": (
        "false pass: MA130 should refuse; '500 mg three times a day' for diazepam 5 mg tablets: 1.5 g a day, fifty "
        "times the daily maximum (30 mg); left by fixe47: no day's maximum of diazepam by mouth is published to "
        "read it against: the SmPC's doses run to 60 mg daily (spasticity) and, in alcohol withdrawal, 5-20 mg "
        "repeated every 2 to 4 hours with no ceiling; adding 30 mg would refuse licensed regimens"
    ),
    # fresh146: a held-out-style mix, twenty-seventh round (restated prompts, "discussed"/"noted"/"aware", plans held
    # by no one, deferrals; UK brands, repeat-slip lines and misspellings; impossible dates, routes, depots and doses;
    # the partner's sedating medicines; good conclusions as letters, SOAP, SBAR, bullets, tables and shorthand).
    "f146-rt-lith-8000-mg": (
        "false pass: MA130 should refuse; '8000 mg at night': lithium at ten times the usual dose, a lethal amount, "
        "agreed by the overall conclusion; left by fixe47: lithium's dose is set by its serum level and no "
        "licensed daily maximum is published (BNF, NHS), so [daily_maximum] cannot hold a sourced figure"
    ),
    # fresh143: a held-out-style mix, twenty-sixth round (second-person, "we agreed", timeline and checklist
    # conclusions; dates in words and ISO; routes and forms told in passing; odd units; a partner's and a lodger's
    # medicines; hollow checklists).
    # fresh144: a false-refusal hunt against the last stop's newest readings (fresh140 to fresh142, mutation round
    # 45): reconciliation headings, labelled decision parts, heading dismissals, plans ended and holders moved,
    # sleep and levels dropped, day-N checks and births told by date; a few near misses for each.
    # fresh145: a false-pass hunt: hollow conclusions that look substantive (topic lists, any baby's care,
    # guidance quoted, open questions, empty conditions, vague owners and times, past tense, padding).
    "f145-cp-dzp-ssri-copy": (
        "false pass: MA122 should refuse; 'the small risk of persistent pulmonary hypertension of the newborn': an "
        "SSRI's conclusion copied onto diazepam and pregabalin: the class's sedation, safe sleep and withdrawal go "
        "unaddressed in the conclusion; but the record's own items answer them (safe_sleep, the withdrawal plan), "
        "as MA122 allows, and the conclusion names breastfeeding and relapse, concerns the class raises; what is "
        "wrong is a conclusion that speaks past its own class and breastfeeding against a bottle-fed record (fixd46 "
        "left it: not clearly wrong under MA122 as written)"
    ),
    "f145-dg-cp-dzp-ssri-copy": (
        "false pass: MA122 should refuse; 'the small risk of persistent pulmonary hypertension of the newborn': the "
        "same copied SSRI conclusion in bidi isolates"
    ),
    # fresh142: a false-refusal hunt with long, structured conclusions (letters with a history, discharge summaries
    # under headings, SBAR handovers, minutes with actions, medicines reconciliations, changed plans,
    # contingencies, quoted advice, numbers); a few near misses bury one defect in the long text.
    "f142-dc-dzp-sleep-heading-deferred": (
        "false pass: MA122 should refuse; 'Sleep: as per the placement's own policy.': in a headed discharge "
        "summary for a sedated mother the Sleep heading defers, and no sentence keeps her from bed sharing"
        "; the MA103 decision-part reading (gate/decision_part.py) rightly passes it (its Feeding and Follow-up "
        "parts decide): the gap is MA122 reading a concern's own heading that defers"
        "; left by fixc46: the same conclusion with the Sleep sentence removed, and with no word of drowsiness "
        "either, passes too (the record's safe sleep item and its overall conclusion both rule out bed, sofa and "
        "armchair sharing), so blanking the deferring heading changes no verdict; refusing it needs MA122 to ask "
        "each headed summary for its own sleep plan beside an item that answers it, a wider rule than the heading"
    ),
    "f142-ch-co-plan-pending-scan": (
        "false pass: MA103 should refuse; 'now everything depends on the growth scan result, expected next "
        "week, and the plan ... will be decided then': history of a past change, the present plan made to wait "
        "on an awaited result"
        "; no decision label, so the MA103 decision-part reading does not apply: it needs the unlabelled reading "
        "(present acts apart from past-tense history). The awaited result and its deferral are already set aside "
        "(claims_beyond); what still claims is the history: 'at booking we first planned to continue it' (a past "
        "plan: 'planned to', 'continue') and a dose history with no year marker the history reader knows ('in late "
        "2024 she tapered ... so 20 mg was restarted'). Reading 'at booking' or a season of a year as history "
        "markers was not taken in fixa46: must-pass conclusions open present plans with them ('at booking we agreed "
        "she continues ...') and the corpus measure it needs did not fit"
    ),
    # fresh140: a false-refusal hunt against the last stop's newest readings (ended plans, gone professionals,
    # another class's levels, nights, places, safe sleep NA, passives, dated first babies, numbers, doses, remote
    # contacts, hand-overs, harm denied).
    "f140-nt-dzp-kayleigh-nights-carer-sleeps": (
        "false pass: MA122 should refuse; 'Kayleigh will give the night feeds while the foster carer sleeps': the "
        "sedated mother given the nights beside a reduction still to come. Left by fixb46: the nights clause and its "
        "time are read (the same text without the bed/sofa clause is refused), but the conclusion also rules out a "
        "bed, sofa or armchair with the baby, and MA122's night-care reading refuses only where the nights are the "
        "text's only word on safe sleep; refusing nights to a sedated parent beside such a plan is a policy change "
        "(is a sedated mother feeding at night, never lying down with the baby, an unanswered concern?) for the lead"
    ),
    "f140-nt-fo-carer-nights-only-untreated": (
        "false pass: MA122 should refuse; 'only on nights when Kayleigh has taken neither diazepam nor pregabalin': "
        "fixed daily doses, so that night never comes and no one holds the nights. Left by fixb46: the narrowing is "
        "read and set aside (nights_kept_on_untaken_nights), but 'Kayleigh never shares a bed, sofa or armchair with "
        "the baby' answers safe sleep in another clause; as for f140-nt-dzp-kayleigh-nights-carer-sleeps, refusing "
        "nights left to no one beside a sleeping-place plan is a policy change for the lead"
    ),
    "f140-sn-po-cosleeping-na": (
        "false pass: MA123 should refuse; 'Co-sleeping: not applicable.': the overall conclusion dismisses safe sleep "
        "for the partner's sedating medicine. Left by fixb46: another clause, 'so he does no night feeds after his "
        "dose', speaks of the concern in its terms (night care), and a strict dismissal stands where another clause "
        "speaks of it; that a night-care plan does not answer a dismissed co-sleeping (bed sharing) is a narrower "
        "reading of what answers, with false-refusal risk ('N/A, he does none of the night feeds'), for the lead"
    ),
    # fresh141: a held-out-style mix, twenty-fifth round (question-and-answer and flattened-table conclusions,
    # reasons first and the plan last, bracketed asides, a grandparent's medicine, dates near the edges, misspelt
    # brands, uncoded medicines of concern).
    "f141-pt-quet-nan-zopiclone-bed": (
        "false pass: MA122 should refuse; 'the baby sleeps in her bed' (Nan, on zopiclone): the conclusion on the "
        "father's quetiapine says nothing of his nights or co-sleeping and its only sleep plan is bed-sharing with "
        "a sedated adult. Its sleep words answer the partner's concern in the conclusion; the night-care reading "
        "sets aside nights given only to parents whose sedating medicines the record lists, and an adult the text "
        "itself names as taking one (a grandparent's zopiclone, in brackets) is not read as medicated (fixc45: left, "
        "it needs a medicine named for a person in the text, and a corpus measure)"
        "; left again by fixc46 for lack of time (the reading: a person the text names with a sedating medicine in "
        "an aside, 'who takes zopiclone', and the baby in that person's bed in the same sentence)"
    ),
    # fresh139: a false-refusal hunt against this stop's newest readings (ended plans, gone professionals, other
    # analytes' levels, night care, placements, true "not applicable", passives, told numbers, doses, trimesters).
    "f139-nt-dzp-kayleigh-nights-taper": (
        "false pass: MA122 should refuse; 'Kayleigh does the night feeds herself': the sedated mother given the "
        "nights while the taper is still to come. Left by fixa45: the nights reading reaches the named subject with "
        "'herself'; what stood it down was 'look for ... until day 8' read as a bound of the medicine (now a watch "
        "of the baby, [night_care] watch_verbs). It still passes because 'never shares a bed, sofa or armchair with "
        "the baby' in the nights' own sentence is a safe sleep plan of its own, which MA122 lets stand by design (the "
        "STANDS near miss in tests/gate/test_nights_to_the_medicated.py: nights beside a crib, never in her bed); "
        "refusing it means refusing a sedated mother's own night feeds however they are made safe, or reading her "
        "assessment's sedation "
        "'yes' against them as MA127 does for a partner: a clinical call for the reviewers"
    ),
    "f139-nt-fo-nights-only-untaken": (
        "false pass: MA122 should refuse; 'night feeds only on nights when Kayleigh has taken neither medicine': both "
        "are taken at fixed times every day, so that night never comes. Left by fixa45: the untaken-nights reading "
        "finds and blanks the clause, but 'No sharing a bed, sofa or armchair, no feeding lying down' beside it is a "
        "safe sleep plan of its own, as for f139-nt-dzp-kayleigh-nights-taper"
    ),
    "f139-dg-nt-fo-nights-only-untaken": (
        "false pass: MA122 should refuse; disguised copy of f139-nt-fo-nights-only-untaken (left for the same reason)"
    ),
    "f139-ds-d-para-ceiling-above": (
        "false pass: MA130 should refuse; '500 mg up to 4 times a day ..., no more than 4 g in 24 hours' (dose "
        "line): a day ceiling above dose x count"
    ),
    "f139-tm-cit-due-march": (
        "false pass (disputed): MA011 should refuse; 'Her pregnancy, on citalopram, is due in March.' against an EDD "
        "of 6 April: the due month after a comma-set aside is now read, but March ends 6 days before the EDD, inside "
        "the two-week dating tolerance [due_month] grants (edd_gestation_tolerance_days); refusing needs the month "
        "held strictly, which would also refuse 'due at the end of April' with an EDD of 3 May"
    ),
    # fresh138: a false-refusal hunt, good work the gate must not refuse (passives of the born baby, true "not
    # applicable", other analytes' levels, other children, the father's own words, quoted advice, hand-overs and
    # replaced plans, UK date formats, doses as clinicians write them).
    # fresh137: a held-out-style mix, twenty-fourth round (lorazepam, chlordiazepoxide, clonazepam; MST, OxyContin,
    # dihydrocodeine, a fentanyl patch; aripiprazole, risperidone; Camcolit, Liskonum; Epilim, Dyzantil, Depakote;
    # phenytoin, phenobarbital, topiramate, carbimazole, ramipril, lymecycline; Nytol, hydroxyzine, cyclizine; the
    # father's medicines as much as the mother's; every base, every register).
    "f137-cn-mst-no-withdrawal": (
        "false pass (disputed): MA122 should refuse; 'MST Continus 30 mg twice daily continues unchanged ... "
        "Breastfeeding encouraged. No bed or sofa sharing': an opioid to term whose conclusion has no word of the "
        "baby's withdrawal watch (issue 9 point 4: what its conclusion must address); left by design, as "
        "f132-cn-dzp-no-withdrawal-watch: the assessment's own withdrawal-plan item answers it (docs/rules.md)"
    ),
    "f137-dg-cn-mst-no-withdrawal": (
        "false pass (disputed): MA122 should refuse; the same conclusion in Cyrillic look-alikes (judged as its "
        "plain twin f137-cn-mst-no-withdrawal)"
    ),
    "f137-cn-lox-no-safe-sleep": (
        "false pass (disputed): MA122 should refuse; 'Lorazepam 1 mg bd and oxycodone 10 mg bd continue ... the "
        "foster carer and HV watch': a benzodiazepine and an opioid that sedate her, and the conclusion shared with "
        "the foster carer has no word of sedation, co-sleeping or night care; left by design: the safe-sleep item "
        "answers it"
    ),
    "f137-cn-cam-level-impossible": (
        "false pass (disputed): MA130 should refuse; 'Her last level was 9.5 mmol/L, well within range': a lithium "
        "level about ten times the top of the range, fatal in life, called in range; MA130 judges only target "
        "levels (a measured level is not judged, docs/rules.md), so the impossible measured one passes"
    ),
    "f137-pt-nyt-dad-day-naps-in-bed": (
        "false pass: MA122 (partner's safe sleep) should refuse; 'In the day he often naps in bed with the baby "
        "beside him': bed sharing with a father on a sedating antihistamine (diphenhydramine lingers into the day), "
        "against the item's 'never sleep in a bed ... with the baby'; only the nights are read as the risk. Left by "
        "fixg44: no act of [stacked_negations] reads 'naps in bed with the baby' (only 'sleep* in bed with', 'nap "
        "with the baby'), and it is told as a habit with no modal, so neither the grant reader nor MA127's nights "
        "reader sees it; refusing a habit told needs telling it apart from one reported and then corrected ('he "
        "often naps in bed with the baby; we advised against it and he uses the crib')"
    ),
    # fresh136: a false-refusal hunt against the last stop's readings (lithium levels, hand-overs, remote
    # contacts, plans set aside, the baby's place, yearless dates, forms, counts, dropped watches, sleep grants,
    # contingencies, successors); every base.
    # fresh135: a held-out-style mix, twenty-third round (buprenorphine, gabapentinoids, z-drugs, sedating
    # antihistamines, antiepileptics, mirtazapine, olanzapine, methotrexate, warfarin, isotretinoin; every base).
    # fresh134: a false-refusal hunt against the last stop's readings (the fresh127 to fresh133 fixes: consent
    # justifications, sleep grants, placements, feeding, dates and ages, closings, copies, holders, forms, remedies,
    # hedges, hand-overs).
    "f134-pl-dzp-at-granny": (
        "false pass: MA127 should refuse; 'The baby is living at his granny's house since leaving the ward': a "
        "relative's home against a foster placement; left: the relative's house is read now, but the clause runs "
        "on past ', and' to 'until day 8', a word that keeps it from saying so (a clause cut at ', and' would "
        "change every contradiction's reading)"
    ),
    "f134-cp-meth-first-child-only": (
        "false pass: MA124 should refuse; 'Everything for the baby will be done exactly as it was for her first "
        "child in 2022': the baby's whole care given only as a copy of another child's"
    ),
    # fresh133: a false-refusal hunt against this stop's readings (consent, sleep grants, placements, feeding,
    # dates, levels, closings, pointers, holders, forms, copies, hedges).
    "f133-lv-valp-first-trimester-sixteen": (
        "false pass (disputed): MA017 should refuse; 'through the first trimester to 16 weeks': the first "
        "trimester ends at 13 weeks. Left, decided: 'through the first trimester to 16 weeks' reads as well as "
        "exposure through the first trimester and on to 16 weeks (a stop or switch planned then), and this record "
        "is at 8 weeks with valproate going on until a neurology review whose plan may be a cross-taper over weeks;"
        " narrowed.py's trimester reader refuses only a trimester she is said to be in at a week past its end ('in "
        "the first trimester at 30 weeks'), and reading 'through ... to N weeks' as one would refuse an exposure "
        "told through a trimester and beyond ('exposed through the first trimester to 20 weeks, when she switched')"
    ),
    # fresh132: a held-out-style mix, twenty-second round (registers, brands and misspellings, hollow and disguised
    # conclusions, copies, concerns, names, routes, attribution, dates, identities, unanswered items, facts).
    "f132-cn-lith-no-levels": (
        "false pass (disputed): MA122 should refuse; 'Lithium (Priadel) 800 mg at night carries on ... Bottle feeding "
        "is planned': lithium continued through delivery and the conclusion never plans a level. Left by design: "
        "levels are no concern of MA122's map (mappings/medicine-classes.toml gives lithium teratogenicity, "
        "breastfeeding, relapse and neonatal watch; issue 9 point 4 lists no levels concern), and a concern is "
        "answered by the conclusion or the recommendations ([concerns.*] addressed_in), where this record plans "
        "levels in full; demanding them in the conclusion would refuse the shipped pattern of a plan in the "
        "recommendations. MA127 ([levels_dropped]) now refuses levels the conclusion rules out, puts off or hedges "
        "against the recommendations' plan; a conclusion silent on them drops nothing."
        " Decided: the gate's pass stands. About 210 must-pass lithium assessment conclusions across"
        " the corpora say nothing of levels (w4-lith-midwife, w4-lith-bullets, w4-lith-plain-english: the"
        " baby's review and bottle feeding, levels in the recommendations), the same shape as this one, and"
        " this record's overall conclusion plans the levels in full"
    ),
    "f132-cn-dzp-no-withdrawal-watch": (
        "false pass: MA122 should refuse; 'Diazepam 5 mg tds and pregabalin 150 mg bd continue ... the foster carer "
        "does all night feeds': a benzodiazepine and a gabapentinoid with no word of the baby's late withdrawal watch"
        " (left, as f128-cn-dzp-no-withdrawal: MA122 answers a concern in the assessment's own items as well as the"
        " conclusion, by design (docs/rules.md), and this assessment's withdrawal plan item holds the watch to day 8"
        " with the foster carer and health visitor; the conclusion names safe sleep)"
        " (still left: the must-pass corpora hold the same shape: f55-oc-fost-gone-through-continue,"
        " f38-mt-dzpg-core-group, f93-pa-dzp-covered-then-plan, f23-good-split-foster-own, a benzodiazepine"
        " conclusion with safe sleep and the nights and no word of the baby's withdrawal; a probe demanding"
        " the watch in the conclusion refused 17 must-pass diazepam records)"
    ),
    "f132-dg-cn-dzp-no-withdrawal-watch": (
        "false pass: MA122 should refuse; the same conclusion in Cyrillic look-alikes: no late-withdrawal watch"
        " (left as its plain twin f132-cn-dzp-no-withdrawal-watch)"
    ),
    "f132-at-social-worker-assesses": (
        "false pass (disputed): MA210 should refuse; role 'other' registered with Social Work England signs the "
        "lithium medication assessment: a social worker cannot be accountable for a medication assessment. Left: "
        "f54-swe-social-worker (must pass) is the same shape (role 'other', SWE number, authoring the sertraline "
        "assessment), and mappings/registers.toml lets 'other' hold any register, SWE included; refusing it needs "
        "the project's decision on whether an SWE-registered author may sign any part, and f54's expectation "
        "changed with it"
    ),
    # fresh131: a false-refusal hunt against the last stop's readings (plans withdrawn or fallen through, closing
    # sentences that disown the whole, XXX cells, "stays", watches, levels, record facts, forms, St John's wort,
    # hand-overs, regimen lines, nights).
    "f131-lv-lith-twelve-weekly": (
        "false pass: MA017 should refuse; 'a level every week from 36 weeks, twelve in all': more weekly levels "
        "than weeks of pregnancy are left (left: [weekly_total] reads 'weekly from' and a count of weekly checks "
        "named as such; here the start is 'every week from' and the bare 'twelve in all' follows 'Monthly levels "
        "now, then ...' in the same sentence, so it may total the monthly levels too. Judged as a total it is still "
        "too many (the record is at 24 weeks: three monthly, seven weekly to 42 weeks, one after the birth), but "
        "that needs the record's gestation on the text's date beside the count, a reading across text and record "
        "not made here; reading a bare count after two frequencies as the weekly ones alone would refuse a total "
        "counted from booking)"
    ),
    # fresh130: a false-refusal hunt against this stop's readings (weekdays, XXX cells, forms and routes, St John's
    # wort, hand-overs, regimen lines, watches, gestations, levels, births, gaps, withdrawn plans, nights, holders).
    "f130-cl-cit-xxx-after-head": (
        "false pass: MA103 should refuse; 'Baby watch: XXX. Breastfeeding: XXX. Mood review: XXX.': the adaptation "
        "watch left as an XXX cell (left: the XXX cells are read as bare, but the first sentence's "
        "'continues through pregnancy and breastfeeding' is read as speaking of feeding, and the concerns it leaves "
        "unsaid are judged by the items, which answer them; a time phrase read as no feeding plan would refuse many "
        "good short conclusions)"
    ),
    "f130-nt-quet-settee-allowed": (
        "false pass: MA127 should refuse; 'Daniel may fall asleep on the settee with the baby after his dose': sofa "
        "sleeping with the sedated father allowed (left: 'may fall asleep on the settee with the baby' is as "
        "often the risk told, '..., so he hands the baby over first', as leave given; only the place's sleep judged "
        "fine after it, 'is fine', or granted by a modal right before the act ('may doze', 'may sleep', also after "
        "a condition of no dose) is read as allowing it. 'If he feeds on the settee after his dose, he may fall "
        "asleep with the baby' tells the risk in this very shape: telling the two apart needs whom the condition "
        "is about ('if she is tired': the other parent's need, a reason for leave), not its words)"
    ),
    # fresh128: a held-out-style mix, twenty-first round (good work in every register with brands, misspellings and
    "f128-cn-lith-breastfeed-against-record": (
        "false pass: MA123 should refuse; 'She will breastfeed, and lithium in breast milk is no concern': the "
        "concern dismissed against the record's own 'not advised' and its bottle feeding"
        " (left: MA127 reads 'will breastfeed' against the bottle, but the 'no' of 'no concern' joined by 'and'"
        " sets the clause aside; cutting at 'and' splits lists, 'breastfeeding support and advice were"
        " declined', and would refuse them)"
    ),
    "f128-ho-meth-no-one-holds": (
        "false pass: MA103 should refuse; 'should be watched for withdrawal at some point ... looked at sometime': "
        "the withdrawal watch and the sleep check are held by no one, at no time, and sedation is never named"
        " (left: 'at some point' is set aside as a deferral already; 'methadone 60 mg daily continues' is a"
        " decision, so MA103 finds substance, and the assessment's own items answer withdrawal and safe sleep for"
        " MA122; refusing needs the conclusion held to those concerns itself, the wider change of"
        " f127-sh-cit-relative-clauses-empty)"
    ),
    "f128-cn-dzp-no-withdrawal": (
        "false pass: MA122 should refuse; 'Diazepam ... and pregabalin ... continue ... foster carer does the "
        "nights': a benzodiazepine and a gabapentinoid with no word of the baby's late withdrawal watch"
        " (left: MA122 answers a concern in the assessment's own items as well as the conclusion, by design"
        " (docs/rules.md), and this assessment's impact summary and withdrawal item give the watch to day 8; the"
        " conclusion names safe sleep, so it is not one that answers none of its own concerns)"
        " (still left, as f132-cn-dzp-no-withdrawal-watch: must-pass records of the same shape,"
        " f55-oc-fost-gone-through-continue among them)"
    ),
    # fresh129: a false-refusal hunt against the last stop's readings (weekdays beside dates, baby-age events and
    # gestations tied to dates, buying, routes, holders, refusals, nights, conditions, sofas, withdrawn plans,
    # regimen lines, the baby's words, readers, stays and hourly counts)
    "f129-bw-meth-objectless": (
        "false pass: MA122 should refuse; 'As for the baby after the birth, the ward team are looking.': an "
        "objectless act after a topic is the only withdrawal watch (left: the clause and its topic are set aside "
        "as meant, leaving this conclusion silent on the baby; the same conclusion with no baby sentence at all "
        "passes too, as the base record's overall conclusion plans withdrawal observation on the postnatal ward: "
        "refusing needs an objectless clause read as a plan given to no one, a policy choice, not a missed reading)"
    ),
    # fresh127: the adversary, twenty-third round (acts left in the passive or given to people who cannot do them,
    # plans cancelled, postponed, generic or disowned, conditions that never hold, another medicine's plan, the
    # record's facts contradicted, impossible counts, numbers, dates and routes, deferrals as questions, tables and
    # parentheses, closings that hollow the text, hedged answers)
    "f127-hd-meth-all-passive": (
        "false pass: MA122 should refuse; 'The baby will be scored for withdrawal for 72 hours. Late signs will be "
        "looked for until day 8': every act in the passive, held by no one. Left: agentless passives are "
        "the ordinary register of good plans ('baby to be observed for NAS for 72 h'); refusing needs MA122 to "
        "read a conclusion that names no watcher, team or place anywhere, with its watch only in agentless future "
        "passives, as giving the watch to no one, to be measured against every must-pass record first"
    ),
    "f127-dg-hd-meth-all-passive": (
        "false pass: MA122 should refuse; 'The baby will be scored ... the cot will be checked' (look-alike "
        "letters): every act held by no one"
    ),
    "f127-wd-dzp-taper-then-stop-watch": (
        "false pass: MA122 should refuse; 'the watch for late signs was called off on day 4 because the ward "
        "needed the cot': no watch from day 4 to day 8. Left: no replacement is stated, but nothing is said to be "
        "missing either, only why the watch was called off; a plan ended with nothing in its place said after it "
        "([claim] retraction_ends) is now refused whatever else the conclusion says, but a reason is not read as "
        "that: a reason may be that the plan is no longer needed ('stopped on day 5 because the baby had no "
        "signs', 'cancelled because the scan showed a normal heart'), and telling a reason that leaves a gap from "
        "one that closes the plan is a clinical judgement no wording list makes safely"
    ),
    "f127-ps-valp-withdrawal-plan": (
        "false pass: MA122 should refuse; 'The ward midwives score the baby for neonatal withdrawal for 72 hours' "
        "under valproate: an opioid's plan, the first-trimester exposure never answered. Left: withdrawal scoring is "
        "in no [conclusion] class_plans entry (only 'opioid withdrawal' is, and valproate's own neonatal signs may "
        "be watched), the conclusion speaks of its own abrupt-stop concern, and the teratogenicity it never names is "
        "judged by the items, whose recommendations refer for fetal medicine review; refusing needs a conclusion "
        "silent on a high-risk teratogen's harm refused whatever the items say"
        " (still left: the in-place reading, another class's plan set aside with the baby's watch or"
        " safe sleep unsaid, does not reach it: withdrawal scoring is in no class_plans entry, since"
        " phenobarbital and other antiepileptics do bring a neonatal withdrawal the ward scores, and valproate"
        " owes neither a watch nor safe sleep)"
    ),
    "f127-ps-quet-mothers-breastfeeding": (
        "false pass: MA122 should refuse; 'Breastfeeding on quetiapine is compatible and she is encouraged to feed"
        " on demand at night' under the father's medicine: no safe-sleep rule for him. Left: a partner's safe sleep "
        "is answered in its own assessment's item (issue 9), which here says he never sleeps with the baby, and the "
        "conclusion speaks of his sedation; refusing needs a partner's-medicine conclusion whose only plan is the "
        "mother's feeding read as another medicine's"
        " (still left: the mother's feeding is no class's plan, and the conclusion speaks of his"
        " sedation, so safe sleep is not unsaid; a probe reading a partner's conclusion that speaks of"
        " withdrawal or breastfeeding with safe sleep unsaid refused none of the must-pass partner records but"
        " reached only cases already refused, not this one)"
    ),
    "f127-df-meth-question-letter": (
        "false pass: MA103 should refuse; 'What happens to the baby after birth? The drug service's letter of 20 "
        "February answers that.': the baby's plan deferred by a question answered with a letter. Left: "
        "with the question and the letter taken out the conclusion still passes, as a methadone conclusion that "
        "never speaks of withdrawal is judged by its items (MA122) and names the baby in its sleep plan (MA124); "
        "reading 'answers that' as a pointer sets aside only its own clause and changes no verdict. Refusing it "
        "needs a question about the baby answered only by a pointer to leave that topic unanswered in the "
        "conclusion, a wider reading"
        " (left by fixd49: MA124 now sets aside a sentence naming the baby only as what is put off or pointed"
        " elsewhere, but this conclusion names the baby in its own sleep plan ('the baby must never share her bed"
        " or sofa'), so MA124 is answered; refusing needs MA103 to read a question about the baby answered only by"
        " a pointer as leaving the conclusion's plan for the baby open, and MA122 to hold the conclusion itself to"
        " withdrawal, not the items)"
    ),
    "f127-dg-df-meth-question-letter": (
        "false pass: MA103 should refuse; 'The drug service's letter ... answers that' (zero-width): a deferral. "
        "Left with its plain twin"
    ),
    # fresh126: a false-refusal hunt against this stop's readings (weekdays beside dates, baby-age events and
    # gestations tied to dates, advice not to buy, forms and routes, plans held)
    "f126-rl-sert-gp-holds-bad": (
        "false pass: should refuse (plan held by no one); 'Her mood will be reviewed at some point.': the "
        "mood review has no holder and no time"
        "; left: the relapse concern is answered by the body's own 'relapse would harm her and the baby' "
        "(the body alone passes), so the vague review is an extra beside a complete plan; 'at some point' is a "
        "deferral phrase, and a deferral beside substance stands by design (issue 9: a substantive conclusion may "
        "also point elsewhere). Refusing it needs a rule that an act told with neither holder nor time refuses even "
        "beside a complete plan, which would refuse good text that adds a soft extra"
    ),
    "f126-dg-rl-sert-gp-holds-bad": (
        "false pass: should refuse (plan held by no one); 'reviewed at some point' (soft hyphens): no holder,"
        " no time"
    ),
    # fresh124: a held-out-style mix, twentieth round (good work in every register with brands, misspellings and
    # shorthand; hollow, deferred, dismissed and impossible records in each of issue 9's categories), with near misses:
    # every wrong verdict it found has been fixed (the last, hand-overs that only name topics, by [regimen_only]
    # handed_over)
    # fresh123: the adversary, twenty-second round (plans held by people who cannot hold them, plans shelved,
    # postponed, suspended or disowned, conditions that never hold, another household's plan, contradictions with
    # the record's facts, impossible counts, units, dates and routes; a fifth disguised), with near misses
    "f123-ho-cit-social-worker-none": (
        "false pass: MA122 should refuse; 'The allocated social worker watches the baby for 48 hours after "
        "birth': a neonatal watch held by a social worker the record does not have (no social care involved). "
        "Left: a social worker is an answerable role ([conclusion] watchers; they rightly see the "
        "sleeping arrangements), so the reading needed is the record's own facts (safeguarding not relevant, no "
        "social-worker recipient) against a role named as acting, a rule-level reading of recipients and "
        "safeguarding that the holders reader (text only) does not have; a recipients list is not everyone involved"
        ". The same rule-level reading would serve f123-ps-po-foster-plan (a foster carer the record"
        " does not have)"
    ),
    "f123-wd-valp-not-until-delivery": (
        "false pass: MA122 should refuse; 'none of these referrals will be sent until after she has delivered': "
        "the fetal medicine and neurology plan postponed past the point it could help the unborn baby"
        "; left: a postponement 'until after the birth' defeats only a plan for the unborn baby (a "
        "paediatric referral 'not sent until after delivery' is good work), so the reading needs the concern each "
        "postponed plan serves (teratogenicity) and its window, which the withdrawal readings (text only, every "
        "concern alike) do not have; note that even 'none of these referrals will be sent.' and 'these referrals "
        "have been withdrawn and nothing is in their place' pass today (no 'these referrals' pronoun, no 'their "
        "place')"
    ),
    "f123-dg-wd-valp-not-until-delivery": (
        "false pass: MA122 should refuse; 'as plain (bidi isolates)': the fetal medicine and neurology plan "
        "postponed past the point it could help the unborn baby"
    ),
    "f123-ps-dzp-quetiapine-household": (
        "false pass: MA122 should refuse; 'He does no night feeds after his dose ...; Chloe does the night "
        "feeds': another household's plan for a sedated father pasted under the mother's diazepam and pregabalin;"
        " no partner in the record, her sedation answered of no one"
        ". Left: 'he' and 'Chloe' are people the record does not have (no partner); reading it needs "
        "the record's people (mother, partner, foster carer, recipients) against the subjects of the night-care "
        "clauses, a rule-level reading the text-only night-care reader lacks; the record's own partner doing the "
        "nights must still pass"
    ),
    "f123-dg-ps-dzp-quetiapine-household": (
        "false pass: MA122 should refuse; 'as plain (bidi isolates)': another household's plan for a sedated "
        "father pasted under the mother's diazepam and pregabalin; no partner in the record, her sedation "
        "answered of no one"
        ". Left with its plain twin (see f123-ps-dzp-quetiapine-household)"
    ),
    "f123-ps-po-foster-plan": (
        "false pass: MA129 should refuse; 'Night feeds by the foster carer while the mother is sedated; the "
        "interim care order': the foster placement's plan pasted into a home with no foster carer, putting the "
        "father's sedation on the mother"
        ". Left: the foster carer is an answerable role, and the record's own facts (no foster-carer "
        "recipient, no care order, the mother's only medicine not sedating) are needed against the role named as "
        "acting, as for f123-ho-cit-social-worker-none; a recipients list is not everyone involved. The text also "
        "presupposes an interim care order where the record's care_order says none, but the template's care order "
        "is not scoped to the baby (see f18-m-unborn-interim-care-order): a care order named in a conclusion "
        "cannot yet be read against that field"
    ),
    # fresh125: a false-refusal hunt against the last stop's readings (present gestations, yearless and ranged dates,
    # counts, ages and stays, after-birth acts, urgency, starts before conception, objectless verbs, pointers and
    # goals, conditions, negations, holders, nights, withdrawals, doses, forms, the reader), with near misses
    # fresh122: a false-refusal hunt, forty-fifth round, against the last hour's readings (stacked negations,
    # sleep exceptions, impossible conditions, dates, ages, stage, urgency, forms, nights, roles), with near misses
    # fresh121: a false-refusal hunt, forty-fourth round, against the last hour's readings (present gestations,
    # yearless dates, counts, starts before conception, lost objects, disowned plans, cut-off endings, pointers,
    # numbered aims), with near misses
    # fresh118: the adversary, twenty-first round (plans as questions, TBC cells and checklist pointers,
    # another medicine's plan, impossible conditions, stacked negations, wrong owners, impossible numbers and dates,
    # swapped takers, truncation, a closing sentence that hollows the plan)
    "f118-wm-meth-sertraline-plan": (
        "false pass: MA110 should refuse; 'the maternity team watch the baby for 48 hours for jitteriness' "
        "under methadone: an SSRI adaptation watch is taken as the opioid withdrawal plan; no co-sleeping "
        "answer asked"
        " (left: the 48-hour watch for jitteriness is the methadone conclusion's own withdrawal watch"
        " in words, a sign and a span, not another class's plan, so the in-place reading does not reach it;"
        " refusing needs a watch shorter than its class's least (72 hours for opioids; neonatal-watch.toml"
        " [watch] min_hours is one 24-hour floor for every class) read per class in written_times.py, with a"
        " 48-hour ward watch and the HV after to day 8 still passing; the safe sleep it omits is answered by"
        " the items, as for every conclusion that does not speak of it)"
    ),
    "f118-dg-wm-meth-sertraline-plan": (
        "false pass: MA110 should refuse; Greek look-alike copy of the sertraline plan under methadone: as "
        "plain: another medicine's watch counts as the withdrawal plan"
        " (left as its plain twin)"
    ),
    "f118-dt-lith-paeds-march-2027": (
        "false pass: MA017 should refuse; 'Paediatric review of the baby on 15 March 2027' (EDD August 2026):"
        " a post-birth review dated over 6 months after the EDD is not checked against the EDD. Left: the"
        " review names no age, and a review of the baby with no age dated months after the EDD may be a later"
        " follow-up (valproate's developmental review runs to years; a lithium-exposed baby may have a cardiac or"
        " developmental follow-up at six months); refusing it needs the concern's own window for"
        " the baby's review (lithium's in the first days) as data, which the gate does not hold, and the verdict"
        " is not clearly wrong without it"
    ),
    "f118-dg-dt-lith-paeds-march-2027": (
        "false pass: MA017 should refuse; Cyrillic look-alike copy of the March 2027 review: as plain: a date"
        " long after the birth is not checked (left with the plain case: the review names no age)"
    ),
    # fresh119: a held-out-style mix, nineteenth round (good work in every register, hollow and disguised
    # conclusions, names and facts with their twins)
    "f119-rg-fo-discharge-header-only": (
        "false pass: MA103 should refuse; 'Discharge summary. Mother: diazepam, pregabalin. Baby: born 08/06/2026, "
        "SCBU day 1-4. Destination: foster placement.': headings filled with facts and no plan are read as content"
    ),
    # fresh120: a false-refusal hunt, forty-third round, against the last stop's readings (good work in their
    # shapes; their near misses in new wording)
    # fresh117: a false-refusal hunt, forty-second round, against the readings of the last hour (good work in their
    # shapes passed, none refused; their near misses in new wording)
    # fresh116: a false-refusal hunt, forty-first round, against the last stop's readings (good work in their
    # shapes passed; their near misses in new wording)
    # fresh114: the adversary, twentieth round (MDT minutes and emails with no actions, plans held by people with
    # no role, plans narrowed to nothing, impossible timing and windows, the wrong baby or parent, unlisted
    # brands and pointers, impossible numbers)
    "f114-nr-lith-levels-lab-closed": (
        "false pass: MA103 should refuse; 'the hospital lab, which does not run lithium levels at weekends ... "
        "booked for induction on a Saturday': a plan contradicted by a stated service gap is not read"
    ),
    "f114-sb-cit-twin-one-only": (
        "false pass: MA124 should refuse; 'Twin 1 will be watched for adaptation symptoms': a conclusion about "
        "'twin 1' in a record with one pregnancy and no twins is not questioned"
    ),
    # fresh115: a held-out-style mix, eighteenth round (good work in every register, hollow and disguised
    # conclusions, names and facts with their twins)
    "f115-rg-quet-mother-text-edited": (
        "false pass: MA122 should refuse; 'The father's quetiapine should continue: the risk of relapse outweighs "
        "the small risks to the baby': a mother's template pasted for a partner's sedating medicine; the "
        "conclusion never speaks of his sedation or the baby's sleep (answered only in the item)"
        " (left: no other class's plan and no other concern's word ('the small risks to the baby,"
        " which the maternity team will watch for' names no withdrawal term), and relapse is the partner"
        " medicine's own concern; the partner probe under f127-ps-quet-mothers-breastfeeding does not reach it"
        " either)"
    ),
    "f115-dg-rg-quet-mother-text-edited": (
        "false pass: MA122 should refuse; (zero-width joiners) the mother's relapse template pasted for the "
        "father's quetiapine: nothing on his sedation or safe sleep"
        " (left as its plain twin)"
    ),
    "f115-rg-lith-valproate-text-edited": (
        "false pass: MA122 should refuse; 'Lithium must continue until the psychiatrist reviews it ... early fetal "
        "medicine assessment': the valproate conclusion edited for lithium at 24 weeks; no levels, no birth plan, "
        "no feeding (one concern word is taken as answering all)"
        " (left: relapse and the unborn baby's review are lithium's own concerns and no other class's"
        " plan is held, so the in-place reading does not reach it; demanding the feeding, the baby's watch or"
        " the levels in every lithium conclusion refuses must-pass ones, see f132-cn-lith-no-levels)"
    ),
    # fresh112: a false-refusal hunt, fortieth round, against the readings landed in the last hour (medicines and
    # ruled-out roles as actors, stays against the ward watch, urgency, later, hand-overs, asks, other children,
    # spans)
    # fresh113: a held-out-style mix, seventeenth round (good work in every register, hollow and disguised
    # conclusions, names and facts with their twins)
    # fresh110: a held-out-style mix, sixteenth round (good work in every register, hollow and disguised
    # conclusions, names and facts with their twins)
    # fresh109: the adversary, nineteenth round (acts given to the reader, goals without acts, deferral past the
    # next appointment, a sibling's plan, departments as actors, questions back, the mother's quoted plan, past
    # timelines, conclusions against the items, negated acts, an absent father given the acts)
    # fresh111: a false-refusal hunt, thirty-ninth round, against the readings landed in the last stop (headings,
    # medicines as actors, roles ruled out, wishes, scores, the partner's medicine, withdrawn plans, cells, earlier
    # plans, opinions, times, doses, copies)
    # fresh107: a false-refusal hunt, thirty-eighth round, against the readings landed in the last hour (plans
    # withdrawn, care left to her wish, bare cells, watch and stay, windows, earlier plans, spans, depots, medicines
    # as actors, roles ruled out)
    # fresh108: a held-out-style mix, fifteenth round (good work in every register, hollow and disguised
    # conclusions, names and facts with their twins)
    "f108-dt-overall-before-assessments": (
        "false pass (disputed): MA013 should refuse; overall conclusion dated 2026-02-27, assessments 2026-03-02. "
        "fresh57's f57-overall-days-before-asm-m builds the identical record and expects it to pass (an overall "
        "conclusion drafted a few days before the final assessments), as do f25-lith-asm-42-weeks and "
        "f43-l-overall-14-days-before-pregnancy; a stale draft is not an impossible date, and which expectation "
        "stands is the clinical safety officer's call"
    ),
    # fresh106: a false-refusal hunt, thirty-seventh round, against the readings landed in the last hour (medicine
    # headings, brackets, shared sentences, medicines as subjects, absent roles, the partner's sedation, dose spans,
    # the baby's review and feeding)
    # fresh105: a false-refusal hunt, thirty-sixth round, against the readings landed in the last stop (recording,
    # options and opinions, letters, future perfect, guidance, deferrals, actors, doses, particulars, subjects,
    # the baby's care, stage)
    # fresh104: the adversary, eighteenth round (plans cancelled in the text, hypothetical past, a previous
    # pregnancy's plan, the medicine as actor, yes/no answers, dash tables, prompts echoed, her wish alone,
    # clashing timings, uninvolved actors, tenfold doses, SMS English, swapped joint parts). All false passes.
    # fresh103: a held-out-style mix, fourteenth round (good work in many registers, hollow and disguised
    # conclusions, names and facts: brands, misspellings, combinations, characters, dates, routes)
    # fresh102: a false-refusal hunt, thirty-fifth round, against the readings landed in the last hour (recording,
    # options, leaflets, stops, stage, future perfect, guidance, deferrals, softened obligation, actors, doses,
    # joint headings, safe sleep, another medicine's plan)
    # fresh100: the adversary, seventeenth round (guidance quoted, lists restated, bare times, stage-impossible
    # acts, rarer deferrals, letters to the mother, pointers, vague actors, lay watchers, self-contradiction,
    # another medicine's plan, softened obligation). Every wrong verdict is a false pass.
    "f100-lm-meth-dear-jodie": (
        "false pass: MA122 should refuse; 'Dear Jodie, you should keep taking ... you should not sleep with your "
        "baby': a letter of advice to the mother; no one observes the baby for withdrawal"
    ),
    # fresh99: a held-out-style mix, thirteenth round (good work in many registers, hollow and disguised
    # conclusions, brand names, misspellings, combinations, characters in names, unrecognised products, dates, routes)
    # fresh101: a false-refusal hunt, thirty-fourth round, against the readings landed in the last day (weighings,
    # negatives, class plans, questions, thresholds, deferrals, opinions, hedges, rates, stops, stage, routes)
    # fresh97: a false-refusal hunt, thirty-third round (weighings, negatives, other classes' plan words, joint
    # words, conditional starts, watching, sedated parents, questions, routes, voices, timeframes)
    # fresh98: the adversary, sixteenth round (baby-only actors, compliance, reversals, bare numbers, empty
    # abbreviations, household, reported speech, conditional tense, wrong route, statistics, durations, leaflets)
    # fresh96: joint and multi-medicine records, both ways (several medicines, both parents, cross-references)
    # fresh95: a held-out-style mix, twelfth round (good work in many registers, hollow and disguised text,
    # brands and misspellings, teratogens and antiepileptics beyond the shipped lists, dates at their edges,
    # routes, attribution, identities). Every wrong verdict is a false pass.
    # fresh94: the adversary, fifteenth round (mother-only plans, false premises, thresholds, open questions,
    # unreal tenses, delegation loops, hedges, pharmacology, wrong stage, siblings, unendorsed sources)
    # fresh93: a false-refusal hunt, thirty-second round (continue and stop, doses, feeding, deferrals, owners)
    # fresh92: a held-out-style mix, eleventh round (good work, hollow and disguised text, names and facts)
    # fresh91: a false-refusal hunt, thirty-first round, against the readings of the last hour (circular,
    # praise, attention, hand-offs, population facts, reasons pointing to a person, conditional and bare items,
    # MESH ids, telephone values, "as usual").
    # fresh90: the adversary, thirteenth round, in fluent clinical register (contradictions with the record,
    # plans for the wrong person, risks without a decision, unresolved conditions, actions without an actor,
    # minutes, the template echoed, another class's plan, off-topic answers, follow-ups dated in the past).
    # fresh87: a held-out-style mix, tenth round, over every shipped example (hollow and disguised conclusions,
    # names of every class, unrecognised medicines, dates, routes, attribution, identities, concerns; half good work).
    # fresh86: false-refusal hunt, twenty-ninth round, against MA120 readings of medicines named in conclusions
    # (not taken now then a use verb about something else, another person's, the baby's treatment, advice, options).
    # fresh85: false-refusal hunt, twenty-eighth round, against MA125/MA109 readings of template item answers
    # (another concern's words, watching without who/when, risk alone, general facts, verdicts without a place).
    # fresh83: readings that let a named medicine not demand an assessment (not taken now, another person's,
    # ibuprofen by stage, combination partners), with current use hidden beside a negation.
    # fresh84: held-out-style mix, ninth round (every category over every example, in every voice)
    # fresh82: false-refusal hunt, twenty-seventh round, against the "no claim about this mother and baby" readings
    # (property measures, definitions, evidence and estimates, weighed lists, past history, guidance reported, note
    # participles) used beside real decisions, with hollow near misses.
    # fresh80: concerns and coverage (copy and paste, joint naming, every concern's item answered, mandatory items).
    # fresh81: false-refusal hunt, twenty-sixth round, against the "decides nothing" readings (inverted conditions,
    # own-verb deferrals, "depending on", options lists, wishes) used beside real decisions, with hollow near misses.
    # fresh78: the adversary, twelfth round: conclusions that look substantive but decide nothing (general facts,
    # other people's or pregnancies' plans, conditions, deferrals, process talk, empty shapes; a quarter disguised).
    # fresh77: held-out-style mix, eighth round (every category over every example, in every voice)
    # fresh79: names, ninth sweep, plus impossible facts (rare UK brands, misspellings of every class with a
    # "not of concern" reason, harmless near misses, unlisted medicines in conclusions, partners' medicines, dates,
    # routes, registers, identities; a seventh disguised). Brands and misspellings were all recognised; the wrong
    # verdicts are MA120 readings of medicines she no longer, or never, takes, and third persons' medicines.
    # fresh76: false-refusal hunt, twenty-fifth round, against the last two hours' readings (MA017 simple pasts
    # and ordinals, MA013 births bounded by the gestation, MA308/MA312 hosts and foster carers, MA122 whose
    # withdrawal, MA119 lists and brands, MA120 ruled-out names and persons, MA101 partners' womb-only
    # medicines, MA103 licences and counterfactuals, MA125 item answers; a fifth disguised). Its two false
    # refusals of a date belonging to what was asked for or agreed to are read since.
    # fresh75: held-out-style mix, ninth round (impossible dates at every field's edge, routes at malformed and
    # valid edges, hollow conclusions in ordinary clinical words; a fifth disguised). Hollow and good conclusions
    # all judged right; two false passes on dates (an ordinal day over 31; a delivery bounded by the gestation),
    # both since read, and an IDN host in Unicode,
    # first written as a false refusal, is refused by design (MA308: hosts in their ASCII form).
    # fresh72: false-refusal hunt, twenty-fourth round, against the last hour's readings (MA125 other senses,
    # restated prompts and process-only answers, MA101/MA117 sound spellings, MA122/MA127 stops now, MA103
    # counterfactuals, licences and "may", MA120 ruled-out medicines, MA017 events after signing; a fifth
    # disguised). No false refusal: all good records pass. Eight false passes among the near misses, all fixed.
    # fresh74: the adversary, fourteenth round (two tricks at once: buried deferrals, future conditionals, copies
    # with names and doses swapped, quote-then-defer, empty acts, restated templates, wrong person; impossible
    # dates, doses, routes, ODS codes and registrations in Unicode digits and look-alike letters).
    # fresh73: good conclusions that must not be refused, second broad sweep, in held-out voices (shorthand, "we",
    # honest uncertainty, risky words used soundly, guidance and dates, spellings and typos, long asides, a plan
    # per medicine, the partner, brands with generics, lists and tables, not-of-concern reasons; a fifth
    # disguised). No false refusal among the 99 good records; its one false pass (an active past dated after the
    # attestation) is read since.
    # fresh71: the adversary, thirteenth round (incompleteness and attribution: one concern short, overall
    # coverage, joint plans, orphan assessments, contradictions, signers, attestation dates, recipients; a fifth
    # disguised). The seven it found wrong are fixed.
    # fresh70: names ninth sweep, and the partner (unused brands, misspellings, shorthand, capitals, split names,
    # combinations, conclusions naming brands, the partner's medicines, near misses, unrecognised products; a
    # fifth disguised). Every refuse case is refused; the five false refusals it found are fixed.
    # fresh68: the adversary, twelfth round (yes/noted answer lists, monographs, mental state only, other
    # pregnancies, past conditionals, stacked hedges, named delegates, admin only, dose histories, signature
    # padding, emoji; a fifth disguised). No false refusal; its false passes (the conditional past, a licence
    # restated, "may or may not") are read since.
    # fresh67: held-out-style mix, eighth round (new hollow shapes, every voice, unused opioid brands,
    # misspellings in conclusions and both lists, impossible dates in fields and text, undeliverable routes,
    # attribution, every disguise). One false pass (a past event dated after the signature) and two false
    # refusals (a brand named only to rule it out), all fixed.
    # fresh69: false-refusal hunt, twenty-third round, against the last stop's readings (quoted guidance applied,
    # owned watching, awaited results and reasons with decisions, conditions and 'whether', wishes and plans,
    # 'or', labelled plans, doses in other units, valid dates, stops, woman partners, siblings, shorthand, blank
    # letters and a fifth disguised). No wrong verdict: all 97 good records pass and all 22 near misses refuse.
    # fresh66: the adversary, eleventh round (guidance quoted, attendance, monitoring lists, the wrong person,
    # negations, pending results, name-swapped copies, reasons only) and disguise at its hardest (Cherokee,
    # Armenian, mathematical letters, circled, superscript, combining marks, variation selectors, tags, fillers).
    # fresh64: false-refusal hunt, twenty-second round, against the last hour's readings (MA017 written dates,
    # MA130 dose lines, MA103 whether-clauses, conditions, copied labels, wishes, promised plans and framing,
    # MA127 stops and sedation compared, MA120 woman partners; a fifth disguised). Every good date, dose,
    # condition, wish, promise and framing passes; two kinds of false pass and two of false refusal remain.
    "f64-stop-this-week-lith": (
        "false pass: MA127 should refuse; lithium 'stops this week' while the recommendations keep monthly levels "
        "and plan the dose around delivery and the overall continues 800 mg: the levels now read as continuing it, "
        "but 'then weekly from 36 weeks' holds 'then', which the recommendations' reading takes as a planned "
        "change ('continue 100 mg then 50 mg after birth'); telling a schedule's 'then' from a plan's needs what "
        "follows it read, and the overall conclusion is no item the contradiction compares"
    ),
    # fresh65: good conclusions that must not be refused, broad sweep (SOAP notes, discharge summaries, clinic
    # letters, midwife and HV notes, pharmacist tables, social care extracts, views and numbered plans,
    # shorthand, dates and doses, brands, the partner, the baby's own treatment, ruled-out and past medicines,
    # guidelines, unusual English; a fifth disguised). One false refusal, fixed; every hollow near miss was refused.
    # fresh62: the adversary, tenth round (another medicine's concerns, 'we'/'the team' with no act, wishes
    # reported as decisions, template cells, ticked checklists, impossible dates in the text, safeguarding
    # acknowledgements, promises, clinical vocabulary in empty frames; a fifth disguised). Every wrong verdict
    # is a false pass; no false refusal among the near misses.
    # fresh61: held-out-style mix, seventh round (new hollow shapes, every professional voice, unused brands,
    # misspellings, date margins, undeliverable routes, attribution, every disguise). One wrong verdict, a false
    # pass; no false refusal among the good records.
    # fresh59: false-refusal hunt, twentieth round, against the last readings (MA129 partner voices, MA119
    # questions and answers, MA127 sedation compared and feeding agreeing, MA124 the baby's sleep). Every hollow
    # near miss is refused; the wrong verdicts were three false refusals, all fixed.
    # fresh58: the adversary, ninth round (plans with no actor, the mother only, restated lists, first-person
    # narrative, superlatives, the overall pasted into every assessment, the partner's medicine given the mother's
    # plan, contradictions, dates in words, and a fifth disguised). Every wrong verdict is a false pass; no false
    # refusal among the near misses.
    # fresh56: false-refusal hunt, nineteenth round, against the last hour's readings (the baby as receiver,
    # options weighed, given names before brand-like surnames, bag-of-words copies, feeding and sedation
    # contradictions, partner dismissals, womb-only medicines).
    "f56-mother-losartan-listed-stopped": (
        "false refusal (disputed): MA101 fired on med-losartan, listed as stopped in September 2025 before she "
        "conceived, with a reason and a blood-pressure plan; the baby was never exposed, yet a stopped womb-only "
        "medicine of the mother is asked for a full assessment"
    ),
    # fresh53: the adversary, eighth round (general facts, hedged plans, someone else's plan, risk lists, synonym
    # copies, name tricks, partner dismissed, contradictions, garbled text, template prompts, split boxes, and a
    # fifth disguised). Every wrong verdict is a false pass; no false refusal among the near misses.
    "f53-gb-meth-machine-translated": (
        "false pass: MA113 should refuse; machine-garbled text ('Methadone of continuing is to the baby the "
        "withdrawal of watching yes'). Every word is English and no pair of them is one English never writes "
        "(no article before 'of'); 'baby the', 'given of', 'of together' each occur in real sentences, so no "
        "cheap grammaticality signal measured against the must-pass texts separates it safely"
    ),
    # fresh46: the adversary, seventh round (class facts, template prompts, conditional plans, wrong subject,
    # reports of who was told, options, 'to be confirmed', contradictions, reworded copies, padding, disguise).
    # Every wrong verdict is a false pass; no false refusal among the near misses.
    # fresh42: item answers, a full sweep (withdrawal plan, safe sleep, breastfeeding, partner's safe sleep,
    # parenting capacity, recommendations): hollow reports, awareness, guidelines, talks, pointers padded past the
    # short forms the gate knows. Its guideline, leaflet and deferral false passes are fixed.
    # fresh35: medicine names, fourth sweep (unused brands, VMPs, misspellings, near misses, combinations,
    # disguise, names only in a conclusion).
    # fresh14, disputed: each is a judgement the gate's data makes one way, for the clinical lead to confirm.
    "f14-citalopram-plan-item-empty-summary-answers": (
        "false refusal: MA122 (withdrawal) with the plan item empty; the conclusion's 'the small risks to the baby, "
        "which the midwife will watch for after birth' names no withdrawal or adaptation (only the summary does). "
        "Reading 'watch for' as an observation plan would let 'watch for a sleepy baby' beside breastfeeding answer "
        "withdrawal (f14-mirtazapine- and f14-trazodone-postnatal-no-adaptation), so the gate keeps to the plan's "
        "own words"
    ),
    "f14-chlorphenamine-postnatal-no-breastfeeding": (
        "false pass: MA122 (breastfeeding) should refuse a sedating antihistamine taken by a breastfeeding mother "
        "with nothing on breastfeeding; the class raises only safe sleep (mappings/medicine-classes.toml), though "
        "the drug reaches the milk and can make the baby drowsy (SPS, NHS: a non-sedating antihistamine is "
        "preferred): a change to the class table, for the clinical lead"
    ),
    # fresh17: an adversary's batch.
    "f17-hollow-weather-will-rain": (
        "false pass: MA103 should refuse; 'it will probably rain on the day of the neonatal withdrawal and safe "
        "sleep discussion': the only claim ('will ... rain') is about the weather, padded with topic words"
    ),
    "f17-scan-of-her-knee": (
        "false pass: MA122 (harm to the unborn baby) should refuse; valproate recommendations and conclusion give"
        " only 'Scan of her knee booked at the fracture clinic' / 'The scan of her knee goes ahead next week' "
        "(the summary's anomaly scan is a need, which the rule says does not answer). Not the knee scan: the "
        "conclusion's 'stopping suddenly risks seizures, which would endanger her and the unborn baby' answers it "
        "('unborn'), with the knee scan taken out too; whether harm from her seizures answers harm from valproate "
        "is left to the clinical lead"
    ),
    # fresh20: the determined adversary, third round (hollow shapes, copy-edits, wrong subject, names, disguise)
    # fresh21: a false-refusal hunt, fourth round (how the statement is carried; controls with it taken out).
    # fresh22: medicine names as clinicians write them (seeded draw of ingredients and unused brands). Its
    # misspelling by sound is fixed.
    # fresh24: concern answers (template items) and overall conclusions, a false-refusal hunt, fifth round. Its
    # restated prompts and the report over topic words are fixed.
    # fresh23: the determined adversary, fourth round (empty modals, imperatives, process claims, life, self-
    # cancelling, others decide, buried claims, copies); every false pass, no false refusal. Its last two, copies
    # trimmed or reordered in synonyms, are fixed.
    # fresh27: a false-refusal hunt, sixth round (every profession in every style; controls with the substance
    # removed).
    # fresh28: the adversary, fifth round (process and meta statements, circular, praise, the team, advice for any
    # baby, drug-leaflet facts, other people, topic lists, markup and filler, and each in disguise). The disguised
    # false passes are judged as their plain text is (also passed): not a gap in normalisation.
    # fresh34: a false-refusal hunt, ninth round (previous pregnancies, general facts, the team, talks with what was
    # agreed, other medicines, relatives as carers, shorthand, two-sentence, bullets, Welsh/Scottish terms, pointers
    # after a decision; each with hollow twins): no false refusal; its three hollow twins that passed are fixed.
    # fresh32: a false-refusal hunt, eighth round (history, relatives, the service, general facts and the form's
    # parts beside a plan for this baby, in many sentence shapes; controls with the deciding clause removed): its
    # three false refusals have been fixed.
    # their boundaries, good conclusions of every class with their hollow twins, a quarter of each disguised).
    # fresh31: a held-out-style mixed batch (hollow shapes, names, impossible facts, good plain-style conclusions).
    # fresh63: medicine names, eighth sweep (brands no batch used, misspellings, partner brands, unrecognised
    # products, near misses to a different medicine) and impossible facts (doses, dates, routes, registrations).
    # The gate read every name right; no rule in docs/rules.md judges a dose line, and a consent date after the
    # record was signed is not read.
    "f63-date-consent-after-signature": (
        "false pass (disputed): MA013 (or MA211) should refuse; consent recorded on 2026-05-20 in a record last "
        "updated and attested on 2026-04-09: the attested record cannot hold a later date. The gate warns (MA015, "
        "content dated after the record's update): a lawful basis may be recorded after the clinical content is "
        "attested, so whether this blocks sharing is a decision for the clinical safety officer"
    ),
    # fresh16
    # fresh19: a false-refusal hunt, third round (styles, shorthand, brands; controls with the substance removed).
    # fresh18: impossible facts (dates, routes, attribution, recipients, safeguarding, consent, amendment).
    "f18-m-unborn-interim-care-order": (
        "false pass (disputed): MA013 (or a safeguarding rule) should refuse; an antenatal record with care_order "
        "'interim': no care order can be made about a baby before birth (Children Act 1989 s.31), but the template "
        "asks 'Care order' without naming the baby (its other two questions do) and the FHIR export codes it of the "
        "mother, so the order may be hers (a looked-after pregnant teenager) or an older child's; refusing it needs "
        "the field scoped to the baby first, a template change for the clinical lead"
    ),
    # fresh25 (impossible facts, fourth round), fresh26 (medicine names, third sweep), fresh29 (disguise
    # equivalence, systematic sweep) and fresh30 (a false-refusal hunt, seventh round): every wrong verdict they
    # found has been fixed.
    # fresh43 (a held-out-style mix, third round: no wrong verdict), fresh44 (a false-refusal hunt, thirteenth
    # round), fresh45 (medicine names, sixth sweep), fresh48 (a false-refusal hunt, fifteenth round, against the
    # readings of possibilities, menus, asides, the baby's medicines and English-word brands) and fresh49 (a
    # held-out-style mix, fourth round): every wrong verdict they found has been fixed.
}
"""Every case the gate gets wrong today, with the rule that fired or should have fired."""


def _param(case: Case) -> object:
    marks = []
    if case.name in KNOWN_WRONG:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[case.name]))
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in ALL])
def test_fresh_record_verdict(case: Case) -> None:
    got, issues, parse_error = verdict(case.build())
    where = f"{case.name} [{case.category}] on {case.base}: {case.why}"
    if got == "unreadable":
        assert case.expect == REFUSE, f"{where}\n  a must-pass record did not parse: {parse_error}"
        return
    assert got == case.expect, f"{where}\n  expected {case.expect}, the gate said {got}; issues:\n{describe(issues)}"


def _earlier(corpus: Corpus) -> list[Case]:
    """The cases of the corpora written before this one."""
    return [c for before in CORPORA[: CORPORA.index(corpus)] for c in before.cases]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_corpus_shape(corpus: Corpus) -> None:
    names = Counter(c.name for c in corpus.cases)
    assert not [n for n, k in names.items() if k > 1], "case names are unique"
    earlier = {c.name for c in [*CASES, *HCASES, *_earlier(corpus)]} | {g.name for g in GOOD}
    assert not {c.name for c in corpus.cases} & earlier, "no name reused from the earlier corpora"
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", c.name) for c in corpus.cases)
    assert sum(c.expect == REFUSE for c in corpus.cases) >= corpus.min_refuse
    assert sum(c.expect == PASS for c in corpus.cases) >= corpus.min_pass
    assert {c.category for c in corpus.cases} == set(corpus.categories)


def test_each_corpus_is_registered_once() -> None:
    names = Counter(corpus.name for corpus in CORPORA)
    assert [name for name, count in names.items() if count > 1] == [], "a corpus listed twice runs its cases twice"


def test_every_known_wrong_entry_names_a_case() -> None:
    assert set(KNOWN_WRONG) <= {c.name for c in ALL}


def _texts(data: Record) -> set[str | None]:
    out: set[str | None] = {a.get("conclusion") for a in data.get("assessments", [])}
    out.add((data.get("overall_conclusion") or {}).get("text"))
    return out


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_no_earlier_conclusion_reused(corpus: Corpus) -> None:
    """New cases, not rewordings: no conclusion text of the earlier corpora appears verbatim here."""
    earlier: set[str | None] = set()
    for c in [*CASES, *HCASES, *_earlier(corpus)]:
        earlier |= _texts(c.build())
    for g in GOOD:
        earlier |= _texts(g.build())
    for c in corpus.cases:
        mine = _texts(c.build()) - _texts(load_base(c.base))
        assert not mine & earlier, f"{c.name} reuses an earlier corpus's conclusion"


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.name)
def test_case_changes_its_example(case: Case) -> None:
    assert case.build() != load_base(case.base), f"{case.name} must change its example"
    json.dumps(case.build(), ensure_ascii=False)
