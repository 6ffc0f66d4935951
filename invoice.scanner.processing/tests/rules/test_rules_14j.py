"""Invented pages for round 14j (blind set 14j: the seller is not the most prominent name, and
the due date is printed in many ways): the business an agent invoices for, a factoring
notice's factor, a franchise's operator named at the foot of the page, an operator whose
legal form wraps to the next line, a Nordic "drivs av" statement, a branch's designation
after the legal form, a seller label that runs on into the address, and a Brazilian freight
invoice (the boleto's payer, "Emissão", ICMS contained in the total)."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import read_page

from invoice_scanner_processing.extractors.rules.agency import (
    Factoring,
    factors,
    names_factor,
    without_branch,
)


def _body(top: float = 600) -> list[tuple[float, float, str, float]]:
    return [
        (100, top, "Leistung", 22), (1300, top, "1.000,00", 22),
        (100, top + 60, "Nettobetrag", 22), (1300, top + 60, "1.000,00", 22),
        (100, top + 100, "USt 19 %", 22), (1300, top + 100, "190,00", 22),
        (100, top + 140, "Gesamtbetrag EUR", 26), (1300, top + 140, "1.190,00", 26),
    ]  # fmt: skip


def test_an_agents_invoice_is_the_principals() -> None:
    for first, second in (
        ("Diese Rechnung stellt die Baumarktportal GmbH im Namen und für Rechnung",
         "von Malerbetrieb Kurt Lange e.K., Bahnhofstr. 3, 34117 Kassel aus."),
        ("Ausgestellt von der Baumarktportal GmbH im Namen und für Rechnung von",
         "Malerbetrieb Kurt Lange e.K., Bahnhofstr. 3, 34117 Kassel."),
    ):  # fmt: skip
        fields = read_page(
            [
                (100, 60, "Baumarktportal GmbH", 34),
                (100, 110, "Der Marktplatz für Handwerker", 20),
                (100, 250, "Rechnung", 30),
                (900, 250, "Rechnungsnummer: BP-2026-0042", 22),
                (900, 290, "Rechnungsdatum: 03.03.2026", 22),
                (100, 400, first, 20),
                (100, 430, second, 20),
                *_body(),
            ]
        )
        assert fields.vendor_name == "Malerbetrieb Kurt Lange e.K."


def test_a_signatures_on_behalf_of_a_person_or_the_customer_names_no_principal() -> None:
    fields = read_page(
        [
            (100, 60, "Harrow Joinery Ltd", 34),
            (100, 110, "12 Mill Lane, Leeds LS1 4AB", 20),
            (100, 200, "Invoice to:", 20),
            (100, 230, "Pennine Estates Ltd", 22),
            (900, 200, "Invoice No: HJ-1187", 22),
            (900, 230, "Date: 04/03/2026", 22),
            (100, 600, "Joinery works", 22), (1300, 600, "1,000.00", 22),
            (100, 660, "VAT 20%", 22), (1300, 660, "200.00", 22),
            (100, 700, "Total", 26), (1300, 700, "1,200.00", 26),
            (100, 900, "Order placed on behalf of Pennine Estates Ltd by J. Moore", 20),
            (100, 950, "Signed on behalf of the company: Mark Harrow", 20),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Harrow Joinery Ltd"


def test_a_platform_issuing_as_agent_on_behalf_of_the_restaurant() -> None:
    fields = read_page(
        [
            (100, 60, "Foodhop", 40),
            (100, 150, "Tax invoice", 26),
            (100, 200, "Issued by Foodhop NZ Limited (NZBN 9429041234567)", 20),
            (100, 230, "as agent, on behalf of:", 20),
            (100, 270, "Little Saigon Eatery Limited", 22),
            (100, 300, "GST No. 123-456-789", 20),
            (100, 380, "Invoice no. LSE-0412-77", 22),
            (100, 410, "Date 12/04/2026", 22),
            (100, 500, "1 x Pho bo", 22), (900, 500, "$18.50", 22),
            (100, 560, "Total (incl. GST)", 24), (900, 560, "$18.50", 24),
            (100, 590, "GST included", 20), (900, 590, "$2.41", 20),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Little Saigon Eatery Limited"


def test_a_factoring_notices_factor_is_no_seller() -> None:
    page = [
        (100, 60, "ROUVIÈRE", 40),
        (100, 110, "GROUPE", 20),
        (900, 200, "FACTURE N° F26-0815", 26),
        (900, 240, "Date : 02/03/2026", 22),
        *_body(),
        (100, 900, "CRÉANCE CÉDÉE", 22),
        (100, 930, "Pour être libératoire, le règlement doit être fait à l'ordre de FINANCO", 20),
        (100, 960, "AFFACTURAGE SA, subrogée dans nos droits (contrat d'affacturage).", 20),
        (100, 1000, "Financo Affacturage SA · 5 rue Taitbout, 75009 Paris", 20),
        (100, 1030, "IBAN FR76 3000 4000 0100 0012 3456 789", 20),
        (100, 2200, "Ateliers Rouvière SAS au capital de 50 000 € · SIREN 512 345 678", 18),
    ]  # fmt: skip
    # The seller's own name (the wordmark, or the legal line in the footer), never the factor
    # nor a line of the notice's sentence.
    vendor = str(read_page(page).vendor_name)
    assert "rouvi" in vendor.casefold()
    assert "affacturage" not in vendor.lower()


def test_factor_names_come_from_the_payee_words_near_a_factoring_word() -> None:
    from rules_builders import sized_page

    from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc
    from invoice_scanner_processing.extractors.rules.scorer import default_scorer

    doc = _Doc(
        sized_page(
            [
                (100, 60, "Northgate Fixings Ltd", 30),
                (100, 300, "This invoice was sold and assigned to Meridian Trade Finance Ltd.", 20),
                (100, 330, "Remit payment only to Meridian Trade Finance Ltd, Sort 40-11-22", 20),
            ]
        ),
        default_scorer(),
    )
    found = factors(doc)
    seg = doc.segments[0]
    assert names_factor(Candidate("Meridian Trade Finance Ltd", 0.9, seg, ""), found)
    assert not names_factor(Candidate("Northgate Fixings Ltd", 0.9, seg, ""), found)
    # Without a word of factoring, "remit payment only to" names the seller's own account.
    plain = _Doc(
        sized_page(
            [
                (100, 60, "Northgate Fixings Ltd", 30),
                (100, 330, "Remit payment only to Northgate Fixings Ltd, Sort code 40-11-22", 20),
            ]
        ),
        default_scorer(),
    )
    assert factors(plain) == Factoring()


def test_a_franchise_operator_at_the_foot_beats_the_remit_to_block() -> None:
    fields = read_page(
        [
            (100, 60, "CLEARWAVE", 36),
            (100, 110, "P O O L   S E R V I C E", 18),
            (100, 250, "BILL TO", 20), (900, 250, "REMIT TO", 20),
            (100, 280, "Dana Whitfield", 22), (900, 280, "Clearwave Pools of Tampa", 22),
            (100, 310, "88 Gulf Blvd, Tampa, FL 33602", 20), (900, 310, "PO Box 2231", 20),
            (100, 400, "Invoice # 7781-22", 22),
            (100, 430, "Invoice Date 03/12/2026", 22),
            (100, 500, "Weekly service, March", 22), (1300, 500, "240.00", 22),
            (100, 560, "Sales tax 7%", 22), (1300, 560, "16.80", 22),
            (100, 600, "Total Due", 26), (1300, 600, "256.80", 26),
            (100, 2200, "Clearwave Pools of Tampa is independently owned and operated by", 18),
            (100, 2230, "Sunfin Aquatics LLC, a licensed franchisee of Clearwave Pools, Inc.", 18),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Sunfin Aquatics LLC"


def test_an_operator_whose_legal_form_wraps_to_the_next_line() -> None:
    fields = read_page(
        [
            (200, 60, "TEH & TOAST", 34),
            (150, 110, "Tampines Mall #02-15", 20),
            (80, 150, "This outlet is independently operated by Lim Family F&B", 20),
            (80, 180, "Pte. Ltd. (UEN 201912345K) under licence from Teh & Toast Pte Ltd", 20),
            (80, 250, "Receipt No: TM2-0041877", 22),
            (80, 280, "14/05/2026 09:12", 22),
            (80, 340, "1 Kaya Toast", 22), (600, 340, "3.20", 22),
            (80, 400, "TOTAL (incl. GST)", 24), (600, 400, "3.20", 24),
            (80, 430, "GST 9% included", 20), (600, 430, "0.26", 20),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Lim Family F&B Pte. Ltd."


def test_a_nordic_shop_run_by_a_company() -> None:
    fields = read_page(
        [
            (100, 60, "TORGKIOSKEN", 34),
            (100, 110, "Stortorget 2, 211 22 Malmö", 20),
            (100, 140, "Kiosken drivs av Bengtsson Närhandel AB", 20),
            (100, 170, "Org.nr 556677-8899", 20),
            (100, 230, "KVITTO 2201-0043", 22),
            (400, 230, "2026-05-04 08:10", 22),
            (100, 290, "Kaffe", 22), (500, 290, "32,00", 22),
            (100, 350, "ATT BETALA", 24), (500, 350, "32,00", 24),
            (100, 380, "Moms 12%", 20), (500, 380, "3,43", 20),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Bengtsson Närhandel AB"


def test_a_branch_designation_after_the_legal_form_is_dropped() -> None:
    from rules_builders import sized_page

    from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc
    from invoice_scanner_processing.extractors.rules.scorer import default_scorer

    seg = _Doc(sized_page([(100, 60, "x", 20)]), default_scorer()).segments[0]

    def cut(name: str) -> str:
        out = without_branch(Candidate(name, 0.9, seg, name))
        assert out is not None
        return str(out.value)

    assert cut("Poligrafia Nowak Sp. z o.o. Oddział w Gdańsku") == "Poligrafia Nowak Sp. z o.o."
    assert cut("Kessler Logistik GmbH Zweigniederlassung Linz") == "Kessler Logistik GmbH"
    assert cut("Harbour Freight Services Ltd, Singapore Branch") == "Harbour Freight Services Ltd"
    # Without a legal form before it the word is the name's own ("Branch Street Bakery").
    assert cut("Branch Street Bakery") == "Branch Street Bakery"
    assert cut("The Oak Branch Ltd") == "The Oak Branch Ltd"


def test_a_seller_label_that_runs_on_into_the_address() -> None:
    fields = read_page(
        [
            (100, 60, "KAVERI", 36),
            (100, 110, "GROUP", 20),
            (900, 120, "www.kaverigroup.in", 20),
            (600, 200, "TAX INVOICE", 28),
            (100, 300, "Bill To:", 20),
            (100, 330, "ORBIT DATA SYSTEMS LLP", 22),
            (100, 450, "Supplier: Kaveri Furnishings Private Limited · No. 8, Bengaluru", 20),
            (100, 520, "Invoice No.", 20), (500, 520, "Invoice Date", 20),
            (100, 550, "KFPL/26-27/0071", 22), (500, 550, "20-04-2026", 22),
            (100, 650, "Work station desks", 22), (1300, 650, "10,000.00", 22),
            (100, 700, "CGST 9%", 22), (1300, 700, "900.00", 22),
            (100, 730, "SGST 9%", 22), (1300, 730, "900.00", 22),
            (100, 780, "Total", 26), (1300, 780, "11,800.00", 26),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Kaveri Furnishings Private Limited"


def test_a_brazilian_freight_invoice_with_its_boleto() -> None:
    fields = read_page(
        [
            (100, 60, "TOMADOR DO SERVIÇO/ SACADO", 20),
            (100, 100, "DISTRIBUIDORA CAMPO LARGO LTDA", 28),
            (100, 140, "CNPJ 11.222.333/0001-44 - Av. Brasil 100, Curitiba/PR", 18),
            (150, 260, "Transportes Vale Verde Ltda.", 26), (1100, 260, "FATURA DE SERVIÇOS", 26),
            (150, 300, "CNPJ 22.333.444/0001-55 · Rua XV 12, Ponta Grossa/PR", 18),
            (100, 400, "Fatura n°", 20), (450, 400, "Emissão", 20), (800, 400, "Vencimento", 20),
            (100, 430, "000.731", 22), (450, 430, "10/03/2026", 22), (800, 430, "09/04/2026", 22),
            (100, 520, "CT-e 10.221", 20), (300, 520, "02/02/2026", 20),
            (1400, 520, "2.000,00", 20),
            (100, 560, "CT-e 10.305", 20), (300, 560, "16/02/2026", 20),
            (1400, 560, "3.000,00", 20),
            (900, 640, "Valor total dos serviços", 22), (1350, 640, "R$ 5.000,00", 22),
            (900, 680, "ICMS 12% (incluso no valor)", 22), (1400, 680, "600,00", 22),
            (100, 1900, "Pagador", 18),
            (100, 1930, "Distribuidora Campo Largo Ltda. — CNPJ 11.222.333/0001-44", 20),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Transportes Vale Verde Ltda."
    assert str(fields.invoice_date) == "2026-03-10"
    assert fields.total == Decimal("5000.00")
    assert fields.vat == Decimal("600.00")
    assert fields.amount == Decimal("4400.00")


def test_the_principal_after_its_own_label_on_the_next_line() -> None:
    fields = read_page(
        [
            (100, 60, "Compraplaza Iberia S.L.", 30),
            (100, 200, "Factura emitida por Compraplaza en nombre y por cuenta de:", 20),
            (100, 230, "Vendido por: Ferretería Ortiz Hermanos S.L.", 22),
            (100, 260, "NIF B12345678 · C/ Mayor 4, 46001 Valencia", 20),
            (900, 350, "Factura n.º FO-2026-0077", 22),
            (900, 380, "Fecha: 05/03/2026", 22),
            (100, 600, "Taladro percutor", 22), (1300, 600, "100,00", 22),
            (100, 660, "IVA 21 %", 22), (1300, 660, "21,00", 22),
            (100, 700, "Total EUR", 26), (1300, 700, "121,00", 26),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Ferretería Ortiz Hermanos S.L."


def test_a_marketplace_run_by_a_platform_is_no_operator_statement() -> None:
    # "betrieben von" names the marketplace's operator, not the shop's: the seller is the
    # one the seller's block names.
    fields = read_page(
        [
            (900, 40, "Werkstattmarkt", 30),
            (900, 80, "betrieben von Portalwerk Digital GmbH, 1070 Wien", 18),
            (100, 200, "Verkäufer", 20),
            (100, 230, "Tischlerei Huber GmbH", 24),
            (100, 260, "Hauptstraße 5, 6020 Innsbruck", 20),
            (900, 300, "Rechnungsnummer: TH-2026-0114", 22),
            (900, 330, "Rechnungsdatum: 24.02.2026", 22),
            *_body(),
            (100, 2200, "Portalwerk Digital GmbH · FN 511882p (Plattformbetreiber)", 18),
        ]
    )  # fmt: skip
    assert fields.vendor_name == "Tischlerei Huber GmbH"


def test_no_factoring_notice_without_its_announcing_words() -> None:
    from rules_builders import sized_page

    from invoice_scanner_processing.extractors.rules.model import _Doc
    from invoice_scanner_processing.extractors.rules.scorer import default_scorer

    for words in (
        "Power factor 0.93 (reactive energy not charged)",
        "Claims against us may not be assigned (factoring prohibited).",
        "Forderungen gegen uns dürfen nicht abgetreten werden.",
    ):
        doc = _Doc(
            sized_page(
                [
                    (100, 60, "Brightfield Energy Ltd", 30),
                    (100, 300, words, 20),
                    (100, 330, "Please make cheques payable to Brightfield Energy Ltd", 20),
                ]
            ),
            default_scorer(),
        )
        assert factors(doc) == Factoring(), words


def _till(tax_line: str, tax: str) -> dict[str, float]:
    from rules_builders import sized_page

    from invoice_scanner_processing.extractors.rules import RuleExtractor

    page = sized_page(
        [
            (200, 60, "KOPITIAM CORNER PTE. LTD.", 30),
            (150, 110, "GST Reg No: 201812345K", 20),
            (80, 170, "Receipt No: KC-0042871", 22),
            (80, 200, "02/05/2026 08:17", 22),
            (80, 260, "2 Kaya Toast Set", 22), (600, 260, "13.60", 22),
            (80, 290, "1 Mee Siam", 22), (600, 290, "14.00", 22),
            (80, 350, "TOTAL (incl. GST)", 24), (600, 350, "27.60", 24),
            (80, 380, tax_line, 20), (600, 380, tax, 20),
            (80, 410, "NETS", 20), (600, 410, "27.60", 20),
        ]
    )  # fmt: skip
    return RuleExtractor().predict(page).confidence


def test_a_tax_that_is_its_printed_rate_of_the_net_confirms_the_total() -> None:
    # 27.60 - 2.28 = 25.32, and 9 % of 25.32 is 2.28: the total and the tax agree through
    # the rate the tax's line prints, though the page prints no net.
    conf = _till("GST 9% included", "2.28")
    assert conf["total"] == conf["vat"] == conf["amount"] == 0.9
    # Without its rate, or with a tax that is not the rate of the net, nothing confirms them.
    assert _till("GST included", "2.28")["total"] == 0.75
    assert _till("GST 8% included", "2.28")["total"] == 0.75
