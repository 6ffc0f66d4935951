"""Review of round 14f: faults found in its first version (each test passed on c966a9e and
failed on b26c83b): VATable sales beside exempt sales taken for the whole net, and an order
type under a sign joined to it."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import read_page, sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor


def test_vatable_sales_beside_exempt_sales_is_not_the_whole_net() -> None:
    """A Philippine till's BIR block in the common order "VATable Sales" / "VAT Amount" /
    "VAT Exempt Sales" / "Zero Rated Sales" (a senior citizen's exempt meal): the printed
    TOTAL is 162.00 = 100.00 VATable + 12.00 VAT + 50.00 exempt; the VATable sales are only
    part of the net."""
    lines = [
        (300, 100, "KAINAN NI ALING NENA", 40),
        (300, 160, "VAT REG TIN: 009-118-220-00000", 24),
        (300, 200, "Quezon City, Metro Manila", 24),
        (60, 300, "OR No. 0004471", 24), (900, 300, "03/04/2026 12:14", 24),
        (60, 400, "Adobo rice", 24), (900, 400, "112.00", 24),
        (60, 450, "Senior meal", 24), (900, 450, "50.00", 24),
        (60, 520, "TOTAL", 28), (900, 520, "162.00", 28),
        (60, 600, "VATable Sales", 24), (900, 600, "100.00", 24),
        (60, 640, "VAT Amount", 24), (900, 640, "12.00", 24),
        (60, 680, "VAT Exempt Sales", 24), (900, 680, "50.00", 24),
        (60, 720, "Zero Rated Sales", 24), (900, 720, "0.00", 24),
    ]  # fmt: skip
    fields = read_page(lines)
    assert fields.total == Decimal("162.00")
    assert fields.amount == Decimal("150.00")


def test_an_order_type_under_the_sign_is_no_part_of_the_name() -> None:
    """A takeaway's slip prints the order type in the sign's own size centred under it
    ("MAPLE DELI" / "TAKE AWAY"): two capitals words of one size, but not the sign's."""
    lines = [
        (380, 160, "MAPLE DELI", 100),
        (380, 280, "TAKE AWAY", 100),
        (240, 390, "412 Queen St W, Toronto ON M5V 2A8", 55),
        (45, 630, "Check #20418", 60), (800, 630, "Mar 7 2026 8:52 PM", 55),
        (45, 750, "Poutine classic", 60), (1150, 750, "14.50", 60),
        (45, 850, "Subtotal", 60), (1150, 850, "14.50", 60),
        (45, 920, "HST 13%", 60), (1150, 920, "1.89", 60),
        (45, 990, "Total", 60), (1150, 990, "16.39", 60),
    ]  # fmt: skip
    assert read_page(lines).vendor_name == "MAPLE DELI"


def test_spanish_el_read_as_ei_inside_a_name_is_no_legal_form() -> None:
    """OCR reads Spanish "El" as "EI" ("CAFETERIA EI SOL S.L."): France's "EI" closes a
    name, so before another word it is no legal form and the name keeps its trust."""
    lines = [
        (300, 100, "CAFETERIA EI SOL S.L.", 44),
        (300, 160, "C/ Mayor 12, 28013 Madrid", 26),
        (300, 200, "CIF B-84512377", 26),
        (60, 300, "Factura simplificada T-004471", 26), (900, 300, "14/03/2026 09:12", 26),
        (60, 400, "Café con leche", 26), (900, 400, "1,80", 26),
        (60, 450, "Tostada", 26), (900, 450, "2,40", 26),
        (60, 550, "TOTAL", 30), (900, 550, "4,20", 30),
        (60, 600, "IVA 10% incluido", 26), (900, 600, "0,38", 26),
    ]  # fmt: skip
    prediction = RuleExtractor().predict(sized_page(lines))
    assert prediction.fields.vendor_name == "CAFETERIA EI SOL S.L."
    assert prediction.confidence["vendor_name"] >= 0.8
