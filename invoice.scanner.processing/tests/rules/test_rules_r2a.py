"""Rules added on a second reading of the blind set 2026-12r (Latin America, Turkey, Greece):
legal forms of Greece, the Cyrillic alphabet's countries, Peru, Chile, Brazil and Turkey as
OCR reads them; tax lines per rate named in words, summed; a suggested tip the bill does not
charge; and no seller's name read from OCR's noise. Every document here is invented for the
test (other names, towns and numbers than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.lexicon import legal_form
from invoice_scanner_processing.extractors.rules.vendor import has_real_word
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_legal_forms_of_more_countries() -> None:
    """Greece's forms (with and without dots), Bulgaria's and Russia's in Cyrillic, Peru's
    and Chile's, Brazil's size marks after "Ltda", and Turkey's "Ltd. Şti." read without its
    Turkish letters mark a company's name."""
    for name in (
        "Καφέ Ορίζων Ι.Κ.Ε.", "Θαλασσινή Ναυτιλιακή Α.Ε.", "Γεωργίου & Σία Ο.Ε.",
        "ΤΕΧΝΙΚΗ ΚΡΗΤΗΣ ΕΠΕ", "Ромашка ЕООД", "Вектор ООО", "Балкан Трейд АД",
        "Inversiones Andahuaylas E.I.R.L.", "Ferretería Los Pinos S.A.C.",
        "Minera Austral S.A.A.", "Panificadora Serra Azul Ltda ME",
        "EGE KIRTASIYE LTD. STI.", "Karadag Gida Ltd. Şti.",
    ):  # fmt: skip
        assert legal_form(name), name
    assert not legal_form("Ludovico Me")
    assert not legal_form("Sta. Lucía 12")


def test_real_words_across_scripts() -> None:
    """A seller's name has a word: three letters or more of one script with a vowel (or a
    syllabic r or l in Latin), an acronym in a text of one script, or two characters of a
    script written without such vowels. OCR's noise has none."""
    for name in ("Café Lumière", "ΤΑΒΕΡΝΑ", "Ромашка", "KFC", "H&M", "喜来登", "Vlk s.r.o."):
        assert has_real_word(name), name
    for noise in ("« α ασ»", "TA三I", "ab", "I", "- . -"):
        assert not has_real_word(noise), noise


def test_tax_lines_named_by_words_are_summed(make_layout: Layout) -> None:
    """Two net lines and two tax lines per rate, the rates named in words ("tasa mínima",
    "tasa básica"): their sums are the net and the tax that add up to the total."""
    doc = make_layout(
        [
            (300, 60, "Quesería del Sur S.A."),
            (300, 100, "RUT 219988770015"),
            (60, 160, "e-Factura"), (500, 160, "Serie B Nº 0004512"),
            (60, 200, "Fecha: 12/05/2026"),
            (60, 300, "Queso dambo kg"), (720, 300, "12.400,00"),
            (60, 340, "Bolsas térmicas"), (720, 340, "3.000,00"),
            (300, 420, "Neto IVA tasa mínima (10%)"), (720, 420, "12.400,00"),
            (300, 460, "Neto IVA tasa básica (22%)"), (720, 460, "3.000,00"),
            (300, 500, "IVA tasa mínima"), (720, 500, "1.240,00"),
            (300, 540, "IVA tasa básica"), (720, 540, "660,00"),
            (300, 580, "TOTAL $"), (720, 580, "17.300,00"),
        ],
        width=900,
        height=1100,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("17300.00")
    assert fields.amount == Decimal("15400.00")
    assert fields.vat == Decimal("1900.00")


def test_a_suggested_tip_not_charged_is_no_tip(make_layout: Layout) -> None:
    """A tip the bill suggests under its total and says it does not include ("Propina
    sugerida 10%" over "(no incluida)"): no part of the total, so the net is the total less
    the tax contained in it."""
    doc = make_layout(
        [
            (200, 60, "CANTINA EL MOLINO S.R.L."),
            (200, 100, "CUIT 30-71555444-2"),
            (60, 160, "Factura B  P.V. 0002  Nro. 00004411"),
            (60, 200, "Fecha 14/03/26"),
            (60, 280, "2 x MILANESA NAPOLITANA"), (480, 280, "36.300,00"),
            (60, 320, "1 x AGUA MINERAL"), (480, 320, "6.050,00"),
            (60, 380, "TOTAL"), (440, 380, "$42.350,00"),
            (60, 440, "IVA Contenido"), (460, 440, "$7.350,00"),
            (60, 500, "Propina sugerida 10%:"), (460, 500, "$4.235,00"),
            (160, 530, "(no incluida - gracias!)"),
        ],
        width=640,
        height=1000,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("42350.00")
    assert fields.vat == Decimal("7350.00")
    assert fields.amount == Decimal("35000.00")
    assert fields.tip is None


def test_other_taxes_charged_beside_the_iva_are_summed(make_layout: Layout) -> None:
    """An Argentinian invoice's summary prints its IVA per rate and, apart, the other taxes it
    charges ("Importe Otros Tributos", a percepción of Ingresos Brutos): the VAT is every tax
    the page charges, their sum; a zero read after a withholding's label is not it."""
    doc = make_layout(
        [
            (60, 60, "Razón Social: Servicios Pampeanos S.R.L."),
            (700, 60, "FACTURA A"),
            (700, 100, "Punto de Venta: 00002  Comp. Nro: 00004321"),
            (700, 140, "Fecha de Emisión: 10/03/2026"),
            (60, 300, "Mantenimiento de servidores"), (760, 300, "200000,00"),
            (60, 800, "Per./Ret. de Ingresos Brutos"), (360, 800, "10000,00"),
            (60, 840, "Per./Ret. Impuesto a las Ganancias"), (360, 840, "0,00"),
            (560, 760, "Importe Neto Gravado: $"), (800, 760, "200000,00"),
            (560, 800, "IVA 27%: $"), (800, 800, "0,00"),
            (560, 840, "IVA 21%: $"), (800, 840, "42000,00"),
            (560, 880, "IVA 10.5%: $"), (800, 880, "0,00"),
            (560, 920, "Importe Otros Tributos: $"), (800, 920, "10000,00"),
            (560, 960, "Importe Total: $"), (800, 960, "252000,00"),
        ],
        width=1000,
        height=1300,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("252000.00")
    assert fields.amount == Decimal("200000.00")
    assert fields.vat == Decimal("52000.00")
