"""A sentence in sentence case at a ticket's foot is no name; Mexico's "Serie B Folio 1187"
is the invoice's number "B 1187"; a Portuguese simplified invoice's number set flush left
under its centred title, series and year run together ("FS A2026/0912"). Invented pages."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.names import is_sentence_fragment


def test_sentence_case_notice_is_no_name() -> None:
    assert is_sentence_fragment("Biglietto valido solo per la data di emissione")
    assert not is_sentence_fragment("Pastelaria Estrela de Campo de Ourique")
    assert not is_sentence_fragment("Pagamento elettronico")


def test_series_and_folio_make_the_number() -> None:
    doc = sized_page(
        [
            (400, 60, "TALLER MECÁNICO HERNÁNDEZ", 40),
            (100, 200, "FACTURA", 34),
            (100, 250, "Serie B Folio 1187", 30),
            (100, 320, "Cliente: Transportes Lara, S.A. de C.V.", 30),
            (100, 600, "Servicio de frenos", 30), (900, 600, "$3,000.00", 30),
            (800, 660, "Subtotal", 30), (1000, 660, "$3,000.00", 30),
            (800, 700, "IVA 16%", 30), (1000, 700, "$480.00", 30),
            (800, 740, "Total", 30), (1000, 740, "$3,480.00", 30),
        ],
        width=1200,
        height=1000,
        char_width=0.55,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.invoice_number == "B 1187"


def test_number_flush_left_under_a_centred_title() -> None:
    doc = sized_page(
        [
            (300, 60, "Padaria Sol Nascente", 40),
            (350, 120, "Sol Nascente, Lda.", 30),
            (330, 250, "FATURA SIMPLIFICADA", 34),
            (200, 310, "FS A2026/0912", 30), (900, 310, "Original", 30),
            (100, 370, "Data: 2026-09-05", 30),
            (100, 500, "2 x Pão", 30), (900, 500, "1,20", 30),
            (100, 560, "TOTAL", 30), (900, 560, "1,20", 30),
        ],
        width=1100,
        height=900,
        char_width=0.55,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.invoice_number == "FS A2026/0912"


def test_due_date_in_prose_wrapped_after_an_abbreviation() -> None:
    doc = sized_page(
        [
            (100, 60, "Marsh & Tolley Solicitors LLP", 40),
            (100, 110, "2 Bridge Street, York YO1 6DD", 30),
            (700, 200, "Date:", 30), (850, 200, "3 March 2026", 30),
            (100, 300, "Fee note FN 26/0117", 30),
            (100, 400, "Professional charges", 30), (900, 400, "£1,000.00", 30),
            (100, 450, "VAT at 20%", 30), (900, 450, "£200.00", 30),
            (100, 500, "Total due", 30), (900, 500, "£1,200.00", 30),
            (100, 650, "Payment is due within 14 days of the date of this fee note, i.e.", 30),
            (100, 690, "by 17 March 2026. Please quote our reference when paying.", 30),
        ],
        width=1200,
        height=1000,
        char_width=0.55,
    )  # fmt: skip
    assert str(RuleExtractor().predict(doc).fields.due_date) == "2026-03-17"
