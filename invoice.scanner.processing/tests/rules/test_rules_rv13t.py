"""Review of round 13t: faults the new currency rules brought in (each fails on 788ca4b; the
Tunisian page's thousandths failed before the round too)."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency


def test_english_word_as_is_no_norwegian_hint_for_a_swedish_invoice() -> None:
    # A Stockholm hotel's invoice in English: "AB" is Swedish; "as" is English, not "AS".
    page = sized_page(
        [
            (120, 100, "Hotel Norrmalm AB", 50),
            (120, 170, "Vasagatan 10, 111 20 Stockholm", 36),
            (900, 300, "Invoice no. 88123", 40),
            (900, 350, "Date 2026-03-12", 40),
            (120, 600, "Room 2 nights", 36), (1300, 600, "2 000,00 kr", 36),
            (900, 800, "Net", 36), (1300, 800, "1 785,71 kr", 36),
            (900, 850, "VAT 12%", 36), (1300, 850, "214,29 kr", 36),
            (900, 900, "Total", 36), (1300, 900, "2 000,00 kr", 36),
            (120, 1100, "Please pay as soon as possible.", 36),
        ]
    )  # fmt: skip
    assert RuleExtractor().predict(page).fields.currency == "SEK"
    assert detect_currency("Summa 99 kr\nTack för besöket, see you as usual") == "SEK"


def test_a_labelled_currency_is_not_overridden_by_a_bare_dollar_sign_on_the_total() -> None:
    # A Mexican CFDI billed in dollars: "Moneda: USD", amounts printed with "$".
    page = sized_page(
        [
            (120, 100, "Servicios Industriales del Norte S.A. de C.V.", 50),
            (120, 170, "Av. Constitución 400, Monterrey, N.L., México", 36),
            (120, 210, "RFC: SIN120315AB1", 36),
            (900, 300, "Factura: A-10231", 40),
            (900, 350, "Fecha: 12/03/2026", 40),
            (900, 400, "Moneda: USD", 40),
            (120, 600, "Servicio de mantenimiento", 36), (1300, 600, "$1,000.00", 36),
            (900, 800, "Subtotal", 36), (1300, 800, "$1,000.00", 36),
            (900, 850, "IVA 16%", 36), (1300, 850, "$160.00", 36),
            (900, 900, "Total", 36), (1300, 900, "$1,160.00", 36),
        ]
    )  # fmt: skip
    assert RuleExtractor().predict(page).fields.currency == "USD"


def test_a_malaysian_gst_summarys_tax_code_sr_before_amounts_is_no_riyal() -> None:
    page = sized_page(
        [
            (200, 80, "KEDAI RUNCIT MAJU JAYA SDN BHD", 40),
            (200, 130, "(1187765-U)", 30),
            (200, 170, "No 12, Jalan Ampang, 50450 Kuala Lumpur", 30),
            (200, 210, "GST ID: 001234567890", 30),
            (40, 300, "Receipt: KM-88213", 30), (600, 300, "12/03/2018", 30),
            (40, 400, "Milo 1kg", 30), (700, 400, "28.30 SR", 30),
            (40, 440, "Gardenia bread", 30), (700, 440, "4.50 SR", 30),
            (40, 600, "TOTAL INCL GST", 30), (700, 600, "32.80", 30),
            (40, 640, "CASH", 30), (700, 640, "50.00", 30),
            (40, 680, "CHANGE", 30), (700, 680, "17.20", 30),
            (40, 760, "GST SUMMARY   AMOUNT   TAX", 30),
            (40, 800, "SR 30.94 1.86", 30),
        ],
        width=900,
        height=1200,
    )  # fmt: skip
    assert RuleExtractor().predict(page).fields.currency != "SAR"


def test_a_dotted_romanian_tax_id_is_no_omani_rial() -> None:
    # Its "RO 16.341.004" is a tax id grouped by points, not "R.O." money in baisa.
    assert detect_currency("CIF: RO 16.341.004\nTOTAL 22,18 lei") == "RON"


def test_a_tunisian_page_reads_its_dinars_in_thousandths_after_a_comma() -> None:
    page = sized_page(
        [
            (120, 100, "Librairie El Manar SARL", 50),
            (120, 170, "12 Avenue Habib Bourguiba, 1000 Tunis", 36),
            (900, 300, "Facture N° LM-2026-118", 40),
            (900, 350, "Date : 12/03/2026", 40),
            (120, 600, "Manuels scolaires", 36), (1300, 600, "10,500 DT", 36),
            (900, 800, "Total HT", 36), (1300, 800, "10,500 DT", 36),
            (900, 850, "TVA 19 %", 36), (1300, 850, "1,995 DT", 36),
            (900, 900, "Total TTC", 36), (1300, 900, "12,495 DT", 36),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(page).fields
    assert fields.currency == "TND"
    assert str(fields.total) == "12.495"
