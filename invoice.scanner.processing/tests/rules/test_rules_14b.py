"""Invented pages for round 14b (blind set 14b: labels above their values): a logo's letter
before a wordmark in capitals, a Greek series letter in a receipt's number, a Greek sign over
its legal line, and the Irish O' read as a zero."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import read_page


def test_a_logo_letter_before_a_capitals_wordmark_and_the_legal_name_in_the_sender_line() -> None:
    # The logo's "H" is read into the wordmark's line; the sender line above the addressee
    # spells the legal name the wordmark shortens.
    fields = read_page(
        [
            (154, 122, "H HALVERSEN & TÖCHTER", 78),
            (244, 215, "Haustechnik · Sanitär · Heizung", 23),
            (125, 342, "Halversen & Töchter Haustechnik GmbH · Ringstraße 4 · 34119 Kassel", 19),
            (125, 389, "Rechnungsempfänger", 22),
            (125, 422, "Wohnbau Nordhessen eG", 26),
            (125, 454, "Am Teich 3", 26),
            (125, 486, "34117 Kassel", 26),
            (135, 771, "Rechnungsnummer", 18),
            (412, 771, "Rechnungsdatum", 18),
            (135, 797, "RE-2026-0417", 25),
            (412, 797, "12.03.2026", 25),
            (900, 1500, "Rechnungsbetrag", 24),
            (1300, 1500, "1.190,00 €", 24),
            (900, 1450, "MwSt. 19 %", 24),
            (1300, 1450, "190,00 €", 24),
        ]
    )
    assert fields.vendor_name == "Halversen & Töchter Haustechnik GmbH"


def test_a_capital_before_a_name_in_mixed_case_is_a_real_initial() -> None:
    fields = read_page(
        [
            (150, 100, "B Kessler Medizintechnik GmbH", 40),
            (150, 160, "Gartenweg 2, 34117 Kassel", 24),
            (135, 400, "Rechnung Nr. 2026-118", 25),
            (135, 440, "Datum 12.03.2026", 25),
            (900, 900, "Gesamtbetrag", 24),
            (1300, 900, "238,00 €", 24),
        ]
    )
    assert fields.vendor_name == "B Kessler Medizintechnik GmbH"


def test_a_greek_series_letter_stays_in_the_receipts_number() -> None:
    fields = read_page(
        [
            (93, 35, "ΤΑΒΕΡΝΑ ΠΛΑΚΑ Ο.Ε.", 40),
            (107, 111, "ΚΥΔΑΘΗΝΑΙΩΝ 12, ΑΘΗΝΑ 10558", 21),
            (28, 223, "Αρ. παραστατικού", 21),
            (28, 251, "Α-2291", 25),
            (28, 282, "Ημερομηνία", 20),
            (28, 309, "21/02/2026 13:06", 25),
            (28, 700, "ΣΥΝΟΛΟ", 25),
            (500, 700, "20,30", 25),
        ]
    )
    assert fields.invoice_number == "Α-2291"


def test_a_greek_sign_over_its_legal_line_is_not_joined_into_it() -> None:
    # Folded to Latin letters every Greek word is empty: the sign must not pass for the legal
    # line's first word glued by OCR.
    fields = read_page(
        [
            (93, 35, "ΚΑΦΕ ΠΛΑΤΑΝΟΣ", 42),
            (204, 84, "ΚΑΦΕ ΠΛΑΤΑΝΟΣ Ι.Κ.Ε.", 21),
            (107, 111, "ΔΙΟΝΥΣΙΟΥ 31, ΑΘΗΝΑ 11742", 21),
            (145, 137, "ΑΦΜ: 801234567", 21),
            (28, 223, "Αρ. παραστατικού 1842", 21),
            (28, 309, "21/02/2026", 25),
            (28, 700, "ΣΥΝΟΛΟ", 25),
            (500, 700, "20,30", 25),
        ]
    )
    assert fields.vendor_name == "ΚΑΦΕ ΠΛΑΤΑΝΟΣ Ι.Κ.Ε."


def test_the_irish_o_read_as_a_zero() -> None:
    fields = read_page(
        [
            (150, 100, "0'Sullivan's Kitchen Ltd", 40),
            (150, 160, "12 Main Street, Cork", 24),
            (135, 400, "Receipt No. 4410", 25),
            (135, 440, "28/02/2026", 25),
            (135, 900, "TOTAL", 24),
            (600, 900, "€53.30", 24),
        ]
    )
    assert fields.vendor_name == "O'Sullivan's Kitchen Ltd"
    assert fields.total == Decimal("53.30")


def test_a_wordmark_run_on_into_its_legal_form_stays_one_name_without_doubt() -> None:
    # "&" between a wordmark's names makes it a wordmark for the legal name it opens, but
    # where the line under it finishes that name the letterhead prints the name whole.
    from rules_builders import sized_page

    from invoice_scanner_processing.extractors.rules.extractor import RuleExtractor

    prediction = RuleExtractor().predict(
        sized_page(
            [
                (139, 106, "WENDEL & KORN", 61),
                (1254, 122, "Heilbronner Straße 188", 22),
                (1337, 153, "70191 Stuttgart", 22),
                (139, 177, "Anlagentechnik GmbH", 30),
                (1273, 183, "www.wendel-korn.de", 22),
                (139, 320, "Wendel & Korn GmbH · Heilbronner Str. 188 · 70191 Stuttgart", 18),
                (139, 362, "Hallmann Chemie AG", 28),
                (1000, 365, "Rechnungsnummer", 24),
                (1313, 365, "RE-2026-00318", 24),
                (1000, 399, "Rechnungsdatum", 23),
                (1313, 399, "05.02.2026", 23),
                (900, 1500, "Rechnungsbetrag", 24),
                (1300, 1500, "1.190,00 €", 24),
                (139, 2097, "Wendel & Korn Anlagentechnik GmbH", 18),
                (139, 2147, "Geschäftsführer: Jörg Wendel", 18),
            ]
        )
    )
    assert prediction.fields.vendor_name is not None
    assert prediction.fields.vendor_name.casefold() == "wendel & korn anlagentechnik gmbh"
    assert prediction.confidence["vendor_name"] > 0.75
