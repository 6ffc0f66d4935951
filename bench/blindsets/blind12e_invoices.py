"""Invoices i01..i13 and credit notes i14, i15 of blind set 2026-12e."""

from __future__ import annotations

import random
import zlib
from decimal import Decimal

from bench.blindsets.blind12e_core import (
    A4,
    GREY,
    LETTER,
    D,
    Flow,
    Page,
    fm,
    item,
    items_sum,
    q2,
)
from bench.blindsets.blind12e_receipts import truth

Z = Decimal(0)
LIGHT = (0.92, 0.92, 0.92)


def block(page: Page, x, y, lines, font, size, lead=1.35, bold_first=None, color=(0, 0, 0)):
    """Left-aligned lines from baseline y downwards; returns the last baseline."""
    for i, ln in enumerate(lines):
        page.text(x, y, ln, bold_first if (bold_first and i == 0) else font, size, "l", color)
        y += size * lead
    return y - size * lead


def table(f: Flow, cols, rows, head_font, fmt_row, size=None, head_fill=None):
    """cols: [(title, x, align)]; fmt_row(item) -> list of cell texts."""
    if head_fill:
        f.page.rect(
            f.x0 - 3,
            f.y + 0.45 * (size or f.size),
            f.x1 - f.x0 + 6,
            (size or f.size) * 1.45,
            fill=head_fill,
            stroke=None,
        )
    f.cols([(t, x, a) for t, x, a in cols], head_font, size)
    f.rule()
    for r in rows:
        f.cols([(v, x, a) for v, (_t, x, a) in zip(fmt_row(r), cols, strict=True)], None, size)


def grid(page: Page, x, y, w, h, cells, label_font, value_font, ncols=2):
    """A box grid of (label, value) cells."""
    cw = w / ncols
    for k, (lab, val) in enumerate(cells):
        cx, cy = x + (k % ncols) * cw, y + (k // ncols) * h
        page.rect(cx, cy, cw, h, stroke=(0.4, 0.4, 0.4), lw=0.6)
        page.text(cx + 4, cy + 8, lab, label_font, 6.5, "l", GREY)
        page.text(cx + 4, cy + h - 5, val, value_font, 9.5)


# --- i01 German hosting
def i01():
    p = Page(A4)
    p.text(50, 62, "nordwall", "Helvetica-Bold", 28, "l", (0.05, 0.25, 0.45))
    p.text(52, 76, "H O S T I N G", "Helvetica", 8, "l", (0.05, 0.25, 0.45))
    p.text(50, 140, "Nordwall Hosting GmbH · Hafenstraße 8 · 24103 Kiel", "Helvetica", 6.5)
    block(
        p,
        50,
        160,
        ["Lenz & Partner Steuerberatung", "Herrn Jan Lenz", "Am Wall 12", "28195 Bremen"],
        "Helvetica",
        10,
    )
    grid(
        p,
        330,
        130,
        215,
        28,
        [
            ("Rechnungsnummer", "R0012784521"),
            ("Rechnungsdatum", "01.12.2026"),
            ("Kundennummer", "K-448210"),
            ("Leistungszeitraum", "01.11.-30.11.2026"),
        ],
        "Helvetica",
        "Helvetica-Bold",
    )
    f = Flow(p, 50, 545, 250, "Helvetica", 8.6, 1.5)
    f.l("Rechnung", "Helvetica-Bold", 16)
    f.gap(8)
    items = [
        item("Cloud Server CX32 (srv-app-01)", 720, "0.0119"),
        item("Cloud Server CX42 (srv-db-01)", 720, "0.0238"),
        item("Volume 200 GB (vol-db-data)", 1, "8.80"),
        item("Primäre IPv4-Adresse", 2, "0.50"),
        item("Load Balancer LB11 (lb-web)", 720, "0.0082"),
        item("Backup-Option CX42", 1, "3.43"),
        item("Traffic über Inklusivvolumen (TB)", "0.42", "1.00"),
    ]
    units = ["Std.", "Std.", "Monat", "Monat", "Std.", "Monat", "TB"]
    rows = list(zip(range(1, 8), items, units, strict=True))
    cols = [
        ("Pos.", 50, "l"),
        ("Beschreibung", 78, "l"),
        ("Menge", 330, "r"),
        ("Einheit", 340, "l"),
        ("Einzelpreis €", 460, "r"),
        ("Betrag €", 545, "r"),
    ]
    table(
        f,
        cols,
        rows,
        "Helvetica-Bold",
        lambda r: [
            str(r[0]),
            r[1]["description"],
            fm(D(r[1]["quantity"]), "de", 2 if "." in r[1]["quantity"] else 0),
            r[2],
            fm(D(r[1]["unit_price"]), "de", 4 if len(r[1]["unit_price"]) > 4 else 2),
            fm(D(r[1]["amount"]), "de"),
        ],
        head_fill=LIGHT,
    )
    net = items_sum(items)
    vat = q2(net * D("0.19"))
    total = net + vat
    f.rule()
    for lab, val, fn in (
        ("Summe netto", net, "Helvetica"),
        ("zzgl. 19 % USt.", vat, "Helvetica"),
        ("Rechnungsbetrag", total, "Helvetica-Bold"),
    ):
        f.cols([(lab, 340, "l"), (f"{fm(val, 'de')} €", 545, "r")], fn, 9.5)
    f.gap(20)
    f.l(
        "Der Rechnungsbetrag wird am 08.12.2026 per SEPA-Lastschrift von Ihrem Konto "
        "DE44 2905 **** **** 0371 eingezogen."
    )
    f.l("Zahlbar bis 08.12.2026. Mandatsreferenz NW-K448210-01, Gläubiger-ID DE98ZZZ09999999999.")
    foot = [
        ["Nordwall Hosting GmbH", "Hafenstraße 8", "24103 Kiel"],
        [
            "Geschäftsführer: Henrik Paulsen",
            "Amtsgericht Kiel HRB 21877",
            "USt-IdNr. DE 311 408 552",
        ],
        ["Förde Sparkasse", "IBAN DE12 2105 0170 0012 3456 78", "BIC NOLADE21KIE"],
    ]
    p.hline(50, 545, 770, 0.4, GREY)
    for k, col in enumerate(foot):
        block(p, 50 + k * 170, 784, col, "Helvetica", 6.8, color=GREY)
    t = truth(
        "R0012784521",
        "2026-12-01",
        "2026-12-08",
        "Nordwall Hosting GmbH",
        net,
        vat,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        "Hetzner-like hosting Rechnung: number/date/customer no./period in a 2x2 box grid, "
        "hourly unit prices with 4 decimals, SEPA debit date printed as 'Zahlbar bis'",
    )
    return [p], t, "DE"


# --- i02 Irish cloud, USD + EUR VAT
def i02():
    p = Page(A4)
    f = Flow(p, 48, 547, 40, "DVS", 8.6, 1.45)
    f.l("driftcloud", "DVS-B", 24, color=(0.0, 0.42, 0.85))
    f.gap(6)
    f.l("Invoice", "DVS-B", 15)
    f.gap(4)
    for a, b in (
        ("Invoice number", "DC-2026-11-0048817"),
        ("Date of issue", "December 1, 2026"),
        ("Date due", "December 15, 2026"),
        ("Billing period", "Nov 1 – Nov 30, 2026"),
    ):
        f.cols([(a, 48, "l"), (b, 160, "l")])
    y = f.y + 26
    block(
        p,
        48,
        y,
        [
            "Driftcloud Ireland Limited",
            "3 Grand Canal Plaza",
            "Dublin 4, D04 EE70",
            "Ireland",
            "VAT IE 3711249QH",
        ],
        "DVS",
        8.6,
        bold_first="DVS-B",
    )
    block(
        p,
        300,
        y,
        [
            "Bill to",
            "Kilbride Analytics Ltd",
            "7 Harcourt Street",
            "Dublin 2, D02 X285",
            "VAT IE 3344556TH",
        ],
        "DVS",
        8.6,
        bold_first="DVS-B",
    )
    f.y = y + 80
    items = [
        item("Droplet s-2vcpu-4gb (web-1) 744 h", 744, "0.03571"),
        item("Droplet s-4vcpu-8gb (worker-1) 744 h", 744, "0.07143"),
        item("Managed PostgreSQL db-s-1vcpu-2gb", 1, "30.00"),
        item("Spaces Object Storage 250 GiB", 1, "5.00"),
        item("Outbound transfer overage (GiB)", 120, "0.01"),
        item("Snapshots (GiB-month)", "85.4", "0.06"),
    ]
    net = items_sum(items)
    vat = q2(net * D("0.23"))
    total = net + vat
    f.l(f"USD {fm(total)} due December 15, 2026", "DVS-B", 13)
    f.gap(10)
    cols = [
        ("Description", 48, "l"),
        ("Qty", 350, "r"),
        ("Unit price", 450, "r"),
        ("Amount", 547, "r"),
    ]
    table(
        f,
        cols,
        items,
        "DVS-B",
        lambda it: [it["description"], it["quantity"], f"${it['unit_price']}", f"${it['amount']}"],
    )
    f.rule()
    for lab, val, fn in (
        ("Subtotal", net, "DVS"),
        ("VAT (23%)", vat, "DVS"),
        ("Total", total, "DVS"),
        ("Amount due (USD)", total, "DVS-B"),
    ):
        f.cols([(lab, 330, "l"), (f"${fm(val)}", 547, "r")], fn)
    rate = D("1.0832")
    f.gap(20)
    p.rect(48, f.y, 499, 58, fill=(0.95, 0.97, 1.0), stroke=(0.7, 0.75, 0.85))
    f.x0 += 8
    f.l("VAT shown in EUR (Section 67 VAT Consolidation Act 2010)", "DVS-B", 8)
    f.l(f"ECB reference rate 30 Nov 2026: 1 EUR = {rate} USD", size=8)
    f.l(
        f"Taxable amount EUR {fm(q2(net / rate))}   ·   VAT 23% EUR {fm(q2(vat / rate))}   ·   "
        f"Total EUR {fm(q2(total / rate))}",
        size=8,
    )
    f.x0 -= 8
    f.gap(30)
    f.l("Pay online at cloud.driftcloud.example/billing or by card on file.", size=8, color=GREY)
    t = truth(
        "DC-2026-11-0048817",
        "2026-12-01",
        "2026-12-15",
        "Driftcloud Ireland Limited",
        net,
        vat,
        total,
        "USD",
        "en-IE",
        "invoice",
        "invoice",
        items,
        "DigitalOcean-like cloud invoice billed in USD by an Irish entity; VAT, taxable "
        "amount and total repeated in EUR at the ECB rate; headline 'USD … due' line; "
        "5-decimal hourly prices",
    )
    return [p], t, "IE"


# --- i03 Dutch mobile + internet bill
def _i03_usage():
    rows = [
        ("04-11", "08:14", "+32 4 7712 4410", "Bellen buiten bundel (BE)", "0:04:12", "0.84"),
        ("06-11", "17:40", "+32 4 7712 4410", "Bellen buiten bundel (BE)", "0:02:31", "0.51"),
        ("09-11", "12:02", "+44 7700 900123", "Bellen naar VK", "0:05:44", "1.15"),
        ("12-11", "09:30", "+44 7700 900123", "SMS naar VK", "1 sms", "0.25"),
        ("12-11", "09:31", "+44 7700 900123", "SMS naar VK", "1 sms", "0.25"),
        ("18-11", "21:05", "0900 1234567", "Informatienummer", "0:01:10", "0.60"),
        ("23-11", "14:47", "Roaming CH", "Data buiten EU (MB)", "29 MB", "0.58"),
    ]
    return rows


def i03():
    p = Page(A4)
    p.rect(0, 0, A4[0], 62, fill=(0.0, 0.55, 0.45), stroke=None)
    p.text(46, 40, "Polder Mobiel", "DVC-B", 22, "l", (1, 1, 1))
    p.text(549, 40, "Uw factuur van december", "DVC", 11, "r", (1, 1, 1))
    block(p, 46, 100, ["Dhr. S. de Boer", "Vechtstraat 61-2", "3521 XB Utrecht"], "DVC", 9.5)
    block(
        p,
        330,
        100,
        [
            "Klantnummer  30441872",
            "Factuurnummer  F 2026 1187 4410",
            "Factuurdatum  3 december 2026",
            "Vervaldatum  24-12-2026",
        ],
        "DVC",
        9,
    )
    f = Flow(p, 46, 549, 165, "DVC", 8.8, 1.45)
    f.l("Overzicht (bedragen excl. BTW)", "DVC-B", 12)
    usage = _i03_usage()
    extra = sum((D(r[5]) for r in usage), Z)
    items = [
        item("Abonnement Unlimited 5G (1-31 dec)", 1, "28.93"),
        item("Internet Thuis 1 Gbit/s (1-31 dec)", 1, "45.45"),
        item("Gebruik buiten bundel (november)", 1, extra),
        item("Korting Alles-in-1 voordeel", 1, "-7.44"),
        item("Toestelkrediet termijn 14 van 24 (geen BTW)", 1, "19.00"),
    ]
    cols = [("Omschrijving", 46, "l"), ("Bedrag", 549, "r")]
    table(f, cols, items, "DVC-B", lambda it: [it["description"], f"€ {fm(D(it['amount']), 'de')}"])
    taxable = items_sum(items[:4])
    net = items_sum(items)
    vat = q2(taxable * D("0.21"))
    total = net + vat
    f.rule()
    for lab, val, fn in (
        ("Totaal excl. BTW", net, "DVC"),
        ("BTW 21% over € " + fm(taxable, "de"), vat, "DVC"),
        ("Totaal te betalen", total, "DVC-B"),
    ):
        f.cols([(lab, 300, "l"), (f"€ {fm(val, 'de')}", 549, "r")], fn, 10)
    f.gap(6)
    f.l(f"Wij schrijven € {fm(total, 'de')} rond 24-12-2026 af van NL20 INGB 0001 2345 67.")
    f.gap(18)
    f.l("Specificatie gebruik buiten bundel – 06 1234 5678", "DVC-B", 11)
    cols = [
        ("Datum", 46, "l"),
        ("Tijd", 90, "l"),
        ("Nummer", 130, "l"),
        ("Soort", 250, "l"),
        ("Duur/vol.", 430, "r"),
        ("Kosten", 549, "r"),
    ]
    table(f, cols, usage, "DVC-B", lambda r: [*r[:5], fm(D(r[5]), "de")], size=8)
    f.rule()
    f.cols([("Totaal gebruik buiten bundel", 250, "l"), (fm(extra, "de"), 549, "r")], "DVC-B", 8)
    f.gap(14)
    f.l(
        "Polder Mobiel B.V. · Postbus 1200 · 3500 BE Utrecht · KvK 71234560 · BTW NL858912345B01",
        size=7,
        color=GREY,
    )
    t = truth(
        "F 2026 1187 4410",
        "2026-12-03",
        "2026-12-24",
        "Polder Mobiel",
        net,
        vat,
        total,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        items,
        "KPN-like carrier bill: account overview + itemised usage table, BTW only on part "
        "(device credit without BTW), discount line, customer number next to invoice number",
    )
    return [p], t, "NL"


# --- i04 Belgian marketplace invoice
def i04():
    p = Page(A4)
    f = Flow(p, 50, 545, 40, "Helvetica", 9, 1.45)
    f.l("winkelplein.be", "Helvetica-Bold", 22, color=(0.05, 0.35, 0.75))
    f.l("Factuur uitgereikt door de verkoper via winkelplein.be", size=8, color=GREY)
    y = f.y + 28
    block(
        p,
        50,
        y,
        [
            "Verkoper",
            "Van Damme Elektro BV",
            "Industrieweg 18",
            "8800 Roeselare",
            "BTW BE 0712.345.678",
        ],
        "Helvetica",
        9,
        bold_first="Helvetica-Bold",
    )
    block(
        p,
        320,
        y,
        ["Factuuradres", "Lotte Claes", "Kortrijksesteenweg 402", "9000 Gent"],
        "Helvetica",
        9,
        bold_first="Helvetica-Bold",
    )
    f.y = y + 80
    f.l("Factuur", "Helvetica-Bold", 15)
    for a, b in (
        ("Factuurnummer", "VDE-2026-004417"),
        ("Factuurdatum", "26-11-2026"),
        ("Bestelnummer winkelplein.be", "4012-8873-1190"),
        ("Leverdatum", "25-11-2026"),
    ):
        f.cols([(a, 50, "l"), (b, 210, "l")])
    f.gap(12)
    items = [
        item("Airfryer XXL 7,3 L zwart", 1, "98.35"),
        item("Verlengkabel 3 m 3-voudig", 2, "8.26"),
        item("Recupel-bijdrage", 1, "0.83"),
        item("Verzendkosten", 1, "0.00"),
    ]
    cols = [
        ("Artikel", 50, "l"),
        ("Aantal", 300, "r"),
        ("Prijs excl. btw", 390, "r"),
        ("Btw", 440, "r"),
        ("Totaal excl. btw", 545, "r"),
    ]
    table(
        f,
        cols,
        items,
        "Helvetica-Bold",
        lambda it: [
            it["description"],
            it["quantity"],
            f"€ {fm(D(it['unit_price']), 'de')}",
            "21%",
            f"€ {fm(D(it['amount']), 'de')}",
        ],
        head_fill=LIGHT,
    )
    net = items_sum(items)
    vat = q2(net * D("0.21"))
    total = net + vat
    f.rule()
    for lab, val, fn in (
        ("Totaal excl. btw", net, "Helvetica"),
        ("Btw 21%", vat, "Helvetica"),
        ("Totaal incl. btw", total, "Helvetica-Bold"),
    ):
        f.cols([(lab, 360, "l"), (f"€ {fm(val, 'de')}", 545, "r")], fn, 10)
    f.gap(10)
    f.l("Reeds betaald via winkelplein.be op 24-11-2026 (Bancontact). Er is niets meer te betalen.")
    f.gap(30)
    f.l(
        "winkelplein.be NV treedt enkel op als platform; de verkoper is verantwoordelijk voor "
        "deze factuur.",
        size=7.5,
        color=GREY,
    )
    f.l(
        "winkelplein.be NV · Keizerinlaan 66 · 1000 Brussel · BTW BE 0899.111.222",
        size=7.5,
        color=GREY,
    )
    t = truth(
        "VDE-2026-004417",
        "2026-11-26",
        None,
        "Van Damme Elektro BV",
        net,
        vat,
        total,
        "EUR",
        "nl-BE",
        "invoice",
        "invoice",
        items,
        "bol.com-like marketplace invoice: platform wordmark on top, third-party seller in "
        "a block (vendor), platform order number, 0.00 shipping line, already paid",
    )
    return [p], t, "BE"


# --- i05 UK energy bill (image-only PDF)
def i05():
    p = Page(A4)
    f = Flow(p, 48, 547, 40, "DVS", 8.8, 1.45)
    f.l("Brightwell Energy", "DVS-B", 20, color=(0.85, 0.35, 0.0))
    f.l("Your energy bill", "DVS", 12)
    y = f.y + 24
    block(p, 48, y, ["Mr T. Okafor", "Flat 3, 19 Marsden Road", "Leeds LS6 2BQ"], "DVS", 9.5)
    block(
        p,
        320,
        y,
        [
            "Account number  88 3104 552",
            "Bill reference  30917746",
            "Bill date  2 December 2026",
            "Period  1 Nov – 30 Nov 2026",
        ],
        "DVS",
        8.8,
    )
    f.y = y + 70
    f.l("Account summary", "DVS-B", 11)
    prev = D("142.30")
    rows = [
        (item("Electricity used", 312, "0.2450"), "312 kWh x 24.50p"),
        (item("Electricity standing charge", 30, "0.5335"), "30 days x 53.35p"),
        (item("Gas used", 884, "0.0624"), "884 kWh x 6.24p"),
        (item("Gas standing charge", 30, "0.3166"), "30 days x 31.66p"),
    ]
    items = [r[0] for r in rows]
    net = items_sum(items)
    vat = q2(net * D("0.05"))
    total = net + vat
    for lab, val in (
        ("Balance on last bill", prev),
        ("Payment received 18 Nov – thank you", -prev),
        ("Charges this period (incl. VAT)", total),
    ):
        f.lr(lab, f"£{fm(val)}" if val >= 0 else f"-£{fm(-val)}")
    f.rule()
    f.lr("Amount to pay", f"£{fm(total)}", "DVS-B", 11)
    f.l("Payment due by 22 December 2026", "DVS-B")
    f.gap(16)
    f.l("Your charges in detail", "DVS-B", 11)
    cols = [("", 48, "l"), ("", 400, "r"), ("Cost", 547, "r")]
    table(f, cols, rows, "DVS-B", lambda r: [r[0]["description"], r[1], f"£{r[0]['amount']}"])
    f.rule()
    for lab, val, fn in (
        ("Total before VAT", net, "DVS"),
        ("VAT at 5%", vat, "DVS"),
        ("Total charges this period", total, "DVS-B"),
    ):
        f.cols([(lab, 300, "l"), (f"£{fm(val)}", 547, "r")], fn)
    f.gap(16)
    f.l("Meter readings: electricity 40211 (actual) · gas 18874 (estimated)", size=8, color=GREY)
    f.l(
        "Brightwell Energy Ltd, 2 Canal Wharf, Leeds LS11 5PS. Registered in England 10987654. "
        "VAT No. GB 274 1188 50",
        size=7.5,
        color=GREY,
    )
    t = truth(
        "30917746",
        "2026-12-02",
        "2026-12-22",
        "Brightwell Energy",
        net,
        vat,
        total,
        "GBP",
        "en-GB",
        "invoice",
        "invoice",
        items,
        "UK energy bill as image-only PDF: unit rates in pence (keyed in pounds with 4 "
        "decimals), previous balance and payment lines, VAT 5%; account number and bill "
        "reference side by side",
    )
    return [p], t, "UK"


# --- i06 NZ freelancer Word-style
def i06():
    p = Page(A4)
    f = Flow(p, 72, 523, 60, "Times-Roman", 11, 1.35)
    f.l("Aroha Tane Design", "Times-Bold", 20)
    f.l("Brand & graphic design  |  14 Cuba Street, Te Aro, Wellington 6011")
    f.l("aroha@tanedesign.example  |  021 555 0143  |  GST No. 123-456-789")
    f.gap(18)
    f.c("QUOTE / TAX INVOICE", "Times-Bold", 16)
    f.gap(8)
    f.l("Quote reference: Q-0031 (accepted 12 November 2026)")
    f.l("Invoice number: INV-0031")
    f.l("Invoice date: 24 November 2026")
    f.l("Due date: 8 December 2026")
    f.gap(10)
    f.l("To:", "Times-Bold")
    f.l("Kōwhai Kitchen Ltd".replace("ō", "o"))
    f.l("22 Jackson Street, Petone, Lower Hutt 5012")
    f.gap(14)
    items = [
        item("Logo design package (3 concepts, final files)", 1, "1450.00"),
        item("Brand guidelines document (12 pages)", 1, "680.00"),
        item("Additional revisions (hours)", "3.5", "95.00"),
    ]
    cols = [("Description", 72, "l"), ("Qty", 350, "r"), ("Rate", 430, "r"), ("Amount", 523, "r")]
    table(
        f,
        cols,
        items,
        "Times-Bold",
        lambda it: [
            it["description"],
            it["quantity"],
            fm(D(it["unit_price"])),
            fm(D(it["amount"])),
        ],
    )
    net = items_sum(items)
    vat = q2(net * D("0.15"))
    total = net + vat
    f.rule()
    for lab, val, fn in (
        ("Subtotal", net, "Times-Roman"),
        ("GST 15%", vat, "Times-Roman"),
        ("TOTAL NZD", total, "Times-Bold"),
    ):
        f.cols([(lab, 350, "l"), (fm(val), 523, "r")], fn)
    f.gap(18)
    f.l("This quote has been accepted and now serves as your tax invoice.", "Times-Italic")
    f.l("Please pay by the due date to ANZ 01-0505-0123456-00, reference INV-0031.")
    f.gap(10)
    f.l("Ngā mihi,".replace("ā", "a"))
    f.l("Aroha Tane")
    t = truth(
        "INV-0031",
        "2026-11-24",
        "2026-12-08",
        "Aroha Tane Design",
        net,
        vat,
        total,
        "NZD",
        "en-NZ",
        "invoice",
        "invoice",
        items,
        "Word-style freelancer document headed 'QUOTE / TAX INVOICE' with a quote number "
        "above the invoice number; GST 15%; Times font, no table borders",
    )
    return [p], t, "NZ"


# --- i07 German craftsman, Abschlag
def i07():
    p = Page(A4)
    p.text(545, 60, "Tischlerei Brandt", "DVR-B", 18, "r")
    p.text(545, 76, "Meisterbetrieb · Innenausbau · Küchen", "DVR-I", 9, "r")
    p.text(50, 128, "Tischlerei Brandt · Gewerbering 5 · 34117 Kassel", "DVS", 6.5)
    block(p, 50, 148, ["Familie Schulz", "Ahornweg 9", "34128 Kassel"], "DVS", 10)
    block(
        p,
        360,
        148,
        [
            "Rechnung Nr.: 2026-0412",
            "Datum: 25.11.2026",
            "Kunden-Nr.: 1077",
            "Steuernr.: 026 812 34567",
        ],
        "DVS",
        9,
    )
    f = Flow(p, 50, 545, 220, "DVS", 8.8, 1.5)
    f.l("Schlussrechnung", "DVS-B", 14)
    f.l("Bauvorhaben: Einbauküche EFH Schulz, Ahornweg 9 – Ausführung 03.11.–14.11.2026")
    f.gap(10)
    items = [
        item("Montage Küche, Gesellenstunden", 18, "58.00"),
        item("Küchenfronten Eiche massiv, geölt", 1, "3240.00"),
        item("Arbeitsplatte Eiche 40 mm inkl. Ausschnitte", 1, "890.00"),
        item("Beschläge, Scharniere, Auszüge", 1, "214.60"),
        item("Anfahrtspauschale", 3, "35.00"),
    ]
    cols = [
        ("Pos", 50, "l"),
        ("Leistung", 75, "l"),
        ("Menge", 340, "r"),
        ("EP €", 430, "r"),
        ("GP €", 545, "r"),
    ]
    rows = list(enumerate(items, 1))
    table(
        f,
        cols,
        rows,
        "DVS-B",
        lambda r: [
            str(r[0]),
            r[1]["description"],
            r[1]["quantity"],
            fm(D(r[1]["unit_price"]), "de"),
            fm(D(r[1]["amount"]), "de"),
        ],
    )
    net = items_sum(items)
    vat = q2(net * D("0.19"))
    total = net + vat
    abschlag = D("2000.00")
    f.rule()
    for lab, val, fn in (
        ("Nettobetrag", net, "DVS"),
        ("zzgl. 19 % MwSt.", vat, "DVS"),
        ("Gesamtbetrag brutto", total, "DVS-B"),
        ("abzgl. Abschlag vom 15.10.2026 (darin 319,33 MwSt.)", -abschlag, "DVS"),
        ("Restbetrag zu zahlen", total - abschlag, "DVS-B"),
    ):
        f.cols([(lab, 220, "l"), (fm(val, "de"), 545, "r")], fn)
    f.gap(14)
    labour = q2(D(18) * D("58.00") * D("1.19") + D(105) * D("1.19"))
    f.l(
        f"Im Gesamtbetrag enthaltene Lohn- und Fahrtkosten (§ 35a EStG): {fm(labour, 'de')} € "
        "inkl. MwSt."
    )
    f.l(
        "Zahlbar innerhalb von 14 Tagen ohne Abzug; bei Zahlung bis 02.12.2026 2 % Skonto auf den "
        "Restbetrag.",
        size=8.4,
    )
    f.gap(10)
    f.l("Mit freundlichen Grüßen")
    f.l("Matthias Brandt, Tischlermeister")
    p.hline(50, 545, 780, 0.4, GREY)
    p.text(
        297,
        792,
        "Kasseler Sparkasse · IBAN DE81 5205 0353 0001 2345 67 · Handwerkskammer Kassel",
        "DVS",
        6.8,
        "c",
        GREY,
    )
    t = truth(
        "2026-0412",
        "2026-11-25",
        None,
        "Tischlerei Brandt",
        net,
        vat,
        total,
        "EUR",
        "de-DE",
        "invoice",
        "invoice",
        items,
        "Craftsman's Schlussrechnung: Abschlagszahlung deducted after the gross total "
        "(total = Gesamtbetrag brutto, not Restbetrag), §35a labour share and Skonto date "
        "as distractors, no due date (14 Tage)",
    )
    return [p], t, "DE"


# --- i08 French facture with acompte
def i08():
    p = Page(A4)
    f = Flow(p, 56, 539, 50, "DVR", 9, 1.45)
    f.l("ATELIER LUMIÈRE", "DVR-B", 19)
    f.l("Conception et fabrication de luminaires", "DVR-I", 9)
    f.l("17 rue des Tanneurs, 69001 Lyon · 04 78 00 12 34")
    block(
        p,
        330,
        140,
        ["Client", "Maison Delaunay SAS", "M. Hugo Delaunay", "8 quai Saint-Vincent", "69001 Lyon"],
        "DVR",
        9.5,
        bold_first="DVR-B",
    )
    f.y = 240
    f.l("FACTURE N° FA-2026-1203", "DVR-B", 14)
    f.l("Date de facture : 28/11/2026")
    f.l("Date d'échéance : 31/12/2026")
    f.l("Réf. devis : DV-2026-088 du 14/09/2026")
    f.gap(10)
    items = [
        item("Étude d'éclairage et plans", 1, "850.00"),
        item("Suspension laiton sur mesure Ø 60 cm", 4, "420.00"),
        item("Pose et raccordement (heures)", 6, "65.00"),
    ]
    cols = [
        ("Désignation", 56, "l"),
        ("Qté", 330, "r"),
        ("P.U. HT", 430, "r"),
        ("Total HT", 539, "r"),
    ]
    table(
        f,
        cols,
        items,
        "DVR-B",
        lambda it: [
            it["description"],
            it["quantity"],
            fm(D(it["unit_price"]), "fr"),
            fm(D(it["amount"]), "fr"),
        ],
        head_fill=LIGHT,
    )
    net = items_sum(items)
    vat = q2(net * D("0.20"))
    total = net + vat
    ac = D("1200.00")
    f.rule()
    for lab, val, fn in (
        ("Total HT", net, "DVR"),
        ("TVA 20 %", vat, "DVR"),
        ("Total TTC", total, "DVR-B"),
        ("Acompte versé le 02/10/2026", -ac, "DVR"),
        ("Net à payer", total - ac, "DVR-B"),
    ):
        f.cols([(lab, 330, "l"), (f"{fm(val, 'fr')} €", 539, "r")], fn)
    f.gap(16)
    f.l("Règlement par virement : IBAN FR76 3000 4012 3400 0101 2345 678 – BIC BNPAFRPPXXX")
    f.l(
        "Pas d'escompte pour paiement anticipé. Pénalités de retard : 3 fois le taux d'intérêt "
        "légal.",
        size=7.8,
    )
    f.l("Indemnité forfaitaire pour frais de recouvrement : 40 €.", size=7.8)
    p.hline(56, 539, 785, 0.4, GREY)
    p.text(
        297,
        798,
        "Atelier Lumière SARL au capital de 10 000 € · SIRET 812 345 678 00021 · "
        "RCS Lyon · TVA FR12812345678",
        "DVR",
        6.8,
        "c",
        GREY,
    )
    t = truth(
        "FA-2026-1203",
        "2026-11-28",
        "2026-12-31",
        "ATELIER LUMIÈRE",
        net,
        vat,
        total,
        "EUR",
        "fr-FR",
        "invoice",
        "invoice",
        items,
        "French facture: acompte deducted below Total TTC (total = TTC, not Net à payer), "
        "quote reference with its own date, amounts with space thousands",
    )
    return [p], t, "FR"


# --- i09 Dutch BTW verlegd, seller in footer
def i09():
    p = Page(A4)
    block(
        p,
        60,
        120,
        [
            "Bouwbedrijf Kramer B.V.",
            "t.a.v. crediteurenadministratie",
            "Postbus 3021",
            "1001 AA Amsterdam",
        ],
        "DVS",
        10,
    )
    p.text(535, 80, "FACTUUR", "DVS-B", 24, "r")
    block(
        p,
        360,
        120,
        [
            "Factuurnummer: 2026-0871",
            "Factuurdatum: 19-11-2026",
            "Vervaldatum: 19-12-2026",
            "Uw BTW-nr: NL801234567B01",
        ],
        "DVS",
        9,
    )
    f = Flow(p, 60, 535, 215, "DVS", 9, 1.5)
    f.l("Project: renovatie badkamers Keizersgracht 118, Amsterdam")
    f.gap(10)
    items = [
        item("Arbeid installateur (uren)", 32, "52.50"),
        item("Materiaal leidingwerk volgens bon 4471", 1, "1245.80"),
        item("Wandcloset incl. inbouwreservoir", 2, "318.00"),
    ]
    cols = [
        ("Omschrijving", 60, "l"),
        ("Aantal", 340, "r"),
        ("Prijs", 430, "r"),
        ("Bedrag", 535, "r"),
    ]
    table(
        f,
        cols,
        items,
        "DVS-B",
        lambda it: [
            it["description"],
            it["quantity"],
            fm(D(it["unit_price"]), "de"),
            fm(D(it["amount"]), "de"),
        ],
    )
    net = items_sum(items)
    vat = Z.quantize(D("0.01"))
    f.rule()
    for lab, val, fn in (
        ("Subtotaal", net, "DVS"),
        ("BTW verlegd", vat, "DVS"),
        ("Totaal", net, "DVS-B"),
    ):
        f.cols([(lab, 330, "l"), (f"€ {fm(val, 'de')}", 535, "r")], fn)
    f.gap(10)
    f.l("BTW verlegd naar afnemer (art. 24ba Uitvoeringsbesluit OB).")
    f.l("Graag betalen binnen 30 dagen onder vermelding van het factuurnummer.")
    p.hline(60, 535, 775, 0.4, GREY)
    p.text(
        297,
        788,
        "Installatietechniek De Wit B.V. · Nijverheidsweg 22 · 3812 PK Amersfoort",
        "DVS",
        7,
        "c",
        GREY,
    )
    p.text(
        297,
        798,
        "KvK 81234567 · BTW NL862345117B01 · IBAN NL91 RABO 0123 4567 89",
        "DVS",
        7,
        "c",
        GREY,
    )
    t = truth(
        "2026-0871",
        "2026-11-19",
        "2026-12-19",
        "Installatietechniek De Wit B.V.",
        net,
        vat,
        net,
        "EUR",
        "nl-NL",
        "invoice",
        "invoice",
        items,
        "Dutch factuur with BTW verlegd (0,00 keyed 0.00); the seller appears only in the "
        "small footer, the customer's address and BTW number head the page; photo",
    )
    return [p], t, "NL"


# --- i10 Polish EU reverse charge
def i10():
    p = Page(A4)
    f = Flow(p, 48, 547, 50, "DVS", 8.6, 1.45)
    f.l("Faktura VAT / Invoice", "DVS-B", 16)
    f.l("Nr FS 0147/12/2026", "DVS-B", 12)
    for a, b in (
        ("Data wystawienia / Issue date:", "2026-12-01"),
        ("Data sprzedaży / Date of supply:", "2026-11-30"),
        ("Termin płatności / Due date:", "2026-12-31"),
        ("Sposób płatności / Payment:", "przelew / bank transfer"),
    ):
        f.cols([(a, 48, "l"), (b, 220, "l")])
    y = f.y + 26
    block(
        p,
        48,
        y,
        [
            "Sprzedawca / Seller",
            "Wisła Metal Sp. z o.o.",
            "ul. Przemysłowa 7",
            "43-300 Bielsko-Biała, Polska",
            "NIP / VAT ID: PL5471234567",
        ],
        "DVS",
        8.6,
        bold_first="DVS-B",
    )
    block(
        p,
        310,
        y,
        [
            "Nabywca / Buyer",
            "Hagen Stahlbau GmbH",
            "Eisenstraße 40",
            "58089 Hagen, Deutschland",
            "USt-IdNr.: DE287654321",
        ],
        "DVS",
        8.6,
        bold_first="DVS-B",
    )
    f.y = y + 80
    items = [
        item("Wspornik stalowy ocynk. / Steel bracket galv. 120x80", 400, "2.35"),
        item("Kątownik 50x50x5 / Angle bar 50x50x5 (m)", 120, "6.80"),
        item("Usługa cięcia / Cutting service", 1, "180.00"),
    ]
    cols = [
        ("Lp.", 48, "l"),
        ("Nazwa / Description", 68, "l"),
        ("Ilość", 345, "r"),
        ("Cena netto", 405, "r"),
        ("VAT", 440, "r"),
        ("Wartość netto", 547, "r"),
    ]
    table(
        f,
        cols,
        list(enumerate(items, 1)),
        "DVS-B",
        lambda r: [
            str(r[0]),
            r[1]["description"],
            r[1]["quantity"],
            fm(D(r[1]["unit_price"]), "fr"),
            "np",
            fm(D(r[1]["amount"]), "fr"),
        ],
        size=8,
        head_fill=(0.9, 0.93, 0.97),
    )
    net = items_sum(items)
    vat = Z.quantize(D("0.01"))
    f.rule()
    for lab, val, fn in (
        ("Razem netto / Net total", net, "DVS"),
        ("Kwota VAT / VAT amount (np)", vat, "DVS"),
        ("Do zapłaty / Amount due (EUR)", net, "DVS-B"),
    ):
        f.cols([(lab, 300, "l"), (fm(val, "fr"), 547, "r")], fn, 9.5)
    f.gap(8)
    f.l("Słownie: jeden tysiąc dziewięćset trzydzieści sześć EUR 00/100")
    f.l("Odwrotne obciążenie / Reverse charge – art. 196 dyrektywy 2006/112/WE", "DVS-B")
    f.l("Bank: mBank S.A. · IBAN PL61 1140 2004 0000 3702 7654 3210 · SWIFT BREXPLPW")
    f.gap(40)
    f.cols(
        [
            ("........................................", 60, "l"),
            ("........................................", 360, "l"),
        ]
    )
    f.cols([("Wystawił / Issued by", 80, "l"), ("Odebrał / Received by", 380, "l")], size=7)
    if net != D("1936.00"):
        raise ValueError("i10 amount in words must match")
    t = truth(
        "FS 0147/12/2026",
        "2026-12-01",
        "2026-12-31",
        "Wisła Metal Sp. z o.o.",
        net,
        vat,
        net,
        "EUR",
        "pl-PL",
        "invoice",
        "invoice",
        items,
        "Polish bilingual Faktura VAT to a German buyer, reverse charge: VAT column 'np' "
        "and VAT 0,00, total in words (słownie), date of supply vs issue date",
    )
    return [p], t, "PL"


# --- i11 US invoice, state+county tax
def i11():
    p = Page(LETTER)
    p.rect(0, 0, LETTER[0], 8, fill=(0.55, 0.1, 0.1), stroke=None)
    f = Flow(p, 50, 562, 30, "Helvetica", 9, 1.45)
    f.l("KEYSTONE PALLET & SUPPLY CO.", "Helvetica-Bold", 16, color=(0.55, 0.1, 0.1))
    f.l("880 Frank Road, Columbus, OH 43223  |  (614) 555-0110  |  keystonepallet.example")
    p.text(562, 90, "INVOICE", "Helvetica-Bold", 22, "r")
    grid(
        p,
        352,
        100,
        210,
        26,
        [
            ("INVOICE #", "INV-104882"),
            ("DATE", "11/30/2026"),
            ("PO NUMBER", "7719-AC"),
            ("TERMS", "Net 30"),
        ],
        "Helvetica",
        "Helvetica-Bold",
    )
    block(
        p,
        50,
        120,
        [
            "BILL TO",
            "Arden Foods Distribution LLC",
            "Accounts Payable",
            "4100 Lockbourne Rd",
            "Columbus, OH 43207",
        ],
        "Helvetica",
        9,
        bold_first="Helvetica-Bold",
    )
    block(
        p,
        50,
        200,
        ["SHIP TO", "Arden Foods DC #2", "2250 Spiegel Dr", "Groveport, OH 43125"],
        "Helvetica",
        9,
        bold_first="Helvetica-Bold",
    )
    f.y = 270
    items = [
        item('GMA pallet 48"x40" #1 grade', 120, "9.75"),
        item('Stretch wrap 18" 80ga (4 rolls/case)', 6, "21.40"),
        item("Edge/corner boards 2x2x36", 200, "0.38"),
    ]
    cols = [
        ("QTY", 50, "l"),
        ("DESCRIPTION", 95, "l"),
        ("UNIT PRICE", 470, "r"),
        ("AMOUNT", 562, "r"),
    ]
    table(
        f,
        cols,
        items,
        "Helvetica-Bold",
        lambda it: [
            it["quantity"],
            it["description"],
            fm(D(it["unit_price"])),
            fm(D(it["amount"])),
        ],
        head_fill=(0.93, 0.88, 0.88),
    )
    freight = D("145.00")
    items.append(item("Freight - FedEx Freight LTL", 1, freight))
    sub = items_sum(items[:3])
    base = sub + freight
    st = q2(base * D("0.0575"))
    co = q2(base * D("0.0125"))
    total = base + st + co
    f.rule()
    for lab, val, fn in (
        ("SUBTOTAL", sub, "Helvetica"),
        ("FREIGHT", freight, "Helvetica"),
        ("OHIO STATE SALES TAX 5.75%", st, "Helvetica"),
        ("FRANKLIN COUNTY TAX 1.25%", co, "Helvetica"),
        ("TOTAL DUE", total, "Helvetica-Bold"),
    ):
        f.cols([(lab, 350, "l"), (f"${fm(val)}", 562, "r")], fn)
    f.gap(16)
    f.l("Make checks payable to Keystone Pallet & Supply Co. Thank you for your business!")
    f.l("Ohio vendor license 25-118734. Sales tax by jurisdiction of delivery.", size=8, color=GREY)
    t = truth(
        "INV-104882",
        "2026-11-30",
        None,
        "KEYSTONE PALLET & SUPPLY CO.",
        base,
        st + co,
        total,
        "USD",
        "en-US",
        "invoice",
        "invoice",
        items,
        "US invoice: state and county sales tax on separate lines (vat = both), taxable "
        "freight line, terms Net 30 only (no due date), PO number in the box grid",
    )
    return [p], t, "US-OH"


# --- i12 Spanish 2-page factura
_I12_FOOD = [
    "Aceite oliva virgen extra 5L",
    "Arroz bomba 1kg",
    "Tomate triturado 3kg",
    "Atún claro aceite 1,8kg",
    "Harina trigo 5kg",
    "Azúcar blanco 1kg",
    "Garbanzos cocidos 2,5kg",
    "Pimentón de la Vera 750g",
    "Sal marina 1kg",
    "Leche entera 1L (caja 6)",
    "Nata para cocinar 1L",
    "Café molido 1kg",
    "Queso manchego curado kg",
    "Jamón serrano loncheado 500g",
    "Pan rallado 1kg",
    "Vinagre de Jerez 1L",
    "Aceitunas manzanilla 5kg",
    "Alcachofas corazones 2,5kg",
]
_I12_OTHER = [
    "Detergente lavavajillas 10L",
    "Abrillantador 5L",
    "Papel secamanos (6 rollos)",
    "Servilletas 40x40 (pack 1200)",
    "Film transparente 300m",
    "Bolsas basura 120L",
    "Guantes nitrilo talla M (100)",
    "Lejía 5L",
]


def _i12_items():
    rnd = random.Random(zlib.crc32(b"i12"))
    rows = []
    for k in range(44):
        food = k % 3 != 2
        name = rnd.choice(_I12_FOOD if food else _I12_OTHER)
        qty = rnd.choice([1, 2, 3, 4, 6, 10, 12])
        unit = D(rnd.randint(95, 4890)) / 100
        rows.append((f"{rnd.randint(10000, 99999)}", item(name, qty, unit), 10 if food else 21))
    return rows


def _i12_header(p: Page, page_no: int):
    p.text(46, 50, "DISTRIBUCIONES HOSTELERÍA LEVANTE S.L.", "DVC-B", 13)
    p.text(
        46,
        63,
        "Polígono Fuente del Jarro, C/ Ciudad de Sevilla 14 · 46988 Paterna (Valencia) · "
        "CIF B98123456",
        "DVC",
        7.5,
    )
    p.text(549, 50, f"FACTURA A26/003318   Pág. {page_no}/2", "DVC-B", 10, "r")


def i12():
    rows = _i12_items()
    pages = [Page(A4), Page(A4)]
    _i12_header(pages[0], 1)
    _i12_header(pages[1], 2)
    p = pages[0]
    block(
        p,
        46,
        100,
        [
            "Fecha factura: 27/11/2026",
            "Vencimiento: 27/12/2026",
            "Forma de pago: recibo domiciliado",
            "Cliente nº: 43-0915",
        ],
        "DVC",
        9,
    )
    block(
        p,
        330,
        100,
        [
            "Restaurante El Faro de Dénia S.L.",
            "Explanada Cervantes 12",
            "03700 Dénia (Alicante)",
            "CIF B53987654",
        ],
        "DVC",
        9,
    )
    cols = [
        ("Ref.", 46, "l"),
        ("Descripción", 90, "l"),
        ("Cant.", 330, "r"),
        ("Precio", 400, "r"),
        ("IVA", 440, "r"),
        ("Importe", 549, "r"),
    ]

    def fmt(r):
        return [
            r[0],
            r[1]["description"],
            r[1]["quantity"],
            fm(D(r[1]["unit_price"]), "de"),
            f"{r[2]}%",
            fm(D(r[1]["amount"]), "de"),
        ]

    f = Flow(p, 46, 549, 175, "DVC", 8.4, 1.5)
    table(f, cols, rows[:34], "DVC-B", fmt, head_fill=LIGHT)
    carried = items_sum([r[1] for r in rows[:34]])
    f.rule()
    f.cols([("Suma y sigue", 330, "l"), (fm(carried, "de"), 549, "r")], "DVC-B")
    f = Flow(pages[1], 46, 549, 90, "DVC", 8.4, 1.5)
    f.cols([("Suma anterior", 330, "l"), (fm(carried, "de"), 549, "r")], "DVC-B")
    f.gap(4)
    table(f, cols, rows[34:], "DVC-B", fmt, head_fill=LIGHT)
    items = [r[1] for r in rows]
    net = items_sum(items)
    bases = {rate: items_sum([r[1] for r in rows if r[2] == rate]) for rate in (10, 21)}
    taxes = {rate: q2(b * rate / 100) for rate, b in bases.items()}
    vat = taxes[10] + taxes[21]
    total = net + vat
    f.rule()
    f.gap(10)
    f.cols([("Base imponible", 200, "r"), ("% IVA", 260, "r"), ("Cuota IVA", 340, "r")], "DVC-B")
    for rate in (10, 21):
        f.cols(
            [
                (fm(bases[rate], "de"), 200, "r"),
                (f"{rate},00", 260, "r"),
                (fm(taxes[rate], "de"), 340, "r"),
            ]
        )
    f.gap(6)
    for lab, val, fn in (
        ("Total base imponible", net, "DVC"),
        ("Total IVA", vat, "DVC"),
        ("TOTAL FACTURA EUR", total, "DVC-B"),
    ):
        f.cols([(lab, 380, "l"), (fm(val, "de"), 549, "r")], fn, 10)
    f.gap(16)
    f.l("Recibo domiciliado en ES91 2100 0418 4502 0005 1332 con vencimiento 27/12/2026.")
    f.l(
        "Inscrita en el Registro Mercantil de Valencia, Tomo 9876, Folio 45, Hoja V-123456.",
        size=7,
        color=GREY,
    )
    t = truth(
        "A26/003318",
        "2026-11-27",
        "2026-12-27",
        "DISTRIBUCIONES HOSTELERÍA LEVANTE S.L.",
        net,
        vat,
        total,
        "EUR",
        "es-ES",
        "invoice",
        "invoice",
        items,
        "2-page Spanish wholesale factura, 44 lines at IVA 10%/21%, 'Suma y sigue' / "
        "'Suma anterior' carry lines, totals and IVA breakdown only on page 2",
    )
    return pages, t, "ES"


# --- i13 Swiss 3-page Rechnung
_I13 = [
    ("Installationskabel T55 3x1.5 mm2 (m)", "1.85", (25, 50, 100)),
    ("Abzweigdose AP IP55", "6.40", (4, 8, 10)),
    ("Steckdose T13 UP weiss", "14.90", (2, 4, 6, 8)),
    ("Schalter Schema 3 UP", "18.30", (1, 2, 4)),
    ("LED-Panel 600x600 36W", "96.50", (2, 4, 6)),
    ("Leitungsschutzschalter C13 1P", "12.75", (3, 6, 9)),
    ("FI-Schalter 40A 30mA 4P", "148.00", (1, 2)),
    ("Kabelkanal 40x60 (m)", "9.80", (4, 8, 12)),
    ("Einlasskasten 1x1", "3.95", (5, 10, 20)),
    ("Montagestunde Elektroinstallateur", "118.00", (2, 4, 6, 8)),
    ("Montagestunde Hilfsmonteur", "92.00", (2, 4, 8)),
    ("Kleinmaterial Pauschale", "45.00", (1,)),
    ("Rohr KIR M20 (m)", "2.35", (10, 25, 50)),
    ("Dimmer LED 5-150W", "64.20", (1, 2, 3)),
    ("Bewegungsmelder 360 Grad", "87.60", (1, 2)),
]


def _i13_rows():
    rnd = random.Random(zlib.crc32(b"i13"))
    out = []
    for _ in range(84):
        name, price, qtys = rnd.choice(_I13)
        out.append((f"{rnd.randint(100000, 999999)}", item(name, rnd.choice(qtys), price)))
    return out


def i13():
    rows = _i13_rows()
    pages = [Page(A4) for _ in range(3)]
    line = "Rechnung Nr. 260418  ·  Datum 27.11.2026  ·  Kunden-Nr. 10477  ·  Seite {}/3"
    cols = [
        ("Art.-Nr.", 50, "l"),
        ("Bezeichnung", 100, "l"),
        ("Menge", 360, "r"),
        ("Preis CHF", 440, "r"),
        ("Betrag CHF", 545, "r"),
    ]

    def fmt(r):
        return [
            r[0],
            r[1]["description"],
            r[1]["quantity"],
            fm(D(r[1]["unit_price"]), "ch"),
            fm(D(r[1]["amount"]), "ch"),
        ]

    chunks = [rows[:30], rows[30:70], rows[70:]]
    for k, (p, chunk) in enumerate(zip(pages, chunks, strict=True)):
        f = Flow(p, 50, 545, 40, "Times-Roman", 9, 1.45)
        f.l("Bergmann Elektrotechnik AG", "Times-Bold", 15 if k == 0 else 10)
        if k == 0:
            f.l("Industriestrasse 31 · 8404 Winterthur · CHE-112.345.678 MWST")
            block(
                p,
                330,
                110,
                ["Wohnbaugenossenschaft Sonnhalde", "Verwaltung", "Rosenweg 3", "8400 Winterthur"],
                "Times-Roman",
                10,
            )
            f.y = 190
            f.l("Objekt: MFH Rosenweg 3-5, Elektroinstallation 2. OG", size=9.5)
        f.gap(6)
        f.l(line.format(k + 1), "Times-Bold", 10)
        f.gap(6)
        table(f, cols, chunk, "Times-Bold", fmt)
        if k < 2:
            f.rule()
            f.r("Fortsetzung auf der nächsten Seite", "Times-Italic", 8.5)
    items = [r[1] for r in rows]
    net = items_sum(items)
    vat = q2(net * D("0.081"))
    gross = net + vat
    total = (gross * 20).quantize(D("1"), "ROUND_HALF_UP") / 20
    total = total.quantize(D("0.01"))
    rnd_diff = total - gross
    f.rule()
    for lab, val, fn in (
        ("Total netto", net, "Times-Roman"),
        ("MWST 8.1 %", vat, "Times-Roman"),
        ("Rundungsdifferenz", rnd_diff, "Times-Roman"),
        ("Total CHF inkl. MWST", total, "Times-Bold"),
    ):
        f.cols([(lab, 330, "l"), (fm(val, "ch"), 545, "r")], fn, 10)
    f.gap(12)
    f.l("Zahlbar bis 27.12.2026 netto. QR-Rechnung folgt separat.")
    f.l("PostFinance · IBAN CH44 3199 9123 0008 8901 2", size=8, color=GREY)
    t = truth(
        "260418",
        "2026-11-27",
        "2026-12-27",
        "Bergmann Elektrotechnik AG",
        net,
        vat,
        total,
        "CHF",
        "de-CH",
        "invoice",
        "invoice",
        items,
        "3-page Swiss Rechnung, 84 lines, number/date/customer no./page in one line on "
        "every page, apostrophe thousands, rounding to 0.05 (gap = Rundungsdifferenz), "
        "totals only on page 3",
        gap=rnd_diff,
    )
    return pages, t, "CH"


# --- i14 Swedish credit note (negative)
def i14():
    p = Page(A4)
    f = Flow(p, 56, 539, 50, "DVS", 9, 1.5)
    f.l("FJÄLLGÅRDEN", "DVS-B", 20)
    f.l("Kontorsmaterial AB")
    block(
        p,
        340,
        50,
        [
            "KREDITFAKTURA",
            "Nr 50218",
            "Fakturadatum 2026-11-26",
            "Avser faktura 50177",
            "Kundnr 2231",
        ],
        "DVS",
        9,
        bold_first="DVS-B",
    )
    block(
        p,
        56,
        140,
        ["Norrsken Redovisning AB", "Att: Elin Berg", "Storgatan 12", "903 26 Umeå"],
        "DVS",
        10,
    )
    f.y = 230
    f.l("Kreditering av returnerade varor enligt retur RMA-3381", "DVS-B")
    f.gap(6)
    items = [
        item("Kontorsstol Ergo Plus, svart", -1, "2490.00"),
        item("Skrivbordslampa LED", -2, "389.00"),
        item("Frakt retur", -1, "95.00"),
    ]
    cols = [("Benämning", 56, "l"), ("Antal", 330, "r"), ("À-pris", 430, "r"), ("Belopp", 539, "r")]
    table(
        f,
        cols,
        items,
        "DVS-B",
        lambda it: [
            it["description"],
            it["quantity"],
            fm(D(it["unit_price"]), "fr"),
            fm(D(it["amount"]), "fr"),
        ],
    )
    net = items_sum(items)
    vat = q2(net * D("0.25"))
    total = net + vat
    f.rule()
    for lab, val, fn in (
        ("Summa exkl. moms", net, "DVS"),
        ("Moms 25 %", vat, "DVS"),
        ("Att kreditera SEK", total, "DVS-B"),
    ):
        f.cols([(lab, 330, "l"), (fm(val, "fr"), 539, "r")], fn, 10)
    f.gap(12)
    f.l("Beloppet krediteras ert kundkonto och kvittas mot nästa faktura.")
    p.hline(56, 539, 780, 0.4, GREY)
    p.text(
        297,
        793,
        "Fjällgården Kontorsmaterial AB · Box 112 · 901 04 Umeå · Org.nr 556712-3456 · "
        "Momsreg.nr SE556712345601 · Bankgiro 5050-1122",
        "DVS",
        6.5,
        "c",
        GREY,
    )
    t = truth(
        "50218",
        "2026-11-26",
        None,
        "FJÄLLGÅRDEN Kontorsmaterial AB",
        net,
        vat,
        total,
        "SEK",
        "sv-SE",
        "invoice",
        "credit_note",
        items,
        "Swedish Kreditfaktura with negative quantities and amounts (keyed negative), "
        "refers to original invoice 50177; ISO dates; wordmark split over two lines",
    )
    return [p], t, "SE"


# --- i15 Singapore credit memo (positive)
def i15():
    p = Page(A4)
    f = Flow(p, 60, 535, 50, "DVS", 9.2, 1.5)
    f.c("MERLION OFFICE SUPPLIES PTE LTD", "DVS-B", 15)
    f.c(
        "10 Ubi Crescent #05-21, Singapore 408564 · UEN 201912345K · GST Reg No. 201912345K",
        size=7.8,
    )
    f.gap(14)
    f.c("CREDIT MEMO", "DVS-B", 18)
    f.gap(8)
    y = f.y + 16
    block(
        p,
        60,
        y,
        ["Customer", "Tanjong Logistics Pte Ltd", "25 Pioneer Road", "Singapore 628499"],
        "DVS",
        9,
        bold_first="DVS-B",
    )
    block(
        p,
        340,
        y,
        [
            "Credit Memo No: CM-2026-0093",
            "Date: 20 Nov 2026",
            "Against Tax Invoice: INV-2026-1871",
            "Reason: goods returned",
        ],
        "DVS",
        9,
    )
    f.y = y + 70
    items = [
        item("A4 copier paper 80gsm (box of 5 reams)", 5, "38.50"),
        item("Toner HP 58A - price adjustment", 1, "45.00"),
    ]
    cols = [
        ("Description", 60, "l"),
        ("Qty", 350, "r"),
        ("Unit Price", 440, "r"),
        ("Amount", 535, "r"),
    ]
    table(
        f,
        cols,
        items,
        "DVS-B",
        lambda it: [
            it["description"],
            it["quantity"],
            fm(D(it["unit_price"])),
            fm(D(it["amount"])),
        ],
        head_fill=LIGHT,
    )
    net = items_sum(items)
    vat = q2(net * D("0.09"))
    total = net + vat
    f.rule()
    for lab, val, fn in (
        ("Subtotal", net, "DVS"),
        ("GST 9%", vat, "DVS"),
        ("Total Credit (SGD)", total, "DVS-B"),
    ):
        f.cols([(lab, 340, "l"), (fm(val), 535, "r")], fn)
    f.gap(14)
    f.l("This amount will be offset against your next payment.")
    f.gap(40)
    f.l("Authorised signature ____________________")
    t = truth(
        "CM-2026-0093",
        "2026-11-20",
        None,
        "MERLION OFFICE SUPPLIES PTE LTD",
        net,
        vat,
        total,
        "SGD",
        "en-SG",
        "invoice",
        "credit_note",
        items,
        "Singapore Credit Memo printed with positive amounts (keyed positive), refers to "
        "the original tax invoice number; photographed on a wooden desk",
    )
    return [p], t, "SG"


INVOICES = {
    f"i{i:02d}": fn
    for i, fn in enumerate(
        [i01, i02, i03, i04, i05, i06, i07, i08, i09, i10, i11, i12, i13, i14, i15], 1
    )
}
