"""A ninety-second independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
eleventh round, in the proportions a reviewer's held-out set would use.

Written from issue 9, docs/rules.md, README.md, the templates and the shipped examples, not from the gate's code
or its word lists. Every shipped pass example is a base. About a third is good, complete clinical work that must
pass, in varied registers (GP letters, SOAP notes, midwife shorthand, discharge summaries, partner assessments,
foster placements); a third is hollow or disguised conclusions (non-answers, deferrals anywhere, dismissals,
filler, repetition, copy and paste with small edits, joint assessments missing a medicine, praise, circular
talk, plans with no one and no time), each with good twins; a third is names and facts (real UK brands from
codelists-more/brand-names.csv, misspelt by a letter or two, swapped, doubled, dropped or by sound; near misses
that are a different real medicine and must be judged as that one; combination products; unrecognised products
needing a classification; impossible dates and routes; attribution and identities). About a fifth is disguised
with look-alike letters, zero-width characters, soft hyphens, bidi marks or full width; a disguised text's
verdict equals the plain one.

Categories:

* ``good``: complete conclusions in many registers (must pass), and truncated or half-done twins (refuse);
* ``hollow``: non-answers, deferrals, dismissals, filler, repetition, praise, circular talk (refuse), with near
  misses that say something and also point elsewhere (pass);
* ``copy-joint``: the same conclusion pasted under two medicines, copy-paste with small edits, joint
  conclusions that never mention one of their medicines (refuse), and good joint conclusions (pass);
* ``names``: brands and misspellings of medicines of concern added unassessed or given a wrong "no concern"
  reason (refuse), brand or misspelt names assessed and named (pass), harmless near misses with a reason (pass);
* ``groups``: combination products, teratogens, other antiepileptics, sedating antihistamines, and products
  nothing recognises, with and without the clinician's classification;
* ``facts``: dates, routes, attribution and identities, both ways;
* ``disguise``: texts and names from above disguised; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added here carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh92_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

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
    N,
    P,
    V,
    add_medicine,
    chain,
    conclusion_of,
    delete,
    edit,
    overall_of,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F92CASES: list[Case] = []

CATEGORIES = ("good", "hollow", "copy-joint", "names", "groups", "facts", "disguise")
GD, HO, CJ, NM, GR, FA, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F92CASES.append(Case(f"f92-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "co": (C, _at("overall_conclusion.text")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "fo": (F, _at("overall_conclusion.text")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
}

MC = conclusion_of(M, "asm-methadone")
SC = conclusion_of(M, "asm-sertraline")
DC = conclusion_of(F, "asm-diazepam-pregabalin")
QC = conclusion_of(P, "asm-partner-quetiapine")
LO = overall_of(L)
VO = overall_of(V)


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopcs")


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


Disguise = Callable[[str], str]


def text_case(
    name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None = None
) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    text_case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    text_case(name, category, REFUSE, where, text, why, disguise)


def both(*pairs: tuple[str, str]) -> Mutation:
    """Several conclusions set at once (where, text)."""
    return chain(*(SETTERS[where][1](text) for where, text in pairs))


RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
CASTLE = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
NORTHGATE = {"ods_code": "Y90004", "name": "Northgate Health Centre"}


def med(mid: str, name: str, dose: str, started: str, org: dict[str, str], reason: str | None = None) -> dict[str, Any]:
    m: dict[str, Any] = {
        "id": mid,
        "name": name,
        "dose": dose,
        "started": started,
        "prescriber": {"kind": "gp-practice", "organisation": org},
    }
    if reason is not None:
        m["not_of_concern_reason"] = reason
    return m


def join(asm: str, mid: str) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        for a in doc["assessments"]:
            if a["id"] == asm:
                a["medicine_ids"].append(mid)

    return edit(mutate)


def n_add(
    name: str, expect: Expect, category: str, medname: str, dose: str, why: str, reason: str | None = None
) -> None:
    """The postnatal record with nothing of concern, one medicine added (unassessed)."""
    mid = "med-" + name.split("-")[-1]
    add(name, category, expect, N, add_medicine(med(mid, medname, dose, "2026-04-05", RIVERSIDE, reason)), why)


# ============================================================================================================
# good: complete work in many registers. Must pass.

ok(
    "good-meth-gp-letter",
    GD,
    "meth",
    "Dear colleague, I saw Jodie today at 29 weeks. She is settled on methadone 60 mg once daily, supervised at "
    "the chemist, and we agreed she stays on this dose to delivery: cutting down now would risk relapse, which "
    "is more dangerous for the baby. Please expect the baby to need NAS observation on the postnatal ward for at "
    "least 72 hours, and ask the health visitor to watch for late signs until day 8. She hopes to breastfeed, "
    "which we support on a stable dose. She feels sleepy for a few hours after each dose, so I have advised no "
    "bed or sofa sharing with the baby; the cot will be checked at the first home visit.",
    "a GP letter naming methadone, the baby's risks and who does what",
)
ok(
    "good-meth-soap",
    GD,
    "meth",
    "S: stable, no on-top use, wants to BF. O: 29+2/40, methadone 60 mg od supervised. A: methadone to continue "
    "unchanged; baby at high risk of NAS. P: PNW obs min 72 h with NAS scoring; HV to look for late signs to "
    "day 8; BF encouraged; drowsy post-dose so no co-sleeping - cot to be seen at first HV visit.",
    "SOAP shorthand, complete",
    disguise=cyr,
)
ok(
    "good-sert-midwife-shorthand",
    GD,
    "sert",
    "Sertraline 100mg od - cont. Relapse risk high if stopped (PND 2024). Baby: watch for PNAS (jittery, poor "
    "feeding, resp distress) 1st 48h on PNW alongside NAS obs; small PPHN risk - paeds aware. BF ok on "
    "sertraline. MW to document.",
    "midwife shorthand with the plan and who records it",
)
ok(
    "good-mo-discharge-style",
    GD,
    "mo",
    "Plan for birth: methadone 60 mg and sertraline 100 mg both continue unchanged. Baby to stay on the "
    "postnatal ward at least 72 hours for withdrawal scoring, with the midwives also watching for sertraline "
    "adaptation signs; HV checks to day 8. Breastfeeding supported. Methadone makes her drowsy after each dose, "
    "so no co-sleeping: the social worker and HV will see the cot before discharge.",
    "an overall in discharge-plan style naming both",
)
ok(
    "good-cit-psychiatry-reply",
    GD,
    "cit",
    "Thank you for asking about citalopram. On balance she should continue 20 mg: she relapsed within weeks the "
    "last time she stopped. The baby may be unsettled, jittery or slow to feed for the first two days, so the "
    "midwives will observe before discharge. Breastfeeding on citalopram is fine and she plans to.",
    "a reply letter with the decision and the baby's plan",
    disguise=greek,
)
ok(
    "good-co-numbered",
    GD,
    "co",
    "1. Citalopram 20 mg continues in pregnancy and while breastfeeding. 2. Midwife to observe the baby for "
    "adaptation symptoms for 48 hours after birth. 3. GP to review mood at the 6-week check. 4. Record amended "
    "on 12/02 to add the HV as a recipient; clinical content unchanged.",
    "a numbered overall conclusion",
)
ok(
    "good-lith-perinatal-psych",
    GD,
    "lith",
    "Impression: bipolar I, euthymic for four years on lithium (Priadel) 800 mg nocte. Recommend continuing "
    "lithium - the risk of postpartum psychosis off it is far greater than the fetal risk, and the 20-week "
    "cardiac scan was normal. Levels 4-weekly, weekly from 36/40 and within 24 h of delivery; hydrate in "
    "labour. Neonate: paediatric review at birth for hypotonia, poor feeding and thyroid function. She will "
    "formula feed, as lithium enters breast milk.",
    "a psychiatrist's impression and recommendations",
)
ok(
    "good-lo-short-but-complete",
    GD,
    "lo",
    "Lithium continues at 800 mg. Levels monthly, weekly from 36 weeks, within 24 h of birth. Baby: paediatric "
    "check at birth for floppiness and thyroid problems. Bottle feeding. PMH team to see her in the first week.",
    "terse but every part there",
)
ok(
    "good-valp-neurology-letter",
    GD,
    "valp",
    "She is 8 weeks pregnant on sodium valproate 500 mg bd. Do not stop it suddenly - a convulsive seizure would "
    "endanger her and the pregnancy; Dr Adebayo's team will see her this week to decide on a switch. The baby "
    "was exposed through organogenesis: around 10% risk of major malformation (neural tube, heart, face) and up "
    "to 40% risk of developmental delay. Detailed anomaly scan and fetal medicine referral made today; folic acid "
    "5 mg started.",
    "a referral letter's summary, naming valproate and the fetal risk",
)
ok(
    "good-vo-pregnancy-prevention",
    GD,
    "vo",
    "Unplanned pregnancy at 8/40 on valproate despite the PPP. Continue valproate unchanged until neurology "
    "reviews her this week; she must not stop abruptly. Fetal medicine review and a detailed scan are booked for "
    "the first-trimester exposure. Folic acid 5 mg started. Contraception and the risk acknowledgement form to be "
    "revisited by neurology after the pregnancy.",
    "an overall naming the pregnancy prevention programme",
    disguise=zwsp,
)
ok(
    "good-dzp-foster-placement",
    GD,
    "dzp",
    "For the foster carer: Kayleigh takes diazepam 5 mg three times a day and pregabalin 150 mg twice a day. "
    "Both make her sleepy, most of all in the evening, so she must never sleep with the baby in a bed, on the "
    "sofa or in a chair, and must not feed lying down; you will do the night feeds. Both medicines carry on for "
    "now, diazepam to be reduced slowly by the GP. The baby may still show withdrawal - shaking, high-pitched "
    "cry, poor feeding - until day 8: ring the neonatal unit if so.",
    "written to the foster carer, naming both",
    disguise=shy,
)
ok(
    "good-fo-mdt-summary",
    GD,
    "fo",
    "MDT summary: diazepam and pregabalin continue, with a supervised diazepam taper from 6 weeks. Combined "
    "sedation is the main risk to the baby - no bed/sofa sharing, no feeding lying down, foster carer does night "
    "feeds. Late NAS signs possible to day 8; HV and foster carer to watch and call SCBU with concerns. SW, HV "
    "and foster carer all hold this plan under the interim care order.",
    "an MDT-style overall naming both medicines",
    disguise=bidi,
)
ok(
    "good-quet-hv-visit",
    GD,
    "quet",
    "New birth visit, day 10. Daniel takes quetiapine 300 mg at 10 pm and sleeps heavily until morning. Agreed: "
    "he does not take the baby into bed or doze with him on the sofa after his dose, and Chloe does all night "
    "feeds. Crib seen beside her side of the bed. I will recheck sleeping at every contact until 8 weeks.",
    "a health visitor's note on the partner's medicine",
)
ok(
    "good-po-parents-together",
    GD,
    "po",
    "Chloe's paracetamol for perineal pain is safe with breastfeeding. Daniel's quetiapine leaves him heavily "
    "sedated at night, so he must not co-sleep with the baby or do night feeds after his dose. Crib seen and "
    "safe; HV to keep checking, and his GP to tell her of any dose change.",
    "an overall on both parents' medicines",
    disguise=fw,
)
ok(
    "good-meth-bullets-dash",
    GD,
    "meth",
    "Methadone:\n- continue 60 mg daily, no self-reduction\n- baby: expect NAS, min 72 h on PNW, HV to day 8\n- "
    "feeding: BF encouraged\n- sleep: drowsy after dose, never bed-share; cot checked at home visit",
    "bullets with a heading",
)
ok(
    "good-sert-in-summary-after-pointer",
    GD,
    "sert",
    "See also the perinatal psychiatry letter of 12/02. In short: sertraline 100 mg continues because relapse "
    "risk is high; the midwives watch the baby for adaptation signs in the first 48 hours; breastfeeding is fine.",
    "a pointer followed by the conclusion itself",
)
ok(
    "good-valp-instruction-not-deferral",
    GD,
    "valp",
    "Please see her in the epilepsy clinic within 7 days: valproate continues meanwhile and must not be stopped "
    "abruptly. The fetus has had first-trimester valproate exposure, so the fetal medicine team will offer a "
    "detailed anomaly scan at 20 weeks; folic acid 5 mg daily started.",
    "an instruction opening with 'please see' is not a deferral",
    disguise=shy,
)

# truncated or half-done twins: refuse.
bad(
    "good-truncated-meth-dose-only",
    GD,
    "meth",
    "Methadone 60 mg once daily, supervised consumption, continues unchanged.",
    "what she takes; nothing for the baby",
)
bad(
    "good-truncated-soap-subjective-only",
    GD,
    "meth",
    "S: stable on methadone, no on-top use, wants to BF. O: 29+2/40, well.",
    "a SOAP note stopping before assessment and plan",
)
bad(
    "good-truncated-lith-impression-only",
    GD,
    "lith",
    "Impression: bipolar I disorder, euthymic for four years on lithium (Priadel).",
    "a diagnosis, no decision or plan",
)
bad(
    "good-truncated-quet-visit-only",
    GD,
    "quet",
    "New birth visit, day 10. Daniel takes quetiapine 300 mg at 10 pm. Crib discussed.",
    "what happened at the visit; nothing decided about safe sleep",
    disguise=cyr,
)

# ============================================================================================================
# hollow: non-answers, deferrals, dismissals, filler, repetition, praise, circular talk, plans with no one.

bad(
    "hollow-meth-no-change-no-reason",
    HO,
    "meth",
    "Methadone: nothing to add from a maternity point of view at present.",
    "a dismissal with no reason",
    disguise=zwsp,
)
bad(
    "hollow-meth-see-cgl-letter",
    HO,
    "meth",
    "Methadone - for the plan around birth, kindly refer to the recovery service's correspondence on file.",
    "a deferral reworded",
    disguise=cyr,
)
bad(
    "hollow-sert-awaiting-psych",
    HO,
    "sert",
    "Sertraline: decision awaited from perinatal psychiatry; will update the record when their letter arrives.",
    "deferred to a letter not yet written",
    disguise=greek,
)
bad(
    "hollow-cit-as-per-booking",
    HO,
    "cit",
    "Citalopram managed as per booking discussion and the usual pathway.",
    "'as per' a discussion",
    disguise=shy,
)
bad(
    "hollow-lith-mdt-will-decide",
    HO,
    "lith",
    "Lithium: management around delivery is for the perinatal MDT to agree at its next meeting.",
    "the decision handed to a meeting",
    disguise=fw,
)
bad(
    "hollow-valp-na",
    HO,
    "valp",
    "Sodium valproate - not relevant to this pregnancy from a GP perspective; neurology manage.",
    "dismissal and handing off",
)
bad(
    "hollow-dzp-praise",
    HO,
    "dzp",
    "Diazepam and pregabalin: Kayleigh has done brilliantly and is engaging really well with everyone. Well "
    "done to all involved.",
    "praise, no conclusion",
    disguise=bidi,
)
bad(
    "hollow-quet-circular",
    HO,
    "quet",
    "The father's quetiapine is what it is; the plan for quetiapine is the plan that applies to quetiapine.",
    "circular talk",
)
bad(
    "hollow-mo-repetition",
    HO,
    "mo",
    "Methadone and sertraline. Methadone and sertraline. Methadone and sertraline. Methadone and sertraline "
    "continue continue continue.",
    "the names repeated",
    disguise=greek,
)
bad(
    "hollow-lo-filler",
    HO,
    "lo",
    "Lithium: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
    "placeholder filler",
)
bad(
    "hollow-fo-keyboard",
    HO,
    "fo",
    "Diazepam pregabalin asdf qwerty zxcv hjkl asdfgh qwertyuiop zxcvbnm.",
    "keyboard mash around the names",
)
bad(
    "hollow-vo-no-one-no-time",
    HO,
    "vo",
    "Sodium valproate: the situation will be monitored and appropriate action taken as and when necessary.",
    "a plan with no one, no time and no threshold",
    disguise=fw,
)
bad(
    "hollow-po-long-not-applicable",
    HO,
    "po",
    "Paracetamol and quetiapine: this section does not really apply in this family's circumstances.",
    "a long-form 'not applicable'",
)
bad(
    "hollow-meth-pending-padded",
    HO,
    "meth",
    "Methadone: outcome pending the outcome of the pre-birth planning meeting, which is itself pending the "
    "drug service review, which is pending.",
    "'pending' padded to length",
)
bad(
    "hollow-sert-stock-phrases",
    HO,
    "sert",
    "Sertraline: patient counselled, questions answered, leaflet given, safety-netted, happy with plan.",
    "stock phrases with no plan",
    disguise=bidi,
)
bad(
    "hollow-cit-will-be-discussed",
    HO,
    "cit",
    "Citalopram and its implications for the baby will be discussed with her at a future antenatal appointment.",
    "put off to later",
)
bad(
    "hollow-lith-general-facts",
    HO,
    "lith",
    "Lithium has a narrow therapeutic index, crosses the placenta and is excreted in breast milk.",
    "facts about lithium in general, nothing about this baby",
)
bad(
    "hollow-dzp-mid-text-deferral",
    HO,
    "dzp",
    "Diazepam and pregabalin: she is well on the ward and smiling; for everything else please see the discharge "
    "letter from the postnatal ward.",
    "pleasantries and a deferral",
)
bad(
    "hollow-quet-question-only",
    HO,
    "quet",
    "Quetiapine (father): is he safe to care for the baby at night? To be explored.",
    "a question and no answer",
)
bad(
    "hollow-valp-template-prompt",
    HO,
    "valp",
    "Valproate: [state the risk to the baby and what each professional will do here]",
    "the form's own prompt",
)

# good twins: substantive, and also pointing elsewhere or using deferral-like words properly.
ok(
    "hollow-twin-meth-letter-and-plan",
    HO,
    "meth",
    "Methadone 60 mg continues to delivery, as in the recovery service's letter of 20/02. For the baby: NAS "
    "scoring on the postnatal ward for at least 72 hours, HV watching to day 8; breastfeeding supported; "
    "drowsy after doses, so no co-sleeping and the cot checked at the first home visit.",
    "names a letter and concludes too",
    disguise=zwsp,
)
ok(
    "hollow-twin-lith-mdt-decided",
    HO,
    "lith",
    "The perinatal MDT agreed on 30/04 that lithium continues at 800 mg, levels monthly then weekly from 36 "
    "weeks and within 24 hours of birth. The paediatrician will review the baby after birth for floppiness, poor "
    "feeding and thyroid problems. Formula feeding because lithium passes into milk.",
    "an MDT decision reported with its content",
)
ok(
    "hollow-twin-quet-no-concern-with-reason",
    HO,
    "quet",
    "No concerns about the baby's sleep now, because Daniel takes his quetiapine at 10 pm after the last feed he "
    "gives, sleeps in the spare room, and Chloe does all night feeds with the baby in the crib by her bed. HV to "
    "recheck at each visit.",
    "'no concerns' followed by the reason and a plan",
)
ok(
    "hollow-twin-cit-awaiting-but-decided",
    HO,
    "cit",
    "Citalopram 20 mg continues; we are awaiting nothing further. The midwife will watch the baby for "
    "jitteriness and poor feeding in the first 48 hours, and breastfeeding is encouraged.",
    "'awaiting nothing further' is not a deferral",
)
ok(
    "hollow-twin-vo-monitored-with-who-when",
    HO,
    "vo",
    "Valproate 500 mg bd continues until the epilepsy nurse sees her on Friday; she must not stop it. The fetal "
    "medicine team will scan at 12 and 20 weeks for the exposure in early pregnancy. Folic acid 5 mg taken daily.",
    "monitoring with someone and a time",
)
ok(
    "hollow-twin-dzp-praise-then-plan",
    HO,
    "dzp",
    "Kayleigh has done well on the ward. Diazepam and pregabalin continue, both sedating: she must not share a "
    "bed or sofa with the baby or feed lying down, and the foster carer does the night feeds. Withdrawal signs "
    "possible up to day 8 - the HV and foster carer will watch.",
    "praise opening a real conclusion",
    disguise=greek,
)

# ============================================================================================================
# copy-joint: copy and paste between medicines, small edits, joint assessments missing a medicine.

_GENERIC = (
    "Continue current medication. Benefits outweigh risks. Baby to be observed after birth by the midwife; "
    "breastfeeding supported; safe sleep advice given."
)
add(
    "cj-same-text-both-meds",
    CJ,
    REFUSE,
    M,
    both(("meth", "Methadone: " + _GENERIC), ("sert", "Sertraline: " + _GENERIC)),
    "one generic conclusion pasted under each medicine with only the name changed",
)
add(
    "cj-same-text-small-edit",
    CJ,
    REFUSE,
    M,
    both(
        (
            "meth",
            "Continue methadone. The benefits outweigh the risks. Baby to be observed after birth; feeding "
            "supported; safe sleep advice given.",
        ),
        (
            "sert",
            "Continue sertraline. The benefits outweigh the risks. Baby to be observed after birth; feeding "
            "supported; safe sleep advice given!",
        ),
    ),
    "copy and paste with a name swapped and one character changed",
)
add(
    "cj-meth-text-under-sertraline",
    CJ,
    REFUSE,
    M,
    SETTERS["sert"][1](MC),
    "the methadone conclusion pasted under sertraline: it never names sertraline",
)
bad(
    "cj-dzp-only-pregabalin",
    CJ,
    "dzp",
    "Pregabalin 150 mg bd continues. She must not co-sleep or feed lying down because of sedation; foster carer "
    "does night feeds. Watch the baby for late withdrawal up to day 8.",
    "joint assessment never mentions diazepam",
    disguise=zwsp,
)
bad(
    "cj-fo-only-diazepam",
    CJ,
    "fo",
    "Diazepam continues with a slow taper. No bed, sofa or armchair sharing; foster carer does night feeds; "
    "late withdrawal possible until day 8, HV and SW aware.",
    "overall conclusion misses pregabalin",
    disguise=cyr,
)
bad(
    "cj-mo-only-methadone",
    CJ,
    "mo",
    "Methadone continues at 60 mg. NAS obs on PNW for 72 h at least, HV to day 8; BF supported; no co-sleeping "
    "due to sedation; SW and HV to see the cot before discharge.",
    "overall conclusion misses sertraline",
)
bad(
    "cj-mo-sertraline-only-deferred",
    CJ,
    "mo",
    "Methadone continues at 60 mg: NAS scoring for at least 72 hours on the ward, HV to day 8, breastfeeding "
    "supported, no co-sleeping after doses. Sertraline - as per psychiatry.",
    "one medicine concluded, the other only deferred",
)
add(
    "cj-same-overall-as-assessment",
    CJ,
    REFUSE,
    M,
    both(("meth", _GENERIC), ("sert", _GENERIC)),
    "the same generic text under both medicines, naming neither",
)
ok(
    "cj-dzp-both-by-nickname",
    CJ,
    "dzp",
    "Diazepam (her 'blues') and pregabalin both stay as prescribed, diazepam to be tapered by the GP from week 6. "
    "Together they sedate her, so never bed-share, sofa-share or feed lying down; the foster carer covers nights. "
    "The baby could show late withdrawal until day 8 - HV and foster carer watching.",
    "both named, a joint plan",
)
add(
    "cj-different-conclusions-shared-sentence",
    CJ,
    PASS,
    M,
    both(
        ("meth", MC + " Dose changes go to maternity the same week."),
        ("sert", SC + " Dose changes go to maternity the same week."),
    ),
    "two different conclusions ending with the same administrative sentence",
)
ok(
    "cj-mo-each-medicine-in-turn",
    CJ,
    "mo",
    "Methadone: 60 mg continues; NAS scoring at least 72 h on the ward and HV checks to day 8; no co-sleeping "
    "after doses. Sertraline: 100 mg continues; midwives watch for adaptation signs in the first 48 h. Both are "
    "compatible with breastfeeding, which she plans.",
    "each medicine concluded in turn",
)

# ============================================================================================================
# names: brands and misspellings.

_REASON_WRONG = "Taken for a short while only; she says it helps and she has had no side effects from it."
n_add("nm-stesolid-unassessed", REFUSE, NM, "Stesolid 10mg rectal tubes", "one as needed", "a diazepam brand")
n_add("nm-maxitram-unassessed", REFUSE, NM, "Maxitram SR 100mg capsules", "one twice a day", "a tramadol brand")
n_add("nm-alzain-unassessed", REFUSE, NM, "Alzain 75mg capsules", "one twice a day", "a pregabalin brand")
n_add("nm-oxeltra-unassessed", REFUSE, NM, "Oxeltra 10mg tablets", "one twice a day", "an oxycodone brand")
n_add(
    "nm-stessolid-with-reason",
    REFUSE,
    NM,
    "Stessolid 5mg rectal tubes",
    "as needed",
    "a diazepam brand misspelt (doubled s) and given a 'no concern' reason: still diazepam",
    _REASON_WRONG,
)
n_add(
    "nm-zytramm-with-reason",
    REFUSE,
    NM,
    "Zytramm XL 150mg tablets",
    "one daily",
    "Zytram (tramadol) with a doubled letter and a 'no concern' reason",
    _REASON_WRONG,
)
n_add(
    "nm-tramadoll-with-reason",
    REFUSE,
    NM,
    "Tramadoll 50mg capsules",
    "one four times a day",
    "tramadol with a doubled l, given a reason",
    _REASON_WRONG,
)
n_add(
    "nm-oxycodon-with-reason",
    REFUSE,
    NM,
    "Oxycodon 5mg capsules",
    "one every six hours",
    "oxycodone with the last letter dropped, given a reason",
    _REASON_WRONG,
)
n_add(
    "nm-codiene-with-reason",
    REFUSE,
    NM,
    "Codiene phosphate 30mg tablets",
    "one four times a day",
    "codeine with two letters swapped, given a reason",
    _REASON_WRONG,
)
n_add(
    "nm-morfine-with-reason",
    REFUSE,
    NM,
    "Morfine sulfate 10mg/5ml oral solution",
    "2.5 ml at night",
    "morphine spelt by sound, given a reason",
    _REASON_WRONG,
)
n_add(
    "nm-zoppiclone-with-reason",
    REFUSE,
    NM,
    "Zoppiclone 7.5mg tablets",
    "one at night",
    "zopiclone with a doubled p, a sedating hypnotic, given a reason",
    _REASON_WRONG,
)
n_add(
    "nm-phenergen-with-reason",
    REFUSE,
    NM,
    "Phenergen 25mg tablets",
    "one at night",
    "Phenergan (promethazine) with a vowel changed, given a reason",
    _REASON_WRONG,
)
n_add(
    "nm-gabapentine-with-reason",
    REFUSE,
    NM,
    "Gabapentine 300mg capsules",
    "one three times a day",
    "gabapentin with an e added, given a reason",
    _REASON_WRONG,
)

# harmless near misses: a different real medicine, with a clinician's reason. Must pass.
n_add(
    "nm-near-loratadine",
    PASS,
    NM,
    "Loratadine 10mg tablets",
    "one daily for hay fever",
    "loratadine is a non-sedating antihistamine, not lorazepam",
    "Non-sedating antihistamine for hay fever; minimal transfer into breast milk and no sedation of mother or baby.",
)
n_add(
    "nm-near-clobetasone",
    PASS,
    NM,
    "Clobetasone butyrate 0.05% cream",
    "apply thinly twice a day for 7 days",
    "a mild steroid cream, not clobazam",
    "Mild topical steroid for eczema on the hands, a week's course; negligible absorption, not applied to the "
    "breast, no effect on the baby.",
)
n_add(
    "nm-near-lamisil",
    PASS,
    NM,
    "Lamisil 1% cream",
    "apply once a day for 1 week",
    "Lamisil (terbinafine cream), not Lamictal",
    "Terbinafine cream for athlete's foot, applied to the feet only; negligible absorption, no effect on "
    "breastfeeding or the baby.",
)
n_add(
    "nm-near-oxybutynin",
    PASS,
    NM,
    "Oxybutynin 2.5mg tablets",
    "one twice a day",
    "oxybutynin for bladder urgency, not oxycodone",
    "For urinary urgency after delivery, started by the continence nurse at a low dose; may reduce milk supply a "
    "little, so the midwife will check feeding at the day 10 visit. Not sedating at this dose.",
)
n_add(
    "nm-near-co-amoxiclav",
    PASS,
    NM,
    "Co-amoxiclav 500mg/125mg tablets",
    "one three times a day for 7 days",
    "a combination antibiotic, not co-codamol",
    "Antibiotic course for a wound infection; compatible with breastfeeding, watch the baby for loose stools or "
    "thrush, which the midwife will mention at the next visit.",
)
n_add(
    "nm-near-gaviscon",
    PASS,
    NM,
    "Gaviscon Advance oral suspension",
    "10 ml after meals",
    "an antacid, not gabapentin",
    "Alginate antacid for reflux; acts in the stomach, not absorbed, no effect on the baby or on feeding.",
)

# brands and misspellings assessed and named: must pass (a warning for the missing code is fine).
_METHADOSE = {
    "id": "med-methadone",
    "name": "Methadose 10mg/ml oral concentrate",
    "dose": "6 ml (60 mg) once daily, supervised consumption",
    "started": "2024-11-04",
    "prescriber": {
        "kind": "other-organisation",
        "organisation": {"ods_code": "Y90210", "name": "Hampton Drug and Alcohol Service"},
    },
}
add(
    "nm-methadose-listed-assessed",
    NM,
    PASS,
    M,
    set_("medicines#med-methadone", _METHADOSE),
    "the methadone listed by its brand, still assessed and named as methadone",
)
add(
    "nm-sertralin-listed-assessed",
    NM,
    PASS,
    M,
    chain(
        set_("medicines#med-sertraline.name", "Sertralin 50mg tablets"),
        set_(
            "medicines#med-sertraline.code",
            {"system": "https://dmd.nhs.uk", "code": "39704111000001102", "display": "Sertraline 50mg tablets"},
        ),
    ),
    "a misspelt name beside the right dm+d code; the conclusion names sertraline",
)
add(
    "nm-stesolid-assessed-jointly",
    NM,
    PASS,
    F,
    chain(
        add_medicine(
            med(
                "med-stesolid",
                "Stesolid 5mg rectal tubes",
                "one if a seizure lasts over 5 minutes",
                "2026-06-12",
                MILLBROOK,
            )
        ),
        join("asm-diazepam-pregabalin", "med-stesolid"),
    ),
    "a rectal diazepam brand added to the diazepam assessment, whose conclusion names diazepam",
)
add(
    "nm-alzain-unassessed-foster",
    NM,
    REFUSE,
    F,
    add_medicine(med("med-alzain", "Alzain 50mg capsules", "one at night", "2026-06-12", MILLBROOK)),
    "a second pregabalin product by brand, outside the assessment",
)
add(
    "nm-quetiapine-brand-seroquel-mother",
    NM,
    REFUSE,
    P,
    add_medicine(
        med("med-seroquel", "Seroquel XL 50mg tablets", "one at night", "2026-05-19", MILLBROOK, _REASON_WRONG)
    ),
    "the mother also on quetiapine by brand, with a wrong 'no concern' reason",
)

# ============================================================================================================
# groups: combination products, teratogens, antiepileptics, sedating antihistamines, unknown products.

n_add(
    "gr-solpadeine-max",
    REFUSE,
    GR,
    "Solpadeine Max tablets",
    "two four times a day",
    "co-codamol brand",
    "Over-the-counter paracetamol-based painkiller for after-pains.",
)
n_add(
    "gr-co-dydramol",
    REFUSE,
    GR,
    "Co-dydramol 10mg/500mg tablets",
    "two four times a day",
    "dihydrocodeine in a combination",
    "Paracetamol combination for perineal pain.",
)
n_add(
    "gr-cocodamol-no-hyphen",
    REFUSE,
    GR,
    "Cocodamol 30/500 effervescent",
    "two four times a day",
    "co-codamol without its hyphen",
    "Paracetamol combination for pain.",
)
n_add(
    "gr-syndol",
    REFUSE,
    GR,
    "Syndol tablets",
    "one every 4 hours",
    "a codeine combination brand",
    "Headache tablets bought at the pharmacy.",
)
n_add(
    "gr-tylex",
    REFUSE,
    GR,
    "Tylex 30mg/500mg capsules",
    "two at night",
    "a codeine combination brand",
    "Painkiller for back pain.",
)
n_add(
    "gr-vertigon",
    REFUSE,
    GR,
    "Vertigon Spansule 10mg",
    "one twice a day",
    "a promethazine brand",
    "For dizziness, from the hospital.",
)
n_add(
    "gr-alfresed",
    REFUSE,
    GR,
    "Alfresed 7.5mg/5ml syrup",
    "5 ml at night",
    "alimemazine, sedating antihistamine",
    "For itching at night.",
)
n_add(
    "gr-hydroxyzine",
    REFUSE,
    GR,
    "Hydroxyzine 25mg tablets",
    "one at night",
    "a sedating antihistamine",
    "For itch, at night only.",
)
n_add(
    "gr-phenobarbital",
    REFUSE,
    GR,
    "Phenobarbital 30mg tablets",
    "one at night",
    "an older antiepileptic",
    "Long-standing, stable for years.",
)
n_add("gr-unknown-product", REFUSE, GR, "Nytol Herbal Elixir", "5 ml at night", "an unrecognised product, no reason")
n_add("gr-unknown-made-up-brand", REFUSE, GR, "Dormivex liquid 5ml", "at night", "a name nothing recognises, no reason")
add(
    "gr-trandolapril-antenatal",
    GR,
    REFUSE,
    V,
    add_medicine(
        med(
            "med-trandolapril",
            "Trandolapril 1mg capsules",
            "one daily",
            "2025-02-01",
            CASTLE,
            "For blood pressure; well controlled.",
        )
    ),
    "an ACE inhibitor in pregnancy (a teratogen), not tramadol, with a thin reason",
)
add(
    "gr-marevan-antenatal",
    GR,
    REFUSE,
    V,
    add_medicine(
        med("med-marevan", "Marevan 3mg tablets", "as per INR", "2025-02-01", CASTLE, "Anticoagulation clinic manage.")
    ),
    "warfarin by its brand in the first trimester",
)
add(
    "gr-carbagen-antenatal",
    GR,
    REFUSE,
    L,
    add_medicine(med("med-carbagen", "Carbagen SR 200mg tablets", "one twice a day", "2025-09-01", NORTHGATE)),
    "carbamazepine brand in pregnancy, unassessed",
)
# pass twins: harmless products with a classification, and the curated common ones.
n_add(
    "gr-ok-movicol",
    PASS,
    GR,
    "Movicol sachets",
    "one daily",
    "macrogol with a reason",
    "Osmotic laxative for post-delivery constipation; not absorbed, no effect on breastfeeding or the baby.",
)
n_add(
    "gr-ok-ibuprofen-postnatal",
    PASS,
    GR,
    "Ibuprofen 400mg tablets",
    "one three times a day with food",
    "ibuprofen after the birth (no concern postnatally)",
    "Anti-inflammatory for perineal pain after delivery; tiny amounts in breast milk, compatible with breastfeeding.",
)
n_add(
    "gr-ok-unknown-with-reason",
    PASS,
    GR,
    "Bio-Oil skincare oil",
    "apply to scar twice daily",
    "an unrecognised product with a clinician's classification",
    "Cosmetic skin oil for the caesarean scar, applied to the skin away from the breast; not a medicine with any "
    "effect on the baby or feeding.",
)
n_add(
    "gr-ok-gaviscon-double",
    PASS,
    GR,
    "Gaviscon Double Action liquid",
    "10 ml after meals and at bedtime",
    "an antacid combination product with a reason",
    "Antacid and alginate for heartburn; acts locally in the stomach, not absorbed, safe while breastfeeding.",
)
add(
    "gr-ok-labetalol-antenatal",
    GR,
    PASS,
    V,
    add_medicine(
        med(
            "med-labetalol",
            "Labetalol 100mg tablets",
            "one twice a day",
            "2026-05-20",
            CASTLE,
            "First-line antihypertensive in pregnancy (NICE NG133); no teratogenic risk; the midwife will "
            "check the baby's blood sugar and heart rate after birth if it continues to delivery.",
        )
    ),
    "labetalol in pregnancy with a sound classification",
)

# ============================================================================================================
# facts: dates, routes, attribution, identities.

add(
    "fa-asm-before-conception",
    FA,
    REFUSE,
    M,
    set_("assessments#asm-methadone.date", "2025-07-10"),
    "an assessment a month before conception (EDD 2026-05-15)",
)
add(
    "fa-asm-after-conception-ok",
    FA,
    PASS,
    M,
    set_("assessments#asm-sertraline.date", "2025-09-25"),
    "an early-pregnancy assessment (about 7 weeks), after sertraline's last change; possible",
)
add("fa-attest-future", FA, REFUSE, V, set_("attestation.at", "2027-01-20T10:00:00+00:00"), "attested after today")
add(
    "fa-attest-before-asm",
    FA,
    REFUSE,
    V,
    set_("attestation.at", "2026-05-18T09:00:00+00:00"),
    "attested two days before the assessment it attests",
)
add(
    "fa-attest-next-day-ok",
    FA,
    PASS,
    V,
    chain(set_("attestation.at", "2026-05-21T08:30:00+00:00"), set_("updated", "2026-05-21T08:35:00+00:00")),
    "attested the morning after",
)
add("fa-delivery-future", FA, REFUSE, F, set_("pregnancy.delivery_date", "2026-12-24"), "a delivery date after today")
add(
    "fa-edd-far-from-gestation",
    FA,
    REFUSE,
    L,
    set_("pregnancy.edd", "2026-10-15"),
    "EDD 7 weeks from what 24+0 on 06/05 implies",
)
add(
    "fa-edd-near-gestation-ok",
    FA,
    PASS,
    L,
    set_("pregnancy.edd", "2026-09-02"),
    "EDD 7 days from the gestation's date: within 14 days",
)
add("fa-consent-future", FA, REFUSE, C, set_("lawful_basis.recorded_on", "2027-03-01"), "consent recorded in 2027")
add("fa-route-mesh-tbc", FA, REFUSE, M, set_("recipients#rcp-hv.route.mailbox", "TBC"), "a MESH mailbox 'TBC'")
add("fa-route-mesh-short", FA, REFUSE, C, set_("recipients#rcp-hv.route.mailbox", "X26CR"), "a truncated mailbox id")
add(
    "fa-route-fhir-http",
    FA,
    REFUSE,
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "a FHIR base URL without https",
)
add(
    "fa-route-manual-vague",
    FA,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", "Hand over."),
    "a manual route with no real instruction",
)
add(
    "fa-route-mllp-port-zero",
    FA,
    REFUSE,
    V,
    set_("recipients#rcp-maternity.route.port", 0),
    "MLLP port 0 cannot deliver",
)
add(
    "fa-route-ods-bad",
    FA,
    REFUSE,
    P,
    set_("recipients#rcp-hv.organisation.ods_code", "Y9-0510"),
    "an ODS code with a hyphen",
)
add(
    "fa-route-manual-ok",
    FA,
    PASS,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Sealed printed copy given to Sandra Hollis by the ward sister on 12 June 2026 at the discharge planning "
        "meeting; she signed the ward receipt book and the contents were explained to her.",
    ),
    "a manual route with who, when and how",
)
add(
    "fa-route-fhir-port-ok",
    FA,
    PASS,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate.example:8443/maternity/R4"),
    "an https FHIR base with a port",
)
add(
    "fa-route-mllp-ip-ok",
    FA,
    PASS,
    V,
    set_("recipients#rcp-maternity.route.host", "10.42.7.15"),
    "an MLLP route by IP address",
)
add(
    "fa-gp-with-nmc",
    FA,
    REFUSE,
    M,
    set_("assessments#asm-sertraline.author.registration", {"body": "NMC", "number": "12A3456B"}),
    "a GP with an NMC registration",
)
add(
    "fa-hv-with-gmc",
    FA,
    REFUSE,
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7091234"}),
    "a health visitor with a GMC number",
)
add(
    "fa-reg-all-zeros",
    FA,
    REFUSE,
    C,
    set_("assessments#asm-citalopram.author.registration.number", "0000000"),
    "an impossible GMC number",
)
add(
    "fa-reg-two-names",
    FA,
    REFUSE,
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": ["Imran"], "family": "Qureshi"}),
    "Dr Shah's GMC number under another name",
)
add(
    "fa-pharmacist-ok",
    FA,
    PASS,
    M,
    set_(
        "assessments#asm-sertraline.author",
        {
            "name": {"given": ["Bethany"], "family": "Cole"},
            "role": "clinical-pharmacist",
            "registration": {"body": "GPhC", "number": "2087654"},
            "organisation": RIVERSIDE,
        },
    ),
    "a practice pharmacist with a GPhC number assessing sertraline",
)
add(
    "fa-midwife-ok",
    FA,
    PASS,
    C,
    set_(
        "assessments#asm-citalopram.author",
        {
            "name": {"given": ["Ellen"], "family": "Marsh"},
            "role": "community-midwife",
            "registration": {"body": "NMC", "number": "09C1234E"},
            "organisation": {"ods_code": "Y90420", "name": "Castleford Royal Community Midwives"},
        },
    ),
    "a community midwife with an NMC PIN",
)
add(
    "fa-partner-nhs-is-mothers",
    FA,
    REFUSE,
    P,
    set_("partner.nhs_number", "9990004145"),
    "the father carries the mother's NHS number",
)
add(
    "fa-partner-nhs-other-ok",
    FA,
    PASS,
    P,
    set_("partner.nhs_number", "9990043019"),
    "another valid NHS number for the father",
)
add(
    "fa-justification-yes",
    FA,
    REFUSE,
    F,
    set_("lawful_basis.justification", "Yes - agreed."),
    "a sharing-without-consent justification that says nothing",
)
add(
    "fa-justification-policy",
    FA,
    REFUSE,
    F,
    set_(
        "lawful_basis.justification",
        "Shared under our safeguarding policy and the local information sharing protocol, in line with usual practice.",
    ),
    "a policy named, no reason for this baby",
)
add(
    "fa-justification-ok-reason",
    FA,
    PASS,
    F,
    set_(
        "lawful_basis.justification",
        "Kayleigh declined sharing with the placement. Shared without consent because the foster carer cannot keep "
        "the baby safe at night without knowing that diazepam and pregabalin sedate her; agreed with the practice "
        "safeguarding lead on 12/06.",
    ),
    "a reason tied to the baby's safety",
)
add(
    "fa-route-manual-vague-longer",
    FA,
    REFUSE,
    F,
    set_("recipients#rcp-foster-carer.route.description", "Will be handed over in due course by whoever is on."),
    "a hand-over with no one, no time and nothing handed",
)
add(
    "fa-justification-ok",
    FA,
    PASS,
    L,
    set_(
        "lawful_basis.justification",
        "Rebecca agreed at today's appointment that maternity, the perinatal mental health team and her health "
        "visitor receive this assessment so her lithium and the baby's review are planned together.",
    ),
    "a real consent justification",
)
add("fa-amendment-hollow", FA, REFUSE, C, set_("amendment_reason", "Amended."), "an amendment that says nothing")
add(
    "fa-amendment-ok",
    FA,
    PASS,
    C,
    set_(
        "amendment_reason",
        "Health visitor added as a recipient on 12/02 so she has the citalopram assessment before the new birth "
        "visit; no clinical content changed.",
    ),
    "an amendment that says what changed",
)

# ============================================================================================================
# disguise: names and whole texts disguised (the text cases above also add disguised twins).

n_add(
    "dg-nm-tramadol-cyrillic",
    REFUSE,
    DG,
    cyr("Tramadol 50mg capsules"),
    "one four times a day",
    "tramadol in Cyrillic look-alikes, given a reason",
    _REASON_WRONG,
)
n_add(
    "dg-nm-codeine-zwsp",
    REFUSE,
    DG,
    zwsp("Codeine phosphate 30mg tablets"),
    "one four times a day",
    "codeine with zero-width spaces, given a reason",
    _REASON_WRONG,
)
n_add(
    "dg-nm-zopiclone-shy",
    REFUSE,
    DG,
    shy("Zopiclone 7.5mg tablets"),
    "one at night",
    "zopiclone with soft hyphens, given a reason",
    _REASON_WRONG,
)
n_add(
    "dg-nm-diazepam-fw",
    REFUSE,
    DG,
    fw("Diazepam 2mg tablets"),
    "one at night",
    "diazepam in full width, given a reason",
    _REASON_WRONG,
)
n_add(
    "dg-nm-loratadine-cyrillic-ok",
    PASS,
    DG,
    cyr("Loratadine 10mg tablets"),
    "one daily",
    "loratadine disguised, with a reason; judged as loratadine",
    "Non-sedating antihistamine for hay fever; minimal transfer into breast milk and no sedation of mother or baby.",
)
ok(
    "dg-good-lith-fullwidth",
    DG,
    "lo",
    fw(LO),
    "the shipped lithium overall conclusion in full width",
)
ok(
    "dg-good-vo-bidi",
    DG,
    "vo",
    bidi(VO),
    "the shipped valproate overall conclusion wrapped in bidi isolates",
)
bad(
    "dg-hollow-quet-dismiss-cyrillic",
    DG,
    "quet",
    cyr("Quetiapine is the father's medication - not applicable to the baby."),
    "a partner's medicine dismissed, in look-alike letters",
)
bad(
    "dg-hollow-sert-see-letter-shy",
    DG,
    "sert",
    shy("Sertraline: please refer to the perinatal psychiatry letter dated 14/02/2026."),
    "a deferral with soft hyphens",
)

# ============================================================================================================
# second pass: subtler probes, both ways.

bad(
    "hollow-meth-fine-fine",
    HO,
    "meth",
    "Methadone continues. Baby fine. Feeding fine. Sleep fine. Mum fine.",
    "'fine' repeated: no withdrawal plan, no safe sleep decision",
    disguise=cyr,
)
bad(
    "hollow-sert-semicolon-deferral",
    HO,
    "sert",
    "Sertraline continues; rest as per the perinatal psychiatry letter.",
    "a deferral after a semicolon, little before it",
    disguise=greek,
)
bad(
    "hollow-meth-everyone-aware",
    HO,
    "meth",
    "Methadone: plan agreed with the drug service, midwife and HV; all are aware of the plan for the baby.",
    "'all aware of the plan' with no plan",
)
bad(
    "hollow-quet-dad-not-mum",
    HO,
    "quet",
    "No concerns re quetiapine as it is dad's, not mum's, and mum is the main carer.",
    "a partner's sedating medicine dismissed with a non-reason",
    disguise=zwsp,
)
bad(
    "hollow-lith-continue-monitor",
    HO,
    "lith",
    "Lithium: continue. Monitor. Review. Baby check.",
    "four bare words around the name",
)
bad(
    "cj-dzp-both-unnamed",
    CJ,
    "dzp",
    "Both continue unchanged: no co-sleeping, no feeding lying down, foster carer does nights; watch the baby "
    "for withdrawal to day 8.",
    "'both' with neither medicine named",
)
bad(
    "cj-mo-all-medicines",
    CJ,
    "mo",
    "All her medicines continue. NAS scoring 72 h on PNW, HV to day 8, BF supported, no co-sleeping after doses; "
    "SW and HV to see the cot.",
    "'all her medicines' instead of naming methadone and sertraline",
)

ok(
    "good-meth-midwife-abbrev",
    GD,
    "meth",
    "Methadone 60mg od (CGL, supervised). NAS risk high - PNW min 72h with NAS scoring, HV to d8 for late signs. "
    "BF encouraged. Drowsy 2-4h post dose: no co-sleeping, Moses basket seen at 28/40 home visit.",
    "heavy midwife abbreviations",
)
ok(
    "good-lith-na-used-properly",
    GD,
    "lith",
    "Lithium 800 mg nocte continues; levels 4-weekly, weekly from 36/40, and 12 h post delivery. Breastfeeding: "
    "N/A - formula from birth as lithium passes into milk. Baby: paeds review day 1 for tone, feeding and TFTs.",
    "'N/A' used for a decided item, inside a full conclusion",
)
ok(
    "good-meth-see-baby-instruction",
    GD,
    "meth",
    "HV to see the baby at home on day 5 and day 8 for late withdrawal signs after the 72 h PNW stay. Methadone "
    "stays at 60 mg; breastfeeding encouraged; no bed-sharing after her dose because of drowsiness.",
    "'to see the baby' is an instruction",
)
ok(
    "good-meth-quotes-mother",
    GD,
    "meth",
    "Jodie said 'I'm not risking my recovery' and we agree: methadone continues at 60 mg daily. Her baby will "
    "stay at least 72 hours for NAS scoring, then HV checks to day 8. Breastfeeding supported. No sofa or bed "
    "sharing after her dose.",
    "a quotation of the mother beside a full conclusion",
    disguise=cyr,
)
ok(
    "good-quet-dad-register",
    GD,
    "quet",
    "Dad's quetiapine (300 mg at night) knocks him out: he is not to have the baby in bed or on the sofa with "
    "him after his tablet, and mum does all the night feeds. HV to recheck sleeping at every visit.",
    "plain family words for the partner",
    disguise=zwsp,
)
ok(
    "good-valp-epilim-brand",
    GD,
    "valp",
    "Epilim 500 mg bd to continue until the epilepsy nurse sees her this week; never stop suddenly. The baby was "
    "exposed in the first trimester: around 1 in 10 risk of a major malformation and a higher risk of "
    "developmental delay, so a detailed anomaly scan and fetal medicine review are booked. Folic acid 5 mg "
    "started.",
    "valproate named by its brand Epilim",
)
ok(
    "good-sert-lustral-brand",
    GD,
    "sert",
    "Lustral 100 mg daily continues - her mood relapsed badly when she last stopped. Midwives will watch the baby "
    "for jitteriness, fast breathing or poor feeding in the first 48 hours. Fine with breastfeeding.",
    "sertraline named by its brand Lustral",
)
ok(
    "good-quet-seroquel-brand",
    GD,
    "quet",
    "Daniel's Seroquel (300 mg nightly) makes him deeply drowsy: no bed or sofa sharing with the baby after it, "
    "no night feeds by him, Chloe covers nights with the baby in the crib by her bed. HV checking each visit.",
    "quetiapine named by its brand Seroquel",
)
ok(
    "good-meth-physeptone-brand",
    GD,
    "meth",
    "Physeptone 60 mg daily continues to delivery. The baby needs at least 72 h of NAS scoring on the ward and HV "
    "checks to day 8. Breastfeeding encouraged. Sleepy after each dose, so no co-sleeping; cot to be seen.",
    "methadone named by its brand Physeptone",
    disguise=greek,
)
ok(
    "good-dzp-misspelt",
    GD,
    "dzp",
    "Diazepem 5 mg tds and pregabalin 150 mg bd both continue, diazepam tapering from 6 weeks. Both sedate her: "
    "no bed or sofa sharing, no lying-down feeds, foster carer does nights. Late withdrawal possible to day 8.",
    "a misspelling of diazepam beside the right spelling",
)
add(
    "nm-diazepan-listed",
    NM,
    PASS,
    F,
    chain(set_("medicines#med-diazepam.name", "Diazepan 5mg tablets")),
    "the listed diazepam misspelt beside its dm+d code; assessed and named",
)
add(
    "nm-pregablin-listed-uncoded",
    NM,
    PASS,
    F,
    chain(set_("medicines#med-pregabalin.name", "Pregablin 75mg capsules"), delete("medicines#med-pregabalin.code")),
    "pregabalin misspelt and uncoded, still assessed and named (a warning at most)",
)
add(
    "gr-ok-hydralazine-antenatal",
    GR,
    PASS,
    V,
    add_medicine(
        med(
            "med-hydralazine",
            "Hydralazine 25mg tablets",
            "one three times a day",
            "2026-05-20",
            CASTLE,
            "Antihypertensive long used in pregnancy with no known teratogenic effect; not sedating; the "
            "obstetric team will watch her blood pressure and the baby's growth on scan.",
        )
    ),
    "hydralazine, not hydroxyzine: a different real medicine with a sound classification",
)
add(
    "gr-neomercazole-antenatal",
    GR,
    REFUSE,
    V,
    add_medicine(
        med(
            "med-neomercazole",
            "NeoMercazole 5mg tablets",
            "one daily",
            "2025-01-10",
            CASTLE,
            "For an overactive thyroid, stable on this dose for over a year.",
        )
    ),
    "carbimazole (a teratogen) by its brand, not carbamazepine, with a reason that ignores the pregnancy",
)
add(
    "gr-co-proxamol",
    GR,
    REFUSE,
    N,
    add_medicine(
        med(
            "med-coproxamol",
            "Co-proxamol 32.5mg/325mg tablets",
            "two four times a day",
            "2026-04-05",
            RIVERSIDE,
            "Old painkiller she had at home, paracetamol-based.",
        )
    ),
    "dextropropoxyphene in a combination product",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F92CASES)
    for category in CATEGORIES:
        print(f"{category:12} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':12} refuse {sum(c.expect == REFUSE for c in F92CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F92CASES):3}"
    )
