"""Seller names: the sign over the same business's legal line, titles and service words, the
town after a street, the addressee named by office, firm names, marketplace sellers, closing
lines and glossed labels. Every document here is invented (names, countries and numbers other
than those of the pages that showed the gaps)."""

from __future__ import annotations

import pytest

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.lexicon import legal_form
from invoice_scanner_processing.extractors.rules.names import (
    _fix_legal_form,
    _looks_like_name,
    hungarian_long_vowels,
    is_closing_line,
    is_firm_name,
    is_heading_line,
    is_hungarian,
)
from invoice_scanner_processing.extractors.rules.tradename import sign_names_legal, unglued_sign
from invoice_scanner_processing.extractors.rules.vendor import _after_address_removed

CHAR_W = 0.55


def _page(lines: list[tuple[float, float, str, float]], width: float = 1100) -> OcrDocument:
    """A scanned page from ``(x, y, text, height)``: each line as wide as its text at that
    height, so that a sign can be set larger than the lines under it."""
    ocr = [
        OcrLine(
            text=t, bbox=BBox(x0=x, y0=y, x1=x + CHAR_W * h * len(t), y1=y + h), confidence=0.97
        )
        for x, y, t, h in lines
    ]
    page = OcrPage(page_number=1, width=width, height=1800, source="ocr", engine="test", lines=ocr)
    return OcrDocument(pages=[page], engine="test")


def _vendor(doc: OcrDocument) -> str | None:
    return RuleExtractor().predict(doc).fields.vendor_name


def _till(sign: str, legal: str) -> OcrDocument:
    """A till receipt: the sign in large type, the legal line under it, address, items."""
    return _page(
        [
            (260, 60, sign, 70),
            (230, 150, legal, 45),
            (240, 205, "Shop 3, 218 Long Street", 42),
            (240, 255, "Cape Town 8001 Tel 021 555 0192", 42),
            (330, 305, "VAT No. 4410276631", 40),
            (60, 400, "Receipt No: 55120", 42),
            (60, 450, "Date: 14/03/2025", 42),
            (60, 560, "Flat White", 42), (800, 560, "38.00", 42),
            (60, 610, "Croissant", 42), (800, 610, "32.50", 42),
            (60, 720, "TOTAL", 46), (800, 720, "70.50", 46),
            (60, 780, "Card", 42), (800, 780, "70.50", 42),
        ]
    )  # fmt: skip


# -- the sign over the same business's legal line --------------------------------------------


def test_the_legal_line_under_the_sign_the_page_leads_with_is_the_vendor() -> None:
    # Round 14k: the name the business is registered under, not its sign.
    doc = _till("Harbour Lights Bistro", "Harbour Lights Catering (Pty) Ltd")
    assert _vendor(doc) == "Harbour Lights Catering (Pty) Ltd"


def test_a_legal_line_of_another_name_sharing_a_word_with_the_sign_is_the_vendor() -> None:
    doc = _till("CAFE MARULA", "Marula Food Concepts (Pty) Ltd")
    assert _vendor(doc) == "Marula Food Concepts (Pty) Ltd"


def test_a_sign_that_is_only_the_legal_names_core_is_no_other_name() -> None:
    """Either line is the vendor's name then (a legal form is no part of it): the rule
    leaves the scorer's choice."""
    doc = _till("BRAMBLE TEA ROOM", "Bramble Tea Room (Pty) Ltd")
    assert (_vendor(doc) or "").casefold().startswith("bramble tea room")


def test_a_logo_word_over_the_legal_name_leaves_the_legal_name() -> None:
    doc = _till("KESTREL", "Kestrel Avionics (Pty) Ltd")
    assert _vendor(doc) == "Kestrel Avionics (Pty) Ltd"


@pytest.mark.parametrize(
    ("sign", "legal", "same"),
    [
        ("Harbour Lights Bistro", "Harbour Lights Catering", True),
        ("FERRETERIA LOS ALAMOS", "Comercial Los Alamos", True),
        ("Bageriet Nordhavn", "Nordhavn Bageri", True),  # the word shared, the order turned
        ("Hotel Edelweiss", "Hotel Bergblick Betriebs", False),  # only the kind of business
        ("PHARMACY PLUS", "Karoo Pharmacy", False),
        ("Tea Room", "Tea Room", False),
    ],
)
def test_a_sign_and_a_legal_name_of_one_business(sign: str, legal: str, same: bool) -> None:
    assert sign_names_legal(sign, legal) is same


def test_a_kind_of_shop_glued_to_the_signs_name_is_set_apart() -> None:
    assert unglued_sign("KILIMOSUPERMARKET", "KILIMOTRADERS") == "KILIMO SUPERMARKET"
    assert unglued_sign("MINIMARKET", "KILIMOTRADERS") == "MINIMARKET"
    # The legal line is the vendor (round 14k), its words as the page prints them.
    doc = _till("KILIMOSUPERMARKET", "KILIMOTRADERS LIMITED")
    assert _vendor(doc) == "KILIMOTRADERS LIMITED"


# -- titles, service words, closing lines ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nyugta", "RAČUN", "Faktúra", "HOA DON BAN HANG", "HÓA ĐƠN GIÁ TRỊ GIA TĂNG",
        "(TAX INVOICE)", "BOLETA ELECTRONICA", "Documento commerciale", "E-FATURA",
        "CAB RECEIPT", "PARKING TICKET", "Taxi", "請求書", "IVA RESPONSABLE INSCRIPTO",
    ],
)  # fmt: skip
def test_document_titles_and_service_words_are_no_names(text: str) -> None:
    assert is_heading_line(text)
    assert not _looks_like_name(text)


@pytest.mark.parametrize(
    "text", ["Karoo Taxi Services", "Parking Solutions Lda", "Bon Marché Traiteur"]
)
def test_names_holding_a_title_or_service_word_stay_names(text: str) -> None:
    assert not is_heading_line(text)


def test_a_taxi_slip_names_its_driver_not_the_service() -> None:
    doc = _page(
        [
            (300, 60, "CAB RECEIPT", 60),
            (280, 160, "PIETER VAN DYK", 60),
            (150, 230, "Operator Licence 30917", 55),
            (40, 400, "Receipt No: 4471", 55),
            (40, 460, "Date: 02/06/2025", 55),
            (40, 600, "Fare", 55), (650, 600, "R 212.00", 55),
            (40, 700, "TOTAL", 58), (650, 700, "R 212.00", 58),
        ]
    )  # fmt: skip
    assert _vendor(doc) == "PIETER VAN DYK"


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("Obrigado pela preferência", True),
        ("TERIMA KASIH ATAS KUNJUNGAN ANDA", True),
        ("Tack för besöket!", True),
        ("MERCI", True),
        ("ありがとうございました", True),
        ("Thanksgiving Farm Shop", False),
        ("Takeaway Kings", False),
        ("Merci Traiteur", False),
    ],
)
def test_closing_lines(text: str, closing: bool) -> None:
    assert is_closing_line(text) is closing


def test_a_closing_line_with_a_legal_form_is_a_name() -> None:
    assert _looks_like_name("Welcome Break Ltd")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Địa chỉ (Address)", False),
        ("Mã số thuế (Tax code)", False),
        ("Người bán (Seller)", False),
        ("Brunnhuber UG (haftungsbeschränkt)", True),
    ],
)
def test_a_label_glossed_in_brackets_is_no_name(text: str, name: bool) -> None:
    assert _looks_like_name(text) is name


# -- the town after a street; a legal form glued to a number ---------------------------------


def test_what_follows_a_street_on_its_line_is_the_town() -> None:
    assert _after_address_removed(["Av. Libertad 450", "Temuco"]) == ["Av. Libertad 450"]
    assert _after_address_removed(["Hauptstr. 5", "Beispiel GmbH"]) == [
        "Hauptstr. 5",
        "Beispiel GmbH",
    ]
    assert _after_address_removed(["Nordwind AB", "Storgatan 4"]) == ["Nordwind AB", "Storgatan 4"]


def test_a_dotted_legal_form_glued_to_a_number() -> None:
    assert _fix_legal_form("PARADOR KM 40S.A.") == "PARADOR KM 40 S.A."
    assert legal_form("PARADOR KM 40 S.A.")
    assert not legal_form("Postbus 12, 9936 AB")  # a Dutch postcode stays no legal form


def test_a_town_after_the_street_is_not_the_seller() -> None:
    doc = _page(
        [
            (120, 60, "LUBRICENTRO KM 40S.R.L.", 55),
            (150, 120, "Av. Belgrano 2210 - Ramos Mejia", 55),
            (200, 180, "C.U.I.T. Nro.: 30-70999111-4", 50),
            (40, 300, "Fecha: 09/05/2025", 50),
            (40, 420, "TOTAL", 60), (700, 420, "$18.400,00", 60),
        ]
    )  # fmt: skip
    assert _vendor(doc) == "LUBRICENTRO KM 40 S.R.L."


# -- the addressee named by office; firm names ------------------------------------------------


def test_the_addressee_named_by_office_is_the_customer_not_the_seller() -> None:
    doc = _page(
        [
            (350, 100, "MENSAH, OWUSU & ASSOCIATES", 40),
            (380, 150, "Chartered Accountants", 28),
            (300, 190, "12 Liberation Road, Accra · Tel 030 277 4410", 24),
            (120, 330, "Invoice No.: MOA/2025/061", 28), (850, 330, "4th April, 2025", 28),
            (120, 400, "The Finance Director,", 28),
            (120, 435, "Volta Cocoa Processing Limited,", 28),
            (120, 470, "7 Harbour Road,", 28),
            (120, 505, "Tema.", 28),
            (120, 580, "Dear Madam,", 28),
            (120, 640, "RE: STATUTORY AUDIT OF KUMASI GRAIN MILLS LIMITED", 28),
            (120, 900, "TOTAL AMOUNT DUE", 30), (900, 900, "GH₵ 48,300.00", 28),
        ]
    )  # fmt: skip
    assert _vendor(doc) == "MENSAH, OWUSU & ASSOCIATES"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Mensah, Owusu & Associates", True),
        ("Lindqvist & Partner", True),
        ("Halden Chambers", True),
        ("Ruiz Ortega Abogados", True),
        ("Chartered Accountants", False),
        ("Advocates & Solicitors", False),
        ("Barristers, Solicitors & Notaries Public", False),
    ],
)
def test_firm_names_without_a_legal_form(text: str, firm: bool) -> None:
    assert is_firm_name(text) is firm


# -- a marketplace's seller -------------------------------------------------------------------


def test_a_marketplace_invoice_names_the_shop_that_sold() -> None:
    doc = _page(
        [
            (1000, 60, "RECHNUNG", 30),
            (80, 80, "kaufhafen", 56),
            (80, 220, "Verkauft von:", 24), (330, 220, "Elektro Hanse Handel", 24),
            (700, 220, "Rechnungsnummer:", 24), (950, 220, "KH-2025-88120", 24),
            (700, 260, "Rechnungsdatum:", 24), (950, 260, "03.02.2025", 24),
            (80, 500, "USB-Ladegerät 65 W", 24), (900, 500, "39,90 €", 24),
            (700, 600, "Gesamtbetrag", 24), (900, 600, "39,90 €", 24),
        ]
    )  # fmt: skip
    assert _vendor(doc) == "Elektro Hanse Handel"


# -- Hungarian long vowels --------------------------------------------------------------------


def test_hungarian_long_vowels_read_short_are_put_back() -> None:
    assert hungarian_long_vowels("Szabó és Fia Festő-Mázoló Bt.") == "Szabó és Fia Festő-Mázoló Bt."
    assert hungarian_long_vowels("Dunai Épitő és Szereló Kft.") == "Dunai Épitő és Szerelő Kft."
    assert hungarian_long_vowels("Leó Bt.") == "Leó Bt."  # no consonant between: as printed
    assert hungarian_long_vowels("Információ Zrt.") == "Információ Zrt."
    assert is_hungarian("Számla\nAdószám: 1234")
    assert not is_hungarian("Castelló de la Plana\nFactura")


def test_a_company_line_in_the_footer_leaves_the_legal_name() -> None:
    """A letterhead's logo ("ORCHID LANE") with the company's line only in the footer: the
    logo may be a fragment of the name."""
    doc = _page(
        [
            (400, 60, "ORCHID LANE", 70),
            (420, 140, "— florists —", 30),
            (60, 300, "Invoice No: OL-3317", 30),
            (60, 340, "Date: 11/08/2025", 30),
            (60, 500, "Bridal bouquet", 30), (800, 500, "1 450.00", 30),
            (60, 600, "TOTAL", 32), (800, 600, "1 450.00", 32),
            (200, 1700, "Orchid Lane Floral Studio (Pty) Ltd · Reg. 2019/442871/07", 26),
        ]
    )  # fmt: skip
    assert _vendor(doc) == "Orchid Lane Floral Studio (Pty) Ltd"


def test_a_journeys_start_is_not_the_sender() -> None:
    """A taxi slip's "From:" / "To:" is the route; the hand-set rule too takes the driver."""
    from invoice_scanner_processing.extractors.rules.scorer import HandScorer

    doc = _page(
        [
            (300, 60, "TAXI", 60),
            (280, 160, "MARIA KOWALCZYK", 60),
            (150, 230, "Licencja 4471/WA", 55),
            (40, 400, "Data: 02.06.2025", 55),
            (40, 470, "From: Lotnisko Chopina", 55),
            (40, 530, "To: Plac Zbawiciela", 55),
            (40, 700, "TOTAL", 58), (650, 700, "86,00 zł", 58),
        ]
    )  # fmt: skip
    assert RuleExtractor(scorer=HandScorer()).predict(doc).fields.vendor_name == "MARIA KOWALCZYK"
    assert _vendor(doc) == "MARIA KOWALCZYK"
