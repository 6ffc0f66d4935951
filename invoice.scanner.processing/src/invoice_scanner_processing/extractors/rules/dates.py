"""Invoice and due dates: labelled readings, a payment sentence's date, the first date on the
page as a last resort, and the credit note's own date among the credited invoice's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from invoice_scanner_processing.extractors.rules.currencies import (
    detect_currency,
    infer_currency,
)
from invoice_scanner_processing.extractors.rules.doctype import (
    _INVOICE_WORDS,
    _is_credit,
)
from invoice_scanner_processing.extractors.rules.lexicon import (
    CREDIT_WORDS,
    compact,
)
from invoice_scanner_processing.extractors.rules.model import (
    Candidate,
    _Add,
    _Doc,
    _Put,
)
from invoice_scanner_processing.extractors.rules.parsing import (
    FoundDate,
    find_dates,
)
from invoice_scanner_processing.extractors.rules.scoring import (
    _best,
    _date_confidence,
    pick,
)
from invoice_scanner_processing.extractors.rules.segments import LabelHit, Segment
from invoice_scanner_processing.extractors.rules.vocabulary import (
    BOOKING_DATE_LABELS,
    DEBIT_DATE_LABELS,
    ORDER_DATE_WORDS,
    OTHER_DATE_STEMS,
    PAID_WORDS,
    PAYMENT_DATE_LABELS,
    STAY_END_LABELS,
    STAY_START_LABELS,
)

_CREDIT_DATE_WORDS = (*CREDIT_WORDS, "credit", "gutschrift", "avoir", "kredit")


#: A character of one clause of a sentence: no full stop or semicolon, but the point of an
#: amount's decimals ("Your Direct Debit of £94.11 will be taken on or after ...").
#: Nor the stops of an abbreviation of single letters ("... of this fee note, i.e. by 13 March").
_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d)|(?<=\b[^\W\d_])\.)"


#: Words of a sentence about paying or collecting the amount.
_PAY_WORDS = (
    r"remit|pay|payable|payment|paid|zahlbar|zahlen|zahlung|überweisen|fällig|due|payer"
    r"|régler|réglement|règlement|payable|betalas|betales|betalen|betaling|pagar|pagare|pago"
    r"|pagamento|maksettava|splatnost|collect|collected|debit|debited"
)
#: The words before a sentence's deadline ("until", "bis zum", "jusqu'au"), and what must
#: follow them: a token with a digit, or a month's name and a digit ("by Mar 10, 2026").
_UNTIL_WORDS = (
    r"\b(?:until"
    r"|by|before|on or before|on or (?:just |shortly |soon )?after"
    r"|no later than|bis(?: zum| spätestens)?|spätestens(?: am| bis)?|avant le|au plus tard le"
    r"|senast|voor|uiterlijk|antes del|entro il|innen|jusqu?['’ ]?\s?(?:au|à))"
    r"(?:\s+(?=\S*\d|[^\W\d_]{3,}\.?\s*\d)|\s*$)"
)

#: Payment wording that states the due date in a sentence: "Please remit until 2019-07-01",
#: "Zahlbar innerhalb 30 Tagen netto bis 04.07.2018", "à régler avant le 15/03/2024".
_DUE_SENTENCE = re.compile(
    rf"\b(?:{_PAY_WORDS})\b{_CLAUSE}{{0,60}}?{_UNTIL_WORDS}",
    re.IGNORECASE,
)

#: A deadline alone, as the second branch of a sentence whose first offers a discount:
#: "Zahlbar bis zum 20.03.2026 mit 2 % Skonto, oder bis zum 09.04.2026 ohne Abzug".
_DEADLINE = re.compile(_UNTIL_WORDS, re.IGNORECASE)


#: The day a direct debit is still to be collected, which a bill paid by debit gives as its due
#: date: "We will collect this amount by Direct Debit on 18 Nov", "will be debited on 21
#: March". A debit in the past ("debited on") is a payment made, no due date.
_DEBIT_SENTENCE = re.compile(
    r"\b(?:direct debit|(?:will|to) be (?:debited|collected|taken))"
    rf"\b{_CLAUSE}{{0,30}}?\bon(?:\s+or\s+(?:around|about))?\s+(?=\S*\d)",
    re.IGNORECASE,
)

#: The same collection day in French: "Prélevé à partir du 06/03/2026 sur le compte ...",
#: "sera prélevé le 18/11", "Montant prélevé à compter du 5 mars".
_DEBIT_SENTENCE_FR = re.compile(
    r"\bpr[ée]l[eèé]v\w*"
    rf"{_CLAUSE}{{0,30}}?(?:\bà partir du|\bà compter du|\ble)\s+(?=\S*\d)",
    re.IGNORECASE,
)


#: The same collection day in German: "Den Rechnungsbetrag buchen wir frühestens am 12.03.2026
#: von Ihrem Konto ab", "ziehen wir am 5. März 2026 ein", "wird am 12.03.2026 abgebucht",
#: "wird am 12.03.2026 per Lastschrift ...".
_DEBIT_SENTENCE_DE = re.compile(
    r"\b(?:(?:ab)?buchen|(?:ein)?ziehen|belasten)\b"
    rf"{_CLAUSE}{{0,40}}?\b(?:frühestens |nicht vor dem )?am\s+(?=\S*\d)"
    r"|\b(?:wird|werden)\b"
    rf"{_CLAUSE}{{0,40}}?\b(?:frühestens |nicht vor dem )?am\s+(?=\S*\d)"
    r"(?=\S+(?:\s+\S+){0,4}\s+(?:abgebucht|eingezogen|belastet)\b"
    # or names the debit right after the date, the verb wrapping onto the next line ("wird
    # am 10.03.2026 per SEPA-Lastschrift von Ihrem Konto" / "... abgebucht").
    # The sentence must go on past the line's end or reach the debit's verb on it: "wird am
    # 01.01.2027 per Lastschrift fällig." or "... beglichen." names another day than a debit.
    r"|\S+\s+(?:per|mittels|via|im)\s+(?:[\w-]*-)?lastschrift"
    rf"(?={_CLAUSE}*?(?:$|\b(?:abgebucht|eingezogen|belastet)\b)))",
    re.IGNORECASE,
)


#: A line that opens with its deadline and names it a due date or a debit after the date, as
#: an Italian bill's summary box prints it: "Entro il 02/03/2026 (scadenza) con addebito SEPA";
#: or the net branch of a payment sentence whose discount branch is on the line above
#: ("Zahlbar innerhalb von 10 Tagen mit 2 % Skonto (...)" / "oder bis zum 27.02.2026 ohne
#: Abzug"), which opens with "or" and names the payment without deduction after the date.
_DEADLINE_FIRST = re.compile(
    rf"^\s*(?:(?:oder|or|ou|sonst|otherwise|sinon)\s+)?{_UNTIL_WORDS}", re.IGNORECASE
)
_DUE_AFTER = re.compile(
    r"\b(?:scadenza|due|fällig|échéance|vencimiento|vervaldatum|addebito|debit|prélèvement"
    r"|lastschrift|cargo|ohne\s+abzug|netto|net|sans\s+escompte|without\s+deduction)\b",
    re.IGNORECASE,
)


#: The compact label a due date read from a debit sentence carries, held like one read after
#: a debit label (:data:`_DEBIT_DUE`).
_DEBIT_SENTENCE_LABEL = "debitsentence"

#: A word of debiting or collecting in a sentence's match.
_DEBIT_WORD = re.compile(r"debit|collect|pr[ée]l[eèé]v|abbuch|lastschrift|einzug", re.IGNORECASE)


#: "due" right before a date, as payment terms print their deadline after the period ("14
#: days - due 5 March 2026", "Net 30, due on 12/04/2026"): the date must follow at once (a
#: full date, :func:`_date_at`, its month's English name first too: "Net 15 - due April 1,
#: 2026"), so that "Amount due 1,234.00" names none.
_DUE_THEN_DATE = re.compile(
    r"\bdue\s+(?:on\s+)?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
#: Words before such a "due" in its clause naming something other than this bill's payment:
#: a car's or patient's next visit ("Your next service is due 10 March 2027", "MOT due"), or
#: a past deadline ("Invoice 0399 was due 12 February 2026").
_NO_PAYMENT_DUE = re.compile(
    r"\b(?:next|service|mot|inspection|appointment|check-?up|recall|renewal|visit|was|were"
    r"|previous|last"
    # ... a patient's or a pet's next care ("DHPP booster due 01/27/2027", "Rabies due",
    # "Dental cleaning due", "Heartworm test due"), as clinics print their reminders.
    r"|boosters?|vaccin\w*|rabies|shots?|doses?|tests?|exams?|cleaning|reminders?|re-?check"
    r"|follow-?up)\b[^.;:]*$",
    re.IGNORECASE,
)


def _due_then_date(text: str) -> list[re.Match[str]]:
    """:data:`_DUE_THEN_DATE`'s matches whose clause names no other deadline than the bill's
    (:data:`_NO_PAYMENT_DUE`)."""
    return [
        m for m in _DUE_THEN_DATE.finditer(text) if not _NO_PAYMENT_DUE.search(text[: m.start()])
    ]


def _due_in_sentence(doc: _Doc) -> Candidate | None:
    """The first date a payment sentence names, outside the line-item table; a sentence
    broken before its date goes on in the line below ("... by Direct Debit on or after" /
    "18 November 2026."). A date a debit is collected on is labelled as a debit's
    (:data:`_DEBIT_SENTENCE_LABEL`); a sentence whose first deadline is an early-payment
    discount's gives its later one, the net deadline ("... oder bis zum 09.04.2026 ohne
    Abzug")."""
    for seg in doc.segments:
        if seg.in_table:
            continue
        matches = (
            *_DUE_SENTENCE.finditer(seg.text),
            *_due_sentence_broken(doc, seg),
            *_DEBIT_SENTENCE.finditer(seg.text),
            *_DEBIT_SENTENCE_FR.finditer(seg.text),
            *_DEBIT_SENTENCE_DE.finditer(seg.text),
            *_due_then_date(seg.text),
            *_deadline_first(doc, seg),
        )
        for m in matches:
            text, end = m.string, m.end()
            if _early_payment(m.string, m):
                later = _net_deadline(doc, seg, m)
                if later is None:
                    continue
                text, end = later
            found = _date_at(doc, seg, text, end)
            if found is not None:
                # A German debit sentence names its verb after the date too ("wird am
                # 12.03.2026 abgebucht"): the pattern itself holds it a debit's.
                debit = m.re is _DEBIT_SENTENCE_DE or _DEBIT_WORD.search(m.group(0)) is not None
                return Candidate(
                    found.value, 0.7, seg, seg.text, labelled=False,
                    ambiguous=found.ambiguous, label=_DEBIT_SENTENCE_LABEL if debit else "",
                )  # fmt: skip
    return None


def _due_sentence_broken(doc: _Doc, seg: Segment) -> list[re.Match[str]]:
    """A payment sentence whose deadline words wrap to the next line, as a letter's prose
    breaks it ("Payment is due within 14 days of the date of this fee note, i.e." / "by 13
    March 2026."): matched over the two lines joined, where the line's own text holds none."""
    if _DUE_SENTENCE.search(seg.text):
        return []
    below = doc.below(seg, max_rows=1)
    if not below or below[0].in_table:
        return []
    joined = f"{seg.text} {below[0].text}"
    return [m for m in _DUE_SENTENCE.finditer(joined) if m.end() > len(seg.text)]


def _deadline_first(doc: _Doc, seg: Segment) -> list[re.Match[str]]:
    """The deadline that opens a line naming it due or debited after it
    (:data:`_DEADLINE_FIRST`), on the line, or, where the line holds the deadline alone, a
    debit's line right under it (an Italian bill's summary box: "entro il 04/05/2026" over
    "Addebito su conto corrente (SDD)"; not a period's end over a totals row's "Netto")."""
    m = _DEADLINE_FIRST.match(seg.text)
    if m is None:
        return []
    if _deadline_first_in_line(seg.text):
        return [m]
    rest = seg.text[m.end() :]
    found = find_dates(rest, dayfirst=doc.dayfirst)
    if len(found) != 1 or found[0].start or rest[found[0].end :].strip(" .;:"):
        return []
    below = doc.below(seg, max_rows=2)
    return [m] if below and _DEBIT_LINE.match(below[0].text.strip()) else []


#: A line that opens with a debit from an account (:func:`_deadline_first`): "Addebito su conto
#: corrente (SDD)", "Prélèvement SEPA", "Lastschrift", "Domiciliación bancaria".
_DEBIT_LINE = re.compile(
    r"(?:addebito|debit|direct\s+debit|prélèvement|prelevement|lastschrift|sepa-lastschrift"
    r"|cargo\s+en\s+cuenta|domiciliaci\w*|incasso|automatische\s+incasso)\b",
    re.IGNORECASE,
)


def _deadline_first_in_line(text: str) -> bool:
    """Whether ``text`` opens with a deadline and names it due or debited after it."""
    m = _DEADLINE_FIRST.match(text)
    return m is not None and _DUE_AFTER.search(text, m.end()) is not None


def _date_at(doc: _Doc, seg: Segment, text: str, end: int) -> FoundDate | None:
    """The date that starts ``text`` at ``end``, or, where ``text`` ends there, the next
    line's (a sentence broken before its date)."""
    rest = text[end : end + 30].strip()
    if not _starts_with_date(rest, doc):
        # The date may be broken over the line end too: "... on or after 30" /
        # "November 2026.".
        below = doc.below(seg, max_rows=1)
        rest = f"{rest} {below[0].text[:30]}".strip() if below else rest
    found = find_dates(rest, dayfirst=doc.dayfirst)
    return found[0] if found and found[0].start == 0 else None


def _net_deadline(doc: _Doc, seg: Segment, m: re.Match[str]) -> tuple[str, int] | None:
    """After an early-payment discount's deadline, the sentence's next deadline that offers
    none, in this line or the next (a sentence goes on over the line end): the text it is in
    and where its date starts."""
    below = doc.below(seg, max_rows=1)
    text = f"{seg.text} {below[0].text}" if below else seg.text
    for d in _DEADLINE.finditer(text, m.end()):
        if not _early_payment(text, d):
            return text, d.end()
    return None


#: An early-payment discount's words: "2 % Skonto", "escompte", "sconto", "discount".
_EARLY_DISCOUNT = re.compile(
    r"skonto|escompte|sconto|descuento|pronto pago|korting|kassarabatt|rabat|discount",
    re.IGNORECASE,
)

#: Where one clause of a sentence ends: a stop, semicolon or comma before a space, and the
#: text's ends.
_CLAUSE_END = re.compile(
    r"[.;,:!?](?=\s|$)"
    # The word that opens the other branch of a choice ("bis 23.02.2026 abzüglich 2 % Skonto
    # oder bis 11.03.2026 netto", "... ou le 10/03 net"): "on or before" stays one deadline.
    r"|(?<!\bon)\s(?=(?:oder|or|ou|o|eller|oppure|sonst|otherwise|sinon)\s(?!before|after|about|around))",
    re.IGNORECASE,
)


def _early_payment(text: str, m: re.Match[str]) -> bool:
    """Whether a payment sentence's clause offers a discount for paying early ("Bei Zahlung bis
    28.11.2026 gewähren wir 2 % Skonto", "2% discount if paid by 15/03"): its date is the
    discount's deadline, not the due date."""
    ends = [e.start() for e in _CLAUSE_END.finditer(text)]
    start = max((e + 1 for e in ends if e < m.start()), default=0)
    end = min((e for e in ends if e >= m.end()), default=len(text))
    return _EARLY_DISCOUNT.search(text[start:end]) is not None


def _discount_deadline(doc: _Doc, c: Candidate) -> bool:
    """A due-date label's date whose clause offers an early-payment discount, before another
    branch that names a later deadline ("Zahlbar bis 23.02.2026 abzüglich 2 % Skonto oder bis
    11.03.2026 netto", "Payable by 10/03 less 2% discount, otherwise by 31/03"): the
    discount's deadline, never the due date (the sentence's later one is, see
    :func:`_due_in_sentence`); the later branch may open the line below."""
    if not isinstance(c.value, date):
        return False
    text = c.text
    found = find_dates(text, dayfirst=doc.dayfirst)
    if not found or found[0].start > 3:
        return False
    first = found[0]
    stop = next((e.start() for e in _CLAUSE_END.finditer(text, first.end)), len(text))
    if _EARLY_DISCOUNT.search(text, first.end, stop) is None:
        return False
    if any(isinstance(f.value, date) and f.value > c.value and f.start >= stop for f in found[1:]):
        return True
    # The other branch on the line below, the sentence going on over the line end
    # ("Zahlbar bis 21.02.2026 mit 2 % Skonto (330,96 €) = 16.217,15 €," / "bis 13.03.2026
    # netto ohne Abzug.").
    below = doc.below(c.segment, max_rows=1)
    if not below or not _deadline_first_in_line(below[0].text):
        return False
    later = find_dates(below[0].text, dayfirst=doc.dayfirst)
    return bool(later) and isinstance(later[0].value, date) and later[0].value > c.value


def _offers_early_payment(doc: _Doc) -> bool:
    """Whether a payment sentence outside the item table dates an early-payment discount."""
    return any(
        _early_payment(seg.text, m)
        for seg in doc.segments
        if not seg.in_table
        for m in _DUE_SENTENCE.finditer(seg.text)
    )


def _starts_with_date(text: str, doc: _Doc) -> bool:
    found = find_dates(text, dayfirst=doc.dayfirst)
    return bool(found) and found[0].start == 0


_PAYMENT_DATE = frozenset(compact(w) for w in PAYMENT_DATE_LABELS)
_PAID = frozenset(compact(w) for w in PAID_WORDS)


def _states_paid(doc: _Doc) -> bool:
    """Whether a line outside the item table opens with a word that states the page is paid:
    a receipt's title ("REÇU DE PAIEMENT", "Receipt"), "Payé CB", "PAID"."""
    for seg in doc.segments:
        words = seg.text.split()
        if not seg.in_table and words and compact(words[0]) in _PAID:
            return True
    return False


def _paid_on(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """On a page that states it is paid (a till's or car park's receipt), a date under a
    payment date label ("Date de paiement 06/06/2026", "Payment date") is the day it was paid:
    the document's date where nothing else dates it, never a due date."""
    paid = [c for c in cands.get("due_date", []) if c.label in _PAYMENT_DATE]
    if not paid or not _states_paid(doc):
        return
    cands["due_date"] = [c for c in cands["due_date"] if c not in paid]
    if not cands.get("invoice_date"):
        cands["invoice_date"] = paid


#: An Argentinian authorisation code with its expiry after it on one line ("CAE:
#: 76110483902251 Vto: 23/03/2026"; "CAI" in Honduras and Paraguay): the code's expiry, as
#: "Fecha de Vto. de CAE" is (:data:`.vocabulary.LABELS` ``_other_date``), never a due date.
_CODE_THEN_EXPIRY = re.compile(
    r"\bCA[EI]\b\W*(?:N[°ºro.]*\W*)?\d{6,}\W+(?:Fecha\s+)?V(?:to|encimiento)\b", re.I
)


def _dates(doc: _Doc, cands: dict[str, list[Candidate]], put: _Put) -> None:
    if _is_credit(doc):
        _keep_credit_own_date(cands)
    _paid_on(doc, cands)
    if cands.get("due_date"):
        cands["due_date"] = [
            c
            for c in cands["due_date"]
            if not _discount_deadline(doc, c) and not _CODE_THEN_EXPIRY.search(c.segment.text)
        ]
    inv = pick("invoice_date", cands.get("invoice_date"), doc)
    due = pick("due_date", cands.get("due_date"), doc) or _due_in_sentence(doc)
    due = _first_instalment(cands, due)
    if inv is None:
        inv = (
            _booked_on(cands)
            or _stay_end(doc, cands)
            or _first_date(doc, cands)
            or _order_date(cands)
            or _one_day_printed(doc, cands)
        )
    if inv is not None and due is not None and _order_by_deadline(doc, cands, inv, due):
        # A date read apart from the candidates (a sentence's due date) turns with them.
        inv = pick("invoice_date", cands.get("invoice_date"), doc) or replace(
            inv, value=_swapped(inv.value)
        )
        due = pick("due_date", cands.get("due_date"), doc) or replace(
            due, value=_swapped(due.value)
        )
        # The order is inferred, not printed: at most the approval's floor.
        put = _capped(put, _DEADLINE_ORDER)
    if inv is not None and due is not None and due.value < inv.value:
        # Labels mixed up (a "Date" label matched the due date): trust order on the page.
        alt = [c for c in cands.get("invoice_date", []) if c.value <= due.value]
        inv = _best(alt) or inv
    alone = _put_invoice_date(doc, cands, put, inv, due)
    _put_due(doc, cands, put, inv, due, alone=alone)


def _swapped(value: date) -> date:
    return date(value.year, value.day, value.month)


#: The most the issue and due dates are trusted when only their order settled how to read them.
_DEADLINE_ORDER = 0.6
#: Currencies of the countries that write a numeric date month first, wholly or in part (the
#: United States, Canada, the Philippines): only there may a due date before the issue date
#: mean the dates were read in the wrong order. A euro invoice's due date before its date is
#: a late issue or a reprint, held for a person as it is read.
_MONTH_FIRST_CURRENCIES = frozenset({"USD", "CAD", "PHP"})


def _capped(put: _Put, cap: float) -> _Put:
    def capped(name: str, cand: Candidate | None, conf: float | None = None) -> None:
        if cand is not None and name in ("invoice_date", "due_date"):
            conf = min(cap, conf if conf is not None else cand.score)
        put(name, cand, conf)

    return capped


def _order_by_deadline(
    doc: _Doc, cands: dict[str, list[Candidate]], inv: Candidate, due: Candidate
) -> bool:
    """Whether the issue and due dates settle the day/month order that no unambiguous date
    on the page does: where both are numeric and could be read either way, a payment falls
    due on or after the invoice's date, never before it ("03/02/2026" and "04/01/2026" on a
    Canadian invoice are 2 March and 1 April, not 3 February and 4 January). If the order
    read gives a due date before the issue date and the other order does not, the date
    candidates are read the other way."""
    if doc.order_known or not (inv.ambiguous and due.ambiguous) or due.value >= inv.value:
        return False
    currency = detect_currency(doc.full_text) or infer_currency(doc.full_text)
    if doc.locale_hint not in ("en_US", "en_PH") and currency not in _MONTH_FIRST_CURRENCIES:
        return False
    if _swapped(due.value) < _swapped(inv.value):
        return False
    for name in ("invoice_date", "due_date"):
        cands[name] = [
            replace(c, value=_swapped(c.value)) if c.ambiguous else c for c in cands[name]
        ]
    return True


#: Confidence of an unlabelled date that is the only date the document prints.
_ONLY_DATE = 0.85


def _only_date(doc: _Doc) -> tuple[date | None, bool]:
    """The one date value printed on the document (None when it prints none or several), and
    whether one of its printings is unambiguous ("2026-11-12T18:46" beside "12.11.2026"), which
    settles the day/month order of the others."""
    found = [f for seg in doc.segments for f in find_dates(seg.text, dayfirst=doc.dayfirst)]
    if len({f.value for f in found}) != 1:
        return None, False
    return found[0].value, any(not f.ambiguous for f in found)


#: Words that make the date after them a deadline or a limit, not the day of the sale
#: ("Remit by 05/15/2026", "Return by 25 May 2026", "Best before", "Valid until", "Service
#: through"): a page whose only date is one of these does not print its own.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|before|after|through|thru|expires?|expiry)\s*:?\s*$", re.IGNORECASE
)


def _deadline(doc: _Doc, inv: Candidate) -> bool:
    """Whether the unlabelled date ``inv`` is printed after a deadline's word in its line."""
    text = inv.segment.text
    return any(
        f.value == inv.value and _DEADLINE_BEFORE.search(text[: f.start]) is not None
        for f in find_dates(text, dayfirst=doc.dayfirst)
    )


def _put_invoice_date(
    doc: _Doc,
    cands: dict[str, list[Candidate]],
    put: _Put,
    inv: Candidate | None,
    due: Candidate | None,
) -> bool:
    """The invoice date and its confidence; whether it is the only date the page prints."""
    if inv is None:
        return False
    # A document that prints one date only (a till receipt's timestamp) prints its own
    # date there, labelled or not, and no due date; so much is known only of a page read
    # as a bill, one with a labelled total or amount due ("8 items BALANCE DUE £18.71" on
    # a till's e-receipt; a lone date among unlabelled text says nothing).
    asks = bool(cands.get("total") or cands.get("amount_due")) and (not inv.labelled or due is None)
    only, settled = _only_date(doc) if asks else (None, False)
    # A day read under another date's label (:func:`_one_day_printed`) is no timestamp of the
    # document's own, though it is the only one.
    borrowed = not inv.labelled and bool(inv.label)
    alone = only is not None and inv.value == only and not _deadline(doc, inv) and not borrowed
    conf = _date_confidence(doc, inv, cands.get("invoice_date", []))
    if alone and not inv.labelled:
        unsure = inv.ambiguous and not settled
        conf = _ONLY_DATE - (0.02 if doc.order_known else 0.1) * unsure
    put("invoice_date", inv, conf)
    return alone


def _keep_credit_own_date(cands: dict[str, list[Candidate]]) -> None:
    """A credit note's invoice-date candidates, less the credited invoice's date."""
    # A credit memo prints the credited invoice's date too; its own date is the one
    # whose label names the credit ("Credit Date", "Gutschriftsdatum").
    own = [
        c for c in cands.get("invoice_date", []) if any(w in c.label for w in _CREDIT_DATE_WORDS)
    ]
    # Without one, a date labelled as an invoice's ("Invoice date 28 Oct") belongs to
    # the credited invoice; the note's own is the other ("Date 14 Nov").
    own = own or [
        c for c in cands.get("invoice_date", []) if not any(w in c.label for w in _INVOICE_WORDS)
    ]
    if own:
        cands["invoice_date"] = own


_STAY_START = frozenset(compact(w) for w in STAY_START_LABELS)
_STAY_END = frozenset(compact(w) for w in STAY_END_LABELS)


def _stay_end(doc: _Doc, cands: dict[str, list[Candidate]]) -> Candidate | None:
    """No labelled invoice date, but a stay's first and last day ("Arrival" / "Departure" of a
    hotel folio, "Entrada" / "Salida" of a car park ticket): the document is closed, paid and
    dated on the last day. Only a stay printed in its order counts, the start first and the
    end not before it; a flight's "Departure" before its "Arrival" is a journey, no stay."""
    others = sorted(cands.get("_other_date", []), key=lambda c: c.segment.index)
    start = next((c for c in others if c.label in _STAY_START), None)
    end = next((c for c in others if c.label in _STAY_END), None)
    if start is None or end is None or end.segment.index <= start.segment.index:
        return None
    if end.value < start.value:
        return None
    return Candidate(
        end.value, 0.5, end.segment, end.text, labelled=False, ambiguous=end.ambiguous
    )  # fmt: skip


#: A browser's print header or footer: the date and time of printing alone in its cell
#: ("12/1/26, 9:02 AM"), and the page's address ("https://mail.google.com/...").
_PRINT_STAMP = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s*$")
_URL = re.compile(r"\bhttps?://|\bwww\.", re.IGNORECASE)


def _print_stamp(doc: _Doc, seg: Segment) -> bool:
    """Whether ``seg`` is the print date a browser sets in the top or bottom row of a page
    printed from it (one that prints its address in its top or bottom row too): the day the
    page was printed, not the document's."""
    if _PRINT_STAMP.match(seg.text) is None:
        return False
    rows = doc.page_by_number[seg.page].rows
    edges = [*rows[:1], *rows[-1:]] if rows else []
    if not any(seg in row for row in edges):
        return False
    return any(_URL.search(o.text) for row in edges for o in row)


#: A letter's dateline: a place, a comma, perhaps a word for "on", and the date closing the
#: line ("Wien, am 15. Jänner 2026", "Hamburg, den 04.03.2026", "Lyon, le 2 mars 2026").
_DATELINE = re.compile(
    r"^\s*[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){0,3}\s*,\s*"
    r"(?:(?:am|den|le|il|el|de|the|dne)\s+)?$",
    re.IGNORECASE,
)


def _dateline(text: str, found: list[FoundDate]) -> bool:
    """Whether ``text`` is a dateline: one date, closing the line, after a place's name."""
    if len(found) != 1 or text[found[0].end :].strip(" ."):
        return False
    return _DATELINE.match(text[: found[0].start]) is not None


def _first_date(doc: _Doc, cands: dict[str, list[Candidate]]) -> Candidate | None:
    """No labelled date: the first date on the first page that is not a due or other
    labelled date, nor a browser's print stamp, is the invoice date, more often than not;
    where the first page prints no date at all, the first of the next page that has one
    (trusted less)."""
    labelled = [c for k in ("due_date", "_other_date") for c in cands.get(k, [])]
    # A stay's first day is often the document's too (a car park's "Entry: 17/11/26 09:14"
    # over "Paid: 17/11/26 12:48"): only its own line is passed over, not its day.
    starts = {c.segment.index for c in labelled if c.label in _STAY_START}
    taken = {c.value for c in labelled if c.label not in _STAY_START}
    first = doc.pages[0].number
    cand = _first_date_on(doc, first, starts, taken)
    if cand is not None or _prints_a_date(doc, first):
        return cand
    # A first page without any date (a till roll photographed in two halves, a cover page):
    # the next page's first date, trusted less.
    for page in doc.pages[1:]:
        cand = _first_date_on(doc, page.number, starts, taken)
        if cand is not None:
            return replace(cand, score=_LATER_PAGE_DATE)
    return None


def _prints_a_date(doc: _Doc, page: int) -> bool:
    """Whether any line of ``page`` holds a date, labelled or not (an order or pickup date
    dates the document before a later page's stray date does)."""
    return any(
        find_dates(seg.text, dayfirst=doc.dayfirst) for seg in doc.segments if seg.page == page
    )


#: How far an unlabelled date from a page after the first (none on the first) is trusted.
_LATER_PAGE_DATE = 0.4


def _first_date_on(doc: _Doc, page: int, starts: set[int], taken: set[date]) -> Candidate | None:
    """The first unlabelled date on ``page`` (:func:`_first_date`); one that refers to another
    document only where the page has no other."""
    referred: Candidate | None = None
    for seg in doc.segments:
        if seg.page != page or seg.in_table or _print_stamp(doc, seg):
            continue
        if seg.index in starts:
            continue
        found = find_dates(seg.text, dayfirst=doc.dayfirst)
        if not _dateline(seg.text, found):
            # A letter's dateline dates the letter, though a period starts on the same day.
            found = [f for f in found if f.value not in taken]
        if found:
            cand = Candidate(
                found[0].value, 0.45, seg, seg.text, labelled=False,
                ambiguous=found[0].ambiguous,
            )  # fmt: skip
            # A returned or referred receipt's date ("Rückgabe zu Bon 187990 vom
            # 04.04.2026", "Return of receipt 0417-0081 of 04/04/26") is another document's.
            if _REFERS_TO_OTHER.search(seg.text[: found[0].start]) or _block_address(
                seg.text, found[0]
            ):
                referred = referred or cand
                continue
            return cand
    return referred


#: Three short numbers joined by hyphens opening a line of words: a Japanese block address
#: ("3-2-14 Nishinakajima, Yodogawa-ku": chōme, block and house), read as a date by shape.
#: A block's numbers are never padded with a zero; a till's date often is, and opens a line
#: of words too ("05-02-26 Kassa 3", "12-03-26 MON 14:22").
_BLOCK_ADDRESS = re.compile(r"\s*[1-9]\d?-[1-9]\d?-[1-9]\d?\s+[^\W\d_]{3,}")


def _block_address(text: str, found: FoundDate) -> bool:
    """Whether the date ``found`` in ``text`` is a block address's numbers
    (:data:`_BLOCK_ADDRESS`): tried after every other date on the page."""
    return found.start == len(text) - len(text.lstrip()) and bool(_BLOCK_ADDRESS.match(text))


#: The compact labels of the day a ticket or a stay was booked.
_BOOKING_LABELS = frozenset(compact(label) for label in BOOKING_DATE_LABELS)
#: The most a booking's date is trusted as the document's date.
_BOOKED_ON = 0.6


def _booked_on(cands: dict[str, list[Candidate]]) -> Candidate | None:
    """No invoice date of the document's own: the day the ticket or stay it confirms was
    booked ("Buchungsdatum: 02.03.2026" over a rail ticket's travel dates, "Booked on 14 Feb
    2026" over a stay's), not the travel or stay dates. At most the approval's floor: some
    date such a page by its journey."""
    booked = [c for c in cands.get("_other_date", []) if c.label in _BOOKING_LABELS]
    if not booked:
        return None
    best = max(booked, key=lambda c: c.score)
    return replace(best, score=min(best.score, _BOOKED_ON))


def _order_date(cands: dict[str, list[Candidate]]) -> Candidate | None:
    """No date of the document's own: the date of the order it bills ("Invoice for #MM1047"
    over "Order date: February 8, 2026"), as a web shop issues the invoice when the order is
    placed. Read as unlabelled, never approved unseen."""
    orders = [
        c for c in cands.get("_other_date", []) if any(w in c.label for w in ORDER_DATE_WORDS)
    ]
    if not orders:
        return None
    best = max(orders, key=lambda c: c.score)
    return Candidate(best.value, 0.5, best.segment, best.text, labelled=False)


#: A time of day after a date ("09/04/2026 8:05am", "21.10.2026 17:30").
_TIME_AFTER = re.compile(r"^\W{0,3}(?:[a-z]{2,3}\.?\s+)?\d{1,2}[:.h]\d{2}(?!\d)", re.IGNORECASE)


def _one_day_printed(doc: _Doc, cands: dict[str, list[Candidate]]) -> Candidate | None:
    """No date of the document's own, and the page prints one day only, with its time, under a
    label of another date (an order's "Pickup: 09/04/2026 8:05am"): the moment of the sale.
    A day alone ("Due back: Wed 21/10/2026", "Karte gültig bis 31.12.2027") is a hand-back day
    or a validity, no timestamp. Read as unlabelled, never approved unseen; a due date is no
    such day."""
    others = cands.get("_other_date", [])
    if cands.get("due_date") or len({c.value for c in others}) != 1:
        return None
    timed = [c for c in others if _stamped(doc, c)]
    if not timed:
        return None
    best = max(timed, key=lambda c: c.score)
    return Candidate(
        best.value, 0.45, best.segment, best.text, labelled=False, label=best.label
    )  # fmt: skip


def _stamped(doc: _Doc, cand: Candidate) -> bool:
    """Whether ``cand``'s date is followed by a time of day in its line, after no deadline's
    word (:func:`_deadline`: "Ready by 21/10/2026 17:00" is a deadline with a time)."""
    text = cand.segment.text
    return not _deadline(doc, cand) and any(
        f.value == cand.value and _TIME_AFTER.match(text[f.end :]) is not None
        for f in find_dates(text, dayfirst=doc.dayfirst)
    )


_DOCUMENT_WORDS = (
    r"(?:bon|beleg|rechnung|invoice|receipt|ticket|facture|factura|fattura|kvitto|quittung"
    r"|scontrino|paragon|factuur)\b"
)
#: A line about another document: a return, an exchange or a reference word before a document
#: word ("Rückgabe zu Bon", "Return - Receipt", "retour ticket", "rif. fattura"); or the
#: original document cited by its number (a refund's "Original receipt 0214-05-31177,
#: 28/12/2025"). Without a number, "ORIGINAL RECEIPT 28/02/2026 14:22" or "Original Tax
#: Invoice" heads the document itself (a copy marked so), and its date is the document's.
_REFERS_TO_OTHER = re.compile(
    r"(?<!\w)(?:(?:rückgabe|ruckgabe|umtausch|storno|return|refund|retour|reso|devoluci[oó]n"
    r"|devolu[cç][aã]o|zwrot|retur|zu|zur|ref|réf|rif)\b\W*(?:\w+\W+)?"
    + _DOCUMENT_WORDS
    + r"|(?:original|originale|ursprünglich(?:e[rn]?)?)\b\W*(?:\w+\W+)?"
    + _DOCUMENT_WORDS
    + r"\W*(?:(?:n[or°º]|nr|#)\W*)?[A-Z]*\d[\w/-]*)",
    re.IGNORECASE,
)


#: The compact labels of a debit's collection day, and the most a due date read after one
#: alone is trusted.
_DEBIT_LABELS = frozenset(compact(label) for label in DEBIT_DATE_LABELS)
_DEBIT_DUE = 0.6


#: The label a due date carries where it was taken as an instalment schedule's first.
_SCHEDULE_LABEL = "schedule"


def _first_instalment(cands: dict[str, list[Candidate]], due: Candidate | None) -> Candidate | None:
    """Where the due date's label dates three or more payments, each on its own line ("Parcialidad
    1/3 vence 12/02/2026", "2/3 vence 13/03/2026", ...: an instalment schedule), the
    earliest: the next payment due. Its confidence is held at a debit's (the page dates no one
    deadline for the whole)."""
    if due is None or not due.labelled or not due.label:
        return due
    same = [c for c in cands.get("due_date", []) if c.labelled and c.label == due.label]
    lines = {id(c.segment) for c in same}
    if len({c.value for c in same}) < 3 or len(lines) < 3:
        return due
    first = min(same, key=lambda c: (c.value, -c.score))
    return replace(first, label=_SCHEDULE_LABEL)


def _put_due(
    doc: _Doc,
    cands: dict[str, list[Candidate]],
    put: _Put,
    inv: Candidate | None,
    due: Candidate | None,
    *,
    alone: bool,
) -> None:
    """The due date, or a null one whose confidence says how sure the page is of none
    (surer where the invoice date is the only date printed)."""
    if due is not None and (inv is None or due.value >= inv.value):
        conf = _date_confidence(doc, due, cands.get("due_date", []))
        if due.label in _DEBIT_LABELS or due.label in (_DEBIT_SENTENCE_LABEL, _SCHEDULE_LABEL):
            # Only a debit's collection day dates the payment: most sets read it as the due
            # date, some as no due date printed. At the approval's floor (0.6) it lets a
            # document through only where every other field is sure.
            conf = min(conf, _DEBIT_DUE)
        put("due_date", due, conf)
    elif due is not None and due.labelled:
        # A due date printed under its label before the invoice date: the page contradicts
        # itself; what it prints is the reading, unsure, and a person should look.
        put("due_date", due, 0.5)
    elif due is not None:
        # An unlabelled date before the invoice date is no due date; null is only a guess.
        put("due_date", Candidate(None, 0.5, due.segment, due.text, labelled=False))
    elif _offers_early_payment(doc):
        # Only an early-payment discount's deadline is dated: the due date follows from the
        # terms ("14 Tage"), if from anything; null is a guess.
        put("due_date", Candidate(None, 0.7, doc.segments[0], "", labelled=False))
    elif _later_date_unknown_label(doc, cands, inv):
        # A later date under a date word the reader reads no further: most often the due
        # date it missed. Null is a guess, and the document is held whatever the other
        # fields' confidence (a missing due date weighs little in their mean).
        doc.flags.append(UNREAD_DATE_FLAG)
        put("due_date", Candidate(None, _UNPLACED_DUE, doc.segments[0], "", labelled=False))
    elif _unplaced_date(doc, cands, inv):
        # A later date the reader could not place stands where a due date would: null is
        # a guess (see :func:`_unplaced_date`).
        put("due_date", Candidate(None, _UNPLACED_DUE, doc.segments[0], "", labelled=False))
    elif not any("due_date" in h.fields for seg in doc.segments for h in seg.hits):
        # No due-date label anywhere (a receipt, "payable on receipt"): null is the answer,
        # and a confident one; with a label but no readable date it is a weaker one.
        none = 0.95 if alone else 0.85
        put("due_date", Candidate(None, none, doc.segments[0], "", labelled=False))
    else:
        put("due_date", Candidate(None, 0.75, doc.segments[0], "", labelled=False))


#: Confidence of a null due date where the page prints a later date in a payment sentence or
#: after an unknown label (:func:`_unplaced_date`).
_UNPLACED_DUE = 0.5

#: A word of paying or collecting anywhere in a line: the payment sentence's words and the
#: debit words.
_PAYMENT_LINE = re.compile(
    rf"\b(?:{_PAY_WORDS}|échéance|pr[ée]l[eèé]v\w*|abbuch\w*|lastschrift\w*"
    r"|einzug\w*|addebit\w*|domiciliation|incasso)\b",
    re.IGNORECASE,
)


def _unplaced_date(doc: _Doc, cands: dict[str, list[Candidate]], inv: Candidate | None) -> bool:
    """Whether the page prints, outside the item table, a date later than the invoice date
    that no candidate explains, in a line about paying or collecting the amount ("Payable net
    à 30 jours, soit jusqu'au 18/03/2026" misread by the OCR, "Prélèvement: 06/03/2026") or
    alone in a cell beside a label no field knows ("Fälligkeit ab" / "18.03.2026"). On bills
    of every kind such a date is most often the due date the reader missed; a null read
    there is only a guess. Receipts and bills without a later date are not concerned."""
    if inv is None:
        return False
    known = {c.value for k in ("invoice_date", "due_date", "_other_date") for c in cands.get(k, [])}
    for seg in doc.segments:
        if seg.in_table:
            continue
        found = find_dates(seg.text, dayfirst=doc.dayfirst)
        later = [f for f in found if f.value > inv.value and f.value not in known]
        if not later:
            continue
        if _PAYMENT_LINE.search(seg.text):
            return True
        if len(found) == 1 and _unknown_label_beside(doc, seg, found[0]):
            return True
    return False


#: The prediction's flag where a later date under an unread label may be the due date.
UNREAD_DATE_FLAG = "a later date under a label not read may be the due date"

#: A word of a label: three letters or more.
_LABEL_WORD = re.compile(r"[^\W\d_]{3,}")


def _later_date_unknown_label(
    doc: _Doc, cands: dict[str, list[Candidate]], inv: Candidate | None
) -> bool:
    """Whether a date later than the invoice date was read as another invoice date after a
    bare date word followed by a word no label knows ("Datum dospijeća:", "Data scadentței:"
    misread): a date the page names, the reader does not, and most often the due date; a
    null due date there is a guess."""
    if inv is None:
        return False
    for c in cands.get("invoice_date", []):
        if not c.labelled or c.value is None or c.value <= inv.value:
            continue
        if _label_runs_on(doc, c):
            return True
    return False


def _label_runs_on(doc: _Doc, c: Candidate) -> bool:
    """Whether the label ``c`` was read after goes on with a word of its own before the date:
    in the value's cell ("scadentței: 02.04.2026"), or in the label's cell left of it
    ("Datum dospijeća:" | "31.03.2026.")."""
    words = _run_on_words(doc, c)
    return bool(words) and not _names_other_date(words)


def _run_on_words(doc: _Doc, c: Candidate) -> str:
    """The words the label ``c`` was read after runs on with before its date (see
    :func:`_label_runs_on`); "" where none."""
    found = find_dates(c.text, dayfirst=doc.dayfirst)
    if found and _LABEL_WORD.search(c.text[: found[0].start]):
        return c.text[: found[0].start]
    if found and found[0].start == 0 and c.segment.text.strip().startswith(c.text.strip()):
        left = [o for o in doc.row_of(c.segment) if o.bbox.x1 <= c.segment.bbox.x0 and o.hits]
        if left:
            nearest = max(left, key=lambda o: o.bbox.x1)
            hit = nearest.hits[-1]
            rest = nearest.text[hit.end :]
            if compact(nearest.text[hit.start : hit.end]) == c.label and _LABEL_WORD.search(rest):
                return rest
    return ""


def _names_other_date(words: str) -> bool:
    """Whether the word a date word runs on with names a date other than the due date ("Datum
    isporuke", delivery; "Datum plačila", payment; "Datum narudžbe", order): a date the
    page prints as what it is, no due date missed."""
    first = _LABEL_WORD.search(words)
    return first is not None and compact(first.group()).startswith(OTHER_DATE_STEMS)


def _unknown_label_beside(doc: _Doc, seg: Segment, found: FoundDate) -> bool:
    """Whether the date ``found`` fills its cell (or follows a text in it) and the text
    before it, in the cell or left in its row, is a label no field knows: a short text
    without digits and without a label hit."""
    head = seg.text[: found.start].strip(" :")
    if seg.text[found.end :].strip(" .") or (head and seg.hits):
        return False
    if not head:
        left = [o for o in doc.row_of(seg) if o.bbox.x1 <= seg.bbox.x0]
        nearest = max(left, key=lambda o: o.bbox.x1) if left else None
        if nearest is None or any(ch.isdigit() for ch in nearest.text):
            # Nothing, or another value, left of it: a grid's value row; its header above.
            nearest = _header_above(doc, seg)
        if nearest is None:
            return False
        head, hits = nearest.text.strip(" :"), nearest.hits
        if hits:
            return False
    if _VALIDITY.search(head):
        return False
    return bool(head) and len(head) <= 40 and not any(ch.isdigit() for ch in head)


def _header_above(doc: _Doc, seg: Segment) -> Segment | None:
    """The header over ``seg`` in a grid of labels over values, where nothing is left of it in
    its row ("Fakturadatum | Förfallodatum | Kundnr" over "2026-03-16 | 2026-04-15 | 10442",
    as Nordic and German invoices print their details): the segment of the row above under
    which the reader would look for its value (``_Doc.below``) and finds ``seg``, the one
    overlapping it most."""
    if seg.row == 0:
        return None
    heads = [
        o
        for o in doc.page_by_number[seg.page].rows[seg.row - 1]
        if any(v is seg for v in doc.below(o, max_rows=1))
    ]
    return max(heads, key=lambda o: o.bbox.x_overlap(seg.bbox), default=None)


#: The label of a validity's last day (a quote's or proforma's "Valid until", a card's "EXP"),
#: which is no payment's.
_VALIDITY = re.compile(
    r"\b(?:valid|validity|exp|expiry|expires|expiration|gültig|valable|validité|válido"
    r"|valido|validità|geldig)\b",
    re.IGNORECASE,
)


#: What a permit prints beside its own date: the printer's authority to print ("BIR Authority
#: to Print ... Date Issued: 01/15/2026 · Printer: ..."), a licence, an accreditation, a
#: validity. Such a date is never the invoice's.
_PERMIT = re.compile(
    r"\b(?:printer|printed by|authority to print|permit|licen[cs]e|accreditation|accredited"
    r"|valid (?:until|till|thru|through)|validity|expiry|expires)\b",
    re.IGNORECASE,
)


def _names_permit(hit: LabelHit) -> bool:
    """A generic date label ("Date Issued", not "Invoice date") in a line about a permit."""
    own = any(w in hit.key for w in _INVOICE_WORDS)
    return not own and _PERMIT.search(hit.label_text) is not None


def _dates_other_number(doc: _Doc, seg: Segment, hit: LabelHit) -> bool:
    """Whether the label left of ``hit`` in its row (its own text's, else the segments' to its
    left) names a number other than the document's own ("PO No: 4500012345", "DC No 88")."""
    left = [o.text for o in doc.row_of(seg) if o.bbox.x1 <= seg.bbox.x0 + 1 and o is not seg]
    text = " ".join([*left, seg.text[: hit.start]]).strip()
    if not text:
        return False
    parts = re.split(r"[:#]", text)
    label = parts[-2] if len(parts) > 1 else " ".join(text.split()[:-1])
    key = compact(label)
    return bool(re.search(r"[^\W\d_]", label)) and not any(
        w in key for w in (*_OWN_NUMBER_WORDS, "inv")
    )


#: Words of the document's own number's label (as :data:`.scorer.OWN_WORDS`).
_OWN_NUMBER_WORDS = tuple(
    compact(w)
    for w in (
        "invoice", "rechnung", "facture", "factura", "fattura", "factuur", "faktura", "fatura",
        "bill", "beleg", "credit", "gutschrift", "avoir", "receipt", "quittung", "document",
    )
)  # fmt: skip


#: A label of its own, with its colon, right after another label and before the date read
#: after it, that names a day before or after this bill's: the next statement or reading, the
#: previous or last bill or payment ("Due date: Next statement: 2026/04/08"; not "Due on the
#: last business day of the month: 30/04/2026", whose words are the due date's own).
_OTHER_DAY_LABEL = re.compile(
    r"\s*(?:next|previous|prior|last|following|nächste\w*|vorherige\w*|letzte\w*|prochain\w*"
    r"|précédent\w*|dernier\w*|próxim\w*|anterior|últim\w*|volgende|vorige|prossim\w*"
    r"|precedent\w*|ultim\w*)\b[^:\d]{0,40}:\s*$",
    re.IGNORECASE,
)


#: "That is" before a date a payment's terms count from the invoice date ("30 jours date de
#: facture, soit le 30/04/2026", "30 Tage ab Rechnungsdatum, d.h. am 30.04.2026"): the
#: deadline's date, not the invoice's.
_THAT_IS = re.compile(
    r"(?:\bsoit(?:\s+(?:le|au|jusqu'au))?|\bi\.\s?e\.|\bd\.\s?h\.(?:\s+am)?|\bcioè(?:\s+il)?"
    r"|\bes\s+decir(?:\s+el)?|\bdus(?:\s+op)?|\bossia(?:\s+il)?)\s*$",
    re.IGNORECASE,
)
#: A sentence's end after a label, and a due date's word opening the next sentence.
_THEN_DUE = re.compile(
    r"^\s*[.;]\s*(?:(?:payment|balance|amount|total|net)\s+)?(?:due|payable|fällig|zahlbar"
    r"|échéance|echeance|scadenza|vence|vencimiento|vervalt|forfald|förfaller)\b",
    re.IGNORECASE,
)
#: A word stating a payment made, before a debit's label in its line.
_PAID_BEFORE = re.compile(
    r"\b(?:bezahlt|paid|payé|payée|pagado|pagato|betaald|betalt|abgebucht|eingezogen)\b",
    re.IGNORECASE,
)
#: The compact labels of "falls due" alone (:func:`_date_after_label`).
_FALLS_DUE = frozenset({"vence", "venceel"})


def _date_after_label(
    fld: str, text: str, score: float, seg: Segment, hit: LabelHit, doc: _Doc, add: _Add
) -> bool:
    """A date after its label; a guessed day/month order lowers its score. An issue date in
    a permit's line is the permit's (:data:`_PERMIT`), another date."""
    found = find_dates(text, dayfirst=doc.dayfirst)
    if found and fld == "invoice_date" and _names_permit(hit):
        fld = "_other_date"
    if (
        found
        and fld == "invoice_date"
        and (_DEADLINE.search(text[: found[0].start]) or _THAT_IS.search(text[: found[0].start]))
    ):
        # The invoice date named in a payment sentence ("14 dagen na factuurdatum, uiterlijk
        # 25-02-2026", "30 days from invoice date, i.e. by 12 March"): the date after the
        # deadline's word is the payment's, not the invoice's.
        fld = "_other_date"
    if found and fld == "invoice_date" and _THEN_DUE.match(seg.text[hit.end :]):
        # The invoice date named at a sentence's end, the next sentence giving the due date
        # ("Terms: 14 days from invoice date. Due 20/03/2026."): the payment's date.
        fld = "_other_date"
    if (
        found
        and fld in ("invoice_date", "due_date")
        and _OTHER_DAY_LABEL.match(text[: found[0].start])
    ):
        # Another label between this one and the date names another day: "... after the due
        # date: Next statement: 2026/04/08", "Fällig am: Letzte Zahlung: 02.03.2026".
        fld = "_other_date"
    if (
        found
        and fld == "due_date"
        and hit.key in _DEBIT_LABELS
        and _PAID_BEFORE.search(seg.text[: hit.start])
    ):
        # A debit stated as made ("Bezahlt per Lastschrift am 12.02.2026", "Paid by direct
        # debit on ..."): the day it was paid, no due date.
        fld = "_other_date"
    if found and fld == "due_date" and hit.key in _FALLS_DUE and seg.text[: hit.start].strip():
        # Spanish "vence" (falls due) dates a payment only opening its cell ("vence
        # 12/02/2026" in an instalment's row): after other words it dates a coupon, points or
        # a warranty ("Cupón vence: 30/04/2026").
        fld = "_other_date"
    if found and fld == "invoice_date" and hit.key == "dt" and _dates_other_number(doc, seg, hit):
        # India's bare "Dt:" beside another paper's number ("Buyer's PO No: 4500012345" |
        # "Dt: 02-03-2026") dates that paper; beside the invoice's own number it is its date.
        fld = "_other_date"
    if found:
        ambiguous = found[0].ambiguous
        add(fld, found[0].value, score * (0.9 if ambiguous else 1.0), seg, text, ambiguous)
        return True
    return False
