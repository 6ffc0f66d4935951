"""Invoice numbers, dates and labels, second round: EN 16931 term codes printed beside the
labels of e-invoice visualisations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.identifiers import _read_invoice_number
from invoice_scanner_processing.extractors.rules.labels import find_labels, strip_codes
from invoice_scanner_processing.extractors.rules.lexicon import compact
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rechnungsnummer (BT-1)", "rechnungsnummer"),
        ("Numéro de facture (BT-1)", "numero de facture"),
        ("Invoice date BT-2", "invoice date"),
        ("Code postal / Ville (BT-38/37)", None),
        ("Total TTC (BT-112)", "total ttc"),
    ],
)
def test_a_term_code_is_part_of_the_label_before_it(text: str, label: str | None) -> None:
    hits = find_labels(text)
    if label is not None:
        assert hits[0].key == compact(label)
    # Nothing of the code is left for a value to be read from.
    assert all(text[h.end :].strip() == "" for h in hits[-1:])


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("Raison sociale (BT-27)", "Raison sociale"),
        ("(BG-4)", ""),
        ("Code postal / Ville (BT-38/37)", "Code postal / Ville"),
        ("Verkäufer [BG-4] Musterhaus", "Verkäufer Musterhaus"),
    ],
)
def test_term_codes_are_stripped(text: str, stripped: str) -> None:
    assert strip_codes(text) == stripped


@pytest.mark.parametrize("text", ["(BT-1)", "(BT-24)", "(BG-25)", "(BT-38/37) ", "[BT-9]"])
def test_a_term_code_is_never_an_invoice_number(text: str) -> None:
    assert _read_invoice_number(text) is None


@pytest.mark.parametrize("text", ["BT-2027-0114", "BT-4471", "BG-88/2027", "ABT-12"])
def test_a_number_with_the_letters_of_a_code_is_kept(text: str) -> None:
    assert _read_invoice_number(text) == text
    assert find_labels(f"Invoice No. {text}")[0].end <= len("Invoice No. ")


def _visualisation(rows: list[tuple[str, str, str, str]]) -> list[tuple[float, float, str]]:
    items: list[tuple[float, float, str]] = []
    for n, (l1, v1, l2, v2) in enumerate(rows):
        y = 300 + 36 * n
        items += [(120, y, l1), (460, y, v1), (880, y, l2), (1260, y, v2)]
    return items


def test_a_german_xrechnung_visualisation(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (120, 50, "RECHNUNG"),
            (120, 110, "Darstellung einer XRechnung (EN 16931)"),
            *_visualisation(
                [
                    ("Rechnungsnummer (BT-1)", "HB-2027-0317",
                     "Fälligkeitsdatum (BT-9)", "05.04.2027"),
                    ("Rechnungsdatum (BT-2)", "06.03.2027", "Leistungsdatum (BT-72)", "01.03.2027"),
                    ("Rechnungsart (BT-3)", "380", "Bestellreferenz (BT-13)", "PO-5521"),
                    ("Währung (BT-5)", "EUR", "Käuferreferenz (BT-10)", "04011000-12345-34"),
                ]
            ),
            (120, 480, "Verkäufer (BG-4)"), (880, 480, "Käufer (BG-7)"),
            (120, 530, "Firmenname (BT-27)"), (880, 530, "Firmenname (BT-44)"),
            (120, 560, "Holzbau Brandtner GmbH"), (880, 560, "Gemeinde Lindwurm"),
            (880, 1400, "Summe Nettobeträge (BT-109)"), (1430, 1400, "1.250,00"),
            (880, 1436, "Summe Umsatzsteuer (BT-110)"), (1430, 1436, "237,50"),
            (880, 1472, "Gesamtbetrag brutto (BT-112)"), (1430, 1472, "1.487,50"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_number == "HB-2027-0317"
    assert fields.invoice_date == date(2027, 3, 6)
    assert fields.due_date == date(2027, 4, 5)
    assert fields.total == Decimal("1487.50")


def test_a_french_facturx_visualisation(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (120, 50, "FACTURE"),
            (120, 110, "Représentation lisible d'une facture Factur-X"),
            *_visualisation(
                [
                    ("Numéro de facture (BT-1)", "VL-27-00412",
                     "Date d'échéance (BT-9)", "14/04/2027"),
                    ("Date d'émission (BT-2)", "15/03/2027",
                     "Date de livraison (BT-72)", "12/03/2027"),
                    ("Devise (BT-5)", "EUR", "Référence commande (BT-13)", "CMD-881"),
                ]
            ),
            (120, 480, "Vendeur (BG-4)"), (880, 480, "Acheteur (BG-7)"),
            (120, 530, "Raison sociale (BT-27)"), (880, 530, "Raison sociale (BT-44)"),
            (120, 560, "Vignobles Lestrade SARL"), (880, 560, "Bistrot du Quai SAS"),
            (880, 1400, "Total HT (BT-109)"), (1430, 1400, "800,00"),
            (880, 1436, "Total TVA (BT-110)"), (1430, 1436, "160,00"),
            (880, 1472, "Total TTC (BT-112)"), (1430, 1472, "960,00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_number == "VL-27-00412"
    assert fields.invoice_date == date(2027, 3, 15)
    assert fields.due_date == date(2027, 4, 14)
    assert fields.total == Decimal("960.00")


def test_a_term_code_in_a_cell_of_its_own(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (120, 50, "RECHNUNG"),
            (120, 300, "Rechnungsnummer"), (380, 300, "(BT-1)"), (560, 300, "ZB-7781"),
            (120, 336, "Rechnungsdatum"), (380, 336, "(BT-2)"), (560, 336, "02.02.2027"),
            (900, 1400, "Gesamtbetrag"), (1430, 1400, "99,00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_number == "ZB-7781"
    assert fields.invoice_date == date(2027, 2, 2)


def test_a_number_set_flush_right_under_its_label_in_a_header_box(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (1180, 90, "Número da NFS-e"),
            (300, 120, "PREFEITURA MUNICIPAL DE JOINVILLE"), (1400, 124, "00000813"),
            (1180, 160, "Data e Hora de Emissão"),
            (1260, 194, "03/02/2027 16:20:11"),
            (1180, 230, "Código de Verificação"),
            (1380, 262, "Q4ZT-88KD"),
            (110, 400, "VALOR TOTAL DA NOTA = R$ 2.340,00"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_number == "00000813"
    assert fields.invoice_date == date(2027, 2, 3)


def test_a_value_right_under_a_label_with_a_neighbour_beside_it_is_not_taken(
    make_layout: Layout,
) -> None:
    doc = make_layout(
        [
            (60, 40, "Harbour Lights Chandlery"),
            (700, 200, "Invoice No"), (1000, 200, "Account"),
            (880, 232, "LX-20417"),
            (1000, 900, "Total"), (1400, 900, "85.00"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number != "LX-20417"


def _paragon(till_line: str) -> list[tuple[float, float, str]]:
    return [
        (200, 60, "Delikatesy Wrzos s.c."),
        (200, 110, "ul. Długa 5, 80-831 Gdańsk"),
        (240, 160, "NIP 5832201947"),
        (60, 220, "2027-01-09 17:12"), (820, 220, "nr wydr. 118820"),
        (340, 270, "PARAGON FISKALNY"),
        (60, 340, "Ser gouda plastry"), (820, 340, "1 x8,99"), (1060, 340, "8,99C"),
        (60, 600, "SUMA PLN"), (980, 600, "8,99"),
        (60, 700, till_line), (700, 700, "Kasjer nr 1"), (1080, 700, "17:12"),
    ]  # fmt: skip


def test_a_polish_receipts_number_opens_its_till_line(make_layout: Layout) -> None:
    assert _fields(make_layout(_paragon("01733 #Kasa 4"))).invoice_number == "01733"


def test_the_printout_counter_stands_in_only_when_the_till_line_has_no_number(
    make_layout: Layout,
) -> None:
    assert _fields(make_layout(_paragon("#Kasa 4"))).invoice_number == "118820"


@pytest.mark.parametrize(("label", "number"), [("Rcpt:", "88341"), ("TRAN#", "004417")])
def test_short_receipt_and_transaction_number_labels(
    make_layout: Layout, label: str, number: str
) -> None:
    doc = make_layout(
        [
            (160, 60, "PRAIRIE SUN GAS BAR"),
            (40, 300, "02/06/2027"), (700, 300, "18:03:41"),
            (40, 350, f"{label} {number}"), (700, 350, "TERM 01"),
            (40, 700, "TOTAL"), (700, 700, "$41.20"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == number


def test_a_vietnamese_name_is_no_transaction_label() -> None:
    assert not [h for h in find_labels("Tran Thi Mai 0903 118 227") if "invoice_number" in h.fields]


def test_joined_labels_with_their_value_in_the_same_cell(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (1290, 80, "VAT Invoice"),
            (100, 110, "shopfloor"),
            (930, 270, "Invoice date / Delivery date 3 February 2027"),
            (1130, 306, "Invoice # WQ-27-004410"),
            (120, 1200, "Invoice total"), (1400, 1200, "£61.00"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_date == date(2027, 2, 3)


def test_a_direct_debit_date_broken_over_two_lines(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (250, 150, "Fenwater Utilities"),
            (1000, 175, "Bill date"), (1250, 175, "4 February 2027"),
            (1000, 215, "Bill number"), (1300, 215, "77120934"),
            (200, 830, "We will take this by Direct Debit on or shortly after 21"),
            (200, 856, "February 2027. There is nothing you need to do."),
            (920, 835, "Total charges this bill"), (1340, 835, "£96.40"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_date == date(2027, 2, 4)
    assert fields.due_date == date(2027, 2, 21)
