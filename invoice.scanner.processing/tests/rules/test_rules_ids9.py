"""Numbers, dates and parties: rules added after the blind sets 2026-12h and 2026-12i were
studied. A series printed apart from its folio but joined in the title, a Czech or Slovak
number under its title or after "DOBROPIS č.", a coded number beside a credit note's title, a
Thai abbreviated tax invoice's number, a pro-forma's own number, Danish "Kvitt.nr.", a till's
"Inv" number beside an order's, two date labels joined by a bare slash, the buyer's headings of
Colombian and Turkish e-invoices, Turkey's "A.Ş." read "A.$.", a signature line's "For", a
till's clerk after "Vendedor:", a ride app's "Trip receipt", and a name spelt otherwise
elsewhere on the page. Every page here is invented (other names, countries and numbers than
the pages that showed the gaps)."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction

Line = tuple[float, float, str, float]

TOTALS: list[Line] = [
    (900, 1000, "Subtotal", 26), (1300, 1000, "200.00", 26),
    (900, 1040, "VAT 20%", 26), (1300, 1040, "40.00", 26),
    (900, 1080, "Total", 26), (1300, 1080, "240.00", 26),
]  # fmt: skip


def _predict(lines: list[Line]) -> Prediction:
    return RuleExtractor().predict(sized_page([*lines, *TOTALS]))


def _doc(lines: list[Line]) -> OcrDocument:
    return sized_page([*lines, *TOTALS])


def test_a_series_printed_apart_is_read_as_the_title_joins_it() -> None:
    """Mexico's CFDI prints "Serie: B" and "Folio: 5531" apart, the title "FACTURA B-5531":
    the number is the title's, series and all."""
    reading = _predict(
        [
            (100, 80, "Comercializadora del Bajío, S.A. de C.V.", 30),
            (1100, 200, "FACTURA B-5531", 34),
            (950, 260, "Serie: B", 26), (1150, 260, "Folio: 5531", 26),
            (950, 300, "Fecha de emisión: 2025-06-11", 26),
        ]
    )  # fmt: skip
    assert reading.fields.invoice_number == "B-5531"


def test_a_czech_number_under_its_title_is_the_titles() -> None:
    """ "FAKTURA - DAŇOVÝ DOKLAD" over "č. 2025-0871" right under it: the title's number."""
    reading = _predict(
        [
            (100, 80, "Zahradnictví Hruška s.r.o.", 30),
            (900, 80, "FAKTURA - DAŇOVÝ DOKLAD", 34),
            (1100, 126, "č. 2025-0871", 34),
            (100, 300, "Dodavatel:", 26),
            (900, 400, "Datum vystavení:", 26), (1250, 400, "03.05.2025", 26),
        ]
    )  # fmt: skip
    assert reading.fields.invoice_number == "2025-0871"


def test_a_slovak_credit_notes_number_after_dobropis() -> None:
    """ "DOBROPIS č. DB2025044", the invoice it corrects cited after "k faktúre č.": the credit
    note's own number."""
    reading = _predict(
        [
            (100, 80, "Horáreň Vrch s.r.o.", 30),
            (900, 80, "DOBROPIS č. DB2025044", 30),
            (800, 130, "opravný doklad k faktúre č. FA2025301 zo dňa 02.04.2025", 22),
            (100, 400, "Dátum vyhotovenia:", 26), (500, 400, "10.04.2025", 26),
        ]
    )  # fmt: skip
    assert reading.fields.invoice_number == "DB2025044"


def test_a_coded_number_beside_a_credit_notes_title() -> None:
    """ "CREDIT NOTE" and, alone beside it on its row, "CR-003317": the document's number,
    though no label names it; a bare figure beside a title is not read so."""
    lines: list[Line] = [
        (100, 80, "Millbrook Stationers Ltd", 40),
        (150, 260, "CREDIT NOTE", 40),
        (1250, 264, "CR-003317", 34),
        (1000, 400, "Credit note date", 26), (1350, 400, "4 May 2025", 26),
    ]  # fmt: skip
    assert _predict(lines).fields.invoice_number == "CR-003317"
    lines[2] = (1250, 264, "01923 5550", 34)
    assert _predict(lines).fields.invoice_number is None


def test_a_thai_abbreviated_tax_invoices_number() -> None:
    reading = _predict(
        [
            (300, 80, "CHAO PHRAYA MART CO.,LTD.", 30),
            (300, 130, "TAX INVOICE (ABB)", 30),
            (60, 900, "TAX INV.(ABB) No. 052201-0044120", 30),
            (60, 940, "04/05/2568 10:12", 30),
        ]
    )  # fmt: skip
    assert reading.fields.invoice_number == "052201-0044120"


def test_a_pro_formas_own_number() -> None:
    """On a page titled "PROFORMA INVOICE" the pro-forma's number is the page's own; on an
    invoice that cites one it stays another document's."""
    lines: list[Line] = [
        (100, 80, "GULF STAR TRADING L.L.C.", 34),
        (1000, 80, "PROFORMA INVOICE", 40),
        (950, 200, "Proforma No.:", 26), (1350, 200, "PF-25-0077", 26),
        (950, 240, "Date:", 26), (1350, 240, "12/05/2025", 26),
    ]  # fmt: skip
    assert _predict(lines).fields.invoice_number == "PF-25-0077"
    lines[1] = (1000, 80, "TAX INVOICE", 40)
    assert _predict(lines).fields.invoice_number != "PF-25-0077"


def test_a_danish_receipts_abbreviated_number_label() -> None:
    reading = _predict(
        [
            (300, 80, "Vesterbro P-Service ApS", 30),
            (400, 160, "KVITTERING", 30),
            (60, 220, "Kvitt.nr.", 30), (800, 220, "2025-0412-00318", 30),
            (60, 260, "Indkørsel", 30), (800, 260, "12.04.2025 08:02", 30),
        ]
    )  # fmt: skip
    assert reading.fields.invoice_number == "2025-0412-00318"


def test_a_tills_inv_number_before_its_order_number() -> None:
    """ "Order #31 Table 4" and "Inv 208-1163": the till's invoice number, not the order's."""
    reading = _predict(
        [
            (500, 80, "Banksia Roasters Pty Ltd", 34),
            (600, 160, "TAX INVOICE", 34),
            (80, 240, "Order #31 Table 4", 30), (1100, 240, "12/05/2025 09:14", 30),
            (80, 290, "Served by: Jo", 30), (1250, 290, "Inv 208-1163", 30),
        ]
    )  # fmt: skip
    assert reading.fields.invoice_number == "208-1163"


def test_two_date_labels_joined_by_a_bare_slash() -> None:
    """ "Rechnungsdatum/Lieferdatum" without spaces names the invoice's date too."""
    reading = _predict(
        [
            (100, 80, "Lindner Küchenwelt GmbH", 34),
            (1200, 80, "Rechnung", 34),
            (800, 200, "Rechnungsdatum/Lieferdatum", 24), (1200, 200, "14.05.2025", 24),
            (800, 240, "Rechnungsnummer", 24), (1200, 240, "LK-2025-00712", 24),
            (800, 280, "Bestelldatum", 24), (1200, 280, "11.05.2025", 24),
        ]
    )  # fmt: skip
    assert reading.fields.invoice_date is not None
    assert reading.fields.invoice_date.isoformat() == "2025-05-14"


def test_the_buyers_headings_of_colombian_and_turkish_e_invoices() -> None:
    """ "ADQUIRIENTE" and "SAYIN" head the buyer's block, with the buyer's own e-mail address
    in it: its name is never the seller's."""
    for heading, buyer, mail, seller in (
        ("ADQUIRIENTE", "Inversiones Cordillera Ltda.", "pagos@inversionescordillera.co",
         "Ferretería La Llave S.A.S."),
        ("SAYIN", "Marmara Tekstil Ltd. Şti.", "muhasebe@marmaratekstil.com.tr",
         "Kuzey Makine Sanayi A.Ş."),
    ):  # fmt: skip
        reading = _predict(
            [
                (260, 80, seller, 26),
                (260, 120, "NIT 900.114.221-7 · Responsable de IVA", 22),
                (80, 300, heading, 30),
                (80, 340, buyer, 36),
                (80, 380, mail, 30),
                (1000, 300, "Fatura No: KM2025000000412", 26),
                (1000, 340, "Fecha: 2025-05-14", 26),
            ]
        )  # fmt: skip
        assert reading.fields.vendor_name == seller, heading


def test_a_turkish_legal_form_read_with_a_dollar_sign() -> None:
    """OCR reads the cedilla of "A.Ş." as the dollar's stroke: "A.$." is the legal form."""
    reading = _predict(
        [
            (100, 80, "Toros Kimya Sanayi ve Ticaret A.$.", 30),
            (100, 120, "Mersin", 26),
            (1000, 120, "e-FATURA", 30),
            (1000, 300, "Fatura No:", 26), (1300, 300, "TKS2025000000077", 26),
            (1000, 340, "Fatura Tarihi:", 26), (1300, 340, "14-05-2025", 26),
        ]
    )  # fmt: skip
    assert reading.fields.vendor_name == "Toros Kimya Sanayi ve Ticaret A.Ş."


def test_a_signature_lines_for_is_no_part_of_the_name() -> None:
    reading = _predict(
        [
            (100, 80, "DESERT PALM", 60),
            (100, 150, "GENERAL TRADING L.L.C.", 26),
            (1000, 200, "Invoice No.:", 26), (1300, 200, "DP-2025-0412", 26),
            (1000, 240, "Date:", 26), (1300, 240, "14/05/2025", 26),
            (100, 1300, "Account name: Desert Palm General Trading L.L.C.", 24),
            (1000, 1700, "For Desert Palm General Trading L.L.C.", 26),
            (1100, 1800, "Authorised Signatory", 26),
        ]
    )  # fmt: skip
    assert reading.fields.vendor_name == "Desert Palm General Trading L.L.C."


def test_a_tills_clerk_after_vendedor_leaves_the_cell_beside_it_alone() -> None:
    """ "Vendedor: 07 MARTA" names the clerk in the label's own cell; "Caja 2" beside it is no
    seller."""
    reading = _predict(
        [
            (200, 80, "PAPELERÍA SAN ROQUE", 40),
            (200, 140, "C/ Real, 4 - 41001 Sevilla", 30),
            (300, 200, "FACTURA SIMPLIFICADA", 30),
            (60, 260, "Nº T-2025-004417", 30), (800, 260, "14/05/2025 11:02", 30),
            (60, 320, "Vendedor: 07 MARTA", 30), (900, 320, "Caja 2", 30),
        ]
    )  # fmt: skip
    assert reading.fields.vendor_name != "Caja 2"


def test_a_ride_apps_trip_receipt_names_no_seller() -> None:
    reading = _predict(
        [
            (400, 180, "Trip receipt", 40),
            (60, 900, "Tui Scooters", 40), (850, 900, "$8.20", 40),
            (60, 960, "Sun, 4 May 2025 · 2:10 pm", 30),
        ]
    )  # fmt: skip
    assert reading.fields.vendor_name != "Trip"


def test_a_name_the_page_spells_otherwise_is_held() -> None:
    """The letterhead "MORAVA TECH" and the seller's block "Morava Tesh s.r.o.": one of them is
    misread, so the name is not approved unseen."""
    lines: list[Line] = [
        (100, 80, "MORAVA TECH", 60),
        (100, 300, "Dodavatel:", 26),
        (100, 340, "Morava Tesh s.r.o.", 26),
        (100, 380, "Hlavní 12, 602 00 Brno", 26),
        (900, 300, "Faktura č.:", 26), (1250, 300, "2025-0311", 26),
        (900, 340, "Datum vystavení:", 26), (1250, 340, "03.05.2025", 26),
    ]  # fmt: skip
    reading = RuleExtractor().predict(_doc(lines))
    assert reading.confidence.get("vendor_name", 0.0) <= 0.6
    lines[2] = (100, 340, "Morava Tech s.r.o.", 26)
    reading = RuleExtractor().predict(_doc(lines))
    assert reading.confidence.get("vendor_name", 0.0) > 0.6
