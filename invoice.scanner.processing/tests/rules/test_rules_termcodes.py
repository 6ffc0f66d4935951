"""E-invoice visualisations (the XRechnung and Factur-X/ZUGFeRD stylesheets' renderings) print
EN 16931's term codes beside labels and values ("BT-1 FA-2026-0412"): the codes are no part of
the values. A rule added after the blind set 2026-12d was studied; the pages here are invented."""

from __future__ import annotations

from collections.abc import Callable

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrWord
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.segments import _without_term_codes

Layout = Callable[..., OcrDocument]


def test_term_codes_beside_values_are_not_read_as_part_of_them(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (110, 100, "Facture"),
            (1200, 110, "Factur-X EN 16931 · Visualisation"),
            (130, 250, "Numéro de facture"), (590, 250, "BT-1 FA-2026-0412"),
            (130, 285, "Date de facture"), (590, 285, "BT-2 03.11.2026"),
            (130, 320, "Devise"), (590, 320, "BT-5 EUR"),
            (130, 520, "Vendeur"),
            (130, 570, "Raison sociale"), (575, 570, "BT-27 Boulangerie Lemaire SAS"),
            (130, 605, "N° TVA"), (575, 605, "BT-31 FR61123456789"),
            (130, 730, "Acheteur"),
            (130, 780, "Nom"), (575, 780, "BT-44 Mairie de Vernon"),
            (130, 1160, "Total HT"), (565, 1160, "BT-109 1.250,00"),
            (130, 1195, "Montant TVA (20 %)"), (565, 1195, "BT-110 250,00"),
            (130, 1230, "Total TTC"), (565, 1230, "BT-112 1.500,00"),
            (130, 1265, "Montant à payer"), (565, 1265, "BT-115 1.500,00"),
        ]
    )  # fmt: skip
    f = RuleExtractor().predict(doc).fields
    assert f.invoice_number == "FA-2026-0412"
    assert f.vendor_name == "Boulangerie Lemaire SAS"
    assert (str(f.amount), str(f.vat), str(f.total)) == ("1250.00", "250.00", "1500.00")
    assert f.invoice_date is not None and f.invoice_date.isoformat() == "2026-11-03"


def test_one_code_like_value_on_an_ordinary_page_is_kept(make_layout: Layout) -> None:
    """A single "BT-118" is an invoice number, not a visualisation's code."""
    doc = make_layout(
        [
            (100, 80, "Harbour Tools Ltd"),
            (1100, 80, "INVOICE"),
            (900, 180, "Invoice No."), (1150, 180, "BT-118"),
            (900, 220, "Date"), (1150, 220, "12/10/2026"),
            (900, 700, "Net"), (1300, 700, "100.00"),
            (900, 740, "VAT 20%"), (1300, 740, "20.00"),
            (900, 780, "Total"), (1300, 780, "120.00"),
        ]
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.invoice_number == "BT-118"


def test_a_text_layer_lines_box_shrinks_to_the_words_left() -> None:
    def word(text: str, x0: float, x1: float) -> OcrWord:
        return OcrWord(text=text, bbox=BBox(x0=x0, y0=10, x1=x1, y1=30))

    words = [word("BT-106", 560, 640), word("2.895,00", 650, 760)]
    line = OcrLine(text="BT-106 2.895,00", bbox=BBox(x0=560, y0=10, x1=760, y1=30), words=words)
    out = _without_term_codes(line)
    assert out.text == "2.895,00"
    assert [w.text for w in out.words] == ["2.895,00"]
    assert (out.bbox.x0, out.bbox.x1) == (650, 760)
