"""Receipts r01..r15 of blind set 2026-12e."""

from __future__ import annotations

from decimal import Decimal

from bench.blindsets.blind12e_core import (
    A4,
    BLUE_INK,
    GREY,
    LETTER,
    D,
    Flow,
    Page,
    close_roll,
    contained,
    fm,
    item,
    items_sum,
    q2,
    roll,
)

Z = Decimal(0)


def truth(
    number, date, due, vendor, amount, vat, total, cur, locale, layout, dtype, items, note, gap=Z
):
    """Build NAME.json (without kind); raise unless amount + vat (+ documented gap) = total."""
    if (amount + (vat or Z) + gap) != total:
        raise ValueError(f"{vendor}: {amount} + {vat} + gap {gap} != {total}")
    return {
        "invoice_number": number,
        "invoice_date": date,
        "due_date": due,
        "vendor_name": vendor,
        "amount": str(amount),
        "vat": None if vat is None else str(vat),
        "total": str(total),
        "currency": cur,
        "locale": locale,
        "layout": layout,
        "document_type": dtype,
        "line_items": items,
        "note": note,
    }


def vat_split(items_rates, rate_of):
    """Gross lines with tax codes -> {code: (gross, tax, net)} with contained tax."""
    out = {}
    for it, code in items_rates:
        out.setdefault(code, Z)
        out[code] += D(it["amount"])
    return {c: (g, contained(g, rate_of[c]), g - contained(g, rate_of[c])) for c, g in out.items()}


# --- r01 UK supermarket
def r01():
    f = roll(80, "DVM", 7.6)
    f.c("HARTWELL'S", "DVM-B", 15)
    f.c("Fresh Food Market")
    f.c("12 Castle Street, Shrewsbury SY1 2AZ")
    f.c("VAT No. GB 318 4420 71")
    f.rule(dash=True)
    lines = [
        (item("SOURDOUGH BLOOMER", 1, "1.85"), "Z"),
        (item("SEMI SKIMMED MILK 4PT", 1, "1.65"), "Z"),
        (item("BANANAS LOOSE", "0.835", "0.98"), "Z"),
        (item("MATURE CHEDDAR 400G", 1, "3.75"), "Z"),
        (item("SPARKLING WATER 6X500ML", 2, "2.40"), "A"),
        (item("WASHING UP LIQUID", 1, "1.35"), "A"),
        (item("KITCHEN ROLL 4PK", 1, "3.20"), "A"),
        (item("CRISPS MULTIPACK 6PK", 1, "2.10"), "A"),
        (item("MULTIBUY SAVING WATER", 1, "-0.80"), "A"),
    ]
    for it, code in lines:
        a = D(it["amount"])
        if it["quantity"] not in ("1",) or "BANANAS" in it["description"]:
            f.l(it["description"])
            unit = "kg @ £0.98/kg" if "BANANAS" in it["description"] else f"x £{it['unit_price']}"
            f.lr(f"  {it['quantity']} {unit}", f"£{fm(a)} {code}")
        else:
            f.lr(it["description"], f"£{fm(a)} {code}" if a > 0 else f"-£{fm(-a)} {code}")
    items = [it for it, _ in lines]
    total = items_sum(items)
    f.rule(dash=True)
    f.lr(f"{len(items) - 1} ITEMS   BALANCE DUE", f"£{fm(total)}", "DVM-B", 8.6)
    f.lr("CASH", "£40.00")
    f.lr("CHANGE DUE", f"£{fm(D('40.00') - total)}")
    f.rule(dash=True)
    sp = vat_split(lines, {"A": 20, "Z": 0})
    f.cols(
        [
            ("VAT", f.x0, "l"),
            ("RATE", 80, "l"),
            ("NET", 135, "r"),
            ("VAT", 180, "r"),
            ("GROSS", f.x1, "r"),
        ]
    )
    for code, rate in (("A", "20%"), ("Z", "0%")):
        g, t, n = sp[code]
        f.cols(
            [
                (code, f.x0, "l"),
                (rate, 80, "l"),
                (fm(n), 135, "r"),
                (fm(t), 180, "r"),
                (fm(g), f.x1, "r"),
            ]
        )
    vat = sp["A"][1] + sp["Z"][1]
    f.rule(dash=True)
    f.c("HARTWELL'S REWARDS  **** **** 2291")
    f.lr("Points this visit", "21")
    f.lr("Points balance", "1,284")
    f.rule(dash=True)
    f.lr("14/11/2026 14:22", "ST 0382 TILL 07 OP 114")
    f.c("Receipt No: 0382/07/4417", "DVM-B")
    f.c("Thank you for shopping with us")
    f.c("Please retain your receipt")
    t = truth(
        "0382/07/4417",
        "2026-11-14",
        None,
        "HARTWELL'S",
        total - vat,
        vat,
        total,
        "GBP",
        "en-GB",
        "receipt",
        "receipt",
        items,
        "UK till roll, VAT codes A 20% / Z 0% per line, multibuy saving line, weighed "
        "bananas, cash/change, rewards points; photo on wood",
    )
    return close_roll(f), t, "UK"


# --- r02 Irish café + card slip
def r02():
    f = roll(76, "DVS", 7.4)
    f.c("The Copper Kettle", "DVR-B", 13)
    f.c("Café & Bakehouse")
    f.c("4 Quay Street, Galway H91 X2C8")
    f.c("VAT Reg. IE 9728841K")
    f.rule()
    f.lr("Bill 00781", "Table 4")
    f.lr("03/12/2026 11:48", "Server: Aoife")
    f.rule()
    lines = [
        (item("Flat White", 2, "3.80"), "F"),
        (item("Fruit Scone & Jam", 2, "3.20"), "F"),
        (item("Soup of the Day", 1, "6.50"), "F"),
        (item("Ballygowan Still 500ml", 1, "2.20"), "S"),
        (item("Apple Tart & Cream", 1, "5.40"), "F"),
    ]
    for it, code in lines:
        f.lr(f"{it['quantity']} x {it['description']}", f"{fm(D(it['amount']))} {code}")
    items = [it for it, _ in lines]
    total = items_sum(items)
    f.rule()
    f.lr("TOTAL EUR", fm(total), "DVS-B", 9.5)
    sp = vat_split(lines, {"F": "13.5", "S": 23})
    f.gap(3)
    f.lr("VAT F 13.5% incl.", fm(sp["F"][1]))
    f.lr("VAT S 23% incl.", fm(sp["S"][1]))
    vat = sp["F"][1] + sp["S"][1]
    f.lr("Paid VISA", fm(total))
    f.c("Go raibh maith agat!")
    f.gap(8)
    f.c("- - - - - - - - - - - - - - - - - - - - - - -", size=7)
    f.gap(4)
    f.c("CUSTOMER COPY", "DVM-B", 8)
    f.l("COPPER KETTLE GALWAY", "DVM", 7.2)
    f.l("MID: 0041887210  TID: 6620413", "DVM", 7.2)
    f.l("VISA CONTACTLESS", "DVM", 7.2)
    f.l("CARD: **** **** **** 4471", "DVM", 7.2)
    f.lr("SALE", f"EUR {fm(total)}", "DVM-B", 8.5)
    f.l("AUTH CODE: 61822K   03/12/26 11:51", "DVM", 7.2)
    f.l("APPROVED - NO CARDHOLDER VERIFICATION", "DVM", 7.2)
    t = truth(
        "00781",
        "2026-12-03",
        None,
        "The Copper Kettle",
        total - vat,
        vat,
        total,
        "EUR",
        "en-IE",
        "receipt",
        "receipt",
        items,
        "Irish café bill, VAT 13.5% and 23% contained, card-terminal slip attached below "
        "repeating the amount with its own auth code and date",
    )
    return close_roll(f), t, "IE"


# --- r03 Texas restaurant, tip by hand
def r03():
    f = roll(80, "DVM", 7.8)
    f.c("LONE OAK SMOKEHOUSE", "DVM-B", 11)
    f.c("2210 S Lamar Blvd, Austin TX 78704")
    f.c("(512) 555-0187")
    f.rule()
    f.lr("Check #4471", "Table 18  Guests 3")
    f.lr("Server: Marcus", "11/21/2026 7:42 PM")
    f.rule()
    items = [
        item("Brisket Plate", 2, "18.95"),
        item("Pulled Pork Sandwich", 1, "13.50"),
        item("Side Mac & Cheese", 1, "4.75"),
        item("Sweet Tea", 2, "2.95"),
        item("Peach Cobbler", 1, "6.25"),
    ]
    for it in items:
        f.lr(f"{it['quantity']}  {it['description']}", fm(D(it["amount"])))
    sub = items_sum(items)
    tax = q2(sub * D("0.0825"))
    due = sub + tax
    f.rule()
    f.lr("Subtotal", fm(sub))
    f.lr("Sales Tax 8.25%", fm(tax))
    f.lr("Amount Due", fm(due), "DVM-B", 9)
    f.gap(4)
    f.l("Suggested gratuity (on subtotal):")
    for p in (18, 20, 22):
        f.lr(f"   {p}% = {fm(q2(sub * p / 100))}", "")
    tip = D("12.00")
    f.gap(4)
    f.l("VISA  XXXXXXXXXXXX1093   AUTH 044718")
    f.gap(6)
    for label, val in (("TIP:", tip), ("TOTAL:", due + tip)):
        f.gap(6)
        f.l(label, "DVM-B", 9)
        f.page.hline(f.x1 - 90, f.x1, f.y + 2, 0.6)
        f.page.text(f.x1 - 10, f.y - 1, fm(val), "DVS-I", 13, "r", BLUE_INK)
    f.gap(14)
    f.l("X")
    f.page.hline(f.x0 + 10, f.x1 - 20, f.y + 2, 0.6)
    f.page.text(f.x0 + 30, f.y - 2, "J. Whitaker", "DVS-I", 12, "l", BLUE_INK)
    f.c("MERCHANT COPY")
    f.c("Thank y'all - come back soon!")
    t = truth(
        "4471",
        "2026-11-21",
        None,
        "LONE OAK SMOKEHOUSE",
        sub,
        tax,
        due + tip,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "US check/card slip: printed Amount Due before tip, tip and total written by hand "
        "(total keyed incl. tip: gap = tip 12.00), suggested-gratuity lines as distractors",
        gap=tip,
    )
    return close_roll(f), t, "US-TX"


# --- r04 German supermarket with Pfand
def r04():
    f = roll(80, "DVM", 7.8)
    f.c("FRISCHMARKT KESSLER", "DVS-B", 13)
    f.c("Kessler Lebensmittel KG")
    f.c("Lindenstraße 14, 50674 Köln")
    f.c("USt-IdNr. DE 812 447 390")
    f.gap(4)
    f.r("EUR")
    lines = [
        (item("VOLLMILCH 3,5% 1L", 2, "1.19"), "B"),
        (item("BIO BANANEN", 1, "1.79"), "B"),
        (item("VOLLKORNBROT 750G", 1, "2.49"), "B"),
        (item("MARKENBUTTER 250G", 1, "2.29"), "B"),
        (item("MINERALWASSER 6X1,5L", 1, "2.94"), "A"),
        (item("PFAND 6 X 0,25", 6, "0.25"), "A"),
        (item("COLA ZERO 1,5L", 2, "1.49"), "A"),
        (item("PFAND 2 X 0,25", 2, "0.25"), "A"),
        (item("SPÜLMITTEL 500ML", 1, "1.15"), "A"),
        (item("LEERGUT 3 X 0,25", 3, "-0.25"), "A"),
    ]
    for it, code in lines:
        a = D(it["amount"])
        if (
            it["quantity"] != "1"
            and "PFAND" not in it["description"]
            and "LEER" not in it["description"]
        ):
            f.l(f"  {it['quantity']} Stk x {fm(D(it['unit_price']), 'de')}")
        f.lr(it["description"], f"{fm(a, 'de')} {code}")
    items = [it for it, _ in lines]
    total = items_sum(items)
    f.rule()
    f.lr("SUMME", f"EUR {fm(total, 'de')}", "DVM-B", 10)
    f.rule()
    f.lr("Geg. BAR", f"EUR {fm(D('30'), 'de')}")
    f.lr("Rückgeld BAR", f"EUR {fm(D('30') - total, 'de')}")
    f.gap(4)
    sp = vat_split(lines, {"A": 19, "B": 7})
    f.cols(
        [
            ("Steuer", f.x0, "l"),
            ("%", 70, "r"),
            ("Netto", 130, "r"),
            ("Steuer", 175, "r"),
            ("Brutto", f.x1, "r"),
        ]
    )
    for code, rate in (("A", "19,0"), ("B", "7,0")):
        g, tx, n = sp[code]
        f.cols(
            [
                (f"{code}=", f.x0, "l"),
                (rate, 70, "r"),
                (fm(n, "de"), 130, "r"),
                (fm(tx, "de"), 175, "r"),
                (fm(g, "de"), f.x1, "r"),
            ]
        )
    vat = sp["A"][1] + sp["B"][1]
    f.cols(
        [
            ("Gesamt", f.x0, "l"),
            (fm(total - vat, "de"), 130, "r"),
            (fm(vat, "de"), 175, "r"),
            (fm(total, "de"), f.x1, "r"),
        ]
    )
    f.rule()
    f.lr("28.11.2026  17:06", "Bon-Nr.: 5521")
    f.lr("Markt: 0418  Kasse: 3", "Bed.: 102")
    f.gap(3)
    f.l("TSE-Transaktion: 118274", size=6.8)
    f.l("TSE-Start: 2026-11-28T17:04:51", size=6.8)
    f.l("TSE-Stop:  2026-11-28T17:06:12", size=6.8)
    f.l("Seriennr.: 4f2a9c07e1b3d58a6602", size=6.8)
    f.gap(3)
    f.c("Vielen Dank für Ihren Einkauf!")
    t = truth(
        "5521",
        "2026-11-28",
        None,
        "FRISCHMARKT KESSLER",
        total - vat,
        vat,
        total,
        "EUR",
        "de-DE",
        "receipt",
        "receipt",
        items,
        "German supermarket Bon: Pfand lines and a negative Leergut return (both in the "
        "Summe), A=19% / B=7% table, cash with Rückgeld, TSE transaction number as "
        "distractor",
    )
    return close_roll(f), t, "DE"


# --- r05 Austrian bakery (58 mm)
def r05():
    f = roll(58, "DVC", 7.0, margin=2.5)
    f.c("Bäckerei Haberl", "DVR-B", 11)
    f.c("Konditorei · Café")
    f.c("Annenstraße 21, 8020 Graz")
    f.c("UID: ATU 61234507")
    f.rule()
    lines = [
        (item("Kaisersemmel", 4, "0.45"), "B"),
        (item("Mohnflesserl", 2, "0.95"), "B"),
        (item("Topfengolatsche", 2, "2.40"), "B"),
        (item("Melange", 2, "3.90"), "A"),
        (item("Almdudler 0,35", 1, "3.60"), "A"),
    ]
    for it, code in lines:
        f.l(it["description"])
        f.lr(
            f"  {it['quantity']} x {fm(D(it['unit_price']), 'de')}",
            f"{fm(D(it['amount']), 'de')} {code}",
        )
    items = [it for it, _ in lines]
    total = items_sum(items)
    f.rule()
    f.lr("Summe EUR", fm(total, "de"), "DVC-B", 10)
    f.lr("Bankomat", fm(total, "de"))
    f.gap(3)
    sp = vat_split(lines, {"A": 20, "B": 10})
    for code, rate in (("A", 20), ("B", 10)):
        _g, tx, n = sp[code]
        f.lr(f"{code} {rate}% Netto {fm(n, 'de')}", f"USt {fm(tx, 'de')}")
    vat = sp["A"][1] + sp["B"][1]
    f.rule()
    f.l("Beleg-Nr. 118734")
    f.l("Kassen-ID: HAB-K2")
    f.l("02.12.2026 07:41")
    f.gap(2)
    for chunk in (
        "_R1-AT1_HAB-K2_118734_2026-12-02T07:",
        "41:09_0,00_11,20_4,00_0,00_0,00_",
        "dTZ4aW8=_6b2e11ff_Nw4a2q9TqY8=",
    ):
        f.l(chunk, "DVM", 5.6)
    f.c("Danke & bis morgen!")
    t = truth(
        "118734",
        "2026-12-02",
        None,
        "Bäckerei Haberl",
        total - vat,
        vat,
        total,
        "EUR",
        "de-AT",
        "receipt",
        "receipt",
        items,
        "Austrian 58 mm bakery Beleg, 10%/20% USt contained, RKSV signature string full "
        "of numbers, low-res faded thermal scan (~600 px wide)",
    )
    return close_roll(f), t, "AT"


# --- r06 Italian documento commerciale
def r06():
    f = roll(80, "DVS", 7.4)
    f.c("CAFFÈ PASTICCERIA ROSA", "DVS-B", 11)
    f.c("di Rosa Bianchi & C. s.n.c.")
    f.c("Via dell'Indipendenza 38 - 40121 Bologna")
    f.c("P.IVA 03123450374")
    f.gap(3)
    f.c("DOCUMENTO COMMERCIALE", "DVS-B")
    f.c("di vendita o prestazione")
    f.gap(3)
    f.cols([("DESCRIZIONE", f.x0, "l"), ("IVA", 150, "r"), ("Prezzo(€)", f.x1, "r")])
    lines = [
        (item("CAPPUCCINO", 2, "1.60"), "10"),
        (item("CORNETTO CREMA", 2, "1.30"), "10"),
        (item("TORTA DELLA NONNA TR.", 2, "4.50"), "10"),
        (item("ACQUA NAT. 0,5L", 1, "1.00"), "10"),
        (item("CONFEZIONE REGALO CIOCC.", 1, "12.00"), "22"),
    ]
    for it, code in lines:
        if it["quantity"] != "1":
            f.l(f"{it['quantity']} x {fm(D(it['unit_price']), 'dep')}")
        f.cols(
            [
                (it["description"], f.x0, "l"),
                (f"{code}%", 150, "r"),
                (fm(D(it["amount"]), "dep"), f.x1, "r"),
            ]
        )
    items = [it for it, _ in lines]
    total = items_sum(items)
    sp = vat_split(lines, {"10": 10, "22": 22})
    vat = sp["10"][1] + sp["22"][1]
    f.gap(3)
    f.lr("TOTALE COMPLESSIVO", fm(total, "dep"), "DVS-B", 10)
    f.lr("DI CUI IVA", fm(vat, "dep"))
    f.lr("Pagamento contante", fm(D("30"), "dep"))
    f.lr("Resto", fm(D("30") - total, "dep"))
    f.lr("Importo pagato", fm(total, "dep"))
    f.rule()
    f.l("02-12-2026 10:15")
    f.l("DOCUMENTO N. 0312-0047", "DVS-B")
    f.l("RT 99MEY012345")
    f.c("Grazie e arrivederci")
    t = truth(
        "0312-0047",
        "2026-12-02",
        None,
        "CAFFÈ PASTICCERIA ROSA",
        total - vat,
        vat,
        total,
        "EUR",
        "it-IT",
        "receipt",
        "receipt",
        items,
        "Italian documento commerciale: IVA % column per line (10/22), only 'DI CUI IVA' "
        "total printed, cash paid and Resto lines; crumpled photo",
    )
    return close_roll(f), t, "IT"


# --- r07 Spanish parking ticket
def r07():
    f = roll(80, "DVM", 7.8)
    f.c("PARKINGS VALLÉS S.L.", "DVM-B", 10.5)
    f.c("Aparcamiento Plaza Mayor")
    f.c("C/ Ferrari 2 - 47002 Valladolid")
    f.c("CIF B47123456")
    f.rule()
    f.c("FACTURA SIMPLIFICADA", "DVM-B")
    f.c("Nº T-2026-088412")
    f.rule()
    f.lr("Matrícula", "4821 KLM")
    f.lr("Entrada", "29/11/2026 09:12")
    f.lr("Salida", "29/11/2026 13:47")
    f.lr("Tiempo", "4h 35min")
    f.lr("Tarifa", "0,048 €/min")
    items = [item("Estacionamiento 275 min", 275, "0.048")]
    total = items_sum(items)
    vat = contained(total, 21)
    f.rule()
    f.lr("Base imponible", fm(total - vat, "dep"))
    f.lr("IVA 21%", fm(vat, "dep"))
    f.lr("TOTAL", f"{fm(total, 'dep')} €", "DVM-B", 10)
    f.rule()
    f.l("Pago: TARJETA")
    f.l("MASTERCARD ************2207")
    f.l("Caja 02 - Salida 1")
    f.c("Gracias por su visita")
    t = truth(
        "T-2026-088412",
        "2026-11-29",
        None,
        "PARKINGS VALLÉS S.L.",
        total - vat,
        vat,
        total,
        "EUR",
        "es-ES",
        "receipt",
        "receipt",
        items,
        "Spanish parking factura simplificada: per-minute rate with 3 decimals, entry and "
        "exit times, licence plate; photo",
    )
    return close_roll(f), t, "ES"


# --- r08 Portuguese pharmacy
def r08():
    f = roll(80, "DVS", 7.3)
    f.c("Farmácia Avenida", "DVR-B", 13)
    f.c("Farmácia Avenida, Lda")
    f.c("Av. da Boavista 1120, 4100-113 Porto")
    f.c("NIF 509 123 456")
    f.rule()
    f.c("Fatura Simplificada FS 2026A/4812", "DVS-B")
    f.c("ATCUD: JJ3K7LPM-4812")
    f.lr("Data: 30-11-2026 18:32", "Contribuinte: Consumidor final")
    f.rule()
    lines = [
        (item("BEN-U-RON 1G 18 COMP", 1, "3.15"), "6"),
        (item("BRUFEN 400MG 20 COMP", 1, "4.20"), "6"),
        (item("STREPSILS MEL LIMAO 24", 1, "6.40"), "6"),
        (item("PROTETOR SOLAR FPS50 200ML", 1, "18.90"), "23"),
        (item("Desconto Cartão Saúda", 1, "-1.20"), "23"),
    ]
    f.cols([("Artigo", f.x0, "l"), ("IVA", 160, "r"), ("Valor", f.x1, "r")], "DVS-B")
    for it, code in lines:
        f.cols(
            [
                (it["description"], f.x0, "l"),
                (f"{code}%", 160, "r"),
                (fm(D(it["amount"]), "dep"), f.x1, "r"),
            ]
        )
    items = [it for it, _ in lines]
    total = items_sum(items)
    f.rule()
    f.lr("TOTAL", f"{fm(total, 'dep')} EUR", "DVS-B", 10)
    sp = vat_split(lines, {"6": 6, "23": 23})
    f.gap(3)
    f.cols([("Taxa", f.x0, "l"), ("Base", 110, "r"), ("IVA", 160, "r"), ("Total", f.x1, "r")])
    for code in ("6", "23"):
        g, tx, n = sp[code]
        f.cols(
            [
                (f"{code}%", f.x0, "l"),
                (fm(n, "dep"), 110, "r"),
                (fm(tx, "dep"), 160, "r"),
                (fm(g, "dep"), f.x1, "r"),
            ]
        )
    vat = sp["6"][1] + sp["23"][1]
    f.gap(3)
    f.l(f"Multibanco: {fm(total, 'dep')}")
    f.l("Pontos Saúda acumulados: 26")
    f.l("Processado por programa certificado nº 1234/AT", size=6.4)
    f.c("Obrigado pela preferência")
    t = truth(
        "FS 2026A/4812",
        "2026-11-30",
        None,
        "Farmácia Avenida",
        total - vat,
        vat,
        total,
        "EUR",
        "pt-PT",
        "receipt",
        "receipt",
        items,
        "Portuguese pharmacy fatura simplificada: IVA 6% and 23%, loyalty discount on the "
        "23% line, ATCUD code, Taxa/Base/IVA table; photo",
    )
    return close_roll(f), t, "PT"


# --- r09 Danish cinema e-receipt (PDF)
def r09():
    p = Page(A4)
    f = Flow(p, 60, 535, 50, "DVS", 9.5, 1.45)
    p.rect(0, 0, A4[0], 70, fill=(0.1, 0.1, 0.18), stroke=None)
    p.text(60, 45, "KINO NORDLYS", "DVS-B", 20, "l", (1, 0.85, 0.3))
    p.text(535, 45, "Kvittering", "DVS", 12, "r", (1, 1, 1))
    f.y = 100
    f.l("Tak for dit køb, Mette!", "DVS-B", 13)
    f.l("Her er din kvittering. Billetterne finder du i appen eller i den vedhæftede fil.")
    f.gap(10)
    f.lr("Ordrenr.", "7781-3320")
    f.lr("Købt", "4. december 2026 kl. 21:14")
    f.lr("Forestilling", "Fredag 11. december 2026 kl. 19:30, Sal 2")
    f.lr("Film", "Vinterlys (2026)")
    f.lr("Pladser", "Række 7, sæde 11-13")
    f.gap(10)
    x = [60, 330, 430, 535]
    f.cols(
        [("Vare", x[0], "l"), ("Antal", x[1], "r"), ("Pris", x[2], "r"), ("Beløb", x[3], "r")],
        "DVS-B",
    )
    f.rule()
    items = [
        item("Billet voksen", 2, "125.00"),
        item("Billet barn", 1, "85.00"),
        item("Popcorn stor", 2, "58.00"),
        item("Sodavand 0,5 l", 2, "32.00"),
        item("Bookinggebyr", 1, "15.00"),
    ]
    for it in items:
        f.cols(
            [
                (it["description"], x[0], "l"),
                (it["quantity"], x[1], "r"),
                (fm(D(it["unit_price"]), "de"), x[2], "r"),
                (fm(D(it["amount"]), "de"), x[3], "r"),
            ]
        )
    total = items_sum(items)
    vat = contained(total, 25)
    f.rule()
    f.cols([("I alt DKK", x[0], "l"), (fm(total, "de"), x[3], "r")], "DVS-B", 11)
    f.cols([("Heraf moms 25 %", x[0], "l"), (fm(vat, "de"), x[3], "r")])
    f.gap(8)
    f.l("Betalt med MobilePay", color=GREY)
    f.gap(30)
    f.l("Kino Nordlys ApS · Søndergade 41 · 8000 Aarhus C · CVR 38 41 22 09", size=8, color=GREY)
    t = truth(
        "7781-3320",
        "2026-12-04",
        None,
        "KINO NORDLYS",
        total - vat,
        vat,
        total,
        "DKK",
        "da-DK",
        "receipt",
        "receipt",
        items,
        "Danish cinema e-receipt: purchase date vs show date (a week later), moms only as "
        "'heraf', booking fee line",
    )
    return [p], t, "DK"


# --- r10 Norwegian train ticket (PDF)
def r10():
    p = Page(A4)
    f = Flow(p, 56, 540, 40, "DVR", 10, 1.45)
    f.l("Vestlandsbanen", "DVR-B", 22)
    f.l("Billett og kvittering", "DVR", 12, color=GREY)
    f.gap(14)
    p.rect(56, f.y, 484, 86, fill=(0.93, 0.95, 0.98), stroke=(0.6, 0.65, 0.75))
    f.x0 += 12
    f.lr("Ordrenummer", "VB-4418-2290", "DVR-B")
    f.lr("Strekning", "Bergen  →  Voss")
    f.lr("Avreise", "Fredag 18.12.2026 kl. 08:39")
    f.lr("Reisende", "2 voksne")
    f.x0 -= 12
    f.gap(30)
    x = [56, 300, 350, 440, 540]
    f.cols(
        [
            ("Beskrivelse", x[0], "l"),
            ("Antall", x[1], "r"),
            ("MVA", x[2], "r"),
            ("Pris", x[3], "r"),
            ("Sum", x[4], "r"),
        ],
        "DVR-B",
    )
    f.rule()
    lines = [
        (item("Voksen, Bergen-Voss", 2, "249.00"), 12),
        (item("Plassreservasjon", 2, "50.00"), 12),
        (item("Frokost forhåndsbestilt", 2, "129.00"), 15),
    ]
    for it, r in lines:
        f.cols(
            [
                (it["description"], x[0], "l"),
                (it["quantity"], x[1], "r"),
                (f"{r} %", x[2], "r"),
                (fm(D(it["unit_price"]), "de"), x[3], "r"),
                (fm(D(it["amount"]), "de"), x[4], "r"),
            ]
        )
    items = [it for it, _ in lines]
    total = items_sum(items)
    sp = vat_split(lines, {12: 12, 15: 15})
    f.rule()
    for r in (12, 15):
        _g, tx, n = sp[r]
        f.cols(
            [
                (f"Grunnlag {r} % MVA", x[0], "l"),
                (fm(n, "de"), x[3], "r"),
                (fm(tx, "de"), x[4], "r"),
            ]
        )
    vat = sp[12][1] + sp[15][1]
    f.cols([("Totalt inkl. MVA (NOK)", x[0], "l"), (fm(total, "de"), x[4], "r")], "DVR-B", 12)
    f.gap(10)
    f.l("Kjøpt 01.12.2026 kl. 12:03 · Betalt med Vipps")
    f.gap(40)
    f.l(
        "Vestlandsbanen AS · Strømgaten 4, 5015 Bergen · Org.nr. 912 345 678 MVA",
        size=8,
        color=GREY,
    )
    t = truth(
        "VB-4418-2290",
        "2026-12-01",
        None,
        "Vestlandsbanen",
        total - vat,
        vat,
        total,
        "NOK",
        "nb-NO",
        "receipt",
        "receipt",
        items,
        "Norwegian train ticket/receipt: travel date 18.12 vs purchase date 01.12, MVA 12% "
        "transport + 15% food in two base lines",
    )
    return [p], t, "NO"


# --- r11 Czech hardware store
def r11():
    f = roll(80, "DVM", 7.6)
    f.c("ŽELEZÁŘSTVÍ DVOŘÁK", "DVM-B", 11)
    f.c("Petr Dvořák")
    f.c("Křenová 57, 602 00 Brno")
    f.c("IČO: 12345678  DIČ: CZ7501011234")
    f.rule()
    f.c("Účtenka č. 3107/0412", "DVM-B")
    f.rule()
    items = [
        item("Vrut 4x40 zápust. 200ks", 1, "189.00"),
        item("Hmoždinka 8mm 50ks", 2, "49.90"),
        item("Silikon sanitární bílý", 2, "129.00"),
        item("Pilový list 300mm", 1, "219.00"),
        item("Lepicí páska 48mm", 3, "37.70"),
        item("Kartáč drátěný", 1, "89.90"),
        item("Rukavice pracovní", 2, "64.50"),
    ]
    for it in items:
        f.l(it["description"])
        f.lr(f"  {it['quantity']} ks x {fm(D(it['unit_price']), 'fr')}", fm(D(it["amount"]), "fr"))
    gross = items_sum(items)
    vat = contained(gross, 21)
    net = gross - vat
    rounded = gross.quantize(D("1"), "ROUND_HALF_UP").quantize(D("0.01"))
    rnd = rounded - gross
    f.rule()
    f.lr("Základ DPH 21 %", fm(net, "fr"))
    f.lr("DPH 21 %", fm(vat, "fr"))
    f.lr("Celkem", fm(gross, "fr"))
    f.lr("Zaokrouhlení", ("+" if rnd >= 0 else "") + fm(rnd, "fr"))
    f.lr("K ÚHRADĚ", f"{fm(rounded, 'fr')} Kč", "DVM-B", 10)
    f.lr("Hotově", "1 500,00")
    f.lr("Vráceno", fm(D(1500) - rounded, "fr"))
    f.rule()
    f.l("Datum: 27.11.2026 15:38   Pokladna 1")
    f.c("Děkujeme za nákup")
    t = truth(
        "3107/0412",
        "2026-11-27",
        None,
        "ŽELEZÁŘSTVÍ DVOŘÁK",
        net,
        vat,
        rounded,
        "CZK",
        "cs-CZ",
        "receipt",
        "receipt",
        items,
        "Czech hardware-store účtenka: amounts with space thousands, rounding line to whole "
        "Kč (total = K úhradě; gap = rounding), cash/change",
        gap=rnd,
    )
    return close_roll(f), t, "CZ"


# --- r12 Hong Kong restaurant
def r12():
    f = roll(80, "DVS", 7.6)
    f.c("GOLDEN HARBOUR", "DVS-B", 14)
    f.c("SEAFOOD RESTAURANT", "DVS-B", 9)
    f.c("G/F, 38 Hau Fook Street, Tsim Sha Tsui, Kowloon")
    f.c("Tel: 2723 0000")
    f.rule()
    f.lr("Table: 12   Pax: 4", "Bill No: 0086231")
    f.lr("Date: 25/11/2026", "Time: 20:51")
    f.rule()
    items = [
        item("Steamed Garoupa", 1, "388.00"),
        item("Salt & Pepper Squid", 1, "128.00"),
        item("Yeung Chow Fried Rice", 1, "98.00"),
        item("Choy Sum w/ Garlic", 1, "78.00"),
        item("Tea Charge", 4, "15.00"),
        item("Tsingtao Beer", 2, "42.00"),
    ]
    for it in items:
        f.cols(
            [
                (it["quantity"], f.x0, "l"),
                (it["description"], f.x0 + 16, "l"),
                (fm(D(it["amount"])), f.x1, "r"),
            ]
        )
    sub = items_sum(items)
    svc = q2(sub / 10)
    total = sub + svc
    f.rule()
    f.lr("Subtotal", fm(sub))
    f.lr("10% Service Charge", fm(svc))
    f.lr("TOTAL HK$", fm(total), "DVS-B", 11)
    f.lr("VISA", fm(total))
    f.rule()
    f.c("Thank you! Please come again")
    t = truth(
        "0086231",
        "2026-11-25",
        None,
        "GOLDEN HARBOUR SEAFOOD RESTAURANT",
        total,
        None,
        total,
        "HKD",
        "en-HK",
        "receipt",
        "receipt",
        items,
        "Hong Kong restaurant bill: no tax at all (vat null), 10% service charge added to "
        "the subtotal is not tax, qty column before description",
    )
    return close_roll(f), t, "HK"


# --- r13 US online order email (PDF)
def r13():
    p = Page(LETTER)
    f = Flow(p, 54, 558, 36, "Helvetica", 9.5, 1.4)
    f.lr("Gmail - Your Cascade Outfitters order #CO-55120894", "12/1/26, 9:02 AM", size=8)
    f.gap(14)
    f.l("Jordan Reyes <jordan.reyes@example.com>", "Helvetica-Bold", 10)
    f.gap(6)
    f.l("Your Cascade Outfitters order #CO-55120894 receipt", "Helvetica-Bold", 13)
    f.l("1 message", size=8, color=GREY)
    p.hline(54, 558, f.y + 6, 0.5, GREY)
    f.gap(10)
    f.lr(
        "Cascade Outfitters <orders@cascade-outfitters.example>",
        "Mon, Nov 30, 2026 at 8:14 PM",
        size=8.5,
    )
    f.l("To: jordan.reyes@example.com", size=8.5)
    f.gap(14)
    f.c("CASCADE OUTFITTERS", "Helvetica-Bold", 18)
    f.c("Thanks for your order, Jordan!", size=11)
    f.gap(8)
    f.l("Order #CO-55120894  ·  Placed November 30, 2026")
    f.l("Ship to: Jordan Reyes, 4410 Fremont Ave N, Seattle, WA 98103")
    f.gap(6)
    x = [54, 380, 460, 558]
    f.cols(
        [("Item", x[0], "l"), ("Qty", x[1], "r"), ("Price", x[2], "r"), ("Total", x[3], "r")],
        "Helvetica-Bold",
    )
    f.rule()
    items = [
        item("Ridgeline Trail Runner - Men's 10.5", 1, "129.95"),
        item("Merino Hiking Socks 3-Pack", 1, "34.00"),
        item("Summit 400 Headlamp", 1, "44.50"),
    ]
    merch = items_sum(items)
    disc = -q2(merch * D("0.15"))
    items.append(item("Promo WINTER15 (15% off)", 1, disc))
    ship = D("8.95")
    items.append(item("Standard Shipping", 1, ship))
    for it in items[:3]:
        f.cols(
            [
                (it["description"], x[0], "l"),
                (it["quantity"], x[1], "r"),
                (f"${it['unit_price']}", x[2], "r"),
                (f"${it['amount']}", x[3], "r"),
            ]
        )
    f.rule()
    sub = merch + disc
    tax = q2((sub + ship) * D("0.1025"))
    total = sub + ship + tax
    rows = [
        ("Merchandise", f"${fm(merch)}"),
        ("Promo WINTER15 (15% off)", f"-${fm(-disc)}"),
        ("Subtotal", f"${fm(sub)}"),
        ("Standard Shipping", f"${fm(ship)}"),
        ("Sales Tax (WA - Seattle 10.25%)", f"${fm(tax)}"),
    ]
    for a, b in rows:
        f.cols([(a, 330, "l"), (b, x[3], "r")])
    f.cols([("Order Total", 330, "l"), (f"${fm(total)}", x[3], "r")], "Helvetica-Bold", 11)
    f.cols([("Charged to Visa ending 5512", 330, "l")], size=8.5)
    f.gap(16)
    f.l("Questions? Reply to this email or call 1-800-555-0142.", size=8.5, color=GREY)
    f.l("Cascade Outfitters LLC, 1520 Western Ave, Seattle, WA 98101", size=8.5, color=GREY)
    f.gap(200)
    f.lr("https://mail.google.com/mail/u/0/?ik=4a1c&view=pt&search=all", "1/1", size=7.5)
    t = truth(
        "CO-55120894",
        "2026-11-30",
        None,
        "CASCADE OUTFITTERS",
        total - tax,
        tax,
        total,
        "USD",
        "en-US",
        "receipt",
        "receipt",
        items,
        "Order receipt e-mail printed from Gmail: print header/footer lines with a print "
        "date, promo discount, shipping taxed at WA 10.25%",
    )
    return [p], t, "US-WA"


# --- r14 Canadian hotel folio
def r14():
    p = Page(LETTER)
    f = Flow(p, 50, 562, 40, "DVS", 8.8, 1.45)
    f.c("HARBOURFRONT INN", "DVR-B", 18)
    f.c("255 Queens Quay West, Toronto, ON M5J 1B5  ·  (416) 555-0199", size=8)
    f.c("HST Reg. No. 81452 7730 RT0001", size=8)
    f.gap(12)
    f.lr("Guest: Ms. Priya Natarajan", "Folio No. 448120", "DVS-B")
    f.lr("Room 612 · King Deluxe", "Arrival 11/23/2026")
    f.lr("Rate Plan: CORP-ACME", "Departure 11/26/2026")
    f.gap(8)
    x = [50, 120, 420, 562]
    f.cols(
        [
            ("Date", x[0], "l"),
            ("Description", x[1], "l"),
            ("Charges", x[2], "r"),
            ("Credits", x[3], "r"),
        ],
        "DVS-B",
    )
    f.rule()
    charges = [
        ("11/23/2026", item("Room Charge", 1, "189.00")),
        ("11/23/2026", item("Valet Parking", 1, "28.00")),
        ("11/24/2026", item("Room Charge", 1, "209.00")),
        ("11/24/2026", item("Valet Parking", 1, "28.00")),
        ("11/24/2026", item("Pier 6 Restaurant", 1, "46.80")),
        ("11/25/2026", item("Room Charge", 1, "209.00")),
        ("11/25/2026", item("Valet Parking", 1, "28.00")),
    ]
    hst = Z
    for d, it in charges:
        a = D(it["amount"])
        t = q2(a * D("0.13"))
        hst += t
        f.cols([(d, x[0], "l"), (it["description"], x[1], "l"), (fm(a), x[2], "r")])
        f.cols([(d, x[0], "l"), ("HST 13%", x[1], "l"), (fm(t), x[2], "r")])
    items = [it for _, it in charges]
    net = items_sum(items)
    total = net + hst
    f.cols([("11/26/2026", x[0], "l"), ("VISA ****8830", x[1], "l"), (fm(-total), x[3], "r")])
    f.rule()
    f.cols([("Total Charges", x[1], "l"), (fm(total), x[2], "r"), (fm(-total), x[3], "r")], "DVS-B")
    f.cols([("Balance Due CAD", x[1], "l"), ("0.00", x[3], "r")], "DVS-B")
    f.gap(10)
    f.lr("Total HST", fm(hst))
    f.gap(20)
    f.l("Thank you for staying with us. Folio printed 11/26/2026 06:58.", size=8, color=GREY)
    t = truth(
        "448120",
        "2026-11-26",
        None,
        "HARBOURFRONT INN",
        net,
        hst,
        total,
        "CAD",
        "en-CA",
        "receipt",
        "receipt",
        items,
        "Canadian hotel folio: an HST line under every charge, payment in a credits column "
        "brings the balance to 0.00 (total = charges), arrival vs departure date; "
        "image-only PDF",
    )
    return [p], t, "CA"


# --- r15 Australian café + EFTPOS slip
def r15():
    f = roll(58, "DVS", 6.9, margin=2.5)
    f.c("LITTLE BAY", "DVS-B", 12)
    f.c("ESPRESSO", "DVS-B", 9)
    f.c("Shop 3, 1 Anzac Pde, Little Bay NSW 2036")
    f.c("ABN 51 824 753 556")
    f.c("TAX INVOICE", "DVS-B")
    f.lr("Order #0457", "01/12/2026 08:17")
    f.rule()
    lines = [
        (item("Flat White L", 2, "5.50"), True),
        (item("Banana Bread", 1, "6.00"), True),
        (item("Smashed Avo Toast", 1, "18.50"), True),
        (item("Milk 2L ^", 1, "3.90"), False),
    ]
    for it, _g in lines:
        f.lr(f"{it['quantity']} {it['description']}", f"${fm(D(it['amount']))}")
    items = [it for it, _ in lines]
    sub = items_sum(items)
    sur = q2(sub * D("0.015"))
    items.append(item("Card Surcharge 1.5%", 1, sur))
    taxable = sum((D(it["amount"]) for it, g in lines if g), Z) + sur
    gst = contained(taxable, 10)
    total = sub + sur
    f.rule()
    f.lr("Subtotal", f"${fm(sub)}")
    f.lr("Card Surcharge 1.5%", f"${fm(sur)}")
    f.lr("TOTAL", f"${fm(total)}", "DVS-B", 10)
    f.l(f"Total includes GST ${fm(gst)}")
    f.l("^ GST-free item")
    f.gap(8)
    f.c("* * * * * * * * * * * * * * * *", size=6)
    f.c("EFTPOS CUSTOMER COPY", "DVM-B", 7)
    f.l("LITTLE BAY ESPRESSO", "DVM", 6.5)
    f.l("TERMINAL 77120045", "DVM", 6.5)
    f.l("MASTERCARD  CTLS  ...6604", "DVM", 6.5)
    f.lr("PURCHASE", f"AUD {fm(total)}", "DVM-B", 7.5)
    f.l("APPROVED 00  REF 004571", "DVM", 6.5)
    f.l("01DEC26 08:18", "DVM", 6.5)
    t = truth(
        "0457",
        "2026-12-01",
        None,
        "LITTLE BAY ESPRESSO",
        total - gst,
        gst,
        total,
        "AUD",
        "en-AU",
        "receipt",
        "receipt",
        items,
        "Australian 58 mm café 'TAX INVOICE' receipt: GST only as 'total includes', one "
        "GST-free item, card surcharge line, EFTPOS slip below",
    )
    return close_roll(f), t, "AU"


RECEIPTS = {
    f"r{i:02d}": fn
    for i, fn in enumerate(
        [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15], 1
    )
}
