"""Rules added on reading a Brazilian NF-e's printed form (a DANFE): its tax grid, labels
over values, read as the ICMS, the ICMS by substitution and the IPI summed into the tax and
"V. total da nota" as the total (the bases of the ICMS are no net); its number grouped by
dots ("Nº 001.204.778"); and its title naming an invoice. Every document here is invented
for the test (other names, towns and numbers than the page that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _danfe(make_layout: Layout) -> OcrDocument:
    return make_layout(
        [
            (40, 40, "RECEBEMOS DE METALURGICA SERRA VERDE LTDA OS PRODUTOS CONSTANTES"),
            (1200, 40, "NF-e"),
            (1200, 70, "Nº 001.204.778"),
            (1200, 100, "SÉRIE 002"),
            (600, 170, "DANFE"),
            (560, 200, "Documento Auxiliar da"),
            (560, 225, "Nota Fiscal Eletrônica"),
            (40, 260, "METALURGICA SERRA VERDE LTDA"),
            (40, 290, "RUA DOS BONSUCESSOS, 77 - JOINVILLE - SC"),
            (40, 380, "DESTINATÁRIO / REMETENTE"),
            (40, 410, "NOME / RAZÃO SOCIAL"), (1100, 410, "DATA DA EMISSÃO"),
            (40, 435, "OFICINA SAO JORGE LTDA"), (1100, 435, "22/04/2026"),
            (40, 500, "CÁLCULO DO IMPOSTO"),
            (40, 530, "BASE DE CÁLC. DO ICMS"), (260, 530, "VALOR DO ICMS"),
            (480, 530, "BASE CÁLC. ICMS S.T."), (700, 530, "VALOR DO ICMS SUBST."),
            (1100, 530, "V. TOTAL PRODUTOS"),
            (40, 555, "2.500,00"), (260, 555, "300,00"), (480, 555, "0,00"),
            (700, 555, "0,00"), (1100, 555, "2.500,00"),
            (40, 590, "VALOR DO FRETE"), (260, 590, "VALOR DO SEGURO"), (480, 590, "DESCONTO"),
            (700, 590, "VALOR TOTAL IPI"), (1100, 590, "V. TOTAL DA NOTA"),
            (40, 615, "100,00"), (260, 615, "0,00"), (480, 615, "0,00"),
            (700, 615, "250,00"), (1100, 615, "2.850,00"),
            (40, 700, "DADOS DOS PRODUTOS / SERVIÇOS"),
            (40, 730, "PARAFUSO SEXTAVADO M8"), (900, 730, "2.500,00"),
        ],
        width=1400,
        height=1000,
    )  # fmt: skip


def test_a_danfe_tax_grid_sums_its_taxes(make_layout: Layout) -> None:
    """The ICMS (inside the prices) and the IPI (added) of a DANFE's tax grid, each label
    over its value, are summed into the tax; "V. total da nota" is the total and the net is
    the total less the tax (the ICMS's base is no net)."""
    fields = _predict(_danfe(make_layout)).fields
    assert fields.total == Decimal("2850.00")
    assert fields.vat == Decimal("550.00")
    assert fields.amount == Decimal("2300.00")


def test_a_number_grouped_by_dots(make_layout: Layout) -> None:
    """ "Nº 001.204.778" in the header box is the number, its dots kept."""
    assert _predict(_danfe(make_layout)).fields.invoice_number == "001.204.778"


def test_a_danfe_is_an_invoice(make_layout: Layout) -> None:
    """A DANFE's title names the NF-e ("Nota Fiscal Eletrônica"), an invoice, even where
    a short receipt word hides inside another ("BONSUCESSOS")."""
    assert _predict(_danfe(make_layout)).fields.document_type == "invoice"
