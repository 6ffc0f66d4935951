"""The seller's name, the invoice number and the currency, after the blind set 2026-12c: a
seller label qualified by what is supplied ("POS Supplier:"), a word over a sign that names
the business alone, a legal line that opens with the trading name before a dash, a logo's
monogram read into the name's line, signs set over two lines (a name over one word, a kind
of shop over a name in quotes), "Numéro de la facture", a party block closed by the
document's number row, a title word among a slip's keys, and the currencies of Indonesia and
the Philippines inferred from their tax words. Every document here is invented (other names,
numbers and countries than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _slip(lines: list[tuple[float, float, str, float]], source: str = "text_layer") -> OcrDocument:
    """A till slip 600 wide from ``(x, y, text, height)``: each line as wide as its text."""
    return sized_page(lines, width=600, height=1100, source=source, char_width=0.55)


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _vendor(doc: OcrDocument) -> tuple[str | None, float]:
    reading = _predict(doc)
    return reading.fields.vendor_name, reading.confidence.get("vendor_name", 0.0)


_TILL_BODY = [
    (20, 330, "Fecha: 04/10/2026", 20), (430, 330, "Hora: 13:05", 20),
    (20, 380, "1 Menu del dia", 20), (480, 380, "14,50", 20),
    (20, 410, "2 Cafe solo", 20), (490, 410, "3,00", 20),
    (20, 460, "TOTAL", 24), (480, 460, "17,50 €", 24),
    (20, 490, "IVA 10% incluido", 20), (490, 490, "1,59", 20),
]  # fmt: skip


# -- the seller's name ------------------------------------------------------------------------


def test_the_pos_suppliers_accreditation_line_names_no_seller() -> None:
    """ "POS Supplier: …" at a sales invoice's foot names who supplied the till software; the
    sign at the top is the seller."""
    doc = _slip(
        [
            (150, 50, "CASA NI TALA", 34),
            (170, 95, "Ilocano Home Cooking", 20),
            (140, 122, "Tala's Pantry Foods Corp.", 20),
            (120, 148, "Unit 3, 18 Rizal Street, Baguio City 2600", 20),
            (20, 300, "SI No.: 0000093317", 20),
            (20, 330, "10/04/2026 12:31 PM", 20),
            (20, 380, "1 Pinakbet", 20), (480, 380, "210.00", 20),
            (20, 460, "AMOUNT DUE", 22), (480, 460, "210.00", 22),
            (100, 950, "POS Supplier: Kahera Software Corp.", 18),
            (150, 975, "Accred No. 0777024000987654", 18),
        ]
    )  # fmt: skip
    name, _confidence = _vendor(doc)
    assert name is not None and "Kahera" not in name
    # The operator's legal name under the sign is the vendor (round 14k).
    assert name == "Tala's Pantry Foods Corp."


def test_a_small_word_over_the_sign_that_names_the_business_alone_stays_apart() -> None:
    """ "BODEGA" set small over "La Casa de Almería": the sign alone is the name, the word
    over it a kind of house. With "Casa de Almería Restauración S.L." under the sign, the
    legal name is the vendor (round 14k), held."""
    head = [(250, 60, "BODEGA", 20), (100, 88, "La Casa de Almería", 34)]
    rest = [
        (220, 163, "CIF B04123987", 19),
        (120, 188, "C/ Real 14, 04001 Almería", 19),
        (180, 250, "FACTURA SIMPLIFICADA", 22),
        *_TILL_BODY,
    ]
    assert _vendor(_slip([*head, *rest]))[0] == "La Casa de Almería"
    legal = (120, 138, "Casa de Almería Restauración S.L.", 19)
    name, confidence = _vendor(_slip([*head, legal, *rest]))
    assert name == "Casa de Almería Restauración S.L."
    assert confidence <= 0.75


def test_a_legal_line_opening_with_the_trading_name_before_a_dash_is_the_firms_name() -> None:
    """ "PADARIA" / "SOL NASCENTE" over "Sol Nascente - Padaria e Café, Lda": the legal line
    repeats the sign's name before the dash; the whole line is the firm's registered name, the
    vendor (round 14k), held, not approved."""
    doc = _slip(
        [
            (240, 60, "PADARIA", 24),
            (180, 90, "SOL NASCENTE", 40),
            (80, 140, "Sol Nascente - Padaria e Café, Lda", 19),
            (150, 165, "Av. da Liberdade 77", 19),
            (210, 190, "4700-212 Braga", 19),
            (160, 215, "NIF: 508765432", 19),
            (20, 260, "Fatura Simplificada FS 2026B/0931", 20),
            *_TILL_BODY,
        ]
    )  # fmt: skip
    name, confidence = _vendor(doc)
    assert name == "Sol Nascente - Padaria e Café, Lda"
    assert confidence < 0.8


def test_a_logos_monogram_read_into_the_name_is_dropped(make_layout: Layout) -> None:
    """ "KL Kestrel Lumber Ltd": the logo's letters are the name's initials, not its words."""
    doc = make_layout(
        [
            (150, 90, "KL Kestrel Lumber Ltd"),
            (150, 130, "Joinery · Timber frames · Decking"),
            (150, 300, "Invoice No. KL-2026-044"),
            (150, 330, "Invoice date 12/10/2026"),
            (150, 600, "Oak beams"), (1300, 600, "1,200.00"),
            (900, 700, "Net"), (1300, 700, "1,200.00"),
            (900, 730, "VAT 20%"), (1300, 730, "240.00"),
            (900, 760, "Total"), (1300, 760, "£1,440.00"),
        ]
    )  # fmt: skip
    assert _vendor(doc)[0] == "Kestrel Lumber Ltd"


def _pub_slip(under: tuple[float, float, str, float]) -> OcrDocument:
    return _slip(
        [
            (110, 50, "HARBOUR LIGHTS", 48),
            under,
            (200, 140, "88 Pier Road", 20),
            (170, 165, "Portland, ME 04101", 20),
            (20, 230, "Check #5120", 20),
            (20, 380, "2 IPA Pint", 20), (480, 380, "16.00", 20),
            (20, 410, "Tax", 20), (490, 410, "0.88", 20),
            (20, 460, "TOTAL", 24), (480, 460, "$16.88", 24),
        ]
    )  # fmt: skip


def test_a_sign_of_two_words_over_one_word_in_capitals_is_one_name() -> None:
    """ "HARBOUR LIGHTS" set large over "BREWHOUSE", then the address: one sign over two
    lines, as sure as a sign (held); a title under the sign ("RECEIPT") is no part of it."""
    name, confidence = _vendor(_pub_slip((225, 104, "BREWHOUSE", 28)))
    assert name == "HARBOUR LIGHTS BREWHOUSE"
    assert confidence <= 0.75
    assert _vendor(_pub_slip((240, 104, "RECEIPT", 28)))[0] == "HARBOUR LIGHTS"


def test_a_kind_of_shop_over_a_name_in_quotes_is_one_sign() -> None:
    """ "APTEKA" over ",ZDRÓJ"" (the low quote read as a comma), over the Sp. z o.o. line: the
    kind and the quoted name are the sign."""
    lines = [
            (230, 50, "APTEKA", 26),
            (200, 80, ',ZDRÓJ"', 52),
            (170, 140, "Zdrój Sp. z o.o.", 24),
            (120, 168, "ul. Polna 3, 60-101 Poznań", 22),
            (180, 195, "NIP 779-000-11-22", 22),
            (180, 240, "PARAGON FISKALNY", 24),
            (20, 380, "Syrop 1 x 18,40", 20), (480, 380, "18,40B", 20),
            (20, 460, "SUMA PLN", 24), (480, 460, "18,40", 24),
    ]  # fmt: skip
    name, confidence = _vendor(_slip(lines, source="ocr"))
    # The legal line under the sign is the vendor (round 14k), held.
    assert name == "Zdrój Sp. z o.o."
    assert confidence <= 0.75
    # Without it, the kind and the quoted name are the sign.
    name, confidence = _vendor(_slip([x for x in lines if "Sp. z" not in x[2]], source="ocr"))
    assert name is not None and name.replace("„", "").replace('"', "") == "APTEKA ZDRÓJ"
    assert confidence <= 0.75


# -- the invoice number -----------------------------------------------------------------------


def test_the_invoice_number_after_numero_de_la_facture(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (125, 90, "boutiko.be"),
            (125, 218, "Vendu par : Quincaillerie Namur SPRL"),
            (866, 218, "Date de la facture"), (1278, 218, "3 octobre 2026"),
            (866, 250, "Numéro de la facture"), (1319, 250, "BE7XPQ2LRTWZ"),
            (866, 281, "Numéro de la commande"), (1228, 281, "302-4418273-1190022"),
            (133, 655, "Perceuse"), (1380, 655, "89,00 €"),
            (900, 900, "Total TTC"), (1380, 900, "89,00 €"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "BE7XPQ2LRTWZ"


def test_the_documents_number_row_closes_the_sellers_block(make_layout: Layout) -> None:
    """An e-invoice's courtesy copy: the seller's block, then a row of "Tipologia documento",
    "Numero documento", "Data documento" with their values under them: the number there is
    the document's, not one of the seller's ids."""
    doc = make_layout(
        [
            (96, 155, "Cedente/prestatore (fornitore)"),
            (844, 155, "Cessionario/committente (cliente)"),
            (98, 196, "Identificativo fiscale ai fini IVA: IT03456780123"),
            (846, 196, "Identificativo fiscale ai fini IVA: IT09876540321"),
            (98, 224, "Codice fiscale: RNLPLA80A41D612Z"),
            (846, 224, "Codice fiscale: 09876540321"),
            (96, 251, "Cognome nome: RINALDI PAOLA"),
            (844, 248, "Denominazione: COSTRUZIONI ARNO S.R.L."),
            (93, 278, "Regime fiscale: RF01 (ordinario)"),
            (844, 278, "Indirizzo: Via Roma 1"),
            (91, 304, "Indirizzo: Via Garibaldi 9"),
            (844, 306, "Comune: Pisa Provincia: PI"),
            (96, 333, "Comune: Lucca Provincia: LU"),
            (844, 333, "Cap: 56121 Nazione: IT"),
            (96, 363, "Cap: 55100 Nazione: IT"),
            (841, 363, "Pec: arno@pec.it"),
            (91, 390, "Email: studio@rinaldi-arch.it"),
            (88, 452, "Tipologia documento"), (563, 455, "Numero documento"),
            (811, 461, "Data documento"),
            (91, 489, "TD01 fattura"), (561, 489, "14/2026"), (814, 489, "09-10-2026"),
            (233, 637, "Progetto esecutivo"), (1451, 637, "1.000,00"),
            (900, 900, "Totale documento"), (1451, 900, "1.220,00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "14/2026"


def test_a_title_word_among_a_slips_keys_labels_the_documents_number(
    make_layout: Layout,
) -> None:
    """A pay-at-pump slip stacks "INVOICE", "TRAN#", "SEQ#" and "AUTH#" in one column: the
    number beside "INVOICE" is the slip's own (held: a title is no label)."""
    doc = make_layout(
        [
            (334, 247, "BLUE MESA GAS"),
            (439, 380, "410 W MAIN ST"),
            (403, 434, "GALLUP, NM 87301"),
            (186, 557, "10/02/26"), (902, 550, "17:40"),
            (184, 608, "PUMP# 03"),
            (188, 658, "INVOICE"), (879, 659, "204417"),
            (188, 709, "TRAN#"), (859, 708, "7730051"),
            (186, 759, "SEQ#"), (929, 759, "3318"),
            (188, 915, "AUTH#"), (883, 913, "88210C"),
            (188, 1186, "FUEL SALE"), (887, 1188, "$42.10"),
        ],
        width=1100,
    )  # fmt: skip
    reading = _predict(doc)
    assert reading.fields.invoice_number == "204417"
    assert reading.confidence["invoice_number"] <= 0.7


def test_the_transaction_on_a_british_tills_key_line_is_the_receipts_number(
    make_layout: Layout,
) -> None:
    """A supermarket slip named only by its till line "ST:… OP:… TE:… TR:…": the number after
    TR (the transaction) is the receipt's, read unlabelled (held)."""
    doc = make_layout(
        [
            (200, 60, "HOLLYBANK FOODS"),
            (150, 100, "14 Market Street, Kendal LA9 4TN"),
            (23, 400, "MILK 2L"), (500, 400, "1.65"),
            (23, 430, "BREAD"), (500, 430, "1.20"),
            (23, 480, "TOTAL"), (500, 480, "£2.85"),
            (23, 900, "21/10/26 09:14"),
            (23, 930, "ST:1187 OP:2203 TE:4 TR:7716"),
        ],
        width=700,
    )  # fmt: skip
    reading = _predict(doc)
    assert reading.fields.invoice_number == "7716"
    assert reading.confidence["invoice_number"] <= 0.7


# -- the currency -----------------------------------------------------------------------------


def test_an_indonesian_struk_without_rupiah_is_read_as_idr_held(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (250, 163, "WARUNG SINAR PAGI"),
            (211, 336, "NPWP: 02.345.678.9-101.000"),
            (112, 413, "No: 0910-01-0044"),
            (114, 531, "KOPI SUSU"), (674, 570, "12.000"),
            (111, 1003, "TOTAL"), (673, 1002, "12.000"),
            (112, 1122, "PPN"), (689, 1121, "1.189"),
        ],
        width=900,
    )  # fmt: skip
    reading = _predict(doc)
    assert reading.fields.currency == "IDR"
    assert reading.confidence["currency"] == 0.5


def test_a_philippine_sales_invoice_without_a_peso_sign_is_read_as_php_held(
    make_layout: Layout,
) -> None:
    doc = make_layout(
        [
            (123, 54, "BAHAY KUBO GRILL"),
            (128, 198, "VAT REG TIN: 009-876-543-00000"),
            (23, 316, "SI No.: 0000077120"),
            (23, 421, "1 Inihaw na Liempo"), (501, 421, "280.00"),
            (23, 659, "AMOUNT DUE"), (479, 659, "280.00"),
            (23, 772, "VATable Sales"), (501, 772, "250.00"),
            (23, 798, "VAT Amount (12%)"), (513, 798, "30.00"),
        ],
        width=700,
    )  # fmt: skip
    reading = _predict(doc)
    assert reading.fields.currency == "PHP"
    assert reading.confidence["currency"] == 0.5
