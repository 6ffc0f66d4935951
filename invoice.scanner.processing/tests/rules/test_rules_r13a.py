"""Receipts (invented): the receipt's number after a receipt word on its till line ("Bon 5512",
"KVITTO 3308 ... KASSA 2", "... CAISSE 07 TICKET 00731"), a till's whole grouped id over the
transaction's number, a returned receipt's date that is not the receipt's own; the seller's
name with its ornaments off, a legal form or an organisation's word on the line centred under
it, Austria's "OG" read with a zero, and a sign with a line of words under it not approved."""

from __future__ import annotations

from rules_builders import sized_page, till_receipt

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def test_a_receipt_word_opening_the_till_line_gives_the_number() -> None:
    doc = till_receipt([(60, 280, "Kvitto 3308 2026-11-20 17:05 Kassa 2", 20)])
    assert _read(doc).invoice_number == "3308"  # type: ignore[attr-defined]


def test_a_receipt_word_after_the_date_and_the_till_gives_the_number() -> None:
    doc = till_receipt([(60, 280, "12/03/2026 10:27 CAISSE 07 TICKET 00731", 20)])
    assert _read(doc).invoice_number == "00731"  # type: ignore[attr-defined]


def test_a_receipt_word_inside_a_sentence_gives_no_number() -> None:
    doc = till_receipt([(60, 280, "Rückgabe zu Bon 4410 vom 02.03.2026", 20)])
    assert _read(doc).invoice_number != "4410"  # type: ignore[attr-defined]


def test_a_returned_receipts_date_is_not_the_receipts_own() -> None:
    doc = till_receipt(
        [
            (60, 280, "Rückgabe zu Bon 4410 vom 02.03.2026", 20),
            (60, 310, "Bon-Nr. 4471 Kasse 2 12.03.2026 14:03", 20),
        ]
    )
    assert str(_read(doc).invoice_date) == "2026-03-12"  # type: ignore[attr-defined]


def test_a_tills_whole_grouped_id_is_the_receipts_number() -> None:
    head = [
        (150, 40, "Pinecrest Supply Co.", 24),
        (60, 100, "STORE 0312", 18), (200, 100, "REG 04", 18), (300, 100, "TRANS 6620", 18),
    ]  # fmt: skip
    doc = till_receipt([(150, 300, "0312-0004-6620", 18)], head)
    assert _read(doc).invoice_number == "0312-0004-6620"  # type: ignore[attr-defined]


def test_a_grouped_id_of_another_store_is_not_taken() -> None:
    head = [
        (150, 40, "Pinecrest Supply Co.", 24),
        (60, 100, "STORE 0312", 18), (200, 100, "REG 04", 18), (300, 100, "TRANS 6620", 18),
    ]  # fmt: skip
    doc = till_receipt([(150, 300, "0999-0004-6620", 18)], head)
    assert _read(doc).invoice_number == "6620"  # type: ignore[attr-defined]


def test_ornaments_around_a_heading_word_are_no_part_of_the_name() -> None:
    head = [(190, 40, "* APOTHEKE *", 26), (160, 75, "Apotheke am Rathaus", 22)]
    doc = sized_page(
        [
            *head,
            (150, 110, "Rathausplatz 2, 50667 Köln", 18),
            (60, 160, "Aspirin", 20), (400, 160, "6,80", 20),
            (60, 200, "SUMME EUR", 22), (400, 200, "6,80", 22),
        ],
        width=520,
        height=400,
    )  # fmt: skip
    assert _read(doc).vendor_name == "Apotheke am Rathaus"  # type: ignore[attr-defined]


def test_an_organisation_word_centred_under_the_name_finishes_it() -> None:
    doc = sized_page(
        [
            (150, 40, "Dorfladen Oberried", 24), (190, 66, "Genossenschaft", 20),
            (170, 100, "Dorfstrasse 1, 3000 Bern", 18),
            (60, 160, "Brot", 20), (400, 160, "3.20", 20),
            (60, 200, "TOTAL CHF", 22), (400, 200, "3.20", 22),
        ],
        width=520,
        height=400,
    )  # fmt: skip
    assert _read(doc).vendor_name == "Dorfladen Oberried Genossenschaft"  # type: ignore[attr-defined]


def test_an_austrian_og_read_with_a_zero_is_a_legal_form() -> None:
    doc = till_receipt(
        [(60, 280, "Bon 5512 Kasse 1", 20)], [(100, 40, "Gruber & Partner Handel 0G", 24)]
    )
    assert _read(doc).vendor_name == "Gruber & Partner Handel OG"  # type: ignore[attr-defined]


def test_a_sign_over_a_smaller_line_of_words_is_not_approved() -> None:
    doc = sized_page(
        [
            (140, 40, "MAPLE GROVE", 44), (175, 95, "GARDEN & TIMBER", 22),
            (120, 125, "12 Elm St, Springfield IL 62701", 18),
            (60, 180, "MULCH 2CU FT", 20), (400, 180, "9.73", 20),
            (60, 220, "TOTAL", 22), (400, 220, "9.73", 22),
        ],
        width=630,
        height=400,
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert prediction.confidence["vendor_name"] < 0.8


def test_a_legal_tail_centred_under_the_name_finishes_it() -> None:
    doc = sized_page(
        [
            (150, 40, "Alimentari La Quercia", 24), (190, 66, "di Rossi S.n.c.", 20),
            (150, 100, "Via Verdi 3 - 40121 Bologna", 18),
            (60, 160, "PANE", 20), (400, 160, "3,20", 20),
            (60, 200, "TOTALE EURO", 22), (400, 200, "3,20", 22),
        ],
        width=520,
        height=400,
    )  # fmt: skip
    assert _read(doc).vendor_name == "Alimentari La Quercia di Rossi S.n.c."  # type: ignore[attr-defined]


def test_a_tax_summarys_rate_rows_are_summed_per_column() -> None:
    doc = sized_page(
        [
            (150, 40, "Tankstelle Gruber GmbH", 24),
            (150, 75, "Hauptstraße 9, 4020 Linz", 18),
            (60, 130, "Diesel", 20), (400, 130, "60,00", 20),
            (60, 155, "Zeitung", 20), (400, 155, "2,20", 20),
            (60, 200, "SUMME EUR", 22), (400, 200, "62,20", 22),
            (180, 240, "Netto", 18), (280, 240, "USt", 18), (380, 240, "Brutto", 18),
            (60, 265, "1=20%", 18), (180, 265, "50,00", 18), (280, 265, "10,00", 18),
            (380, 265, "60,00", 18),
            (60, 290, "2=10%", 18), (180, 290, "2,00", 18), (280, 290, "0,20", 18),
            (380, 290, "2,20", 18),
        ],
        width=520,
        height=400,
    )  # fmt: skip
    fields = _read(doc)
    assert str(fields.vat) == "10.20"  # type: ignore[attr-defined]
    assert str(fields.total) == "62.20"  # type: ignore[attr-defined]


def test_a_sign_over_a_tagline_keeps_its_confidence() -> None:
    doc = sized_page(
        [
            (140, 40, "MAPLE GROVE", 44), (150, 95, "Garden · Timber · Tools", 22),
            (120, 125, "12 Elm St, Springfield IL 62701", 18),
            (60, 180, "MULCH 2CU FT", 20), (400, 180, "9.73", 20),
            (60, 220, "TOTAL", 22), (400, 220, "9.73", 22),
        ],
        width=630,
        height=400,
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert prediction.fields.vendor_name == "MAPLE GROVE"
    assert prediction.confidence["vendor_name"] >= 0.8


def test_a_heading_in_another_script_is_not_taken_for_a_repeated_one() -> None:
    doc = sized_page(
        [
            (200, 40, "コモレビマート", 44), (230, 95, "桜台駅前店", 30),
            (120, 140, "東京都練馬区桜台1-22-5", 18),
            (60, 180, "おにぎり", 20), (400, 180, "150", 20),
            (60, 220, "合計", 22), (400, 220, "150", 22),
        ],
        width=630,
        height=400,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name != "桜台駅前店"
