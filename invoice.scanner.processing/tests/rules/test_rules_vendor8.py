"""Seller names, eighth round: a sentence is never a name, the issuer named after the
invoice's title, the addressee's window block under a letterhead, a till's sign over its
operating company's legal line and tax id, and a street's name broken over a line. Every
document here is invented."""

from __future__ import annotations

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.names import is_sentence_fragment

CHAR_W = 0.55


def _page(
    lines: list[tuple[float, float, str, float]],
    width: float = 1654,
    height: float = 2339,
    source: str = "text_layer",
) -> OcrDocument:
    """A page from ``(x, y, text, height)``: each line as wide as its text."""
    return sized_page(lines, width=width, height=height, source=source, char_width=CHAR_W)


def _read(doc: OcrDocument) -> tuple[str | None, float]:
    reading = RuleExtractor().predict(doc)
    return reading.fields.vendor_name, reading.confidence.get("vendor_name", 0.0)


# -- a sentence is never a name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("es responsable de esta factura", True),
        ("goods are not returnable.", True),
        ("Marketplace acts only as an intermediary.", True),
        ("Il venditore emette questa fattura", False),  # one capitalised start, no full stop
        ("Casa de la Luz", False),
        ("Drukarnia Nowak Sp. z o.o.", False),
        ("greenleaf.co.uk", False),
        ("brightwatt", False),
        ("Van der Velde Transport", False),
    ],
)
def test_a_sentence_fragment_is_no_name(text: str, sentence: bool) -> None:
    assert is_sentence_fragment(text) is sentence


def test_a_seller_label_inside_a_sentence_names_nobody_and_the_issuer_after_the_title_does() -> (
    None
):
    """A marketplace's invoice issued by the seller: the platform's wordmark heads it, the
    seller follows "Factura emitida por:", and the footer says "El vendedor es responsable de
    esta factura." — the sentence after "vendedor" is no name."""
    doc = _page(
        [
            (140, 140, "tiendix", 56),
            (890, 134, "Factura emitida por: HOGAR LUMEN TECNOLOGÍA, S.L.", 22),
            (970, 161, "NIF B-12345678 · Calle Mayor 4, 46001 Valencia", 22),
            (140, 254, "Cliente", 24), (960, 254, "Nº factura", 24),
            (1150, 254, "HL-2025-000417", 24),
            (140, 287, "Marta Soler Vidal", 24), (960, 288, "Fecha factura", 24),
            (1150, 288, "03/10/2025", 24),
            (140, 319, "C/ Colón 12, 2º A", 24),
            (140, 350, "03001 Alicante", 24),
            (140, 466, "Factura", 44),
            (150, 545, "Descripción", 22), (1410, 545, "Importe", 22),
            (150, 592, "Lámpara de mesa LED", 22), (1418, 592, "33,06 €", 22),
            (910, 746, "Base imponible", 24), (1413, 746, "33,06 €", 24),
            (910, 784, "IVA 21%", 24), (1413, 784, "6,94 €", 24),
            (910, 821, "Total factura", 26), (1395, 821, "40,00 €", 26),
            (140, 2153, "Tiendix Marketplace actúa como intermediario.", 18),
            (140, 2177, "El vendedor es responsable de esta factura.", 18),
        ]
    )  # fmt: skip
    name, _ = _read(doc)
    assert name is not None and name.startswith("HOGAR LUMEN TECNOLOGÍA, S.L")


# -- a till's sign over its operating company's legal line ----------------------------------


def _till(sign: str, legal: str) -> OcrDocument:
    return _page(
        [
            (330, 65, sign, 70),
            (330, 163, legal, 52),
            (280, 210, "12 Marina Road #02-11", 56),
            (400, 267, "Singapore 018961", 56),
            (300, 320, "GST Reg No: M4-0012345-6", 52),
            (60, 387, "Receipt No.: 0311-2024-0019876", 52),
            (60, 439, "Date: 14 Mar 2024 11:02", 52),
            (60, 600, "Notebook A5 Dotted", 52), (1000, 600, "18.90", 52),
            (60, 660, "Fountain Pen Ink", 52), (1000, 660, "24.00", 52),
            (60, 760, "TOTAL", 56), (1000, 760, "42.90", 56),
            (60, 820, "GST 9% incl.", 52), (1000, 820, "3.54", 52),
            (60, 880, "NETS", 52), (1000, 880, "42.90", 52),
        ],
        width=1200,
        height=1900,
        source="ocr",
    )  # fmt: skip


def test_the_legal_line_under_a_sign_whose_tax_id_follows_its_address_is_the_vendor() -> None:
    """A bookshop's till slip: the sign in large type heads it, the operating company's legal
    line under it names it otherwise, the street, the town and the GST number follow: the
    operating company is the vendor (round 14k), not approved unseen."""
    name, conf = _read(_till("INKWELL PAPERIE", "IWP Trading (S) Pte Ltd"))
    assert name == "IWP Trading (S) Pte Ltd"
    assert conf <= 0.75


def test_a_sign_that_is_the_legal_names_own_core_keeps_the_legal_name() -> None:
    name, _ = _read(_till("INKWELL PAPERIE", "Inkwell Paperie Pte Ltd"))
    assert name == "Inkwell Paperie Pte Ltd"


# -- a street's name broken over a line ---------------------------------------------------------


def _slip(header: list[tuple[float, float, str, float]]) -> OcrDocument:
    return _page(
        [
            *header,
            (370, 300, "TAX INVOICE", 90),
            (60, 400, "Doc No.: CS-00417", 80),
            (60, 480, "Cust : CASH SALE", 64),
            (60, 600, "EXERCISE BOOK 80PG", 90), (840, 600, "12.00", 60),
            (60, 700, "BALL PEN BLUE", 90), (840, 700, "4.50", 60),
            (40, 820, "TOTAL", 68), (940, 820, "16.50", 56),
            (20, 900, "CASH", 58), (900, 900, "20.00", 65),
        ],
        width=1280,
        height=1650,
        source="ocr",
    )  # fmt: skip


def test_the_rest_of_a_street_before_its_postcode_is_no_name() -> None:
    """The slip's name lost at the top of a photo: the street broken after "JALAN" ("SULTAN
    ISMAIL, 50250") and a key with its value ("Cust : CASH SALE") name nobody."""
    doc = _slip(
        [
            (100, 50, "15 JALAN", 80),
            (250, 130, "SULTAN ISMAIL, 50250", 100),
            (270, 220, "GST ID No : 001234567890", 80),
        ]
    )
    name, conf = _read(doc)
    assert name not in ("SULTAN ISMAIL", "Cust : CASH SALE")
    assert conf < 0.5


def test_a_shops_name_over_its_broken_street_is_the_vendor() -> None:
    doc = _slip(
        [
            (200, 20, "SRI MAJU BOOKSTORE SDN BHD", 90),
            (100, 120, "15 JALAN", 80),
            (250, 200, "SULTAN ISMAIL, 50250", 80),
            (270, 230, "GST ID No : 001234567890", 60),
        ]
    )
    assert _read(doc)[0] == "SRI MAJU BOOKSTORE SDN BHD"


# -- the addressee's window block under a letterhead --------------------------------------------


def test_an_unlabelled_window_address_beside_the_invoices_details_is_the_customer() -> None:
    """A sole trader's letter-style invoice: the business name in large type and its address
    head the page; the customer's company, street and town sit in the window beside the
    invoice number and date, without a label. The company there is the addressee."""
    doc = _page(
        [
            (140, 140, "Jonas Falk Tischlerei", 50),
            (1280, 134, "Kastanienallee 12", 24),
            (1330, 189, "10435 Berlin", 22),
            (140, 253, "Brauhaus Linde GmbH", 25), (960, 254, "Rechnungsnummer", 24),
            (1220, 254, "JF-24-017", 24),
            (140, 285, "Gartenstr. 8", 25), (960, 288, "Rechnungsdatum", 24),
            (1220, 288, "12.03.2024", 24),
            (140, 317, "10115 Berlin", 25),
            (140, 405, "Rechnung", 44),
            (150, 484, "Bezeichnung", 22), (1420, 484, "Betrag", 22),
            (270, 531, "Tresen aus Eiche, Maßanfertigung", 23), (1400, 531, "1.850,00 €", 23),
            (910, 679, "Gesamtbetrag", 26), (1380, 679, "1.850,00 €", 26),
            (140, 760, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", 24),
        ]
    )  # fmt: skip
    name, conf = _read(doc)
    assert name == "Jonas Falk Tischlerei"
    assert conf < 0.9
