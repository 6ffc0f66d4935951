"""A second, harder "foreign" set: sixteen documents modelled on real bills that are not plain
invoices, or that put traps next to the answer (a cloud bill with an account id and a billing
period, a payment receipt, a utility bill with meter dates, a hotel folio that ends at balance
0.00, a restaurant check with a tip, payments already applied, Polish, Portuguese, Swiss and
Indian invoices, amounts without decimals, a credit memo that cites the original invoice, a
three-page invoice carried forward). Drawn with the harness of :mod:`foreign_invoices`.

Expected values follow the API's meaning: ``amount`` is the net before VAT, which is
``total - vat`` less a tip (the tip is a field of its own), credit memos are negative.
"""

# ruff: noqa: E501  (invoice text is data, printed as one string per line)
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from foreign_invoices import (
    LETTER,
    Foreign,
    Op,
    Rule,
    Text,
    _block,
    _cents,
    _exp,
    _pairs,
    _row,
)

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _unicode_fonts() -> tuple[str, str]:
    """DejaVu Sans where the system has it (Polish letters such as "ł" are outside the
    base-14 fonts' encoding and would print as blanks), else Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = ("DejaVuSans", "DejaVuSans-Bold")
    if not all((_DEJAVU / f"{n}.ttf").exists() for n in names):
        return "Helvetica", "Helvetica-Bold"
    registered = pdfmetrics.getRegisteredFontNames()
    for n in names:
        if n not in registered:
            pdfmetrics.registerFont(TTFont(n, str(_DEJAVU / f"{n}.ttf")))
    return names


def _box(x0: float, y0: float, x1: float, y1: float, width: float = 0.8) -> list[Op]:
    return [
        Rule(x0, y0, x1, y0, width),
        Rule(x0, y1, x1, y1, width),
        Rule(x0, y0, x0, y1, width),
        Rule(x1, y0, x1, y1, width),
    ]


def _money(value: Decimal, thousands: str = ",", decimal: str = ".") -> str:
    text = f"{value:,.2f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


# --------------------------------------------------------------------------------------------


def cloud_bill() -> Foreign:
    """A cloud provider's monthly bill: a lowercase logo, Account ID next to Invoice ID, a
    billing period beside the invoice date, a dozen usage lines, tax 0 under reverse charge."""
    ops: list[Op] = [Text(40, 52, "nimbus", 24, "Helvetica-Bold"), Text(122, 52, "cloud", 24)]
    ops.append(Text(572, 50, "Invoice", 18, "Helvetica", "r"))
    ops += _pairs(
        360, 572, 80,
        [("Account ID:", "5521-8840-1937"), ("Invoice ID:", "NCB-24-0093127"),
         ("Invoice Date:", "December 2, 2024"), ("Billing Period:", "Nov 1 - Nov 30, 2024"),
         ("Payment Terms:", "Due upon receipt")],
        13, size=8.5,
    )  # fmt: skip
    ops.append(Text(40, 100, "Bill to", 8, "Helvetica-Bold"))
    ops += _block(
        40, 113, ["Kranich Logistik GmbH", "Attn: Accounts Payable", "Hafenstraße 12",
                  "20457 Hamburg, Germany", "VAT ID: DE298765432"], 12, size=8.5,
    )  # fmt: skip
    ops.append(Rule(40, 190, 572, 190, 1.2))
    ops.append(Text(40, 212, "Total due", 12, "Helvetica-Bold"))
    ops.append(Text(572, 212, "USD 754.06", 16, "Helvetica-Bold", "r"))
    ops.append(Rule(40, 224, 572, 224, 1.2))
    ops.append(Text(40, 250, "Summary of charges by service", 10, "Helvetica-Bold"))
    head = [
        (40, "Service", "l"),
        (360, "Usage", "r"),
        (460, "Rate", "r"),
        (572, "Amount (USD)", "r"),
    ]
    ops += _row(268, head, size=7.5, font="Helvetica-Bold")
    ops.append(Rule(40, 273, 572, 273))
    usage = [
        ("Compute Engine - N2 standard (us-east1)", "1,488.000 Hrs", "0.0971 /Hr", "144.48"),
        ("Compute Engine - E2 micro (us-east1)", "744.000 Hrs", "0.0084 /Hr", "6.25"),
        ("Block storage - SSD persistent disk", "2,000.000 GB-Mo", "0.0800 /GB-Mo", "160.00"),
        ("Object storage - Standard class", "3,412.118 GB-Mo", "0.0230 /GB-Mo", "78.48"),
        ("Data transfer out - Internet", "1,204.330 GB", "0.0900 /GB", "108.39"),
        ("Data transfer - inter-region", "310.000 GB", "0.0200 /GB", "6.20"),
        ("Managed database - 2 vCPU / 8 GB", "744.000 Hrs", "0.2400 /Hr", "178.56"),
        ("Load balancer - regional", "744.000 Hrs", "0.0225 /Hr", "16.74"),
        ("DNS queries", "12.4 M queries", "0.40 /M", "4.96"),
        ("Support - Business plan", "1", "100.00", "100.00"),
        ("Credits - promotional (PROMO-EU-2024)", "", "", "-50.00"),
    ]
    y = 287.0
    for service, used, rate, amount in usage:
        ops += _row(
            y, [(40, service, "l"), (360, used, "r"), (460, rate, "r"), (572, amount, "r")], size=8
        )
        y += 14
    ops.append(Rule(330, y - 4, 572, y - 4))
    ops += _pairs(
        330, 572, y + 10,
        [("Subtotal", "754.06"), ("Tax (0%)", "0.00"), ("Total due (USD)", "754.06")], 14, size=8.5,
    )  # fmt: skip
    ops.append(
        Text(40, y + 70, "Reverse charge: VAT to be accounted for by the recipient under", 7.5)
    )
    ops.append(Text(40, y + 80, "Article 196 of Council Directive 2006/112/EC.", 7.5))
    ops += _block(
        40, 740, ["Nimbus Cloud Services EMEA SARL · 38 avenue John F. Kennedy · L-1855 Luxembourg",
                  "VAT LU26888617 · RCS Luxembourg B186284 · billing@nimbuscloud.example"], 10, size=7,
    )  # fmt: skip
    ops.append(Text(572, 760, "Page 1 of 1", 7, align="r"))
    exp = _exp("NCB-24-0093127", date(2024, 12, 2), None, "Nimbus Cloud Services EMEA SARL",
               "754.06", "0.00", "754.06", "USD")  # fmt: skip
    return Foreign("cloud_bill", [ops], exp, LETTER)


def stripe_receipt() -> Foreign:
    """A payment receipt: centred, labels above values in three columns ("AMOUNT PAID",
    "DATE PAID"), "Receipt #2291-4067", no due date."""
    ops: list[Op] = [Text(306, 70, "Receipt from Lumen Labs, Inc.", 16, "Helvetica-Bold", "c")]
    ops.append(Text(306, 90, "Receipt #2291-4067", 9.5, "Helvetica", "c"))
    cols = [(120, "AMOUNT PAID", "$53.86"), (306, "DATE PAID", "Jan 12, 2024"),
            (492, "PAYMENT METHOD", "VISA - 4242")]  # fmt: skip
    for x, label, value in cols:
        ops.append(Text(x, 135, label, 7, "Helvetica-Bold", "c"))
        ops.append(Text(x, 150, value, 10, "Helvetica", "c"))
    ops.append(Text(96, 200, "SUMMARY", 7, "Helvetica-Bold"))
    ops.append(Rule(96, 208, 516, 208, 0.4))
    ops += _row(226, [(96, "Jan 12 - Feb 12, 2024", "l")], size=7.5)
    ops += _row(240, [(96, "Lumen Pro × 1", "l"), (516, "$49.00", "r")], size=9.5)
    ops += _row(260, [(96, "Tax (9.92%)", "l"), (516, "$4.86", "r")], size=9.5)
    ops.append(Rule(96, 270, 516, 270, 0.4))
    ops += _row(
        288, [(96, "Amount paid", "l"), (516, "$53.86", "r")], size=9.5, font="Helvetica-Bold"
    )
    ops.append(Rule(96, 320, 516, 320, 0.4))
    ops.append(
        Text(
            306,
            345,
            "If you have any questions, contact us at billing@lumenlabs.example",
            8,
            align="c",
        )
    )
    ops.append(
        Text(
            306,
            360,
            "Lumen Labs, Inc. · 2 Embarcadero Center, San Francisco, CA 94111",
            8,
            align="c",
        )
    )
    ops.append(
        Text(306, 400, "Something wrong with the email? View it in your browser.", 7, align="c")
    )
    exp = _exp("2291-4067", date(2024, 1, 12), None, "Lumen Labs, Inc.",
               "49.00", "4.86", "53.86", "USD")  # fmt: skip
    return Foreign("stripe_receipt", [ops], exp, LETTER)


def utility_bill() -> Foreign:
    """A household electricity bill: customer number and bill number, meter readings with dates
    and kWh, a billing period, and "Amount due by 15 Apr 2024" as the only due date."""
    ops: list[Op] = [Text(40, 55, "Brightwater", 22, "Helvetica-Bold"), Text(40, 73, "ENERGY", 10)]
    ops.append(Text(555, 55, "Your electricity bill", 14, "Helvetica", "r"))
    ops += _block(40, 120, ["Mr J. Okafor", "14 Fernbank Road", "Bristol", "BS6 7PQ"], 12, size=9.5)
    ops += _box(330, 95, 555, 185)
    ops += _pairs(
        340, 545, 110,
        [("Customer number", "20034817"), ("Bill number", "5500-318-7724"),
         ("Bill date", "21 March 2024"), ("Billing period", "12 Feb 2024 - 15 Mar 2024"),
         ("Tariff", "Fixed Saver 12M")],
        15, size=8.5,
    )  # fmt: skip
    ops += _box(40, 205, 555, 250, 1.5)
    ops.append(Text(55, 232, "Amount due by 15 Apr 2024", 13, "Helvetica-Bold"))
    ops.append(Text(540, 232, "£111.28", 16, "Helvetica-Bold", "r"))
    ops.append(Text(40, 285, "Your meter readings", 11, "Helvetica-Bold"))
    ops += _row(303, [(40, "Meter", "l"), (160, "Read date", "l"), (290, "Reading", "r"),
                      (380, "Type", "l"), (555, "kWh", "r")], size=8, font="Helvetica-Bold")  # fmt: skip
    ops.append(Rule(40, 308, 555, 308))
    ops += _row(322, [(40, "E17Z 04481", "l"), (160, "12 Feb 2024", "l"), (290, "04512", "r"),
                      (380, "Actual", "l")], size=8.5)  # fmt: skip
    ops += _row(336, [(40, "E17Z 04481", "l"), (160, "15 Mar 2024", "l"), (290, "04873", "r"),
                      (380, "Estimated", "l"), (555, "361", "r")], size=8.5)  # fmt: skip
    ops.append(Text(40, 380, "Your charges", 11, "Helvetica-Bold"))
    ops.append(Rule(40, 386, 555, 386))
    ops += _row(
        400, [(40, "Electricity  361 kWh at 24.50p per kWh", "l"), (555, "£88.45", "r")], size=9
    )
    ops += _row(
        414, [(40, "Standing charge  33 days at 53.12p per day", "l"), (555, "£17.53", "r")], size=9
    )
    ops.append(Rule(380, 424, 555, 424))
    ops += _pairs(
        380, 555, 438, [("Charges before VAT", "£105.98"), ("VAT at 5%", "£5.30"),
                        ("Total charges this bill", "£111.28")], 14, size=9,
    )  # fmt: skip
    ops.append(
        Text(
            40, 500, "Average daily use this period: 10.9 kWh (same period last year: 12.4 kWh)", 8
        )
    )
    ops.append(Text(40, 514, "We will collect £111.28 by Direct Debit on or after 15 Apr 2024.", 8))
    ops += _block(
        40, 790, ["Brightwater Energy Ltd · PO Box 7731 · Bristol BS1 9ZZ · 0345 600 7700",
                  "Registered in England No. 08812345 · VAT No. GB 291 4410 87"], 10, size=7,
    )  # fmt: skip
    exp = _exp("5500-318-7724", date(2024, 3, 21), date(2024, 4, 15), "Brightwater Energy Ltd",
               "105.98", "5.30", "111.28", "GBP")  # fmt: skip
    return Foreign("utility_bill", [ops], exp)


def hotel_folio() -> Foreign:
    """An Austrian hotel folio in German and English: arrival and departure dates, one line a
    night, a payment that leaves "Saldo / Balance 0,00", VAT only in a two-rate table."""
    f, b = "Times-Roman", "Times-Bold"
    ops: list[Op] = [Text(297, 55, "HOTEL ALPENROSE", 20, b, "c")]
    ops.append(
        Text(297, 72, "Getreidegasse 22 · 5020 Salzburg · Austria · UID ATU12345678", 8, f, "c")
    )
    ops += _block(
        50,
        130,
        ["Herr Daniel Moser", "Lindenweg 5", "80331 München", "Deutschland"],
        12,
        size=10,
        font=f,
    )
    ops += _pairs(
        340, 545, 130,
        [("Rechnung / Invoice Nr.", "48213"), ("Zimmer / Room", "214"),
         ("Anreise / Arrival", "12.03.2024"), ("Abreise / Departure", "15.03.2024"),
         ("Datum / Date", "15.03.2024")],
        13, size=9.5, font=f,
    )  # fmt: skip
    ops += _row(
        225,
        [(50, "Datum", "l"), (120, "Leistung / Description", "l"), (545, "EUR", "r")],
        size=9.5,
        font=b,
    )
    ops.append(Rule(50, 230, 545, 230))
    lines = [("12.03.2024", "Logis / Accommodation", "145,00"),
             ("13.03.2024", "Logis / Accommodation", "145,00"),
             ("13.03.2024", "Restaurant Rosengarten", "62,00"),
             ("14.03.2024", "Logis / Accommodation", "145,00"),
             ("14.03.2024", "Minibar", "22,00")]  # fmt: skip
    y = 245.0
    for day, what, amount in lines:
        ops += _row(y, [(50, day, "l"), (120, what, "l"), (545, amount, "r")], size=9.5, font=f)
        y += 13
    ops.append(Rule(380, y - 4, 545, y - 4))
    ops += _pairs(380, 545, y + 10, [("Summe / Total", "519,00")], size=10, font=b)
    ops += _row(y + 30, [(50, "15.03.2024", "l"), (120, "Zahlung Visa **** 7713 / Payment", "l"),
                         (545, "-519,00", "r")], size=9.5, font=f)  # fmt: skip
    ops += _pairs(380, 545, y + 50, [("Saldo / Balance EUR", "0,00")], size=10, font=b)
    t = y + 95
    ops += _row(
        t,
        [(50, "MwSt / VAT", "l"), (200, "Netto", "r"), (290, "MwSt", "r"), (380, "Brutto", "r")],
        size=8.5,
        font=b,
    )
    ops += _row(
        t + 12,
        [(50, "10 %", "l"), (200, "395,45", "r"), (290, "39,55", "r"), (380, "435,00", "r")],
        size=8.5,
        font=f,
    )
    ops += _row(
        t + 24,
        [(50, "20 %", "l"), (200, "70,00", "r"), (290, "14,00", "r"), (380, "84,00", "r")],
        size=8.5,
        font=f,
    )
    ops.append(
        Text(297, 780, "Vielen Dank für Ihren Besuch! · Thank you for staying with us.", 9, f, "c")
    )
    exp = _exp("48213", date(2024, 3, 15), None, "Hotel Alpenrose",
               "465.45", "53.55", "519.00", "EUR")  # fmt: skip
    return Foreign("hotel_folio", [ops], exp)


def restaurant_check() -> Foreign:
    """A thermal restaurant check in Courier: "Check #4471", "21-Dec-2024", subtotal, sales
    tax, an 18 % tip and the total paid."""
    c, cb = "Courier", "Courier-Bold"
    ops: list[Op] = [Text(113, 30, "TRATTORIA DA ENZO", 11, cb, "c")]
    ops += [Text(113, 44, "214 Mulberry St", 7.5, c, "c"), Text(113, 54, "New York NY 10012", 7.5, c, "c"),
            Text(113, 64, "Tel (212) 555-0147", 7.5, c, "c")]  # fmt: skip
    ops += _block(
        12,
        86,
        ["Server: Marco      Table 12", "Guests: 3", "Check #4471", "21-Dec-2024 20:41"],
        10,
        size=7.5,
        font=c,
    )
    ops.append(Text(12, 130, "-" * 38, 7.5, c))
    items = [
        ("2 Burrata", "34.00"),
        ("1 Cacio e Pepe", "24.00"),
        ("1 Tagliatelle Ragu", "26.00"),
        ("3 Espresso", "10.50"),
    ]
    y = 142.0
    for what, amount in items:
        ops += [Text(12, y, what, 7.5, c), Text(214, y, amount, 7.5, c, "r")]
        y += 10
    ops.append(Text(12, y, "-" * 38, 7.5, c))
    pairs = [("Subtotal", "94.50"), ("Sales Tax 8.875%", "8.39"), ("Tip 18%", "17.01")]
    ops += _pairs(12, 214, y + 12, pairs, 10, size=7.5, font=c)
    ops += [Text(12, y + 46, "TOTAL", 9, cb), Text(214, y + 46, "$119.90", 9, cb, "r")]
    ops += _pairs(
        12,
        214,
        y + 62,
        [("VISA XXXXXXXXXXXX1881", "119.90"), ("Auth 00731Q", "")],
        10,
        size=7.5,
        font=c,
    )
    ops.append(Text(113, y + 100, "Grazie! See you again", 7.5, c, "c"))
    exp = _exp("4471", date(2024, 12, 21), None, "Trattoria da Enzo",
               "94.50", "8.39", "119.90", "USD")  # fmt: skip
    return Foreign("restaurant_check", [ops], exp, (226.0, 360.0))


def payments_applied() -> Foreign:
    """A US service invoice with a deposit already paid: "Total 1,296.00 / Payments/Credits
    -200.00 / Balance Due $1,096.00"; dates as 2024/12/21."""
    ops: list[Op] = [Text(40, 50, "Pinecrest Landscaping LLC", 15, "Helvetica-Bold")]
    ops += _block(40, 66, ["1180 Ridge Road", "Boulder, CO 80302", "(303) 555-0192"], 11, size=8.5)
    ops.append(Text(572, 50, "INVOICE", 24, "Helvetica", "r"))
    ops += _pairs(
        420, 572, 80,
        [("Invoice #", "20417"), ("Date", "2024/12/21"), ("Due Date", "2025/01/20"), ("P.O. #", "7712")],
        13, size=9,
    )  # fmt: skip
    ops.append(Text(40, 150, "BILL TO", 8, "Helvetica-Bold"))
    ops += _block(
        40,
        162,
        ["Aspen Grove HOA", "c/o Summit Property Mgmt", "400 Pearl St", "Boulder, CO 80302"],
        11,
        size=9,
    )
    head = [(40, "DESCRIPTION", "l"), (400, "QTY", "r"), (480, "RATE", "r"), (572, "AMOUNT", "r")]
    ops += _row(230, head, size=8, font="Helvetica-Bold")
    ops.append(Rule(40, 235, 572, 235))
    rows = [("Weekly grounds maintenance - December", "4", "180.00", "720.00"),
            ("Hedge trimming, front entrance", "1", "280.00", "280.00"),
            ("Mulch delivery and spreading", "1", "200.00", "200.00")]  # fmt: skip
    y = 250.0
    for what, qty, rate, amount in rows:
        ops += _row(
            y, [(40, what, "l"), (400, qty, "r"), (480, rate, "r"), (572, amount, "r")], size=9
        )
        y += 15
    ops.append(Rule(380, y, 572, y))
    ops += _pairs(
        380, 572, y + 15,
        [("Subtotal", "1,200.00"), ("Sales Tax (8%)", "96.00"), ("Total", "1,296.00"),
         ("Payments/Credits", "-200.00")], 14, size=9,
    )  # fmt: skip
    ops += [
        Text(380, y + 80, "Balance Due", 11, "Helvetica-Bold"),
        Text(572, y + 80, "$1,096.00", 11, "Helvetica-Bold", "r"),
    ]
    ops.append(Text(40, y + 120, "Deposit of $200.00 received 2024/12/02, thank you.", 8.5))
    ops.append(Text(40, y + 133, "Make checks payable to Pinecrest Landscaping LLC.", 8.5))
    exp = _exp("20417", date(2024, 12, 21), date(2025, 1, 20), "Pinecrest Landscaping LLC",
               "1200.00", "96.00", "1296.00", "USD")  # fmt: skip
    return Foreign("payments_applied", [ops], exp, LETTER)


def pl_faktura() -> Foreign:
    """A Polish "Faktura VAT": seller (Sprzedawca) left, buyer (Nabywca) right, issue and sale
    dates, a wide table with net/VAT/gross columns, "Razem" and "Do zapłaty" in PLN."""
    f, b = _unicode_fonts()
    ops: list[Op] = [Text(297, 50, "Faktura VAT nr FV/318/12/2024", 15, b, "c")]
    ops += _pairs(
        360, 550, 75,
        [("Miejsce wystawienia:", "Kraków"), ("Data wystawienia:", "2024-12-21"),
         ("Data sprzedaży:", "2024-12-20")], 12, size=8.5, font=f,
    )  # fmt: skip
    ops.append(Text(45, 130, "Sprzedawca:", 8.5, b))
    ops += _block(
        45,
        143,
        ["Drukarnia Wisła Sp. z o.o.", "ul. Zabłocie 23", "30-701 Kraków", "NIP: 678-312-45-90"],
        11,
        size=8.5,
        font=f,
    )
    ops.append(Text(310, 130, "Nabywca:", 8.5, b))
    ops += _block(
        310,
        143,
        ["Kawiarnia Pod Sową s.c.", "ul. Długa 7", "31-147 Kraków", "NIP: 945-201-77-13"],
        11,
        size=8.5,
        font=f,
    )
    head = [(45, "Lp.", "l"), (62, "Nazwa towaru lub usługi", "l"), (250, "Ilość", "r"), (258, "j.m.", "l"),
            (320, "Cena netto", "r"), (380, "Wartość netto", "r"), (410, "VAT", "r"), (470, "Kwota VAT", "r"),
            (550, "Wartość brutto", "r")]  # fmt: skip
    ops += _row(215, head, size=7, font=b)
    ops.append(Rule(45, 220, 550, 220))
    rows = [("1", "Ulotki A5, druk 4+4", "5000", "szt.", "0,18", "900,00", "23%", "207,00", "1 107,00"),
            ("2", "Plakaty B2, papier kredowy", "200", "szt.", "4,50", "900,00", "23%", "207,00", "1 107,00"),
            ("3", "Projekt graficzny", "1", "usł.", "650,00", "650,00", "23%", "149,50", "799,50")]  # fmt: skip
    y = 233.0
    for row in rows:
        xs = [
            (45, "l"),
            (62, "l"),
            (250, "r"),
            (258, "l"),
            (320, "r"),
            (380, "r"),
            (410, "r"),
            (470, "r"),
            (550, "r"),
        ]
        ops += _row(y, [(x, t, a) for (x, a), t in zip(xs, row, strict=True)], size=7.5, font=f)
        y += 13
    ops.append(Rule(45, y - 4, 550, y - 4))
    ops += _row(
        y + 8,
        [
            (290, "Razem:", "l"),
            (380, "2 450,00", "r"),
            (470, "563,50", "r"),
            (550, "3 013,50", "r"),
        ],
        size=7.5,
        font=b,
    )
    ops += _row(
        y + 20,
        [
            (290, "w tym:", "l"),
            (380, "2 450,00", "r"),
            (410, "23%", "r"),
            (470, "563,50", "r"),
            (550, "3 013,50", "r"),
        ],
        size=7.5,
        font=f,
    )
    ops += _pairs(45, 250, y + 55, [("Sposób płatności:", "przelew"), ("Termin płatności:", "2025-01-04"),
                                    ("Nr konta:", "12 1050 1445 1000 0090 3012 7788")], 12, size=8.5, font=f)  # fmt: skip
    ops += [Text(45, y + 110, "Do zapłaty:", 12, b), Text(250, y + 110, "3 013,50 PLN", 12, b)]
    ops.append(Text(45, y + 126, "Słownie: trzy tysiące trzynaście PLN 50/100", 8.5, f))
    ops += [Rule(45, y + 200, 220, y + 200, 0.4), Rule(375, y + 200, 550, y + 200, 0.4)]
    ops.append(Text(132, y + 210, "Osoba upoważniona do odbioru", 7, f, "c"))
    ops.append(Text(462, y + 210, "Osoba upoważniona do wystawienia", 7, f, "c"))
    exp = _exp("FV/318/12/2024", date(2024, 12, 21), date(2025, 1, 4), "Drukarnia Wisła Sp. z o.o.",
               "2450.00", "563.50", "3013.50", "PLN")  # fmt: skip
    return Foreign("pl_faktura", [ops], exp)


def pt_fatura() -> Foreign:
    """A Portuguese "Fatura" (Times): "Fatura n.º FT 2024A/1287", "Data de emissão", IVA,
    "Total ilíquido"/"Total IVA"/"Total", amounts with a trailing euro sign."""
    f, b = "Times-Roman", "Times-Bold"
    ops: list[Op] = [Text(50, 55, "Azulejos Ribeiro, Lda.", 16, b)]
    ops += _block(
        50,
        72,
        ["Rua das Flores, 112", "4050-262 Porto", "NIF 509 123 456 · Capital social 5.000,00 €"],
        11,
        size=9,
        font=f,
    )
    ops.append(Text(545, 55, "Fatura n.º FT 2024A/1287", 12, b, "r"))
    ops.append(Text(545, 70, "Original", 9, f, "r"))
    ops.append(Text(330, 125, "Exmo.(s) Sr.(s)", 9, f))
    ops += _block(
        330,
        138,
        [
            "Casa do Largo, Unipessoal Lda.",
            "Largo do Carmo, 4",
            "1200-092 Lisboa",
            "NIF 514 882 301",
        ],
        11,
        size=9.5,
        font=f,
    )
    ops += _pairs(
        50, 250, 125,
        [("Data de emissão:", "21/12/2024"), ("Data de vencimento:", "20/01/2025"),
         ("Condições de pagamento:", "30 dias"), ("V/ N.º contribuinte:", "514882301")],
        12, size=9, font=f,
    )  # fmt: skip
    head = [(50, "Artigo", "l"), (110, "Descrição", "l"), (330, "Qtd.", "r"), (345, "Un.", "l"),
            (420, "Preço unit.", "r"), (460, "IVA", "r"), (545, "Valor", "r")]  # fmt: skip
    ops += _row(215, head, size=8.5, font=b)
    ops.append(Rule(50, 220, 545, 220))
    rows = [("AZ-1515", "Azulejo pintado à mão 15x15", "120", "un", "3,20", "23%", "384,00"),
            ("TR-01", "Transporte", "1", "un", "45,00", "23%", "45,00")]  # fmt: skip
    y = 234.0
    xs = [(50, "l"), (110, "l"), (330, "r"), (345, "l"), (420, "r"), (460, "r"), (545, "r")]
    for row in rows:
        ops += _row(y, [(x, t, a) for (x, a), t in zip(xs, row, strict=True)], size=9, font=f)
        y += 13
    ops += _row(
        y + 25,
        [(50, "Taxa", "l"), (110, "Incidência", "r"), (180, "Valor IVA", "r")],
        size=8,
        font=b,
    )
    ops += _row(
        y + 37, [(50, "23%", "l"), (110, "429,00", "r"), (180, "98,67", "r")], size=8, font=f
    )
    ops += _pairs(
        360, 545, y + 25,
        [("Total ilíquido", "429,00 €"), ("Total IVA", "98,67 €"), ("Total", "527,67 €")], 14, size=10, font=f,
    )  # fmt: skip
    ops.append(
        Text(
            50, 760, "ATCUD: JFR4K7M2-1287 · Processado por programa certificado n.º 1234/AT", 7, f
        )
    )
    exp = _exp("FT 2024A/1287", date(2024, 12, 21), date(2025, 1, 20), "Azulejos Ribeiro, Lda.",
               "429.00", "98.67", "527.67", "EUR")  # fmt: skip
    return Foreign("pt_fatura", [ops], exp)


def swiss_mwst() -> Foreign:
    """A Swiss invoice: "CHF 1'234.50" with apostrophes, "MWST 8.1 %", a UID ending in MWST,
    a long-form German date and a payment part at the bottom."""
    ops: list[Op] = [Text(50, 50, "Bergmann Informatik AG", 13, "Helvetica-Bold")]
    ops += _block(
        50, 65, ["Bahnhofstrasse 41", "8001 Zürich", "UID: CHE-109.322.551 MWST"], 10.5, size=8
    )
    ops += _block(
        340,
        120,
        ["Meier Treuhand GmbH", "Frau Lea Baumann", "Seestrasse 8", "8810 Horgen"],
        12,
        size=9.5,
    )
    ops.append(Text(50, 205, "Rechnung", 16, "Helvetica-Bold"))
    ops += _pairs(
        50, 250, 225,
        [("Rechnungs-Nr.", "2024-0877"), ("Datum", "21. Dezember 2024"),
         ("Kunden-Nr.", "10442"), ("Zahlbar bis", "20.01.2025")], 12, size=8.5,
    )  # fmt: skip
    head = [
        (50, "Bezeichnung", "l"),
        (330, "Menge", "r"),
        (430, "Preis", "r"),
        (545, "Betrag", "r"),
    ]
    ops += _row(300, head, size=8.5, font="Helvetica-Bold")
    ops.append(Rule(50, 305, 545, 305))
    rows = [("Wartungsvertrag Q1/2025", "1 Pausch.", "CHF 780.00", "CHF 780.00"),
            ("Support-Stunden Dezember", "3 h", "CHF 120.00", "CHF 360.00"),
            ("Porto / Versand", "1", "CHF 2.00", "CHF 2.00")]  # fmt: skip
    y = 320.0
    for what, qty, price, amount in rows:
        ops += _row(
            y, [(50, what, "l"), (330, qty, "r"), (430, price, "r"), (545, amount, "r")], size=8.5
        )
        y += 13
    ops.append(Rule(330, y, 545, y))
    ops += _pairs(
        330,
        545,
        y + 14,
        [("Total exkl. MWST", "CHF 1'142.00"), ("MWST 8.1 %", "CHF 92.50")],
        13,
        size=8.5,
    )
    ops += [
        Text(330, y + 44, "Total inkl. MWST", 9.5, "Helvetica-Bold"),
        Text(545, y + 44, "CHF 1'234.50", 9.5, "Helvetica-Bold", "r"),
    ]
    ops.append(
        Text(50, y + 80, "Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.", 8.5)
    )
    ops.append(Rule(0, 600, 595, 600, 0.4))
    ops.append(Text(20, 620, "Empfangsschein", 10, "Helvetica-Bold"))
    ops += _block(
        20,
        638,
        [
            "Konto / Zahlbar an",
            "CH44 3199 9123 0008 8901 2",
            "Bergmann Informatik AG",
            "8001 Zürich",
        ],
        10,
        size=7.5,
    )
    ops += _row(700, [(20, "Währung", "l"), (80, "Betrag", "l")], size=6.5, font="Helvetica-Bold")
    ops += _row(711, [(20, "CHF", "l"), (80, "1 234.50", "l")], size=8)
    ops.append(Text(200, 620, "Zahlteil", 10, "Helvetica-Bold"))
    exp = _exp("2024-0877", date(2024, 12, 21), date(2025, 1, 20), "Bergmann Informatik AG",
               "1142.00", "92.50", "1234.50", "CHF")  # fmt: skip
    return Foreign("swiss_mwst", [ops], exp)


def nl_whole_euros() -> Foreign:
    """A Dutch design studio's invoice with whole-euro amounts ("€ 850,-", "€ 1.250") next to
    cents only where VAT makes them ("€ 262,50")."""
    ops: list[Op] = [Text(545, 60, "Studio Klaproos", 18, "Times-Bold", "r")]
    ops += _block(
        545,
        78,
        ["Oudegracht 201", "3511 NG Utrecht", "KvK 81234567", "BTW NL862301455B01"],
        11,
        size=8.5,
        align="r",
    )
    ops += _block(
        50,
        140,
        ["Bakkerij De Zoete Inval", "t.a.v. mevr. S. de Vries", "Voorstraat 18", "3512 AL Utrecht"],
        12,
        size=9.5,
    )
    ops.append(Text(50, 230, "FACTUUR", 20, "Helvetica-Bold"))
    ops += _pairs(
        50, 250, 255,
        [("Factuurnummer", "2024-118"), ("Factuurdatum", "21 december 2024"), ("Vervaldatum", "4 januari 2025")],
        13, size=9,
    )  # fmt: skip
    ops += _row(
        320, [(50, "Omschrijving", "l"), (545, "Bedrag", "r")], size=9, font="Helvetica-Bold"
    )
    ops.append(Rule(50, 325, 545, 325))
    ops += _row(
        340,
        [(50, "Ontwerp logo, 3 voorstellen + 2 correctierondes", "l"), (545, "€ 850,-", "r")],
        size=9,
    )
    ops += _row(354, [(50, "Huisstijlhandboek (12 pagina's)", "l"), (545, "€ 400,-", "r")], size=9)
    ops.append(Rule(380, 366, 545, 366))
    ops += _pairs(380, 545, 380, [("Subtotaal", "€ 1.250"), ("BTW 21%", "€ 262,50")], 14, size=9)
    ops += [
        Text(380, 412, "Totaal", 10, "Helvetica-Bold"),
        Text(545, 412, "€ 1.512,50", 10, "Helvetica-Bold", "r"),
    ]
    ops.append(
        Text(
            50,
            470,
            "Graag binnen 14 dagen overmaken op NL91 ABNA 0417 1643 00 t.n.v. Studio Klaproos",
            8.5,
        )
    )
    ops.append(Text(50, 482, "onder vermelding van factuurnummer 2024-118.", 8.5))
    exp = _exp("2024-118", date(2024, 12, 21), date(2025, 1, 4), "Studio Klaproos",
               "1250.00", "262.50", "1512.50", "EUR")  # fmt: skip
    return Foreign("nl_whole_euros", [ops], exp)


def vendor_right() -> Foreign:
    """The customer's window address on the left at the very top, the vendor's letterhead on
    the right; two-digit-year dates ("21.12.24")."""
    ops: list[Op] = [
        Text(50, 60, "Keller & Sohn Metallbau GmbH · Am Kanal 9 · 44147 Dortmund", 6.5)
    ]
    ops.append(Rule(50, 64, 270, 64, 0.3))
    ops += _block(
        50,
        80,
        ["Muster Bau AG", "z. Hd. Herrn Petersen", "Industriestr. 4", "70565 Stuttgart"],
        13,
        size=10.5,
    )
    ops.append(Text(545, 55, "Keller & Sohn", 17, "Helvetica-Bold", "r"))
    ops.append(Text(545, 72, "Metallbau GmbH", 11, "Helvetica", "r"))
    ops += _block(
        545,
        95,
        ["Am Kanal 9", "44147 Dortmund", "Tel. 0231 557 230", "info@keller-metallbau.example"],
        10,
        size=7.5,
        align="r",
    )
    ops.append(Text(50, 200, "Invoice 24-0391", 14, "Helvetica-Bold"))
    ops += _pairs(
        380, 545, 200,
        [("Date:", "21.12.24"), ("Customer no.:", "1187"), ("Due:", "04.01.25")], 12, size=8.5,
    )  # fmt: skip
    ops.append(Text(50, 240, "Project: Staircase, Building C, Vaihingen", 9))
    head = [
        (50, "Pos.", "l"),
        (80, "Description", "l"),
        (360, "Qty", "r"),
        (450, "Unit price", "r"),
        (545, "Total", "r"),
    ]
    ops += _row(270, head, size=8.5, font="Helvetica-Bold")
    ops.append(Rule(50, 275, 545, 275))
    ops += _row(290, [(50, "1", "l"), (80, "Steel staircase, galvanised, installed", "l"), (360, "1", "r"),
                      (450, "2.950,00", "r"), (545, "2.950,00", "r")], size=8.5)  # fmt: skip
    ops += _row(304, [(50, "2", "l"), (80, "Handrail, stainless steel (m)", "l"), (360, "6", "r"),
                      (450, "85,00", "r"), (545, "510,00", "r")], size=8.5)  # fmt: skip
    ops.append(Rule(380, 316, 545, 316))
    ops += _pairs(
        380, 545, 330, [("Net amount", "3.460,00 EUR"), ("VAT 19 %", "657,40 EUR")], 13, size=8.5
    )
    ops += [
        Text(380, 360, "Amount payable", 9.5, "Helvetica-Bold"),
        Text(545, 360, "4.117,40 EUR", 9.5, "Helvetica-Bold", "r"),
    ]
    ops += _block(50, 780, ["Keller & Sohn Metallbau GmbH · HRB 12345 Amtsgericht Dortmund · USt-IdNr. DE812345678",
                            "Sparkasse Dortmund · IBAN DE12 4405 0199 0001 2345 67"], 9, size=6.5)  # fmt: skip
    exp = _exp("24-0391", date(2024, 12, 21), date(2025, 1, 4), "Keller & Sohn Metallbau GmbH",
               "3460.00", "657.40", "4117.40", "EUR")  # fmt: skip
    return Foreign("vendor_right", [ops], exp)


def no_box() -> Foreign:
    """An Australian tax invoice with header boxes: the number sits under a box labelled only
    "No.", next to "Customer No." and "Order No." boxes."""
    ops: list[Op] = [Text(40, 55, "Coastline Plumbing Pty Ltd", 15, "Helvetica-Bold")]
    ops += _block(
        40,
        71,
        ["ABN 51 824 753 556", "7/21 Beach Rd, Mona Vale NSW 2103", "Ph 02 9999 1234"],
        11,
        size=8.5,
    )
    ops.append(Text(555, 55, "TAX INVOICE", 18, "Helvetica-Bold", "r"))
    boxes = [
        (300, "No.", "10482"),
        (365, "Date", "21/12/2024"),
        (430, "Customer No.", "C-3321"),
        (495, "Order No.", "5531"),
    ]
    for x, label, value in boxes:
        ops += _box(x, 85, x + 60, 120, 0.6)
        ops.append(Rule(x, 97, x + 60, 97, 0.6))
        ops.append(Text(x + 30, 94, label, 6.5, "Helvetica-Bold", "c"))
        ops.append(Text(x + 30, 112, value, 8.5, "Helvetica", "c"))
    ops.append(Text(40, 140, "Invoice to:", 8, "Helvetica-Bold"))
    ops += _block(40, 152, ["Mr & Mrs K. Nguyen", "15 Surf St", "Newport NSW 2106"], 11, size=9)
    ops.append(Text(300, 140, "Job site:", 8, "Helvetica-Bold"))
    ops += _block(300, 152, ["15 Surf St, Newport", "Hot water system replacement"], 11, size=9)
    head = [
        (40, "Description", "l"),
        (380, "Qty", "r"),
        (460, "Unit (ex GST)", "r"),
        (555, "Amount", "r"),
    ]
    ops += _row(215, head, size=8, font="Helvetica-Bold")
    ops.append(Rule(40, 220, 555, 220))
    rows = [("Rheem 315L electric hot water unit", "1", "1,180.00", "1,180.00"),
            ("Labour - plumber (hrs)", "3.5", "110.00", "385.00"),
            ("Tempering valve, fittings and sundries", "1", "95.00", "95.00")]  # fmt: skip
    y = 234.0
    for what, qty, unit, amount in rows:
        ops += _row(
            y, [(40, what, "l"), (380, qty, "r"), (460, unit, "r"), (555, amount, "r")], size=8.5
        )
        y += 13
    ops.append(Rule(380, y, 555, y))
    ops += _pairs(
        380, 555, y + 14, [("Subtotal (ex GST)", "1,660.00"), ("GST", "166.00")], 13, size=8.5
    )
    ops += [
        Text(380, y + 44, "Total AUD (inc GST)", 9.5, "Helvetica-Bold"),
        Text(555, y + 44, "$1,826.00", 9.5, "Helvetica-Bold", "r"),
    ]
    ops.append(
        Text(
            40, y + 90, "Payment due within 14 days. EFT: BSB 062-000 Acc 1234 5678, ref 10482.", 8
        )
    )
    exp = _exp("10482", date(2024, 12, 21), None, "Coastline Plumbing Pty Ltd",
               "1660.00", "166.00", "1826.00", "AUD")  # fmt: skip
    return Foreign("no_box", [ops], exp)


def in_tax_invoice() -> Foreign:
    """An Indian GST "TAX INVOICE" that cites its pro-forma: two numbers and two dates, CGST and
    SGST at 9 % each, lakh grouping ("1,32,750.00"), amount in words."""
    ops: list[Op] = [Text(297, 45, "TAX INVOICE", 14, "Helvetica-Bold", "c")]
    ops.append(Text(555, 45, "Original for Recipient", 7.5, "Helvetica-Oblique", "r"))
    ops += _box(40, 58, 555, 140)
    ops.append(Rule(297, 58, 297, 140))
    ops.append(Text(48, 72, "Sundaram Textiles Pvt. Ltd.", 11, "Helvetica-Bold"))
    ops += _block(
        48,
        86,
        [
            "14, Avinashi Road, Peelamedu",
            "Coimbatore 641004, Tamil Nadu",
            "GSTIN: 33AAFCS1234K1Z5",
            "State: Tamil Nadu, Code: 33",
        ],
        11,
        size=8,
    )
    ops += _pairs(
        305, 547, 72,
        [("Proforma Invoice No.", "PI/24-25/0388"), ("Proforma Date", "02-12-2024"),
         ("Invoice No.", "STX/24-25/0712"), ("Invoice Date", "21-12-2024"),
         ("Due Date", "20-01-2025"), ("Place of Supply", "Tamil Nadu (33)")], 11, size=8,
    )  # fmt: skip
    ops.append(Text(48, 158, "Bill to:", 8, "Helvetica-Bold"))
    ops += _block(
        48,
        170,
        [
            "Kaveri Garments LLP",
            "SIDCO Industrial Estate, Tiruppur 641604",
            "GSTIN: 33AAKFK5678L1Z2",
        ],
        11,
        size=8.5,
    )
    head = [(48, "Sl", "l"), (65, "Description of Goods", "l"), (270, "HSN", "l"), (360, "Qty (m)", "r"),
            (440, "Rate", "r"), (547, "Amount (INR)", "r")]  # fmt: skip
    ops += _row(225, head, size=8, font="Helvetica-Bold")
    ops.append(Rule(40, 230, 555, 230))
    rows = [("1", "Cotton poplin, 58\", dyed", "5208", "2,500", "180.00", "4,50,000.00"),
            ("2", "Cotton twill, 60\", grey", "5209", "3,000", "225.00", "6,75,000.00")]  # fmt: skip
    y = 244.0
    xs = [(48, "l"), (65, "l"), (270, "l"), (360, "r"), (440, "r"), (547, "r")]
    for row in rows:
        ops += _row(y, [(x, t, a) for (x, a), t in zip(xs, row, strict=True)], size=8.5)
        y += 13
    ops.append(Rule(40, y, 555, y))
    ops += _pairs(
        330, 547, y + 14,
        [("Taxable Value", "11,25,000.00"), ("CGST @ 9%", "1,01,250.00"), ("SGST @ 9%", "1,01,250.00"),
         ("Round off", "0.00")], 12, size=8.5,
    )  # fmt: skip
    ops += [
        Text(330, y + 66, "Total Invoice Value", 9.5, "Helvetica-Bold"),
        Text(547, y + 66, "13,27,500.00", 9.5, "Helvetica-Bold", "r"),
    ]
    ops.append(
        Text(
            48,
            y + 95,
            "Amount in words: INR Thirteen Lakh Twenty Seven Thousand Five Hundred Only",
            8,
        )
    )
    ops.append(Text(48, y + 108, "Advance received against proforma: NIL", 8))
    ops.append(Text(547, y + 160, "for Sundaram Textiles Pvt. Ltd.", 8, align="r"))
    ops.append(Text(547, y + 195, "Authorised Signatory", 8, align="r"))
    exp = _exp("STX/24-25/0712", date(2024, 12, 21), date(2025, 1, 20), "Sundaram Textiles Pvt. Ltd.",
               "1125000.00", "202500.00", "1327500.00", "INR")  # fmt: skip
    return Foreign("in_tax_invoice", [ops], exp)


def vat_table_only() -> Foreign:
    """A German cash-and-carry invoice: gross line prices with tax codes A/B, one "Gesamtbetrag",
    and VAT only in a two-rate table at the bottom (no VAT total line)."""
    c = "Courier"
    ops: list[Op] = [Text(50, 50, "Großhandel Brandt KG", 14, "Helvetica-Bold")]
    ops += _block(50, 66, ["Lagerstraße 3 · 28197 Bremen", "USt-IdNr. DE 145 667 890"], 10, size=8)
    ops.append(Text(50, 130, "Café Kranz · Ostertorsteinweg 12 · 28203 Bremen", 9))
    ops += _pairs(
        350,
        545,
        120,
        [("Rechnung Nr.", "771-20931"), ("Datum", "21.12.2024"), ("Kunde", "40071")],
        12,
        size=9,
    )
    ops += _row(
        190,
        [
            (50, "Artikel", "l"),
            (330, "Menge", "r"),
            (410, "Preis", "r"),
            (500, "Betrag", "r"),
            (545, "St", "r"),
        ],
        size=8.5,
        font="Courier-Bold",
    )
    ops.append(Rule(50, 195, 545, 195))
    rows = [("Kaffee Crema 1 kg", "6", "17,85", "107,10", "A"), ("Spülmittel 10 l", "2", "35,70", "71,40", "A"),
            ("H-Milch 1,5 % 1 l", "12", "1,15", "13,80", "B"), ("Zucker 10 kg", "2", "12,50", "25,00", "B"),
            ("Butterkekse 1 kg", "8", "3,50", "28,00", "B")]  # fmt: skip
    y = 208.0
    for what, qty, price, amount, code in rows:
        ops += _row(
            y,
            [
                (50, what, "l"),
                (330, qty, "r"),
                (410, price, "r"),
                (500, amount, "r"),
                (545, code, "r"),
            ],
            size=8.5,
            font=c,
        )
        y += 12
    ops.append(Rule(330, y, 545, y))
    ops += [
        Text(330, y + 16, "Gesamtbetrag EUR", 10, "Courier-Bold"),
        Text(500, y + 16, "245,30", 10, "Courier-Bold", "r"),
    ]
    ops.append(Text(50, y + 50, "Zahlbar sofort ohne Abzug. Es gelten unsere AGB.", 8.5))
    t = 700.0
    ops.append(Rule(50, t - 12, 545, t - 12, 0.4))
    ops += _row(
        t,
        [
            (50, "St", "l"),
            (90, "MwSt-Satz", "l"),
            (250, "Netto", "r"),
            (350, "MwSt", "r"),
            (450, "Brutto", "r"),
        ],
        size=8,
        font="Courier-Bold",
    )
    ops += _row(
        t + 12,
        [
            (50, "A", "l"),
            (90, "19 %", "l"),
            (250, "150,00", "r"),
            (350, "28,50", "r"),
            (450, "178,50", "r"),
        ],
        size=8,
        font=c,
    )
    ops += _row(
        t + 24,
        [
            (50, "B", "l"),
            (90, "7 %", "l"),
            (250, "62,43", "r"),
            (350, "4,37", "r"),
            (450, "66,80", "r"),
        ],
        size=8,
        font=c,
    )
    exp = _exp("771-20931", date(2024, 12, 21), None, "Großhandel Brandt KG",
               "212.43", "32.87", "245.30", "EUR")  # fmt: skip
    return Foreign("vat_table_only", [ops], exp)


def credit_memo() -> Foreign:
    """A US credit memo that names the original invoice first ("Applies to Invoice #
    INV-44120") and its own number second; amounts printed in parentheses."""
    ops: list[Op] = [Text(40, 50, "Atlas Industrial Supply Inc.", 14, "Times-Bold")]
    ops += _block(
        40,
        66,
        ["2250 Commerce Pkwy", "Dayton, OH 45414", "(937) 555-0110"],
        11,
        size=9,
        font="Times-Roman",
    )
    ops.append(Text(572, 52, "CREDIT MEMO", 20, "Times-Bold", "r"))
    ops += _pairs(
        390, 572, 85,
        [("Applies to Invoice #", "INV-44120"), ("Invoice Date", "10/29/2024"),
         ("Credit Memo #", "CM-00981"), ("Credit Date", "11/18/2024")], 13, size=9, font="Times-Roman",
    )  # fmt: skip
    ops.append(Text(40, 150, "Customer", 9, "Times-Bold"))
    ops += _block(
        40,
        162,
        ["Miami Valley Fluid Power", "88 Webster St", "Dayton, OH 45402"],
        11,
        size=9,
        font="Times-Roman",
    )
    head = [
        (40, "Item", "l"),
        (120, "Description", "l"),
        (400, "Qty", "r"),
        (480, "Price", "r"),
        (572, "Credit", "r"),
    ]
    ops += _row(225, head, size=9, font="Times-Bold")
    ops.append(Rule(40, 230, 572, 230))
    ops += _row(245, [(40, "HH-75-25", "l"), (120, "Hydraulic hose 3/4\" x 25 ft (returned)", "l"), (400, "4", "r"),
                      (480, "62.50", "r"), (572, "(250.00)", "r")], size=9, font="Times-Roman")  # fmt: skip
    ops += _row(259, [(40, "FRT", "l"), (120, "Freight refund", "l"), (400, "1", "r"),
                      (480, "40.00", "r"), (572, "(40.00)", "r")], size=9, font="Times-Roman")  # fmt: skip
    ops.append(Rule(400, 270, 572, 270))
    ops += _pairs(
        400,
        572,
        285,
        [("Subtotal", "(290.00)"), ("Sales Tax 6.25%", "(18.13)")],
        13,
        size=9,
        font="Times-Roman",
    )
    ops += [
        Text(400, 315, "Total Credit", 10, "Times-Bold"),
        Text(572, 315, "($308.13)", 10, "Times-Bold", "r"),
    ]
    ops.append(
        Text(
            40,
            360,
            "Reason: goods returned unused (RMA 3390). Credit applied to your account.",
            9,
            "Times-Italic",
        )
    )
    exp = _exp("CM-00981", date(2024, 11, 18), None, "Atlas Industrial Supply Inc.",
               "-290.00", "-18.13", "-308.13", "USD")  # fmt: skip
    return Foreign("credit_memo", [ops], exp, LETTER)


def three_pages() -> Foreign:
    """A three-page wholesale invoice: 36 lines, "Carried forward" at the foot of pages 1 and 2,
    "Brought forward" at the top of pages 2 and 3, totals only on page 3."""
    products = ["2.5mm twin & earth cable 100m", "Double socket 13A white", "LED downlight 6W IP65",
                "Consumer unit 10-way", "RCBO 32A type A", "Junction box 30A", "Cable clips 7mm (100)",
                "Light switch 2-gang", "Conduit 20mm x 3m", "Wago 221-413 (50)", "Isolator 20A DP",
                "Smoke alarm mains"]  # fmt: skip
    lines = []
    for i in range(36):
        qty = 1 + (i * 7) % 11
        price = Decimal(str(round(3.45 + ((i * 37) % 53) * 1.85, 2)))
        lines.append(
            (f"HE{1000 + i * 13}", products[i % len(products)], qty, price, _cents(price * qty))
        )
    net = sum((amount for *_, amount in lines), Decimal("0"))
    vat = _cents(net * Decimal("0.20"))
    pages: list[list[Op]] = []
    running = Decimal("0")
    for page, chunk in enumerate((lines[:15], lines[15:30], lines[30:])):
        ops: list[Op] = []
        if page == 0:
            ops.append(Text(40, 50, "Hallam Electrical Wholesale Ltd", 14, "Helvetica-Bold"))
            ops += _block(
                40,
                66,
                ["Unit 9, Don Valley Park, Sheffield S9 3QE", "VAT Reg. GB 412 8870 16"],
                11,
                size=8,
            )
            ops.append(Text(555, 50, "INVOICE", 18, "Helvetica-Bold", "r"))
            ops += _pairs(380, 555, 75, [("Invoice No:", "HEW-558201"), ("Invoice Date:", "21 Dec 2024"),
                                         ("Due Date:", "20 Jan 2025"), ("Account:", "SPARK-0042")], 12, size=8.5)  # fmt: skip
            ops += _block(
                40,
                110,
                [
                    "Deliver / invoice to:",
                    "Sparks & Sons Electrical",
                    "41 Abbey Lane, Sheffield S7 2QX",
                ],
                11,
                size=8.5,
            )
            y = 175.0
        else:
            ops.append(
                Text(40, 50, "Hallam Electrical Wholesale Ltd · Invoice HEW-558201 · continued", 8)
            )
            ops += _row(
                75,
                [(40, "Brought forward", "l"), (555, _money(running), "r")],
                size=8.5,
                font="Helvetica-Bold",
            )
            y = 100.0
        ops += _row(
            y,
            [
                (40, "Code", "l"),
                (95, "Description", "l"),
                (380, "Qty", "r"),
                (460, "Price", "r"),
                (555, "Net", "r"),
            ],
            size=8,
            font="Helvetica-Bold",
        )
        ops.append(Rule(40, y + 5, 555, y + 5))
        y += 18
        for code, what, qty, price, amount in chunk:
            ops += _row(
                y,
                [
                    (40, code, "l"),
                    (95, what, "l"),
                    (380, str(qty), "r"),
                    (460, _money(price), "r"),
                    (555, _money(amount), "r"),
                ],
                size=8.5,
            )
            running += amount
            y += 14
        ops.append(Rule(380, y - 4, 555, y - 4))
        if page < 2:
            ops += _row(
                y + 10,
                [(380, "Carried forward", "l"), (555, _money(running), "r")],
                size=8.5,
                font="Helvetica-Bold",
            )
        else:
            ops += _pairs(
                380,
                555,
                y + 10,
                [("Goods net", _money(net)), ("VAT @ 20%", _money(vat))],
                13,
                size=8.5,
            )
            ops += [
                Text(380, y + 40, "Invoice total GBP", 10, "Helvetica-Bold"),
                Text(555, y + 40, "£" + _money(net + vat), 10, "Helvetica-Bold", "r"),
            ]
        ops.append(Text(555, 810, f"Page {page + 1} of 3", 7.5, align="r"))
        pages.append(ops)
    exp = _exp("HEW-558201", date(2024, 12, 21), date(2025, 1, 20), "Hallam Electrical Wholesale Ltd",
               str(net), str(vat), str(net + vat), "GBP")  # fmt: skip
    return Foreign("three_pages", pages, exp)


BUILDERS = (
    cloud_bill,
    stripe_receipt,
    utility_bill,
    hotel_folio,
    restaurant_check,
    payments_applied,
    pl_faktura,
    pt_fatura,
    swiss_mwst,
    nl_whole_euros,
    vendor_right,
    no_box,
    in_tax_invoice,
    vat_table_only,
    credit_memo,
    three_pages,
)


def all_harder() -> list[Foreign]:
    return [build() for build in BUILDERS]


if __name__ == "__main__":  # pragma: no cover - a developer's report
    import sys
    import tempfile

    from foreign_invoices import print_report, run_all

    kinds = tuple(sys.argv[1].split(",")) if len(sys.argv) > 1 else ("pdf", "ocr")
    with tempfile.TemporaryDirectory() as tmp:
        print_report(run_all(Path(tmp), kinds, all_harder()), all_harder())
