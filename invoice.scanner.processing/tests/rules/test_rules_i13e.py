"""Invoices of small businesses in Latin America, the Middle East, Africa and Eastern Europe
(invented): a "Cash / Credit Invoice" is no credit note; a Romanian buyer's "Cumpărător:" block
is never the seller, and a legal form the OCR read as a run of its own beside the name belongs
to it; a longer label the lexicon does not know ("Proveedor tecnológico:") names no seller; a
bank's own name on a bank line is not the account's holder; the Gulf's "Est." and "L.L.C" are
legal forms; Turkey's rates written "%20" and its "Mal Hizmet Toplam Tutarı" net; an Argentinian
perception charged beside the IVA is tax; a speck after a legal form; Poland's bare "Numer:"
beside its KSeF number; an e-invoice's hyphenated title is no wordmark; a title under the
parties' columns ends their blocks; and a date written "09 de marzo de 2026" is found on the
page."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction
from invoice_scanner_processing.stages.evidence import date_variants, locate


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _read(doc: OcrDocument) -> object:
    return _predict(doc).fields


def test_a_cash_or_credit_sales_book_invoice_is_no_credit_note() -> None:
    doc = sized_page(
        [
            (260, 90, "ASAMOAH TIMBER & HARDWARE", 50),
            (300, 160, "Kumasi Road, Tema · 024 551 0093", 24),
            (560, 260, "CASH / CREDIT INVOICE", 34),
            (80, 330, "No. 1294", 28), (1250, 330, "Date: 5/2/26", 28),
            (80, 410, "M/S Kofi Boateng Builders", 28),
            (80, 570, "QTY", 24), (560, 570, "DESCRIPTION", 24), (1230, 570, "RATE", 24),
            (1400, 570, "AMOUNT", 24),
            (80, 660, "12", 24), (170, 660, "Plywood 18mm sheets", 24), (1240, 660, "450.00", 24),
            (1410, 660, "5,400.00", 24),
            (980, 1880, "Sub-total", 24), (1340, 1880, "5,400.00", 24),
            (980, 1940, "VAT 15%", 24), (1370, 1940, "810.00", 24),
            (980, 2010, "TOTAL", 24), (1340, 2010, "6,210.00", 24),
        ]
    )  # fmt: skip
    fields = _read(doc)
    assert fields.document_type == "invoice"  # type: ignore[attr-defined]
    assert fields.total == Decimal("6210.00")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("810.00")  # type: ignore[attr-defined]


def _romanian_invoice(seller: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            *seller,
            (1210, 68, "FACTURĂ", 34),
            (100, 140, "CUI RO40211987 · Str. Morii 7, Brașov", 24),
            (980, 240, "Seria / Nr.:", 24), (1390, 240, "LC 2026 0088", 24),
            (980, 272, "Data emiterii:", 24), (1420, 272, "04.03.2026", 24),
            (120, 410, "Cumpărător: Transilvania Mobila Design SRL", 26),
            (120, 440, "CUI RO27718840", 24),
            (120, 465, "Str. Lunga 12, Brașov", 24),
            (170, 545, "Denumirea produselor", 24), (1440, 545, "Valoare", 24),
            (175, 585, "Cherestea brad 50x100 (mc)", 24), (1430, 585, "3.200,00", 24),
            (880, 700, "Total fără TVA", 24), (1400, 700, "3.200,00 lei", 24),
            (880, 730, "TVA 21%", 24), (1420, 730, "672,00 lei", 24),
            (880, 765, "Total de plată", 24), (1360, 765, "3.872,00 lei", 24),
        ]
    )  # fmt: skip


def test_a_romanian_buyers_block_is_never_the_seller() -> None:
    doc = _romanian_invoice([(100, 60, "Atelier Lemn Carpați", 40)])
    assert _read(doc).vendor_name == "Atelier Lemn Carpați"  # type: ignore[attr-defined]


def test_a_legal_form_read_as_a_run_beside_the_name_belongs_to_it() -> None:
    doc = _romanian_invoice([(100, 60, "Lemn Carpați", 40), (380, 62, "SRL", 40)])
    assert _read(doc).vendor_name == "Lemn Carpați SRL"  # type: ignore[attr-defined]


def test_a_longer_label_than_the_lexicons_names_no_seller() -> None:
    doc = sized_page(
        [
            (100, 60, "Climas del Litoral S.A.S.", 44),
            (870, 70, "FACTURA ELECTRÓNICA DE VENTA", 34),
            (100, 140, "NIT 900.512.338-2", 24),
            (980, 240, "No.", 24), (1420, 240, "CDL 775", 24),
            (980, 270, "Fecha de expedición", 24), (1400, 270, "2026-01-20", 24),
            (120, 400, "Adquiriente: Clínica San Rafael S.A.S.", 24),
            (160, 545, "Descripción", 24), (1420, 545, "Vr. total", 24),
            (160, 580, "Instalación minisplit 12.000 BTU", 24), (1410, 580, "900.000", 24),
            (880, 730, "Subtotal", 24), (1380, 730, "$ 900.000", 24),
            (880, 770, "IVA 19%", 24), (1400, 770, "$ 171.000", 24),
            (880, 850, "TOTAL A PAGAR", 24), (1340, 850, "$ 1.071.000", 24),
            (390, 2240, "Proveedor tecnológico: Facturadora Andina S.A.S.", 22),
        ]
    )  # fmt: skip
    assert _read(doc).vendor_name == "Climas del Litoral S.A.S."  # type: ignore[attr-defined]


def test_a_banks_own_name_is_not_the_accounts_holder() -> None:
    doc = sized_page(
        [
            (110, 70, "Qamar Print House", 44),
            (950, 80, "TAX INVOICE", 34),
            (110, 150, "Industrial Area 4, Sharjah · Tel +971 6 543 2100", 24),
            (980, 250, "Invoice No.", 24), (1400, 250, "QPH-2026-031", 24),
            (980, 280, "Date", 24), (1420, 280, "12/02/2026", 24),
            (120, 420, "Bill To: Marina Events FZ-LLC", 24),
            (130, 580, "Description", 24), (1440, 580, "Amount", 24),
            (130, 620, "Banner printing 3x1 m", 24), (1420, 620, "1,200.00", 24),
            (880, 760, "Subtotal", 24), (1420, 760, "1,200.00", 24),
            (880, 800, "VAT 5%", 24), (1440, 800, "60.00", 24),
            (880, 840, "Total", 24), (1420, 840, "1,260.00", 24),
            (500, 1900, "Emirates Pearl Bank · IBAN AE45 0330 0000 1234 5678 901", 22),
            (500, 2160, "Beneficiary bank: Emirates Pearl Bank", 22),
            (500, 2200, "Emirates Pearl Bank · IBAN AE45 0330 0000 1234 5678 901", 22),
        ]
    )  # fmt: skip
    assert _read(doc).vendor_name == "Qamar Print House"  # type: ignore[attr-defined]


def test_the_gulfs_establishment_is_a_legal_form() -> None:
    doc = sized_page(
        [
            (110, 70, "Nakheel Cooling Est.", 40),
            (950, 80, "TAX INVOICE", 34),
            (110, 150, "King Abdullah Road, Dammam · VAT No. 300998877600003", 24),
            (980, 250, "Invoice number", 24), (1400, 250, "NC-26-0042", 24),
            (980, 280, "Issue date", 24), (1420, 280, "2026-02-03", 24),
            (120, 420, "Buyer", 24),
            (120, 450, "Rimal Furnished Suites Co.", 24),
            (130, 580, "Description", 24), (1440, 580, "Line net", 24),
            (130, 620, "Split AC servicing", 24), (1420, 620, "2,000.00", 24),
            (880, 760, "Total excl. VAT", 24), (1420, 760, "2,000.00", 24),
            (880, 800, "VAT 15%", 24), (1440, 800, "300.00", 24),
            (880, 840, "Total incl. VAT", 24), (1420, 840, "2,300.00", 24),
            (520, 2200, "Installed by Sahil Technical Services Co.", 22),
        ]
    )  # fmt: skip
    assert _read(doc).vendor_name == "Nakheel Cooling Est."  # type: ignore[attr-defined]


def test_a_uae_limited_company_without_its_last_dot_is_a_legal_form() -> None:
    doc = sized_page(
        [
            (300, 180, "AL SAHRA OFFICE FURNITURE TRADING L.L.C", 44),
            (470, 260, "Shop 4, Al Khan Street, Sharjah, U.A.E.", 24),
            (440, 380, "TAX INVOICE", 34),
            (105, 440, "Bill To", 24), (960, 440, "Invoice No.", 24),
            (1360, 440, "ASF-1102", 24),
            (105, 470, "Coral Bay Shipping FZE", 24), (970, 475, "Date", 24),
            (1390, 470, "09/02/2026", 24),
            (130, 580, "Description", 24), (1440, 580, "Amount", 24),
            (130, 620, "Office chairs", 24), (1420, 620, "4,000.00", 24),
            (880, 760, "Subtotal", 24), (1420, 760, "4,000.00", 24),
            (880, 800, "VAT 5%", 24), (1440, 800, "200.00", 24),
            (880, 840, "Total", 24), (1420, 840, "4,200.00", 24),
            (520, 2200, "Delivered by Khaleej Movers Co.", 22),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.vendor_name == "AL SAHRA OFFICE FURNITURE TRADING L.L.C"
    assert prediction.confidence["vendor_name"] > 0.75


def _turkish_invoice(title: str) -> OcrDocument:
    return sized_page(
        [
            (200, 120, "Marmara Kırtasiye Ltd. Şti.", 30),
            (1300, 118, title, 40),
            (110, 194, "Atatürk Cad. No:8 Kadıköy / İSTANBUL", 24),
            (945, 193, "Fatura No:", 24), (1310, 193, "MKR2026000000071", 24),
            (945, 225, "Fatura Tarihi:", 24), (1410, 225, "11-02-2026", 24),
            (127, 360, "SAYIN", 24),
            (127, 390, "Boğaziçi Otelcilik A.Ş.", 24),
            (123, 527, "Sıra Mal / Hizmet", 24), (1467, 527, "Tutar", 24),
            (191, 566, "Defter A4 kareli", 24), (1381, 566, "10.000,00 TL", 24),
            (191, 605, "Kitap seti", 24), (1381, 605, "2.000,00 TL", 24),
            (888, 700, "Mal Hizmet Toplam Tutarı", 24), (1378, 700, "12.000,00 TL", 24),
            (888, 740, "Toplam İskonto", 24), (1393, 740, "1.000,00 TL", 24),
            (888, 780, "Hesaplanan KDV (%1)", 24), (1433, 780, "20,00 TL", 24),
            (888, 820, "Hesaplanan KDV (%20)", 24), (1393, 820, "1.800,00 TL", 24),
            (888, 860, "Vergiler Dahil Toplam Tutar", 24), (1378, 860, "12.820,00 TL", 24),
            (888, 900, "Ödenecek Tutar", 24), (1378, 900, "12.820,00 TL", 24),
        ]
    )  # fmt: skip


def test_turkish_rates_before_their_sign_sum_to_the_vat_over_the_goods_net() -> None:
    # The discount under the goods' total ("Toplam İskonto") is taken off it, never a total.
    prediction = _predict(_turkish_invoice("FATURA"))
    fields = prediction.fields
    assert fields.amount == Decimal("11000.00")
    assert fields.vat == Decimal("1820.00")
    assert fields.total == Decimal("12820.00")
    assert prediction.confidence["vat"] > 0.9


def test_a_title_under_the_parties_columns_ends_their_blocks() -> None:
    doc = sized_page(
        [
            (105, 90, "Seller:", 26), (910, 90, "Buyer:", 26),
            (105, 120, "MOBILA NORD S.R.L.", 26), (910, 120, "HOTEL TISA S.A.", 26),
            (105, 155, "CIF: RO22814470", 24), (910, 155, "CIF: RO11402291", 24),
            (105, 187, "Str. Gării nr. 4, Baia Mare", 24), (910, 187, "Str. Unirii 9, Sighet", 24),
            (105, 219, "IBAN RO12 BTRL 0240 1202 B771 10XX", 24),
            (700, 300, "FACTURĂ", 34),
            (676, 365, "Seria MBN nr. 00417", 26),
            (696, 415, "Data: 04.03.2026", 26),
            (182, 530, "Denumire", 24), (1168, 530, "Valoare", 24),
            (184, 572, "Scaune lemn masiv", 24), (1166, 572, "4.000,00", 24),
            (880, 700, "Total fără TVA", 24), (1400, 700, "4.000,00", 24),
            (880, 740, "TVA 21%", 24), (1420, 740, "840,00", 24),
            (880, 780, "Total de plată", 24), (1400, 780, "4.840,00", 24),
        ]
    )  # fmt: skip
    fields = _read(doc)
    assert fields.invoice_number == "MBN 00417"  # type: ignore[attr-defined]
    assert fields.vendor_name == "MOBILA NORD S.R.L."  # type: ignore[attr-defined]


def test_an_e_invoices_hyphenated_title_is_no_wordmark() -> None:
    prediction = _predict(_turkish_invoice("e-FATURA"))
    assert prediction.fields.vendor_name == "Marmara Kırtasiye Ltd. Şti."
    assert prediction.confidence["vendor_name"] > 0.75


def test_an_argentinian_perception_is_tax_beside_the_iva() -> None:
    doc = sized_page(
        [
            (170, 100, "Aceitera del Valle S.A.", 34), (1200, 98, "FACTURA", 34),
            (850, 166, "Punto de Venta:", 24), (1325, 166, "00002", 24),
            (850, 193, "Comp. Nro:", 24), (1290, 195, "00000871", 24),
            (850, 223, "Fecha de Emisión:", 24), (1280, 223, "02/03/2026", 24),
            (106, 343, "Almacén Don Bosco S.R.L.", 24),
            (106, 469, "Cód.", 24), (177, 469, "Producto / Servicio", 24),
            (1296, 469, "Subtotal", 24),
            (170, 504, "Aceite de girasol x 12", 24), (1272, 504, "100.000,00", 24),
            (817, 637, "Importe Neto Gravado: $", 24), (1270, 635, "100.000,00", 24),
            (817, 670, "IVA 21%: $", 24), (1270, 670, "21.000,00", 24),
            (817, 705, "Percepción IIBB Córdoba 2%: $", 24), (1280, 705, "2.000,00", 24),
            (815, 736, "Importe Total: $", 24), (1227, 736, "123.000,00", 24),
        ]
    )  # fmt: skip
    fields = _read(doc)
    assert fields.amount == Decimal("100000.00")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("23000.00")  # type: ignore[attr-defined]
    assert fields.total == Decimal("123000.00")  # type: ignore[attr-defined]


def test_a_speck_after_a_legal_form_leaves_the_form() -> None:
    doc = sized_page(
        [
            (170, 100, "Bodega Los Álamos S.R.L.'", 34), (1200, 98, "FACTURA", 34),
            (93, 168, "Ruta 40 km 3 - (5500) Mendoza", 24),
            (850, 193, "Comp. Nro:", 24), (1290, 195, "00000412", 24),
            (850, 223, "Fecha de Emisión:", 24), (1280, 223, "05/03/2026", 24),
            (106, 343, "Restaurante El Mirador S.A.", 24),
            (106, 396, "San Martín 120 - Luján de Cuyo", 24),
            (817, 637, "Importe Neto Gravado: $", 24), (1270, 635, "50.000,00", 24),
            (817, 670, "IVA 21%: $", 24), (1270, 670, "10.500,00", 24),
            (815, 736, "Importe Total: $", 24), (1227, 736, "60.500,00", 24),
        ]
    )  # fmt: skip
    assert _read(doc).vendor_name == "Bodega Los Álamos S.R.L."  # type: ignore[attr-defined]


def test_polands_bare_numer_labels_the_number() -> None:
    doc = sized_page(
        [
            (186, 107, "Pracownia Smaku Sp. z o.o.", 34), (1209, 109, "FAKTURA VAT", 34),
            (103, 182, "ul. Długa 4, 80-827 Gdańsk", 24),
            (940, 185, "Numer:", 24), (1356, 185, "FV/45/03/2026", 24),
            (938, 214, "Data wystawienia:", 24), (1405, 216, "06.03.2026", 24),
            (121, 385, "Nabywca:", 24),
            (121, 411, "Studio Fotograficzne Mewa s.c.", 24),
            (175, 548, "Nazwa towaru lub usługi", 24), (1440, 548, "Wartość", 24),
            (175, 590, "Catering konferencyjny", 24), (1430, 590, "1 000,00", 24),
            (880, 700, "Razem netto", 24), (1400, 700, "1 000,00", 24),
            (880, 740, "VAT 8%", 24), (1420, 740, "80,00", 24),
            (880, 780, "Do zapłaty", 24), (1400, 780, "1 080,00", 24),
            (400, 2200, "Numer KSeF: 5832104471-20260306-7C1D2E3F4A5B-0C", 20),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.invoice_number == "FV/45/03/2026"
    assert prediction.confidence["invoice_number"] > 0.9


def test_a_spanish_date_in_words_with_a_padded_day_is_found() -> None:
    assert "09 de marzo de 2026" in date_variants(date(2026, 3, 9))


def test_a_bare_numbers_guess_confirmed_by_the_titles_reading_is_sure() -> None:
    doc = sized_page(
        [
            (200, 119, "Maderas del Biobío SpA", 40),
            (1140, 143, "R.U.T.: 76.301.552-4", 24),
            (111, 193, "Giro: Aserradero y venta de madera", 24),
            (1100, 199, "FACTURA ELECTRÓNICA", 28),
            (111, 221, "Av. Costanera 455, Concepción", 24),
            (1218, 254, "Nº 20417", 26),
            (127, 315, "Señor(es): Constructora Los Robles Ltda.", 24),
            (127, 345, "RUT: 77.812.003-1", 24),
            (127, 437, "Fecha emisión: 12/03/2026", 24),
            (119, 513, "Código", 24), (258, 513, "Descripción", 24), (968, 513, "Cantidad", 24),
            (1189, 513, "Precio", 24), (1481, 513, "Total", 24),
            (119, 551, "PN-2", 24), (258, 551, "Pino dimensionado 2x4", 24), (1022, 551, "400", 24),
            (1217, 551, "2.500", 24), (1440, 551, "1.000.000", 24),
            (1100, 700, "Monto Neto", 24), (1440, 700, "1.000.000", 24),
            (1100, 740, "IVA 19%", 24), (1450, 740, "190.000", 24),
            (1100, 780, "Total", 24), (1440, 780, "1.190.000", 24),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.invoice_number == "20417"
    assert prediction.confidence["invoice_number"] > 0.9


def test_a_simples_nacional_nfes_zero_tax_boxes_print_no_tax() -> None:
    doc = sized_page(
        [
            (1491, 98, "NF-e", 24),
            (100, 261, "MARCENARIA PINHEIRO LTDA ME", 30),
            (780, 243, "DANFE", 24),
            (100, 316, "Rua das Acácias, 88 - Joinville - SC", 20),
            (1361, 641, "DATA DA EMISSÃO", 18), (1363, 661, "10/03/2026", 20),
            (83, 852, "BASE DE CÁLC. DO ICMS", 18), (332, 852, "VALOR DO ICMS", 18),
            (1081, 852, "VALOR TOTAL IPI", 18), (1331, 852, "VALOR TOTAL PRODUTOS", 18),
            (278, 872, "0,00", 20), (528, 872, "0,00", 20), (1277, 872, "0,00", 20),
            (1503, 872, "960,00", 20),
            (1331, 907, "VALOR TOTAL DA NOTA", 18), (1503, 927, "960,00", 20),
            (88, 1267, "DOCUMENTO EMITIDO POR ME OU EPP OPTANTE PELO SIMPLES NACIONAL.", 20),
        ]
    )  # fmt: skip
    fields = _read(doc)
    assert fields.total == Decimal("960.00")  # type: ignore[attr-defined]
    assert fields.vat is None  # type: ignore[attr-defined]


def test_romanias_lei_after_the_amounts_name_the_currency() -> None:
    doc = _romanian_invoice([(100, 60, "Lemn Carpați Distribuție SRL", 40)])
    prediction = _predict(doc)
    assert prediction.fields.currency == "RON"
    assert prediction.confidence["currency"] >= 0.8


def test_a_nets_label_cut_short_by_a_stamp_is_the_net() -> None:
    doc = sized_page(
        [
            (300, 180, "AL WAHA PRINTING PRESS L.L.C", 44),
            (440, 380, "TAX INVOICE", 34),
            (105, 440, "Bill To", 24), (960, 440, "Invoice No.", 24), (1360, 440, "AWP-2207", 24),
            (105, 470, "Creek Marine Services", 24),
            (112, 611, "S.No", 24), (191, 611, "Description", 24), (1373, 614, "Amount AED", 24),
            (137, 655, "1", 24), (195, 650, "Brochures A4 (1000 pcs)", 24),
            (1424, 653, "3,200.00", 24),
            (905, 834, "Total excl", 24), (1424, 838, "3,200.00", 24),
            (905, 870, "VAT 5%", 24), (1447, 877, "160.00", 24),
            (903, 900, "Total incl. VAT", 24), (1393, 911, "3,360.00", 24),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.amount == Decimal("3200.00")
    assert prediction.fields.total == Decimal("3360.00")
    assert prediction.confidence["amount"] > 0.9


def test_an_argentinian_number_joined_from_its_boxes_is_found_on_the_page() -> None:
    doc = sized_page(
        [
            (846, 166, "Punto de Venta:", 30), (1325, 166, "00003", 30),
            (93, 193, "IVA RESPONSABLE INSCRIPTO", 24),
            (846, 193, "Comp. Nro:", 30), (1289, 193, "00004417", 30),
            (93, 215, "CUIT: 30-71122334-5", 24),
        ]
    )  # fmt: skip
    found = locate("invoice_number", "00003-00004417", doc.pages)
    assert found is not None
    assert found.bbox[0] > 0.7  # the number's box, right of its label
