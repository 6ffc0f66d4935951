"""Faults a review of round i13e found (invented pages): a Romanian invoice in euros prints its VAT
in lei, its exchange rate and its capital in lei too, so "lei" names the leu only where no other
currency is printed; Moldova's leu is "lei" too, so "lei" on a Moldovan page names no Romanian
leu; Poland's bare "Numer" before another word ("Numer PPE:", "Numer telefonu") opens a longer
label, not the document's number; a "Terms: Cash" line over a "CREDIT NOTE" title leaves it a
credit note; "Est. 1921" under a letterhead is the year the business was established, and "Ind.
Est." an industrial estate, no legal form; a "Total excluding city tax" leaves out a charge, not
the VAT, so it labels no net; a page that states its seller is not ("NÃO") under the Simples
Nacional prints its 0,00 tax as a VAT of zero; a few words in lower case and a colon after
Romania's "Furnizor" ("Furnizor servicii de facturare: SmartBill SRL") name another party's
provider."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_lei_on_a_romanian_invoice_in_euros_name_no_currency() -> None:
    doc = sized_page(
        [
            (100, 60, "Softlab Consulting SRL", 40), (1210, 68, "FACTURĂ", 34),
            (100, 140, "CUI RO40211987 · Str. Morii 7, Cluj-Napoca", 24),
            (980, 240, "Seria / Nr.:", 24), (1390, 240, "SLC 0412", 24),
            (980, 272, "Data emiterii:", 24), (1420, 272, "04.03.2026", 24),
            (120, 410, "Cumpărător: Nordwind Logistik GmbH", 26),
            (120, 440, "Hamburg, Germania", 24),
            (170, 545, "Denumirea serviciilor", 24), (1400, 545, "Valoare (€)", 24),
            (175, 585, "Dezvoltare software - februarie 2026", 24), (1430, 585, "4.000,00", 24),
            (880, 700, "Total fără TVA", 24), (1400, 700, "4.000,00", 24),
            (880, 730, "TVA 21%", 24), (1420, 730, "840,00", 24),
            (880, 765, "Total de plată", 24), (1360, 765, "4.840,00 €", 24),
            (100, 900, "Curs BNR 5,0920 lei · TVA în lei: 4.277,28", 22),
            (100, 2200, "Capital social: 200 lei", 20),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.currency == "EUR"
    assert prediction.confidence["currency"] > 0.9


def test_lei_on_a_moldovan_invoice_is_not_romanias_leu() -> None:
    doc = sized_page(
        [
            (100, 60, "Vinăria Codru SRL", 40),
            (1210, 68, "FACTURĂ FISCALĂ", 34),
            (100, 140, "Cod fiscal 1003600098765 · str. Ștefan cel Mare 12, Chișinău", 24),
            (980, 240, "Seria / Nr.:", 24), (1390, 240, "EAA 4471203", 24),
            (980, 272, "Data:", 24), (1420, 272, "04.03.2026", 24),
            (120, 410, "Cumpărător: Restaurant La Placinte SRL", 26),
            (170, 545, "Denumirea mărfii", 24), (1440, 545, "Valoare", 24),
            (175, 585, "Vin roșu sec 0,75 l x 60", 24), (1430, 585, "6.000,00", 24),
            (880, 700, "Total fără TVA", 24), (1400, 700, "6.000,00 lei", 24),
            (880, 730, "TVA 20%", 24), (1400, 730, "1.200,00 lei", 24),
            (880, 765, "Total de plată", 24), (1400, 765, "7.200,00 lei", 24),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.currency != "RON"


def _polish_invoice(extra: tuple[float, float, str, float]) -> OcrDocument:
    return sized_page(
        [
            (186, 107, "Auto Serwis Kowalczyk Sp. z o.o.", 34),
            (1209, 109, "FAKTURA VAT nr 118/03/2026", 34),
            (103, 182, "ul. Polna 14, 60-101 Poznań · NIP 7781234567", 24),
            (938, 214, "Data wystawienia:", 24), (1405, 216, "06.03.2026", 24),
            extra,
            (121, 385, "Nabywca:", 24), (121, 411, "Transbud Logistyka S.A.", 24),
            (175, 548, "Nazwa towaru lub usługi", 24), (1440, 548, "Wartość", 24),
            (175, 590, "Wymiana klocków hamulcowych", 24), (1430, 590, "1 000,00", 24),
            (880, 700, "Razem netto", 24), (1400, 700, "1 000,00", 24),
            (880, 740, "VAT 23%", 24), (1420, 740, "230,00", 24),
            (880, 780, "Do zapłaty", 24), (1400, 780, "1 230,00", 24),
        ]
    )  # fmt: skip


def test_polands_numer_before_another_word_labels_something_else() -> None:
    # An electricity point's number ("Numer PPE:", its 18 digits in the next cell).
    doc = _polish_invoice((938, 250, "Numer PPE: 590310600001234567", 24))
    prediction = _predict(doc)
    assert prediction.fields.invoice_number == "118/03/2026"
    # A phone number after "Numer telefonu:" is no rival to the title's number.
    doc = _polish_invoice((103, 250, "Numer telefonu: 601 234 567", 24))
    prediction = _predict(doc)
    assert prediction.fields.invoice_number == "118/03/2026"
    assert prediction.confidence["invoice_number"] > 0.9


def test_a_cash_terms_line_over_a_credit_notes_title_leaves_it_a_credit_note() -> None:
    doc = sized_page(
        [
            (100, 60, "Mensah Building Supplies Ltd", 40),
            (100, 130, "Spintex Road, Accra · TIN C0004412871", 24),
            (100, 200, "Terms: Cash", 24),
            (600, 260, "CREDIT NOTE", 34),
            (100, 330, "No. CN-0412", 28), (1250, 330, "Date: 05/02/2026", 28),
            (100, 400, "Customer: Adjei Construction", 24),
            (100, 560, "Returned: cement bags x 10", 24), (1400, 560, "500.00", 24),
            (980, 700, "Sub-total", 24), (1400, 700, "500.00", 24),
            (980, 740, "VAT 15%", 24), (1420, 740, "75.00", 24),
            (980, 780, "TOTAL", 24), (1400, 780, "575.00", 24),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.document_type == "credit_note"
    assert fields.total == Decimal("-575.00")


def test_a_cash_or_credit_title_read_as_two_runs_is_still_no_credit_note() -> None:
    doc = sized_page(
        [
            (260, 90, "ASAMOAH TIMBER & HARDWARE", 50),
            (300, 160, "Kumasi Road, Tema · 024 551 0093", 24),
            (560, 260, "CASH /", 34), (700, 260, "CREDIT INVOICE", 34),
            (80, 330, "No. 1294", 28), (1250, 330, "Date: 5/2/26", 28),
            (80, 410, "M/S Kofi Boateng Builders", 28),
            (170, 660, "Plywood 18mm sheets", 24), (1410, 660, "5,400.00", 24),
            (980, 1880, "Sub-total", 24), (1340, 1880, "5,400.00", 24),
            (980, 1940, "VAT 15%", 24), (1370, 1940, "810.00", 24),
            (980, 2010, "TOTAL", 24), (1340, 2010, "6,210.00", 24),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.document_type == "invoice"
    assert fields.total == Decimal("6210.00")


def test_the_year_a_business_was_established_is_no_legal_form() -> None:
    doc = sized_page(
        [
            (100, 60, "Hargreaves Butchers", 40), (100, 100, "Est. 1921", 24),
            (100, 130, "22 Market Place, Ludlow SY8 1AP · VAT Reg GB 284 5512 90", 24),
            (980, 240, "Invoice No.", 24), (1390, 240, "HB-2210", 24),
            (980, 272, "Date", 24), (1420, 272, "12/03/2026", 24),
            (120, 400, "Bill to: The Feathers Hotel", 24),
            (130, 500, "Beef sirloin 12 kg", 24), (1420, 500, "300.00", 24),
            (880, 700, "Subtotal", 24), (1420, 700, "300.00", 24),
            (880, 740, "VAT 20%", 24), (1440, 740, "60.00", 24),
            (880, 780, "Total £", 24), (1420, 780, "360.00", 24),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.vendor_name == "Hargreaves Butchers"
    assert prediction.confidence["vendor_name"] > 0.75


def test_an_industrial_estate_in_the_address_is_no_legal_form() -> None:
    doc = sized_page(
        [
            (100, 60, "Harbour Fabrication", 40), (100, 110, "Unit 4, Riverside Ind. Est.", 24),
            (100, 140, "Poole BH15 1HJ · VAT Reg GB 284 5512 90", 24),
            (980, 240, "Invoice No.", 24), (1390, 240, "HF-2210", 24),
            (980, 272, "Date", 24), (1420, 272, "12/03/2026", 24),
            (120, 400, "Bill to: Quayside Marine Services", 24),
            (130, 500, "Steel brackets x 40", 24), (1420, 500, "300.00", 24),
            (880, 700, "Subtotal", 24), (1420, 700, "300.00", 24),
            (880, 740, "VAT 20%", 24), (1440, 740, "60.00", 24),
            (880, 780, "Total £", 24), (1420, 780, "360.00", 24),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.vendor_name == "Harbour Fabrication"
    assert prediction.confidence["vendor_name"] > 0.75


def test_a_total_excluding_another_charge_is_no_net() -> None:
    doc = sized_page(
        [
            (100, 60, "Hotel Am Stadtpark GmbH", 40),
            (100, 130, "Parkstraße 4, 20354 Hamburg · USt-IdNr. DE 812 345 678", 24),
            (980, 240, "Invoice No.", 24), (1390, 240, "HS-26-1187", 24),
            (980, 272, "Date", 24), (1420, 272, "12.03.2026", 24),
            (120, 400, "Guest: Ms. Anna Berg", 24),
            (130, 500, "Accommodation 2 nights", 24), (1420, 500, "214.00 EUR", 24),
            (130, 540, "Breakfast 2 x", 24), (1420, 540, "38.00 EUR", 24),
            (880, 700, "Total excluding city tax", 24), (1420, 700, "252.00 EUR", 24),
            (880, 740, "City tax", 24), (1440, 740, "12.60 EUR", 24),
            (880, 780, "Total", 24), (1420, 780, "264.60 EUR", 24),
            (130, 900, "VAT 7% on 214.00 EUR: 14.00 EUR · VAT 19% on 38.00 EUR: 6.07 EUR", 22),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    # The city tax is no VAT, and the total before it no net.
    assert fields.vat != Decimal("12.60")
    assert fields.amount != Decimal("252.00")


def test_a_seller_not_under_the_simples_nacional_keeps_its_vat_of_zero() -> None:
    doc = sized_page(
        [
            (1491, 98, "NF-e", 24),
            (100, 261, "LIVRARIA CULTURA DO SUL LTDA", 30),
            (780, 243, "DANFE", 24),
            (1400, 300, "Nº 000.004.112", 22), (1400, 330, "SÉRIE 1", 22),
            (100, 316, "Rua dos Andradas, 1200 - Porto Alegre - RS", 20),
            (1361, 641, "DATA DA EMISSÃO", 18), (1363, 661, "10/03/2026", 20),
            (83, 852, "BASE DE CÁLC. DO ICMS", 18), (332, 852, "VALOR DO ICMS", 18),
            (1081, 852, "VALOR TOTAL IPI", 18), (1331, 852, "VALOR TOTAL PRODUTOS", 18),
            (278, 872, "0,00", 20), (528, 872, "0,00", 20), (1277, 872, "0,00", 20),
            (1503, 872, "1.240,00", 20),
            (1331, 907, "VALOR TOTAL DA NOTA", 18), (1503, 927, "1.240,00", 20),
            (88, 1267, "LIVROS - IMUNE DE ICMS. EMPRESA NÃO OPTANTE PELO SIMPLES NACIONAL.", 20),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.vat == Decimal("0.00")


def test_a_romanian_footers_software_provider_is_not_the_seller() -> None:
    doc = sized_page(
        [
            (100, 60, "Lemn Carpați Distribuție SRL", 40),
            (1210, 68, "FACTURĂ", 34),
            (100, 140, "CUI RO40211987 · Str. Morii 7, Brașov", 24),
            (980, 240, "Seria / Nr.:", 24), (1390, 240, "LC 2026 0088", 24),
            (980, 272, "Data emiterii:", 24), (1420, 272, "04.03.2026", 24),
            (120, 410, "Client: Transilvania Mobila Design SRL", 26),
            (120, 440, "CUI RO27718840", 24),
            (170, 545, "Denumirea produselor", 24), (1440, 545, "Valoare", 24),
            (175, 585, "Cherestea brad 50x100 (mc)", 24), (1430, 585, "3.200,00", 24),
            (880, 700, "Total fără TVA", 24), (1400, 700, "3.200,00 lei", 24),
            (880, 730, "TVA 21%", 24), (1420, 730, "672,00 lei", 24),
            (880, 765, "Total de plată", 24), (1360, 765, "3.872,00 lei", 24),
            (300, 2150, "Furnizor servicii de facturare: SmartBill SRL", 20),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.vendor_name == "Lemn Carpați Distribuție SRL"
