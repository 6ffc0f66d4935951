"""Review of round 14j: pages where the new agency rules and labels give a wrong answer that
the reader gave right before (the seller's own "payable to" taken for a factor's, an
"on behalf of" naming the customer taken for the principal, Bolivia's "Fecha Límite de
Emisión" taken for the invoice's date)."""

from __future__ import annotations

import datetime as dt

from rules_builders import read_page

_HEAD = [
    (100, 60, "Harrow Joinery Ltd", 34),
    (100, 110, "12 Mill Lane, Leeds LS1 4AB", 20),
    (900, 200, "Invoice No: HJ-1187", 22),
    (900, 230, "Date: 04/03/2026", 22),
]
_BODY = [
    (100, 600, "Joinery works", 22), (1300, 600, "1,000.00", 22),
    (100, 660, "VAT 20%", 22), (1300, 660, "200.00", 22),
    (100, 700, "Total", 26), (1300, 700, "1,200.00", 26),
]  # fmt: skip
_BILL_TO = [(100, 200, "Invoice to:", 20), (100, 230, "Pennine Estates Ltd", 22)]


def test_a_retention_of_title_or_credit_control_line_is_no_factoring_notice() -> None:
    # "been sold to" / "been assigned to" in an ordinary clause near the seller's own
    # "Cheques payable to ...": no factor, the seller stays the seller.
    for clause in (
        "Goods which have been sold to the customer remain our property until paid in full.",
        "Your account has been assigned to our credit control team (Sarah Pike).",
    ):
        fields = read_page(
            [
                *_HEAD,
                *_BILL_TO,
                *_BODY,
                (100, 900, "Payment within 30 days. Cheques payable to Harrow Joinery Ltd.", 20),
                (100, 930, clause, 20),
            ]
        )
        assert fields.vendor_name == "Harrow Joinery Ltd", clause


def test_on_behalf_of_the_customer_names_no_principal() -> None:
    # The customer's address block without a label (or naming it without its legal form):
    # "ordered / accepted on behalf of" the customer does not make the customer the seller.
    unlabelled = [
        *_HEAD,
        (100, 200, "Pennine Estates Ltd", 22),
        (100, 230, "4 Park Row, Leeds LS1 5HD", 22),
        *_BODY,
        (100, 900, "Works ordered on behalf of Pennine Estates Ltd by J. Moore", 20),
    ]
    acceptance = [
        *_HEAD,
        (100, 200, "Invoice to:", 20),
        (100, 230, "Pennine Estates", 22),
        (100, 260, "4 Park Row, Leeds LS1 5HD", 22),
        *_BODY,
        (100, 1000, "Accepted for and on behalf of Pennine Estates Ltd", 20),
        (100, 1040, "Signature: ..................  Date: ..........", 20),
    ]
    for page in (unlabelled, acceptance):
        assert read_page(page).vendor_name == "Harrow Joinery Ltd"


def test_bolivias_fecha_limite_de_emision_is_no_invoice_date() -> None:
    # A Bolivian factura prints the deadline of its dosage's authorisation at the foot
    # ("Fecha Límite de Emisión"): the invoice's date is the one its own label gives.
    fields = read_page(
        [
            (100, 60, "FARMACORP S.A.", 34),
            (900, 60, "FACTURA", 30),
            (900, 110, "NIT: 1028627025", 22),
            (900, 140, "Nº Factura: 004512", 22),
            (900, 170, "Nº Autorización: 29040011234567", 22),
            (100, 230, "Lugar y fecha: Santa Cruz, 14/03/2026", 22),
            (100, 270, "Señor(es): Juan Pérez", 22),
            (100, 400, "Paracetamol 500 mg", 22), (1300, 400, "25,00", 22),
            (100, 460, "TOTAL Bs.", 26), (1300, 460, "25,00", 26),
            (100, 600, "Código de Control: 7B-F3-48-A5", 20),
            (100, 630, "Fecha Límite de Emisión: 31/12/2026", 20),
        ]
    )  # fmt: skip
    assert fields.invoice_date == dt.date(2026, 3, 14)
