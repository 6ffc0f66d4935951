"""The synthetic invoice generator: deterministic, arithmetic exact, truth matches the print."""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from bench.invoicegen import LAYOUTS, draw_invoice, render_pdf
from bench.invoicegen.corpus import build_invoice, document_seed, generate, is_current, plan
from bench.invoicegen.draw import cents
from bench.invoicegen.locales import LOCALES, money


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def draws(n: int = 240) -> list:
    """``n`` invoices over every layout x locale pair."""
    return [draw_invoice(document_seed(7, i), layout, locale) for i, layout, locale in plan(n)]


def test_plan_covers_every_layout_and_locale_pair() -> None:
    pairs = {(layout, locale) for _, layout, locale in plan(48)}
    assert len(pairs) == len(LAYOUTS) * len(LOCALES)
    small = plan(16)
    assert {layout for _, layout, _ in small} == set(LAYOUTS)
    assert {locale for _, _, locale in small} == set(LOCALES)
    assert len(LAYOUTS) >= 6 and len(LOCALES) >= 5


def test_same_seed_gives_identical_truth_and_pdf(tmp_path: Path) -> None:
    outs = []
    for run in ("a", "b"):
        out = tmp_path / run
        (out / "files").mkdir(parents=True)
        (out / "truth").mkdir()
        for i, layout, locale in plan(6):
            build_invoice(out, 99, i, layout, locale, ("pdf",))
        outs.append(out)
    truths = sorted(p.name for p in (outs[0] / "truth").iterdir())
    assert len(truths) == 6
    for name in truths:
        assert (outs[0] / "truth" / name).read_bytes() == (outs[1] / "truth" / name).read_bytes()
    for name in sorted(p.name for p in (outs[0] / "files").iterdir()):
        a, b = (outs[0] / "files" / name).read_bytes(), (outs[1] / "files" / name).read_bytes()
        assert pdf_text(a) == pdf_text(b)
        assert a == b  # reportlab invariant mode: no timestamps or random ids


def test_different_seeds_give_different_invoices() -> None:
    a = draw_invoice(1, "classic", "de-DE")
    b = draw_invoice(2, "classic", "de-DE")
    assert (a.invoice_number, a.total) != (b.invoice_number, b.total)


def test_amount_arithmetic_is_exact() -> None:
    for inv in draws():
        for line in inv.lines:
            assert line.amount == cents(line.quantity * line.unit_price)
            assert line.amount.as_tuple().exponent == -2
        assert inv.subtotal == sum(line.amount for line in inv.lines)
        assert inv.amount == inv.subtotal - inv.discount + inv.shipping
        assert inv.vat == cents(inv.amount * inv.vat_rate / 100)
        assert inv.total == inv.amount + inv.vat
        assert 1 <= len(inv.lines) <= 30


def test_variety_credit_notes_discounts_currencies_rates() -> None:
    invoices = draws()
    credit = [inv for inv in invoices if inv.document_type == "credit_note"]
    assert credit, "some credit notes expected"
    for inv in credit:
        assert inv.total < 0 and inv.amount < 0
        assert all(line.amount <= 0 for line in inv.lines)
    assert any(inv.discount > 0 for inv in invoices)
    assert any(inv.shipping > 0 for inv in invoices)
    assert {"USD", "EUR", "GBP", "SEK", "CHF"} <= {inv.currency for inv in invoices}
    assert len({inv.vat_rate for inv in invoices}) >= 8
    assert {inv.style.currency_mode for inv in invoices} == {"symbol", "code"}
    assert any(inv.due_date is None for inv in invoices)
    assert any("MMM" in inv.style.date_pattern for inv in invoices)
    assert max(len(inv.lines) for inv in invoices) >= 22
    assert all(inv.vendor.name != (inv.customer.name if inv.customer else None) for inv in invoices)


@pytest.mark.parametrize(
    ("locale", "value", "expected"),
    [
        ("en-US", "1234.56", "1,234.56"),
        ("en-GB", "-1234.5", "-1,234.50"),
        ("de-DE", "1234.56", "1.234,56"),
        ("fr-FR", "1234.56", "1 234,56"),
        ("sv-SE", "-1234.56", "-1 234,56"),
    ],
)
def test_number_formats(locale: str, value: str, expected: str) -> None:
    assert LOCALES[locale].number(Decimal(value)) == expected


def test_date_formats() -> None:
    from datetime import date

    d = date(2024, 12, 21)
    assert LOCALES["en-US"].date(d, "MM/dd/yyyy") == "12/21/2024"
    assert LOCALES["de-DE"].date(d, "d. MMMM yyyy") == "21. Dezember 2024"
    assert LOCALES["sv-SE"].date(d, "yyyy-MM-dd") == "2024-12-21"
    assert money(LOCALES["de-DE"], Decimal("1234.5"), "EUR", "symbol") == "1.234,50 €"
    assert money(LOCALES["en-US"], Decimal("-5"), "USD", "symbol") == "-$5.00"


def test_truth_is_what_the_pdf_prints() -> None:
    seen_layouts, seen_locales = set(), set()
    for inv in draws(48):
        data, pages = render_pdf(inv)
        text = pdf_text(data)
        spec = LOCALES[inv.locale]
        truth = inv.truth("pdf", pages)
        assert truth["invoice_number"] in text
        assert truth["printed"]["invoice_date"] in text
        if inv.due_date:
            assert truth["printed"]["due_date"] in text
        assert truth["printed"]["total"] in text
        assert money(spec, inv.amount, inv.currency, inv.style.currency_mode) in text
        assert money(spec, inv.vat, inv.currency, inv.style.currency_mode) in text
        assert inv.vendor.name in text
        for line in inv.lines:
            assert spec.number(line.amount) in text
        if inv.layout == "multipage":
            assert pages >= 2
            last = pdfium.PdfDocument(data)
            assert truth["printed"]["total"] in last[pages - 1].get_textpage().get_text_range()
            last.close()
        else:
            assert pages == 1
        if inv.layout == "footer_vendor":
            # the vendor appears in the footer only: below everything else on the page
            first = text.split(inv.vendor.name)[0]
            assert truth["printed"]["total"] in first
        seen_layouts.add(inv.layout)
        seen_locales.add(inv.locale)
        assert json.loads(json.dumps(truth))["total"] == str(inv.total)
    assert seen_layouts == set(LAYOUTS)
    assert seen_locales == set(LOCALES)


def test_special_characters_are_in_the_text_layer() -> None:
    inv = next(
        inv
        for inv in draws(96)
        if inv.currency == "EUR" and inv.style.currency_mode == "symbol" and inv.locale == "de-DE"
    )
    text = pdf_text(render_pdf(inv)[0])
    assert "€" in text
    sv = next(
        inv
        for inv in draws(96)
        if inv.locale == "sv-SE" and "Förfallodatum" in str(inv.style.labels)
    )
    assert "ö" in pdf_text(render_pdf(sv)[0])


def test_scan_differs_from_clean_png_with_same_size(tmp_path: Path) -> None:
    (tmp_path / "files").mkdir()
    (tmp_path / "truth").mkdir()
    # index 0 is a single-page classic invoice
    entries = build_invoice(tmp_path, 5, 0, "classic", "en-GB", ("png", "scan"))
    kinds = {e["kind"]: e for e in entries}
    clean = Image.open(tmp_path / kinds["png"]["file"]).convert("L")
    scan = Image.open(tmp_path / kinds["scan"]["file"])
    assert scan.format == "JPEG"
    assert scan.size == clean.size
    diff = np.abs(np.asarray(clean, dtype=np.int16) - np.asarray(scan.convert("L"), dtype=np.int16))
    assert diff.mean() > 5
    truth = json.loads((tmp_path / kinds["scan"]["truth"]).read_text())
    assert truth["kind"] == "scan" and 35 <= truth["scan"][0]["quality"] <= 75
    assert 0.5 <= abs(truth["scan"][0]["angle"]) <= 3.0


def test_multipage_invoice_has_no_png_and_an_image_pdf_scan(tmp_path: Path) -> None:
    (tmp_path / "files").mkdir()
    (tmp_path / "truth").mkdir()
    entries = build_invoice(tmp_path, 5, 5, "multipage", "de-DE", ("pdf", "png", "scan"))
    kinds = {e["kind"]: e for e in entries}
    assert set(kinds) == {"pdf", "scan"}
    scan = pdfium.PdfDocument(tmp_path / kinds["scan"]["file"])
    assert len(scan) == kinds["pdf"]["pages"] >= 2
    assert scan[0].get_textpage().get_text_range().strip() == ""  # image only
    scan.close()


def test_generate_writes_index_and_is_cached(tmp_path: Path) -> None:
    out = tmp_path / "set"
    generate(out, 3, 2, ("pdf",))
    index = json.loads((out / "index.json").read_text())
    assert [d["id"] for d in index["documents"]] == ["inv-0000-pdf", "inv-0001-pdf"]
    assert Counter(d["kind"] for d in index["documents"]) == {"pdf": 2}
    assert all(
        (out / d["file"]).is_file() and (out / d["truth"]).is_file() for d in index["documents"]
    )
    assert is_current(out, 3, 2, ("pdf",))
    assert not is_current(out, 4, 2, ("pdf",))
    assert not is_current(out, 3, 2, ("pdf", "scan"))


def test_generate_refuses_to_replace_a_foreign_folder(tmp_path: Path) -> None:
    from bench.invoicegen.corpus import CorpusError

    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(CorpusError):
        generate(tmp_path, 3, 1, ("pdf",))
    assert (tmp_path / "mine.txt").read_text() == "keep me"


def test_invoice_numbers_and_ids_look_real() -> None:
    for inv in draws(48):
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9/-]*", inv.invoice_number)
        if inv.iban:
            raw = inv.iban.replace(" ", "")
            numeric = "".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])
            assert int(numeric) % 97 == 1
