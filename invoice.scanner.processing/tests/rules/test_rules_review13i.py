"""Review of round r13i (invented pages): a craftsman's boast under the firm's name
("Meisterbetrieb", "Familienunternehmen") is not part of its sign; a receipt book's payer
("Erhalten von", "Reçu de", "Ricevuto da", "Received from", "Von / de / da") is the page's
customer, never its seller, and a currency's code in a cell of its own is no seller either; the
customer's own order ("Ihr Auftrag Nr.", "Votre commande n°") is never the page's number;
a check's total in a column beside an inline tip guide stays."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _joinery_invoice(head: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            *head,
            (120, 230, "Lindenweg 12 · 93047 Regensburg · Tel. 0941 55 21 90", 22),
            (120, 330, "Herrn Thomas Keller", 24),
            (120, 365, "Am Anger 3", 24),
            (120, 400, "93051 Regensburg", 24),
            (120, 520, "Rechnung", 36),
            (1100, 520, "Rechnung Nr.", 24), (1350, 520, "2026-0418", 24),
            (1100, 560, "Datum", 24), (1350, 560, "14.04.2026", 24),
            (120, 700, "Einbau Küchenschrank, Material und Montage", 24),
            (1350, 700, "1.250,00", 24),
            (1000, 900, "Nettobetrag", 24), (1350, 900, "1.250,00 EUR", 24),
            (1000, 940, "MwSt. 19 %", 24), (1350, 940, "237,50 EUR", 24),
            (1000, 980, "Gesamtbetrag", 24), (1350, 980, "1.487,50 EUR", 24),
            (120, 1100, "Steuernummer 244/123/45678", 20),
            (120, 1130, "IBAN DE44 7505 0000 0001 2345 67", 20),
        ]
    )  # fmt: skip


def test_a_craftsmans_boast_under_the_firms_name_is_not_part_of_its_sign() -> None:
    doc = _joinery_invoice([(500, 80, "Schreinerei Brandl", 56), (580, 150, "Meisterbetrieb", 44)])
    assert _predict(doc).fields.vendor_name == "Schreinerei Brandl"
    doc = _joinery_invoice([(500, 80, "Elektro Huber", 56), (480, 150, "Innungsfachbetrieb", 44)])
    assert _predict(doc).fields.vendor_name == "Elektro Huber"
    doc = _joinery_invoice(
        [(450, 80, "Metzgerei Ostermann", 56), (440, 150, "Familienunternehmen", 44)]
    )
    assert _predict(doc).fields.vendor_name == "Metzgerei Ostermann"


def _receipt_book(
    payer: list[tuple[float, float, str, float]], title: str = "QUITTUNG"
) -> OcrDocument:
    return sized_page(
        [
            (120, 80, title, 40),
            (900, 90, "Nr.", 24), (980, 90, "0417", 24),
            (900, 140, "EUR", 24), (1000, 140, "850,00", 24),
            *payer,
            (120, 420, "für Miete Büroraum April 2026", 24),
            (120, 480, "Betrag enthält 19 % MwSt.", 22),
            (120, 560, "Zürich, 02.04.2026", 24),
            (700, 620, "Stempel / Unterschrift des Empfängers", 18),
        ],
        width=1400,
        height=800,
    )  # fmt: skip


def test_a_receipt_books_payer_is_not_its_seller() -> None:
    for label, payer in (
        ("Erhalten von", "Northwind Atelier AG"),
        ("Von / de / da", "Northwind Atelier AG"),
        ("Reçu de", "Northwind Atelier SA"),
        ("Ricevuto da", "Northwind Atelier Srl"),
        ("Received from", "Northwind Atelier Ltd"),
    ):
        prediction = _predict(_receipt_book([(120, 220, label, 22), (360, 220, payer, 26)]))
        # The seller is not printed: held, whatever is read.
        assert prediction.fields.vendor_name != payer, label
        assert prediction.confidence.get("vendor_name", 0.0) < 0.6, label
    stamp = [
        (120, 220, "Erhalten von", 22),
        (360, 220, "Northwind Atelier AG", 26),
        (760, 680, "Hausverwaltung Berger GmbH", 22),
    ]
    assert _predict(_receipt_book(stamp)).fields.vendor_name == "Hausverwaltung Berger GmbH"
    # A Swiss book's heading in three languages is no name either; the stamp is the seller
    # (its studio or its owner).
    swiss = [
        (120, 220, "Von / de / da", 22),
        (360, 220, "Northwind Atelier AG, Zürich", 26),
        (700, 680, "FOTOSTUDIO AARE", 30),
        (700, 715, "Simon Brügger · Lorrainestr. 5", 22),
        (700, 745, "3013 Bern · CHE-398.114.207 MWST", 22),
    ]
    doc = _receipt_book(swiss, title="Quittung·Quittance·Ricevuta")
    assert _predict(doc).fields.vendor_name in ("FOTOSTUDIO AARE", "Simon Brügger")


def _cleaning_receipt(reference: str) -> OcrDocument:
    return sized_page(
        [
            (120, 80, "Gebäudereinigung Sauber & Co. KG", 36),
            (120, 130, "Industriestr. 8, 70565 Stuttgart", 22),
            (120, 250, "Firma Kessler Druck GmbH", 24),
            (120, 285, "Talstraße 1, 70188 Stuttgart", 24),
            (120, 400, "Quittung", 32),
            (120, 450, reference, 24),
            (1000, 450, "Datum: 08.04.2026", 24),
            (120, 600, "Unterhaltsreinigung März 2026", 24), (1200, 600, "480,00 €", 24),
            (900, 700, "Netto", 24), (1200, 700, "480,00 €", 24),
            (900, 740, "MwSt. 19 %", 24), (1200, 740, "91,20 €", 24),
            (900, 780, "Gesamt", 24), (1200, 780, "571,20 €", 24),
        ],
        width=1600,
        height=1100,
    )  # fmt: skip


def test_the_customers_own_order_is_not_the_pages_number() -> None:
    doc = _cleaning_receipt("Ihr Auftrag Nr. 4471-22 vom 02.03.2026")
    assert _predict(doc).fields.invoice_number is None
    doc = _cleaning_receipt("Votre commande n° C-88120 du 02/03/2026")
    assert _predict(doc).fields.invoice_number is None


def test_the_customers_number_under_a_receipts_title_is_not_its_number() -> None:
    """Found beside the round (on main before it too): the customer's number in the cell
    under the title "Quittung" was read as the receipt's own number and approved."""
    prediction = _predict(_cleaning_receipt("Auftraggeber-Nr.: 10023"))
    assert prediction.fields.invoice_number != "10023"


def test_the_checks_total_beside_an_inline_tip_guide_stays() -> None:
    """A tip guide in the check's left column, its total in the right one on the guide's
    rows: the guide's options go, the check's total stays."""
    doc = sized_page(
        [
            (170, 30, "Marlowe's Tavern", 30),
            (150, 75, "214 Pine St, Seattle WA 98101", 18),
            (40, 120, "Check #4471", 18), (330, 120, "04/14/2026 8:12 PM", 18),
            (40, 170, "2 Burger", 20), (420, 170, "36.00", 20),
            (40, 195, "1 Caesar Salad", 20), (420, 195, "14.00", 20),
            (40, 220, "2 IPA Draft", 20), (420, 220, "16.00", 20),
            (30, 290, "Tip guide: 18% 11.88", 18), (300, 290, "Total", 22),
            (420, 290, "66.00", 22),
            (30, 320, "20% 13.20 / 79.20", 18), (300, 320, "Visa", 20), (420, 320, "66.00", 20),
            (40, 420, "Tip: ________", 20), (40, 460, "Total: ________", 20),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("66.00")
    assert fields.vat != Decimal("13.20")
