"""Invoices (invented): a monogram letter in a logo box before the seller's name is no part of
it; a number printed as year, series code and running number with spaces ("2026 FC 0219") is
kept whole; a correction ("Rechnungskorrektur") that prints positive amounts is an invoice with
its own number ("Korrektur-Nr."), never the replaced one's; a decimal comma OCR read as a
semicolon; a middle dot glued to the word after it ends the name in a footer; a tax breakdown
line chaining net and tax per rate ("Netto 19 %: 494,20 MwSt 19 %  93,90") gives the tax; an
abbreviation in brackets after the words it abbreviates ("répertoire des métiers (RM)") names
no currency; a service's date ("Date d'intervention") is not the invoice's; the net branch of a
Skonto sentence on the line under its discount branch gives the due date."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrWord
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.parsing import find_amounts


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def _invoice_body(x: float = 120) -> list[tuple[float, float, str, float]]:
    return [
        (900, 400, "Rechnung Nr.", 20), (1150, 400, "RE-2026-0417", 20),
        (900, 440, "Datum", 20), (1150, 440, "14.03.2026", 20),
        (x, 700, "Beratung Projekt Nord", 20), (1300, 700, "1.000,00 €", 20),
        (900, 900, "Summe netto", 20), (1300, 900, "1.000,00 €", 20),
        (900, 940, "USt 19 %", 20), (1300, 940, "190,00 €", 20),
        (900, 980, "Gesamtbetrag", 20), (1300, 980, "1.190,00 €", 20),
    ]  # fmt: skip


def _with_monogram(doc: OcrDocument) -> OcrDocument:
    """The first line's words: a tall lone letter in a box, then the name in smaller type."""
    line = doc.pages[0].lines[0]
    words = [
        OcrWord(text="K", bbox=BBox(x0=120, y0=100, x1=180, y1=162), confidence=0.99),
        OcrWord(text="Kranich", bbox=BBox(x0=220, y0=100, x1=360, y1=136), confidence=0.99),
        OcrWord(text="Haustechnik", bbox=BBox(x0=372, y0=100, x1=580, y1=136), confidence=0.99),
        OcrWord(text="GmbH", bbox=BBox(x0=592, y0=100, x1=690, y1=136), confidence=0.99),
    ]
    box = BBox(x0=120, y0=100, x1=690, y1=162)
    new = line.model_copy(
        update={"text": "K Kranich Haustechnik GmbH", "words": words, "bbox": box}
    )
    doc.pages[0].lines[0] = new
    return doc


def test_a_monogram_letter_before_the_name_is_no_part_of_it() -> None:
    doc = _with_monogram(
        sized_page([(120, 100, "K Kranich Haustechnik GmbH", 36), *_invoice_body()])
    )
    assert _read(doc).vendor_name == "Kranich Haustechnik GmbH"  # type: ignore[attr-defined]


def test_a_year_series_and_running_number_with_spaces_is_one_number() -> None:
    doc = sized_page(
        [
            (120, 100, "Voirie Bertin SA", 30),
            (900, 400, "Facture n°", 20), (900, 430, "2026 FC 0219", 20),
            (900, 480, "Date d'émission", 20), (900, 510, "12/02/2026", 20),
            (900, 900, "Montant HT", 20), (1300, 900, "100,00 €", 20),
            (900, 940, "TVA 20 %", 20), (1300, 940, "20,00 €", 20),
            (900, 980, "Montant TTC", 20), (1300, 980, "120,00 €", 20),
        ]
    )  # fmt: skip
    assert _read(doc).invoice_number == "2026 FC 0219"  # type: ignore[attr-defined]


def _correction(net: str, vat: str, total: str) -> OcrDocument:
    return sized_page(
        [
            (120, 100, "Kranich Haustechnik GmbH", 30),
            (900, 400, "Korrektur-Nr.", 20), (1150, 400, "RK-2044", 20),
            (900, 440, "Datum", 20), (1150, 440, "18.02.2026", 20),
            (120, 560, "Rechnungskorrektur RK-2044", 26),
            (120, 600, "Sie ersetzt die Rechnung Nr. RE-3391 vom 09.02.2026.", 18),
            (120, 700, "Wartung Heizungsanlage", 20), (1300, 700, net, 20),
            (900, 900, "Gesamtbetrag netto", 20), (1300, 900, net, 20),
            (900, 940, "zzgl. Umsatzsteuer 19 %", 20), (1300, 940, vat, 20),
            (900, 980, "Gesamtbetrag brutto", 20), (1300, 980, total, 20),
        ]
    )  # fmt: skip


def test_a_correction_with_positive_amounts_is_an_invoice_with_its_own_number() -> None:
    fields = _read(_correction("1.000,00 €", "190,00 €", "1.190,00 €"))
    assert fields.document_type == "invoice"  # type: ignore[attr-defined]
    assert str(fields.total) == "1190.00"  # type: ignore[attr-defined]
    assert fields.invoice_number == "RK-2044"  # type: ignore[attr-defined]
    # One that prints its amounts negative credits them: a credit note by its sign.
    fields = _read(_correction("-1.000,00 €", "-190,00 €", "-1.190,00 €"))
    assert fields.document_type == "credit_note"  # type: ignore[attr-defined]
    assert str(fields.total) == "-1190.00"  # type: ignore[attr-defined]


def test_a_semicolon_read_for_a_decimal_comma_is_the_comma() -> None:
    assert [a.value for a in find_amounts("6.175;00 €")] == [6175]
    assert [str(a.value) for a in find_amounts("12;50 €")] == ["12.50"]
    # Semicolons between plain numbers stay separators.
    assert len(find_amounts("Pos 3;12 Stk")) == 2


def test_a_middle_dot_glued_to_the_next_word_ends_the_name() -> None:
    doc = sized_page(
        [
            (120, 100, "KRANICH", 60),
            *_invoice_body(),
            (120, 2200, "Kranich Haustechnik GmbH ·Sitz Kassel · AG Kassel HRB 4410", 16),
        ]
    )
    assert _read(doc).vendor_name == "Kranich Haustechnik GmbH"  # type: ignore[attr-defined]


def test_a_number_after_a_replacing_verb_is_the_replaced_documents() -> None:
    doc = sized_page(
        [
            (120, 100, "Kranich Haustechnik GmbH", 30),
            (120, 300, "Datum 18.02.2026", 20),
            (120, 400, "Diese Seite ersetzt die Rechnung Nr. RE-3391 vom 09.02.2026.", 18),
            (900, 900, "Summe netto", 20), (1300, 900, "1.000,00 €", 20),
            (900, 940, "USt 19 %", 20), (1300, 940, "190,00 €", 20),
            (900, 980, "Gesamtbetrag", 20), (1300, 980, "1.190,00 €", 20),
        ]
    )  # fmt: skip
    assert _read(doc).invoice_number != "RE-3391"  # type: ignore[attr-defined]


def test_a_breakdown_line_chaining_net_and_tax_per_rate_gives_the_tax() -> None:
    doc = sized_page(
        [
            (120, 100, "Kranich Haustechnik GmbH", 30),
            (900, 400, "Rechnung Nr.", 20), (1150, 400, "RE-2026-0417", 20),
            (900, 440, "Datum", 20), (1150, 440, "14.03.2026", 20),
            (120, 700, "Heizöl", 20), (1300, 700, "600,00", 20),
            (120, 740, "Brezen", 20), (1300, 740, "100,00", 20),
            (900, 900, "Warenwert netto", 20), (1300, 900, "700,00", 20),
            (900, 940, "Netto 19 %: 600,00 MwSt 19 %", 20), (1300, 940, "114,00", 20),
            (900, 980, "Netto 7 %: 100,00 MwSt 7 %", 20), (1300, 980, "7,00", 20),
            (900, 1020, "Endbetrag EUR", 20), (1300, 1020, "821,00", 20),
        ]
    )  # fmt: skip
    fields = _read(doc)
    assert str(fields.vat) == "121.00"  # type: ignore[attr-defined]
    assert str(fields.amount) == "700.00"  # type: ignore[attr-defined]


def test_an_abbreviation_spelled_out_before_it_names_no_currency() -> None:
    text = "Total 80,00 € ... inscrit au répertoire des métiers (RM)"
    assert detect_currency(text) == "EUR"
    # A total's label with the symbol in brackets still names the ringgit.
    assert detect_currency("TOTAL (RM) 12.50") == "MYR"
    assert detect_currency("Amounts in Ringgit Malaysia (RM)") == "MYR"


def _craftsman(extra: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (120, 100, "Hugo Lemaire EI", 30),
            (120, 400, "FACTURE N°2026-044", 24),
            *extra,
            (120, 700, "Remplacement robinet", 20), (1300, 700, "180,00", 20),
            (900, 900, "TOTAL À PAYER", 20), (1300, 900, "180,00 €", 20),
            (120, 980, "TVA non applicable, art. 293 B du CGI.", 18),
        ]
    )  # fmt: skip


def test_a_services_date_beside_the_letters_date_is_not_the_invoices() -> None:
    doc = _craftsman(
        [
            (120, 450, "Rennes, le 02/03/2026", 20),
            (460, 450, "Date d'intervention : 27/02/2026", 20),
        ]
    )
    assert str(_read(doc).invoice_date) == "2026-03-02"  # type: ignore[attr-defined]


def test_the_net_branch_of_a_skonto_sentence_on_the_next_line_is_the_due_date() -> None:
    doc = sized_page(
        [
            (120, 100, "Kranich Haustechnik GmbH", 30),
            (900, 400, "Rechnung Nr.", 20), (1150, 400, "RE-2026-0417", 20),
            (900, 440, "Datum", 20), (1150, 440, "13.02.2026", 20),
            (900, 900, "Summe netto", 20), (1300, 900, "1.000,00 €", 20),
            (900, 940, "USt 19 %", 20), (1300, 940, "190,00 €", 20),
            (900, 980, "Gesamtbetrag", 20), (1300, 980, "1.190,00 €", 20),
            (120, 1100, "Zahlbar innerhalb von 10 Tagen mit 2 % Skonto (1.166,20 €)", 18),
            (120, 1130, "oder bis zum 27.02.2026 ohne Abzug.", 18),
        ]
    )  # fmt: skip
    assert str(_read(doc).due_date) == "2026-02-27"  # type: ignore[attr-defined]
