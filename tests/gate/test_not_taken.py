"""MA120: a medicine named as one she or the partner does not take now, or as another person's, need not be on the
medicine list; the same shapes saying she does take it are refused. Worded apart from the red-team corpora: a
negation before the name ("has not had any", "is not on", "does not take"), a past prescription or a denial with
its verb ("was previously prescribed", "denies currently taking"), "off" right before the name, a stop or an
absence after it ("is no longer prescribed", "nil since"), a question or a screen answered in the negative, and a
medicine of someone else in the household (her sister, her mother, a friend)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

_TAIL = " The maternity team will watch the baby for 72 hours after birth."


def _refused(sentence: str) -> bool:
    data = complete()
    data["assessments"][1]["conclusion"] = sentence + _TAIL
    found = check(record_from_data(data), today=TODAY)
    return any(i.code == "MA120" and i.path == "$.assessments[1].conclusion" for i in found)


_NOT_TAKEN = [
    # A negated verb of taking right before the name, whatever follows.
    "Sertraline continues; she has not had any pregabalin since the booking visit.",
    "Sertraline continues; she hasn't used diazepam for two years.",
    "Sertraline continues; she is not currently on pregabalin or any other nerve painkiller.",
    "Sertraline continues; she doesn't take diazepam any longer.",
    "Sertraline continues; her partner has not taken tramadol since his operation.",
    "Sertraline continues. She hasn't taken tramadol since 2021. Her sleep is still poor.",  # a year ends it
    # A denial or a past prescription carried across its verb.
    "Sertraline continues; she denies currently taking pregabalin.",
    "Sertraline continues; she was previously prescribed diazepam by a private clinic.",
    # Off the medicine, told in shorthand.
    "Sertraline continues. Off diazepam since the summer.",
    # A stop or an absence after the name.
    "Sertraline continues; pregabalin is no longer prescribed for her back.",
    "Sertraline continues. Sleep aids: diazepam - nil since the autumn.",
    # A question, or a screen of several names, answered no.
    "Sertraline continues. Pregabalin? Never, she says.",
    "Sertraline continues. Tramadol? No, not since 2022.",
    "Sertraline continues. Screened for diazepam, pregabalin and tramadol use: none.",
    # Someone else's medicine.
    "Sertraline continues; her brother, who visits at weekends, takes diazepam for panic.",
    "Sertraline continues; Amy's mother, who lives with them, is on tramadol for arthritis.",
    "Sertraline continues; her friend's pregabalin is kept out of the house.",
    "Sertraline continues; Jo's mum takes tramadol for arthritis.",
    # A labelled nil answer, a nil before the name, a question answered with a stop.
    "Sertraline continues. Pregabalin: none since the first scan.",
    "Sertraline continues. Diazepam - nil taken.",
    "Sertraline continues. Nil tramadol for two years.",
    "Sertraline continues. Tramadol? Stopped last spring.",
    # A prescription that lapsed or ended, a use only in the past.
    "Sertraline continues; her diazepam repeat lapsed and she no longer takes it.",
    "Sertraline continues; the pregabalin prescription ended last year and she takes none now.",
    "Sertraline continues. Diazepam as a teenager; nothing since.",
    "Sertraline continues. Tramadol in childhood only.",
    "Sertraline continues. Pregabalin last taken in 2023.",
    "Sertraline continues; the diazepam a locum gave her after her fall ran out long ago.",
    # Another's named by the mother's first name, an offer refused, an ask of a named partner.
    "Sertraline continues; Ellie's sister was prescribed diazepam after a fall.",
    # two verbs of one subject: the person before them takes it
    "Sertraline continues; her aunt stays over at weekends and takes diazepam at night.",
    "Sertraline continues; her cousin offered her pregabalin but she refused.",
    "Sertraline continues. Asked Tom about tramadol and diazepam: none.",
    # A verb of use after the name that is hedged, another's, of something else or of an earlier pregnancy.
    "Sertraline continues; tramadol is not advised, and if she restarts it the baby is watched.",
    "Sertraline continues; avoid diazepam, she uses a relaxation app instead.",
    "Sertraline continues; tramadol was stopped, she takes paracetamol instead.",
    "Sertraline continues; her sister's diazepam is locked away, and her sister takes it at night.",
    "Sertraline continues; diazepam was stopped in her last pregnancy and restarted at 5 mg.",
    "Sertraline continues; pregabalin was stopped at booking and she takes none now.",
    # Given up or run out of, then a use verb of something else or a verb that is no use.
    "Sertraline continues; she gave up diazepam last year and uses a breathing app at night.",
    "Sertraline continues; she ran out of pregabalin at Easter and her aunt now visits daily.",
    "Sertraline continues. No more tramadol for her back; she uses a heat pad instead.",
    # Another's use told as a restart, in the past, or with "on" right after the person; the use after a
    # negation said of a third person, one named as "her mum"; another's kin told with "own".
    "Sertraline continues; her brother restarted diazepam in the spring and lives apart.",
    "Sertraline continues; her grandmother took pregabalin for years, which worries her.",
    "Sertraline continues; a cousin on tramadol sometimes babysits during the day.",
    "Sertraline continues; she is not on diazepam now, and her dad still takes it.",
    "Sertraline continues; the patient's own mother takes tramadol for arthritis.",
    # A child of the household, named or not, and a carer's or a relative's partner, told by a possessive or by
    # "her" after the carer named last.
    "Sertraline continues. Pat, the childminder, has the baby on weekdays; her husband takes diazepam for his back.",
    "Sertraline continues; her sister's husband takes tramadol and stays over at weekends.",
    "Sertraline continues; the foster carer's partner is on pregabalin.",
    "Sertraline continues; Amy's grown-up daughter, 22, takes diazepam for panic.",
    "Sertraline continues; her teenage son takes pregabalin after a sports injury.",
    "Sertraline continues; her stepson's tramadol is locked in his room.",
    "Sertraline continues; her son's girlfriend, who stays over, takes diazepam.",
]

_STILL_TAKEN = [
    # An absence limited to what is beyond a use: the use stands.
    "Sertraline continues. Pregabalin: nil other than the 75 mg her pain clinic prescribes.",
    "Sertraline continues; diazepam? None on top of her regular evening dose.",
    # The negation does not reach her taking it now.
    "Sertraline continues; she was not on pregabalin until the spring and it continues.",
    "Sertraline continues; she has not taken diazepam since this morning's dose.",
    "Sertraline continues; she does not take diazepam with alcohol.",
    "Sertraline continues; she is not on citalopram, and pregabalin continues at night.",  # the denial is citalopram's
    "Sertraline continues; she is no longer on citalopram but now on pregabalin.",
    "Sertraline continues; she denies tramadol but takes diazepam at night.",
    "Sertraline continues; she was previously prescribed citalopram and now takes pregabalin.",
    # A question answered yes, and an ask with no negative answer.
    "Sertraline continues. Pregabalin? Yes, most nights.",
    "Sertraline continues. Asked about diazepam: she takes it at night.",
    # Another person's medicine that she shares or takes too.
    "Sertraline continues; her sister's diazepam, which she now shares, helps her sleep.",
    # a parent as the second verb's subject takes it
    "Sertraline continues; her aunt stays over at weekends and she takes diazepam at night.",
    "Sertraline continues; her friend gets pregabalin and she takes some most days.",
    "Sertraline continues; the baby girl is watched, as her mother takes diazepam at night.",  # the mother's own
    "Sertraline continues; the baby's father takes diazepam at night.",  # the partner's
    # A use now stated after a negation, a stop or a past: it wins.
    "Sertraline continues; tramadol is no longer prescribed, so she buys it from a friend.",
    "Sertraline continues. No diazepam prescribed since last year, yet she still takes the old tablets at night.",
    "Sertraline continues; pregabalin was stopped at booking and restarted by the pain team in May.",
    "Sertraline continues. Tramadol - nil since the summer, restarted for back pain, 50 mg bd.",
    "Sertraline continues; she was previously prescribed diazepam and still has some, which she takes when panicky.",
    "Sertraline continues; she is no longer on pregabalin from the hospital; her GP now prescribes it.",
    "Sertraline continues; her partner stopped tramadol last year but restarted it in March.",
    "Sertraline continues; tramadol was not restarted, and she buys it online.",
    "Sertraline continues; the diazepam a locum gave her ran out, but she now buys it online.",
    # Another person's medicine she uses or shares.
    "Sertraline continues; none prescribed, she takes her sister's diazepam at night.",
    "Sertraline continues; her cousin's pregabalin, which they share most evenings.",
    # A use now after a stop, advice against or a run-out wins, a supply by another person too.
    "Sertraline continues; tramadol was not recommended, yet she takes 50 mg most nights.",
    "Sertraline continues; the pain team stopped her pregabalin, but her brother supplies it.",
    "Sertraline continues; she ran out of diazepam in May and now gets some from a neighbour.",
    # "No more" limiting a use, not denying it.
    "Sertraline continues; she takes no more diazepam than her GP prescribed.",
    # "On" is another's only right after the person: earlier, the "her" between is the mother.
    "Sertraline continues; her aunt frets about her on pregabalin at night.",
    # "Her husband" is the mother's partner, unless a carer is the one named last; a medicine reaching a child is
    # a parent's; a child's possessive before a parent word names the parent.
    "Sertraline continues; her husband takes diazepam at night.",
    "Sertraline continues. She does every night feed; her husband takes tramadol for his back.",
    "Sertraline continues; her sister visits at weekends, and her partner takes diazepam at night.",
    "Sertraline continues; her son's diazepam withdrawal is watched for 72 hours.",
    "Sertraline continues; her daughter's pregabalin exposure is watched for 72 hours.",
    "Sertraline continues; her teenage son's diazepam, which she now shares, helps her sleep.",
    "Sertraline continues; the son's father takes diazepam at night.",
]


@pytest.mark.parametrize("sentence", _NOT_TAKEN)
def test_a_medicine_she_does_not_take_or_anothers_need_not_be_listed(sentence: str) -> None:
    assert not _refused(sentence)


@pytest.mark.parametrize("sentence", _STILL_TAKEN)
def test_a_medicine_she_still_takes_must_be_listed(sentence: str) -> None:
    assert _refused(sentence)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([*_NOT_TAKEN, *_STILL_TAKEN]), st.data())
def test_a_disguised_negation_or_owner_is_judged_as_the_plain_one(sentence: str, data: st.DataObject) -> None:
    assert _refused(data.draw(disguised(sentence))) == _refused(sentence)
