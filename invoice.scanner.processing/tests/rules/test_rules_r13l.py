"""Fiscal till receipts of Southern, Eastern and Northern Europe and Latin America (invented
pages): Poland's printout counter without its "nr", Finland's "Kuitti" on the till line, a
Portuguese simplified invoice's series number under its centred title beside the date,
Hungary's tax classes with their zeros ("A00 5% ÁFA") and a forint rounding whose line
prints no currency, a Czech summary of base and tax per rate with no gross, and Brazil's
NFC-e "Valor total R$" (before a discount, the lower total)."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def test_a_printout_counter_without_its_nr_is_the_number_where_the_till_prints_none() -> None:
    doc = sized_page(
        [
            (120, 40, "APTEKA ZIELONA", 30),
            (100, 80, "Zielmed s.c. A. i B. Kowal", 22),
            (100, 108, "ul. Długa 14, 31-147 Kraków", 20),
            (100, 134, "NIP 676-11-22-333", 20),
            (140, 170, "PARAGON FISKALNY", 22),
            (60, 200, "12.03.2026", 20), (380, 200, "wydr. 5518", 20),
            (60, 240, "Syrop 100ml", 20), (400, 240, "18,40B", 20),
            (60, 270, "Sp.op.B", 20), (400, 270, "18,40", 20),
            (60, 295, "PTU B 8%", 20), (400, 295, "1,36", 20),
            (60, 320, "Suma PTU", 20), (400, 320, "1,36", 20),
            (60, 350, "SUMA PLN", 24), (390, 350, "18,40", 24),
            (60, 380, "Gotówka", 20), (400, 380, "20,00", 20),
            (60, 405, "#02 Kasa 2 Kierownik 11:05", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).invoice_number == "5518"  # type: ignore[attr-defined]


def test_a_finnish_receipt_word_opens_the_till_line() -> None:
    doc = sized_page(
        [
            (120, 40, "Lähikauppa Koivu", 28),
            (120, 78, "Koivun Kauppa Oy", 22),
            (100, 104, "Koivukatu 3, 00100 Helsinki", 20),
            (60, 150, "Leipä", 20), (400, 150, "3,20", 20),
            (60, 175, "Kahvi", 20), (400, 175, "6,80", 20),
            (60, 215, "YHTEENSÄ", 24), (390, 215, "10,00", 24),
            (60, 245, "Pankkikortti", 20), (400, 245, "10,00", 20),
            (60, 290, "Kuitti 4471 Kassa 02", 20),
            (60, 315, "14.03.2026 18:22", 20),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).invoice_number == "4471"  # type: ignore[attr-defined]


def test_a_series_number_under_a_centred_title_beside_the_date() -> None:
    """ "FATURA SIMPLIFICADA" centred, "FS B/1187" flush left under it and the date at the
    right: the date's cell lies under the title, the number is the series' cell."""
    doc = sized_page(
        [
            (150, 40, "Café Jardim Estrela", 30),
            (100, 80, "Sabores da Estrela, Lda", 20),
            (120, 106, "Rua do Sol 12, 1200-100 Lisboa", 20),
            (200, 132, "NIF 509 111 222", 20),
            (180, 190, "FATURA SIMPLIFICADA", 24),
            (25, 222, "FS B/1187", 20), (390, 222, "2026-04-11 10:02", 20),
            (25, 260, "2 Café", 20), (420, 260, "1,60", 20),
            (25, 285, "1 Torrada", 20), (420, 285, "2,40", 20),
            (25, 325, "TOTAL", 24), (410, 325, "4,00 €", 24),
            (25, 360, "Numerário", 20), (420, 360, "4,00", 20),
        ],
        width=640,
        height=600,
    )  # fmt: skip
    assert _read(doc).invoice_number == "FS B/1187"  # type: ignore[attr-defined]


def test_a_labelled_code_beside_the_date_under_a_title_is_no_series_number() -> None:
    doc = sized_page(
        [
            (150, 40, "Café Jardim Estrela", 30),
            (100, 80, "Sabores da Estrela, Lda", 20),
            (180, 190, "FATURA SIMPLIFICADA", 24),
            (25, 222, "TEL 0211/12345", 20), (390, 222, "2026-04-11 10:02", 20),
            (25, 260, "2 Café", 20), (420, 260, "1,60", 20),
            (25, 325, "TOTAL", 24), (410, 325, "1,60 €", 24),
        ],
        width=640,
        height=600,
    )  # fmt: skip
    assert _read(doc).invoice_number != "TEL 0211/12345"  # type: ignore[attr-defined]


def test_hungarian_tax_classes_with_their_zeros_and_a_rounding_without_a_currency() -> None:
    """ "A00 5% ÁFA | 105", "C00 27% ÁFA | 255": the taxes; "KEREKÍTÉS | 2" rounds the
    forint total ("ÖSSZESEN: 3 530 Ft"), so net + VAT + rounding = total."""
    doc = sized_page(
        [
            (150, 40, "Sarokpékség", 28),
            (120, 78, "Kenyérház 2010 Kft.", 22),
            (100, 104, "1052 Budapest, Váci utca 7.", 20),
            (100, 130, "Adószám: 12345678-2-41", 20),
            (200, 160, "NYUGTA", 24),
            (60, 200, "Kenyér", 20), (380, 200, "2 205 A00", 20),
            (60, 225, "Kávé", 20), (380, 225, "1 201 C00", 20),
            (60, 265, "RÉSZÖSSZESÍTŐ", 20), (380, 265, "3 406", 20),
            (60, 290, "KEREKÍTÉS", 20), (400, 290, "2", 20),
            (60, 320, "ÖSSZESEN:", 24), (350, 320, "3 408 Ft", 24),
            (60, 350, "KÉSZPÉNZ", 20), (380, 350, "4 000", 20),
            (60, 375, "VISSZAJÁRÓ", 20), (400, 375, "592", 20),
            (60, 405, "A00 5% ÁFA", 20), (400, 405, "105", 20),
            (60, 430, "C00 27% ÁFA", 20), (400, 430, "255", 20),
            (60, 460, "2026.03.02. 08:14", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    fields = _read(doc)
    assert fields.vat == Decimal("360")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("3046")  # type: ignore[attr-defined]
    assert fields.total == Decimal("3408")  # type: ignore[attr-defined]


def _czech_receipt(total: str) -> OcrDocument:
    return sized_page(
        [
            (120, 40, "SMÍŠENÉ ZBOŽÍ NA ROHU", 26),
            (120, 76, "Roh Obchod s.r.o.", 22),
            (100, 102, "Hlavní 5, 602 00 Brno", 20),
            (100, 128, "IČO 12345678 DIČ CZ12345678", 20),
            (100, 154, "ÚČTENKA č. 2026/0311/0042", 20),
            (60, 190, "Pivo 0,5l", 20), (400, 190, "60,50 A", 20),
            (60, 215, "Chléb", 20), (400, 215, "112,00 B", 20),
            (60, 240, "Výkup obalů", 20), (400, 240, "-6,00 C", 20),
            (60, 280, "CELKEM KČ", 24), (390, 280, total, 24),
            (60, 310, "Platba kartou", 20), (400, 310, total, 20),
            (60, 345, "Sazba", 20), (230, 345, "Základ", 20), (400, 345, "DPH", 20),
            (60, 370, "A 21%", 20), (230, 370, "50,00", 20), (400, 370, "10,50", 20),
            (60, 395, "B 12%", 20), (230, 395, "100,00", 20), (400, 395, "12,00", 20),
            (60, 420, "C 0% (obaly)", 20), (230, 420, "-6,00", 20), (400, 420, "0,00", 20),
            (60, 460, "11.03.2026 07:58", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip


def test_a_czech_summary_of_base_and_tax_per_rate_without_a_gross() -> None:
    """ "Sazba | Základ | DPH" over "A 21% | 50,00 | 10,50", "B 12% | 100,00 | 12,00" and a
    deposit's "C 0% | -6,00 | 0,00": the bases sum to the net, the taxes to the VAT, the two
    together to the labelled total."""
    fields = _read(_czech_receipt("166,50"))
    assert fields.amount == Decimal("144.00")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("22.50")  # type: ignore[attr-defined]
    assert fields.total == Decimal("166.50")  # type: ignore[attr-defined]


def test_base_and_tax_rows_that_do_not_make_the_total_give_no_net() -> None:
    fields = _read(_czech_receipt("176,50"))
    assert fields.amount != Decimal("144.00")  # type: ignore[attr-defined]


def _nfce(discount: bool) -> OcrDocument:
    rows = [
        (60, 40, "MERCADINHO SAO JORGE LTDA", 22),
        (60, 70, "CNPJ: 12.345.678/0001-90", 18),
        (60, 100, "Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica", 16),
        (60, 140, "001 ARROZ 5KG", 18), (420, 140, "27,90", 18),
        (60, 165, "002 FEIJAO 1KG", 18), (420, 165, "8,50", 18),
        (60, 190, "003 OLEO 900ML", 18), (420, 190, "7,80", 18),
        (60, 230, "Qtde. total de itens", 18), (420, 230, "3", 18),
        (60, 255, "Valor total R$", 18), (420, 255, "44,20", 18),
    ]  # fmt: skip
    y = 280
    if discount:
        rows += [
            (60, 280, "Desconto R$", 18), (420, 280, "4,20", 18),
            (60, 305, "Valor a pagar R$", 18), (420, 305, "40,00", 18),
        ]  # fmt: skip
        y = 330
    rows += [
        (60, y, "FORMA PAGAMENTO", 16), (360, y, "VALOR PAGO R$", 16),
        (60, y + 25, "Dinheiro", 18), (420, y + 25, "50,00", 18),
        (60, y + 50, "Troco R$", 18), (420, y + 50, "10,00" if discount else "5,80", 18),
        (60, y + 90, "NFC-e nº 000012345 Série 001 02/03/2026 09:12:01", 14),
        (60, y + 120, "Tributos Totais Incidentes (Lei Federal 12.741/2012): R$ 7,10", 14),
    ]  # fmt: skip
    return sized_page(rows, width=520, height=y + 200)


def test_an_nfce_names_its_total_valor_total() -> None:
    """Read after its label, not guessed from the amounts left at the foot of the page."""
    prediction = RuleExtractor().predict(_nfce(discount=False))
    assert prediction.fields.total == Decimal("44.20")
    assert prediction.fields.amount == Decimal("37.10")
    assert prediction.confidence["total"] > 0.6


def test_a_total_over_a_discount_and_a_lower_total_is_the_sum_before_the_discount() -> None:
    """Guards the label above: "Valor total R$" over "Desconto R$" and "Valor a pagar R$"
    is the goods' sum before the discount."""
    fields = _read(_nfce(discount=True))
    assert fields.total == Decimal("40.00")  # type: ignore[attr-defined]


def test_a_partnerships_partners_on_the_line_under_its_name_hold_the_name() -> None:
    """ "BAR GELATERIA" / "DEL PONTE S.N.C." / "di Verdi A. & C.": the name is read up to its
    form, as where the partners follow on its own line, and held: sets differ on whether the
    partners belong to it."""
    doc = sized_page(
        [
            (150, 40, "BAR GELATERIA", 26),
            (130, 72, "DEL PONTE S.N.C.", 26),
            (140, 104, "di Verdi A. & C.", 20),
            (120, 130, "Via Po 18", 20),
            (120, 156, "10124 TORINO", 20),
            (120, 182, "P.IVA 10987654321", 20),
            (100, 220, "DOCUMENTO COMMERCIALE", 20),
            (60, 260, "CAFFE'", 20), (400, 260, "1,30", 20),
            (60, 285, "BRIOCHE", 20), (400, 285, "1,50", 20),
            (60, 320, "TOTALE COMPLESSIVO", 22), (400, 320, "2,80", 22),
            (60, 345, "di cui IVA", 20), (400, 345, "0,25", 20),
            (60, 380, "12-03-2026 08:47", 18),
            (60, 405, "DOCUMENTO N. 0148-0062", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert prediction.fields.vendor_name == "BAR GELATERIA DEL PONTE S.N.C."
    assert prediction.confidence["vendor_name"] < 0.6
