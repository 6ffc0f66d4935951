"""A third, *blind* foreign set: twenty invoices written without looking at the extractor's
lexicons or rules, nor at the two earlier foreign sets, so that their accuracy is an honest
measure of how the offline extractor generalises.

It reuses the drawing harness of :mod:`foreign_invoices` (``Text``/``Rule`` operations,
``write_pdf``, ``render_scan``, ``run_all``, ``score``). Czech text needs glyphs outside the PDF
standard fonts' WinAnsi encoding, so a DejaVu TrueType font is registered under ``"DejaVu"``.
Values follow the API's meaning: ``amount`` is the net before tax, ``vat`` the total tax,
``total`` the gross of this invoice (not a balance carried from earlier bills).
"""

# ruff: noqa: E501  (invoice text is data, printed as one string per line)
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from foreign_invoices import LETTER, Foreign, Op, Rule, Text, _exp, run_all, write_pdf

_DEJAVU = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)


def register_fonts() -> None:
    """Register DejaVu (regular and bold) with reportlab, falling back to the copy OpenCV ships."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    for name, path in zip(("DejaVu", "DejaVu-Bold"), _DEJAVU, strict=True):
        # Other tests (the synthetic generator) may have registered "DejaVu" alone already.
        if name in registered:
            continue
        if not path.exists():
            import cv2

            path = Path(cv2.__file__).parent / "qt" / "fonts" / path.name
        pdfmetrics.registerFont(TTFont(name, str(path)))


def q(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def en(value: Decimal, places: int = 2) -> str:
    """1,234.56"""
    return f"{value:,.{places}f}"


def T(
    x: float, y: float, text: str, size: float = 9.0, font: str = "Helvetica", align: str = "l"
) -> Text:
    return Text(x, y, text, size=size, font=font, align=align)


def block(x: float, y: float, lines: list[str], step: float = 12.0, **kw: Any) -> list[Op]:
    return [T(x, y + i * step, line, **kw) for i, line in enumerate(lines)]


def pairs(
    xl: float, xv: float, y: float, rows: list[tuple[str, str]], step: float = 14.0, **kw: Any
) -> list[Op]:
    out: list[Op] = []
    for i, (label, value) in enumerate(rows):
        out.append(T(xl, y + i * step, label, **kw))
        out.append(T(xv, y + i * step, value, align="r", **kw))
    return out


def table(
    y: float,
    cols: list[tuple[float, str]],
    rows: list[list[str]],
    step: float = 14.0,
    **kw: Any,
) -> list[Op]:
    """Rows of cells; ``cols`` gives each column's x and alignment."""
    out: list[Op] = []
    for i, row in enumerate(rows):
        for (x, align), cell in zip(cols, row, strict=True):
            if cell:
                out.append(T(x, y + i * step, cell, align=align, **kw))
    return out


# --------------------------------------------------------------------------------------------


def freelancer_letter() -> Foreign:
    """A designer's invoice typed in a word processor: Times, one column, not VAT registered."""
    f = "Times-Roman"
    ops: list[Op] = [
        T(72, 80, "Hannah Okafor", 18, "Times-Bold"),
        *block(
            72,
            100,
            [
                "Illustration & Graphic Design",
                "14 Larkspur Road, Bristol BS6 5QT",
                "hannah@okafor-illustrates.co.uk  |  07700 900412",
            ],
            13,
            size=10,
            font=f,
        ),
        T(72, 170, "INVOICE", 14, "Times-Bold"),
        *block(72, 195, ["Invoice number: 2024-017", "Date: 9 April 2024"], 14, size=11, font=f),
        *block(
            72,
            240,
            ["To:", "Fernhill Press Ltd", "Unit 3, Temple Gate", "Bristol BS1 6PL"],
            14,
            size=11,
            font=f,
        ),
        T(
            72,
            320,
            "For: cover illustration and four chapter openers for \u201cThe Salt Road\u201d",
            11,
            f,
        ),
        T(72, 345, "Cover illustration (final artwork, print + ebook rights)", 11, f),
        T(520, 345, "\u00a3850.00", 11, f, "r"),
        T(72, 362, "Chapter opener illustrations, 4 @ \u00a3120.00", 11, f),
        T(520, 362, "\u00a3480.00", 11, f, "r"),
        T(72, 379, "Revisions (2 rounds, as agreed)", 11, f),
        T(520, 379, "\u00a3120.00", 11, f, "r"),
        Rule(380, 390, 522, 390),
        T(400, 405, "Total due:", 11, "Times-Bold"),
        T(520, 405, "\u00a31,450.00", 11, "Times-Bold", "r"),
        T(72, 450, "I am not registered for VAT.", 11, f),
        T(72, 470, "Please pay by 9 May 2024 by bank transfer to:", 11, f),
        *block(72, 488, ["H Okafor", "Sort code 20-45-77  Account 83021967"], 14, size=11, font=f),
        T(72, 540, "Thank you!", 11, "Times-Italic"),
    ]
    return Foreign(
        "freelancer_letter",
        [ops],
        _exp(
            "2024-017",
            date(2024, 4, 9),
            date(2024, 5, 9),
            "Hannah Okafor",
            "1450.00",
            "0.00",
            "1450.00",
            "GBP",
        ),
    )


def wholesale_25() -> Foreign:
    """A US wholesale invoice with 25 lines, a packing slip and PO reference, resale-exempt."""
    items = [
        ("CR-1012", "Ceramic mug 12oz, matte white", 48, "3.15"),
        ("CR-1013", "Ceramic mug 12oz, matte black", 48, "3.15"),
        ("CR-1020", "Espresso cup 3oz w/ saucer", 36, "2.80"),
        ("GL-2201", "Tumbler 10oz, recycled glass", 72, "1.95"),
        ("GL-2202", "Tumbler 14oz, recycled glass", 72, "2.25"),
        ("GL-2310", "Carafe 1L with lid", 12, "9.40"),
        ("LN-0400", "Linen napkin, oat (set of 4)", 24, "11.50"),
        ("LN-0401", "Linen napkin, sage (set of 4)", 24, "11.50"),
        ("LN-0410", "Table runner 72in, oat", 10, "14.75"),
        ("WD-3300", "Acacia serving board, small", 20, "8.60"),
        ("WD-3301", "Acacia serving board, large", 20, "12.90"),
        ("WD-3320", "Salad servers, olive wood", 30, "6.25"),
        ("CN-0051", "Soy candle 8oz, cedar", 60, "4.10"),
        ("CN-0052", "Soy candle 8oz, fig", 60, "4.10"),
        ("CN-0053", "Soy candle 8oz, sea salt", 60, "4.10"),
        ("CN-0090", "Candle wick trimmer, brass", 15, "5.95"),
        ("TX-7001", "Tea towel, striped navy", 40, "3.70"),
        ("TX-7002", "Tea towel, striped rust", 40, "3.70"),
        ("TX-7010", "Oven mitt, quilted", 25, "4.45"),
        ("ST-0800", "Stoneware bowl 6in", 48, "3.60"),
        ("ST-0801", "Stoneware plate 10in", 48, "4.20"),
        ("ST-0802", "Stoneware pasta bowl 9in", 36, "4.85"),
        ("PK-0001", "Gift box, kraft, medium", 100, "0.65"),
        ("PK-0002", "Tissue paper ream, natural", 5, "7.50"),
        ("FR-0000", "Freight - LTL, 2 pallets", 1, "186.00"),
    ]
    rows = []
    net = Decimal(0)
    for sku, desc, qty, price in items:
        amt = q(qty * Decimal(price))
        net += amt
        rows.append([sku, desc, str(qty), en(Decimal(price)), en(amt)])
    ops: list[Op] = [
        T(40, 50, "HARBOR & PINE TRADING CO.", 15, "Helvetica-Bold"),
        *block(
            40,
            68,
            [
                "2250 Industrial Pkwy, Suite B",
                "Portland, OR 97217",
                "(503) 555-0188   orders@harborpine.com",
            ],
            10,
            size=8,
        ),
        T(572, 50, "INVOICE", 20, "Helvetica-Bold", "r"),
        *pairs(
            420,
            572,
            75,
            [
                ("Invoice No.", "HP-118204"),
                ("Invoice Date", "03/11/2024"),
                ("Customer PO", "PO-7781"),
                ("Packing Slip", "PS-88213"),
                ("Terms", "Net 30"),
                ("Due Date", "04/10/2024"),
            ],
            11,
            size=8,
        ),
        *block(
            40,
            120,
            ["SOLD TO", "Wren Home Goods", "88 Main Street", "Hood River, OR 97031"],
            11,
            size=8,
        ),
        *block(
            220,
            120,
            ["SHIP TO", "Wren Home Goods - Warehouse", "410 Cascade Ave", "Hood River, OR 97031"],
            11,
            size=8,
        ),
        Rule(40, 178, 572, 178),
        *table(
            190,
            [(40, "l"), (100, "l"), (420, "r"), (490, "r"), (572, "r")],
            [["ITEM", "DESCRIPTION", "QTY", "UNIT PRICE", "AMOUNT"]],
            size=7.5,
            font="Helvetica-Bold",
        ),
        Rule(40, 195, 572, 195),
        *table(
            207, [(40, "l"), (100, "l"), (420, "r"), (490, "r"), (572, "r")], rows, 12.5, size=7.5
        ),
        Rule(40, 207 + 25 * 12.5, 572, 207 + 25 * 12.5),
        *pairs(
            420,
            572,
            540,
            [("Subtotal", en(net)), ("Sales Tax (resale cert. #OR-55120)", "0.00")],
            13,
            size=8,
        ),
        T(420, 572, "TOTAL DUE (USD)", 10, "Helvetica-Bold"),
        T(572, 572, "$" + en(net), 10, "Helvetica-Bold", "r"),
        T(
            40,
            620,
            "Please reference invoice number with payment. 1.5% monthly service charge on past-due balances.",
            7,
        ),
    ]
    return Foreign(
        "wholesale_25",
        [ops],
        _exp(
            "HP-118204",
            date(2024, 3, 11),
            date(2024, 4, 10),
            "Harbor & Pine Trading Co.",
            str(net),
            "0.00",
            str(net),
            "USD",
        ),
        size=LETTER,
    )


def telecom_bill() -> Foreign:
    """A UK mobile/broadband bill: account and phone numbers everywhere, a balance section."""
    ops: list[Op] = [
        T(40, 55, "Skyline Mobile", 22, "Helvetica-Bold"),
        T(40, 72, "Skyline Communications UK Limited", 8),
        T(555, 50, "Your bill", 16, "Helvetica-Bold", "r"),
        *pairs(
            380,
            555,
            75,
            [
                ("Account number", "7700 1234 5567"),
                ("Bill number", "000982341156"),
                ("Bill date", "18 Jun 2024"),
                ("Bill period", "18 May - 17 Jun 2024"),
            ],
            12,
            size=8,
        ),
        *block(40, 110, ["Mr D Reyes", "Flat 2, 17 Ashcombe Street", "Leeds LS6 2HF"], 11, size=9),
        Rule(40, 165, 555, 165, 1.2),
        T(40, 185, "Your account summary", 12, "Helvetica-Bold"),
        *pairs(
            40,
            555,
            205,
            [
                ("Previous bill", "\u00a354.30"),
                ("Payment received 02 Jun - thank you", "-\u00a354.30"),
                ("Balance brought forward", "\u00a30.00"),
            ],
            14,
            size=9,
        ),
        T(40, 260, "This month's charges", 12, "Helvetica-Bold"),
        *pairs(
            40,
            555,
            280,
            [
                ("Monthly plan - Unlimited 5G SIM (07700 900 338)", "\u00a322.50"),
                ("Fibre Broadband 150 (18 May - 17 Jun)", "\u00a324.00"),
                ("Calls to 0845/0870 numbers", "\u00a31.75"),
                ("Roaming - EU day pass x 2", "\u00a34.00"),
                ("Total charges excluding VAT", "\u00a352.25"),
                ("VAT at 20%", "\u00a310.45"),
                ("Total charges this month", "\u00a362.70"),
            ],
            14,
            size=9,
        ),
        Rule(40, 385, 555, 385),
        T(40, 402, "Total to pay", 13, "Helvetica-Bold"),
        T(555, 402, "\u00a362.70", 13, "Helvetica-Bold", "r"),
        T(40, 420, "We'll collect this by Direct Debit on or after 28 Jun 2024.", 9),
        T(
            40,
            760,
            "Skyline Communications UK Limited, Registered in England No. 04112233. VAT No. GB 812 4411 09. Customer services 0333 014 0000.",
            6.5,
        ),
    ]
    return Foreign(
        "telecom_bill",
        [ops],
        _exp(
            "000982341156",
            date(2024, 6, 18),
            date(2024, 6, 28),
            "Skyline Communications UK Limited",
            "52.25",
            "10.45",
            "62.70",
            "GBP",
        ),
    )


def saas_proration() -> Foreign:
    """An annual SaaS plan upgrade with a proration credit and US sales tax."""
    ops: list[Op] = [
        T(50, 60, "Loomcast", 20, "Helvetica-Bold"),
        T(50, 90, "Invoice", 26, "Helvetica-Bold"),
        *pairs(
            50,
            260,
            120,
            [
                ("Invoice number", "LC-2F7A91-0012"),
                ("Date of issue", "July 2, 2024"),
                ("Date due", "August 1, 2024"),
            ],
            14,
            size=9,
        ),
        *block(
            50,
            180,
            [
                "Loomcast, Inc.",
                "548 Market Street, PMB 30211",
                "San Francisco, California 94104",
                "United States",
                "billing@loomcast.io",
            ],
            12,
            size=9,
        ),
        *block(
            320,
            180,
            [
                "Bill to",
                "Nordlight Analytics LLC",
                "1200 Pearl St",
                "Boulder, Colorado 80302",
                "ap@nordlight.co",
            ],
            12,
            size=9,
        ),
        T(50, 270, "$6,153.22 USD due August 1, 2024", 14, "Helvetica-Bold"),
        *table(
            310,
            [(50, "l"), (380, "r"), (460, "r"), (545, "r")],
            [["Description", "Qty", "Unit price", "Amount"]],
            size=8,
            font="Helvetica-Bold",
        ),
        Rule(50, 315, 545, 315),
        *table(
            330,
            [(50, "l"), (380, "r"), (460, "r"), (545, "r")],
            [
                ["Business plan (annual), Jul 2, 2024 - Jul 1, 2025", "25", "$240.00", "$6,000.00"],
                ["Unused time on Team plan (annual) after Jul 2, 2024", "20", "", "-$620.00"],
                ["Additional storage 1 TB (annual)", "1", "$420.00", "$420.00"],
            ],
            16,
            size=8,
        ),
        Rule(300, 385, 545, 385),
        *pairs(
            300,
            545,
            400,
            [
                ("Subtotal", "$5,800.00"),
                ("Total excluding tax", "$5,800.00"),
                ("Sales tax - Colorado (6.09%)", "$353.22"),
                ("Total", "$6,153.22"),
                ("Amount due", "$6,153.22 USD"),
            ],
            15,
            size=9,
        ),
        T(50, 520, "Pay online at loomcast.io/pay/LC-2F7A91-0012", 8),
    ]
    return Foreign(
        "saas_proration",
        [ops],
        _exp(
            "LC-2F7A91-0012",
            date(2024, 7, 2),
            date(2024, 8, 1),
            "Loomcast, Inc.",
            "5800.00",
            "353.22",
            "6153.22",
            "USD",
        ),
        size=LETTER,
    )


def law_firm_hours() -> Foreign:
    """A UK solicitors' bill: matter number, time entries in hours, disbursements, VAT."""
    f, b = "Times-Roman", "Times-Bold"
    entries = [
        ("04/03/2024", "AJK", "Review of lease and title documents", "2.40"),
        ("06/03/2024", "AJK", "Call with client re break clause", "0.50"),
        ("11/03/2024", "SM", "Drafting notice under s.26 LTA 1954", "3.10"),
        ("14/03/2024", "AJK", "Correspondence with landlord's solicitors", "1.20"),
        ("21/03/2024", "SM", "Preparing for and attending meeting", "2.00"),
    ]
    rates = {"AJK": Decimal("285.00"), "SM": Decimal("190.00")}
    rows, fees = [], Decimal(0)
    for day, who, what, hours in entries:
        amt = q(Decimal(hours) * rates[who])
        fees += amt
        rows.append([day, who, what, hours, en(amt)])
    disb_vatable = Decimal("42.00")  # courier, VAT-able
    disb_exempt = Decimal("7.00")  # Land Registry fee, outside the scope of VAT
    net = fees + disb_vatable + disb_exempt
    vat = q((fees + disb_vatable) * Decimal("0.20"))
    ops: list[Op] = [
        T(297, 60, "KINGSLEY WARD LLP", 18, b, "c"),
        T(297, 76, "Solicitors", 10, "Times-Italic", "c"),
        T(
            297,
            90,
            "9 Old Bailey Chambers, Manchester M2 4WU  \u00b7  0161 555 0420  \u00b7  kingsleyward.co.uk",
            8,
            f,
            "c",
        ),
        Rule(50, 100, 545, 100),
        *block(
            50,
            125,
            [
                "Private & Confidential",
                "Ms Priya Nair",
                "Nair Dental Practice Ltd",
                "22 Wilmslow Road",
                "Manchester M14 5TQ",
            ],
            12,
            size=10,
            font=f,
        ),
        *pairs(
            360,
            545,
            125,
            [
                ("Our ref:", "AJK/NAI/0043-2"),
                ("Bill No:", "KW/24/00871"),
                ("Date:", "28 March 2024"),
                ("VAT No:", "GB 301 5529 84"),
            ],
            13,
            size=10,
            font=f,
        ),
        T(50, 210, "Re: Renewal of lease, 22 Wilmslow Road", 11, b),
        T(
            50,
            228,
            "To our professional charges for the period 1 March 2024 to 27 March 2024:",
            10,
            f,
        ),
        *table(
            250,
            [(50, "l"), (115, "l"), (150, "l"), (470, "r"), (545, "r")],
            [["Date", "Fee earner", "", "Hours", "\u00a3"]],
            size=9,
            font=b,
        ),
        *table(
            266,
            [(50, "l"), (115, "l"), (150, "l"), (470, "r"), (545, "r")],
            rows,
            13,
            size=9,
            font=f,
        ),
        *pairs(
            150,
            545,
            340,
            [
                ("Professional charges", en(fees)),
                ("Disbursements: courier (VATable)", en(disb_vatable)),
                ("Disbursements: Land Registry fees (no VAT)", en(disb_exempt)),
            ],
            13,
            size=10,
            font=f,
        ),
        Rule(400, 380, 545, 380),
        *pairs(
            300,
            545,
            395,
            [
                ("Total before VAT", en(net)),
                ("VAT @ 20%", en(vat)),
                ("Total amount payable", "\u00a3" + en(net + vat)),
            ],
            14,
            size=10,
            font=b,
        ),
        T(50, 470, "Payment is due within 30 days of the date of this bill.", 9, f),
        T(
            50,
            484,
            "Client account: Barclays, sort code 20-55-41, account 66120934. Please quote our reference.",
            9,
            f,
        ),
    ]
    return Foreign(
        "law_firm_hours",
        [ops],
        _exp(
            "KW/24/00871",
            date(2024, 3, 28),
            None,
            "Kingsley Ward LLP",
            str(net),
            str(vat),
            str(net + vat),
            "GBP",
        ),
    )


def construction_progress() -> Foreign:
    """A progress (interim) invoice: valuation to date, 5 % retention, less previous, VAT."""
    gross = Decimal("248600.00")
    retention = q(gross * Decimal("0.05"))
    previous = Decimal("181450.00")
    net = gross - retention - previous
    vat = q(net * Decimal("0.20"))
    ops: list[Op] = [
        T(40, 55, "BRAMLEY & SONS (CONSTRUCTION) LTD", 14, "Helvetica-Bold"),
        *block(
            40,
            72,
            ["Yard 4, Hollins Lane, Sheffield S6 2NR", "Tel 0114 496 0731  VAT Reg GB 244 8712 03"],
            11,
            size=8,
        ),
        T(555, 55, "APPLICATION FOR PAYMENT / VAT INVOICE", 11, "Helvetica-Bold", "r"),
        *pairs(
            380,
            555,
            75,
            [
                ("Invoice No", "BS-INT-2024-031"),
                ("Valuation No", "7"),
                ("Valuation date", "31.05.2024"),
                ("Invoice date", "03.06.2024"),
                ("Final date for payment", "01.07.2024"),
            ],
            12,
            size=8,
        ),
        *block(
            40,
            120,
            [
                "Client:",
                "Whitcombe Homes plc",
                "Project: 14 dwellings, Ecclesall Road (Contract C-112)",
            ],
            12,
            size=9,
        ),
        Rule(40, 170, 555, 170),
        *pairs(
            40,
            555,
            190,
            [
                ("Original contract sum", "612,000.00"),
                ("Approved variations to date (VO 1-6)", "18,350.00"),
                ("Revised contract sum", "630,350.00"),
                ("Gross value of work completed to date", en(gross)),
                ("Less retention at 5%", "(" + en(retention) + ")"),
                ("Net valuation", en(gross - retention)),
                ("Less previously certified (Valuations 1-6)", "(" + en(previous) + ")"),
                ("Amount due this valuation (excl. VAT)", en(net)),
                ("VAT at 20%", en(vat)),
                ("TOTAL DUE THIS APPLICATION", en(net + vat)),
            ],
            16,
            size=9,
        ),
        Rule(40, 350, 555, 350),
        T(
            40,
            370,
            "All amounts in GBP. Retention to be released 50% at practical completion, 50% after the defects period.",
            8,
        ),
    ]
    return Foreign(
        "construction_progress",
        [ops],
        _exp(
            "BS-INT-2024-031",
            date(2024, 6, 3),
            date(2024, 7, 1),
            "Bramley & Sons (Construction) Ltd",
            str(net),
            str(vat),
            str(net + vat),
            "GBP",
        ),
    )


def car_repair() -> Foreign:
    """A US garage repair order: parts and labour, tax on parts only, Courier font."""
    c = "Courier"
    parts = [
        ("Brake pads, front (ceramic)", 1, "64.99"),
        ("Brake rotor, front", 2, "58.50"),
        ("Brake fluid DOT 4, 1 qt", 1, "12.49"),
        ("Wiper blade 22in", 2, "14.99"),
    ]
    labour = [
        ("Replace front pads & rotors", "1.8", "125.00"),
        ("Brake fluid flush", "0.6", "125.00"),
    ]
    parts_total = sum((q(n * Decimal(p)) for _, n, p in parts), Decimal(0))
    lab_total = sum((q(Decimal(h) * Decimal(r)) for _, h, r in labour), Decimal(0))
    shop = Decimal("15.00")
    tax = q(parts_total * Decimal("0.0825"))
    net = parts_total + lab_total + shop
    ops: list[Op] = [
        T(306, 45, "MIKE'S AUTO CARE", 16, "Courier-Bold", "c"),
        T(306, 62, "4410 W. Lamar Blvd  Austin TX 78756  (512) 555-0147", 8, c, "c"),
        T(306, 74, "Mike's Auto Care LLC   TX Inspection Station #1A9982", 8, c, "c"),
        *block(
            40,
            105,
            ["INVOICE #: 58812", "RO #: 23-4471", "DATE: 07/19/24", "TECH: R. Salas"],
            11,
            size=9,
            font=c,
        ),
        *block(
            330,
            105,
            [
                "CUSTOMER: Dana Whitfield",
                "VEHICLE: 2017 Honda CR-V EX",
                "VIN: 5J6RW2H85HL012345",
                "MILEAGE IN: 84,211",
            ],
            11,
            size=9,
            font=c,
        ),
        Rule(40, 160, 572, 160),
        T(40, 175, "PARTS", 10, "Courier-Bold"),
        *table(
            190,
            [(40, "l"), (400, "r"), (480, "r"), (572, "r")],
            [[d, str(n), p, en(q(n * Decimal(p)))] for d, n, p in parts],
            12,
            size=9,
            font=c,
        ),
        T(40, 250, "LABOR", 10, "Courier-Bold"),
        *table(
            265,
            [(40, "l"), (400, "r"), (480, "r"), (572, "r")],
            [[d, h, r, en(q(Decimal(h) * Decimal(r)))] for d, h, r in labour],
            12,
            size=9,
            font=c,
        ),
        Rule(330, 300, 572, 300),
        *pairs(
            330,
            572,
            315,
            [
                ("PARTS", en(parts_total)),
                ("LABOR", en(lab_total)),
                ("SHOP SUPPLIES", en(shop)),
                ("TAX (8.25% ON PARTS)", en(tax)),
                ("TOTAL", en(net + tax)),
            ],
            13,
            size=9,
            font="Courier-Bold",
        ),
        T(40, 400, "PAID - VISA ****4432  07/19/24", 9, c),
        T(40, 420, "Warranty: 12 months / 12,000 miles on parts and labor.", 8, c),
    ]
    return Foreign(
        "car_repair",
        [ops],
        _exp(
            "58812",
            date(2024, 7, 19),
            None,
            "Mike's Auto Care LLC",
            str(net),
            str(tax),
            str(net + tax),
            "USD",
        ),
        size=LETTER,
    )


def ecommerce_order() -> Foreign:
    """A web shop's invoice for an order, prices include German VAT, shipping charged."""
    ops: list[Op] = [
        T(50, 60, "FJELLGEAR", 18, "Helvetica-Bold"),
        T(
            50,
            76,
            "Fjellgear Outdoor GmbH \u00b7 Hafenstra\u00dfe 12 \u00b7 20457 Hamburg \u00b7 Germany",
            7.5,
        ),
        T(545, 60, "Invoice", 18, "Helvetica", "r"),
        *block(
            50,
            110,
            ["Billing address", "Lena Brandt", "Kastanienallee 5", "10435 Berlin"],
            12,
            size=9,
        ),
        *pairs(
            360,
            545,
            110,
            [
                ("Order number", "#FG-300981"),
                ("Order date", "2024-10-04"),
                ("Invoice number", "RE-2024-118734"),
                ("Invoice date", "2024-10-05"),
                ("Payment method", "PayPal"),
            ],
            13,
            size=9,
        ),
        Rule(50, 190, 545, 190),
        *table(
            205,
            [(50, "l"), (380, "r"), (450, "r"), (545, "r")],
            [["Product", "Quantity", "Price", "Total"]],
            size=9,
            font="Helvetica-Bold",
        ),
        *table(
            222,
            [(50, "l"), (380, "r"), (450, "r"), (545, "r")],
            [
                ["Trail running shoe Vidda GTX - EU 39", "1", "\u20ac149.95", "\u20ac149.95"],
                ["Merino hiking socks (2 pairs)", "2", "\u20ac18.90", "\u20ac37.80"],
                ["Headlamp 400 lm", "1", "\u20ac39.00", "\u20ac39.00"],
            ],
            14,
            size=9,
        ),
        Rule(300, 270, 545, 270),
        *pairs(
            300,
            545,
            285,
            [
                ("Subtotal", "\u20ac226.75"),
                ("Shipping (DHL)", "\u20ac4.95"),
                ("Total", "\u20ac231.70"),
                ("Includes 19% VAT", "\u20ac36.99"),
            ],
            14,
            size=9,
        ),
        T(50, 360, "Paid on 04/10/2024. Thank you for shopping with us!", 8),
        T(
            50,
            780,
            "Fjellgear Outdoor GmbH \u00b7 Amtsgericht Hamburg HRB 178220 \u00b7 USt-IdNr. DE 318 552 907 \u00b7 Gesch\u00e4ftsf\u00fchrer: Jonas Eide",
            6.5,
        ),
    ]
    return Foreign(
        "ecommerce_order",
        [ops],
        _exp(
            "RE-2024-118734",
            date(2024, 10, 5),
            None,
            "Fjellgear Outdoor GmbH",
            "194.71",
            "36.99",
            "231.70",
            "EUR",
        ),
    )


def medical_practice() -> Foreign:
    """A private practice's bill to a self-pay patient; medical care is VAT-exempt."""
    ops: list[Op] = [
        T(306, 50, "Elmwood Family Medicine, PC", 15, "Times-Bold", "c"),
        T(
            306,
            66,
            "300 Elmwood Avenue, Suite 210  \u2022  Buffalo, NY 14222  \u2022  716-555-0193",
            8.5,
            "Times-Roman",
            "c",
        ),
        T(306, 78, "Tax ID 16-1234567  \u2022  NPI 1457392018", 8.5, "Times-Roman", "c"),
        T(40, 115, "PATIENT STATEMENT", 13, "Times-Bold"),
        *pairs(
            40,
            260,
            135,
            [
                ("Statement #", "ST-0092817"),
                ("Statement Date", "Sep 23, 2024"),
                ("Account #", "100-44281"),
                ("Please Pay By", "Oct 23, 2024"),
            ],
            13,
            size=9,
            font="Times-Roman",
        ),
        *block(
            340,
            135,
            ["Patient / Guarantor", "Marcus Bell", "77 Lafayette Ave", "Buffalo, NY 14213"],
            12,
            size=9,
            font="Times-Roman",
        ),
        Rule(40, 200, 572, 200),
        *table(
            215,
            [(40, "l"), (110, "l"), (170, "l"), (572, "r")],
            [["Date of Service", "CPT", "Description", "Charge"]],
            size=8.5,
            font="Times-Bold",
        ),
        *table(
            230,
            [(40, "l"), (110, "l"), (170, "l"), (572, "r")],
            [
                ["09/10/2024", "99214", "Office visit, established patient, moderate", "$210.00"],
                ["09/10/2024", "36415", "Venipuncture", "$18.00"],
                ["09/10/2024", "80053", "Comprehensive metabolic panel", "$42.00"],
                ["09/10/2024", "85025", "Complete blood count w/ differential", "$30.00"],
            ],
            13,
            size=8.5,
            font="Times-Roman",
        ),
        Rule(380, 285, 572, 285),
        *pairs(
            380,
            572,
            300,
            [
                ("Total Charges", "$300.00"),
                ("Self-pay discount", "$0.00"),
                ("Amount Due", "$300.00"),
            ],
            14,
            size=9,
            font="Times-Bold",
        ),
        T(
            40,
            370,
            "Questions about your bill? Call our billing office at 716-555-0190, Mon-Fri 9am-4pm.",
            8.5,
            "Times-Italic",
        ),
    ]
    return Foreign(
        "medical_practice",
        [ops],
        _exp(
            "ST-0092817",
            date(2024, 9, 23),
            date(2024, 10, 23),
            "Elmwood Family Medicine, PC",
            "300.00",
            "0.00",
            "300.00",
            "USD",
        ),
        size=LETTER,
    )


def es_traduccion() -> Foreign:
    """A Spanish translation agency's factura: base imponible, IVA 21 %, dd/mm/yyyy."""
    ops: list[Op] = [
        T(50, 60, "Lingua Viva Traducciones S.L.", 16, "Helvetica-Bold"),
        *block(
            50,
            78,
            [
                "C/ de Provença, 212, 3\u00ba 1\u00aa",
                "08036 Barcelona",
                "CIF: B-65123498",
                "Tel. 93 555 21 40",
            ],
            11,
            size=8,
        ),
        T(545, 60, "FACTURA", 20, "Helvetica-Bold", "r"),
        *pairs(
            380,
            545,
            90,
            [
                ("N\u00ba factura:", "LV-2024/0387"),
                ("Fecha:", "15/05/2024"),
                ("Vencimiento:", "14/06/2024"),
            ],
            13,
            size=9,
        ),
        *block(
            50,
            140,
            [
                "Cliente:",
                "Bodegas Sierra Alta, S.A.",
                "Ctra. de Haro, km 3",
                "26200 Haro (La Rioja)",
                "NIF: A-26014587",
            ],
            12,
            size=9,
        ),
        Rule(50, 210, 545, 210),
        *table(
            224,
            [(50, "l"), (360, "r"), (440, "r"), (545, "r")],
            [["Concepto", "Palabras", "Precio/palabra", "Importe"]],
            size=8.5,
            font="Helvetica-Bold",
        ),
        *table(
            240,
            [(50, "l"), (360, "r"), (440, "r"), (545, "r")],
            [
                [
                    "Traducci\u00f3n ES>EN fichas t\u00e9cnicas de vinos",
                    "6.420",
                    "0,085 \u20ac",
                    "545,70 \u20ac",
                ],
                [
                    "Traducci\u00f3n ES>DE cat\u00e1logo 2024",
                    "4.100",
                    "0,095 \u20ac",
                    "389,50 \u20ac",
                ],
                ["Revisi\u00f3n y maquetaci\u00f3n (DTP)", "", "", "120,00 \u20ac"],
            ],
            14,
            size=8.5,
        ),
        Rule(330, 290, 545, 290),
        *pairs(
            330,
            545,
            305,
            [
                ("Base imponible", "1.055,20 \u20ac"),
                ("IVA 21%", "221,59 \u20ac"),
                ("TOTAL FACTURA", "1.276,79 \u20ac"),
            ],
            15,
            size=10,
        ),
        T(50, 380, "Forma de pago: transferencia bancaria a ES91 2100 0418 4502 0005 1332", 8),
    ]
    return Foreign(
        "es_traduccion",
        [ops],
        _exp(
            "LV-2024/0387",
            date(2024, 5, 15),
            date(2024, 6, 14),
            "Lingua Viva Traducciones S.L.",
            "1055.20",
            "221.59",
            "1276.79",
            "EUR",
        ),
    )


def be_facture() -> Foreign:
    """A Belgian invoice in French: HTVA/TVAC, structured communication, BE VAT number."""
    ops: list[Op] = [
        T(50, 55, "Atelier Verhaegen SRL", 15, "Times-Bold"),
        *block(
            50,
            72,
            [
                "Menuiserie \u2013 Agencement sur mesure",
                "Rue de la Station 48, 1300 Wavre",
                "TVA BE 0712.845.306",
                "RPM Brabant wallon",
            ],
            11,
            size=8.5,
            font="Times-Roman",
        ),
        *block(
            340,
            110,
            ["Madame Chlo\u00e9 Dumont", "Avenue des Ch\u00eanes 19", "1410 Waterloo"],
            12,
            size=10,
            font="Times-Roman",
        ),
        T(50, 175, "FACTURE", 16, "Times-Bold"),
        *pairs(
            50,
            260,
            195,
            [
                ("Facture n\u00b0", "2024-0142"),
                ("Date facture", "12/09/2024"),
                ("\u00c9ch\u00e9ance", "12/10/2024"),
                ("R\u00e9f. devis", "D-2024-088"),
            ],
            13,
            size=9.5,
            font="Times-Roman",
        ),
        Rule(50, 255, 545, 255),
        *table(
            268,
            [(50, "l"), (380, "r"), (460, "r"), (545, "r")],
            [["D\u00e9signation", "Qt\u00e9", "P.U. HTVA", "Total HTVA"]],
            size=9,
            font="Times-Bold",
        ),
        *table(
            284,
            [(50, "l"), (380, "r"), (460, "r"), (545, "r")],
            [
                ["Biblioth\u00e8que ch\u00eane massif sur mesure", "1", "3.850,00", "3.850,00"],
                ["Pose et finition (heures)", "14", "52,00", "728,00"],
                ["D\u00e9placement", "2", "35,00", "70,00"],
            ],
            14,
            size=9,
            font="Times-Roman",
        ),
        Rule(330, 330, 545, 330),
        *pairs(
            330,
            545,
            345,
            [
                ("Total HTVA", "4.648,00 \u20ac"),
                ("TVA 6 % (r\u00e9novation > 10 ans)", "278,88 \u20ac"),
                ("Total TVAC", "4.926,88 \u20ac"),
            ],
            14,
            size=10,
            font="Times-Roman",
        ),
        T(
            50,
            410,
            "\u00c0 payer sur le compte BE68 5390 0754 7034 avec la communication structur\u00e9e +++090/1424/00137+++",
            8.5,
            "Times-Roman",
        ),
        T(
            50,
            424,
            "Taux r\u00e9duit appliqu\u00e9 sur base de l'attestation du client (habitation de plus de 10 ans).",
            8,
            "Times-Italic",
        ),
    ]
    return Foreign(
        "be_facture",
        [ops],
        _exp(
            "2024-0142",
            date(2024, 9, 12),
            date(2024, 10, 12),
            "Atelier Verhaegen SRL",
            "4648.00",
            "278.88",
            "4926.88",
            "EUR",
        ),
    )


def at_rechnung() -> Foreign:
    """An Austrian invoice: "Jänner", USt 20 %, UID ATU, Zahlungsziel as a date."""
    ops: list[Op] = [
        T(545, 50, "Steiner Elektrotechnik e.U.", 13, "Helvetica-Bold", "r"),
        *block(
            545,
            66,
            ["Mariahilfer Stra\u00dfe 88/4", "1070 Wien", "UID: ATU 68123457"],
            11,
            size=8,
            align="r",
        ),
        T(
            50,
            66,
            "Steiner Elektrotechnik e.U. \u00b7 Mariahilfer Stra\u00dfe 88/4 \u00b7 1070 Wien",
            6,
        ),
        *block(
            50,
            80,
            [
                "Hausverwaltung Gruber GmbH",
                "z. Hd. Frau Mag. Eva Pichler",
                "Landstra\u00dfer Hauptstra\u00dfe 21",
                "1030 Wien",
            ],
            12,
            size=10,
        ),
        T(50, 170, "Rechnung Nr. 24-0009", 14, "Helvetica-Bold"),
        T(545, 170, "Wien, am 22. J\u00e4nner 2024", 10, align="r"),
        T(
            50,
            190,
            "Leistungszeitraum: 08.01.2024 \u2013 12.01.2024, Objekt Landstra\u00dfer Hauptstra\u00dfe 21",
            9,
        ),
        *table(
            215,
            [(50, "l"), (80, "l"), (380, "r"), (460, "r"), (545, "r")],
            [["Pos.", "Bezeichnung", "Menge", "EP \u20ac", "GP \u20ac"]],
            size=9,
            font="Helvetica-Bold",
        ),
        Rule(50, 220, 545, 220),
        *table(
            233,
            [(50, "l"), (80, "l"), (380, "r"), (460, "r"), (545, "r")],
            [
                ["1", "Austausch Unterverteilung Stiege 2", "1", "1.240,00", "1.240,00"],
                ["2", "FI-Schutzschalter 40A/30mA", "4", "68,50", "274,00"],
                ["3", "Arbeitszeit Elektriker (Std.)", "11,5", "72,00", "828,00"],
                ["4", "Fahrtpauschale", "1", "45,00", "45,00"],
            ],
            14,
            size=9,
        ),
        Rule(300, 295, 545, 295),
        *pairs(
            300,
            545,
            310,
            [
                ("Nettobetrag", "2.387,00"),
                ("zzgl. 20 % USt.", "477,40"),
                ("Rechnungsbetrag EUR", "2.864,40"),
            ],
            14,
            size=10,
        ),
        T(50, 380, "Zahlbar bis 05.02.2024 ohne Abzug auf AT61 1904 3002 3457 3201.", 9),
        T(50, 394, "Vielen Dank f\u00fcr Ihren Auftrag!", 9),
    ]
    return Foreign(
        "at_rechnung",
        [ops],
        _exp(
            "24-0009",
            date(2024, 1, 22),
            date(2024, 2, 5),
            "Steiner Elektrotechnik e.U.",
            "2387.00",
            "477.40",
            "2864.40",
            "EUR",
        ),
    )


def fi_lasku() -> Foreign:
    """A Finnish invoice: Lasku, eräpäivä, viitenumero, ALV 24 %, d.m.yyyy dates."""
    ops: list[Op] = [
        T(50, 55, "Kuusela Kiinteist\u00f6huolto Oy", 14, "Helvetica-Bold"),
        *block(50, 72, ["Teollisuuskatu 21", "00510 Helsinki", "Y-tunnus 2841177-3"], 11, size=8.5),
        T(340, 55, "LASKU", 16, "Helvetica-Bold"),
        *pairs(
            340,
            545,
            80,
            [
                ("P\u00e4iv\u00e4m\u00e4\u00e4r\u00e4", "4.3.2024"),
                ("Laskun numero", "10482"),
                ("Viitenumero", "104823"),
                ("Asiakasnumero", "3307"),
                ("Maksuehto", "14 pv netto"),
                ("Er\u00e4p\u00e4iv\u00e4", "18.3.2024"),
                ("Viiv\u00e4styskorko", "8 %"),
            ],
            12,
            size=8.5,
        ),
        *block(
            50,
            130,
            ["As Oy Vallilan Puisto", "c/o Isännöinti Laine", "Mäkelänkatu 56", "00510 Helsinki"],
            12,
            size=9.5,
        ),
        Rule(50, 190, 545, 190),
        *table(
            203,
            [(50, "l"), (330, "r"), (390, "r"), (460, "r"), (545, "r")],
            [["Kuvaus", "M\u00e4\u00e4r\u00e4", "Yks.", "\u00e0-hinta", "Yhteens\u00e4"]],
            size=8.5,
            font="Helvetica-Bold",
        ),
        *table(
            218,
            [(50, "l"), (330, "r"), (390, "r"), (460, "r"), (545, "r")],
            [
                ["Kiinteist\u00f6huolto helmikuu 2024", "1", "kk", "640,00", "640,00"],
                ["Lumity\u00f6t, traktori", "6,5", "h", "85,00", "552,50"],
                ["Hiekoitus", "3", "krt", "48,00", "144,00"],
            ],
            13,
            size=8.5,
        ),
        Rule(300, 262, 545, 262),
        *pairs(
            300,
            545,
            276,
            [
                ("Veroton yhteens\u00e4", "1 336,50"),
                ("ALV 24 %", "320,76"),
                ("Yhteens\u00e4 EUR", "1 657,26"),
            ],
            14,
            size=9.5,
        ),
        T(
            50,
            340,
            "Saaja: Kuusela Kiinteist\u00f6huolto Oy  IBAN FI21 1234 5600 0007 85  BIC NDEAFIHH",
            8,
        ),
    ]
    return Foreign(
        "fi_lasku",
        [ops],
        _exp(
            "10482",
            date(2024, 3, 4),
            date(2024, 3, 18),
            "Kuusela Kiinteist\u00f6huolto Oy",
            "1336.50",
            "320.76",
            "1657.26",
            "EUR",
        ),
    )


def cz_faktura() -> Foreign:
    """A Czech tax document in CZK: Kč, space-grouped amounts, DUZP, variabilní symbol."""
    d, b = "DejaVu", "DejaVu-Bold"
    ops: list[Op] = [
        T(50, 55, "Faktura – daňový doklad č. 2024100215", 13, b),
        *block(
            50,
            85,
            [
                "Dodavatel:",
                "Novotný Software s.r.o.",
                "Křižíkova 148/34",
                "186 00 Praha 8",
                "IČO: 27651231   DIČ: CZ27651231",
                "Zapsáno v OR u MS v Praze, C 118842",
            ],
            11,
            size=8.5,
            font=d,
        ),
        *block(
            320,
            85,
            [
                "Odběratel:",
                "Pekárna Hradec a.s.",
                "Gočárova třída 1620/2",
                "500 02 Hradec Králové",
                "IČO: 45789021   DIČ: CZ45789021",
            ],
            11,
            size=8.5,
            font=d,
        ),
        *pairs(
            50,
            260,
            170,
            [
                ("Datum vystavení:", "10. 10. 2024"),
                ("Datum splatnosti:", "24. 10. 2024"),
                ("DUZP:", "30. 9. 2024"),
            ],
            12,
            size=8.5,
            font=d,
        ),
        *pairs(
            320,
            545,
            170,
            [
                ("Variabilní symbol:", "2024100215"),
                ("Forma úhrady:", "převodem"),
                ("Účet:", "2401187733/2010"),
            ],
            12,
            size=8.5,
            font=d,
        ),
        Rule(50, 215, 545, 215),
        *table(
            228,
            [(50, "l"), (330, "r"), (410, "r"), (470, "r"), (545, "r")],
            [["Označení dodávky", "Množství", "Cena/MJ", "DPH", "Celkem bez DPH"]],
            size=8,
            font=b,
        ),
        *table(
            243,
            [(50, "l"), (330, "r"), (410, "r"), (470, "r"), (545, "r")],
            [
                ["Podpora a údržba systému – září 2024", "1", "18 500,00", "21 %", "18 500,00"],
                ["Vývoj modulu objednávek", "26 h", "1 350,00", "21 %", "35 100,00"],
            ],
            13,
            size=8,
            font=d,
        ),
        Rule(300, 275, 545, 275),
        *pairs(
            300,
            545,
            290,
            [
                ("Základ daně 21 %", "53 600,00 Kč"),
                ("DPH 21 %", "11 256,00 Kč"),
                ("Celkem k úhradě", "64 856,00 Kč"),
            ],
            14,
            size=9.5,
            font=d,
        ),
        T(50, 350, "Vystavil: Ing. Petr Novotný, tel. +420 603 555 118", 8, d),
    ]
    return Foreign(
        "cz_faktura",
        [ops],
        _exp(
            "2024100215",
            date(2024, 10, 10),
            date(2024, 10, 24),
            "Novotný Software s.r.o.",
            "53600.00",
            "11256.00",
            "64856.00",
            "CZK",
        ),
    )


def jp_style_yen() -> Foreign:
    """A Japanese-style invoice in English: yen without decimals, consumption tax, yyyy/mm/dd,
    issuer block on the right and registration number (qualified invoice system)."""
    ops: list[Op] = [
        T(297, 55, "INVOICE", 20, "Helvetica-Bold", "c"),
        *pairs(380, 545, 80, [("No.", "2024-0417-03"), ("Issue Date", "2024/04/30")], 12, size=8.5),
        T(50, 110, "Hoshino Trading Co., Ltd.  (Attn: Purchasing Dept.)", 11, "Helvetica-Bold"),
        Rule(50, 114, 300, 114),
        T(50, 130, "We hereby invoice you as follows.", 8.5),
        T(50, 160, "Amount Billed  \u00a51,386,000 (tax incl.)", 13, "Helvetica-Bold"),
        Rule(50, 165, 300, 165),
        T(50, 180, "Payment Due  2024/05/31", 9),
        *block(
            380,
            110,
            [
                "Sakura Precision Industries Co., Ltd.",
                "2-14-7 Shiba, Minato-ku",
                "Tokyo 105-0014, Japan",
                "TEL 03-5555-0182",
                "Registration No. T4010401098765",
            ],
            11,
            size=8,
        ),
        *table(
            215,
            [(50, "l"), (290, "r"), (340, "l"), (430, "r"), (545, "r")],
            [["Description", "Qty", "Unit", "Unit Price", "Amount"]],
            size=8.5,
            font="Helvetica-Bold",
        ),
        Rule(50, 220, 545, 220),
        *table(
            233,
            [(50, "l"), (290, "r"), (340, "l"), (430, "r"), (545, "r")],
            [
                ["Stainless shaft SP-12 (\u00f812 x 300)", "400", "pcs", "1,850", "740,000"],
                ["Bearing housing BH-40", "120", "pcs", "3,600", "432,000"],
                ["Jig setup fee", "1", "lot", "88,000", "88,000"],
            ],
            13,
            size=8.5,
        ),
        Rule(330, 275, 545, 275),
        *pairs(
            330,
            545,
            288,
            [
                ("Subtotal", "\u00a51,260,000"),
                ("Consumption Tax (10%)", "\u00a5126,000"),
                ("Total", "\u00a51,386,000"),
            ],
            13,
            size=9,
        ),
        T(
            50,
            350,
            "Bank: MUFG Bank, Shiba Branch, Ordinary 1234567, Sakura Precision Industries Co., Ltd.",
            8,
        ),
        T(50, 362, "Bank transfer charges are to be borne by the customer.", 8),
    ]
    return Foreign(
        "jp_style_yen",
        [ops],
        _exp(
            "2024-0417-03",
            date(2024, 4, 30),
            date(2024, 5, 31),
            "Sakura Precision Industries Co., Ltd.",
            "1260000",
            "126000",
            "1386000",
            "JPY",
        ),
    )


def ca_gst_pst() -> Foreign:
    """A British Columbia invoice: GST 5 % and PST 7 % on separate lines, CAD."""
    ops: list[Op] = [
        T(40, 55, "Coastline Signs & Graphics", 16, "Helvetica-Bold"),
        *block(
            40,
            72,
            ["1875 Boundary Rd, Burnaby, BC V5M 3Y7", "604-555-0166  |  coastlinesigns.ca"],
            11,
            size=8,
        ),
        T(572, 55, "INVOICE", 18, "Helvetica-Bold", "r"),
        *block(
            572,
            75,
            ["Invoice # 6630", "Date: Feb 14, 2024", "Due: Mar 15, 2024"],
            12,
            size=9,
            align="r",
        ),
        *block(
            40,
            120,
            ["BILL TO", "Salt & Ember Bistro", "2210 Commercial Dr", "Vancouver, BC V5N 4B4"],
            12,
            size=9,
        ),
        Rule(40, 175, 572, 175),
        *table(
            188,
            [(40, "l"), (440, "r"), (500, "r"), (572, "r")],
            [["DESCRIPTION", "QTY", "RATE", "AMOUNT"]],
            size=8.5,
            font="Helvetica-Bold",
        ),
        *table(
            204,
            [(40, "l"), (440, "r"), (500, "r"), (572, "r")],
            [
                ["Illuminated channel letter sign, 8 ft", "1", "3,400.00", "3,400.00"],
                ["Window vinyl graphics (installed)", "3", "145.00", "435.00"],
                ["Installation - 2 installers, bucket truck", "4", "110.00", "440.00"],
            ],
            14,
            size=8.5,
        ),
        Rule(380, 250, 572, 250),
        *pairs(
            380,
            572,
            265,
            [
                ("SUBTOTAL", "4,275.00"),
                ("GST 5% (#81234 5678 RT0001)", "213.75"),
                ("PST 7% (PST-1234-5678)", "299.25"),
                ("TOTAL", "CAD 4,788.00"),
            ],
            14,
            size=9,
        ),
        T(
            40,
            340,
            "Payment by e-Transfer to accounts@coastlinesigns.ca or cheque. Thank you for your business!",
            8,
        ),
    ]
    return Foreign(
        "ca_gst_pst",
        [ops],
        _exp(
            "6630",
            date(2024, 2, 14),
            date(2024, 3, 15),
            "Coastline Signs & Graphics",
            "4275.00",
            "513.00",
            "4788.00",
            "CAD",
        ),
        size=LETTER,
    )


def uk_mixed_vat() -> Foreign:
    """A UK bookshop supplier: zero-rated books and standard-rated stationery, VAT analysis."""
    ops: list[Op] = [
        T(50, 55, "Quillstone Educational Supplies Ltd", 14, "Times-Bold"),
        *block(
            50,
            72,
            [
                "Unit 12, Riverside Business Park, Norwich NR1 1SR",
                "VAT Registration No. GB 498 7766 12",
            ],
            11,
            size=8.5,
            font="Times-Roman",
        ),
        T(545, 55, "SALES INVOICE", 13, "Times-Bold", "r"),
        *pairs(
            400,
            545,
            80,
            [
                ("Invoice:", "SI-0049312"),
                ("Tax point:", "21/11/2024"),
                ("Account:", "STMARY01"),
                ("Due:", "21/12/2024"),
            ],
            12,
            size=9,
            font="Times-Roman",
        ),
        *block(
            50,
            120,
            ["Invoice to:", "St Mary's C of E Primary School", "Church Lane, Wymondham NR18 0PH"],
            12,
            size=9.5,
            font="Times-Roman",
        ),
        Rule(50, 170, 545, 170),
        *table(
            183,
            [(50, "l"), (330, "r"), (400, "r"), (450, "r"), (545, "r")],
            [["Description", "Qty", "Price", "VAT", "Net"]],
            size=9,
            font="Times-Bold",
        ),
        *table(
            198,
            [(50, "l"), (330, "r"), (400, "r"), (450, "r"), (545, "r")],
            [
                ["Phonics reader set, level 3 (30 books)", "4", "84.00", "Z", "336.00"],
                ["Atlas of the World, hardback", "15", "12.50", "Z", "187.50"],
                ["Whiteboard markers, assorted (box of 48)", "6", "21.40", "S", "128.40"],
                ["A4 exercise books 8mm ruled (pack 50)", "10", "17.90", "S", "179.00"],
            ],
            13,
            size=9,
            font="Times-Roman",
        ),
        Rule(50, 255, 545, 255),
        *table(
            268,
            [(250, "l"), (330, "r"), (410, "r")],
            [
                ["VAT analysis", "Net", "VAT"],
                ["Z  0%", "523.50", "0.00"],
                ["S  20%", "307.40", "61.48"],
            ],
            12,
            size=8.5,
            font="Times-Roman",
        ),
        *pairs(
            430,
            545,
            268,
            [("Net total", "830.90"), ("VAT total", "61.48"), ("Invoice total \u00a3", "892.38")],
            13,
            size=9.5,
            font="Times-Bold",
        ),
    ]
    return Foreign(
        "uk_mixed_vat",
        [ops],
        _exp(
            "SI-0049312",
            date(2024, 11, 21),
            date(2024, 12, 21),
            "Quillstone Educational Supplies Ltd",
            "830.90",
            "61.48",
            "892.38",
            "GBP",
        ),
    )


def mx_factura() -> Foreign:
    """A Mexican CFDI printout: Serie/Folio, RFC, folio fiscal UUID, IVA 16 %, MXN, importe con
    letra, ISO timestamp as the issue date."""
    ops: list[Op] = [
        T(50, 50, "Distribuidora Ferretera del Baj\u00edo, S.A. de C.V.", 12, "Helvetica-Bold"),
        *block(
            50,
            66,
            [
                "RFC: DFB980312KJ4",
                "R\u00e9gimen fiscal: 601 General de Ley Personas Morales",
                "Blvd. Adolfo L\u00f3pez Mateos 2204, Le\u00f3n, Gto. C.P. 37270",
            ],
            10,
            size=7.5,
        ),
        T(545, 50, "FACTURA", 14, "Helvetica-Bold", "r"),
        *pairs(
            380,
            545,
            68,
            [
                ("Serie:", "A"),
                ("Folio:", "15873"),
                ("Fecha de emisi\u00f3n:", "2024-06-12T10:15:32"),
                ("Lugar de expedici\u00f3n:", "37270"),
            ],
            10,
            size=7.5,
        ),
        T(50, 120, "Folio fiscal (UUID): 5F1C2A9B-3D4E-4B7A-9C11-7E2D0A6F8B13", 7.5),
        *block(
            50,
            140,
            [
                "Receptor:",
                "Constructora Arce Vidal, S.A. de C.V.",
                "RFC: CAV110527P91   Uso CFDI: G03 Gastos en general",
            ],
            10,
            size=7.5,
        ),
        Rule(50, 178, 545, 178),
        *table(
            190,
            [(50, "l"), (110, "l"), (330, "r"), (370, "l"), (450, "r"), (545, "r")],
            [["Clave", "Descripci\u00f3n", "Cant.", "Unidad", "P. Unitario", "Importe"]],
            size=7.5,
            font="Helvetica-Bold",
        ),
        *table(
            203,
            [(50, "l"), (110, "l"), (330, "r"), (370, "l"), (450, "r"), (545, "r")],
            [
                [
                    "27111700",
                    'Taladro percutor 1/2" 850W',
                    "6",
                    "H87 Pieza",
                    "1,890.00",
                    "11,340.00",
                ],
                [
                    "31161500",
                    'Tornillo autorroscante 8x1" (caja 1000)',
                    "20",
                    "XBX Caja",
                    "312.50",
                    "6,250.00",
                ],
                [
                    "30102200",
                    "L\u00e1mina galvanizada cal. 26",
                    "40",
                    "H87 Pieza",
                    "248.00",
                    "9,920.00",
                ],
            ],
            12,
            size=7.5,
        ),
        Rule(350, 245, 545, 245),
        *pairs(
            350,
            545,
            258,
            [
                ("Subtotal", "$27,510.00"),
                ("IVA Trasladado 16%", "$4,401.60"),
                ("Total", "$31,911.60"),
            ],
            12,
            size=8.5,
        ),
        T(50, 300, "Importe con letra: TREINTA Y UN MIL NOVECIENTOS ONCE PESOS 60/100 M.N.", 7.5),
        *block(
            50,
            315,
            [
                "Moneda: MXN Peso Mexicano",
                "Forma de pago: 03 Transferencia electr\u00f3nica de fondos",
                "M\u00e9todo de pago: PUE Pago en una sola exhibici\u00f3n",
            ],
            10,
            size=7.5,
        ),
        T(50, 380, "Este documento es una representaci\u00f3n impresa de un CFDI", 7),
    ]
    return Foreign(
        "mx_factura",
        [ops],
        _exp(
            "15873",
            date(2024, 6, 12),
            None,
            "Distribuidora Ferretera del Baj\u00edo, S.A. de C.V.",
            "27510.00",
            "4401.60",
            "31911.60",
            "MXN",
        ),
    )


def ie_invoice() -> Foreign:
    """An Irish invoice: VAT 23 %, EUR, dd/mm/yyyy, IE VAT number, Courier body text."""
    ops: list[Op] = [
        T(50, 55, "O'Sullivan Catering Equipment Ltd", 14, "Helvetica-Bold"),
        *block(
            50,
            72,
            [
                "Unit 7, Ballycoolin Business Park, Dublin 15, D15 X2KT",
                "VAT Reg. No. IE 3312908TH   CRO 512877",
            ],
            11,
            size=8,
        ),
        T(50, 120, "INVOICE", 14, "Courier-Bold"),
        *block(
            50,
            140,
            [
                "Invoice No:   OSC-24-1192",
                "Invoice Date: 27/08/2024",
                "Due Date:     26/09/2024",
                "Your Order:   LPO 4471",
            ],
            12,
            size=9,
            font="Courier",
        ),
        *block(
            330,
            140,
            ["Customer:", "The Harbour Kitchen", "Strand Road, Howth", "Co. Dublin D13 K7W2"],
            12,
            size=9,
            font="Courier",
        ),
        Rule(50, 200, 545, 200),
        *table(
            213,
            [(50, "l"), (350, "r"), (440, "r"), (545, "r")],
            [["Item", "Qty", "Unit EUR", "Line EUR"]],
            size=9,
            font="Courier-Bold",
        ),
        *table(
            228,
            [(50, "l"), (350, "r"), (440, "r"), (545, "r")],
            [
                ["Combi oven 10-grid, electric", "1", "8,950.00", "8,950.00"],
                ["Stainless prep table 1800mm", "2", "640.00", "1,280.00"],
                ["Delivery & commissioning", "1", "350.00", "350.00"],
            ],
            13,
            size=9,
            font="Courier",
        ),
        Rule(300, 272, 545, 272),
        *pairs(
            300,
            545,
            286,
            [
                ("Goods total", "10,580.00"),
                ("VAT @ 23%", "2,433.40"),
                ("Amount due EUR", "13,013.40"),
            ],
            13,
            size=9,
            font="Courier-Bold",
        ),
        T(50, 340, "Bank: AIB, IBAN IE29 AIBK 9311 5212 3456 78, BIC AIBKIE2D", 8, "Courier"),
    ]
    return Foreign(
        "ie_invoice",
        [ops],
        _exp(
            "OSC-24-1192",
            date(2024, 8, 27),
            date(2024, 9, 26),
            "O'Sullivan Catering Equipment Ltd",
            "10580.00",
            "2433.40",
            "13013.40",
            "EUR",
        ),
    )


def us_remit_to() -> Foreign:
    """A US distributor invoice with sales tax, Net 30 and a separate "Remit to" lockbox."""
    ops: list[Op] = [
        T(40, 50, "Midwest Lab Supply, Inc.", 15, "Times-Bold"),
        *block(
            40,
            67,
            ["6120 Research Blvd", "Madison, WI 53719", "Phone 608-555-0129  Fax 608-555-0130"],
            11,
            size=8.5,
            font="Times-Roman",
        ),
        *block(
            400,
            50,
            [
                "REMIT TO:",
                "Midwest Lab Supply, Inc.",
                "Dept. 4471",
                "P.O. Box 95503",
                "Chicago, IL 60694-5503",
            ],
            11,
            size=8.5,
            font="Times-Roman",
        ),
        T(40, 125, "INVOICE", 16, "Times-Bold"),
        *table(
            150,
            [(40, "l"), (130, "l"), (230, "l"), (320, "l"), (420, "l")],
            [
                ["INVOICE NO.", "INVOICE DATE", "CUSTOMER NO.", "TERMS", "DUE DATE"],
                ["0072219", "11/04/2024", "C-20188", "NET 30", "12/04/2024"],
            ],
            12,
            size=8,
            font="Times-Roman",
        ),
        *block(
            40,
            195,
            [
                "SOLD TO:",
                "University Hospital Research Core",
                "Attn: Accounts Payable",
                "600 Highland Ave",
                "Madison, WI 53792",
            ],
            11,
            size=8.5,
            font="Times-Roman",
        ),
        Rule(40, 260, 572, 260),
        *table(
            272,
            [(40, "l"), (110, "l"), (420, "r"), (490, "r"), (572, "r")],
            [["CAT #", "DESCRIPTION", "QTY", "PRICE", "EXT. PRICE"]],
            size=8,
            font="Times-Bold",
        ),
        *table(
            286,
            [(40, "l"), (110, "l"), (420, "r"), (490, "r"), (572, "r")],
            [
                [
                    "PT-1000",
                    "Pipette tips 1000uL, racked, sterile (10 racks)",
                    "12",
                    "38.75",
                    "465.00",
                ],
                ["NG-M-L", "Nitrile gloves, medium, box/100", "20", "9.80", "196.00"],
                ["CT-50", "Conical tubes 50mL, case/500", "3", "142.00", "426.00"],
                ["FRT", "Freight", "1", "24.50", "24.50"],
            ],
            12,
            size=8,
            font="Times-Roman",
        ),
        Rule(380, 340, 572, 340),
        *pairs(
            380,
            572,
            354,
            [
                ("Merchandise", "1,111.50"),
                ("Sales Tax (5.5%)", "61.13"),
                ("INVOICE TOTAL", "$1,172.63"),
            ],
            13,
            size=9,
            font="Times-Bold",
        ),
        T(
            40,
            420,
            "Please detach and return the bottom portion with your payment. Make checks payable to Midwest Lab Supply, Inc.",
            7.5,
            "Times-Italic",
        ),
    ]
    return Foreign(
        "us_remit_to",
        [ops],
        _exp(
            "0072219",
            date(2024, 11, 4),
            date(2024, 12, 4),
            "Midwest Lab Supply, Inc.",
            "1111.50",
            "61.13",
            "1172.63",
            "USD",
        ),
        size=LETTER,
    )


BLIND_BUILDERS = (
    freelancer_letter, wholesale_25, telecom_bill, saas_proration, law_firm_hours,
    construction_progress, car_repair, ecommerce_order, medical_practice, es_traduccion,
    be_facture, at_rechnung, fi_lasku, cz_faktura, jp_style_yen, ca_gst_pst, uk_mixed_vat,
    mx_factura, ie_invoice, us_remit_to,
)  # fmt: skip


def all_blind() -> list[Foreign]:
    return [build() for build in BLIND_BUILDERS]


def run_blind(root: Path, kinds: tuple[str, ...] = ("pdf", "ocr")) -> dict[str, Any]:
    """Every blind invoice through ``process_file`` (see :func:`foreign_invoices.run_all`)."""
    register_fonts()
    invoices = all_blind()
    for invoice in invoices:
        pdf = root / f"{invoice.name}.pdf"
        if not pdf.exists():
            write_pdf(invoice, pdf)
    return run_all(root, kinds, invoices)


if __name__ == "__main__":  # pragma: no cover - a developer's report
    import sys
    import tempfile

    from foreign_invoices import print_report

    kinds = tuple(sys.argv[1].split(",")) if len(sys.argv) > 1 else ("pdf", "ocr")
    with tempfile.TemporaryDirectory() as tmp:
        print_report(run_blind(Path(tmp), kinds), all_blind())
