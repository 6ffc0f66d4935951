"""Review of round i13i (invented pages): a bank that is itself the seller, or a seller whose
name holds "bank", keeps its letterhead over its own account line; no address or owner's line
is joined to a name already closed by its legal form; words such as "Sri", "LIC", "PIC" or
"Si" are not respelled into a legal form; and partners' names set apart by bars or bullets
over a bare legal form are still the name's first line."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _vendor(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields.vendor_name  # type: ignore[attr-defined]


def _invoice(
    head: list[tuple[float, float, str, float]],
    extra: list[tuple[float, float, str, float]] | None = None,
) -> OcrDocument:
    return sized_page(
        [
            *head,
            (150, 400, "Max Muster GmbH", 26),
            (150, 440, "Lindenweg 3", 26),
            (150, 480, "80331 München", 26),
            (1000, 400, "Rechnung Nr.", 26), (1300, 400, "RE-2026-0117", 26),
            (1000, 440, "Datum", 26), (1300, 440, "03.03.2026", 26),
            (150, 700, "Beratung", 24), (1300, 700, "500,00", 24),
            (1000, 900, "Nettobetrag", 26), (1300, 900, "500,00", 26),
            (1000, 940, "MwSt 19 %", 26), (1310, 940, "95,00", 26),
            (1000, 980, "Gesamtbetrag", 26), (1300, 980, "595,00", 26),
            *(extra or []),
        ]
    )  # fmt: skip


def test_a_bank_in_its_own_letterhead_over_its_account_is_the_seller() -> None:
    doc = _invoice(
        [
            (150, 100, "Volksbank Mittelhessen eG", 40),
            (150, 150, "Konto 123456789", 24),
            (150, 185, "Schiffenberger Weg 110, 35394 Gießen", 24),
        ]
    )
    assert _vendor(doc) == "Volksbank Mittelhessen eG"


def test_a_seller_named_riverbank_over_an_account_line_is_the_seller() -> None:
    doc = _invoice(
        [
            (150, 100, "Riverbank Catering Ltd", 40),
            (150, 150, "Account No. 44821", 24),
            (150, 185, "12 Mill Lane, Leeds LS1 4AB", 24),
        ]
    )
    assert _vendor(doc) == "Riverbank Catering Ltd"


def test_the_street_under_the_name_is_not_joined_where_the_footer_runs_them_on() -> None:
    doc = _invoice(
        [
            (150, 100, "Autohaus Berger GmbH", 40),
            (150, 150, "Industriestraße 5", 24),
            (150, 185, "85354 Freising", 24),
        ],
        extra=[(150, 2100, "Autohaus Berger GmbH Industriestraße 5 · 85354 Freising", 20)],
    )
    assert _vendor(doc) == "Autohaus Berger GmbH"


def test_the_owner_under_a_closed_name_is_not_joined() -> None:
    doc = _invoice(
        [
            (150, 100, "Autohaus Berger GmbH", 40),
            (150, 150, "Inhaber Hans Berger", 24),
            (150, 185, "Industriestr. 5, 85354 Freising", 24),
        ],
        extra=[(150, 2100, "Autohaus Berger GmbH Inhaber Hans Berger · Industriestr. 5", 20)],
    )
    assert _vendor(doc) == "Autohaus Berger GmbH"


def test_a_word_like_a_legal_form_is_not_respelled() -> None:
    for name in ("Harbor Dental LIC", "Studio Foto PIC", "Ristorante Lanka Sri"):
        doc = _invoice([(150, 100, name, 40), (150, 160, "12 Main Street, Boston", 24)])
        assert _vendor(doc) == name


def test_partners_names_set_apart_by_bullets_over_a_bare_form_are_the_name() -> None:
    doc = _invoice(
        [
            (150, 100, "Haas • Roth", 40),
            (150, 150, "PartG mbB", 40),
            (150, 200, "Königsallee 12, 40212 Düsseldorf", 24),
        ]
    )
    assert _vendor(doc) == "Haas • Roth PartG mbB"
