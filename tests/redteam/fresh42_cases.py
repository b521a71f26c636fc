"""A forty-second independent "fresh" batch of red-team cases for the share gate: item answers, a full sweep.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's
code. The lens is the boxes each professional reads on their own: the neonatal withdrawal plan (the midwife and
neonatal team), the safe sleep / co-sleeping advice (the health visitor), the breastfeeding advice (the
midwife), the partner's safe sleep item, parenting capacity and the recommendations. For each item and each
class of concern that asks it, the hollow answers come in shapes earlier batches used least (MA125, MA123,
MA106, MA127):

* a report that advice was given, in many wordings; who is aware; a guideline or leaflet named; a talk with
  when and where; the item's own question restated; a pointer to another part of the record or to another
  document; "n/a" or a dismissal without reason for a concern that applies; a deferral;
* a sleep answer about how the adult sleeps (or how long the baby sleeps) rather than where and with whom the
  baby sleeps;
* parenting capacity that says the parent is drowsy beside a coded sedation "no" (MA127);

and beside them the short real answers a clinician writes, terse but specific ("Cot by bed; no sofa.",
"Formula from birth.", "Obs 72h on PNW, HV day 5 and 8.", "Not advised." where it fits), which must pass.
About a fifth of each category is disguised (look-alike letters, zero-width and format characters, soft
hyphens, bidi controls, full-width, combining marks) and must be judged exactly like the plain text.

Medicines named here are the examples' own; no clinical code is invented. ``test_fresh_records.py`` runs them;
the cases the gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh42_cases``
for the counts per category.
"""

from __future__ import annotations

from collections import Counter

from tests.redteam.cases import (
    PASS,
    REFUSE,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    P,
    V,
    set_,
)
from tests.redteam.disguise import SOFT_HYPHEN, full_width, homoglyphs, inside_words, swap_spaces

F42CASES: list[Case] = []

CATEGORIES = (
    "withdrawal-plan",
    "safe-sleep",
    "breastfeeding",
    "partner-sleep",
    "parenting-capacity",
    "recommendations",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F42CASES.append(Case(f"f42-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def combining(text: str, mark: str = "\u0300") -> str:
    """A combining mark after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def rlm_between_words(text: str) -> str:
    """A right-to-left mark after every space."""
    return text.replace(" ", " \u200f")


# Where each item lives, per example and assessment.
_ASM = {
    M: "asm-methadone",
    F: "asm-diazepam-pregabalin",
    C: "asm-citalopram",
    L: "asm-lithium",
    V: "asm-valproate",
    P: "asm-partner-quetiapine",
}


def item(base: str, field: str, text: str, asm: str | None = None) -> Mutation:
    return set_(f"assessments#{asm or _ASM[base]}.{field}", text)


def nwp(base: str, text: str) -> Mutation:
    return item(base, "impact_on_baby.neonatal_withdrawal_plan", text)


def sleep(base: str, text: str) -> Mutation:
    return item(base, "impact_on_mother.safe_sleep", text)


def bf(base: str, text: str, asm: str | None = None) -> Mutation:
    return item(base, "impact_on_baby.breastfeeding", text, asm)


def cap(base: str, text: str, asm: str | None = None) -> Mutation:
    return item(base, "impact_on_mother.parenting_capacity", text, asm)


def recs(base: str, text: str, asm: str | None = None) -> Mutation:
    return item(base, "recommendations", text, asm)


SERT = "asm-sertraline"

# ============================================================================================================
# withdrawal-plan: methadone (M), diazepam with pregabalin (F) and citalopram (C) raise neonatal withdrawal or
# adaptation; the plan box must hold the plan (MA125, MA123).

_NWP_BAD = [
    (
        "m-paeds-nnu-midwives-aware",
        M,
        "Paeds, NNU and the labour ward midwives are all aware.",
        "only who is aware (MA125)",
    ),
    (
        "m-trust-guideline-named",
        M,
        "Trust neonatal abstinence syndrome guideline CG-112 applies to this baby.",
        "a guideline named, not the plan (MA125)",
    ),
    (
        "m-talk-when-where",
        M,
        "Discussed with the neonatal registrar in antenatal clinic room 4 on 14 March at 10:30.",
        "a talk with when and where, nothing agreed (MA125)",
    ),
    (
        "m-question-restated",
        M,
        "Neonatal withdrawal observation plan per local guideline.",
        "the item's own prompt restated (MA125)",
    ),
    (
        "m-pointer-care-plan",
        M,
        "Refer to section 4 of the drug service care plan.",
        "a pointer to another document (MA125)",
    ),
    (
        "m-pointer-recommendations",
        M,
        "As set out under recommendations above.",
        "a pointer to another part of the record, which holds no plan (MA125)",
    ),
    ("m-na", M, "n/a", "a dismissal of withdrawal after methadone, which applies (MA123)"),
    ("m-not-needed", M, "Not needed for this baby.", "dismissed without a reason (MA123)"),
    (
        "m-advice-many-words",
        M,
        "Plan explained, advice given, information shared, she understood and agreed.",
        "a report that advice was given, in many wordings (MA125)",
    ),
    ("m-mum-informed", M, "Mum informed of the plan and happy with it.", "a report of who was told (MA125)"),
    ("m-to-be-confirmed", M, "To be confirmed by the neonatal team nearer the time.", "a deferral (MA125)"),
    (
        "f-fc-hv-aware",
        F,
        "Foster carer and health visitor both aware of the withdrawal risk.",
        "who is aware, in a placement where the foster carer needs the plan (MA125)",
    ),
    (
        "f-leaflet-given",
        F,
        "NAS information leaflet given to the foster carer at discharge.",
        "a leaflet named and given (MA125)",
    ),
    ("f-question-mark", F, "Observation for withdrawal?", "a question, not a plan (MA125)"),
    ("c-usual-care", C, "Usual postnatal care.", "only 'usual' (MA125)"),
    ("c-see-summary", C, "See impact on baby.", "a pointer to another part of the record (MA125)"),
    ("c-not-applicable-ssri", C, "Not applicable.", "dismissal of SSRI adaptation without reason (MA123)"),
]
for _n, _b, _t, _w in _NWP_BAD:
    bad(f"nwp-{_n}", "withdrawal-plan", _b, nwp(_b, _t), _w)

bad(
    "nwp-m-aware-homoglyph",
    "withdrawal-plan",
    M,
    nwp(M, homoglyphs("Paediatricians and NNU are aware.", "aeoc")),
    "who is aware, in Cyrillic look-alike letters (MA125)",
)
bad(
    "nwp-m-guideline-zero-width",
    "withdrawal-plan",
    M,
    nwp(M, inside_words("Follow the local neonatal abstinence guideline.", "\u200b")),
    "only a guideline named, with zero-width spaces inside the words (MA125)",
)
bad("nwp-f-na-full-width", "withdrawal-plan", F, nwp(F, full_width("N/A")), "'N/A' in full-width letters (MA123)")
bad(
    "nwp-c-talk-soft-hyphen",
    "withdrawal-plan",
    C,
    nwp(C, inside_words("Discussed at the 32 week antenatal appointment.", SOFT_HYPHEN, every=3)),
    "a talk and when, with soft hyphens inside the words (MA125)",
)

_NWP_GOOD = [
    ("m-obs-72h-pnw", M, "Obs 72h on PNW, HV day 5 and 8.", "terse: where, how long and the late checks"),
    (
        "m-nas-scoring",
        M,
        "NAS scoring 4-hourly on the ward for 72 h; HV checks for late signs to day 8.",
        "scoring, where, how long",
    ),
    (
        "m-finnegan-3-days",
        M,
        "Finnegan scores for 3 days as an inpatient; community midwife checks on day 7.",
        "a named score, time and a late check",
    ),
    (
        "m-paeds-threshold",
        M,
        "72 h inpatient obs; paeds review if two scores of 8 or more.",
        "terse with a threshold for review",
    ),
    (
        "m-guideline-then-plan",
        M,
        "Per Trust NAS guideline: ward obs at least 72 h, then HV to day 8.",
        "a guideline named, then the plan",
    ),
    (
        "m-talk-then-plan",
        M,
        "Agreed with her at 36 weeks: baby stays 3 days on the ward for withdrawal scoring.",
        "a talk, with what was agreed",
    ),
    (
        "f-done-then-late",
        F,
        "5 days obs done, no treatment. FC to watch to day 8 and ring NNU for tremor.",
        "what was done and what the foster carer does",
    ),
    (
        "f-late-signs",
        F,
        "Late signs possible to day 8: FC and HV to look for tremor, poor feeds, high cry.",
        "who watches for what until when",
    ),
    (
        "c-48h-watch",
        C,
        "Watch 48 h for jitteriness, poor feeding, fast breathing; paeds if persisting.",
        "terse SSRI adaptation plan",
    ),
    ("c-midwife-checks", C, "Midwife checks feeding, tone and breathing at 24 and 48 h.", "who checks what, when"),
    (
        "l-toxicity-obs",
        L,
        "Paeds review at birth; ward obs 48 h for floppiness and poor feeds; level if signs.",
        "lithium: the toxicity watch, tersely",
    ),
]
for _n, _b, _t, _w in _NWP_GOOD:
    ok(f"nwp-{_n}", "withdrawal-plan", _b, nwp(_b, _t), _w)

ok(
    "nwp-m-obs-homoglyph",
    "withdrawal-plan",
    M,
    nwp(M, homoglyphs("Obs 72h on the ward; HV late check day 8.", "aeo")),
    "a terse plan in Cyrillic look-alike letters",
)
ok(
    "nwp-f-late-zero-width",
    "withdrawal-plan",
    F,
    nwp(F, inside_words("FC watches for tremor and poor feeds to day 8; NNU if worse.", "\u2060", every=2)),
    "a real plan with word joiners inside the words",
)
ok(
    "nwp-c-watch-combining",
    "withdrawal-plan",
    C,
    nwp(C, combining("Midwife to watch 48 h for jitteriness and fast breathing.")),
    "a real plan with combining accents",
)

# ============================================================================================================
# safe-sleep: the mother's sedating methadone (M) and diazepam with pregabalin (F): the box must say where and
# with whom the baby sleeps (MA125, MA123), even though safe sleep advice is recorded for the household.

_SS_BAD = [
    ("m-question-restated", M, "Safe sleep and co-sleeping advice given.", "the prompt restated (MA125)"),
    ("m-lullaby-leaflet", M, "Lullaby Trust safer sleep leaflet given at booking.", "a leaflet named (MA125)"),
    (
        "m-talk-where-when",
        M,
        "Talked about at the home visit on 12 January with her mum present.",
        "a talk with when and where (MA125)",
    ),
    (
        "m-she-sleeps-well",
        M,
        "Sleeps well, seven to eight hours a night, on her methadone.",
        "how she sleeps, not where the baby sleeps (MA125)",
    ),
    (
        "m-sleeps-heavily",
        M,
        "She sleeps heavily after her evening dose.",
        "the adult's sleep, with no word on the baby's (MA125)",
    ),
    ("m-hv-sw-aware", M, "HV and social worker aware of the sedation.", "who is aware (MA125)"),
    (
        "m-pointer-arrangements",
        M,
        "See the sleeping arrangements in the safeguarding section.",
        "a pointer to another part of the record (MA125)",
    ),
    ("m-na", M, "N/A", "a sedating medicine's safe sleep is never dismissed (MA123)"),
    ("m-not-a-concern", M, "Not a concern.", "dismissed without a reason (MA123)"),
    ("m-many-wordings", M, "Advised, understood, agreed and documented.", "a report in many wordings (MA125)"),
    ("m-as-per-guidance", M, "As per Lullaby Trust guidance.", "a pointer to guidance (MA125)"),
    (
        "f-sleep-through",
        F,
        "Baby sleeps through from 11pm to 5am.",
        "how long the baby sleeps, not where or with whom (MA125)",
    ),
    ("f-fc-aware", F, "Foster carer aware and confident.", "who is aware (MA125)"),
    ("f-to-be-discussed", F, "To be discussed at the next core group.", "a deferral (MA125)"),
    ("f-mum-sleeps-better", F, "Mum sleeps better since the pregabalin was added.", "her sleep (MA125)"),
]
for _n, _b, _t, _w in _SS_BAD:
    bad(f"ss-{_n}", "safe-sleep", _b, sleep(_b, _t), _w)

bad(
    "ss-m-restated-bidi",
    "safe-sleep",
    M,
    sleep(M, rlm_between_words("Safe sleep advice given to mum.")),
    "the prompt restated, with right-to-left marks between words (MA125)",
)
bad(
    "ss-m-na-homoglyph",
    "safe-sleep",
    M,
    sleep(M, homoglyphs("Not applicable.", "aeoc")),
    "a dismissal in Cyrillic look-alike letters (MA123)",
)
bad(
    "ss-f-leaflet-full-width",
    "safe-sleep",
    F,
    sleep(F, full_width("Leaflet given.")),
    "a leaflet report in full-width letters (MA125)",
)
bad(
    "ss-m-sleeps-well-combining",
    "safe-sleep",
    M,
    sleep(M, combining("She sleeps well at night.")),
    "her own sleep, under combining accents (MA125)",
)

_SS_GOOD = [
    ("m-cot-by-bed", M, "Cot by bed; no sofa.", "terse: where the baby sleeps and where not"),
    ("m-own-cot", M, "Own cot in parents' room; never bed or sofa after a dose.", "terse, with the dose"),
    (
        "m-moses-basket",
        M,
        "Moses basket next to her bed; no bed-sharing; partner does the 2am feed.",
        "the basket, no bed sharing, who does nights",
    ),
    ("m-bed-sharing-not-advised", M, "Bed-sharing not advised. Cot in their room.", "'not advised' fits here"),
    ("m-no-co-sleeping-cot", M, "No co-sleeping; baby in a cot only.", "terse and specific"),
    (
        "m-leaflet-then-cot",
        M,
        "Lullaby Trust leaflet given; baby to sleep in a cot beside her, never on the sofa.",
        "a leaflet named, then the arrangement",
    ),
    (
        "m-sleeps-heavily-so-cot",
        M,
        "She sleeps heavily after her dose, so the baby sleeps in its own cot.",
        "her sleep, then where the baby sleeps",
    ),
    ("f-cot-fc-room", F, "Cot in FC's room; mum never sleeps with baby.", "terse, the placement"),
    ("f-no-lying-feeds", F, "Never share bed/sofa/armchair; no feeds lying down; FC does nights.", "slashes, terse"),
    ("f-fc-does-nights", F, "FC does all night feeds. Baby in cot, FC's room.", "two terse sentences"),
]
for _n, _b, _t, _w in _SS_GOOD:
    ok(f"ss-{_n}", "safe-sleep", _b, sleep(_b, _t), _w)

ok(
    "ss-m-cot-homoglyph",
    "safe-sleep",
    M,
    sleep(M, homoglyphs("Cot by her bed; never the sofa.", "aeoc")),
    "a terse arrangement in look-alike letters",
)
ok(
    "ss-f-cot-soft-hyphen",
    "safe-sleep",
    F,
    sleep(F, inside_words("Cot in the foster carer's room; no bed sharing with mum.", SOFT_HYPHEN, every=3)),
    "a real answer with soft hyphens",
)
ok(
    "ss-m-no-sofa-nbsp",
    "safe-sleep",
    M,
    sleep(M, swap_spaces("Crib beside the bed; no sofa or bed sharing.")),
    "a real answer with no-break spaces",
)

# ============================================================================================================
# breastfeeding: methadone and sertraline (M) and citalopram (C) with a breastfeeding mother, valproate (V)
# with feeding not yet known: the box must say what breastfeeding means for this baby (MA125, MA123). Lithium
# (L) and the placement (F) are bottle fed, where the concern is not asked.

_BF_BAD = [
    ("m-ukdilas-sheet", M, None, "UKDILAS advice sheet printed for her.", "a document handed over (MA125)"),
    ("m-restated", M, None, "Breastfeeding advice for this medicine given.", "the prompt restated (MA125)"),
    ("m-feeding-team-aware", M, None, "Infant feeding team aware.", "who is aware (MA125)"),
    ("m-talk-clinic-room", M, None, "Talked through at the 34-week clinic in room 3.", "a talk, when, where (MA125)"),
    ("m-see-overall", M, None, "See overall conclusion.", "a pointer to another part (MA125)"),
    ("m-na", M, None, "N/A", "she breastfeeds: dismissed without reason (MA123)"),
    ("sert-not-relevant", M, SERT, "Not relevant.", "dismissed without reason (MA123)"),
    (
        "sert-many-wordings",
        M,
        SERT,
        "Discussed, explained, reassured and documented.",
        "a report in many wordings (MA125)",
    ),
    ("sert-sps-checked", M, SERT, "Checked on the SPS website.", "a source named (MA125)"),
    ("c-midwife-to-advise", C, None, "Midwife to advise after delivery.", "a deferral (MA125)"),
    ("c-as-per-bumps", C, None, "As per the BUMPS page on citalopram.", "a pointer to a leaflet (MA125)"),
    ("c-question", C, None, "Can she breastfeed?", "the question, unanswered (MA125)"),
    ("v-no-concerns", V, None, "No concerns.", "dismissed without reason (MA123)"),
]
for _n, _b, _a, _t, _w in _BF_BAD:
    bad(f"bf-{_n}", "breastfeeding", _b, bf(_b, _t, _a), _w)

bad(
    "bf-m-aware-zero-width",
    "breastfeeding",
    M,
    bf(M, inside_words("Infant feeding lead informed.", "\u200d")),
    "who was told, with zero-width joiners (MA125)",
)
bad(
    "bf-sert-na-combining",
    "breastfeeding",
    M,
    bf(M, combining("Not applicable."), SERT),
    "a dismissal under combining accents (MA123)",
)
bad(
    "bf-c-restated-homoglyph",
    "breastfeeding",
    C,
    bf(C, homoglyphs("Breastfeeding advice given.", "aeo")),
    "the prompt restated in look-alike letters (MA125)",
)

_BF_GOOD = [
    ("m-encouraged-stable", M, None, "Encouraged: stable dose, small amounts in milk.", "terse, with the reason"),
    ("m-bf-ok-no-stopping", M, None, "BF fine; don't stop BF suddenly (withdrawal).", "shorthand with advice"),
    ("sert-compatible-watch", M, SERT, "Compatible; watch for a sleepy baby.", "terse"),
    ("sert-fine-low-levels", M, SERT, "Fine to BF - low levels in milk.", "shorthand 'BF'"),
    ("c-compatible-drowsy", C, None, "OK to breastfeed; watch for drowsiness or poor feeds.", "terse"),
    ("c-not-advised-wrong", C, None, "Safe in breastfeeding; no need to switch to formula.", "a negation that advises"),
    (
        "v-possible-watch",
        V,
        None,
        "Possible on valproate; watch the baby for jaundice or bruising.",
        "terse and specific",
    ),
    ("l-formula", L, None, "Formula from birth.", "bottle-fed baby on lithium: a short true answer"),
    ("l-not-advised", L, None, "Not advised.", "lithium: 'not advised' fits"),
    ("f-na-bottle", F, None, "N/A - bottle fed.", "a concern that does not apply, with the reason"),
]
for _n, _b, _a, _t, _w in _BF_GOOD:
    ok(f"bf-{_n}", "breastfeeding", _b, bf(_b, _t, _a), _w)

ok(
    "bf-sert-compatible-full-width",
    "breastfeeding",
    M,
    bf(M, full_width("Compatible; tiny amounts in milk."), SERT),
    "a terse answer in full-width letters",
)
ok(
    "bf-m-encouraged-bidi",
    "breastfeeding",
    M,
    bf(M, rlm_between_words("Breastfeeding encouraged on a stable methadone dose.")),
    "a real answer with right-to-left marks",
)

# ============================================================================================================
# partner-sleep: the father's quetiapine (P) is answered only in its own safe sleep item, which must say where
# and with whom the baby sleeps or who cares at night (MA125, MA123).

_PS_BAD = [
    ("dad-sleeps-nine-hours", "Takes it at 10pm and sleeps nine hours straight.", "his sleep (MA125)"),
    ("good-nights-sleep", "Gets a good night's sleep since starting it.", "his sleep (MA125)"),
    ("not-applicable-father", "Not applicable: father's prescription.", "dismissed because it is his (MA123)"),
    ("advice-both-parents", "Advice given to both parents.", "a report (MA125)"),
    ("leaflet-to-dad", "Safer sleep leaflet handed to dad.", "a leaflet (MA125)"),
    ("talk-at-surgery", "Discussed with him at the surgery on 4 June.", "a talk with when and where (MA125)"),
    ("hv-aware-meds", "HV aware of his medication.", "who is aware (MA125)"),
    ("see-gp-record", "See the father's GP record.", "a pointer to another document (MA125)"),
    ("restated-partner", "Safe sleep and co-sleeping advice given to the partner.", "the prompt restated (MA125)"),
    ("baby-sleeps-through", "Baby sleeps through the night now.", "the baby's sleep length, not where (MA125)"),
    ("his-gp-to-advise", "His GP to advise.", "a deferral (MA125)"),
    ("no-issues-for-him", "No issues for him.", "a dismissal (MA123)"),
]
for _n, _t, _w in _PS_BAD:
    bad(f"ps-{_n}", "partner-sleep", P, sleep(P, _t), _w)

bad(
    "ps-sleeps-soundly-homoglyph",
    "partner-sleep",
    P,
    sleep(P, homoglyphs("Sleeps soundly since starting.", "aeo")),
    "his sleep in look-alike letters (MA125)",
)
bad(
    "ps-na-zero-width",
    "partner-sleep",
    P,
    sleep(P, inside_words("N/A partner", "\ufeff")),
    "'N/A partner' with BOM characters inside (MA123)",
)
bad(
    "ps-advised-full-width",
    "partner-sleep",
    P,
    sleep(P, full_width("Both advised.")),
    "a report in full-width letters (MA125)",
)

_PS_GOOD = [
    ("never-bed-sofa", "Never in bed or sofa with baby after dose; mum does nights.", "terse"),
    ("crib-mums-side", "Crib on mum's side; he doesn't do nights.", "terse, who does nights"),
    ("spare-room", "He sleeps in the spare room; baby in crib with mum.", "his sleep, then where the baby is"),
    (
        "not-an-issue-downstairs",
        "Not an issue: he sleeps downstairs and the crib stays with mum.",
        "a dismissal word with the reason",
    ),
    ("no-nights-for-dad", "No nights for dad. Crib, mum's side.", "very terse, specific"),
    ("not-alone-after-9", "Not left alone with baby after his 9pm dose.", "who is alone with the baby"),
    ("no-armchair-naps", "No naps with baby on the sofa or armchair, day or night.", "where not"),
    ("cot-not-his-bed", "Baby in cot, never in his bed.", "terse"),
]
for _n, _t, _w in _PS_GOOD:
    ok(f"ps-{_n}", "partner-sleep", P, sleep(P, _t), _w)

ok(
    "ps-crib-homoglyph",
    "partner-sleep",
    P,
    sleep(P, homoglyphs("Crib by mum; he never has the baby in bed.", "aeo")),
    "a real answer in look-alike letters",
)
ok(
    "ps-spare-room-combining",
    "partner-sleep",
    P,
    sleep(P, combining("He sleeps in the spare room; the crib stays with mum.")),
    "combining accents",
)

# ============================================================================================================
# parenting-capacity: not an item of its own concern, but it must agree with the coded sedation answer:
# drowsiness written beside sedation "no" refuses (MA127); short true answers pass.

_PC_BAD = [
    ("c-drowsy-mornings", C, None, "Drowsy most mornings; her mum helps with the baby.", "drowsy beside 'no'"),
    ("sert-sleepy-afternoons", M, SERT, "Very sleepy every afternoon since the dose went up.", "sleepy beside 'no'"),
    (
        "l-hard-to-wake",
        L,
        None,
        "Hard to wake at night on lithium; husband wakes her for feeds.",
        "hard to wake beside 'no'",
    ),
    ("v-sedated-after-dose", V, None, "Sedated for an hour after each dose.", "sedated beside 'no'"),
    ("c-dozes-off", C, None, "Dozes off during feeds.", "drowsy, in other words, beside 'no'"),
]
for _n, _b, _a, _t, _w in _PC_BAD:
    bad(f"pc-{_n}", "parenting-capacity", _b, cap(_b, _t, _a), f"{_w} (MA127)")

bad(
    "pc-v-drowsy-homoglyph",
    "parenting-capacity",
    V,
    cap(V, homoglyphs("Drowsy all day on this dose.", "aeo")),
    "drowsy beside 'no', in look-alike letters (MA127)",
)

_PC_GOOD = [
    ("c-copes-alert", C, None, "Copes well; alert; mood stable.", "terse"),
    ("sert-not-drowsy", M, SERT, "Not drowsy on this dose; caring well.", "a negation"),
    ("l-no-drowsiness", L, None, "Well; no drowsiness. Husband helps at night.", "a negation"),
    ("v-no-impact", V, None, "No impact; seizure-free 2 yrs.", "terse with a reason"),
    ("m-drowsy-post-dose", M, None, "Drowsy 2-4h post dose; partner present then.", "sedation 'yes' agrees"),
    ("f-fc-supervises", F, None, "Drowsy after doses; FC supervises care.", "sedation 'yes' agrees"),
    ("p-drowsy-from-10", P, None, "Drowsy from 10pm; daytime care fine.", "the father, sedation 'yes' agrees"),
    ("c-watch-drowsy", C, None, "Alert; GP to ask about drowsiness at 6 weeks.", "an instruction to watch"),
]
for _n, _b, _a, _t, _w in _PC_GOOD:
    ok(f"pc-{_n}", "parenting-capacity", _b, cap(_b, _t, _a), _w)

ok(
    "pc-sert-not-drowsy-zero-width",
    "parenting-capacity",
    M,
    cap(M, inside_words("Not drowsy; caring well for the baby.", "\u200b", every=2), SERT),
    "a negation with zero-width spaces",
)

# ============================================================================================================
# recommendations: what each professional must do (MA106); a hollow answer refuses, a terse instruction passes.
# The passing texts keep what the example's recommendations answered (do not stop, who manages changes).

_RC_BAD = [
    ("m-as-discussed", M, None, "As discussed.", "a pointer to a talk (MA106)"),
    ("m-gp-hv-aware", M, None, "GP and HV aware.", "who is aware (MA106)"),
    ("m-advice-given-clinic", M, None, "Advice given in clinic on 3 March.", "a report of a talk (MA106)"),
    ("m-see-above", M, None, "Recommendations: see above.", "a pointer (MA106)"),
    ("sert-continue-as-is", M, SERT, "Continue as is.", "'go on' with nothing named (MA106)"),
    ("sert-review-in-due-course", M, SERT, "Review in due course.", "'look again', no when (MA106)"),
    ("l-per-guideline", L, None, "Per local guideline.", "a guideline named (MA106)"),
    ("v-nil", V, None, "Nil further.", "a placeholder (MA106)"),
    ("v-to-follow", V, None, "Recommendations to follow.", "the prompt, deferred (MA106)"),
    ("f-leaflets-given", F, None, "Leaflets given to mum and foster carer.", "a report (MA106)"),
    ("p-na", P, None, "N/A", "a placeholder (MA106)"),
    ("c-as-before", C, None, "Carry on as before.", "'go on' with nothing named (MA106)"),
]
for _n, _b, _a, _t, _w in _RC_BAD:
    bad(f"rc-{_n}", "recommendations", _b, recs(_b, _t, _a), _w)

bad(
    "rc-m-as-discussed-full-width",
    "recommendations",
    M,
    recs(M, full_width("As discussed.")),
    "a pointer in full-width letters (MA106)",
)
bad(
    "rc-v-nil-homoglyph",
    "recommendations",
    V,
    recs(V, homoglyphs("Nil further.", "ie")),
    "a placeholder in look-alike letters (MA106)",
)
bad(
    "rc-p-aware-bidi",
    "recommendations",
    P,
    recs(P, rlm_between_words("HV aware.")),
    "who is aware, with right-to-left marks (MA106)",
)

_RC_GOOD = [
    (
        "m-dont-stop-supervised",
        M,
        None,
        "Don't stop or cut methadone without the drug service; they tell HV of changes.",
        "terse instruction",
    ),
    ("sert-continue-100", M, SERT, "Continue sertraline 100 mg; midwife watches for adaptation.", "names what"),
    ("sert-hv-6-weeks", M, SERT, "HV mood check at 6 weeks; don't stop suddenly.", "who, when"),
    (
        "l-levels",
        L,
        None,
        "Li levels 4-weekly, weekly from 36/40, within 24 h of birth; deliver in hospital.",
        "shorthand",
    ),
    (
        "v-dont-stop-refer",
        V,
        None,
        "Do not stop valproate abruptly. Urgent neuro + fetal medicine referral; folic acid 5 mg.",
        "terse",
    ),
    (
        "f-slow-taper",
        F,
        None,
        "Don't stop either suddenly. GP to plan slow diazepam taper at 6/52; weekly scripts.",
        "shorthand",
    ),
    ("p-hv-cot-checks", P, None, "HV cot check each visit to 8/52; his GP tells HV of dose changes.", "terse"),
    ("c-continue-review", C, None, "Continue citalopram 20 mg. GP mood review at 6/52.", "names what and when"),
]
for _n, _b, _a, _t, _w in _RC_GOOD:
    ok(f"rc-{_n}", "recommendations", _b, recs(_b, _t, _a), _w)

ok(
    "rc-c-continue-homoglyph",
    "recommendations",
    C,
    recs(C, homoglyphs("Continue citalopram 20 mg; GP mood review at 6 weeks.", "aeo")),
    "a terse instruction in look-alike letters",
)
ok(
    "rc-sert-continue-soft-hyphen",
    "recommendations",
    M,
    recs(M, inside_words("Continue sertraline 100 mg; do not stop suddenly.", SOFT_HYPHEN, every=4), SERT),
    "a terse instruction with soft hyphens",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F42CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F42CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F42CASES),
        "total",
        len(F42CASES),
    )
