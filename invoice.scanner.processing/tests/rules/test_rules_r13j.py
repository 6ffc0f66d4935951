"""Rules added after the blind set 2026-13h was studied (round r13j): a wordmark that is a word
inside the legal name, a sign going on in two trades set smaller, a German debit sentence whose
verb wraps, a tip sentence's count of guests and taxes printed per rate under their base
lines. Every page here is invented for the test."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.tradename import is_kind_line
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_wordmark_that_is_a_later_word_of_the_legal_name_gives_the_legal_name() -> None:
    """ "lumio" heading the page, "Énergies Lumio SAS au capital de …" in the footer: the
    wordmark is a word of the legal name, not its first; the legal name is the seller, held."""
    doc = sized_page(
        [
            (140, 110, "lumio", 70),
            (1180, 110, "Votre facture", 40), (1300, 170, "du 04/05/2026", 26),
            (140, 300, "N° de facture", 24), (470, 300, "LM-2026-55120", 24),
            (900, 300, "Mme Claire DUVAL", 24),
            (900, 340, "8 rue des Tilleuls", 24), (900, 380, "31000 TOULOUSE", 24),
            (180, 600, "Abonnement électricité", 24), (1360, 600, "50,00 €", 24),
            (180, 660, "Total HT", 24), (1360, 660, "50,00 €", 24),
            (180, 700, "TVA 20 %", 24), (1360, 700, "10,00 €", 24),
            (180, 760, "Montant total TTC à payer", 28), (1340, 760, "60,00 €", 28),
            (140, 2150, "Énergies Lumio SAS au capital de 2 000 000 € – RCS Lyon 123 456 789", 18),
        ],
        source="text_layer",
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.vendor_name == "Énergies Lumio SAS"
    assert pred.confidence["vendor_name"] < 0.8


def test_a_sign_going_on_in_two_trades_set_smaller_is_one_name() -> None:
    """ "KESTREL" over "BAKERY & CAFE" in smaller type: the name goes on in the two trades
    joined as one phrase, and is held; a name in the possessive over them ("DOYLE'S" /
    "BAKERY & CAFE") names the place alone."""

    def till(name: str) -> OcrDocument:
        return sized_page(
            [
                (160, 40, name, 52), (180, 110, "BAKERY & CAFE", 22),
                (170, 140, "12 MAIN ST", 22), (170, 165, "DENVER, CO 80202", 22),
                (30, 220, "RECEIPT # 4410-22", 22),
                (30, 260, "SOURDOUGH LOAF", 22), (500, 260, "7.50", 22),
                (30, 290, "LATTE", 22), (500, 290, "4.50", 22),
                (30, 340, "SUBTOTAL", 22), (500, 340, "12.00", 22),
                (30, 370, "SALES TAX 8%", 22), (500, 370, "0.96", 22),
                (30, 400, "TOTAL", 22), (500, 400, "12.96", 22),
                (30, 440, "06/02/26 08:15 AM", 22),
            ],
            width=600,
            height=560,
        )  # fmt: skip

    pred = _predict(till("KESTREL"))
    assert pred.fields.vendor_name == "KESTREL BAKERY & CAFE"
    assert pred.confidence["vendor_name"] < 0.8
    assert _predict(till("DOYLE'S")).fields.vendor_name == "DOYLE'S"


def test_hardware_and_supplies_are_trades() -> None:
    """A hardware store's or a supplier's kind under its name is a trade, no name alone."""
    assert is_kind_line("HARDWARE")
    assert is_kind_line("Supplies")


def test_a_german_debit_sentence_naming_the_lastschrift_after_its_date(
    make_layout: Layout,
) -> None:
    """ "Der Betrag wird am 18.05.2026 per SEPA-Lastschrift von Ihrem Konto" / "DE44 … 07
    abgebucht.": the debit's day is the due date, though the verb wraps onto the next line."""
    doc = make_layout(
        [
            (180, 300, "Stadtwerke Kelsbach GmbH · Am Ring 3 · 34117 Kassel"),
            (180, 360, "Herrn"), (180, 400, "Jonas Weber"),
            (180, 440, "Bachstraße 12"), (180, 480, "34119 Kassel"),
            (1000, 400, "Rechnungsnummer"), (1270, 400, "RG-2026-88120"),
            (1000, 440, "Rechnungsdatum"), (1270, 440, "05.05.2026"),
            (190, 800, "Grundpreis Strom"), (1350, 800, "40,00 €"),
            (830, 900, "Summe netto"), (1340, 900, "40,00 €"),
            (830, 940, "zzgl. 19 % USt"), (1350, 940, "7,60 €"),
            (830, 980, "Rechnungsbetrag"), (1330, 980, "47,60 €"),
            (180, 1100, "Der Betrag wird am 18.05.2026 per SEPA-Lastschrift von Ihrem Konto"),
            (180, 1130, "DE44 **** **** **** 07 abgebucht."),
            (180, 2100, "Stadtwerke Kelsbach GmbH · USt-IdNr.: DE123456789"),
        ]
    )  # fmt: skip
    assert str(_predict(doc).fields.due_date) == "2026-05-18"


def test_a_tip_sentence_counting_guests_is_no_tip(make_layout: Layout) -> None:
    """ "Service charge added for groups of 8+" under the check: the 8 counts guests; the
    charged gratuity is the one on its line, and the total adds up with it and the tax."""
    doc = make_layout(
        [
            (500, 90, "HARBOR GRILLE"), (600, 200, "44 Pier Rd, Salem, MA 01970"),
            (80, 560, "Check #8812"), (80, 640, "07/04/2026"),
            (240, 900, "Lobster Roll"), (1790, 900, "60.00"),
            (240, 990, "Clam Chowder"), (1790, 990, "40.00"),
            (90, 1500, "Subtotal"), (1790, 1500, "100.00"),
            (90, 1590, "Tax"), (1790, 1590, "6.25"),
            (90, 1680, "Gratuity 20% (8+)"), (1790, 1680, "20.00"),
            (90, 1770, "TOTAL"), (1790, 1770, "126.25"),
            (420, 2050, "Gratuity added for groups of 8+"),
        ],
        width=2100,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("126.25")
    assert fields.vat == Decimal("6.25")
    assert fields.amount == Decimal("100.00")


def test_taxes_in_brackets_under_their_rate_lines_are_summed(make_layout: Layout) -> None:
    """A till that prints each rate's base, then its tax in brackets on the line under it
    ("10% items ¥2,200" / "(Tax ¥200)", "8% items ¥1,080" / "(Tax ¥80)"): the tax is both
    lines' sum, and the net the total less it."""
    doc = make_layout(
        [
            (300, 100, "SAKURA STATIONERY"), (300, 150, "Reg. No. T1234567890123"),
            (80, 300, "2026/06/01"), (800, 300, "No.0551"),
            (80, 400, "Notebook A5"), (800, 400, "¥2,200"),
            (80, 450, "Rice crackers *"), (800, 450, "¥1,080"),
            (80, 560, "Total (tax incl.)"), (800, 560, "¥3,280"),
            (80, 610, "10% items"), (800, 610, "¥2,200"),
            (120, 660, "(Tax"), (800, 660, "¥200)"),
            (80, 710, "8% items"), (800, 710, "¥1,080"),
            (120, 760, "(Tax"), (800, 760, "¥80)"),
            (80, 860, "Cash"), (800, 860, "¥5,000"),
            (80, 910, "Change"), (800, 910, "¥1,720"),
        ],
        width=1100,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.vat == Decimal("280")
    assert fields.amount == Decimal("3000")
    assert fields.total == Decimal("3280")


def test_a_legal_name_cut_short_is_read_whole_from_the_sender_line() -> None:
    """A letterhead set right over two lines ("HOLM & PARTNER" / "Steuerberatungsgesellschaft
    mbH") beside the sender line "Holm & Partner Steuerberatungsgesellschaft mbH · …": the
    legal form's line is the name's tail; the whole name is the seller, held."""
    doc = sized_page(
        [
            (900, 100, "HOLM & PARTNER", 42),
            (1100, 155, "Steuerberatungsgesellschaft mbH", 24),
            (170, 300, "Holm & Partner Steuerberatungsgesellschaft mbH · 28195 Bremen", 18),
            (170, 350, "Kaufhaus Brandt GmbH", 24),
            (170, 385, "Obernstraße 9", 24), (170, 420, "28195 Bremen", 24),
            (1000, 350, "Rechnung Nr.", 22), (1280, 350, "2026-1188", 22),
            (1000, 385, "Datum", 22), (1280, 385, "12.05.2026", 22),
            (170, 700, "Jahresabschluss 2025", 22), (1300, 700, "4.000,00 €", 22),
            (1000, 800, "Summe netto", 22), (1300, 800, "4.000,00 €", 22),
            (1000, 840, "zzgl. 19 % USt", 22), (1300, 840, "760,00 €", 22),
            (1000, 880, "Rechnungsbetrag", 22), (1300, 880, "4.760,00 €", 22),
            (170, 2150, "USt-IdNr.: DE287654321 · Amtsgericht Bremen HRB 55120", 18),
        ],
        source="text_layer",
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.vendor_name == "Holm & Partner Steuerberatungsgesellschaft mbH"
    assert pred.confidence["vendor_name"] < 0.8


def test_a_wordmark_with_its_legal_form_gives_the_legal_name_under_it() -> None:
    """ "fig & co." heading a till over "Fig & Co. Patisserie Pte. Ltd.": the wordmark is the
    legal name's head, its "& co." read as a legal form; the whole legal name is the seller."""
    doc = sized_page(
        [
            (200, 40, "fig & co.", 60), (150, 110, "Fig & Co. Patisserie Pte. Ltd.", 26),
            (180, 145, "GST Reg: 201912345M", 22), (200, 175, "Singapore 238801", 22),
            (30, 230, "Rcpt: FC2-00871", 22), (380, 230, "03/06/26", 22),
            (30, 280, "Croissant", 22), (500, 280, "4.20", 22),
            (30, 310, "Flat white", 22), (500, 310, "5.60", 22),
            (30, 360, "TOTAL", 24), (500, 360, "9.80", 24),
            (30, 395, "GST 9% incl.", 22), (500, 395, "0.81", 22),
        ],
        width=600,
        height=520,
    )  # fmt: skip
    pred = _predict(doc)
    assert pred.fields.vendor_name == "Fig & Co. Patisserie Pte. Ltd."
    assert pred.confidence["vendor_name"] < 0.8
