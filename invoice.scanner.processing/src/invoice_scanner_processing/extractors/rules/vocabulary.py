"""The label vocabulary: what invoices in en/de/fr/sv/es/nl/it (plus da/nb/pt basics) call
each field (data only; matching is in :mod:`.lexicon` and :mod:`.labels`).

Labels are matched on a *compact* form (lowercase, accents removed, only letters and digits),
so ``Rechnungs-Nr.:``, ``Rechnungsnr`` and ``RECHNUNGS NR`` are one label, and OCR output
that dropped spaces (``InvoiceNo:INV-1``) still matches. When several labels match at one
position the longest wins, which is how ``Total excl. VAT`` beats ``Total`` and ``Customer
No.`` beats ``No.``. Fields whose name starts with ``_`` are labels we recognise only so that
their values are *not* taken for something else (customer number, order date, phone...).
"""

from __future__ import annotations

LABELS: dict[str, list[str]] = {
    "invoice_number": [
        # en
        "invoice number", "invoice no", "invoice nr", "invoice num", "invoice #", "invoice id",
        "invoice ref", "invoice reference", "inv no", "inv #", "bill number", "bill no",
        "credit note number", "credit note no", "credit memo number", "credit memo no",
        "document number", "document no", "tax invoice no", "tax invoice number", "number",
        # de
        "rechnungsnummer", "rechnungs nr", "rechnung nr", "rechnungs-nr", "re nr", "re-nr",
        "rechnungsnr", "belegnummer", "beleg nr", "gutschriftsnummer", "gutschrift nr",
        "nummer",
        # fr
        "numero de facture", "n de facture", "facture n", "facture no", "facture numero",
        "n facture", "no facture", "numero facture", "ref facture", "reference facture",
        "reference de la facture", "facture ref", "numero d avoir", "avoir n", "avoir no",
        "n d avoir", "n de l avoir",
        # sv / da / nb
        "fakturanummer", "fakturanr", "faktura nr", "fakturanr.", "kreditfakturanummer",
        "kreditfakturanr", "kreditfaktura nr", "fakturanummer ocr",
        "kreditnota nr", "fakturanummer/ocr",
        # es
        "numero de factura", "n de factura", "no de factura", "factura n", "factura no",
        "factura numero", "num factura", "n factura", "nro factura", "factura nro",
        "numero factura", "numero de la factura", "rectificativa n",
        # nl
        "factuurnummer", "factuur nr", "factuurnr", "factuur nummer", "creditnota nummer",
        "creditnotanummer",
        # it
        "numero fattura", "fattura n", "fattura nr", "n fattura", "nr fattura",
        "fattura numero", "numero documento", "nota di credito n", "numero nota di credito",
        # pt
        "fatura n", "numero da fatura",
        # pt-BR: a service invoice (NFS-e) is a "nota"
        "numero da nota", "numero da nota fiscal", "n da nota", "nota fiscal n",
        "numero da nfs-e", "numero nfs-e", "nfs-e n", "n da nfs-e",
        # pl
        "numer faktury", "faktura vat nr", "nr faktury",
        # restaurant checks ("Check #4471"); "check no" is left out, it names a payment
        "check #", "guest check",
    ],
    "invoice_date": [
        "invoice date", "date of invoice", "date of issue", "issue date", "issued on", "issued",
        "date issued", "bill date", "billing date", "tax point", "document date",
        "credit note date", "date",
        "rechnungsdatum", "datum der rechnung", "ausstellungsdatum", "belegdatum",
        "gutschriftsdatum", "datum", "rechnungsdatum/leistungsdatum",
        "date de facture", "date de facturation", "date facture", "date d emission",
        "date de l avoir", "le", "emise le", "emis le", "etablie le", "fait le",
        "fakturadatum", "faktureringsdatum", "utfardandedatum", "fakturadato", "dato",
        "fecha de factura", "fecha factura", "fecha de emision", "fecha de expedicion",
        "fecha",
        "factuurdatum", "datum factuur", "factuur datum",
        "data fattura", "data della fattura", "data di emissione", "data documento", "data",
        "data da fatura", "data de emissao",
        "data wystawienia", "date paid", "credit date", "credit memo date",
    ],
    "due_date": [
        "due date", "payment due", "due", "due by", "payment date", "pay by", "payable by",
        "date due", "payment due date", "please pay by", "due on",
        "falligkeitsdatum", "fallig am", "fallig", "zahlbar bis", "zahlungsziel", "zahlbar am",
        "falligkeit", "zahlungsfrist", "bitte zahlen bis",
        "date d echeance", "echeance", "date limite de paiement", "a payer avant le",
        "payable avant le", "date de paiement", "a regler avant le", "payable le",
        "forfallodatum", "forfallodag", "forfaller", "betalas senast", "att betala senast",
        "betala senast", "forfaller till betalning", "sista betaldag", "sista betalningsdag",
        "forfaldsdato", "forfallsdato", "betalingsfrist", "betalingsdato",
        "sidste betalingsdato", "sidste rettidige betalingsdato", "betales senest",
        "fecha de vencimiento", "vencimiento", "fecha vencimiento", "fecha de pago",
        "pagar antes de",
        "vervaldatum", "vervaldag", "te betalen voor", "uiterste betaaldatum", "betalen voor",
        "data di scadenza", "scadenza", "data scadenza", "scadenza pagamento",
        "data de vencimento", "vencimento",
        "termin platnosci", "termin zaplaty",
        # "Amount due by 15 Apr 2024": the date after the label, the amount beside it
        "amount due by", "total due by", "balance due by", "amount due on",
    ],
    "net": [
        "subtotal", "sub total", "sub-total", "net", "net amount", "net total", "total net",
        "total excl vat", "total excluding vat", "total excl tax", "total before tax",
        "amount excl vat", "amount before tax", "total ex vat", "net value", "subtotal excl vat",
        "total (excl. vat)", "taxable amount", "total without vat", "amount excluding vat",
        "goods total",
        "zwischensumme", "nettobetrag", "netto", "summe netto", "gesamt netto", "nettosumme",
        "rechnungsbetrag netto", "summe", "warenwert", "gesamtbetrag netto", "netto gesamt",
        "total ht", "montant ht", "sous-total", "sous total", "total hors taxes", "hors taxes",
        "ht", "base ht", "montant hors taxes", "net a payer ht", "total net ht",
        "delsumma", "netto belopp", "nettobelopp", "summa exkl moms", "belopp exkl moms",
        "exkl moms", "summa netto", "totalt exkl moms", "netto exkl moms",
        "subtotal sin iva", "base imponible", "base", "importe neto", "total sin iva", "neto",
        "suma", "importe sin iva",
        "subtotaal", "totaal excl btw", "totaal exclusief btw", "netto bedrag", "bedrag excl btw",
        "excl btw", "totaal excl. btw",
        "imponibile", "totale imponibile", "subtotale", "totale netto", "importo netto",
        "totale senza iva", "imponibile totale",
        "total iliquido", "valor iliquido",
        "wartosc netto", "razem netto", "taxable value", "total taxable value",
        "charges before vat", "total exkl mwst",
    ],
    "vat": [
        "vat", "tax", "sales tax", "vat amount", "total vat", "tax amount", "gst", "hst",
        "vat total", "total tax", "plus vat", "value added tax",
        "mwst", "mehrwertsteuer", "umsatzsteuer", "ust", "zzgl mwst", "zzgl ust",
        "mwst betrag", "mwst-betrag", "ust betrag", "summe mwst", "enthaltene mwst",
        "tva", "montant tva", "total tva", "t v a",
        "moms", "momsbelopp", "summa moms", "total moms", "mva", "merverdiavgift",
        "iva", "importe iva", "cuota iva", "total iva", "impuesto",
        "btw", "btw bedrag", "totaal btw", "bedrag btw",
        "totale iva", "importo iva", "imposta",
        "kwota vat", "razem vat",
        # India: central, state, integrated and union-territory GST
        "cgst", "sgst", "igst", "utgst",
    ],
    "total": [
        "total", "grand total", "invoice total", "total amount", "total incl vat",
        "total including vat", "total inc vat", "amount", "total due", "total (incl. vat)",
        "total gross", "gross total", "gross amount", "total invoice amount", "invoice amount",
        "total to pay", "total payable", "total eur", "total usd", "total gbp", "total sek",
        "total with vat", "total credit",
        "gesamtbetrag", "gesamt", "rechnungsbetrag", "bruttobetrag", "gesamtsumme", "endbetrag",
        "summe brutto", "brutto", "gesamtbetrag brutto", "rechnungsbetrag brutto",
        "gesamt brutto", "gutschriftsbetrag", "zu zahlen", "zahlbetrag",
        # Switzerland's "Rechnungstotal CHF" (not "Gesamttotal": a statement's sum of open
        # items, "Gesamttotal offene Posten"; "Rechnungstotal exkl. MWST" is the net).
        "rechnungstotal",
        "total ttc", "montant ttc", "net a payer", "montant total", "total a payer", "ttc",
        "total general", "montant total ttc",
        "totalt", "summa", "att betala", "totalbelopp", "summa att betala", "totalt inkl moms",
        "belopp att betala", "summa inkl moms", "att erhalla", "i alt", "totalt a betale",
        "a betale", "total inkl moms",
        "importe total", "total factura", "total a pagar", "importe", "total con iva",
        "total (iva incluido)",
        "totaal", "totaalbedrag", "totaal incl btw", "te betalen", "totaal inclusief btw",
        "bedrag incl btw", "totaal te betalen", "factuurbedrag",
        "totale", "totale fattura", "totale documento", "importo totale", "totale da pagare",
        "totale ivato", "netto a pagare", "importo",
        "total a pagar",
        "amount paid", "total paid", "do zaplaty", "razem do zaplaty", "wartosc brutto",
        "razem brutto", "total invoice value", "invoice value", "total inkl mwst",
    ],
    "amount_due": [
        "amount due", "balance due", "amount payable", "balance", "please pay", "amount to pay",
        "offener betrag", "restbetrag", "zu zahlender betrag", "noch zu zahlen",
        "reste a payer", "solde", "solde du", "montant du",
        "att betala totalt", "kvar att betala", "saldo", "importe adeudado", "saldo pendiente",
        "openstaand bedrag", "nog te betalen", "saldo dovuto", "importo dovuto",
        "amount due by", "total due by", "balance due by", "amount due on",
    ],
    "discount": [
        "discount", "rebate", "less discount", "rabatt", "nachlass", "skonto", "remise",
        "rabais", "escompte", "descuento", "korting", "sconto", "avdrag",
    ],
    "shipping": [
        "shipping", "freight", "delivery", "shipping and handling", "postage", "carriage",
        "versand", "versandkosten", "fracht", "porto", "lieferkosten", "frais de port",
        "livraison", "frais de livraison", "transport", "frakt", "fraktavgift", "porto",
        "envio", "gastos de envio", "portes", "verzendkosten", "verzending", "spedizione",
        "spese di spedizione", "trasporto",
    ],
    # Added to the net, like shipping, when the total is checked: "Tip 18%  17.01".
    "_tip": ["tip", "gratuity", "trinkgeld", "pourboire", "propina", "fooi", "mancia",
             "dricks", "drikkepenge"],
    "currency": ["currency", "wahrung", "devise", "monnaie", "valuta", "moneda", "divisa"],
    "customer": [
        "bill to", "billed to", "invoice to", "sold to", "customer", "client", "ship to",
        "deliver to", "buyer", "invoiced to", "to",
        "rechnungsempfanger", "rechnung an", "kunde", "leistungsempfanger", "rechnungsadresse",
        "kaufer", "kaufer/leistungsempfanger",
        "lieferadresse", "empfanger",
        "auftraggeber", "an",
        "facture a", "factura a", "facture adressee a", "factuur aan", "fattura a", "client",
        "destinataire", "adresse de facturation",
        "acheteur",
        "kund", "faktureringsadress", "fakturamottagare", "kunde", "mottagare", "kopare",
        "cliente", "facturar a", "datos del cliente", "comprador",
        "klant", "factuuradres", "afnemer", "koper", "gefactureerd aan",
        "spett le", "spettabile", "destinatario", "intestatario", "committente",
        "cessionario", "cessionario committente",
        "nabywca", "odbiorca", "exmo s sr s",
        "tomador", "tomador de servicos", "tomador do servico",
    ],
    "vendor": [
        "from", "seller", "supplier", "vendor", "issued by", "sold by", "issuer",
        "lieferant", "verkaufer", "rechnungssteller", "rechnungsersteller", "absender",
        "fournisseur", "vendeur", "emetteur",
        "leverantor", "saljare", "avsandare",
        "proveedor", "vendedor", "emisor",
        "leverancier", "verkoper", "afzender",
        "fornitore", "venditore", "cedente", "cedente prestatore",
        "prestador", "prestador de servicos", "prestador do servico",
        "sprzedawca", "wystawca",
        # "Receipt from Lumen Labs, Inc.": the name after the title
        "receipt from", "invoice from", "bill from",
    ],
    "vat_id": [
        "vat id", "vat no", "vat number", "vat reg no", "vat registration number", "vat reg",
        "tax id", "vat", "gst no", "gst number", "ein", "tax number", "vat registration no",
        "ust-idnr", "ust idnr", "ust-id", "ust id", "ust-id-nr", "umsatzsteuer-id",
        "umsatzsteuer-identifikationsnummer", "ustidnr", "steuernummer", "st-nr", "steuer-nr",
        "uid", "uid nr", "mwst-nr", "mwst nr",
        "n tva", "tva intracommunautaire", "n tva intracommunautaire", "numero de tva",
        "tva intracom", "siret", "siren",
        "momsregistreringsnummer", "momsreg nr", "momsregnr", "vat-nr", "momsnr", "org nr",
        "organisationsnummer", "mva nr", "cvr", "cvr nr",
        "nif", "cif", "nif/cif", "n iva", "nie",
        "btw-nummer", "btw nummer", "btw nr", "btw-nr", "btw id", "kvk",
        "partita iva", "p iva", "p.iva", "codice fiscale", "c f",
    ],
    "iban": ["iban"],
    "bic": ["bic", "swift", "bic/swift", "swift/bic", "swift code", "bic code"],
    "po": [
        "po", "po number", "po no", "purchase order", "purchase order number", "order number",
        "order no", "your order", "your reference", "p o", "order ref", "customer po",
        "bestellnummer", "bestell-nr", "bestellung", "ihre bestellung", "auftragsnummer",
        "auftrag nr", "ihre referenz", "bestellnr",
        "bon de commande", "commande n", "n de commande", "numero de commande", "votre commande",
        "votre reference",
        "bestallningsnummer", "ordernummer", "order nr", "er referens", "inkopsorder",
        "ert ordernr",
        "pedido", "n de pedido", "numero de pedido", "orden de compra", "su referencia",
        "inkooporder", "bestelnummer", "uw referentie", "inkoopordernummer", "ordernr",
        "ordine", "numero ordine", "ordine n", "ordine di acquisto", "vs riferimento",
    ],
    "payment_terms": [
        "payment terms", "terms", "terms of payment", "payment conditions",
        "zahlungsbedingungen", "zahlungsbedingung", "zahlungskonditionen",
        "conditions de paiement", "modalites de paiement", "conditions de reglement",
        "betalningsvillkor", "betalingsbetingelser", "betalingsvilkar",
        "condiciones de pago", "forma de pago", "terminos de pago",
        "betalingsvoorwaarden", "betalingstermijn", "betaalvoorwaarden",
        "condizioni di pagamento", "termini di pagamento", "modalita di pagamento",
    ],
    # Recognised so their values are not taken for another field.
    "_customer_number": [
        "customer number", "customer no", "customer id", "account number", "account no",
        "client number", "client no", "customer ref", "kundennummer", "kunden-nr", "kundennr",
        "kunden nr", "n client", "numero client", "code client", "kundnummer", "kundnr",
        "kund nr", "numero de cliente", "n de cliente", "cliente n", "klantnummer", "klantnr",
        "codice cliente", "cod cliente", "cod. cliente", "cliente n", "kontonummer", "account",
        "konto",
    ],
    "_other_date": [
        "order date", "delivery date", "date of supply", "service date", "ship date",
        "shipping date", "period", "service period", "leistungsdatum", "lieferdatum",
        "bestelldatum", "leistungszeitraum", "date de livraison", "date de commande",
        "leveransdatum", "orderdatum", "leveringsdatum", "fecha de entrega", "fecha de pedido",
        "data di consegna", "data ordine", "printed", "page",
        "data sprzedazy", "billing period", "arrival", "departure", "anreise", "abreise",
        "arrivee", "depart", "llegada", "salida",
    ],
    "_contact": [
        "phone", "tel", "telephone", "fax", "email", "e-mail", "mobile", "web", "website",
        "telefon", "handy", "telefono", "telefoon", "www",
        "bankgiro", "plusgiro", "bank", "bankverbindung", "account holder", "kontoinhaber",
        "sort code", "blz", "reg no", "registration no", "company no", "company number",
        "handelsregister", "hrb", "amtsgericht", "geschaftsfuhrer", "registered office",
        "ocr", "referens", "reference", "referenz", "ref",
        "miejsce wystawienia", "place of supply",
    ],
    # Another document's number and date, cited by this one: never this one's.
    "_reference": [
        "proforma invoice no", "proforma invoice number", "pro forma invoice no",
        "proforma no", "proforma number", "proforma date", "proforma invoice date",
        "original invoice", "original invoice no", "original invoice number",
        "original invoice date", "applies to invoice", "applies to invoice #",
        "reference invoice", "related invoice", "corrected invoice",
        "ursprungliche rechnung", "zu rechnung", "facture d origine", "facture initiale",
        "factura original", "factura rectificada", "oorspronkelijke factuur",
        "fattura di riferimento", "fattura originale",
    ],
    "_rate": ["vat rate", "tax rate", "rate", "steuersatz", "taux", "momssats", "tipo iva",
              "aliquota", "btw tarief", "tarief", "mwst-satz", "ust-satz", "tipo"],
}  # fmt: skip

# Document titles followed by a number word ("Creditnota nr.", "Gutschrift Nr", "Avoir n°")
# are invoice-number labels in every language; spelled out here once instead of per language.
_DOC_WORDS = (
    "invoice", "credit note", "credit memo", "rechnung", "gutschrift", "facture", "avoir",
    "faktura", "kreditfaktura", "factura", "factura rectificativa", "rectificativa", "abono",
    "factuur",
    "creditnota", "creditfactuur", "fattura", "nota di credito", "kreditnota", "receipt",
    "quittung", "ticket", "beleg", "kvitto", "recibo", "bon", "ricevuta",
)  # fmt: skip
_NUMBER_WORDS = ("nr", "no", "n", "number", "nummer", "numero", "num", "#", "nro", "ref", "id")
LABELS["invoice_number"].extend(f"{d} {n}" for d in _DOC_WORDS for n in _NUMBER_WORDS)
LABELS["invoice_number"].extend(f"{n} {d}" for d in _DOC_WORDS for n in _NUMBER_WORDS)
LABELS["net"].extend(["net ht", "montant net ht", "total net"])
LABELS["net"].extend(
    ["rechnungstotal exkl mwst", "rechnungstotal exkl", "rechnungstotal netto",
     "rechnungstotal ohne mwst"]
)  # fmt: skip
# Norwegian and Danish, beyond the seven required languages.
LABELS["net"].extend(
    ["sum eks mva", "sum ekskl mva", "belop eks mva", "i alt ekskl moms", "subtotal",
     "varer i alt ekskl moms", "varer ekskl moms", "belob ekskl moms", "total ekskl moms"]
)  # fmt: skip
LABELS["vat"].extend(["mva", "moms 25%", "merverdiavgift"])
# Finnish and Czech, and wording from North American, Mexican, Japanese and UK bills and
# statements that the seven main languages' lists miss.
LABELS["invoice_number"].extend(
    [
        "laskun numero", "laskunumero", "laskun nro", "lasku nro", "lasku nr",
        "cislo faktury", "faktura cislo", "cislo dokladu", "danovy doklad c", "faktura c",
        "statement #", "statement number", "statement no", "folio",
    ]
)  # fmt: skip
LABELS["invoice_date"].extend(
    [
        "paivamaara", "laskun paivamaara", "laskutuspaiva", "laskun pvm", "pvm",
        "datum vystaveni", "datum vyst", "statement date",
    ]
)  # fmt: skip
LABELS["due_date"].extend(
    ["erapaiva", "datum splatnosti", "splatnost", "final date for payment", "payment due by"]
)
LABELS["net"].extend(
    ["veroton yhteensa", "veroton", "yhteensa veroton", "zaklad dane", "celkem bez dph",
     "merchandise", "merchandise total", "total before vat"]
)  # fmt: skip
LABELS["vat"].extend(
    ["alv", "alv yhteensa", "dph", "pst", "qst", "tps", "tvq", "consumption tax",
     "iva trasladado",
     # Peru's general sales tax (IGV)
     "igv", "i g v", "total igv"]
)  # fmt: skip
LABELS["total"].extend(
    ["yhteensa", "maksettava", "celkem k uhrade", "celkem", "k uhrade", "invoice total"]
)
# Icelandic (folded: "Þar af VSK" is "tharafvsk", "til greiðslu" "tilgreidslu"), and a
# receipt's own number on Czech, Icelandic and Colombian tills ("ÚČTENKA č. 2026/014822",
# "Kvittun nr. 88213", "Documento equivalente POS No. LC-88104").
LABELS["invoice_number"].extend(
    [
        "kvittun nr", "kvittun numer", "reikningur nr", "reikningsnumer", "uctenka c",
        "uctenka cislo", "cislo uctenky", "documento equivalente no",
        "documento equivalente pos no", "documento equivalente n",
    ]
)  # fmt: skip
LABELS["invoice_date"].extend(["dags", "dagsetning", "reikningsdagur"])
LABELS["due_date"].extend(["gjalddagi", "eindagi"])
LABELS["net"].extend(["an vsk", "upphaed an vsk", "samtals an vsk"])
LABELS["vat"].extend(["vsk", "thar af vsk", "virdisaukaskattur"])
LABELS["vat_id"].extend(["vsk nr", "vsk numer", "vsk-nr", "kennitala", "kt"])
LABELS["total"].extend(["samtals", "til greidslu", "samtals til greidslu", "heildarupphaed"])
LABELS["_customer_number"].extend(["asiakasnumero", "variabilni symbol"])
LABELS["vendor"].extend(["remit to", "remit payment to", "please remit to", "dodavatel", "myyja"])
LABELS["customer"].extend(["odberatel", "ostaja", "laskutusosoite"])

#: Words of a till's payment and change lines ("KONTANT 100,00", "CB SANS CONTACT",
#: "Troco"): a line made only of them names no seller.
PAYMENT_WORDS = (
    "cash", "kontant", "kontanter", "kontantbetaling", "bar", "bargeld", "barzahlung",
    "especes", "efectivo", "contanti", "contante", "numerario", "dinheiro", "contant",
    "kateinen", "gotowka", "hotovost", "card", "credit card", "debit card", "kort", "kortti",
    "pankkikortti", "karte", "ec karte", "ec-karte", "girocard", "carte", "carte bancaire",
    "cb", "tarjeta", "carta", "cartao", "pinnen", "pin", "visa", "mastercard", "maestro",
    "amex", "contactless", "sans contact", "kontaktlos", "change", "wechselgeld", "ruckgeld",
    "retour", "retur", "cambio", "resto", "troco", "rendu", "vaihtoraha", "wisselgeld",
    "vaxel", "byttepenge", "paid", "betaald", "bezahlt", "betalt", "pagato", "pagado",
)  # fmt: skip

#: Kinds of shop, printed on a line of their own above or below a till's name
#: ("BOULANGERIE PATISSERIE" / "LEMAIRE", "HARBOURSIDE" / "SERVICE STATION"): part of the
#: trade name.
TRADE_WORDS: tuple[str, ...] = (
    "bakery", "baker", "boulangerie", "patisserie", "backerei", "baeckerei", "konditorei",
    "bakkerij", "panaderia", "pasteleria", "panetteria", "pasticceria", "padaria",
    "pastelaria", "leipomo", "bageri", "supermarket", "supermarkt", "buurtsuper", "super",
    "supermercado", "supermercato", "supermarche", "market", "markt", "marche", "mercado",
    "mercato", "minimarket", "grocery", "grocer", "epicerie", "alimentari", "mercearia",
    "lahikauppa", "kauppa", "kiosk", "kiosque", "kiosko", "chiosco", "service station",
    "petrol station", "filling station", "gas station", "tankstelle", "station service",
    "gasolinera", "distributore", "posto de combustivel", "cafe", "caffe", "coffee", "bar",
    "restaurant", "restaurante", "ristorante", "bistro", "brasserie", "trattoria",
    "osteria", "pizzeria", "taverna", "deli", "pharmacy", "apotheke", "pharmacie",
    "farmacia", "apotek", "apteekki", "butcher", "metzgerei", "boucherie", "carniceria",
    "macelleria", "slagerij", "fishmonger", "florist", "fleuriste", "blumen",
)  # fmt: skip

#: How a till's operator line starts: "Inh. Lena Brandt e.K.", "di Rossi Marco & C. S.n.c.",
#: "Prop. J. Smith": the owner under the shop's name, not the name a person keys in.
OPERATOR_MARKERS = (
    "inh.", "inhaber", "inhaberin", "prop.", "proprietor", "proprietaire", "exploite par",
    "titolare", "gestito da", "eigenaar", "operated by", "v/", "innehavare", "omistaja",
)  # fmt: skip

#: Words that state VAT as included in a price ("Includes 19% VAT", "inkl. 19 % MwSt.").
INCLUSIVE_VAT_WORDS: tuple[str, ...] = (
    "includes", "including", "incl", "inc", "inkl", "enthaltene", "darin enthalten", "dont",
    "y compris", "incluido", "incluye", "inclusief", "incl.", "di cui", "varav", "heraf",
)  # fmt: skip
#: The taxes' short names that labels build on ("incl. 19% MwSt", "GST included", "davon USt").
TAX_WORDS: tuple[str, ...] = (
    "vat", "tax", "gst", "mwst", "ust", "tva", "iva", "btw", "moms", "mva", "alv",
)  # fmt: skip
_VAT_RATES = ("5", "5.5", "6", "7", "7.7", "8", "8.1", "9", "10", "12", "13", "14", "15",
              "16", "17", "19", "20", "21", "22", "23", "24", "25", "25.5")  # fmt: skip
LABELS["vat"].extend(
    f"{word} {rate}% {tax}" if rate else f"{word} {tax}"
    for word in INCLUSIVE_VAT_WORDS
    for tax in TAX_WORDS
    for rate in (*_VAT_RATES, "")
)

# The CFDI's "Folio fiscal" is the tax authority's UUID, not the invoice's folio.
LABELS["_reference"].extend(["folio fiscal", "folio fiscal uuid", "uuid"])
LABELS["total"].extend(
    ["a betale", "sum a betale", "totalt inkl mva", "at betale", "i alt inkl moms"]
)

# Totals blocks of e-invoice viewers and German ERP print-outs ("Rechnungssumme ohne USt.",
# "Steuerbetrag", "Bruttosumme"), and the allowance / charge / prepayment lines beside them,
# which are recognised so that their amounts are not read as the total.
LABELS["net"].extend(
    [
        "rechnungssumme ohne ust",
        "summe ohne ust",
        "betrag ohne ust",
        "gesamtbetrag ohne ust",
        "summe ohne mwst",
        "betrag ohne mwst",
        "total sans tva",
        "total hors taxes",
        "total excluding tax",
        "amount excluding tax",
        "invoice total without vat",
        "total without vat",
        "sum of invoice lines",
    ]
)
LABELS["vat"].extend(
    [
        "steuerbetrag",
        "umsatzsteuerbetrag",
        "steuerbetrag gesamt",
        "total taxes",
        "taxes",
        "total tva",
        "montant tva",
        "total tax amount",
        "invoice total vat amount",
        "total vat amount",
        "tax total",
    ]
)
LABELS["total"].extend(
    [
        "bruttosumme",
        "rechnungssumme",
        "rechnungssumme brutto",
        "summe inkl ust",
        "gesamtsumme brutto",
        "invoice total with vat",
        "total with tax",
        "total ttc net",
    ]
)
LABELS["amount_due"].extend(["zahlbetrag", "faelliger betrag", "falliger betrag"])
LABELS["total"].remove("zahlbetrag")
LABELS["discount"].extend(
    [
        "gesamtbetrag der abschlage",
        "summe der abschlage",
        "abschlage",
        "abschlag",
        "sum of allowances",
        "total allowances",
    ]
)
LABELS["_charges"] = [
    "gesamtbetrag der zuschlage",
    "summe der zuschlage",
    "zuschlage",
    "sum of charges",
    "total charges",
]
LABELS["_prepaid"] = [
    "erhaltene anzahlungen",
    "anzahlung",
    "anzahlungen",
    "bereits gezahlt",
    "paid amount",
    "prepaid amount",
    "acompte",
    "acomptes",
    "deja paye",
    "amount paid in advance",
]
LABELS["_line_sum"] = ["positionssumme", "summe positionen", "total lignes"]

# Receipts: the rounding line, counted items, and the numbers tills print for the sale.
LABELS["_rounding"] = [
    "rounding",
    "rounding adj",
    "rounding adjustment",
    "round off",
    "round-off",
    "roundoff",
    "rundung",
    "rundungsdifferenz",
    "arrondi",
    "afronding",
    "redondeo",
    "arrotondamento",
    "avrundning",
    "oresavrundning",
    "afrunding",
    "pyoristys",
    "zaokrouhleni",
]
LABELS["_count"] = [
    "total qty",
    "total quantity",
    "total items",
    "items sold",
    "no of items",
    "item count",
    "# items sold",
    "anzahl artikel",
    "artikelanzahl",
    "nombre d articles",
    "articles",
    "aantal artikelen",
    "antal varor",
    "num articulos",
    "totale pezzi",
]
LABELS["invoice_number"].extend(
    [
        "trn",
        "trans",
        # "Tran" alone is a Vietnamese family name (Trần): only with its number sign
        "tran #",
        "tran no",
        "trans #",
        "trans no",
        "transaction",
        "transaction no",
        "transaction #",
        "transaction number",
        "txn",
        "txn no",
        "rcpt",
        "rcpt no",
        "rcpt #",
        "receipt no",
        "receipt #",
        "receipt number",
        # A sales slip's own number ("Slip No: 21-004532", South Africa, Australia).
        "slip no",
        "slip #",
        "slip number",
        "bon nr",
        "bon-nr",
        "bonnr",
        "bon no",
        "beleg-nr",
        "belegnr",
        "ticket no",
        "ticket nr",
        "ticket n",
        "ticket #",
        "n ticket",
        "nr paragonu",
        "doc n",
        "doc nr",
        "doc no",
        "documento n",
        "n documento",
        "bill no",
        "cash bill no",
        "sale no",
        "sales no",
        "kvittonr",
        "kvitto nr",
        "kassenbon nr",
        "numero ticket",
        "n de ticket",
    ]
)

#: Table header words, by column role.
COLUMNS: dict[str, list[str]] = {
    "description": [
        "description", "item", "items", "product", "service", "details", "article",
        "item description", "product description", "particulars",
        "beschreibung", "bezeichnung", "artikel", "leistung", "artikelbezeichnung", "position",
        "designation", "libelle", "produit", "prestation", "article",
        "beskrivning", "benamning", "artikel", "produkt", "tjanst", "specifikation",
        "descripcion", "concepto", "articulo", "producto",
        "omschrijving", "artikel", "beschrijving", "product",
        "descrizione", "articolo", "prodotto", "servizio", "beskrivelse", "varebeskrivelse",
    ],
    "quantity": [
        "qty", "quantity", "qnty", "units", "hours", "hrs",
        "menge", "anzahl", "anz", "stk", "stuck",
        "qte", "quantite", "qt",
        "antal", "ant", "kvantitet", "antall",
        "cantidad", "cant", "uds", "unidades",
        "aantal", "hoeveelheid",
        "quantita", "qta", "q ta",
    ],
    "unit_price": [
        "unit price", "price", "rate", "unit cost", "price per unit", "unit rate", "each",
        "price/unit", "unit price excl vat",
        "einzelpreis", "preis", "e-preis", "stuckpreis", "ep", "preis/einheit",
        "einzelpreis netto",
        "prix unitaire", "pu", "prix", "p u", "prix unitaire ht", "pu ht",
        "a-pris", "apris", "pris", "styckpris", "enhetspris", "a pris",
        "precio unitario", "precio", "precio/ud", "p unit", "pvp",
        "prijs", "stukprijs", "eenheidsprijs", "prijs per stuk",
        "prezzo unitario", "prezzo", "prezzo unit",
    ],
    "amount": [
        "amount", "total", "line total", "net", "net amount", "sum", "value", "subtotal",
        "betrag", "gesamt", "summe", "gesamtpreis", "netto", "gesamtbetrag",
        "montant", "total ht", "montant ht", "prix total",
        "belopp", "summa", "totalt", "belopp exkl moms",
        "importe", "total", "subtotal",
        "bedrag", "totaal", "subtotaal",
        "importo", "totale", "imponibile",
    ],
    "position": ["pos", "#", "item no", "nr", "no", "line", "art nr", "art-nr", "artikelnummer",
                 "sku", "code", "ref", "reference", "referens", "artnr", "rif", "codigo", "codice"],
    "unit": ["unit", "uom", "einheit", "ME", "unite", "enhet", "unidad", "eenheid", "unita"],
    "tax_rate": ["vat %", "tax %", "vat", "mwst", "ust", "tva", "moms", "iva", "btw", "vat rate",
                 "tax", "mwst %", "steuer", "tax rate", "%"],
}  # fmt: skip

# Tax, tip and rounding words of receipts and invoices from further markets (Czech, Polish,
# Italian SdI summaries, Malaysian SST, Japanese bills in English), and the totals that state
# the tax as included ("Total (tax incl.)"), which "total tax" would otherwise take for the tax.
LABELS["vat"].extend(
    [
        "dph celkem", "celkem dph", "ptu", "suma ptu", "kwota ptu", "totale imposta",
        "imposta totale", "service tax", "sst", "sales and service tax",
    ]
)  # fmt: skip
LABELS["total"].extend(
    [
        "suma pln", "total tax incl", "total (tax incl.)", "total incl tax",
        "total including tax", "total tax included", "total tax inclusive", "amount billed",
    ]
)  # fmt: skip
LABELS["_tip"].extend(["spropitne", "napiwek", "gorjeta", "service tip"])
LABELS["_rounding"].extend(["zaokrouhleni", "zaokraglenie"])
#: Amounts withheld from the payable by the buyer for the tax office (Spain's IRPF, Italy's
#: ritenuta d'acconto, Portugal's IRS withholding): the total payable is less by them.
LABELS["_withheld"] = [
    "retencion", "retencion irpf", "irpf", "ritenuta", "ritenuta d acconto",
    "ritenuta di acconto", "retencao", "retencao irs", "retencao na fonte", "withholding",
    "withholding tax", "tax withheld", "less withholding tax",
]  # fmt: skip
#: A service charge a restaurant adds to the food before the tax ("10% Svc Chg"): part of the net.
LABELS["_service"] = [
    "service charge", "svc chg", "svc charge", "service chg", "serv chg", "serv charge",
]  # fmt: skip

# --- money4: tax, total and tendered words of further countries (Latin America, Africa,
# Turkey, Romania, Hungary, Greece, South-East Asia). Kept in one block to ease merging. ---
LABELS["vat"].extend(
    [
        "kdv", "kdv tutari", "hesaplanan kdv", "toplam kdv", "top kdv", "topkdv",
        "afa", "afa osszesen", "afa ertek", "osszes afa",
        "ppn", "pajak", "thue gtgt", "tien thue gtgt", "thue", "gtgt", "tien thue",
        "φπα", "ποσο φπα", "συνολο φπα", "fpa", "consumption tax", "tva total",
        "total tva", "valoare tva",
    ]
)  # fmt: skip
LABELS["net"].extend(
    [
        "kdv haric", "ara toplam", "matrah", "afa nelkul", "netto osszesen", "netto ertek",
        "osszes netto", "dpp", "dasar pengenaan pajak", "cong tien hang", "tien hang",
        "thanh tien truoc thue", "tien truoc thue", "καθαρη αξια", "συνολο καθαρης αξιας",
        "total fara tva", "valoare fara tva", "baza impozabila", "importe neto gravado",
    ]
)  # fmt: skip
LABELS["total"].extend(
    [
        "toplam", "genel toplam", "odenecek tutar", "vergiler dahil toplam tutar",
        "osszesen", "fizetendo", "brutto osszesen", "vegosszeg", "fizetendo osszeg",
        "total de plata", "total plata", "total bayar", "total belanja", "total tagihan",
        # Malaysia's and Indonesia's word for the sum ("JUMLAH RM 29.60", "JUMLAH BESAR").
        "jumlah", "jumlah besar", "jumlah keseluruhan", "jumlah bayaran", "jumlah perlu dibayar",
        "jumlah dibayar",
        "tong cong", "tong thanh toan", "tong tien thanh toan", "tong tien",
        "συνολο", "πληρωτεο", "γενικο συνολο", "πληρωτεο ποσο",
        "total ksh", "total kes", "total ngn", "total zar", "total php", "total thb",
    ]
)  # fmt: skip
#: Labels that state the tax as contained in the total, not added to it ("IVA contenido",
#: "ebből ÁFA", "el IVA de esta boleta es").
INCLUSIVE_VAT_LABELS = (
    "iva contenido", "iva incluido", "el iva de esta boleta es", "ebbol afa", "amibol afa",
    "kdv dahil", "termasuk ppn",
)  # fmt: skip
LABELS["vat"].extend(INCLUSIVE_VAT_LABELS)
#: Money the customer handed over and the change given back: never the total.
LABELS["_tendered"] = [
    "cash", "cash tendered", "tendered", "amount tendered", "change", "change due", "efectivo",
    "vuelto", "cambio", "su cambio", "nakit", "para ustu", "gegeben", "ruckgeld",
    "wechselgeld", "rendu", "especes", "tunai", "kembali", "kembalian", "baki", "tien khach dua",
    "tien thua", "tien thoi lai", "tien tra lai", "visszajaro",
]  # fmt: skip
#: Malay's tax lines opened by the word of the sum ("JUMLAH CUKAI 0.38", "JUMLAH SST 6%"):
#: the tax, not the total "jumlah" alone reads.
LABELS["vat"].extend(
    ["jumlah cukai", "jumlah sst", "jumlah gst", "jumlah cukai jualan", "cukai jualan",
     "cukai perkhidmatan", "jumlah cukai perkhidmatan"]
)  # fmt: skip
#: Malay's cash and change lines opened by the word of the sum ("JUMLAH TUNAI 10.00",
#: "JUMLAH BAKI 3.20"): no total, as "jumlah" alone reads one.
LABELS["_tendered"].extend(
    ["jumlah tunai", "jumlah diterima", "jumlah baki", "baki tunai", "jumlah kembali",
     "jumlah kembalian"]
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Countries the seven main languages' lists miss (Latin America, Turkey, Romania, Hungary,
# Vietnam, Indonesia, the Philippines, Kenya, Nigeria, Southern Africa, Norway, Brazil,
# Liechtenstein): invoice-number, date and tax-registration labels.
# ---------------------------------------------------------------------------------------------
LABELS["invoice_number"].extend(
    [
        "serie y folio", "comp nro", "comprobante nro", "nro comprobante", "nro de comprobante",
        "fee note no", "fee note number", "debit note no",
        "fatura no", "fatura numarasi", "fis no", "fis nro", "belge no",
        "numar factura", "nr factura", "factura nr", "bon fiscal nr", "nr bon fiscal",
        "szamla sorszama", "szamlaszam", "sorszam", "nyugtaszam", "nyugta sorszama",
        "số (no.)", "so no", "số hóa đơn", "so hoa don", "hoa don so", "so hd", "ma hoa don",
        "ma hd",
        "no nota", "nota no", "nomor nota", "no invoice", "nomor invoice", "nomor faktur",
        "no faktur", "si no", "si #", "sales invoice no", "sales invoice #",
        "or no", "official receipt no", "salgskvittering nr", "kvittering nr", "kvitteringsnr",
        "honorarnote nr", "conta n", "conta no", "seria", "nro t", "nro ticket", "trip no",
        "trip #", "trip number",
    ]
)  # fmt: skip
LABELS["invoice_date"].extend(
    [
        "data emiterii", "data facturii", "fatura tarihi", "duzenleme tarihi", "szamla kelte",
        "kelte", "kiallitas datuma", "ngay lap", "ngay", "ngay hoa don", "ngay hd", "tanggal",
        "tanggal invoice", "tanggal faktur",
        "fecha y hora de emision", "tarih",
        # India's Tally layout: "Invoice No." beside "Dated"
        "dated",
    ]
)  # fmt: skip
LABELS["due_date"].extend(
    [
        "fecha de vto para el pago", "fecha de vto", "vto", "vencimiento del pago",
        "son odeme tarihi", "vade tarihi", "odeme tarihi", "data scadentei", "scadenta",
        "termen de plata", "fizetesi hatarido", "hatarido", "han thanh toan", "jatuh tempo",
        "tanggal jatuh tempo",
    ]
)  # fmt: skip
#: The expiry of Argentina's electronic authorisation code ("Fecha de Vto. de CAE"): no due date.
LABELS["_other_date"].extend(
    ["fecha de vto de cae", "vto de cae", "vto cae", "vencimiento cae", "fecha vto cae"]
)
#: Argentina's point of sale, joined to the number after it
#: (:func:`.identifiers.join_point_of_sale`).
#: A Polish till's printout counter ("nr wydr. 074213", numer wydruku): the receipt's number
#: only where its till line prints none (:func:`.identifiers.till_line_number`).
LABELS["_printout_number"] = ["nr wydr", "numer wydruku"]
LABELS["_point_of_sale"] = ["punto de venta", "pto de venta", "pto vta", "p v nro", "p v n"]
#: Tax and company-registration ids of the world ("TRN: 100...003", "RFC", "CUIT", "VKN",
#: "KRA PIN", "MST", "NPWP", "GSTIN"): recognised so their values are never taken for the
#: invoice number. "trn" names a till's transaction number too ("TRN:7721"); which one a value
#: is, its shape tells (:func:`.identifiers._registration_id`). Kenya's tax-device numbers
#: ("CU Invoice No", "CU Serial No") are the device's, not the receipt's.
LABELS["_tax_id"] = [
    "trn", "tax registration number", "tax registration no", "customer trn", "vat trn",
    "rfc", "r f c", "cuit", "c u i t", "cuit nro", "c u i t nro", "cuil", "ruc", "ruc no",
    "nit", "rut", "kra pin", "pin no", "pin number", "tin no", "tin #", "tin number",
    "taxpayer identification number", "vkn", "tckn", "vergi no", "vergi dairesi",
    "vergi kimlik no", "mersis no", "ticaret sicil no", "ettn", "cui", "cod fiscal",
    "cod de inregistrare fiscala", "reg com", "nr reg com", "cnp", "mst", "ma so thue",
    "mã số thuế", "npwp", "abn", "acn", "gstin", "gst reg no", "gst registration no",
    "business number", "bn no", "company reg no", "company registration no",
    "company registration number", "co reg no", "reg no", "registration no", "cr no",
    "cnpj", "cpf", "adoszam", "kozossegi adoszam", "cegjegyzekszam", "org no",
    "organisasjonsnummer", "ptu no", "cu invoice no", "cu inv no", "cu serial no",
    "cu serial", "no de serie csd",
]  # fmt: skip

# --- amounts5: net, tax and service words of further pages, and Vietnamese money labels as
# OCR reads them. Kept in one block to ease merging. ---
LABELS["net"].extend(
    ["total netto", "netto total", "summe netto total", "total charges before vat",
     "total charges excluding vat", "total charges ex vat"]
)  # fmt: skip
#: A utility bill's totals ("Total charges this bill"), which "total charges" (the sum of an
#: e-invoice's charges) would otherwise take.
LABELS["total"].extend(
    ["total charges this bill", "total charges incl vat", "total charges including vat",
     "total this bill", "total amount this bill"]
)  # fmt: skip
#: "Add: VAT @ 7.5% on professional fees": the tax added below a fee note's subtotal.
LABELS["vat"].extend(["add vat", "add tax", "add gst", "plus tax", "plus gst"])
LABELS["_service"].extend(
    [
        "servico", "taxa de servico", "taxa servico", "servicio", "cargo por servicio",
        # Not a bare "Bedienung": a German till names the server by it ("Bedienung: 3").
        "cargo servicio", "servizio", "bedienungsgeld", "bedienungszuschlag", "frais de service",
        "service fee", "servis", "biaya servis", "phi dich vu",
    ]
)  # fmt: skip


def _marked_vowels_dropped(label: str) -> list[str]:
    """``label`` and its spellings with any of its marked vowels left out: OCR without a
    Vietnamese model drops letters that carry two marks or a dot below ("Cộng tiền hàng" is
    read "Cng tin hàng", "Tổng thanh toán" "TNG THANH TOÁN"); the accents of the letters it
    keeps are removed by the compact form anyway."""
    import unicodedata

    marked = [
        i
        for i, c in enumerate(label)
        if unicodedata.decomposition(c) and unicodedata.normalize("NFD", c)[0] in "aeiouyAEIOUY"
    ][:8]
    out: list[str] = []
    for mask in range(1 << len(marked)):
        dropped = {marked[b] for b in range(len(marked)) if mask >> b & 1}
        out.append("".join(c for i, c in enumerate(label) if i not in dropped))
    return out


#: Vietnamese money labels, spelled in full: the VAT invoice's (hóa đơn GTGT) totals block and
#: a café's bill.
_VI_MONEY = {
    "net": [
        "cộng tiền hàng", "tiền hàng", "tạm tính", "tiền trước thuế", "thành tiền trước thuế",
        "cộng tiền hàng hóa, dịch vụ",
    ],
    "vat": ["tiền thuế GTGT", "thuế GTGT", "tiền thuế", "thuế VAT"],
    "total": [
        "tổng cộng", "tổng cộng tiền thanh toán", "tổng tiền thanh toán", "tổng thanh toán",
        "tổng tiền", "tổng cộng thanh toán",
    ],
    "_tendered": ["tiền khách đưa", "tiền thừa", "tiền thối lại", "tiền trả lại"],
}  # fmt: skip
for _field, _labels in _VI_MONEY.items():
    LABELS[_field].extend(
        # A short word left bare ("thu", "tin") would be taken for other languages' words.
        s
        for label in _labels
        for s in _marked_vowels_dropped(label)
        if len(s.replace(" ", "")) >= 6 and " " in s.strip()
    )
#: Labels that count only printed with their marks and before a colon or the number
#: (:func:`.labels._marked_label`): Vietnam's bare "Số:" and "HĐ:" name the receipt's number,
#: where "SO" or "HD" without marks are other words ("SO #" is a sales order).
MARKED_ONLY = ("số", "hđ")
LABELS["invoice_number"].extend(MARKED_ONLY)

# Japanese, Chinese and Korean number and date labels (matched in their own script, see
# :func:`.lexicon.label_key`). Words run together without spaces, so a polite prefix is a
# spelling of its own ("お支払期限"). China's "发票代码" is the invoice's code, not its number.
LABELS["invoice_number"].extend(
    [
        "請求書番号", "請求番号", "領収書番号", "レシート番号", "伝票番号", "取引番号",
        "发票号码", "發票號碼", "票据号码", "单据号", "单号",
        "청구서 번호", "영수증 번호", "거래번호", "문서번호",
    ]
)  # fmt: skip
LABELS["invoice_date"].extend(
    [
        "請求日", "発行日", "請求書発行日", "取引日", "日付", "开票日期", "開票日期", "日期",
        "작성일자", "발행일", "발행일자", "거래일시", "거래일자",
    ]
)  # fmt: skip
LABELS["due_date"].extend(
    [
        "支払期限", "お支払期限", "支払期日", "お支払期日", "お振込期限", "付款期限", "到期日",
        "납부기한", "지급기한", "결제기한",
    ]
)  # fmt: skip
LABELS["_reference"].extend(["发票代码", "發票代碼"])

# Table headers of further layouts and countries (the Americas, Southern and Eastern Europe,
# the Nordics, South and South-East Asia).
COLUMNS["description"].extend(
    [
        "activity", "nature of service", "description of goods", "description of services",
        "menu", "descricao", "designacao", "artigo", "oznaceni dodavky", "polozka",
        "info produk", "nama barang", "produk", "megnevezes", "denumire", "urun", "aciklama",
        "mal hizmet", "beskrivelse", "varenavn",
    ]
)  # fmt: skip
COLUMNS["quantity"].extend(
    [
        "qtd", "menge me", "mnozstvi", "kuantitas", "qty item", "miktar", "mennyiseg",
        "cantitate", "antall", "pcs",
    ]
)  # fmt: skip
COLUMNS["unit_price"].extend(
    [
        "excl price", "valor unitario", "precio unit", "preco unit", "enhedspris", "j cena",
        "cena za m j", "cena za mj", "harga satuan", "harga", "birim fiyat", "egysegar",
        "pret unitar", "price ea", "unit cost",
    ]
)  # fmt: skip
COLUMNS["amount"].extend(
    [
        "excl total", "belop", "belob", "prezzo totale", "valor", "total harga", "gp", "amt",
        "ext price", "extension", "line amount", "tutar", "osszeg", "valoare", "charges",
        "taxable value", "celkem bez dph",
    ]
)  # fmt: skip
COLUMNS["position"].extend(["s no", "sr no", "sl no", "item #", "stt", "lp", "poz"])
COLUMNS["tax_rate"].extend(["iva %", "% iva", "dph %", "mva", "gst", "kdv %", "afa %"])
# Sellers and buyers named after a label of their own: a marketplace's invoice names the shop
# that sold ("Penjual : Toko …", "Sold by", "Verkauft von", "Vendu par"), not the platform
# whose logo heads the page; Hungarian and Turkish invoices head the parties' blocks with
# "Eladó" / "Vevő" and "Satıcı" / "Alıcı".
LABELS["vendor"].extend(
    [
        "penjual", "dijual oleh", "nama penjual", "nama toko", "verkauft von",
        "verkauft durch", "vendu par", "vendu et expedie par", "venduto da", "vendido por",
        "verkocht door", "sprzedane przez", "seller name", "merchant name", "elado",
        "szallito", "satici", "penjual toko", "sold and shipped by",
    ]
)  # fmt: skip
LABELS["customer"].extend(["pembeli", "nama pembeli", "vevo", "alici", "vasarlo"])

#: Words of a document's title in many languages, as OCR reads them (accents lost or kept,
#: "đ" read as "d"): a line made only of them and of :data:`SERVICE_WORDS` ("TAX INVOICE",
#: "Számla", "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "BOLETA ELECTRÓNICA", "TAXI RECEIPT") names nobody.
#: Neighbouring words are matched joined too ("pro forma", "hoa don").
TITLE_WORDS: tuple[str, ...] = (
    # English and the words titles share across languages
    "invoice", "invoices", "tax", "vat", "gst", "sst", "sales", "sale", "cash", "receipt",
    "receipts", "bill", "statement", "credit", "debit", "note", "memo", "proforma",
    "pro forma", "simplified", "electronic", "e", "official", "original", "copy",
    "duplicate", "triplicate", "customer copy", "merchant copy", "fee", "fee note",
    "commercial", "fiscal", "document", "a", "b", "c", "m", "e invoice", "einvoice",
    # German, Dutch, the Nordic languages
    "rechnung", "quittung", "beleg", "kassenbon", "kassenbeleg", "gutschrift", "bon",
    "kassabon", "factuur", "kwitantie", "creditnota", "faktura", "kvitto", "kvittering",
    "kassakvitto", "salgskvittering", "lasku", "kuitti", "kreditnota", "kreditfaktura",
    # French, Spanish, Portuguese, Italian, Romanian
    "facture", "avoir", "recu", "ticket", "simplifiee", "acquittee", "factura", "boleta",
    "electronica", "tique", "tiquet", "comprobante", "recibo", "simplificada",
    "nota de venta", "nota de credito", "fatura", "fatura recibo", "nota fiscal",
    "cupom fiscal", "nfce", "nfc", "nfe", "danfe", "fattura", "ricevuta", "scontrino",
    "documento commerciale", "elettronica", "differita", "accompagnatoria", "fiscale",
    "bon fiscal", "chitanta", "factura fiscala",
    # central and eastern Europe, Turkey
    "szamla", "nyugta", "egyszerusitett", "dijbekero", "helyesbito", "faktura vat",
    "paragon", "fiskalny", "rachunek", "korygujaca", "danovy", "doklad", "uctenka",
    "pokladnicny", "blocek", "racun", "fiskalni", "e arsiv",
    "earsiv", "arsiv", "e fatura", "efatura", "fis", "satis", "satis fisi", "makbuz",
    "serbest meslek", "perakende",
    # south-east Asia
    "hoa don", "hoadon", "gia tri", "gia tang", "ban hang", "phieu thu", "faktur",
    "faktur pajak", "pajak", "nota", "struk", "kwitansi", "invois", "resit", "cukai",
    "bayaran",
    # a seller's or buyer's tax status printed as a heading (Argentina, Uruguay)
    "iva", "iva responsable", "responsable inscripto", "inscripto", "monotributo",
    "responsable monotributo", "consumidor final", "exento", "iva exento",
    # the reader addressed ("Votre facture", "Your bill", "Ihre Rechnung") and the copy a
    # page is ("Copia di cortesia", "Courtesy copy"): still the title
    "your", "votre", "ihre", "uw", "jouw", "vostra", "copia", "copie", "kopie",
    "copia di cortesia", "copia cortesia", "courtesy copy", "cortesia",
)  # fmt: skip

#: A service named as a heading, with no name of who sells it ("TAXI", "PARKING"): the
#: seller is the driver, licensee or operator printed elsewhere.
SERVICE_WORDS: tuple[str, ...] = (
    "taxi", "taxis", "taksi", "cab", "cabs", "minicab", "minicabs", "limousine",
    "parking", "car park", "parkhaus", "parkplatz", "parkeren", "parkering", "parcheggio",
    "estacionamiento", "aparcamiento", "stationnement", "parkolo", "toll", "peaje", "peage",
    "pedagio", "maut", "taximeter", "app", "taxi app", "ride", "ride hailing",
)  # fmt: skip

#: Document titles in scripts that the compact form drops (Japanese, Chinese, Korean, Thai,
#: Hebrew, Arabic), compared without spaces.
TITLE_TEXTS = (
    "領収書", "領収証", "請求書", "納品書", "レシート", "御請求書", "發票", "发票", "收據",
    "收据", "統一發票", "영수증", "세금계산서", "계산서", "거래명세서", "ใบเสร็จรับเงิน",
    "ใบกำกับภาษี", "ใบกำกับภาษีอย่างย่อ", "חשבונית", "חשבוניתמס", "קבלה",
    "חשבוניתמסקבלה", "فاتورة", "فاتورةضريبية", "فاتورةضريبيةمبسطة", "إيصال",
)  # fmt: skip

#: How a receipt's closing line opens: thanks, a farewell, a welcome ("GRACIAS POR SU VISITA",
#: "Go raibh maith agat!", "ありがとうございました"): never a name.
CLOSING_WORDS: tuple[str, ...] = (
    "thank you", "thanks", "thankyou", "please come again", "come again", "visit again",
    "see you", "have a nice day", "safe home", "welcome to", "welcome back", "gracias",
    "muchas gracias", "vuelva pronto", "buen provecho", "bienvenido a", "bienvenidos a",
    "grazie", "arrivederci", "benvenuti", "merci de", "merci pour", "merci et",
    "merci beaucoup", "merci a", "a bientot", "bienvenue chez", "bienvenue a",
    "bonne journee", "danke", "vielen dank", "auf wiedersehen", "willkommen bei",
    "willkommen im", "bedankt", "dank u", "tot ziens", "obrigado", "obrigada",
    "volte sempre", "tack for", "tack och", "tak for", "takk for", "kiitos", "hvala",
    "multumim", "dziekujemy", "dekujeme", "dakujeme", "koszonjuk", "koszonom", "tesekkur",
    "tesekkurler", "iyi gunler", "terima kasih", "salamat po", "maraming salamat", "cam on",
    "xin cam on", "asante sana", "asante kwa", "go raibh maith agat", "shukran", "spasibo",
)  # fmt: skip
#: Closing words that are a closing line only when alone on it ("MERCI", "Welcome").
CLOSING_ALONE = ("merci", "welcome", "bienvenue", "willkommen", "tak", "tack", "takk", "salamat")
#: Closing words in scripts the compact form drops, matched at a line's start.
CLOSING_TEXTS = (
    "ありがとう", "またのご来店", "감사합니다", "고맙습니다", "谢谢", "謝謝", "欢迎", "歡迎",
    "ขอบคุณ", "תודה", "شكرا", "Ευχαριστούμε", "ΕΥΧΑΡΙΣΤΟΥΜΕ", "Спасибо", "СПАСИБО",
)  # fmt: skip

# --- amounts6: surcharges, member discounts, rounded and "nett" totals, taxes stated as
# included after their name, local taxes of US bills, Brazil's ISS, and a city's lodging tax.
# Kept in one block to ease merging. ---
#: A surcharge a card payment or a day adds before the total ("Card surcharge (1.5%)"): part
#: of the net like a service charge, never a tax, whatever rate its line prints.
LABELS["_service"].extend(
    [
        "card surcharge", "credit card surcharge", "card payment surcharge", "eftpos surcharge",
        "payment surcharge", "surcharge", "card fee", "credit card fee", "public holiday surcharge",
        "weekend surcharge", "sunday surcharge",
    ]
)  # fmt: skip
LABELS["discount"].extend(
    ["disc", "member disc", "member discount", "members discount", "total discount",
     "total disc", "promo discount", "promotion discount", "loyalty discount"]
)  # fmt: skip
#: The payable after a cash rounding ("ROUNDED TOTAL", "NETT TOTAL (RM)"): the total.
LABELS["total"].extend(
    ["rounded total", "total rounded", "total after rounding", "amount after rounding",
     "grand total rounded", "nett total", "total nett", "nett amount", "nett payable"]
)  # fmt: skip
#: Taxes stated as included after their name ("GST (included) $4.22", "MwSt. enthalten").
INCLUDED_AFTER = tuple(
    f"{tax} {word}"
    for tax in TAX_WORDS
    for word in ("included", "inclusive", "incl", "incluida", "incluido", "inclusa", "incluse",
                 "comprise", "enthalten", "inbegrepen", "ingar")
)  # fmt: skip
LABELS["vat"].extend(INCLUDED_AFTER)
# ... so that a total stating the tax as included is no tax line: "Total (GST included)".
LABELS["total"].extend(
    f"total {phrase}"
    for phrase in (
        *INCLUDED_AFTER,
        *(f"{w} {tax}" for tax in TAX_WORDS for w in ("incl", "inc", "including")),
    )
)
#: Local taxes of US bills, each a tax line like a sales tax ("Utility Users Tax 5.0%").
LABELS["vat"].extend(
    ["utility users tax", "utility tax", "users tax", "state sales tax", "county sales tax",
     "city sales tax", "local sales tax", "state tax", "county tax", "gross receipts tax",
     # Brazil's service tax (ISS) on a service invoice (NFS-e)
     "iss", "valor do iss", "valor iss", "iss devido"]
)  # fmt: skip
LABELS["total"].extend(
    ["valor total do servico", "valor total dos servicos", "valor dos servicos",
     "valor do servico", "valor total da nota", "valor total da nfs e"]
)  # fmt: skip
#: A city's lodging tax on a hotel bill ("Imposta di soggiorno", "City tax", "Kurtaxe"):
#: outside the VAT, never read as it; the label is known so that "imposta" is not taken.
LABELS["_levy"] = [
    "imposta di soggiorno", "tassa di soggiorno", "city tax", "tourist tax", "kurtaxe",
    "ortstaxe", "taxe de sejour", "tasa turistica", "impuesto turistico", "toeristenbelasting",
    "citytax", "visitor tax", "kurabgabe", "beherbergungssteuer", "bettensteuer",
]  # fmt: skip
#: Japan's receipts print the tax added to a rate's items as "Ext. tax 8%" (外税).
LABELS["vat"].extend(["ext tax", "external tax", "outside tax", "tax ext"])
# ... and in romaji: the total (合計 goukei), the tax contained (内消費税 uchi shohizei), the
# cash handed over (お預り oazukari) and the change (お釣り otsuri).
LABELS["total"].extend(["goukei", "gokei", "go kei", "gokei kingaku"])
LABELS["vat"].extend(["uchi shohizei", "uchi shohizei to", "naizei", "soto shohizei", "sotozei"])
LABELS["_tendered"].extend(["oazukari", "o azukari", "oazukari kin", "otsuri", "o tsuri"])
#: Every label, beyond :data:`INCLUSIVE_VAT_LABELS`, that states the tax as contained in the
#: total rather than added to it.
CONTAINED_TAX_LABELS = (*INCLUDED_AFTER, "uchi shohizei", "uchi shohizei to", "naizei")

# ---------------------------------------------------------------------------------------------
# ident8: receipt numbers under their own names, and the day a bill is collected.
# ---------------------------------------------------------------------------------------------
#: A receipt's or transaction's number named as an id ("TRANS ID", "Transaction ID") or as a
#: receipt in Dutch ("Kwitantienummer", "Bonnummer"), German and the Nordic languages; "Inv"
#: alone counts only before its colon or "#" (:data:`.labels.COLON_ONLY`).
LABELS["invoice_number"].extend(
    [
        "trans id", "transaction id", "txn id", "tran id", "receipt id", "sale id",
        "kwitantienummer", "kwitantie nummer", "kwitantie nr", "kwitantienr", "bonnummer",
        "transactienummer", "transactie nr", "quittungsnummer", "quittungs nr", "quittung nr",
        "kvitteringsnummer", "kvittonummer", "inv",
    ]
)  # fmt: skip
#: A bill paid by direct debit names its due date as the day the debit is collected
#: ("Direct Debit on 18 Nov", "Collection date", "Abbuchung am", "Prélèvement le"). Whether
#: that day *is* the due date is a convention bills and their readers do not share, so a due
#: date read only after one of these labels is held for a person (``dates._put_due``).
DEBIT_DATE_LABELS: tuple[str, ...] = (
    "direct debit on", "direct debit date", "direct debit collection date",
    "to be collected on", "will be collected on",
    "to be debited on", "abbuchung am", "abbuchungsdatum", "einzug am", "lastschrift am",
    "einzugsdatum", "date de prelevement", "preleve le", "prelevement le",
    "incassodatum", "afschrijving op", "fecha de cargo", "data addebito",
)  # fmt: skip
LABELS["due_date"].extend(DEBIT_DATE_LABELS)

# --- amounts7: service-charge abbreviations of restaurant tills, and a tax stated as "of
# which" part of the total. Kept in one block to ease merging. ---
LABELS["_service"].extend(
    ["svr chrg", "svr chg", "svc chrg", "srv chg", "srv chrg", "service chrg", "serv chrg"]
)  # fmt: skip
#: "waarvan BTW 21% € 1,98", "davon MwSt. 19 %", "of which VAT": the tax contained in the
#: total printed as a part of it.
_OF_WHICH = ("waarvan", "hiervan", "davon", "of which", "dont", "de los cuales", "hvorav")
OF_WHICH_TAX_LABELS = tuple(f"{word} {tax}" for word in _OF_WHICH for tax in TAX_WORDS)
LABELS["vat"].extend(OF_WHICH_TAX_LABELS)
CONTAINED_TAX_LABELS = (*CONTAINED_TAX_LABELS, *OF_WHICH_TAX_LABELS)
#: Italy's documento commerciale closes its items with "TOTALE COMPLESSIVO" (then "DI CUI IVA").
LABELS["total"].extend(["totale complessivo", "importo complessivo"])

#: "Factura emitida por:", "Facture émise par :", "Rechnung ausgestellt von:": the issuer of
#: the invoice named after the title, as a marketplace's seller invoice prints it. Only with
#: the title: "Documento emitido por ME ou EPP optante …" is a sentence of a tax form.
LABELS["vendor"].extend(
    [
        "factura emitida por", "factura expedida por", "facture emise par", "facture emis par",
        "fattura emessa da", "rechnung ausgestellt von", "rechnung ausgestellt durch",
        "factuur uitgegeven door", "faktura wystawiona przez", "invoice issued by",
    ]
)  # fmt: skip

# --- parties9: the document's number and its order's with the French article ("Numéro de la
# facture", "Date de la commande"), as marketplace invoices print them. Kept in one block to
# ease merging. ---
LABELS["invoice_number"].extend(["numero de la facture", "n de la facture"])
LABELS["po"].extend(["numero de la commande", "n de la commande"])
#: What a till's software supplier is named for on the slip's foot ("POS Supplier:", "Software
#: Provider:", "Accredited Supplier:", as the Philippines' BIR wants it printed): a seller
#: label after one of them names the supplier of the till, not the seller.
TILL_SUPPLIER_WORDS = (
    "pos", "pos system", "software", "system", "systems", "machine", "till", "ecr",
    "cash register", "terminal", "accredited", "accreditation", "printer",
)  # fmt: skip

# --- amounts9: savings totals of loyalty cards, and taxes a Mexican CFDI prints as withheld.
# Kept in one block to ease merging. ---
#: A till's sum of loyalty-card or promotion savings ("TOTAL SAVINGS -£1.40", "You saved"):
#: a discount, never the total its first word names.
LABELS["discount"].extend(
    ["total savings", "total saving", "total saved", "your savings", "you saved",
     "savings total", "card savings total"]
)  # fmt: skip
#: A tax the buyer withholds, named after the tax ("IVA Retenido 4%", "ISR retenido",
#: "Retención IVA"): deducted from the total, never the VAT its first word names.
LABELS["_withheld"].extend(
    ["iva retenido", "isr retenido", "retencion iva", "retencion isr", "retencion de iva",
     "retencion de isr", "impuestos retenidos", "iva ret", "ret iva", "ret isr",
     "retenciones"]
)  # fmt: skip

# --- misc12e: a receipt's or ticket's purchase date ("Kjøpt 01.12.2026", "Purchased on"),
# the travel or show date a ticket prints beside it ("Avreise", "Travel date"), and a stay's
# entry and exit ("Entrada" / "Salida" of a car park, "Check-in" / "Check-out" of a hotel).
# Kept in one block to ease merging. ---
LABELS["invoice_date"].extend(
    ["kjopt", "kobt", "kopt", "purchased", "purchased on", "purchase date", "date of purchase",
     "kaufdatum", "gekauft am", "kjopsdato", "kobsdato", "kopdatum", "inkopsdatum"]
)  # fmt: skip
LABELS["_other_date"].extend(
    ["avreise", "avgang", "reisedato", "reisedatum", "travel date", "date of travel",
     "abfahrt", "show date", "entrada", "check in", "check out", "ankunft", "einfahrt",
     "ausfahrt"]
)  # fmt: skip
#: The labels of a stay's first and last day (car park, hotel, rental): the document is
#: closed and dated on the last (:func:`.dates._stay_end`).
STAY_START_LABELS = ("arrival", "anreise", "arrivee", "llegada", "entrada", "check in", "ankunft",
                     "einfahrt", "entry", "entry time", "time in", "entree", "ingresso",
                     "innkjoring", "indkorsel", "infart", "inrit", "wjazd", "ankomst",
                     "aankomst", "arrivo", "chegada")  # fmt: skip
STAY_END_LABELS = ("departure", "abreise", "depart", "salida", "check out", "ausfahrt", "exit",
                   "exit time", "time out", "sortie", "uscita", "saida", "utkjoring",
                   "udkorsel", "utfart", "uitrit", "wyjazd", "avreise", "avresa", "afrejse",
                   "vertrek", "partenza", "partida")  # fmt: skip
LABELS["_other_date"].extend(
    w for w in (*STAY_START_LABELS, *STAY_END_LABELS) if w not in LABELS["_other_date"]
)

# --- numbers12e: a bill's own reference ("Bill reference 30917746"), the order number that is
# a web shop's or ticket seller's only reference ("Ordrenr.", "Order #CO-1"), and a
# restaurant bill's title word ("Bill 00781"). Kept in one block to ease merging. ---
LABELS["invoice_number"].extend(["bill reference", "bill ref", "bill ref no"])
LABELS["po"].extend(["ordrenr", "ordrenummer", "order #", "order id", "bestillingsnummer"])
#: Title words a receipt prints its own number after ("Bill 00781"), beyond the titles.
NUMBER_TITLES: tuple[str, ...] = ("bill",)
#: The words of an order number's label: on a document that prints no number of its own
#: (e-ticket, web shop receipt) the order's number is its only reference.
ORDER_WORDS: tuple[str, ...] = ("order", "ordre", "bestilling")

# --- amounts12e: a tax's total named after the tax ("Total HST 95.91", "Total GST"): the VAT,
# never the total its first word names; the words that name a tax base before or after a rate
# ("Grunnlag 12 % MVA", "A 20% Netto 9,50"); the words that leave a service charge to the
# guest. Kept in one block to ease merging. ---
LABELS["vat"].extend(
    ["total hst", "total gst", "total pst", "total qst", "total sales tax", "total taxes",
     "total mva", "total mwst", "total ust", "total btw", "total alv", "total dph",
     "hst total", "gst total", "total hst gst"]
)  # fmt: skip
#: Words that name a VAT row's net base beside its rate.
TAX_BASE_WORDS = (
    "netto", "net", "basis", "base", "grunnlag", "grundlag", "grundlage", "underlag",
    "beskattningsunderlag", "bemessungsgrundlage", "imponibile", "base imponible", "taxable",
    "grondslag", "podstawa", "zaklad",
)  # fmt: skip
#: Words that state a service charge as the guest's choice ("Serviço 10% (opcional)",
#: "discretionary service charge"): a gratuity, no part of what was sold.
OPTIONAL_SERVICE_WORDS = (
    "optional", "opcional", "facultativo", "facultatif", "facoltativo", "discretionary",
    "freiwillig", "optioneel", "valgfri", "frivillig", "opcjonalny", "nepovinny",
)  # fmt: skip

# --- receipts12f: a Malaysian receipt's number after "RESIT" / "No. Resit", a US till's
# transaction number after "TRX#", and Indonesia's restaurant tax "PB1" (Pajak Barang dan Jasa
# Tertentu / pajak restoran), added to the bill like a VAT. Kept in one block to ease merging. ---
LABELS["invoice_number"].extend(
    ["resit", "no resit", "resit no", "nombor resit", "trx", "trx #", "trx no", "trx id"]
)
LABELS["vat"].extend(["pb1", "pb 1", "pajak restoran", "pajak resto"])

# --- receipts12g: title words a receipt prints its own number after ("Docket 22981" on an
# Irish or Australian pub's docket, "Beleg 7731" on a Swiss or German till's line, "Slip:
# 0771-204518" on a fuel slip, "E-Invoice AB-12345678" on Taiwan's uniform e-invoice). Read
# only where no labelled number exists (:func:`.collect._title_number`). Kept in one block to
# ease merging. ---
RECEIPT_NUMBER_TITLES: tuple[str, ...] = ("docket", "beleg", "slip", "e-invoice")
#: Korea's net before VAT (공급가액) as receipts print it in English ("Supply value").
LABELS["net"].extend(["supply value", "supply amount", "value of supply"])

# --- money9: headings of a restaurant check's tip guide ("Suggested Gratuity", "Tip Guide"):
# the "Tip" and "Total" lines printed under one are options for the guest, not the bill's
# total (:func:`.amounts._drop_tip_options`). Kept in one block to ease merging. ---
TIP_OPTION_HEADINGS = (
    "suggested gratuity", "suggested tip", "suggested tips", "tip guide", "gratuity guide",
    "tip suggestions", "tipping guide", "suggested gratuities",
    "propina sugerida", "pourboire suggere",
)  # fmt: skip
#: Vietnam's service charge ("Phí phục vụ (5%)"), added to the bill before its VAT (GTGT).
LABELS["_service"].extend(["phi phuc vu"])
#: Brazil's consumer receipt (NFC-e): the payable after discounts ("Valor a Pagar R$"), the
#: discounts, the cash handed over ("Valor pago", "Troco" the change) and the receipt's own
#: number ("NFC-e nº 000184237 Série 001").
LABELS["total"].extend(["valor a pagar", "total a pagar r"])
LABELS["discount"].extend(["descontos", "desconto"])
LABELS["_tendered"].extend(["valor pago", "troco", "dinheiro"])
LABELS["invoice_number"].extend(["nfc-e n", "nfc-e no", "nfce n", "nfce no", "nfc e n"])

# --- ids9: numbers, dates and parties from invoicing tools and tills across the world. A
# Czech or Slovak credit note's own number ("DOBROPIS č. DB2026015"), a Thai abbreviated tax
# invoice's ("TAX INV.(ABB) No."), a Danish receipt's abbreviated label ("Kvitt.nr."); the
# buyer's block headings of Colombia's e-invoice ("ADQUIRIENTE") and Turkey's e-fatura
# ("SAYIN", the addressee); "Inv" as a title word a till prints its own number after ("Inv
# 104-2277", read only where no labelled number exists); a bike or ride app's "Trip receipt"
# names no seller. Kept in one block to ease merging. ---
LABELS["invoice_number"].extend(
    ["dobropis c", "dobropis cislo", "opravny danovy doklad c", "opravny doklad c",
     "tax inv abb no", "tax invoice abb no", "tax inv abb", "abb no",
     "kvitt nr", "kvitt no", "kvit nr", "kvitteringsnr"]
)  # fmt: skip
LABELS["customer"].extend(["adquiriente", "adquirente", "sayin"])
NUMBER_TITLES = (*NUMBER_TITLES, "inv")
SERVICE_WORDS = (*SERVICE_WORDS, "trip", "trips", "journey")

# --- ids10: the own number of a German corrected invoice ("Rechnungskorrektur-Nr.
# RK-2026-0012", "Stornorechnung Nr."), which invoicing tools (lexoffice, sevDesk) print where
# a credit note's "Gutschrift Nr." would stand. Kept in one block to ease merging. ---
LABELS["invoice_number"].extend(
    ["rechnungskorrektur nr", "rechnungskorrekturnummer", "rechnungskorrektur nummer",
     "stornorechnung nr", "stornorechnungsnummer", "korrekturrechnung nr"]
)  # fmt: skip
#: A French receipt's own number ("Reçu n° P3-0051847", a car park's or a shop's receipt).
LABELS["invoice_number"].extend(["recu n", "recu no", "recu numero", "numero de recu"])
#: A payment's date ("Date de paiement", "Payment date"): on a page that states it is paid,
#: the day it was paid, the document's date, and no due date (:mod:`.dates`).
PAYMENT_DATE_LABELS = (
    "payment date", "date of payment", "date de paiement", "fecha de pago", "zahlungsdatum",
    "data di pagamento", "data pagamento", "betaaldatum", "betalingsdatum",
)  # fmt: skip
#: Words that state a page is paid: a receipt's title, "Payé CB", "PAID".
PAID_WORDS = (
    "paid", "paye", "payee", "bezahlt", "pagado", "pagato", "betaald", "betalt",
    "receipt", "recu", "quittung", "kassenbon", "recibo", "ricevuta", "scontrino", "kvitto",
)  # fmt: skip
#: Inns and taverns as a sign names its kind over its name ("Gasthaus" / "Zum Goldenen
#: Hirschen").
TRADE_WORDS = (
    *TRADE_WORDS, "gasthaus", "gasthof", "landgasthof", "wirtshaus", "gaststatte", "weinstube",
    "bierstube", "brauhaus", "taverne", "osteria", "locanda", "auberge",
)  # fmt: skip

# --- money10: tax lines that print the rate between a word and the tax's name. A German or
# Austrian invoice adds its tax per rate "zzgl. 19 % USt auf 1.072,50 | 203,78" (English
# "plus 20% VAT"); an Austrian or German till states it as contained per rate "enthält 20%
# USt von 17,80 | 2,97". Kept in one block to ease merging. ---
#: Words that state a tax as added to the net before its rate and name ("zzgl. 19 % USt").
ADDED_VAT_WORDS = ("zzgl", "zuzgl", "zuzuglich", "plus")
LABELS["vat"].extend(
    f"{word} {rate}% {tax}" for word in ADDED_VAT_WORDS for tax in TAX_WORDS for rate in _VAT_RATES
)
_CONTAINED_WORDS = ("enthält", "enthaelt", "enthalten sind", "darin")
INCLUSIVE_VAT_WORDS = (*INCLUSIVE_VAT_WORDS, *_CONTAINED_WORDS)
LABELS["vat"].extend(
    f"{word} {rate}% {tax}" if rate else f"{word} {tax}"
    for word in _CONTAINED_WORDS
    for tax in TAX_WORDS
    for rate in (*_VAT_RATES, "")
)
#: A service charge named with its rate only ("Service 5%", as Indonesian and other cafés
#: print it above the restaurant tax "PB1 10%"): the rate makes it a charge, not an item;
#: Indonesia's rounding line ("Pembulatan").
LABELS["_service"].extend(f"service {rate}%" for rate in ("5", "7", "8", "10", "12", "15"))
LABELS["_rounding"].extend(["pembulatan"])

# --- r12m: the own numbers of an Italian utility's bill ("Bolletta n. 402618873110"), a German
# final invoice, a Dutch premium note and a Spanish purchase voucher;
# the notice naming a parent or group company in a footer's legal line ("Società soggetta a
# direzione e coordinamento di Energia Holding S.p.A.", "a subsidiary of", "ein Unternehmen
# der ... Gruppe"): that company is never the seller. Kept in one block to ease merging. ---
LABELS["invoice_number"].extend(
    ["bolletta n", "bolletta nr", "bolletta numero", "numero bolletta", "n bolletta",
     # A German final invoice (car rental, construction: "Schlussrechnung Nr."), a Dutch
     # insurer's premium note ("Notanummer"), a Spanish purchase voucher ("Nº justificante").
     "schlussrechnung nr", "schlussrechnungsnummer", "schlussrechnung nummer",
     "notanummer", "nota nummer", "premienota nr", "premienotanummer",
     "n justificante", "no justificante", "numero de justificante", "n de justificante",
     "numero justificante"]
)  # fmt: skip
#: Words that name a parent or group company (matched compact, :mod:`.vendor`).
PARENT_NOTICE_WORDS = tuple(
    w
    for w in (
        "soggetta a direzione e coordinamento", "soggetta all attivita di direzione",
        "direzione e coordinamento di", "a subsidiary of", "a member of the", "part of the",
        "a company of the", "ein unternehmen der", "tochtergesellschaft der",
        "une societe du groupe", "filiale du groupe", "dochteronderneming van",
    )
)  # fmt: skip

# --- r12l: the day a laundry, dry cleaner, tailor or repair shop hands the goods back ("Due
# back Wed 21/10/2026", "Ready on", "Pick-up date") and a next appointment: dates on a docket
# or receipt that are no payment date. Kept in one block to ease merging. ---
LABELS["_other_date"].extend(
    ["due back", "ready", "ready on", "ready by", "ready date", "ready for collection",
     "collection date", "pick up", "pick up date", "pickup", "pickup date", "next appointment",
     "abholbereit", "abholung", "pret le", "pronto il", "listo el"]
)  # fmt: skip
#: The net as Australian, New Zealand, Singaporean and Indian invoices name it ("Total ex GST",
#: "Subtotal excl. GST"): the total before the GST, never the document's total.
LABELS["net"].extend(
    ["total ex gst", "total excl gst", "total excluding gst", "total exclusive of gst",
     "subtotal ex gst", "subtotal excl gst", "sub total ex gst", "amount ex gst",
     "amount excl gst", "total ex tax", "subtotal ex tax"]
)  # fmt: skip
#: VAT included in a price as Austrian and German tills shorten it ("enth. USt 10 % von 90,35",
#: "darin enth. MwSt."): the tax, as "inkl. USt" is.
LABELS["vat"].extend(
    f"{word} {rate}% {tax}" if rate else f"{word} {tax}"
    for word in ("enth", "darin enth")
    for tax in ("ust", "mwst", "vat")
    for rate in (*_VAT_RATES, "")
)
#: A professional's fee note as its title ("NOTE D'HONORAIRES" of a French doctor, dentist or
#: lawyer, "Honorarnote", "Nota de honorarios", "Notula"): a title, never the seller's name.
TITLE_WORDS = (
    *TITLE_WORDS, "note d honoraires", "honoraires", "honorarnote", "honorarrechnung",
    "nota de honorarios", "honorarios", "nota d onorario", "notula", "parcella",
)  # fmt: skip

# --- money11 ---------------------------------------------------------------------------
#: A coupon redeemed on a receipt ("App Coupon -¥1,000", "Coupon -2.00") is a discount off
#: the subtotal, as retail and restaurant tills print it.
LABELS["discount"].extend(["coupon", "app coupon", "coupon discount", "store coupon"])
#: Insurance premium taxes, printed in the VAT's place on an insurer's premium note
#: (premiums are VAT-exempt): Dutch "Assurantiebelasting 21%", British "Insurance Premium
#: Tax".
LABELS["vat"].extend(["assurantiebelasting", "insurance premium tax"])

# --- r12o --------------------------------------------------------------------------------
#: Vietnam's VAT invoice title "HÓA ĐƠN GIÁ TRỊ GIA TĂNG" as OCR reads it when it drops the
#: letter under stacked marks ("GIÁ TR GIA TĂNG"): still the title, never the seller's name.
TITLE_WORDS = (*TITLE_WORDS, "gia tr")

# --- r12n ------------------------------------------------------------------------------
#: A credit memo's own number as US and Canadian billing systems label it ("Credit No.
#: CM-10482"), beside the "Credit Memo No." the list already holds.
LABELS["invoice_number"].extend(["credit no", "credit number", "credit memo #", "credit #"])

# --- r12o2 -------------------------------------------------------------------------------
#: A receipt's number as tills shorten it ("R#0004127-0188420", "R# 2291"), and as Malay and
#: Indonesian put the noun after its "No." ("No. Bill", "No. Struk", "No. Nota", "No. Resit").
LABELS["invoice_number"].extend(
    ["r #", "no bill", "no struk", "no nota", "no resit", "no kuitansi"]
)  # fmt: skip
#: Taiwan's uniform e-invoice names its net "Sales amount" (銷售額) and its VAT "Business tax"
#: (營業稅, 5 %), as its English prints and receipts of the region copy.
LABELS["net"].extend(["sales amount"])
LABELS["vat"].extend(["business tax"])

# --- r12p2 -------------------------------------------------------------------------------
#: A French receipt's number with the number word first ("N° reçu : 2026-0210-00731", "No de
#: reçu"), as the other document words take it in both orders.
LABELS["invoice_number"].extend(
    [*(f"{n} recu" for n in _NUMBER_WORDS), "n de recu", "no de recu", "numero du recu"]
)
#: The UK construction industry scheme's deduction a contractor withholds from a
#: subcontractor's labour for HMRC ("Less CIS deduction @ 20%"): a tax withheld, as IRPF.
LABELS["_withheld"].extend(["cis deduction", "less cis deduction", "cis deducted", "less cis"])

# --- r12n2: Quebec's "No de facture" (numéro written "No" without its degree sign); a
# statement's current charges, and what a page settles or carries over between its total
# and the amount due. Kept in one block to ease merging. ---
LABELS["invoice_number"].extend(["no de facture", "no de la facture", "numero de la facture"])
#: A statement's or a bill's own charges beside the earlier balance it carries ("Total current
#: charges" above "Previous balance" and "TOTAL AMOUNT DUE"): the document's total.
LABELS["total"].extend(["total current charges", "current charges", "total new charges"])
#: What a page settles or carries over between its total and the amount due: payments made
#: by an insurer or the customer, a payer's contractual write-off, an earlier balance.
LABELS["_settled"] = [
    "insurance payment", "insurance paid", "insurance pmt", "ins payment", "payment received",
    "payments received", "patient payments", "patient payment", "contractual adjustment",
    "ppo contractual adjustment", "previous balance", "past due balance", "prior balance",
    "balance forward", "balance brought forward",
]  # fmt: skip

# --- r12x: a restaurant check's own number ("Check No: 4471" over "Tbl: 12", "Guests: 3",
# "Server: ANA"). "Check no" names a cheque's number on other pages, so it is read apart and
# taken only where the page names a table, its guests or its server. Kept in one block. ---
LABELS["_check_number"] = ["check no", "check nr", "check number", "chk no", "chk #"]
#: The labels of a restaurant check's header: its table, guests (covers) and server.
RESTAURANT_HEADER_WORDS = (
    "table", "tbl", "guests", "guest", "covers", "cover", "pax", "server", "waiter", "waitress",
)  # fmt: skip
#: A US city's or county's tax on parking, a tax line like a sales tax ("City Parking Tax 12.5%").
LABELS["vat"].extend(
    ["parking tax", "city parking tax", "county parking tax", "commercial parking tax",
     "parking sales tax"]
)  # fmt: skip

# --- r12s: Spain's "recargo de equivalencia", a second tax a wholesaler charges a retailer
# beside the IVA ("Cuota IVA 595,39", "Cuota R.E. 147,43"): both are taxes, the VAT is their
# sum. Kept in one block to ease merging. ---
#: The labels of the recargo de equivalencia's amount.
SURCHARGE_TAX_LABELS = [
    "cuota r.e.", "cuota re", "importe r.e.", "total r.e.", "recargo de equivalencia",
    "recargo equivalencia", "rec. equivalencia", "cuota recargo", "importe recargo",
    "total recargo", "recargo eq.",
]  # fmt: skip
LABELS["vat"].extend(SURCHARGE_TAX_LABELS)
#: A buyer's tax regime named in its address block ("Régimen recargo de equivalencia"): no
#: amount's label.
LABELS["_surcharge_regime"] = [
    "regimen recargo de equivalencia", "regimen de recargo de equivalencia",
    "regimen del recargo de equivalencia", "sujeto a recargo de equivalencia",
]  # fmt: skip
#: Brazil's line of the taxes contained in a consumer's prices (Lei 12.741/2012, "Tributos
#: Totais Incidentes ... Federal R$ 6,69 Estadual R$ 19,40"), the only tax an NFC-e prints:
#: the tax contained in the total, summed over its parts.
CONTAINED_TAX_STATEMENT = "tributos totais incidentes"

# --- r12q: totals, taxes, nets, tendered cash and rounding of Central / Eastern European,
# Nordic and Baltic tills and invoices (Slovak, Slovene, Croatian, Lithuanian, Latvian,
# Estonian, Romanian, Bulgarian, Hungarian, Norwegian, Danish). Kept in one block. ---
LABELS["total"].extend(
    [
        "spolu", "spolu eur", "celkom", "celkom k uhrade", "spolu k uhrade", "k zaplateniu",
        "celkem k zaplaceni", "k zaplaceni", "za placilo", "skupaj za placilo", "skupaj",
        "za platiti", "ukupno", "ukupno za platiti", "sveukupno", "is viso", "is viso moketi",
        "moketi", "viso moketi", "kokku", "kokku eur", "kokku tasuda", "tasuda", "kopa",
        "kopa apmaksai", "summa apmaksai", "kopsumma", "apmaksai", "общо", "обща сума",
        "сума за плащане", "за плащане", "всичко", "total de plata", "suma", "at betale",
        "total at betale",
    ]
)  # fmt: skip
LABELS["vat"].extend(
    [
        "ddv", "znesek ddv", "pdv", "iznos pdv", "pvm", "pvm suma", "pvn", "pvn summa",
        "kaibemaks", "km", "ддс", "ддс 20", "dph spolu", "moms i alt", "heraf moms",
    ]
)  # fmt: skip
LABELS["net"].extend(
    [
        "zaklad dph", "osnova ddv", "osnova za ddv", "osnovica", "osnovica pdv", "be pvm",
        "suma be pvm", "bez pvm", "bez pvn", "summa bez pvn", "summa km-ta", "km-ta",
        "maksustatav", "данъчна основа",
        "baza", "beskattningsunderlag", "momsgrundlag",
    ]
)  # fmt: skip
LABELS["_tendered"].extend(
    [
        "gotovina", "vracilo", "hotovost", "vydavok", "vratit", "vraceno", "reszta",
        "graza", "kateinen", "vaihtoraha", "tagasi", "atlikums", "izdots", "ресто",
        "keszpenz", "numerar", "rest", "byttepenger", "vaxel", "tilbage", "kontant",
    ]
)  # fmt: skip
LABELS["_rounding"].extend(
    ["kerekites", "zaokruzivanje", "zaokrozitev", "afrunding", "oresutjamning", "pyoristys",
     "oreafrunding", "oreafrundning", "avrunding", "oreavrunding",
     "ümardamine", "umardamine", "noapalosana", "apvalinimas", "rotunjire"]
)  # fmt: skip
LABELS["_tip"].extend(["napitnina", "napojnica", "borravalo", "dringelds", "arbatpinigiai"])
#: The document words of these markets before their number word ("RAČUN ŠT.", "Račun br.",
#: "RĒĶINS Nr.", "Kvito Nr.", "ARVE-KVIITUNG nr", "Bong nr", "Faktúra č."), and Poland's
#: receipt number ("Nr par.", not the printout counter "nr wydr.").
_R12Q_DOC_WORDS = (
    "racun", "rekins", "kvitas", "kvito", "arve", "arve-kviitung", "kviitung", "bong",
    "kvittering", "kuitti", "nyugta", "szamla", "paragon", "doklad", "faktura", "faktura",
    "chitanta", "фактура", "касова бележка",
)  # fmt: skip
_R12Q_NUMBER_WORDS = ("nr", "no", "st", "br", "c", "cislo", "№", "nro")
LABELS["invoice_number"].extend(f"{d} {n}" for d in _R12Q_DOC_WORDS for n in _R12Q_NUMBER_WORDS)
LABELS["invoice_number"].extend(
    [
        "nr par", "nr paragonu", "numer paragonu", "nyugtaszam", "szamla sorszama",
        "szamlaszam", "sorszam", "kvittonummer", "kuitin numero", "bonnummer", "bon nr",
        "stevilka racuna", "broj racuna", "saskaitos nr", "arve number", "rekina nr",
        "номер на фактура", "фактура номер",
    ]
)  # fmt: skip
#: The invoice's own number in Russian, Ukrainian and Kazakh Cyrillic ("СЧЁТ НА ОПЛАТУ №
#: ДЛ-0093", "Рахунок на оплату № 214"). Not "счёт", "рахунок" or "рачун" alone: each is also
#: a bank account ("Расчётный счёт №", "Поточний рахунок №", "Текући рачун бр.").
_CYRILLIC_DOC_WORDS = (
    "счет на оплату", "счёт на оплату", "счет-фактура", "счёт-фактура",
    "рахунок на оплату", "рахунок-фактура", "фактура",
)  # fmt: skip
LABELS["invoice_number"].extend(
    f"{d} {n}" for d in _CYRILLIC_DOC_WORDS for n in ("№", "no", "nr", "бр", "номер")
)
#: Document titles in Cyrillic (Bulgarian, Serbian, Macedonian, Ukrainian, Russian), compared
#: by their look-alike skeleton (:func:`.names.look_alike_skeleton`), as OCR without the script
#: reads them in Latin and Greek letters ("ФАКТУРА" as "ΦAKTYPA").
CYRILLIC_TITLES = (
    "фактура", "сметка", "счет", "счёт", "рахунок", "касова бележка", "квитанция", "чек",
    "проформа", "проформа фактура", "кредитно известие", "дебитно известие", "оригинал",
    "копие", "рачун", "фискален бон", "фискална сметка",
)  # fmt: skip
LABELS["due_date"].extend(
    [
        "apmaksas termins", "samaksas termins", "apmaksat lidz", "apmoketi iki",
        "mokejimo terminas", "maksetahtaeg", "tahtaeg", "rok placila", "rok za placilo",
        "datum zapadlosti", "dospijece", "dospijece placanja", "rok placanja",
        "fizetesi hatarido", "hatarido", "termen de plata", "scadenta", "data scadentei",
        "падеж", "срок за плащане", "срок на плащане", "forfaldsdato",
    ]
)  # fmt: skip
LABELS["invoice_date"].extend(
    [
        "datums", "izrakstisanas datums", "rekina datums", "datum izdavanja",
        "datum i vrijeme izdavanja", "datum racuna", "datum izdaje", "kuupaev", "arve kuupaev",
        "saskaitos data", "israsymo data", "kelte", "szamla kelte", "kiallitas kelte",
        "data emiterii", "data facturii", "дата на издаване", "дата", "datum vyhotovenia",
        "udstedelsesdato",
    ]
)  # fmt: skip
#: Slovak invoice summaries ("Celkom bez DPH", "DPH celkom", "Spolu na úhradu").
LABELS["net"].extend(["celkom bez dph", "spolu bez dph", "zaklad dane celkom"])
LABELS["vat"].extend(["dph celkom", "dph spolu"])
LABELS["total"].extend(["spolu na uhradu", "na uhradu", "celkom na uhradu", "suma na uhradu"])

# --- r12r ------------------------------------------------------------------------------
#: Greece's document number ("Αρ. Παραστατικού"; a bare "Αριθμός" is read as "No." is, by
#: :mod:`.collect`) and due date ("Ημ/νία λήξης"), its tip ("Φιλοδώρημα") and the total paid
#: with it ("ΣΥΝΟΛΟ ΠΛΗΡΩΜΗΣ"), and Mexico's due date on a utility's statement ("Fecha límite
#: de pago").
LABELS["invoice_number"].extend(
    ["αρ παραστατικου", "αριθμος παραστατικου", "αρ τιμολογιου",
     "αριθμος τιμολογιου", "αρ αποδειξης", "αριθμος αποδειξης"]
)  # fmt: skip
LABELS["due_date"].extend(
    ["ημ/νια ληξης", "ημερομηνια ληξης", "ημ ληξης", "fecha limite de pago", "fecha limite"]
)  # fmt: skip
LABELS["_tip"].extend(["φιλοδωρημα"])
LABELS["total"].extend(["συνολο πληρωμης"])

# --- r2a -------------------------------------------------------------------------------
#: Words that say a tip printed on a bill is not charged in its total ("Propina sugerida 10%:
#: $11.750,00" over "(no incluida - gracias!)", "Service non compris"):
#: :func:`.amounts._drop_uncharged_tips`.
UNCHARGED_TIP_WORDS = (
    "no incluida", "no incluido", "not included", "non inclus", "non incluse", "non compris",
    "nicht enthalten", "nicht inbegriffen", "non inclusa", "non incluso", "nao incluida",
    "nao incluido", "nao incluso", "dahil degildir", "niet inbegrepen",
)  # fmt: skip
#: Colombia's consumption tax on restaurant bills, charged instead of IVA ("Impoconsumo 8%"),
#: and Brazil's duplicata due date abbreviated ("Núm.: 001 Venc.: 09/04/2026").
LABELS["vat"].extend(["impoconsumo", "impuesto al consumo", "impuesto nacional al consumo"])
LABELS["due_date"].extend(["venc", "vencto"])
#: Taxes an Argentinian invoice charges beside its IVA, summed under "Otros tributos" (the
#: percepciones of Ingresos Brutos, municipal taxes): part of the tax the page charges.
LABELS["_other_tax"] = [
    "importe otros tributos", "otros tributos", "total otros tributos", "total percepciones",
    "importe percepciones",
]  # fmt: skip

# --- r2b -------------------------------------------------------------------------------
#: Kinds of shop a sign prints over its name: Spain's cafeteria and churreria, Italy's
#: gelateria and tabaccheria ("Cafetería" / "La Plaza").
TRADE_WORDS = (*TRADE_WORDS, "cafeteria", "churreria", "gelateria", "tabaccheria")

# --- r3 --------------------------------------------------------------------------------
#: Brazil's NF-e (its printed DANFE) states its taxes in the "Cálculo do imposto" grid, each
#: label over its value: the ICMS (inside the prices), the ICMS charged by substitution and
#: the IPI (added to them), each a part of the tax the page charges; their bases ("Base de
#: cálc. do ICMS") are no net and are read as nothing. "V. total da nota" is the total.
NFE_TAX_LABELS = (
    "valor do icms", "valor icms", "valor total do icms", "valor do icms subst",
    "valor do icms st", "valor icms st", "valor do ipi", "valor ipi", "valor total ipi",
    "valor total do ipi",
)  # fmt: skip
LABELS["vat"].extend(NFE_TAX_LABELS)
LABELS["total"].extend(["v total da nota", "vl total da nota", "valor total nota"])
LABELS["_tax_base"] = [
    "base de calc do icms", "base de calculo do icms", "base calc icms", "base calc do icms",
    "base calc icms st", "base de calc icms st", "base de calculo do icms st",
    "base de calc do icms st", "base de calculo icms st", "base de calc icms subst",
]  # fmt: skip

# --- r12tb -----------------------------------------------------------------------------
#: Legal forms as a German or Austrian trade register writes them beside the capitalised
#: ones of :data:`.lexicon.LEGAL_FORMS`: the general partnership with its small "o"
#: ("Frischemarkt Wendt oHG"), the civil-law partnership (GbR), the professional partnership
#: (PartG, PartG mbB) and Austria's GesmbH.
MORE_LEGAL_FORMS: tuple[str, ...] = (
    "oHG",
    "GbR",
    "PartG",
    "PartG mbB",
    "GesmbH",
    "Ges.m.b.H.",
    "Ges.mbH",
)

# --- r12ta -----------------------------------------------------------------------------
#: The last word of an organisation's name that is no legal form yet ends a name no proper
#: word completes alone: a cooperative, an association, a foundation, a society, a public
#: utility's authority or district, matched as whole words ("CASCADE VALLEY" over "Electric
#: Cooperative": one name set over two lines).
ORGANISATION_WORDS: tuple[str, ...] = (
    "cooperative", "co-operative", "coop", "co-op", "cooperativa", "coopérative",
    "coöperatie", "cooperatie", "genossenschaft", "andelslag", "osuuskunta", "spółdzielnia",
    "association", "associação", "asociación", "associazione", "vereniging", "verein",
    "förening", "forening", "foundation", "fundación", "fundação", "fondazione", "fondation",
    "stiftung", "stichting", "stiftelse", "society", "authority", "district", "federation",
    "fédération", "federación", "trust", "institute", "institut", "instituto", "istituto",
    "union",
)  # fmt: skip
#: The names EN 16931 gives its document totals (BT-109, BT-110, BT-112, BT-115), as the
#: visualisations of French, German, English, Spanish and Italian e-invoices print them
#: ("BT-109 Montant total hors TVA", "Gesamtbetrag ohne Umsatzsteuer").
LABELS["net"].extend([
    "montant total hors tva", "montant hors tva", "montant total ht",
    "gesamtbetrag ohne umsatzsteuer", "invoice total amount without vat",
    "importe total sin iva", "importo totale senza iva",
])  # fmt: skip
LABELS["vat"].extend([
    "montant total de la tva", "montant de la tva", "montant de tva", "montant total tva",
    "gesamtbetrag der umsatzsteuer", "importe total del iva", "importe total iva",
    "importo totale iva", "importo totale dell iva",
])  # fmt: skip
LABELS["total"].extend([
    "montant total tva comprise", "montant tva comprise", "gesamtbetrag mit umsatzsteuer",
    "invoice total amount with vat", "importe total con iva", "importo totale con iva",
])  # fmt: skip
LABELS["amount_due"].extend(["montant a payer", "importe a pagar", "importo da pagare"])

# --- i13a: the titles of a part of a construction or service contract's billing: a final
# invoice, a partial or instalment invoice ("Schlussrechnung" over "SR-2026-017",
# "Abschlagsrechnung AR-12", "Facture de situation", "Final invoice"): a title that its number
# follows as "Rechnung" does. Sentences that state no tax is charged on the goods ("Freight
# charges are not subject to sales tax"). Kept in one block to ease merging. ---
PART_INVOICE_TITLES: tuple[str, ...] = (
    "schlussrechnung", "teilrechnung", "abschlagsrechnung", "teilschlussrechnung",
    "final invoice", "interim invoice", "progress invoice", "facture finale",
    "facture de situation", "facture d acompte", "factura final", "fattura finale",
    "eindfactuur", "slotfactuur", "termijnfactuur", "faktura koncowa", "faktura zaliczkowa",
)  # fmt: skip
NUMBER_TITLES = (*NUMBER_TITLES, *PART_INVOICE_TITLES)
#: Words of a sentence that states a tax is not charged on what is billed.
NOT_TAXED_WORDS: tuple[str, ...] = (
    r"not\s+subject\s+to", r"nicht\s+steuerbar", r"non\s+soumis", r"no\s+sujet[oa]s?\s+a",
    r"non\s+soggett[oi]\s+a", r"niet\s+onderworpen\s+aan",
)  # fmt: skip
#: A restaurant's service charge left to the guest, named so on its line ("Discretionary
#: service 12.5%"): a tip, no part of the net or the VAT.
LABELS["_tip"].extend(
    ["discretionary service", "discretionary service charge", "optional service charge",
     "optional service"]
)  # fmt: skip
#: The word before a label mid-line that makes it the name of what an amount is contained in,
#: not a label of its own ("VAT 20% included in subtotal £79.22", "MwSt. enthalten im Betrag").
CONTAINER_WORDS: tuple[str, ...] = ("in", "im", "dans", "nel", "nella", "inbegrepen in")
#: Labels of the sum of the taxes of several rates ("Summe MwSt 18,74" under "A 19% ... MwSt
#: 18,14" and "B 7% Netto 8,57 MwSt 0,60"): the whole VAT, whose net the total implies even
#: where one rate's net is printed.
TAX_SUM_LABELS: tuple[str, ...] = (
    "summe mwst", "summe ust", "mwst total", "ust total", "total mwst", "gesamt mwst",
    "total vat", "vat total", "total tax", "tax total", "total tva", "tva totale",
    "total iva", "totale iva", "iva totale", "btw totaal", "totaal btw", "summa moms",
    "moms totalt", "total moms",
)  # fmt: skip
#: The words of a multi-page invoice's carried-forward subtotal at a page break ("Übertrag
#: 59.499,85", "A reporter", "Riporto", "Over te dragen", "Do przeniesienia", "Subtotal
#: forward from page 1", "Continued on next page - subtotal"): a running sum of the lines so
#: far, never the net, the total or the amount due (regular expressions, matched ignoring case).
CARRIED_FORWARD_WORDS: tuple[str, ...] = (
    r"carried\s+forward", r"brought\s+forward", r"subtotal\s+forward",
    r"continued\s+on\s+(?:the\s+)?next\s+page", r"[üu]bertrag", r"uebertrag",
    r"[àa]\s+reporter", r"report\s+de\s+la\s+page", r"a\s+riportare", r"riporto",
    r"over\s+te\s+dragen", r"do\s+przeniesienia", r"z\s+przeniesienia",
    r"suma\s+y\s+sigue", r"suma\s+anterior", r"a\s+transportar",
)  # fmt: skip


# --- r13a: a receipt's number on its till line, a seller's name set with ornaments ---
#: The words a till prints before the receipt's own number on its closing line ("Bon 4471",
#: "Beleg 0884", "TICKET 00418", "Kvitto 7741"), read only where the line or its row also names
#: the till or the date (:func:`.identifiers.receipt_word_line`).
RECEIPT_NUMBER_WORDS: tuple[str, ...] = (
    "bon", "bonnr", "beleg", "belegnr", "ticket", "tiquet", "kvitto", "kvittering", "bong",
    "receipt", "rcpt", "quittung", "scontrino", "paragon", "recibo", "recu", "reçu",
)  # fmt: skip
#: The words a till prints before its own (short) number ("Kasse 3", "CAISSE 014", "Kassa 2").
TILL_WORDS = (
    "kasse", "kassa", "caisse", "cassa", "caja", "kasa", "till", "register", "reg", "pos",
    "terminal", "lane",
)  # fmt: skip
#: Austria's partnerships ("Huber & Söhne Tankstellen OG", "Gasthof Maier KEG"): the open
#: company (offene Gesellschaft) and the old limited partnership (Kommandit-Erwerbsgesellschaft).
MORE_LEGAL_FORMS = (*MORE_LEGAL_FORMS, "OG", "KEG")
#: Portugal's public business entity ("Metropolitano de Lisboa, E.P.E."), its co-operative with
#: limited liability and its holding company's mark.
MORE_LEGAL_FORMS = (*MORE_LEGAL_FORMS, "E.P.E.", "C.R.L.", "CRL", "S.G.P.S.", "SGPS")
#: The ornaments a till sets around a word of its sign ("+ PHARMACIE +", "*** BÄCKEREI ***",
#: "~ Café ~"): never part of a name.
NAME_ORNAMENTS = "+*~=#•·★☆♦◆●○◇|_"

# --- r13b: lines that make part of a total with no tax printed ---
#: Words that open a line making part of a total with no tax printed (a taxi's "Fare" and
#: "Extras", a booking fee, a surcharge, Indonesia's shipping "Ongkos Kirim", fees "Biaya" and
#: discount "Diskon"): where a page prints one, which parts make the net is left open
#: (:func:`.amounts._parts_printed`).
TOTAL_PART_WORDS = (
    "fare", "extra", "extras", "surcharge", "surcharges", "booking fee", "fee", "fees",
    "ongkos kirim", "total ongkos kirim", "biaya", "diskon",
)  # fmt: skip

# --- r13b: euro-area words that tell the seller's country where a page names no currency ---
#: Words only euro-area countries print (regular expressions): the Dutch and Flemish VAT
#: (BTW) and Dutch chamber of commerce (KvK), the Dutch company forms (B.V.), Germany's
#: and Austria's VAT id and turnover tax act (USt-IdNr., UStG; Switzerland's is MWST/UID).
#: A page that prints none of the currency's names is then in euros, a guess at 0.5.
EURO_AREA_HINTS: tuple[str, ...] = (r"\bBTW\b", r"\bKvK\b", r"\bB\.V\.", r"\bUSt-?Id", r"\bUStG\b")

# --- i13b: Spanish direct-debit dates ---
#: A Spanish bill paid by direct debit names the day it is charged to the account ("Cargo en
#: cuenta a partir del 16/03/2026", "Fecha de adeudo"): a debit's due date, held for a person.
SPANISH_DEBIT_LABELS: tuple[str, ...] = (
    "cargo en cuenta", "fecha de adeudo",
    "adeudo el", "se cargara el", "se adeudara el",
)  # fmt: skip
DEBIT_DATE_LABELS = (*DEBIT_DATE_LABELS, *SPANISH_DEBIT_LABELS)
LABELS["due_date"].extend(SPANISH_DEBIT_LABELS)

# --- r13d: South-East Asian till receipts (a price's net before VAT, a promotion) ---
#: The net printed as what comes before the tax, without a word for "total" ("Before VAT
#: 651.87" over "VAT 7% 45.63", as Thai tills print it under a total labelled "Net Total").
LABELS["net"].extend(["before vat", "before tax", "before gst", "amount before vat"])
#: A promotion taken off the subtotal, printed with its minus ("Promo Pagi 15% -17.400",
#: Indonesia's "Potongan"): a discount.
LABELS["discount"].extend(["promo", "promotion", "potongan", "potongan harga"])
#: Legal forms printed before the name (regular expressions): Vietnam's company ("Công ty TNHH",
#: "Công ty Cổ phần", "Cty", read with or without its marks) and Indonesia's limited company
#: ("PT Mitra Niaga Lestari"), each followed by the name's words. Such a line is a legal name
#: that rivals a receipt's sign (:func:`.vendor._rivals`).
PREFIX_LEGAL_FORMS: tuple[str, ...] = (
    r"(?i:c[oôơồố]ng\s+ty|cty)\b", r"PT\.?(?=\s+[A-Z][\w&.]*\s+[A-Z])",
)  # fmt: skip


# --- r13c: labels of a shop's or a cab's owner, the receipt words of tills, Italy's tax id ---
#: Labels that name who holds or runs the business under its sign ("Titular: Rubén Ortega
#: Gil" under "TAXI MADRID", "Owner: J. Smith", "Inhaber: Lena Brandt", "Titolare: …",
#: "Propriétaire : …", "Eigenaar: …", a cab's "Licence holder"): the sign then has a rival
#: name, so it is not trusted alone (:func:`.vendor._rivals`). Compared without accents.
HOLDER_MARKERS: tuple[str, ...] = (
    *OPERATOR_MARKERS, "titular", "titulaire", "owner", "licence holder", "license holder",
    "licensee", "licenciatario", "lizenzinhaber", "konzessionar", "konzessionsinhaber",
    "proprietario", "propietario", "exploitant", "gerant", "houder", "vergunninghouder",
)  # fmt: skip
#: A till's transaction ("Till 2 Trans 55891", "REG 3 TXN 0412"), whose number the till line
#: prints after these words (:func:`.identifiers.receipt_word_line`; Italy's documento
#: commerciale, "DOC.N.0233-0019", is read there only with its "N.").
RECEIPT_NUMBER_WORDS = (*RECEIPT_NUMBER_WORDS, "trans", "transaction", "txn")
#: The French receipt's title ("Quittance 4471", "Beleg/Quittance 88-40921" on a bilingual
#: Swiss till), read like the other receipt titles before a number.
RECEIPT_NUMBER_TITLES = (*RECEIPT_NUMBER_TITLES, "quittance")
#: Italy's own tax words: the VAT number "P.IVA" / "Partita IVA" (Switzerland's Ticino prints
#: "CHE-… IVA", never "Partita IVA") and the till's "documento commerciale" the law names: a
#: page printing bare amounts under them is in euros (San Marino's too), a guess at 0.5.
EURO_AREA_HINTS = (
    *EURO_AREA_HINTS, r"(?i:\bP\.\s?IVA\b)", r"(?i:\bpartita\s+IVA\b)",
    r"(?i:\bdocumento\s+commerciale\b)",
)  # fmt: skip

# --- i13c: a correction's title, which does not by itself make a credit note ---
#: Titles of a corrected invoice ("Rechnungskorrektur", "Korrekturrechnung"): such a page either
#: credits part of an earlier invoice and prints its amounts negative (then it is a credit note
#: by its sign) or replaces the earlier invoice with full positive amounts (then it is an
#: invoice); the title alone says neither (:func:`.doctype._is_credit`).
CORRECTION_TITLES: tuple[str, ...] = ("rechnungskorrektur", "korrekturrechnung")
#: A correction's own number ("Korrektur-Nr. RK-1008"), where an invoice prints "Rechnungs-Nr.".
LABELS["invoice_number"].extend(["korrektur nr", "korrekturnummer", "korrektur nummer"])
#: Verbs with which a document names the earlier one it replaces or corrects, right before
#: that one's label ("ersetzt die Rechnung Nr. RE-1087", "replaces invoice no.", "annule et
#: remplace la facture n°"): the number after them is the earlier document's, not its own.
REPLACING_WORDS: tuple[str, ...] = (
    "ersetzt", "berichtigt", "korrigiert", "storniert", "replaces", "supersedes", "corrects",
    "cancels", "remplace", "rectifie", "annule",
)  # fmt: skip
#: Words with which a final invoice deducts an earlier one right before its title or label
#: ("abzügl. Anzahlungsrechnung Nr. AR-2025-118 vom 14.11.2025", "less advance invoice no.",
#: "moins facture d'acompte n°"): the number and date after them are the earlier document's.
DEDUCTING_WORDS: tuple[str, ...] = (
    "abzügl", "abzüglich", "abzgl", "less", "minus", "moins", "menos", "meno", "dedotto",
    "dedotta", "deducted", "déduction", "deduction",
)  # fmt: skip
#: The whole of a final invoice's work before tax and with it ("Gesamtleistung netto" |
#: "13.616,00", "Gesamtleistung brutto"): its net and its total.
LABELS["net"].extend(["gesamtleistung netto"])
LABELS["total"].extend(["gesamtleistung brutto"])
#: The names of the currencies whose letter symbols are also abbreviations ("RM", "Rs", "Rp"):
#: "Ringgit Malaysia (RM)" spells out the currency, "répertoire des métiers (RM)" a register
#: (:func:`.currencies._spelled_out`).
LETTER_SYMBOL_NAMES: tuple[str, ...] = ("ringgit", "rupee", "rupees", "rupiah")
#: The day a service was done, which French craftsmen's and contractors' invoices print beside
#: the invoice's own date ("Nantes, le 02/03/2026   Date d'intervention : 27/02/2026"): the
#: service's date, as "Leistungsdatum" or "date de livraison", never the invoice's.
LABELS["_other_date"].extend(
    ["date d intervention", "date de l intervention", "date de prestation", "date des travaux",
     "date d execution", "intervention date"]
)  # fmt: skip

# --- i13d: platform invoices (paid in full, a retainer paid, no tax charged, a tax's base in
# brackets). Kept in one block to ease merging. ---
#: Words of a payment line's label ("Amount paid -$555.69", "Payment received"): a negative
#: amount there settles the invoice's total, it does not make the invoice a credit note.
PAYMENT_LABEL_WORDS = (
    "paid", "payment", "bezahlt", "gezahlt", "paye", "pagado", "betaald", "pagato",
)  # fmt: skip
#: "Billed as non-taxable", "nontaxable services": a statement that no tax is charged.
NOT_TAXED_WORDS = (*NOT_TAXED_WORDS, r"non[- ]?taxable")
#: The word between a title and the number of what it bills ("Invoice for #MM1047", a web
#: shop's order invoice): the order's number, the page's only reference where it prints no
#: number of its own.
TITLE_FOR_WORDS = ("for", "für", "fur", "pour", "voor", "per", "para")
#: Words of an order date's label ("Order date", "Bestelldatum", "Date de commande"): a web
#: shop's invoice issued for an order is dated by it where the page prints no date of its own.
ORDER_DATE_WORDS = ("order", "bestell", "commande", "pedido", "ordine", "bestelling")

# --- r13e: receipts of blind set 13d (apps, e-mails, folios) ---
#: The vendor labels that are a document's title ("Receipt from Pomona", a mail's subject):
#: the name after them is the seller's as the title shortens it (:func:`.vendor.
#: _title_name_in_full`). Compact, as :attr:`.model.Candidate.label` holds them.
TITLE_VENDOR_LABELS = ("receiptfrom", "invoicefrom", "billfrom")
#: A seller label with the seller's second role joined by "and" ("Sold and prepared by Bombay
#: Lantern Ltd" under a delivery app's order, "Sold and shipped by …" on a marketplace's):
#: the name after it, without the label's words, is the seller's.
LABELS["vendor"].extend(
    ["sold and prepared by", "prepared and sold by", "sold and shipped by",
     "sold and dispatched by", "sold and delivered by", "sold and fulfilled by"]
)  # fmt: skip
#: A mail or messaging app's own chrome, printed at the top of a mail printed from the browser
#: or of a phone screenshot ("Mail", "< Inbox"): the app's words, never the seller's name.
APP_CHROME_WORDS = ("mail", "inbox", "gmail", "outlook", "posteingang", "messages", "back")
#: Phrases of a platform that issues a document for another business ("Rachunek wystawiony w
#: imieniu przewoźnika / przez Volta Operations OÜ", "issued on behalf of the driver by …"):
#: the name the sentence goes on with is the agent's, not the seller's.
ON_BEHALF_WORDS = (
    "on behalf of", "w imieniu", "im namen", "im auftrag", "au nom", "pour le compte",
    "en nombre de", "por cuenta de", "namens", "per conto di", "in nome e per conto",
    "em nome de", "jmenem", "nevében",
)  # fmt: skip
#: The carrier who issues a Polish passenger ride's bill ("Przewoźnik (wystawca rachunku):"
#: over the driver's business, the app only arranging the ride): a seller's heading.
LABELS["vendor"].append("przewoznik")
#: Poland's "w tym VAT 8%  2,47 zł" ("of which VAT") under a total: the tax contained in it.
_W_TYM_TAX = ("w tym vat", "w tym ptu", "w tym podatek vat")
LABELS["vat"].extend(_W_TYM_TAX)
CONTAINED_TAX_LABELS = (*CONTAINED_TAX_LABELS, *_W_TYM_TAX)
# --- r13f: receipts of blind set 13d (ride, delivery, folios) ---
#: A tip named for whom it goes to ("Rider tip £2.00" on a delivery app's order, "Driver tip"
#: on a ride's receipt): a tip like any other, in the total but neither in the net nor the VAT.
LABELS["_tip"].extend(
    ["rider tip", "driver tip", "courier tip", "delivery tip", "tip for your rider",
     "tip for your driver", "tip for your courier", "staff tip", "crew tip"]
)  # fmt: skip
#: A Spanish receipt of payment's own number ("Justificante de pago nº AL-J-26-0045871" under
#: an airline's booking code): the document's number, as "Nº justificante" is.
LABELS["invoice_number"].extend(
    ["justificante de pago n", "justificante de pago no", "n justificante de pago",
     "numero de justificante de pago"]
)  # fmt: skip
#: The date a ticket or a stay was booked and paid ("Buchungsdatum: 02.03.2026" under a rail
#: ticket's travel and validity dates, "Booked on 14 Feb 2026" over a stay's dates): the
#: date of the purchase, which a page that prints no invoice date of its own is issued on
#: (:func:`.dates._booked_on`); beside an invoice date it is another date ("Booking date" on a
#: hotel's invoice).
BOOKING_DATE_LABELS: tuple[str, ...] = (
    "buchungsdatum", "gebucht am", "booking date", "date of booking", "booked on", "date booked",
    "fecha de reserva", "reservado el", "date de reservation", "reserve le",
    "data di prenotazione", "data prenotazione", "boekingsdatum", "geboekt op",
)  # fmt: skip
LABELS["_other_date"].extend(BOOKING_DATE_LABELS)
#: A booking's confirmation number ("Confirmation number 4127.883.902" on a booking app's
#: confirmation of a stay): an order's number, the document's only reference where it prints
#: no number of its own (:func:`.collect._order_number`), never one beside such a number, and
#: no purchase order.
LABELS["_booking_ref"] = [
    "confirmation number", "confirmation no", "booking number", "booking reference",
    "booking confirmation number", "reservation number", "buchungsnummer", "bestatigungsnummer",
    "numero de confirmation", "numero de reservation", "numero de confirmacion",
    "numero de reserva", "boekingsnummer", "numero di prenotazione", "numero di conferma",
]  # fmt: skip
ORDER_WORDS = (
    *ORDER_WORDS, "confirmation", "booking", "reservation", "buchung", "bestatigung",
    "confirmacion", "reserva", "boeking", "prenotazione", "conferma",
)  # fmt: skip
# --- round r13g ---
#: Chile's and Argentina's till documents titled with their number ("BOLETA ELECTRÓNICA Nº
#: 702115", "Tique Factura Nro. 4410"): the title and its number word label the number.
_R13G_DOC_WORDS = ("boleta", "boleta electronica", "tique", "tique factura", "tiquet")
LABELS["invoice_number"].extend(
    f"{d} {n}" for d in _R13G_DOC_WORDS for n in ("n", "no", "nro", "numero", "nr")
)
#: Hungary's receipt number ("NY.SZ.: 0412/00877", "Nyugtaszám: 1187"), as "Bizonylatszám" is.
LABELS["invoice_number"].extend(
    ["ny sz", "nysz", "nyugtaszam", "nyugta szam", "nyugta sorszam", "nyugta sz"]
)  # fmt: skip

# --- round i13e ---
#: The buyer's and the seller's headings of Romania's invoices ("Cumpărător: …" beside
#: "Furnizor: …"): the buyer's block is never the seller.
LABELS["customer"].append("cumparator")
LABELS["vendor"].append("furnizor")
#: Turkey's e-Fatura prints its goods' total before tax as "Mal Hizmet Toplam Tutarı" (over
#: "Hesaplanan KDV" per rate and "Vergiler Dahil Toplam Tutar"): the net.
LABELS["net"].extend(["mal hizmet toplam tutari", "mal hizmet toplami"])
#: Its discount under that total ("Toplam İskonto"), taken off before the tax; "Toplam" alone
#: is a total.
LABELS["discount"].extend(["toplam iskonto", "iskonto tutari", "toplam indirim"])
#: An Argentinian invoice's perceptions printed one by one beside its IVA ("Percepción IIBB
#: Mendoza 3%: $ 29.880,00", "Percepción IVA"): taxes the page charges on top of the IVA.
LABELS["_other_tax"].extend(
    ["percepcion iibb", "percepcion ingresos brutos", "percepcion iva", "percepciones iibb",
     "perc iibb", "percepcion"]
)  # fmt: skip
#: The Gulf's forms: the sole establishment ("Rawabi Cooling Est.", "Al Noor Trading
#: Establishment"), the limited company with its last dot left off ("AL NOOR STATIONERY
#: TRADING L.L.C", as the UAE's trade licences print it) and Bahrain's, Qatar's and Kuwait's
#: "W.L.L." (with limited liability).
MORE_LEGAL_FORMS = (
    *MORE_LEGAL_FORMS, "Est.", "EST.", "Establishment", "ESTABLISHMENT", "L.L.C", "W.L.L",
    "W.L.L.",
)  # fmt: skip
#: Poland's "Numer: FV/112/02/2026" beside "Data wystawienia": the document's number, as
#: "Nummer" and "Number" are; the bank account's number ("Numer konta") and the number the
#: national e-invoice system gives it ("Numer KSeF") are others.
LABELS["invoice_number"].append("numer")
LABELS["_contact"].extend(
    ["numer konta", "nr konta", "numer rachunku bankowego", "nr rachunku bankowego",
     "numer ksef", "nr ksef", "ksef", "numer rachunku", "numer klienta", "nr klienta"]
)  # fmt: skip
LABELS["po"].extend(["numer zamowienia", "nr zamowienia", "numer zlecenia", "nr zlecenia"])
#: A net's label with its tax word cut off by a stamp or a narrow cell ("Total excl", "Total
#: excluding"): the total before tax, never the total.
LABELS["net"].extend(["total excl", "total excluding", "amount excl", "subtotal excl"])

# --- round pay14 ---
#: Words of a payable's label ("Total payable", "Total to pay", "Zu zahlen", "Zahlbar", "Total a
#: pagar", "Netto a pagare", "Te betalen"), as "Net à payer" holds "paye": like a payment line, a
#: negative amount there whose magnitude is the page's positive total (a deposit larger than
#: the charges) settles it; it does not make the invoice a credit note (:func:`.amounts._settles`).
PAYMENT_LABEL_WORDS: tuple[str, ...] = (  # type: ignore[no-redef]
    *PAYMENT_LABEL_WORDS, "payable", "topay", "zahlbar", "zuzahlen", "apagar", "tebetalen",
)  # fmt: skip
#: Labels of the money a customer paid at a till ("AMOUNT PAID 20.00", "Pagado", "Gegeben"):
#: the total only where no change comes back (:func:`.amounts._paid_less_change`).
TILL_PAID_LABELS: tuple[str, ...] = (
    "amount paid", "total paid", "paid", "paid amount", "amount tendered", "cash tendered",
    "tendered", "cash", "pagado", "importe pagado", "total pagado", "efectivo", "entregado",
    "bezahlt", "gegeben", "bar", "paye", "montant paye", "especes", "pagato", "importo pagato",
    "contanti", "betaald", "contant", "jumlah bayaran", "jumlah dibayar",
)  # fmt: skip
#: Labels of the change given back at a till ("CHANGE 1.50", "Cambio", "Rückgeld", "Rendu",
#: "Resto"): the money paid less it is the total.
CHANGE_LABELS: tuple[str, ...] = (
    "change", "change due", "your change", "cambio", "su cambio", "vuelto", "su vuelto",
    "ruckgeld", "wechselgeld", "rendu", "monnaie rendue", "a rendre", "resto", "troco",
    "wisselgeld", "retour", "kembali", "kembalian", "vaihtoraha", "vaxel", "byttepenger",
    "tilbage", "reszta", "vracilo", "visszajaro", "otsuri", "o tsuri", "para ustu",
    "baki", "jumlah baki", "baki tunai", "jumlah kembali", "jumlah kembalian",
)  # fmt: skip
LABELS["_tendered"].extend(["resto", "su resto", "contanti", "monnaie rendue", "your change"])
#: Germany's "Zahlbarer Betrag" (the amount payable), as "Zu zahlender Betrag" is.
LABELS["amount_due"].extend(["zahlbarer betrag"])

# --- round r13h ---
#: A till's bill number as "Bill #: HM-0093" (as "Inv #" labels an invoice's), and a
#: restaurant check's number after a bare "Check:" (read only where the page names its table,
#: guests or server, as "Check No" is: elsewhere it is a cheque).
LABELS["invoice_number"].extend(["bill #", "bill no #"])
LABELS["_check_number"].extend(["check", "chk"])
#: What a bill asks to be paid after its round-off, as Indian tills print it ("NET PAYABLE
#: Rs. 727.00"): the sum payable, never a net before tax.
LABELS["amount_due"].extend(["net payable", "net amount payable"])
#: Cash handed over named with the word of paying before it ("Paid: CASH 1000.00", "Paid by
#: cash"): tendered as "CASH" is, so a "Balance" under it that is the cash less the total is
#: the change given back.
LABELS["_tendered"].extend(["paid cash", "paid by cash", "paid in cash"])
#: India's short word for a date ("Dt: 19-03-2026", "Inv Dt", "Bill Dt"); "Dt" alone counts
#: only before its colon (:data:`.labels.COLON_ONLY`).
LABELS["invoice_date"].extend(["dt", "inv dt", "bill dt", "invoice dt"])

# --- round r13i ---
#: The head of a closed compound that names a kind of business, not a business: "Taxi|
#: unternehmen", "Maler|betrieb", "Kurier|dienst", "Taxi|zentrale", "Schoonmaak|bedrijf",
#: "Taxi|bolaget". A word so built, alone on a sign's line, says what the shop does; the
#: seller is the name printed with it ("Taxiunternehmen" / "M. Yilmaz").
BUSINESS_KIND_HEADS: tuple[str, ...] = (
    "unternehmen", "betrieb", "dienst", "service", "zentrale", "bedrijf", "bolag", "bolaget",
    "firma", "yritys",
)  # fmt: skip
#: An order's number under the German, French, Spanish and Italian words for an order
#: ("Auftragsnummer 81-4471-2290" on a ticket seller's receipt, "N° de commande"): the only
#: reference a page gives that prints no number of its own, not even after its title (an
#: invoice's "Votre commande" is its customer's order). Read unlabelled, held.
LATE_ORDER_WORDS: tuple[str, ...] = ("auftrag", "commande", "pedido", "ordine")
#: A French professional's fee note ("Note d'honoraires n° 2026-014"): its title names the
#: document as "Facture" does, and the number after it is the document's own.
_FEE_NOTES = ("note d'honoraires", "note d honoraires", "note dhonoraires", "nota de honorarios")
LABELS["invoice_number"].extend(f"{d} {n}" for d in _FEE_NOTES for n in ("n", "no", "nr", "numero"))
#: An eatery's kind as a sign prints it on a line of its own under its name ("HARBOUR & ELM" /
#: "KITCHEN", "ROSA'S" / "GRILL"): part of the trade name.
TRADE_WORDS = (*TRADE_WORDS, "kitchen", "grill", "diner", "eatery")
#: A Spanish insurance receipt's premium before its taxes ("Prima neta 612,40 €") and the sum
#: of the premium's taxes, the insurance premium tax and the surcharges ("Total impuestos y
#: recargos"): its net and its tax.
LABELS["net"].extend(["prima neta", "prima neta total"])
LABELS["vat"].extend(["total impuestos y recargos", "total impuestos", "impuestos y recargos"])
#: "exkl." with its "l" read as a capital "I" ("Total exkI. MWST", OCR's commonest confusion on
#: a sans-serif face): still the net's label.
LABELS["net"].extend(["total exki mwst", "total exki", "exki mwst", "betrag exki mwst"])
#: Italy's "Spett.le" (the addressee's courtesy word) with its "l" read as an "i" or a "1"
#: ("Spett.ie Congressi … S.r.l."): still the customer's label.
LABELS["customer"].extend(["spett ie", "spett 1e"])

# --- review rv13i ---
#: What a compound of a business word vaunts rather than names ("Meister|betrieb", "Fach|
#: betrieb", "Innungsfach|betrieb", "Familien|unternehmen", "Traditions|unternehmen", "Ausbil-
#: dungs|betrieb", "Erkend leer|bedrijf", "Familje|företag"): a boast set under the firm's name,
#: never part of its sign.
BOAST_KIND_MODIFIERS: tuple[str, ...] = (
    "meister", "fach", "familien", "traditions", "ausbildungs", "innungs", "handwerks",
    "qualitats", "leer", "familie", "familje",
)  # fmt: skip
#: A receipt book's line for who paid ("Erhalten von", "Reçu de", "Ricevuto da", "Received
#: from", Switzerland's "Von / de / da"): the payer, the page's customer; the seller is its
#: stamp, its letterhead or its signature. French "Reçu de" only where no word follows it
#: ("Reçu de paiement" is a title).
PAYER_LABELS: tuple[str, ...] = (
    "erhalten von", "received from", "ricevuto da", "recu de", "von / de / da",
)  # fmt: skip
PAYER_LABELS_ALONE: tuple[str, ...] = ("recu de",)
LABELS["customer"].extend(PAYER_LABELS)
#: The customer's number under the word for who gave the order ("Auftraggeber-Nr.: 10023"
#: under a receipt's title): never the page's own number.
LABELS["_customer_number"].extend(["auftraggeber nr", "auftraggebernummer", "auftraggeber no"])
#: The customer's possessive before an order's word ("Votre commande", "Ihr Auftrag", "Su
#: pedido", "Vostro ordine", "Your order"): the customer's own order, no reference of the page.
CUSTOMER_POSSESSIVES: tuple[str, ...] = ("ihr", "ihre", "votre", "vos", "su", "vostro", "your")

# --- this session's last review (13h: a legal name cut short) ---
#: "Beratungs|gesellschaft", "Handels|gesellschaft": a company word closing a compound names a
#: kind of company; with its legal form alone on a line ("Beratungsgesellschaft mbH") it is
#: the tail of a name whose first line is printed above it.
BUSINESS_KIND_HEADS = (*BUSINESS_KIND_HEADS, "gesellschaft")

# --- round r13j ---
#: Trades a sign names under its proper name ("RIDGELINE" / "HARDWARE & SUPPLY"): kinds of
#: shop, never a seller's own name alone.
TRADE_WORDS = (*TRADE_WORDS, "hardware", "supply", "supplies")

# --- round i13i ---
#: What a card terminal's slip calls the running count of its transactions ("Trx. Seq-Cnt",
#: "Seq. No.", "Sequence", "Zähler", "Compteur"): the terminal's counter, never the number of
#: the receipt the slip is printed under.
SEQUENCE_COUNTER_WORDS: tuple[str, ...] = (
    "seq", "sequence", "cnt", "counter", "zahler", "zähler", "compteur", "contatore", "contador",
)  # fmt: skip
#: Switzerland's and Germany's receipt word as the key of the receipt's own number in a
#: column of keys ("Quittung" | "396664"), as "Beleg" | "7731" is.
RECEIPT_NUMBER_TITLES = (*RECEIPT_NUMBER_TITLES, "quittung")
#: The private limited company of Luxembourg, Belgium and Switzerland as they print it in
#: words apart ("Lux Bureautique S.à r.l."), with or without its last dot.
MORE_LEGAL_FORMS = (*MORE_LEGAL_FORMS, "S.à r.l.", "S.à r.l", "S.à.r.l.", "s.à r.l.")
#: The net due date of an invoice with Skonto terms, as SAP and German ERP print it under the
#: discount line ("Nettofällig am 06.03.2026", "Netto fällig: 06.03.2026").
LABELS["due_date"].extend(["nettofallig am", "nettofallig", "netto fallig am", "netto fallig"])
#: Belgium's and Luxembourg's words for net and gross: "HTVA" (hors TVA) and "TVAC" (TVA
#: comprise), as their invoices print "Total HTVA" over "Total TVA" over "TOTAL TVAC".
LABELS["net"].extend(["total htva", "montant htva", "htva", "total hors tva", "sous total htva"])
LABELS["total"].extend(["total tvac", "montant tvac", "tvac", "total tva comprise"])
#: The words a till prints before the store's number at the head of its closing line ("MAG
#: 0412 CAISSE 007 TICKET 3826", "FIL 112 KASSE 3 BON 4471", "STORE 0417 REG 08").
STORE_KEY_WORDS: tuple[str, ...] = (
    "mag", "magasin", "store", "filiale", "fil", "tienda", "negozio", "pdv", "site",
)  # fmt: skip
#: German tills' word for the cash handed over, alone in its cell ("Bar" | "20,00" over
#: "Rückgeld" | "4,58"), as "Cash" over "Change": the paid less the change is the total
#: (:func:`.amounts._paid_less_change`). No label anywhere else: "BAR PASTICCERIA" is a sign.
BARE_CASH_WORDS: tuple[str, ...] = ("bar", "bar eur", "bar chf", "bargeld", "bar gegeben")

# --- round r13k ---
#: Legal forms printed only after a name: one opening a line ("PC OPTIMUM PTS EARNED", a
#: loyalty scheme's line on a pharmacy's till slip) is a word of the line, no legal form.
#: Forms that open names in their countries ("SIA", "UAB", "AS", "ООО", "PT") are not here.
SUFFIX_ONLY_FORMS: tuple[str, ...] = (
    "PC", "P.C.", "LLC", "L.L.C.", "LLP", "INC", "INC.", "LTD", "LTD.", "GMBH", "PTY LTD",
)  # fmt: skip
#: A hotel folio's guest ("Guest: Mr. T. Okafor" over the guest's company and address): the
#: folio's customer, whose block is never the hotel's name.
LABELS["customer"].extend(["guest", "guest name"])
#: The United States' and Canada's taxes on a room night, a sales tax on lodging that a
#: folio prints under each night's charge ("Lodging Tax 14.75%", "Occupancy Tax"). Europe's
#: city or tourist tax per guest is no VAT and is not here.
LABELS["vat"].extend(["lodging tax", "occupancy tax"])

# --- round i13k ---
#: A French restaurant's bill is its "note" ("Note n° 218", "NOTE N. 0412"): its own number.
#: Only with "n°"/"N.": "Delivery Note No." names another document.
LABELS["invoice_number"].extend(["note n"])

# --- round r13l ---
#: Poland's printout counter printed without its "nr" ("wydr. 7731"): the same counter as
#: "nr wydr.", the receipt's number only where its till line prints none.
LABELS["_printout_number"].extend(["wydr"])
#: Finland's receipt word on the till's closing line ("Kuitti 7102 Kassa 03 26.11.2026").
RECEIPT_NUMBER_WORDS = (*RECEIPT_NUMBER_WORDS, "kuitti")
#: The slip a till prints, numbered on its closing line ("TILL 04  SLIP 1182  12/02/26 16:05",
#: as South African and Australian tills print it).
RECEIPT_NUMBER_WORDS = (*RECEIPT_NUMBER_WORDS, "slip")
#: Brazil's NFC-e names its total "Valor total R$" over the payment block ("FORMA PAGAMENTO |
#: VALOR PAGO R$"); only with its currency, as an item table's column is "Valor Total" alone.
LABELS["total"].extend(["valor total r"])

# --- round i13l ---
#: Croatia's due date in the genitive, as its invoices print it ("Datum dospijeća:"), beside
#: the nominative "dospijeće" already known.
LABELS["due_date"].extend(["datum dospijeca", "dospijeca"])
#: Poland's tax line in the totals block ("Podatek VAT 23%: -435,85 zł").
LABELS["vat"].extend(["podatek vat"])
#: Slovenia's short invoice number label ("Št. računa: 2026-00087").
LABELS["invoice_number"].extend(["st racuna"])
#: Slovenia's and Croatia's buyer headings ("Prejemnik:", "Kupec:", "Kupac:", "Naročnik:").
LABELS["customer"].extend(["prejemnik", "kupec", "kupac", "narocnik"])

# --- round rv13l ---
#: The document types' codes a Portuguese series number opens with (SAF-T PT's "FS A/4821",
#: "FT 2026/118", "FR FR01/392", "NC A/12"): the only codes read as a series' number beside the
#: date under a title; a table and its covers ("TBL 12/4"), a till ("POS 02/1182") or a
#: customer's account ("KD 10/44718") has that shape too.
SERIES_DOCUMENT_CODES = frozenset(
    {
        "FT", "FS", "FR", "NC", "ND", "VD", "TV", "TD", "AA", "DA", "GR", "GT", "GA", "GC",
        "GD", "RC", "RG", "CM", "CC", "FC", "FO", "NE", "OU", "OR", "PF", "RP", "RE", "CS",
        "LD", "RA",
    }
)  # fmt: skip
#: Words of a total that holds only on a condition (an early payment's discount, a next
#: visit's coupon): "Total if paid by 24/11/2026", "Zahlbetrag bei Zahlung innerhalb 10
#: Tagen". A total over such a discount and such a lower amount is still the total.
CONDITIONAL_TOTAL_WORDS = (
    "if paid", "paid within", "paid by", "within", "early payment", "prompt payment",
    "next visit", "next purchase", "bei zahlung", "innerhalb", "skonto", "si paiement",
    "escompte", "pronto pago", "si paga", "entro il", "binnen", "prochaine visite",
    "nachsten einkauf", "proxima compra", "early pay", "early-pay", "if received",
)  # fmt: skip
#: Brazil's NFC-e adds its surcharges between "Valor total R$" and "Valor a pagar R$"
#: ("Acréscimos R$ 4,00"): part of the net like a service charge, the payable the total.
LABELS["_service"].extend(["acrescimos", "acrescimo", "acrescimos r", "acrescimo r"])

# --- round rv13i ---
#: Stems of the word after a bare date word that names a date other than the due date
#: ("Datum isporuke", "Datum dobave", "Data livrării": delivery; "Datum prometa", "Datum
#: opravljene storitve": supply; "Datum narudžbe": order; "Datum otpreme": dispatch; "Datum
#: plačila", "Datum uplate": payment made; "Datum važenja": validity; "Datum ispisa":
#: printed): a later date there is no due date the reader missed. Compact (accents removed).
#: Not "valut" (Croatia's "Datum valute" is the due date), nor "plaćanja"/"zapłaty", which
#: some print for it: held.
OTHER_DATE_STEMS = (
    "isporuk", "dobav", "dostav", "dostaw", "dodan", "dodav", "livr", "liefer",
    "lever", "entreg", "consegn", "deliver", "ship", "otprem", "odprem", "expedi", "wysyl",
    "promet", "storitv", "uslug", "usluz", "izvrs", "opravlj", "plneni", "uskutec", "zdanitel",
    "sprzeda", "narudz", "naroc", "zamow", "objedn", "comand", "bestell", "order", "pedido",
    "ordin", "placil", "uplat", "vazenj", "vazn", "wazn", "valid", "platnost",
    # printed, posted, made, exported ("Datum ispisa", "Data wydruku", "Datum knjiženja")
    "ispis", "izpis", "tisk", "wydruk", "tipar", "print", "knjiz", "ksieg", "kreir", "izrad",
    "export", "izvoz",
)  # fmt: skip

# --- round i13m/r13m ---
#: Chile's and Argentina's buyer label on an electronic invoice, "Señor(es):" / "Sr(es).:",
#: and Spanish "Señores": the customer's name follows.
LABELS["customer"].extend(["senor es", "senores", "sr es", "sres"])
#: Mexico's CFDI names the buyer "Receptor" (the seller "Emisor"), as every printed copy of a
#: Mexican e-invoice does.
LABELS["customer"].extend(["receptor", "datos del receptor", "nombre del receptor"])
#: A tip in Finnish ("Tippi", "Juomaraha") and Norwegian ("Driks"): in the total paid, neither
#: the net nor the VAT.
LABELS["_tip"].extend(["tippi", "juomaraha", "driks"])

# --- round 13n ---
#: Poland's till total of the tax ("Podatek PTU 12,93" under the "Kwota A 23,00%" lines),
#: beside the "Suma PTU" and "Podatek VAT" already known.
LABELS["vat"].extend(["podatek ptu"])

# --- round 13q ---
#: More trades a DIY store's, an optician's or a tyre fitter's sign names under its proper
#: name ("LAKESIDE" / "HOME & HARDWARE", "SRI BALAJI" / "HARDWARE & PAINTS").
TRADE_WORDS = (*TRADE_WORDS, "home", "paint", "paints", "optical", "opticians", "tyres", "tires")

# --- r13v: a validity date (a loyalty card's, a voucher's, an offer's): never the document's ---
#: "Karte gültig bis 31.12.2026" under a till receipt, "Valid until", "Valable jusqu'au": the
#: date the card or offer lapses, read as another date (:func:`.dates._first_date` passes it).
LABELS["_other_date"].extend(
    w
    for w in (
        "gultig bis", "valid until", "valid thru", "valid through", "expiry date", "expires",
        "valable jusqu au", "valide jusqu au", "valido hasta", "valida hasta", "valido fino al",
        "valida fino al", "geldig tot", "giltig till", "giltig t o m", "gyldig til",
        "gyldig t o m", "wazna do", "platnost do",
    )
    if w not in LABELS["_other_date"]
)  # fmt: skip
#: An Italian header grid's "Pagamento" column ("RiBa 30/04/2026", "Bonifico 30 gg d.f."):
#: the payment terms, whose one date is the due date (:func:`.collect._terms_after_label`).
LABELS["payment_terms"].append("pagamento")

# --- r13z: India's tax totals under a GST summary table ---
#: "Total CGST 6,186.56" and "Total SGST 6,186.56" under a summary of CGST and SGST per rate:
#: each component's total, not the document's (their sum is the tax:
#: :func:`.amounts._component_sums`).
COMPONENT_TAX_TOTALS = ("total cgst", "total sgst", "total igst", "total utgst")
LABELS["vat"].extend(COMPONENT_TAX_TOTALS)
#: Ireland's designated activity company and company limited by guarantee ("Aerlinn Air DAC",
#: "Rural Energy Network CLG"), and its Irish-language "Teoranta" (limited).
MORE_LEGAL_FORMS = (*MORE_LEGAL_FORMS, "DAC", "CLG", "Teoranta", "Teo.")
#: A line's discount in percent, in a column of its own between the unit price and the amount
#: ("Rab %" on a Swedish wholesaler's lines, "Disc %", "Dto.", "Sconto %"): no column of the
#: item's price, quantity or amount (the amount after it is net of it).
COLUMNS["discount"] = [
    "disc", "disc %", "discount", "discount %", "rab", "rab %", "rabatt", "rabatt %", "rabat",
    "rabat %", "remise", "remise %", "sconto", "sconto %", "sc %", "dto", "dto %",
    "desc %", "descuento", "korting", "korting %", "alennus", "ale %", "nachlass", "indirim",
    "isk %", "sleva", "sleva %", "rabaty",
]  # fmt: skip
#: The Nordic unit column's abbreviations ("Antal Enh.", "Ant. Enh", "Yks."; header words are
#: compared without their points).
COLUMNS["unit"].extend(["enh", "yks"])
#: Indonesia's and Malaysia's words for a till receipt before its number ("Struk:
#: 0417-260124-00311", "Resit: 88-2041" under the items).
RECEIPT_NUMBER_TITLES = (*RECEIPT_NUMBER_TITLES, "struk", "resit", "kuitansi")

# --- round 14d: bills and tills that print many amounts and dates ---
#: Dutch "Uiterlijk op" (at the latest on) over a bill's deadline in its summary box ("Te
#: betalen | Uiterlijk op | Factuurnummer" over "€ 221,21 | 15 maart 2026 | ..."), and Spanish
#: "vence" (falls due) before an instalment's date ("Parcialidad 1/3 vence 12/02/2026").
LABELS["due_date"].extend(
    ["uiterlijk op", "uiterlijk te betalen op", "te betalen uiterlijk op", "vence", "vence el"]
)
#: Czech "Č. dokladu:" (the document's number, "číslo" shortened) and "Číslo účtenky".
LABELS["invoice_number"].extend(["c dokladu", "c uctenky", "cislo uctenky"])
#: A stamp duty charged on an insurance premium beside its GST ("GST $148.60", "NSW stamp duty
#: (9%) $147.11", "Total premium payable $1,781.71"): a tax the page charges on top of the
#: GST, summed with it (:func:`.amounts._with_other_taxes`) where the three then add up.
LABELS["_other_tax"].extend(["stamp duty", "nsw stamp duty", "vic stamp duty", "qld stamp duty"])
#: The Gulf's and the former Soviet Union's joint-stock companies ("Sahara Connect
#: Telecommunications PJSC", "Oman Telecom SAOG", "Qatar Fuel Q.P.S.C."), in their printed forms.
MORE_LEGAL_FORMS = (
    *MORE_LEGAL_FORMS, "PJSC", "P.J.S.C.", "P.J.S.C", "OJSC", "CJSC", "P.S.C.", "SAOG",
    "S.A.O.G.", "SAOC", "S.A.O.C.", "QPSC", "Q.P.S.C.", "Q.S.C.", "B.S.C.", "K.S.C.P.",
)  # fmt: skip
#: The Nordic words for a till receipt, and "Receipt" itself, set as a column's title with the
#: receipt's plain number alone beside it ("Kvittering | 88120" over "04.05.2026 | 07:51").
RECEIPT_NUMBER_TITLES = (*RECEIPT_NUMBER_TITLES, "kvittering", "kvitto", "kuitti", "receipt")
#: Public bodies and institutions that finish a two-line name in large type ("DRAKENSTEIN
#: VALLEY" / "LOCAL MUNICIPALITY", "RIVERTON" / "City Council"): organisation words too.
ORGANISATION_WORDS = (
    *ORGANISATION_WORDS, "municipality", "council", "municipalidad", "municipio", "comune",
    "gemeente", "kommune", "kommun", "gemeinde", "commune", "board", "commission", "agency",
    "university", "universität", "université", "universidad", "università", "college",
    "hospital", "school", "church", "parish", "club",
)  # fmt: skip

# --- round 14e: who is the seller ---
#: Lines that name a party other than the seller with its legal form: a till's software or
#: POS supplier (as the Philippines' receipts print it), a brand's owner ("PetroAndes es una
#: marca de Distribuidora PetroAndes S.A.", "... is a brand of ..."), a licensor ("licence
#: from Auckland Airport Retail Ltd."): never the seller's name (matched compact).
PARENT_NOTICE_WORDS = (
    *PARENT_NOTICE_WORDS, "pos supplier", "pos provider", "software supplier",
    "es una marca de", "is a brand of", "a brand of", "trademark of", "eine marke der",
    "eine marke von", "une marque de", "un marchio di", "licence from", "license from",
    "licenca de", "licencia de",
)  # fmt: skip
#: The buyer's billing address heading its block ("Fakturaadress" over "Fjällmejeriet AB" on a
#: Swedish agency's invoice, "Billing address", "Laskutusosoite").
#: Headings only: they count at a line's start, not at a sentence's end ("... any change to
#: your billing address", :data:`HEADING_ONLY_LABELS`).
BILLING_ADDRESS_HEADINGS = (
    "fakturaadress", "fakturaadresse", "faktureringsadresse", "billing address",
    "invoice address", "indirizzo di fatturazione", "direccion de facturacion",
    "adres do faktury", "fakturacni adresa",
)  # fmt: skip
LABELS["customer"].extend([*BILLING_ADDRESS_HEADINGS, "laskutusosoite"])
#: A franchise's or concession's statement of who runs the place ("This location is operated
#: by 2287416 Ontario Inc. o/a ...", "Franchise store operated by"): the seller's label. A
#: bare "operated by" is not (a flight "operated by" another airline).
OPERATOR_STATEMENTS: tuple[str, ...] = (
    "this location is operated by", "location is operated by", "this store is operated by",
    "store is operated by", "this restaurant is operated by", "restaurant is operated by",
    "franchise store operated by", "franchise operated by", "independently owned and operated by",
    "this franchise is operated by", "this outlet is operated by", "this branch is operated by",
)  # fmt: skip
LABELS["vendor"].extend(OPERATOR_STATEMENTS)
#: A service provider's heading over its block, as French, Spanish, Italian and German invoices
#: head the seller's ("Prestataire" | "Client").
#: Headings only (:data:`HEADING_ONLY_LABELS`): "Payment service provider: Stripe ..." or
#: "Internet service provider: ..." in a footer names another party.
PROVIDER_HEADINGS = (
    "prestataire", "prestataire de services", "prestador de servicios", "prestatore",
    "leistungserbringer", "dienstleister", "service provider",
)  # fmt: skip
LABELS["vendor"].extend(PROVIDER_HEADINGS)
#: Labels that head a party's block: a label only where nothing is printed before them in
#: their line.
HEADING_ONLY_LABELS = (*BILLING_ADDRESS_HEADINGS, *PROVIDER_HEADINGS)
#: Norway's "herav mva 25 %" (of which VAT) under a total: the tax contained in it, as
#: Denmark's "heraf moms".
_HERAV = ("herav mva", "herav merverdiavgift", "herav moms", "hvorav mva")
LABELS["vat"].extend(_HERAV)
CONTAINED_TAX_LABELS = (*CONTAINED_TAX_LABELS, *_HERAV)

# --- round 14f ---
#: The Philippine BIR receipt's net ("VATable Sales", beside "VAT-Exempt Sales", "Zero-Rated
#: Sales" and "VAT Amount"), as its tills and service invoices print it: the whole net only
#: where the exempt and zero-rated sales are nil (:func:`.amounts._vatable_part`).
VATABLE_NET_LABELS = ("vatable sales", "vatable amount")
LABELS["net"].extend(VATABLE_NET_LABELS)
#: Malay's bill words: its subtotal ("Jumlah Kecil"), service charge ("Caj Perkhidmatan 10%")
#: and rounding line ("Pembundaran", beside Indonesian "Pembulatan").
LABELS["net"].extend(["jumlah kecil", "subjumlah"])
LABELS["_service"].extend(["caj perkhidmatan", "caj servis"])
LABELS["_rounding"].extend(["pembundaran", "pelarasan pembundaran"])
#: Malaysia's bill number with its noun after "No." as Malay abbreviates it ("No. Bil:").
LABELS["invoice_number"].extend(["no bil"])
#: A UK till's sale number on its till line ("Sale 118204 Till 1 Op: Morwenna").
RECEIPT_NUMBER_WORDS = (*RECEIPT_NUMBER_WORDS, "sale")

# --- round 14j ---
#: More of an operator's statements: the operator "independently" runs the place without
#: owning it, and the Nordic statements of who runs a shop ("Butiken drivs av Lindqvist
#: Handel AB"). Specific phrases with their subject only: "operated by" alone names an
#: airline's carrier, and "betrieben von", "exploité par", "owned and operated by" name a
#: marketplace's or a website's operator as often as a shop's.
_MORE_OPERATOR_STATEMENTS = (
    "independently operated by", "is independently operated by", "butiken drivs av",
    "butikken drives av", "butikken drevet av", "kiosken drivs av", "kiosken drives av",
    "restaurangen drivs av", "restauranten drives av", "hotellet drivs av", "stationen drivs av",
)  # fmt: skip
OPERATOR_STATEMENTS = (*OPERATOR_STATEMENTS, *_MORE_OPERATOR_STATEMENTS)
LABELS["vendor"].extend(_MORE_OPERATOR_STATEMENTS)
#: A Brazilian boleto's payer ("Pagador", formerly "Sacado") heads the customer's block, as
#: "Tomador do serviço" does the service invoice's; "Emissão" alone heads the issue date's
#: cell in a header grid, as Spanish "Emisión" does.
LABELS["customer"].extend(["pagador", "sacado"])
LABELS["invoice_date"].extend(["emissao", "emision"])
#: Brazil's ICMS stated on its own ("ICMS 12% (incluso no valor)" on a freight or service
#: invoice): a tax's name like VAT's, the tax contained in the total where the line says so
#: (:data:`.amounts._RATED_INCLUDED`).
TAX_WORDS = (*TAX_WORDS, "icms")
LABELS["vat"].append("icms")

# --- round 14k ---
#: A due date's labels in the plural, heading the instalments or the one date they list
#: ("Scadenze: 30/04/2026 € 1.186,95", "Vencimientos:", "Échéances :", "Vencimentos:").
LABELS["due_date"].extend(["scadenze", "vencimientos", "echeances", "vencimentos"])
#: Portugal's "Lda" closes a name; opening a line it is Spain's "Licenciada", a pharmacist's
#: title before her name ("Lda. María José Ortega Ruiz" under "FARMACIA ORTEGA RUIZ").
SUFFIX_ONLY_FORMS = (*SUFFIX_ONLY_FORMS, "LDA", "LDA.")

# --- round 14o ---
#: The summaries of Croatian, Serbian, Bosnian and Slovene invoices: the net "without VAT"
#: ("Ukupno bez PDV-a", "Iznos bez PDV", "Skupaj brez DDV", "Znesek brez DDV") and the VAT's
#: sum ("PDV ukupno", "Ukupno PDV", "DDV skupaj"), which "Ukupno" / "Skupaj" alone read as a
#: total. Czech "DPH celkem" and "Základ DPH" read already.
LABELS["net"].extend(
    [
        "ukupno bez pdv", "ukupno bez pdv-a", "ukupno bez pdva", "iznos bez pdv",
        "iznos bez pdv-a", "iznos bez pdva", "osnovica za pdv", "vrijednost bez pdv",
        "vrijednost bez pdv-a", "skupaj brez ddv", "znesek brez ddv", "vrednost brez ddv",
        "skupaj brez ddv-ja",
    ]
)  # fmt: skip
LABELS["vat"].extend(
    ["pdv ukupno", "ukupno pdv", "ukupan pdv", "iznos pdv-a", "ddv skupaj", "skupaj ddv",
     "skupni ddv"]
)  # fmt: skip
#: More Baltic and Central European names of a tip ("Dzeramnauda 2,00" under a Latvian café's
#: sum, Estonian "Jootraha", Slovak "Prepitné", Romanian "Bacșiș", Icelandic "Þjórfé").
LABELS["_tip"].extend(["dzeramnauda", "jootraha", "prepitne", "bacsis", "thjorfe"])
#: Latvia's, Lithuania's and Estonia's receipt ("Čeks Nr. 00231", "Čeka Nr.", "Kvīts Nr.",
#: "Čekis Nr.", "Tšekk nr 0417-3321").
LABELS["invoice_number"].extend(
    f"{d} {n}"
    for d in ("ceks", "ceka", "kvits", "cekis", "ceko", "tsekk", "tseki")
    for n in _R12Q_NUMBER_WORDS
)
#: Lithuania's (and the former Yugoslav countries') series before the number word ("Serija
#: VBT Nr. 004517"), read as Romania's "Seria CLG nr. 00842" is.
LABELS["invoice_number"].append("serija")
#: Money the seller already holds, deducted after the total as a deposit is ("Less: money held
#: on account (received 9 January 2026) (1,000.00)" under a solicitor's TOTAL, "Payment on
#: account", "Deposit paid", "Advance received", "Retainer applied"): the total stays the
#: bill's, the balance is what is left to pay.
LABELS["_prepaid"].extend(
    ["money held on account", "money on account", "held on account", "funds held on account",
     "payment on account", "payments on account", "paid on account", "received on account",
     "deposit paid", "deposit received", "advance paid", "advance received",
     "retainer applied", "retainer paid"]
)  # fmt: skip
#: Croatia's consumption tax on drinks in bars and restaurants ("PNP 3%", porez na
#: potrošnju), printed in the till's tax table beside PDV's rates: a tax of the bill too.
LABELS["vat"].extend(["pnp", "porez na potrosnju"])
#: Spain's statement of who runs a shop or a concession ("Explotación: Artemis Gestión Cultural,
#: S.L." under a museum shop's sign, "Explotado por", "Empresa explotadora"): the operator is
#: the seller.
_SPANISH_OPERATOR_STATEMENTS = (
    "explotacion", "explotado por", "explotada por", "empresa explotadora",
    "entidad explotadora", "sociedad explotadora",
)  # fmt: skip
#: ... "Explotación" alone only before its colon: "Explotación Agrícola Hermanos Ruiz, S.L."
#: is a farm's name and "Explotación agrícola nº ES41…" its register line
#: (:data:`.labels.COLON_ONLY`).
COLON_ONLY_LABELS = ("explotacion",)
OPERATOR_STATEMENTS = (*OPERATOR_STATEMENTS, *_SPANISH_OPERATOR_STATEMENTS)
LABELS["vendor"].extend(_SPANISH_OPERATOR_STATEMENTS)
#: A Finnish bank transfer form's two parties (tilisiirto / girering), printed in Finnish and
#: Swedish: the payee ("Saaja / Mottagare", the seller, paid into the account above it) and the
#: payer ("Maksaja / Betalare", the customer). "Mottagare" alone stays a goods' recipient.
LABELS["vendor"].extend(["saaja", "saaja mottagare", "saajan nimi"])
LABELS["customer"].extend(["maksaja", "maksaja betalare", "betalare"])
#: The Baltic invoices' party headings: Latvian supplier and seller ("Piegādātājs:",
#: "Pārdevējs:") and recipient, buyer and payer ("Saņēmējs:", "Pircējs:", "Maksātājs:");
#: Lithuanian seller and supplier ("Pardavėjas", "Tiekėjas") and buyer ("Pirkėjas"); Estonian
#: seller and supplier ("Müüja", "Tarnija") and buyer ("Ostja").
LABELS["vendor"].extend(["piegadatajs", "pardevejs", "pardavejas", "tiekejas", "muuja", "tarnija"])
LABELS["customer"].extend(["sanemejs", "pircejs", "maksatajs", "pirkejas", "ostja"])
#: Wishes a receipt closes with ("Bon rétablissement !" under a pharmacy's till, "Glad alla
#: hjärtans dag!", "Enjoy your meal"): closing lines, never a name.
CLOSING_WORDS = (
    *CLOSING_WORDS, "bon retablissement", "prompt retablissement", "get well soon",
    "gute besserung", "pronta guarigione", "que se mejore", "beterschap", "god bedring",
    "glad alla", "enjoy your", "happy holidays", "merry christmas", "joyeux noel",
    "frohe weihnachten", "feliz navidad", "buon natale", "bonnes fetes", "have a great",
    "have a good", "drive safe", "drive safely", "bon appetit", "buon appetito",
    "guten appetit", "smaklig maltid",
)  # fmt: skip
