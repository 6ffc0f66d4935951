"""Till receipts (invented) of Latin America, Africa, Greece and Hungary: a kilometre post
closing an address line ("Expressway, Km 46") is no tax; a whole number grouped by spaces in
a tax label's cell is one number on a page of whole forints, and a forint rounding printed
over the total is in the total, not the net; Hungary's "NY.SZ." and Chile's "BOLETA
ELECTRÓNICA Nº" label the number; a Greek label OCR read with Latin look-alikes, or with its
Λ read as A, is the Greek label; a legal form glued to the name by a point is the legal form;
an item sold by the "KG" is no seller; a hyphenated series keeps its letters."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def test_a_kilometre_post_ending_an_address_line_is_no_tax() -> None:
    doc = sized_page(
        [
            (150, 40, "KOLA FUELS LIMITED", 28),
            (100, 80, "Abuja-Kaduna Highway, Km 12", 20),
            (100, 110, "Kaduna State", 20),
            (60, 170, "Receipt:", 20), (380, 170, "KF-2210-7781", 20),
            (60, 200, "Date:", 20), (380, 200, "03/02/2026", 20),
            (60, 230, "Litres", 20), (380, 230, "20.00", 20),
            (60, 290, "AMOUNT", 22), (330, 290, "N18,400.00", 22),
            (60, 320, "Payment", 20), (380, 320, "Card", 20),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    fields = _read(doc)
    assert fields.total == Decimal("18400.00")  # type: ignore[attr-defined]
    assert fields.vat is None  # type: ignore[attr-defined]
    assert fields.amount == Decimal("18400.00")  # type: ignore[attr-defined]


def _forint_receipt() -> OcrDocument:
    return sized_page(
        [
            (150, 40, "KISBOLT ÉLELMISZER Kft.", 24),
            (60, 75, "8200 Veszprém, Fő utca 9.", 18),
            (60, 100, "Adószám: 13579246-2-19", 18),
            (60, 130, "NY.SZ.: 0031/02245", 18),
            (60, 170, "SAJT 500G", 20), (380, 170, "2 480 B", 20),
            (60, 195, "ALMA 1KG", 20), (380, 195, "1 320 C", 20),
            (60, 220, "KENYÉR", 20), (380, 220, "1 039 C", 20),
            (60, 260, "RÉSZÖSSZEG", 20), (360, 260, "4 839 Ft", 20),
            (60, 285, "Kerekítés", 20), (380, 285, "+1 Ft", 20),
            (60, 315, "ÖSSZESEN:", 22), (360, 315, "4 840 Ft", 22),
            (60, 345, "KÉSZPÉNZ", 20), (350, 345, "5 000 Ft", 20),
            (60, 370, "VISSZAJÁRÓ", 20), (380, 370, "160 Ft", 20),
            (60, 400, "B 27% ÁFA", 20), (400, 400, "527", 20),
            (60, 425, "C 5% ÁFA", 20), (400, 425, "112", 20),
            (60, 450, "ÁFA ÖSSZESEN", 20), (380, 450, "1 639", 20),
            (60, 480, "2026.02.14", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip


def test_a_space_grouped_whole_tax_on_a_forint_receipt_is_one_number() -> None:
    fields = _read(_forint_receipt())
    assert fields.vat == Decimal("1639")  # type: ignore[attr-defined]
    assert fields.total == Decimal("4840")  # type: ignore[attr-defined]


def test_a_forint_rounding_over_the_total_is_no_part_of_the_net() -> None:
    fields = _read(_forint_receipt())
    # net + VAT + rounding = total: 3200 + 1639 + 1 = 4840
    assert fields.amount == Decimal("3200")  # type: ignore[attr-defined]


def test_hungarys_receipt_number_label() -> None:
    fields = _read(_forint_receipt())
    assert fields.invoice_number == "0031/02245"  # type: ignore[attr-defined]


def _boleta(name: str) -> OcrDocument:
    return sized_page(
        [
            (120, 40, name, 24),
            (160, 75, "RUT 76.118.402-K", 18),
            (100, 100, "Av. Irarrázaval 2201, Ñuñoa", 18),
            (120, 130, "BOLETA ELECTRÓNICA Nº 418337", 20),
            (60, 165, "Fecha: 09-02-2026", 18),
            (60, 200, "0,512 kg × $7.990", 18),
            (60, 225, "QUESO GAUDA KG", 20), (400, 225, "$4.091", 20),
            (60, 250, "ACEITE 1L", 20), (400, 250, "$3.490", 20),
            (60, 290, "TOTAL", 22), (380, 290, "$7.581", 22),
            (60, 320, "El IVA de esta boleta es: $1.210", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip


def test_a_boletas_title_labels_its_number() -> None:
    fields = _read(_boleta("FERRETERIA EL ROBLE LTDA"))
    assert fields.invoice_number == "418337"  # type: ignore[attr-defined]


def test_a_legal_form_glued_by_a_point_is_the_legal_form() -> None:
    fields = _read(_boleta("FERRETERIA EL ROBLE.LTDA"))
    assert fields.vendor_name == "FERRETERIA EL ROBLE LTDA"  # type: ignore[attr-defined]


def test_an_item_sold_by_the_kilogram_is_no_seller() -> None:
    fields = _read(_boleta("Minimarket Los Aromos"))
    assert fields.vendor_name != "QUESO GAUDA KG"  # type: ignore[attr-defined]


def _greek_slip(tax_label: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (150, 40, "ΚΑΦΕΤΕΡΙΑ ΤΟ ΛΙΜΑΝΙ", 24),
            (100, 75, "ΑΦΜ 801234567", 18),
            (60, 110, "Α/Α: 3301", 18), (330, 110, "12/02/2026 10:05", 18),
            (60, 150, "1 x ΚΑΠΟΥΤΣΙΝΟ", 20), (400, 150, "4,20", 20),
            (60, 175, "1 x ΚΡΟΥΑΣΑΝ", 20), (400, 175, "2,60", 20),
            *tax_label,
            (60, 215, "ΣYNOΛO €", 22), (390, 215, "6,80", 22),
            (60, 245, "METPHTA", 20), (390, 245, "10,00", 20),
            (60, 270, "PEΣTA", 20), (400, 270, "3,20", 20),
        ],
        width=520,
        height=600,
    )  # fmt: skip


def test_a_greek_total_read_with_latin_look_alikes_is_the_total() -> None:
    fields = _read(_greek_slip([]))
    assert fields.total == Decimal("6.80")  # type: ignore[attr-defined]


def test_a_greek_lambda_read_as_alpha_still_names_the_tax() -> None:
    # "ΣΥΝΟΛΟ ΦΠΑ" with its Λ read as a Latin A, its Π as the product sign.
    fields = _read(_greek_slip([(60, 195, "ΣYNOAO Φ∏A", 20), (400, 195, "1,32", 20)]))
    assert fields.vat == Decimal("1.32")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("5.48")  # type: ignore[attr-defined]


def test_a_hyphenated_series_keeps_its_letters() -> None:
    doc = sized_page(
        [
            (150, 40, "Asadero El Fogón S.A.S.", 24),
            (100, 75, "NIT 900.112.334-5", 18),
            (60, 110, "Documento equivalente POS electrónico", 18),
            (60, 140, "No.", 18), (300, 140, "FE-B 7741", 18),
            (60, 170, "Fecha", 18), (300, 170, "05/03/2026 13:10", 18),
            (60, 210, "1 Picada mixta", 20), (380, 210, "$56.000", 20),
            (60, 250, "Subtotal", 20), (380, 250, "$56.000", 20),
            (60, 275, "Impoconsumo 8%", 20), (380, 275, "$4.480", 20),
            (60, 310, "TOTAL", 22), (380, 310, "$60.480", 22),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    fields = _read(doc)
    assert fields.invoice_number == "FE-B 7741"  # type: ignore[attr-defined]
