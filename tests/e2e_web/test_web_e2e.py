"""A person uses the web app in headless Chromium against the whole system: registers, uploads a
born-digital PDF, a scan and a file that is refused, watches the progress bars reach the end,
opens a result and sees the field boxes light up, corrects and approves a held document, and
another company's user sees none of it. Every screen is saved as a screenshot."""

from __future__ import annotations

import base64
import os
import signal
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from e2e.conftest import Stack
from e2e.sample_invoice import draw_pdf, draw_png
from playwright.sync_api import Browser, Page, ViewportSize, expect
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from invoice_scanner_common.db import Document

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

PASSWORD = "long enough password"
LAPTOP: ViewportSize = {"width": 1280, "height": 800}
TABLET: ViewportSize = {"width": 820, "height": 1180}


def register_in_browser(page: Page, stack: Stack, company: str) -> str:
    email = f"{company.lower().replace(' ', '-')}-{uuid.uuid4().hex[:6]}@example.com"
    page.goto(stack.url("/"))
    page.get_by_label("Company name").fill(company)
    page.locator("#reg-email").fill(email)
    page.get_by_label("Password (at least 8 characters)").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Documents")).to_be_visible()
    return email


def token_of(page: Page) -> str:
    token = page.evaluate("sessionStorage.getItem('invoice-scanner-token')")
    assert isinstance(token, str) and token
    return token


#: axe-core, the accessibility rules engine, from the web app's npm lockfile (`make web`).
AXE = (
    Path(__file__).resolve().parents[2] / "invoice.scanner.api/web/node_modules/axe-core/axe.min.js"
)


def snap(page: Page, path: Path) -> None:
    """Check the screen with axe-core (WCAG 2 A/AA: labels, names, contrast, landmarks...),
    then save a full-page screenshot from the top (the page image is sticky while scrolling)."""
    assert AXE.is_file(), f"{AXE} is missing: run `make web`"
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, not as an inline <script>: the app's
        # Content-Security-Policy (script-src 'self') stays in force during the tests.
        page.evaluate("() => {" + AXE.read_text(encoding="utf-8") + "\n}")
    found = page.evaluate(
        """async () => (await axe.run(document, {runOnly: ["wcag2a", "wcag2aa"]})).violations
        .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target).join(", ")}`)"""
    )
    assert found == [], f"{path.name}: {found}"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=path, full_page=True)


def drop_file(page: Page, path: Path) -> None:
    """Drag ``path`` onto the drop zone, as the browser does for a file from the desktop."""
    page.evaluate(
        """([name, b64]) => {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            const dt = new DataTransfer();
            dt.items.add(new File([bytes], name, { type: "application/pdf" }));
            const zone = document.querySelector(".dropzone");
            for (const type of ["dragenter", "dragover", "drop"]) {
                const init = { dataTransfer: dt, bubbles: true, cancelable: true };
                zone.dispatchEvent(new DragEvent(type, init));
            }
        }""",
        [path.name, base64.b64encode(path.read_bytes()).decode()],
    )


def watch_uploads(page: Page, names: list[str], timeout: float = 150) -> set[str]:
    """Every state line the upload rows showed until each of ``names`` ended."""
    seen: set[str] = set()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen.update(page.locator("li.upload .state").all_inner_texts())
        rows = [page.locator("li.upload", has_text=name) for name in names]
        if all(" · quality " in row.locator(".state").inner_text() for row in rows):
            return seen
        time.sleep(0.1)
    raise AssertionError(f"uploads never ended: {sorted(seen)}")


def test_upload_watch_open_review_and_isolation(
    web_stack: Stack, browser: Browser, shots: Path, tmp_path: Path, db_url: str
) -> None:
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    page.goto(web_stack.url("/"))
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    snap(page, shots / "01-login.png")
    email = register_in_browser(page, web_stack, "Northwind Buyer")
    expect(page.get_by_text("No documents yet.")).to_be_visible()
    snap(page, shots / "02-empty-list.png")

    # Upload: a born-digital PDF, a 200 dpi scan, a PDF whose printed total disagrees with
    # its own arithmetic (held for review), and a text file the API refuses.
    pdf = draw_pdf(tmp_path / "northwind.pdf")
    scan = draw_png(tmp_path / "scan.png", invoice_number="INV-2024-0043")
    held = draw_pdf(tmp_path / "wrong-total.pdf", invoice_number="INV-W-1", total="1,205.00")
    notes = tmp_path / "notes.txt"
    notes.write_text("not an invoice")
    page.get_by_role("link", name="Upload").first.click()
    expect(page.get_by_role("heading", name="Upload invoices")).to_be_visible()
    # Chosen with the keyboard: Enter on the "Choose files" button opens the file chooser.
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Choose files").press("Enter")
    assert chooser.value.is_multiple()
    chooser.value.set_files([pdf, scan, held, notes])
    refused = page.locator("li.upload", has_text="notes.txt")
    expect(refused).to_contain_text("Not accepted: this type of file is not supported")
    expect(page.locator("li.upload .state", has_text="step").first).to_be_visible()
    snap(page, shots / "03-upload-progress.png")
    # Meanwhile, in a second tab, the list shows them in flight and refreshes by itself.
    expect(page.locator("li.upload .state", has_text=" — step ")).to_have_count(3)
    lpage = context.new_page()
    lpage.goto(web_stack.url("/"))
    lpage.evaluate("t => sessionStorage.setItem('invoice-scanner-token', t)", token_of(page))
    lpage.goto(web_stack.url("/#/documents"))
    expect(lpage.locator("table.docs tbody tr")).to_have_count(3)
    final = "r => r.dataset.status === 'approved' || r.dataset.status === 'manual_review'"
    in_flight = lpage.locator("table.docs tbody tr").evaluate_all(
        f"rs => rs.some(r => !({final})(r))"
    )
    assert in_flight, "all three were done before the list opened"
    seen = watch_uploads(page, ["northwind.pdf", "scan.png", "wrong-total.pdf"])
    assert any("step 6 of 6" not in s and " — step " in s for s in seen), seen  # mid-way seen
    for name in ("northwind.pdf", "scan.png", "wrong-total.pdf"):
        row = page.locator("li.upload", has_text=name)
        expect(row.locator(".state")).to_contain_text("— step 6 of 6 · quality ")
        assert row.locator("progress").evaluate("p => p.value") == 100
    expect(page.locator("li.upload", has_text="wrong-total.pdf")).to_have_attribute(
        "data-status", "manual_review"
    )
    # The same file again, dropped on the drop zone, is found as a duplicate.
    drop_file(page, pdf)
    expect(page.locator("li.upload").first).to_contain_text("Already uploaded")
    snap(page, shots / "04-upload-done.png")
    lpage.wait_for_function(
        f"() => [...document.querySelectorAll('table.docs tbody tr')].every({final})"
    )
    lpage.close()

    # The list: vendor, date, total and quality of every document; the review queue filter.
    page.get_by_role("link", name="Documents").first.click()
    rows = page.locator("table.docs tbody tr")
    expect(rows).to_have_count(3)
    expect(page.locator("tr", has_text="northwind.pdf")).to_contain_text(
        "Northwind Office Supplies Ltd"
    )
    expect(page.locator("tr", has_text="northwind.pdf")).to_contain_text("EUR 1250.00")
    snap(page, shots / "05-list.png")
    page.get_by_label("Needs review only").check()
    expect(page.locator("tr", has_text="wrong-total.pdf")).to_be_visible()
    page.wait_for_function(
        "() => [...document.querySelectorAll('table.docs tbody tr')].length < 3"
        " || [...document.querySelectorAll('table.docs tbody tr')].every("
        "r => r.dataset.status === 'manual_review' || r.dataset.status.endsWith('_error'))"
    )
    for row in page.locator("table.docs tbody tr").all():
        assert row.get_attribute("data-status") in {"manual_review"} or str(
            row.get_attribute("data-status")
        ).endswith("_error")
    snap(page, shots / "06-review-queue.png")
    page.get_by_label("Needs review only").uncheck()
    page.get_by_label("Status").select_option("approved")
    expect(page.locator("table.docs tbody tr")).to_have_count(2)
    expect(page.locator('table.docs tbody tr[data-status="approved"]')).to_have_count(2)
    page.get_by_label("Status").select_option("")
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    page.get_by_label("Uploaded from").fill(tomorrow)
    expect(page.get_by_text("No documents match these filters.")).to_be_visible()
    page.get_by_label("Uploaded from").fill("")
    expect(page.locator("table.docs tbody tr")).to_have_count(3)
    page.get_by_label("Needs review only").check()
    expect(page.locator("table.docs tbody tr")).to_have_count(1)

    # The held document: its page image, and the box the pipeline found for the invoice number
    # (matched against the page's words) lit while the field is hovered. Its total is the
    # computed net + VAT, which the page does not print, so that field has no box.
    page.locator("a", has_text="wrong-total.pdf").click()
    doc_id = page.url.rsplit("/", 1)[1]
    expect(page.locator(".page img")).to_be_visible()
    assert page.locator(".page img").evaluate("i => i.complete && i.naturalWidth > 0")
    box = page.locator('.box[data-field="invoice_number"]')
    expect(box).to_be_visible()
    expect(box).not_to_have_class("box active")
    page.locator('table.fields tr[data-field="invoice_number"] th').hover()
    expect(box).to_have_class("box active")
    expect(page.locator('table.fields tr[data-field="total"]')).to_contain_text("%")
    expect(page.get_by_role("heading", name="Line items")).to_be_visible()
    expect(page.locator("table.items")).to_contain_text("Ergonomic office chair")
    snap(page, shots / "07-document-highlight.png")

    # Review: correct the total to what is printed; approval is refused while the arithmetic
    # fails, and says why; correcting the VAT too lets it through. Keyboard focus shows the box.
    page.get_by_label("Invoice number", exact=True).focus()
    expect(box).to_have_class("box active")
    page.get_by_label("Total", exact=True).fill("twelve hundred")
    page.get_by_role("button", name="Save corrections").click()
    expect(page.locator(".message")).to_contain_text("Total: Not a valid number.")
    page.get_by_label("Total", exact=True).fill("1205.00")
    page.get_by_label("Comment (optional, kept in the audit trail)").fill("total as printed")
    page.get_by_role("button", name="Save corrections").click()
    expect(page.locator(".checks")).to_contain_text("Failed: Arithmetic: net plus vat equals total")
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".message")).to_contain_text("Cannot approve yet")
    snap(page, shots / "08-approve-refused.png")
    page.get_by_label("VAT", exact=True).fill("205.00")
    page.get_by_role("button", name="Save corrections").click()
    expect(page.locator(".checks")).not_to_contain_text("Failed:")
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".heading .badge")).to_have_text("Approved")
    audit = page.locator("ol.audit li")
    expect(audit).to_have_count(3)
    expect(audit.nth(0)).to_contain_text(f"correct by {email} — “total as printed”")
    expect(audit.nth(2)).to_contain_text(f"approve by {email}")
    expect(page.locator('table.fields tr[data-field="total"]')).to_contain_text("corrected")
    expect(box).to_be_visible()
    snap(page, shots / "09-approved.png")
    api_doc = requests.get(
        web_stack.url(f"/documents/{doc_id}"),
        headers={"Authorization": f"Bearer {token_of(page)}"},
        timeout=10,
    ).json()
    assert api_doc["status"] == "approved"
    assert (api_doc["total"], api_doc["vat"]) == (1205.0, 205.0)

    # A tablet: one column, the page above the fields, nothing wider than the screen.
    tablet = browser.new_context(viewport=TABLET)
    tpage = tablet.new_page()
    tpage.goto(web_stack.url("/"))
    tpage.evaluate("t => sessionStorage.setItem('invoice-scanner-token', t)", token_of(page))
    tpage.goto(web_stack.url(f"/#/documents/{doc_id}"))
    expect(tpage.locator(".page img")).to_be_visible()
    assert tpage.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    img = tpage.locator(".page img").bounding_box()
    fields = tpage.locator("table.fields").bounding_box()
    assert img and fields and fields["y"] > img["y"] + img["height"] - 1
    snap(tpage, shots / "10-tablet-document.png")
    tablet.close()

    # Another company: an empty list, and the document's address says it does not exist.
    other = browser.new_context(viewport=LAPTOP)
    opage = other.new_page()
    register_in_browser(opage, web_stack, "Contoso")
    expect(opage.get_by_text("No documents yet.")).to_be_visible()
    opage.goto(web_stack.url(f"/#/documents/{doc_id}"))
    expect(opage.get_by_role("heading", name="Document not found")).to_be_visible()
    status = opage.evaluate(
        """async id => (await fetch(`/documents/${id}/pages/1`, {headers: {Authorization:
        `Bearer ${sessionStorage.getItem('invoice-scanner-token')}`}})).status""",
        doc_id,
    )
    assert status == 404
    snap(opage, shots / "11-other-company.png")
    other.close()

    # Log out, a wrong password is said plainly, the right one brings the documents back.
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    page.locator("#login-email").fill(email)
    page.locator("#login-password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_have_text("Wrong email or password.")
    page.locator("#login-password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("table.docs tbody tr")).to_have_count(3)
    context.close()


def test_errored_document_is_reprocessed_from_the_browser(
    web_stack: Stack, browser: Browser, shots: Path, tmp_path: Path, db_url: str, raw_dir: Path
) -> None:
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    register_in_browser(page, web_stack, "Restore")
    headers = {"Authorization": f"Bearer {token_of(page)}"}
    path = draw_pdf(tmp_path / "lost.pdf", invoice_number="INV-L-1")
    # The raw volume loses the file before preprocessing reads it (as in tests/e2e_review).
    worker = web_stack.procs["worker-preprocessing"].pid
    os.killpg(worker, signal.SIGSTOP)
    try:
        with open(path, "rb") as fh:
            r = requests.post(
                web_stack.url("/documents/upload"),
                headers=headers,
                files={"file": (path.name, fh, "application/pdf")},
                timeout=30,
            )
        assert r.status_code == 201, r.text
        doc_id = r.json()["document"]["id"]
        engine = create_engine(db_url)
        with Session(engine) as s:
            row = s.get(Document, uuid.UUID(doc_id))
            assert row is not None
            raw = raw_dir / row.stored_path
        engine.dispose()
        raw.unlink()
    finally:
        os.killpg(worker, signal.SIGCONT)

    page.goto(web_stack.url(f"/#/documents/{doc_id}"))
    badge = page.locator(".heading .badge")
    expect(badge).to_have_text("Preprocessing Error", timeout=60_000)
    expect(page.locator(".reason")).to_have_text("the uploaded file cannot be read")
    expect(page.get_by_text("No page image yet.")).to_be_visible()
    # Nothing was extracted, yet the header fields are offered to be typed in.
    expect(page.get_by_label("Invoice number")).to_have_value("")
    expect(page.locator("table.fields tbody tr")).to_have_count(8)
    snap(page, shots / "12-errored.png")

    raw.write_bytes(path.read_bytes())  # restored from a backup
    page.get_by_role("button", name="Reprocess").click()
    expect(page.locator("progress.doc-progress")).to_be_visible()
    expect(badge).to_have_text("Approved", timeout=90_000)
    expect(page.locator(".page img")).to_be_visible()
    expect(page.locator('table.fields tr[data-field="invoice_number"] input')).to_have_value(
        "INV-L-1"
    )
    expect(page.locator("ol.audit li")).to_have_count(1)
    expect(page.locator("ol.audit li")).to_contain_text("reprocess by")
    snap(page, shots / "13-reprocessed.png")

    # Rejecting needs a reason; with one, the document is rejected and says why.
    page.get_by_role("button", name="Reject").click()
    expect(page.locator(".message")).to_have_text("Give a reason to reject the document.")
    expect(page.get_by_label("Reason for rejecting")).to_be_focused()
    page.get_by_label("Reason for rejecting").fill("sent twice by the supplier")
    page.get_by_role("button", name="Reject").click()
    expect(badge).to_have_text("Rejected")
    expect(page.locator(".reason")).to_have_text("sent twice by the supplier")
    expect(page.locator("ol.audit li").nth(1)).to_contain_text("reject by")
    snap(page, shots / "14-rejected.png")
    context.close()


#: Holds back the answers to the list's unfiltered requests for 1.5 s, as a slow network does to
#: a refresh that is still in flight when the user changes a filter.
SLOW_UNFILTERED = """
const original = window.fetch;
window.fetch = async (input, init) => {
  const answer = await original(input, init);
  const url = String(input);
  if (url.startsWith("/documents?") && !url.includes("date_from")) {
    await new Promise((done) => setTimeout(done, 1500));
  }
  return answer;
};
"""


def test_a_late_answer_does_not_overwrite_a_newer_filter(
    web_stack: Stack, browser: Browser, tmp_path: Path
) -> None:
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    register_in_browser(page, web_stack, "Latecomer")
    path = draw_pdf(tmp_path / "late.pdf", invoice_number="INV-LATE-1")
    with open(path, "rb") as fh:
        r = requests.post(
            web_stack.url("/documents/upload"),
            headers={"Authorization": f"Bearer {token_of(page)}"},
            files={"file": (path.name, fh, "application/pdf")},
            timeout=30,
        )
    assert r.status_code == 201, r.text
    doc_id = r.json()["document"]["id"]
    # Read to the end first: with nothing in flight the list does not refresh itself, so a stale
    # answer drawn over the filtered one would stay.
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        status = requests.get(
            web_stack.url(f"/documents/{doc_id}/status"),
            headers={"Authorization": f"Bearer {token_of(page)}"},
            timeout=10,
        ).json()["status"]
        if status in {"approved", "manual_review"} or status.endswith("_error"):
            break
        time.sleep(0.5)
    else:
        pytest.fail(f"{doc_id} still {status} after 90 s")

    context.add_init_script(SLOW_UNFILTERED)
    page.reload()  # the list loads unfiltered, and that answer is slow
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    page.get_by_label("Uploaded from").fill(tomorrow)  # the filtered answer comes first
    empty = page.get_by_text("No documents match these filters.")
    expect(empty).to_be_visible()
    page.wait_for_timeout(2500)  # the unfiltered answer has arrived by now, and is dropped
    expect(empty).to_be_visible()
    expect(page.locator("table.docs tbody tr")).to_have_count(1)
    page.get_by_label("Uploaded from").fill("")
    expect(page.locator("table.docs tbody tr", has_text="late.pdf")).to_be_visible()
    context.close()
