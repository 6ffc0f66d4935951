"""Hard captures (invented pages): a payee's name after the phrase that pays it, a legal name
over two lines on a till roll, a credit note's own number beside the invoice it credits, a
page that says its sales tax is not applicable, Spain's IVA with the recargo de equivalencia,
India's CGST and SGST added after a trade discount and before a round-off, Brazil's Lei
12.741 statement of the taxes in the prices, and a legal line that repeats the letterhead."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import InvoiceFields


def _fields(page: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(page).fields


def test_a_payment_lines_payee_is_named_without_the_phrase_that_pays_it() -> None:
    page = sized_page(
        [
            (120, 100, "WATTLE", 60), (120, 165, "PLUMBING", 45),
            (900, 100, "TAX INVOICE", 50),
            (900, 170, "PO Box 77, Tweed Heads NSW 2485", 36),
            (120, 230, "ABN 12 345 678 901", 36),
            (120, 330, "Invoice to", 34), (900, 330, "Invoice #", 36), (1300, 330, "88120", 36),
            (120, 370, "R. & T. Lindqvist", 36), (900, 370, "Date", 36),
            (1300, 370, "02/05/2027", 36),
            (120, 560, "Description", 36), (1250, 560, "Amount ex GST", 36),
            (120, 620, "Hot water unit replacement", 36), (1350, 620, "1,200.00", 36),
            (900, 980, "Subtotal (ex GST)", 40), (1330, 980, "1,200.00", 40),
            (900, 1030, "GST 10%", 40), (1350, 1030, "120.00", 40),
            (900, 1080, "Total (inc GST)", 40), (1310, 1080, "$1,320.00", 40),
            (120, 1300, "Payment: EFT to Wattle Plumbing Pty Ltd · BSB 062-000", 40),
            (120, 1345, "Please use invoice number 88120 as reference.", 38),
        ],
        width=1654,
        height=2339,
    )  # fmt: skip
    assert _fields(page).vendor_name == "Wattle Plumbing Pty Ltd"


def test_a_legal_name_over_two_lines_of_a_till_rolls_head_is_read_whole() -> None:
    page = sized_page(
        [
            (200, 50, "P", 55),
            (70, 130, "MARINA BAY WEST", 22), (160, 160, "PARKING", 22),
            (120, 200, "Marina West Parking", 17),
            (120, 225, "Operations Pte. Ltd.", 17),
            (50, 250, "9 Keppel Road, Singapore 089060", 17),
            (80, 275, "UEN / GST Reg No. 201899123K", 17),
            (90, 325, "TAX INVOICE / RECEIPT", 20),
            (20, 365, "Receipt No", 19), (260, 365, "MW1-0411-000912", 19),
            (20, 395, "Entry", 19), (250, 395, "11/04/2027 08:02", 19),
            (20, 420, "Exit", 19), (250, 420, "11/04/2027 10:40", 19),
            (20, 550, "Parking Fee", 25), (330, 550, "S$8.72", 25),
            (20, 595, "Incl. GST 9%", 19), (390, 595, "0.72", 19),
            (20, 620, "Paid via", 19), (250, 620, "NETS Contactless", 19),
            (90, 780, "Thank you. Drive safely.", 19),
        ],
        width=600,
        height=850,
    )  # fmt: skip
    assert _fields(page).vendor_name == "Marina West Parking Operations Pte. Ltd."


def _credit_note() -> OcrDocument:
    return sized_page(
        [
            (140, 150, "IDRAULICA", 55), (140, 210, "FERRANTE", 55),
            (140, 285, "Idraulica Ferrante S.r.l. · Via Roma 12 · 10121 Torino (TO)", 24),
            (140, 315, "P.IVA 01234560012 · REA TO-1122334", 24),
            (930, 410, "Spett.le", 24), (930, 445, "Condominio Le Querce", 28),
            (930, 480, "Corso Francia 90", 28), (930, 515, "10143 Torino (TO)", 28),
            (140, 660, "NOTA DI CREDITO", 47),
            (140, 725, "N. NC 7/2027 del 03/05/2027", 30),
            (140, 775, "Tipo documento TD04 · rif. fattura n. 231/2027 del 14/04/2027", 26),
            (150, 870, "Descrizione", 26), (1400, 870, "Importo", 26),
            (150, 930, "Storno: raccordi non forniti", 28), (1400, 930, "-200,00", 28),
            (1030, 1130, "Imponibile", 29), (1400, 1130, "-200,00", 29),
            (1050, 1180, "IVA 22%", 29), (1410, 1180, "-44,00", 29),
            (850, 1230, "Totale nota di credito", 29), (1360, 1230, "€ -244,00", 29),
        ],
        width=1654,
        height=2339,
    )  # fmt: skip


def test_a_credit_notes_own_number_keeps_its_series_letters() -> None:
    assert _fields(_credit_note()).invoice_number == "NC 7/2027"


def test_a_number_after_a_reference_word_is_the_credited_invoices() -> None:
    # Without the title's own number, the credited invoice's number is still not taken.
    page = _credit_note()
    page.pages[0].lines = [ln for ln in page.pages[0].lines if not ln.text.startswith("N. NC")]
    assert _fields(page).invoice_number != "231/2027"


def test_sales_tax_stated_as_not_applicable_is_no_printed_zero() -> None:
    page = sized_page(
        [
            (1290, 110, "INVOICE", 55), (350, 150, "brightloom", 110),
            (1250, 190, "Brightloom Data, Inc.", 24), (1200, 220, "88 Pine Street, Suite 4", 24),
            (1250, 255, "Seattle, WA 98101", 24),
            (150, 400, "BILLED TO", 21), (150, 435, "Harrow Labs LLC", 25),
            (940, 435, "Invoice number", 25), (1310, 435, "BL-2027-00311", 25),
            (940, 470, "Invoice date", 25), (1360, 470, "May 3, 2027", 25),
            (160, 650, "Description", 24), (1340, 650, "Amount (USD)", 24),
            (160, 700, "Analytics seats (12)", 24), (1450, 700, "480.00", 24),
            (160, 750, "Storage add-on", 24), (1450, 750, "60.00", 24),
            (1000, 1100, "Subtotal", 25), (1440, 1100, "540.00", 25),
            (970, 1190, "Total due", 25), (1360, 1190, "USD 540.00", 25),
            (150, 1300, "Sales tax: not applicable to the services on this invoice.", 22),
        ],
        width=1654,
        height=2339,
    )  # fmt: skip
    assert _fields(page).vat is None


def test_iva_and_recargo_de_equivalencia_are_one_vat() -> None:
    page = sized_page(
        [
            (110, 90, "Conservas Ribera S.L.", 40), (110, 140, "CIF B12345678", 26),
            (1200, 90, "FACTURA", 40), (1200, 140, "Nº A-2027/0311", 26),
            (110, 250, "Cliente:", 26), (110, 285, "Ultramarinos Pilar", 26),
            (110, 320, "NIF 12345678Z · Régimen recargo de equivalencia", 26),
            (1190, 325, "5120", 26),
            (300, 700, "Descripción", 25), (1870, 700, "Importe", 25),
            (300, 750, "Atún en aceite (caja 24)", 25), (1870, 750, "1.000,00", 25),
            (850, 1250, "Base imponible", 22), (1140, 1250, "% IVA", 22),
            (1350, 1250, "Cuota IVA", 22), (1600, 1250, "% R.E.", 22),
            (1810, 1250, "Cuota R.E.", 22), (2005, 1250, "TOTAL FACTURA", 22),
            (930, 1305, "1.000,00", 26), (1200, 1305, "10,00", 26), (1420, 1305, "100,00", 26),
            (1690, 1305, "1,40", 26), (1890, 1305, "14,00", 26), (2040, 1305, "1.114,00 €", 28),
        ],
        width=2339,
        height=1654,
    )  # fmt: skip
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("1000.00"),
        Decimal("114.00"),
        Decimal("1114.00"),
    )


def test_gst_added_after_a_trade_discount_and_before_a_round_off() -> None:
    page = sized_page(
        [
            (120, 80, "LAXMI STEEL TRADERS", 50), (120, 140, "GSTIN: 27ABCDE1234F1Z5", 40),
            (1100, 80, "TAX INVOICE", 50),
            (120, 250, "Invoice No: LST/27-28/0044", 40), (900, 250, "Date: 05/05/2027", 40),
            (120, 560, "Description", 40), (1380, 560, "Amount", 40),
            (170, 620, "Steel kadai 30 cm", 40), (1390, 620, "50,000.00", 40),
            (850, 890, "Total", 45), (1360, 890, "50,000.00", 40),
            (850, 940, "Less: Trade discount @ 2%", 40), (1390, 940, "-1,000.00", 40),
            (850, 985, "Taxable value", 40), (1340, 985, "49,000.00", 40),
            (850, 1030, "Add: CGST @ 6%", 40), (1380, 1030, "2,940.37", 40),
            (850, 1075, "Add: SGST @ 6%", 40), (1380, 1075, "2,940.37", 40),
            (850, 1115, "Round off", 45), (1450, 1115, "-0.74", 40),
            (850, 1160, "Grand Total", 40), (1340, 1160, "54,880.00", 40),
        ],
        width=1654,
        height=2339,
    )  # fmt: skip
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("49000.00"),
        Decimal("5880.74"),
        Decimal("54880.00"),
    )


def test_brazils_statement_of_the_taxes_in_the_prices_is_the_vat() -> None:
    page = sized_page(
        [
            (110, 45, "FARMÁCIA BOA SAÚDE LTDA", 25), (75, 85, "CNPJ: 11.222.333/0001-44", 17),
            (90, 110, "Rua Augusta, 1500 - Consolação", 17),
            (120, 195, "DANFE NFC-e - Documento Auxiliar", 19),
            (30, 290, "001 7890000000017 SORO FISIOLOGICO", 17), (540, 315, "30,00", 17),
            (30, 345, "002 7890000000024 CURATIVO 10UN", 17), (540, 370, "20,00", 17),
            (30, 540, "Valor total R$", 20), (520, 540, "50,00", 20),
            (30, 595, "Valor a Pagar R$", 20), (520, 595, "50,00", 20),
            (30, 660, "Cartão de Crédito", 19), (525, 660, "50,00", 19),
            (30, 700, "Tributos Totais Incidentes (Lei Federal", 17),
            (30, 725, "12.741/2012): Federal R$ 3,10", 17),
            (30, 750, "Estadual R$ 9,00", 17), (230, 750, "Fonte: IBPT", 17),
            (145, 790, "NFC-e nº 000051234", 19),
        ],
        width=620,
        height=1300,
    )  # fmt: skip
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("37.90"),
        Decimal("12.10"),
        Decimal("50.00"),
    )


def test_a_legal_line_that_repeats_the_letterhead_outweighs_the_addressee() -> None:
    page = sized_page(
        [
            (150, 160, "MLB", 64), (330, 140, "MENUISERIE LEBLANC & FILS", 48),
            (1250, 130, "FACTURE", 58),
            (330, 190, "Portes · Fenêtres · Escaliers", 39),
            (330, 220, "ZA du Moulin, 4 rue Volta, 38090 Villefontaine", 39),
            (140, 360, "N° facture", 41), (140, 410, "FA27-00315", 34),
            (910, 525, "SARL Bâtiments Dauphinois", 39),
            (910, 560, "Service comptabilité", 41),
            (910, 596, "18 avenue Alsace-Lorraine", 41), (910, 630, "38000 Grenoble", 41),
            (145, 780, "Désignation", 34), (1335, 780, "Montant HT", 34),
            (145, 840, "Escalier chêne sur mesure", 39), (1375, 840, "2 500,00", 43),
            (925, 1220, "Total HT", 41), (1360, 1220, "2 500,00", 34),
            (925, 1265, "TVA 20%", 41), (1380, 1265, "500,00", 34),
            (925, 1310, "Total TTC", 41), (1330, 1310, "3 000,00 €", 34),
            (210, 2170, "Menuiserie Leblanc & FilsSARL au capital de 20 000 € · RCS Vienne", 40),
        ],
        width=1654,
        height=2339,
    )  # fmt: skip
    assert _fields(page).vendor_name == "MENUISERIE LEBLANC & FILS"
