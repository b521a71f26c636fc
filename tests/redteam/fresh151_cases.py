"""A hundred-and-fifty-first independent "fresh" batch of red-team cases for the share gate: the household and the
nights.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists. The lens is the other adults in the baby's home and who holds the baby's nights: a partner's,
grandparent's, lodger's or carer's medicine that sedates (sedating antihistamines, gabapentinoids, opioids and
opioid substitution, antipsychotics, benzodiazepines, z-drugs, sedating antidepressants), co-sleeping, sofa and chair
sleeping, night feeds, who holds each night and when, plans that change or end, several carers in one home, a baby
in a parent-and-baby foster placement. Most cases start from the partner-quetiapine example with the father's
medicine swapped for another sedating one (its items, recommendations and overall conclusion rewritten to match, no
code: a renamed medicine has no VMP code), or from the foster-placement example. Each category goes both ways:

* ``dismissed``: the partner's sedating medicine dismissed ("his business", "not applicable, partner's medication",
  "not our patient") against conclusions that answer his sedation with a night plan;
* ``slogan``: safe sleep said as a slogan with no plan (ABC, "safe sleep advice given", "the Lullaby Trust
  leaflet") against the slogan followed by the plan: who has the nights, where the baby sleeps, who checks;
* ``sedated``: the nights held by the sedated adult (he does the 2 am feed after his dose, the baby in his bed)
  against nights bounded before the dose or held by the other parent;
* ``noone``: the nights held by no one (the household, "whoever is up", the baby itself) against a named person;
* ``pasted``: another household's plan pasted in (the foster carer in a home with two parents, the mother's
  medicines in the father's assessment, another family's names) against the same shape with this family's plan;
* ``mothers``: the partner assessed with the mother's text (her dose, her breast milk, "she") against his own;
* ``household``: grandparents, lodgers and adult children with sedating medicines in the home: dismissed, or
  holding the nights while sedated, against each one's sedation answered with a named night plan;
* ``changes``: plans that change or end (a carer who leaves, a partner who moves in, a lodger who goes, a dose
  change) with nothing in their place, against the replacement told;
* ``foster``: the foster-placement example's nights (the foster carer, her household, the baby's home after the
  placement) both ways;
* ``carers``: several carers in one home sharing a rota of nights, both ways;
* ``styles``: letters, bullets, shorthand and health visitor notes, both ways;
* ``items``: the partner assessment's own items (safe sleep, parenting capacity, sedation) both ways;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  marks and full width; the verdict equals the plain one.

Must-pass conclusions are complete: each names its medicines, says what they mean for this baby (where it sleeps,
who has it at night) and what named professionals do and when; the overall conclusion names every medicine the
assessments cover. Medicines named here are real; no clinical code is invented (swapped medicines carry none).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh151_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    DRUG_SERVICE,
    ELM_PARK,
    PASS,
    REFUSE,
    Case,
    Expect,
    F,
    Mutation,
    P,
    Record,
    chain,
    medicine,
    other_prescriber,
    replace_medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F151CASES: list[Case] = []

CATEGORIES = (
    "dismissed",
    "slogan",
    "sedated",
    "noone",
    "pasted",
    "mothers",
    "household",
    "changes",
    "foster",
    "carers",
    "styles",
    "items",
    "disguise",
)

DM, SL, SD, NO, PA, MO, HH, CH, FO, CR, ST, IT, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F151CASES.append(Case(f"f151-{name}", category, expect, base, mutate, why))


Make = Callable[[str], Mutation]
Disguise = Callable[[str], str]


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oiv", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


def case(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    make: Make,
    text: str,
    why: str,
    disguise: Disguise | None = None,
) -> None:
    add(name, category, expect, base, make(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, make(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, base: str, make: Make, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, base, make, text, why, disguise)


def bad(name: str, category: str, base: str, make: Make, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, base, make, text, why, disguise)


def at(path: str, pre: Mutation | None = None) -> Make:
    def make(text: str) -> Mutation:
        return set_(path, text) if pre is None else chain(pre, set_(path, text))

    return make


ASM = "assessments#asm-partner-quetiapine"
QUET_C = at(f"{ASM}.conclusion")
P_O = at("overall_conclusion.text")
P_SS = at(f"{ASM}.impact_on_mother.safe_sleep")
P_PC = at(f"{ASM}.impact_on_mother.parenting_capacity")
P_REC = at(f"{ASM}.recommendations")
DZP_C = at("assessments#asm-diazepam-pregabalin.conclusion")
F_O = at("overall_conclusion.text")
F_SS = at("assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep")


# ------------------------------------------------------------------------------------------------ the father's medicine
# The partner-quetiapine example (Chloe, Daniel the baby's father, a mixed-fed baby in a next-to-me crib on Chloe's
# side, health visitor Joanna Price) with Daniel's quetiapine swapped for another sedating medicine.


class Swap:
    def __init__(self, mid: str, name: str, dose: str, started: str, capacity: str, safe: str, recs: str,
                 overall_text: str, prescriber: Record | None = None) -> None:
        self.med = medicine(mid, name, dose, started, prescriber or other_prescriber(ELM_PARK), taken_by="partner")
        self.capacity = capacity
        self.safe = safe
        self.recs = recs
        self.overall = overall_text

    def base(self) -> Mutation:
        return chain(
            replace_medicine("med-partner-quetiapine", self.med),
            set_(f"{ASM}.impact_on_mother.parenting_capacity", self.capacity),
            set_(f"{ASM}.impact_on_mother.safe_sleep", self.safe),
            set_(f"{ASM}.recommendations", self.recs),
        )

    def c(self) -> Make:
        """Text as the father's assessment's conclusion (the overall one rewritten to match)."""

        def make(text: str) -> Mutation:
            return chain(self.base(), set_("overall_conclusion.text", self.overall), set_(f"{ASM}.conclusion", text))

        return make

    def o(self, own_conclusion: str) -> Make:
        """Text as the overall conclusion, beside a good conclusion of the father's assessment."""

        def make(text: str) -> Mutation:
            return chain(self.base(), set_(f"{ASM}.conclusion", own_conclusion), set_("overall_conclusion.text", text))

        return make

    def item(self, path: str, own_conclusion: str) -> Make:
        """Text as one of the father's assessment's items, with a good conclusion and overall conclusion."""

        def make(text: str) -> Mutation:
            return chain(self.base(), set_("overall_conclusion.text", self.overall),
                         set_(f"{ASM}.conclusion", own_conclusion), set_(f"{ASM}.{path}", text))

        return make


MIRT = Swap(
    "med-partner-mirtazapine", "Mirtazapine 30mg tablets", "30 mg at night", "2025-09-01",
    "Daniel takes mirtazapine 30 mg at about 10 pm for depression; it leaves him heavy and hard to rouse until the "
    "morning. Well in the daytime and shares the baby's care then.",
    "He must not share a bed, sofa or chair with the baby at night and does no feeds after his 10 pm dose; the baby "
    "sleeps in the next-to-me crib on Chloe's side.",
    "Health visitor to see the crib at each visit until 8 weeks. His GP tells the health visitor of any dose change. "
    "Mirtazapine is not to be stopped suddenly: his GP manages any change, as stopping risks a relapse of his "
    "depression.",
    "Chloe's own paracetamol raises no concern. Daniel's mirtazapine 30 mg at night leaves him hard to wake: no bed, "
    "sofa or chair sharing with the baby, and Chloe does every feed after his 10 pm dose. The crib was seen by the "
    "health visitor, who sees it again at each visit until 8 weeks.",
)
AMI = Swap(
    "med-partner-amitriptyline", "Amitriptyline 50mg tablets", "50 mg at night", "2025-06-16",
    "Daniel takes amitriptyline 50 mg at 9 pm for back pain; he sleeps deeply and is slow to wake until about 6 am. "
    "Up and about in the daytime and does bath time.",
    "No bed, sofa or recliner sharing with the baby after his dose, and no night feeds by him; Chloe does the "
    "nights and the baby sleeps in the crib on her side.",
    "Health visitor to check the sleeping place at the 6-8 week review and each visit before it. His GP reviews "
    "the amitriptyline dose in three months and tells the health visitor of any rise; not to be stopped abruptly.",
    "Chloe's paracetamol raises no concern. Daniel's amitriptyline 50 mg at 9 pm makes him sleep deeply: the baby "
    "never sleeps on a bed, sofa or recliner with him, and Chloe does the night feeds. The health visitor checks "
    "the crib at each visit to the 6-8 week review.",
)
PREG = Swap(
    "med-partner-pregabalin", "Pregabalin 150mg capsules", "150 mg twice a day", "2025-11-20",
    "Daniel takes pregabalin 150 mg at 8 am and 8 pm for nerve pain after a back injury; drowsy in the evening "
    "and hard to wake overnight.",
    "He does not nap with the baby on the sofa in the evening and does no feeds overnight; the baby sleeps in its "
    "crib beside Chloe.",
    "Health visitor to check the sleeping place at each visit until 8 weeks. Pregabalin not to be stopped "
    "suddenly; his GP reviews it at his pain review in July and tells the health visitor of any change.",
    "Chloe's paracetamol raises no concern. Daniel's pregabalin makes him drowsy from the evening dose: no "
    "dozing with the baby on the sofa, no overnight feeds by him, and the crib stays beside Chloe. The health "
    "visitor checks it at each visit until 8 weeks.",
)
METH = Swap(
    "med-partner-methadone", "Methadone 1mg/ml oral solution sugar free", "70 mg (70 ml) once daily, supervised "
    "consumption", "2024-08-05",
    "Daniel takes methadone 70 mg each morning under the drug service, stable for a year with no on-top use. He is "
    "drowsy for a few hours after his dose and sleeps heavily at night.",
    "He must never fall asleep with the baby on a bed, sofa or chair, and does no night feeds; the baby sleeps in "
    "the crib on Chloe's side. Take-home doses kept in the locked box out of reach.",
    "Drug service keyworker and health visitor to share any change in his dose or use the same week. Methadone "
    "not to be stopped or cut without the drug service: relapse would put the baby at more risk. Health visitor "
    "checks the crib and the locked box at each visit until 8 weeks.",
    "Chloe's paracetamol raises no concern. Daniel's methadone 70 mg leaves him drowsy after his dose and a heavy "
    "sleeper: never asleep with the baby on a bed, sofa or chair, no night feeds by him, take-home doses in the "
    "locked box. The health visitor checks the crib and the box at each visit until 8 weeks.",
    other_prescriber(DRUG_SERVICE),
)
PROM = Swap(
    "med-partner-promethazine", "Promethazine hydrochloride 25mg tablets", "25 mg at night when needed for sleep",
    "2025-12-01",
    "Daniel takes promethazine 25 mg on two or three nights a week when he cannot sleep; on those nights he is "
    "groggy and hard to wake until the morning.",
    "On nights he has taken promethazine he does not have the baby at all and never sleeps with the baby on the "
    "bed or sofa; Chloe does the feeds and the crib is on her side.",
    "Health visitor to check at each visit until 8 weeks how often he takes it and who did the nights. His GP to "
    "review whether he still needs it at his next appointment.",
    "Chloe's paracetamol raises no concern. Daniel's promethazine, on the nights he takes it, leaves him groggy: "
    "on those nights Chloe does all the feeds and the baby sleeps in the crib on her side, never on a bed or sofa "
    "with him. The health visitor asks about this at each visit until 8 weeks.",
)
ZOP = Swap(
    "med-partner-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night", "2026-04-20",
    "Daniel was started on zopiclone 7.5 mg at bedtime for a month for insomnia; he sleeps through and does not "
    "hear the baby.",
    "No bed sharing with the baby on zopiclone nights; he does no night feeds while he takes it; crib beside Chloe.",
    "His GP to stop the zopiclone after the four weeks as planned and tell the health visitor. Health visitor to "
    "check the sleeping arrangements at each visit until 8 weeks.",
    "Chloe's paracetamol raises no concern. Daniel's zopiclone 7.5 mg at bedtime means he does not wake to the "
    "baby: no bed sharing with him and no night feeds by him while he takes it; the baby sleeps beside Chloe. The "
    "health visitor checks at each visit until 8 weeks and his GP stops it after four weeks.",
)
OLZ = Swap(
    "med-partner-olanzapine", "Olanzapine 10mg tablets", "10 mg at night", "2024-11-11",
    "Daniel takes olanzapine 10 mg at 10 pm for schizophrenia, stable for two years under the community mental "
    "health team; he is heavily asleep within an hour of the dose.",
    "He must never share a bed, sofa or armchair with the baby after his dose and does no night care; the baby "
    "sleeps in the crib on Chloe's side of the bed.",
    "Community mental health nurse and health visitor to talk before the 6-week check. Olanzapine continues: "
    "stopping risks a relapse. Health visitor checks the crib at each visit until 8 weeks.",
    "Chloe's paracetamol raises no concern. Daniel's olanzapine 10 mg at 10 pm sedates him heavily: the baby "
    "never sleeps with him on a bed, sofa or armchair and he does no night care; the crib stays on Chloe's side. "
    "The health visitor checks it at each visit until 8 weeks.",
)


# ============================================================================================================ dismissed
bad("dm-mirt-his-business", DM, P, MIRT.c(),
    "Mirtazapine is Daniel's own prescription and his own business; nothing for the baby's team to act on.",
    "the father's sedating medicine dismissed as his business", cyr)
bad("dm-ami-not-applicable-partner", DM, P, AMI.c(),
    "Amitriptyline: not applicable to this assessment, as it is the partner's medication and not the mother's.",
    "a long-form 'not applicable' for the father's sedating medicine", bidi)
bad("dm-meth-not-our-patient", DM, P, METH.c(),
    "Methadone prescribed for Daniel by the drug service; he is not our patient and we make no comment on it. "
    "The baby is not exposed.",
    "'not our patient': the father's sedation and the baby's nights never answered", zwsp)
bad("dm-olz-no-bearing", DM, P, OLZ.c(),
    "Daniel's olanzapine has no bearing on the baby, who is not exposed to it through milk or the womb. No action.",
    "the baby's exposure only; the father's night sedation dismissed")
bad("dm-preg-outside-remit", DM, P, PREG.c(),
    "Pregabalin is his, taken for his back, and outside the remit of a maternal medication review. No concerns.",
    "dismissed as outside the remit")
ok("dm-mirt-his-own-with-plan", DM, P, MIRT.c(),
   "Daniel's mirtazapine is his own prescription, but it matters for the baby: after his 10 pm dose he is too hard "
   "to wake to care for the baby, so Chloe does every feed overnight and the baby sleeps in the crib on her side, "
   "never in a bed, sofa or chair with him. Joanna Price (health visitor) sees the crib at each visit until 8 "
   "weeks.",
   "'his own prescription' followed by what it means for the baby's nights", cyr)
ok("dm-ami-not-exposed-but-nights", DM, P, AMI.c(),
   "The baby is not exposed to Daniel's amitriptyline, but it makes him sleep deeply from 9 pm: he does no night "
   "feeds, never dozes with the baby on the bed, sofa or recliner, and Chloe has the baby overnight in the crib "
   "beside her. The health visitor checks this at each visit up to the 6-8 week review.",
   "not exposed, then the sedation answered with a night plan", bidi)
ok("dm-meth-not-ours-but-answered", DM, P, METH.c(),
   "Daniel's methadone is managed by the drug service, not by us, but his drowsiness after the dose and his heavy "
   "sleep at night matter to the baby: he never falls asleep holding the baby on a bed, sofa or chair, Chloe does "
   "the night feeds, and his take-home doses stay in the locked box. His keyworker tells the health visitor of "
   "any dose change the same week; the health visitor checks the crib and the box at each visit until 8 weeks.",
   "managed elsewhere, answered here", zwsp)
ok("dm-olz-not-via-milk-but-sedation", DM, P, OLZ.c(),
   "Olanzapine does not reach the baby, since Daniel takes it, but he is heavily asleep within an hour of his 10 pm "
   "dose: no night care by him, no bed, sofa or armchair sharing with the baby, and the crib stays on Chloe's "
   "side. The health visitor checks the crib at every visit until 8 weeks; his CPN calls her if the dose changes.",
   "exposure denied, sedation answered")
ok("dm-preg-outside-clinic-but-plan", DM, P, PREG.c(),
   "Daniel's pregabalin is prescribed by his own GP for his back; it still bears on the baby. Drowsy from his 8 pm "
   "dose, he does not doze with the baby on the sofa and does no overnight feeds; the baby sleeps in its crib "
   "beside Chloe, who does the nights. The health visitor checks at each visit until 8 weeks.",
   "prescribed elsewhere, with the plan")

# ============================================================================================================ slogan
bad("sl-mirt-abc", SL, P, MIRT.c(),
    "Daniel's mirtazapine noted. Safe sleep: Alone, on their Back, in a Cot. Parents reminded of the ABC of safe "
    "sleep.",
    "the ABC slogan with no word of who has the nights while he is sedated", greek)
bad("sl-ami-advice-given", SL, P, AMI.c(),
    "Amitriptyline taken by Daniel at night. Safe sleep advice given to both parents and understood.",
    "'safe sleep advice given' and nothing more", fw)
bad("sl-prom-lullaby-leaflet", SL, P, PROM.c(),
    "Promethazine (Daniel): Lullaby Trust safer sleep leaflet given, parents aware of the risks of co-sleeping.",
    "a leaflet and 'aware of the risks', no plan")
bad("sl-olz-always-safe-sleep", SL, P, OLZ.c(),
    "Daniel's olanzapine: always practise safe sleep, every sleep, day and night.",
    "a campaign line for a plan")
bad("sl-meth-safer-sleep-reinforced", SL, P, METH.c(),
    "Methadone, father. Safer sleep messages reinforced; co-sleeping risks discussed; family to follow safer sleep "
    "guidance.",
    "messages reinforced and the family to follow guidance: no one named, no night plan")
ok("sl-mirt-abc-then-plan", SL, P, MIRT.c(),
   "Alone, on their Back, in a Cot, every sleep: for this baby that means the crib on Chloe's side, because "
   "Daniel's mirtazapine leaves him hard to rouse after 10 pm. He does no night feeds and never sleeps with the "
   "baby on a bed, sofa or chair. The health visitor checks the crib at each visit until 8 weeks.",
   "the slogan followed by this family's plan", greek)
ok("sl-ami-advice-given-and-what", SL, P, AMI.c(),
   "Safe sleep advice given to both parents: because of Daniel's amitriptyline at 9 pm, the baby never sleeps on "
   "the bed, sofa or recliner with him and he does no night feeds; Chloe has the baby in the crib beside her "
   "overnight. The health visitor rechecks at the next visit on 4 June and at each visit after.",
   "'advice given' with the advice and who does what", fw)
ok("sl-prom-leaflet-plus-nights", SL, P, PROM.c(),
   "Lullaby Trust leaflet given. On any night Daniel has taken promethazine he is groggy and does not have the "
   "baby: Chloe does those feeds, the baby sleeps in the crib on her side and never on a bed or sofa with him. "
   "The health visitor asks which nights he took it at each visit until 8 weeks.",
   "a leaflet plus the nights")
ok("sl-olz-every-sleep-plan", SL, P, OLZ.c(),
   "Every sleep in the crib on Chloe's side of the bed: Daniel's olanzapine makes him heavily asleep within the "
   "hour, so he never shares the bed, a sofa or armchair with the baby and does no night care. The health visitor "
   "sees the crib at each visit until 8 weeks.",
   "a slogan-like opening that is this family's plan")

# ============================================================================================================ sedated
bad("sd-mirt-he-does-2am", SD, P, MIRT.c(),
    "Daniel's mirtazapine makes him hard to rouse after 10 pm, so he does the 2 am bottle while Chloe sleeps. The "
    "health visitor checks the crib at each visit.",
    "the sedated father given the small-hours feed", cyr)
bad("sd-ami-baby-in-his-bed", SD, P, AMI.c(),
    "Amitriptyline leaves Daniel a deep sleeper from 9 pm; the baby sleeps in the big bed on his side so Chloe can "
    "rest. Health visitor aware.",
    "the baby in the sedated father's bed")
bad("sd-olz-sole-charge-nights", SD, P, OLZ.c(),
    "Daniel continues olanzapine 10 mg at 10 pm. He takes sole charge of the baby overnight on weekends so Chloe "
    "can sleep; the health visitor will review at 8 weeks.",
    "sole night charge for the sedated father (sedation answered 'yes')", zwj)
bad("sd-preg-sofa-evenings", SD, P, PREG.c(),
    "Daniel's pregabalin makes him drowsy in the evening, so he settles the baby on his chest on the sofa after his "
    "8 pm dose while Chloe has a bath. Health visitor to review in 2 weeks.",
    "the drowsy father holding the baby on the sofa after his dose")
bad("sd-meth-nights-after-dose", SD, P, METH.c(),
    "Daniel takes methadone 70 mg daily and is a heavy sleeper; he does the nights after his dose so Chloe can "
    "recover from the birth. The keyworker tells the health visitor of any dose change.",
    "the nights given to the father on methadone")
ok("sd-mirt-evening-feed-before-dose", SD, P, MIRT.c(),
   "Daniel gives the 9 pm bottle before his 10 pm mirtazapine, then hands over to Chloe, who does every feed until "
   "morning; after his dose he is too hard to rouse to have the baby and never shares a bed, sofa or chair with "
   "it. The crib stays on Chloe's side. The health visitor checks at each visit until 8 weeks.",
   "his feed before the dose, the nights with Chloe", cyr)
ok("sd-ami-mornings-after-6", SD, P, AMI.c(),
   "Daniel's amitriptyline 50 mg at 9 pm keeps him asleep until about 6 am: Chloe does the night feeds with the "
   "baby in the crib beside her, and Daniel takes the baby only from 6 am, once he is up and dressed, never in "
   "bed or on the recliner. The health visitor checks this at each visit until the 6-8 week review.",
   "his care bounded after the dose has worn off")
ok("sd-olz-chloe-nights", SD, P, OLZ.c(),
   "Daniel's olanzapine 10 mg at 10 pm makes him heavily asleep within the hour: he does no night care and never "
   "sleeps with the baby on a bed, sofa or armchair. Chloe does all the night feeds and the crib stays on her "
   "side; the health visitor checks the crib at each visit until 8 weeks.",
   "the nights with the mother, who takes nothing sedating", zwj)
ok("sd-preg-bath-before-dose", SD, P, PREG.c(),
   "Daniel's pregabalin makes him drowsy after his 8 pm dose, so he does the baby's bath and 7 pm feed before it, "
   "and after it he does not hold the baby on the sofa or in bed; Chloe takes over for the night, crib beside "
   "her. The health visitor checks at each visit until 8 weeks.",
   "his care bounded before the dose")

# ============================================================================================================ noone
bad("no-mirt-family-will-manage", NO, P, MIRT.c(),
    "Daniel's mirtazapine makes him hard to wake at night. The family will manage the night feeds between them "
    "and keep an eye on things.",
    "the nights left to 'the family', no one named", shy)
bad("no-ami-whoever-is-up", NO, P, AMI.c(),
    "Amitriptyline sedates Daniel from 9 pm. Night feeds will be done by whoever is awake; the baby sleeps "
    "wherever settles it best.",
    "nights held by whoever is up, the sleeping place anywhere")
bad("no-prom-baby-will-let-them-know", NO, P, PROM.c(),
    "Daniel's promethazine makes him groggy on the nights he takes it; the baby will let them know when it needs "
    "feeding and will settle in its crib.",
    "the baby as the only actor in the night plan")
bad("no-meth-household-aware", NO, P, METH.c(),
    "Daniel's methadone sedates him. The household is aware of the co-sleeping risk and will do what is needed at "
    "night.",
    "a household that is aware and will do what is needed")
ok("no-mirt-chloe-named", NO, P, MIRT.c(),
   "Daniel's mirtazapine makes him hard to wake at night, so Chloe has the baby every night: she does the feeds "
   "and the baby sleeps in the crib on her side, never in a bed, sofa or chair with Daniel. Joanna Price, health "
   "visitor, checks the crib and asks about the nights at each visit until 8 weeks.",
   "the nights held by a named person, with the health visitor's check", shy)
ok("no-ami-rota-named", NO, P, AMI.c(),
   "Daniel's amitriptyline sedates him from 9 pm, so he never has the baby overnight and never on the bed or "
   "recliner. Chloe does the nights; her sister Amy, who stays the first two weeks and takes no medicines, does "
   "the 3 am feed so Chloe gets a block of sleep. Health visitor checks the crib at each visit until 8 weeks.",
   "a named relative beside the health visitor")
ok("no-prom-nights-named", NO, P, PROM.c(),
   "On nights Daniel takes promethazine he is groggy until morning, so on those nights Chloe alone does the "
   "feeds, with the baby in the crib on her side; he never sleeps with the baby on a bed or sofa. The health "
   "visitor asks at each visit until 8 weeks which nights he took it.",
   "the promethazine nights held by the mother")
ok("no-olz-ward-then-chloe", NO, P, OLZ.c(),
   "Olanzapine 10 mg at 10 pm sedates Daniel heavily, so he does no night care: Chloe does every night feed with "
   "the crib on her side, and the baby never sleeps with him on a bed, sofa or armchair. The health visitor sees "
   "the crib at each visit until 8 weeks and his community mental health nurse tells her of dose changes.",
   "named holders of the nights and the checks")

# ============================================================================================================ pasted
bad("pa-mirt-foster-carer-pasted", PA, P, MIRT.c(),
    "Daniel's mirtazapine makes him hard to rouse after 10 pm. The foster carer does the night feeds and the cot "
    "is in the foster carer's bedroom; the social worker holds the plan.",
    "the foster placement's plan pasted into a home with two parents and no foster carer")
bad("pa-ami-mothers-diazepam-pasted", PA, P, AMI.c(),
    "Daniel's amitriptyline at 9 pm. Diazepam and pregabalin together cause significant sedation, so night care "
    "needs another adult awake; the baby may show late withdrawal up to day 8.",
    "another record's conclusion (the mother's diazepam and pregabalin) pasted under the father's amitriptyline")
bad("pa-olz-other-names", PA, P, OLZ.c(),
    "Olanzapine sedates Marcus at night, so Shannon does the feeds and the Moses basket stays beside her; the "
    "health visitor checks at each visit.",
    "another family's names: neither Marcus nor Shannon is in this record")
bad("pa-preg-quetiapine-overall-pasted", PA, P, PREG.o(
    "Daniel's pregabalin makes him drowsy from his 8 pm dose: he does not doze with the baby on the sofa, does "
    "no overnight feeds, and Chloe has the baby in the crib beside her. The health visitor checks at each visit "
    "until 8 weeks."),
    "The mother's own medicines (paracetamol) raise no concern. The father's quetiapine causes heavy sedation at "
    "night: no co-sleeping with him on a bed, sofa or armchair, and no night feeds by him after his dose.",
    "the old overall conclusion left in after the father's medicine changed: quetiapine, no longer listed, and "
    "pregabalin never named")
bad("pa-prom-withdrawal-scoring", PA, P, PROM.c(),
    "Daniel's promethazine: the baby will be scored for neonatal withdrawal on the ward for 72 hours and the "
    "midwife will watch for poor feeding.",
    "a withdrawal plan from a mother's assessment, for a medicine the baby was never exposed to; nights unanswered")
ok("pa-mirt-own-family", PA, P, MIRT.c(),
   "Daniel's mirtazapine makes him hard to rouse after 10 pm, so Chloe does the night feeds and the baby sleeps in "
   "the next-to-me crib on her side; no bed, sofa or chair sleeping with Daniel. The health visitor, Joanna Price, "
   "holds this plan and checks the crib at each visit until 8 weeks.",
   "the same shape with this family's names and plan")
ok("pa-ami-own-and-note-on-mum", PA, P, AMI.c(),
   "Daniel's amitriptyline at 9 pm leaves him a deep sleeper, so he does no night feeds and never dozes with the "
   "baby on the bed, sofa or recliner. Chloe takes only paracetamol, which does not sedate her, and does the "
   "nights with the crib beside her. The health visitor checks at each visit until the 6-8 week review.",
   "the mother's medicine mentioned truly, the father's answered")
ok("pa-preg-overall-updated", PA, P, PREG.o(
    "Daniel's pregabalin makes him drowsy from his 8 pm dose: he does not doze with the baby on the sofa, does "
    "no overnight feeds, and Chloe has the baby in the crib beside her at night. The health visitor checks at "
    "each visit until 8 weeks."),
   "Chloe takes paracetamol only, which raises no concern. Daniel's pregabalin 150 mg twice a day makes him "
   "drowsy in the evenings and hard to wake at night: no sofa or bed sleeping with the baby, no overnight feeds "
   "by him, crib beside Chloe. The health visitor checks at each visit until 8 weeks.",
   "the overall conclusion rewritten for the new medicine")

# ============================================================================================================ mothers
bad("mo-mirt-her-dose", MO, P, MIRT.c(),
    "Mirtazapine 30 mg continues at night. She should not co-sleep after her dose and should ask her partner to do "
    "the night feeds; the health visitor will check the crib.",
    "the father's mirtazapine assessed as if it were the mother's ('she', 'her dose')", zwj)
bad("mo-ami-breast-milk", MO, P, AMI.c(),
    "Amitriptyline passes into breast milk in small amounts and is compatible with breastfeeding; watch the baby "
    "for drowsiness and poor feeding. Health visitor to weigh the baby at 2 weeks.",
    "the mother's breastfeeding text for the father's medicine: his sedation and the nights unanswered")
bad("mo-olz-mum-continues", MO, P, OLZ.c(),
    "Mum to continue olanzapine 10 mg at night; no change to her dose is needed. She must not bed share after her "
    "dose; the baby sleeps in the crib.",
    "the father's olanzapine given to mum", greek)
bad("mo-preg-withdrawal-exposure", MO, P, PREG.c(),
    "Pregabalin in pregnancy slightly raises the risk of malformations; the newborn check was normal and the baby "
    "may show withdrawal up to day 8.",
    "the mother's exposure text for a medicine the father takes")
ok("mo-mirt-his-dose", MO, P, MIRT.c(),
   "Mirtazapine 30 mg continues for Daniel at night. He must not co-sleep after his dose and does none of the "
   "night feeds, which Chloe does with the crib on her side; the health visitor checks the crib at each visit "
   "until 8 weeks.",
   "the same plan in his pronouns, the mother doing the nights", zwj)
ok("mo-ami-not-in-milk-his-sleep", MO, P, AMI.c(),
   "The baby gets none of Daniel's amitriptyline, since he takes it, not Chloe, so feeding is unaffected. What "
   "matters is his deep sleep after 9 pm: he never sleeps with the baby on the bed, sofa or recliner and Chloe "
   "does the night feeds. The health visitor checks at each visit until the 6-8 week review.",
   "breast milk spoken of truly, the father's sedation answered")
ok("mo-olz-dad-continues", MO, P, OLZ.c(),
   "Dad continues olanzapine 10 mg at night; no change to his dose. He must not bed share or fall asleep with the "
   "baby on the sofa after his dose, and mum does all the night care with the crib on her side. The health "
   "visitor checks the crib at each visit until 8 weeks.",
   "the father's olanzapine given to dad", greek)

# ============================================================================================================ household
# Other adults in the home, whose medicines are not on the list (they are not the mother's or her partner's), spoken
# of in the conclusions beside the father's quetiapine (P) or in the foster placement (F).

QUET_OK = (
    "Daniel's quetiapine 300 mg at night makes him very hard to wake: he does no night feeds and never shares a bed, "
    "sofa or armchair with the baby."
)
bad("hh-nan-amitriptyline-nights", HH, P, QUET_C,
    QUET_OK + " Chloe's mother, who takes amitriptyline and sleeps heavily, has the baby in her bed on Friday and "
    "Saturday nights so Chloe can rest. Health visitor aware.",
    "a sedated grandmother given the baby in her bed", cyr)
bad("hh-lodger-methadone-dismissed", HH, P, QUET_C,
    QUET_OK + " The lodger's methadone is none of our business. Chloe does the feeds; the health visitor checks the "
    "crib at each visit.",
    "a household member's opioid dismissed as none of our business")
bad("hh-grandad-gabapentin-sofa", HH, P, QUET_C,
    QUET_OK + " Daniel's father, on gabapentin for his neuropathy and drowsy most evenings, minds the baby on the "
    "sofa from 7 pm until Chloe comes to bed. Health visitor to review at 6 weeks.",
    "a drowsy grandfather minding the baby on the sofa")
bad("hh-brother-promethazine-night", HH, P, QUET_C,
    QUET_OK + " Chloe's brother, who takes promethazine to sleep, does the 3 am feed on weeknights. The health "
    "visitor checks the crib at each visit until 8 weeks.",
    "a sedated adult given the small-hours feed")
ok("hh-nan-amitriptyline-not-nights", HH, P, QUET_C,
   QUET_OK + " Chloe's mother, who stays on Fridays and takes amitriptyline at night, helps in the daytime only and "
   "never has the baby overnight or in her bed; Chloe does every night feed with the crib on her side. The health "
   "visitor checks the crib at each visit until 8 weeks.",
   "a sedated grandmother's help bounded to the daytime, the nights named", cyr)
ok("hh-lodger-methadone-answered", HH, P, QUET_C,
   QUET_OK + " The lodger, who is on methadone, has no part in the baby's care, keeps his doses in a locked box in "
   "his room and does not hold the baby. Chloe does the night feeds, crib beside her; the health visitor checks "
   "the crib and the box at each visit until 8 weeks.",
   "a lodger's opioid answered: no care, doses locked away")
ok("hh-grandad-gabapentin-daytime", HH, P, QUET_C,
   QUET_OK + " Daniel's father takes gabapentin and is drowsy in the evenings, so he holds the baby only in the "
   "morning, sitting up, and never on the sofa after tea. Chloe does the evenings and nights with the crib on "
   "her side; the health visitor reviews this at each visit until 8 weeks.",
   "a drowsy grandfather kept to mornings")
ok("hh-brother-no-night-role", HH, P, QUET_C,
   QUET_OK + " Chloe's brother, who lives with them and takes promethazine to sleep, has no night role. Chloe "
   "does the night feeds with the crib beside her; her friend Leah, who takes nothing sedating, does the 3 am "
   "feed on Saturdays. The health visitor checks the crib at each visit until 8 weeks.",
   "a sedated adult in the home given no night role, the nights named")
bad("hh-fo-foster-husband-zopiclone", HH, F, DZP_C,
    "Diazepam and pregabalin make Kayleigh drowsy, so she does not co-sleep or feed lying down. The foster carer's "
    "husband, who takes zopiclone, covers the night feeds when Sandra is on a late shift. The baby may show late "
    "withdrawal up to day 8; the health visitor watches for it.",
    "the foster carer's sedated husband covering nights")
ok("hh-fo-foster-husband-no-nights", HH, F, DZP_C,
   "Diazepam and pregabalin make Kayleigh drowsy, so she does not co-sleep or feed lying down. Sandra Hollis, the "
   "foster carer, does every night feed; her husband takes zopiclone and has no part in the nights. Sandra and "
   "the health visitor watch for late withdrawal signs up to day 8. Both medicines continue unchanged for now.",
   "the foster carer's sedated husband kept from the nights, Sandra named")

# ============================================================================================================ changes
bad("ch-mirt-sister-left-nothing", CH, P, MIRT.c(),
    "Daniel's mirtazapine makes him hard to rouse after 10 pm. Chloe's sister, who was to do the night feeds, has "
    "gone home to Leeds. The health visitor checks the crib at each visit.",
    "the night cover ended, nothing in its place, the father still sedated", shy)
bad("ch-prom-crib-returned", CH, P, PROM.c(),
    "On nights Daniel takes promethazine Chloe does all the feeds. The next-to-me crib went back to the loan scheme "
    "last week.",
    "the sleeping place told ended, nothing after it")
bad("ch-olz-cover-fell-through", CH, P, OLZ.c(),
    "Daniel's olanzapine sedates him from 10 pm. The plan for Chloe's mother to stay and do the nights has since "
    "fallen through.",
    "the night plan fallen through with nothing instead")
bad("ch-meth-moved-in-no-plan", CH, P, METH.c(),
    "Daniel moved back in last week and takes methadone 70 mg daily. The previous plan was for a mother alone; it "
    "no longer applies and a new plan is yet to be made.",
    "a partner who moves in, the plan void, nothing new")
bad("ch-fo-placement-ends", CH, F, DZP_C,
    "Diazepam and pregabalin sedate Kayleigh, so Sandra Hollis does the night feeds and the baby may show late "
    "withdrawal up to day 8. The placement ends on Friday and there is nothing agreed after that.",
    "the placement (and its night feeds) ends with nothing agreed")
ok("ch-mirt-sister-left-chloe-now", CH, P, MIRT.c(),
   "Daniel's mirtazapine makes him hard to rouse after 10 pm. Chloe's sister did the night feeds for the first "
   "week and has gone home to Leeds; since then Chloe does them herself, crib on her side, and Daniel never has "
   "the baby after his dose or in a bed, sofa or chair. The health visitor checks at each visit until 8 weeks.",
   "the cover ended, its replacement told", shy)
ok("ch-prom-crib-replaced", CH, P, PROM.c(),
   "On nights Daniel takes promethazine he is groggy and Chloe does all the feeds. The loan crib went back last "
   "week and has been replaced by a cot beside Chloe's side of the bed, which the health visitor saw on 2 June; "
   "the baby never sleeps on a bed or sofa with him. She checks again at each visit until 8 weeks.",
   "the returned crib replaced, seen by the health visitor")
ok("ch-olz-gran-fell-through-replaced", CH, P, OLZ.c(),
   "Daniel's olanzapine sedates him heavily from 10 pm. Chloe's mother cannot stay after all, so Chloe does the "
   "nights herself with the crib on her side, and the baby never sleeps with Daniel on a bed, sofa or armchair. "
   "The health visitor comes weekly until 8 weeks to see how Chloe is coping with the nights.",
   "the plan fell through, the replacement told")
ok("ch-meth-moved-in-new-plan", CH, P, METH.c(),
   "Daniel moved back in last week; he takes methadone 70 mg each morning and sleeps heavily. From now on he does "
   "no night feeds and never falls asleep with the baby on a bed, sofa or chair; Chloe does the nights with the "
   "crib on her side, and his take-home doses live in the locked box. The health visitor visits on 3 June and "
   "weekly until 8 weeks.",
   "a partner moves in and a new night plan is made")
ok("ch-zop-course-ends", CH, P, ZOP.c(),
   "Daniel's zopiclone 7.5 mg at bedtime runs for four weeks; while he takes it he does no night feeds and never "
   "sleeps with the baby in the bed, and Chloe does the nights with the crib beside her. When his GP stops it "
   "after four weeks the health visitor agrees with both of them whether he then shares the nights.",
   "a course with an end and what happens after it")
ok("ch-fo-placement-ends-plan", CH, F, DZP_C,
   "Diazepam and pregabalin sedate Kayleigh, so Sandra Hollis, the foster carer, does the night feeds and the "
   "baby never sleeps with Kayleigh. Sandra and the health visitor watch for late withdrawal up to day 8. When "
   "the placement ends, the social worker agrees the next night plan at the review on 30 June before the baby "
   "moves. Both medicines continue unchanged for now.",
   "the placement's end with the next plan owned and dated")

# ============================================================================================================ foster
bad("fo-dzp-home-with-dad", FO, F, DZP_C,
    "Diazepam and pregabalin continue; Kayleigh is drowsy, so the baby sleeps at home with her dad in his bed. "
    "Late withdrawal possible up to day 8.",
    "the baby put at home in a bed with a parent, against a placement", zwsp)
bad("fo-dzp-kayleigh-nights", FO, F, DZP_C,
    "Diazepam and pregabalin make Kayleigh drowsy after each dose. Kayleigh does the 2 am and 5 am feeds in her "
    "room; the health visitor watches for withdrawal until day 8.",
    "the sedated mother given the small-hours feeds")
bad("fo-overall-quetiapine-pasted", FO, F, F_O,
    "Diazepam and pregabalin continue for now. The father's quetiapine causes heavy sedation at night: no night "
    "feeds by him after his dose. Late withdrawal signs possible until day 8.",
    "the partner example's quetiapine pasted into the foster record, which lists no quetiapine")
ok("fo-dzp-sandra-nights", FO, F, DZP_C,
   "Diazepam and pregabalin make Kayleigh drowsy after each dose, so Sandra Hollis does every feed between 10 pm "
   "and 7 am with the cot in her room, and Kayleigh never sleeps with the baby on a bed, sofa or armchair. Sandra "
   "and the health visitor watch for late withdrawal until day 8. Both continue unchanged for now.",
   "the foster carer named for the nights", zwsp)
ok("fo-dzp-kayleigh-day-feeds", FO, F, DZP_C,
   "Kayleigh does the daytime feeds sitting up with Sandra nearby; diazepam and pregabalin make her drowsy at "
   "night, so Sandra Hollis does the night feeds and the baby sleeps in the cot in Sandra's room. The baby may "
   "show late withdrawal up to day 8: Sandra and the health visitor watch for it. Both continue for now.",
   "the mother's care bounded to the daytime")
ok("fo-dzp-after-placement", FO, F, DZP_C,
   "Diazepam and pregabalin sedate Kayleigh: no co-sleeping, no feeding lying down, and Sandra Hollis does the "
   "nights in the placement. If the baby later goes home with Kayleigh, the social worker and GP agree the night "
   "plan first. Sandra and the health visitor watch for withdrawal to day 8. Both continue unchanged for now.",
   "a plan for after the placement, conditional")
ok("fo-overall-named", FO, F, F_O,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue for now and make Kayleigh drowsy: no bed, sofa or "
   "armchair sharing, no feeding lying down, and Sandra Hollis, the foster carer, does every night feed. Late "
   "withdrawal signs possible until day 8; Sandra, the health visitor and the social worker all hold this plan.",
   "the overall conclusion with the foster carer named")

# ============================================================================================================ carers
bad("cr-mirt-rota-dad-tuesdays", CR, P, MIRT.c(),
    "Night rota: Chloe Mon, Wed, Fri, Sun; Daniel Tue, Thu, Sat, after his 10 pm mirtazapine. The health visitor "
    "checks the crib at each visit.",
    "a rota giving the father, sedated after his dose, three nights", cyr)
bad("cr-ami-turns-no-names", CR, P, AMI.c(),
    "Amitriptyline makes Daniel sleep deeply. The adults in the house will take turns with the nights.",
    "turns among unnamed adults, the sedated one among them")
bad("cr-olz-two-carers-one-sedated", CR, P, OLZ.c(),
    "Daniel's olanzapine sedates him from 10 pm. Chloe and Daniel split the nights half and half so both get "
    "sleep; the health visitor will review at 8 weeks.",
    "half the nights with the sedated father")
bad("cr-fo-carers-rota-kayleigh", CR, F, DZP_C,
    "Diazepam and pregabalin sedate Kayleigh. Night rota: Sandra Hollis weeknights, Kayleigh weekends in her own "
    "room. Late withdrawal watched until day 8.",
    "weekend nights given to the sedated mother")
ok("cr-mirt-rota-chloe-and-aunt", CR, P, MIRT.c(),
   "Night rota while Daniel takes mirtazapine (hard to rouse after 10 pm, so never on the rota, never sharing a "
   "bed, sofa or chair with the baby): Chloe Mon to Fri, her aunt Pat, who takes no medicines, Sat and Sun in the "
   "spare room with the crib. The health visitor checks both rooms at each visit until 8 weeks.",
   "a rota of unsedated named adults", cyr)
ok("cr-ami-turns-named", CR, P, AMI.c(),
   "Amitriptyline makes Daniel sleep deeply from 9 pm, so he is off the night rota and never dozes with the baby "
   "on the bed, sofa or recliner. Chloe and her mother Jean, who stays for the first month and takes nothing "
   "sedating, take alternate nights with the crib in whichever room they sleep. The health visitor checks at each "
   "visit until the 6-8 week review.",
   "alternate nights between named unsedated adults")
ok("cr-olz-evenings-split", CR, P, OLZ.c(),
   "Chloe and Daniel split the evening: Daniel has the baby from 6 to 9.30 pm, before his 10 pm olanzapine, and "
   "after that Chloe has the nights alone, crib on her side. Once he has taken it he never shares a bed, sofa or "
   "armchair with the baby. The health visitor checks at each visit until 8 weeks.",
   "the split bounded before his dose")
ok("cr-fo-carers-rota-named", CR, F, DZP_C,
   "Diazepam and pregabalin sedate Kayleigh: no co-sleeping and no night care by her. Night rota in the placement: "
   "Sandra Hollis weeknights, her approved back-up carer Mark Hollis weekends, neither taking sedating medicine. "
   "Both watch with the health visitor for late withdrawal to day 8. Both medicines continue unchanged for now.",
   "a rota of two named foster carers")

# ============================================================================================================ styles
bad("st-letter-see-enclosed", ST, P, MIRT.c(),
    "Dear colleague, thank you for asking about Daniel's mirtazapine. Please see the enclosed letter from his GP. "
    "Kind regards.",
    "a letter that only points elsewhere", fw)
bad("st-bullets-empty", ST, P, AMI.c(),
    "- Amitriptyline (dad)\n- sedation: noted\n- nights: discussed\n- plan: as above",
    "bullets with the headings and no content")
bad("st-shorthand-nad", ST, P, OLZ.c(),
    "Dad on olanzapine. SS disc. NAD. R/V PRN.",
    "shorthand saying nothing: safe sleep discussed, nothing abnormal, review as needed", cyr)
bad("st-hv-note-tbc", ST, P, PROM.c(),
    "HV note: promethazine (Daniel) - night plan tbc at next visit; parents to decide.",
    "a health visitor's note deferring the night plan")
bad("st-letter-fo-as-discussed", ST, F, DZP_C,
    "Dear Sandra, re Kayleigh's diazepam and pregabalin: as discussed at the meeting. Yours sincerely, Dr Owen "
    "Pritchard.",
    "a letter to the foster carer with nothing in it")
ok("st-letter-to-hv", ST, P, MIRT.c(),
   "Dear Joanna, Daniel takes mirtazapine 30 mg at 10 pm and is hard to rouse after it. We have agreed: Chloe does "
   "all feeds from 10 pm; the baby sleeps in the next-to-me crib on her side; Daniel never sleeps with the baby on "
   "a bed, sofa or chair. Please check the crib at each visit until 8 weeks. Kind regards, Dr Owen Pritchard.",
   "a letter to the health visitor with the plan in it", fw)
ok("st-bullets-full", ST, P, AMI.c(),
   "- Amitriptyline 50 mg at 9 pm (Daniel): deep sleep until ~6 am\n- No bed/sofa/recliner sharing with baby by "
   "him\n- Night feeds: Chloe; crib beside her\n- HV checks crib each visit to 6-8 wk review",
   "bullets carrying the plan")
ok("st-shorthand-full", ST, P, OLZ.c(),
   "Dad on olanzapine 10mg nocte, v sedated within 1 hr. No co-sleeping w dad (bed/sofa/chair). Mum does all "
   "night feeds, crib her side. HV to check crib each visit to 8/52.",
   "GP shorthand with the plan", cyr)
ok("st-hv-note-plan", ST, P, PROM.c(),
   "HV note 28/05: Daniel takes promethazine 25 mg some nights and is groggy after. Agreed: on those nights Chloe "
   "does all feeds, baby in crib her side, never on bed or sofa with him. HV to ask at each contact to 8 wks which "
   "nights he took it.",
   "a health visitor's note with the plan")
ok("st-letter-fo-plan", ST, F, DZP_C,
   "Dear Sandra, Kayleigh's diazepam and pregabalin make her drowsy: please do the night feeds yourself, keep the "
   "cot in your room, and do not let her sleep with the baby on a bed, sofa or chair. Watch for late withdrawal "
   "(tremor, poor feeding, crying) to day 8 and call the neonatal unit if worried; the health visitor visits "
   "too. Both medicines continue for now. Yours, Dr Owen Pritchard.",
   "a letter to the foster carer with the plan")

# ============================================================================================================ items
MIRT_OK = (
    "Daniel's mirtazapine 30 mg at 10 pm leaves him hard to rouse, so he does no night feeds and never sleeps with "
    "the baby on a bed, sofa or chair; Chloe does the nights with the crib on her side. The health visitor checks "
    "the crib at each visit until 8 weeks."
)
bad("it-mirt-safe-sleep-na-partner", IT, P, MIRT.item("impact_on_mother.safe_sleep", MIRT_OK), "N/A - partner's med",
    "the safe-sleep item dismissed for the partner", greek)
bad("it-mirt-safe-sleep-not-relevant", IT, P, MIRT.item("impact_on_mother.safe_sleep", MIRT_OK),
    "Not relevant: only the mother's medicines bear on the baby's sleep.",
    "the partner's safe sleep called not relevant")
bad("it-ami-sedation-no", IT, P,
    lambda t: chain(AMI.base(), set_("overall_conclusion.text", AMI.overall),
                    set_(f"{ASM}.impact_on_mother.sedation", "no"), set_(f"{ASM}.conclusion", t)),
    "Daniel's amitriptyline at 9 pm makes him sleep deeply: he never sleeps with the baby on the bed, sofa or "
    "recliner and Chloe does the night feeds, crib beside her. Health visitor checks at each visit until 8 weeks.",
    "sedation coded 'no' beside 'sleeps deeply' and 'slow to wake'")
bad("it-olz-capacity-na", IT, P, OLZ.item("impact_on_mother.parenting_capacity",
                                           "Daniel's olanzapine 10 mg at 10 pm makes him heavily asleep within the "
                                           "hour: no night care by him and no bed, sofa or armchair sharing; Chloe "
                                           "has the nights, crib on her side. The health visitor checks at each "
                                           "visit until 8 weeks."),
    "Not applicable.",
    "parenting capacity dismissed for a heavily sedated father")
ok("it-mirt-safe-sleep-spare-room", IT, P, MIRT.item("impact_on_mother.safe_sleep", MIRT_OK),
   "N/A for bed sharing as he sleeps in the spare room after his dose; he never has the baby on a sofa or chair "
   "at night and Chloe does the feeds.",
   "a reasoned 'N/A' that answers where the baby sleeps", greek)
ok("it-ami-sedation-yes-plain", IT, P, AMI.item("impact_on_mother.sedation",
                                                "Daniel's amitriptyline at 9 pm makes him sleep deeply: he never "
                                                "sleeps with the baby on the bed, sofa or recliner and Chloe does "
                                                "the night feeds, crib beside her. The health visitor checks this "
                                                "at each visit until 8 weeks."),
   "yes",
   "sedation coded 'yes' beside 'sleeps deeply'")
ok("it-olz-capacity-full", IT, P, OLZ.item("impact_on_mother.parenting_capacity",
                                            "Daniel's olanzapine 10 mg at 10 pm makes him heavily asleep within the "
                                            "hour, so he does no night care and never sleeps with the baby on a "
                                            "bed, sofa or armchair; Chloe has the nights with the crib on her side. "
                                            "The health visitor checks at each visit until 8 weeks."),
   "Well and caring for the baby in the daytime, confident with feeds and changes; after his 10 pm olanzapine he "
   "cannot safely care for the baby until about 7 am.",
   "parenting capacity answered, day and night")
ok("it-zop-safe-sleep-short", IT, P, ZOP.item("impact_on_mother.safe_sleep",
                                               "Daniel's zopiclone 7.5 mg at bedtime means he does not hear the "
                                               "baby: no bed sharing with him and no night feeds by him while he "
                                               "takes it; Chloe has the baby in the crib beside her. The health "
                                               "visitor checks at each visit until 8 weeks."),
   "Not in bed with him; Chloe does nights; crib her side.",
   "a terse safe-sleep item that answers")

# ============================================================================================================ more both ways
# Other sedating medicines of the household's adults: chlorphenamine, buprenorphine, gabapentin, diazepam.

CHLOR = Swap(
    "med-partner-chlorphenamine", "Chlorphenamine 4mg tablets", "4 mg at night when needed for hay fever",
    "2026-04-01",
    "Daniel takes chlorphenamine 4 mg at night in the hay fever season; it makes him drowsy and slow to wake.",
    "On nights he has taken it he does not share a bed or sofa with the baby and does no feeds; crib beside Chloe.",
    "Health visitor to check at each visit until 8 weeks. His GP suggested a non-drowsy antihistamine in the "
    "daytime instead; he will ask at his next appointment.",
    "Chloe's paracetamol raises no concern. Daniel's chlorphenamine at night makes him drowsy: on those nights no "
    "bed or sofa sharing with the baby and no feeds by him; the crib stays beside Chloe. The health visitor checks "
    "at each visit until 8 weeks.",
)
BUP = Swap(
    "med-partner-buprenorphine", "Espranor 8mg oral lyophilisates", "16 mg once daily, supervised consumption",
    "2025-03-10",
    "Daniel takes buprenorphine (Espranor) 16 mg each morning under the drug service, stable, no on-top use; "
    "drowsy for a while after the dose and on days he is tired.",
    "He never falls asleep with the baby on the sofa, a chair or the bed; no night feeds by him; crib on Chloe's "
    "side; any take-home doses in the locked box.",
    "Drug service keyworker and health visitor to share changes the same week. Buprenorphine not to be stopped "
    "without the drug service, as relapse would put the baby at risk. Health visitor checks the crib at each visit "
    "until 8 weeks.",
    "Chloe's paracetamol raises no concern. Daniel's buprenorphine (Espranor) 16 mg each morning can make him "
    "drowsy: he never falls asleep with the baby on a sofa, chair or bed and does no night feeds; the crib stays "
    "on Chloe's side. The health visitor checks at each visit until 8 weeks.",
    other_prescriber(DRUG_SERVICE),
)
bad("dm-chlor-just-hay-fever", DM, P, CHLOR.c(),
    "Chlorphenamine: only an over-the-counter hay fever tablet of Daniel's, not relevant to the baby.",
    "a sedating antihistamine dismissed as only a hay fever tablet")
ok("dm-chlor-hay-fever-answered", DM, P, CHLOR.c(),
   "Chlorphenamine is only Daniel's hay fever tablet, but it makes him drowsy at night: on nights he takes it he "
   "does no feeds and never shares a bed or sofa with the baby, and Chloe has the baby in the crib beside her. "
   "The health visitor checks at each visit until 8 weeks.",
   "the same, answered")
bad("sd-bup-naps-with-baby", SD, P, BUP.c(),
    "Daniel's Espranor makes him drowsy after his morning dose, so he naps on the sofa with the baby on his chest "
    "until Chloe is back from the school run. Health visitor to review at 6 weeks.",
    "the drowsy father napping with the baby on the sofa")
ok("sd-bup-naps-without-baby", SD, P, BUP.c(),
   "Daniel's Espranor (buprenorphine) makes him drowsy after his morning dose: he puts the baby in the crib before "
   "he rests, never naps with it on the sofa or bed, and does no night feeds, which Chloe does. Take-home doses stay "
   "in the locked box. The health visitor checks at each visit until 8 weeks.",
   "the drowsy father puts the baby down before resting")
bad("sl-chlor-back-to-sleep", SL, P, CHLOR.c(),
    "Chlorphenamine (Daniel): back to sleep, feet to foot, smoke-free home. Advice as per Lullaby Trust.",
    "a list of slogans, no one holding the nights")
ok("sl-chlor-feet-to-foot-plan", SL, P, CHLOR.c(),
   "Back to sleep, feet to foot, in the crib beside Chloe. On nights Daniel has taken chlorphenamine he is drowsy, "
   "so Chloe does those feeds and he never shares a bed or sofa with the baby. The health visitor checks at each "
   "visit until 8 weeks.",
   "the slogans with the plan")
bad("no-bup-someone-will", NO, P, BUP.c(),
    "Buprenorphine can make Daniel drowsy. Someone will always be awake with the baby at night.",
    "'someone' holds the nights")
ok("no-bup-chloe-will", NO, P, BUP.c(),
   "Buprenorphine (Espranor) can make Daniel drowsy, so Chloe is the one awake with the baby at night and does "
   "the feeds, crib on her side; he never falls asleep holding the baby on a sofa, chair or bed. The health "
   "visitor checks at each visit until 8 weeks and his keyworker tells her of any dose change.",
   "a named person holds the nights")
bad("mo-chlor-her-hay-fever", MO, P, CHLOR.c(),
    "Chlorphenamine is compatible with breastfeeding at this dose; she may feel drowsy so should not feed lying "
    "down. Health visitor aware.",
    "the father's antihistamine assessed as the mother's")
ok("mo-chlor-his-hay-fever", MO, P, CHLOR.c(),
   "Chlorphenamine is Daniel's, so feeding is not affected; it makes him drowsy, so on nights he takes it he does "
   "not feed or hold the baby lying down, never shares a bed or sofa with it, and Chloe does the feeds. The health "
   "visitor checks at each visit until 8 weeks.",
   "the same, his")
bad("hh-adult-son-diazepam-nights", HH, P, QUET_C,
    QUET_OK + " Chloe's eldest son, 19, who takes diazepam and is drowsy in the evenings, has the baby in his room "
    "overnight at weekends. The health visitor checks the crib at each visit.",
    "a sedated adult son given weekend nights")
ok("hh-adult-son-diazepam-not-nights", HH, P, QUET_C,
   QUET_OK + " Chloe's eldest son, 19, takes diazepam and is drowsy in the evenings, so he does not have the baby "
   "after tea or overnight. Chloe does all the night feeds with the crib on her side. The health visitor checks "
   "the crib at each visit until 8 weeks.",
   "the sedated adult son kept from the nights")
bad("ch-bup-dose-up-same-plan", CH, P, BUP.c(),
    "Daniel's buprenorphine has gone up to 24 mg this week and he is drowsier. The plan stays whatever it was "
    "before; no further action.",
    "a dose change met with 'whatever it was before'")
ok("ch-bup-dose-up-replan", CH, P, BUP.c(),
   "Daniel's buprenorphine (Espranor) may go up at his keyworker review next week; he is already drowsy after his "
   "dose. Whatever the dose, he does no night feeds and never sleeps with the baby on a sofa, chair or bed, and "
   "Chloe does the nights. His keyworker tells the health visitor of any change the same week, and she rechecks "
   "then.",
   "a dose change planned for with owners")
bad("pa-chlor-lithium-levels", PA, P, CHLOR.c(),
    "Daniel's chlorphenamine: levels checked monthly and weekly from 36 weeks; the baby's level within 24 hours of "
    "birth.",
    "a lithium plan pasted under the father's antihistamine")
ok("pa-chlor-own-plan", PA, P, CHLOR.c(),
   "Daniel's chlorphenamine at night makes him drowsy and slow to wake: on those nights no bed or sofa sharing "
   "with the baby and no feeds by him, and Chloe does them with the crib beside her. The health visitor checks at "
   "each visit until 8 weeks.",
   "his own plan")
bad("cr-bup-two-adults-unnamed", CR, P, BUP.c(),
    "Buprenorphine makes Daniel drowsy. The two adults in the house will share the baby's care at night as suits "
    "them.",
    "the sedated father half of an unnamed night share")
ok("cr-bup-share-bounded", CR, P, BUP.c(),
   "Buprenorphine (Espranor) makes Daniel drowsy for a few hours after his 8 am dose, so Chloe and Daniel share "
   "care this way: Daniel has the baby from 2 pm to 9 pm, never asleep with it on a sofa, chair or bed, and Chloe "
   "has the nights with the crib on her side. The health visitor checks at each visit until 8 weeks.",
   "a share bounded away from his drowsy hours and the nights")
bad("st-bullets-chlor-tick", ST, P, CHLOR.c(),
    "Chlorphenamine (dad):\n[x] safe sleep\n[x] nights\n[x] HV informed",
    "a checklist of ticks with nothing after them")
ok("st-bullets-chlor-content", ST, P, CHLOR.c(),
   "Chlorphenamine (dad):\n[x] safe sleep - no bed/sofa sharing with baby on nights he takes it\n[x] nights - mum "
   "does all feeds, crib beside her\n[x] HV - checks at each visit to 8 wks",
   "a checklist with its content")
bad("it-bup-safe-sleep-none", IT, P, BUP.item("impact_on_mother.safe_sleep",
                                               "Daniel's buprenorphine (Espranor) makes him drowsy: no night feeds "
                                               "by him, never asleep with the baby on a sofa, chair or bed; Chloe "
                                               "does the nights, crib on her side. The health visitor checks at "
                                               "each visit until 8 weeks."),
    "None.",
    "the partner's safe-sleep item answered 'None'")
ok("it-bup-safe-sleep-answered", IT, P, BUP.item("impact_on_mother.safe_sleep",
                                                  "Daniel's buprenorphine (Espranor) makes him drowsy: no night "
                                                  "feeds by him, never asleep with the baby on a sofa, chair or bed; "
                                                  "Chloe does the nights with the crib on her side. The health "
                                                  "visitor checks at each visit until 8 weeks."),
   "None of the baby's sleeps with him: he does not fall asleep with the baby anywhere; crib on Chloe's side.",
   "'None' opening a real answer")
bad("fo-dzp-carer-partner-pregabalin", FO, F, DZP_C,
    "Diazepam and pregabalin make Kayleigh drowsy; no co-sleeping. Sandra's partner, who also takes pregabalin and "
    "dozes in the evenings, has the baby on the sofa until midnight. Withdrawal watch to day 8 by the health "
    "visitor.",
    "a drowsy adult of the foster household on the sofa with the baby")
ok("fo-dzp-carer-partner-no-sofa", FO, F, DZP_C,
   "Diazepam and pregabalin make Kayleigh drowsy; no co-sleeping or feeding lying down. Sandra Hollis does the "
   "nights; her partner, who takes pregabalin himself and dozes in the evenings, never holds the baby on the sofa "
   "after tea. Sandra and the health visitor watch for withdrawal to day 8. Both continue unchanged for now.",
   "the foster household's drowsy adult kept off the sofa with the baby")

# ============================================================================================================ overall
bad("no-overall-mirt-nights-open", NO, P, MIRT.o(MIRT_OK),
    "Chloe's paracetamol raises no concern. Daniel's mirtazapine is noted; the family will sort the nights out "
    "between them.",
    "the overall conclusion leaves the nights to the family")
ok("no-overall-mirt-nights-named", NO, P, MIRT.o(MIRT_OK),
   "Chloe's paracetamol raises no concern. Daniel's mirtazapine leaves him hard to rouse after 10 pm, so Chloe "
   "holds every night and the baby sleeps in the crib on her side, never in a bed, sofa or chair with him. The "
   "health visitor checks at each visit until 8 weeks.",
   "the overall conclusion names who holds the nights")
bad("dm-overall-ami-not-applicable", DM, P, AMI.o(
    "Daniel's amitriptyline at 9 pm leaves him a deep sleeper: he does no night feeds and never sleeps with the "
    "baby on the bed, sofa or recliner; Chloe has the baby overnight in the crib beside her. The health visitor "
    "checks at each visit until the 6-8 week review."),
    "Paracetamol for Chloe: no concern. Amitriptyline (Daniel): co-sleeping not applicable.",
    "the overall conclusion dismisses co-sleeping for the father's medicine")
ok("dm-overall-ami-answered", DM, P, AMI.o(
    "Daniel's amitriptyline at 9 pm leaves him a deep sleeper: he does no night feeds and never sleeps with the "
    "baby on the bed, sofa or recliner; Chloe has the baby overnight in the crib beside her. The health visitor "
    "checks at each visit until the 6-8 week review."),
   "Paracetamol for Chloe: no concern. Amitriptyline (Daniel): co-sleeping with him not safe after 9 pm; Chloe "
   "does the nights, crib beside her; HV checks each visit to 6-8 weeks.",
   "the same heading answered")

# Replacements and kinship: the mother's nights bounded by nothing, a heading left bare, the baby put home with a
# grandmother against the placement, and the grandmother as the plan after it.
bad("fo-dzp-kayleigh-when-sandra-off", FO, F, DZP_C,
    "Diazepam and pregabalin make Kayleigh drowsy after each dose. Kayleigh does the night feeds when Sandra is off; "
    "the health visitor watches for late withdrawal until day 8.",
    "a condition that leaves the sedated mother the lone night carer bounds nothing")
ok("fo-dzp-sandra-off-relief-carer", FO, F, DZP_C,
   "Diazepam and pregabalin make Kayleigh drowsy after each dose, so she does no night feeds. Sandra Hollis does "
   "them; when Sandra is off, the agency's relief foster carer stays over and does them, with the cot in her room. "
   "Sandra and the health visitor watch for late withdrawal until day 8. Both continue unchanged for now.",
   "the foster carer's nights off covered by a named relief carer")
bad("no-olz-headings-bare", NO, P, OLZ.c(),
    "Daniel's olanzapine sedates him at night. Who does the night feeds: -. Where the baby sleeps: -.",
    "the night plan's headings with bare cells")
ok("no-olz-headings-filled", NO, P, OLZ.c(),
   "Daniel's olanzapine 10 mg at 10 pm sedates him heavily. Who does the night feeds: Chloe. Where the baby sleeps: "
   "the crib on Chloe's side, never a bed, sofa or armchair with Daniel. Who checks: the health visitor, at each "
   "visit until 8 weeks.",
   "the same headings filled")
bad("fo-overall-home-with-gran", FO, F, F_O,
    "Diazepam and pregabalin continue for now and make Kayleigh drowsy: no bed, sofa or armchair sharing and no "
    "feeding lying down. The baby went home with her grandmother, who does the nights. Late withdrawal signs "
    "possible until day 8; the health visitor and social worker hold this plan.",
    "the baby put at home with a grandmother where the record discharges it to a foster placement")
ok("fo-overall-gran-after-placement", FO, F, F_O,
   "Diazepam and pregabalin continue for now and make Kayleigh drowsy: no bed, sofa or armchair sharing, no feeding "
   "lying down, and Sandra Hollis, the foster carer, does the nights in the placement. If the kinship assessment of "
   "Kayleigh's mother is approved, the social worker agrees her night plan before any move. Late withdrawal signs "
   "possible until day 8; Sandra and the health visitor watch for them.",
   "a kinship placement as a plan for after the foster placement, conditional")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F151CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F151CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F151CASES):3}"
    )
