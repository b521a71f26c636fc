"""A ninth, independent batch of red-team cases for the share gate (the seventh "fresh" batch).

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give.
It was written from the clinical intent and the rule catalogue (docs/rules.md, README.md), not from the gate's
code, and covers angles the earlier batches did not:

* misspelt clinical words and medicine names ("withdrawl", "breastfeding", "co-slepping", "setraline",
  "diazapam"): a conclusion a clinician understands must pass however it is spelt;
* dictated and formatted text: voice-recognition output (numbers as words, "full stop" and "comma" typed out,
  odd capitals, no punctuation), bullet points, markdown-ish lists, ALL CAPS, "Impression:" / "Plan:"
  headings and SOAP notes;
* bilingual conclusions: a complete English conclusion with Welsh, Polish or Urdu alongside;
* long hollow conclusions (safeguarding boilerplate, process, the question restated, a roll-call of
  professionals with no decision) and deferrals phrased in new ways ("awaiting outcome of MDT", "TBC
  following liaison", "for discussion at next meeting");
* amendments (MA008, MA009), attribution (MA2xx) and the lawful basis for sharing (MA4xx), both ways;
* new disguise families: combining marks (acute accents, strike-through U+0336, keycap U+20E3, enclosing
  circle U+20DD), mathematical alphanumeric letters, small capitals, negative squared letters, full-width
  forms, Cyrillic and Greek look-alikes, zero-width joiners, soft hyphens and a right-to-left override around
  one letter. Every disguised case has its plain twin with the same expected verdict.

Only real medicines and UK brands are used; no clinical code is invented.

``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh7_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from tests.redteam.cases import (
    CAMPBELL,
    CASTLEFORD_MATERNITY,
    MCALLISTER,
    NORTHGATE,
    PASS,
    PRITCHARD,
    REFUSE,
    RIVERSIDE,
    SHAH,
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
    delete,
    overall,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F7CASES: list[Case] = []

CATEGORIES = (
    "ok-misspelt-terms",
    "ok-dictation",
    "ok-formatting",
    "ok-bilingual",
    "bad-hollow-long",
    "bad-deferral-disguised",
    "ok-amendment",
    "bad-amendment",
    "ok-attribution",
    "bad-attribution",
    "ok-lawful-basis",
    "bad-lawful-basis",
    "disguise-new",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F7CASES.append(Case(f"f7-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


MA, SA, LA, VA, FA, PA, CA = (
    "asm-methadone", "asm-sertraline", "asm-lithium", "asm-valproate", "asm-diazepam-pregabalin",
    "asm-partner-quetiapine", "asm-citalopram",
)


def concl(aid: str, text: str) -> Mutation:
    return set_(f"assessments#{aid}.conclusion", text)


def item(aid: str, path: str, text: str) -> Mutation:
    return set_(f"assessments#{aid}.{path}", text)


# ============================================================================================================
# ok-misspelt-terms: the words clinicians misspell, in conclusions and answers that are otherwise complete.

ok("misspelt-withdrawl-methadone", "ok-misspelt-terms", M, concl(MA, (
    "Methadone 60 mg daily to continue. Baby likely to show neonatal withdrawl so needs at least 72 hours "
    "obs on the postnatal ward; breastfeeding encouraged. She is drowsy after her dose so no co-slepping, "
    "cot to be checked at home visit.")),
   "'withdrawl' and 'co-slepping' misspelt; every decision is still there for a reader")
ok("misspelt-medicine-metadone-setraline-overall", "ok-misspelt-terms", M, overall(
    "Metadone and setraline both continue at current doses. Baby to have withdrawal observations on the "
    "postnatal ward for 72 hours and be watched for SSRI adaptation; breastfeeding supported; no bed or sofa "
    "sharing because of methadone drowsiness."),
   "the two commonest misspellings of these medicines in the overall conclusion")
ok("misspelt-sertraline-relaspe", "ok-misspelt-terms", M, concl(SA, (
    "Setraline 100mg continues - stopping would risk relaspe of her depression, which is the bigger danger "
    "to mother and baby. Newborn may be jittery or feed poorly for a few days (neonatel adaptation); midwife "
    "watching for this. Fine with breastfeding.")),
   "'setraline', 'relaspe', 'neonatel', 'breastfeding': a clinician reads it without pause")
ok("misspelt-breastfeding-item", "ok-misspelt-terms", M, item(SA, "impact_on_baby.breastfeeding",
   "Compatable with breastfeding; very little reaches the baby in breast milk."),
   "the breastfeeding item misspelt but plainly advice")
ok("misspelt-abstinance-withdrawl-no-plan-item", "ok-misspelt-terms", M, chain(
    delete(f"assessments#{MA}.impact_on_baby.neonatal_withdrawal_plan"),
    item(MA, "impact_on_baby.summary",
         "Neonatal abstinance syndrome likely: withdrawl signs usually start 48-72 hrs after birth, can be up to "
         "day 8."),
    concl(MA, "Methadone 60 mg to carry on through pregnancy. The baby will be observed for withdrawl (neonatal "
              "abstinance syndrome) for at least 72 hours on the ward and the health visitor checks for late "
              "signs to day 8; breastfeeding supported; no co-sleeping after her dose.")),
   "the withdrawal concern answered only in misspelt words, as clinicians write them (MA110 may warn)")
ok("misspelt-lithum-toxicty", "ok-misspelt-terms", L, concl(LA, (
    "Lithum to continue at 800mg nocte as relapse risk postpartum is high. Levels 4-weekly, weekly from 36/40 "
    "and within 24h of delivery. Baby needs paediatric reveiw after birth for toxicty signs (floppy, poor "
    "feeding, drowsy) and thyroid check; bottle feeding as breastfeeding not advised.")),
   "'Lithum', 'reveiw', 'toxicty' misspelt in a complete lithium conclusion")
ok("misspelt-valporate-teratogenic", "ok-misspelt-terms", V, concl(VA, (
    "Sodium valporate must not be stopped suddenly (seizure risk) until neurology see her urgently. It is "
    "highly teratagenic and the baby was exposed in the first trimester, so early fetal medicine review and a "
    "detailed anomaly scan are booked; folic acid 5mg started today.")),
   "'valporate' (the common transposition) and 'teratagenic' misspelt")
ok("misspelt-terratogenic-overall-valproate", "ok-misspelt-terms", V, overall(
    "Unplanned pregnancy at 8/40 on valproate, which is terratogenic. Valproate continues until the urgent "
    "neurology review, never stopped abruptly; fetal medicine referral and detailed scan for the baby; "
    "folic acid 5 mg started."),
   "'terratogenic' doubled r; overall conclusion otherwise complete")
ok("misspelt-diazapam-pregablin-sedaton", "ok-misspelt-terms", F, concl(FA, (
    "Diazapam and pregablin both continue for now with a slow diazapam reduction planned. Together they cause "
    "marked sedaton, so mum must not co-sleep or feed lying down and the foster carer does the night feeds. "
    "Baby may show late withdrawl up to day 8.")),
   "the two commonest misspellings of the two medicines, with 'sedaton' and 'withdrawl'")
ok("misspelt-quetiepine-partner", "ok-misspelt-terms", P, concl(PA, (
    "Father's quetiepine at night makes him very hard to wake, so he must never share a bed, sofa or armchair "
    "with the baby and does no night feeds after his dose. Mum does nights, baby sleeps in its own crib; HV "
    "checking the sleeping arrangments at each visit.")),
   "'quetiepine' and 'arrangments' misspelt")
ok("misspelt-citalopran-overall", "ok-misspelt-terms", C, overall(
    "Citalopran 20 mg continues through pregnancy and breastfeeding as relapse risk is high. Midwife to "
    "watch the newborn for adaptation symptoms (jittery, poor feeding, fast breathing) for 48 hours; mood "
    "reveiw at 6 weeks. Amended to add the health visitor as a recipient."),
   "'Citalopran' one letter out, 'reveiw' transposed")
ok("misspelt-safe-sleep-item-cosleeping", "ok-misspelt-terms", F, item(FA, "impact_on_mother.safe_sleep",
   "Must never share a bed, sofa or armchair with baby (no co-sleping) and must not feed lying down at nite. "
   "Baby sleeps in a cot in the foster carers room."),
   "the safe-sleep item with 'co-sleping', 'nite' and a missing apostrophe")
ok("misspelt-withdrawal-plan-item", "ok-misspelt-terms", M, item(MA, "impact_on_baby.neonatal_withdrawal_plan",
   "Observe on postnatal ward for minimum 72 hrs per local neonatal abstinance guidline; HV to check for late "
   "withdrawl signs up to day 8."),
   "the withdrawal plan with 'abstinance', 'guidline' and 'withdrawl'")
ok("misspelt-pyschiatrist-lithium-overall", "ok-misspelt-terms", L, overall(
    "Continue lithium (Priadel) 800mg at night, levels monthly then weekly from 36 weeks and within 24 hours "
    "of birth. Paedatric review of the baby after delivery; breast feeding not advised so bottle feeding. "
    "Perinatal pyschiatrist to see her within a week of birth."),
   "'Paedatric', 'pyschiatrist' and 'breast feeding' as two words")

# ============================================================================================================
# ok-dictation: voice recognition output.

ok("dictation-numbers-as-words", "ok-dictation", M, concl(MA, (
    "methadone sixty milligrams once a day to continue through the pregnancy baby likely to need observation "
    "for neonatal withdrawal on the postnatal ward for at least seventy two hours breastfeeding supported she "
    "is drowsy two to four hours after each dose so no co sleeping and the cot is to be checked at the home "
    "visit")),
   "dictated: numbers as words, no punctuation, no capitals")
ok("dictation-punctuation-spoken", "ok-dictation", M, concl(SA, (
    "Sertraline one hundred milligrams to carry on comma the risk of relapse outweighs the small risk to the "
    "baby full stop midwife to watch for jitteriness comma poor feeding and fast breathing in the first few "
    "days full stop compatible with breastfeeding full stop")),
   "the punctuation words typed out as dictated")
ok("dictation-title-case", "ok-dictation", L, concl(LA, (
    "Lithium Should Continue At Eight Hundred Milligrams At Night Because The Risk Of Postpartum Relapse Is "
    "High. Levels Every Four Weeks, Weekly From Thirty Six Weeks And Within Twenty Four Hours Of Birth. The "
    "Baby Needs A Paediatric Review After Birth And Will Be Bottle Fed.")),
   "voice recognition capitalising every word")
ok("dictation-new-paragraph", "ok-dictation", F, concl(FA, (
    "Diazepam and pregabalin continue unchanged for now new paragraph both make mum sleepy especially at "
    "night so she must not share a bed sofa or armchair with the baby and the foster carer does the night "
    "feeds new paragraph baby may show late withdrawal signs until day eight foster carer and health visitor "
    "to watch")),
   "'new paragraph' dictated as words")
ok("dictation-misheard-split-name", "ok-dictation", M, overall(
    "Metha done and Sertra line both continue unchanged. Baby to be observed for withdrawal for at least 72 "
    "hours on the postnatal ward and for SSRI adaptation signs; breastfeeding supported; no co-sleeping while "
    "mum is sedated after her methadone."),
   "dictation splits the medicine names ('Metha done', 'Sertra line'); the gate matches space-insensitively")
ok("dictation-partner-um-er", "ok-dictation", P, concl(PA, (
    "So the father takes quetiapine three hundred milligrams at night and er he is very hard to wake after "
    "it so he must not sleep with the baby in a bed or on the sofa or in a chair and he does no night feeds "
    "um mum does the nights and the baby is in the crib next to her health visitor checking each visit")),
   "hesitations left in by the dictation software")
ok("dictation-valproate-lowercase-run-on", "ok-dictation", V, concl(VA, (
    "valproate five hundred milligrams twice a day not to be stopped suddenly as seizures would put her and "
    "the pregnancy at risk baby exposed in first trimester so urgent neurology review fetal medicine "
    "referral and detailed anomaly scan arranged folic acid five milligrams started today")),
   "run-on dictated valproate conclusion, all lower case")
ok("dictation-citalopram-overall-words", "ok-dictation", C, overall(
    "continue citalopram twenty milligrams in pregnancy and while breastfeeding midwife to watch the newborn "
    "for adaptation symptoms for forty eight hours GP mood review at six weeks amended to add the health "
    "visitor as a recipient"),
   "dictated overall conclusion without punctuation")
ok("dictation-methadone-overall-slash", "ok-dictation", M, overall(
    "Continue methadone slash sertraline unchanged. Neonatal withdrawal observation on postnatal ward for "
    "seventy-two hours plus. Breastfeeding supported. No co-sleeping because methadone makes mum drowsy, "
    "social worker slash HV to see sleeping arrangements before discharge."),
   "'slash' dictated for '/'")
ok("dictation-lithium-overall-lowercase", "ok-dictation", L, overall(
    "lithium priadel eight hundred at night continues levels monthly weekly from thirty six weeks and within "
    "twenty four hours of birth paediatric review of baby after delivery bottle feeding as breastfeeding not "
    "advised perinatal mental health team to see her within one week"),
   "lower-case dictated lithium overall conclusion")

# ============================================================================================================
# ok-formatting: bullets, markdown, headings, ALL CAPS, SOAP.

ok("format-bullets-methadone", "ok-formatting", M, concl(MA, (
    "\u2022 Methadone 60 mg daily - continue\n"
    "\u2022 Baby: observe for neonatal withdrawal >= 72 h on PN ward\n"
    "\u2022 Breastfeeding: supported\n"
    "\u2022 Sedated after dose: no co-sleeping; cot checked at home visit")),
   "bullet-point conclusion with every decision")
ok("format-markdown-bold-sertraline", "ok-formatting", M, concl(SA, (
    "- **Decision:** continue sertraline 100 mg (relapse risk if stopped)\n"
    "- **Baby:** watch for neonatal adaptation signs (jittery, poor feeding) for 2-3 days\n"
    "- **Feeding:** compatible with breastfeeding")),
   "markdown list with bold labels")
ok("format-all-caps-lithium", "ok-formatting", L, concl(LA, (
    "CONTINUE LITHIUM 800 MG AT NIGHT - RELAPSE RISK AFTER BIRTH IS HIGH. LEVELS 4-WEEKLY, WEEKLY FROM 36 "
    "WEEKS, AND WITHIN 24 HOURS OF BIRTH. PAEDIATRIC REVIEW OF BABY AFTER DELIVERY. BREASTFEEDING NOT "
    "ADVISED - BOTTLE FEEDING.")),
   "an ALL CAPS conclusion, as some systems print them")
ok("format-impression-plan", "ok-formatting", V, concl(VA, (
    "Impression: unplanned pregnancy, 8 weeks, first-trimester valproate exposure with a high risk of "
    "malformation and later developmental problems for the baby.\n"
    "Plan: do not stop valproate abruptly (seizure risk); urgent neurology review; early fetal medicine "
    "assessment and detailed anomaly scan; folic acid 5 mg started.")),
   "'Impression:' / 'Plan:' headings")
ok("format-soap-partner", "ok-formatting", P, concl(PA, (
    "S: father takes quetiapine 300 mg nocte, very hard to wake for hours after.\n"
    "O: crib on mother's side of bed, seen by HV.\n"
    "A: sedated adult = co-sleeping risk to baby.\n"
    "P: he never shares bed/sofa/armchair with baby and does no night feeds after his dose; mother does "
    "nights; HV rechecks each visit.")),
   "SOAP-style conclusion")
ok("format-numbered-joint", "ok-formatting", F, concl(FA, (
    "1) Diazepam and pregabalin continue; slow diazepam taper planned at 6 weeks.\n"
    "2) Both sedate: no bed, sofa or armchair sharing, no feeding lying down; foster carer does night feeds.\n"
    "3) Baby may show late withdrawal until day 8 - foster carer and HV to watch.")),
   "numbered list")
ok("format-markdown-heading-overall", "ok-formatting", M, overall(
    "## Overall conclusion\n"
    "Methadone and sertraline: continue both unchanged.\n"
    "## For the baby\n"
    "Withdrawal observation on the postnatal ward (72 h minimum); SSRI adaptation watch; breastfeeding "
    "supported; no co-sleeping as methadone sedates mum."),
   "markdown headings")
ok("format-pipe-table", "ok-formatting", C, concl(CA, (
    "Citalopram 20 mg | continue | relapse risk if stopped\n"
    "Newborn | adaptation signs possible | midwife watches 48 h\n"
    "Feeding | breastfeeding compatible | watch for drowsiness")),
   "a text table with pipes")
ok("format-all-caps-overall-quetiapine", "ok-formatting", P, overall(
    "MOTHER'S PARACETAMOL: NO CONCERN. FATHER'S QUETIAPINE: HEAVY SEDATION AT NIGHT, SO NO CO-SLEEPING WITH "
    "HIM ON A BED, SOFA OR ARMCHAIR AND NO NIGHT FEEDS BY HIM AFTER HIS DOSE. BABY IN OWN CRIB; HV CHECKS."),
   "ALL CAPS overall conclusion with a dismissal that has its reason and the partner's plan")
ok("format-crlf-tabs", "ok-formatting", V, overall(
    "Valproate:\tcontinue until urgent neurology review, never stop abruptly.\r\n"
    "Baby:\tfirst-trimester exposure - fetal medicine review and detailed anomaly scan.\r\n"
    "Other:\tfolic acid 5 mg started."),
   "tabs and Windows line endings from a pasted template")
ok("format-arrows-shorthand", "ok-formatting", F, overall(
    "Diazepam + pregabalin -> continue, supervised diazepam reduction. Sedation -> no bed/sofa/armchair "
    "sharing, no feeding lying down, foster carer does nights. Baby -> late withdrawal possible to day 8. "
    "Interim care order does not lower the risk."),
   "arrows and plus signs as connectives")

# ============================================================================================================
# ok-bilingual: the English is complete; another language alongside.

ok("bilingual-welsh-methadone", "ok-bilingual", M, concl(MA, (
    "Methadone 60 mg daily continues through pregnancy. The baby is likely to need observation for neonatal "
    "withdrawal for at least 72 hours; breastfeeding is supported; she is drowsy after each dose so no "
    "co-sleeping. / Bydd methadone 60 mg yn parhau. Bydd angen arsylwi'r babi am symptomau diddyfnu am o "
    "leiaf 72 awr; cefnogir bwydo ar y fron; dim cyd-gysgu.")),
   "English then Welsh, the English complete")
ok("bilingual-welsh-first-overall", "ok-bilingual", M, overall(
    "Parhau \u00e2 methadone a sertraline heb newid. Continue methadone and sertraline unchanged: the baby "
    "needs withdrawal observation on the postnatal ward, breastfeeding is supported, and there must be no "
    "co-sleeping because methadone sedates her."),
   "a Welsh sentence first, then the complete English")
ok("bilingual-polish-sertraline", "ok-bilingual", M, concl(SA, (
    "Sertraline 100 mg continues: stopping risks relapse. The newborn may be jittery or feed poorly for a "
    "few days and the midwife will watch; compatible with breastfeeding. (PL: Sertralina kontynuowana; "
    "noworodek obserwowany; karmienie piersi\u0105 dozwolone.)")),
   "English with a Polish summary for the mother")
ok("bilingual-urdu-partner", "ok-bilingual", P, concl(PA, (
    "The father's quetiapine at night leaves him too sedated to wake for the baby: he never shares a bed, "
    "sofa or armchair with the baby and does no night feeds; the baby sleeps in its own crib. "
    "\u0648\u0627\u0644\u062f \u0628\u0686\u06d2 \u06a9\u06d2 \u0633\u0627\u062a\u06be \u0646\u06c1 "
    "\u0633\u0648\u0626\u06cc\u06ba\u06d4")),
   "English with an Urdu line (the father must not sleep with the baby)")
ok("bilingual-welsh-lithium-overall", "ok-bilingual", L, overall(
    "Continue lithium (Priadel) 800 mg at night; levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth; paediatric review of the baby after birth; bottle feeding as breastfeeding is not advised. "
    "Lithiwm i barhau; adolygiad pediatrig i'r babi ar \u00f4l yr enedigaeth; dim bwydo ar y fron."),
   "complete English with a Welsh restatement")
ok("bilingual-romanian-valproate", "ok-bilingual", V, concl(VA, (
    "Valproate continues until the urgent neurology review and must not be stopped suddenly. The baby was "
    "exposed in the first trimester: early fetal medicine review and a detailed anomaly scan; folic acid "
    "5 mg started. RO: Nu opri\u021bi brusc valproatul; ecografie detaliat\u0103 programat\u0103.")),
   "English with a Romanian note")
ok("bilingual-welsh-diazepam-joint", "ok-bilingual", F, concl(FA, (
    "Diazepam and pregabalin continue for now, with a slow diazepam reduction. Both sedate her, so she must "
    "not co-sleep or feed the baby lying down; the foster carer does the night feeds; late withdrawal signs "
    "possible until day 8. Dim cyd-gysgu; gofalwr maeth yn bwydo yn y nos.")),
   "English with a Welsh line for the foster carer")

# ============================================================================================================
# bad-hollow-long: long, fluent and empty.

bad("hollow-long-boilerplate-methadone", "bad-hollow-long", M, concl(MA, (
    "Methadone: this assessment has been completed in line with the local safeguarding children partnership "
    "procedures and Working Together to Safeguard Children. All professionals involved share a "
    "responsibility to safeguard and promote the welfare of children, and information will be shared "
    "appropriately in accordance with data protection legislation and the Caldicott principles.")),
   "safeguarding boilerplate: no decision on methadone, no withdrawal or sleep plan")
bad("hollow-long-process-lithium", "bad-hollow-long", L, concl(LA, (
    "Lithium was discussed at length at the perinatal multidisciplinary meeting with input from psychiatry, "
    "obstetrics, midwifery and pharmacy. A range of views was expressed, the discussion was documented in "
    "full by the chair and actions were allocated to the relevant members of the team.")),
   "describes a meeting; nothing decided for mother or baby")
bad("hollow-long-question-restated-sertraline", "bad-hollow-long", M, concl(SA, (
    "What is the impact of sertraline on the mother and on the baby, and what should the professionals do? "
    "The impact of sertraline on the mother and on the baby has been considered, and what the professionals "
    "should do has been considered as well.")),
   "restates the template's question as its answer")
bad("hollow-long-roll-call-diazepam", "bad-hollow-long", F, concl(FA, (
    "Diazepam and pregabalin: midwife, health visitor, social worker, foster carer, placement provider, "
    "GP, paediatrician, neonatal unit, safeguarding lead, independent reviewing officer and children's "
    "guardian are all involved and have been copied in to this assessment.")),
   "a list of professionals without a single decision")
bad("hollow-long-weighed-valproate", "bad-hollow-long", V, concl(VA, (
    "The risks and benefits of valproate in pregnancy have been carefully weighed and balanced, taking into "
    "account the individual circumstances, preferences and wishes of the woman and the best interests of the "
    "unborn child, in keeping with NICE CG192 and the relevant MHRA guidance.")),
   "says a weighing happened; never says continue, stop, scan or refer")
bad("hollow-long-generic-advice-partner", "bad-hollow-long", P, concl(PA, (
    "Quetiapine: the family were given the standard package of advice offered to all new parents, including safer "
    "sleep, ICON, feeding, smoking and home safety, in line with the Healthy Child Programme, and were "
    "signposted to the usual sources of support should they need them.")),
   "advice given to every family; nothing decided about the father's quetiapine and the baby's nights")
bad("hollow-long-overall-agency-list", "bad-hollow-long", M, overall(
    "Methadone and sertraline: this record will be shared with the maternity unit, community midwife, "
    "health visitor and children's social care via MESH, and copies will be retained on the GP record in "
    "accordance with the records management code of practice for health and social care."),
   "describes the sharing, not what it means for the baby")
bad("hollow-long-holistic-citalopram", "bad-hollow-long", C, concl(CA, (
    "Citalopram: a holistic, person-centred and trauma-informed approach has been adopted throughout, "
    "ensuring the voice of the woman is heard and that the needs of the whole family are at the centre of "
    "all planning going forward, with regular opportunities for reflection.")),
   "management jargon, no decision or risk to the baby")
bad("hollow-long-bullets-no-content", "bad-hollow-long", M, concl(MA, (
    "Plan:\n- Methadone reviewed\n- Risks considered\n- Options explored\n- Views of mother obtained\n"
    "- Professionals informed\n- Record updated")),
   "a bullet list of process steps; the plan has no content")
bad("hollow-long-overall-lithium-governance", "bad-hollow-long", L, overall(
    "Lithium: this overall conclusion has been completed to meet the requirements of the perinatal "
    "medication assessment template, reviewed for quality by the practice, and signed off as part of the "
    "clinical governance process for safeguarding assurance purposes."),
   "compliance language about the form itself")
bad("hollow-long-feelings-quetiapine", "bad-hollow-long", P, overall(
    "Quetiapine: Daniel spoke openly about his mental health journey and how much he is looking forward to "
    "being a father. Both parents were warm, engaged and receptive throughout the appointment and asked "
    "thoughtful questions, which was very positive to see."),
   "an account of the conversation; no sedation or sleep decision")
bad("hollow-long-all-caps-boilerplate", "bad-hollow-long", F, overall(
    "DIAZEPAM AND PREGABALIN. ALL RELEVANT INFORMATION HAS BEEN CONSIDERED AND ALL APPROPRIATE ACTIONS HAVE "
    "BEEN TAKEN IN LINE WITH LOCAL POLICY. THE MULTI-AGENCY PLAN REMAINS IN PLACE AND WILL BE KEPT UNDER "
    "REVIEW BY THE CORE GROUP."),
   "ALL CAPS boilerplate with no content")
bad("hollow-long-dictated-nothing", "bad-hollow-long", M, concl(SA, (
    "sertraline discussed today with patient full stop all options considered comma patient given the "
    "opportunity to ask questions full stop patient understands and agrees with the plan as discussed full "
    "stop")),
   "dictated, and empty: 'the plan as discussed' is never written")
bad("hollow-long-overall-valproate-ppp-words", "bad-hollow-long", V, overall(
    "Valproate: this record confirms that the pregnancy prevention programme documentation, the annual risk "
    "acknowledgement form and the relevant MHRA materials exist and are available to professionals on "
    "request from the practice."),
   "says documents exist; no decision about the pregnancy or the baby")
bad("hollow-long-welsh-boilerplate", "bad-hollow-long", C, concl(CA, (
    "Citalopram: assessment completed and shared in line with policy. Asesiad wedi'i gwblhau a'i rannu yn "
    "unol \u00e2'r polisi. All professionals informed. Pob gweithiwr proffesiynol wedi'i hysbysu.")),
   "bilingual boilerplate: two languages, nothing said in either")
bad("hollow-long-soap-empty", "bad-hollow-long", F, concl(FA, (
    "S: diazepam and pregabalin reviewed.\nO: as per previous entries.\nA: ongoing.\nP: continue to "
    "monitor and liaise with agencies as appropriate.")),
   "SOAP headings with nothing under them")

# ============================================================================================================
# bad-deferral-disguised: the decision put off, phrased in new ways.

bad("defer-awaiting-mdt-outcome", "bad-deferral-disguised", M, concl(MA, (
    "Methadone: awaiting outcome of the perinatal MDT before a plan is made for mother and baby.")),
   "'awaiting outcome of MDT'")
bad("defer-tbc-following-liaison", "bad-deferral-disguised", M, concl(SA, (
    "Sertraline - TBC following liaison with the perinatal mental health team re the baby.")),
   "'TBC following liaison'")
bad("defer-next-meeting", "bad-deferral-disguised", L, concl(LA, (
    "Lithium and the baby: for discussion at the next perinatal meeting.")),
   "'for discussion at next meeting'")
bad("defer-pre-birth-planning", "bad-deferral-disguised", F, concl(FA, (
    "Diazepam and pregabalin: plan for the baby to be agreed at the discharge planning meeting; conclusions "
    "to be added afterwards.")),
   "the plan deferred to a future meeting")
bad("defer-consultant-32-weeks", "bad-deferral-disguised", M, overall(
    "Methadone and sertraline: decision regarding the baby deferred to the consultant obstetrician at the "
    "32-week appointment."),
   "'deferred to' the consultant")
bad("defer-will-update-keyworker", "bad-deferral-disguised", M, concl(MA, (
    "Will update once the drug service key worker replies about methadone and the baby.")),
   "'will update once ... replies'")
bad("defer-watch-this-space", "bad-deferral-disguised", C, concl(CA, (
    "Citalopram and the baby - watch this space.")),
   "colloquial 'watch this space'")
bad("defer-parked-strategy", "bad-deferral-disguised", P, concl(PA, (
    "Father's quetiapine: parked until the strategy meeting; plan for the baby's sleep outstanding.")),
   "'parked until', 'outstanding'")
bad("defer-core-group-minutes", "bad-deferral-disguised", F, overall(
    "Diazepam and pregabalin: as documented in the core group minutes of 10 June for the baby."),
   "points to minutes the foster carer never receives")
bad("defer-conclusion-to-follow", "bad-deferral-disguised", V, concl(VA, (
    "Valproate: conclusion to follow after the neurology appointment next month; baby plan then.")),
   "'conclusion to follow'")
bad("defer-under-review-pharmacist", "bad-deferral-disguised", M, concl(SA, (
    "Sertraline currently under review by the perinatal pharmacist; advice for the baby to come.")),
   "'under review', 'to come'")
bad("defer-held-over-conference", "bad-deferral-disguised", L, overall(
    "Lithium: held over to the case conference on the 14th; baby plan pending."),
   "'held over', 'pending'")
bad("defer-once-letter-received", "bad-deferral-disguised", V, overall(
    "Valproate for the baby: to be finalised once the fetal medicine letter is received."),
   "'to be finalised once ... received'")
bad("defer-bullets", "bad-deferral-disguised", M, concl(MA, (
    "- Methadone: ongoing\n- Baby: TBA\n- Feeding: TBA\n- Sleep: TBA")),
   "a bullet list of 'to be announced'")
bad("defer-all-caps", "bad-deferral-disguised", P, concl(PA, (
    "QUETIAPINE: AWAITING HV FEEDBACK RE BABY. WILL COMPLETE AFTER.")),
   "ALL CAPS deferral")
bad("defer-dictated", "bad-deferral-disguised", F, concl(FA, (
    "diazepam and pregabalin plan for baby to be confirmed following professionals meeting full stop")),
   "dictated deferral")

# ============================================================================================================
# Amendments (MA008, MA009).


def amended(reason: str | None, version: int = 2) -> Mutation:
    steps = [set_("status", "amended"), set_("version", version)]
    if reason is not None:
        steps.append(set_("amendment_reason", reason))
    return chain(*steps)


ok("amend-social-worker-added", "ok-amendment", M, amended(
    "Social worker added as a recipient after the child protection conference on 2026-03-01; assessments and "
    "conclusions unchanged."),
   "the amendment names what changed (a recipient) and what did not")
ok("amend-sleeping-arrangements-corrected", "ok-amendment", M, amended(
    "Sleeping arrangements corrected: the cot is in the parents' bedroom, not the living room as first "
    "typed; safe sleep advice unchanged."),
   "a corrected item, said plainly")
ok("amend-version-three-dose", "ok-amendment", C, chain(amended(
    "Version 3: citalopram dose confirmed as 20 mg (version 2 said 10 mg in error); conclusions unchanged.",
    version=3)), "a third version with a dose correction")
ok("amend-terse-clinician", "ok-amendment", C, set_("amendment_reason",
   "HV added as recipient pre new birth visit. Clinical content unchanged."),
   "terse but specific amendment reason")
ok("amend-breastfeeding-plan", "ok-amendment", L, amended(
    "Feeding plan changed: she has now decided to bottle feed after discussion with the perinatal team; "
    "lithium conclusion reviewed and unchanged."),
   "amendment of the feeding plan")
ok("amend-misspelt-reason", "ok-amendment", F, amended(
    "Foster carer's manual hand-over discription corrected and placement provider mailbox added; "
    "conclusions unchanged."),
   "amendment reason with a misspelling, still specific")

bad("amend-updated", "bad-amendment", M, amended("Updated."), "'Updated.' says nothing of what changed")
bad("amend-as-requested", "bad-amendment", L, amended("Record amended as requested."),
    "amended as requested by whom, changing what?")
bad("amend-see-previous", "bad-amendment", C, set_("amendment_reason",
    "Changes made - see previous version for comparison."),
    "points the reader to compare versions themselves")
bad("amend-minor", "bad-amendment", V, amended("Minor amendments following review."),
    "'minor amendments' names none")
bad("amend-per-email", "bad-amendment", P, amended("Amended per email from midwife."),
    "points to an email the recipients do not have")
bad("amend-first-version", "bad-amendment", M, amended(
    "Methadone dose corrected to 60 mg from 50 mg; conclusions reviewed and unchanged.", version=1),
    "a good reason, but version 1 cannot be an amendment (MA009)")
bad("amend-no-reason", "bad-amendment", F, amended(None),
    "amended version 2 with no reason at all")
bad("amend-typo", "bad-amendment", M, amended("Typo."), "'Typo.' does not say which or where")

# ============================================================================================================
# Attribution (MA2xx).

MIDWIFE = {
    "name": {"given": ["Carys"], "family": "Bowen"},
    "role": "community-midwife",
    "registration": {"body": "NMC", "number": "09C1234E"},
    "organisation": CASTLEFORD_MATERNITY,
}
PHARMACIST = {
    "name": {"given": ["Hamza"], "family": "Iqbal"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2076543"},
    "organisation": RIVERSIDE,
}
OBSTETRICIAN = {
    "name": {"prefix": "Miss", "given": ["Aoife"], "family": "Gallagher"},
    "role": "obstetrician",
    "registration": {"body": "GMC", "number": "7098123"},
    "organisation": CASTLEFORD_MATERNITY,
}
NURSE = {
    "name": {"given": ["Dawn"], "family": "Ellis"},
    "role": "nurse",
    "registration": {"body": "NMC", "number": "15H6789F"},
    "organisation": NORTHGATE,
}


def with_role(person: Record, **changes: object) -> Record:
    out = dict(person)
    out.update(changes)
    return out


ok("attrib-midwife-assesses", "ok-attribution", M, set_(f"assessments#{MA}.author", MIDWIFE),
   "the community midwife (NMC) writes the methadone assessment; the GP concludes and attests")
ok("attrib-pharmacist-assesses", "ok-attribution", M, set_(f"assessments#{SA}.author", PHARMACIST),
   "the practice's clinical pharmacist (GPhC, starts with 2) assesses sertraline")
ok("attrib-obstetrician-assesses-valproate", "ok-attribution", V, set_(f"assessments#{VA}.author", OBSTETRICIAN),
   "an obstetrician (GMC) assesses valproate; the GP concludes, attests and receives it")
ok("attrib-nurse-attests", "ok-attribution", L, set_("attestation.by", NURSE),
   "a practice nurse (NMC) at the registered practice attests")
ok("attrib-initial-same-gmc", "ok-attribution", M, set_("overall_conclusion.author",
   with_role(SHAH, name={"given": ["P"], "family": "Shah"})),
   "'P Shah' and 'Priya Shah' under one GMC number: an initial agrees with its name")
ok("attrib-case-and-middle-name", "ok-attribution", V, set_("overall_conclusion.author",
   with_role(MCALLISTER, name={"prefix": "Dr", "given": ["Fiona", "Jane"], "family": "MCALLISTER"})),
   "same clinician with a middle name and capitals: one person")
ok("attrib-accent-same-person", "ok-attribution", F, set_("overall_conclusion.author",
   with_role(PRITCHARD, name={"prefix": "Dr", "given": ["\u00d3wen"], "family": "Pritchard"})),
   "an accent typed on one signature; accents are folded (MA209)")

bad("attrib-gp-with-nmc", "bad-attribution", M, set_(f"assessments#{MA}.author",
    with_role(SHAH, registration={"body": "NMC", "number": "04A1234B"})),
    "a GP registered with the NMC (MA207)")
bad("attrib-pharmacist-with-nmc", "bad-attribution", M, set_(f"assessments#{SA}.author",
    with_role(PHARMACIST, registration={"body": "NMC", "number": "04A1234B"})),
    "a pharmacist with an NMC number (MA207)")
bad("attrib-midwife-with-gphc", "bad-attribution", M, set_(f"assessments#{MA}.author",
    with_role(MIDWIFE, registration={"body": "GPhC", "number": "2076543"})),
    "a midwife with a GPhC number (MA207)")
bad("attrib-other-attests", "bad-attribution", L, set_("attestation.by", {
    "name": {"given": ["Kelly"], "family": "Marsh"}, "role": "other",
    "registration": {"body": "HCPC", "number": "OT12345"}, "organisation": NORTHGATE}),
    "an 'other' role attests, even with a registration (MA210)")
bad("attrib-same-gmc-two-first-names", "bad-attribution", M, set_("overall_conclusion.author",
    with_role(SHAH, name={"prefix": "Dr", "given": ["Ananya"], "family": "Shah"})),
    "Priya Shah and Ananya Shah under one GMC number (MA209)")
bad("attrib-gmc-all-sevens", "bad-attribution", C, set_(f"assessments#{CA}.author",
    with_role(MCALLISTER, registration={"body": "GMC", "number": "7777777"})),
    "GMC 7777777: one digit repeated (MA208)")
bad("attrib-gphc-not-starting-2", "bad-attribution", M, set_(f"assessments#{SA}.author",
    with_role(PHARMACIST, registration={"body": "GPhC", "number": "1076543"})),
    "GPhC number not starting with 2 (MA204)")
bad("attrib-nmc-all-digits", "bad-attribution", P, set_(f"assessments#{PA}.author.registration.number",
    "12345678"), "NMC number without its letters (MA204)")
bad("attrib-overall-no-registration", "bad-attribution", L, delete("overall_conclusion.author.registration"),
    "the overall conclusion signed without registration (MA203)")
bad("attrib-other-unregistered-assessor", "bad-attribution", V, set_(f"assessments#{VA}.author", {
    "name": {"given": ["Tom"], "family": "Hardy-Example"}, "role": "other", "organisation": CAMPBELL["organisation"]}),
    "an unregistered 'other' author of a required assessment (MA203/MA210)")

# ============================================================================================================
# Lawful basis (MA4xx).


def without_consent(text: str) -> Mutation:
    return chain(set_("lawful_basis.basis", "safeguarding-without-consent"), set_("lawful_basis.justification", text))


ok("basis-cp-baby-methadone", "ok-lawful-basis", M, without_consent(
    "She declined sharing with children's services. Shared because her baby will be on a child protection "
    "plan from birth and the social worker must know about methadone withdrawal and her sedation at night; "
    "decided with the practice safeguarding lead on 2 March."),
   "the baby's own risk given as the reason")
ok("basis-coercive-partner-valproate", "ok-lawful-basis", V, without_consent(
    "Consent not sought: she told the midwife her partner reads her post and phone, and asking would alert "
    "him. Maternity must know of the unborn baby's valproate exposure for the fetal medicine plan."),
   "why consent was not sought, and the baby's risk")
ok("basis-capacity-lithium", "ok-lawful-basis", L, without_consent(
    "She lacks capacity to consent during a manic relapse; the baby's paediatric review and lithium level "
    "after birth depend on maternity and the perinatal team holding this assessment."),
   "capacity, and what the baby needs")
ok("basis-father-refused-quetiapine", "ok-lawful-basis", P, without_consent(
    "The father refused consent to share details of his quetiapine. His heavy sedation at night is a direct "
    "co-sleeping risk to the baby, so the health visitor must know; discussed with the named nurse for "
    "safeguarding."),
   "the partner's refusal overridden for the baby's sleep safety")
ok("basis-law-and-reason", "ok-lawful-basis", F, set_("lawful_basis.justification",
   "Shared without consent under the Children Act 1989 and Schedule 8 of the Data Protection Act 2018: the "
   "baby goes to a foster placement and the carer must know that both medicines sedate the mother and can "
   "cause late withdrawal signs."),
   "names the law AND gives the baby's risk")
ok("basis-terse-overridden", "ok-lawful-basis", F, set_("lawful_basis.justification",
   "Consent refused. Overridden - baby at risk of unsafe co-sleeping with sedated mum (diazepam/pregabalin) "
   "and late withdrawal; foster carer must know. Agreed with safeguarding lead."),
   "terse justification with a real reason")

bad("basis-only-gdpr", "bad-lawful-basis", M, without_consent(
    "Shared under Article 6(1)(e) and Article 9(2)(h) UK GDPR and Schedule 8 of the Data Protection Act 2018."),
    "names only the law (MA402)")
bad("basis-only-guidance", "bad-lawful-basis", V, without_consent(
    "In line with Working Together to Safeguard Children 2023 and the local information sharing protocol."),
    "names only guidance and a protocol (MA402)")
bad("basis-safeguarding-word", "bad-lawful-basis", L, without_consent("Safeguarding."),
    "one word, no reason (MA402)")
bad("basis-consent-not-required", "bad-lawful-basis", P, without_consent(
    "Consent not required for safeguarding purposes."), "a legal assertion, no reason about this baby (MA402)")
bad("basis-practice-policy", "bad-lawful-basis", M, without_consent(
    "Practice policy is to share all perinatal medication assessments without consent as a matter of course."),
    "blanket policy (MA402)")
bad("basis-caldicott", "bad-lawful-basis", F, set_("lawful_basis.justification",
    "Caldicott principle 7: the duty to share information can be as important as the duty to protect "
    "patient confidentiality."), "a principle quoted, nothing about this baby (MA402)")
bad("basis-see-notes", "bad-lawful-basis", F, set_("lawful_basis.justification",
    "See safeguarding notes for rationale."), "the reason is elsewhere (MA402)")
bad("basis-recorded-future", "bad-lawful-basis", M, set_("lawful_basis.recorded_on", "2027-01-15"),
    "consent recorded after today (MA403)")
bad("basis-missing", "bad-lawful-basis", C, delete("lawful_basis"), "no lawful basis at all (MA401)")

# ============================================================================================================
# disguise-new: each text plain and disguised; every member of a family must get one verdict.


def _comb(mark: str, *, only: str | None = None) -> Callable[[str], str]:
    def fn(text: str) -> str:
        return "".join(ch + mark if ch.isalpha() and (only is None or ch.lower() in only) else ch for ch in text)

    return fn


def _strike(text: str) -> str:
    return "".join(ch + "\u0336" for ch in text)


def _math(base_upper: int, base_lower: int) -> Callable[[str], str]:
    def fn(text: str) -> str:
        out = []
        for ch in text:
            if "A" <= ch <= "Z":
                out.append(chr(base_upper + ord(ch) - 65))
            elif "a" <= ch <= "z":
                out.append(chr(base_lower + ord(ch) - 97))
            else:
                out.append(ch)
        return "".join(out)

    return fn


SMALL_CAPS = dict(zip(
    "abcdefghijklmnopqrstuvwyz",
    "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d\u0274\u1d0f\u1d18\ua7af"
    "\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
    strict=True))


def _small_caps(text: str) -> str:
    return "".join(SMALL_CAPS.get(ch.lower(), ch) if ch.isalpha() else ch for ch in text)


def _neg_squared(text: str) -> str:
    return "".join(chr(0x1F170 + ord(ch.upper()) - 65) if ch.isascii() and ch.isalpha() else ch for ch in text)


def _rlo_one(text: str) -> str:
    """A right-to-left override and pop around the second letter of every word of four or more letters."""
    words = text.split(" ")
    return " ".join(w[0] + "\u202e" + w[1] + "\u202c" + w[2:] if len(w) >= 4 and w[:2].isalpha() else w
                    for w in words)


DISGUISES: dict[str, Callable[[str], str]] = {
    "acute": _comb("\u0301", only="aeiou"),
    "strike": _strike,
    "keycap": _comb("\u20e3"),
    "circle": _comb("\u20dd"),
    "math-bold": _math(0x1D400, 0x1D41A),
    "math-sans-bold": _math(0x1D5D4, 0x1D5EE),
    "small-caps": _small_caps,
    "neg-squared": _neg_squared,
    "fullwidth": full_width,
    "cyrillic": lambda t: homoglyphs(t, "aceopx"),
    "greek": lambda t: homoglyphs(t, "aoi", variant=1),
    "zwj": lambda t: inside_words(t, "\u200d"),
    "soft-hyphen": lambda t: inside_words(t, "\u00ad", every=2),
    "rlo": _rlo_one,
    "cyrillic-zwj": lambda t: inside_words(homoglyphs(t, "eo"), "\u200d", every=3),
}


def family(name: str, expect: Expect, base: str, build: Callable[[str], Mutation], text: str,
           kinds: Sequence[str], why: str) -> None:
    """The plain text and each disguise of it, with one expected verdict."""
    add(f"dz-{name}-plain", "disguise-new", expect, base, build(text), f"{why} (plain)")
    for kind in kinds:
        add(f"dz-{name}-{kind}", "disguise-new", expect, base, build(DISGUISES[kind](text)),
            f"{why} ({kind}: same verdict as the plain text)")


# Must pass: complete texts.
family("ok-methadone", PASS, M, lambda t: concl(MA, t), (
    "Methadone stays at 60 mg a day. After birth the baby is scored for neonatal abstinence for 72 hours or "
    "longer; breastfeeding is encouraged; she is sleepy after each dose, so the baby always sleeps in its own "
    "cot."), ("acute", "math-bold", "zwj"), "a complete methadone conclusion")
family("ok-sertraline", PASS, M, lambda t: concl(SA, t), (
    "Sertraline carries on at 100 mg because relapse is the greater danger. The newborn may be jittery or "
    "sleepy for a day or two and the midwife will check; breastfeeding on sertraline is safe."),
    ("keycap", "small-caps"), "a complete sertraline conclusion")
family("ok-lithium", PASS, L, lambda t: concl(LA, t), (
    "Lithium 800 mg carries on to prevent a relapse after birth. Levels monthly, weekly from 36 weeks and "
    "within a day of birth; a paediatrician examines the baby for floppiness, poor feeding and thyroid "
    "problems; bottle feeding."), ("circle", "neg-squared"), "a complete lithium conclusion")
family("ok-joint-foster", PASS, F, lambda t: concl(FA, t), (
    "Diazepam and pregabalin carry on, with a slow diazepam taper later. Both make her drowsy: never a bed, "
    "sofa or armchair with the baby, and the foster carer does the night feeds. Late withdrawal signs may "
    "appear until day 8."), ("rlo", "soft-hyphen"), "a complete joint conclusion")
family("ok-partner", PASS, P, lambda t: concl(PA, t), (
    "Daniel is very drowsy for hours after his night-time quetiapine, so he never lies down with the baby "
    "on a bed, sofa or chair and leaves the night feeds to the mother; the crib stays on her side."),
    ("cyrillic-zwj", "fullwidth"), "a complete conclusion on the father's quetiapine")
family("ok-valproate-overall", PASS, V, overall, (
    "Valproate continues until neurology review within days; it must never be stopped suddenly. The baby "
    "was exposed early in pregnancy, so fetal medicine review and a detailed anomaly scan follow; folic acid "
    "5 mg started."), ("math-sans-bold", "greek"), "a complete valproate overall conclusion")
family("ok-amendment", PASS, C, lambda t: set_("amendment_reason", t), (
    "The health visitor was added as a recipient before the new birth visit; citalopram assessment "
    "unchanged."), ("zwj", "acute"), "a specific amendment reason")
family("ok-justification", PASS, F, lambda t: set_("lawful_basis.justification", t), (
    "The mother refused consent. The foster carer must know that diazepam and pregabalin sedate her and that "
    "the baby may withdraw late, or the baby is unsafe at night."), ("small-caps", "keycap"),
    "a justification with the baby's risk")

# Must refuse: hollow texts.
family("bad-awaiting-mdt", REFUSE, M, lambda t: concl(MA, t), "Methadone: awaiting MDT outcome.",
       ("strike", "keycap", "math-bold"), "a deferral (MA103)")
family("bad-nil-of-note", REFUSE, M, lambda t: concl(SA, t), "Sertraline: nil of note.",
       ("small-caps", "neg-squared"), "a dismissal with nothing else (MA103)")
family("bad-tbc-liaison", REFUSE, L, overall, "Lithium: to be confirmed following liaison.",
       ("circle", "acute"), "a deferral in the overall conclusion (MA103)")
family("bad-safe-sleep-na", REFUSE, F, lambda t: item(FA, "impact_on_mother.safe_sleep", t),
       "N/A - foster carer's responsibility.", ("rlo", "zwj"),
       "the sedating medicines' safe sleep dismissed (MA123)")
family("bad-partner-as-discussed", REFUSE, P, lambda t: concl(PA, t), "Quetiapine: as discussed with family.",
       ("fullwidth", "cyrillic"), "a deferral to a conversation (MA103)")
family("bad-amend-updated", REFUSE, C, lambda t: set_("amendment_reason", t), "Record updated.",
       ("soft-hyphen", "strike"), "an amendment reason that says nothing (MA008)")
family("bad-justification", REFUSE, F, lambda t: set_("lawful_basis.justification", t),
       "Safeguarding concerns.", ("greek", "math-sans-bold"), "a justification with no reason (MA402)")
family("bad-manual-tba", REFUSE, F, lambda t: set_("recipients#rcp-foster-carer.route",
                                                 {"kind": "manual", "description": t}),
       "To be arranged.", ("keycap", "neg-squared"), "a manual hand-over still to be arranged (MA309)")
family("bad-valproate-letter", REFUSE, V, lambda t: concl(VA, t), "Valproate: see neurology clinic letter.",
       ("neg-squared", "circle"), "a pointer to a letter (MA103)")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F7CASES)


if __name__ == "__main__":  # pragma: no cover
    tally = counts()
    for cat in CATEGORIES:
        print(f"{cat:24} refuse {tally[(cat, REFUSE)]:3}  pass {tally[(cat, PASS)]:3}")
    print(f"{'all':24} refuse {sum(c.expect == REFUSE for c in F7CASES):3}  "
          f"pass {sum(c.expect == PASS for c in F7CASES):3}")
