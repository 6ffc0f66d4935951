"""Line items: tables whose descriptions look like labels, summary rows without labels, header
cells naming a column two ways, and till slips without a header row."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from rules_builders import layout

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor

Layout = Callable[..., OcrDocument]
Row = tuple[str | None, Decimal | None, Decimal | None, Decimal | None]


def _items(doc: OcrDocument) -> list[Row]:
    fields = RuleExtractor().predict(doc).fields
    return [(i.description, i.quantity, i.unit_price, i.amount) for i in fields.line_items]


def _d(value: str) -> Decimal:
    return Decimal(value)


def test_descriptions_that_start_like_labels_stay_items(make_layout: Layout) -> None:
    # "Delivery" is a shipping label and "Web" a contact label; in a description with a
    # quantity they are items, and the table ends only at the real summary rows.
    doc = make_layout(
        [
            (100, 80, "Kingsbridge Ltd."),
            (144, 600, "#"),
            (228, 600, "Item"),
            (946, 600, "Qty"),
            (1112, 600, "Unit Price"),
            (1462, 600, "Net"),
            (144, 640, "1"),
            (228, 640, "Delivery pallets"),
            (980, 640, "2"),
            (1171, 640, "19.53"),
            (1438, 640, "39.06"),
            (144, 680, "2"),
            (228, 680, "Website design"),
            (980, 680, "1"),
            (1130, 680, "1,053.09"),
            (1400, 680, "1,053.09"),
            (965, 760, "Subtotal:"),
            (1322, 760, "GBP 1,092.15"),
            (965, 800, "VAT 20%"),
            (1338, 800, "GBP 218.43"),
            (965, 840, "Invoice Total:"),
            (1267, 840, "GBP 1,310.58"),
        ]
    )
    assert _items(doc) == [
        ("Delivery pallets", _d("2"), _d("19.53"), _d("39.06")),
        ("Website design", _d("1"), _d("1053.09"), _d("1053.09")),
    ]


def test_unlabelled_summary_row_ends_the_table(make_layout: Layout) -> None:
    # "Items Total" is no label we know, but words under the number columns with no
    # description are a summary row, not an item.
    doc = make_layout(
        [
            (144, 600, "Description"),
            (953, 600, "Units"),
            (1149, 600, "Unit Price"),
            (1424, 600, "Line Total"),
            (144, 640, "LED panel light 60x60"),
            (1006, 640, "3"),
            (1208, 640, "33.94"),
            (1484, 640, "101.82"),
            (1011, 700, "Items Total"),
            (1412, 700, "$101.82"),
            (1011, 740, "Sales Tax 5%"),
            (1452, 740, "$5.09"),
            (1011, 780, "TOTAL"),
            (1412, 780, "$106.91"),
        ]
    )
    assert _items(doc) == [("LED panel light 60x60", _d("3"), _d("33.94"), _d("101.82"))]


def test_header_cell_with_two_names(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (230, 600, "Product / Service"),
            (975, 600, "Qty"),
            (1149, 600, "Unit Price"),
            (1452, 600, "Amount"),
            (230, 640, "Training workshop"),
            (982, 640, "2.5"),
            (1193, 640, "970.26"),
            (1444, 640, "2,425.65"),
            (1011, 700, "Net Amount"),
            (1367, 700, "USD 2,425.65"),
        ]
    )
    assert _items(doc) == [("Training workshop", _d("2.5"), _d("970.26"), _d("2425.65"))]


def test_position_numbers_left_of_the_description_are_dropped(make_layout: Layout) -> None:
    # An OCR engine can lose the "#" header cell; the line numbers must not join the
    # description.
    doc = make_layout(
        [
            (224, 600, "Item"),
            (948, 600, "Qty"),
            (1110, 600, "Unit Price"),
            (1457, 600, "Net"),
            (143, 640, "10"),
            (229, 640, "Office chair, ergonomic"),
            (977, 640, "1"),
            (1155, 640, "218.86"),
            (1420, 640, "218.86"),
            (964, 700, "Subtotal:"),
            (1324, 700, "218.86"),
        ]
    )
    assert _items(doc) == [("Office chair, ergonomic", _d("1"), _d("218.86"), _d("218.86"))]


def test_till_slip_items_below_their_descriptions(make_layout: Layout) -> None:
    slip = [
        (139, 20, "Dupré Fournitures SAS"),
        (278, 120, "Reçu"),
        (39, 150, "Réf. facture:"),
        (453, 150, "RE-22-21983"),
        (64, 200, "----------------------------------------"),
        (39, 230, "Eau minérale"),
        (64, 260, "2 × 1,42"),
        (538, 260, "2,84"),
        (39, 290, "Piles AA x4"),
        (64, 320, "4×6,10"),
        (524, 320, "24,40"),
        (39, 350, "Tournevis de précision,"),
        (39, 380, "jeu de 6"),
        (64, 410, "1 x 12,50"),
        (524, 410, "12,50"),
        (64, 440, "----------------------------------------"),
        (39, 470, "Total HT:"),
        (497, 470, "39,74 €"),
        (39, 500, "TVA 20 %"),
        (497, 500, "7,95 €"),
        (39, 530, "Total TTC:"),
        (474, 530, "47,69 €"),
    ]
    assert _items(make_layout(slip, width=630, height=1000)) == [
        ("Eau minérale", _d("2"), _d("1.42"), _d("2.84")),
        ("Piles AA x4", _d("4"), _d("6.10"), _d("24.40")),
        ("Tournevis de précision, jeu de 6", _d("1"), _d("12.50"), _d("12.50")),
    ]


def test_till_slip_item_on_one_line(make_layout: Layout) -> None:
    slip = [
        (39, 100, "Coffee beans 2 x 7.50"),
        (500, 100, "15.00"),
        (39, 130, "Milk 1 @ 1.20"),
        (500, 130, "1.20"),
        (39, 170, "Total"),
        (500, 170, "16.20"),
    ]
    assert _items(make_layout(slip, width=630, height=1000)) == [
        ("Coffee beans", _d("2"), _d("7.50"), _d("15.00")),
        ("Milk", _d("1"), _d("1.20"), _d("1.20")),
    ]


def test_slip_lines_that_do_not_add_up_are_no_items(make_layout: Layout) -> None:
    # A quantity × price that does not give the amount is something else (dimensions,
    # a phone number); no item is invented from it.
    slip = [
        (39, 100, "Pallet 2 x 1,20"),
        (500, 100, "9,99"),
        (39, 170, "Total"),
        (500, 170, "9,99"),
    ]
    assert _items(make_layout(slip, width=630, height=1000)) == []


def _shipped(total_line: str) -> OcrDocument:
    return layout(
        [
            (144, 600, "Description"),
            (953, 600, "Units"),
            (1149, 600, "Unit Price"),
            (1424, 600, "Line Total"),
            (144, 640, "Network switch 24-port"),
            (1006, 640, "2"),
            (1193, 640, "100.00"),
            (1468, 640, "200.00"),
            (1011, 700, "Shipping & Handling"),
            (1468, 700, "$15.00"),
            (1011, 740, "Net Amount"),
            (1412, 740, total_line),
            (1011, 780, "Sales Tax 5%"),
            (1452, 780, "$10.75"),
            (1011, 820, "TOTAL"),
            (1412, 820, "$225.75"),
        ]
    )


def test_label_with_trailing_words_reads_the_value_beside_it() -> None:
    # "Shipping & Handling": the words after "Shipping" belong to the label.
    fields = RuleExtractor().predict(_shipped("$215.00")).fields
    assert fields.shipping == Decimal("15.00")
    assert fields.amount == Decimal("215.00")


def test_items_that_add_up_to_the_net_amount_are_confident() -> None:
    extractor = RuleExtractor()
    assert extractor.predict(_shipped("$215.00")).confidence["line_items"] >= 0.9
    # Items that do not add up to the net (a row was missed) are not.
    other = _shipped("$315.00")
    assert extractor.predict(other).confidence["line_items"] <= 0.5
