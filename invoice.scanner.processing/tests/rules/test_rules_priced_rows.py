# ruff: noqa: E501
"""Receipts that print their items as a name and a price, perhaps with a count, and no table
header nor "qty x price" lines (blind set 13w: 14 of 16 receipts): the rows are read only where
they add up to the net, or to net and VAT, as the evaluation's line-items check asks."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import item_rows, sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_names_and_prices_that_add_up_to_net_and_vat_are_theitem_rows() -> None:
    page = sized_page(
        [
            (280, 20, "VESUVIO", 56),
            (230, 100, "PIZZA KITCHEN · DUBLIN 8", 31),
            (71, 217, "Order VPK-58213 · 03/04/2026 19:06 · Delivery", 24),
            (71, 266, "1 × Caesar salad", 25),
            (724, 266, "€8.90", 25),
            (71, 300, "Tiramisu × 2", 25),
            (708, 300, "€13.00", 25),
            (71, 333, "2x San Pellegrino 500ml", 25),
            (724, 333, "€5.80", 25),
            (71, 367, "Garlic bread with cheese", 25),
            (724, 367, "€6.00", 25),
            (71, 463, "Subtotal", 25),
            (708, 463, "€33.70", 25),
            (71, 496, "Driver tip", 25),
            (724, 496, "€3.00", 25),
            (71, 532, "Total charged", 33),
            (666, 532, "€36.70", 33),
            (71, 586, "Total excl. VAT", 22),
            (718, 586, "€29.69", 22),
            (71, 616, "VAT 13.5% (included)", 22),
            (732, 616, "€4.01", 22),
            (71, 710, "Vesuvio Pizza Kitchen Ltd · 44 Camden Street Lower, Dublin 8", 19),
        ],
        width=867,
        height=838,
        char_width=0.45,
    )
    prediction = _predict(page)
    assert prediction.fields.total == Decimal("36.70")
    assert item_rows(prediction) == [
        ("Caesar salad", Decimal(1), Decimal("8.90")),
        ("Tiramisu", Decimal(2), Decimal("13.00")),
        ("San Pellegrino 500ml", Decimal(2), Decimal("5.80")),
        ("Garlic bread with cheese", Decimal(1), Decimal("6.00")),
    ]
    assert prediction.fields.line_items[1].unit_price == Decimal("6.50")


def test_rows_that_do_not_add_up_are_not_read() -> None:
    # A pump's litres priced beside a row that OCR dropped: the rows' sum is no whole.
    page = sized_page(
        [
            (200, 30, "COASTLINE FUEL", 30),
            (60, 120, "Pump 6 Premium Diesel", 22),
            (520, 120, "107.31", 22),
            (60, 150, "Ice 5kg", 22),
            (520, 150, "5.60", 22),
            (60, 220, "TOTAL", 26),
            (500, 220, "$118.41", 26),
            (60, 250, "GST incl.", 22),
            (520, 250, "$10.76", 22),
        ],
        width=700,
        height=400,
        char_width=0.45,
    )
    assert _predict(page).fields.line_items == []


def test_an_unlabelled_subtotal_row_ends_theitem_rows() -> None:
    page = sized_page(
        [
            (280, 90, "Café Linde", 50),
            (360, 200, "Linde Gastro GmbH", 30),
            (50, 430, "Beleg 71-20458", 30),
            (870, 430, "25.04.2026 10:22", 30),
            (50, 590, "1 Apfelstrudel", 30),
            (1200, 590, "9.50", 30),
            (50, 655, "1 Latte Macchiato", 30),
            (1200, 655, "5.80", 30),
            (50, 720, "2 Gipfeli", 30),
            (1200, 720, "4.60", 30),
            (50, 960, "Zwischensaldo", 30),
            (1170, 960, "19.90", 30),
            (50, 1090, "TOTAL CHF", 40),
            (1110, 1090, "19.90", 40),
            (50, 1350, "MWST 2.6% incl.", 30),
            (1170, 1350, "0.50", 30),
        ],
        width=1400,
        height=1500,
        char_width=0.45,
    )
    items = item_rows(_predict(page))
    assert items == [
        ("Apfelstrudel", Decimal(1), Decimal("9.50")),
        ("Latte Macchiato", Decimal(1), Decimal("5.80")),
        ("Gipfeli", Decimal(2), Decimal("4.60")),
    ]


def test_a_labelled_charge_above_the_total_is_an_item_when_the_sum_says_so() -> None:
    page = sized_page(
        [
            (210, 190, "Kauri Street Eatery", 42),
            (270, 290, "Receipt #1048-27", 28),
            (63, 383, "Big Breakfast", 25),
            (676, 383, "$26.50", 25),
            (63, 416, "Flat white × 2", 25),
            (676, 416, "$11.00", 25),
            (63, 450, "Card surcharge 1.5%", 25),
            (692, 450, "$0.56", 25),
            (63, 581, "Total", 36),
            (624, 581, "$38.06", 36),
            (63, 628, "GST included (15%)", 24),
            (696, 628, "$4.96", 24),
        ],
        width=867,
        height=800,
        char_width=0.45,
    )
    items = item_rows(_predict(page))
    assert [a for _, _, a in items] == [Decimal("26.50"), Decimal("11.00"), Decimal("0.56")]
    assert items[1][:2] == ("Flat white", Decimal(2))


def test_a_summarys_lines_under_a_table_not_read_are_noitem_rows() -> None:
    # The items sit in a table the reader did not take; under it, the summary's own lines: the
    # net under a word of its own, empty charges at 0,00 and the VAT add up to net and VAT.
    page = sized_page(
        [
            (60, 40, "Hausverwaltung Lenz GmbH", 30),
            (60, 120, "Rechnung Nr. 2026-114", 24),
            (60, 160, "Rechnungsdatum 12.03.2026", 24),
            (60, 400, "Positionssumme", 22), (600, 400, "286,52", 22),
            (60, 430, "Gesamtbetrag der Zuschläge", 22), (600, 430, "0,00", 22),
            (60, 460, "Umsatzsteuer 19 %", 22), (610, 460, "54,44", 22),
            (60, 500, "Rechnungssumme ohne USt.", 22), (600, 500, "286,52", 22),
            (60, 530, "Bruttosumme", 22), (600, 530, "340,96", 22),
        ],
        width=800,
        height=700,
        char_width=0.45,
    )  # fmt: skip
    prediction = _predict(page)
    assert prediction.fields.total == Decimal("340.96")
    assert prediction.fields.line_items == []


def test_prices_in_whole_yen_with_sizes_and_counts_in_the_names() -> None:
    page = sized_page(
        [
            (200, 30, "HIKARI MART", 40),
            (60, 110, "3-22-7 Shinjuku, Shinjuku-ku, Tokyo", 22),
            (60, 150, "Registration No. T6011101045678", 22),
            (60, 190, "RECEIPT", 26),
            (60, 230, "2026/06/03(Wed) 08:22", 22),
            (60, 280, "Bento karaage ※", 22), (560, 280, "¥598", 22),
            (60, 310, "Onigiri salmon ※ x2", 22), (560, 310, "¥360", 22),
            (60, 340, "Green tea 600ml ※", 22), (560, 340, "¥162", 22),
            (60, 370, "Umbrella 60cm", 22), (560, 370, "¥880", 22),
            (60, 420, "Total", 26), (540, 420, "¥2,000", 26),
            (60, 450, "(10% target ¥880)", 22),
            (60, 480, "(tax 10% ¥80)", 22),
            (60, 510, "(8% target ¥1,120)", 22),
            (60, 540, "(tax 8% ¥83)", 22),
        ],
        width=700,
        height=640,
        char_width=0.45,
    )  # fmt: skip
    prediction = _predict(page)
    assert prediction.fields.currency == "JPY"
    assert prediction.fields.total == Decimal(2000)
    assert [a for _, _, a in item_rows(prediction)] == [
        Decimal(598),
        Decimal(360),
        Decimal(162),
        Decimal(880),
    ]
    assert item_rows(prediction)[1][:2] == ("Onigiri salmon ※", Decimal(2))


def test_a_count_and_unit_price_in_columns_before_the_amount() -> None:
    page = sized_page(
        [
            (200, 30, "TAQUERIA EL PASTOR", 36),
            (60, 110, "Cuenta 0042   18/04/2026 14:37", 22),
            (60, 200, "Sopa de tortilla", 22), (400, 200, "1", 22), (470, 200, "89.00", 22), (600, 200, "89.00", 22),
            (60, 230, "Tacos al pastor", 22), (400, 230, "3", 22), (470, 230, "98.00", 22), (590, 230, "294.00", 22),
            (60, 300, "Subtotal", 22), (590, 300, "383.00", 22),
            (60, 330, "IVA 16%", 22), (600, 330, "61.28", 22),
            (60, 360, "Total", 26), (590, 360, "444.28", 26),
        ],
        width=720,
        height=460,
        char_width=0.45,
    )  # fmt: skip
    prediction = _predict(page)
    assert prediction.fields.amount == Decimal("383.00")
    assert [
        (i.description, i.quantity, i.unit_price, i.amount) for i in prediction.fields.line_items
    ] == [
        ("Sopa de tortilla", Decimal(1), Decimal("89.00"), Decimal("89.00")),
        ("Tacos al pastor", Decimal(3), Decimal("98.00"), Decimal("294.00")),
    ]
