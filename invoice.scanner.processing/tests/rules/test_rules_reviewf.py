"""Review of today's rounds (2fede8e..cbd34a1) on invented pages: each page is read wrongly,
or a wrong value approved, by main's rules, and right after the review's fix."""

from __future__ import annotations

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _romanian_invoice(
    address: str, buyer: tuple[tuple[float, float, str, float], ...] = ()
) -> OcrDocument:
    return sized_page(
        [
            (100, 60, "Fierăria Dunărea SRL", 30),
            (100, 100, address, 22),
            (100, 130, "CUI: RO18273645  Nr. Reg. Com.: J11/245/2009", 22),
            (1000, 60, "FACTURĂ", 34),
            (1000, 110, "Nr. factură: 2026-0412", 22), (1000, 140, "Data: 14.03.2026", 22),
            *(buyer or ((100, 300, "Cumpărător: Atelier Cerna SRL", 22),)),
            (100, 420, "Denumire", 22), (1300, 420, "Valoare", 22),
            (100, 460, "Balamale inox 40 buc", 22), (1300, 460, "1.200,00 lei", 22),
            (100, 540, "Total fără TVA", 22), (1300, 540, "1.200,00 lei", 22),
            (100, 580, "TVA 21%", 22), (1300, 580, "252,00 lei", 22),
            (100, 620, "Total de plată", 24), (1300, 620, "1.452,00 lei", 24),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    "address",
    [
        # A Romanian town, a street and the region named Moldova: no Moldovan page.
        "Str. Nicolae Bălcescu 7, Moldova Nouă, jud. Caraș-Severin",
        "Str. Moldova 5, Iași",
        "Depozit central regiunea Moldova, Bacău",
    ],
)
def test_romanias_places_named_moldova_leave_lei_romanian(address: str) -> None:
    # Main read MDL at 0.8 and approved it.
    assert RuleExtractor().predict(_romanian_invoice(address)).fields.currency == "RON"


@pytest.mark.parametrize(
    "address",
    ["Str. Independenței 3, Bălți, Moldova", "Str. Independenței 3, Bălți, Republica Moldova"],
)
def test_moldova_as_the_country_reads_lei_as_mdl(address: str) -> None:
    assert RuleExtractor().predict(_romanian_invoice(address)).fields.currency == "MDL"


def test_a_moldovan_buyer_leaves_a_romanian_sellers_lei_romanian() -> None:
    # The buyer's IDNO and Chișinău are the customer's: main read MDL at 0.8 and approved it.
    buyer = (
        (100, 240, "Cumpărător: Mobila Nistru SRL", 22),
        (100, 270, "IDNO 1003600055512", 22),
        (100, 300, "str. Ismail 40, Chișinău", 22),
    )
    doc = _romanian_invoice("Str. Libertății 12, Galați, jud. Galați", buyer)
    assert RuleExtractor().predict(doc).fields.currency == "RON"


def test_a_moldovan_seller_with_a_romanian_buyer_reads_lei_as_mdl() -> None:
    doc = sized_page(
        [
            (100, 60, "Mobila Nistru SRL", 30),
            (100, 100, "str. Ismail 40, Chișinău", 22),
            (100, 130, "IDNO 1003600055512", 22),
            (1000, 60, "FACTURĂ FISCALĂ", 34),
            (1000, 110, "Seria / Nr.: EAB 2210417", 22), (1000, 140, "Data: 14.03.2026", 22),
            (100, 240, "Cumpărător: Fierăria Dunărea SRL", 22),
            (100, 270, "CUI: RO18273645", 22),
            (100, 300, "Str. Libertății 12, Galați", 22),
            (100, 420, "Denumire", 22), (1300, 420, "Valoare", 22),
            (100, 460, "Scaune stejar 12 buc", 22), (1300, 460, "6.000,00 lei", 22),
            (100, 540, "Total fără TVA", 22), (1300, 540, "6.000,00 lei", 22),
            (100, 580, "TVA 20%", 22), (1300, 580, "1.200,00 lei", 22),
            (100, 620, "Total de plată", 24), (1300, 620, "7.200,00 lei", 24),
        ]
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.currency == "MDL"


def _german_invoice(footer: str) -> OcrDocument:
    return sized_page(
        [
            (100, 60, "Rheinland Leasing GmbH", 30),
            (100, 100, "Kaiserstraße 40, 40479 Düsseldorf", 22),
            (1000, 60, "RECHNUNG", 34),
            (1000, 110, "Rechnungsnr.: RL-2026-0412", 22), (1000, 140, "Datum: 14.03.2026", 22),
            (100, 300, "Kunde: Baustoffe Krüger KG", 22),
            (100, 420, "Bezeichnung", 22), (1300, 420, "Betrag", 22),
            (100, 460, "Leasingrate März 2026", 22), (1300, 460, "1.000,00", 22),
            (100, 540, "Nettobetrag", 22), (1300, 540, "1.000,00", 22),
            (100, 580, "USt. 19%", 22), (1300, 580, "190,00", 22),
            (100, 620, "Gesamtbetrag", 24), (1300, 620, "1.190,00", 24),
            (100, 2200, footer, 18),
            (100, 2230, "USt-IdNr.: DE812345678 · IBAN DE44 3005 0110 1008 4471 22", 18),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    "footer",
    [
        "Amtsgericht Düsseldorf HRB 84471 LEI 529900T8BM49AURSDO55",
        "Amtsgericht Düsseldorf HRB 84471 LEI: 529900T8BM49AURSDO55",
    ],
)
def test_a_legal_entity_identifier_after_a_number_is_no_leu(footer: str) -> None:
    # Main read RON at 0.8 from "84471 LEI" and approved it; the page's bare amounts are
    # the seller's country's, a guess (0.5).
    prediction = RuleExtractor().predict(_german_invoice(footer))
    assert prediction.fields.currency != "RON"
