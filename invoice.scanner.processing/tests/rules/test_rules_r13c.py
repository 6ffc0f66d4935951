"""Receipts (invented): a sign with a labelled owner's or licence holder's line under it is not
approved on the sign alone; a till's transaction number ("Till 3 Trans 40172"), Italy's
documento commerciale number on its closing line ("DOC.N.0118-0042"), a bilingual receipt
title before its number ("Beleg/Quittance 77-31204"); euros read from Italy's tax words."""

from __future__ import annotations

from rules_builders import sized_page, till_receipt

from invoice_scanner_processing.extractors.rules import RuleExtractor


def _taxi(holder: str) -> object:
    return RuleExtractor().predict(
        sized_page(
            [
                (150, 40, "TAXI SEVILLA", 26),
                (150, 75, "Licencia nº 01274", 18),
                (150, 100, holder, 18),
                (60, 160, "Recorrido 8,2 km", 20), (400, 160, "12,40 €", 20),
                (60, 200, "TOTAL", 22), (400, 200, "12,40 €", 22),
            ],
            width=520,
            height=400,
        )
    )  # fmt: skip


def test_a_signs_labelled_licence_holder_holds_the_document() -> None:
    prediction = _taxi("Titular: Marta Lozano Ruiz")
    assert prediction.confidence["vendor_name"] < 0.8  # type: ignore[attr-defined]


def test_an_owner_label_in_another_language_holds_it_too() -> None:
    prediction = _taxi("Owner: Daniel Hughes")
    assert prediction.confidence["vendor_name"] < 0.8  # type: ignore[attr-defined]


def test_a_signs_plain_lines_under_it_keep_its_confidence() -> None:
    doc = sized_page(
        [
            (150, 40, "KIOSK AM MARKT", 26),
            (150, 75, "Marktplatz 3, 04109 Leipzig", 18),
            (60, 160, "Zeitung", 20), (400, 160, "2,50", 20),
            (60, 200, "SUMME EUR", 22), (400, 200, "2,50", 22),
        ],
        width=520,
        height=400,
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert prediction.fields.vendor_name == "KIOSK AM MARKT"
    assert prediction.confidence["vendor_name"] >= 0.8


def test_a_tills_transaction_number_after_its_till_is_the_receipts() -> None:
    doc = till_receipt([(60, 280, "Till 3 Trans 40172", 20), (60, 310, "11/02/26 18:04", 20)])
    assert RuleExtractor().predict(doc).fields.invoice_number == "40172"


def test_a_documento_commerciales_number_on_its_closing_line() -> None:
    doc = till_receipt([(60, 280, "14-02-2026 13:05 DOC.N.0118-0042", 20)])
    assert RuleExtractor().predict(doc).fields.invoice_number == "0118-0042"


def test_a_bilingual_receipt_title_before_its_number() -> None:
    doc = till_receipt([(60, 280, "Beleg/Quittance 77-31204", 20), (60, 310, "02.03.2026", 20)])
    assert RuleExtractor().predict(doc).fields.invoice_number == "77-31204"


def test_bare_amounts_under_italys_vat_number_are_euros() -> None:
    doc = sized_page(
        [
            (150, 40, "Osteria del Ponte", 24),
            (150, 75, "P.IVA 01234560987", 18),
            (60, 160, "COPERTO 2x2,00", 20), (400, 160, "4,00", 20),
            (60, 185, "RISOTTO", 20), (400, 185, "14,00", 20),
            (60, 220, "TOTALE COMPLESSIVO", 22), (400, 220, "18,00", 22),
        ],
        width=520,
        height=400,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.currency == "EUR"


def _e_receipt(head: str, foot: str) -> object:
    return RuleExtractor().predict(
        sized_page(
            [
                (150, 40, head, 22),
                (150, 75, "4 Mill Lane, Leeds LS1 4AB", 18),
                (60, 160, "1 x Scone", 20), (400, 160, "£3.20", 20),
                (60, 200, "Total", 22), (400, 200, "£3.20", 22),
                (60, 240, "Includes VAT 20%", 18), (400, 240, "£0.53", 18),
                (60, 340, foot, 18),
            ],
            width=520,
            height=400,
        )
    )  # fmt: skip


def test_a_web_address_heading_an_e_receipt_names_the_seller_without_www() -> None:
    prediction = _e_receipt("www.hazelbakery.co.uk", "See you soon")
    assert prediction.fields.vendor_name == "hazelbakery.co.uk"  # type: ignore[attr-defined]
    assert prediction.confidence["vendor_name"] < 0.8  # type: ignore[attr-defined]


def test_a_web_address_in_the_footer_is_not_the_sellers_name() -> None:
    prediction = _e_receipt("Hazel Bakery", "www.hazelbakery.co.uk")
    assert prediction.fields.vendor_name == "Hazel Bakery"  # type: ignore[attr-defined]


def test_a_web_address_under_a_letterheads_name_is_no_name() -> None:
    doc = sized_page(
        [
            (1463, 121, "INVOICE", 24),
            (139, 140, "Fenwick & Rowe", 72),
            (1253, 154, "Fenwick & Rowe Design", 24),
            (1331, 188, "88 Alder Street", 24),
            (144, 225, "DESIGN", 25),
            (1278, 221, "Portland, Oregon 97205", 24),
            (1301, 254, "Mobile: 503-555-0188", 24),
            (1279, 288, "www.fenwickandrowe.com", 24),
            (139, 469, "BILL TO", 22), (917, 467, "Invoice Number:", 25), (1529, 467, "41", 25),
            (139, 503, "Dana Whitfield", 25), (917, 509, "Invoice Date:", 25),
            (1330, 509, "February 11, 2026", 25),
            (139, 750, "Brand workshop (1 day)", 25), (1451, 750, "$1,200.00", 25),
            (1100, 850, "Total:", 25), (1451, 850, "$1,200.00", 25),
        ]
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name == "Fenwick & Rowe Design"


def test_a_french_sign_opening_with_le_is_a_name_not_a_date_label() -> None:
    doc = sized_page(
        [
            (150, 40, "Le Comptoir Voltaire", 24),
            (150, 75, "12 rue Voltaire - 75011 Paris", 18),
            (60, 160, "2 Café crème", 20), (400, 160, "7,60", 20),
            (60, 200, "TOTAL EUR", 22), (400, 200, "7,60", 22),
        ],
        width=520,
        height=400,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name == "Le Comptoir Voltaire"


def test_a_kind_of_shop_over_a_name_opening_with_le_is_one_sign() -> None:
    doc = sized_page(
        [
            (208, 40, "Bistro", 22), (160, 66, "Le Jardin Fleuri", 22),
            (150, 100, "8 rue des Lilas - 69002 Lyon", 18),
            (60, 160, "Soupe du jour", 20), (400, 160, "8,50", 20),
            (60, 200, "TOTAL EUR", 22), (400, 200, "8,50", 22),
        ],
        width=520,
        height=400,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name == "Bistro Le Jardin Fleuri"


def test_an_items_size_in_litres_is_not_read_as_a_legal_form() -> None:
    doc = sized_page(
        [
            (150, 40, "FELLGATE SERVICE STATION", 24),
            (150, 75, "A65 Kendal Road, Settle BD24 9AB", 18),
            (60, 160, "Screenwash 5L", 20), (400, 160, "£4.50", 20),
            (60, 200, "TOTAL", 22), (400, 200, "£4.50", 22),
            (100, 300, "Fellgate Fuels Ltd, Reg. 04417729", 18),
        ],
        width=520,
        height=400,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name != "Screenwash SL"
