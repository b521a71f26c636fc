"""A hundred-and-eleventh independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirty-ninth round, against the readings that landed in the last stop.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
The last stop taught the gate to refuse: a concern in a joint conclusion answered only under another medicine's
heading; a medicine as the subject of a person's act; a role the text says is absent, declined or not allocated
given acts; "no one will ..."; the baby's watch or sleep left to her wish; the baby's treatment moving with the
scores with no one acting; the partner's sedating medicine put on the mother; plans withdrawn; bare cells and a
heading's bare answer; an earlier pregnancy's plan copied in; opinions and predictions with nothing decided;
recorded acts with no plan; a watch longer than the stay; reversed windows; spans longer than the baby's life;
a depot by mouth; a day's dose against the line; amounts paired in order; a volume for a solid form; copies
through synonyms. Most cases here (over 70%) are good, complete work that legitimately uses those shapes in new
wording and must pass; each is paired with a near miss that must be refused:

* ``headings``: "Methadone:" and "Sertraline:" headings each answering their own concerns, with a shared "Both:"
  or plan paragraph (pass); a concern said only under the other medicine's heading (refuse);
* ``actors``: a medicine as the subject of what a medicine does ("the dose keeps her stable") beside a person who
  acts (pass); the baby's care given to the medicines (refuse);
* ``roles``: a role declined before and accepted now, a role not yet allocated with a plan for the gap, "nobody
  will share a bed with the baby" (pass); a role declined now holding the plan, "no one will ..." (refuse);
* ``wishes``: her choice of feeding or of chair with the watch held either way (pass); the watch or sleep left to
  her or their wish (refuse);
* ``scores``: the baby's morphine given by the neonatal team if the scores stay high (pass); the treatment moving
  with the scores, no one acting (refuse);
* ``partner``: the father's sedating medicine making him drowsy, so the mother does nights (pass); the father's
  medicine put on the mother (refuse);
* ``withdrawn``: an earlier plan replaced by the one written (pass); the written plan withdrawn (refuse);
* ``cells``: short headings each with an answer (pass); bare cells (refuse);
* ``earlier``: an earlier pregnancy's plan agreed again today and written out (pass); the plan given only as the
  earlier one (refuse);
* ``opinions``: present-tense opinions and predicted small levels with a decision and who acts (pass); the
  opinion or prediction alone (refuse);
* ``times``: watches split between ward and home, windows to delivery, spans within the baby's age, timed
  recorded acts (pass); a watch longer than the stay, reversed windows, spans beyond the baby's age, recording
  with no time (refuse);
* ``doses``: a day's total split otherwise, amounts paired in order, a liquid's volume, a depot injected (pass);
  the day's total wrong, pairs swapped, a volume for tablets, a depot by mouth (refuse);
* ``copies``: two conclusions sharing standard sentences, each with its own medicine's part (pass); one copied
  through synonyms or pasted and trimmed (refuse);
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi isolates and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added or swapped in carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh111_cases`` for the counts per category.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable

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
    Record,
    V,
    chain,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F111CASES: list[Case] = []

CATEGORIES = (
    "headings",
    "actors",
    "roles",
    "wishes",
    "scores",
    "partner",
    "withdrawn",
    "cells",
    "earlier",
    "opinions",
    "times",
    "doses",
    "copies",
    "disguise",
)

HD, AC, RO, WI, SC, PA, WD, CE, EA, OP, TI, DS, CP, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F111CASES.append(Case(f"f111-{name}", category, expect, base, mutate, why))


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


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def both(where_a: str, text_a: str, where_b: str, text_b: str) -> Mutation:
    """Two texts of one record set together (the two must share a base)."""
    base_a, set_a = SETTERS[where_a]
    base_b, set_b = SETTERS[where_b]
    assert base_a == base_b, (where_a, where_b)
    return chain(set_a(text_a), set_b(text_b))


def pair(
    name: str,
    category: str,
    expect: Expect,
    texts: tuple[str, str, str, str],
    why: str,
    disguise: Disguise | None = None,
) -> None:
    """Two texts of one record set together, and the same disguised when a disguise is given."""
    where_a, text_a, where_b, text_b = texts
    base = SETTERS[where_a][0]
    add(name, category, expect, base, both(where_a, text_a, where_b, text_b), why)
    if disguise is not None:
        add(
            f"dg-{name}",
            DG,
            expect,
            base,
            both(where_a, disguise(text_a), where_b, disguise(text_b)),
            f"{why} [disguised: {disguise.__name__}]",
        )


def swap_medicine(mid: str, **fields: str) -> Mutation:
    """A listed medicine given another product, dose or route: its code dropped (none is invented here)."""

    def mutate(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med.pop("code", None)
                med.pop("last_changed", None)
                for key, value in fields.items():
                    med[key] = copy.deepcopy(value)
                return
        raise KeyError(mid)

    return mutate


# ============================================================================================================
# headings: "Methadone:" and "Sertraline:" each answering their own concerns with a shared paragraph (pass); a
# concern said only under the other medicine's heading (refuse).

ok(
    "hd-mo-headings-both-paragraph",
    HD,
    "mo",
    "Methadone: 60 mg daily continues to term with the drug service. The baby is scored for NAS on the postnatal "
    "ward for at least 72 hours and the HV looks for late signs to day 8. She is drowsy after each dose, so no bed "
    "or sofa sharing; the midwife sees the cot at the first home visit.\nSertraline: 100 mg daily continues; the "
    "ward midwife also watches for poor adaptation (jitteriness, fast breathing, poor feeding) in those 72 hours.\n"
    "Both: breastfeeding is encouraged on stable doses, and any dose change goes to maternity the same week.",
    "each heading answers its own medicine's concerns; the shared paragraph is said of both",
    zwsp,
)
ok(
    "hd-mo-headings-bullets-plan",
    HD,
    "mo",
    "Methadone:\n- continue 60 mg od, supervised\n- no co-sleeping: sedated for 2-4 h after the dose; cot checked "
    "by the HV before discharge\nSertraline:\n- continue 100 mg od; GP reviews mood at 6/52 pn\nPlan for baby:\n- "
    "72 h NAS and adaptation scoring on the postnatal ward, HV for late signs to day 8\n- breastfeeding "
    "supported for both medicines",
    "bulleted headings; the baby's plan under its own heading serves both medicines",
)
ok(
    "hd-mo-headings-sertraline-own-feeding",
    HD,
    "mo",
    "Methadone - continue 60 mg daily; not to be cut down without the drug service. The baby needs 72 h of NAS "
    "scoring on the ward, then the HV watches to day 8; no co-sleeping after her dose, cot seen at home; "
    "breastfeeding on a stable dose is encouraged. Sertraline - continue 100 mg daily; stopping risks relapse. "
    "Low levels in breast milk, so breastfeeding is fine on sertraline too; the midwife watches the baby for "
    "jitteriness during the same 72 h.",
    "each medicine's feeding and watch said under its own heading",
    shy,
)
bad(
    "hd-mo-cosleep-only-under-sertraline",
    HD,
    "mo",
    "Methadone: 60 mg daily continues; NAS scoring on the ward for 72 hours and HV checks for late signs to day 8; "
    "breastfeeding is encouraged on a stable dose.\nSertraline: 100 mg daily continues; she finds she is drowsy "
    "at night, so there must be no co-sleeping, and the midwife watches for jitteriness for 72 hours.",
    "the methadone sedation and co-sleeping plan said only under the sertraline heading",
)
bad(
    "hd-mo-bed-rule-only-under-sertraline",
    HD,
    "mo",
    "Methadone: continue 60 mg daily; NAS scoring on the postnatal ward for 72 hours, HV for late signs to day 8; "
    "breastfeeding encouraged on a stable dose.\nSertraline: continue 100 mg daily; she must not have the baby in "
    "her bed or on the sofa after her morning dose, and the HV sees the cot.",
    "the methadone sedation rule written only under the sertraline heading, in other words",
    cyr,
)

# ============================================================================================================
# actors: a medicine doing what a medicine does, a person acting (pass); the baby's care given to the medicines
# (refuse).

ok(
    "ac-meth-dose-keeps-her-stable",
    AC,
    "meth",
    "Methadone 60 mg daily continues: the methadone dose keeps her stable, and the midwife will observe the baby "
    "for NAS for 72 hours on the postnatal ward, with the HV looking for late signs to day 8. She is drowsy after "
    "each dose, so the baby never shares her bed or sofa; the midwife checks the cot at the first home visit. "
    "Breastfeeding is encouraged.",
    "the medicine keeps her stable; a person observes the baby",
    greek,
)
ok(
    "ac-dzp-medicines-make-her-drowsy",
    AC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd carry on unchanged for now, neither stopped suddenly. Together "
    "they make her drowsy, so the foster carer does every night feed, she never sleeps with the baby on a bed, "
    "sofa or armchair, and the HV and foster carer look for late withdrawal signs until day 8.",
    "the medicines make her drowsy; the foster carer and HV act",
)
ok(
    "ac-lith-lithium-crosses-paeds-reviews",
    AC,
    "lith",
    "Lithium 800 mg at night continues, as relapse after birth is the bigger danger. Lithium crosses the placenta "
    "and can make a newborn floppy and slow to feed, so the paediatrician reviews the baby at birth and the ward "
    "checks feeding and tone; levels monthly, weekly from 36/40, and within 24 h of delivery. Bottle feeding, "
    "as lithium enters breast milk.",
    "lithium crosses and can make the baby floppy; the paediatrician reviews",
)
ok(
    "ac-quet-quetiapine-knocks-him-out",
    AC,
    "quet",
    "Daniel's quetiapine 300 mg at night knocks him out for hours: it stops him waking to the baby, so Chloe "
    "does every night feed, the baby sleeps in the next-to-me crib on her side, and he never dozes with the baby "
    "on the sofa or in bed. The HV checks the crib at each visit for 8 weeks.",
    "the medicine stops him waking; Chloe and the HV act",
    bidi,
)
bad(
    "ac-meth-methadone-watches-baby",
    AC,
    "meth",
    "Methadone 60 mg daily will continue, and will watch the baby for withdrawal for 72 hours, will check the "
    "cot is safe and will support breastfeeding.",
    "every part of the baby's care given to the medicine",
)
bad(
    "ac-dzp-both-keep-baby-in-cot",
    AC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; both will keep the baby in its cot at night, will do the "
    "night feeds, and will look for withdrawal until day 8.",
    "the night care and late watch given to the medicines",
    fw,
)

# ============================================================================================================
# roles: declined before and accepted now, not yet allocated with a plan for the gap, "nobody will share a bed"
# (pass); a role declined now holding the plan, "no one will ..." (refuse).

ok(
    "ro-meth-hv-declined-before-accepted-now",
    RO,
    "meth",
    "Methadone 60 mg daily continues to term. She declined health visiting in her last pregnancy but has "
    "accepted it now; the HV visits on day 10 and checks the cot. The baby is scored for NAS on the postnatal "
    "ward for 72 hours and the community midwife looks for late signs at home to day 8. No co-sleeping after her "
    "dose; breastfeeding encouraged.",
    "a role declined in the past and accepted now holds its part",
    cyr,
)
ok(
    "ro-fo-sw-not-allocated-hv-holds",
    RO,
    "fo",
    "Diazepam and pregabalin continue unchanged for now; both sedate her. The new social worker is not allocated "
    "until next week, so until then the HV and foster carer hold this plan: no bed, sofa or armchair sharing, no "
    "feeding lying down, foster carer does all night feeds, and late withdrawal signs are watched for until day 8.",
    "a role not yet allocated, with a plan for the gap held by named people",
)
ok(
    "ro-quet-nobody-shares-bed",
    RO,
    "quet",
    "Daniel's quetiapine 300 mg at night leaves him very hard to wake: nobody will share a bed or sofa with the "
    "baby, Chloe does the night feeds, and the baby sleeps in its crib. The HV checks the sleeping arrangements at "
    "every visit for 8 weeks.",
    "'nobody will share a bed' is a rule, with the HV holding the check",
    zwsp,
)
ok(
    "ro-lith-pmht-not-involved-antenatally",
    RO,
    "lith",
    "Lithium 800 mg at night continues. The perinatal team is not involved antenatally beyond today's advice, "
    "but sees her within a week of birth. Levels monthly, weekly from 36/40 and within 24 h of delivery; the "
    "paediatrician reviews the baby at birth for floppiness, feeding and thyroid; bottle feeding, as lithium "
    "passes into breast milk.",
    "an absence limited in time, the role acting after it",
)
bad(
    "ro-meth-hv-declined-now-holds-all",
    RO,
    "meth",
    "Methadone 60 mg daily continues. She has declined health visiting for this baby. The health visitor will "
    "watch for NAS to day 8, check the cot and support breastfeeding.",
    "a role declined now is given the whole of the baby's plan",
)
bad(
    "ro-quet-no-one-checks",
    RO,
    "quet",
    "Daniel takes quetiapine 300 mg at night and is hard to wake. No one will check the crib, and no one will "
    "take over the night feeds from him.",
    "'no one will' holds the whole plan",
    greek,
)

# ============================================================================================================
# wishes: her choice of feeding, the watch held either way (pass); the watch or sleep left to a wish (refuse).

ok(
    "wi-meth-breast-or-bottle-either-way",
    WI,
    "meth",
    "Methadone 60 mg daily continues. Breast or bottle is her choice; the midwife observes the baby for NAS for 72 "
    "hours either way, and the HV watches for late signs to day 8. She is drowsy after the dose, so no bed or sofa "
    "sharing, and the cot is seen at the first home visit.",
    "feeding left to her, the watch held by the midwife either way",
    shy,
)
ok(
    "wi-quet-chloe-chooses-chair",
    WI,
    "quet",
    "Whether Chloe feeds in the chair or sitting up in bed at night is up to her, but Daniel, sedated by his "
    "quetiapine 300 mg at night, never has the baby in bed or on the sofa with him; the baby sleeps in the crib "
    "and the HV checks it at each visit.",
    "where she sits to feed is her choice; the sleep rule and check are not",
)
ok(
    "wi-lith-timing-of-dose-her-choice",
    WI,
    "lith",
    "Lithium 800 mg continues at night (taking it earlier in the evening is up to her). Levels monthly, weekly "
    "from 36/40 and within 24 h of birth; the paediatric team reviews the baby at birth and the ward watches "
    "tone and feeding; bottle feeding, as lithium passes into breast milk.",
    "only the hour of her own dose left to her",
)
bad(
    "wi-meth-watch-up-to-her",
    WI,
    "meth",
    "Methadone 60 mg daily continues. Whether the baby is scored for withdrawal, and where it sleeps at home, is "
    "up to her; feeding is her call as well.",
    "the watch and the baby's sleep left to her wish",
    fw,
)
bad(
    "wi-quet-as-parents-prefer",
    WI,
    "quet",
    "Daniel takes quetiapine 300 mg at night. Where the baby sleeps and who does the night feeds is as the "
    "parents prefer.",
    "the sleep and night care left to the parents' wish",
)

# ============================================================================================================
# scores: the baby's morphine given by the neonatal team if scores stay high (pass); moving with the scores, no
# one acting (refuse).

ok(
    "sc-meth-morphine-neonatal-team",
    SC,
    "meth",
    "Methadone 60 mg daily continues. The baby is scored for NAS on the postnatal ward for at least 72 hours; "
    "morphine for the baby, given by the neonatal team if scores stay above 8. The HV looks for late signs to "
    "day 8. Breastfeeding is encouraged; no co-sleeping after her dose.",
    "the baby's morphine given by the neonatal team on a threshold",
    bidi,
)
ok(
    "sc-dzp-scores-kept-by-ward",
    SC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The ward midwives kept the baby's withdrawal scores "
    "every 4 hours for 5 days; if late signs appear before day 8 the foster carer rings the neonatal unit, who "
    "decide on treatment. She is drowsy on both medicines: no bed or sofa sharing; the foster carer does nights.",
    "scores kept by the ward, treatment decided by the neonatal unit",
)
ok(
    "sc-mo-paediatrician-titrates",
    SC,
    "mo",
    "Methadone 60 mg and sertraline 100 mg daily both continue. After birth the ward scores the baby for NAS and "
    "SSRI adaptation for 72 hours; if treatment is needed the paediatrician starts oral morphine and adjusts it to "
    "the scores. HV to day 8 for late signs. Breastfeeding encouraged; no co-sleeping after the methadone dose.",
    "the paediatrician adjusts the treatment to the scores",
)
bad(
    "sc-meth-morphine-rises-and-falls",
    SC,
    "meth",
    "Methadone 60 mg daily continues. The baby's morphine will rise and fall with the scores, and feeding will "
    "depend on them.",
    "the treatment and feeding move with the scores; no one scores or acts",
    zwsp,
)

# ============================================================================================================
# partner: the father's sedating medicine making him drowsy, the mother doing nights (pass); put on the mother
# (refuse).

ok(
    "pa-quet-him-drowsy-chloe-nights",
    PA,
    "quet",
    "It is Daniel, not Chloe, whom the quetiapine 300 mg at night makes drowsy: so Chloe does the night feeds, "
    "Daniel never sleeps with the baby in bed or on the sofa, and the HV rechecks the crib at each visit.",
    "the father's medicine sedates him; the mother does nights",
)
ok(
    "pa-po-his-dose-her-nights",
    PA,
    "po",
    "Paracetamol for Chloe's pain raises no concern. Daniel's quetiapine 300 mg at night makes him heavy and hard "
    "to rouse until morning, so Chloe does all night feeds and nappy changes; he never has the baby in bed, on the "
    "sofa or in an armchair. Crib seen and safe; the HV checks again at each visit and his GP tells her of any "
    "dose change.",
    "the overall conclusion keeps the sedation with him",
    cyr,
)
_PREGABALIN_DAD = swap_medicine("med-partner-quetiapine", name="Pregabalin 150mg capsules", dose="150 mg twice a day")
add(
    "pa-pregabalin-father-drowsy",
    PA,
    PASS,
    P,
    chain(
        _PREGABALIN_DAD,
        both(
            "quet",
            "Daniel's pregabalin 150 mg bd makes him drowsy, worst in the evening, so Chloe does the nights: he does "
            "not feed or settle the baby after his evening dose and never sleeps with the baby on a bed or sofa. "
            "The baby sleeps in the next-to-me crib; the HV checks this at each visit.",
            "po",
            "Chloe's paracetamol raises no concern. The father's pregabalin 150 mg twice a day makes him drowsy: "
            "no co-sleeping with him on a bed, sofa or armchair, and Chloe does the night feeds. Crib seen and "
            "safe; the HV keeps checking at each visit.",
        ),
    ),
    "the father's pregabalin makes him drowsy, so the mother does nights",
)
bad(
    "pa-quet-put-on-chloe",
    PA,
    "quet",
    "Quetiapine 300 mg at night makes Chloe drowsy, so Daniel does the night feeds and the baby sleeps in "
    "the crib beside him; the HV checks the crib at each visit.",
    "the father's sedating medicine put on the mother, and the night care handed to the sedated father",
)
bad(
    "pa-po-mother-sedated-by-his",
    PA,
    "po",
    "Chloe's paracetamol raises no concern. The quetiapine she takes at night sedates her, so Daniel does every "
    "night feed and has the baby beside him; the HV will keep checking.",
    "the partner's quetiapine given to the mother, the sedated father doing nights",
    shy,
)

# ============================================================================================================
# withdrawn: an earlier plan replaced by the one written (pass); the written plan withdrawn (refuse).

ok(
    "wd-meth-earlier-plan-replaced",
    WD,
    "meth",
    "The earlier plan to cut methadone before birth is replaced by the one below. Methadone 60 mg daily continues "
    "to term; NAS scoring on the postnatal ward for 72 hours, HV for late signs to day 8; breastfeeding "
    "encouraged; no bed or sofa sharing after her dose, cot seen at the first home visit.",
    "an earlier plan replaced by the one written",
    greek,
)
ok(
    "wd-lith-old-advice-superseded",
    WD,
    "lith",
    "Lithium 800 mg at night continues; the advice of March to stop it at 36/40 is superseded by this plan. "
    "Levels monthly, weekly from 36/40, within 24 h of birth. Paediatric review of the baby at birth for tone, "
    "feeding and thyroid. She will bottle feed, as lithium passes into breast milk.",
    "old advice superseded by the plan written",
)
ok(
    "wd-dzp-taper-not-going-ahead",
    WD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; the diazepam taper is not going ahead until the 6-week "
    "review, as she is settling into the placement. Both sedate her: no bed, sofa or armchair sharing, no feeding "
    "lying down, the foster carer does night feeds; HV and carer watch for late withdrawal to day 8.",
    "one change not going ahead; the plan itself stands",
)
bad(
    "wd-meth-not-proceeding-with-above",
    WD,
    "meth",
    "Methadone 60 mg daily continues; NAS scoring on the ward for 72 hours, HV to day 8, no co-sleeping, "
    "breastfeeding encouraged. Update: she is moving out of area and we are not proceeding with any of the "
    "above.",
    "the whole plan withdrawn",
)
bad(
    "wd-quet-scrap-all-of-it",
    WD,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him: Chloe does the night feeds and the HV checks the crib. "
    "Scrap all of that; the family have asked us to close the case.",
    "every part of the plan taken back",
    cyr,
)

# ============================================================================================================
# cells: short headings each with an answer (pass); bare cells (refuse).

ok(
    "ce-lo-paeds-levels-feeding",
    CE,
    "lo",
    "Lithium (Priadel) 800 mg nocte - continue. Paeds: review at birth. Levels: monthly, weekly from 36/40, "
    "within 24 h of delivery. Feeding: bottle (lithium in breast milk). PMHT: r/v within a week of birth.",
    "each short heading carries an answer",
    fw,
)
ok(
    "ce-lith-answers-with-reasons",
    CE,
    "lith",
    "Lithium 800 mg at night - continue (relapse risk high).\nBreastfeeding: no - lithium in milk; bottle.\n"
    "Paeds: yes, at birth, for tone, feeding and thyroid.\nLevels: 4-weekly, weekly from 36/40, 24 h post "
    "delivery.",
    "bare yes/no with a reason after each",
)
ok(
    "ce-meth-grid",
    CE,
    "meth",
    "Methadone 60 mg od - continue.\nNAS: 72 h ward scoring, HV to day 8.\nSleep: no bed/sofa sharing after dose; "
    "cot seen at first home visit.\nFeeding: BF encouraged.\nChanges: drug service only, shared same week.",
    "a grid of filled cells",
    bidi,
)
bad(
    "ce-lo-all-dashes",
    CE,
    "lo",
    "Lithium (Priadel) 800 mg nocte - continue. Paeds: -. Levels: -. Feeding: -. PMHT: -.",
    "every cell bare",
)
bad(
    "ce-meth-grid-tbc",
    CE,
    "meth",
    "Methadone 60 mg od - continue.\nNAS: tbc.\nSleep: ?\nFeeding: tbc.",
    "a grid of placeholder cells",
)

# ============================================================================================================
# earlier: the earlier pregnancy's plan agreed again today and written out (pass); the plan given only as the
# earlier one (refuse).

ok(
    "ea-meth-as-last-time-agreed-again",
    EA,
    "meth",
    "As in her last pregnancy, and agreed again today: methadone 60 mg daily continues, the baby is scored for NAS "
    "on the postnatal ward for 72 hours, the HV looks for late signs to day 8, breastfeeding is encouraged and "
    "there is no bed or sofa sharing after her dose.",
    "an earlier plan restated and agreed for now",
    zwsp,
)
ok(
    "ea-lith-worked-well-before",
    EA,
    "lith",
    "Lithium 800 mg at night continues; it kept her well through her first pregnancy. This time: levels monthly, "
    "weekly from 36/40 and within 24 h of delivery; paediatric review of the baby at birth; bottle feeding, as "
    "lithium passes into breast milk.",
    "the earlier pregnancy as a reason, the plan written for now",
)
bad(
    "ea-meth-plan-as-2022",
    EA,
    "meth",
    "Methadone 60 mg daily. For the baby we will follow exactly what we did in her 2022 pregnancy.",
    "the plan given only as the earlier pregnancy's",
)
bad(
    "ea-lith-same-as-first-child",
    EA,
    "lith",
    "Lithium 800 mg at night. Arrangements for the baby are identical to those for her first child.",
    "the baby's plan given only as the first child's",
    greek,
)

# ============================================================================================================
# opinions: present-tense opinions and predicted small levels with a decision and who acts (pass); the opinion or
# prediction alone (refuse).

ok(
    "op-sert-levels-likely-low",
    OP,
    "sert",
    "Sertraline 100 mg continues. Levels are likely to be low in the baby, so breastfeeding is supported and the "
    "HV weighs him weekly for the first month; the midwife watches for jitteriness or poor feeding for 72 hours "
    "after birth.",
    "a predicted low level leading to a decision and a watch",
    cyr,
)
ok(
    "op-quet-i-think-too-drowsy",
    OP,
    "quet",
    "I think Daniel's quetiapine 300 mg at night makes him too drowsy to be safe with the baby overnight; we agree "
    "Chloe does all night feeds, the baby sleeps in the crib, and the HV checks at each visit.",
    "a present-tense opinion with the plan agreed",
)
ok(
    "op-cit-we-feel-benefits-outweigh",
    OP,
    "cit",
    "We feel the benefits of citalopram 20 mg outweigh the small risks; it continues. The midwife watches the baby "
    "for poor adaptation for 48 hours after birth, breastfeeding is supported, and the GP reviews her mood at the "
    "6-week check.",
    "an opinion leading to a decision and a watch",
)
bad(
    "op-sert-levels-likely-low-alone",
    OP,
    "sert",
    "Sertraline 100 mg: levels are likely to be low in the baby.",
    "a prediction and nothing decided",
)
bad(
    "op-quet-i-think-probably-fine",
    OP,
    "quet",
    "I think Daniel's quetiapine is probably fine for the baby overall, on balance.",
    "an opinion and nothing decided",
)

# ============================================================================================================
# times: watches split between ward and home, windows to delivery, spans within the baby's age, timed recorded
# acts (pass); a watch longer than the stay, reversed windows, spans beyond the baby's age, recording with no time
# (refuse).

ok(
    "ti-meth-72-h-24-ward-then-home",
    TI,
    "meth",
    "Methadone 60 mg daily continues. Observe the baby for NAS for 72 hours, 24 on the ward then daily at home by "
    "the community midwife, and the HV to day 8. Breastfeeding encouraged; no bed or sofa sharing after her dose, "
    "cot seen at the first home visit.",
    "a 72-hour watch split between a day on the ward and home",
    shy,
)
ok(
    "ti-lith-28-40-to-delivery",
    TI,
    "lith",
    "Lithium 800 mg at night continues. Levels every 4 weeks, then weekly from 28/40 to delivery, and within 24 h "
    "of birth. The paediatrician reviews the baby at birth; bottle feeding, as lithium passes into breast milk.",
    "a window from 28/40 to delivery",
)
ok(
    "ti-quet-crib-past-week",
    TI,
    "quet",
    "The baby has slept in the next-to-me crib for the past week, and that stays: Daniel's quetiapine 300 mg at "
    "night leaves him hard to wake, so he never has the baby in bed or on the sofa, Chloe does nights, and the HV "
    "checks at each visit.",
    "a span of a week in a ten-day-old baby",
)
ok(
    "ti-dzp-past-three-days",
    TI,
    "dzp",
    "For the past three days the baby has fed well with withdrawal scores low. Diazepam 5 mg tds and pregabalin "
    "150 mg bd continue; she is drowsy on them, so no bed or sofa sharing and the foster carer does nights; the HV "
    "and carer watch for late signs to day 8.",
    "a span of three days in a four-day-old baby",
)
ok(
    "ti-meth-scores-logged-timed",
    TI,
    "meth",
    "Methadone 60 mg daily continues. The midwives' NAS scores every 4 hours for 72 hours are logged on BadgerNet, "
    "and the HV looks for late signs to day 8. Breastfeeding encouraged; no co-sleeping after her dose.",
    "a timed watch recorded",
    fw,
)
ok(
    "ti-meth-6-h-discharge-watch-at-home",
    TI,
    "meth",
    "Methadone 60 mg daily continues. If she goes home at 6 hours, the community midwife visits daily to score the "
    "baby for NAS until 72 hours, then the HV looks for late signs to day 8. BF encouraged; no co-sleeping after "
    "her dose.",
    "a short stay with the watch carried on at home",
)
bad(
    "ti-meth-72-h-ward-6-h-stay",
    TI,
    "meth",
    "Methadone 60 mg daily continues. After a 6-hour discharge the baby is scored on the postnatal ward for 72 "
    "hours; BF encouraged; no co-sleeping after her dose.",
    "a ward watch longer than the stay",
)
bad(
    "ti-lith-window-reversed",
    TI,
    "lith",
    "Lithium 800 mg at night continues. Levels weekly from 36/40 to 28/40, and within 24 h of birth. Paediatric "
    "review of the baby at birth; bottle feeding, as lithium passes into breast milk.",
    "a window whose end comes before its start",
    zwsp,
)
bad(
    "ti-quet-crib-past-month",
    TI,
    "quet",
    "The baby has slept in the next-to-me crib for the past month: Daniel's quetiapine 300 mg at night leaves him "
    "hard to wake, so Chloe does nights and the HV checks at each visit.",
    "a span of a month told of a ten-day-old baby",
)
bad(
    "ti-dzp-past-fortnight",
    TI,
    "dzp",
    "For the past fortnight the baby has fed well with low withdrawal scores. Diazepam 5 mg tds and pregabalin "
    "150 mg bd continue; no bed or sofa sharing; the foster carer does nights; late signs watched to day 8.",
    "a span of two weeks told of a four-day-old baby",
)

# ============================================================================================================
# doses: a day's total split otherwise, amounts in order, a liquid's volume, a depot injected (pass); the day's
# total wrong, pairs swapped, a volume for tablets, a depot by mouth (refuse).

ok(
    "ds-lith-400-bd-800-a-day",
    DS,
    "lith",
    "Lithium 400 mg bd (800 mg a day) continues; levels monthly, weekly from 36/40 and within 24 h of birth. "
    "Paediatric review of the baby at birth; bottle feeding, as lithium passes into breast milk.",
    "the day's total split in two",
)
ok(
    "ds-mo-amounts-respectively",
    DS,
    "mo",
    "Methadone and sertraline continue at 60 mg and 100 mg daily respectively. The baby is scored on the ward for "
    "72 hours for NAS and SSRI adaptation; HV to day 8. Breastfeeding encouraged on both; no co-sleeping after the "
    "methadone dose.",
    "amounts paired in the order of the medicines",
    greek,
)
ok(
    "ds-meth-60-ml-solution",
    DS,
    "meth",
    "Methadone 60 ml of the 1 mg/ml oral solution (60 mg) daily continues, supervised. The baby is scored for NAS "
    "for 72 hours on the ward; the HV looks for late signs to day 8; BF encouraged; no co-sleeping after the dose.",
    "an oral solution's volume",
)
ok(
    "ds-dzp-day-totals",
    DS,
    "dzp",
    "Diazepam 15 mg a day (5 mg tds) and pregabalin 300 mg a day (150 mg bd) continue; neither stops suddenly. "
    "Both sedate her: no bed or sofa sharing, the foster carer does nights, and late withdrawal is watched for "
    "until day 8.",
    "each day's total given with its split",
)
add(
    "ds-valp-liquid-ml",
    DS,
    PASS,
    V,
    chain(
        swap_medicine(
            "med-valproate", name="Sodium valproate 200mg/5ml oral solution", dose="12.5 ml (500 mg) twice a day"
        ),
        SETTERS["valp"][1](
            "Sodium valproate 12.5 ml of the oral solution twice a day continues until the neurologist sees her this "
            "week; stopping suddenly risks seizures. The baby has been exposed in the first trimester, so a "
            "detailed anomaly scan and early fetal medicine review are booked, and folic acid 5 mg started today."
        ),
    ),
    "a liquid's volume in ml",
)
add(
    "ds-meth-depot-buprenorphine-injected",
    DS,
    PASS,
    M,
    chain(
        swap_medicine(
            "med-methadone",
            name="Buprenorphine 96mg/0.27ml prolonged-release solution for injection pre-filled syringes",
            dose="96 mg by subcutaneous injection once a month",
        ),
        both(
            "meth",
            "Buprenorphine depot 96 mg monthly by subcutaneous injection continues with the drug service. The baby "
            "is scored for NAS on the postnatal ward for 72 hours and the HV watches to day 8; breastfeeding "
            "encouraged; drowsy at times, so no bed or sofa sharing and the cot is seen at home.",
            "mo",
            "Continue the buprenorphine depot and sertraline unchanged. Neonatal withdrawal and adaptation "
            "observation on the postnatal ward for 72 hours; breastfeeding supported. No co-sleeping; the social "
            "worker and health visitor will see the sleeping arrangements before discharge.",
        ),
    ),
    "a depot injected under the skin",
)
bad(
    "ds-lith-800-bd",
    DS,
    "lith",
    "Lithium 800 mg bd (1600 mg a day) continues; levels monthly, weekly from 36/40 and within 24 h of birth. "
    "Paediatric review of the baby at birth; bottle feeding, as lithium passes into breast milk.",
    "a day's total double the line",
)
bad(
    "ds-mo-amounts-swapped",
    DS,
    "mo",
    "Methadone and sertraline continue at 100 mg and 60 mg daily respectively. The baby is scored on the ward for "
    "72 hours for NAS and SSRI adaptation; HV to day 8. Breastfeeding encouraged; no co-sleeping after the "
    "methadone dose.",
    "amounts paired in order, swapped",
    cyr,
)
bad(
    "ds-sert-ml-for-tablets",
    DS,
    "sert",
    "Sertraline 10 ml daily continues; relapse risk if stopped. Midwife watches the baby for jitteriness for 72 "
    "hours; breastfeeding supported.",
    "a volume for a tablet",
)
add(
    "ds-meth-depot-by-mouth",
    DS,
    REFUSE,
    M,
    chain(
        swap_medicine(
            "med-methadone",
            name="Buprenorphine 96mg/0.27ml prolonged-release solution for injection pre-filled syringes",
            dose="96 mg by mouth once a month",
        ),
        both(
            "meth",
            "Buprenorphine depot 96 mg monthly continues with the drug service. The baby is scored for NAS on the "
            "ward for 72 hours and the HV watches to day 8; breastfeeding encouraged; no bed or sofa sharing, cot "
            "seen at home.",
            "mo",
            "Continue the buprenorphine depot and sertraline unchanged. Withdrawal and adaptation observation on "
            "the postnatal ward for 72 hours; breastfeeding supported. No co-sleeping; the HV sees the cot.",
        ),
    ),
    "a depot injection given by mouth",
)

# ============================================================================================================
# copies: shared standard sentences, each with its own medicine's part (pass); copied through synonyms or pasted
# and trimmed (refuse).

_STANDARD = " Standard advice: breastfeeding supported; any dose change shared with maternity the same week."
add(
    "cp-meth-sert-shared-standard",
    CP,
    PASS,
    M,
    both(
        "meth",
        "Methadone 60 mg daily continues; baby scored for NAS on the ward for 72 hours, HV for late signs to day 8; "
        "she is drowsy after the dose, so no co-sleeping and the cot is seen at home." + _STANDARD,
        "sert",
        "Sertraline 100 mg daily continues, as stopping risks relapse; the midwife watches for jitteriness and "
        "poor feeding in the first 72 hours; GP mood review at 6/52." + _STANDARD,
    ),
    "two conclusions share a standard sentence, each with its own medicine's part",
)
pair(
    "cp-meth-sert-same-footer",
    CP,
    PASS,
    (
        "meth",
        "Methadone: stay on 60 mg od to term. NAS scoring 72 h on the postnatal ward; HV day 8. No bed or sofa "
        "sharing after her dose. BF encouraged. Written by Dr Shah with the drug service; copy to maternity, HV "
        "and GP.",
        "sert",
        "Sertraline: stay on 100 mg od; relapse if stopped. Midwife to obs for PNAS (jittery, poor feeding) 72 h. "
        "BF fine. Written by Dr Shah with the drug service; copy to maternity, HV and GP.",
    ),
    "a shared footer under two conclusions that differ in substance",
    zwsp,
)
add(
    "cp-sert-synonym-copy",
    CP,
    REFUSE,
    M,
    SETTERS["sert"][1](
        "Sertraline 100 mg daily should carry on through the pregnancy. The infant is likely to need monitoring for "
        "neonatal withdrawal; breast feeding is supported. Drowsiness after every dose means no bed sharing and "
        "the cot must be inspected at the home visit."
    ),
    "the methadone conclusion copied to sertraline through synonyms",
)
add(
    "cp-sert-pasted-trimmed",
    CP,
    REFUSE,
    M,
    SETTERS["sert"][1](
        "Sertraline daily should continue through pregnancy. The baby is likely to need observation for neonatal "
        "withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping."
    ),
    "the methadone conclusion pasted under sertraline and trimmed",
)


# ============================================================================================================
# More good work in the same shapes (pass), with a few near misses (refuse).

ok(
    "hd-fo-diazepam-pregabalin-headings",
    HD,
    "fo",
    "Diazepam: 5 mg tds continues; a slow taper from the 6-week review, never stopped suddenly (seizure risk).\n"
    "Pregabalin: 150 mg bd unchanged; the GP reviews it at 6 weeks.\nBoth: together they sedate her, so no bed, sofa "
    "or armchair sharing, no feeding lying down, and the foster carer does nights; the HV and foster carer watch "
    "for late withdrawal until day 8; the SW holds the plan with them.",
    "two headings and a shared paragraph in the overall conclusion",
    bidi,
)
ok(
    "hd-mo-medicines-then-baby",
    HD,
    "mo",
    "Medicines: methadone 60 mg and sertraline 100 mg daily, both unchanged to term.\nBaby: NAS and SSRI "
    "adaptation scoring on the postnatal ward for 72 h, then HV for late signs to day 8; breastfeeding "
    "encouraged.\nHome: no co-sleeping after her methadone dose; SW and HV see the cot before discharge.",
    "headings by topic, the methadone sedation named under the home heading",
)
ok(
    "hd-mo-soap-per-medicine",
    HD,
    "mo",
    "Methadone - A: stable, NAS likely. P: continue 60 mg od; 72 h ward scoring; HV to day 8; no bed/sofa "
    "sharing after dose; BF encouraged.\nSertraline - A: well, relapse risk if stopped. P: continue 100 mg od; MW "
    "obs for jitteriness alongside the NAS scoring; BF compatible; GP mood r/v 6/52.",
    "SOAP-style A/P under each medicine",
    fw,
)
ok(
    "ac-cit-citalopram-keeps-mood",
    AC,
    "cit",
    "Citalopram 20 mg keeps her mood steady and continues. It can make a newborn jittery or slow to feed for a day "
    "or two, so the midwife watches the baby for 48 hours after birth; breastfeeding is supported; the GP reviews "
    "her mood at the 6-week check.",
    "citalopram keeps her mood steady and can make a newborn jittery; the midwife watches",
    zwsp,
)
ok(
    "ac-valp-valproate-harms-neuro-decides",
    AC,
    "valp",
    "Sodium valproate can harm the developing baby, but stopping it suddenly risks seizures, so it continues at "
    "500 mg bd until the neurologist sees her this week and decides on a switch. The baby has been exposed since "
    "conception: a detailed anomaly scan and early fetal medicine review are booked; folic acid 5 mg started.",
    "the medicine harms; the neurologist decides",
)
ok(
    "ac-meth-it-makes-her-sleepy",
    AC,
    "meth",
    "Methadone 60 mg daily continues to term. It makes her sleepy for a few hours after each dose, so the baby "
    "never shares her bed or sofa and the midwife checks the cot at home; the ward scores the baby for NAS for "
    "72 hours and the HV looks for late signs to day 8. Breastfeeding encouraged.",
    "'it' for the medicine as what sedates; people act",
)
ok(
    "ro-dzp-new-sw-holds",
    RO,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue unchanged for now. Her previous social worker has left; "
    "the new one, Leanne Moss, holds this plan with the foster carer and HV: no bed or sofa sharing, no feeding "
    "lying down, the foster carer does nights, and late withdrawal signs are watched for until day 8.",
    "a role changed hands; the new holder acts",
)
ok(
    "ro-meth-declined-doula-not-hv",
    RO,
    "meth",
    "Methadone 60 mg daily continues. She has declined a doula but not health visiting: the HV sees her at 36/40 "
    "and after birth looks for late NAS signs to day 8 and checks the cot. Ward NAS scoring for 72 hours; no "
    "co-sleeping after her dose; breastfeeding encouraged.",
    "another service declined; the HV acts",
    shy,
)
ok(
    "ro-quet-no-one-to-doze-with-baby",
    RO,
    "quet",
    "Daniel is sedated for hours by quetiapine 300 mg at night: no one is to doze off holding the baby on the sofa, "
    "and Daniel never has the baby in bed. Chloe does the night feeds from the crib beside her; the HV checks "
    "this at every visit.",
    "'no one is to doze off holding the baby' is a rule",
)
ok(
    "wi-dzp-daytime-visits-her-choice",
    WI,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Which daytime hours she spends with the baby is her "
    "choice within the placement, but she never sleeps with the baby on a bed or sofa, the foster carer does all "
    "nights, and the HV and foster carer watch for late withdrawal to day 8.",
    "her daytime hours left to her; the night care and watch held by named people",
)
ok(
    "wi-mo-she-chose-breastfeeding",
    WI,
    "mo",
    "She has chosen to breastfeed, which is supported on both methadone 60 mg and sertraline 100 mg daily, both "
    "continuing. The ward scores the baby for NAS and adaptation for 72 h, the HV looks for late signs to day 8, "
    "and there is no co-sleeping after her methadone dose; SW and HV see the cot.",
    "a choice already made by her, with the watch held by named people",
    cyr,
)
ok(
    "sc-meth-two-high-scores-paeds",
    SC,
    "meth",
    "Methadone 60 mg daily continues. Midwives score the baby 4-hourly for NAS for 72 hours; two scores of 8 or "
    "more in a row and the paediatrician sees the baby to decide on morphine. HV to day 8. BF encouraged; no bed or "
    "sofa sharing after her dose.",
    "the scores trigger a named person's review",
    greek,
)
ok(
    "sc-dzp-scbu-would-have-started",
    SC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The baby's scores stayed below the treatment threshold, "
    "so SCBU did not start morphine; the foster carer and HV look for late signs to day 8 and ring the neonatal "
    "unit if scores would rise. She is drowsy: no bed or sofa sharing, the carer does nights.",
    "treatment not needed, decided by SCBU; late watch held",
)
ok(
    "pa-quet-he-is-asleep-by-ten",
    PA,
    "quet",
    "Daniel takes his quetiapine 300 mg at 9pm and is deeply asleep by 10, so from then Chloe has the baby: she "
    "does the night feeds from the crib on her side, and he never has the baby in bed or on the sofa. The HV "
    "checks this at each visit.",
    "his sedation timed; her night care",
    zwsp,
)
ok(
    "wd-po-last-weeks-draft-void",
    WD,
    "po",
    "Last week's draft (dad doing nights) is void; this plan replaces it. Chloe's paracetamol raises no concern. "
    "Daniel's quetiapine 300 mg at night sedates him heavily, so Chloe does all night feeds and he never shares a "
    "bed, sofa or armchair with the baby. The HV checks the crib at each visit.",
    "an earlier draft voided and replaced by the plan written",
)
ok(
    "wd-valp-switch-not-before-neurology",
    WD,
    "valp",
    "Sodium valproate 500 mg bd continues; a switch is not going ahead before the neurologist sees her this week, "
    "and she must not stop it herself (seizure risk). The baby was exposed in the first trimester: detailed "
    "anomaly scan and early fetal medicine review booked; folic acid 5 mg started.",
    "a change not going ahead; the plan stands",
    fw,
)
ok(
    "ce-fo-cells-filled",
    CE,
    "fo",
    "Diazepam/pregabalin: continue, no sudden stop.\nSleep: cot in carer's room; no bed/sofa sharing.\nNights: "
    "foster carer.\nNAS: late signs to day 8 (HV, carer).\nContact: supervised while she is drowsy.",
    "a filled grid for the placement",
)
ok(
    "ce-co-cells-filled",
    CE,
    "co",
    "Citalopram 20 mg: continue.\nBaby: 48 h obs for PNAS (MW).\nFeeding: BF supported.\nMood: GP r/v 6/52.",
    "a short filled grid",
    shy,
)
bad(
    "ce-co-cells-empty",
    CE,
    "co",
    "Citalopram 20 mg: continue.\nBaby: n/a.\nFeeding: -\nMood: .",
    "a grid with the baby's cells empty",
)
ok(
    "ea-co-last-pregnancy-and-today",
    EA,
    "co",
    "Citalopram 20 mg helped her through her last pregnancy and continues now. As then, and agreed again today: "
    "the midwife watches the baby for poor adaptation for 48 hours, breastfeeding is supported, and the GP "
    "reviews her mood at 6 weeks.",
    "an earlier pregnancy's plan restated and agreed again",
    cyr,
)
ok(
    "ea-dzp-unlike-first-baby",
    EA,
    "dzp",
    "Unlike with her first baby, she is in a supported placement this time. Diazepam 5 mg tds and pregabalin 150 "
    "mg bd continue; both sedate her, so the foster carer does nights and she never sleeps with the baby on a bed "
    "or sofa; late withdrawal watched for by the HV and carer to day 8.",
    "the earlier baby as contrast, the plan for now",
)
ok(
    "op-lith-we-believe-continue",
    OP,
    "lith",
    "We believe lithium 800 mg at night should continue: relapse after birth is the greater danger. Levels "
    "monthly, weekly from 36/40, within 24 h of delivery; the paediatrician reviews the baby at birth; bottle "
    "feeding, as lithium passes into breast milk.",
    "a present-tense belief with the plan",
    bidi,
)
ok(
    "op-valp-figure-leads-to-scan",
    OP,
    "valp",
    "Sodium valproate 500 mg bd continues until this week's neurology review; she must not stop it suddenly. The "
    "risk of a major malformation is about 1 in 10, so a detailed anomaly scan and early fetal medicine review are "
    "booked; folic acid 5 mg started.",
    "a risk figure that leads to the scan",
)
bad(
    "op-lith-we-believe-only",
    OP,
    "lith",
    "We believe lithium is the right medicine for her at present.",
    "a belief with nothing for the baby",
)
ok(
    "ti-meth-drug-worker-36-to-delivery",
    TI,
    "meth",
    "Methadone 60 mg daily continues; her drug worker sees her weekly from 36/40 to delivery. The ward scores the "
    "baby for NAS for 72 hours and the HV looks for late signs to day 8. Breastfeeding encouraged; no bed or sofa "
    "sharing after her dose.",
    "a weekly window from 36/40 to delivery",
)
ok(
    "ti-co-48-h-12-ward-then-home",
    TI,
    "co",
    "Citalopram 20 mg continues. The baby is watched for poor adaptation for 48 hours: 12 on the ward, then by the "
    "community midwife at home. Breastfeeding supported; GP mood review at 6 weeks.",
    "a 48-hour watch split between ward and home",
    greek,
)
ok(
    "ti-quet-since-birth",
    TI,
    "quet",
    "Since the birth ten days ago the baby has slept only in the next-to-me crib. Daniel's quetiapine 300 mg at "
    "night leaves him hard to wake, so Chloe does nights and he never has the baby in bed or on the sofa; the HV "
    "keeps checking.",
    "a span equal to the baby's age",
)
ok(
    "ti-dzp-scores-logged-5-days",
    TI,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. The baby's withdrawal scores, taken 4-hourly for 5 days, "
    "are logged on BadgerNet; late signs watched for by the foster carer and HV to day 8. No bed or sofa sharing; "
    "the foster carer does nights.",
    "a timed watch recorded",
)
bad(
    "ti-co-watch-48-h-ward-4-h-stay",
    TI,
    "co",
    "Citalopram 20 mg continues. She goes home 4 hours after the birth; the baby is watched on the postnatal ward "
    "for 48 hours for poor adaptation. Breastfeeding supported; GP mood review at 6 weeks.",
    "a ward watch longer than the stay",
)
ok(
    "ds-valp-1000-a-day",
    DS,
    "valp",
    "Sodium valproate 1,000 mg a day (500 mg bd) continues until the neurology review this week; no sudden stop. "
    "First-trimester exposure: detailed anomaly scan and fetal medicine review booked; folic acid 5 mg started.",
    "a day's total with its split",
    zwsp,
)
ok(
    "ds-sert-two-50s",
    DS,
    "sert",
    "Sertraline two 50 mg tablets (100 mg) daily continues, as relapse is likely if stopped. The midwife watches "
    "the baby for jitteriness and poor feeding for 72 hours; breastfeeding supported.",
    "two tablets of the strength",
)
ok(
    "ds-co-20-mg-each-morning",
    DS,
    "co",
    "Citalopram 20 mg each morning continues through pregnancy and breastfeeding. The midwife watches the baby "
    "for poor adaptation for 48 hours; GP mood review at 6 weeks.",
    "the line's own dose in other words",
)
bad(
    "ds-co-200-mg",
    DS,
    "co",
    "Citalopram 200 mg each morning continues through pregnancy and breastfeeding. The midwife watches the baby "
    "for poor adaptation for 48 hours; GP mood review at 6 weeks.",
    "a tenfold dose",
)
pair(
    "cp-mo-and-meth-shared-line",
    CP,
    PASS,
    (
        "meth",
        "Methadone 60 mg daily continues through pregnancy; NAS scoring for 72 hours on the ward and HV to day 8; "
        "sleepy after the dose, so no co-sleeping. Shared with maternity, HV and the drug service.",
        "sert",
        "Sertraline 100 mg daily continues; PPHN and adaptation risks are small, and the midwife watches the baby "
        "for 72 hours; breastfeeding compatible. Shared with maternity, HV and the drug service.",
    ),
    "two conclusions share a distribution line, each with its own part",
    greek,
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F111CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F111CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F111CASES):3}"
    )
