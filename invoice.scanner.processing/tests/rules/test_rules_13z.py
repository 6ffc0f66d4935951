"""Invented pages for round 13z (blind set 13z: wholesale invoices with many lines and several
tax rates, supermarket and till receipts): a Nordic attention line, a payment scheme before
the payee, Ireland's "Co." of a county, India's tax totals per component, a sign over its
legal name glued by OCR, Colombia's money, a Skonto sentence whose net branch wraps, and a
line's discount column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import read_page, sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor

_SWEDISH_TOTALS = [
    (944, 1372, "Summa exkl. moms", 24),
    (1446, 1372, "10 000,00", 24),
    (944, 1405, "Moms 25 %", 24),
    (1446, 1405, "2 500,00", 24),
    (961, 1476, "Att betala SEK", 30),
    (1392, 1476, "12 500,00", 30),
]


def test_a_name_over_a_nordic_attention_line_is_the_customer() -> None:
    # "Att: Ekonomi" under "Hotell Fjällgården AB" addresses the page to that company: the
    # seller is the letterhead's, though it prints no legal form.
    fields = read_page(
        [
            (111, 125, "NORDVIKS", 61),
            (1273, 118, "FAKTURA", 56),
            (1056, 215, "Fakturanummer", 24),
            (1450, 215, "7189970", 24),
            (1056, 247, "Fakturadatum", 24),
            (1421, 247, "2026-10-09", 24),
            (111, 312, "Hotell Fjällgården AB", 28),
            (111, 348, "Att: Ekonomi", 28),
            (111, 384, "Box 112", 28),
            (111, 420, "837 52 Åre", 28),
            *_SWEDISH_TOTALS,
        ]
    )
    assert fields.vendor_name != "Hotell Fjällgården AB"


def test_a_payment_scheme_before_the_payee_is_no_part_of_its_name() -> None:
    fields = read_page(
        [
            (135, 134, "PENNINE", 41),
            (335, 134, "CATERING", 41),
            (553, 134, "SUPPLIES", 41),
            (766, 134, "LTD", 41),
            (1150, 134, "INVOICE", 44),
            (900, 260, "Invoice No.", 30),
            (1250, 260, "PCS-88213", 30),
            (900, 300, "Date", 30),
            (1250, 300, "14/05/2026", 30),
            (900, 1200, "Net", 30),
            (1400, 1200, "£100.00", 30),
            (900, 1240, "VAT 20%", 30),
            (1400, 1240, "£20.00", 30),
            (900, 1280, "Total", 30),
            (1400, 1280, "£120.00", 30),
            (103, 1525, "BACS: Pennine Catering Supplies Ltd Sort 20-41-56 Acc 73019284", 39),
        ]
    )
    assert fields.vendor_name == "Pennine Catering Supplies Ltd"


def test_an_irish_county_is_no_company() -> None:
    # "Co. Tipperary" is the county of an address (the customer's here): no legal form, no
    # seller; the seller is the letterhead's name.
    fields = read_page(
        [
            (241, 105, "Suir Valley Co-op", 71),
            (1155, 121, "VAT INVOICE", 43),
            (241, 169, "Agri Stores · Feed Mill · Fuels · Cahir, Co. Tipperary", 37),
            (91, 272, "Bill to:", 39),
            (846, 276, "Invoice No.", 31),
            (1267, 272, "INV558847", 37),
            (93, 302, "Michael O'Dwyer", 37),
            (842, 302, "Date", 39),
            (1263, 300, "17/06/2026", 37),
            (95, 337, "Ballybrado Farm", 31),
            (93, 364, "Cahir, Co. Tipperary", 37),
            (900, 1200, "Net", 30),
            (1400, 1200, "€100.00", 30),
            (900, 1240, "VAT 23%", 30),
            (1400, 1240, "€23.00", 30),
            (900, 1280, "Total", 30),
            (1400, 1280, "€123.00", 30),
        ]
    )
    assert fields.vendor_name == "Suir Valley Co-op"


def test_indias_totals_per_tax_component_make_the_tax() -> None:
    # Under a GST summary per rate, "Total CGST" and "Total SGST" are each half the tax, no
    # total of the document; "NET PAYABLE" after the round-off is the total.
    fields = read_page(
        [
            (111, 120, "Kaveri Pharma Distributors Pvt. Ltd.", 40),
            (1200, 120, "TAX INVOICE", 40),
            (900, 220, "Invoice No.", 25),
            (1250, 220, "KPD/25-26/11266", 25),
            (900, 255, "Invoice Date", 25),
            (1250, 255, "08/01/2026", 25),
            (944, 759, "Taxable Amount", 25),
            (1389, 759, "1,27,483.75", 25),
            (944, 795, "Total CGST", 25),
            (1425, 795, "6,186.56", 25),
            (944, 831, "Total SGST", 25),
            (1425, 831, "6,186.56", 25),
            (944, 867, "Round Off", 25),
            (1475, 867, "0.13", 25),
            (961, 930, "NET PAYABLE (₹)", 31),
            (1341, 930, "1,39,857.00", 31),
        ]
    )
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("127483.75"),
        Decimal("12373.12"),
        Decimal("139857.00"),
    )


def test_a_sign_over_its_legal_name_glued_by_ocr_spaces_the_legal_name() -> None:
    fields = read_page(
        [
            (205, 71, "SUPERMERCADOS LEVANTE", 56),
            (250, 135, "SUPERMERCADOSLEVANTE, S.A.", 46),
            (430, 182, "A-46103834", 43),
            (238, 222, "C/ COLÓN 41 - 46004 VALENCIA", 52),
            (39, 316, "26/08/2026 21:59", 47),
            (141, 362, "FACTURA SIMPLIFICADA: 2876-016-717224", 46),
            (35, 600, "TOTAL", 52),
            (850, 600, "12,10", 52),
            (35, 660, "IVA 10%", 46),
            (850, 660, "1,10", 46),
        ]
    )
    assert fields.vendor_name == "SUPERMERCADOS LEVANTE, S.A."


def test_a_colombian_till_prices_in_pesos() -> None:
    # "$ 149.400" with a NIT as Colombia writes it and a Medellín address: pesos of Colombia,
    # though the customer line says "CONSUMIDOR FINAL" as Argentina's tills do too.
    fields = read_page(
        [
            (243, 58, "LA CANASTA", 73),
            (312, 185, "NIT 900.487.215-3", 37),
            (228, 226, "Cra 43A # 18 Sur - 135, Medellín", 41),
            (230, 413, "Fecha: 2026-11-06", 40),
            (88, 455, "Cliente: CONSUMIDOR FINAL", 40),
            (35, 582, "LECHE ENTERA 1,1 L", 37),
            (783, 578, "$ 4.650", 42),
            (35, 900, "TOTAL", 45),
            (760, 900, "$ 4.650", 45),
        ]
    )
    assert fields.currency == "COP"


def test_a_skonto_deadline_whose_net_branch_opens_the_next_line_is_no_due_date() -> None:
    fields = read_page(
        [
            (111, 120, "Frischdienst Rheinland GmbH & Co. KG", 40),
            (1200, 120, "Rechnung", 40),
            (1000, 287, "Rechnungsnummer", 24),
            (1423, 287, "RE-26-140913", 24),
            (1000, 319, "Rechnungsdatum", 24),
            (1423, 319, "11.02.2026", 24),
            (900, 800, "Nettobetrag", 24),
            (1400, 800, "1.000,00 €", 24),
            (900, 840, "MwSt 19 %", 24),
            (1400, 840, "190,00 €", 24),
            (900, 880, "Rechnungsbetrag", 24),
            (1400, 880, "1.190,00 €", 24),
            (111, 1038, "Zahlbar bis 21.02.2026 mit 2 % Skonto (23,80 €) = 1.166,20 €,", 24),
            (111, 1070, "bis 13.03.2026 netto ohne Abzug.", 24),
        ]
    )
    assert fields.due_date == date(2026, 3, 13)


def test_an_irish_designated_activity_company_is_a_legal_name() -> None:
    # "DAC" closes an Irish company's name; the footer's "Co. Dublin" is the county of its
    # address, no form of its own.
    fields = read_page(
        [
            (197, 89, "AERLINN", 72),
            (1258, 105, "Invoice / Sonrasc", 33),
            (111, 317, "Invoice number", 25),
            (417, 317, "EI-INV-26-5530981", 25),
            (111, 356, "Invoice date", 25),
            (417, 356, "14 May 2026", 25),
            (900, 1200, "Net", 25),
            (1400, 1200, "€100.00", 25),
            (900, 1240, "VAT 23%", 25),
            (1400, 1240, "€23.00", 25),
            (900, 1280, "Total", 25),
            (1400, 1280, "€123.00", 25),
            (
                244,
                2186,
                "Aerlinn Air DAC · Registered in Ireland No. 712348 · Airside Business Park, "
                "Swords, Co. Dublin K67 P8C9 · VAT IE 3412876RH",
                19,
            ),
        ]
    )
    assert fields.vendor_name == "Aerlinn Air DAC"


def _swedish_items(amount_head: list[tuple[float, float, str, float]]):  # type: ignore[no-untyped-def]
    head = [
        (118, 526, "Art.nr", 22),
        (240, 526, "Benämning", 22),
        (939, 526, "Antal", 22),
        (1162, 526, "à-pris", 22),
        (1243, 526, "Rab %", 22),
        *amount_head,
    ]
    rows = []
    data = [
        ("206120", "Kycklingfilé fryst", "8", "459,66", "2", "3 603,73", "12"),
        ("209505", "Majonnäs", "5", "243,78", "0", "1 218,90", "12"),
        ("310044", "Plastfolie 45 cm", "40", "170,13", "10", "6 124,68", "25"),
    ]
    y = 563
    for art, desc, qty, price, disc, amount, rate in data:
        rows += [
            (118, y, art, 22),
            (240, y, desc, 22),
            (981, y, qty, 22),
            (1155, y, price, 22),
            (1298, y, disc, 22),
            (1386, y, amount, 22),
            (1524, y, rate, 22),
        ]
        y += 33
    prediction = RuleExtractor().predict(
        sized_page(
            [
                (111, 125, "NORDVIKS AB", 61),
                (1056, 215, "Fakturanummer", 24),
                (1450, 215, "7189970", 24),
                (1056, 247, "Fakturadatum", 24),
                (1421, 247, "2026-10-09", 24),
                *head,
                *rows,
                (944, 1372, "Summa exkl. moms", 24),
                (1446, 1372, "10 947,31", 24),
                (944, 1405, "Moms", 24),
                (1446, 1405, "2 736,83", 24),
                (961, 1476, "Att betala SEK", 30),
                (1392, 1476, "13 684,14", 30),
            ]
        )
    )
    return [(i.description, i.unit_price, i.amount) for i in prediction.fields.line_items]


_SWEDISH_ITEMS = [
    ("Kycklingfilé fryst", Decimal("459.66"), Decimal("3603.73")),
    ("Majonnäs", Decimal("243.78"), Decimal("1218.90")),
    ("Plastfolie 45 cm", Decimal("170.13"), Decimal("6124.68")),
]


def test_a_discount_column_is_no_price() -> None:
    # "Rab %" between the unit price and the amount: the line's discount, not its price.
    items = _swedish_items([(1397, 526, "Belopp", 22), (1520, 526, "Moms", 22)])
    assert items == _SWEDISH_ITEMS
