"""Round 14o (blind sets 14o and 14p: Northern, Central and Eastern Europe; trades with their
own paperwork): Croatian and Slovene summaries, a header grid under the seller's block, Baltic
receipt numbers and tips, a series before its number word, a pallet's "EUR", a vaccine's
"due", a registration glued after a legal form, a total the page prints differently, money
held on account, and a net no total is worked out from. Every document here is invented."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc
from invoice_scanner_processing.extractors.rules.names import _name_parts, is_closing_line
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.extractors.rules.scorer import default_scorer
from invoice_scanner_processing.extractors.rules.vendor import _dash_cut_doubt
from invoice_scanner_processing.schema import Prediction


def _read(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_croatian_summary_reads_net_vat_and_total() -> None:
    # "Ukupno bez PDV-a" is the net and "PDV ukupno" the VAT's sum ("Ukupno" alone is a
    # total's word); the rate lines of the recapitulation on the left are no total.
    lines = [
        (110, 90, "Jadran Papir d.o.o.", 40),
        (110, 150, "Obala Lazareta 3, 21000 Split", 24),
        (110, 185, "OIB: 19283746501", 24),
        (110, 260, "RAČUN br. 77/1/1", 30),
        (110, 310, "Datum: 12.02.2026.", 24),
        (110, 520, "Papir A4 80 g, 200 kutija", 24),
        (1420, 520, "4.200,00", 24),
        (110, 565, "Knjige, 30 kom", 24),
        (1450, 565, "900,00", 24),
        (110, 800, "Rekapitulacija poreza", 24),
        (916, 800, "Ukupno bez PDV-a:", 24),
        (1424, 800, "5.100,00", 24),
        (110, 840, "PDV 25% osnovica 4.200,00 porez 1.050,00", 24),
        (916, 840, "PDV ukupno:", 24),
        (1440, 840, "1.095,00", 24),
        (110, 875, "PDV 5% osnovica 900,00 porez 45,00", 24),
        (916, 885, "Ukupno za platiti:", 30),
        (1300, 885, "6.195,00 EUR", 30),
    ]
    fields = _read(sized_page(lines, source="text_layer")).fields
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("5100.00"),
        Decimal("1095.00"),
        Decimal("6195.00"),
    )


def _hungarian(with_bank_line: bool) -> OcrDocument:
    lines = [
        (690, 60, "SZÁMLA", 70),
        (123, 200, "Eladó", 42),
        (845, 200, "Vevő", 42),
        (126, 245, "Csepel Papír Kft.", 40),
        (849, 245, "Alföld Könyvelő Iroda Bt.", 40),
        (126, 280, "1211 Budapest, Fő út 12.", 38),
        (849, 280, "6720 Szeged, Dóm tér 9.", 38),
        (126, 312, "Adószám: 23456789-2-43", 38),
        (849, 312, "Adószám: 28765432-1-06", 38),
        (128, 345, "Cégjegyzékszám: 01-09-654321", 38),
    ]
    if with_bank_line:
        lines.append((126, 377, "Bankszámla: 11600006-00000000-87654321", 38))
    lines += [
        (162, 536, "Számla sorszáma", 34),
        (470, 536, "Számla kelte", 34),
        (733, 536, "Teljesítés dátuma", 34),
        (148, 578, "CP-2026-00419", 40),
        (453, 578, "2026.03.02.", 40),
        (739, 578, "2026.03.01.", 40),
        (990, 1300, "Fizetendő: 127 000 Ft", 40),
    ]
    return sized_page(lines)


def test_a_header_grid_under_the_sellers_block_is_the_documents() -> None:
    # The seller's block runs down to its bank line, close above a grid whose first label
    # names the invoice ("Számla sorszáma"): the grid is the document's, not the seller's
    # lines, and its number is read under its label.
    for bank in (False, True):
        assert _read(_hungarian(bank)).fields.invoice_number == "CP-2026-00419", bank


def _baltic_receipt(number_line: str, tip_label: str) -> OcrDocument:
    lines = [
        (200, 60, "Kafejnīca Pie Doma", 44),
        (120, 120, "SIA Doma Kafejnīca", 30),
        (120, 160, "PVN LV40203550011", 26),
        (120, 220, number_line, 28),
        (120, 260, "14.03.2026 10:12", 28),
        (120, 340, "Latte", 28),
        (620, 340, "7,80", 28),
        (120, 380, "Kūka", 28),
        (620, 380, "4,60", 28),
        (120, 440, "Summa", 28),
        (600, 440, "12,40", 28),
        (120, 480, tip_label, 28),
        (620, 480, "1,50", 28),
        (120, 530, "KOPĀ APMAKSAI EUR", 32),
        (600, 530, "13,90", 32),
        (120, 590, "PVN 21% (iekļauts)", 26),
        (620, 590, "2,15", 26),
        (120, 630, "Summa bez PVN", 26),
        (610, 630, "10,25", 26),
    ]
    return sized_page(lines, width=820, height=760, source="text_layer")


def test_baltic_receipt_numbers_and_tips() -> None:
    # Latvia's "Čeks Nr." and Estonia's "Tšekk nr" number the receipt; "Dzeramnauda" (and
    # Estonia's "Jootraha") is a tip, added after the sum and in no net.
    for number_line, tip in (("Čeks Nr. 00318", "Dzeramnauda"), ("Tšekk nr 0419-2210", "Jootraha")):
        fields = _read(_baltic_receipt(number_line, tip)).fields
        assert fields.invoice_number == number_line.split()[-1]
        assert (fields.amount, fields.vat, fields.tip, fields.total) == (
            Decimal("10.25"),
            Decimal("2.15"),
            Decimal("1.50"),
            Decimal("13.90"),
        )


def test_a_lithuanian_series_before_its_number_word() -> None:
    lines = [
        (100, 80, "UAB Kauno biuro prekės", 34),
        (100, 200, "PVM SĄSKAITA FAKTŪRA", 34),
        (100, 245, "Serija KBP Nr. 000812", 30),
        (100, 285, "Data: 2026-01-28", 30),
        (100, 700, "Iš viso mokėti:", 30),
        (700, 700, "121,00 EUR", 30),
    ]
    assert _read(sized_page(lines)).fields.invoice_number == "KBP 000812"


def test_a_pallets_eur_names_no_currency() -> None:
    # A returnable EUR pallet on a Czech invoice priced in Kč.
    page = "Paleta vratná EUR 6 ks 390,00\nCelkem k úhradě 53 688,00 Kč\nRekapitulace DPH v Kč"
    assert detect_currency(page) == "CZK"
    assert detect_currency("EUR-Palette 3 x 12,00 Kč\nSumme 36,00 Kč") == "CZK"
    # A code beside an amount is still one.
    assert detect_currency("Pallets 12 EUR 5.00\nTotal 60.00 EUR") == "EUR"


def _vet_invoice(reminder: str) -> OcrDocument:
    lines = [
        (120, 80, "Cedar Hollow Animal Clinic", 40),
        (1000, 200, "Invoice #", 26),
        (1000, 235, "220-18812", 26),
        (1000, 280, "Date", 26),
        (1000, 315, "02/11/2026", 26),
        (120, 500, "Wellness exam", 26),
        (1300, 500, "72.00", 26),
        (120, 800, "Subtotal", 26),
        (1300, 800, "$72.00", 26),
        (120, 840, "Invoice total", 26),
        (1300, 840, "$72.00", 26),
        (120, 1000, "Reminders", 26),
        (120, 1040, reminder, 26),
    ]
    return sized_page(lines, source="text_layer")


def test_what_else_falls_due_is_no_due_date() -> None:
    # "DHPP booster due 02/11/2027": a vaccine's next date, not the bill's.
    assert _read(_vet_invoice("DHPP booster due 02/11/2027")).fields.due_date is None
    # A payment's own clause still dates it.
    due = _read(_vet_invoice("Balance is due 03/13/2026")).fields.due_date
    assert due == date(2026, 3, 13)


def test_a_registration_glued_after_a_legal_form_is_cut_off() -> None:
    assert _name_parts("Blomsterhörnan i Lund AB·Org.nr 556901-4417") == [
        "Blomsterhörnan i Lund AB",
        "Org.nr 556901-4417",
    ]
    # A name of two languages and a title's words glued so stay whole.
    assert _name_parts("Apotheke am See·Pharmacie du Lac") == ["Apotheke am See·Pharmacie du Lac"]
    assert _name_parts("Quittung·Quittance·Ricevuta") == ["Quittung·Quittance·Ricevuta"]


def test_a_total_the_page_prints_differently_is_held() -> None:
    # The VAT table sums to 53 688,42, the payable printed is 53 688,00 (its rounding line
    # misread): whichever is read, a person sees it.
    lines = [
        (110, 70, "FAKTURA - DAŇOVÝ DOKLAD č. 2026010873", 50),
        (125, 220, "Stavebniny Horák s.r.o.", 40),
        (125, 330, "DIČ: CZ27681452", 34),
        (130, 560, "Datum vystavení: 21.01.2026", 36),
        (110, 780, "Cihla broušená 360 ks", 36),
        (1230, 780, "44 802,00", 36),
        (100, 1060, "Rekapitulace DPH v Kč:", 36),
        (238, 1100, "Základ", 36),
        (447, 1100, "Sazba", 36),
        (662, 1100, "DPH", 36),
        (815, 1100, "Celkem", 36),
        (214, 1135, "39 002,00", 36),
        (460, 1135, "21 %", 36),
        (615, 1135, "8 190,42", 36),
        (795, 1135, "47 192,42", 36),
        (224, 1165, "5 800,00", 36),
        (462, 1165, "12 %", 36),
        (635, 1165, "696,00", 36),
        (807, 1165, "6 496,00", 36),
        (994, 1252, "Celkem bez DPH:", 36),
        (1407, 1252, "44 802,00", 36),
        (989, 1285, "DPH celkem:", 36),
        (1420, 1285, "8 886,42", 36),
        (994, 1320, "Zaokroublení:", 36),
        (1479, 1320, "0.42", 36),
        (910, 1350, "Celkem k úhradě:", 40),
        (1297, 1350, "53 688,00 Kč", 40),
    ]
    prediction = _read(sized_page(lines))
    assert prediction.fields.currency == "CZK"
    # The rounding line's amount is printed: the payable is the total, less the sum by it.
    assert (prediction.fields.total, prediction.fields.rounding) == (
        Decimal("53688.00"),
        Decimal("-0.42"),
    )
    assert prediction.confidence["total"] <= 0.6
    # Without it, the sum stays the reading, held as well.
    unrounded = [line for line in lines if line[2] not in ("Zaokroublení:", "0.42")]
    prediction = _read(sized_page(unrounded))
    assert prediction.fields.total == Decimal("53688.42")
    assert prediction.confidence["total"] <= 0.6


def test_money_held_on_account_leaves_the_bills_total() -> None:
    # A solicitor's fee note prints no net: each total implies one, and the balance after
    # the money held on account is the amount due, not the total.
    lines = [
        (120, 80, "Marlow & Finch LLP", 40),
        (120, 200, "FEE NOTE FN/26/00411", 30),
        (120, 240, "Date: 14 January 2026", 26),
        (120, 500, "Professional charges", 26),
        (1350, 500, "1,500.00", 26),
        (120, 540, "VATable disbursements:", 26),
        (160, 580, "Courier", 26),
        (1370, 580, "20.00", 26),
        (120, 620, "VAT at 20% on £1,520.00", 26),
        (1360, 620, "304.00", 26),
        (120, 660, "Non-VATable disbursements (paid on your behalf):", 26),
        (160, 700, "Probate application fee", 26),
        (1360, 700, "300.00", 26),
        (120, 780, "TOTAL", 30),
        (1320, 780, "£2,124.00", 30),
        (120, 820, "Less: money held on account (received 2 January 2026)", 26),
        (1340, 820, "(500.00)", 26),
        (120, 860, "BALANCE DUE", 30),
        (1320, 860, "£1,624.00", 30),
    ]
    fields = _read(sized_page(lines, source="text_layer")).fields
    assert (fields.total, fields.vat, fields.amount) == (
        Decimal("2124.00"),
        Decimal("304.00"),
        Decimal("1820.00"),
    )
    assert fields.amount_due == Decimal("1624.00")


def test_a_net_that_adds_up_with_no_total_implies_none_other() -> None:
    # The subtotal printed is the goods' before a discount the OCR misread ("discourt") and
    # freight: it adds up with the taxes to no total, so the taxes imply the net from it.
    lines = [
        (120, 80, "Prairie Ag Supply, Inc.", 40),
        (1000, 200, "Invoice No: PA-2026-0192", 26),
        (1000, 240, "Date: 03/02/2026", 26),
        (120, 500, "Bale spear 49in", 26),
        (1480, 500, "1,200.00", 26),
        (120, 540, "Hydraulic hose kit", 26),
        (1490, 540, "800.00", 26),
        (1010, 700, "Subtotal", 26),
        (1480, 700, "2,000.00", 26),
        (1010, 740, "Spring promo discourt 2%", 26),
        (1500, 740, "-40.00", 26),
        (1010, 780, "Freight (non-taxable)", 26),
        (1510, 780, "50.00", 26),
        (1010, 820, "Kansas state sales tax 6.5%", 26),
        (1500, 820, "127.40", 26),
        (1010, 860, "Saline County tax 1.5%", 26),
        (1510, 860, "29.40", 26),
        (1010, 900, "TOTAL DUE USD", 30),
        (1470, 900, "$2,166.80", 30),
    ]
    fields = _read(sized_page(lines, source="text_layer")).fields
    assert (fields.total, fields.vat, fields.amount) == (
        Decimal("2166.80"),
        Decimal("156.80"),
        Decimal("2010.00"),
    )


def _shop_receipt(top: list[str], closing: str) -> OcrDocument:
    lines = [(120, 60 + 70 * i, text, 40 if i == 0 else 28) for i, text in enumerate(top)]
    lines += [
        (60, 500, "Ticket N° 045812", 28),
        (60, 540, "18/02/2026 17:36", 28),
        (60, 620, "CREME SOLAIRE SPF50", 28),
        (560, 620, "17,90", 28),
        (60, 700, "TOTAL TTC EUR", 32),
        (540, 700, "17,90", 32),
        (60, 760, "TVA 20%", 28),
        (560, 760, "2,98", 28),
        (200, 860, "Merci de votre visite", 28),
        (200, 900, closing, 28),
    ]
    return sized_page(lines, width=760, height=1000, source="text_layer")


def test_a_wish_closing_a_receipt_is_no_name() -> None:
    # A sentence in small letters ended by "!" closes a receipt; a brand's "!" does not.
    for wish in ("Bon rétablissement !", "Glad alla hjärtans dag!", "Enjoy your meal!"):
        assert is_closing_line(wish), wish
    for name in ("Yahoo!", "Toys R Us!", "SELARL Pharmacie des Lilas"):
        assert not is_closing_line(name), name


def test_a_name_cut_after_the_wordmark_and_a_dash_is_doubted() -> None:
    # "Lota Marinha - Comércio de Pescado, Lda." under the sign "LOTA MARINHA": the legal
    # name is the whole line or its part after the dash; a person confirms it.
    lines = [
        (380, 160, "LOTA MARINHA", 56),
        (380, 220, "Comércio de Pescado por Grosso", 34),
        (1000, 120, "Lota Marinha - Comércio de Pescado, Lda.", 30),
        (1000, 155, "Av. da Liberdade 12, 4450-208 Matosinhos", 28),
        (1000, 190, "NIF 514 238 907", 28),
        (150, 330, "FATURA", 50),
        (150, 450, "Nº FT 2026/118", 32),
        (150, 490, "Data 14/09/2026", 32),
        (930, 450, "Exmos. Senhores", 32),
        (930, 490, "Restaurante O Farol, Lda.", 32),
        (150, 900, "Total", 34),
        (1300, 900, "490,25 €", 34),
    ]
    doc = _Doc(sized_page(lines), default_scorer())
    line = next(s for s in doc.segments if s.text.startswith("Lota Marinha -"))
    cut = Candidate("Comércio de Pescado, Lda.", 0.95, line, line.text)
    assert _dash_cut_doubt(doc, cut).score <= 0.75
    # Without the sign printed alone, the part after the dash is the name, undoubted.
    doc = _Doc(sized_page(lines[2:]), default_scorer())
    line = next(s for s in doc.segments if s.text.startswith("Lota Marinha -"))
    cut = Candidate("Comércio de Pescado, Lda.", 0.95, line, line.text)
    assert _dash_cut_doubt(doc, cut).score == 0.95


def test_a_logos_repeated_letter_is_no_name() -> None:
    # A car wash's logo of circles read as letters over its name.
    doc = _shop_receipt(["OOOO", "SUDSY LANE CAR WASH", "8120 Burnet Rd, Austin TX"], "Drive safe")
    assert _read(doc).fields.vendor_name == "SUDSY LANE CAR WASH"


def test_a_spanish_operators_statement_names_the_seller() -> None:
    doc = _shop_receipt(
        [
            "TIENDA DEL MUSEO",
            "Museo de Bellas Artes de Cádiz",
            "Explotación: Minerva Gestión Cultural, S.L.",
            "CIF B11876543 · Plaza de Mina 5 · 11004 Cádiz",
        ],
        "Gracias por su visita",
    )
    # (A labelled name's closing full stop is dropped as every labelled name's is.)
    assert _read(doc).fields.vendor_name == "Minerva Gestión Cultural, S.L"


def test_a_latvian_date_in_the_locative() -> None:
    assert [f.value for f in find_dates("2026. gada 9. martā")] == [date(2026, 3, 9)]
    assert [f.value for f in find_dates("2026. gada 13. februārī")] == [date(2026, 2, 13)]


def test_a_latvian_invoices_supplier_and_recipient_headings() -> None:
    lines = [
        (110, 70, "RĒĶINS Nr. DR-26/044", 40),
        (110, 130, "2026. gada 9. martā", 30),
        (110, 200, "Piegādātājs:", 28),
        (850, 200, "Saņēmējs:", 28),
        (110, 240, 'SIA "Rīgas Drukas Nams"', 30),
        (850, 240, 'SIA "Zemgales Tirgus"', 30),
        (110, 280, "PVN Nr.: LV40103987650", 26),
        (850, 280, "PVN Nr.: LV40203112230", 26),
        (110, 700, "Brošūras A5, 500 gab.", 26),
        (1400, 700, "400,00", 26),
        (1000, 800, "Kopā apmaksai EUR", 30),
        (1400, 800, "484,00", 30),
    ]
    fields = _read(sized_page(lines)).fields
    assert fields.vendor_name == 'SIA "Rīgas Drukas Nams"'
    assert fields.invoice_date == date(2026, 3, 9)


def test_a_finnish_giro_slips_payee_is_the_seller() -> None:
    # A Finnish invoice's bank transfer form names the payee ("Saaja / Mottagare", the
    # seller) and the payer ("Maksaja / Betalare", the customer, whose address window heads
    # the page without a label).
    lines = [
        (234, 92, "Karjalan Metalli Oy", 60),
        (1364, 93, "LASKU", 56),
        (236, 150, "Tehtaankatu 4, 80100 Joensuu", 40),
        (964, 263, "Päiväys", 46),
        (1432, 263, "3.2.2026", 42),
        (133, 309, "Savon Lämpö Oy", 42),
        (964, 300, "Laskun numero", 46),
        (1432, 300, "260144", 42),
        (133, 345, "PL 77, 70101 Kuopio", 40),
        (150, 900, "Yhteensä", 40),
        (1380, 900, "1 240,00", 40),
        (90, 1830, "Saaja / Mottagare", 34),
        (353, 1832, "Karjalan Metalli Oy", 40),
        (90, 1995, "Maksaja / Betalare", 34),
        (352, 2000, "Savon Lämpö Oy", 40),
    ]
    fields = _read(sized_page(lines)).fields
    assert fields.vendor_name == "Karjalan Metalli Oy"
    # The form's headings themselves: the payee's is the seller's, the payer's the customer's
    # ("Mottagare" alone stays a goods' recipient).
    assert [h.fields for h in find_labels("Saaja / Mottagare")] == [("vendor",)]
    assert [h.fields for h in find_labels("Maksaja / Betalare")] == [("customer",)]


def test_a_chili_pepper_is_no_country_and_cdmx_is_mexico() -> None:
    # A Mexico City market stall's note: "Chile serrano" is a pepper, not Chile's name; the
    # address's "CDMX" names the peso the bare "$" means.
    stall = "Mercado de Coyoacán, local 118\nIgnacio Allende s/n, CDMX\n"
    items = "Chile serrano 0.25 kg x $60.00 $15.00\nCHILE POBLANO $40.00\nTOTAL $55.00"
    assert detect_currency(items) == "USD"
    assert detect_currency(stall + items) == "MXN"
    assert (
        detect_currency("Av. Apoquindo 3000, Las Condes, Santiago, Chile\nTotal $ 12.990") == "CLP"
    )


def test_a_from_to_column_is_no_partys_block() -> None:
    # A ticket receipt's flight table heads its route column "From / To": both parties' words,
    # a column of places, no seller's block under it.
    lines = [
        (120, 60, "Electronic ticket receipt", 30),
        (120, 140, "NORDWIND AIR", 44),
        (120, 260, "Passenger", 26),
        (120, 300, "HANSEN/KARI MS", 26),
        (120, 360, "Ticket number", 26),
        (120, 400, "412 2104567893", 26),
        (120, 460, "Issue date", 26),
        (120, 500, "12JAN26", 26),
        (120, 700, "Flight", 26),
        (300, 700, "Date", 26),
        (500, 700, "From / To", 26),
        (1100, 700, "Dep", 26),
        (120, 745, "NW 318", 26),
        (300, 745, "14FEB26", 26),
        (500, 745, "OSLO OSL > BERGEN BGO", 26),
        (1100, 745, "0745", 26),
        (120, 900, "Total", 30),
        (1300, 900, "NOK 1 490,00", 30),
    ]
    assert _read(sized_page(lines, source="text_layer")).fields.vendor_name == "NORDWIND AIR"
