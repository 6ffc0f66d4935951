"""Net, VAT and total rules added after the fourth blind set (2026-11d) was studied: card
surcharges and member discounts that are no tax, taxes stated as included after their name,
rounded and "nett" totals, untaxed rows and lines beside a VAT table, a totals row of tax and
gross, VAT lines at several rates, withholdings cited in a sentence, whole-unit currencies,
local US taxes, a lodging tax, a header row over wider value columns and credit words inside
other words. Every document here is invented for the test (other names, countries and numbers
than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]

SELLER = [(100, 80, "Kiwi Corner Roasters"), (100, 110, "14 Cuba Street, Wellington")]
NUMBER = [(1000, 200, "Invoice No:"), (1300, 200, "KC-7781")]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def _money(fields: InvoiceFields) -> tuple[object, object, object]:
    return fields.amount, fields.vat, fields.total


def test_a_card_surcharge_is_no_tax_and_gst_included_is_contained(make_layout: Layout) -> None:
    """ "Card surcharge (2%)" adds to the net; "GST (included)" is the tax in the total."""
    doc = make_layout(
        [
            *SELLER,
            (100, 600, "Flat white x 2"), (600, 600, "$11.00"),
            (100, 630, "Bacon butty"), (600, 630, "$17.40"),
            (100, 700, "Subtotal"), (600, 700, "$28.40"),
            (100, 730, "Card surcharge (2%)"), (600, 730, "$0.57"),
            (100, 760, "Total"), (600, 760, "$28.97"),
            (100, 790, "GST (included)"), (600, 790, "$3.78"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("25.19"), Decimal("3.78"), Decimal("28.97"))


def test_a_total_stating_the_tax_included_is_no_tax_line(make_layout: Layout) -> None:
    doc = make_layout(
        [
            *SELLER,
            (100, 700, "Total (GST included)"), (600, 700, "$46.00"),
            (100, 730, "GST"), (600, 730, "$6.00"),
        ]
    )  # fmt: skip
    assert _fields(doc).total == Decimal("46.00")


def test_a_member_discount_and_a_rounded_total_without_tax(make_layout: Layout) -> None:
    """No tax printed: the discount's minus is no negative VAT, and the rounded total is the
    total, the rounding reported on its own."""
    doc = make_layout(
        [
            (100, 80, "APOTEK SEJAHTERA"), (100, 110, "Jalan Pemancha, Bandar Seri Begawan"),
            (100, 600, "SUBTOTAL"), (600, 600, "64.30"),
            (100, 630, "MEMBER DISC 10%"), (600, 630, "-6.43"),
            (100, 660, "TOTAL (BND)"), (600, 660, "57.87"),
            (100, 690, "ROUNDING ADJ"), (600, 690, "-0.02"),
            (100, 720, "ROUNDED TOTAL"), (600, 720, "57.85"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (None, None, Decimal("57.85"))
    assert fields.rounding == Decimal("-0.02")


def test_a_nett_total_after_the_rounding_is_the_total(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "MAKAN HOUSE PTE LTD"), (100, 110, "22 Tanjong Pagar Rd, Singapore"),
            (100, 600, "SUBTOTAL"), (600, 600, "42.00"),
            (100, 630, "GST 9%"), (600, 630, "3.78"),
            (100, 660, "ROUNDING ADJ"), (600, 660, "0.02"),
            (100, 690, "NETT TOTAL (SGD)"), (600, 690, "45.80"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("42.00"), Decimal("3.78"), Decimal("45.80"))
    assert fields.rounding == Decimal("0.02")


def test_a_totals_row_of_tax_and_gross_at_a_printed_rate(make_layout: Layout) -> None:
    """The item table's totals row sums only its tax and gross columns: the net is what the
    tax leaves of the gross, at the rate the rows print."""
    doc = make_layout(
        [
            *SELLER, *NUMBER,
            (100, 600, "Solar inverter 5 kW"), (800, 600, "15%"), (1000, 600, "900.00"),
            (1300, 600, "6,900.00"),
            (100, 630, "Mounting kit"), (800, 630, "15%"), (1000, 630, "450.00"),
            (1300, 630, "3,450.00"),
            (100, 700, "TOTAL:"), (1000, 700, "1,350.00"), (1300, 700, "10,350.00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("9000.00"), Decimal("1350.00"), Decimal("10350.00"))


def test_a_local_us_tax_is_the_tax(make_layout: Layout) -> None:
    """A utility bill's "Utility Users Tax" on one service only: the net is the rest."""
    doc = make_layout(
        [
            (100, 80, "Cedar Falls Gas & Water"), (100, 110, "PO Box 18, Cedar Falls, IA"),
            (100, 600, "Gas delivery charge"), (1300, 600, "54.20"),
            (100, 630, "Water base charge"), (1300, 630, "21.00"),
            (100, 660, "Utility Users Tax 4.0% (gas)"), (1300, 660, "2.17"),
            (100, 700, "TOTAL CURRENT CHARGES"), (1300, 700, "77.37"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("75.20"), Decimal("2.17"), Decimal("77.37"))


def test_an_untaxed_row_of_a_vat_summary_and_a_lodging_tax(make_layout: Layout) -> None:
    """A hotel bill: the summary's untaxed row (a dash for its tax) is in the net and the
    gross; the lodging tax line is no VAT."""
    doc = make_layout(
        [
            (100, 80, "Gasthof Zum Hirschen"), (100, 110, "Dorfstraße 3, 6370 Kitzbühel"),
            (100, 600, "Übernachtung 2 Nächte"), (1300, 600, "400,00"),
            (100, 630, "Frühstück"), (1300, 630, "40,00"),
            (100, 660, "Minibar"), (1300, 660, "30,00"),
            (100, 690, "Ortstaxe (2 Pers. x 2 Nächte x 3,15)"), (1300, 690, "12,60"),
            (100, 730, "Gesamtbetrag"), (1300, 730, "€ 482,60"),
            (100, 800, "Satz"), (500, 800, "Netto"), (800, 800, "Steuer"), (1100, 800, "Brutto"),
            (100, 830, "10%"), (500, 830, "400,00"), (800, 830, "40,00"), (1100, 830, "440,00"),
            (100, 860, "20%"), (500, 860, "25,00"), (800, 860, "5,00"), (1100, 860, "30,00"),
            (100, 890, "Nicht steuerbar"), (500, 890, "12,60"), (800, 890, "–"),
            (1100, 890, "12,60"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("437.60"), Decimal("45.00"), Decimal("482.60"))


def test_a_deposit_outside_the_vat_table_is_in_the_net(make_layout: Layout) -> None:
    """A till's VAT table leaves the bottle deposit out: net is the total less the VAT."""
    doc = make_layout(
        [
            (100, 80, "Getränke Krause"), (100, 110, "Hauptstr. 9, 04109 Leipzig"),
            (100, 500, "Apfelsaft 1 l"), (600, 500, "2,99"),
            (100, 530, "Pfand"), (600, 530, "0,75"),
            (100, 600, "Zu zahlen EUR"), (600, 600, "23,75"),
            (100, 660, "MwSt"), (300, 660, "Netto"), (600, 660, "Steuer"),
            (100, 690, "7%"), (300, 690, "14,02"), (600, 690, "0,98"),
            (100, 720, "19%"), (300, 720, "6,72"), (600, 720, "1,28"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("21.49"), Decimal("2.26"), Decimal("23.75"))


def test_a_credit_word_inside_two_words_names_no_credit(make_layout: Layout) -> None:
    """ "Kassabon" over "Omschrijving" holds "abono" only across the two words."""
    doc = make_layout(
        [
            (100, 80, "Bakkerij Van Oost"), (100, 110, "Veldstraat 40, 9000 Gent"),
            (100, 160, "Kassabon"),
            (100, 200, "Omschrijving"), (600, 200, "Bedrag"),
            (100, 230, "Desem brood"), (600, 230, "4,20"),
            (100, 300, "Totaal"), (600, 300, "€ 12,72"),
            (100, 360, "BTW"), (300, 360, "Grondslag"), (600, 360, "Bedrag"),
            (100, 390, "6%"), (300, 390, "12,00"), (600, 390, "0,72"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("12.00"), Decimal("0.72"), Decimal("12.72"))
    assert fields.document_type != "credit_note"


def test_vat_lines_at_several_rates_sum_over_their_parts(make_layout: Layout) -> None:
    """No one rate's line is the VAT where the page prints the lines' sum."""
    doc = make_layout(
        [
            (100, 80, "Pekárna U Mostu"), (100, 110, "Karlova 12, 110 00 Praha 1"),
            (100, 600, "DPH 21%"), (600, 600, "4,20"),
            (100, 630, "DPH 12%"), (600, 630, "1,20"),
            (100, 660, "DPH celkem"), (600, 660, "5,40"),
            (100, 690, "Celkem"), (600, 690, "37,40"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("32.00"), Decimal("5.40"), Decimal("37.40"))


def test_a_withholding_cited_in_a_sentence_is_no_amount(make_layout: Layout) -> None:
    """The law's numbers in "sujeta a retención según el art. 101 de la Ley 35/2006" are no
    withholding: the one printed as money is deducted."""
    doc = make_layout(
        [
            (100, 80, "Lucía Ferrer Abogada"), (100, 110, "Calle Colón 8, 46004 Valencia"),
            *NUMBER,
            (900, 700, "Base imponible"), (1400, 700, "1.000,00"),
            (900, 730, "IVA 21%"), (1400, 730, "210,00"),
            (900, 760, "Retención IRPF 15%"), (1400, 760, "-150,00"),
            (900, 790, "Total a pagar"), (1400, 790, "1.060,00"),
            (100, 900, "Factura sujeta a retención según el art. 101 de la Ley 35/2006."),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("1000.00"), Decimal("210.00"), Decimal("1060.00"))


def test_a_whole_won_amount_and_its_contained_tax(make_layout: Layout) -> None:
    """Money without minor units, marked by its currency, and no total label: the amount a
    tax line's rate splits exactly is the total."""
    doc = make_layout(
        [
            (100, 80, "Hangang Taxi Co."), (100, 110, "Mapo-gu, Seoul"),
            (100, 900, "₩33,000 -"),
            (100, 930, "(VAT 10%: ₩3,000)"),
            (100, 1000, "Distance"), (600, 1000, "12.4 km"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("30000"), Decimal("3000"), Decimal("33000"))


def test_a_konbini_receipt_in_romaji(make_layout: Layout) -> None:
    """Goukei, the tax contained per rate (uchi shohizei), the cash and change."""
    doc = make_layout(
        [
            (100, 80, "MIDORI STORE"), (100, 110, "Sapporo-shi Chuo-ku"),
            (100, 500, "Bento"), (600, 500, "¥1,620"),
            (100, 530, "Towel"), (600, 530, "¥550"),
            (100, 600, "Goukei"), (600, 600, "¥2,170"),
            (100, 630, "(8% Taisho"), (600, 630, "¥1,620)"),
            (100, 660, "(8% Uchi Shohizei"), (600, 660, "¥120)"),
            (100, 690, "(10% Taisho"), (600, 690, "¥550)"),
            (100, 720, "(10% Uchi Shohizei"), (600, 720, "¥50)"),
            (100, 760, "Oazukari"), (600, 760, "¥3,000"),
            (100, 790, "Otsuri"), (600, 790, "¥830"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("2000"), Decimal("170"), Decimal("2170"))


def test_vat_included_alone_takes_no_amount_from_below(make_layout: Layout) -> None:
    """ "VAT INCLUDED" closing a till's header line is a statement: the item price under it
    is no tax."""
    doc = make_layout(
        [
            (100, 80, "BAYANI MART"), (100, 110, "Quezon Ave, Quezon City"),
            (100, 300, "POS#2 Cashier 31"), (500, 300, "VAT INCLUDED"),
            (100, 330, "Pandesal 10pc"), (500, 330, "60.00"),
            (100, 360, "Coffee 3in1"), (500, 360, "164.00"),
            (100, 420, "TOTAL"), (500, 420, "224.00"),
            (100, 450, "VATable"), (500, 450, "200.00"),
            (100, 480, "VAT 12%"), (500, 480, "24.00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("200.00"), Decimal("24.00"), Decimal("224.00"))


def test_a_header_row_over_wider_value_columns(make_layout: Layout) -> None:
    """Headers over values set to their right: each value by its rank in the row."""
    doc = make_layout(
        [
            (100, 80, "Ventania Design Ltda"), (100, 110, "Rua XV de Novembro 90, Joinville"),
            (100, 600, "VALOR TOTAL DO SERVIÇO = R$ 2.400,00"),
            (100, 700, "Deduções (R$)"), (400, 700, "Base de Cálculo (R$)"),
            (800, 700, "Alíquota (%)"), (1100, 700, "Valor do ISS (R$)"),
            (300, 730, "0,00"), (640, 730, "2.400,00"), (1000, 730, "5,00"),
            (1360, 730, "120,00"),
        ]
    )  # fmt: skip
    assert _money(_fields(doc)) == (Decimal("2280.00"), Decimal("120.00"), Decimal("2400.00"))
