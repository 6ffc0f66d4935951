"""Review of round 13o: invented pages where its rules read a wrong name at a confidence
that approves. A seat label ("Sede legale:", "Head office:") before a place is no name
label: the place after it is no party's name. A Malaysian till's trade name over its
owner's full name with a legal form and the registration number is two names, not one."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.parties import strip_name_label
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_seat_label_before_a_place_leaves_the_line_as_it_is() -> None:
    assert strip_name_label("Sede legale: Milano") == "Sede legale: Milano"
    assert strip_name_label("Head office: Penang") == "Head office: Penang"
    assert strip_name_label("Registered office: 3 Kings Yard, London") == (
        "Registered office: 3 Kings Yard, London"
    )
    # Before a firm's name (its legal form closing it) the seat label is still no part of it.
    assert strip_name_label("Sede legale: Rossi S.r.l.") == "Rossi S.r.l."


def _fattura(seller_seat: str, buyer_seat: str) -> OcrDocument:
    return sized_page(
        [
            (120, 200, "Cedente/Prestatore", 24), (900, 200, "Cessionario/Committente", 24),
            (120, 240, "Termoidraulica Rossi S.r.l.", 24),
            (900, 240, "Bianchi Costruzioni S.p.A.", 24),
            (120, 280, seller_seat, 24), (900, 280, buyer_seat, 24),
            (120, 320, "P.IVA 01234560987", 24), (900, 320, "P.IVA 09876540321", 24),
            (120, 440, "FATTURA N. 12/2026", 30), (120, 480, "del 02/03/2026", 30),
            (100, 700, "Riparazione caldaia", 28), (1420, 700, "400,00", 28),
            (820, 930, "Imponibile", 28), (1420, 930, "400,00", 28),
            (820, 980, "IVA 22%", 28), (1430, 980, "88,00", 28),
            (820, 1020, "TOTALE FATTURA", 28), (1400, 1020, "€ 488,00", 28),
        ]
    )  # fmt: skip


def test_a_party_blocks_seat_line_is_not_the_partys_name() -> None:
    pred = _predict(_fattura("Sede legale: Milano", "Sede legale: Torino"))
    assert pred.fields.vendor_name == "Termoidraulica Rossi S.r.l."
    assert pred.fields.customer_name == "Bianchi Costruzioni S.p.A."
    pred = _predict(_fattura("Sede legale: Via Roma 1, 20100 Milano", "Corso Italia 5, Torino"))
    assert pred.fields.vendor_name == "Termoidraulica Rossi S.r.l."
    assert pred.confidence["vendor_name"] >= 0.95


def _uk_invoice(seat: str) -> OcrDocument:
    return sized_page(
        [
            (120, 90, "INVOICE", 40),
            (120, 200, "From:", 24), (900, 200, "Bill to:", 24),
            (120, 240, "Harbour Light Studio Ltd", 24), (900, 240, "Orion Retail LLP", 24),
            (120, 280, seat, 24), (900, 280, "12 Mill Lane, Leeds LS1 4AB", 24),
            (120, 320, "VAT No GB123456789", 24),
            (1100, 440, "Invoice No: 1042", 24), (1100, 480, "Date: 02/03/2026", 24),
            (100, 700, "Design work", 28), (1420, 700, "1,000.00", 28),
            (820, 930, "Subtotal", 28), (1420, 930, "1,000.00", 28),
            (820, 980, "VAT 20%", 28), (1430, 980, "200.00", 28),
            (820, 1020, "Total", 28), (1400, 1020, "£1,200.00", 28),
        ]
    )  # fmt: skip


def test_a_seat_city_under_the_sellers_name_is_not_the_seller() -> None:
    for seat in ("Head office: Manchester", "Regd. office: Bristol"):
        pred = _predict(_uk_invoice(seat))
        assert pred.fields.vendor_name == "Harbour Light Studio Ltd"


def _till(second: str) -> OcrDocument:
    return sized_page(
        [
            (60, 40, "FAMILYMART", 28),
            (170, 78, second, 28),
            (200, 116, "(1046489-U)", 24),
            (100, 160, "NO. 8, JALAN MAWAR 2,", 22), (100, 190, "81300 SKUDAI, JOHOR", 22),
            (200, 240, "CASH BILL", 26),
            (60, 280, "NO : CS00098765", 22), (60, 310, "DATE: 05-03-2026", 22),
            (60, 360, "ONIGIRI TUNA", 22), (520, 360, "12.00", 22),
            (60, 400, "TOTAL (RM)", 26), (520, 400, "12.00", 26),
            (60, 440, "CASH", 22), (530, 440, "20.00", 22),
            (60, 470, "CHANGE", 22), (530, 470, "8.00", 22),
        ],
        width=640,
        height=700,
    )  # fmt: skip


def test_a_firms_own_name_under_a_trade_name_is_not_the_trade_names_second_line() -> None:
    pred = _predict(_till("QL MAXINCOME SDN BHD"))
    assert pred.fields.vendor_name == "QL MAXINCOME SDN BHD"
    pred = _predict(_till("FAMILYMART PTE LTD"))
    assert pred.fields.vendor_name != "FAMILYMART FAMILYMART PTE LTD"
    assert pred.fields.total == Decimal("12.00")
