"""Invented pages for round i13k: a payment platform's receipt that prints the number of the
invoice it pays beside its own is never approved unseen; a legal name that opens with its legal
form is whole, never the tail of the sign above it; a "$" glued after letters is a misread S;
a logo's word over a mixed-case legal name the page prints whole elsewhere opens that name; a
logo's letter before a lower-case wordmark is no part of it; one word in the name's capitals
under a till's sign ends the sign, a descriptor in another case does not; and one word ending
in a street's word is no address."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_receipt_for_a_paid_invoice_holds_its_number() -> None:
    doc = sized_page(
        [
            (220, 170, "quillstack", 50), (1320, 150, "Receipt", 56),
            (140, 315, "Invoice number", 24), (470, 315, "A1B2C3D4-0017", 24),
            (140, 350, "Receipt number", 24), (470, 350, "3391-0442", 24),
            (140, 388, "Date paid", 24), (470, 388, "March 3, 2026", 24),
            (140, 510, "Quillstack, Inc.", 24), (830, 510, "Bill to", 24),
            (140, 543, "77 Harbor St, Portland, OR 97201", 24),
            (830, 543, "Fernwood Design LLC", 24),
            (140, 816, "Description", 22), (1470, 816, "Amount", 22),
            (140, 875, "Team plan", 25), (1460, 875, "$300.00", 25),
            (780, 1040, "Subtotal", 24), (1460, 1040, "$300.00", 24),
            (780, 1085, "Total", 24), (1460, 1085, "$300.00", 24),
            (780, 1127, "Amount paid", 24), (1460, 1127, "$300.00", 24),
        ]
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.invoice_number in ("3391-0442", "A1B2C3D4-0017")
    assert pred.confidence["invoice_number"] < 0.6


def _french_till(head: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            *head,
            (60, 250, "PAIN DE CAMPAGNE", 28), (560, 250, "3,10", 28),
            (60, 282, "YAOURT NATURE X4", 28), (560, 282, "2,20", 28),
            (60, 330, "TOTAL A PAYER", 28), (480, 330, "5,30 EUR", 32),
            (60, 370, "CB SANS CONTACT", 28), (560, 370, "5,30", 28),
            (60, 420, "TVA 5,5%", 26), (560, 420, "0,28", 26),
            (60, 470, "19/03/2026 10:42 TICKET 00731", 26),
        ],
        width=720,
        height=1100,
    )  # fmt: skip


def test_a_legal_name_opening_with_its_form_is_never_joined_to_the_sign_above() -> None:
    doc = _french_till(
        [
            (180, 100, "EPICERIE DES QUAIS", 38),
            (140, 140, "SAS VALDIREX - 12 rue du Port", 28),
            (150, 172, "44000 NANTES", 22),
        ]
    )
    assert _predict(doc).fields.vendor_name != "EPICERIE DES QUAIS SAS VALDIREX"


def test_a_dollar_glued_after_letters_is_no_dollar() -> None:
    doc = sized_page(
        [
            (160, 40, "TOKOKITA", 40),
            (90, 90, "PT KARYA SENTOSA ABADI", 28),
            (90, 125, "NPWP: 02.345.678.9-012.000", 24),
            (40, 180, "GULA PASIR 1KG", 26), (380, 180, "17.500", 26),
            (40, 212, "TEH CELUP 25S", 26), (380, 212, "8.900", 26),
            (40, 260, "TOTAL BELANJA", 26), (380, 260, "26.400", 26),
            (40, 292, "TUNAI", 26), (380, 292, "30.000", 26),
            (40, 324, "KEMBALI", 26), (380, 324, "3.600", 26),
            (40, 380, "LAYANAN KONSUMEN SM$ 0811 2233 4455", 22),
        ],
        width=520,
        height=800,
    )  # fmt: skip
    assert _predict(doc).fields.currency == "IDR"


def test_a_logo_word_over_a_mixed_case_legal_name_printed_whole_elsewhere_opens_it() -> None:
    doc = sized_page(
        [
            (128, 133, "Pragati", 67), (1300, 133, "INVOICE", 44),
            (128, 203, "Ledger Works Pvt. Ltd.", 25),
            (1015, 204, "Invoice #", 24), (1330, 204, "PDS/25-26/0412", 24),
            (1015, 238, "Invoice Date", 24), (1390, 238, "14/02/2026", 24),
            (128, 272, "12, 3rd Cross, Koramangala", 24),
            (128, 306, "Bengaluru 560034, Karnataka", 24),
            (128, 420, "Bill To", 24), (128, 452, "Sahyadri Textiles LLP", 24),
            (128, 600, "Item & Description", 24), (1400, 600, "Amount", 24),
            (128, 640, "Analytics licence (annual)", 24), (1390, 640, "50,000.00", 24),
            (1000, 800, "Sub Total", 24), (1390, 800, "50,000.00", 24),
            (1000, 840, "IGST 18%", 24), (1400, 840, "9,000.00", 24),
            (1000, 880, "Total", 24), (1390, 880, "59,000.00", 24),
            (128, 1100, "Bank: HDFC Bank · A/c name: Pragati Ledger Works Pvt. Ltd.", 22),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.vendor_name == "Pragati Ledger Works Pvt. Ltd."


def test_a_logo_letter_before_a_lower_case_wordmark_is_no_part_of_the_name() -> None:
    doc = sized_page(
        [
            (1230, 120, "Votre facture", 42),
            (146, 144, "v veloria", 67),
            (1340, 180, "du 02/03/2026", 28),
            (140, 330, "N° de facture", 24), (390, 330, "F26-0302-771204", 24),
            (917, 340, "Mme Claire Dubois", 28),
            (917, 376, "4 place Bellecour", 28),
            (917, 412, "69002 Lyon", 28),
            (140, 700, "Abonnement fibre", 24), (1400, 700, "30,00 €", 24),
            (1000, 900, "Total HT", 24), (1400, 900, "30,00 €", 24),
            (1000, 940, "TVA 20 %", 24), (1410, 940, "6,00 €", 24),
            (1000, 980, "Total TTC", 24), (1400, 980, "36,00 €", 24),
            (111, 2100, "Veloria Réseaux SA au capital de 1 000 000 € — 3 rue Garibaldi, "
             "69006 Lyon — RCS Lyon 812 334 009", 18),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.vendor_name != "v veloria"


def _us_till(sign: str, under: str, under_height: float) -> OcrDocument:
    return sized_page(
        [
            (670 - 0.55 * 110 * len(sign) / 2, 186, sign, 110),
            (670 - 0.55 * under_height * len(under) / 2, 300, under, under_height),
            (340, 410, "Store #0212 (503) 555-0140", 56),
            (250, 470, "88 Alder St, Salem OR 97301", 56),
            (120, 560, "APPLES GALA", 50), (1000, 560, "4.20", 50),
            (120, 620, "WHOLE MILK", 50), (1000, 620, "3.80", 50),
            (120, 700, "SUBTOTAL", 50), (1000, 700, "8.00", 50),
            (120, 760, "TOTAL", 50), (1000, 760, "8.00", 50),
            (120, 820, "CASH", 50), (1000, 820, "10.00", 50),
            (120, 880, "03/14/2026 18:02", 50),
        ],
        width=1340,
        height=2200,
    )  # fmt: skip


def test_one_word_in_the_names_capitals_under_a_sign_ends_it() -> None:
    doc = _us_till("HOLLYBROOK", "MARKET", 53)
    assert _predict(doc).fields.vendor_name == "HOLLYBROOK MARKET"


def test_a_descriptor_in_another_case_under_a_sign_is_no_part_of_it() -> None:
    doc = _us_till("THE BRASS LANTERN", "Bistro & Bar", 90)
    assert _predict(doc).fields.vendor_name == "THE BRASS LANTERN"


def test_one_word_ending_in_a_streets_word_is_no_address() -> None:
    doc = _us_till("EASTGATE", "SUPERSTORE", 53)
    assert _predict(doc).fields.vendor_name == "EASTGATE SUPERSTORE"


def test_a_french_restaurants_note_number_is_its_own() -> None:
    doc = sized_page(
        [
            (150, 40, "LA TABLE DU MARCHE", 40),
            (120, 95, "SARL TDM - 4 place du Marché 69004 Lyon", 26),
            (200, 150, "Note n° 0412", 30),
            (60, 200, "Table 7 · 2 couv.", 26),
            (60, 240, "Le 12/02/2026", 26),
            (60, 300, "Plat du jour", 26), (480, 300, "18,00", 26),
            (60, 335, "Dessert", 26), (480, 335, "7,00", 26),
            (60, 390, "TOTAL TTC", 30), (470, 390, "25,00", 30),
            (60, 440, "TVA 10%", 26), (480, 440, "2,27", 26),
            (60, 480, "Espèces", 26), (480, 480, "30,00", 26),
        ],
        width=640,
        height=900,
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "0412"


def test_an_invoice_date_equal_to_a_delivery_date_takes_the_date_after_both() -> None:
    doc = sized_page(
        [
            (140, 60, "Holzwerk Kramer e.K.", 40),
            (140, 120, "Holzwerk Kramer e.K. · Lindenstr. 4 · 79098 Freiburg", 18),
            (140, 200, "Petra Lang", 26),
            (140, 230, "Am Bach 9", 26),
            (140, 260, "79100 Freiburg", 26),
            (140, 400, "Rechnung Nr. 2026-0311", 34),
            (140, 450, "Auftrag #55120 vom 02.03.2026 · Rechnungsdatum = Liefer-/Leistungsdatum: "
             "05.03.2026", 24),
            (140, 560, "Regal Eiche", 24), (1300, 560, "238,00 €", 24),
            (900, 700, "Nettobetrag", 24), (1300, 700, "200,00 €", 24),
            (900, 740, "MwSt. 19 %", 24), (1310, 740, "38,00 €", 24),
            (900, 780, "Gesamtbetrag", 24), (1300, 780, "238,00 €", 24),
        ]
    )  # fmt: skip
    assert str(_predict(doc).fields.invoice_date) == "2026-03-05"
