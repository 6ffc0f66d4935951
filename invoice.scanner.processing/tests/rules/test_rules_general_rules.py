"""General rules added after the foreign invoice set (``foreign/``) showed them missing; each
test is a small hand-made document, not one of the foreign templates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage, OcrWord
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.extractors.rules.segments import build_pages

Layout = Callable[..., OcrDocument]

HEAD = [
    (100, 80, "Kestrel Widgets Ltd"),
    (100, 110, "1 High Street, Bristol BS1 4DJ"),
    (1000, 200, "Invoice No:"),
    (1300, 200, "KW-5511"),
]


def test_joined_labels_share_the_value_after_the_last(make_layout: Layout) -> None:
    """ "Invoice date / Delivery date  03 March 2024": the date is the invoice date too, not
    only the delivery date the last label names."""
    doc = make_layout(
        [*HEAD, (1000, 240, "Invoice date / Delivery date"), (1400, 240, "03 March 2024")]
    )
    fields = RuleExtractor().predict(doc).fields
    assert fields.invoice_date == date(2024, 3, 3)


def test_label_text_without_a_value_looks_right(make_layout: Layout) -> None:
    """A code in brackets after the label ("Discount (SPRING10)") is no value: the amount to
    the right is, and with shipping the net is what the total leaves after VAT."""
    doc = make_layout(
        [
            *HEAD,
            (1000, 600, "Subtotal"), (1400, 600, "£200.00"),
            (1000, 640, "Discount (SPRING10)"), (1400, 640, "-£20.00"),
            (1000, 680, "Shipping"), (1400, 680, "£5.00"),
            (1000, 720, "VAT 20%"), (1400, 720, "£37.00"),
            (1000, 760, "Total"), (1400, 760, "£222.00"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.discount == Decimal("20.00")
    assert fields.total == Decimal("222.00")
    assert fields.vat == Decimal("37.00")
    assert fields.amount == Decimal("185.00")


def test_printed_net_after_adjustments_is_kept(make_layout: Layout) -> None:
    """When the invoice prints the net after discount, that exact fit wins and stays."""
    doc = make_layout(
        [
            *HEAD,
            (1000, 600, "Subtotal"), (1400, 600, "200.00"),
            (1000, 640, "Discount"), (1400, 640, "-20.00"),
            (1000, 680, "Net"), (1400, 680, "180.00"),
            (1000, 720, "VAT 20%"), (1400, 720, "36.00"),
            (1000, 760, "Total EUR"), (1400, 760, "216.00"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("180.00"),
        Decimal("36.00"),
        Decimal("216.00"),
    )


def _word(text: str, x0: float, y0: float, x1: float, y1: float) -> OcrWord:
    return OcrWord(text=text, bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1))


def test_a_line_chaining_two_small_lines_is_split() -> None:
    """A text layer that put two 8 pt lines beside a tall logo into one line, words
    interleaved ("Acme Trading Industrieweg B.V. 8"), gives two segments again."""
    words = [
        _word("Acme", 1200, 120, 1280, 145),
        _word("Trading", 1290, 120, 1400, 145),
        _word("Industrieweg", 1250, 150, 1430, 175),
        _word("B.V.", 1410, 120, 1460, 145),
        _word("8", 1440, 150, 1460, 175),
    ]
    line = OcrLine(
        text=" ".join(w.text for w in words),
        bbox=BBox(x0=1200, y0=120, x1=1460, y1=175),
        words=words,
    )
    page = OcrPage(
        page_number=1,
        width=1654,
        height=2339,
        source="text_layer",
        engine="pdfplumber",
        lines=[line],
    )
    texts = [
        s.text for s in build_pages(OcrDocument(pages=[page], engine="pdfplumber"))[0].segments
    ]
    assert texts == ["Acme Trading B.V.", "Industrieweg 8"]


def test_one_band_line_is_unchanged() -> None:
    words = [_word("Invoice", 100, 100, 200, 125), _word("No:", 210, 102, 260, 125)]
    line = OcrLine(text="Invoice No:", bbox=BBox(x0=100, y0=100, x1=260, y1=125), words=words)
    page = OcrPage(
        page_number=1,
        width=1654,
        height=2339,
        source="text_layer",
        engine="pdfplumber",
        lines=[line],
    )
    assert [
        s.text for s in build_pages(OcrDocument(pages=[page], engine="pdfplumber"))[0].segments
    ] == ["Invoice No:"]


def test_date_glued_to_a_time() -> None:
    """OCR drops the space between a till slip's date and time: "12/03/201814:22"."""
    found = find_dates("12/03/201814:22", dayfirst=True)
    assert [f.value for f in found] == [date(2018, 3, 12)]
    assert find_dates("12/03/20181") == []
    assert find_dates("12/03/2018123:22") == []


def test_danish_payment_date_is_the_due_date(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Fjordhus Byg ApS"),
            (1000, 200, "Fakturanr.:"), (1300, 200, "2024-77"),
            (1000, 240, "Fakturadato:"), (1300, 240, "03-03-2024"),
            (1000, 280, "Betalingsdato:"), (1300, 280, "17-03-2024"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert (fields.invoice_date, fields.due_date) == (date(2024, 3, 3), date(2024, 3, 17))


def test_the_seller_is_the_name_its_own_mailbox_spells(make_layout: Layout) -> None:
    """A freelancer's letterhead names a person, without a legal form; the unlabelled address
    block below it names a company with one. The seller's e-mail spells the person's name, so
    the person is the seller, not the company the invoice is addressed to."""
    doc = make_layout(
        [
            (100, 60, "Camille Rousseau"),
            (100, 90, "Traductrice indépendante"),
            (100, 120, "17, rue des Tanneurs"),
            (100, 150, "67000 Strasbourg"),
            (100, 180, "camille.rousseau@example.fr"),
            (100, 210, "TVA intracom. FR 41 852341907"),
            (1000, 260, "Éditions Marbach SARL"),
            (1000, 290, "4, quai Kléber"),
            (1000, 320, "67000 Strasbourg"),
            (100, 420, "Facture n° 2026-041"),
            (1000, 700, "Total TTC"), (1400, 700, "2 284,80 €"),
        ]
    )  # fmt: skip
    # The letterhead's name is set larger than the rest, as letterheads are.
    top = doc.pages[0].lines[0]
    doc.pages[0].lines[0] = top.model_copy(
        update={
            "bbox": BBox(x0=top.bbox.x0, y0=top.bbox.y0, x1=top.bbox.x1 * 1.5, y1=top.bbox.y0 + 48)
        }
    )
    assert RuleExtractor().predict(doc).fields.vendor_name == "Camille Rousseau"
    # Without its mailbox, the company with a legal form heading an address block wins.
    doc.pages[0].lines[4] = doc.pages[0].lines[4].model_copy(update={"text": "Tél. 03 88 12 34 56"})
    assert RuleExtractor().predict(doc).fields.vendor_name == "Éditions Marbach SARL"


def test_a_logo_word_inside_the_domain_is_not_the_whole_name() -> None:
    """ "kessler" of kessler-antriebe.de is a logo's first word, not the seller's whole name;
    a name holding the domain's name, or a personal mailbox equal to it, is named by it."""
    from invoice_scanner_processing.extractors.rules.vendor import (
        _address_names,
        _named_by_address,
    )

    mailboxes, domains = _address_names(
        "info@kessler-antriebe.de www.lioncity.com.sg x.y@gmail.com camille.rousseau@example.fr"
    )
    assert mailboxes == {"camillerousseau"}  # "info" names a role; "xy" is too short
    assert domains == {"kesslerantriebe", "lioncity", "example"}  # gmail names nobody
    assert not _named_by_address("kessler", mailboxes, domains)
    assert _named_by_address("kesslerantriebe", mailboxes, domains)
    assert _named_by_address("lioncityofficesupplies", mailboxes, domains)
    assert _named_by_address("camillerousseau", mailboxes, domains)


def test_a_credit_notes_rounding_turns_with_its_amounts(make_layout: Layout) -> None:
    """A credit note prints magnitudes with a rounding line: reported negative, the rounding
    turns with the amounts, so net + VAT + rounding = total still holds."""
    doc = make_layout(
        [
            (100, 80, "Kestrel Widgets Ltd"),
            (100, 110, "1 High Street, Bristol BS1 4DJ"),
            (700, 160, "CREDIT NOTE"),
            (1000, 200, "Credit note No:"), (1300, 200, "CN-5511"),
            (1000, 600, "Net"), (1400, 600, "8.42"),
            (1000, 640, "VAT 19%"), (1400, 640, "1.60"),
            (1000, 680, "Rounding"), (1400, 680, "-0.02"),
            (1000, 720, "Total"), (1400, 720, "10.00"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.total == Decimal("-10.00")
    assert fields.amount == Decimal("-8.42") and fields.vat == Decimal("-1.60")
    assert fields.rounding == Decimal("0.02")
    assert fields.amount + fields.vat + fields.rounding == fields.total
