"""A corpus of GOOD records for the share gate: every one complete and shareable by the standards of issue 9.

Written independently of the red-team corpus in cases.py (whose mutation helpers it reuses): each record is a
realistic variation of a shipped pass example (examples/pass/*.json), written the way UK GPs, midwives,
health visitors, perinatal psychiatrists and pharmacists write - full prose, telegraphic notes, bullet lines,
heavy abbreviation (NAS, SCBU, HV, MW, SW, CPP, OST, TDS, BD, PRN, obs, paeds), brand names, joint
assessments, partners' medicines, placements, pre-conception advice, amendments, non-Latin names, Welsh.

Every conclusion names the medicine(s) it covers and says what they mean for the baby and what the
professionals must do; every concern the medicines raise (neonatal withdrawal, sedation and safe sleep,
breastfeeding, harm in the womb and pregnancy prevention, relapse if stopped) is answered in its item or text;
authors are registered with the register their role uses; dates hold together.

A good record the gate refuses is a FALSE REFUSAL. Such cases stay in the corpus, listed in FALSE_REFUSALS
with the rule that fires and why the record is good, and test_good_records.py marks them xfail(strict=True).

Run ``python -m tests.redteam.good_cases`` for the counts per base.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass
from typing import Any

from tests.redteam.cases import (
    CASTLE_STREET,
    DRUG_SERVICE,
    MCALLISTER,
    MILLBROOK,
    NORTHGATE,
    PRITCHARD,
    RIVERSIDE,
    SHAH,
    C,
    F,
    L,
    M,
    Mutation,
    N,
    P,
    Record,
    V,
    add_assessment,
    add_medicine,
    chain,
    conclusion,
    edit,
    gp_prescriber,
    load_base,
    medicine,
    other_prescriber,
    overall,
    replace_medicine,
    set_,
)


@dataclass(frozen=True)
class GoodCase:
    name: str
    base: str
    mutate: Mutation
    why: str

    def build(self) -> Record:
        data = load_base(self.base)
        self.mutate(data)
        return data


GOOD: list[GoodCase] = []


def good(name: str, base: str, why: str, *mutations: Mutation) -> None:
    GOOD.append(GoodCase(name, base, chain(*mutations), why))


def texts(**paths: str) -> Mutation:
    """Set several text fields at once: keys are cases.py paths with '__' for '.' and '_H_' for '#'."""
    muts = [set_(k.replace("_H_", "#").replace("__", "."), v) for k, v in paths.items()]
    return chain(*muts)


def asm(aid: str, mid: str, field: str, value: Any) -> Mutation:
    return set_(f"assessments#{aid}.{field}", value)


def author_everywhere(person: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        for a in doc.get("assessments", []):
            a["author"] = copy.deepcopy(person)
        if "overall_conclusion" in doc:
            doc["overall_conclusion"]["author"] = copy.deepcopy(person)
        doc["attestation"]["by"] = copy.deepcopy(person)

    return mutate


def amended(reason: str, updated: str | None = None) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["version"] = 2
        doc["status"] = "amended"
        doc["amendment_reason"] = reason
        if updated:
            doc["updated"] = updated

    return mutate


# People (new ones; registers fit roles, numbers distinct).
KOWALSKI = {
    "name": {"prefix": "Dr", "given": ["Łukasz"], "family": "Wiśniewski"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7089012"},
    "organisation": RIVERSIDE,
}
PAPADOPOULOU = {
    "name": {"given": ["Σοφία"], "family": "Παπαδοπούλου"},
    "role": "community-midwife",
    "registration": {"body": "NMC", "number": "15C7788E"},
    "organisation": {"ods_code": "Y90400", "name": "Hampton General Community Midwives"},
}
HUGHES_MW = {
    "name": {"given": ["Ceri"], "family": "Hughes"},
    "role": "registered-midwife",
    "registration": {"body": "NMC", "number": "09I4412W"},
    "organisation": {"ods_code": "Y90400", "name": "Hampton General Community Midwives"},
}
COLE_PHARM = {
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2087654"},
    "organisation": RIVERSIDE,
}
OSEI = {
    "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
    "role": "psychiatrist",
    "registration": {"body": "GMC", "number": "7056789"},
    "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
}
PRICE_HV = {
    "name": {"given": ["Joanna"], "family": "Price"},
    "role": "health-visitor",
    "registration": {"body": "NMC", "number": "12A3456B"},
    "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
}
NGUYEN_OBS = {
    "name": {"prefix": "Miss", "given": ["Thảo"], "family": "Nguyễn"},
    "role": "obstetrician",
    "registration": {"body": "GMC", "number": "7091234"},
    "organisation": {"ods_code": "Y90420", "name": "Castleford Royal Maternity Unit"},
}
JONES_GP = {
    "name": {"prefix": "Dr", "given": ["Rhiannon"], "family": "ap Dafydd"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7093456"},
    "organisation": {"ods_code": "W90001", "name": "Meddygfa Bro Ddyfi"},
}

# ============================================================================================================
# M: antenatal methadone + sertraline, CPP, social worker involved.

MA = "asm-methadone"
SA = "asm-sertraline"

good("m-telegraphic-methadone", M, "telegraphic GP note with standard abbreviations",
     conclusion(MA, "Methadone 60mg OD, supervised. Continue - do not reduce w/o drug service. Baby: high chance "
                    "NAS, obs min 72h on PN ward, HV to look for late signs to day 8. BF encouraged on stable dose. "
                    "Drowsy post-dose so NO co-sleeping; cot to be seen at 1st home visit."))
good("m-bullets-methadone", M, "bullet lines with newlines",
     conclusion(MA, "Methadone 60 mg daily (OST):\n- continue through pregnancy, any change via drug service only\n"
                    "- baby likely to develop NAS: observe on postnatal ward >= 72 h, HV watch for late signs up "
                    "to day 8\n- breastfeeding supported\n- sedation after dose: no bed/sofa sharing, cot in "
                    "parents' room to be checked"))
good("m-bullet-dots-methadone", M, "bullet characters (•) and a semicolon style",
     conclusion(MA, "• Methadone to continue at 60 mg once daily under Hampton DAS\n• Neonatal abstinence "
                    "syndrome expected – paeds aware, 72 h obs on the postnatal ward\n• Breastfeeding is safe and "
                    "encouraged\n• No co-sleeping: she is drowsy 2–4 h after each dose"))
good("m-full-prose-methadone", M, "long full prose, hedged",
     conclusion(MA, "Jodie has been stable on methadone 60 mg daily for several months and it would be unsafe to "
                    "reduce it now; any change should only be made by the drug service, and we would expect them "
                    "to let the midwife know. It is probable that her baby will develop some signs of neonatal "
                    "withdrawal, usually two to three days after birth though occasionally as late as day 8, so "
                    "the baby should stay on the postnatal ward for at least 72 hours and the health visitor should "
                    "look out for late signs. Breastfeeding is compatible with her dose and she is keen to do it. "
                    "Because methadone makes her sleepy for a few hours after each dose, she must not share a bed "
                    "or sofa with the baby, and the cot arrangements should be checked at the first home visit."))
good("m-see-also-letter-in-summary", M, "issue 9's own example: a pointer plus a full conclusion",
     conclusion(MA, "See also the drug service letter of 24/02/2026. In summary: methadone 60 mg daily continues "
                    "unchanged; the baby is likely to need at least 72 hours of observation for neonatal "
                    "withdrawal on the postnatal ward; breastfeeding is encouraged; no co-sleeping because of "
                    "sedation after each dose, and the cot will be checked at the home visit."))
good("m-please-see-baby", M, "issue 9's own example: an instruction, not a pointer",
     conclusion(MA, "Methadone 60 mg continues. Please see the baby at home within 48 hours of discharge and "
                    "check for late withdrawal signs (tremor, high-pitched cry, poor feeding) up to day 8. "
                    "Breastfeeding is supported. She must not co-sleep after her dose; please check the cot."))
good("m-please-refer-hv-if", M, "conditional referral instruction",
     conclusion(MA, "Continue methadone 60 mg OD. Baby to be observed for NAS for at least 72 h after delivery. "
                    "Please refer to the health visitor and the neonatal team if the baby is feeding poorly, "
                    "jittery or inconsolable after discharge. BF encouraged. No co-sleeping or sofa sleeping "
                    "after her dose."))
good("m-no-concerns-because", M, "'no concerns about X because Y' used truthfully",
     conclusion(SA, "No concerns about continuing sertraline 100 mg because her mood is stable and stopping "
                    "risks relapse; the baby has a small risk of adaptation symptoms and PPHN, so midwives will "
                    "observe alongside the NAS obs. Compatible with breastfeeding."))
good("m-sertraline-short", M, "short but complete sertraline conclusion",
     conclusion(SA, "Continue sertraline 100 mg; compatible with breastfeeding; observe baby for adaptation "
                    "symptoms for 72 hours."))
good("m-sertraline-hedged", M, "hedged psychiatric phrasing",
     conclusion(SA, "On balance, sertraline should probably continue at 100 mg: the likely harm from a relapse "
                    "of her depression seems greater than the small risk to the baby of adaptation symptoms or "
                    "PPHN. The paediatric team may wish to observe the baby alongside the withdrawal obs. "
                    "Breastfeeding is fine on sertraline."))
good("m-sertraline-telegraphic", M, "abbreviated SSRI note",
     conclusion(SA, "Sertraline 100mg OD - cont. Relapse risk if stopped. Neonate: small PPHN risk (~3/1000), "
                    "poss. poor adaptation 1st few days - MW/paeds to obs. OK with BF."))
good("m-overall-bullets", M, "overall conclusion as bullet lines",
     overall("Overall:\n- methadone 60 mg and sertraline 100 mg both continue unchanged\n- baby: NAS obs on "
             "postnatal ward at least 72 h, plus adaptation obs for sertraline\n- breastfeeding encouraged\n"
             "- no co-sleeping due to methadone sedation; SW and HV to see sleeping arrangements before "
             "discharge\n- CPP in place; SW aware of this plan"))
good("m-overall-telegraphic", M, "overall conclusion in shorthand",
     overall("Cont methadone + sertraline. NAS obs >=72h PN ward, paeds aware. BF ok. No co-sleeping (methadone "
             "sedation) - SW/HV to check cot pre-discharge. CPP: SW has copy."))
good("m-overall-see-also-then-summary", M, "overall with 'see also' and then the plan",
     overall("See also the pre-birth planning meeting minutes. In summary, methadone and sertraline both continue; "
             "the baby will be observed for withdrawal and adaptation for at least 72 hours on the postnatal "
             "ward, breastfeeding is encouraged, and there must be no co-sleeping because methadone sedates her. "
             "The social worker and health visitor will see the sleeping arrangements before discharge."))
good("m-overall-pending-substantive", M, "'pending' inside a substantive conclusion",
     overall("Methadone and sertraline continue unchanged, pending any dose change the drug service makes, which "
             "they will share the same week. The baby needs at least 72 hours of withdrawal observation on the "
             "postnatal ward; breastfeeding is encouraged; no co-sleeping because of methadone sedation, and the "
             "cot is to be seen before discharge by the social worker and health visitor."))
good("m-overall-to-be-arranged-substantive", M, "'to be arranged' for one action in a full plan",
     overall("Continue methadone 60 mg and sertraline 100 mg. Baby to stay at least 72 h on the postnatal ward for "
             "NAS observation; neonatal team aware. Breastfeeding supported. No co-sleeping after her methadone "
             "dose. Pre-discharge home visit by SW and HV to be arranged to check the cot."))

# Brand names and other OST products in place of methadone.


def _swap_ost(mid: str, name: str, dose: str, label: str, concl: str, overall_text: str, **extra: Any) -> Mutation:
    new = medicine(mid, name, dose, "2024-11-04", other_prescriber(DRUG_SERVICE), last_changed="2025-12-01", **extra)
    return chain(
        replace_medicine("med-methadone", new),
        asm(MA, "", "impact_on_mother", {
            "sedation": "yes",
            "parenting_capacity": f"Stable on {label} with supervised consumption; no on-top use reported by the "
                                  "drug service. Drowsiness peaks in the hours after the dose.",
            "safe_sleep": "Advised never to share a bed or sofa with the baby after her dose; cot in the parents' "
                          "room agreed and to be seen at the first home visit.",
        }),
        asm(MA, "", "impact_on_baby", {
            "summary": f"Neonatal withdrawal is likely after in-utero {label}; signs usually start 48 to 72 hours "
                       "after birth and can take up to 8 days.",
            "neonatal_withdrawal_plan": "Observe on the postnatal ward for at least 72 hours per the local neonatal "
                                        "abstinence guideline; health visitor to check for late signs to day 8.",
            "breastfeeding": f"Breastfeeding is compatible on a stable dose of {label} and is encouraged.",
        }),
        asm(MA, "", "recommendations", f"Do not reduce or stop {label} without the drug service. Any dose change "
                                       "to be shared with maternity and the health visitor the same week."),
        conclusion(MA, concl),
        overall(overall_text),
    )


good("m-methadose-brand", M, "Methadose brand, conclusion names the brand",
     _swap_ost("med-methadose", "Methadose 10mg/ml oral concentrate", "60 mg daily, supervised",
               "Methadose",
               "Methadose 60 mg daily continues through pregnancy. The baby is likely to need observation for "
               "neonatal withdrawal for at least 72 hours; breastfeeding is supported. Sedation after each dose "
               "means no co-sleeping and the cot must be checked at the home visit.",
               "Continue Methadose (methadone) and sertraline unchanged. Baby to be observed for NAS on the "
               "postnatal ward; breastfeeding supported. No co-sleeping because of sedation; the social worker and "
               "health visitor will see the sleeping arrangements before discharge."))
good("m-physeptone-ingredient", M, "Physeptone product, conclusion names methadone by ingredient",
     _swap_ost("med-physeptone", "Physeptone 1mg/ml oral solution sugar free", "55 ml (55 mg) OD supervised",
               "methadone",
               "Methadone (Physeptone) 55 mg OD to continue. NAS likely: baby to be observed at least 72 h on the "
               "postnatal ward, HV to watch for late signs to day 8. BF encouraged. Drowsy after dosing - no bed "
               "or sofa sharing.",
               "Methadone and sertraline continue. Baby: NAS obs >= 72 h, adaptation obs for the SSRI; "
               "breastfeeding encouraged; no co-sleeping; SW and HV to check sleeping arrangements."))
good("m-subutex", M, "Subutex brand of buprenorphine, named by brand and ingredient",
     _swap_ost("med-subutex", "Subutex 8mg sublingual tablets", "16 mg once daily, supervised",
               "buprenorphine",
               "Buprenorphine (Subutex) 16 mg daily should continue through pregnancy; stopping risks relapse "
               "into heroin use. Withdrawal in the baby is likely but usually milder than with methadone - observe "
               "72 hours on the postnatal ward. Breastfeeding encouraged. Some drowsiness after dosing, so no "
               "co-sleeping.",
               "Subutex and sertraline continue. The baby will be observed for neonatal withdrawal and adaptation "
               "for at least 72 hours; breastfeeding encouraged; no co-sleeping. SW and HV to check the cot before "
               "discharge."))
good("m-espranor", M, "Espranor oral lyophilisate, brand only in the conclusion",
     _swap_ost("med-espranor", "Espranor 8mg oral lyophilisates", "14 mg daily (on the tongue), supervised",
               "Espranor",
               "Espranor 14 mg daily is the right treatment in pregnancy and should not be reduced without the "
               "drug service. Baby likely to show some withdrawal: 72 h obs on the postnatal ward, HV to check for "
               "late signs. Fine to breastfeed. No co-sleeping after the dose.",
               "Espranor (buprenorphine) and sertraline continue. NAS and adaptation obs for the baby for at least "
               "72 hours; breastfeeding encouraged; no co-sleeping, cot checked by SW/HV before discharge."))
good("m-buvidal", M, "weekly buprenorphine injection (Buvidal)",
     _swap_ost("med-buvidal", "Buvidal 96mg/0.27ml prolonged-release solution for injection",
               "96 mg subcutaneous injection monthly at the drug service", "Buvidal",
               "Buvidal monthly injection continues; the drug service gives it and will share any change. The "
               "baby may develop withdrawal and needs at least 72 hours of observation after birth. "
               "Breastfeeding is encouraged. Mild sedation is possible, so safe sleep advice given: no co-sleeping.",
               "Buvidal (buprenorphine) and sertraline continue. Baby: withdrawal obs >= 72 h on postnatal ward. "
               "Breastfeeding encouraged. No co-sleeping. SW and HV to see the cot before discharge."))
good("m-lustral-brand", M, "sertraline prescribed by brand (Lustral)",
     replace_medicine("med-sertraline", medicine("med-lustral", "Lustral 100mg tablets", "100 mg once daily",
                                                 "2025-06-10", gp_prescriber(RIVERSIDE), last_changed="2025-09-22")),
     conclusion(SA, "Lustral (sertraline) 100 mg continues: stopping risks relapse. Baby: small risk of PPHN and "
                    "adaptation symptoms; midwife to observe with the NAS obs. Compatible with breastfeeding."))

# Common no-concern medicines alongside.
good("m-with-folic-acid-and-gaviscon", M, "folic acid and Gaviscon alongside, uncoded, on the curated list",
     add_medicine(medicine("med-folic", "Folic acid 400microgram tablets", "400 µg once daily", "2025-10-01",
                           gp_prescriber(RIVERSIDE))),
     add_medicine(medicine("med-gaviscon", "Gaviscon Advance oral suspension", "10 ml after meals and at bedtime PRN",
                           "2026-02-01", gp_prescriber(RIVERSIDE))))
good("m-with-ferrous-sulfate", M, "ferrous sulfate alongside",
     add_medicine(medicine("med-iron", "Ferrous sulfate 200mg tablets", "200 mg BD", "2026-02-20",
                           gp_prescriber(RIVERSIDE))))
good("m-with-paracetamol-senna", M, "paracetamol and senna alongside",
     add_medicine(medicine("med-para", "Paracetamol 500mg tablets", "1 g QDS PRN", "2026-01-10",
                           gp_prescriber(RIVERSIDE))),
     add_medicine(medicine("med-senna", "Senna 7.5mg tablets", "2 at night PRN", "2026-01-10",
                           gp_prescriber(RIVERSIDE))))
good("m-with-levothyroxine-reason", M, "uncoded levothyroxine in µg with a not-of-concern reason",
     add_medicine(medicine("med-levo", "Levothyroxine 75microgram tablets", "75 µg OD", "2023-05-01",
                           gp_prescriber(RIVERSIDE),
                           not_of_concern_reason="Thyroid hormone replacement at a physiological dose; needed "
                                                 "in pregnancy, safe for the baby and in breastfeeding.")))
good("m-with-pregaday-reason", M, "combination iron/folate product with a reason",
     add_medicine(medicine("med-pregaday", "Pregaday tablets", "One tablet daily", "2026-01-15",
                           gp_prescriber(RIVERSIDE),
                           not_of_concern_reason="Iron and folic acid supplement for anaemia in pregnancy; "
                                                 "recommended in pregnancy and breastfeeding.")))
good("m-with-vitamin-d-microgram", M, "vitamin D 10 micrograms",
     add_medicine(medicine("med-vitd", "Colecalciferol 10microgram (400 unit) capsules", "10 µg daily",
                           "2025-11-01", gp_prescriber(RIVERSIDE))))

# A joint assessment naming both medicines.
good("m-joint-assessment", M, "one joint assessment covering methadone and sertraline, naming each",
     edit(lambda d: d.__setitem__("assessments", [d["assessments"][0]])),
     asm(MA, "", "medicine_ids", ["med-methadone", "med-sertraline"]),
     asm(MA, "", "impact_on_mother.parenting_capacity",
         "Stable on methadone 60 mg and sertraline 100 mg; mood good; no on-top use. Stopping sertraline risks "
         "relapse of depression; methadone changes only via the drug service."),
     asm(MA, "", "impact_on_baby.summary",
         "Neonatal withdrawal from methadone is likely (48-72 h, up to day 8); sertraline adds a small risk of "
         "adaptation symptoms and PPHN."),
     conclusion(MA, "Methadone 60 mg and sertraline 100 mg both continue. The baby is likely to need at least 72 h "
                    "of observation for withdrawal and SSRI adaptation on the postnatal ward. Breastfeeding is "
                    "compatible with both. Methadone sedation means no co-sleeping; cot to be checked."))
# Sertraline stopped early in pregnancy.
good("m-sertraline-stopped", M, "sertraline stopped at 10 weeks, still assessed for relapse",
     set_("medicines#med-sertraline.stopped", "2025-10-20"),
     asm(SA, "", "impact_on_mother.parenting_capacity",
         "Stopped sertraline herself at 10 weeks because she was worried about the baby; mood currently OK but "
         "she has relapsed before after stopping."),
     asm(SA, "", "impact_on_baby.breastfeeding", "Not taking it now; if restarted, sertraline is compatible with "
                                                 "breastfeeding."),
     conclusion(SA, "Sertraline was stopped at 10 weeks. First-trimester exposure does not need any extra scans "
                    "for the baby. Relapse risk is high: GP to review her mood at 32 weeks and after birth, and to "
                    "restart sertraline (compatible with breastfeeding) if her depression returns."))

# Amended version 2.
good("m-amended-social-worker", M, "version 2 with a real amendment reason",
     amended("The allocated social worker changed after the child protection conference; the new social worker "
             "is now the recipient. The assessment and conclusions are unchanged.",
             "2026-03-05T11:00:00+00:00"),
     set_("safeguarding.social_worker.name", {"given": ["Nadia"], "family": "Haddad"}),
     set_("recipients#rcp-sw.name", {"given": ["Nadia"], "family": "Haddad"}))
good("m-amended-dose-increase", M, "amended after methadone increase, with new assessment date",
     amended("Methadone increased from 60 mg to 70 mg by the drug service on 2026-03-09; the assessment was "
             "re-dated and the conclusion updated to the new dose.", "2026-03-10T10:00:00+00:00"),
     set_("medicines#med-methadone.last_changed", "2026-03-09"),
     set_("medicines#med-methadone.dose", "70 mg (70 ml) once daily, supervised consumption"),
     asm(MA, "", "date", "2026-03-10"),
     set_("overall_conclusion.date", "2026-03-10"),
     set_("attestation.at", "2026-03-10T09:55:00+00:00"),
     conclusion(MA, "Methadone now 70 mg daily and should continue. The higher dose makes neonatal withdrawal a "
                    "little more likely: 72 h obs minimum on the postnatal ward. Breastfeeding still supported. "
                    "Sedation after each dose: no co-sleeping; cot to be seen at the home visit."))

# Authors and names with non-Latin letters.
good("m-author-lukasz", M, "GP named Łukasz Wiśniewski writes and attests",
     author_everywhere(KOWALSKI))
good("m-mother-zoe", M, "mother named Zoë, named in the conclusion",
     set_("mother.name", {"given": ["Zoë"], "family": "Brontë-Example"}),
     conclusion(MA, "Zoë should continue methadone 60 mg daily. Her baby is likely to need at least 72 h of "
                    "observation for neonatal withdrawal; breastfeeding is supported. No co-sleeping after her "
                    "dose; cot to be checked at the home visit."))
good("m-midwife-sofia-overall", M, "Greek-named community midwife writes the overall conclusion",
     set_("overall_conclusion.author", PAPADOPOULOU),
     overall("Methadone and sertraline continue. At booking and at 28 weeks I discussed with Jodie that her baby "
             "will stay at least 72 hours on the postnatal ward for NAS observation; she plans to breastfeed, which "
             "we support. She knows not to co-sleep after her methadone dose. SW and HV will see the cot before "
             "discharge."))

# ============================================================================================================
# L: lithium, perinatal mental health, bottle feeding.

LA = "asm-lithium"

good("l-psychiatrist-prose", L, "perinatal psychiatrist's prose with hedging",
     conclusion(LA, "I would advise that Rebecca continues lithium (Priadel) through pregnancy and the postnatal "
                    "period. The risk of a severe relapse, including postpartum psychosis, is substantially higher "
                    "if she stops, and this probably outweighs the risks to the baby, which are being managed: a "
                    "normal fetal echo at 20 weeks, and a paediatric review after birth for floppiness, poor "
                    "feeding or thyroid problems. She will bottle feed, as lithium in breast milk can harm the "
                    "baby."))
good("l-telegraphic", L, "shorthand lithium note",
     conclusion(LA, "Li (Priadel) 800mg nocte - CONTINUE. Relapse/PP psychosis risk high if stopped. Levels 4-wkly, "
                    "wkly from 36/40, <24h post delivery. Fetal echo 20/40 NAD. Baby: paeds r/v after birth, watch "
                    "for floppiness/poor feeding, TFTs if signs. Bottle feeding - BF not advised on Li."))
good("l-bullets", L, "bullet list conclusion",
     conclusion(LA, "Lithium:\n- continue 800 mg at night (Priadel, brand prescribing)\n- levels monthly, weekly "
                    "from 36 weeks, within 24 h of birth\n- baby: paediatric review after delivery; lithium "
                    "toxicity signs (floppy, poor feeding, drowsy)\n- not to breastfeed; bottle feeding agreed\n"
                    "- PMHT to see her within a week of birth"))
good("l-camcolit", L, "Camcolit brand instead of Priadel",
     replace_medicine("med-lithium", medicine("med-camcolit", "Camcolit 400 modified-release tablets",
                                              "800 mg at night (brand: Camcolit)", "2021-03-15",
                                              gp_prescriber(NORTHGATE), last_changed="2025-08-04")),
     conclusion(LA, "Camcolit (lithium carbonate) should continue: relapse after birth is the bigger risk. The baby "
                    "needs a paediatric review after delivery and observation for floppiness and poor feeding. "
                    "Breastfeeding is not advised on lithium; she will bottle feed."),
     overall("Continue Camcolit 800 mg nocte with levels monthly, weekly from 36 weeks and within 24 hours of "
             "birth. Paediatric review of the baby after birth. Bottle feeding. PMHT to review within a week of "
             "birth."))
good("l-see-pmht-letter-in-summary", L, "refers to the PMHT letter and concludes",
     conclusion(LA, "Full details are in the perinatal mental health team letter of 28/04/2026. In summary: lithium "
                    "continues at 800 mg; levels monthly then weekly from 36 weeks; the baby needs a paediatric "
                    "review after birth for signs of lithium toxicity; she will bottle feed because lithium passes "
                    "into breast milk."))
good("l-overall-short", L, "a short complete overall conclusion",
     overall("Continue lithium; baby needs paediatric review after birth; bottle feeding; PMHT review within a week "
             "of delivery because relapse risk is high."))
good("l-overall-hedged", L, "hedged overall conclusion",
     overall("On balance lithium (Priadel) should continue; relapse after birth is likely to be more harmful than "
             "the managed risks to the baby. The baby will probably be fine but needs a paediatric review after "
             "birth and a lithium level if floppy or feeding poorly. Bottle feeding is planned. Levels weekly from "
             "36 weeks; PMHT to see her within a week of birth."))
good("l-pre-conception", L, "pre-conception advice marked pre_conception: true",
     asm(LA, "", "date", "2025-09-15"),
     asm(LA, "", "pre_conception", True),
     conclusion(LA, "Pre-conception advice: lithium should continue if she becomes pregnant, because stopping "
                    "risks a severe relapse. Lithium slightly raises the risk of heart defects in the baby, so she "
                    "will have a detailed fetal heart scan at 20 weeks; levels every 4 weeks once pregnant, weekly "
                    "from 36 weeks. The baby will need a paediatric review after birth, and breastfeeding is not "
                    "advised on lithium."))
good("l-pre-conception-plus-current", L, "pre-conception advice and a current assessment, both kept",
     add_assessment({
         "id": "asm-lithium-precon",
         "medicine_ids": ["med-lithium"],
         "pre_conception": True,
         "impact_on_mother": {
             "sedation": "no",
             "parenting_capacity": "Well on lithium for four years; planning a pregnancy. Stopping would risk a "
                                   "relapse of bipolar disorder.",
             "safe_sleep": "Not sedating at her level; safe sleep advice to be repeated after birth.",
         },
         "impact_on_baby": {
             "summary": "Small increase in the risk of cardiac malformations with first-trimester lithium; fetal "
                        "echocardiogram offered at 20 weeks.",
             "neonatal_withdrawal_plan": "Paediatric review after birth for signs of lithium toxicity.",
             "breastfeeding": "Breastfeeding not advised on lithium; bottle feeding discussed.",
         },
         "recommendations": "Continue lithium. Folic acid 5 mg from now until 12 weeks. Tell the GP as soon as she "
                            "is pregnant so levels can be checked every 4 weeks.",
         "conclusion": "Pre-conception: continue lithium, start folic acid 5 mg, and let us know as soon as she is "
                       "pregnant. The baby would need a fetal heart scan at 20 weeks and a paediatric review after "
                       "birth; lithium is not advised with breastfeeding.",
         "author": OSEI,
         "date": "2025-06-20",
     }))
good("l-with-folic-and-olanzapine", L, "lithium plus olanzapine, each assessed; overall names both",
     add_medicine(medicine("med-olanzapine", "Olanzapine 5mg tablets", "5 mg at night", "2026-01-12",
                           other_prescriber({"ods_code": "Y90730",
                                             "name": "Northgate Perinatal Mental Health Service"}))),
     add_assessment({
         "id": "asm-olanzapine",
         "medicine_ids": ["med-olanzapine"],
         "impact_on_mother": {
             "sedation": "yes",
             "parenting_capacity": "Olanzapine added in January for sleep and early relapse signs; drowsy for "
                                   "several hours after the night dose. Stopping suddenly risks relapse.",
             "safe_sleep": "Must not share a bed or sofa with the baby at night; her husband will do the night "
                           "feeds (bottle) and the baby sleeps in a cot in their room.",
         },
         "impact_on_baby": {
             "summary": "Possible neonatal adaptation symptoms (drowsiness, poor feeding, tremor) after late "
                        "pregnancy exposure; gestational diabetes screening offered.",
             "neonatal_withdrawal_plan": "Observed with the lithium paediatric review after birth.",
             "breastfeeding": "Bottle feeding because of lithium.",
         },
         "recommendations": "Continue olanzapine 5 mg at night via the PMHT. OGTT at 28 weeks. Partner does night "
                            "feeds.",
         "conclusion": "Olanzapine 5 mg at night should continue to protect against relapse. It makes her drowsy at "
                       "night, so no co-sleeping and her husband does the night feeds. The baby may be sleepy or "
                       "jittery for a few days and will be seen by the paediatrician with the lithium review.",
         "author": OSEI,
         "date": "2026-05-06",
     }),
     overall("Continue lithium (Priadel) and olanzapine. Baby: paediatric review after birth for lithium toxicity "
             "and olanzapine adaptation. Bottle feeding. Olanzapine is sedating: no co-sleeping, husband does night "
             "feeds. PMHT review within a week of birth."))
good("l-pharmacist-overall", L, "clinical pharmacist writes the overall conclusion",
     set_("overall_conclusion.author", COLE_PHARM),
     overall("Medicines reconciliation: lithium (Priadel) 800 mg is the only regular medicine and should continue "
             "by brand. The baby needs a paediatric review after birth; lithium is not compatible with "
             "breastfeeding and she plans to bottle feed. Levels monthly, then weekly from 36 weeks."))
good("l-amended-level", L, "amended v2 after a lithium level and dose change",
     amended("Lithium level of 1.1 mmol/L at 25 weeks: dose reduced from 800 mg to 700 mg on 2026-05-13 and the "
             "conclusion updated to say so.", "2026-05-14T09:00:00+00:00"),
     set_("medicines#med-lithium.last_changed", "2026-05-13"),
     set_("medicines#med-lithium.dose", "700 mg at night; brand prescribing (Priadel)"),
     asm(LA, "", "date", "2026-05-13"),
     set_("overall_conclusion.date", "2026-05-13"),
     set_("attestation.at", "2026-05-14T08:55:00+00:00"),
     conclusion(LA, "Lithium reduced to 700 mg after a high level and continues: relapse after birth remains the "
                    "main risk. The baby needs a paediatric review after birth for floppiness, poor feeding and "
                    "thyroid problems. Not breastfeeding on lithium - bottle feeding agreed."),
     overall("Lithium (Priadel) now 700 mg at night; levels every 4 weeks, weekly from 36 weeks. Baby: paeds review "
             "after birth. Bottle feeding. PMHT to see her within a week of birth."))
good("l-thao-obstetrician", L, "obstetrician with a Vietnamese name writes the overall conclusion",
     set_("overall_conclusion.author", NGUYEN_OBS),
     overall("Lithium continues. Delivery in hospital with lithium held at the start of labour and restarted "
             "after birth, levels within 24 hours. Baby to be reviewed by the paediatrician for lithium toxicity. "
             "Bottle feeding planned. PMHT to see her within a week."))
good("l-hydrated-instruction", L, "instruction-style conclusion",
     conclusion(LA, "Please keep lithium (Priadel) 800 mg going and check levels monthly, weekly from 36/40. Please "
                    "make sure paeds see the baby after delivery - look for floppiness, poor feeding and lethargy. "
                    "Please support bottle feeding; breastfeeding is not advised on lithium."))

# ============================================================================================================
# V: valproate (and other antiepileptics), antenatal, unplanned pregnancy.

VA = "asm-valproate"

good("v-epilim-brand", V, "Epilim brand, conclusion names Epilim",
     replace_medicine("med-valproate", medicine("med-epilim", "Epilim 500 gastro-resistant tablets",
                                                "500 mg BD", "2019-09-02", gp_prescriber(CASTLE_STREET),
                                                last_changed="2024-03-11")),
     conclusion(VA, "Epilim must continue until the neurologist reviews it: stopping suddenly risks seizures. The "
                    "baby has been exposed in the first trimester (about 1 in 10 risk of a major malformation), so "
                    "urgent neurology review and fetal medicine scan requested today; folic acid 5 mg started."),
     overall("Unplanned pregnancy at 8 weeks on Epilim (sodium valproate). Continue unchanged until urgent "
             "neurology review; do not stop abruptly. Fetal medicine referral for the baby; folic acid 5 mg "
             "started. ARAF status recorded."))
good("v-epilim-chrono", V, "Epilim Chrono brand",
     replace_medicine("med-valproate", medicine("med-epilim-chrono", "Epilim Chrono 500 prolonged release tablets",
                                                "1 g at night", "2019-09-02", gp_prescriber(CASTLE_STREET),
                                                last_changed="2024-03-11")),
     conclusion(VA, "Epilim Chrono (valproate) 1 g nocte - do NOT stop abruptly (seizure risk). Fetus exposed in "
                    "1st trimester: urgent neuro r/v + fetal medicine/detailed scan referral sent today; folic acid "
                    "5 mg started. PPP/ARAF up to date."),
     overall("Valproate (Epilim Chrono) continues pending urgent neurology review; the baby's exposure means a "
             "fetal medicine review and detailed anomaly scan. Folic acid 5 mg started."))
good("v-telegraphic", V, "telegraphic valproate note",
     conclusion(VA, "Sodium valproate 500mg BD. Unplanned preg 8/40. Do not stop abruptly - seizure risk. Baby: "
                    "~10% major malformation risk (inc NTD), neurodevelopmental risk 30-40%. Urgent neuro + "
                    "antenatal clinic (FMU) referrals done. FA 5mg started."))
good("v-hedged-prose", V, "long hedged prose",
     conclusion(VA, "Hannah's pregnancy was not planned and she has taken sodium valproate throughout the first "
                    "eight weeks. It would not be safe for her to stop it suddenly, because a seizure in pregnancy "
                    "could harm both her and the baby, so valproate should continue until the neurologist has "
                    "reviewed her, which I have asked to happen urgently. The baby may have been affected: roughly "
                    "one in ten babies exposed have a major malformation, and later developmental problems are "
                    "more common, so I have also referred her for an early fetal medicine assessment and started "
                    "folic acid 5 mg."))
good("v-lamotrigine-swap", V, "lamotrigine (Lamictal) instead of valproate",
     replace_medicine("med-valproate", medicine("med-lamictal", "Lamictal 100mg tablets", "100 mg twice a day",
                                                "2020-01-10", gp_prescriber(CASTLE_STREET),
                                                last_changed="2024-03-11")),
     asm(VA, "", "impact_on_mother.parenting_capacity",
         "Seizure-free for two years on lamotrigine. Levels fall in pregnancy, so seizures may return; stopping "
         "suddenly risks seizures."),
     asm(VA, "", "impact_on_baby.summary",
         "Lamotrigine is one of the safer antiepileptics in pregnancy; the risk of major malformation is close to "
         "the background risk. Routine anomaly scan at 20 weeks."),
     asm(VA, "", "impact_on_baby.breastfeeding", "Lamotrigine is compatible with breastfeeding; watch the baby for "
                                                 "rash, drowsiness or poor feeding."),
     asm(VA, "", "recommendations", "Continue Lamictal 100 mg BD. Referral to the epilepsy specialist nurse for "
                                    "lamotrigine levels each trimester. Folic acid 5 mg daily started."),
     conclusion(VA, "Lamictal (lamotrigine) 100 mg BD should continue; stopping risks seizures. Risk to the baby "
                    "is low, close to background; routine anomaly scan and folic acid 5 mg. Epilepsy nurse to "
                    "check levels each trimester. Breastfeeding is compatible."),
     overall("Continue lamotrigine (Lamictal) 100 mg BD with folic acid 5 mg. Epilepsy specialist nurse to monitor "
             "levels; anomaly scan at 20 weeks for the baby. Breastfeeding is fine on lamotrigine."))
good("v-levetiracetam-keppra", V, "Keppra (levetiracetam)",
     replace_medicine("med-valproate", medicine("med-keppra", "Keppra 500mg tablets", "750 mg BD", "2021-05-01",
                                                gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")),
     asm(VA, "", "impact_on_mother.parenting_capacity", "Seizure-free on Keppra; stopping risks seizures."),
     asm(VA, "", "impact_on_baby.summary", "Levetiracetam carries a low risk of malformation, near the background "
                                           "rate; detailed anomaly scan at 20 weeks."),
     asm(VA, "", "impact_on_baby.breastfeeding", "Levetiracetam is compatible with breastfeeding; watch for "
                                                 "drowsiness."),
     conclusion(VA, "Keppra (levetiracetam) 750 mg BD continues; do not stop it - seizure risk. Low risk to the "
                    "baby; anomaly scan at 20 weeks, folic acid 5 mg. Neurology to review in pregnancy. "
                    "Breastfeeding OK."),
     overall("Levetiracetam (Keppra) continues with folic acid 5 mg; neurology aware. Routine anomaly scan for the "
             "baby. Compatible with breastfeeding."))
good("v-topiramate", V, "topiramate (Topamax) for migraine, pregnancy prevention programme",
     replace_medicine("med-valproate", medicine("med-topamax", "Topamax 50mg tablets", "50 mg twice a day",
                                                "2024-01-15", gp_prescriber(CASTLE_STREET),
                                                last_changed="2024-03-11")),
     asm(VA, "", "impact_on_mother", {
         "sedation": "no",
         "parenting_capacity": "Topiramate was for migraine prevention, not epilepsy; migraines may return when it "
                               "is stopped.",
         "safe_sleep": "Not sedating at this dose.",
     }),
     asm(VA, "", "impact_on_baby.summary", "First-trimester topiramate raises the risk of cleft lip and palate and "
                                           "of low birth weight, and possibly of neurodevelopmental problems."),
     asm(VA, "", "impact_on_baby.breastfeeding", "Stopped; not relevant to breastfeeding unless restarted, when the "
                                                 "neurologist would advise."),
     asm(VA, "", "recommendations", "Stop topiramate today (migraine only; safe to stop). Referral for detailed "
                                    "fetal anomaly scan. Folic acid 5 mg started. Pregnancy prevention programme "
                                    "review missed: reported as a significant event."),
     conclusion(VA, "Topamax (topiramate) stopped today - it was for migraine and is safe to stop. The baby was "
                    "exposed in the first trimester (cleft lip/palate risk), so a detailed fetal anomaly scan is "
                    "requested and folic acid 5 mg started. PPP review had lapsed: significant event raised."),
     overall("Topiramate stopped at 8 weeks; paracetamol for migraine meanwhile. Detailed anomaly scan for the "
             "baby; folic acid 5 mg. Pregnancy prevention programme lapse reviewed as a significant event."))
good("v-carbamazepine-tegretol", V, "Tegretol Retard (carbamazepine)",
     replace_medicine("med-valproate", medicine("med-tegretol", "Tegretol Retard 400mg tablets", "400 mg BD",
                                                "2018-04-01", gp_prescriber(CASTLE_STREET),
                                                last_changed="2024-03-11")),
     asm(VA, "", "impact_on_mother.parenting_capacity", "Seizure-free on carbamazepine; stopping risks seizures."),
     asm(VA, "", "impact_on_baby.summary", "Carbamazepine raises the risk of major malformations (about 4 in 100) "
                                           "including neural tube defects; detailed anomaly scan needed."),
     asm(VA, "", "impact_on_baby.breastfeeding", "Carbamazepine is compatible with breastfeeding."),
     conclusion(VA, "Tegretol (carbamazepine) continues - do not stop abruptly. Baby: raised malformation risk "
                    "including neural tube defects, so detailed anomaly scan and folic acid 5 mg. Urgent "
                    "neurology review requested. Breastfeeding compatible."),
     overall("Carbamazepine (Tegretol Retard) 400 mg BD continues pending neurology review; detailed fetal anomaly "
             "scan; folic acid 5 mg. Breastfeeding compatible."))
good("v-pre-conception-ppp", V, "valproate pre-conception PPP counselling marked pre_conception",
     add_assessment({
         "id": "asm-valproate-ppp",
         "medicine_ids": ["med-valproate"],
         "pre_conception": True,
         "impact_on_mother": {
             "sedation": "no",
             "parenting_capacity": "Seizure-free on valproate. Stopping suddenly risks seizures.",
             "safe_sleep": "Not sedating.",
         },
         "impact_on_baby": {
             "summary": "If she became pregnant on valproate, about 1 in 10 babies have a major malformation and up "
                        "to 4 in 10 developmental problems.",
             "breastfeeding": "Usually possible on valproate; neurologist to advise.",
         },
         "recommendations": "Pregnancy prevention programme: highly effective contraception (implant fitted). "
                            "Annual risk acknowledgement form with neurology. Urgent appointment if she plans a "
                            "pregnancy or thinks she may be pregnant.",
         "conclusion": "Valproate PPP review: she understands the risks to a baby; contraceptive implant fitted; ARAF "
                       "to be signed with neurology. Do not stop valproate suddenly; if she wants a baby, neurology "
                       "will plan a switch first.",
         "author": MCALLISTER,
         "date": "2025-10-01",
     }))
good("v-epilepsy-nurse-bullets", V, "bulleted overall with newlines",
     overall("Summary of plan:\n• Sodium valproate - continue, do not stop abruptly (seizures)\n• Urgent neurology "
             "(ESN) review of treatment in pregnancy\n• Fetal medicine review and detailed anomaly scan - baby "
             "exposed in 1st trimester\n• Folic acid 5 mg daily started\n• ARAF on file (signed 04/11/2025)"))
good("v-with-ondansetron-reason", V, "uncoded antiemetic with reason... common in early pregnancy",
     add_medicine(medicine("med-cyclizine-free", "Ondansetron 4mg tablets", "4 mg BD PRN", "2026-05-20",
                           gp_prescriber(CASTLE_STREET),
                           not_of_concern_reason="Second-line antiemetic for hyperemesis; small oral-cleft signal "
                                                 "discussed, benefit outweighs it; no withdrawal or sedation.")))
good("v-welsh-mix", V, "record from a Welsh practice with Welsh names and a few Welsh words",
     author_everywhere(JONES_GP),
     set_("mother.registered_practice", {"ods_code": "W90001", "name": "Meddygfa Bro Ddyfi"}),
     set_("recipients#rcp-gp.organisation", {"ods_code": "W90001", "name": "Meddygfa Bro Ddyfi"}),
     conclusion(VA, "Valproate must continue until the neurologist at Ysbyty Gwynedd reviews it: stopping suddenly "
                    "risks seizures. Mam understands the baby was exposed in the first trimester; urgent neurology "
                    "and fetal medicine referrals sent today; folic acid 5 mg started. Bilingual leaflet given "
                    "(Cymraeg/English)."))
good("v-welsh-bilingual", V, "a bilingual Welsh/English overall conclusion, as Welsh services write",
     author_everywhere(JONES_GP),
     overall("Parhau â falproad nes i'r niwrolegydd ei adolygu; peidio â stopio'n sydyn. Atgyfeirio brys i "
             "niwroleg a'r clinig cyn-geni am asesiad meddygaeth ffetws; asid ffolig 5 mg wedi dechrau. / Continue "
             "sodium valproate until the neurologist reviews it; do not stop suddenly. Urgent referrals to neurology "
             "and the antenatal clinic for fetal medicine review of the baby; folic acid 5 mg started."))

# ============================================================================================================
# N: postnatal, nothing concerning; and postnatal records with one new medicine of concern.

good("n-add-gaviscon-ferrous", N, "Gaviscon and ferrous sulfate, uncoded, curated",
     add_medicine(medicine("med-gav", "Gaviscon Double Action liquid", "10-20 ml after meals PRN", "2026-04-03",
                           gp_prescriber(RIVERSIDE))),
     add_medicine(medicine("med-fe", "Ferrous sulphate 200mg tablets", "200 mg once daily", "2026-04-03",
                           gp_prescriber(RIVERSIDE))))
good("n-add-folic-vitd", N, "folic acid and vitamin D",
     add_medicine(medicine("med-fa", "Folic acid 400 microgram tablets", "400 µg daily", "2026-04-03",
                           gp_prescriber(RIVERSIDE))),
     add_medicine(medicine("med-vd", "Vitamin D3 10 microgram capsules", "10 µg daily", "2026-04-03",
                           gp_prescriber(RIVERSIDE))))
good("n-bottle-fed", N, "bottle-fed baby", set_("pregnancy.infant_feeding", "bottle"))
good("n-emollient-reason", N, "uncoded emollient with a reason",
     add_medicine(medicine("med-emoll", "Diprobase cream", "Apply twice daily", "2026-04-03",
                           gp_prescriber(RIVERSIDE),
                           not_of_concern_reason="Emollient cream for eczema on the hands; not absorbed; keep off "
                                                 "the nipple area before feeds.")))
good("n-clotrimazole-reason", N, "topical antifungal with reason",
     add_medicine(medicine("med-canesten", "Canesten 1% cream", "Apply BD-TDS for 2 weeks", "2026-04-05",
                           gp_prescriber(RIVERSIDE),
                           not_of_concern_reason="Topical clotrimazole for thrush; minimal absorption, compatible "
                                                 "with breastfeeding.")))
good("n-fybogel-senokot", N, "Fybogel and Senokot brands on the curated list",
     add_medicine(medicine("med-fyb", "Fybogel 3.5g granules", "One sachet BD", "2026-04-03",
                           gp_prescriber(RIVERSIDE))),
     add_medicine(medicine("med-sen", "Senokot 7.5mg tablets", "2 at night", "2026-04-03",
                           gp_prescriber(RIVERSIDE))))
good("n-enoxaparin-reason", N, "postnatal LMWH with a reason",
     add_medicine(medicine("med-clexane", "Clexane 40mg/0.4ml solution for injection pre-filled syringes",
                           "40 mg SC OD for 10 days", "2026-04-02", other_prescriber(
                               {"ods_code": "Y90400", "name": "Hampton General Maternity Unit"}),
                           not_of_concern_reason="Postnatal thromboprophylaxis after caesarean; does not pass into "
                                                 "breast milk in active form, no sedation or withdrawal.")))
good("n-zoe-and-sofia", N, "mother Zoë, midwife Σοφία as attester",
     set_("mother.name", {"given": ["Zoë"], "family": "Ðorđević-Example"}),
     set_("attestation.by", PAPADOPOULOU))
good("n-labetalol-reason", N, "labetalol postnatal, uncoded, with reason",
     add_medicine(medicine("med-labetalol", "Labetalol 200mg tablets", "200 mg BD", "2026-04-02",
                           other_prescriber({"ods_code": "Y90400", "name": "Hampton General Maternity Unit"}),
                           not_of_concern_reason="Antihypertensive for pre-eclampsia; compatible with "
                                                 "breastfeeding; BP follow-up by the GP.")))


def _codeine_n(concl: str, overall_text: str, **feed: Any) -> Mutation:
    return chain(
        edit(lambda d: d.setdefault("assessments", [])),
        add_medicine(medicine("med-cocodamol", "Co-codamol 30mg/500mg tablets", "2 tablets QDS PRN for 5 days",
                              "2026-04-03", gp_prescriber(RIVERSIDE))),
        add_assessment({
            "id": "asm-cocodamol",
            "medicine_ids": ["med-cocodamol"],
            "impact_on_mother": {
                "sedation": "yes",
                "parenting_capacity": "Short course for perineal pain after a third-degree tear; may cause "
                                      "drowsiness.",
                "safe_sleep": "If drowsy she must not sleep with the baby in her bed or on the sofa; Moses basket "
                              "beside the bed.",
            },
            "impact_on_baby": {
                "summary": "Codeine can pass to a breastfed baby and rarely cause drowsiness and breathing problems.",
                "neonatal_withdrawal_plan": "Not exposed in pregnancy, so no neonatal withdrawal expected; watch for "
                                            "drowsiness while she takes it.",
                "breastfeeding": feed.get("bf", "Codeine is not advised while breastfeeding (MHRA); co-codamol "
                                                "replaced by paracetamol and ibuprofen if breastfeeding continues."),
            },
            "recommendations": "Maximum 5 days. Stop if the baby is unusually sleepy or feeding poorly and seek "
                               "advice. Midwife to check pain control at the next visit.",
            "conclusion": concl,
            "author": COLE_PHARM,
            "date": "2026-04-09",
        }),
        set_("overall_conclusion", {
            "text": overall_text,
            "author": COLE_PHARM,
            "date": "2026-04-09",
        }),
    )


good("n-cocodamol-bottle", N, "short co-codamol course, bottle feeding",
     set_("pregnancy.infant_feeding", "bottle"),
     _codeine_n("Co-codamol 30/500 for up to 5 days is acceptable as she is bottle feeding. It can make her drowsy: "
                "no co-sleeping, baby in the Moses basket. Midwife to review pain at the next visit.",
                "Paracetamol, lactulose and a short course of co-codamol. Bottle fed, so no breast milk exposure. "
                "No co-sleeping while taking co-codamol; midwife reviews pain in 48 hours.",
                bf="Bottle feeding, so codeine in breast milk does not arise."))
good("n-cocodamol-breast-switched", N, "co-codamol assessed and switched because breastfeeding",
     _codeine_n("Co-codamol is not advised while breastfeeding because codeine can make the baby drowsy; she will "
                "use paracetamol and ibuprofen instead and the co-codamol has been stopped. If she takes any "
                "remaining tablets she must not co-sleep. Midwife to check the baby is feeding well.",
                "Paracetamol and lactulose continue. Co-codamol stopped because she is breastfeeding: codeine can "
                "make the baby sleepy. Midwife to check feeding and pain control at the next visit."))

# ============================================================================================================
# F: postnatal diazepam + pregabalin, foster placement.

FA = "asm-diazepam-pregabalin"

good("f-telegraphic", F, "telegraphic joint conclusion",
     conclusion(FA, "Diazepam 5mg TDS + pregabalin 150mg BD: significant sedation, esp. at night. NO co-sleeping, "
                    "no feeding lying down; FC does night feeds. Baby: late w/d poss to day 8 - FC/HV to watch for "
                    "tremor, poor feeding, high-pitched cry. Both cont for now; slow diazepam taper at 6/52 r/v."))
good("f-bullets", F, "bulleted joint conclusion",
     conclusion(FA, "Diazepam and pregabalin (both continue for now):\n- sedating together: mum not to co-sleep or "
                    "feed lying down\n- foster carer to do night feeds while mum is drowsy\n- baby: late "
                    "withdrawal possible to day 8 - FC and HV to watch\n- supervised diazepam reduction to be "
                    "agreed at the 6-week review\n- bottle fed, no breast milk exposure"))
good("f-lyrica-brand", F, "Lyrica brand for pregabalin",
     replace_medicine("med-pregabalin", medicine("med-lyrica", "Lyrica 75mg capsules", "150 mg BD", "2025-07-01",
                                                 gp_prescriber(MILLBROOK), last_changed="2026-01-12")),
     conclusion(FA, "Diazepam and Lyrica together cause significant sedation: the mother must not co-sleep or feed "
                    "the baby lying down, and night care in the placement needs another adult awake. The baby may "
                    "show late withdrawal up to day 8. Both continue for now, with a supervised diazepam reduction "
                    "planned."),
     overall("Diazepam and Lyrica (pregabalin) continue for now. No bed, sofa or armchair sharing; foster carer does "
             "night feeds. Late withdrawal signs possible until day 8. Foster carer, HV and SW hold this plan."))
good("f-valium-brand", F, "Valium brand for diazepam",
     replace_medicine("med-diazepam", medicine("med-valium", "Valium 5mg tablets", "5 mg TDS", "2025-10-20",
                                               gp_prescriber(MILLBROOK), last_changed="2026-02-16")),
     conclusion(FA, "Valium (diazepam) and pregabalin make her drowsy: no co-sleeping, no feeding lying down, "
                    "night feeds by the foster carer. Baby may have late withdrawal to day 8 - foster carer and HV "
                    "to watch. Continue both; slow Valium reduction planned with the GP."),
     overall("Valium and pregabalin continue. Baby: watch for late withdrawal until day 8. No co-sleeping; foster "
             "carer does night feeds. Plan shared with foster carer, HV and SW."))
good("f-overall-prose-hedged", F, "hedged overall prose",
     overall("Diazepam and pregabalin will continue for the time being, as stopping either suddenly could be "
             "dangerous for the mother. The main risk to the baby is probably accidental smothering if the mother "
             "falls asleep with the baby, so there should be no bed, sofa or armchair sharing and the foster carer "
             "will do the night feeds while she is sedated. Late withdrawal signs may still appear up to day 8. "
             "The foster carer, health visitor and social worker all have this plan."))
good("f-overall-telegraphic", F, "telegraphic overall",
     overall("Diazepam + pregabalin cont. Sedation main risk to baby: no co-sleeping/sofa, FC does night feeds. "
             "Late w/d to D8. ICO in place; FC, HV, SW all have plan."))
good("f-mbu", F, "discharge to a parent-and-baby unit",
     set_("safeguarding.discharge_to", "parent-and-baby-unit"),
     set_("safeguarding.sleeping_arrangements", "Cot beside the mother's bed in the mother and baby unit; nursing "
                                                "staff do night checks."),
     conclusion(FA, "Diazepam and pregabalin make her drowsy, so on the mother and baby unit she must not co-sleep "
                    "or feed lying down and staff will support night feeds. The baby may show late withdrawal up "
                    "to day 8; unit nurses to observe. Both continue; diazepam reduction to start on the unit."),
     overall("Diazepam and pregabalin continue; reduction planned on the mother and baby unit. No co-sleeping; "
             "staff support night feeds. Baby observed for late withdrawal until day 8. Foster carer, HV and SW "
             "informed."))
good("f-kinship", F, "discharge to a kinship carer (grandmother)",
     set_("safeguarding.discharge_to", "kinship-carer"),
     set_("safeguarding.sleeping_arrangements", "Cot in the maternal grandmother's bedroom, seen by the HV on "
                                                "2026-06-13."),
     overall("Diazepam and pregabalin continue for now. Baby placed with the maternal grandmother, who does all "
             "night care; the mother must not co-sleep when she visits or stays. Late withdrawal possible to day 8: "
             "grandmother and HV to watch. SW, HV and carer hold this plan."))
good("f-please-see-baby", F, "instructions to the HV and foster carer",
     conclusion(FA, "Diazepam and pregabalin continue. Please see the baby in the placement on day 5 and day 8 for "
                    "late withdrawal signs. Please make sure mum never sleeps with the baby on a bed, sofa or chair "
                    "and does not feed lying down; foster carer to do night feeds."))
good("f-zopiclone-added", F, "zopiclone added to the joint assessment, each named",
     add_medicine(medicine("med-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night PRN", "2026-03-01",
                           gp_prescriber(MILLBROOK))),
     asm(FA, "", "medicine_ids", ["med-diazepam", "med-pregabalin", "med-zopiclone"]),
     conclusion(FA, "Diazepam, pregabalin and zopiclone together cause heavy sedation, worst at night: mum must not "
                    "co-sleep or feed lying down, and the foster carer does all night feeds. The baby may show late "
                    "withdrawal to day 8. Zopiclone to stop this week; diazepam reduction at the 6-week review."),
     overall("Diazepam, pregabalin and zopiclone: sedation is the main risk to the baby - no co-sleeping, foster "
             "carer does night feeds. Late withdrawal possible to day 8. Zopiclone stopping. Plan held by foster "
             "carer, HV and SW."))
good("f-hv-author", F, "health visitor attests, with NMC registration",
     set_("attestation.by", PRICE_HV))
good("f-welsh-foster-carer", F, "foster carer with a Welsh name, Welsh manual route text",
     set_("recipients#rcp-foster-carer.name", {"given": ["Siân"], "family": "Llŷr"}),
     set_("recipients#rcp-foster-carer.route.description",
          "Printed copy handed to Siân (foster carer) at the discharge planning meeting on the postnatal ward, "
          "2026-06-12, and explained in Welsh and English."))
good("f-amended", F, "amended v2 after placement changed",
     amended("The baby moved from the parent-and-baby foster placement to a mother and baby unit on 2026-06-20; "
             "recipients and sleeping arrangements updated.", "2026-06-21T10:00:00+00:00"),
     set_("safeguarding.discharge_to", "parent-and-baby-unit"),
     set_("safeguarding.sleeping_arrangements", "Cot beside the mother's bed on the unit; staff check at night."))

# ============================================================================================================
# P: partner's sedating medicine.

PA = "asm-partner-quetiapine"


def _partner(mid: str, name: str, dose: str, label: str, cap: str, ss: str, summary: str, recs: str, concl: str,
             overall_text: str) -> Mutation:
    new = medicine(mid, name, dose, "2024-02-05", other_prescriber({"ods_code": "Y90005", "name": "Elm Park Surgery"}),
                   taken_by="partner", last_changed="2025-10-13")
    return chain(
        replace_medicine("med-partner-quetiapine", new),
        asm(PA, "", "impact_on_mother", {"sedation": "yes", "parenting_capacity": cap, "safe_sleep": ss}),
        asm(PA, "", "impact_on_baby", {
            "summary": summary,
            "breastfeeding": f"The baby is not exposed through breast milk: {label} is the father's medicine.",
        }),
        asm(PA, "", "recommendations", recs),
        conclusion(PA, concl),
        overall(overall_text),
    )


good("p-zispin", P, "partner on Zispin (mirtazapine), assessed for co-sleeping",
     _partner("med-partner-zispin", "Zispin SolTab 45mg orodispersible tablets", "45 mg at night", "mirtazapine",
              "Daniel takes Zispin 45 mg at night for depression; very drowsy until morning.",
              "He must not sleep with the baby in bed or on the sofa, and should not do night feeds after his dose. "
              "Baby sleeps in the next-to-me crib on the mother's side.",
              "No direct effect on the baby. The risk is SUDI from co-sleeping with a sedated adult.",
              "HV to check the sleeping arrangements at each visit for 8 weeks. His GP to tell the HV if the dose "
              "changes.",
              "Dad's Zispin (mirtazapine) makes him heavily sedated at night: he must never share a bed or sofa with "
              "the baby or do night feeds after his dose. The mother does night feeds; the HV will keep checking "
              "the crib.",
              "Mum's paracetamol raises no concern. Dad's Zispin sedates him at night: no co-sleeping with him and no "
              "night feeds by him. Crib seen and safe; HV to keep checking."))
good("p-phenergan", P, "partner on Phenergan (promethazine)",
     _partner("med-partner-phenergan", "Phenergan 25mg tablets", "25 mg at night for sleep", "promethazine",
              "Partner takes Phenergan most nights for insomnia; drowsy for 8 hours afterwards.",
              "On nights he takes Phenergan he must not share a bed or sofa with the baby, and he should not be the "
              "one settling the baby at night.",
              "Baby not exposed; risk is from co-sleeping with a sedated parent.",
              "Advised to discuss alternatives with his GP. HV to recheck sleeping arrangements.",
              "Dad's promethazine (Phenergan) causes deep sleep: no bed-sharing or sofa sleeping with the baby on "
              "nights he takes it, and mum does the night feeds. HV to recheck the cot at the 6-8 week visit.",
              "Mother: paracetamol only. Father: Phenergan at night - sedating, so no co-sleeping with him and no "
              "night care by him after a dose; HV following up sleeping arrangements."))
good("p-oramorph", P, "partner on Oramorph for back pain",
     _partner("med-partner-oramorph", "Oramorph 10mg/5ml oral solution", "5-10 mg up to 4-hourly PRN",
              "Oramorph",
              "He takes Oramorph for chronic back pain, usually in the evening; sleepy after a dose.",
              "After Oramorph he must not hold the baby while lying down or sleep with the baby on a bed, sofa or "
              "armchair. Moses basket next to the parents' bed.",
              "Baby not exposed to the morphine. Risk of SUDI if he falls asleep with the baby.",
              "Store Oramorph locked away out of reach. HV to check sleeping arrangements. His GP to review opioid "
              "use.",
              "Father's Oramorph (morphine) can make him very drowsy: no co-sleeping or sofa sleeping with the "
              "baby after a dose, and the bottle kept locked away. HV will check the Moses basket and storage.",
              "Mum on paracetamol only. Dad's Oramorph: sedation risk - he must not co-sleep or do night care after "
              "a dose; medicine stored safely. HV to check."))
good("p-methadone-partner", P, "partner on methadone OST",
     _partner("med-partner-methadone", "Methadone 1mg/ml oral solution", "80 mg daily supervised", "methadone",
              "Dad is on methadone 80 mg through the drug service; stable, drowsy for a few hours after his dose.",
              "He must not sleep with the baby on a bed, sofa or chair, especially after his dose; cot in the "
              "parents' room. Methadone kept in a locked box.",
              "Baby not exposed; risks are co-sleeping with a sedated adult and accidental ingestion of methadone.",
              "Dad must not stop or cut down methadone suddenly (relapse risk); changes only via the drug service. "
              "Locked box for take-home doses. HV to check cot and storage at each visit. Drug service aware of "
              "the baby.",
              "Dad's methadone sedates him: no co-sleeping with the baby on a bed or sofa, and he should not do "
              "night feeds after his dose. Methadone stored in a locked box; the HV will check storage and the cot.",
              "Mother: paracetamol only. Partner's methadone: no co-sleeping with him; safe storage in a locked box; "
              "HV to check sleeping arrangements and storage at each visit."))
good("p-diazepam-partner-telegraphic", P, "partner on diazepam, telegraphic",
     _partner("med-partner-diazepam", "Diazepam 10mg tablets", "10 mg TDS", "diazepam",
              "Dad on diazepam 10mg TDS (long-term); drowsy esp. evenings.",
              "NO bed/sofa sharing with baby; no night feeds by dad. Next-to-me crib mum's side.",
              "Baby not exposed. Risk = SUDI if co-sleeping w/ sedated adult.",
              "HV to check sleeping arrangements each visit to 8/52. Dad's GP to r/v; no abrupt stop (w/d seizures).",
              "Dad's diazepam = sedated: no co-sleeping or sofa sleeping with baby, no night feeds by dad. Mum does "
              "nights. HV checking crib.",
              "Mum: paracetamol PRN only. Dad: diazepam - sedating, no co-sleeping, no night care by him. Crib seen, "
              "HV to recheck."))
good("p-lyrica-partner", P, "partner on Lyrica",
     _partner("med-partner-lyrica", "Lyrica 150mg capsules", "150 mg BD", "pregabalin",
              "Partner takes Lyrica for nerve pain; drowsy and dizzy, worse at night.",
              "Must never fall asleep with the baby on the sofa or in bed; baby in own cot in parents' room.",
              "Baby not exposed; co-sleeping risk.",
              "HV to check the cot. Partner's GP informed.",
              "The partner's Lyrica (pregabalin) makes him drowsy: he must not co-sleep or sleep on the sofa with "
              "the baby, and the mother will do the night feeds. The HV will check the cot at visits.",
              "Mum: paracetamol. Partner: Lyrica - sedating; no co-sleeping with him, mum does night feeds; HV to "
              "check the cot."))
good("p-quetiapine-telegraphic", P, "original partner record in shorthand",
     conclusion(PA, "Dad - quetiapine 300mg nocte, very hard to rouse. NOT to co-sleep/sofa sleep with baby or do "
                    "night feeds post-dose. Mum does nights; baby in next-to-me crib. HV to check each visit to "
                    "8/52."))
good("p-quetiapine-bullets", P, "partner assessment as bullets",
     conclusion(PA, "Father's quetiapine:\n- heavily sedating at night\n- no bed, sofa or armchair sharing with "
                    "the baby\n- no night feeds by him after his dose\n- baby sleeps in own crib; mother does "
                    "nights\n- HV to check at each visit to 8 weeks"))
good("p-quetiapine-no-concerns-for-baby-because", P, "no direct concern because the baby is not exposed, and "
                                                      "the sleep risk answered",
     conclusion(PA, "No concerns about the baby being exposed to quetiapine, because it is the father's medicine; "
                    "the concern is his sedation at night. He must not share a bed or sofa with the baby or do "
                    "night feeds after his dose, and the HV will check the crib."))
good("p-quetiapine-lukasz-dad", P, "father named Łukasz, named in the conclusion",
     set_("partner.name", {"given": ["Łukasz"], "family": "Nowak-Example"}),
     conclusion(PA, "Łukasz's night-time quetiapine makes him too sedated to care for the baby at night or to "
                    "share a bed or sofa with the baby. The mother does the night feeds and the baby sleeps in its "
                    "own crib; the health visitor will keep checking this."))
good("p-mother-sertraline-plus-partner", P, "mother's sertraline and partner's quetiapine, each assessed",
     add_medicine(medicine("med-sertraline", "Sertraline 50mg tablets", "50 mg OD", "2026-05-20",
                           gp_prescriber(MILLBROOK))),
     add_assessment({
         "id": "asm-sertraline",
         "medicine_ids": ["med-sertraline"],
         "impact_on_mother": {"sedation": "no",
                              "parenting_capacity": "Started on day 2 postnatal for low mood; stopping early risks "
                                                    "relapse."},
         "impact_on_baby": {"summary": "Not exposed in pregnancy; small amounts in breast milk.",
                            "neonatal_withdrawal_plan": "Started after birth, so no neonatal withdrawal or "
                                                        "adaptation expected.",
                            "breastfeeding": "Sertraline is the preferred SSRI in breastfeeding; watch the baby for "
                                             "poor feeding or drowsiness."},
         "recommendations": "Continue sertraline 50 mg; GP review in 2 weeks. HV to ask about mood at visits.",
         "conclusion": "Sertraline 50 mg is compatible with breastfeeding; the baby should be watched for poor "
                       "feeding or unusual sleepiness. GP to review mood in 2 weeks; do not stop suddenly.",
         "author": PRITCHARD,
         "date": "2026-05-28",
     }),
     overall("Mum: sertraline (compatible with breastfeeding; watch baby's feeding) and paracetamol. Dad: "
             "quetiapine causes heavy sedation at night - no co-sleeping with him, no night feeds by him after his "
             "dose. Crib seen; HV to keep checking; GP mood review in 2 weeks."))
good("p-hv-prose", P, "health visitor's prose, hedged",
     conclusion(PA, "I visited on 28/05 and saw the next-to-me crib. Daniel takes quetiapine 300 mg at night and is "
                    "very difficult to wake for several hours, so it would not be safe for him to share a bed, sofa "
                    "or armchair with the baby or to do the night feeds after his dose. Chloe does the night feeds. "
                    "I will check the sleeping arrangements at each visit for the first 8 weeks."))
good("p-bottle-partner", P, "bottle-fed baby, partner assessment",
     set_("pregnancy.infant_feeding", "bottle"),
     asm(PA, "", "impact_on_baby.breastfeeding", "Bottle fed; the medicine is the father's in any case."),
     conclusion(PA, "Father's quetiapine means heavy night-time sedation: he must not co-sleep on a bed or sofa "
                    "with the baby and must not do the night bottle feeds after his dose. Mum does nights; HV to "
                    "check the crib."))
good("p-zopiclone-partner", P, "partner's zopiclone",
     _partner("med-partner-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night", "zopiclone",
              "He takes zopiclone most nights; very hard to wake afterwards.",
              "After zopiclone he must not sleep with the baby in bed or on the sofa and must not do night feeds.",
              "No direct exposure; risk of SUDI if co-sleeping with him.",
              "HV to check sleeping arrangements. His GP to consider stopping zopiclone.",
              "Dad's zopiclone causes deep sedation: no co-sleeping, no night feeds by him. Mum does nights and the "
              "baby sleeps in the crib; the HV will check.",
              "Mother on paracetamol only. Father's zopiclone: no co-sleeping with him and no night feeds after his "
              "dose; HV checking the crib."))
good("p-amended", P, "amended v2 partner record",
     amended("The father's quetiapine was increased to 400 mg by the crisis team on 2026-05-30; the assessment "
             "was re-dated and the dose updated.", "2026-06-01T09:00:00+00:00"),
     set_("medicines#med-partner-quetiapine.dose", "400 mg at night"),
     set_("medicines#med-partner-quetiapine.last_changed", "2026-05-30"),
     asm(PA, "", "date", "2026-05-31"),
     set_("overall_conclusion.date", "2026-05-31"),
     set_("attestation.at", "2026-06-01T08:50:00+00:00"))

# ============================================================================================================
# C: amended citalopram (template 1.0.0).

CA = "asm-citalopram"

good("c-cipramil", C, "Cipramil brand",
     replace_medicine("med-citalopram", medicine("med-cipramil", "Cipramil 20mg tablets", "20 mg OD", "2024-06-01",
                                                 gp_prescriber(CASTLE_STREET), last_changed="2025-01-15")),
     conclusion(CA, "Cipramil (citalopram) should continue: relapse risk outweighs the small risks to the baby, "
                    "which the midwife will watch for after birth. Breastfeeding is supported."),
     overall("Continue Cipramil 20 mg through pregnancy and breastfeeding. Midwife to watch for neonatal adaptation "
             "symptoms for 48 hours; GP mood review at 6 weeks."))
good("c-amendment-telephone", C, "amendment reason: corrected a telephone number",
     set_("amendment_reason", "Corrected the community midwives' MESH mailbox, which had been mistyped; no change "
                              "to the assessment."),
     set_("recipients#rcp-midwife.route.mailbox", "X26CR012"))
good("c-amendment-abbrev", C, "amendment reason in shorthand",
     set_("amendment_reason", "HV added as recipient pre new birth visit. Assessment + conclusions unchanged."))
good("c-telegraphic", C, "telegraphic citalopram note",
     conclusion(CA, "Citalopram 20mg OD - cont (relapse <6/52 when stopped before). Baby: small PPHN risk, poss "
                    "adaptation sx 1st 48h - MW to obs, paeds if persists. BF OK."))
good("c-escitalopram-swap", C, "escitalopram instead",
     replace_medicine("med-citalopram", medicine("med-escit", "Escitalopram 10mg tablets", "10 mg OD", "2024-06-01",
                                                 gp_prescriber(CASTLE_STREET), last_changed="2025-01-15")),
     conclusion(CA, "Escitalopram should continue; relapse risk is high. Baby: small PPHN risk and adaptation "
                    "symptoms for 48 h - midwife to observe. Breastfeeding supported."),
     overall("Continue escitalopram 10 mg; midwife to observe the baby for adaptation for 48 h; breastfeeding "
             "supported; GP mood review at 6 weeks."))
good("c-hedged", C, "hedged phrasing",
     conclusion(CA, "It seems likely that continuing citalopram is safer overall: she relapsed quickly when she "
                    "stopped before. The baby might be a little jittery or feed poorly for a day or two, so the "
                    "midwife should watch for this in the first 48 hours. She can breastfeed."))
good("c-no-concern-gaviscon", C, "Gaviscon added",
     add_medicine(medicine("med-gav", "Peptac liquid", "10 ml TDS PRN", "2026-01-20", gp_prescriber(CASTLE_STREET))))
good("c-midwife-author", C, "a community midwife writes the assessment",
     asm(CA, "", "author", HUGHES_MW))
good("c-pharmacist-attests", C, "a clinical pharmacist attests",
     set_("attestation.by", COLE_PHARM))
good("c-amitriptyline-added", C, "amitriptyline added, low dose, jointly assessed",
     add_medicine(medicine("med-ami", "Amitriptyline 10mg tablets", "10 mg at night", "2025-03-01",
                           gp_prescriber(CASTLE_STREET))),
     asm(CA, "", "medicine_ids", ["med-citalopram", "med-ami"]),
     asm(CA, "", "impact_on_mother.sedation", "yes"),
     asm(CA, "", "impact_on_mother.safe_sleep", "Amitriptyline at night makes her drowsy: no bed-sharing or sofa "
                                                "sleeping with the baby; crib beside the bed."),
     conclusion(CA, "Citalopram and low-dose amitriptyline both continue: relapse risk outweighs the small risks. "
                    "Baby may have adaptation symptoms for 48 h - midwife to observe. Both compatible with "
                    "breastfeeding. Amitriptyline sedates at night, so no co-sleeping."),
     overall("Continue citalopram 20 mg and amitriptyline 10 mg. Midwife to watch the baby for adaptation for 48 h. "
             "Breastfeeding supported. No co-sleeping because amitriptyline is sedating. GP mood review at 6 "
             "weeks."))

# ============================================================================================================
# Second batch: phrases that look like deferrals or dismissals inside real conclusions, more brands, more
# situations.

good("m-as-discussed-lead-in", M, "'as discussed with' as a lead-in to the plan",
     conclusion(MA, "As discussed with Jodie and her key worker today, methadone 60 mg continues and will not be "
                    "reduced in pregnancy. Her baby is likely to need at least 72 hours of observation for NAS on "
                    "the postnatal ward. Breastfeeding is encouraged. No co-sleeping after her dose; cot to be "
                    "seen at the home visit."))
good("m-awaiting-plus-plan", M, "'awaiting' one document, with the plan stated",
     conclusion(MA, "Awaiting the drug service's pre-birth letter, but the plan does not depend on it: methadone "
                    "60 mg continues; the baby will be observed for withdrawal for at least 72 hours on the "
                    "postnatal ward; breastfeeding encouraged; no co-sleeping after her dose."))
good("m-documented-in-emis-plus-plan", M, "mentions where the consultation is documented, then concludes",
     conclusion(MA, "Full consultation documented in EMIS. Methadone 60 mg should continue; neonatal withdrawal is "
                    "likely, so the baby stays at least 72 hours on the postnatal ward and the HV checks for late "
                    "signs to day 8. Breastfeeding supported. No co-sleeping because of sedation after her dose."))
good("m-heavy-abbrev-arrows", M, "arrows and ticks, heavy abbreviation",
     conclusion(MA, "OST: methadone 60mg OD sup → cont, no ↓ w/o DAS. Baby → NAS likely, 72h obs PN ward ± SCBU "
                    "if scores high. BF ✓ (stable dose). Sedated post-dose → NO co-sleeping; cot ✓ at 1st HV "
                    "visit. CPP in place, SW aware."))
good("m-mdt-overall", M, "overall after a pre-birth MDT",
     overall("Pre-birth MDT 26/02/2026 (MW, HV, SW, DAS, paeds, GP): methadone and sertraline continue unchanged. "
             "Baby to stay at least 72 h on the postnatal ward for NAS and SSRI adaptation obs. Breastfeeding "
             "encouraged. No co-sleeping - methadone sedation. SW and HV to see the cot before discharge."))
good("m-will-advise-one-point", M, "'will advise' about one point inside a full conclusion",
     conclusion(SA, "Sertraline 100 mg continues: relapse risk if stopped. Small risk of PPHN and adaptation "
                    "symptoms in the baby; the neonatal team will advise on any extra monitoring at delivery and "
                    "the midwife will observe for 72 hours. Compatible with breastfeeding."))
good("m-sertraline-in-due-course", M, "'in due course' about a dose review",
     conclusion(SA, "Continue sertraline 100 mg through pregnancy; the dose may be reduced in due course once she "
                    "is well postnatally. Baby: small PPHN risk and adaptation symptoms - observe 72 h. "
                    "Breastfeeding compatible."))
good("m-per-local-guideline", M, "'per local guideline' (not a letter) in the plan",
     conclusion(MA, "Methadone 60 mg continues. Per the local NAS guideline, the baby is observed for at least 72 "
                    "hours with Finnegan scoring; HV checks for late signs to day 8. Breastfeeding supported. No "
                    "co-sleeping after her dose."))
good("m-switched-from-methadone", M, "methadone stopped at 20 weeks and buprenorphine started; both listed",
     set_("medicines#med-methadone.stopped", "2026-01-12"),
     add_medicine(medicine("med-subutex", "Subutex 8mg sublingual tablets", "12 mg OD supervised", "2026-01-12",
                           other_prescriber(DRUG_SERVICE))),
     asm(MA, "", "medicine_ids", ["med-methadone", "med-subutex"]),
     conclusion(MA, "Transferred from methadone to Subutex (buprenorphine) 12 mg at 20 weeks by the drug service; "
                    "Subutex continues. The baby is likely to need observation for neonatal withdrawal for at least "
                    "72 hours. Breastfeeding encouraged. Drowsy after dosing - no co-sleeping."),
     overall("Subutex (buprenorphine) and sertraline continue; methadone stopped at 20 weeks. Baby: NAS and "
             "adaptation obs for at least 72 h on the postnatal ward. Breastfeeding encouraged. No co-sleeping; SW "
             "and HV to check sleeping arrangements before discharge."))
good("m-sertraline-no-concerns-with-reason", M, "'no concerns' with a clinical reason in the BF item",
     asm(SA, "", "impact_on_baby.breastfeeding", "No concerns: sertraline is the SSRI of choice in breastfeeding "
                                                 "and very little reaches the baby."))

good("l-under-review-plus-plan", L, "'under review' for the dose, conclusion still complete",
     conclusion(LA, "Lithium dose under review with each level, but lithium itself continues: relapse after birth "
                    "is the bigger risk. The baby needs a paediatric review after birth for floppiness, poor "
                    "feeding and thyroid problems. Bottle feeding agreed; lithium is not advised with "
                    "breastfeeding."))
good("l-as-per-pmht-plan", L, "'as per' the PMHT plan with the plan written",
     conclusion(LA, "As per the perinatal mental health team plan: continue lithium 800 mg; levels monthly, weekly "
                    "from 36 weeks, within 24 hours of birth; paediatric review of the baby after birth; bottle "
                    "feeding, as lithium in breast milk can harm the baby."))
good("l-heavy-abbrev", L, "psychiatry shorthand (BPAD, PMHT, PP psychosis, MBU)",
     conclusion(LA, "BPAD, well on Li 4 yrs. Cont Li - PP psychosis risk ~25-50% if stopped. Fetal echo 20/40 NAD. "
                    "Neonate: paeds r/v at birth, obs for floppiness/poor feeding/hypothyroid. Bottle feeding. PMHT "
                    "f/u <1/52 postnatal; MBU bed if relapse."))
good("l-levothyroxine-ug", L, "lithium-induced hypothyroidism: levothyroxine in µg with a reason",
     add_medicine(medicine("med-levo", "Levothyroxine sodium 50microgram tablets", "50 µg OD", "2024-01-08",
                           gp_prescriber(NORTHGATE),
                           not_of_concern_reason="Thyroid replacement for lithium-induced hypothyroidism; needed in "
                                                 "pregnancy, TFTs each trimester.")))
good("l-bottle-item-na-because", L, "breastfeeding item 'N/A - bottle feeding because of lithium'",
     asm(LA, "", "impact_on_baby.breastfeeding", "N/A - bottle feeding planned because lithium passes into breast "
                                                 "milk."))
good("l-sofia-mother", L, "mother named Σοφία, named in the overall conclusion",
     set_("mother.name", {"given": ["Σοφία"], "family": "Lindqvist-Example"}),
     overall("Σοφία continues lithium (Priadel) 800 mg at night with levels monthly, weekly from 36 weeks and within "
             "24 hours of birth. Paediatric review of the baby after birth. Bottle feeding. PMHT review within a "
             "week of birth because of the high relapse risk."))

good("v-awaiting-neuro-plus-plan", V, "'awaiting' urgent neurology, the interim plan stated",
     conclusion(VA, "Awaiting urgent neurology review (requested today). Until then valproate continues - do not "
                    "stop abruptly, seizures are dangerous for her and the baby. Baby exposed in the first "
                    "trimester: fetal medicine referral for a detailed anomaly scan; folic acid 5 mg started."))
good("v-heavy-abbrev-ppp", V, "PPP/ARAF/ESN/FMU/NTD shorthand",
     conclusion(VA, "Na valproate 500mg BD - cont, no abrupt stop (seizures/SUDEP). Unplanned preg 8/40 despite "
                    "PPP; ARAF signed 11/25. Fetal risk: MCM ~10%, NTD, NDD up to 40%. Urgent ESN/neuro + FMU "
                    "referral today. FA 5mg OD."))
good("v-depakote", V, "Depakote (valproate semisodium) for bipolar disorder",
     replace_medicine("med-valproate", medicine("med-depakote", "Depakote 500mg gastro-resistant tablets",
                                                "500 mg BD", "2019-09-02",
                                                other_prescriber({"ods_code": "Y90730",
                                                                  "name": "Northgate Perinatal Mental Health Service"}),
                                                last_changed="2024-03-11")),
     asm(VA, "", "impact_on_mother.parenting_capacity",
         "Bipolar disorder, stable on Depakote; stopping suddenly risks relapse of mania."),
     conclusion(VA, "Depakote (valproate) must not be stopped abruptly - relapse risk. Unplanned pregnancy: baby "
                    "exposed in the first trimester, so urgent perinatal psychiatry review to switch treatment and "
                    "early fetal medicine scan; folic acid 5 mg started."),
     overall("Depakote (valproate semisodium) continues until urgent perinatal psychiatry review; do not stop "
             "abruptly. Fetal medicine referral for the baby. Folic acid 5 mg. PPP lapse reviewed."))
good("v-ramipril-stopped", V, "ACE inhibitor stopped at 8 weeks, switched to labetalol",
     add_medicine(medicine("med-ramipril", "Ramipril 5mg capsules", "5 mg OD", "2023-02-01",
                           gp_prescriber(CASTLE_STREET), stopped="2026-05-20")),
     add_medicine(medicine("med-labetalol", "Labetalol 100mg tablets", "100 mg BD", "2026-05-20",
                           gp_prescriber(CASTLE_STREET),
                           not_of_concern_reason="Antihypertensive of choice in pregnancy; compatible with "
                                                 "breastfeeding.")),
     add_assessment({
         "id": "asm-ramipril",
         "medicine_ids": ["med-ramipril"],
         "impact_on_mother": {"sedation": "no",
                              "parenting_capacity": "Hypertension; switched to labetalol today so BP stays "
                                                    "controlled - stopping without a substitute would risk high BP."},
         "impact_on_baby": {"summary": "First-trimester ACE inhibitor exposure carries a small risk; the main risk "
                                       "(fetal kidney problems) is from the second trimester, now avoided.",
                            "breastfeeding": "Not relevant now ramipril is stopped; labetalol is compatible with "
                                             "breastfeeding."},
         "recommendations": "Ramipril stopped today; labetalol 100 mg BD started. BP check in 1 week. Detailed "
                            "anomaly scan at 20 weeks; obstetric antenatal clinic referral.",
         "conclusion": "Ramipril stopped at 8 weeks and replaced with labetalol. The baby's exposure was early and "
                       "brief; a detailed anomaly scan at 20 weeks and obstetric review are requested. BP check in a "
                       "week.",
         "author": MCALLISTER,
         "date": "2026-05-20",
     }),
     overall("Unplanned pregnancy at 8 weeks on sodium valproate and ramipril. Continue valproate pending urgent "
             "neurology review; do not stop abruptly. Ramipril stopped today, labetalol started. Fetal medicine "
             "referral and detailed anomaly scan for the baby; folic acid 5 mg started."))
good("v-warfarin-switched", V, "warfarin stopped at 6 weeks for LMWH, listed and assessed",
     add_medicine(medicine("med-warfarin", "Warfarin 3mg tablets", "As per INR, usually 5 mg", "2024-08-01",
                           gp_prescriber(CASTLE_STREET), stopped="2026-05-06")),
     add_medicine(medicine("med-dalteparin", "Fragmin 10,000units/0.4ml solution for injection", "10,000 units SC OD",
                           "2026-05-06", other_prescriber({"ods_code": "Y90420",
                                                           "name": "Castleford Royal Maternity Unit"}),
                           not_of_concern_reason="Low molecular weight heparin; does not cross the placenta, "
                                                 "compatible with breastfeeding.")),
     add_assessment({
         "id": "asm-warfarin",
         "medicine_ids": ["med-warfarin"],
         "impact_on_mother": {"sedation": "no",
                              "parenting_capacity": "Warfarin for a previous DVT; switched to dalteparin at 6 "
                                                    "weeks. Stopping anticoagulation altogether would risk clots."},
         "impact_on_baby": {"summary": "Warfarin embryopathy risk is mainly between 6 and 12 weeks; exposure "
                                       "stopped at 6 weeks, so risk is low.",
                            "breastfeeding": "Warfarin is compatible with breastfeeding if restarted after birth."},
         "recommendations": "Dalteparin through pregnancy via the maternal medicine clinic. Detailed anomaly scan.",
         "conclusion": "Warfarin stopped at 6 weeks and switched to dalteparin; the baby's risk is low but a "
                       "detailed anomaly scan is booked. Maternal medicine clinic to plan anticoagulation around "
                       "delivery.",
         "author": MCALLISTER,
         "date": "2026-05-20",
     }),
     overall("Sodium valproate continues pending urgent neurology review; do not stop abruptly. Warfarin was "
             "stopped at 6 weeks for dalteparin. The baby needs a fetal medicine review and detailed anomaly scan; "
             "folic acid 5 mg started."))
good("v-obstetrician-overall", V, "obstetrician (GMC) writes the overall conclusion",
     set_("overall_conclusion.author", NGUYEN_OBS),
     set_("overall_conclusion.date", "2026-05-22"),
     set_("attestation.at", "2026-05-22T12:00:00+00:00"),
     overall("Seen in antenatal clinic at 8+2. Sodium valproate continues until the neurologist reviews it this "
             "week; she must not stop it abruptly. Fetal medicine scan at 12 weeks and detailed anomaly scan at 20 "
             "weeks for the baby; folic acid 5 mg daily."))

good("n-mother-greek", N, "mother with a Greek name", set_("mother.name", {"given": ["Σοφία"],
                                                                          "family": "Αντωνίου-Example"}))
good("n-ibuprofen-reason", N, "ibuprofen postnatal with a reason",
     add_medicine(medicine("med-ibu", "Ibuprofen 400mg tablets", "400 mg TDS with food PRN", "2026-04-03",
                           gp_prescriber(RIVERSIDE),
                           not_of_concern_reason="Short postnatal course for pain; compatible with breastfeeding "
                                                 "and not sedating.")))


def _n_assessed(mid: str, name: str, dose: str, mother: dict[str, str], baby: dict[str, str], recs: str,
                concl: str, overall_text: str, author: Record = COLE_PHARM, **extra: Any) -> Mutation:
    return chain(
        edit(lambda d: d.setdefault("assessments", [])),
        add_medicine(medicine(mid, name, dose, "2026-04-03", gp_prescriber(RIVERSIDE), **extra)),
        add_assessment({"id": "asm-" + mid, "medicine_ids": [mid], "impact_on_mother": mother,
                        "impact_on_baby": baby, "recommendations": recs, "conclusion": concl, "author": author,
                        "date": "2026-04-09"}),
        set_("overall_conclusion", {"text": overall_text, "author": author, "date": "2026-04-09"}),
        edit(lambda d: d["recipients"].append({"id": "rcp-gp", "role": "gp", "organisation": RIVERSIDE,
                                               "route": {"kind": "mesh", "mailbox": "X26RS001"}})
             if author["role"] != "general-practitioner" else None),
    )


good("n-piriton-breastfeeding", N, "Piriton (chlorphenamine) postnatally, assessed for safe sleep and BF",
     _n_assessed("med-piriton", "Piriton 4mg tablets", "4 mg at night PRN for urticaria",
                 {"sedation": "yes", "parenting_capacity": "Drowsy after a night dose.",
                  "safe_sleep": "On nights she takes Piriton she must not bed-share; baby in the Moses basket."},
                 {"summary": "Small amounts in breast milk may make the baby drowsy or irritable.",
                  "breastfeeding": "Occasional doses are compatible with breastfeeding; prefer a non-sedating "
                                   "antihistamine (loratadine)."},
                 "Switch to loratadine if needed regularly. Midwife to check feeding.",
                 "Piriton (chlorphenamine) is sedating: no bed-sharing on nights she takes it, and the baby should "
                 "be watched for drowsiness through breast milk. Loratadine preferred if she needs it regularly.",
                 "Paracetamol and lactulose raise no concern. Piriton: no bed-sharing after a dose; watch the "
                 "breastfed baby for drowsiness; switch to loratadine if used regularly."))
good("n-oramorph-post-cs", N, "Oramorph after caesarean, short course, breastfeeding",
     _n_assessed("med-oramorph", "Oramorph 10mg/5ml oral solution", "2.5-5 mg 4-hourly PRN for 3 days",
                 {"sedation": "yes", "parenting_capacity": "After caesarean; drowsy for an hour or two after doses.",
                  "safe_sleep": "Must not fall asleep holding the baby or bed-share after a dose; baby in the cot."},
                 {"summary": "Small amounts of morphine reach breast milk; short courses are usually fine.",
                  "neonatal_withdrawal_plan": "Not taken in pregnancy, so no neonatal withdrawal; watch for "
                                              "drowsiness or poor feeding while she takes it.",
                  "breastfeeding": "Compatible for a short course at low dose; stop if the baby is sleepy or not "
                                   "feeding."},
                 "Maximum 3 days then paracetamol and ibuprofen. Midwife to check the baby's feeding.",
                 "Oramorph for 3 days after her caesarean is compatible with breastfeeding; watch the baby for "
                 "sleepiness or poor feeding. It makes her drowsy, so no bed-sharing or falling asleep with the "
                 "baby.",
                 "Oramorph short course (3 days) with paracetamol and lactulose. Breastfeeding continues; midwife to "
                 "watch the baby's feeding and alertness. No co-sleeping while on Oramorph."))
good("n-butrans-ug", N, "buprenorphine patch 10 µg/h taken through pregnancy, postnatal assessment",
     _n_assessed("med-butrans", "BuTrans 10micrograms/hour transdermal patch", "10 µg/hour patch every 7 days",
                 {"sedation": "yes", "parenting_capacity": "On BuTrans for back pain through pregnancy; mild "
                                                           "drowsiness. Stopping suddenly would cause withdrawal.",
                  "safe_sleep": "Advised no bed-sharing or sofa sleeping with the baby; crib in the bedroom."},
                 {"summary": "Exposed to buprenorphine through pregnancy; mild withdrawal is possible.",
                  "neonatal_withdrawal_plan": "Baby observed 72 hours on the postnatal ward (no signs); HV and "
                                              "midwife to watch for late signs to day 8.",
                  "breastfeeding": "Compatible with breastfeeding at this dose."},
                 "Continue BuTrans 10 µg/h; pain team review at 6 weeks. Midwife and HV to watch the baby.",
                 "BuTrans (buprenorphine) 10 µg/h continues. The baby had no withdrawal signs in 72 hours of "
                 "observation; midwife and HV to watch for late signs up to day 8. Breastfeeding is fine. No "
                 "co-sleeping.",
                 "BuTrans 10 µg/h continues alongside paracetamol and lactulose. Baby: late withdrawal watch to "
                 "day 8; breastfeeding compatible; no co-sleeping."))
good("n-sertraline-postnatal-gp", N, "sertraline started postnatally by the GP",
     _n_assessed("med-sert", "Sertraline 50mg tablets", "50 mg OD",
                 {"sedation": "no", "parenting_capacity": "Postnatal depression; coping with support. Stopping "
                                                          "early risks relapse."},
                 {"summary": "Not exposed in pregnancy; very small amounts in breast milk.",
                  "breastfeeding": "Sertraline is the first choice in breastfeeding; watch for poor feeding."},
                 "Review in 2 weeks. HV to use the Whooley questions at the 6-8 week visit.",
                 "Sertraline 50 mg started for postnatal depression; compatible with breastfeeding, and the HV will "
                 "check the baby is feeding and settling. GP review in 2 weeks; do not stop suddenly.",
                 "Sertraline started for PND; paracetamol and lactulose. Breastfeeding continues - sertraline is "
                 "compatible; HV to check the baby and her mood.", author=SHAH))
good("n-cyclizine-note", N, "cyclizine for vomiting, postnatal, telegraphic",
     _n_assessed("med-cyclizine", "Cyclizine 50mg tablets", "50 mg TDS PRN",
                 {"sedation": "yes", "parenting_capacity": "Drowsy post-dose.",
                  "safe_sleep": "No bed-sharing post-dose; Moses basket."},
                 {"summary": "Min amounts in BM; poss drowsy baby.",
                  "breastfeeding": "OK short term; watch baby for drowsiness."},
                 "Max 5 days. MW to r/v.",
                 "Cyclizine 50mg TDS PRN x5 days: BF ok short-term, watch baby for drowsiness. Sedating - no "
                 "bed-sharing post-dose.",
                 "Paracetamol, lactulose + cyclizine (5 days). BF continues, watch baby drowsiness. No co-sleeping "
                 "post cyclizine dose."))
good("n-welsh-mother", N, "Welsh-speaking mother and practice names",
     set_("mother.name", {"given": ["Angharad"], "family": "Llŵyd-Example"}),
     set_("safeguarding.sleeping_arrangements", "Basged Moses (Moses basket) beside the parents' bed, reported at "
                                                "the postnatal medication review."))

good("f-nicu-scbu", F, "baby on SCBU for NAS scoring",
     conclusion(FA, "Diazepam and pregabalin: baby was on SCBU for 4 days for NAS scoring, no treatment needed; late "
                    "withdrawal still possible to day 8 - FC and HV to watch. Mum drowsy after doses: no "
                    "co-sleeping or feeding lying down, FC does nights. Both continue for now; taper planned."))
good("f-as-discussed-at-dpm", F, "'as discussed at the discharge planning meeting' then the plan",
     overall("As discussed at the discharge planning meeting on 12/06: diazepam and pregabalin continue for now. "
             "No bed, sofa or armchair sharing; foster carer does night feeds. Baby may show late withdrawal until "
             "day 8. FC, HV and SW hold this plan."))
good("f-gabapentin", F, "gabapentin (Neurontin) instead of pregabalin",
     replace_medicine("med-pregabalin", medicine("med-neurontin", "Neurontin 300mg capsules", "300 mg TDS",
                                                 "2025-07-01", gp_prescriber(MILLBROOK), last_changed="2026-01-12")),
     conclusion(FA, "Diazepam and gabapentin (Neurontin) together make mum drowsy: no co-sleeping, no feeding "
                    "lying down, foster carer does night feeds. The baby may show late withdrawal up to day 8. "
                    "Both continue; diazepam to be reduced slowly."),
     overall("Diazepam and gabapentin continue for now. No bed or sofa sharing; FC does night feeds. Late "
             "withdrawal signs possible to day 8. FC, HV and SW all have the plan."))
good("f-lorazepam", F, "lorazepam (Ativan) instead of diazepam",
     replace_medicine("med-diazepam", medicine("med-lorazepam", "Lorazepam 1mg tablets", "1 mg BD", "2025-10-20",
                                               gp_prescriber(MILLBROOK), last_changed="2026-02-16")),
     conclusion(FA, "Lorazepam and pregabalin together sedate her, worst at night: no co-sleeping or feeding "
                    "lying down; foster carer does night feeds. Baby may have late withdrawal to day 8. Continue "
                    "both; switch lorazepam to diazepam for a slow taper at the 6-week review."),
     overall("Lorazepam and pregabalin continue. No co-sleeping; foster carer does night feeds. Late withdrawal to "
             "day 8 possible. FC, HV and SW hold the plan."))
good("f-hedged-withdrawal", F, "hedged conclusion",
     conclusion(FA, "Diazepam and pregabalin will probably continue for several months while a slow reduction is "
                    "agreed. The mother is likely to be drowsy, particularly at night, so she should not share a "
                    "bed, sofa or armchair with the baby or feed lying down; the foster carer is doing the night "
                    "feeds. The baby might still show late withdrawal signs up to day 8."))

good("p-olanzapine-zyprexa", P, "partner on Zyprexa (olanzapine)",
     _partner("med-partner-zyprexa", "Zyprexa 10mg tablets", "10 mg at night", "olanzapine",
              "Partner takes Zyprexa 10 mg at night for schizophrenia; well, but deeply asleep after the dose. "
              "Stopping suddenly would risk relapse.",
              "He must not sleep with the baby in bed or on the sofa, or do night feeds after his dose. Cot in the "
              "parents' room.",
              "Baby not exposed. The risk is SUDI with a sedated adult.",
              "His CMHT to know about the baby. HV to check the cot at each visit. He should not stop olanzapine "
              "suddenly.",
              "The partner's Zyprexa (olanzapine) makes him deeply sedated at night: no co-sleeping on a bed or sofa "
              "and no night feeds by him. HV to check the cot; CMHT aware.",
              "Mum: paracetamol only. Partner: Zyprexa - sedating; no co-sleeping, no night feeds by him; HV and "
              "CMHT aware."))
good("p-tramacet", P, "partner on Tramacet (tramadol/paracetamol)",
     _partner("med-partner-tramacet", "Tramacet 37.5mg/325mg tablets", "2 tablets QDS PRN", "tramadol",
              "He takes Tramacet for back pain; drowsy after doses.",
              "No co-sleeping or sofa sleeping with the baby after a dose.",
              "Not exposed. Co-sleeping risk only.",
              "Store out of reach. HV to check.",
              "Partner's Tramacet (tramadol with paracetamol) can sedate him: he must not sleep with the baby on a "
              "bed or sofa after a dose. Tablets kept out of reach; HV to check sleeping arrangements.",
              "Mum on paracetamol. Dad on Tramacet: no co-sleeping after doses; safe storage; HV checking."))
good("p-amitriptyline", P, "partner on amitriptyline 50 mg",
     _partner("med-partner-ami", "Amitriptyline 50mg tablets", "50 mg at night", "amitriptyline",
              "Dad takes amitriptyline 50 mg at night for chronic pain; groggy until morning. Stopping suddenly "
              "can cause discontinuation symptoms.",
              "Not to co-sleep or sofa sleep with the baby; mum does night feeds; crib by the bed.",
              "Not exposed; co-sleeping risk.",
              "HV to check sleeping arrangements. Dad's GP to review dose.",
              "Dad's amitriptyline makes him very drowsy at night: no co-sleeping with the baby and no night feeds "
              "by him. Mum does nights; HV to check the crib.",
              "Mum: paracetamol only. Dad: amitriptyline - no co-sleeping, no night feeds; HV checking."))
good("p-hedged-partner", P, "hedged partner assessment",
     conclusion(PA, "The father's quetiapine is likely to make him too drowsy to wake reliably at night, so it "
                    "would probably not be safe for him to share a bed or sofa with the baby or to do night feeds "
                    "after his dose. The mother will do them for now and the HV will check the crib."))
good("p-no-concerns-breastfeeding-partner", P, "breastfeeding item with 'no concerns' and reason",
     asm(PA, "", "impact_on_baby.breastfeeding", "No concerns for breastfeeding: the quetiapine is the father's, so "
                                                 "none reaches the baby in milk."))

good("c-prozac", C, "Prozac (fluoxetine)",
     replace_medicine("med-citalopram", medicine("med-prozac", "Prozac 20mg capsules", "20 mg OD", "2024-06-01",
                                                 gp_prescriber(CASTLE_STREET), last_changed="2025-01-15")),
     conclusion(CA, "Prozac (fluoxetine) should continue: relapse risk outweighs the small risks to the baby "
                    "(PPHN, adaptation symptoms), which the midwife will watch for in the first 48 hours. "
                    "Breastfeeding is possible; watch the baby for irritability or poor feeding."),
     overall("Continue fluoxetine (Prozac) 20 mg. Midwife to observe for neonatal adaptation for 48 hours; GP mood "
             "review at 6 weeks. Breastfeeding supported with the baby watched for poor feeding."))
good("c-efexor", C, "Efexor XL (venlafaxine)",
     replace_medicine("med-citalopram", medicine("med-efexor", "Efexor XL 75mg capsules", "150 mg OD", "2024-06-01",
                                                 gp_prescriber(CASTLE_STREET), last_changed="2025-01-15")),
     conclusion(CA, "Efexor XL (venlafaxine) continues - stopping causes discontinuation symptoms and relapse. "
                    "Baby: adaptation symptoms possible in the first 48 h, midwife to observe; BP to be monitored "
                    "in pregnancy. Breastfeeding OK with monitoring of the baby."),
     overall("Continue venlafaxine (Efexor XL) 150 mg. Midwife to observe the baby for adaptation for 48 h. "
             "Breastfeeding supported. GP mood review at 6 weeks."))
good("c-zispin-mother", C, "mother on Zispin (mirtazapine): sedation and safe sleep answered",
     replace_medicine("med-citalopram", medicine("med-zispin", "Zispin SolTab 30mg orodispersible tablets",
                                                 "30 mg at night", "2024-06-01", gp_prescriber(CASTLE_STREET),
                                                 last_changed="2025-01-15")),
     asm(CA, "", "impact_on_mother", {
         "sedation": "yes",
         "parenting_capacity": "Mood good on mirtazapine; relapsed when she stopped before.",
         "safe_sleep": "Drowsy after her night dose: no bed-sharing or sofa sleeping with the baby; partner to do "
                       "the first night feed.",
     }),
     conclusion(CA, "Zispin (mirtazapine) should continue: relapse risk is high. It makes her drowsy at night, so no "
                    "co-sleeping. Baby: adaptation symptoms possible for 48 h, midwife to observe. Breastfeeding is "
                    "compatible."),
     overall("Continue mirtazapine (Zispin) 30 mg at night. No co-sleeping because it is sedating. Midwife to watch "
             "the baby for adaptation for 48 h. Breastfeeding supported. GP mood review at 6 weeks."))
good("c-amendment-welsh-name", C, "amendment by a GP with a Welsh name; reason written plainly",
     set_("amendment_reason", "Dr ap Dafydd added the community midwife's named contact and corrected the EDD "
                              "basis to the dating scan; conclusions unchanged."),
     set_("pregnancy.edd_basis", "ultrasound-scan"))
good("c-see-also-hv-letter", C, "conclusion pointing to a letter and concluding",
     conclusion(CA, "See also my letter to the health visitor. In short: citalopram continues because relapse is "
                    "the bigger risk; the midwife will watch the baby for adaptation symptoms for 48 hours; "
                    "breastfeeding is supported."))

# ============================================================================================================
# Third batch: medicines mentioned but not taken, abbreviations, later assessments.

good("m-avoid-codeine", M, "advises against a medicine she does not take",
     conclusion(MA, "Methadone 60 mg continues. Avoid codeine-based painkillers in labour and after birth, as they "
                    "add to sedation. Baby: at least 72 h of NAS observation; breastfeeding encouraged; no "
                    "co-sleeping after her dose."))
good("m-naloxone-kit", M, "take-home naloxone kit listed with a reason",
     add_medicine(medicine("med-prenoxad", "Prenoxad 1mg/1ml solution for injection pre-filled syringe",
                           "Take-home kit for overdose; to be used by family", "2025-01-10",
                           other_prescriber(DRUG_SERVICE),
                           not_of_concern_reason="Naloxone emergency kit, not taken regularly; reverses opioid "
                                                 "overdose and is kept at home for family to use.")))
good("p-may-start-sertraline", P, "overall conclusion names a medicine that may be started later",
     overall("The mother's own medicines (paracetamol) raise no concern; if her mood dips, sertraline could be "
             "started and is compatible with breastfeeding. The father's quetiapine causes heavy sedation at night: "
             "no co-sleeping with him on a bed, sofa or armchair, and no night feeds by him after his dose. "
             "Sleeping arrangements seen and safe; the health visitor will keep checking them."))
good("l-pre-conception-after-change", L, "pre-conception advice dated after the last dose change, plus current",
     add_assessment({
         "id": "asm-lithium-precon",
         "medicine_ids": ["med-lithium"],
         "pre_conception": True,
         "impact_on_mother": {
             "sedation": "no",
             "parenting_capacity": "Well on lithium for four years; planning a pregnancy. Stopping would risk a "
                                   "relapse of bipolar disorder.",
             "safe_sleep": "Not sedating at her level; safe sleep advice to be repeated after birth.",
         },
         "impact_on_baby": {
             "summary": "Small increase in the risk of cardiac malformations with first-trimester lithium; fetal "
                        "echocardiogram offered at 20 weeks.",
             "neonatal_withdrawal_plan": "Paediatric review after birth for signs of lithium toxicity.",
             "breastfeeding": "Breastfeeding not advised on lithium; bottle feeding discussed.",
         },
         "recommendations": "Continue lithium. Folic acid 5 mg from now until 12 weeks. Tell the GP as soon as she "
                            "is pregnant so levels can be checked every 4 weeks.",
         "conclusion": "Pre-conception: continue lithium, start folic acid 5 mg, and let us know as soon as she is "
                       "pregnant. The baby would need a fetal heart scan at 20 weeks and a paediatric review after "
                       "birth; lithium is not advised with breastfeeding.",
         "author": OSEI,
         "date": "2025-09-01",
     }))
good("f-six-week-review", F, "assessment at the 6-week check: past the neonatal period",
     asm(FA, "", "date", "2026-07-20"),
     set_("overall_conclusion.date", "2026-07-20"),
     set_("attestation.at", "2026-07-20T16:00:00+00:00"),
     set_("updated", "2026-07-20T16:05:00+00:00"),
     set_("lawful_basis.recorded_on", "2026-07-20"),
     conclusion(FA, "6-week review: diazepam reduced plan agreed (1 mg a fortnight), pregabalin unchanged. Both "
                    "still sedate her: no co-sleeping or sofa sleeping with the baby, foster carer still does night "
                    "feeds. Baby is thriving with no withdrawal signs. Do not stop either suddenly."))
good("m-blank-lines-plan", M, "a 'Plan:' heading, blank lines and numbered points",
     conclusion(MA, "Methadone 60 mg OD.\n\nPlan:\n1. Continue; dose changes by DAS only.\n2. Baby: NAS obs on "
                    "the postnatal ward for at least 72 hours; HV for late signs to day 8.\n3. Breastfeeding "
                    "encouraged.\n4. No co-sleeping after her dose; cot check at first home visit."))
good("p-zomorph-partner", P, "partner on Zomorph (morphine MR) capsules",
     _partner("med-partner-zomorph", "Zomorph 30mg modified-release capsules", "30 mg BD", "morphine",
              "He takes Zomorph twice a day for chronic pain; drowsy in the evenings. Should not stop suddenly "
              "(withdrawal).",
              "No co-sleeping on a bed or sofa with the baby; mum does the night feeds; cot in the bedroom.",
              "Not exposed; co-sleeping with a sedated adult is the risk; capsules locked away.",
              "HV to check cot and storage. Pain team review.",
              "Dad's Zomorph (morphine) sedates him: no co-sleeping on a bed or sofa with the baby and no night "
              "feeds by him; capsules locked away. HV to check.",
              "Mum: paracetamol only. Dad: Zomorph - no co-sleeping, no night feeds, safe storage; HV checking."))
good("l-li-with-lithium-named-once", L, "lithium named once, then 'Li' throughout",
     conclusion(LA, "Lithium to continue. Li levels 4-weekly, weekly from 36/40, <24 h post delivery. Baby: paeds "
                    "r/v after birth, obs for floppiness/poor feeding. Bottle feeding - BF not advised on Li."))
good("f-brand-in-conclusion-ingredient-in-list", F, "list says pregabalin, conclusions say Lyrica",
     conclusion(FA, "Diazepam and Lyrica together cause significant sedation: no co-sleeping or feeding lying down, "
                    "foster carer does night feeds. Baby may show late withdrawal to day 8. Both continue for now; "
                    "supervised diazepam reduction planned."),
     overall("Diazepam and Lyrica continue for now. No bed, sofa or armchair sharing; foster carer does night feeds. "
             "Late withdrawal possible until day 8. FC, HV and SW all hold this plan."))
good("l-priadel-only-in-conclusion", L, "list without the brand, conclusion by brand only",
     set_("medicines#med-lithium.name", "Lithium carbonate 400mg modified-release tablets"),
     conclusion(LA, "Priadel should continue: relapse after birth outweighs the managed risks to the baby, who needs "
                    "a paediatric review after birth. Breastfeeding not advised; bottle feeding agreed. Levels "
                    "monthly, weekly from 36 weeks."))
good("n-durogesic-ug", N, "fentanyl patch 12 µg/h through pregnancy, named by brand",
     _n_assessed("med-durogesic", "Durogesic DTrans 12micrograms/hour transdermal patch", "12 µg/h patch every 72 h",
                 {"sedation": "yes", "parenting_capacity": "Fentanyl patch for chronic pain through pregnancy; mild "
                                                           "drowsiness; must not stop suddenly (withdrawal).",
                  "safe_sleep": "No bed-sharing or sofa sleeping with the baby; crib in the bedroom."},
                 {"summary": "Exposed to fentanyl in pregnancy; withdrawal signs possible.",
                  "neonatal_withdrawal_plan": "72 hours' observation on the postnatal ward (no signs); midwife and "
                                              "HV to watch for late signs to day 8.",
                  "breastfeeding": "Compatible at this low dose; watch the baby for drowsiness."},
                 "Continue Durogesic 12 µg/h; pain clinic to review after 6 weeks.",
                 "Durogesic (fentanyl) 12 µg/h continues. The baby had no withdrawal signs in 72 h; midwife and HV to "
                 "watch for late signs to day 8 and for drowsiness with breastfeeding. No co-sleeping.",
                 "Durogesic 12 µg/h, paracetamol and lactulose. Baby: late withdrawal watch to day 8; breastfeeding "
                 "with a watch for drowsiness; no co-sleeping."))
good("p-sofia-apostrophe", P, "Greek-named mother with an English possessive (mixed script: warning at most)",
     set_("mother.name", {"given": ["Σοφία"], "family": "Adeyemi-Example"}),
     overall("Σοφία's own medicines (paracetamol) raise no concern. The father's quetiapine causes heavy sedation at "
             "night: no co-sleeping with him on a bed, sofa or armchair, and no night feeds by him after his dose. "
             "Sleeping arrangements seen and safe; the health visitor will keep checking them."))
good("v-diolch-signoff", V, "English conclusion with a Welsh sign-off",
     author_everywhere(JONES_GP),
     overall("Unplanned pregnancy at 8 weeks on sodium valproate. Continue valproate unchanged until urgent "
             "neurology review; do not stop abruptly. Urgent referrals to neurology and the antenatal clinic for "
             "fetal medicine review of the baby; folic acid 5 mg started. Diolch yn fawr."))


# ============================================================================================================
# FALSE REFUSALS: good records the gate refuses today (rule that fires: why the record is good). The test marks
# them xfail(strict=True): when the gate is fixed the test fails until the entry is removed here.

FALSE_REFUSALS: dict[str, str] = {}


def summary() -> Counter[str]:
    return Counter(c.base for c in GOOD)


if __name__ == "__main__":  # pragma: no cover
    for base, n in sorted(summary().items()):
        print(f"{base:55} {n}")
    print(f"{'all':55} {len(GOOD)}; false refusals listed: {len(FALSE_REFUSALS)}")
