"""Invented pages for round i13l: Croatia's due date in the genitive, Poland's "Podatek VAT"
line in a correction's totals block, Slovenia's short number label and buyer heading; a date's
format note in brackets; a later date under a label read no further (held); a rounding word
opening a sentence; a totals row after a signature's cell; a recap row that splits the total;
a total after a withholding held by its sum."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_croatian_due_date_in_the_genitive_is_read() -> None:
    doc = sized_page(
        [
            (260, 130, "Lučka Oprema d.o.o.", 36), (1280, 125, "RAČUN", 40),
            (260, 180, "Riva 3, 51000 Rijeka · OIB: 11223344556", 22),
            (1260, 180, "Broj računa: 77-2-1", 26),
            (110, 315, "Kupac:", 24),
            (910, 315, "Datum izdavanja:", 24), (1380, 315, "04.05.2026.", 24),
            (110, 352, "Marina Kvarner d.d.", 24),
            (910, 349, "Datum dospijeća:", 24), (1380, 349, "19.05.2026.", 24),
            (110, 385, "Obala 7, 51000 Rijeka", 24),
            (120, 585, "Naziv", 24), (1380, 585, "Iznos (EUR)", 24),
            (200, 640, "Konop 12 mm", 24), (1450, 640, "400,00", 24),
            (970, 875, "Ukupno bez PDV-a:", 26), (1400, 875, "400,00 €", 26),
            (970, 915, "PDV 25%:", 26), (1400, 915, "100,00 €", 26),
            (970, 955, "UKUPNO ZA PLATITI:", 26), (1380, 955, "500,00 €", 26),
        ]
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.invoice_date == date(2026, 5, 4)
    assert pred.fields.due_date == date(2026, 5, 19)


def test_a_polish_correction_reads_its_podatek_vat_line() -> None:
    doc = sized_page(
        [
            (110, 137, "Papiernia Warta Sp. z o.o.", 36),
            (110, 190, "ul. Młyńska 2, 60-101 Poznań · NIP 781-10-20-300", 22),
            (520, 286, "FAKTURA KORYGUJĄCA", 40), (660, 343, "nr FK/2026/05/011", 28),
            (110, 427, "Data wystawienia:", 24), (440, 427, "12.05.2026", 24),
            (110, 570, "Sprzedawca", 24), (830, 570, "Nabywca", 24),
            (110, 607, "Papiernia Warta Sp. z o.o.", 24), (830, 607, "Biuro Lech S.A.", 24),
            (110, 745, "Korekta (różnica):", 24),
            (150, 800, "1 Papier A4 - zwrot", 22), (1060, 800, "-200,00", 22),
            (1310, 800, "-46,00", 22), (1460, 800, "-246,00", 22),
            (1056, 900, "Wartość netto korekty:", 24), (1380, 900, "-200,00 zł", 24),
            (1056, 940, "Podatek VAT 23%:", 24), (1400, 940, "-46,00 zł", 24),
            (1056, 980, "Wartość brutto korekty: -246,00 zł", 24),
            (140, 1060, "Do zwrotu:", 30), (1300, 1060, "246,00 zł", 30),
            (110, 1140, "Sposób zwrotu: przelew · Termin płatności: 26.05.2026", 24),
        ]
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.amount == Decimal("-200.00")
    assert pred.fields.vat == Decimal("-46.00")
    assert pred.fields.total == Decimal("-246.00")


def test_a_slovenian_number_label_and_buyer_heading() -> None:
    doc = sized_page(
        [
            (118, 110, "LESNIK", 60), (1340, 105, "RAČUN", 48),
            (116, 176, "Lesnik d.o.o., Celovška 5, 1000 Ljubljana", 26),
            (1240, 178, "Št. računa: 2026-00311", 26),
            (118, 210, "ID za DDV: SI12345678", 24),
            (140, 317, "Prejemnik:", 26),
            (886, 315, "Datum izdaje:", 26), (1400, 315, "12. 4. 2026", 26),
            (138, 350, "Tesarstvo Novak s.p.", 28),
            (886, 382, "Rok plačila:", 26), (1400, 382, "12.5.2026", 26),
            (140, 386, "Glavna 4, 4000 Kranj", 26),
            (125, 590, "Opis", 26), (1180, 590, "Vrednost brez DDV", 26),
            (125, 646, "Deske smreka", 26), (1348, 646, "100,00", 26),
            (1029, 897, "Skupaj brez DDV:", 26), (1448, 897, "100,00", 26),
            (1026, 934, "DDV skupaj:", 26), (1448, 934, "22,00", 26),
            (1026, 973, "Za plačilo EUR:", 26), (1400, 973, "122,00", 26),
        ]
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.invoice_number == "2026-00311"
    assert pred.fields.vendor_name != "Tesarstvo Novak s.p."


def _dated_invoice(date_rows: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (260, 130, "Lučka Oprema d.o.o.", 36), (1280, 125, "RAČUN", 40),
            (260, 180, "Riva 3, 51000 Rijeka · OIB: 11223344556", 22),
            (1260, 180, "Broj računa: 77-2-1", 26),
            (910, 315, "Datum izdavanja:", 24), (1380, 315, "04.05.2026.", 24),
            *date_rows,
            (120, 585, "Naziv", 24), (1380, 585, "Iznos (EUR)", 24),
            (200, 640, "Konop 12 mm", 24), (1450, 640, "400,00", 24),
            (970, 875, "Ukupno bez PDV-a:", 26), (1400, 875, "400,00 €", 26),
            (970, 915, "PDV 25%:", 26), (1400, 915, "100,00 €", 26),
            (970, 955, "UKUPNO ZA PLATITI:", 26), (1380, 955, "500,00 €", 26),
        ]
    )  # fmt: skip


def test_a_later_date_after_a_date_word_and_an_unknown_word_holds_a_null_due_date() -> None:
    # "Datum" is a date word; the word after it is none the reader knows: the later date
    # may be the due date it missed, so a null due date is only a guess.
    beside = _dated_invoice([(910, 349, "Datum dospelosti:", 24), (1380, 349, "19.05.2026.", 24)])
    inline = _dated_invoice([(910, 349, "Datum dospelosti: 19.05.2026.", 24)])
    for doc in (beside, inline):
        pred = _predict(doc)
        assert pred.fields.invoice_date == date(2026, 5, 4)
        if pred.fields.due_date is None:
            assert pred.confidence["due_date"] <= 0.5
            assert pred.flags  # held, whatever the other fields' confidence


def test_an_earlier_date_after_a_date_word_leaves_a_null_due_date_sure() -> None:
    doc = _dated_invoice([(910, 349, "Datum isporuke:", 24), (1380, 349, "30.04.2026.", 24)])
    pred = _predict(doc)
    assert pred.fields.due_date is None
    assert pred.confidence["due_date"] > 0.6
    assert not pred.flags


def test_a_date_format_note_after_a_date_label_is_no_label() -> None:
    # "an" (the year) is no addressee's label: the issue date is the one after the note, not
    # the later date whose label OCR misread ("scadentței").
    lines = [
        (660, 528, "Data (zi/lună/an): 03.03.2026", 26),
        (660, 565, "Data scadentței: 02.04.2026", 26),
    ]
    doc = sized_page(
        [
            (123, 163, "Birotica Someș S.R.L.", 30), (989, 163, "Clinica Arcada S.R.L.", 30),
            (126, 231, "CUI: RO18273645", 26), (700, 422, "FACTURĂ", 40),
            (665, 489, "Seria BSO nr. 000812", 28), *lines,
            (987, 950, "Total", 28), (1164, 950, "100,00", 28), (1380, 950, "21,00", 28),
            (989, 1021, "Total de plată", 28), (1304, 1016, "121,00 lei", 28),
        ]
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.invoice_date == date(2026, 3, 3)
    assert pred.fields.due_date in (None, date(2026, 4, 2))


def test_a_sentence_after_a_rounding_word_is_no_rounding() -> None:
    # "Kerekítés nélkül" (without rounding) opens a sentence whose "1" counts the copies.
    doc = sized_page(
        [
            (500, 114, "Kerti Műhely Bt.", 60),
            (340, 180, "8200 Veszprém, Fő út 1. · Adószám: 22000000-2-19", 32),
            (668, 260, "SZÁMLA", 70), (625, 349, "Számlaszám: KM-2026/0012", 34),
            (990, 441, "Kelt:", 34), (1300, 446, "2026.04.09.", 34),
            (990, 514, "Fizetési határidő:", 34), (1298, 514, "2026.04.24.", 34),
            (165, 694, "Tétel", 34), (1362, 697, "Nettó ár", 34),
            (167, 747, "Fűnyírás (óra)", 34), (1342, 745, "120 000 Ft", 34),
            (911, 960, "Nettó összesen:", 34), (1327, 960, "120 000 Ft", 34),
            (911, 1000, "ÁFA (27%):", 34), (1327, 1000, "32 400 Ft", 34),
            (911, 1040, "Bruttó összesen:", 34), (1327, 1040, "152 400 Ft", 34),
            (909, 1119, "Fizetendő:", 34), (1261, 1119, "152 400 Ft", 34),
            (162, 1279, "Kerekítés nélkül, forintban kiállítva. A számla 1 példányban.", 30),
        ]
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.total == Decimal("152400")
    assert not pred.fields.rounding


def test_a_totals_row_of_net_and_tax_after_a_signature_line_is_read() -> None:
    # "Total | net | VAT" under the item table's value columns, the signature's line left of
    # it in the same row; the total to pay under it.
    doc = sized_page(
        [
            (126, 126, "FURNIZOR", 30), (992, 126, "CUMPĂRĂTOR", 30),
            (123, 163, "Birotica Someș S.R.L.", 30), (989, 163, "Clinica Arcada S.R.L.", 30),
            (126, 231, "CUI: RO18273645", 26), (700, 422, "FACTURĂ", 40),
            (665, 489, "Seria BSO nr. 000812", 28), (650, 528, "Data: 03.03.2026", 28),
            (126, 553, "Cota TVA: 21%", 28),
            (200, 665, "Denumirea produselor", 28), (1198, 665, "Valoarea", 28),
            (1407, 665, "Valoarea TVA", 28),
            (207, 740, "Hârtie copiator A4", 28), (1204, 740, "1.284,00", 28),
            (1430, 740, "269,64", 28),
            (207, 780, "Toner compatibil", 28), (1204, 780, "1.156,00", 28),
            (1430, 780, "242,76", 28),
            (146, 957, "Semnătura și ștampila furnizorului", 28), (987, 950, "Total", 30),
            (1164, 950, "2.440,00", 30), (1380, 950, "512,40", 30),
            (989, 1021, "Total de plată", 30), (1304, 1016, "2.952,40 lei", 30),
        ]
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.total == Decimal("2952.40")
    assert pred.fields.amount == Decimal("2440.00")
    assert pred.fields.vat == Decimal("512.40")


def test_the_recap_row_whose_gross_is_the_total_gives_the_net_and_tax() -> None:
    # A final invoice deducting a taxed advance: the recap's last row is what remains, and
    # its gross is the amount to pay; its net and tax are the invoice's, not the delivery's.
    doc = sized_page(
        [
            (128, 121, "Faktura - daňový doklad", 44), (1243, 132, "č. 2026020117", 40),
            (132, 226, "Dodavatel", 30), (870, 226, "Odběratel", 30),
            (131, 260, "Cihly Vrba s.r.o.", 34), (877, 278, "Stavby Dvořák s.r.o.", 34),
            (131, 361, "IČO: 27000001", 30), (875, 386, "IČO: 73000002", 30),
            (131, 393, "DIČ: CZ27000001", 30),
            (131, 541, "Datum vystavení:", 30), (404, 539, "05.03.2026", 30),
            (131, 612, "Datum splatnosti:", 30), (404, 607, "19.03.2026", 30),
            (136, 752, "Označení dodávky", 32), (1221, 758, "Bez DPH", 32),
            (1436, 756, "Celkem", 32),
            (137, 802, "Cihla plná", 32), (1102, 802, "21", 32), (1214, 804, "10 000,00", 32),
            (1422, 804, "12 100,00", 32),
            (141, 845, "Odpočet zálohy", 32), (1102, 845, "21", 32), (1204, 845, "-4 000,00", 32),
            (1410, 845, "-4 840,00", 32),
            (136, 1138, "Rekapitulace DPH v Kč", 34), (519, 1142, "Základ v Kč", 32),
            (712, 1140, "Sazba", 32), (877, 1140, "DPH v Kč", 32), (1035, 1142, "Celkem s DPH", 32),
            (137, 1190, "Dodávka celkem", 32), (547, 1190, "10 000,00", 32),
            (725, 1190, "21 %", 32), (877, 1190, "2 100,00", 32), (1083, 1190, "12 100,00", 32),
            (137, 1233, "Přijatá záloha", 32), (544, 1233, "-4 000,00", 32),
            (729, 1233, "21 %", 32), (884, 1233, "-840,00", 32), (1090, 1233, "-4 840,00", 32),
            (137, 1276, "Zbývá", 32), (549, 1276, "6 000,00", 32), (729, 1276, "21 %", 32),
            (877, 1276, "1 260,00", 32), (1097, 1276, "7 260,00", 32),
            (946, 1372, "K úhradě:", 40), (1259, 1372, "7 260,00 Kč", 40),
        ]
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.total == Decimal("7260.00")
    assert pred.fields.amount == Decimal("6000.00")
    assert pred.fields.vat == Decimal("1260.00")


def test_a_total_after_a_withholding_stays_held_by_its_sum() -> None:
    # INTEGRATION.md: the total is the payable after the ritenuta; sets key the gross, so such
    # a page must never go through unseen: net + VAT is not the total, the check holds it.
    doc = sized_page(
        [
            (111, 120, "Studio Tecnico Ing. Paola Riva", 40),
            (111, 170, "Via Roma 1, 24121 Bergamo · P.IVA 01234567890", 24),
            (111, 319, "FATTURA N. 7/2026", 34), (111, 370, "Data: 10/03/2026", 26),
            (917, 327, "Spett.le", 26), (917, 363, "Edil Nord S.r.l.", 26),
            (119, 695, "Descrizione", 26), (1414, 695, "Importo €", 26),
            (119, 750, "Onorario professionale", 26), (1436, 750, "1.000,00", 26),
            (667, 845, "Imponibile IVA", 26), (1410, 845, "€ 1.000,00", 26),
            (667, 889, "IVA 22%", 26), (1431, 889, "€ 220,00", 26),
            (667, 934, "Totale documento", 26), (1410, 934, "€ 1.220,00", 26),
            (667, 978, "Ritenuta d'acconto 20% su € 1.000,00", 26), (1421, 978, "€ -200,00", 26),
            (667, 1023, "Netto a pagare", 26), (1410, 1023, "€ 1.020,00", 26),
        ]
    )  # fmt: skip
    f = _predict(doc).fields
    assert f.total == Decimal("1020.00")
    assert f.amount is not None and f.vat is not None
    assert f.amount + f.vat != f.total


def test_a_number_line_under_the_buyers_block_is_the_documents_own() -> None:
    # "RAČUN br. 55-1-1" under the buyer's address, a short gap above it: the title line
    # after the block, whose number is the invoice's, never a line of the buyer's block.
    doc = sized_page(
        [
            (245, 144, "Smokva", 70), (1176, 128, "Konoba Smokva d.o.o.", 42),
            (1186, 166, "Riva 8, 21000 Split", 36), (1291, 199, "OIB: 48200000001", 34),
            (147, 345, "Kupac:", 40),
            (150, 382, "OLIVA TOURS j.d.o.o.", 40),
            (958, 382, "Datum i vrijeme izdavanja:", 26), (1380, 380, "21.03.2026. 14:32", 30),
            (152, 418, "Put Firula 3", 34),
            (958, 453, "Dospijeće plaćanja:", 34), (1366, 450, "04.04.2026.", 34),
            (152, 450, "21000 Split", 34),
            (150, 480, "OIB: 90300000002", 40),
            (150, 585, "RAČUN br. 55-1-1", 56),
            (159, 674, "R.br. Opis", 40), (1345, 672, "Iznos (EUR)", 40),
            (180, 717, "1.", 34), (234, 714, "Ručak (po osobi)", 38), (1414, 711, "500,00", 40),
            (923, 934, "Ukupno bez PDV-a:", 40), (1395, 930, "500,00", 40),
            (923, 973, "PDV 25%:", 40), (1418, 970, "125,00", 40),
            (923, 1035, "UKUPNO ZA PLATITI:", 40), (1278, 1028, "625,00 EUR", 48),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "55-1-1"
