"""Draw an invoice's data and presentation from a seed.

Every random choice comes from one ``random.Random`` seeded with the document seed, drawn in a
fixed order, so the same seed always gives the same invoice. Arithmetic is Decimal, rounded half
up per line and once for VAT, exactly as an invoicing program would.
"""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from bench.invoicegen import pools
from bench.invoicegen.locales import LOCALES, LocaleSpec
from bench.invoicegen.model import Invoice, Line, Party, Style
from invoice_scanner_processing.schema import CENT

_START = date(2022, 1, 1)
_SPAN_DAYS = 4 * 365
_LANG_GOODS = {"en": "en", "de": "de", "fr": "fr", "sv": "sv", "es": "es", "nl": "nl", "it": "it"}
_ACCENTS = ((0.1, 0.2, 0.45), (0.0, 0.35, 0.3), (0.45, 0.1, 0.1), (0.2, 0.2, 0.2), (0.0, 0.3, 0.6))


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _digits(rng: random.Random, pattern: str) -> str:
    """``pattern`` with every ``#`` replaced by a random digit."""
    return "".join(rng.choice(string.digits) if ch == "#" else ch for ch in pattern)


def _ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())[:16] or "mail"


def iban(rng: random.Random, country: str) -> str | None:
    """A syntactically valid IBAN (ISO 13616 mod-97 check digits), grouped in fours."""
    pattern = pools.IBAN_FORMATS.get(country)
    if pattern is None:
        return None
    bban = _digits(rng, pattern)
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def vat_id(rng: random.Random, country: str) -> str:
    patterns = {
        "US": "##-#######",
        "GB": "GB### #### ##",
        "DE": "DE#########",
        "FR": "FR###########",
        "SE": "SE############",
        "ES": "ESB########",
        "NL": "NL#########B01",
        "IT": "IT###########",
    }
    value = _digits(rng, patterns[country])
    return value[:-2] + "01" if country == "SE" else value


def _party(rng: random.Random, country: str, company: bool) -> Party:
    if company:
        stem = rng.choice(pools.NAME_STEMS[country])
        form = rng.choice(pools.LEGAL_FORMS[country])
        shape = rng.random()
        if shape < 0.55:
            name = f"{stem} {rng.choice(pools.TRADES[country])} {form}"
        elif shape < 0.8:
            name = f"{stem} {form}"
        else:
            other = rng.choice(pools.NAME_STEMS[country])
            name = f"{stem} & {other} {form}" if other != stem else f"{stem} {form}"
    else:
        name = rng.choice(pools.PEOPLE[country])
    number = rng.randint(1, 180)
    street_name = rng.choice(pools.STREETS[country])
    number_first = country in ("US", "GB", "FR")
    street = f"{number} {street_name}" if number_first else f"{street_name} {number}"
    postcode_pattern, city = rng.choice(pools.CITIES[country])
    postcode = _digits(rng, postcode_pattern)
    city_line = f"{city} {postcode}" if country == "US" else f"{postcode} {city}"
    phone_pattern = {"US": "(###) ###-####", "GB": "020 #### ####"}.get(country, "+## ## ### ## ##")
    phone = _digits(rng, phone_pattern)
    email = f"info@{_ascii_slug(name)}.example"
    return Party(
        name=name,
        street=street,
        city_line=city_line,
        country=country,
        vat_id=vat_id(rng, country) if company else None,
        phone=phone,
        email=email,
    )


def _invoice_number(rng: random.Random, year: int) -> str:
    shape = rng.randrange(8)
    n = rng.randint(1, 99999)
    return (
        f"INV-{year}-{n:05d}",
        f"RE-{year % 100:02d}-{n:04d}",
        f"F{year}/{n:04d}",
        f"{rng.randint(100000, 999999)}",
        f"{year}-{n:04d}",
        f"FAC-{n:06d}",
        f"{rng.choice('ABCDEFGHJK')}{rng.randint(10, 99)}-{n:05d}",
        f"{year}{n:05d}",
    )[shape]


def _weighted(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    values = [c for c, _ in choices]
    weights = [w for _, w in choices]
    return rng.choices(values, weights=weights, k=1)[0]


def _lines(
    rng: random.Random, spec: LocaleSpec, count: int, receipt: bool, sign: int
) -> tuple[Line, ...]:
    lang = _LANG_GOODS[spec.code[:2]]
    goods = (pools.RECEIPT_GOODS if receipt else pools.GOODS)[lang]
    lines = []
    for _ in range(count):
        description, low, high = rng.choice(goods)
        if rng.random() < 0.25 and not receipt:
            tag = rng.choice(("ref.", "art.", "#"))
            description = f"{description} ({tag} {rng.randint(1000, 99999)})"
        price = Decimal(str(round(rng.uniform(low, high), 2)))
        if rng.random() < 0.3:
            price = price.quantize(Decimal(1), rounding=ROUND_HALF_UP) or Decimal(1)
        price = price.quantize(CENT)
        if rng.random() < 0.15 and not receipt:
            quantity = Decimal(rng.choice(("0.5", "1.5", "2.5", "0.25", "7.5", "3.75")))
        else:
            whole = rng.choices((1, 2, 3, 4, 5, 10, 12, 20, 25), (9, 4, 3, 2, 2, 2, 1, 1, 1))[0]
            quantity = Decimal(whole)
        unit_price = price * sign
        lines.append(Line(description, quantity, unit_price, cents(quantity * unit_price)))
    return tuple(lines)


def draw_invoice(seed: int, layout: str, locale: str) -> Invoice:
    """The invoice for ``seed`` in ``layout`` and ``locale``; a pure function of its arguments."""
    rng = random.Random(f"invoice:{seed}:{layout}:{locale}")
    spec = LOCALES[locale]
    country = spec.country
    receipt = layout == "receipt"
    credit = not receipt and rng.random() < 0.12
    sign = -1 if credit else 1

    invoice_date = _START + timedelta(days=rng.randrange(_SPAN_DAYS))
    due_date: date | None = None
    if not receipt and rng.random() < 0.85:
        due_date = invoice_date + timedelta(days=rng.choice((10, 14, 15, 30, 30, 30, 45, 60)))
    vendor = _party(rng, country, company=True)
    customer = None if receipt else _party(rng, country, company=rng.random() < 0.8)
    if customer is not None and customer.name == vendor.name:
        customer = replace(customer, name=f"{customer.name} Holding")

    currency = _weighted(rng, spec.currencies)
    vat_rate = Decimal(rng.choice(spec.vat_rates))
    if currency == "CHF":
        vat_rate = Decimal(rng.choice(("8.1", "8.1", "2.6")))

    if layout == "multipage":
        count = rng.randint(22, 30)
    elif receipt:
        count = rng.randint(1, 8)
    else:
        count = rng.choices((1, 2, 3, 4, 5, 6, 8, 10, 12), (3, 3, 3, 3, 2, 2, 2, 1, 1))[0]
    lines = _lines(rng, spec, count, receipt, sign)
    subtotal = sum((line.amount for line in lines), Decimal("0.00"))

    discount = Decimal("0.00")
    discount_percent: Decimal | None = None
    shipping = Decimal("0.00")
    if not credit and not receipt:
        if rng.random() < 0.2:
            discount_percent = Decimal(rng.choice(("2", "3", "5", "10")))
            discount = cents(subtotal * discount_percent / 100)
        if rng.random() < 0.25:
            shipping = Decimal(rng.choice(("4.90", "9.95", "15.00", "25.00", "49.00")))
            if currency in ("SEK", "NOK"):
                shipping *= 10
    amount = subtotal - discount + shipping
    vat = cents(amount * vat_rate / 100)
    total = amount + vat

    number = _invoice_number(rng, invoice_date.year)
    bank = country != "US" and not receipt
    has_iban = bank and rng.random() < 0.9
    payment_days = (due_date - invoice_date).days if due_date else None

    labels = {key: rng.choice(options) for key, options in sorted(spec.labels.items())}
    use_month = rng.random() < 0.25
    pattern = rng.choice(spec.month_dates if use_month else spec.numeric_dates)
    home = spec.currencies[0][0]
    mode = "symbol" if currency == home and rng.random() < 0.6 else "code"
    style = Style(
        labels=labels,
        date_pattern=pattern,
        currency_mode=mode,
        font="serif" if rng.random() < 0.3 else "sans",
        accent=rng.choice(_ACCENTS),
        label_colon=rng.random() < 0.5,
        position_numbers=rng.random() < 0.4,
    )
    return Invoice(
        seed=seed,
        layout=layout,
        locale=locale,
        document_type="credit_note" if credit else "invoice",
        invoice_number=number,
        invoice_date=invoice_date,
        due_date=due_date,
        vendor=vendor,
        customer=customer,
        currency=currency,
        vat_rate=vat_rate,
        lines=lines,
        subtotal=subtotal,
        discount=discount,
        discount_percent=discount_percent,
        shipping=shipping,
        amount=amount,
        vat=vat,
        total=total,
        iban=iban(rng, country) if has_iban else None,
        bic=rng.choice(pools.BICS[country]) if has_iban else None,
        customer_number=_digits(rng, "K-#####") if customer and rng.random() < 0.5 else None,
        purchase_order=_digits(rng, "PO-######") if customer and rng.random() < 0.3 else None,
        payment_terms_days=payment_days,
        style=style,
    )
