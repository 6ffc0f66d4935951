"""Review of round 13u: pages the base read right and round 13u reads wrong."""

from __future__ import annotations

from datetime import date

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor


def test_a_greeting_over_an_italian_sign_is_no_part_of_the_name() -> None:
    """ "BENVENUTI" printed over the sign is a greeting, never the firm's name."""
    page = sized_page(
        [
            (300, 60, "BENVENUTI", 60),
            (208, 133, "BAR PASTICCERIA ROSSI", 100),
            (214, 250, "di Rossi Marco & C. s.a.s.", 90),
            (225, 360, "Via Roma 12", 80), (440, 450, "10121 Torino", 80),
            (366, 540, "P.IVA 10244710019", 80),
            (267, 640, "DOCUMENTO COMMERCIALE", 80),
            (220, 800, "CAPPUCCINO", 80), (1000, 800, "1,60", 80),
            (220, 1000, "TOTALE COMPLESSIVO", 80), (1000, 1000, "1,60", 80),
        ],
        width=1400,
        height=2200,
    )  # fmt: skip
    name = RuleExtractor().predict(page).fields.vendor_name
    assert name is not None and "ROSSI" in name
    assert "BENVENUTI" not in name


def test_boxed_values_set_lower_than_their_labels_stay_with_them() -> None:
    """Values in taller boxes, each starting half a label lower than its label: every label
    still takes the value in its own row, not the one of the row above."""
    lines = [(129, 97, "NORDIC TOOLS AB", 60), (1264, 124, "FAKTURA", 70)]
    y = 300
    for label, value in (
        ("Fakturanummer", "51207"),
        ("Fakturadatum", "2026-05-11"),
        ("Förfallodatum", "2026-06-10"),
        ("Kundnummer", "3318"),
    ):
        lines += [(937, y, label, 24), (1345, y + 12, value, 52)]
        y += 48
    lines += [
        (122, 700, "Målning trapphus", 40), (1300, 700, "20 000,00", 40),
        (900, 900, "Summa exkl. moms", 40), (1300, 900, "20 000,00", 40),
        (900, 1000, "Att betala", 40), (1300, 1000, "25 000,00 kr", 40),
    ]  # fmt: skip
    fields = RuleExtractor().predict(sized_page(lines)).fields
    assert fields.invoice_date == date(2026, 5, 11)
    assert fields.due_date == date(2026, 6, 10)
