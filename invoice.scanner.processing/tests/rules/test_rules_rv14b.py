"""Review rv14b of round 14b: an initial before a legal name in capitals that opens with its
letter is no logo letter, and the run-on check of a wordmark compares Greek lines folded."""

from __future__ import annotations

import pytest
from rules_builders import read_page, sized_page


# 1. names.without_logo_letter's capital rule runs on every vendor candidate
#    (vendor._without_monogram), so a legal name in capitals whose first word is an initial
#    of the same letter as the surname loses its initial.
@pytest.mark.parametrize(
    "name",
    ["M MUSTERMANN GMBH", "S SMITH & SONS LTD", "A ALL CITY TOWING LLC", "B BRAUN MELSUNGEN AG"],
)
def test_an_initial_before_a_surname_of_its_letter_in_a_legal_name_stays(name: str) -> None:
    fields = read_page(
        [
            (150, 100, name, 40),
            (150, 160, "Gartenweg 2, 34117 Kassel", 24),
            (135, 400, "Rechnung Nr. 2026-118", 25),
            (135, 440, "Datum 12.03.2026", 25),
            (900, 900, "Gesamtbetrag", 24),
            (1300, 900, "238,00 €", 24),
        ]
    )
    assert fields.vendor_name == name


# 3. signs._run_on_under compares with compact(), which drops Greek letters: any Greek line
#    under a Greek wordmark "spells" any Greek legal name ("" == ""), the same fault the round
#    fixed in _unglued_by (new code: no base equivalent).
def test_a_greek_tagline_under_a_greek_wordmark_does_not_spell_another_legal_name() -> None:
    from invoice_scanner_processing.extractors.rules import signs
    from invoice_scanner_processing.extractors.rules.extractor import RuleExtractor
    from invoice_scanner_processing.extractors.rules.model import _Doc

    doc = _Doc(
        sized_page(
            [
                (139, 106, "ΒΕΝΤΕΛ ΚΟΡΝ", 61),
                (139, 177, "ΗΛΕΚΤΡΟΛΟΓΙΚΕΣ ΕΡΓΑΣΙΕΣ", 30),
                (139, 2097, "ΠΑΠΑΔΟΠΟΥΛΟΣ ΤΕΧΝΙΚΗ ΚΑΙ ΣΙΑ Ο.Ε.", 18),
            ]
        ),
        RuleExtractor().scorer,
    )
    mark = signs._wordmark(doc, joined=True)
    assert mark is not None and mark.text == "ΒΕΝΤΕΛ ΚΟΡΝ"
    assert not signs._run_on_under(doc, mark, "ΠΑΠΑΔΟΠΟΥΛΟΣ ΤΕΧΝΙΚΗ ΚΑΙ ΣΙΑ Ο.Ε.")
