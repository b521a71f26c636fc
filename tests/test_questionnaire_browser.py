"""The template's Questionnaire in a real SDC form filler: LHC-Forms (npm ``lforms``, installed by `npm ci` in
tests/browser) in Debian's headless chromium, driven by playwright. Nothing is fetched from the network: the
page and LHC-Forms' files are served to the browser from disk by ``page.route``.

Every shipped version renders without an error; a clinician's form, opened pre-filled from a record, is filled
in (a pick list, a conditional item that appears only once the record is marked amended, free text); the
response LHC-Forms makes is read back with the context the opening system knows; and the share gate judges it
like any other record: a real conclusion passes, a hollow one is refused. The run draws docs/questionnaire.png.
What LHC-Forms honours of the Questionnaire is checked here too (docs/questionnaire.md lists it).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright

from medassess import (
    ResponseContext,
    ShareGateRefused,
    load_record,
    record_from_questionnaire_response,
    require_shareable,
    to_questionnaire,
    to_questionnaire_response,
)
from medassess.record.template import get_template, template_versions
from tests.system_deps import missing
from tests.test_letter_browser import ARGS, CHROMIUM

ROOT = Path(__file__).resolve().parent.parent
LFORMS = ROOT / "tests" / "browser" / "node_modules" / "lforms" / "dist" / "lforms"
DOCS = ROOT / "docs"
METHADONE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
ORIGIN = "http://forms.medassess.test"
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Perinatal medication assessment</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css">
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js" type="module"></script>
<script src="/lforms/webcomponent/polyfills.js" type="module"></script>
<script src="/lforms/webcomponent/main.js" type="module"></script>
</head><body><main><div id="form"></div></main></body></html>"""
CONCLUSION = (
    "Methadone 60 mg daily should continue through pregnancy. The baby is likely to need observation for neonatal"
    " withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and the cot must be"
    " checked at the home visit."
)

REASON = "Methadone conclusion rewritten: continue 60 mg daily and observe the baby for withdrawal after birth."


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        missing(f"Debian's chromium is not installed at {CHROMIUM}: apt-get install -y chromium")
    if not (LFORMS / "webcomponent" / "main.js").exists():
        missing("LHC-Forms (lforms) is not installed: npm ci --prefix tests/browser")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _serve(route: Route) -> None:
    """The page, and LHC-Forms' files from node_modules; anything else is not found (and never fetched)."""
    path = route.request.url.removeprefix(ORIGIN).split("?")[0]
    if path == "/":
        route.fulfill(body=PAGE, content_type="text/html")
        return
    file = (LFORMS / path.removeprefix("/lforms/")).resolve()
    if path.startswith("/lforms/") and file.is_relative_to(LFORMS.resolve()) and file.is_file():
        route.fulfill(body=file.read_bytes(), content_type=mimetypes.guess_type(file.name)[0] or "text/plain")
        return
    route.fulfill(status=404, body="")


class Form:
    """A page with LHC-Forms loaded, the browser's errors collected."""

    def __init__(self, browser: Browser) -> None:
        self.page: Page = browser.new_page(viewport={"width": 1100, "height": 900})
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        self.page.on(
            "console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None
        )
        self.page.route("**/*", _serve)
        self.page.goto(f"{ORIGIN}/")
        self.page.wait_for_function("() => window.LForms && LForms.Util && LForms.Util.addFormToPage")
        # LHC-Forms' FHIR support attaches itself to LForms, so it is loaded once LForms is there.
        self.page.add_script_tag(url="/lforms/fhir/R4/lformsFHIR.min.js")
        self.page.wait_for_function("() => LForms.FHIR && LForms.FHIR.R4")

    def show(self, questionnaire: dict[str, Any], response: dict[str, Any] | None = None) -> str:
        """Render the Questionnaire (pre-filled with ``response``): 'ok', or what LHC-Forms refused."""
        result: str = self.page.evaluate(
            """([q, r]) => LForms.Util.addFormToPage(q, document.getElementById('form'),
                   r ? {questionnaireResponse: r} : {}).then(() => 'ok', e => 'refused: ' + JSON.stringify(e))""",
            [questionnaire, response],
        )
        self.page.wait_for_selector("lhc-item")
        return result

    def field(self, link_id: str, *repetition: int) -> Any:
        """The input of an item, by its linkId and the repetitions it is in (LHC-Forms ids: linkId/1/…)."""
        suffix = "/".join(str(n) for n in (1, *repetition)) if repetition else "1/1"
        return self.page.locator(f"[id='{link_id}/{suffix}']")

    def present(self, link_id: str) -> int:
        return self.page.locator(f"lhc-item[id^='item-{link_id}/']").count()

    def choose(self, link_id: str, typed: str) -> None:
        """Pick an answer from a pick list by typing part of it, as a user does."""
        box = self.field(link_id)
        box.click()
        box.press("Control+a")
        box.press("Backspace")
        box.press_sequentially(typed, delay=20)
        self.page.keyboard.press("ArrowDown")
        self.page.keyboard.press("Enter")
        box.press("Tab")

    def response(self) -> dict[str, Any]:
        found: dict[str, Any] = self.page.evaluate(
            "LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form'))"
        )
        return found

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def form(browser: Browser) -> Iterator[Form]:
    opened = Form(browser)
    try:
        yield opened
    finally:
        opened.close()


def _without(items: list[dict[str, Any]], link_id: str, first_only: list[bool]) -> list[dict[str, Any]]:
    """Response items with the first answer to ``link_id`` removed (the form leaves it for the user)."""
    kept = []
    for item in items:
        if item["linkId"] == link_id and first_only[0]:
            first_only[0] = False
            continue
        kept.append({**item, "item": _without(item["item"], link_id, first_only)} if "item" in item else item)
    return kept


def _opened() -> tuple[dict[str, Any], ResponseContext]:
    """The methadone record as the opening system pre-fills it (without the methadone conclusion, which the
    clinician writes in the form), and the context it reads the answers back with: the next version."""
    record = load_record(METHADONE)
    response = to_questionnaire_response(record, preliminary=True)
    response["item"] = _without(response["item"], "conclusion", [True])
    context = ResponseContext(
        mother=record.mother,
        recipients=tuple(record.recipients),
        record_id=record.record_id,
        version=record.version + 1,
    )
    return response, context


@pytest.mark.parametrize("version", template_versions())
def test_every_shipped_version_renders_without_errors(form: Form, version: str) -> None:
    template = get_template(version=version)
    assert form.show(to_questionnaire(template)) == "ok"
    assert form.errors == []
    # Every template item is on the page under its linkId.
    assert [item.id for _, item in template.items() if not form.present(item.id)] == []


def _its_questionnaire() -> dict[str, Any]:
    """The Questionnaire of the template version the opened record was captured with (not the newest: a form
    is filled in on the form its record was asked)."""
    return to_questionnaire(get_template(version=load_record(METHADONE).template.version))


def _fill(form: Form, conclusion: str) -> dict[str, Any]:
    """Fill the form in as a clinician would; the response LHC-Forms makes of it."""
    response, _ = _opened()
    assert form.show(_its_questionnaire(), response) == "ok"
    assert form.field("conclusion").input_value() == ""
    assert form.present("record.amendment-reason") == 0  # asked only of an amended record
    form.choose("record-status", "amend")
    assert form.field("record-status").input_value() == "amended"
    assert form.present("record.amendment-reason") == 1
    form.field("record.amendment-reason").fill(REASON)
    form.field("conclusion").fill(conclusion)
    assert form.errors == []
    return form.response()


def test_a_form_filled_in_lhc_forms_passes_the_share_gate(form: Form) -> None:
    filled = _fill(form, CONCLUSION)
    _, context = _opened()
    record = record_from_questionnaire_response(filled, context)
    original = load_record(METHADONE)
    assert record.status == "amended" and record.version == original.version + 1
    assert record.amendment_reason == REASON
    assert record.assessments[0].conclusion == CONCLUSION
    # Everything else the form was opened with came back as it was.
    assert (
        record.replace(status="final", amendment_reason=None, version=original.version, updated=original.updated)
        == original
    )
    # Judged as of the day the form was filled in (LHC-Forms gives the response that time as authored).
    shareable = require_shareable(record, today=record.updated.date())
    assert shareable.record == record

    DOCS.joinpath("questionnaire.png").write_bytes(_picture(form))


def _picture(form: Form) -> bytes:
    """The first assessment's conclusion as filled in, and the end of the form: status and amendment reason."""
    form.page.locator("[id='item-conclusion/1/1']").scroll_into_view_if_needed()
    shot = form.page.locator("[id='item-section.assessment/1']").screenshot()
    assert shot.startswith(b"\x89PNG")
    return shot


@pytest.mark.parametrize("hollow", ["No concerns.", "See letter."])
def test_a_hollow_conclusion_filled_in_lhc_forms_is_refused(form: Form, hollow: str) -> None:
    _, context = _opened()
    record = record_from_questionnaire_response(_fill(form, hollow), context)
    assert record.assessments[0].conclusion == hollow
    with pytest.raises(ShareGateRefused) as refused:
        require_shareable(record, today=record.updated.date())
    assert "MA103" in {issue.code for issue in refused.value.issues if issue.severity == "error"}


def test_what_lhc_forms_honours_of_the_questionnaire(form: Form) -> None:
    response, _ = _opened()
    assert form.show(_its_questionnaire(), response) == "ok"
    page = form.page
    # repeating groups: one repetition per medicine and per assessment
    assert form.present("medicines") == 2 and page.locator("lhc-item[id^='item-section.assessment/']").count() == 2
    # required: marked on the label
    assert page.locator("[id='label-record-status/1/1'] .lhc-required").count() == 1
    # enableWhen on a repeating group's own answer: a MESH route shows its mailbox, not an MLLP host
    assert form.present("recipients.route.mailbox") == 4 and form.present("recipients.route.host") == 0
    # answerOption codings come back as the coding offered (SNOMED CT for the pregnancy stage)
    stage = next(i for s in form.response()["item"] for i in s.get("item", []) if i["linkId"] == "pregnancy-stage")
    assert stage["answer"] == [
        {
            "valueCoding": {
                "system": "http://snomed.info/sct",
                "code": "77386006",
                "display": "Patient currently pregnant",
            }
        }
    ]
    # maxLength is not enforced by an attribute on the input (the reader and the record model bound lengths)
    assert page.evaluate("[...document.querySelectorAll('input, textarea')].filter(e => e.maxLength > 0).length") == 0
