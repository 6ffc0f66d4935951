"""Receipts and invoices of Central and Eastern Europe, the Nordics and the Baltics in their own
languages: their total, tax, net, cash and number labels ("SPOLU EUR", "ZA PLAČILO", "KOKKU",
"Osnova DDV", "Gotovina", "RAČUN ŠT."), Poland's "SUMA:" as the total above "SUMA PTU", dates
printed year first with a month name ("2026. gada 13. februāris") and their due-date labels,
a Cyrillic title OCR reads in look-alike letters ("ΦAKTYPA"), and the currency a page names
only by its country's ids and words. Rules added after the blind set 2026-12q was studied;
every page here is invented."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import infer_currency
from invoice_scanner_processing.extractors.rules.names import is_heading_line
from invoice_scanner_processing.extractors.rules.parsing import find_dates

Layout = Callable[..., OcrDocument]


def test_a_slovak_till_reads_spolu_as_the_total_not_the_cash_and_change(
    make_layout: Layout,
) -> None:
    doc = make_layout(
        [
            (200, 60, "DROGÉRIA NA KORZE"), (220, 110, "Korzo Obchod s.r.o."),
            (150, 160, "Hlavná 12, 040 01 Košice"), (150, 210, "IČ DPH: SK2020123456"),
            (100, 300, "Číslo dokladu: 771"), (600, 300, "02.03.2026 09:40"),
            (100, 360, "Šampón 250 ml"), (120, 400, "1 ks x 4,20 DPH 5%"), (800, 400, "4,20"),
            (100, 450, "Zubná pasta"), (120, 490, "1 ks x 3,69 DPH 23%"), (800, 490, "3,69"),
            (100, 540, "Krém"), (120, 580, "1 ks x 6,15 DPH 23%"), (800, 580, "6,15"),
            (100, 660, "Základ DPH 5%"), (800, 660, "4,00"),
            (100, 710, "DPH 5%"), (800, 710, "0,20"),
            (100, 760, "Základ DPH 23%"), (800, 760, "8,00"),
            (100, 810, "DPH 23%"), (800, 810, "1,84"),
            (100, 890, "SPOLU EUR"), (800, 890, "14,04"),
            (100, 950, "Hotovosť"), (800, 950, "20,00"),
            (100, 1000, "Výdavok"), (800, 1000, "5,96"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert (fields.total, fields.amount, fields.vat) == (
        Decimal("14.04"),
        Decimal("12.00"),
        Decimal("2.04"),
    )


def test_a_slovene_till_pays_za_placilo_and_hands_back_change(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (200, 60, "Gostilna Pri Mostu"), (220, 110, "Most Gostinstvo d.o.o."),
            (150, 160, "Glavni trg 2, 2000 Maribor"), (150, 210, "ID za DDV: SI87654321"),
            (100, 300, "RAČUN ŠT.: GM2-BL3-1180"), (100, 350, "11.03.2026 12:05"),
            (100, 420, "Juha dneva"), (800, 420, "4,38"),
            (100, 470, "Sok jabolko"), (800, 470, "6,10"),
            (100, 560, "ZA PLAČILO EUR"), (800, 560, "10,48"),
            (100, 620, "Osnova DDV 9,5%"), (800, 620, "4,00"),
            (100, 670, "DDV 9,5%"), (800, 670, "0,38"),
            (100, 720, "Osnova DDV 22,0%"), (800, 720, "5,00"),
            (100, 770, "DDV 22,0%"), (800, 770, "1,10"),
            (100, 850, "Gotovina"), (800, 850, "20,00"),
            (100, 900, "Vračilo"), (800, 900, "9,52"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.invoice_number == "GM2-BL3-1180"
    assert (fields.total, fields.amount, fields.vat) == (
        Decimal("10.48"),
        Decimal("9.00"),
        Decimal("1.48"),
    )


def test_an_estonian_till_reads_kokku_and_the_net_without_tax(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (200, 60, "LINNAPOOD"), (220, 110, "Linnapood OÜ"),
            (150, 160, "Narva mnt 5, 10117 Tallinn"), (150, 210, "KMKR nr EE100200300"),
            (100, 300, "ARVE-KVIITUNG nr 2207-0415"), (100, 350, "09.03.2026 18:20"),
            (100, 420, "Leib"), (800, 420, "3,10"),
            (100, 470, "Juust"), (800, 470, "9,30"),
            (100, 560, "Summa km-ta"), (800, 560, "10,00"),
            (100, 610, "Käibemaks 24%"), (800, 610, "2,40"),
            (100, 670, "KOKKU EUR"), (800, 670, "12,40"),
            (100, 730, "Pangakaart"), (800, 730, "12,40"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.invoice_number == "2207-0415"
    assert (fields.total, fields.amount, fields.vat) == (
        Decimal("12.40"),
        Decimal("10.00"),
        Decimal("2.40"),
    )


def test_a_polish_receipt_totals_under_suma_above_its_summed_ptu(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (200, 60, "Sklep Pod Dębem"), (220, 110, "Dąb Handel Sp. z o.o."),
            (150, 160, "ul. Leśna 4, 30-001 Kraków"), (150, 210, "NIP 676-123-45-67"),
            (100, 260, "2026-03-04 16:40"), (600, 260, "nr wydr. 044120"),
            (300, 310, "PARAGON FISKALNY"),
            (100, 380, "Chleb"), (800, 380, "6,48 B"),
            (100, 430, "Płyn do naczyń"), (800, 430, "12,30 A"),
            (100, 500, "SPRZEDAŻ OPODATKOWANA A"), (800, 500, "12,30"),
            (100, 550, "PTU A 23,00%"), (800, 550, "2,30"),
            (100, 600, "SPRZEDAŻ OPODATKOWANA B"), (800, 600, "6,48"),
            (100, 650, "PTU B 8,00%"), (800, 650, "0,48"),
            (100, 700, "SUMA PTU"), (800, 700, "2,78"),
            (100, 770, "SUMA:"), (800, 770, "18,78 zł"),
            (100, 830, "Gotówka"), (800, 830, "20,00"),
            (100, 880, "Nr par.: 3391"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.invoice_number == "3391"
    assert (fields.total, fields.amount, fields.vat) == (
        Decimal("18.78"),
        Decimal("16.00"),
        Decimal("2.78"),
    )


def test_dates_printed_year_first_with_a_month_name() -> None:
    cases = {
        "Datums: 2025. gada 4. novembris": date(2025, 11, 4),
        "2025 m. spalio 9 d.": date(2025, 10, 9),
        "Kelte: 2025. november 30.": date(2025, 11, 30),
        "Datum: 7. října 2025": date(2025, 10, 7),
    }
    for text, expected in cases.items():
        assert [f.value for f in find_dates(text)] == [expected], text


def test_a_latvian_invoice_dates_apart_from_its_payment_term(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 60, "SIA “Ziemeļu Koks”"), (700, 60, "RĒĶINS Nr. ZK-2025/311"),
            (700, 110, "Datums: 2025. gada 4. novembris"),
            (700, 160, "Apmaksas termiņš: 18.11.2025"),
            (100, 200, "PVN reģ. Nr. LV40001234567"),
            (100, 300, "Dēļi priedes"), (800, 300, "400,00"),
            (500, 400, "Summa bez PVN"), (800, 400, "400,00"),
            (500, 450, "PVN 21%"), (800, 450, "84,00"),
            (500, 500, "Kopā apmaksai EUR"), (800, 500, "484,00"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.invoice_date == date(2025, 11, 4)
    assert fields.due_date == date(2025, 11, 18)


def test_a_croatian_invoice_falls_due_on_its_dospijece_date(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 60, "Jadran Oprema d.o.o."), (100, 110, "OIB: 12345678901"),
            (100, 200, "Datum izdavanja:"), (500, 200, "02.11.2025."),
            (100, 250, "Dospijeće plaćanja:"), (500, 250, "17.11.2025."),
            (100, 330, "RAČUN br. 45-2-1"),
            (100, 400, "Konop 20 m"), (800, 400, "100,00"),
            (500, 480, "Ukupno bez PDV-a:"), (800, 480, "100,00"),
            (500, 530, "PDV 25%"), (800, 530, "25,00"),
            (500, 580, "UKUPNO ZA PLATITI:"), (800, 580, "125,00 EUR"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.invoice_number == "45-2-1"
    assert fields.invoice_date == date(2025, 11, 2)
    assert fields.due_date == date(2025, 11, 17)


def test_a_cyrillic_title_in_look_alike_letters_is_a_heading() -> None:
    for text in ("ΦAKTYPA", "ФАКТУРА", "CMETKA", "Фактура"):
        assert is_heading_line(text), text
    assert not is_heading_line("ΦAKTOP")


def test_a_country_named_only_by_its_ids_and_words_gives_the_currency() -> None:
    assert infer_currency("Havnebageriet ApS\nCVR 12345678\nI alt 80,00") == "DKK"
    assert infer_currency("Vestland Rør AS\nOrg.nr: 987 654 321 MVA\nKID: 1234") == "NOK"
    assert infer_currency("MAGAZIN SRL\nIASI, JUD. IASI\nBON FISCAL") == "RON"
    assert infer_currency("Bolt Kft.\nAdószám: 12345678-2-41") == "HUF"


def test_a_danish_receipt_without_a_currency_is_read_in_kroner(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (200, 60, "Havnebageriet ApS"), (200, 110, "Kajgade 3, 8000 Aarhus C"),
            (200, 160, "CVR 12345678"), (100, 240, "Bon 4410"), (600, 240, "03.03.2026"),
            (100, 310, "Rundstykker"), (800, 310, "30,00"),
            (100, 360, "Kaffe"), (800, 360, "50,00"),
            (100, 440, "I alt"), (800, 440, "80,00"),
            (100, 490, "Heraf moms 25%"), (800, 490, "16,00"),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert prediction.fields.currency == "DKK"
    assert prediction.confidence["currency"] == 0.5


def test_a_slovak_invoice_numbered_under_its_title_sums_up_in_words(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 60, "Tatranská mliekareň, a.s."), (900, 60, "FAKTÚRA"),
            (900, 110, "číslo 2511042"),
            (100, 200, "IČ DPH: SK2020111222"), (100, 250, "Dátum vyhotovenia: 03.11.2025"),
            (100, 400, "Syr údený"), (600, 400, "5"), (800, 400, "100,00"),
            (100, 450, "Fľaše vratné"), (600, 450, "23"), (800, 450, "20,00"),
            (100, 530, "Sadzba"), (300, 530, "Základ dane"), (600, 530, "DPH"),
            (800, 530, "Spolu"),
            (100, 580, "5 %"), (300, 580, "100,00"), (600, 580, "5,00"), (800, 580, "105,00"),
            (100, 630, "23 %"), (300, 630, "20,00"), (600, 630, "4,60"), (800, 630, "24,60"),
            (900, 700, "Celkom bez DPH: 120,00"), (900, 750, "DPH celkom: 9,60"),
            (900, 800, "Spolu na úhradu: 129,60 EUR"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.invoice_number == "2511042"
    assert (fields.total, fields.amount, fields.vat) == (
        Decimal("129.60"),
        Decimal("120.00"),
        Decimal("9.60"),
    )


def test_a_finnish_receipt_sums_its_vat_table_in_its_yht_row(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (200, 60, "Kulmakauppa Oy"), (100, 140, "KUITTI 5120"), (600, 140, "04.03.2026"),
            (100, 200, "Ruisleipä"), (800, 200, "5,00"),
            (100, 250, "Kahvi"), (800, 250, "12,55"),
            (100, 330, "YHTEENSÄ"), (800, 330, "17,55 €"),
            (100, 400, "ALV %"), (300, 400, "Veroton"), (550, 400, "Vero"),
            (800, 400, "Verollinen"),
            (100, 450, "25,5"), (300, 450, "10,00"), (550, 450, "2,55"), (800, 450, "12,55"),
            (100, 500, "13,5"), (300, 500, "4,41"), (550, 500, "0,59"), (800, 500, "5,00"),
            (100, 550, "Yht."), (300, 550, "14,41"), (550, 550, "3,14"), (800, 550, "17,55"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert (fields.total, fields.amount, fields.vat) == (
        Decimal("17.55"),
        Decimal("14.41"),
        Decimal("3.14"),
    )


def test_a_norwegian_till_prints_each_rates_base_before_its_rate(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (200, 60, "Fjellbua Kiosk AS"), (100, 140, "KVITTERING"), (600, 140, "05.03.2026"),
            (100, 200, "Brus"), (800, 200, "50,00"),
            (100, 250, "Batterier"), (800, 250, "62,50"),
            (100, 330, "TOTALT"), (800, 330, "112,50"),
            (100, 380, "BankAxept"), (800, 380, "112,50"),
            (100, 440, "Mva-grunnlag"), (350, 440, "Sats"), (550, 440, "Mva"), (800, 440, "Sum"),
            (100, 490, "43,48"), (350, 490, "15%"), (550, 490, "6,52"), (800, 490, "50,00"),
            (100, 540, "50,00"), (350, 540, "25%"), (550, 540, "12,50"), (800, 540, "62,50"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert (fields.total, fields.amount, fields.vat) == (
        Decimal("112.50"),
        Decimal("93.48"),
        Decimal("19.02"),
    )


def test_an_item_row_of_amount_rate_and_tax_is_no_base_first_rate_row(
    make_layout: Layout,
) -> None:
    doc = make_layout(
        [
            (100, 60, "Harbour Parts Ltd"), (900, 60, "INVOICE 7713"),
            (100, 200, "Item"), (500, 200, "Amount"), (700, 200, "Rate"), (850, 200, "Tax"),
            (100, 250, "Connector"), (500, 250, "400.00"), (700, 250, "13%"),
            (850, 250, "52.00"),
            (100, 300, "Switch"), (500, 300, "100.00"), (700, 300, "13%"), (850, 300, "13.00"),
            (600, 400, "Subtotal"), (850, 400, "500.00"),
            (600, 450, "Tax"), (850, 450, "65.00"),
            (600, 500, "Total"), (850, 500, "565.00"),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert (fields.total, fields.amount, fields.vat) == (
        Decimal("565.00"),
        Decimal("500.00"),
        Decimal("65.00"),
    )
