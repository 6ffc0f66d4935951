"""Where sets keyed by hand disagree, a reading is held for a person instead of approved
unseen, and a legal name is known by the forms the world writes. Invented pages.

* A due date read only after a debit's collection day ("Montant prélevé le 12/12/2026") is
  the due date for some and no printed due date for others.
* A seller label's legal name under a wordmark that is a word of it ("TRANS-POL" over
  "Sprzedawca: Trans-Pol Kowalski Sp. z o.o.") is the legal name for some and the wordmark for
  others; a platform's wordmark over another business's name doubts nothing.
* Legal forms as usually capitalised: "Sp. z o.o.", "d.o.o.", "A.Ş.", "Ltda.", "Co.,Ltd." …
"""

from __future__ import annotations

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.lexicon import legal_form


def _facture(payment_line: str) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Facture", 30),
            (700, 60, "Ondelis SAS", 30),
            (700, 100, "12 avenue de Wagram, 75008 Paris", 30),
            (60, 200, "N° de facture F26120418", 30),
            (60, 240, "Date de facture 02/12/2026", 30),
            (700, 200, "M. Antoine Garnier", 30),
            (700, 240, "7 rue des Lilas, 69003 Lyon", 30),
            (60, 400, "Désignation", 30), (900, 400, "Montant HT", 30),
            (60, 440, "Abonnement Fibre décembre 2026", 30), (900, 440, "41,66", 30),
            (600, 520, "Total HT", 30), (900, 520, "41,66 €", 30),
            (600, 560, "TVA 20 %", 30), (900, 560, "8,33 €", 30),
            (600, 600, "Total TTC", 30), (900, 600, "49,99 €", 30),
            (60, 700, "Mode de paiement : prélèvement", 30),
            (60, 740, payment_line, 30),
            (100, 1700, "Ondelis SAS · RCS Paris 812 334 221 · TVA FR 41 812334221", 22),
        ],
        width=1200,
        height=1800,
        char_width=0.55,
    )  # fmt: skip


def test_a_debit_day_alone_is_read_as_the_due_date_and_held() -> None:
    reading = RuleExtractor().predict(
        _facture("Montant prélevé le 12/12/2026 sur le compte FR76 **** 0412 : 49,99 €")
    )
    assert str(reading.fields.due_date) == "2026-12-12"
    assert reading.confidence["due_date"] < 0.8


def test_a_due_date_under_its_own_label_is_not_held() -> None:
    reading = RuleExtractor().predict(_facture("Date d'échéance : 12/12/2026"))
    assert str(reading.fields.due_date) == "2026-12-12"
    assert reading.confidence["due_date"] >= 0.8


def _faktura(mark: str, seller: str) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Faktura VAT", 30),
            (700, 50, mark, 60),
            (700, 180, "Sprzedawca:", 30),
            (700, 220, seller, 30),
            (700, 260, "ul. Głogowska 112, 60-243 Poznań", 30),
            (700, 300, "NIP 779-23-45-678", 30),
            (60, 400, "Nr faktury FV/0412/12/2026", 30),
            (60, 440, "Data wystawienia 2026-12-03", 30),
            (700, 400, "Nabywca:", 30),
            (700, 440, "Biuro Rachunkowe Lis", 30),
            (60, 600, "Nazwa", 30), (900, 600, "Wartość", 30),
            (60, 640, "Transport Poznań - Berlin", 30), (900, 640, "2 000,00", 30),
            (600, 720, "Razem netto", 30), (900, 720, "2 000,00", 30),
            (600, 760, "VAT 23 %", 30), (900, 760, "460,00", 30),
            (600, 800, "Do zapłaty", 30), (900, 800, "2 460,00 PLN", 30),
        ],
        width=1200,
        height=1800,
        char_width=0.55,
    )  # fmt: skip


def _vendor(doc: OcrDocument) -> tuple[str | None, float]:
    reading = RuleExtractor().predict(doc)
    return reading.fields.vendor_name, reading.confidence.get("vendor_name", 0.0)


def test_a_seller_label_under_a_wordmark_of_its_own_name_is_held() -> None:
    name, confidence = _vendor(_faktura("TRANS-POL", "Trans-Pol Kowalski Sp. z o.o."))
    assert name == "Trans-Pol Kowalski Sp. z o.o."
    assert confidence < 0.8


def test_a_seller_label_under_another_business_wordmark_is_not_held() -> None:
    """A platform's wordmark over the seller it sells for names another business."""
    name, confidence = _vendor(_faktura("ALLEMARKT", "Trans-Pol Kowalski Sp. z o.o."))
    assert name == "Trans-Pol Kowalski Sp. z o.o."
    assert confidence >= 0.8


@pytest.mark.parametrize(
    "name",
    [
        "Trans-Pol Kowalski Sp. z o.o.", "Nova Gradnja d.o.o.", "Anadolu Gıda A.Ş.",
        "Saigon Trading Co.,Ltd.", "Andes Comercial Ltda.", "Dunakanyar Zrt.",
        "Baltic Amber UAB", "Lumen Studio Sàrl", "Mekong Logistics JSC",
        "Comercial Sol S. de R.L. de C.V.",
    ],
)  # fmt: skip
def test_legal_forms_as_the_world_capitalises_them(name: str) -> None:
    assert legal_form(name)


@pytest.mark.parametrize("text", ["Rechnung 2026", "9936 AB Groningen", "Summe netto"])
def test_words_that_are_no_legal_form(text: str) -> None:
    assert not legal_form(text)
