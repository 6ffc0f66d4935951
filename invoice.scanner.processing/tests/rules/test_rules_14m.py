"""Round 14m (blind sets 14m and 14n, Americas, Oceania, Asia, Middle East, Africa): a form's
centred section heading over its party's lines at the margin, a header grid whose values carry
their currency and one yes/no cell, and an authorisation code's expiry on the code's line.
Every document here is invented."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _read(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _service_note(grid_values: list[str]) -> OcrDocument:
    """A municipal service invoice (NFS-e): centred headings, parties at the margin, and a
    grid of tax boxes, each label over its value."""
    labels = [
        "Valor Total do Serviço",
        "Deduções",
        "Base de Cálculo",
        "Alíquota",
        "Valor do ISS",
        "ISS Retido",
    ]
    xs = [90, 340, 590, 840, 1085, 1335]
    vx = [160, 465, 655, 980, 1175, 1505]
    lines = [
        (560, 120, "PREFEITURA MUNICIPAL DE LONDRINA", 30),
        (660, 165, "SECRETARIA MUNICIPAL DE FAZENDA", 22),
        (500, 205, "NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e", 28),
        (100, 305, "Número da NFS-e", 19),
        (600, 305, "Data e Hora da Emissão", 19),
        (100, 340, "000311", 28),
        (600, 340, "14/04/2026 10:12:09", 28),
        (660, 405, "PRESTADOR DE SERVIÇOS", 22),
        (100, 450, "Razão Social: Takeda & Lins Engenharia Ltda.", 22),
        (100, 480, "CNPJ: 12.345.678/0001-90", 22),
        (440, 480, "Inscrição Municipal: 0912.33.118-2", 22),
        (100, 510, "Endereço: Rua Sergipe, 410 - Centro - Londrina/PR", 22),
        (670, 570, "TOMADOR DE SERVIÇOS", 22),
        (100, 615, "Razão Social: Cooperativa Agrícola Norte Verde", 22),
        (100, 645, "CNPJ: 98.765.432/0001-10", 22),
        (600, 765, "DISCRIMINAÇÃO DOS SERVIÇOS", 22),
        (100, 810, "Projeto estrutural de galpão, etapa 2.", 22),
    ]
    lines += [(x, 1058, t, 18) for x, t in zip(xs, labels, strict=True)]
    lines += [(x, 1098, t, 24) for x, t in zip(vx, grid_values, strict=True)]
    return sized_page(lines, source="text_layer")


def test_a_centred_heading_heads_its_party_lines_at_the_margin() -> None:
    # The provider's heading is centred over lines that start at the page's margin: its
    # block is the page's width, and the name is the "Razão Social", not the city hall's
    # secretariat over the form or a registration number to the right of the CNPJ.
    prediction = _read(
        _service_note(["R$ 5.000,00", "R$ 0,00", "R$ 5.000,00", "5,00%", "R$ 250,00", "Não"])
    )
    assert prediction.fields.vendor_name == "Takeda & Lins Engenharia Ltda."
    # Read from the provider's block (a headed party's name), not only scored as a legal name.
    assert (prediction.confidence.get("vendor_name") or 0) >= 0.9


def test_a_grid_value_with_its_currency_beside_a_yes_no_cell_is_read_by_rank() -> None:
    # "Valor do ISS" over "R$ 250,00" set right of the label's start: read by its rank in
    # the row, though the row holds one word ("Não") and the values carry "R$".
    fields = _read(
        _service_note(["R$ 5.000,00", "R$ 0,00", "R$ 5.000,00", "5,00%", "R$ 250,00", "Não"])
    ).fields
    assert fields.vat == 250
    assert fields.total == 5000


def test_a_grid_row_with_a_rate_code_is_not_read_by_rank() -> None:
    # Control: a cell holding digits among words ("S 20%") is no yes/no; such a row
    # (a till's VAT summary whose header OCR cut) is not paired by rank.
    fields = _read(
        _service_note(["R$ 5.000,00", "R$ 0,00", "R$ 5.000,00", "S 5%", "R$ 250,00", "Não"])
    ).fields
    assert fields.vat != 250


def _ticket(cae_line: str) -> OcrDocument:
    return sized_page(
        [
            (150, 80, "ALMACEN DON BOSCO S.R.L.", 40),
            (150, 130, "C.U.I.T. Nro.: 30-71234567-8", 30),
            (250, 230, "FACTURA B (Cod. 006)", 36),
            (60, 290, "P.V. Nro.: 0003", 30), (500, 290, "Nro. T.: 00022871", 30),
            (60, 330, "Fecha: 13/03/2026", 30),
            (60, 420, "YERBA MATE 1KG", 30), (560, 420, "6.200,00", 30),
            (60, 470, "AZUCAR 1KG", 30), (560, 470, "1.450,00", 30),
            (60, 560, "TOTAL", 36), (520, 560, "$7.650,00", 40),
            (60, 640, "IVA Contenido", 30), (540, 640, "$1.327,69", 30),
            (120, 760, cae_line, 28),
        ],
        width=800,
        height=1300,
        source="text_layer",
    )  # fmt: skip


def test_the_authorisation_codes_expiry_on_its_line_dates_nothing() -> None:
    # Argentina's CAE and its expiry on one line: "Vto" is the code's expiry, not a due date.
    assert _read(_ticket("CAE: 76110483902251 Vto: 23/03/2026")).fields.due_date is None


def test_a_due_date_line_without_a_code_is_still_read() -> None:
    # Control: "Vto" labels a due date where no code precedes it on its line.
    due = _read(_ticket("Vto: 23/03/2026")).fields.due_date
    assert due is not None and due.isoformat() == "2026-03-23"


def _law_firm(name: str) -> OcrDocument:
    return sized_page(
        [
            (450, 150, name, 56),
            (620, 225, "BARRISTERS AND SOLICITORS", 25),
            (360, 266, "Level 3, 141 Cambridge Terrace, Christchurch 8013", 22),
            (166, 395, "Mr Tane Parata", 28),
            (1000, 396, "Date", 26), (1280, 396, "20 March 2026", 26),
            (166, 432, "22 Hereford Street", 28),
            (1000, 432, "Tax invoice no.", 26), (1377, 432, "26-0318", 26),
            (166, 468, "Christchurch 8011", 28),
            (166, 700, "Professional fees: purchase of 14 Rata Street", 26),
            (1300, 700, "2,400.00", 26),
            (1000, 800, "GST 15%", 26), (1300, 800, "360.00", 26),
            (1000, 850, "Total NZD", 26), (1300, 850, "2,760.00", 26),
        ],
        source="text_layer",
    )  # fmt: skip


def test_a_surname_ending_in_a_street_words_letters_is_a_name() -> None:
    # "Ngata" ends in the letters of Norway's "gata" (street): a word of one letter and them
    # is no street, so the firm's name over its profession line is the seller.
    assert _read(_law_firm("WHITCOMBE & NGATA")).fields.vendor_name == "WHITCOMBE & NGATA"


def test_a_street_compound_is_still_an_address() -> None:
    # Control: "Storgata 12" is an address line, never a seller's name.
    assert _read(_law_firm("Storgata 12")).fields.vendor_name != "Storgata 12"


def test_new_zealands_gst_number_after_the_tax_name_names_the_dollar() -> None:
    # A grocer's till header prints its GST number right after "GST" ("… Ltd GST
    # 126-449-801"), New Zealand's IRD number in three groups: "$" is the New Zealand dollar.
    doc = sized_page(
        [
            (400, 200, "Harbour Fresh", 100),
            (450, 364, "227 Trafalgar St, Nelson 7010", 59),
            (305, 420, "Harbour Fresh Grocer Ltd GST 126-449-801", 59),
            (580, 474, "TAX INVOICE", 70),
            (165, 600, "Anchor Milk Blue 2L", 54), (1240, 600, "4.79", 60),
            (165, 660, "Free Range Eggs 12pk", 54), (1240, 660, "9.90", 60),
            (165, 760, "TOTAL", 68), (1110, 760, "$14.69", 81),
            (165, 840, "GST included", 56), (1215, 840, "$1.92", 58),
            (165, 910, "Trans 55821", 56), (1020, 910, "21/03/26 11:07", 60),
        ],
        width=1512,
        height=1730,
    )  # fmt: skip
    assert _read(doc).fields.currency == "NZD"


def _boleta(card_line: str, total_line: str = "S/106.60") -> OcrDocument:
    """A Peruvian supermarket's boleta: the sol sign glued to the total, IGV at 18 %."""
    return sized_page(
        [
            (275, 74, "mercado vivo", 100),
            (215, 182, "SUPERMERCADOS MERCADO VIVO S.A.C.", 56),
            (430, 243, "RUC 20548813720", 50),
            (224, 358, "BOLETA DE VENTA ELECTRÓNICA", 62),
            (416, 422, "B012-00338271", 60),
            (40, 485, "Fecha: 21/03/2026", 55),
            (40, 650, "LECHE EVAP. GLORIA 400G X6", 50), (1069, 704, "24.90", 53),
            (40, 750, "ARROZ COSTEÑO EXTRA 5KG", 55), (1069, 811, "70.63", 53),
            (36, 1516, "I.G.V. 18%", 55), (1019, 1516, "S/ 16.26", 58),
            (40, 1628, "IMPORTE TOTAL", 60), (917, 1627, total_line, 67),
            (40, 1698, card_line, 50),
        ],
        width=1230,
        height=2339,
    )  # fmt: skip


def test_a_cards_last_four_digits_after_its_mask_are_no_amount() -> None:
    # "VISA****0921" under the total: the card's last digits, never 921 soles.
    fields = _read(_boleta("VISA****0921")).fields
    assert fields.total == Decimal("106.60")


def test_the_sol_sign_glued_to_its_amount_reads_the_amount() -> None:
    # "S/106.60": Peru's sol sign without a space; a slash before digits is otherwise a
    # code's ("2024/118").
    fields = _read(_boleta("VISA", total_line="S/106.60")).fields
    assert fields.total == Decimal("106.60")


def test_perus_igv_is_the_tax() -> None:
    # No net printed: the IGV line is the tax, the net the total less it.
    fields = _read(_boleta("VISA****0921")).fields
    assert fields.vat == Decimal("16.26")
    assert fields.amount == Decimal("90.34")
