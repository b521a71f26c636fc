"""A ninety-sixth independent "fresh" batch of red-team cases for the share gate: joint and multi-medicine
records, both ways (a false-refusal hunt first, near misses second).

Each record is one shipped pass example with three or four medicines at once: methadone with diazepam,
pregabalin and sertraline; buprenorphine with mirtazapine and promethazine; lithium with quetiapine; valproate
with lamotrigine and clobazam; a mother and her partner both on sedating medicines; a foster placement with a
third medicine; harmless medicines listed beside them with their reasons. Assessments are joint (one conclusion
for several medicines) or separate with conclusions that cross-refer ("as for methadone above, plus ..."), and
the overall conclusion names and concludes on every assessed medicine. Written from the issue, docs/rules.md,
README.md and the examples, not from the gate's code or its word lists.

Categories:

* ``four-medicines``: methadone, sertraline, diazepam and pregabalin, jointly or separately assessed;
* ``opioid-sedatives``: buprenorphine with mirtazapine and a sedating antihistamine;
* ``mood-stabiliser``: lithium with quetiapine;
* ``antiepileptics``: valproate with lamotrigine and clobazam;
* ``both-parents``: the mother's and the partner's medicines of concern in one record;
* ``foster``: the foster placement with a third medicine;
* ``harmless-beside``: harmless medicines listed beside the medicines of concern, with their reasons;
* ``doses``: dose lines and conclusions that agree (tapers, split doses, doses in words), and one that differs;
* ``disguise``: about a fifth, texts from above disguised; the verdict equals the plain one.

Must-pass records are complete work; each near miss differs by one thing: one medicine missing from a joint
conclusion or from the overall one, one concern of one medicine unanswered, a conclusion copied under two
medicines, the partner's sedation dismissed, a dose in a conclusion that differs from the list.
Medicines named are real; medicines added here carry no code (a warning only), none is invented.
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh96_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.redteam.cases import (
    PASS,
    REFUSE,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    P,
    Record,
    V,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F96CASES: list[Case] = []

CATEGORIES = (
    "four-medicines",
    "opioid-sedatives",
    "mood-stabiliser",
    "antiepileptics",
    "both-parents",
    "foster",
    "harmless-beside",
    "doses",
    "disguise",
)

FOUR, OPI, MOOD, AED, BOTH, FOST, HARM, DOSE, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    assert not any(c.name == f"f96-{name}" for c in F96CASES), name
    F96CASES.append(Case(f"f96-{name}", category, expect, base, mutate, why))


# ------------------------------------------------------------------------------------------------------------
# Disguises.

Disguise = Callable[[str], str]


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oiv", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


# ------------------------------------------------------------------------------------------------------------
# Building blocks.

Texts = dict[str, str | None]

_ITEMS = {
    "sed": ("impact_on_mother", "sedation"),
    "par": ("impact_on_mother", "parenting_capacity"),
    "ss": ("impact_on_mother", "safe_sleep"),
    "sum": ("impact_on_baby", "summary"),
    "wd": ("impact_on_baby", "neonatal_withdrawal_plan"),
    "bf": ("impact_on_baby", "breastfeeding"),
}


def _assessment(aid: str, mids: list[str], t: Texts, author: Any, date: str) -> Record:
    a: Record = {"id": aid, "medicine_ids": list(mids), "impact_on_mother": {}, "impact_on_baby": {}}
    for key, (part, item) in _ITEMS.items():
        value = t.get(key)
        if value is not None:
            a[part][item] = value
    if t.get("rec") is not None:
        a["recommendations"] = t["rec"]
    a["conclusion"] = t["con"]
    a["author"] = copy.deepcopy(author)
    a["date"] = date
    return a


def _med(mid: str, name: str, dose: str, started: str, org: Record, **extra: Any) -> Record:
    kind = "other-organisation" if org.get("ods_code", "").startswith("Y902") else "gp-practice"
    return {
        "id": mid,
        "name": name,
        "dose": dose,
        "started": started,
        "prescriber": {"kind": kind, "organisation": org},
        **extra,
    }


RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
CASTLE = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
DRUGS = {"ods_code": "Y90210", "name": "Hampton Drug and Alcohol Service"}
ELM = {"ods_code": "Y90005", "name": "Elm Park Surgery"}


def scene(
    *,
    meds: list[Record] | None = None,
    replace_meds: list[Record] | None = None,
    asms: list[tuple[str, list[str], Texts]] | None = None,
    replace_asms: bool = False,
    concl: dict[str, str] | None = None,
    items: dict[str, dict[str, str | None]] | None = None,
    extend: dict[str, list[str]] | None = None,
    overall: str | None = None,
    dose: dict[str, str] | None = None,
) -> Mutation:
    """One record: medicines added (or the list replaced), assessments added (or all replaced), conclusions of
    shipped assessments replaced, shipped assessments' items set or removed (None), assessments extended to
    more medicines, the overall conclusion replaced, dose lines replaced."""

    def mutate(doc: Record) -> None:
        author = doc["assessments"][0]["author"]
        date = doc["assessments"][0]["date"]
        if replace_meds is not None:
            doc["medicines"] = copy.deepcopy(replace_meds)
        for m in meds or []:
            doc["medicines"].append(copy.deepcopy(m))
        new = [_assessment(aid, mids, t, author, date) for aid, mids, t in asms or []]
        if replace_asms:
            doc["assessments"] = new
        else:
            doc["assessments"].extend(new)
        byid = {a["id"]: a for a in doc["assessments"]}
        for aid, mids in (extend or {}).items():
            byid[aid]["medicine_ids"].extend(mids)
        for aid, text in (concl or {}).items():
            byid[aid]["conclusion"] = text
        for aid, changes in (items or {}).items():
            for key, value in changes.items():
                if key == "rec":
                    if value is None:
                        del byid[aid]["recommendations"]
                    else:
                        byid[aid]["recommendations"] = value
                    continue
                part, item = _ITEMS[key]
                if value is None:
                    del byid[aid][part][item]
                else:
                    byid[aid][part][item] = value
        if overall is not None:
            doc["overall_conclusion"]["text"] = overall
        for mid, line in (dose or {}).items():
            next(m for m in doc["medicines"] if m["id"] == mid)["dose"] = line

    return mutate


def with_(t: Texts, **changes: str | None) -> Texts:
    out = dict(t)
    out.update(changes)
    return out


# ============================================================================================================
# four-medicines: the methadone record (antenatal, breastfeeding, child protection plan) with diazepam and
# pregabalin added.

DIAZ_M = _med("med-diazepam", "Diazepam 2mg tablets", "2 mg three times a day", "2025-08-11", RIVERSIDE)
PREG_M = _med("med-pregabalin", "Pregabalin 75mg capsules", "75 mg twice a day", "2025-04-23", RIVERSIDE)

DP_M: Texts = {
    "sed": "yes",
    "par": "Diazepam 2 mg tds and pregabalin 75 mg bd on top of methadone; drowsy in the early afternoon and "
    "after the evening doses, but managing her home with her mother's help.",
    "ss": "Never to share a bed, sofa or armchair with the baby; cot in the parents' room; her mother will stay "
    "for the first fortnight and do the night feeds.",
    "sum": "Exposure to diazepam and pregabalin alongside methadone makes withdrawal more likely to be severe and "
    "to last longer. Diazepam near term can make the baby floppy and slow to feed. The 20-week anomaly scan "
    "was normal.",
    "wd": "Five days on the postnatal ward with NAS scoring rather than the usual 72 hours because of the "
    "combined exposure; HV to look for late signs to day 8 and beyond.",
    "bf": "Breastfeeding still encouraged; watch for a sleepy baby who feeds poorly, as diazepam passes into "
    "breast milk.",
    "rec": "Drug service to taper diazepam from 30/40 by 1 mg a fortnight; never stopped abruptly. Pregabalin "
    "unchanged; any dose change shared with maternity the same week.",
    "con": "Diazepam and pregabalin add to the drowsiness methadone causes, so no bed or sofa sharing and her "
    "mother does the night feeds at first. The baby is at risk of a heavier, longer withdrawal: five days of "
    "NAS scoring on the ward, then HV for late signs. Breastfeeding is still encouraged, watching for a sleepy "
    "baby. The diazepam taper goes slowly under the drug service; pregabalin carries on unchanged.",
}
OV_M4 = (
    "Methadone, sertraline and pregabalin continue; diazepam is being tapered slowly by the drug service. "
    "Together they make Jodie drowsy, so no co-sleeping on any surface and another adult does the night feeds "
    "at first. The baby needs five days of NAS scoring on the postnatal ward, with the midwife also watching "
    "for SSRI adaptation signs, then HV checks for late withdrawal. Breastfeeding is encouraged. The social "
    "worker and HV see the cot before discharge."
)


def m4(dp: Texts = DP_M, ov: str = OV_M4, **kw: Any) -> Mutation:
    return scene(
        meds=[DIAZ_M, PREG_M], asms=[("asm-diaz-preg", ["med-diazepam", "med-pregabalin"], dp)], overall=ov, **kw
    )


add(
    "m4-joint-pair-good",
    FOUR,
    PASS,
    M,
    m4(),
    "four medicines, a joint diazepam-pregabalin assessment, overall names all four",
)
add(
    "m4-overall-bullets",
    FOUR,
    PASS,
    M,
    m4(
        ov="Overall plan:\n- Methadone 60 mg and sertraline 100 mg: continue.\n- Pregabalin: continue; diazepam: "
        "slow taper by the drug service.\n- Sedation from all of these: no co-sleeping, night feeds by her mum "
        "for the first fortnight.\n- Baby: NAS scoring for 5 days on the ward, SSRI adaptation obs, HV to "
        "day 8.\n- BF encouraged."
    ),
    "bulleted overall naming each",
)
add(
    "m4-overall-omits-pregabalin",
    FOUR,
    REFUSE,
    M,
    m4(
        ov="Methadone and sertraline continue; diazepam is being tapered slowly by the drug service. All "
        "three make Jodie drowsy, so no co-sleeping and another adult does the night feeds. The baby needs "
        "five days of NAS scoring on the ward, then HV checks for late withdrawal. Breastfeeding encouraged; "
        "the social worker and HV see the cot before discharge."
    ),
    "the overall conclusion never names pregabalin, an assessed medicine",
)
add(
    "m4-joint-omits-diazepam",
    FOUR,
    REFUSE,
    M,
    m4(
        with_(
            DP_M,
            con="Pregabalin adds to the drowsiness methadone causes, so no bed or sofa sharing and her mother "
            "does the night feeds at first. The baby is at risk of a heavier, longer withdrawal: five days "
            "of NAS scoring on the ward, then HV for late signs. Breastfeeding is still encouraged, watching "
            "for a sleepy baby. Pregabalin carries on unchanged.",
        )
    ),
    "the joint conclusion never names diazepam",
)
add(
    "m4-joint-diazepam-deferred",
    FOUR,
    REFUSE,
    M,
    m4(
        with_(
            DP_M,
            con="Pregabalin adds to the drowsiness methadone causes, so no bed or sofa sharing and her mother "
            "does the night feeds at first; five days of NAS scoring on the ward, then HV for late signs; "
            "breastfeeding encouraged. Diazepam: see the drug service's letter.",
        )
    ),
    "diazepam named only in a deferral",
)
add(
    "m4-pair-copied-from-methadone",
    FOUR,
    REFUSE,
    M,
    m4(
        with_(
            DP_M,
            con="Diazepam and pregabalin should continue through pregnancy. The baby is likely to need "
            "observation for neonatal withdrawal; breastfeeding is supported. Sedation after each dose means "
            "no co-sleeping and the cot must be checked at the home visit.",
        )
    ),
    "the methadone conclusion pasted with the names changed",
)
add(
    "m4-pair-safe-sleep-na",
    FOUR,
    REFUSE,
    M,
    m4(with_(DP_M, ss="N/A - covered under methadone.")),
    "the pair's safe sleep dismissed by pointing at another assessment",
)
add(
    "m4-pair-safe-sleep-as-methadone",
    FOUR,
    PASS,
    M,
    m4(
        with_(
            DP_M,
            ss="As for methadone: no bed, sofa or armchair sharing after any dose; her mother does the "
            "night feeds for the first fortnight; cot in the parents' room.",
        )
    ),
    "cross-reference plus the advice itself",
)
add(
    "m4-pair-withdrawal-silent",
    FOUR,
    REFUSE,
    M,
    m4(
        with_(
            DP_M,
            sum="The 20-week anomaly scan was normal.",
            wd=None,
            bf="Breastfeeding still encouraged on these doses.",
            rec="Pregabalin unchanged; any dose change shared with maternity the same week.",
            con="Diazepam and pregabalin add to the drowsiness methadone causes, so no bed or sofa sharing and "
            "her mother does the night feeds at first. Breastfeeding is still encouraged. Both carry on unchanged.",
        )
    ),
    "a benzodiazepine and a gabapentinoid: nothing in their assessment speaks of the baby's withdrawal",
)
add(
    "m4-methadone-cross-ref-good",
    FOUR,
    PASS,
    M,
    m4(
        concl={
            "asm-sertraline": "As for methadone above, sertraline 100 mg continues: stopping it led to relapse "
            "before. Plus, for the baby, a small risk of PPHN and of jittery, poor feeding in the first days, "
            "which the midwife watches for alongside the NAS scoring. Sertraline is fine with breastfeeding."
        }
    ),
    "'as for methadone above, plus' with sertraline's own content",
)
add(
    "m4-sertraline-only-as-above",
    FOUR,
    REFUSE,
    M,
    m4(concl={"asm-sertraline": "Sertraline: as for methadone above."}),
    "a cross-reference and nothing of its own",
)

ALL4: Texts = {
    "sed": "yes",
    "par": "On methadone 60 mg, sertraline 100 mg, diazepam 2 mg tds and pregabalin 75 mg bd. Mood settled; "
    "drowsy after doses, worst mid-afternoon and at night.",
    "ss": "No bed, sofa or armchair sharing at any time; cot in the parents' room; her mother does the night "
    "feeds for the first fortnight.",
    "sum": "Withdrawal from the opioid, benzodiazepine and gabapentinoid together is likely and may be late "
    "and prolonged; SSRI adaptation signs and a small PPHN risk too. Anomaly scan normal.",
    "wd": "Five days' NAS scoring on the postnatal ward; HV to check for late signs to day 8.",
    "bf": "Breastfeeding encouraged on stable doses; watch for a sleepy baby.",
    "rec": "No dose changes without the drug service and GP; diazepam taper from 30/40; dose changes shared "
    "with maternity the same week.",
    "con": "Methadone, sertraline and pregabalin continue at their current doses and diazepam is tapered slowly "
    "from 30 weeks; stopping any suddenly risks relapse or withdrawal fits. Together they sedate her, so the "
    "baby never sleeps with her on any surface and her mother does the night feeds. The baby needs five days "
    "of NAS scoring with SSRI adaptation checks, then HV to day 8. Breastfeeding encouraged.",
}
OV_ALL4 = (
    "One joint assessment of methadone, sertraline, diazepam and pregabalin: all continue bar the slow "
    "diazepam taper. No co-sleeping because of their combined sedation; her mother does the night feeds. Five "
    "days of NAS scoring, HV to day 8, breastfeeding encouraged; the social worker sees the cot before discharge."
)


def all4(t: Texts = ALL4, ov: str = OV_ALL4) -> Mutation:
    return scene(
        meds=[DIAZ_M, PREG_M],
        asms=[("asm-all-four", ["med-methadone", "med-sertraline", "med-diazepam", "med-pregabalin"], t)],
        replace_asms=True,
        overall=ov,
    )


add("all4-one-joint-assessment", FOUR, PASS, M, all4(), "one assessment covering all four, each named")
add(
    "all4-joint-omits-sertraline",
    FOUR,
    REFUSE,
    M,
    all4(
        with_(
            ALL4,
            con="Methadone and pregabalin continue at their current doses and diazepam is tapered slowly from "
            "30 weeks; stopping any suddenly risks relapse or withdrawal fits. Together they sedate her, so the "
            "baby never sleeps with her on any surface and her mother does the night feeds. The baby needs five "
            "days of NAS scoring, then HV to day 8. Breastfeeding encouraged.",
        )
    ),
    "the joint conclusion of four medicines names three",
)
add(
    "all4-joint-all-of-them-unnamed",
    FOUR,
    REFUSE,
    M,
    all4(
        with_(
            ALL4,
            con="All of her medicines continue at their current doses apart from a slow taper of one; stopping "
            "any suddenly risks relapse. They sedate her, so no co-sleeping and her mother does the night feeds. "
            "Five days of NAS scoring, then HV to day 8. Breastfeeding encouraged.",
        )
    ),
    "'all of her medicines' names none",
)
add(
    "all4-joint-soap",
    FOUR,
    PASS,
    M,
    all4(
        with_(
            ALL4,
            con="S: wants to stay on everything, frightened of relapse. O: settled, 29/40, drowsy pm. A: "
            "methadone 60 mg, sertraline 100 mg, pregabalin 75 mg bd - continue; diazepam - slow taper from "
            "30/40. Combined sedation = no co-sleeping, mum does nights. Baby: 5 days NAS scoring + SSRI obs, HV "
            "to day 8. P: BF encouraged; SW/HV to see cot.",
        )
    ),
    "a SOAP note naming all four",
)
add(
    "all4-overall-only-lists-names",
    FOUR,
    REFUSE,
    M,
    all4(ov="Methadone, sertraline, diazepam and pregabalin: as per the joint assessment above."),
    "an overall that lists the names and defers",
)

# ============================================================================================================
# opioid-sedatives: buprenorphine with mirtazapine and promethazine (the methadone record, medicines replaced).

BUP = _med(
    "med-buprenorphine",
    "Buprenorphine 8mg sublingual tablets",
    "8 mg once daily, supervised consumption",
    "2025-01-13",
    DRUGS,
)
MIRT = _med("med-mirtazapine", "Mirtazapine 30mg tablets", "30 mg at night", "2025-07-02", RIVERSIDE)
PROM = _med("med-promethazine", "Promethazine hydrochloride 25mg tablets", "25 mg at night", "2025-10-06", RIVERSIDE)
FOLIC = _med("med-folic", "Folic acid 400microgram tablets", "400 micrograms once daily", "2025-11-20", RIVERSIDE)
GAVISCON = _med(
    "med-gaviscon",
    "Gaviscon Advance oral suspension",
    "10 ml after meals and at bedtime when needed",
    "2026-01-15",
    RIVERSIDE,
    not_of_concern_reason="Alginate antacid for heartburn; acts in the stomach, is barely absorbed and does "
    "not affect the baby or breastfeeding.",
)

BUPT: Texts = {
    "sed": "yes",
    "par": "Stable on buprenorphine 8 mg for a year with supervised consumption; no on-top use on testing.",
    "ss": "No bed or sofa sharing after her dose; cot in the parents' room, to be seen at the home visit.",
    "sum": "Neonatal withdrawal possible, usually milder than with methadone; signs from day 2, occasionally to day 8.",
    "wd": "72 hours on the postnatal ward with NAS scoring; HV to look for late signs to day 8.",
    "bf": "Breastfeeding is compatible on a stable dose and encouraged.",
    "rec": "No reduction or stopping without the drug service; dose changes to maternity the same week.",
    "con": "Buprenorphine 8 mg once daily continues under the drug service; stopping risks relapse. The baby may "
    "have NAS, usually milder than on methadone: 72 hours of scoring on the ward, then the HV to day 8. "
    "Breastfeeding encouraged. No co-sleeping after her dose.",
}
MPT: Texts = {
    "sed": "yes",
    "par": "Mirtazapine 30 mg and promethazine 25 mg at night for depression and poor sleep; very hard to rouse "
    "for several hours after taking them.",
    "ss": "Both are sedating at night: never share a bed or sofa with the baby; her partner does the night "
    "feeds and the baby sleeps in a cot by his side of the bed.",
    "sum": "Mirtazapine late in pregnancy can cause neonatal adaptation signs (jitteriness, poor feeding); "
    "promethazine near term can make the baby drowsy. No malformation signal for either.",
    "wd": "Observe for adaptation signs alongside the buprenorphine NAS scoring for 72 hours.",
    "bf": "Both are compatible with breastfeeding at these doses; watch the baby for sleepiness.",
    "rec": "Continue mirtazapine; promethazine to be tapered off by 36 weeks if sleep allows; do not stop "
    "mirtazapine suddenly.",
    "con": "Mirtazapine continues, as her depression came back when she stopped it last year. Promethazine is to "
    "come off by 36/40 if she is sleeping. Both sedate her on top of buprenorphine, so no co-sleeping and her "
    "partner does the night feeds. Baby watched for adaptation signs with the NAS scoring; breastfeeding fine, "
    "watching for a sleepy baby.",
}
OV_BMP = (
    "Buprenorphine and mirtazapine continue; promethazine comes off by 36 weeks if she sleeps without it. All "
    "three sedate her at night: no co-sleeping, her partner does night feeds. 72 hours of NAS scoring with "
    "adaptation checks, then the HV to day 8. Breastfeeding encouraged. Social worker and HV to see the cot."
)


def bmp(b: Texts = BUPT, mp: Texts = MPT, ov: str = OV_BMP, extra: list[Record] | None = None) -> Mutation:
    return scene(
        replace_meds=[BUP, MIRT, PROM, *(extra or [])],
        asms=[
            ("asm-buprenorphine", ["med-buprenorphine"], b),
            ("asm-mirt-prom", ["med-mirtazapine", "med-promethazine"], mp),
        ],
        replace_asms=True,
        overall=ov,
    )


add("bmp-good", OPI, PASS, M, bmp(), "buprenorphine alone, mirtazapine and promethazine jointly; overall names all")
add(
    "bmp-letter-style",
    OPI,
    PASS,
    M,
    bmp(
        mp=with_(
            MPT,
            con="Dear colleagues, I have reviewed Jodie's mirtazapine 30 mg and promethazine 25 mg at night. "
            "Mirtazapine should continue as her mood relapsed off it; I have asked her to stop the promethazine "
            "gradually before 36 weeks. Both add to the sedation of her buprenorphine, so please reinforce no "
            "co-sleeping and that her partner does the night feeds. Please watch the baby for jitteriness and "
            "poor feeding with the NAS scoring; breastfeeding is fine.",
        )
    ),
    "a letter to colleagues that concludes ('please' is an instruction)",
)
add(
    "bmp-joint-omits-promethazine",
    OPI,
    REFUSE,
    M,
    bmp(
        mp=with_(
            MPT,
            con="Mirtazapine continues, as her depression came back when she stopped it last year. It sedates "
            "her on top of buprenorphine, so no co-sleeping and her partner does the night feeds. Baby watched "
            "for adaptation signs with the NAS scoring; breastfeeding fine, watching for a sleepy baby.",
        )
    ),
    "the joint mirtazapine-promethazine conclusion never names promethazine",
)
add(
    "bmp-joint-phenergan-brand",
    OPI,
    PASS,
    M,
    bmp(
        mp=with_(
            MPT,
            con="Mirtazapine continues, as her depression came back when she stopped it last year. Her "
            "Phenergan is to come off by 36/40 if she is sleeping. Both sedate her on top of buprenorphine, so "
            "no co-sleeping and her partner does the night feeds. Baby watched for adaptation signs with NAS "
            "scoring; breastfeeding fine, watching for a sleepy baby.",
        )
    ),
    "promethazine named by its brand",
)
add(
    "bmp-overall-omits-mirtazapine",
    OPI,
    REFUSE,
    M,
    bmp(
        ov="Buprenorphine continues; promethazine comes off by 36 weeks if she sleeps without it. Both sedate "
        "her at night: no co-sleeping, her partner does night feeds. 72 hours of NAS scoring, then the HV to day "
        "8. Breastfeeding encouraged. Social worker and HV to see the cot."
    ),
    "the overall never names mirtazapine",
)
add(
    "bmp-overall-subutex-brand",
    OPI,
    PASS,
    M,
    bmp(
        ov="Subutex 8 mg and mirtazapine continue; promethazine stops by 36/40 if she sleeps without it. All "
        "sedate her at night: no co-sleeping, her partner does the night feeds. NAS scoring 72 h with adaptation "
        "checks, HV to day 8; BF encouraged; SW and HV to see the cot."
    ),
    "buprenorphine named by its brand in the overall",
)
add(
    "bmp-mp-safe-sleep-none",
    OPI,
    REFUSE,
    M,
    bmp(mp=with_(MPT, ss="None.")),
    "the safe sleep of two sedating night medicines answered 'None.'",
)
add(
    "bmp-mp-breastfeeding-silent",
    OPI,
    REFUSE,
    M,
    bmp(
        mp=with_(
            MPT,
            bf=None,
            sum="Mirtazapine late in pregnancy can cause neonatal adaptation signs (jitteriness); promethazine "
            "near term can make the baby drowsy. No malformation signal for either.",
            con="Mirtazapine continues, as her depression came back when she stopped it last year. Promethazine "
            "is to come off by 36/40 if she is sleeping. Both sedate her on top of buprenorphine, so no "
            "co-sleeping and her partner does the night feeds. Baby watched for adaptation signs with the NAS "
            "scoring.",
        )
    ),
    "she breastfeeds and nothing says whether mirtazapine or promethazine pass into breast milk",
)
add(
    "bmp-copy-under-both",
    OPI,
    REFUSE,
    M,
    bmp(
        b=with_(
            BUPT,
            con="Continues, as stopping would bring relapse. Sedating, so no co-sleeping and her partner does "
            "the night feeds; baby watched with the NAS scoring; breastfeeding fine. Buprenorphine.",
        ),
        mp=with_(
            MPT,
            con="Continues, as stopping would bring relapse. Sedating, so no co-sleeping and her partner does "
            "the night feeds; baby watched with the NAS scoring; breastfeeding fine. Mirtazapine, promethazine.",
        ),
    ),
    "one generic conclusion pasted under both assessments, names tacked on",
)
add(
    "bmp-harmless-folic-gaviscon",
    OPI,
    PASS,
    M,
    bmp(extra=[FOLIC, GAVISCON]),
    "folic acid and an antacid with its reason beside three medicines of concern",
)
add(
    "bmp-promethazine-called-harmless",
    OPI,
    REFUSE,
    M,
    scene(
        replace_meds=[
            BUP,
            MIRT,
            dict(PROM, not_of_concern_reason="An antihistamine she takes to help her sleep; bought over the counter."),
        ],
        asms=[
            ("asm-buprenorphine", ["med-buprenorphine"], BUPT),
            (
                "asm-mirtazapine",
                ["med-mirtazapine"],
                with_(
                    MPT,
                    con="Mirtazapine continues, as her depression came back when she stopped it last year. It "
                    "sedates her on top of buprenorphine, so no co-sleeping and her partner does the night feeds. "
                    "Baby watched for adaptation signs with the NAS scoring; breastfeeding fine.",
                ),
            ),
        ],
        replace_asms=True,
        overall="Buprenorphine and mirtazapine continue; both sedate her at night: no co-sleeping, her partner "
        "does night feeds. NAS scoring 72 hours, HV to day 8; breastfeeding encouraged; SW and HV see the cot.",
    ),
    "a sedating antihistamine waved through with a 'not of concern' reason and never assessed",
)

# ============================================================================================================
# mood-stabiliser: lithium (antenatal, bottle feeding) with quetiapine.

QUET_L = _med("med-quetiapine", "Quetiapine 25mg tablets", "50 mg at night", "2025-11-03", CASTLE)
QT: Texts = {
    "sed": "yes",
    "par": "Quetiapine 50 mg at night added by the perinatal team for sleep and agitation; groggy until mid-morning.",
    "ss": "Not to share a bed or sofa with the baby after her night dose; Moses basket beside the bed; her "
    "partner does the night bottles for the first weeks.",
    "sum": "No clear increase in malformations with quetiapine; the baby may be sleepy or jittery for a few days. "
    "Glucose tolerance test offered because of the gestational diabetes risk.",
    "wd": "Observed with the lithium checks on the postnatal ward for 72 hours for sleepiness, jitteriness or "
    "poor feeding.",
    "bf": "She is bottle feeding because of lithium, so no breast-milk advice is needed for quetiapine.",
    "rec": "Continue quetiapine 50 mg at night; not to be stopped suddenly; GTT at 28 weeks.",
    "con": "Quetiapine continues alongside lithium: it helps her sleep, and lost sleep is her main relapse "
    "trigger. It sedates her, so no bed or sofa sharing after the dose and her partner does the night bottles. "
    "The baby is observed for 72 hours for sleepiness or jitteriness along with the lithium checks; she is "
    "bottle feeding.",
}
OV_LQ = (
    "Lithium (Priadel) and quetiapine both continue: relapse after birth is the main danger. Lithium levels "
    "monthly, weekly from 36 weeks and within 24 hours of birth. Quetiapine sedates her at night, so no "
    "co-sleeping and her partner does the night bottles. Paediatric review of the baby and 72 hours on the "
    "postnatal ward; bottle feeding agreed. Perinatal team to see her within a week of birth."
)


def lq(q: Texts = QT, ov: str = OV_LQ, **kw: Any) -> Mutation:
    return scene(meds=[QUET_L], asms=[("asm-quetiapine", ["med-quetiapine"], q)], overall=ov, **kw)


add("lq-separate-good", MOOD, PASS, L, lq(), "lithium and quetiapine assessed separately; overall names both")
add(
    "lq-cross-ref-good",
    MOOD,
    PASS,
    L,
    lq(
        with_(
            QT,
            con="As for lithium above, quetiapine continues through pregnancy because relapse is the greater "
            "risk. Unlike lithium it sedates her: no co-sleeping after the night dose, and her partner does the "
            "night bottles. Baby observed 72 hours for sleepiness with the lithium checks; bottle feeding.",
        )
    ),
    "cross-reference to lithium, then what is quetiapine's own",
)
add(
    "lq-overall-omits-quetiapine",
    MOOD,
    REFUSE,
    L,
    lq(
        ov="Lithium (Priadel) continues: relapse after birth is the main danger. Levels monthly, weekly from 36 "
        "weeks and within 24 hours of birth. No co-sleeping after her night tablets; her partner does the night "
        "bottles. Paediatric review of the baby and 72 hours on the ward; bottle feeding agreed. Perinatal team "
        "to see her within a week of birth."
    ),
    "overall silent on quetiapine ('night tablets' names nothing)",
)
add(
    "lq-quetiapine-copied-from-lithium",
    MOOD,
    REFUSE,
    L,
    lq(
        with_(
            QT,
            con="Quetiapine should continue: the risk of relapse after birth outweighs the risks to the baby, "
            "which are being managed. Levels monthly, weekly from 36 weeks and within 24 hours of birth; the "
            "baby needs a paediatric review; breastfeeding is not advised.",
        )
    ),
    "the lithium conclusion pasted under quetiapine, including lithium levels",
)
add(
    "lq-quetiapine-safe-sleep-na",
    MOOD,
    REFUSE,
    L,
    lq(with_(QT, ss="Not applicable.")),
    "a sedating night medicine's safe sleep dismissed",
)
add(
    "lq-joint-good",
    MOOD,
    PASS,
    L,
    scene(
        meds=[QUET_L],
        extend={"asm-lithium": ["med-quetiapine"]},
        items={
            "asm-lithium": {
                "sed": "yes",
                "ss": "Quetiapine at night sedates her: no bed or sofa sharing after the dose; Moses basket by "
                "the bed; her partner does the night bottles at first.",
            }
        },
        concl={
            "asm-lithium": "Lithium and quetiapine both continue: relapse after birth, including postpartum "
            "psychosis, is the greater risk. Lithium levels monthly, weekly from 36/40 and within 24 h of birth. "
            "Quetiapine sedates her at night, so no co-sleeping and her partner does night bottles. Baby: "
            "paediatric review and 72 h on the ward for floppiness, sleepiness or poor feeding. Bottle feeding, "
            "as lithium passes into breast milk."
        },
        overall=OV_LQ,
    ),
    "one joint assessment of lithium and quetiapine",
)
add(
    "lq-joint-omits-quetiapine",
    MOOD,
    REFUSE,
    L,
    scene(
        meds=[QUET_L],
        extend={"asm-lithium": ["med-quetiapine"]},
        items={
            "asm-lithium": {
                "sed": "yes",
                "ss": "No bed or sofa sharing after her night tablets; Moses basket by "
                "the bed; her partner does the night bottles.",
            }
        },
        overall=OV_LQ,
    ),
    "quetiapine added to the lithium assessment; its shipped conclusion never names it",
)
add(
    "lq-li-shorthand-overall",
    MOOD,
    PASS,
    L,
    lq(
        ov="Li 800 mg nocte + quetiapine 50 mg nocte: both continue (relapse risk high postpartum). Li levels "
        "4-weekly, weekly from 36/40, within 24 h of delivery. Quetiapine sedating - no co-sleeping, partner "
        "does night bottles. Baby: paeds r/v, 72 h obs on PNW; bottle feeding agreed. PMHT r/v within 1/52 of "
        "birth."
    ),
    "shorthand overall (Li, nocte, r/v, 1/52)",
)

# ============================================================================================================
# antiepileptics: valproate (8 weeks, unplanned) with lamotrigine and clobazam.

LAMO = _med("med-lamotrigine", "Lamotrigine 100mg tablets", "100 mg twice a day", "2024-03-18", CASTLE)
CLOB = _med("med-clobazam", "Clobazam 10mg tablets", "10 mg at night", "2025-02-10", CASTLE)
AE3: Texts = {
    "sed": "yes",
    "par": "Seizure-free for two years on valproate with lamotrigine, and clobazam at night; clobazam leaves her "
    "drowsy in the mornings. Stopping any of them suddenly risks seizures.",
    "ss": "Clobazam sedates: once the baby is born, no bed or sofa sharing after her night dose; if seizures "
    "return, no bathing the baby alone.",
    "sum": "First-trimester valproate exposure: about 1 in 10 major malformations and up to 3 to 4 in 10 "
    "developmental difficulties; lamotrigine with it does not lower that. Clobazam near birth can make the baby "
    "floppy and cause withdrawal. Early fetal medicine review and a detailed anomaly scan are needed.",
    "wd": "After birth, 72 hours on the postnatal ward watching for floppiness, poor feeding and clobazam withdrawal.",
    "bf": "Breastfeeding is usually possible on all three; neurology and maternity to confirm, watching the baby "
    "for drowsiness on clobazam.",
    "rec": "Do not stop any of the three suddenly. Urgent neurology review about moving away from valproate; "
    "folic acid 5 mg daily.",
    "con": "Sodium valproate, lamotrigine and clobazam all continue until the urgent neurology review, because "
    "stopping any of them suddenly risks seizures. The baby has had first-trimester valproate exposure, so a "
    "fetal medicine review and detailed anomaly scan are booked; lamotrigine adds little risk of its own. "
    "Clobazam sedates her, so no co-sleeping after the birth, and the baby will be watched for floppiness and "
    "withdrawal for 72 hours. Folic acid 5 mg started.",
}
OV_AE3 = (
    "Valproate, lamotrigine and clobazam continue unchanged pending urgent neurology review; none is to be "
    "stopped abruptly. Early fetal medicine review and detailed anomaly scan for the valproate exposure; folic "
    "acid 5 mg started. After birth: no co-sleeping because of clobazam, and 72 hours on the ward watching for "
    "floppiness and withdrawal."
)


def ae3(t: Texts = AE3, ov: str = OV_AE3) -> Mutation:
    return scene(
        meds=[LAMO, CLOB],
        asms=[("asm-aeds", ["med-valproate", "med-lamotrigine", "med-clobazam"], t)],
        overall=ov,
        # the shipped valproate-only assessment is replaced by the joint one
    )


def ae3_joint(t: Texts = AE3, ov: str = OV_AE3) -> Mutation:
    inner = ae3(t, ov)

    def mutate(doc: Record) -> None:
        inner(doc)
        doc["assessments"] = [a for a in doc["assessments"] if a["id"] != "asm-valproate"]

    return mutate


def ae_sep(lc: Texts, ov: str = OV_AE3) -> Mutation:
    return scene(meds=[LAMO, CLOB], asms=[("asm-lamo-clob", ["med-lamotrigine", "med-clobazam"], lc)], overall=ov)


LC: Texts = with_(
    AE3,
    sum="Lamotrigine carries no clear increase in malformations at this dose; clobazam near birth can make the "
    "baby floppy and cause withdrawal. The valproate risk is covered above.",
    con="As for valproate above, lamotrigine and clobazam continue until the urgent neurology review and must not "
    "be stopped suddenly. Lamotrigine adds little risk to the baby and levels will be checked each trimester as "
    "they fall in pregnancy. Clobazam sedates her: no co-sleeping after the birth, and the baby is watched for "
    "floppiness and withdrawal for 72 hours on the ward.",
)

add("ae3-joint-good", AED, PASS, V, ae3_joint(), "one joint assessment of three antiepileptics, each named")
add(
    "ae3-separate-cross-ref-good",
    AED,
    PASS,
    V,
    ae_sep(LC),
    "valproate as shipped; lamotrigine and clobazam jointly, cross-referring",
)
add(
    "ae3-joint-omits-clobazam",
    AED,
    REFUSE,
    V,
    ae3_joint(
        with_(
            AE3,
            con="Sodium valproate and lamotrigine continue until the urgent neurology review, because stopping "
            "either suddenly risks seizures. The baby has had first-trimester valproate exposure, so a fetal "
            "medicine review and detailed anomaly scan are booked; lamotrigine adds little risk of its own. No "
            "co-sleeping after the birth, and the baby will be watched for floppiness and withdrawal for 72 "
            "hours. Folic acid 5 mg started.",
        )
    ),
    "the joint conclusion of three names two",
)
add(
    "ae3-overall-omits-lamotrigine",
    AED,
    REFUSE,
    V,
    ae3_joint(
        ov="Valproate and clobazam continue unchanged pending urgent neurology review; neither is to be stopped "
        "abruptly. Early fetal medicine review and detailed anomaly scan for the valproate exposure; folic acid "
        "5 mg started. After birth: no co-sleeping because of clobazam, and 72 hours on the ward."
    ),
    "the overall never names lamotrigine",
)
add(
    "ae3-overall-lamictal-frisium",
    AED,
    PASS,
    V,
    ae3_joint(
        ov="Epilim, Lamictal and Frisium all continue pending urgent neurology r/v - none to be stopped abruptly. "
        "Early fetal medicine r/v and detailed anomaly scan for the valproate exposure; folic acid 5 mg started. "
        "Postnatally no co-sleeping (Frisium sedates) and 72 h obs on the ward for floppiness and withdrawal."
    ),
    "brand names for all three in the overall",
)
add(
    "ae3-teratogenicity-unanswered",
    AED,
    REFUSE,
    V,
    ae3_joint(
        with_(
            AE3,
            sum="Clobazam near birth can make the baby floppy and cause withdrawal.",
            con="Sodium valproate, lamotrigine and clobazam all continue until the neurology review, because "
            "stopping any of them suddenly risks seizures. Clobazam sedates her, so no co-sleeping after the "
            "birth, and the baby will be watched for floppiness and withdrawal for 72 hours.",
            rec="Do not stop any of the three suddenly. Neurology review.",
        )
    ),
    "8 weeks on valproate: nothing about malformation risk, scan or fetal medicine",
)
add(
    "ae3-clobazam-safe-sleep-na",
    AED,
    REFUSE,
    V,
    ae_sep(with_(LC, ss="N/A at present.")),
    "clobazam's safe sleep dismissed",
)
add(
    "ae3-separate-only-as-above",
    AED,
    REFUSE,
    V,
    ae_sep(with_(LC, con="Lamotrigine and clobazam: as for valproate above.")),
    "a cross-reference with nothing of its own",
)
add(
    "ae3-separate-lamo-relapse-and-levels",
    AED,
    PASS,
    V,
    ae_sep(
        with_(
            LC,
            con="Lamotrigine 100 mg bd and clobazam 10 mg nocte stay as they are: both keep her seizure-free, and "
            "a seizure in pregnancy endangers her and the baby. Lamotrigine levels each trimester because they "
            "fall; little added risk to the baby, and the detailed anomaly scan already booked covers both. Clobazam makes her drowsy, so no co-sleeping once the baby is "
            "here; baby observed 72 h for floppiness and withdrawal.",
        )
    ),
    "own doses restated and agreeing with the list",
)

# ============================================================================================================
# both-parents: the partner-quetiapine record (postnatal, mixed feeding).

ZOP_P = _med(
    "med-partner-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night", "2026-01-12", ELM, taken_by="partner"
)
SERT_P = _med("med-sertraline", "Sertraline 50mg tablets", "50 mg once daily", "2025-12-01", MILLBROOK)
MIRT_P = _med("med-mirtazapine", "Mirtazapine 15mg tablets", "15 mg at night", "2026-02-09", MILLBROOK)
QZ_CON = (
    "Daniel's quetiapine and zopiclone, both at bedtime, make him very hard to wake for several hours: he must "
    "not do night feeds after them or fall asleep with the baby on a bed, sofa or armchair. Chloe does the "
    "night feeds and the baby sleeps in the next-to-me crib on her side. The HV checks this at every visit."
)
OV_QZ = (
    "Chloe's paracetamol raises no concern. Daniel's quetiapine and zopiclone sedate him heavily at night: no "
    "co-sleeping with him on any surface and no night feeds by him after his tablets. Crib set-up seen and "
    "safe; the HV keeps checking and his GP tells her of dose changes."
)


def pq(con: str = QZ_CON, ov: str = OV_QZ, **kw: Any) -> Mutation:
    return scene(
        meds=[ZOP_P],
        extend={"asm-partner-quetiapine": ["med-partner-zopiclone"]},
        concl={"asm-partner-quetiapine": con},
        overall=ov,
        **kw,
    )


add("pq-partner-two-sedatives-good", BOTH, PASS, P, pq(), "the father's quetiapine and zopiclone jointly assessed")
add(
    "pq-joint-omits-zopiclone",
    BOTH,
    REFUSE,
    P,
    pq(
        con="Daniel's quetiapine makes him very hard to wake for several hours: he must not do night feeds after "
        "it or fall asleep with the baby on a bed, sofa or armchair. Chloe does the night feeds and the baby "
        "sleeps in the next-to-me crib on her side. The HV checks this at every visit."
    ),
    "zopiclone added to his assessment but never named",
)
add(
    "pq-overall-omits-zopiclone",
    BOTH,
    REFUSE,
    P,
    pq(
        ov="Chloe's paracetamol raises no concern. Daniel's quetiapine sedates him heavily at night: no "
        "co-sleeping with him on any surface and no night feeds by him. Crib set-up seen and safe; the HV keeps "
        "checking."
    ),
    "the overall never names zopiclone",
)
add(
    "pq-partner-sedation-dismissed",
    BOTH,
    REFUSE,
    P,
    pq(
        con="Quetiapine and zopiclone are Daniel's own medicines and the baby is not exposed to them through "
        "pregnancy or breast milk, so they have no bearing on the baby's care."
    ),
    "the partner's sedation dismissed because the baby is not exposed",
)
add(
    "pq-partner-safe-sleep-mother-does-nights",
    BOTH,
    PASS,
    P,
    pq(
        items={
            "asm-partner-quetiapine": {
                "ss": "Daniel sleeps in the spare room on the nights he takes both "
                "tablets; the baby is never in his bed or on the sofa with him; "
                "Chloe does all night feeds."
            }
        }
    ),
    "his safe sleep answered with a different plan",
)
add(
    "pq-partner-safe-sleep-na-partner",
    BOTH,
    REFUSE,
    P,
    pq(items={"asm-partner-quetiapine": {"ss": "Not applicable - medicines belong to the partner, not the mother."}}),
    "the partner's sedation dismissed as not applicable",
)

SP: Texts = {
    "sed": "no",
    "par": "Postnatal depression recurring; sertraline 50 mg since December, mood lifting; coping with the baby.",
    "ss": "Sertraline does not sedate her; safe sleep advice given to both parents.",
    "sum": "Exposed to sertraline in late pregnancy; adaptation signs were looked for on the ward and none seen.",
    "wd": "No further neonatal observation needed; HV to ask about feeding and settling.",
    "bf": "Compatible with breastfeeding; tiny amounts in milk; she is mixed feeding and can continue.",
    "rec": "Continue sertraline 50 mg; GP review in four weeks; do not stop suddenly.",
    "con": "Chloe's sertraline 50 mg continues: her mood is lifting and stopping risks relapse. It is compatible "
    "with her mixed feeding and does not make her drowsy, so she can do the night feeds. No adaptation signs "
    "on the ward; the HV asks about feeding and settling.",
}
OV_SQ = (
    "Chloe's sertraline continues and is fine with mixed feeding; it does not sedate her, so she does the night "
    "feeds. Daniel's quetiapine sedates him heavily at night: no co-sleeping with him and no night feeds by him. "
    "Paracetamol raises no concern. The HV checks mood, feeding and the crib at each visit."
)


def sq(s: Texts = SP, ov: str = OV_SQ) -> Mutation:
    return scene(meds=[SERT_P], asms=[("asm-sertraline", ["med-sertraline"], s)], overall=ov)


add("sq-mother-sertraline-father-quetiapine", BOTH, PASS, P, sq(), "mother and father each on a medicine of concern")
add(
    "sq-overall-omits-sertraline",
    BOTH,
    REFUSE,
    P,
    sq(
        ov="Daniel's quetiapine sedates him heavily at night: no co-sleeping with him and no night feeds by him. "
        "Chloe's medicines raise no concern and she does the night feeds. The HV checks the crib at each visit."
    ),
    "the overall calls the mother's medicines no concern and never names sertraline",
)
add(
    "sq-sertraline-breastfeeding-silent",
    BOTH,
    REFUSE,
    P,
    sq(
        with_(
            SP,
            bf=None,
            con="Chloe's sertraline 50 mg continues: her mood is lifting and stopping risks relapse. It does not "
            "make her drowsy, so she can do the night feeds. No adaptation signs on the ward; HV to ask about "
            "settling.",
        )
    ),
    "mixed feeding, and nothing about sertraline in her milk",
)

MQ_S: Texts = {
    "sed": "yes",
    "par": "Mirtazapine 15 mg at night for postnatal depression and insomnia; drowsy for the first few hours.",
    "ss": "Mirtazapine makes her drowsy at night and Daniel's quetiapine sedates him: neither shares a bed or "
    "sofa with the baby; her mother stays over for the first six weeks and does the night feeds.",
    "sum": "Not exposed in pregnancy; small amounts in breast milk.",
    "wd": "No neonatal withdrawal risk; started after birth.",
    "bf": "Compatible with breastfeeding; watch the baby for sleepiness and poor feeding.",
    "rec": "Continue mirtazapine 15 mg; GP review in three weeks; perinatal team if mood worsens.",
    "con": "Chloe's mirtazapine continues; her mood needs it. With both parents sedated at night by mirtazapine "
    "and Daniel's quetiapine, her mother stays for the first six weeks and does the night feeds; the baby "
    "sleeps in the crib, never in the parents' bed or on the sofa. Breastfeeding can continue, watching for a "
    "sleepy baby. HV to review at each visit.",
}
OV_MQ = (
    "Both parents take a sedating medicine at night: Chloe's mirtazapine and Daniel's quetiapine. Neither "
    "shares a bed or sofa with the baby; the maternal grandmother does the night feeds for six weeks, then the "
    "plan is reviewed by the HV. Breastfeeding continues on mirtazapine, watching for a sleepy baby. "
    "Paracetamol raises no concern."
)


def mq(s: Texts = MQ_S, ov: str = OV_MQ) -> Mutation:
    return scene(meds=[MIRT_P], asms=[("asm-mirtazapine", ["med-mirtazapine"], s)], overall=ov)


add("mq-both-sedated-grandmother-nights", BOTH, PASS, P, mq(), "both parents sedated; a third adult does night care")
add(
    "mq-both-sedated-father-does-nights",
    BOTH,
    REFUSE,
    P,
    mq(
        ov="Chloe's mirtazapine makes her drowsy at night, so Daniel does the night feeds and she sleeps apart "
        "from the baby. Breastfeeding continues on mirtazapine. Paracetamol raises no concern. The HV reviews."
    ),
    "the overall gives night care to the father, who is sedated by quetiapine, and never names it",
)
add(
    "mq-mother-conclusion-copies-father",
    BOTH,
    REFUSE,
    P,
    mq(
        with_(
            MQ_S,
            con="The mother's night-time mirtazapine makes her too sedated to care for the baby safely at night "
            "or to share a bed or sofa with the baby. The mother does the night feeds and the baby sleeps in its "
            "own crib; the health visitor will keep checking this.",
        )
    ),
    "the father's conclusion pasted with names swapped (and now self-contradictory)",
)

# ============================================================================================================
# foster: the foster placement (postnatal, bottle fed, interim care order) with a third medicine.

SERT_F = _med("med-sertraline", "Sertraline 100mg tablets", "100 mg once daily", "2025-09-15", MILLBROOK)
PROM_F = _med(
    "med-promethazine", "Promethazine hydrochloride 10mg tablets", "20 mg at night when needed", "2026-01-20", MILLBROOK
)
SF: Texts = {
    "sed": "no",
    "par": "Low mood since the care proceedings began; sertraline 100 mg helps and she is engaging with contact.",
    "ss": "Sertraline does not sedate her; the diazepam and pregabalin advice applies in contact sessions.",
    "sum": "Late-pregnancy SSRI exposure: adaptation signs (jittery, poor feeding) may overlap with withdrawal; "
    "none specific seen on the ward.",
    "wd": "Foster carer and HV to watch for jitteriness and poor feeding to day 8 alongside withdrawal checks.",
    "bf": "Baby is bottle fed; no breast-milk advice needed.",
    "rec": "Continue sertraline 100 mg; not to stop suddenly; GP review in four weeks.",
    "con": "As for diazepam and pregabalin above, the foster carer keeps watching for late signs to day 8; "
    "sertraline adds a chance of jitteriness or poor feeding that looks the same. Sertraline 100 mg continues "
    "because her mood would worsen without it during the proceedings. It does not sedate her; the baby is "
    "bottle fed.",
}
OV_F3 = (
    "Diazepam and pregabalin continue for now and sedate the mother: no bed, sofa or armchair sharing in "
    "contact, no feeding lying down, and the foster carer does all night care. Sertraline continues for her "
    "mood. The baby may show late withdrawal or SSRI adaptation signs to day 8; the foster carer calls the "
    "neonatal unit if worried. Foster carer, HV and social worker hold this plan."
)


def f3(s: Texts = SF, ov: str = OV_F3) -> Mutation:
    return scene(meds=[SERT_F], asms=[("asm-sertraline", ["med-sertraline"], s)], overall=ov)


add(
    "f3-sertraline-cross-ref-good",
    FOST,
    PASS,
    F,
    f3(),
    "sertraline's conclusion leans on the pair's, then adds its own",
)
add(
    "f3-overall-omits-sertraline",
    FOST,
    REFUSE,
    F,
    f3(
        ov=(
            "Diazepam and pregabalin continue for now and sedate the mother: no bed, sofa or armchair sharing in "
            "contact, no feeding lying down, and the foster carer does all night care. Late withdrawal possible to "
            "day 8; the foster carer calls the neonatal unit if worried. Foster carer, HV and social worker hold "
            "this plan."
        )
    ),
    "the overall as shipped in substance, sertraline added to the record but never named",
)
add(
    "f3-sertraline-copies-pair",
    FOST,
    REFUSE,
    F,
    f3(
        with_(
            SF,
            con="Sertraline together causes significant sedation: the mother must not co-sleep or feed the baby "
            "lying down, and night care in the placement needs another adult awake. The baby may show late "
            "withdrawal up to day 8. It continues unchanged for now, with a supervised reduction planned.",
        )
    ),
    "the pair's conclusion pasted under sertraline (and wrong for it)",
)
add(
    "f3-foster-prom-joint-good",
    FOST,
    PASS,
    F,
    scene(
        meds=[PROM_F],
        extend={"asm-diazepam-pregabalin": ["med-promethazine"]},
        concl={
            "asm-diazepam-pregabalin": "Diazepam, pregabalin and now promethazine at night all sedate Kayleigh, "
            "so she must never sleep with the baby on a bed, sofa or armchair in contact or at home visits, and "
            "the foster carer does every night feed. The baby may still show late withdrawal to day 8. Diazepam "
            "and pregabalin continue with the planned diazepam taper; promethazine only as needed, and the GP "
            "will look for an alternative."
        },
        overall="Diazepam, pregabalin and promethazine continue for now and all sedate the mother: no shared "
        "sleep on any surface, no feeding lying down, foster carer does night care. Late withdrawal signs "
        "possible to day 8; call the neonatal unit if worried. Foster carer, HV and social worker hold this plan.",
    ),
    "a third sedating medicine added to the joint assessment and named",
)
add(
    "f3-foster-prom-joint-unnamed",
    FOST,
    REFUSE,
    F,
    scene(
        meds=[PROM_F],
        extend={"asm-diazepam-pregabalin": ["med-promethazine"]},
        overall="Diazepam, pregabalin and promethazine continue for now and all sedate the mother: no shared "
        "sleep on any surface, no feeding lying down, foster carer does night care. Late withdrawal signs "
        "possible to day 8. Foster carer, HV and social worker hold this plan.",
    ),
    "promethazine added to the joint assessment; its conclusion still names only diazepam and pregabalin",
)
add(
    "f3-foster-prom-overall-omits",
    FOST,
    REFUSE,
    F,
    scene(
        meds=[PROM_F],
        extend={"asm-diazepam-pregabalin": ["med-promethazine"]},
        concl={
            "asm-diazepam-pregabalin": "Diazepam, pregabalin and promethazine all sedate Kayleigh at night: "
            "no shared sleep on a bed, sofa or armchair during contact, and the foster carer does every night "
            "feed. Late withdrawal possible to day 8. Diazepam taper as planned; pregabalin unchanged; "
            "promethazine when needed only."
        },
    ),
    "the shipped overall never names the promethazine now assessed",
)

# ============================================================================================================
# harmless-beside: harmless medicines beside the medicines of concern.

PREGNACARE = _med(
    "med-pregnacare",
    "Pregnacare Original tablets",
    "One tablet daily",
    "2026-01-05",
    RIVERSIDE,
    not_of_concern_reason="Pregnancy multivitamin with folic acid and vitamin D at standard doses; no risk to the "
    "baby in pregnancy or breastfeeding.",
)
LANSO = _med(
    "med-lansoprazole",
    "Lansoprazole 15mg orodispersible tablets",
    "15 mg once daily",
    "2026-02-02",
    RIVERSIDE,
    not_of_concern_reason="Proton pump inhibitor for reflux in pregnancy; widely used with no signal of harm to "
    "the baby and compatible with breastfeeding.",
)
CETIRIZINE = _med(
    "med-cetirizine",
    "Cetirizine 10mg tablets",
    "10 mg once daily in the hay fever season",
    "2025-05-01",
    RIVERSIDE,
    not_of_concern_reason="Non-sedating antihistamine for hay fever; no effect on her alertness at night, no "
    "malformation signal and compatible with breastfeeding.",
)

add(
    "hb-m4-plus-pregnacare-lanso",
    HARM,
    PASS,
    M,
    scene(
        meds=[DIAZ_M, PREG_M, PREGNACARE, LANSO],
        asms=[("asm-diaz-preg", ["med-diazepam", "med-pregabalin"], DP_M)],
        overall=OV_M4,
    ),
    "two harmless medicines with reasons beside four of concern",
)
add(
    "hb-cetirizine-beside-sedatives",
    HARM,
    PASS,
    M,
    bmp(extra=[CETIRIZINE]),
    "a non-sedating antihistamine with its reason beside a sedating one that is assessed",
)
add(
    "hb-lansoprazole-no-reason",
    HARM,
    REFUSE,
    M,
    bmp(extra=[{k: v for k, v in LANSO.items() if k != "not_of_concern_reason"} | {"name": "Zoton FasTab 15mg"}]),
    "an uncoded brand with no classification beside assessed medicines",
)
add(
    "hb-reason-hollow",
    HARM,
    REFUSE,
    M,
    bmp(extra=[dict(LANSO, name="Zoton FasTab 15mg", not_of_concern_reason="Not of concern.")]),
    "a classification with no reason",
)
add(
    "hb-folic-in-overall",
    HARM,
    PASS,
    V,
    ae3_joint(
        ov="Valproate, lamotrigine and clobazam continue pending urgent neurology review and none is stopped "
        "abruptly. Folic acid 5 mg daily started for the valproate exposure, with an early fetal medicine "
        "review and detailed anomaly scan. After birth: no co-sleeping because of clobazam; 72 hours on the "
        "ward watching for floppiness and withdrawal."
    ),
    "the harmless folic acid named with a reason in the overall",
)
add(
    "hb-paracetamol-beside-partner-meds",
    HARM,
    PASS,
    P,
    pq(
        ov="Chloe takes only paracetamol, which is safe with mixed feeding. Daniel's quetiapine and zopiclone "
        "sedate him at night: he never shares a bed or sofa with the baby and does no night feeds after them. "
        "The HV has seen the crib and keeps checking."
    ),
    "harmless maternal medicine with its reason, partner's two medicines concluded",
)

# ============================================================================================================
# doses: dose lines and conclusions that agree, and ones that differ.

add(
    "dose-diazepam-taper-steps",
    DOSE,
    PASS,
    M,
    m4(
        with_(
            DP_M,
            con="Diazepam to taper from 6 mg a day by 1 mg every fortnight from 30/40, never faster; pregabalin "
            "75 mg twice a day unchanged. Both add to methadone's drowsiness: no bed or sofa sharing, her mother "
            "does the night feeds. Five days of NAS scoring then HV to day 8; breastfeeding encouraged.",
        )
    ),
    "a taper from the daily total",
)
add(
    "dose-diazepam-wrong-amount",
    DOSE,
    REFUSE,
    M,
    m4(
        with_(
            DP_M,
            con="Diazepam 5 mg three times a day and pregabalin unchanged. Both add to methadone's drowsiness: "
            "no bed or sofa sharing, her mother does the night feeds. Five days of NAS scoring then HV to day 8; "
            "breastfeeding encouraged.",
        )
    ),
    "conclusion says diazepam 5 mg tds; the list says 2 mg tds, with no word of change",
)
add(
    "dose-methadone-split-total",
    DOSE,
    PASS,
    M,
    m4(
        dose={"med-methadone": "30 mg twice daily (split dose), morning dose supervised"},
        concl={
            "asm-methadone": "Methadone 60 mg a day, taken as 30 mg twice daily, continues through pregnancy. "
            "The baby is likely to need NAS observation; breastfeeding is supported. Sedation after each dose "
            "means no co-sleeping and the cot must be checked at the home visit."
        },
    ),
    "a split dose: the conclusion gives the daily total and the split",
)
add(
    "dose-methadone-in-words",
    DOSE,
    PASS,
    M,
    m4(
        concl={
            "asm-methadone": "Methadone sixty milligrams once a day continues unchanged through pregnancy under "
            "the drug service. The baby is likely to need NAS scoring on the ward; breastfeeding supported. "
            "Sedation after the dose means no co-sleeping; the cot is checked at the home visit."
        }
    ),
    "the dose in words, agreeing",
)
add(
    "dose-methadone-in-words-wrong",
    DOSE,
    REFUSE,
    M,
    m4(
        concl={
            "asm-methadone": "Methadone eighty milligrams once a day continues unchanged through pregnancy under "
            "the drug service. The baby is likely to need NAS scoring on the ward; breastfeeding supported. "
            "Sedation after the dose means no co-sleeping; the cot is checked at the home visit."
        }
    ),
    "eighty milligrams against a list of 60 mg, no change stated",
)
add(
    "dose-bup-wrong-overall",
    DOSE,
    REFUSE,
    M,
    bmp(
        ov="Buprenorphine 16 mg daily and mirtazapine continue; promethazine comes off by 36 weeks. All three "
        "sedate her at night: no co-sleeping, her partner does night feeds. NAS scoring 72 hours, HV to day 8. "
        "Breastfeeding encouraged. Social worker and HV to see the cot."
    ),
    "overall says buprenorphine 16 mg daily; the list says 8 mg once daily",
)
add(
    "dose-bup-increase-stated",
    DOSE,
    PASS,
    M,
    bmp(
        ov="Buprenorphine to increase from 8 mg to 10 mg daily at the drug service review next week because of "
        "cravings; mirtazapine continues; promethazine comes off by 36/40. All sedate her at night: no "
        "co-sleeping, her partner does night feeds. NAS scoring 72 h, HV to day 8; BF encouraged; SW and HV see "
        "the cot."
    ),
    "a planned increase stated as a change",
)
add(
    "dose-quetiapine-tablets-and-mg",
    DOSE,
    PASS,
    L,
    lq(
        with_(
            QT,
            con="Quetiapine 50 mg (two 25 mg tablets) at night continues with lithium, as poor sleep is her "
            "relapse trigger. It sedates her: no co-sleeping after the dose; her partner does the night bottles. "
            "Baby observed 72 hours for sleepiness with the lithium checks; bottle feeding.",
        )
    ),
    "dose written as tablets of the strength",
)
add(
    "dose-quetiapine-wrong",
    DOSE,
    REFUSE,
    L,
    lq(
        with_(
            QT,
            con="Quetiapine 150 mg at night continues with lithium, as poor sleep is her relapse trigger. It "
            "sedates her: no co-sleeping after the dose; her partner does the night bottles. Baby observed 72 "
            "hours for sleepiness with the lithium checks; bottle feeding.",
        )
    ),
    "150 mg at night against a list of 50 mg at night",
)
add(
    "dose-clobazam-wrong",
    DOSE,
    REFUSE,
    V,
    ae_sep(
        with_(
            LC,
            con="Lamotrigine 100 mg bd and clobazam 15 mg at night stay as they are: both keep her seizure-free. "
            "Lamotrigine levels each trimester; little added risk to the baby. Clobazam makes her drowsy, so no "
            "co-sleeping once the baby is here; baby observed 72 h for floppiness and withdrawal.",
        )
    ),
    "clobazam 15 mg against 10 mg on the list",
)
add(
    "dose-zopiclone-half-tablet",
    DOSE,
    PASS,
    P,
    pq(
        con="Daniel's quetiapine 300 mg and zopiclone 3.75 mg (half a 7.5 mg tablet) on bad nights sedate him: "
        "no night feeds after them, never asleep with the baby on a bed, sofa or armchair. Chloe does the night "
        "feeds; baby in the next-to-me crib on her side. HV checks each visit.",
        dose={"med-partner-zopiclone": "3.75 mg (half a tablet) at night when needed"},
    ),
    "half a tablet written both ways, matching the list",
)

# ============================================================================================================
# More complete work, every shape above (the false-refusal hunt), with a few more near misses.


def good(name: str, category: str, base: str, mutation: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutation, why)


# four-medicines
good(
    "m4-pair-narrative-grandmother",
    FOUR,
    M,
    m4(
        with_(
            DP_M,
            con=(
                "Jodie has taken diazepam and pregabalin for anxiety and back pain since last year. Both make her sleepy "
                "on top of methadone, so the baby is never to sleep in her bed or on the sofa with her, and her mum is "
                "moving in for the first two weeks to do the night feeds. Expect withdrawal to be heavier: the baby stays "
                "five days on the ward with NAS scoring, and the HV looks for late signs. She can breastfeed; the midwife "
                "will watch that the baby wakes for feeds. Diazepam comes down slowly with the drug service; pregabalin "
                "stays at the same dose."
            ),
        )
    ),
    "long narrative",
)
good(
    "m4-pair-terse",
    FOUR,
    M,
    m4(
        with_(
            DP_M,
            con=(
                "Diazepam: slow taper via DAS from 30/40, 1 mg/fortnight. Pregabalin: continue. Both sedating - no "
                "co-sleeping, mum does nights. Baby: 5/7 NAS scoring on PNW, HV to d8+. BF ok, watch for sleepy baby."
            ),
        )
    ),
    "terse shorthand",
)
good(
    "m4-pair-each-own-line",
    FOUR,
    M,
    m4(
        with_(
            DP_M,
            con=(
                "Diazepam - reduce slowly with the drug service from 30 weeks, never abruptly; it adds to sedation and can "
                "make the baby floppy at birth.\nPregabalin - continue at the same dose; it adds to sedation and to "
                "withdrawal.\nFor the baby: five days of NAS scoring, HV to day 8, breastfeeding encouraged.\nSleep: no bed "
                "or sofa sharing; her mother does the night feeds."
            ),
        )
    ),
    "one line per medicine, then shared lines",
)
good(
    "m4-overall-letter",
    FOUR,
    M,
    m4(
        ov=(
            "To maternity, HV and children's services: Jodie continues methadone 60 mg, sertraline 100 mg and "
            "pregabalin; diazepam is reducing slowly with the drug service. Please plan five days of NAS scoring with "
            "SSRI adaptation checks, support breastfeeding, and check that someone other than Jodie does night feeds "
            "at first, as these medicines together make her drowsy. No co-sleeping on any surface."
        )
    ),
    "overall as a letter to the receivers",
)
good(
    "m4-overall-by-concern",
    FOUR,
    M,
    m4(
        ov=(
            "Withdrawal: methadone, diazepam and pregabalin together - five days' NAS scoring, HV to day 8; sertraline "
            "adds adaptation signs. Sleep: all but sertraline sedate her, so no co-sleeping and her mum does nights. "
            "Feeding: breastfeeding encouraged on all four. Relapse: none stopped suddenly; diazepam tapered by the "
            "drug service."
        )
    ),
    "overall organised by concern, naming each medicine",
)
good(
    "m4-sertraline-plus-pair-mentioned",
    FOUR,
    M,
    m4(
        concl={
            "asm-sertraline": (
                "Sertraline 100 mg continues; she relapsed when it was stopped in 2023. It does not sedate her, unlike the "
                "diazepam and pregabalin assessed separately. The baby may be jittery or feed poorly in the first days and "
                "has a small PPHN risk: midwife observes with the NAS scoring. Fine with breastfeeding."
            )
        }
    ),
    "sertraline conclusion mentions the other medicines in passing",
)
good(
    "all4-joint-by-medicine",
    FOUR,
    M,
    all4(
        with_(
            ALL4,
            con=(
                "Methadone 60 mg: continue, supervised; the main withdrawal risk. Sertraline 100 mg: continue for her mood; "
                "adaptation signs and small PPHN risk. Pregabalin 75 mg bd: continue. Diazepam: slow taper from 30/40. All "
                "but sertraline sedate, so no co-sleeping and her mother does night feeds. Baby: five days NAS scoring, "
                "HV to day 8. Breastfeeding encouraged."
            ),
        )
    ),
    "joint conclusion taken medicine by medicine",
)
good(
    "all4-overall-short-complete",
    FOUR,
    M,
    all4(
        ov=(
            "Methadone, sertraline and pregabalin continue and diazepam tapers slowly; together they sedate her: no "
            "co-sleeping, her mother does the night feeds. Five days' NAS scoring, HV to day 8; breastfeeding "
            "encouraged."
        )
    ),
    "short but complete overall",
)

# opioid-sedatives
good(
    "bmp-bup-bullets",
    OPI,
    M,
    bmp(
        b=with_(
            BUPT,
            con=(
                "- Buprenorphine 8 mg od: continue with the drug service.\n- Baby: NAS possible, often milder than with "
                "methadone; 72 h scoring on the ward, HV to day 8.\n- Feeding: BF encouraged.\n- Sleep: no co-sleeping after "
                "her dose."
            ),
        )
    ),
    "bulleted buprenorphine conclusion",
)
good(
    "bmp-mp-each-sentence",
    OPI,
    M,
    bmp(
        mp=with_(
            MPT,
            con=(
                "Mirtazapine 30 mg at night continues for her depression; it is sedating and may give the baby jittery "
                "adaptation signs. Promethazine 25 mg at night is sedating too and will be stopped gradually before 36 "
                "weeks. With buprenorphine, both mean no co-sleeping and her partner does the night feeds. Both can be "
                "taken while breastfeeding; watch for a sleepy baby."
            ),
        )
    ),
    "one sentence per medicine",
)
good(
    "bmp-overall-soap",
    OPI,
    M,
    bmp(
        ov=(
            "A: buprenorphine 8 mg, mirtazapine 30 mg and promethazine 25 mg - all sedating at night. P: "
            "buprenorphine and mirtazapine continue; promethazine tapered off by 36/40. No co-sleeping; partner does "
            "night feeds. Baby 72 h NAS scoring + adaptation obs; HV to day 8. BF encouraged. SW/HV to see cot."
        )
    ),
    "SOAP-style overall",
)
good(
    "bmp-overall-promethazine-stopping",
    OPI,
    M,
    bmp(
        ov=(
            "Buprenorphine continues with the drug service and mirtazapine with the GP. Promethazine is being stopped "
            "because three sedating medicines at night are too many with a newborn; until it is off, no co-sleeping "
            "and her partner does the night feeds. NAS scoring for 72 hours with adaptation checks; HV to day 8; "
            "breastfeeding encouraged."
        )
    ),
    "overall giving the reason for stopping one",
)
good(
    "bmp-mirt-prom-separate",
    OPI,
    M,
    scene(
        replace_meds=[BUP, MIRT, PROM],
        asms=[
            ("asm-buprenorphine", ["med-buprenorphine"], BUPT),
            (
                "asm-mirtazapine",
                ["med-mirtazapine"],
                with_(
                    MPT,
                    con=(
                        "Mirtazapine 30 mg at night continues; her depression returned off it last year. It sedates her "
                        "alongside buprenorphine: no co-sleeping, partner does night feeds. Baby observed for adaptation "
                        "signs with the NAS scoring; fine with breastfeeding."
                    ),
                ),
            ),
            (
                "asm-promethazine",
                ["med-promethazine"],
                with_(
                    MPT,
                    con=(
                        "As with mirtazapine above, promethazine sedates her at night, so the same no co-sleeping plan "
                        "applies. Unlike mirtazapine it is to be tapered off by 36 weeks. Near term it can make the baby "
                        "drowsy; compatible with breastfeeding in small doses."
                    ),
                ),
            ),
        ],
        replace_asms=True,
        overall=OV_BMP,
    ),
    "three separate assessments, the third cross-referring",
)
add(
    "bmp-promethazine-copies-mirtazapine",
    OPI,
    REFUSE,
    M,
    scene(
        replace_meds=[BUP, MIRT, PROM],
        asms=[
            ("asm-buprenorphine", ["med-buprenorphine"], BUPT),
            (
                "asm-mirtazapine",
                ["med-mirtazapine"],
                with_(
                    MPT,
                    con=(
                        "Mirtazapine at night continues. It sedates her alongside buprenorphine: no co-sleeping, partner "
                        "does night feeds. Baby observed for adaptation signs with the NAS scoring; fine with breastfeeding."
                    ),
                ),
            ),
            (
                "asm-promethazine",
                ["med-promethazine"],
                with_(
                    MPT,
                    con=(
                        "Promethazine at night continues. It sedates her alongside buprenorphine: no co-sleeping, partner "
                        "does night feeds. Baby observed for adaptation signs with the NAS scoring; fine with breastfeeding."
                    ),
                ),
            ),
        ],
        replace_asms=True,
        overall=OV_BMP,
    ),
    "mirtazapine's conclusion pasted under promethazine with the name changed",
)

# mood-stabiliser
good(
    "lq-quet-bullets",
    MOOD,
    L,
    lq(
        with_(
            QT,
            con=(
                "Quetiapine 50 mg nocte - continue (sleep protects against relapse).\n- Sedating: no bed/sofa sharing "
                "after the dose; partner does night bottles.\n- Baby: 72 h obs with the lithium checks for sleepiness, "
                "jitteriness.\n- Bottle feeding already agreed."
            ),
        )
    ),
    "bulleted quetiapine conclusion",
)
good(
    "lq-overall-psychiatrist-letter",
    MOOD,
    L,
    lq(
        ov=(
            "Rebecca should continue lithium and quetiapine through pregnancy and after birth; relapse, including "
            "postpartum psychosis, is the greatest risk to her and the baby. Lithium levels as planned and within 24 "
            "hours of delivery; paediatric review for the baby; bottle feeding. Quetiapine makes her drowsy at night, "
            "so no co-sleeping and her partner does night bottles for the first weeks."
        )
    ),
    "overall in a psychiatrist's voice",
)
good(
    "lq-overall-priadel-brand",
    MOOD,
    L,
    lq(
        ov=(
            "Priadel 800 mg and quetiapine 50 mg at night both continue. Levels monthly, weekly from 36/40 and within "
            "24 h of birth. No co-sleeping because quetiapine sedates; partner does night bottles. Paeds review and "
            "72 h on PNW for the baby. Bottle feeding. Perinatal team r/v within a week of birth."
        )
    ),
    "lithium by its brand",
)
good(
    "lq-lithium-mentions-quetiapine",
    MOOD,
    L,
    lq(
        concl={
            "asm-lithium": (
                "Lithium continues: relapse after birth is the greater risk, and quetiapine alone would not hold her. "
                "Levels monthly, weekly from 36/40 and within 24 h of birth. The baby needs a paediatric review for "
                "floppiness, poor feeding and thyroid problems. Bottle feeding, as lithium passes into breast milk."
            )
        }
    ),
    "the lithium conclusion mentions quetiapine as context",
)

# antiepileptics
good(
    "ae3-joint-narrative",
    AED,
    V,
    ae3_joint(
        with_(
            AE3,
            con=(
                "She is eight weeks pregnant on three antiepileptics. Sodium valproate is the concern for the baby: about "
                "1 in 10 risk of a major malformation and a higher risk of learning difficulties, so fetal medicine and a "
                "detailed anomaly scan are booked, and neurology will see her urgently about switching. Lamotrigine and "
                "clobazam continue; none of the three is stopped suddenly, because a seizure would harm her and the baby. "
                "Clobazam is sedating, so after birth no co-sleeping, and the baby is watched 72 hours for floppiness and "
                "withdrawal. Folic acid 5 mg daily."
            ),
        )
    ),
    "narrative joint conclusion",
)
good(
    "ae3-joint-brands",
    AED,
    V,
    ae3_joint(
        with_(
            AE3,
            con=(
                "Epilim 500 mg bd, Lamictal 100 mg bd and Frisium 10 mg nocte all continue until the urgent neurology r/v - "
                "stopping risks seizures. First-trimester Epilim exposure: fetal medicine r/v and detailed anomaly scan "
                "booked. Frisium sedates - no co-sleeping after birth; baby obs 72 h for floppiness and withdrawal. Folic "
                "acid 5 mg."
            ),
        )
    ),
    "all three by brand, doses agreeing",
)
good(
    "ae3-overall-plan-steps",
    AED,
    V,
    ae3_joint(
        ov=(
            "1. Valproate, lamotrigine and clobazam continue; none stopped abruptly.\n2. Urgent neurology review about "
            "valproate this week.\n3. Fetal medicine review and detailed anomaly scan for the valproate exposure; folic "
            "acid 5 mg.\n4. After birth: clobazam means no co-sleeping; 72 hours' observation for floppiness and "
            "withdrawal."
        )
    ),
    "numbered overall",
)
LC_SCAN = with_(
    LC,
    con=(
        "As for valproate above, lamotrigine and clobazam continue until neurology review and are not stopped "
        "suddenly. Lamotrigine adds little malformation risk and the detailed anomaly scan already booked covers "
        "both; levels each trimester. Clobazam sedates her: no co-sleeping after birth, baby watched 72 h for "
        "floppiness and withdrawal."
    ),
)
good(
    "ae3-separate-valproate-mentions-others",
    AED,
    V,
    ae_sep(
        LC_SCAN,
        ov=(
            "Valproate continues pending the urgent neurology review, with lamotrigine and clobazam unchanged too; "
            "none is stopped abruptly. Fetal medicine review and anomaly scan booked for the valproate exposure; folic "
            "acid 5 mg started. Clobazam sedates: no co-sleeping after the birth and 72 hours' observation of the baby."
        ),
    ),
    "overall naming all three within one plan",
)

# both-parents
good(
    "pq-partner-bullets",
    BOTH,
    P,
    pq(
        con=(
            "Daniel - quetiapine 300 mg + zopiclone 7.5 mg at night:\n- very hard to wake for hours after: no night "
            "feeds by him, never asleep with the baby on bed/sofa/armchair.\n- Chloe does nights; baby in the "
            "next-to-me crib on her side.\n- HV to check at each visit."
        )
    ),
    "bulleted partner conclusion",
)
good(
    "pq-partner-dad-shorthand",
    BOTH,
    P,
    pq(
        con=(
            "Dad takes quetiapine and zopiclone at bedtime and is heavily sedated overnight. Agreed: dad does no night "
            "feeds, never sleeps with baby in bed or on the sofa; mum does nights with baby in the side crib. HV to "
            "recheck at each contact."
        )
    ),
    "'dad' and 'mum'",
)
good(
    "pq-overall-both-parents",
    BOTH,
    P,
    pq(
        ov=(
            "Both parents were seen together. The father's quetiapine and zopiclone sedate him at night, so he does no "
            "night feeds after them and never falls asleep with the baby on any surface; the mother, on paracetamol "
            "only, does the night care. The HV has seen the crib and will keep checking."
        )
    ),
    "overall from a joint visit",
)
good(
    "sq-sertraline-shorthand",
    BOTH,
    P,
    sq(
        with_(
            SP,
            con=(
                "Sertraline 50 mg od continues - PND relapse risk if stopped. Not sedating; ok with mixed feeding (tiny "
                "amounts in milk). No adaptation signs on PNW. HV to check mood, feeding and settling."
            ),
        )
    ),
    "shorthand sertraline",
)
good(
    "sq-overall-family-plan",
    BOTH,
    P,
    sq(
        ov=(
            "Family plan: Chloe continues sertraline, which is compatible with mixed feeding and does not make her "
            "drowsy, so she does the night feeds. Daniel's quetiapine sedates him at night: he never shares a bed or "
            "sofa with the baby and does no night feeds after his dose. Paracetamol raises no concern. HV reviews "
            "at each visit."
        )
    ),
    "family plan overall",
)
good(
    "mq-overall-by-parent",
    BOTH,
    P,
    mq(
        ov=(
            "Mother: mirtazapine 15 mg at night continues for postnatal depression; compatible with breastfeeding, "
            "watch for a sleepy baby. Father: quetiapine 300 mg at night continues. Both are drowsy at night, so "
            "neither shares a bed or sofa with the baby and the maternal grandmother does night feeds for six weeks; "
            "the HV reviews before she leaves."
        )
    ),
    "overall organised by parent",
)
add(
    "mq-overall-omits-partner-quetiapine",
    BOTH,
    REFUSE,
    P,
    mq(
        ov=(
            "Chloe's mirtazapine makes her drowsy at night, so she does not share a bed or sofa with the baby and "
            "her mother does the night feeds for six weeks. Breastfeeding continues, watching for a sleepy baby. "
            "Paracetamol raises no concern."
        )
    ),
    "the overall never names the father's quetiapine",
)

# foster
good(
    "f3-sert-letter-to-foster-carer",
    FOST,
    F,
    f3(
        with_(
            SF,
            con=(
                "For the foster carer: Kayleigh's sertraline 100 mg continues for her mood and does not make her sleepy. "
                "The baby, who is bottle fed, may be jittery or feed poorly in the first week from the sertraline as well "
                "as from withdrawal of the diazepam and pregabalin; please call the neonatal unit if so, up to day 8."
            ),
        )
    ),
    "a conclusion addressed to the foster carer",
)
good(
    "f3-overall-contact-sessions",
    FOST,
    F,
    f3(
        ov=(
            "In contact sessions: Kayleigh's diazepam and pregabalin make her drowsy, so she holds and feeds the baby "
            "sitting up with the contact supervisor present, never lying down or asleep with the baby. Sertraline "
            "continues for her mood. Foster carer does all night care and watches for late withdrawal and SSRI "
            "adaptation signs to day 8; HV and social worker hold this plan."
        )
    ),
    "overall about supervised contact",
)

# harmless-beside
good(
    "hb-pregnacare-beside-lq",
    HARM,
    L,
    scene(
        meds=[QUET_L, dict(PREGNACARE, id="med-pregnacare")],
        asms=[("asm-quetiapine", ["med-quetiapine"], QT)],
        overall=OV_LQ,
    ),
    "a multivitamin with its reason beside lithium and quetiapine",
)
add(
    "hb-gaviscon-uncoded-no-reason-foster",
    HARM,
    REFUSE,
    F,
    scene(
        meds=[
            SERT_F,
            _med("med-acidex", "Acidex Advance oral suspension", "10 ml after meals", "2026-06-10", MILLBROOK),
        ],
        asms=[("asm-sertraline", ["med-sertraline"], SF)],
        overall=OV_F3,
    ),
    "an unrecognised uncoded brand with no classification",
)

# doses
good(
    "dose-pregabalin-daily-total",
    DOSE,
    M,
    m4(
        with_(
            DP_M,
            con=(
                "Pregabalin 150 mg a day in two doses continues; diazepam comes down slowly with the drug service. Both "
                "add to methadone's drowsiness: no co-sleeping, her mother does nights. Five days of NAS scoring, HV to "
                "day 8; breastfeeding encouraged."
            ),
        )
    ),
    "a daily total of a twice-daily dose",
)
good(
    "dose-mirtazapine-nocte",
    DOSE,
    M,
    bmp(
        mp=with_(
            MPT,
            con=(
                "Mirtazapine 30 mg nocte continues for depression; promethazine 25 mg nocte to be tapered off by 36/40. "
                "Both sedate on top of buprenorphine: no co-sleeping, partner does nights. Baby: adaptation obs with the "
                "NAS scoring; BF fine, watch for sleepiness."
            ),
        )
    ),
    "doses restated, agreeing",
)
good(
    "dose-valproate-daily-total",
    DOSE,
    V,
    ae3_joint(
        with_(
            AE3,
            con=(
                "Valproate 1000 mg a day (500 mg bd), lamotrigine 200 mg a day and clobazam 10 mg at night continue until "
                "neurology sees her urgently; none to be stopped abruptly. First-trimester valproate exposure: fetal "
                "medicine review and detailed anomaly scan booked. No co-sleeping after the birth because of clobazam; "
                "baby watched 72 hours for floppiness and withdrawal. Folic acid 5 mg."
            ),
        )
    ),
    "daily totals for all three",
)
good(
    "dose-diazepam-taper-words",
    DOSE,
    F,
    f3(
        ov=(
            "Diazepam reducing from fifteen milligrams a day by two and a half milligrams a fortnight, supervised; "
            "pregabalin and sertraline unchanged. Diazepam and pregabalin sedate: no shared sleep on any surface, "
            "foster carer does nights. Late withdrawal or SSRI signs possible to day 8; foster carer, HV and social "
            "worker hold the plan."
        )
    ),
    "a taper in words from the daily total",
)


# Further shapes of joint wording (the false-refusal hunt continues).

good(
    "m4-pair-both-pronoun",
    FOUR,
    M,
    m4(
        with_(
            DP_M,
            con=(
                "Diazepam and pregabalin: both continue for now, the first on a slow taper from 30/40. Both sedate her on "
                "top of methadone - no co-sleeping, her mother does nights - and both add to the baby's withdrawal, so "
                "five days of NAS scoring and HV checks to day 8. Both are compatible with breastfeeding."
            ),
        )
    ),
    "'both' carries the decision for each",
)
good(
    "m4-pair-question-answer",
    FOUR,
    M,
    m4(
        with_(
            DP_M,
            con=(
                "Should diazepam stop now? No: it comes down by 1 mg a fortnight from 30/40, as stopping suddenly risks "
                "fits. Pregabalin continues unchanged. Together with methadone they sedate her, so no co-sleeping and her "
                "mother does night feeds; the baby has five days of NAS scoring; breastfeeding encouraged."
            ),
        )
    ),
    "a question answered in the next clause",
)
good(
    "m4-pair-see-also-after-plan",
    FOUR,
    M,
    m4(
        with_(
            DP_M,
            con=(
                "Diazepam tapers slowly from 30 weeks and pregabalin continues; both deepen her drowsiness, so no bed or "
                "sofa sharing and her mother does night feeds. Baby: five days of NAS scoring, HV to day 8; breastfeeding "
                "encouraged. See also the drug service's taper schedule sent to maternity."
            ),
        )
    ),
    "a pointer after a complete plan",
)
good(
    "all4-overall-as-above-plus",
    FOUR,
    M,
    all4(
        ov=(
            "As in the joint assessment of methadone, sertraline, diazepam and pregabalin above, plus: the social "
            "worker will see the cot before discharge, the HV visits on day 5 and day 8 for late withdrawal, and her "
            "mother does the night feeds while Jodie is drowsy; no co-sleeping; breastfeeding encouraged."
        )
    ),
    "'as above, plus' with real additions naming all four",
)
good(
    "bmp-overall-sedation-table",
    OPI,
    M,
    bmp(
        ov=(
            "Sedation at night: buprenorphine (mild), mirtazapine (marked), promethazine (marked, stopping by "
            "36/40). So: no co-sleeping; partner does the night feeds. Baby: 72 h NAS scoring + adaptation obs, HV to "
            "day 8. BF encouraged on buprenorphine and mirtazapine. SW/HV see the cot."
        )
    ),
    "overall as a sedation list",
)
good(
    "lq-quet-unlike-lithium",
    MOOD,
    L,
    lq(
        with_(
            QT,
            con=(
                "Unlike lithium, quetiapine has no clear malformation signal and needs no levels; it continues at night for "
                "sleep and relapse prevention. It sedates her: no bed or sofa sharing after the dose, partner does night "
                "bottles. Baby observed 72 hours for sleepiness; bottle feeding."
            ),
        )
    ),
    "contrast with lithium, then its own plan",
)
good(
    "ae3-joint-sod-val",
    AED,
    V,
    ae3_joint(
        with_(
            AE3,
            con=(
                "Sod val, lamotrigine and clobazam continue pending urgent neurology r/v; do not stop any abruptly (risk of "
                "seizures). First-trimester valproate exposure - FMU r/v and detailed anomaly scan booked, folic acid 5 mg. "
                "Clobazam sedating: no co-sleeping postnatally; baby obs 72 h for floppiness/withdrawal."
            ),
        )
    ),
    "documented shorthand 'Sod val'",
)
good(
    "pq-partner-each-tablet",
    BOTH,
    P,
    pq(
        con=(
            "Each of Daniel's bedtime tablets, quetiapine and zopiclone, leaves him hard to rouse; together more so. "
            "He does no night feeds after them and never dozes with the baby on a bed, sofa or armchair; Chloe does "
            "the nights with the baby in the side crib. HV checks at every visit."
        )
    ),
    "'each' with both names",
)
good(
    "pq-partner-zopiclone-stopping",
    BOTH,
    P,
    pq(
        con=(
            "Daniel's GP is stopping his zopiclone over two weeks; his quetiapine continues. Until the zopiclone is "
            "off, and afterwards because of the quetiapine, he is too drowsy at night for night feeds or to share a "
            "bed or sofa with the baby. Chloe does night feeds; crib on her side; HV checks."
        )
    ),
    "one of the partner's two stopping, the other continuing",
)
good(
    "sq-sertraline-as-for-father-contrast",
    BOTH,
    P,
    sq(
        with_(
            SP,
            con=(
                "Unlike Daniel's quetiapine, Chloe's sertraline 50 mg does not sedate her, so she can do the night feeds "
                "safely. It continues because stopping risks her depression returning, and it is compatible with mixed "
                "feeding. No adaptation signs on the ward; HV to check mood and feeding."
            ),
        )
    ),
    "contrast with the partner's medicine",
)
good(
    "f3-overall-numbered",
    FOST,
    F,
    f3(
        ov=(
            "1. Diazepam (tapering) and pregabalin: sedating - no shared sleep, no feeding lying down; foster carer does "
            "nights.\n2. Sertraline: continues for her mood; not sedating.\n3. Baby: late withdrawal or SSRI adaptation "
            "signs possible to day 8 - call the neonatal unit if worried.\n4. Foster carer, HV and SW hold this plan."
        )
    ),
    "numbered overall for a placement",
)
good(
    "dose-methadone-split-words",
    DOSE,
    M,
    m4(
        dose={"med-methadone": "30 mg twice daily (split dose), morning dose supervised"},
        concl={
            "asm-methadone": (
                "Methadone split as thirty milligrams twice a day continues under the drug service. The baby is likely "
                "to need NAS scoring on the ward; breastfeeding supported. Sedation after each dose means no "
                "co-sleeping; the cot is checked at the home visit."
            )
        },
    ),
    "a split dose in words",
)


# Household and list shapes.

MQJ: Texts = with_(
    MQ_S,
    con=(
        "Chloe's mirtazapine and Daniel's quetiapine both sedate at night. Neither parent shares a bed or sofa with "
        "the baby; her mother stays for six weeks to do night feeds. Mirtazapine continues for her depression and "
        "is fine with breastfeeding, watching for a sleepy baby; his quetiapine continues for his bipolar disorder. "
        "HV reviews at each visit."
    ),
)


def mq_household(t: Texts = MQJ) -> Mutation:
    inner = scene(
        meds=[MIRT_P], asms=[("asm-household", ["med-mirtazapine", "med-partner-quetiapine"], t)], overall=OV_MQ
    )

    def mutate(doc: Record) -> None:
        inner(doc)
        doc["assessments"] = [a for a in doc["assessments"] if a["id"] != "asm-partner-quetiapine"]

    return mutate


good(
    "mq-household-joint",
    BOTH,
    P,
    mq_household(),
    "one household assessment of the mother's and the father's sedating medicines",
)
good(
    "pq-partner-pronouns-only",
    BOTH,
    P,
    pq(
        con=(
            "His quetiapine and zopiclone at bedtime make him very hard to wake: no night feeds by him and never asleep "
            "with the baby on a bed, sofa or armchair. Night feeds by her; baby in the side crib. HV to check."
        )
    ),
    "the partner spoken of by pronoun only",
)
good(
    "m4-overall-parenthesis-list",
    FOUR,
    M,
    m4(
        ov=(
            "All four medicines (methadone, sertraline, diazepam, pregabalin) continue, diazepam on a slow taper. They "
            "sedate her, so no co-sleeping; night feeds by her mum. Five days' NAS scoring with SSRI checks; HV to day "
            "8; breastfeeding encouraged."
        )
    ),
    "the medicines named once in a bracket, the plan for all",
)
good(
    "bmp-mp-hyphenated-pair",
    OPI,
    M,
    bmp(
        mp=with_(
            MPT,
            con=(
                "Mirtazapine-plus-promethazine at night: mirtazapine continues, promethazine tapers off by 36/40. Heavy "
                "sedation on top of buprenorphine - no co-sleeping, partner does nights. Baby adaptation obs with the NAS "
                "scoring. Both ok with breastfeeding; watch for a sleepy baby."
            ),
        )
    ),
    "the pair written as one hyphenated heading",
)
good(
    "dose-pregabalin-daily-beside-bd",
    DOSE,
    M,
    m4(
        with_(
            DP_M,
            con=(
                "Pregabalin 150 mg daily and diazepam on a slow taper; both add to methadone's drowsiness, so no co-sleeping "
                "and her mother does nights. Five days of NAS scoring, HV to day 8; breastfeeding encouraged."
            ),
        )
    ),
    "'150 mg daily' is the total of 75 mg twice a day",
)
good(
    "dose-sertraline-words-foster",
    DOSE,
    F,
    f3(
        with_(
            SF,
            con=(
                "Sertraline continues at one hundred milligrams each morning for her mood; it does not sedate her. The "
                "bottle-fed baby may be jittery or feed poorly to day 8 from sertraline as well as withdrawal of the "
                "diazepam and pregabalin; foster carer to call the neonatal unit if so."
            ),
        )
    ),
    "dose in words, agreeing",
)
add(
    "dose-quetiapine-continues-unchanged-wrong",
    DOSE,
    REFUSE,
    L,
    lq(
        with_(
            QT,
            con=(
                "Quetiapine 150 mg at night continues unchanged with lithium, as poor sleep is her relapse trigger. It "
                "sedates her: no co-sleeping after the dose; her partner does the night bottles. Baby observed 72 hours for "
                "sleepiness with the lithium checks; bottle feeding."
            ),
        )
    ),
    "'unchanged' at 150 mg against a list of 50 mg",
)
add(
    "all4-joint-diazepam-deferred-semicolon",
    FOUR,
    REFUSE,
    M,
    all4(
        with_(
            ALL4,
            con=(
                "Methadone, sertraline and pregabalin continue at their current doses, and together they sedate her, so no "
                "co-sleeping and her mother does the night feeds; diazepam: see the drug service's letter; five days of NAS "
                "scoring then HV to day 8; breastfeeding encouraged."
            ),
        )
    ),
    "diazepam named only in a deferral between semicolons",
)


# ============================================================================================================
# disguise: texts from above, disguised; the verdict equals the plain one.

_DP_CON = DP_M["con"]
assert _DP_CON is not None
_MPT_CON = MPT["con"]
assert _MPT_CON is not None
_QT_CON = QT["con"]
assert _QT_CON is not None
_AE3_CON = AE3["con"]
assert _AE3_CON is not None
_SF_CON = SF["con"]
assert _SF_CON is not None
_MQ_CON = MQ_S["con"]
assert _MQ_CON is not None

GOOD_DG: list[tuple[str, str, Callable[[str], Mutation], str, Disguise]] = [
    ("m4-pair", M, lambda s: m4(with_(DP_M, con=s)), _DP_CON, cyr),
    ("m4-overall", M, lambda s: m4(ov=s), OV_M4, zwsp),
    ("all4-overall", M, lambda s: all4(ov=s), OV_ALL4, shy),
    ("bmp-mp", M, lambda s: bmp(mp=with_(MPT, con=s)), _MPT_CON, greek),
    ("bmp-overall", M, lambda s: bmp(ov=s), OV_BMP, bidi),
    ("lq-quet", L, lambda s: lq(with_(QT, con=s)), _QT_CON, fw),
    ("lq-overall", L, lambda s: lq(ov=s), OV_LQ, cyr),
    ("ae3-joint", V, lambda s: ae3_joint(with_(AE3, con=s)), _AE3_CON, zwsp),
    ("ae3-overall", V, lambda s: ae3_joint(ov=s), OV_AE3, greek),
    ("pq-partner", P, lambda s: pq(con=s), QZ_CON, shy),
    ("pq-overall", P, lambda s: pq(ov=s), OV_QZ, cyr),
    ("sq-overall", P, lambda s: sq(ov=s), OV_SQ, bidi),
    ("mq-mother", P, lambda s: mq(with_(MQ_S, con=s)), _MQ_CON, zwsp),
    ("f3-sert", F, lambda s: f3(with_(SF, con=s)), _SF_CON, cyr),
    ("f3-overall", F, lambda s: f3(ov=s), OV_F3, fw),
    ("bmp-bup", M, lambda s: bmp(b=with_(BUPT, con=s)), BUPT["con"] or "", cyr),
    ("sq-sert", P, lambda s: sq(with_(SP, con=s)), SP["con"] or "", greek),
    ("mq-overall", P, lambda s: mq(ov=s), OV_MQ, shy),
    ("all4-joint", M, lambda s: all4(with_(ALL4, con=s)), ALL4["con"] or "", bidi),
    ("ae3-sep", V, lambda s: ae_sep(with_(LC_SCAN, con=s)), LC_SCAN["con"] or "", cyr),
    ("f3-sert-shy", F, lambda s: f3(with_(SF, con=s)), _SF_CON, shy),
]
for name, base, build, text, disguise in GOOD_DG:
    add(f"dg-{name}-good", DG, PASS, base, build(disguise(text)), f"good text [disguised: {disguise.__name__}]")

BAD_DG: list[tuple[str, str, Mutation, str]] = [
    (
        "m4-overall-omits-pregabalin",
        M,
        m4(
            ov=cyr(
                "Methadone and sertraline continue; diazepam is being tapered slowly. All three sedate Jodie, so "
                "no co-sleeping and another adult does the night feeds. Five days of NAS scoring on the ward, "
                "HV to day 8; breastfeeding encouraged."
            )
        ),
        "overall omits pregabalin [disguised: cyr]",
    ),
    (
        "bmp-mp-safe-sleep-na",
        M,
        bmp(mp=with_(MPT, ss=zwsp("Not applicable."))),
        "sedatives' safe sleep dismissed [disguised: zwsp]",
    ),
    (
        "lq-copied",
        L,
        lq(
            with_(
                QT,
                con=greek(
                    "Quetiapine should continue: the risk of relapse after birth outweighs the risks to the "
                    "baby, which are being managed. Levels monthly, weekly from 36 weeks and within 24 hours of "
                    "birth; the baby needs a paediatric review; breastfeeding is not advised."
                ),
            )
        ),
        "lithium conclusion pasted under quetiapine [disguised: greek]",
    ),
    (
        "ae3-joint-omits-clobazam",
        V,
        ae3_joint(
            with_(
                AE3,
                con=shy(
                    "Sodium valproate and lamotrigine continue until the urgent neurology review: stopping "
                    "either suddenly risks seizures. First-trimester valproate exposure, so fetal medicine review "
                    "and detailed anomaly scan booked. No co-sleeping after the birth; baby watched 72 hours for "
                    "floppiness and withdrawal. Folic acid 5 mg started."
                ),
            )
        ),
        "joint conclusion omits clobazam [disguised: shy]",
    ),
    (
        "pq-partner-dismissed",
        P,
        pq(
            con=bidi(
                "Quetiapine and zopiclone are Daniel's own tablets and the baby is not exposed to them, so "
                "nothing follows for the baby's care."
            )
        ),
        "partner's sedation dismissed [disguised: bidi]",
    ),
    (
        "pq-safe-sleep-na",
        P,
        pq(items={"asm-partner-quetiapine": {"ss": fw("N/A - partner's medicines")}}),
        "partner's safe sleep N/A [disguised: fw]",
    ),
    (
        "f3-only-as-above",
        F,
        f3(with_(SF, con=cyr("Sertraline: as for diazepam and pregabalin above."))),
        "a cross-reference with nothing of its own [disguised: cyr]",
    ),
    (
        "dose-methadone-words-wrong",
        M,
        m4(
            concl={
                "asm-methadone": zwsp(
                    "Methadone eighty milligrams once a day continues unchanged under the drug service. The baby "
                    "is likely to need NAS scoring on the ward; breastfeeding supported. Sedation after the dose "
                    "means no co-sleeping; the cot is checked at the home visit."
                )
            }
        ),
        "dose differs from the list [disguised: zwsp]",
    ),
    (
        "all4-omits-sertraline",
        M,
        all4(
            with_(
                ALL4,
                con=fw(
                    "Methadone and pregabalin continue and diazepam is tapered slowly from 30 weeks. Together "
                    "they sedate her, so no co-sleeping and her mother does night feeds. Five days of NAS "
                    "scoring, then HV to day 8. Breastfeeding encouraged."
                ),
            )
        ),
        "joint of four names three [disguised: fw]",
    ),
]
for name, base, mutation, why in BAD_DG:
    add(f"dg-{name}", DG, REFUSE, base, mutation, why)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F96CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F96CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F96CASES):3}"
    )
