"""North American and Oceanian documents (blind set 12n's classes, invented pages): a receipt's
number after a mid-line "RCPT#", Quebec's "No de facture", a till's key line without colons
("ST 0219 LN 03 OP 044 TRN 5127"), a café's "Order 512." as its only number, Canadian and New
Zealand receipts that print no currency, and statements whose amount due carries an earlier
balance or follows an insurer's payment."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import infer_currency


def _read(doc: OcrDocument):  # type: ignore[no-untyped-def]
    return RuleExtractor().predict(doc)


def _receipt(number_line: str, *, header: tuple[str, ...] = ()) -> OcrDocument:
    lines = [
        (60, 40, "Pinecrest Drugstore", 36),
        (60, 90, "88 Elm Ave, Dayton, OH 45402", 26),
        *((60, 130 + 40 * i, text, 26) for i, text in enumerate(header)),
        (40, 260, "VITAMIN C 500MG", 26), (560, 260, "8.49", 26),
        (40, 300, "HAND SOAP", 26), (560, 300, "3.29 T", 26),
        (40, 340, "SUBTOTAL", 26), (560, 340, "11.78", 26),
        (40, 380, "TAX 6%", 26), (560, 380, "0.20", 26),
        (40, 420, "TOTAL", 26), (560, 420, "11.98", 26),
        (40, 460, "VISA", 26), (560, 460, "11.98", 26),
        (40, 540, number_line, 26),
        (40, 600, "Thank you for shopping with us", 26),
    ]  # fmt: skip
    return sized_page(lines, width=760, height=700)


def test_a_label_closing_with_its_mark_counts_mid_line() -> None:
    doc = _receipt("03/02/2026 4:10 PM RCPT# 7712-3-0091")
    assert _read(doc).fields.invoice_number == "7712-3-0091"


def test_a_tills_keys_without_colons_give_the_transactions_number() -> None:
    doc = _receipt("ST 0219 LN 03 OP 044 TRN 5127")
    assert _read(doc).fields.invoice_number == "5127"


def test_an_order_line_is_a_receipts_only_number() -> None:
    doc = _receipt("Thanks for visiting", header=("Order 512.", "Table 7"))
    assert _read(doc).fields.invoice_number == "512"


def _facture() -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Toitures Lavigne inc.", 40),
            (60, 120, "220, rue Principale, Sherbrooke (Québec) J1H 2K8", 26),
            (700, 220, "FACTURE", 40),
            (60, 300, "Facturé à :", 30), (700, 300, "No de facture :", 30),
            (700, 340, "00415", 30),
            (60, 340, "M. Olivier Gagnon", 30),
            (700, 380, "Date :", 30), (700, 420, "2026-02-09", 30),
            (60, 600, "Description", 30), (900, 600, "Montant", 30),
            (60, 650, "Réparation de bardeaux", 30), (900, 650, "1 000,00 $", 30),
            (600, 720, "Sous-total", 30), (900, 720, "1 000,00 $", 30),
            (600, 770, "TPS (5 %)", 30), (900, 770, "50,00 $", 30),
            (600, 820, "TVQ (9,975 %)", 30), (900, 820, "99,75 $", 30),
            (600, 870, "Total", 30), (900, 870, "1 149,75 $", 30),
        ],
        width=1200,
        height=1400,
    )  # fmt: skip


def test_quebecs_no_de_facture_labels_the_number() -> None:
    assert _read(_facture()).fields.invoice_number == "00415"


def test_a_canadian_business_number_in_groups_and_postal_code_name_the_dollar() -> None:
    text = "Cedar Hardware Ltd.\n14 Main St, Victoria BC V8W 1A1\nGST# 81234 5678 RT0001"
    assert infer_currency(text) == "CAD"


def test_a_gst_number_in_three_groups_names_the_new_zealand_dollar() -> None:
    text = "Rimu Tools Ltd\n9 Kowhai Rd, Rotorua\nGST Reg No: 104-882-316"
    assert infer_currency(text) == "NZD"


def _statement() -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Ashby & Rowe LLP", 40),
            (60, 120, "40 Court St, Hartford, CT 06103", 26),
            (700, 200, "INVOICE", 40),
            (700, 260, "Invoice No.: 73310", 30),
            (700, 300, "Date: 03/31/2026", 30),
            (60, 600, "Professional services", 30), (900, 600, "$4,200.00", 30),
            (60, 650, "Total current charges", 30), (900, 650, "$4,200.00", 30),
            (60, 700, "Previous balance", 30), (900, 700, "$1,500.00", 30),
            (60, 750, "Payment received 03/02/26", 30), (900, 750, "($1,000.00)", 30),
            (60, 800, "Past due balance", 30), (900, 800, "$500.00", 30),
            (60, 850, "TOTAL AMOUNT DUE", 30), (900, 850, "$4,700.00", 30),
        ],
        width=1200,
        height=1400,
    )  # fmt: skip


def test_a_total_amount_due_with_an_earlier_balance_is_no_total() -> None:
    assert _read(_statement()).fields.total == Decimal("4200.00")


def _clinic() -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Lakeview Eye Care, Inc.", 40),
            (60, 120, "12 Shore Dr, Madison, WI 53703", 26),
            (700, 200, "STATEMENT", 40),
            (700, 260, "Invoice No. 2026-0455", 30),
            (700, 300, "Date: 04/12/2026", 30),
            (60, 600, "Eye exam", 30), (900, 600, "$180.00", 30),
            (60, 650, "Lenses", 30), (900, 650, "$220.00", 30),
            (60, 700, "Total charges", 30), (900, 700, "$400.00", 30),
            (60, 750, "Insurance payment - VSP", 30), (900, 750, "-$250.00", 30),
            (60, 800, "Patient payments", 30), (900, 800, "$0.00", 30),
            (60, 850, "PATIENT BALANCE DUE", 30), (900, 850, "$150.00", 30),
        ],
        width=1200,
        height=1400,
    )  # fmt: skip


def test_the_balance_after_an_insurers_payment_is_no_total() -> None:
    fields = _read(_clinic()).fields
    assert fields.total == Decimal("400.00")
