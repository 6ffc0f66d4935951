"""Currencies as printed on invoices: ISO codes and symbols detected in a text, and a currency
inferred from the seller's country where none is printed. Pure and cheap, like :mod:`.parsing`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from invoice_scanner_processing.extractors.rules.vocabulary import (
    EURO_AREA_HINTS,
    LETTER_SYMBOL_NAMES,
)

__all__ = [
    "THOUSANDTHS_CURRENCIES",
    "detect_currency",
    "infer_currency",
    "yen_undecided",
]

_CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR",
    "£": "GBP",
    "$": "USD",
    "¥": "JPY",
    "₹": "INR",
    "zł": "PLN",
    "Kč": "CZK",
    "₽": "RUB",
    "₺": "TRY",
    "₩": "KRW",
    "Fr.": "CHF",
    "SFr.": "CHF",
}

#: ISO codes we accept standing alone in text. The full ISO list contains everyday words
#: (ALL, TOP, CUP, MOP), so only codes that invoices in our markets use are listed.
ISO_CODES = frozenset(
    (
        "EUR", "USD", "GBP", "SEK", "NOK", "DKK", "CHF", "PLN", "CZK", "HUF", "JPY", "CNY",
        "CAD", "AUD", "NZD", "ISK", "RON", "BGN", "TRY", "INR", "ZAR", "SGD", "HKD", "MXN", "BRL",
        "MYR", "THB", "IDR", "PHP", "AED", "SAR", "ILS", "KRW", "CNY", "TWD", "VND",
        # Latin America, Africa and South Asia. (Not the Gulf's QAR, KWD, BHD, OMR: such
        # capitals also occur inside codes, and "AED"/"SAR" already cover the usual cases.)
        "ARS", "CLP", "COP", "UYU", "KES", "NGN", "GHS", "EGP", "TZS", "UGX", "PKR", "LKR",
        # Eastern Europe and Central Asia. (Not "GEL", "RUB" or "ALL": words on a till; nor
        # "BAM": a firm's name, "BAM Infra Nederland B.V.".)
        "UAH", "KZT", "RSD", "MKD", "BYN", "MDL", "UZS", "AZN",
    )
)  # fmt: skip

# A code followed by a full stop and a word is an abbreviation ("MODA CAD. NO" is a street,
# *Caddesi*), not a currency; one hyphenated onto a word is that word's last part (a product
# name "BEN-U-RON", a code "XK-EUR"), not a currency either. "RON" before a petrol's octane
# number, a whole 91 to 100 ("RON95 @ 2.05/L", "RON 97"), is the fuel's grade as pumps in
# Malaysia, Indonesia or Thailand print it, not Romania's leu.
_CODE_RE = re.compile(
    r"(?<![A-Za-z])(?<![A-Za-z0-9]-)("
    + "|".join(sorted(ISO_CODES))
    + r")(?![A-Za-z])(?!\.\s?[A-Za-z])(?<!RON(?=\s?(?:9[1-9]|100)(?![\d.,])))"
)
_KR_RE = re.compile(r"(?<![A-Za-zÀ-ÿ])(?:kr|Kr|KR|:-)(?![A-Za-zÀ-ÿ])|\d,-(?!\d)")
#: A Dutch postcode whose letters are "KR" before its town ("2011 KR Haarlem"): no kronor.
#: Only where an address puts it, at the start of its line or after a comma ("Grote Markt 7,
#: 2011 KR Haarlem"): after a label, "Totalt 1250 KR Kort" is a Swedish till's sum in kronor.
_KR_POSTCODE_RE = re.compile(r"(?:^|,)[ \t]*[1-9]\d{3} KR (?=[A-Z][a-zà-ÿ]{2,})", re.MULTILINE)
_FR_RE = re.compile(r"(?<![A-Za-z])S?Fr\.")
# Letter symbols ("1 250,00 Kč", "99,00 zł") count only as whole words: "zł" and "Kč" are
# also the ends of ordinary words.
_WORD_SYMBOL_RE = re.compile(r"(?<![^\W\d_])(Kč|zł)(?![^\W\d_])")
#: Dollars with a country prefix ("S$ 24.31", "A$", "NZ$", "US$"), and other letter symbols
#: printed before or after amounts or in a total's label ("TOTAL (RM)", "Rs. 450", "450 円").
_PREFIXED_DOLLAR = {
    "S": "SGD", "SG": "SGD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD",
    "HK": "HKD", "US": "USD", "R": "BRL", "MX": "MXN", "NT": "TWD", "AR": "ARS", "CL": "CLP",
    "COL": "COP",
    # Canada's own spellings ("CDN$ 113.00", "Can$"): a country's prefix, not a misread "S".
    "CDN": "CAD", "Can": "CAD",
}  # fmt: skip
_PREFIXED_DOLLAR_RE = re.compile(
    r"(?<![A-Za-z])(" + "|".join(sorted(_PREFIXED_DOLLAR, key=len, reverse=True)) + r")\$"
)
_LETTER_SYMBOLS = {"RM": "MYR", "Rs": "INR", "Rs.": "INR", "円": "JPY", "￥": "JPY", "₱": "PHP",
                   "฿": "THB", "Rp": "IDR", "₪": "ILS", "₫": "VND", "₦": "NGN", "₴": "UAH",
                   "₵": "GHS", "৳": "BDT", "₭": "LAK", "៛": "KHR"}  # fmt: skip
_LETTER_SYMBOL_RE = re.compile(
    r"(?<![A-Za-z])(RM|Rs\.?|Rp)(?![A-Za-z])|(円|￥|₱|฿|₪|₫|₦|₴|₵|৳|₭|៛)"
)
#: Letter symbols and currency words that are ordinary letters or words elsewhere, so they
#: count only where they stand by an amount ("R 1 234,56", "2 400 Ft", "209.520 đ",
#: "1.250,00 TL", "P7,900.00") or are unmistakable words ("KSh", "Baht", "Naira"). A total's
#: label glued to the symbol by OCR ("TOTALKSH") still names it.
_AMOUNT_2DP = r"\d{1,3}(?:[ .,\u00a0]\d{3})*[.,]\d{2}(?!\d)"
#: A lone "R" or "P" before money is the rand or the Philippine peso only where the page names
#: no other currency: OCR also reads other signs as these letters ("₪" as "R").
_WEAK_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ZAR", re.compile(rf"(?<![A-Za-z$])R ?(?={_AMOUNT_2DP})")),
    ("PHP", re.compile(r"(?<![A-Za-z$])P ?(?=\d{1,3}(?:,\d{3})*\.\d{2}(?!\d))")),
    # The won sign as OCR reads it ("W28,100"): glued to a whole amount grouped by commas.
    ("KRW", re.compile(r"(?<![A-Za-z$])W(?=\d{1,3}(?:,\d{3})+(?![\d.,]))")),
    # Romania's leu by its plural after an amount ("-2.635,38 lei"): also what a Romanian
    # invoice in euros prints its VAT in, its exchange rate and its capital ("TVA în lei:
    # 4.277,28 lei", "Curs BNR 5,0920 lei", "Capital social 200 lei"), so only where the page
    # names no other currency. Not a firm's Legal Entity Identifier, its 20 letters and digits
    # after "LEI" ("HRB 84471 LEI 529900T8BM49AURSDO55", a register's footer).
    ("RON", re.compile(r"(?<=\d) ?(?:lei|LEI)\b(?![ \t]*[:#]?[ \t]*[0-9A-Z]{20}\b)")),
    # Bulgaria's lev ("3,00 лв.", "... лева"): in 2026 the euro's, with every price shown in
    # leva beside it ("1,53 € / 3,00 лв."), so only where the page names no other currency.
    ("BGN", re.compile(r"(?<=\d) ?лв\.?(?![^\W\d_])|(?i:\bлева\b)")),
)
#: Money in cents, and in thousandths (the Gulf's dinars and the Omani rial: "12.750").
_CENTS = r"\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.,])"
_MILLS = r"\d{1,3}(?:,\d{3})*\.\d{3}(?![\d.,])"
_CURRENCY_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("HUF", re.compile(r"(?<=\d) ?Ft\b|(?i:\bforint)")),
    ("VND", re.compile(r"(?<=\d) ?đ(?!\w)|(?<=\d\.\d{3}) ?d\b|(?i:\bđồng\b)")),
    ("TRY", re.compile(r"(?<=\d) ?TL\b|\bT[üu]rk [Ll]iras")),
    ("KES", re.compile(r"(?:(?<![A-Za-z])|(?<=TOTAL))(?:KShs?|Kshs?|KSHS?)(?![A-Za-z])")),
    ("THB", re.compile(r"\b[Bb]aht\b|\bBAHT\b")),
    # The Cyrillic names and signs of the money beside or after an amount: Ukraine's hryvnia
    # ("1 250,00 грн"), Kazakhstan's tenge ("... тенге 00 тиын", "₸"), Serbia's dinar ("дин."),
    # North Macedonia's denar ("ден."), Russia's rouble ("руб.", "₽"). Bulgaria's lev is a weak
    # sign (:data:`_WEAK_SIGNS`).
    ("UAH", re.compile(r"(?<=\d) ?грн\b|(?i:\bгривень\b|\bгривні\b|\bгривня\b)")),
    ("KZT", re.compile(r"₸|(?i:\bтенге\b)")),
    ("RSD", re.compile(r"(?<=\d) ?дин\.?(?![^\W\d_])|(?i:\bдинара\b|\bdinara\b)")),
    ("MKD", re.compile(r"(?<=\d) ?ден\.?(?![^\W\d_])|(?i:\bденари\b)")),
    ("RUB", re.compile(r"₽|(?<=\d) ?руб\.?(?![^\W\d_])|(?i:\bрублей\b)")),
    ("NGN", re.compile(r"\b[Nn]aira\b|\bNAIRA\b")),
    # money9: the yuan by its names ("RMB 1,200.00", "... yuan only" in a total in words);
    # the shekel as Israel's receipts print it in English or Hebrew ("NIS 140.00", ש"ח).
    ("CNY", re.compile(r"\bRMB\b|人民币|(?i:\byuan\s+only\b|(?<=\d)\s?yuan\b)")),
    ("ILS", re.compile(r"(?<![A-Za-z])NIS(?![A-Za-z])(?=\s?\d|\))|(?<=\d)\s?NIS\b|ש\"ח")),
    # Peru's sol by its sign beside an amount or closing a total's label ("TOTAL S/",
    # "S/ 9,656.00", the older "S/."), and by its name after an amount in words ("... CON
    # 40/100 SOLES"); never "S/N" (a serial number) or "S/B" (Malaysia's "Sdn Bhd"). Its
    # code is an English word ("PEN GEL 0.5"): only after an amount or "Moneda".
    (
        "PEN",
        re.compile(
            r"(?<![A-Za-z/])S/\.?(?=\s?\d|\s*$)|(?<=\d) ?PEN\b|(?i:\bmoneda\s*:?\s*)PEN\b"
            r"|(?i:/100\s+soles\b|\bmoneda\s*:?\s*soles\b|\bnuevos\s+soles\b)",
            re.M,
        ),
    ),
    # The Gulf's and North Africa's money by its code beside an amount or closing a total's
    # label ("TOTAL QAR", "KWD 12.750", "1,519.50 QAR"), or by its own sign before one:
    # the riyals' "QR" and "R.O." before money in cents or in baisa, the dinar's "KD",
    # "BD", "JD" and "DT" before or after money in fils or millimes ("KD 12.750"). The codes
    # alone are capitals inside other codes, so only beside money.
    *(
        (
            code,
            re.compile(
                rf"(?<![A-Za-z]){code}(?![A-Za-z])(?=\s?\d)|(?<=\d)\s?{code}\b"
                rf"|(?i:\btotal\b)\s*\(?{code}\)?(?![A-Za-z])"
                + (rf"|(?<![A-Za-z.])(?:{sign})\s?(?={money})" if sign else "")
                + (rf"|(?<![\d.,]){money} ?(?:{after})(?![A-Za-z])" if after else "")
            ),
        )
        # The code, its sign before money, the money it counts, and the sign printed after
        # money (only the dinars' and the rial's). Not the Saudi riyal's "SR": Malaysian tills
        # print the tax code "SR" after each line's amount and before the GST summary's.
        for code, sign, money, after in (
            ("QAR", "QR", _CENTS, ""),
            ("SAR", "", "", ""),
            ("OMR", r"R\.\s?O\.?|RO", _MILLS, r"R\.\s?O\."),
            ("KWD", "KD", _MILLS, "KD"),
            ("BHD", "BD", _MILLS, "BD"),
            ("JOD", "JD", _MILLS, "JD"),
            ("TND", "DT", r"\d{1,3}(?:[ .]\d{3})*,\d{3}(?![\d.,])", "DT"),
            ("EGP", "E£", r"\d", ""),
            ("MAD", "", "", ""),
        )
    ),
    # Uruguay's peso by its own sign ("$U 1.250,00", "Total $U").
    ("UYU", re.compile(r"\$\s?U(?![A-Za-z])")),
    # The euro by its word where it marks money: after an amount or a total's label, before an
    # amount ("TOTALE EURO 10,90", "12,50 euro", "Montant en euros"), never a name's "Euro".
    (
        "EUR",
        re.compile(
            r"(?i:(?<=\d)\s?euros?\b|\beuros?\s?:?\s?(?=\d)"
            r"|\b(?:totale?|total[ea]|importo|montant|betrag|summe|amount|en|in)\s+euros?\b)"
        ),
    ),
)
#: New Zealand's GST number, an IRD number printed in three groups ("GST Reg No: 121-557-903",
#: or right after the tax's name on a till's header: "… Grocer Ltd GST 126-449-801").
_NZ_GST_NUMBER = (
    r"(?i:\bGST\s*(?:(?:Reg(?:istration)?\.?\s*)?(?:No|Number|#)\.?\s*)?:?\s*\d{2,3}-\d{3}-\d{3}\b)"
)
#: Where a bare "$" is not the US dollar: the country's own words, tax names, ids, phones.
_DOLLAR_COUNTRIES = {
    "USD": re.compile(r"\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b|\bUSA\b|\bUnited States\b|(?i:sales tax)"),
    "AUD": re.compile(r"\b(?:Australia|ABN|A\.B\.N\.|NSW|VIC|QLD|\+61)\b", re.I),
    "CAD": re.compile(
        r"\b(?:Canada|HST|PST|QST|TPS|TVQ|\d{9}RT\d{4}|British Columbia|Ontario"
        r"|Qu[ée]bec|Alberta|[A-Z]\d[A-Z] \d[A-Z]\d)\b"
    ),
    "NZD": re.compile(
        r"\b(?:New Zealand|Aotearoa|IRD|NZBN|\+64|Auckland|Wellington|Christchurch"
        rf"|Dunedin|Hamilton \d{{4}}|Tauranga)\b|\.co\.nz\b|\.nz\b|{_NZ_GST_NUMBER}",
        re.I,
    ),
    # "Pte. Ltd." is Singapore's private company (India writes "Pvt", Malaysia "Sdn Bhd").
    "SGD": re.compile(r"\b(?:Singapore|UEN|\+65)\b|\bPte\.?\s?Ltd\b", re.I),
    "HKD": re.compile(r"\b(?:Hong Kong|\+852)\b", re.I),
    # Mexico: its name, tax ids and e-invoice, "M.N.", and its capital and largest cities and
    # states as addresses print them ("Ignacio Allende s/n, CDMX").
    "MXN": re.compile(
        r"\b(?:M[ée]xico|RFC|CFDI|\+52|CDMX|Guadalajara|Monterrey|Jalisco|Nuevo\s+Le[óo]n"
        r"|Quer[ée]taro|Canc[úu]n|Quintana\s+Roo|Tijuana|Yucat[áa]n|Oaxaca|Veracruz)\b"
        r"|\bM\.\s?N\.",
        re.I,
    ),
    "ARS": re.compile(
        r"\b(?:Argentina|C\.?U\.?I\.?T|AFIP|ARCA|Ingresos Brutos|Ing\. Brutos"
        r"|Responsable Inscripto|Consumidor Final|Buenos Aires|\+54)\b",
        re.I,
    ),
    # "Chile" the country, not Mexico's chili pepper on a market's or a taquería's lines
    # ("Chile serrano", "chile en nogada", "CHILE POBLANO"): no word in small letters, and
    # no pepper's name, after it.
    "CLP": re.compile(
        r"\b(?:Chile(?!(?-i:[ \t]+[a-záéíóúñ])|[ \t]+(?:serrano|poblano|jalape\w*|habanero"
        r"|guajillo|ancho|chipotle|pasilla|de\s+[áa]rbol|en\s+nogada|rellen\w*|con\s+carne"
        r"|verde|rojo|morr[óo]n|manzano|seco)\b)"
        r"|R\.U\.T\.?|RUT|S\.I\.I|SII|sii\.cl|Boleta Electr[óo]nica|\+56)(?!\w)",
        re.I,
    ),
    # Colombia: its name, tax office and cities, its VAT regime ("Responsable de IVA",
    # "Régimen común"), the DIAN's title of an e-invoice ("Factura electrónica de venta") and a
    # company's NIT as it is written ("NIT 900.487.215-3").
    "COP": re.compile(
        r"\b(?:Colombia|DIAN|Bogot[áa]|Medell[íi]n|Barranquilla|Bucaramanga|\+57"
        r"|Responsable de IVA|R[ée]gimen com[úu]n|Factura electr[óo]nica de venta)\b"
        r"|\bNIT:?\s?\d{3}\.\d{3}\.\d{3}-\d\b",
        re.I,
    ),
    # Uruguay: its name and capital, its tax office (DGI), its e-invoices' titles ("e-Ticket",
    # "e-Factura") and its RUT of twelve digits ("RUT 21 345678 0019"; Chile's has a check
    # digit after a dash, "76.123.456-7").
    "UYU": re.compile(
        r"\b(?:Uruguay|Montevideo|DGI|e-Ticket|e-Factura|\+598)\b"
        r"|\bRUT:?\s?\d{2}\s?\d{6}\s?\d{4}\b",
        re.I,
    ),
}
#: Words a bare "$" shares among countries: "IVA" is Mexico's where nothing else names one.
#: "GST incl." is Australia's more often than not, but Singapore and New Zealand print it too:
#: it decides only where no country is named.
_DOLLAR_WEAK = {
    "MXN": re.compile(r"\bIVA\b", re.I),
    "AUD": re.compile(r"\bGST\b.*\bincl", re.I),
}
#: Where a "¥" is the yuan rather than the yen (money9). The sign is both; Chinese invoices
#: (fapiao) name their country, its tax ids and words, Japanese ones theirs. Where neither
#: is named the sign stays the yen, but :func:`yen_undecided` tells a caller to doubt it.
_YEN_COUNTRIES = {
    "CNY": re.compile(
        r"\b(?:China|PRC|P\.R\.C\.?|RMB|CNY|[Yy]uan|Renminbi|[Ff]apiao|Unified Social Credit"
        r"|Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Suzhou|Tianjin|Chengdu|Chongqing"
        r"|Wuhan|Nanjing|Xiamen|Dongguan|Ningbo|Qingdao|Guangdong|Zhejiang|Jiangsu)\b"
        r"|\+86\b|人民币|发票|增值税|有限公司|\d元",
    ),
    "JPY": re.compile(
        r"\b(?:Japan|JPY|Nippon|Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Kobe|Sapporo|Fukuoka"
        r"|Kanagawa|Saitama|Chiba|Hyogo|Aichi|K\.K\.|Kabushiki|[Gg]odo [Kk]aisha"
        r"|Shohizei|[Cc]onsumption [Tt]ax)\b|\+81\b|円|東京|大阪|株式会社|消費税|〒"
        r"|\bT\d{13}\b",
    ),
}


def _yen_scores(context: str) -> dict[str, int]:
    return {code: len(rx.findall(context)) for code, rx in _YEN_COUNTRIES.items()}


def _yen_currency(context: str) -> str:
    """The currency a "¥" means: the yuan where the page's Chinese evidence outweighs its
    Japanese, else the yen."""
    scores = _yen_scores(context)
    return "CNY" if scores["CNY"] > scores["JPY"] else "JPY"


def yen_undecided(context: str) -> bool:
    """Whether a page's "¥" could be the yen or the yuan alike: neither country named, or
    both as much."""
    scores = _yen_scores(context)
    return scores["CNY"] == scores["JPY"]


#: The ISO codes of the currencies a bare "$" may stand for.
_DOLLAR_CODE_RE = re.compile(
    r"(?<![A-Za-z])(USD|AUD|CAD|NZD|SGD|HKD|MXN|ARS|CLP|COP|UYU|TWD|BRL)(?![A-Za-z])"
)

#: A "$" glued to letters is a misread letter ("LTD. $TI." for ŞTİ.), not a dollar; so is
#: one between a letter's full stop and its own ("A.$." for Turkey's "A.Ş.").
_BARE_DOLLAR_RE = re.compile(r"(?<![A-Za-z]\.)\$(?![A-Za-z])")

#: A "$" glued after letters that name no dollar ("SM$ 0812…" for "SMS", "PAJAK$"): a misread
#: S at a word's end, not a dollar; a country's prefix before it ("S$", "NZ$") is a dollar.
_GLUED_DOLLAR_RE = re.compile(r"(?<![A-Za-z.])([A-Za-z]+)\$(?![A-Za-z])")

#: What tells the crowns apart ("kr", "kr.", ":-"): each country's own words, ids, payment
#: schemes, legal forms and phone codes (two points each), and the letters only its language
#: writes (one point each, counted once): Swedish "ä"/"ö", Danish and Norwegian "æ"/"ø",
#: Icelandic "þ"/"ð". "Moms" is Swedish and Danish VAT alike; Norway's is "mva". The words in
#: any case; the legal forms and Iceland's id number as printed ("AB", "AS", "ApS", "hf.",
#: "Kt. 540912-1230"): in another case they are English or German words ("as", "ab").
_KR_HINTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "SEK",
        re.compile(
            r"(?i:\b(?:sverige|bankgiro|plusgiro|momsreg\w*|fakturanummer|förfallodatum"
            r"|att betala|kvitto|swish|öre|SE\d{10}01)\b)|\bAB\b|\+46\b"
        ),
    ),
    (
        "NOK",
        re.compile(
            r"(?i:\b(?:norge|mva|foretaksregisteret|forfallsdato|beløp|vipps|bankaxept"
            r"|å betale|NO\d{9}\s?MVA)\b)|\bAS\b|\+47\b"
        ),
    ),
    (
        "DKK",
        re.compile(
            r"(?i:\b(?:danmark|cvr|betalingsdato|forfaldsdato|beløb|dankort|mobilepay|i alt"
            r"|heraf|ekskl|DK\d{8})\b)|\bA/S\b|\bApS\b|\+45\b"
        ),
    ),
    (
        "ISK",
        re.compile(
            r"(?i:\b(?:ísland|iceland|kennitala|vsk|samtals|kvittun|reykjavík|reykjavik"
            r"|kópavogur|hafnarfjörður|akureyri)\b)|\b[Kk]t\.\s?\d{6}-?\d{4}\b"
            r"|\behf\.?(?!\w)|\bhf\.|\+354\b"
        ),
    ),
)
_KR_LETTERS = {"SEK": "äÄöÖ", "NOK": "æÆøØ", "DKK": "æÆøØ", "ISK": "þÞðÐöÖ"}


def _currency_of(token: str | None) -> str | None:
    if not token:
        return None
    token = token.strip()
    if token in ISO_CODES:
        return token
    if token in ("kr", "kr.", ":-"):
        return "SEK"
    return _CURRENCY_SYMBOLS.get(token)


def _kr_currency(text: str) -> str:
    """The crown a "kr" means by :data:`_KR_HINTS`; the Swedish one where nothing tells."""
    scores = {code: 2 * len(rx.findall(text)) for code, rx in _KR_HINTS}
    for code, letters in _KR_LETTERS.items():
        scores[code] += any(c in text for c in letters)
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else "SEK"


def _dollar_currency(context: str) -> str:
    """The dollar a bare ``$`` means: the one whose country the document names (or whose
    prefixed dollar it prints elsewhere, "NZ$"), else one its shared words suggest, else USD."""
    scores = {code: 10 * len(rx.findall(context)) for code, rx in _DOLLAR_COUNTRIES.items()}
    for m in _PREFIXED_DOLLAR_RE.finditer(context):
        code = _PREFIXED_DOLLAR[m.group(1)]
        scores[code] = scores.get(code, 0) + 10
    # A dollar's ISO code printed elsewhere on the page ("Total (NZD)", "Amounts in CAD")
    # names the dollar its bare "$" signs mean (money9).
    for m in _DOLLAR_CODE_RE.finditer(context):
        scores[m.group(1)] = scores.get(m.group(1), 0) + 10
    for code, rx in _DOLLAR_WEAK.items():
        scores[code] = scores.get(code, 0) + len(rx.findall(context))
    best = max(scores, key=lambda k: (scores[k], k == "USD"))
    return best if scores[best] else "USD"


def detect_currency(
    text: str, context: str | None = None, *, seller: str | None = None
) -> str | None:
    """The ISO 4217 code an invoice text is priced in, from codes and symbols, or ``None``.

    Explicit ISO codes win over symbols; the most frequent one wins. ``kr`` (and the Swedish
    ``:-``) is SEK, NOK or DKK by the surrounding text (country names, VAT-id prefixes, local
    words such as *moms*/*mva*/*CVR*); ``S$``/``A$``/``NZ$`` name their dollar, and a bare
    ``$`` is the dollar of the country the document (``context``, default ``text``) names,
    else USD; ``Fr.`` is CHF, ``RM`` MYR. "lei" is Moldova's leu where the seller's side of
    the page (``seller``, default the ``context``) names Moldova, else Romania's.
    """
    if not text:
        return None
    code = _detect(text, context)
    if code is not None:
        return code
    if context is not None and context != text and _detect(context, context) is not None:
        return None
    counts: dict[str, int] = {}
    for code, rx in _WEAK_SIGNS:
        n = len(rx.findall(text))
        if n:
            country = seller if seller is not None else context
            if code == "RON" and _MOLDOVA.search(country if country is not None else text):
                code = "MDL"  # Moldova's leu, whose plural is "lei" too
            counts[code] = n
    return max(counts, key=lambda k: counts[k]) if counts else None


@lru_cache(maxsize=256)
def _detect(text: str, context: str | None) -> str | None:
    """:func:`detect_currency` by codes, sure symbols and words, without the weak signs."""
    counts: dict[str, int] = {}
    # The counting order decides ties (the first counted wins), so codes come first.
    prefixed = _count_codes(text, counts, context)
    _count_symbols(text, context, prefixed, counts)
    if not counts:
        return None
    return max(counts, key=lambda k: counts[k])


def _spelled_out(text: str, start: int, end: int) -> bool:
    """Whether the letters at ``start:end`` are an abbreviation in brackets right after the
    words it abbreviates ("au répertoire des métiers (RM)", "Registre du Commerce (RC)"): the
    initials of the last long words before it spell it, so it names them, no currency."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    letters = [c for c in text[start:end].lower() if c.isalpha()]
    words = [
        w for w in re.findall(r"[^\W\d_]+", text[max(0, start - 80) : start - 1]) if len(w) > 3
    ]
    named = [w.lower() for w in words[-len(letters) :]]
    if any(w in LETTER_SYMBOL_NAMES for w in named):
        return False
    return len(words) >= len(letters) and [w[0] for w in named] == letters


#: "RM" that is no ringgit: Rome's province code in brackets after a postcode and town
#: ("00186 Roma (RM)"), Indonesia's "RM." for a restaurant ("Rumah Makan") before its name,
#: and a register's number ("REA RM-1190443").
_NOT_RINGGIT = (
    re.compile(r"\b\d{5}\b[^\n\d]*\(RM\)$"),
    re.compile(r"^RM\.\s*[^\W\d_]"),
    re.compile(r"^RM-\d{5,}(?![.,]\d)"),
)


def _not_ringgit(text: str, start: int, end: int) -> bool:
    """Whether the "RM" at ``start:end`` of ``text`` is one of :data:`_NOT_RINGGIT`."""
    line_end = text.find("\n", start)
    before = text[text.rfind("\n", 0, start) + 1 : end + 1]
    after = text[start : line_end if line_end >= 0 else len(text)]
    return bool(
        _NOT_RINGGIT[0].search(before)
        or _NOT_RINGGIT[1].match(after)
        or _NOT_RINGGIT[2].match(after)
    )


#: The standard pallet's name beside "EUR" ("Paleta vratná EUR", "EUR-Palette", "EUR pallet";
#: "Europalette" is one word): a pallet charged or returned on a line, no currency. Up to two
#: words may stand between the pallet and its "EUR" ("Paleta vratná EUR").
_PALLET_BEFORE = re.compile(
    r"\bpal+et+\w*(?:[ \t,]+[^\W\d_]+){0,2}[ \t]*[-:]?[ \t]*$", re.IGNORECASE
)
_PALLET_AFTER = re.compile(r"[ \t]*-?[ \t]*pal+et", re.IGNORECASE)


def _pallet(text: str, m: re.Match[str]) -> bool:
    """Whether the code ``m`` is a pallet's name (:data:`_PALLET_BEFORE`)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(
        _PALLET_BEFORE.search(text[line_start : m.start()]) or _PALLET_AFTER.match(text, m.end())
    )


def _count_codes(text: str, counts: dict[str, int], context: str | None = None) -> int:
    """ISO codes and prefixed dollars (2 each), letter symbols (1) into ``counts``; how many
    prefixed dollars there were."""
    for m in _CODE_RE.finditer(text):
        if m.group(1) == "EUR" and _pallet(text, m):
            continue
        counts[m.group(1)] = counts.get(m.group(1), 0) + 2
    prefixed = 0
    for m in _PREFIXED_DOLLAR_RE.finditer(text):
        code = _PREFIXED_DOLLAR[m.group(1)]
        counts[code] = counts.get(code, 0) + 2
        prefixed += 1
    for m in _LETTER_SYMBOL_RE.finditer(text):
        if m.group(1) and _spelled_out(text, m.start(), m.end()):
            continue
        if m.group(1) == "RM" and _not_ringgit(text, m.start(), m.end()):
            continue
        code = _LETTER_SYMBOLS[m.group(1) or m.group(2)]
        if m.group(2) == "￥":  # the full-width sign: the yen or the yuan, as "¥"
            code = _yen_currency(context if context is not None else text)
        counts[code] = counts.get(code, 0) + 1
    for code, rx in _CURRENCY_WORDS:
        n = len(rx.findall(text))
        if n:
            counts[code] = counts.get(code, 0) + n
    return prefixed


#: Moldova, whose leu is "lei" too: its name as a country, capital, company number (IDNO),
#: IBAN and code. The name counts as the country only after "Republica" or a
#: comma and with no word after it ("Bălți, Moldova"): Romania names its eastern region,
#: towns, streets and firms so too ("Moldova Nouă, jud. Caraș-Severin", "Str. Moldova 5").
_MOLDOVA = re.compile(
    r"(?:\bRepublica\s+|\bRepublic\s+of\s+|\bRep\.\s*|,\s*)Moldova\b(?![ \t]*[^\W\d_])"
    r"|\bChi[șşs]in[ăa]u\b|\bIDNO\b|\bMD\d{2}\s?[A-Z]{2}|\bMDL\b"
)


def _count_symbols(text: str, context: str | None, prefixed: int, counts: dict[str, int]) -> None:
    """Bare dollars, one-character and word symbols, ``Fr.`` and ``kr`` into ``counts``."""
    misread = sum(m.group(1) not in _PREFIXED_DOLLAR for m in _GLUED_DOLLAR_RE.finditer(text))
    bare_dollars = len(_BARE_DOLLAR_RE.findall(text)) - prefixed - misread
    if bare_dollars > 0:
        code = _dollar_currency(context if context is not None else text)
        counts[code] = counts.get(code, 0) + bare_dollars
    for symbol, code in _CURRENCY_SYMBOLS.items():
        if len(symbol) == 1 and symbol != "$" and symbol in text:
            if symbol == "¥":
                code = _yen_currency(context if context is not None else text)
            counts[code] = counts.get(code, 0) + text.count(symbol)
    for m in _WORD_SYMBOL_RE.finditer(text):
        code = _CURRENCY_SYMBOLS[m.group(1)]
        counts[code] = counts.get(code, 0) + 1
    if _FR_RE.search(text):
        counts["CHF"] = counts.get("CHF", 0) + 1
    kr = len(_KR_RE.findall(text)) - len(_KR_POSTCODE_RE.findall(text))
    if kr > 0:
        code = _kr_currency(context if context is not None else text)
        counts[code] = counts.get(code, 0) + kr


_EURO_COUNTRIES = (
    "AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "EL", "HR", "IE", "IT", "LT", "LU",
    "LV", "MT", "NL", "PT", "SI", "SK",
)  # fmt: skip
_COUNTRY_CURRENCY = {
    **dict.fromkeys(_EURO_COUNTRIES, "EUR"),
    "GB": "GBP", "CH": "CHF", "LI": "CHF", "SE": "SEK", "NO": "NOK", "DK": "DKK", "PL": "PLN",
    "CZ": "CZK", "HU": "HUF", "RO": "RON", "BG": "BGN", "IS": "ISK",
}  # fmt: skip
#: Country names as invoices print them (in their own and in English), by ISO country code.
_COUNTRY_NAMES = {
    "IE": "ireland|éire|eire", "DE": "deutschland|germany", "AT": "österreich|austria",
    "FR": "france", "BE": "belgique|belgië|belgie|belgium", "NL": "nederland|netherlands",
    "ES": "españa|espana|spain", "IT": "italia|italy", "PT": "portugal", "FI": "suomi|finland",
    "LU": "luxembourg", "GR": "greece|ελλάδα", "SK": "slovensko|slovakia",
    "SI": "slovenija|slovenia", "EE": "eesti|estonia", "LV": "latvija|latvia",
    "LT": "lietuva|lithuania", "HR": "hrvatska|croatia", "MT": "malta", "CY": "cyprus",
    "GB": "united kingdom|england|scotland|wales|great britain",
    "CH": "schweiz|suisse|svizzera|switzerland", "SE": "sverige|sweden", "NO": "norge|norway",
    "DK": "danmark|denmark", "PL": "polska|poland", "CZ": "česko|česká republika|czech republic",
    "HU": "magyarország|hungary",
}  # fmt: skip
_COUNTRY_NAME_RE = {
    code: re.compile(rf"(?<![^\W\d_])(?:{names})(?![^\W\d_])", re.IGNORECASE)
    for code, names in _COUNTRY_NAMES.items()
}
#: A VAT id or IBAN starts with its country's code: "IE6388047V", "ATU12345678", "DE89 3704...";
#: also where OCR glued it to its label's number word ("BTW nrNL8612...", "USt-IdNrDE1234...").
_ID_COUNTRY_RE = re.compile(
    r"(?:(?<![A-Za-z0-9])|(?<=[Nn]r|[Nn]o|I[Dd]|id))("
    + "|".join(sorted(_COUNTRY_CURRENCY))
    + r")(?=U?\s?\d[\d\s]{6,})"
)


#: The states' postal codes of the United States (and DC), as an address line prints them
#: between the city and the ZIP code.
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)

#: A US address line: a city, its state's code and a ZIP code ("Austin TX 78704", "Dayton, OH
#: 45402-1234"); Europe prints the postal code before the city. It also tells a page printed
#: in the US (month-first dates, ``model._Doc``). A scan's speck that OCR reads as a dot or
#: comma before the ZIP code ("Austin TX .78704") leaves it an address.
US_ADDRESS = re.compile(
    rf"(?<![^\W\d_])[A-Z][a-z]+,?\s(?:{_US_STATES})\s[.,]?\d{{5}}(?:-\d{{4}})?(?!\d)"
)

#: Countries outside Europe that invoices often leave unnamed: their tax ids and addresses.
_OTHER_COUNTRY_HINTS = {
    "USD": re.compile(
        r"\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b(?=.*(?:sales tax|USA|United States))"
        r"|\bUSA\b|\bUnited States\b|(?i:\bsales tax\b)"
        rf"|{US_ADDRESS.pattern}"
        # A till's header prints the city in capitals ("AUSTIN TX 78756").
        rf"|(?<![^\W\d_])[A-Z]{{3,}}(?:\s[A-Z]{{3,}})?,?\s(?:{_US_STATES})\s\d{{5}}(?:-\d{{4}})?(?!\d)"
        # A city and its state's code with no ZIP code, then the store's phone number as the
        # US writes it ("Framingham MA (508) 555-0199").
        rf"|(?<![^\W\d_])[A-Z][A-Za-z]+,?\s(?:{_US_STATES})\s+\(\d{{3}}\)\s?\d{{3}}-\d{{4}}(?!\d)",
        re.S,
    ),
    "INR": re.compile(r"\bGSTIN\b|\bIndia\b|\bCGST\b|\bSGST\b|\bIGST\b"),
    "AUD": re.compile(r"\bABN\b|\bAustralia\b"),
    # Canada also by its business number printed in groups ("80731 4462 RT0001") and by a
    # province's code before a postal code ("Nanaimo BC V9T 6N8"), which no other country has.
    "CAD": re.compile(
        r"\bCanada\b|\bHST\b|\b\d{9}\s?RT\s?\d{4}\b|\b\d{5}\s\d{4}\s?RT\s?\d{4}\b"
        # Québec's sales tax and its registration number ("TVQ / QST 1219876543 TQ0001").
        r"|\bTVQ\b|\b\d{10}\s?TQ\s?\d{4}\b"
        r"|\b(?:BC|AB|SK|MB|ON|QC|NB|NS|PE|NL|YT|NT|NU)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"
    ),
    # New Zealand: its name, business number, tax office, web domain, and its GST number,
    # its GST number (:data:`_NZ_GST_NUMBER`); Australia's is an ABN.
    "NZD": re.compile(
        r"\bNew Zealand\b|\bNZBN\b|\bIRD\b|\.co\.nz\b"
        rf"|{_NZ_GST_NUMBER}"
    ),
    # Malaysia's company forms ("SDN BHD", "S/B", "Berhad") and its company numbers
    # printed after the name ("(773104-U)").
    "MYR": re.compile(
        r"\bMalaysia\b|(?i:\bSdn\.?\s?Bhd\b|\bBerhad\b)|\bS/B\b|\bSST\b|\(\d{5,7}-[A-Z]\)"
    ),
    # Singapore also by its postal code as addresses print it after the street ("S(168898)").
    "SGD": re.compile(r"\bSingapore\b|\bUEN\b|(?i:\bPte\.?\s?Ltd\b)|\bS\s?\(\d{6}\)"),
    "JPY": re.compile(r"[円¥￥]|東京|大阪|株式会社"),
    # Thailand also by its abbreviated tax invoice ("TAX INVOICE (ABB)", "TAX INV.(ABB)"),
    # the word for a lane in its addresses ("Soi 22") and the baht in Thai (money9); the
    # abbreviation in capitals, or in any case after "Tax Invoice" ("Receipt / Tax Invoice
    # (Abb.)"; a German "(Abb.)" is a figure).
    "THB": re.compile(
        r"\bThailand\b|\bBangkok\b|\(ABB\)|(?i:tax\s+inv\w*\.?\s*\(abb\.?\))"
        r"|\b[Ss]oi\b|\bSOI\b|บาท"
    ),
    # Israel: its cities and the shekel's names (money9).
    "ILS": re.compile(r"\bIsrael\b|\bTel[\s-]?Aviv|\bJerusalem\b|\bHaifa\b|\bNIS\b|ש\"ח|₪"),
    # The Philippines' sales invoices: the seller's "VAT REG TIN", the tax office's "BIR
    # Permit No." / "BIR Accreditation" (never "BIR" alone: beer in Indonesian, Malay and
    # Turkish), the VAT block's "VATable
    # Sales" / "VAT-Exempt Sales", the senior citizens' and disabled persons' "SC/PWD"
    # discount and the tax office's permit to use the till ("PTU No.").
    "PHP": re.compile(
        r"\bPhilippines\b|\bBIR\s+(?:Permit|Accr|Reg|TIN|No)|\bMetro Manila\b"
        r"|\bVAT\s?REG\.?\s?TIN\b"
        r"|(?i:\bVATable\s+Sales\b|\bVAT-Exempt\s+Sales\b)|\bSC/PWD\b|\bPTU\s?No\b"
    ),
    # Indonesia: the taxpayer number (NPWP), its VAT (PPN) and a listed company's "Tbk".
    "IDR": re.compile(r"\bIndonesia\b|\bNPWP\b|\bPPN\b|\bTbk\b"),
    "ZAR": re.compile(r"\bSouth Africa\b|\(Pty\) Ltd\b"),
    # Turkey: its VAT (KDV, a fiş's "TOPKDV" total of it), the tax office before the tax
    # number ("KADIKÖY V.D. 1234567890") and the limited company's "Ltd. Şti.".
    "TRY": re.compile(
        r"\bT[üu]rkiye\b|\bTurkey\b|\b(?:TOP)?KDV\b|\bV\.\s?D\.\s?\d{10}\b"
        r"|(?i:\bLtd\.?\s?[ŞS]t[iİíÍı]\b)"
    ),
    "KES": re.compile(r"\bKenya\b|\bNairobi\b|\bM-PESA\b"),
    "NGN": re.compile(r"\bNigeria\b|\bLagos\b|\bAbuja\b"),
    # Vietnam: its VAT by its own initials (thuế GTGT, "Thuế suất GTGT"), the country's name
    # and its two largest cities.
    "VND": re.compile(
        r"\bGTGT\b|\bVi[ệe]t\s?Nam\b|(?i:\bvietnam\b)|\bH[àa] N[ộo]i\b|\bH[ồo] Ch[íi] Minh\b"
    ),
}

#: European countries outside the euro that a till or invoice names only by its own ids and
#: words: Denmark's company register (CVR) and "ApS", Norway's "Org.nr ... MVA" and giro KID,
#: Romania's county ("JUD.") and "BON FISCAL", Poland's "PARAGON FISKALNY" and "Sp. z o.o.",
#: Czechia's "DIČ: CZ", Hungary's "Adószám" and "Kft."/"Zrt.".
_OTHER_COUNTRY_HINTS.update(
    {
        "DKK": re.compile(r"\bCVR\b|\bApS\b"),
        "NOK": re.compile(r"\bOrg\.?\s?nr\.?:?\s?\d{3}\s?\d{3}\s?\d{3}\s?MVA\b|\bKID\b"),
        "RON": re.compile(r"\bJUD\.|\bBON FISCAL\b|\bRom[aâ]nia\b"),
        "PLN": re.compile(r"\bPARAGON FISKALNY\b|\bSp\.\s?z\s?o\.\s?o\."),
        "HUF": re.compile(r"\bAdószám\b|\bKft\.|\bZrt\."),
        # The euro area's own tax and company words (:data:`.vocabulary.EURO_AREA_HINTS`).
        "EUR": re.compile("|".join(EURO_AREA_HINTS)),
    }
)


def infer_currency(text: str) -> str | None:
    """The currency of the country a text without any currency names: VAT ids and IBANs
    (their country prefix) count twice, country names once. ``None`` when nothing points
    anywhere. A guess: callers mark it as inferred and trust it less."""
    votes: dict[str, int] = {}
    for m in _ID_COUNTRY_RE.finditer(text):
        code = _COUNTRY_CURRENCY[m.group(1)]
        votes[code] = votes.get(code, 0) + 2
    for country, rx in _COUNTRY_NAME_RE.items():
        n = len(rx.findall(text))
        if n:
            code = _COUNTRY_CURRENCY[country]
            votes[code] = votes.get(code, 0) + n
    for code, rx in _OTHER_COUNTRY_HINTS.items():
        n = len(rx.findall(text))
        if n:
            votes[code] = votes.get(code, 0) + n
    if not votes:
        return None
    return max(votes, key=lambda k: votes[k])


#: Currencies counted in thousandths, by the mark before the thousandths: the dinars of Kuwait,
#: Bahrain, Jordan, Libya and Iraq and the Omani rial with a point ("KD 12.750"), Tunisia's
#: dinar with a comma ("12,495 DT").
THOUSANDTHS_CURRENCIES = {
    "KWD": ".", "BHD": ".", "JOD": ".", "LYD": ".", "IQD": ".", "OMR": ".", "TND": ",",
}  # fmt: skip

#: Currencies whose prices are whole units in practice (no cents printed): an amount marked
#: by one of them is money without decimals ("¥4,180", "₩12,000").
WHOLE_CURRENCIES = frozenset(
    {"JPY", "KRW", "VND", "IDR", "CLP", "ISK", "PYG", "UGX", "COP", "HUF", "TWD", "XOF", "XAF"}
)
