"""Invented pages for review rv13i of round i13l: a later delivery, payment or print date after
a bare date word holds no document; a row adding up to a gross before a discount gives no net
and VAT where the page states its own; a buyer's signature line at the foot of the page opens
no buyer's block over the seller's footer; a rounding whose label runs to a few words reads its
amount; an IBAN after Slovenia's "Št. računa" (account no.) is no invoice number."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


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


def test_a_later_delivery_or_payment_date_after_a_date_word_holds_nothing() -> None:
    # "Datum isporuke" (delivery), "Datum plačila" (payment made), "Datum dobave" (supply),
    # "Datum ispisa" (printed):
    # the page prints no due date at all; the later date is what its label says, no due date
    # the reader missed, and the document is not held for it.
    for label in (
        "Datum isporuke:", "Datum plačila:", "Datum dobave:", "Data livrării:", "Datum ispisa:",
        "Data wydruku:",
    ):  # fmt: skip
        for rows in (
            [(910, 349, label, 24), (1380, 349, "19.05.2026.", 24)],
            [(910, 349, f"{label} 19.05.2026.", 24)],
        ):
            pred = _predict(_dated_invoice(rows))
            assert pred.fields.invoice_date == date(2026, 5, 4), label
            assert pred.fields.due_date is None, label
            assert pred.confidence["due_date"] > 0.6, label
            assert not pred.flags, label


def test_croatias_datum_valute_still_holds_a_null_due_date() -> None:
    # "Datum valute" is Croatia's due date: a later date under it is still held.
    pred = _predict(
        _dated_invoice([(910, 349, "Datum valute:", 24), (1380, 349, "19.05.2026.", 24)])
    )
    if pred.fields.due_date is None:
        assert pred.confidence["due_date"] <= 0.5
        assert pred.flags


def test_an_item_row_making_the_gross_before_a_discount_is_not_the_split() -> None:
    # The item row (100 + 23% = 123) adds up to "Wartość brutto", the gross before the
    # discount; the page states its own net and VAT after it, which make the amount to pay.
    doc = sized_page(
        [
            (110, 137, "Papiernia Warta Sp. z o.o.", 36),
            (110, 190, "ul. Młyńska 2, 60-101 Poznań · NIP 781-10-20-300", 22),
            (520, 286, "FAKTURA VAT", 40), (660, 343, "nr FV/2026/05/011", 28),
            (110, 427, "Data wystawienia:", 24), (440, 427, "12.05.2026", 24),
            (110, 470, "Termin płatności:", 24), (440, 470, "26.05.2026", 24),
            (150, 700, "Nazwa", 22), (1000, 700, "Netto", 22), (1150, 700, "VAT %", 22),
            (1300, 700, "VAT", 22), (1460, 700, "Brutto", 22),
            (150, 750, "Papier A4", 22), (1000, 750, "100,00", 22), (1150, 750, "23%", 22),
            (1300, 750, "23,00", 22), (1460, 750, "123,00", 22),
            (1056, 860, "Wartość brutto:", 24), (1380, 860, "123,00 zł", 24),
            (1056, 900, "Rabat 10%:", 24), (1380, 900, "-12,30 zł", 24),
            (1056, 940, "Netto po rabacie:", 24), (1380, 940, "90,00 zł", 24),
            (1056, 980, "Podatek VAT:", 24), (1400, 980, "20,70 zł", 24),
            (140, 1060, "Do zapłaty:", 30), (1300, 1060, "110,70 zł", 30),
        ]
    )  # fmt: skip
    f = _predict(doc).fields
    assert f.total == Decimal("110.70")
    assert f.amount == Decimal("90.00")
    assert f.vat == Decimal("20.70")


def _signed_invoice(signature_row: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (700, 125, "RAČUN br. 77-2-1", 40),
            (910, 315, "Datum izdavanja:", 24), (1380, 315, "04.05.2026.", 24),
            (120, 585, "Naziv", 24), (1380, 585, "Iznos (EUR)", 24),
            (200, 640, "Konop 12 mm", 24), (1450, 640, "400,00", 24),
            (970, 875, "Ukupno bez PDV-a:", 26), (1400, 875, "400,00 €", 26),
            (970, 915, "PDV 25%:", 26), (1400, 915, "100,00 €", 26),
            (970, 955, "UKUPNO ZA PLATITI:", 26), (1380, 955, "500,00 €", 26),
            *signature_row,
            (120, 1560, "Lučka Oprema d.o.o.", 22),
            (120, 1590, "Riva 3, 51000 Rijeka · OIB: 11223344556", 22),
            (120, 1620, "IBAN HR1210010051863000160", 22),
        ]
    )  # fmt: skip


def test_a_buyers_signature_line_does_not_take_the_sellers_footer() -> None:
    # "Kupac:" (buyer) signs beside "Račun izdao:" (issued by) at the foot of the page, or on
    # a rule of its own: the seller's footer under it is no buyer's block.
    for row in (
        [(120, 1500, "Kupac:", 24), (1000, 1500, "Račun izdao:", 24)],
        [(120, 1500, "Kupec:", 24), (1000, 1500, "Izdal:", 24)],
        [(120, 1500, "Kupac: ____________", 24)],
    ):
        assert _predict(_signed_invoice(row)).fields.vendor_name == "Lučka Oprema d.o.o.", row


def test_a_rounding_whose_label_runs_to_a_few_words_still_reads_its_amount() -> None:
    # "Kerekítés a készpénzes fizetés miatt: -2" (rounding for cash payment): the whole
    # number ends the line, the rounding's own amount, no count in a sentence.
    for line in (
        "Kerekítés a készpénzes fizetés miatt: -2",
        "Rounding adjustment for cash payment -2",
    ):
        doc = sized_page(
            [
                (500, 114, "Kerti Műhely Bt.", 60),
                (340, 180, "8200 Veszprém, Fő út 1. · Adószám: 22000000-2-19", 32),
                (668, 260, "SZÁMLA", 70), (625, 349, "Számlaszám: KM-2026/0012", 34),
                (990, 441, "Kelt:", 34), (1300, 446, "2026.04.09.", 34),
                (165, 694, "Tétel", 34), (1362, 697, "Nettó ár", 34),
                (167, 747, "Fűnyírás (óra)", 34), (1342, 745, "1 000 Ft", 34),
                (911, 960, "Nettó összesen:", 34), (1327, 960, "1 000 Ft", 34),
                (911, 1000, "ÁFA (27%):", 34), (1327, 1000, "270 Ft", 34),
                (911, 1040, "Bruttó összesen:", 34), (1327, 1040, "1 270 Ft", 34),
                (911, 1080, line, 34),
                (909, 1119, "Fizetendő:", 34), (1261, 1119, "1 268 Ft", 34),
            ]
        )  # fmt: skip
        f = _predict(doc).fields
        assert f.total == Decimal("1268"), line
        assert f.rounding == Decimal("-2"), line


def test_a_slovenian_iban_after_st_racuna_is_no_invoice_number() -> None:
    # "Račun" is the invoice and the bank account alike: "Št. računa:" in the footer before an
    # IBAN (its check digits right) is the seller's account, not the invoice's number.
    doc = sized_page(
        [
            (118, 110, "LESNIK", 60), (1340, 105, "RAČUN", 48),
            (116, 176, "Lesnik d.o.o., Celovška 5, 1000 Ljubljana", 26),
            (1240, 178, "Številka: 2026-00311", 26),
            (118, 210, "ID za DDV: SI12345678", 24),
            (140, 317, "Kupec:", 26),
            (886, 315, "Datum izdaje:", 26), (1400, 315, "12. 4. 2026", 26),
            (138, 350, "Tesarstvo Novak s.p.", 28),
            (886, 382, "Rok plačila:", 26), (1400, 382, "12.5.2026", 26),
            (140, 386, "Glavna 4, 4000 Kranj", 26),
            (125, 590, "Opis", 26), (1180, 590, "Vrednost brez DDV", 26),
            (125, 646, "Deske smreka", 26), (1348, 646, "100,00", 26),
            (1029, 897, "Skupaj brez DDV:", 26), (1448, 897, "100,00", 26),
            (1026, 934, "DDV skupaj:", 26), (1448, 934, "22,00", 26),
            (1026, 973, "Za plačilo EUR:", 26), (1400, 973, "122,00", 26),
            (120, 1500, "NLB d.d. · Št. računa: SI56 2633 0001 2039 086", 22),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number in (None, "2026-00311")
