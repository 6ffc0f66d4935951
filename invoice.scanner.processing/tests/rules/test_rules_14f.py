"""Invented pages for round 14f (blind set 14f: tax regimes): the Philippine BIR block's
"VATable Sales" net beside a withholding, Malay's rounding word, till numbers after "Sale" and
after "Receipt" with a two-digit till part, Malaysia's "No. Bil", France's sole trader's
"EI", a Greek word read in Latin capitals, a sign over two lines of one size, and a sign that
spells the legal name (no doubt left between the two)."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import read_page, sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.labels import in_lookalike_capitals


def test_vatable_sales_is_the_net_beside_a_withholding() -> None:
    fields = read_page(
        [
            (100, 100, "BAYANIHAN SYSTEMS, INC.", 40),
            (100, 160, "VAT REG TIN: 009-118-220-00000", 24),
            (1100, 100, "SERVICE INVOICE", 36), (1100, 160, "No. 0002210", 28),
            (1100, 200, "March 4, 2026", 26),
            (100, 900, "VATable Sales", 24), (560, 900, "20,000.00", 24),
            (880, 900, "Total Sales (VAT Inclusive)", 24), (1440, 900, "₱22,400.00", 24),
            (100, 940, "VAT-Exempt Sales", 24), (620, 940, "0.00", 24),
            (880, 940, "Less: Withholding Tax (EWT 2%)", 24), (1460, 940, "(400.00)", 24),
            (100, 980, "VAT Amount (12%)", 24), (580, 980, "2,400.00", 24),
            (880, 1030, "TOTAL AMOUNT DUE", 26), (1420, 1030, "₱22,000.00", 26),
        ]
    )  # fmt: skip
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("20000.00"),
        Decimal("2400.00"),
        Decimal("22000.00"),
    )


def test_malay_rounding_line_is_not_part_of_the_net() -> None:
    fields = read_page(
        [
            (300, 100, "Kedai Makan Seri Pagi Sdn. Bhd.", 40),
            (100, 300, "Tarikh: 09/03/2026", 26),
            (100, 400, "Nasi Goreng", 26), (1200, 400, "20.00", 26),
            (100, 460, "Teh Ais", 26), (1200, 460, "6.00", 26),
            (100, 560, "Jumlah Kecil", 26), (1200, 560, "26.00", 26),
            (100, 610, "Caj Perkhidmatan 10%", 26), (1200, 610, "2.60", 26),
            (100, 660, "SST 6%", 26), (1200, 660, "1.72", 26),
            (100, 710, "Pembundaran", 26), (1200, 710, "-0.02", 26),
            (100, 770, "JUMLAH (RM)", 30), (1200, 770, "30.30", 30),
        ]
    )  # fmt: skip
    assert fields.total == Decimal("30.30")
    assert fields.vat == Decimal("1.72")
    assert fields.amount == Decimal("28.60")


def _till(number_line: str) -> list[tuple[float, float, str, float]]:
    return [
        (300, 100, "Harbour Books & Coffee Ltd", 40),
        (300, 160, "12 Quay Street, Falmouth", 26),
        (60, 300, number_line, 24), (900, 300, "28/02/2026 14:02", 24),
        (60, 400, "Flat white", 24), (900, 400, "3.40", 24),
        (60, 450, "Paperback", 24), (900, 450, "9.99", 24),
        (60, 550, "TOTAL", 28), (900, 550, "13.39", 28),
        (60, 600, "VAT 20% incl.", 24), (900, 600, "0.57", 24),
    ]  # fmt: skip


def test_a_sale_number_on_its_till_line() -> None:
    assert read_page(_till("Sale 118204 Till 1 Op: Morwenna")).invoice_number == "118204"


def test_a_receipt_number_with_a_two_digit_till_part() -> None:
    assert read_page(_till("Receipt 40-118733 Till 2 Ciara")).invoice_number == "40-118733"


def test_malaysias_no_bil() -> None:
    assert read_page(_till("No. Bil: SK-0077231")).invoice_number == "SK-0077231"


def test_a_french_sole_traders_ei_is_a_legal_form() -> None:
    fields = read_page(
        [
            (320, 120, "JULIEN MARCHAND", 60),
            (320, 190, "Plomberie · Chauffage · Dépannage", 40),
            (320, 280, "Julien Marchand EI · SIRET 852 417 903 00018 · APE 4322A", 34),
            (100, 400, "FACTURE N° F-2026-0042", 44),
            (100, 470, "Date: 17/01/2026", 36),
            (980, 980, "Total HT", 44), (1400, 980, "642,50 €", 44),
            (980, 1090, "Net à payer", 44), (1400, 1090, "642,50 €", 44),
            (100, 1220, "TVA non applicable, art. 293 B du CGI", 44),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Julien Marchand EI"


def _sign_and_legal(legal: str) -> list[tuple[float, float, str, float]]:
    return [
        (370, 210, "DOHERTY'S", 86),
        (495, 300, "PHARMACY", 60),
        (400, 360, legal, 60),
        (300, 420, "14 Shop Street, Galway H91 X2F4", 55),
        (410, 475, "VAT No: IE 3284417RH", 52),
        (100, 570, "Calpol 6+ 200ml", 60), (1000, 570, "€6.45", 60),
        (100, 650, "Receipt 40-118733 Till 2", 56), (900, 650, "05/03/2026", 56),
        (100, 760, "TOTAL", 66), (1000, 760, "€6.45", 66),
        (100, 830, "VAT 13.5% incl.", 56), (1000, 830, "€0.77", 56),
    ]  # fmt: skip


def test_a_sign_that_spells_the_legal_name_leaves_no_doubt() -> None:
    prediction = RuleExtractor().predict(sized_page(_sign_and_legal("Doherty's Pharmacy Ltd")))
    assert prediction.fields.vendor_name == "Doherty's Pharmacy Ltd"
    assert prediction.confidence["vendor_name"] >= 0.8


def test_a_legal_name_saying_more_than_the_sign_stays_in_doubt() -> None:
    page = sized_page(_sign_and_legal("Doherty's Pharmacy Galway Ltd"))
    prediction = RuleExtractor().predict(page)
    assert prediction.confidence["vendor_name"] <= 0.75


def test_a_greek_word_read_in_latin_capitals_is_doubted() -> None:
    greek = "ΔΙΟΝΥΣΙΟΥ 4, ΠΛΑΚΑ, 10556 ΑΘΗΝΑ · ΑΦΜ 801234567 ΔΟΥ Α' ΑΘΗΝΩΝ"
    assert in_lookalike_capitals("TABEPNA", greek)
    assert not in_lookalike_capitals("TABEPNA", "Rue de la Paix 4, 75002 Paris")
    assert not in_lookalike_capitals("KIOSK", greek)  # an S has no Greek twin
    lines = [
        (670, 110, "TABEPNA", 70),
        (340, 390, "ΔΙΟΝΥΣΙΟΥ 4, ΠΛΑΚΑ, 10556 ΑΘΗΝΑ", 55),
        (380, 460, "ΑΦΜ 801234567 ΔΟΥ Α' ΑΘΗΝΩΝ", 55),
        (60, 640, "Αρ. απόδειξης 1542", 60), (1040, 640, "09/05/2026 21:18", 60),
        (60, 750, "2 x ΣΟΥΒΛΑΚΙ ΧΟΙΡΙΝΟ", 60), (1360, 750, "6,40", 60),
        (60, 850, "ΣΥΝΟΛΟ", 66), (1360, 850, "6,40", 66),
        (60, 920, "ΦΠΑ 13%", 60), (1360, 920, "0,74", 60),
    ]  # fmt: skip
    prediction = RuleExtractor().predict(sized_page(lines))
    assert prediction.fields.vendor_name == "TABEPNA"
    assert prediction.confidence["vendor_name"] <= 0.6
