# ruff: noqa: E501
"""Invented pages for round 13v (blind set 13v: decoys beside every field): a number after
"N.º" with its series apart, a credit note's reference to the invoice it corrects, a series id
alone under the title, a Nordic receipt's own number beside a hotel folio, a stay's days in
Norwegian, an operator's words before the legal name, a "Factuur van" heading over the name, a
trademark notice, a Greek name not joined with its own word, a loyalty card's validity date, a
tip guide's rate rows over the slip's own total, an early-payment offer, an Italian grid's
payment terms with their date, and a payment-terms value that is no seller."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.names import _clean_name
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_number_after_n_with_its_ordinal_dot_and_a_series_apart() -> None:
    page = sized_page(
        [
            (200, 60, "huerta", 50),
            (120, 120, "FRUTERÍAS LA HUERTA, S.L.", 22),
            (100, 146, "CIF B-46112233 · Av. del Mar 5, 46011 Valencia", 19),
            (150, 210, "FACTURA SIMPLIFICADA", 25),
            (31, 240, "N.º FT 0077-2026-004417", 21),
            (31, 266, "12/05/2026 10:02", 21),
            (31, 308, "NARANJAS KG", 21), (548, 308, "3,40", 21),
            (31, 360, "TOTAL", 25), (520, 360, "3,40 €", 25),
        ],
        width=630,
        height=800,
    )  # fmt: skip
    assert _predict(page).fields.invoice_number == "FT 0077-2026-004417"


def test_a_credit_notes_reference_to_the_invoice_it_corrects_is_not_its_number() -> None:
    page = sized_page(
        [
            (138, 120, "MEUSE", 61), (1073, 131, "NOTE DE CRÉDIT", 47),
            (1250, 192, "N° AV 2026/0031", 25),
            (139, 272, "Meuse Cuisines SRL", 22),
            (139, 333, "TVA BE 0733.118.402", 22),
            (917, 301, "Brasserie du Pont SA", 28),
            (139, 538, "Date", 24), (444, 538, "11/05/2026", 24),
            (139, 610, "Réf. facture d'origine", 24), (444, 610, "2026/0412 du 10/04/2026", 24),
            (139, 788, "Description", 24), (1400, 788, "Montant", 24),
            (139, 830, "Retour plan de travail", 24), (1400, 830, "-500,00", 24),
            (1000, 1000, "Total HTVA", 24), (1400, 1000, "-500,00", 24),
            (1000, 1040, "TVA 21 %", 24), (1400, 1040, "-105,00", 24),
            (1000, 1080, "Total TVAC", 24), (1400, 1080, "-605,00", 24),
        ]
    )  # fmt: skip
    assert _predict(page).fields.invoice_number == "AV 2026/0031"


def test_a_series_id_alone_under_the_title_is_the_number() -> None:
    page = sized_page(
        [
            (334, 137, "Café Avenida", 105),
            (506, 246, "Café Avenida, Lda.", 73),
            (366, 386, "NIF 509 118 442", 73),
            (336, 494, "Fatura Simplificada - Original", 100),
            (79, 578, "FS 2025B/1187", 80), (1134, 580, "2026-05-02 08:40", 73),
            (79, 653, "NIF adquirente", 80), (1310, 651, "245 118 902", 80),
            (79, 775, "2 Café", 73), (1379, 770, "1,60", 83),
            (81, 1135, "TOTAL EUR", 91), (1463, 1131, "1,60", 103),
        ],
        width=1806,
        height=2339,
    )  # fmt: skip
    assert _predict(page).fields.invoice_number == "FS 2025B/1187"


def _hotel_receipt(extra: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (340, 132, "FJELLSTUA", 133),
            (386, 324, "drives av Breheimen Fjellstue Drift AS", 73),
            (502, 461, "Org.nr 998 123 456 MVA", 73),
            (598, 580, "KVITTERING", 80),
            (72, 658, "Kvittering nr 40517", 73),
            (72, 724, "Folio 2210-3 Rom 12", 78),
            *extra,
            (72, 1043, "2 x Overnatting", 73), (1317, 1043, "2 400,00", 67),
            (70, 1369, "TOTALT NOK", 96), (1223, 1375, "2 400,00", 92),
        ],
        width=1654,
        height=2339,
    )  # fmt: skip


def test_a_nordic_receipts_own_number_beats_the_hotel_folio() -> None:
    assert _predict(_hotel_receipt([])).fields.invoice_number == "40517"


def test_a_stay_in_norwegian_dates_the_receipt_on_its_last_day() -> None:
    page = _hotel_receipt(
        [(76, 795, "Ankomst 03.05.2026", 66), (1011, 795, "Avreise 05.05.2026", 66)]
    )
    assert _predict(page).fields.invoice_date == date(2026, 5, 5)


def test_an_operators_words_before_the_legal_name_are_no_part_of_it() -> None:
    assert _clean_name("drives av Breheimen Fjellstue Drift AS") == "Breheimen Fjellstue Drift AS"
    assert _clean_name("Exploitant: Buurtsuper Oost B.V.") == "Buurtsuper Oost B.V."
    assert _clean_name("operated by Harrow Fuels Ltd") == "Harrow Fuels Ltd"
    # Without a legal name after them, the words stay: no name is cut to nothing.
    assert _clean_name("Operated by volunteers") == "Operated by volunteers"


def test_a_factuur_van_heading_is_not_joined_to_the_name_under_it() -> None:
    page = sized_page(
        [
            (233, 51, "Kantoorpark Delta B.V.", 42),
            (233, 108, "Leveranciersportaal · ingediende factuur", 22),
            (111, 249, "Factuur van", 22), (889, 249, "Factuur aan", 22),
            (111, 283, "Van den Berg Elektrotechniek B.V.", 33), (889, 283, "Kantoorpark Delta B.V.", 33),
            (111, 334, "Havenweg 4, 3011 AB Rotterdam", 24),
            (111, 365, "KvK 55123456 · BTW NL8123.45.678.B01", 24),
            (111, 548, "Factuurnummer", 24), (389, 548, "2026-0418", 24),
            (889, 548, "Factuurdatum", 24), (1167, 548, "04-05-2026", 24),
            (111, 800, "Storingsdienst", 24), (1400, 800, "400,00", 24),
            (1000, 1000, "Subtotaal", 24), (1400, 1000, "400,00", 24),
            (1000, 1040, "BTW 21%", 24), (1400, 1040, "84,00", 24),
            (1000, 1080, "Totaal", 24), (1400, 1080, "484,00", 24),
        ]
    )  # fmt: skip
    assert _predict(page).fields.vendor_name == "Van den Berg Elektrotechniek B.V."


def test_a_trademark_notice_is_never_the_seller() -> None:
    page = sized_page(
        [
            (258, 43, "NOVA", 42),
            (163, 123, "Ridgeway Service Station", 25),
            (188, 178, "Ridgeway, Leeds LS6 2AA", 21),
            (232, 250, "VAT RECEIPT", 25),
            (31, 279, "Receipt 0042-118277", 21), (398, 279, "02/05/2026 08:10", 21),
            (31, 348, "Unleaded 30.00L", 21), (523, 348, "£43.77", 21),
            (31, 450, "TOTAL", 28), (498, 450, "£43.77", 28),
            (145, 795, "Nova is a trade mark of Nova Fuels UK plc", 18),
        ],
        width=630,
        height=915,
    )  # fmt: skip
    vendor = _predict(page).fields.vendor_name or ""
    assert "trade mark" not in vendor


def test_a_greek_name_is_not_joined_with_its_own_word_above() -> None:
    page = sized_page(
        [
            (142, 56, "ΝΙΚΟΛΑΟΥ", 36),
            (134, 95, "ΖΑΧΑΡΟΠΛΑΣΤΕΙΟ ΝΙΚΟΛΑΟΥ Ο.Ε.", 21),
            (141, 120, "ΤΣΙΜΙΣΚΗ 12, 54623 ΘΕΣΣΑΛΟΝΙΚΗ", 19),
            (111, 145, "ΑΦΜ 800112233", 19),
            (122, 187, "ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ", 22),
            (137, 213, "ΑΡ. 40213", 19), (411, 213, "02/05/2026 09:15", 19),
            (31, 254, "ΚΟΥΛΟΥΡΙ", 19), (560, 254, "1,20", 19),
            (31, 400, "ΣΥΝΟΛΟ", 24), (540, 400, "1,20", 24),
        ],
        width=630,
        height=1044,
    )  # fmt: skip
    fields = _predict(page).fields
    assert fields.vendor_name == "ΖΑΧΑΡΟΠΛΑΣΤΕΙΟ ΝΙΚΟΛΑΟΥ Ο.Ε."
    assert fields.invoice_number == "40213"


def test_a_loyalty_cards_validity_date_is_not_the_receipts() -> None:
    page = sized_page(
        [
            (304, 332, "Obst & Gemüse Albers e.K.", 45),
            (201, 460, "St.-Nr. 12/345/67890", 42),
            (52, 600, "Äpfel 1 kg", 40), (834, 600, "2,49 B", 41),
            (55, 900, "SUMME", 45), (849, 900, "2,49", 41),
            (58, 1100, "Karte gültig bis 31.12.2027", 39),
            (60, 1200, "06.05.2026 09:12", 39), (802, 1200, "Bon 1187", 40),
        ],
        width=1000,
        height=2200,
    )  # fmt: skip
    assert _predict(page).fields.invoice_date == date(2026, 5, 6)


def test_a_tip_guides_rate_rows_leave_the_slips_own_total_with_the_tip() -> None:
    page = sized_page(
        [
            (300, 80, "CEDAR POINT TAVERN", 60),
            (81, 500, "Subtotal", 60), (1077, 500, "80.00", 55),
            (81, 560, "Sales Tax 8%", 60), (1136, 560, "6.40", 58),
            (78, 620, "Amount", 54), (1066, 620, "86.40", 55),
            (244, 720, "Suggested gratuity (on subtotal):", 51),
            (132, 770, "18% = 14.40", 47), (946, 770, "total 100.80", 47),
            (132, 820, "20% = 16.00", 53), (946, 820, "total 102.40", 53),
            (474, 960, "MERCHANT COPY", 52),
            (81, 1010, "VISA ****2210", 53),
            (78, 1070, "Amount", 54), (1078, 1070, "86.40", 53),
            (76, 1130, "Tip", 66), (1106, 1130, "15.00", 55),
            (78, 1190, "TOTAL", 67), (1030, 1190, "101.40", 61),
        ],
        width=1300,
        height=1500,
    )  # fmt: skip
    assert _predict(page).fields.total == Decimal("101.40")


def test_an_early_payment_offer_is_no_discount_of_the_bill() -> None:
    page = sized_page(
        [
            (138, 80, "Prairie Feed & Seed, Inc.", 50),
            (138, 300, "Invoice #", 34), (400, 300, "0091124", 34),
            (138, 340, "Date", 34), (400, 340, "05/04/2026", 34),
            (352, 712, "Fence posts", 38), (1460, 712, "1,000.00", 38),
            (1014, 945, "Subtotal", 40), (1460, 948, "1,000.00", 38),
            (1018, 988, "Discount 2%", 36), (1491, 988, "-20.00", 34),
            (1016, 1026, "Freight", 38), (1494, 1029, "50.00", 34),
            (1016, 1067, "State sales tax 6.5%", 37), (1483, 1065, "63.70", 39),
            (1016, 1145, "TOTAL DUE USD", 38), (1447, 1147, "$1,093.70", 38),
            (140, 1219, "Early-pay discount: pay $1,082.76 if received by 05/14/2026 (1%).", 36),
        ]
    )  # fmt: skip
    fields = _predict(page).fields
    assert (fields.total, fields.vat, fields.amount) == (
        Decimal("1093.70"), Decimal("63.70"), Decimal("1030.00"),
    )  # fmt: skip


def test_an_italian_grids_payment_terms_date_is_the_due_date() -> None:
    page = sized_page(
        [
            (159, 150, "Tipografia Rinaldi S.r.l.", 52),
            (159, 318, "P.IVA 01234560987", 34),
            (154, 613, "FATTURA", 52),
            (169, 692, "Numero", 36), (320, 688, "Data", 39), (1366, 692, "Pagamento", 36),
            (169, 727, "77/FE", 37), (320, 727, "05/05/2026", 37), (1366, 727, "Bonifico 04/06/2026", 34),
            (166, 867, "Biglietti da visita", 42), (1520, 867, "100,00", 39),
            (1100, 1000, "Imponibile", 40), (1520, 1000, "100,00", 40),
            (1100, 1050, "IVA 22%", 40), (1520, 1050, "22,00", 40),
            (1100, 1100, "Totale documento", 40), (1520, 1100, "122,00", 40),
        ],
        width=1798,
        height=2523,
    )  # fmt: skip
    assert _predict(page).fields.due_date == date(2026, 6, 4)


def test_a_payment_terms_value_is_no_seller() -> None:
    page = sized_page(
        [
            (145, 59, "CLIENTE", 41), (906, 59, "DIRECCIÓN DE ENTREGA", 41),
            (145, 105, "Hoteles Marina, S.A.", 41), (906, 107, "Hotel Marina Playa", 39),
            (145, 146, "CIF A-46000111", 41), (904, 142, "Paseo Marítimo 8", 48),
            (145, 188, "Avda. del Mar 10", 41), (906, 188, "46011 Valencia", 41),
            (145, 229, "46011 Valencia", 41),
            (140, 331, "Nº factura:", 48), (403, 334, "FV26-01002", 41),
            (904, 334, "Albarán:", 44), (1164, 334, "ALB-2026-02210", 41),
            (142, 377, "Fecha factura:", 41), (403, 377, "04/05/2026", 41),
            (904, 377, "Vencimiento:", 44), (1164, 377, "03/06/2026", 41),
            (140, 418, "Nº cliente:", 50), (400, 418, "5521", 45),
            (902, 416, "Forma de pago:", 54), (1162, 422, "Transferencia 30 días", 41),
            (142, 585, "Descripción", 41), (1530, 582, "Importe €", 44),
            (145, 635, "Manteles (caja)", 42), (1567, 628, "100,00", 52),
            (145, 868, "Base imponible", 41), (597, 865, "Cuota IVA", 41),
            (142, 911, "100,00", 41), (656, 909, "21,00", 44),
            (1056, 1044, "TOTAL FACTURA", 54), (1535, 1053, "121,00 €", 44),
        ],
        width=1808,
        height=2339,
        char_width=0.35,
    )  # fmt: skip
    assert _predict(page).fields.vendor_name != "Transferencia 30 días"
