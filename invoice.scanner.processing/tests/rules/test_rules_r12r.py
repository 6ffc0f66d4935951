"""Rules added after the blind set 2026-12r (Latin America, Turkey, Greece) was studied: Peru's
sol and Uruguay's peso by their signs and country, a misread "Ş" that is no dollar, the titles
of Latin America's electronic documents heading their number, and a legal form set alone on
the line under its name. Every document here is invented for the test (other names, countries'
towns and numbers than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_the_sol_sign_names_peru_s_currency() -> None:
    """ "S/" before an amount or closing a total's label is the sol; "S/N" is a serial
    number's label and "S/B" Malaysia's company form, no currency."""
    assert detect_currency("IMPORTE TOTAL S/\n128.50") == "PEN"
    assert detect_currency("Valor de venta S/ 2,310.00") == "PEN"
    assert detect_currency("SON: CIENTO DOS CON 10/100 SOLES") == "PEN"
    assert detect_currency("S/N 4471-22 Total 12.00") is None
    assert detect_currency("Kedai Runcit Maju S/B Total 12.00") is None
    assert detect_currency("Refill 25.00\nPEN GEL 0.5 BLUE 11.50") is None
    assert detect_currency("Total 1,250.00 PEN") == "PEN"


def test_a_bare_dollar_on_a_uruguayan_page_is_the_peso() -> None:
    """Uruguay prints its peso as "$" (or "$U"); its capital, its e-tickets and its RUT of
    twelve digits name the country, which outweighs the RUT word Chile shares."""
    page = "Almacen Rivera S.A.\nRUT 21 554433 0011\nMontevideo\nTOTAL $ 2.104,50"
    assert detect_currency(page) == "UYU"
    assert detect_currency("Importe total $U 880,00") == "UYU"


def test_a_misread_s_cedilla_in_a_legal_form_is_no_dollar() -> None:
    """OCR reads Turkey's "A.Ş." as "A.$.": no dollar sign; the page's KDV then tells its
    currency by inference."""
    assert detect_currency("KARADENIZ YAPI MALZEMELERI A.$.\nTOPLAM *412,80") is None


def test_a_boleta_de_venta_electronica_heads_its_number(make_layout: Layout) -> None:
    """Peru's boleta prints its series and number under the title, with no label: the title
    of an electronic boleta is a document's title like "Invoice"."""
    doc = make_layout(
        [
            (300, 80, "FARMACIA SANTA ROSA S.A.C."),
            (320, 120, "RUC 20556677881"),
            (260, 160, "Jr. Junín 611 - Trujillo"),
            (250, 230, "BOLETA DE VENTA ELECTRÓNICA"),
            (330, 270, "B002-00081234"),
            (60, 330, "Fecha emisión: 04/05/2026"),
            (60, 400, "PARACETAMOL 500MG X 20"), (560, 400, "6.40"),
            (60, 440, "ALCOHOL 96 250ML"), (560, 440, "5.00"),
            (60, 500, "OP. GRAVADA S/"), (560, 500, "9.66"),
            (60, 540, "I.G.V. 18% S/"), (560, 540, "1.74"),
            (60, 580, "TOTAL S/"), (560, 580, "11.40"),
        ],
        width=800,
        height=1400,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.invoice_number == "B002-00081234"
    assert fields.currency == "PEN"


def test_a_legal_form_alone_under_its_name_joins_it(make_layout: Layout) -> None:
    """A seller's name run over two lines with the legal form alone on the second ("FERRAGENS
    CAMPINEIRA COMÉRCIO E SERVIÇOS" / "LTDA."): one name, never the legal form alone."""
    doc = make_layout(
        [
            (74, 300, "FERRAGENS CAMPINEIRA COMÉRCIO E SERVIÇOS"),
            (76, 322, "LTDA."),
            (76, 370, "AV. ANDRADE NEVES, 901 - CAMPINAS - SP"),
            (76, 410, "CNPJ 44.555.666/0001-77"),
            (900, 300, "NOTA FISCAL Nº 004.512"),
            (100, 700, "Descrição"), (1200, 700, "Valor"),
            (100, 740, "Parafusos sextavados cx 100"), (1200, 740, "310,00"),
            (900, 900, "VALOR TOTAL DA NOTA"), (1300, 900, "310,00"),
        ]
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.vendor_name == "FERRAGENS CAMPINEIRA COMÉRCIO E SERVIÇOS LTDA."


def test_a_series_in_its_own_cell_joins_the_number(make_layout: Layout) -> None:
    """Uruguay's CFE prints its series and number in cells of their own under "SERIE" and
    "NÚMERO": the document's number is the two joined."""
    doc = make_layout(
        [
            (100, 80, "Metalúrgica Colonia S.A."), (1000, 80, "RUT 21 112233 0015"),
            (900, 140, "TIPO CFE"), (1150, 140, "SERIE"), (1350, 140, "NÚMERO"),
            (900, 180, "e-Factura"), (1170, 180, "C"), (1350, 180, "0004471"),
            (100, 300, "FECHA: 02/06/2026"),
            (100, 500, "Descripción"), (1300, 500, "Importe"),
            (100, 540, "Bisagras de acero inox."), (1300, 540, "1.200,00"),
            (1000, 700, "Subtotal"), (1300, 700, "1.200,00"),
            (1000, 740, "IVA 22%"), (1300, 740, "264,00"),
            (1000, 780, "TOTAL"), (1300, 780, "1.464,00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "C-0004471"


def test_a_labelled_series_beside_the_number_joins_it(make_layout: Layout) -> None:
    """ "Serie: B" in the cell right before "Nº: 0000233": one number, "B-0000233"."""
    doc = make_layout(
        [
            (100, 80, "Estudio Delta S.A."),
            (100, 200, "e-Factura"), (1000, 200, "Serie: B"), (1150, 200, "Nº: 0000233"),
            (100, 260, "Fecha de emisión: 03/06/2026"),
            (100, 500, "Descripción"), (1300, 500, "Importe"),
            (100, 540, "Consultoría mayo"), (1300, 540, "500,00"),
            (1000, 700, "Subtotal"), (1300, 700, "500,00"),
            (1000, 740, "IVA 22%"), (1300, 740, "110,00"),
            (1000, 780, "TOTAL"), (1300, 780, "610,00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "B-0000233"


def test_greek_number_due_date_tip_and_total_paid(make_layout: Layout) -> None:
    """A Greek receipt: "Αριθμός: 5521" is its number, "Ημ/νία λήξης" a due date, and the
    tip ("Φιλοδώρημα") after the document's sum makes "ΣΥΝΟΛΟ ΠΛΗΡΩΜΗΣ" the total."""
    doc = make_layout(
        [
            (60, 60, "ΖΑΧΑΡΟΠΛΑΣΤΕΙΟ ΜΕΛΙΣΣΑ Ο.Ε."),
            (60, 100, "ΑΦΜ 801112233 - ΔΟΥ Πατρών"),
            (60, 150, "ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ"),
            (30, 190, "Αριθμός: 5521"),
            (30, 220, "Ημ/νία: 12/05/2026"),
            (30, 250, "Ημ/νία λήξης: 12/06/2026"),
            (30, 300, "2 Γαλακτομπούρεκο"), (470, 300, "8,00 13%"),
            (30, 340, "Καθαρή αξία"), (510, 340, "7,08"),
            (30, 370, "ΦΠΑ 13%"), (520, 370, "0,92"),
            (30, 400, "Σύνολο παραστατικού"), (480, 400, "8,00 €"),
            (30, 430, "Φιλοδώρημα (tip)"), (500, 430, "1,00 €"),
            (30, 460, "ΣΥΝΟΛΟ ΠΛΗΡΩΜΗΣ"), (460, 460, "9,00 €"),
        ],
        width=700,
        height=1200,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.invoice_number == "5521"
    assert str(fields.due_date) == "2026-06-12"
    assert str(fields.total) == "9.00"


def test_a_series_dash_and_number_sign_under_the_title_is_one_number(make_layout: Layout) -> None:
    """A pre-printed boleta's box: "BOLETA DE VENTA" over "0002- Nº 004518": the series and
    the number joined, "0002-004518"."""
    doc = make_layout(
        [
            (50, 60, "LIBRERÍA SAN MARTÍN"), (1200, 60, "R.U.C. 10455566677"),
            (50, 110, "de: JUAN PÉREZ LOZA"), (1200, 110, "BOLETA DE VENTA"),
            (50, 160, "Jr. Lima 220 - Piura"), (1200, 150, "0002- Nº 004518"),
            (50, 300, "Fecha: 11/06/2026"),
            (50, 400, "CANT."), (300, 400, "DESCRIPCIÓN"), (1300, 400, "IMPORTE"),
            (50, 450, "3"), (300, 450, "cuadernos A4"), (1300, 450, "15.00"),
            (900, 600, "TOTAL S/"), (1300, 600, "15.00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "0002-004518"
