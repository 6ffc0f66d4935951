"""Due dates a bill prints in a payment or collection sentence the reader did not know, and a
null due date made unsure where such a date stands unread. Invented pages.

* "Payable net à 30 jours, soit jusqu'au 18/03/2026" ("jusqu'au" = until), "Total amount due
  by Mar 10, 2026" (a month's name after "by"), "Zahlbar bis zum 20.03. mit 2 % Skonto, oder
  bis zum 09.04.2026 ohne Abzug" (the net deadline after the discount's) are the due date.
* "Prélevé à partir du 06/03/2026 sur le compte ..." is a debit's collection day: read as the
  due date and held, like one read after a debit label (sets disagree on such a day).
* A later date in a line about paying, or after a label no field knows, that nothing reads:
  a null due date there is a guess, not a confident answer; a validity's end is no such date.
"""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _bill(*lines: tuple[float, float, str]) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Ondelis SAS", 30),
            (60, 100, "12 avenue de Wagram, 75008 Paris", 30),
            (700, 200, "Facture N° F26-0219", 30),
            (700, 240, "Date de facture 19/02/2026", 30),
            (60, 400, "Désignation", 30), (900, 400, "Montant HT", 30),
            (60, 440, "Forfait mobile février", 30), (900, 440, "27,33", 30),
            (600, 520, "Total HT", 30), (900, 520, "27,33 €", 30),
            (600, 560, "TVA 20 %", 30), (900, 560, "5,47 €", 30),
            (600, 600, "Total TTC", 30), (900, 600, "32,80 €", 30),
            *((x, y, t, 30) for x, y, t in lines),
            (100, 1700, "Ondelis SAS · RCS Paris 812 334 221 · TVA FR41 812334221", 22),
        ],
        width=1200,
        height=1800,
    )  # fmt: skip


def _due(doc: OcrDocument) -> tuple[str | None, float]:
    reading = RuleExtractor().predict(doc)
    due = reading.fields.due_date
    return (str(due) if due else None), reading.confidence.get("due_date", 0.0)


def test_payable_until_jusqu_au_dates_the_bill() -> None:
    for line in (
        "Payable net à 30 jours, soit jusqu'au 18/03/2026.",
        "Payable net à 30 jours, soit jusq'au 18/03/2026.",  # the OCR drops a letter
    ):
        assert _due(_bill((60, 760, line)))[0] == "2026-03-18", line


def test_due_by_a_month_name_date() -> None:
    assert _due(_bill((60, 760, "Total amount due by Mar 10, 2026")))[0] == "2026-03-10"


def test_the_net_deadline_after_an_early_payment_discount() -> None:
    due, _ = _due(
        _bill(
            (60, 760, "Zahlbar innerhalb von 10 Tagen bis zum 02.03.2026 mit 2 % Skonto,"),
            (60, 800, "oder bis zum 09.04.2026 ohne Abzug."),
        )
    )
    assert due == "2026-04-09"
    # The discount's deadline alone is still no due date.
    due, confidence = _due(
        _bill((60, 760, "Bei Zahlung bis zum 02.03.2026 gewähren wir 2 % Skonto."))
    )
    assert due is None and confidence < 0.8


def test_a_debit_from_a_day_on_is_read_and_held() -> None:
    due, confidence = _due(
        _bill((60, 760, "Prélevé à partir du 06/03/2026 sur le compte FR76 •••• 4821"))
    )
    assert due == "2026-03-06"
    assert confidence <= 0.6


def test_an_unread_later_date_in_a_payment_line_makes_a_null_due_date_unsure() -> None:
    due, confidence = _due(_bill((60, 760, "Zahlung per Überweisung – Valuta 18.03.2026")))
    assert due is None
    assert confidence <= 0.5
    # A payment made before the bill's date is no due date: null stays sure.
    due, confidence = _due(_bill((60, 760, "Payment received 02/02/2026 - thank you")))
    assert due is None and confidence >= 0.8


def test_a_later_date_beside_an_unknown_label_makes_a_null_due_date_unsure() -> None:
    # (Greek "Ημ. λήξης" was the example here until r12r taught the reader that label, and
    # Icelandic "Gjalddagi" until r13t did.)
    due, confidence = _due(_bill((700, 280, "Maksupäev"), (900, 280, "18/03/2026")))
    assert due is None
    assert confidence <= 0.5
    # A validity's last day (a quote's, a card's) is no payment's: null stays sure.
    due, confidence = _due(_bill((700, 280, "Valid until"), (900, 280, "18/03/2026")))
    assert due is None and confidence >= 0.8


# --- Invoice numbers a title heads across two columns, and a corrected invoice's own label.


def _number(lines: list[tuple[float, float, str, float]]) -> tuple[str | None, float]:
    reading = RuleExtractor().predict(
        sized_page(
            [
                *lines,
                (600, 820, "Total HT", 24), (1000, 820, "100,00 €", 24),
                (600, 860, "TVA 20 %", 24), (1000, 860, "20,00 €", 24),
                (600, 900, "Total TTC", 24), (1000, 900, "120,00 €", 24),
            ],
            width=1600,
            height=2200,
        )
    )  # fmt: skip
    return reading.fields.invoice_number, reading.confidence.get("invoice_number", 0.0)


def test_the_number_under_a_title_past_another_columns_line() -> None:
    """ "Facture" at the right, its number under it; at the left the seller's tagline sets a
    line of its own between the two rows."""
    number, _ = _number(
        [
            (230, 100, "Maison Berthelot", 36), (1330, 92, "Facture", 50),
            (145, 130, "MB", 30), (230, 147, "Traiteur · Nantes", 22),
            (1345, 154, "F-2026-00214", 28),
            (130, 300, "Date d'émission : 03/04/2026", 24),
        ]
    )  # fmt: skip
    assert number == "F-2026-00214"
    # A cell that a label beside it names is that label's value, read as labelled.
    number, confidence = _number(
        [
            (140, 130, "Logicielle", 40), (1210, 124, "FACTURE", 50),
            (140, 205, "Logicielle SAS", 24),
            (140, 235, "8 rue de la Pépinière, 75008 Paris", 24),
            (1015, 231, "N° :", 24), (1210, 231, "FA-2026-1187", 24),
            (1015, 266, "Date :", 24), (1210, 266, "01/12/2026", 24),
        ]
    )  # fmt: skip
    assert number == "FA-2026-1187" and confidence > 0.55


def test_a_number_and_its_date_under_the_title_past_the_customers_line() -> None:
    """ "FATTURA" / "n. 27/2026 del 31/03/2026" at the right, the customer's name at the left
    a row between: "27/2026" is the number (no date: 27 is no month)."""
    number, _ = _number(
        [
            (300, 147, "studio lumen", 50), (1310, 136, "Studio Lumen S.r.l.", 22),
            (153, 357, "Spett.le", 24), (861, 343, "FATTURA", 42),
            (153, 396, "Cantina Colli Berici Soc. Agr. a r.l.", 24),
            (861, 409, "n. 27/2026 del 31/03/2026", 28),
            (153, 429, "Via Roma 4, 36023 Longare (VI)", 24),
        ]
    )  # fmt: skip
    assert number == "27/2026"


def test_a_corrected_invoices_own_number_label() -> None:
    number, _ = _number(
        [
            (100, 60, "Nordlicht Mediendesign UG (haftungsbeschränkt)", 24),
            (1000, 200, "Rechnungskorrektur-Nr.", 24), (1300, 200, "RK-2026-0012", 24),
            (1000, 240, "Datum", 24), (1300, 240, "04.03.2026", 24),
            (1000, 280, "Zur Rechnung", 24), (1300, 280, "RE-2026-0187", 24),
        ]
    )  # fmt: skip
    assert number == "RK-2026-0012"


# --- A paid page's payment date, and a letter's dateline.


def _ticket(*lines: tuple[float, float, str]) -> OcrDocument:
    return sized_page(
        [
            (60, 40, "PARKING GARE PART-DIEU", 30),
            (60, 80, "Parcs Urbains Lyon SAS", 24),
            *((x, y, t, 24) for x, y, t in lines),
            (60, 400, "Montant HT", 24), (500, 400, "6,50 €", 24),
            (60, 440, "TVA 20 %", 24), (500, 440, "1,30 €", 24),
            (60, 480, "Montant TTC", 24), (500, 480, "7,80 €", 24),
            (60, 560, "Date de paiement", 24), (500, 560, "06/06/2026", 24),
        ],
        width=700,
        height=900,
    )  # fmt: skip


def test_a_paid_pages_payment_date_is_its_date_not_a_due_date() -> None:
    reading = RuleExtractor().predict(
        _ticket(
            (60, 160, "REÇU DE PAIEMENT"),
            (60, 200, "Reçu n°"), (500, 200, "P3-0051847"),
            (60, 520, "Payé CB"), (500, 520, "7,80 €"),
        )
    )  # fmt: skip
    assert str(reading.fields.invoice_date) == "2026-06-06"
    assert reading.fields.due_date is None
    assert reading.fields.invoice_number == "P3-0051847"
    # A page that states nothing paid keeps the payment date as its due date.
    reading = RuleExtractor().predict(
        _ticket((60, 160, "FACTURE N° F-0412"), (60, 200, "Date de facture 01/06/2026"))
    )
    assert str(reading.fields.due_date) == "2026-06-06"


def test_a_letters_dateline_dates_it_though_a_period_starts_that_day() -> None:
    reading = RuleExtractor().predict(
        sized_page(
            [
                (60, 60, "Lernwerk Online GmbH", 30),
                (900, 200, "Wien, am 15. Jänner 2026", 24),
                (60, 260, "Rechnung Nr. LW-2026-0113", 30),
                (60, 400, "Jahresabo Kurse", 24), (900, 400, "100,00", 24),
                (600, 480, "Summe netto", 24), (900, 480, "100,00", 24),
                (600, 520, "USt 20 %", 24), (900, 520, "20,00", 24),
                (600, 560, "Gesamtbetrag EUR", 24), (900, 560, "120,00", 24),
                (60, 700, "Leistungszeitraum: 15.01.2026 bis 15.07.2026.", 24),
            ],
            width=1300,
            height=1200,
        )
    )  # fmt: skip
    assert str(reading.fields.invoice_date) == "2026-01-15"


# --- A seller's name broken over two lines; an inn's kind over its name.


def _vendor_of(lines: list[tuple[float, float, str, float]]) -> str | None:
    reading = RuleExtractor().predict(sized_page(lines, width=1600, height=2200))
    return reading.fields.vendor_name


_TOTALS = [
    (600, 900, "Nettobetrag", 24), (1200, 900, "1.000,00", 24),
    (600, 940, "USt 19 %", 24), (1200, 940, "190,00", 24),
    (600, 980, "Rechnungsbetrag EUR", 24), (1200, 980, "1.190,00", 24),
]  # fmt: skip


def test_a_footer_name_broken_after_und_is_joined() -> None:
    name = _vendor_of(
        [
            (160, 60, "grünwerk", 60),
            (1100, 300, "Rechnungs-Nr. 2026-0417", 24),
            (1100, 340, "Rechnungsdatum 10.03.2026", 24),
            *_TOTALS,
            (156, 2034, "Grünwerk Garten- und", 22),
            (611, 2034, "Geschäftsführer: J. Riedlinger", 22),
            (156, 2059, "Landschaftsbau GmbH", 22),
            (611, 2059, "Amtsgericht Freiburg HRB 712345", 22),
            (156, 2084, "Wiesentalstraße 41, 79115 Freiburg", 22),
            (611, 2084, "USt-IdNr. DE284617390", 22),
        ]
    )  # fmt: skip
    assert name == "Grünwerk Garten- und Landschaftsbau GmbH"


def test_a_letterhead_name_going_on_with_a_particle_is_joined() -> None:
    name = _vendor_of(
        [
            (140, 81, "COMPTOIR LYONNAIS", 30), (1060, 78, "FACTURE", 36),
            (140, 117, "DE QUINCAILLERIE SARL", 30),
            (140, 160, "12 rue Tupin, 69002 Lyon", 22),
            (1000, 300, "Facture N° F-2026-118", 24),
            (1000, 340, "Date : 03/03/2026", 24),
            (600, 900, "Total HT", 24), (1200, 900, "100,00", 24),
            (600, 940, "TVA 20 %", 24), (1200, 940, "20,00", 24),
            (600, 980, "Total TTC", 24), (1200, 980, "120,00", 24),
        ]
    )  # fmt: skip
    assert name is not None and name.casefold() == "comptoir lyonnais de quincaillerie sarl"


def test_an_inns_kind_over_its_name_is_one_sign() -> None:
    name = _vendor_of(
        [
            (365, 68, "Gasthaus", 44),
            (164, 131, "Zum Goldenen Hirschen", 44),
            (291, 202, "Inh. Alois Brandl", 26),
            (153, 244, "Marienplatz 11 - 83714 Miesbach", 26),
            (40, 367, "Rechnung R-31577", 26),
            (44, 410, "05.03.2026 21:54", 26),
            (40, 500, "Summe EUR", 26), (700, 500, "68,10", 26),
            (40, 540, "MwSt 19 %", 26), (700, 540, "10,87", 26),
        ]
    )  # fmt: skip
    assert name == "Gasthaus Zum Goldenen Hirschen"
