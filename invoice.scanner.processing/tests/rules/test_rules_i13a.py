"""Long invoices and receipts (invented pages): a cash rounding line inside the sum of a VAT
summary, one rate's row of that summary held against the page's total, a deposit deducted
under the total, freight "not subject to sales tax", a discretionary service charge, a VAT
"included in subtotal", and a final invoice's number beside its title."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import InvoiceFields, Prediction


def _predict(page: OcrDocument) -> Prediction:
    return RuleExtractor().predict(page)


def _fields(page: OcrDocument) -> InvoiceFields:
    return _predict(page).fields


def test_a_printed_cash_rounding_closes_the_sum_of_a_two_rate_vat_summary() -> None:
    page = sized_page(
        [
            (120, 100, "Bergküche Muster GmbH", 50),
            (120, 170, "Seestrasse 8, 8002 Zürich", 34),
            (900, 250, "Rechnung Nr.", 34), (1250, 250, "RE-77-0101", 34),
            (900, 300, "Datum", 34), (1250, 300, "03.02.2027", 34),
            (120, 500, "Apéro für 40 Personen", 34), (1300, 500, "1'000.00", 34),
            (120, 550, "Getränke", 34), (1300, 550, "3'000.00", 34),
            (120, 800, "MWST-Zusammenstellung", 34),
            (900, 800, "Total netto", 34), (1300, 800, "4'000.00", 34),
            (120, 850, "Code", 30), (300, 850, "Netto", 30), (480, 850, "MWST", 30),
            (640, 850, "Brutto", 30),
            (900, 850, "MWST total", 34), (1320, 850, "268.98", 34),
            (120, 900, "2 = 2.6 %", 30), (300, 900, "1'000.00", 30), (480, 900, "26.00", 30),
            (640, 900, "1'026.00", 30),
            (900, 900, "Rundungsdifferenz", 34), (1340, 900, "0.02", 34),
            (120, 950, "8 = 8.1 %", 30), (300, 950, "3'000.00", 30), (480, 950, "242.98", 30),
            (640, 950, "3'242.98", 30),
            (900, 950, "Total CHF", 38), (1300, 950, "4'269.00", 38),
        ]
    )  # fmt: skip
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("4000.00"),
        Decimal("268.98"),
        Decimal("4269.00"),
    )


def test_one_rows_net_tax_and_gross_under_a_larger_total_are_held() -> None:
    page = sized_page(
        [
            (60, 40, "TANKSTELLE BEISPIEL", 24),
            (60, 80, "Hauptstraße 1, 4020 Linz", 18),
            (60, 150, "Diesel 40,00 l", 20), (420, 150, "70,00 1", 20),
            (60, 180, "Jause", 20), (420, 180, "10,00 2", 20),
            (60, 210, "Vignette", 20), (420, 210, "20,00 0", 20),
            (60, 260, "SUMME EUR", 24), (420, 260, "100,00", 24),
            (100, 310, "Netto", 18), (220, 310, "USt", 18), (340, 310, "Brutto", 18),
            (20, 340, "1=20%", 18), (100, 340, "58,33", 18), (220, 340, "11,67", 18),
            (340, 340, "70,00", 18),
            (20, 370, "2=10%", 18), (100, 370, "9,O9", 18), (220, 370, "0,91", 18),
            (340, 370, "10,00", 18),
            (20, 400, "0=0%", 18), (100, 400, "20,00", 18), (220, 400, "0,00", 18),
            (340, 400, "20,00", 18),
            (60, 450, "Beleg-Nr. 2027-0001", 18),
        ],
        width=600,
        height=900,
    )  # fmt: skip
    prediction = _predict(page)
    # One rate's row taken for the whole is never confident.
    one_row = prediction.fields.total == Decimal("70.00")
    assert not one_row or prediction.confidence["total"] < 0.9


def test_rate_rows_without_a_totals_row_add_up_to_the_labelled_sum() -> None:
    page = sized_page(
        [
            (60, 40, "TANKSTELLE BEISPIEL", 24),
            (60, 80, "Hauptstraße 1, 4020 Linz", 18),
            (60, 150, "Diesel 40,00 l", 20), (420, 150, "70,00 1", 20),
            (60, 180, "Jause", 20), (420, 180, "10,00 2", 20),
            (60, 210, "Vignette", 20), (420, 210, "20,00 0", 20),
            (60, 260, "SUMME EUR", 24), (420, 260, "100,00", 24),
            (100, 310, "Netto", 18), (220, 310, "USt", 18), (340, 310, "Brutto", 18),
            (20, 340, "1=20%", 18), (100, 340, "58,33", 18), (220, 340, "11,67", 18),
            (340, 340, "70,00", 18),
            (20, 370, "2=10%", 18), (100, 370, "9,09", 18), (220, 370, "0,91", 18),
            (340, 370, "10,00", 18),
            (20, 400, "0=0%", 18), (100, 400, "20,00", 18), (220, 400, "0,00", 18),
            (340, 400, "20,00", 18),
            (60, 450, "Beleg-Nr. 2027-0001", 18),
        ],
        width=600,
        height=900,
    )  # fmt: skip
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("87.42"),
        Decimal("12.58"),
        Decimal("100.00"),
    )


def test_a_deposit_deducted_under_the_total_does_not_make_the_invoice_a_credit() -> None:
    page = sized_page(
        [
            (120, 100, "Hotel Bergblick KG", 50),
            (120, 170, "Dorfstraße 3, 6290 Mayrhofen", 34),
            (900, 250, "Rechnung Nr.", 34), (1250, 250, "2027/00001", 34),
            (900, 300, "Datum", 34), (1250, 300, "05.02.2027", 34),
            (120, 500, "Übernachtung 4 Nächte", 34), (1300, 500, "1.100,00", 34),
            (900, 800, "Gesamtbetrag inkl. USt", 34), (1300, 800, "1.100,00", 34),
            (120, 850, "Satz", 30), (300, 850, "Netto", 30), (500, 850, "USt", 30),
            (700, 850, "Brutto", 30),
            (900, 850, "abzügl. Anzahlung vom 02.01.2027", 34), (1320, 850, "-300,00", 34),
            (120, 900, "A 10 %", 30), (300, 900, "1.000,00", 30), (500, 900, "100,00", 30),
            (700, 900, "1.100,00", 30),
            (900, 900, "Offener Betrag", 34), (1300, 900, "800,00", 34),
        ]
    )  # fmt: skip
    fields = _fields(page)
    assert fields.total == Decimal("1100.00")
    assert fields.document_type != "credit_note"


def test_freight_not_subject_to_sales_tax_has_no_vat_of_zero() -> None:
    page = sized_page(
        [
            (120, 100, "Prairie Haulage, Inc.", 50),
            (120, 170, "12 Depot Road, Fargo, ND 58102", 34),
            (900, 250, "Invoice #", 34), (1250, 250, "PH-2027-0042", 34),
            (900, 300, "Date", 34), (1250, 300, "02/05/2027", 34),
            (120, 500, "Linehaul Fargo - Omaha", 34), (1300, 500, "2,400.00", 34),
            (120, 550, "Fuel surcharge", 34), (1320, 550, "360.00", 34),
            (900, 800, "TOTAL DUE", 38), (1300, 800, "$2,760.00", 38),
            (120, 1000, "Freight charges are not subject to sales tax.", 32),
        ]
    )  # fmt: skip
    fields = _fields(page)
    assert fields.total == Decimal("2760.00")
    assert fields.vat is None


def test_a_discretionary_service_charge_is_a_tip_not_the_vat() -> None:
    page = sized_page(
        [
            (60, 40, "THE OAK ROOM", 26),
            (60, 80, "1 High Street, York YO1 7HH", 18),
            (60, 110, "VAT Reg: GB 123 4567 89", 18),
            (60, 160, "Table 4  Check 5512", 18),
            (60, 200, "Roast Dinner", 18), (420, 200, "80.00", 18),
            (60, 230, "House Wine", 18), (420, 230, "40.00", 18),
            (60, 280, "Subtotal", 20), (410, 280, "£120.00", 20),
            (60, 310, "Discretionary service 12.5%", 20), (420, 310, "£15.00", 20),
            (60, 340, "TOTAL", 22), (410, 340, "£135.00", 22),
            (60, 370, "VAT 20% included in subtotal", 18), (420, 370, "£20.00", 18),
            (60, 400, "Net of VAT", 18), (420, 400, "£100.00", 18),
        ],
        width=600,
        height=900,
    )  # fmt: skip
    fields = _fields(page)
    assert fields.vat == Decimal("20.00")
    assert fields.amount == Decimal("100.00")
    assert fields.total == Decimal("135.00")


def test_a_label_after_in_names_what_the_amount_is_contained_in() -> None:
    from invoice_scanner_processing.extractors.rules.labels import find_labels

    hits = find_labels("VAT 20% included in subtotal")
    assert [h.key for h in hits] == ["vat"]


def test_a_final_invoices_number_beside_its_title_after_the_buyers_address() -> None:
    page = sized_page(
        [
            (120, 100, "Zimmerei Muster GmbH", 50),
            (120, 170, "Waldweg 2 · 79853 Lenzkirch", 34),
            (120, 330, "Herrn und Frau", 34), (900, 330, "Schlussrechnung", 40),
            (1300, 330, "SR-2027-004", 40),
            (120, 375, "Anna Beispiel", 34), (900, 375, "Datum", 34),
            (1300, 375, "09.03.2027", 34),
            (120, 420, "Am Bach 1", 34),
            (120, 600, "Dachstuhl", 34), (1300, 600, "10.000,00", 34),
            (900, 900, "Nettobetrag", 34), (1300, 900, "10.000,00", 34),
            (900, 945, "zzgl. 19 % MwSt", 34), (1300, 945, "1.900,00", 34),
            (900, 990, "Gesamtbetrag", 34), (1300, 990, "11.900,00", 34),
        ]
    )  # fmt: skip
    assert _fields(page).invoice_number == "SR-2027-004"


def test_the_sum_of_two_rates_taxes_implies_the_whole_net_beside_one_rates_net() -> None:
    page = sized_page(
        [
            (60, 40, "TANKSTELLE MUSTER GMBH", 24),
            (60, 80, "Ringstraße 5, 80331 München", 18),
            (60, 150, "Super E10 30,00 l", 20), (420, 150, "59,50 A", 20),
            (60, 180, "Brötchen", 20), (420, 180, "10,70 B", 20),
            (60, 230, "Gesamtbetrag EUR", 24), (420, 230, "70,20", 24),
            (60, 260, "Visa", 20), (420, 260, "70,20", 20),
            (60, 310, "A 19% .Netto 50,00 MwSt 9,50", 18),
            (60, 340, "B 7% Netto 10,00", 18),
            (60, 370, "MwSt 0,70", 18),
            (60, 400, "Summe MwSt 10,20", 18),
            (60, 450, "Beleg 0012", 18),
        ],
        width=600,
        height=900,
    )  # fmt: skip
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("60.00"),
        Decimal("10.20"),
        Decimal("70.20"),
    )


def test_a_subtotal_carried_to_the_next_page_is_no_net_or_total(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rules_builders import layout

    from invoice_scanner_processing.extractors.rules import amounts

    seen: dict[str, list[Decimal]] = {}
    drop = amounts._drop_carried_forward

    def spy(doc, cands):  # type: ignore[no-untyped-def]
        drop(doc, cands)
        for k in ("net", "total"):
            seen[k] = [c.value for c in cands.get(k, [])]

    monkeypatch.setattr(amounts, "_drop_carried_forward", spy)
    page1 = [
        (120, 100, "Holzbau Muster GmbH"),
        (120, 140, "Waldweg 2, 79853 Lenzkirch"),
        (900, 250, "Rechnung Nr.: RE-2027-0042"),
        (900, 290, "Datum: 09.03.2027"),
        (120, 500, "Dachlatten"),
        (1300, 500, "600,00"),
        (120, 540, "Konterlatten"),
        (1300, 540, "400,00"),
        (900, 2100, "Zwischensumme Übertrag"),
        (1300, 2100, "1.000,00"),
    ]
    page2 = [
        (900, 100, "Übertrag"),
        (1300, 100, "1.000,00"),
        (120, 200, "Montage"),
        (1300, 200, "500,00"),
        (900, 600, "Nettobetrag"),
        (1300, 600, "1.500,00"),
        (900, 640, "zzgl. 19 % MwSt"),
        (1300, 640, "285,00"),
        (900, 680, "Gesamtbetrag"),
        (1300, 680, "1.785,00"),
    ]
    fields = RuleExtractor().predict(layout([], pages=[page1, page2])).fields
    assert Decimal("1000.00") not in seen["net"] + seen["total"]
    assert fields.total == Decimal("1785.00")
