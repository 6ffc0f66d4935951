"""Per-locale wording, date and number formats for the synthetic invoices.

Each label has several synonyms so an extractor cannot learn one fixed string per locale. Numbers
and dates are formatted with babel (CLDR data) so month names and separators are the real ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

#: Babel puts no-break spaces (U+00A0, U+202F) between digit groups in fr/sv; printed invoices
#: and OCR mostly give a plain space, so that is what we print and what the truth describes.
_SPACE_LIKE = ("\u00a0", "\u202f")


@dataclass(frozen=True)
class LocaleSpec:
    """Everything locale-dependent on an invoice."""

    code: str  # BCP 47, e.g. "de-DE"
    babel: str  # babel locale id, e.g. "de_DE"
    labels: dict[str, tuple[str, ...]]
    #: Numeric date patterns (babel/CLDR syntax) and month-name patterns used now and then.
    numeric_dates: tuple[str, ...]
    month_dates: tuple[str, ...]
    #: (currency code, weight); the first is the home currency.
    currencies: tuple[tuple[str, int], ...]
    vat_rates: tuple[str, ...]
    country: str  # ISO 3166 alpha-2 for VAT ids and IBANs
    page_size: str = "A4"
    #: Where the currency symbol goes: "before" ($1.00, € 1,00) or "after" (1,00 €).
    symbol_position: str = "after"
    symbol_space: bool = True
    extra: dict[str, str] = field(default_factory=dict)

    def number(self, value: Decimal, places: int = 2) -> str:
        """``value`` with the locale's separators, exactly ``places`` decimals, ASCII minus."""
        pattern = "#,##0." + "0" * places if places else "#,##0"
        text = format_decimal(value, format=pattern, locale=self.babel, decimal_quantization=True)
        for ch in _SPACE_LIKE:
            text = text.replace(ch, " ")
        return text.replace("\u2212", "-")

    def quantity(self, value: Decimal) -> str:
        """A quantity as printed: no decimals for whole numbers, else as many as it has."""
        places = max(0, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
        return self.number(value, places)

    def date(self, value: date, pattern: str) -> str:
        return format_date(value, format=pattern, locale=self.babel)

    def rate(self, value: Decimal) -> str:
        """A VAT rate as printed: ``19``, ``5,5`` or ``8.1``."""
        return self.quantity(value)


CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "SEK": "kr", "CHF": "CHF", "NOK": "kr"}


def _l(*words: str) -> tuple[str, ...]:
    return words


LOCALES: dict[str, LocaleSpec] = {}


def _add(spec: LocaleSpec) -> None:
    LOCALES[spec.code] = spec


_add(
    LocaleSpec(
        code="en-US",
        babel="en_US",
        labels={
            "invoice": _l("Invoice", "INVOICE", "Tax Invoice", "Sales Invoice"),
            "credit_note": _l("Credit Memo", "Credit Note", "CREDIT MEMO"),
            "receipt": _l("Receipt", "SALES RECEIPT"),
            "invoice_number": _l("Invoice No.", "Invoice #", "Invoice Number", "Invoice no"),
            "credit_number": _l("Credit Memo No.", "Credit Memo #"),
            "invoice_date": _l("Invoice Date", "Date", "Date of Issue", "Issued"),
            "due_date": _l("Due Date", "Payment Due", "Due"),
            "customer": _l("Bill To", "Billed To", "Customer", "Sold To"),
            "customer_number": _l("Customer ID", "Account No.", "Customer No."),
            "po": _l("P.O. Number", "PO #", "Your Order"),
            "description": _l("Description", "Item", "Product / Service"),
            "quantity": _l("Qty", "Quantity", "Units"),
            "unit_price": _l("Unit Price", "Rate", "Price"),
            "line_amount": _l("Amount", "Line Total", "Total"),
            "subtotal": _l("Subtotal", "Items Total"),
            "net": _l("Subtotal", "Net Amount", "Total before Tax"),
            "discount": _l("Discount", "Less Discount"),
            "shipping": _l("Shipping", "Shipping & Handling", "Freight"),
            "vat": _l("Tax", "Sales Tax", "Tax"),
            "total": _l("Total", "Total Due", "Amount Due", "Balance Due", "TOTAL"),
            "vat_id": _l("EIN", "Tax ID"),
            "iban": _l(
                "IBAN",
            ),
            "bic": _l("SWIFT", "BIC"),
            "page": _l(
                "Page",
            ),
            "of": _l(
                "of",
            ),
            "continued": _l(
                "continued on next page",
            ),
            "thanks": _l("Thank you for your business!", "Thank you!"),
            "terms": _l("Payment due within {days} days.", "Net {days}."),
            "phone": _l("Phone", "Tel."),
            "reverse_charge": _l(
                "Tax exempt",
            ),
        },
        numeric_dates=("MM/dd/yyyy", "M/d/yyyy"),
        month_dates=("MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy"),
        currencies=(("USD", 10), ("EUR", 1)),
        vat_rates=("0", "5", "7", "10"),
        country="US",
        page_size="LETTER",
        symbol_position="before",
        symbol_space=False,
    )
)

_add(
    LocaleSpec(
        code="en-GB",
        babel="en_GB",
        labels={
            "invoice": _l("Invoice", "VAT Invoice", "INVOICE", "Tax Invoice"),
            "credit_note": _l("Credit Note", "CREDIT NOTE"),
            "receipt": _l("Receipt", "VAT Receipt"),
            "invoice_number": _l("Invoice No.", "Invoice Number", "Invoice Ref.", "Invoice no"),
            "credit_number": _l("Credit Note No.", "Credit Note Number"),
            "invoice_date": _l("Invoice Date", "Date", "Tax Point", "Date of Invoice"),
            "due_date": _l("Due Date", "Payment Due", "Due By"),
            "customer": _l("Invoice To", "Bill To", "Customer"),
            "customer_number": _l("Account No.", "Customer Ref."),
            "po": _l("Your Order No.", "PO Number"),
            "description": _l("Description", "Item", "Details"),
            "quantity": _l("Qty", "Quantity"),
            "unit_price": _l("Unit Price", "Price"),
            "line_amount": _l("Amount", "Net", "Total"),
            "subtotal": _l("Subtotal", "Goods Total"),
            "net": _l("Net Total", "Total excl. VAT", "Net Amount", "Subtotal"),
            "discount": _l(
                "Discount",
            ),
            "shipping": _l("Delivery", "Carriage", "Postage & Packing"),
            "vat": _l("VAT", "VAT"),
            "total": _l("Total", "Invoice Total", "Total incl. VAT", "Amount Due", "TOTAL"),
            "vat_id": _l("VAT Reg. No.", "VAT No.", "VAT Registration"),
            "iban": _l(
                "IBAN",
            ),
            "bic": _l("BIC", "SWIFT"),
            "page": _l(
                "Page",
            ),
            "of": _l(
                "of",
            ),
            "continued": _l("continued overleaf", "continued on next page"),
            "thanks": _l("Thank you for your custom.", "Many thanks."),
            "terms": _l("Payment within {days} days of invoice date.", "Terms: {days} days net."),
            "phone": _l("Tel", "Phone"),
            "reverse_charge": _l(
                "Reverse charge: customer to account for VAT.",
            ),
        },
        numeric_dates=("dd/MM/yyyy", "dd/MM/yyyy", "d/M/yyyy"),
        month_dates=("d MMM yyyy", "d MMMM yyyy"),
        currencies=(("GBP", 10), ("EUR", 2), ("USD", 1)),
        vat_rates=("20", "20", "5", "0"),
        country="GB",
        symbol_position="before",
        symbol_space=False,
    )
)

_add(
    LocaleSpec(
        code="de-DE",
        babel="de_DE",
        labels={
            "invoice": _l("Rechnung", "RECHNUNG", "Rechnung"),
            "credit_note": _l("Gutschrift", "Rechnungskorrektur"),
            "receipt": _l("Quittung", "Kassenbeleg"),
            "invoice_number": _l("Rechnungsnummer", "Rechnungs-Nr.", "Rechnung Nr.", "Beleg-Nr."),
            "credit_number": _l("Gutschrift-Nr.", "Gutschriftsnummer"),
            "invoice_date": _l("Rechnungsdatum", "Datum", "Belegdatum"),
            "due_date": _l("Fällig am", "Zahlbar bis", "Fälligkeitsdatum"),
            "customer": _l("Rechnungsempfänger", "Kunde", "Rechnung an"),
            "customer_number": _l("Kundennummer", "Kunden-Nr."),
            "po": _l("Ihre Bestellung", "Bestell-Nr."),
            "description": _l("Bezeichnung", "Beschreibung", "Artikel / Leistung"),
            "quantity": _l("Menge", "Anz.", "Anzahl"),
            "unit_price": _l("Einzelpreis", "E-Preis", "Preis"),
            "line_amount": _l("Gesamt", "Betrag", "Gesamtpreis"),
            "subtotal": _l("Zwischensumme", "Summe Positionen"),
            "net": _l("Nettobetrag", "Summe netto", "Netto", "Gesamt netto"),
            "discount": _l("Rabatt", "Nachlass"),
            "shipping": _l("Versandkosten", "Fracht", "Versand"),
            "vat": _l("MwSt.", "USt.", "Umsatzsteuer", "MwSt."),
            "total": _l("Gesamtbetrag", "Rechnungsbetrag", "Summe brutto", "Zu zahlen", "Gesamt"),
            "vat_id": _l("USt-IdNr.", "USt-ID", "Umsatzsteuer-ID"),
            "iban": _l(
                "IBAN",
            ),
            "bic": _l(
                "BIC",
            ),
            "page": _l(
                "Seite",
            ),
            "of": _l(
                "von",
            ),
            "continued": _l("Fortsetzung auf der nächsten Seite", "Übertrag"),
            "thanks": _l("Vielen Dank für Ihren Auftrag!", "Wir danken für Ihren Einkauf."),
            "terms": _l(
                "Zahlbar innerhalb von {days} Tagen ohne Abzug.", "Zahlungsziel: {days} Tage."
            ),
            "phone": _l("Tel.", "Telefon"),
            "reverse_charge": _l(
                "Steuerschuldnerschaft des Leistungsempfängers.",
            ),
        },
        numeric_dates=("dd.MM.yyyy", "dd.MM.yyyy", "d.M.yyyy"),
        month_dates=("d. MMMM yyyy", "dd. MMM yyyy"),
        currencies=(("EUR", 10), ("CHF", 2)),
        vat_rates=("19", "19", "7", "0"),
        country="DE",
    )
)

_add(
    LocaleSpec(
        code="fr-FR",
        babel="fr_FR",
        labels={
            "invoice": _l("Facture", "FACTURE"),
            "credit_note": _l("Avoir", "Facture d'avoir"),
            "receipt": _l("Ticket", "Reçu"),
            "invoice_number": _l(
                "N° de facture", "Facture n°", "Numéro de facture", "Réf. facture"
            ),
            "credit_number": _l("N° d'avoir", "Avoir n°"),
            "invoice_date": _l("Date de facture", "Date", "Date d'émission", "Émise le"),
            "due_date": _l("Échéance", "Date d'échéance", "À régler avant le"),
            "customer": _l("Client", "Facturé à", "Destinataire"),
            "customer_number": _l("N° client", "Code client"),
            "po": _l("Votre commande", "Bon de commande"),
            "description": _l("Désignation", "Description", "Libellé"),
            "quantity": _l("Qté", "Quantité"),
            "unit_price": _l("Prix unitaire HT", "P.U. HT", "Prix unit."),
            "line_amount": _l("Montant HT", "Total HT", "Montant"),
            "subtotal": _l("Sous-total", "Total articles"),
            "net": _l("Total HT", "Montant HT", "Net HT"),
            "discount": _l(
                "Remise",
            ),
            "shipping": _l("Frais de port", "Livraison"),
            "vat": _l("TVA", "TVA"),
            "total": _l("Total TTC", "Net à payer", "Montant TTC", "Total TTC"),
            "vat_id": _l("N° TVA intracom.", "TVA intracommunautaire", "N° TVA"),
            "iban": _l(
                "IBAN",
            ),
            "bic": _l(
                "BIC",
            ),
            "page": _l(
                "Page",
            ),
            "of": _l("sur", "/"),
            "continued": _l(
                "suite page suivante",
            ),
            "thanks": _l("Merci de votre confiance.", "Merci pour votre commande."),
            "terms": _l("Paiement à {days} jours.", "Règlement à {days} jours date de facture."),
            "phone": _l("Tél.", "Téléphone"),
            "reverse_charge": _l("Autoliquidation.", "TVA non applicable, art. 293 B du CGI."),
        },
        numeric_dates=("dd/MM/yyyy", "dd/MM/yyyy", "dd.MM.yyyy"),
        month_dates=("d MMMM yyyy", "d MMM yyyy"),
        currencies=(("EUR", 10), ("CHF", 1)),
        vat_rates=("20", "20", "10", "5.5", "0"),
        country="FR",
    )
)

_add(
    LocaleSpec(
        code="sv-SE",
        babel="sv_SE",
        labels={
            "invoice": _l("Faktura", "FAKTURA"),
            "credit_note": _l("Kreditfaktura", "KREDITFAKTURA"),
            "receipt": _l("Kvitto", "KVITTO"),
            "invoice_number": _l("Fakturanummer", "Fakturanr", "Faktura nr"),
            "credit_number": _l("Kreditfakturanr", "Kreditnota nr"),
            "invoice_date": _l("Fakturadatum", "Datum"),
            "due_date": _l("Förfallodatum", "Förfallodag", "Att betala senast"),
            "customer": _l("Kund", "Fakturaadress", "Köpare"),
            "customer_number": _l("Kundnummer", "Kundnr"),
            "po": _l("Er referens", "Ordernummer"),
            "description": _l("Beskrivning", "Benämning", "Artikel"),
            "quantity": _l("Antal", "Ant."),
            "unit_price": _l("À-pris", "Pris", "Á-pris"),
            "line_amount": _l("Belopp", "Summa"),
            "subtotal": _l("Delsumma", "Summa rader"),
            "net": _l("Netto", "Summa exkl. moms", "Belopp exkl. moms", "Nettobelopp"),
            "discount": _l(
                "Rabatt",
            ),
            "shipping": _l("Frakt", "Fraktavgift"),
            "vat": _l("Moms", "Moms"),
            "total": _l("Att betala", "Totalt", "Summa att betala", "Totalbelopp"),
            "vat_id": _l("Momsreg.nr", "Org.nr / VAT", "VAT-nummer"),
            "iban": _l(
                "IBAN",
            ),
            "bic": _l(
                "BIC",
            ),
            "page": _l(
                "Sida",
            ),
            "of": _l(
                "av",
            ),
            "continued": _l(
                "forts. nästa sida",
            ),
            "thanks": _l("Tack för ditt köp!", "Tack för beställningen."),
            "terms": _l("Betalningsvillkor: {days} dagar netto.", "{days} dagar netto."),
            "phone": _l("Tel", "Telefon"),
            "reverse_charge": _l(
                "Omvänd skattskyldighet.",
            ),
        },
        numeric_dates=("yyyy-MM-dd", "yyyy-MM-dd"),
        month_dates=("d MMMM yyyy", "d MMM yyyy"),
        currencies=(("SEK", 10), ("EUR", 2), ("NOK", 1)),
        vat_rates=("25", "25", "12", "6", "0"),
        country="SE",
    )
)

_add(
    LocaleSpec(
        code="es-ES",
        babel="es_ES",
        labels={
            "invoice": _l("Factura", "FACTURA"),
            "credit_note": _l("Factura rectificativa", "Abono"),
            "receipt": _l("Ticket", "Factura simplificada"),
            "invoice_number": _l("Nº de factura", "Factura nº", "Número de factura"),
            "credit_number": _l(
                "Nº rectificativa",
            ),
            "invoice_date": _l("Fecha de factura", "Fecha", "Fecha de emisión"),
            "due_date": _l("Vencimiento", "Fecha de vencimiento"),
            "customer": _l("Cliente", "Facturar a"),
            "customer_number": _l("Nº cliente", "Código cliente"),
            "po": _l("Su pedido", "Nº pedido"),
            "description": _l("Descripción", "Concepto"),
            "quantity": _l("Cant.", "Cantidad", "Uds."),
            "unit_price": _l("Precio unit.", "Precio"),
            "line_amount": _l("Importe", "Total"),
            "subtotal": _l("Subtotal", "Suma"),
            "net": _l("Base imponible", "Base", "Importe neto"),
            "discount": _l(
                "Descuento",
            ),
            "shipping": _l("Gastos de envío", "Portes"),
            "vat": _l("IVA", "IVA"),
            "total": _l("Total", "Total factura", "TOTAL", "Total a pagar"),
            "vat_id": _l("NIF", "CIF", "NIF-IVA"),
            "iban": _l(
                "IBAN",
            ),
            "bic": _l("BIC", "SWIFT"),
            "page": _l("Página", "Pág."),
            "of": _l(
                "de",
            ),
            "continued": _l("continúa en la página siguiente", "suma y sigue"),
            "thanks": _l("Gracias por su confianza.", "¡Gracias por su compra!"),
            "terms": _l("Pago a {days} días.", "Forma de pago: transferencia a {days} días."),
            "phone": _l("Tel.", "Teléfono"),
            "reverse_charge": _l(
                "Inversión del sujeto pasivo.",
            ),
        },
        numeric_dates=("dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy"),
        month_dates=("d 'de' MMMM 'de' yyyy", "d MMM yyyy"),
        currencies=(("EUR", 10),),
        vat_rates=("21", "21", "10", "4", "0"),
        country="ES",
    )
)

_add(
    LocaleSpec(
        code="nl-NL",
        babel="nl_NL",
        labels={
            "invoice": _l("Factuur", "FACTUUR"),
            "credit_note": _l("Creditnota", "Creditfactuur"),
            "receipt": _l("Kassabon", "Bon"),
            "invoice_number": _l("Factuurnummer", "Factuurnr.", "Factuur nr."),
            "credit_number": _l("Creditnotanummer", "Creditnota nr."),
            "invoice_date": _l("Factuurdatum", "Datum"),
            "due_date": _l("Vervaldatum", "Uiterste betaaldatum", "Te betalen voor"),
            "customer": _l("Klant", "Factuuradres", "Aan"),
            "customer_number": _l("Klantnummer", "Debiteurnr."),
            "po": _l("Uw referentie", "Ordernummer"),
            "description": _l("Omschrijving", "Artikel"),
            "quantity": _l("Aantal", "Aant."),
            "unit_price": _l("Prijs", "Stukprijs", "Tarief"),
            "line_amount": _l("Bedrag", "Totaal"),
            "subtotal": _l(
                "Subtotaal",
            ),
            "net": _l("Totaal excl. btw", "Subtotaal", "Netto bedrag"),
            "discount": _l(
                "Korting",
            ),
            "shipping": _l("Verzendkosten", "Verzending"),
            "vat": _l("BTW", "btw"),
            "total": _l("Totaal", "Totaal incl. btw", "Te betalen", "TOTAAL"),
            "vat_id": _l("Btw-nummer", "BTW-nr.", "Btw-id"),
            "iban": _l(
                "IBAN",
            ),
            "bic": _l(
                "BIC",
            ),
            "page": _l(
                "Pagina",
            ),
            "of": _l(
                "van",
            ),
            "continued": _l(
                "vervolg op volgende pagina",
            ),
            "thanks": _l("Bedankt voor uw bestelling!", "Hartelijk dank."),
            "terms": _l("Betaling binnen {days} dagen.", "Betalingstermijn: {days} dagen."),
            "phone": _l("Tel.", "Telefoon"),
            "reverse_charge": _l(
                "Btw verlegd.",
            ),
        },
        numeric_dates=("dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy"),
        month_dates=("d MMMM yyyy", "d MMM yyyy"),
        currencies=(("EUR", 10),),
        vat_rates=("21", "21", "9", "0"),
        country="NL",
        symbol_position="before",
    )
)

_add(
    LocaleSpec(
        code="it-IT",
        babel="it_IT",
        labels={
            "invoice": _l("Fattura", "FATTURA"),
            "credit_note": _l("Nota di credito", "NOTA DI CREDITO"),
            "receipt": _l("Scontrino", "Ricevuta"),
            "invoice_number": _l("Fattura n.", "Numero fattura", "N. fattura"),
            "credit_number": _l(
                "Nota di credito n.",
            ),
            "invoice_date": _l("Data fattura", "Data", "Data emissione"),
            "due_date": _l("Scadenza", "Data scadenza"),
            "customer": _l("Cliente", "Spett.le", "Destinatario"),
            "customer_number": _l("Cod. cliente", "Codice cliente"),
            "po": _l("Vs. ordine", "Rif. ordine"),
            "description": _l("Descrizione", "Articolo"),
            "quantity": _l("Q.tà", "Quantità"),
            "unit_price": _l("Prezzo unit.", "Prezzo"),
            "line_amount": _l("Importo", "Totale"),
            "subtotal": _l(
                "Subtotale",
            ),
            "net": _l("Imponibile", "Totale imponibile", "Totale netto"),
            "discount": _l(
                "Sconto",
            ),
            "shipping": _l("Spese di spedizione", "Trasporto"),
            "vat": _l("IVA", "IVA"),
            "total": _l("Totale", "Totale fattura", "Totale documento", "Netto a pagare"),
            "vat_id": _l("P. IVA", "Partita IVA"),
            "iban": _l(
                "IBAN",
            ),
            "bic": _l("BIC", "SWIFT"),
            "page": _l("Pagina", "Pag."),
            "of": _l(
                "di",
            ),
            "continued": _l(
                "segue alla pagina successiva",
            ),
            "thanks": _l("Grazie per la fiducia.", "Grazie per l'acquisto!"),
            "terms": _l("Pagamento a {days} giorni d.f.", "Bonifico a {days} giorni."),
            "phone": _l("Tel.", "Telefono"),
            "reverse_charge": _l(
                "Inversione contabile.",
            ),
        },
        numeric_dates=("dd/MM/yyyy", "dd/MM/yyyy", "dd-MM-yyyy"),
        month_dates=("d MMMM yyyy", "d MMM yyyy"),
        currencies=(("EUR", 10),),
        vat_rates=("22", "22", "10", "4", "0"),
        country="IT",
    )
)


def money(spec: LocaleSpec, value: Decimal, currency: str, mode: str) -> str:
    """An amount with its currency as printed: ``$1,234.56``, ``1.234,56 €``, ``1 234,56 SEK``.

    ``mode`` "symbol" uses the symbol in the locale's position; "code" puts the ISO code after
    the number (before it in English), which is how most invoicing software prints it.
    """
    number = spec.number(value)
    if mode == "symbol":
        symbol = CURRENCY_SYMBOLS.get(currency, currency)
        if spec.symbol_position == "before":
            sep = " " if spec.symbol_space else ""
            if number.startswith("-"):
                return f"-{symbol}{sep}{number[1:]}"
            return f"{symbol}{sep}{number}"
        return f"{number} {symbol}"
    if spec.code.startswith("en"):
        return f"{currency} {number}"
    return f"{number} {currency}"
