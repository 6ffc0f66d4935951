"""Who the seller is where a page names several parties in its own words.

- An agent or platform issuing the invoice "im Namen und für Rechnung von", "au nom et pour le
  compte de", "on behalf of" a business: that business, the principal, is the seller
  (:func:`principal`).
- A factoring notice ("créance cédée", "Forderung abgetreten", "assigned to"): the factor it
  asks to be paid is no seller, however prominent its name and bank details (:func:`factors`).
- An operator's statement whose name wraps to the next line or runs on into an apposition
  ("... operated by Tan Brothers F&B" / "Pte. Ltd. (UEN ...) under licence from ...",
  "Keystone Partners LLC, a licensed franchisee of ..."): the operator's legal name alone
  (:func:`operator_name`).
- A branch's designation after a company's legal form ("Sp. z o.o. Oddział w Krakowie",
  "GmbH Zweigniederlassung Wien"): the company is the seller (:func:`without_branch`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from invoice_scanner_processing.extractors.rules.lexicon import LEGAL_RE, compact
from invoice_scanner_processing.extractors.rules.lexicon import legal_form as _legal_form
from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc
from invoice_scanner_processing.extractors.rules.parsing import strip_accents_in_place
from invoice_scanner_processing.extractors.rules.segments import Segment

#: An agent's formula before the principal it issues the page for, on a text without accents.
#: Only the formulas of acting in another's name: "im Auftrag" opens a signature ("i.A. Max
#: Müller") and names a person.
_PRINCIPAL_WORDS = re.compile(
    r"\b(?:(?:for\s+(?:and|&)\s+)?on\s+behalf\s+of|im\s+namen\s+und\s+fur\s+rechnung\s+(?:von|der|des)"
    r"|au\s+nom\s+et\s+pour\s+le\s+compte\s+(?:de|d')|en\s+nombre\s+y\s+por\s+cuenta\s+de"
    r"|in\s+nome\s+e\s+per\s+conto\s+(?:di|della|del)|namens\s+en\s+voor\s+rekening\s+van"
    r"|w\s+imieniu\s+i\s+na\s+rzecz|em\s+nome\s+e\s+por\s+conta\s+de)"
    r"(?:\s+(?:the|der|des|la\s+societe|la|de\s+la|el|il|la\s+ditta))?\s*:?\s*",
    re.IGNORECASE,
)
#: Words of issuing or collecting for another before an agent's formula (on its line or the
#: line before): the formula then says whose invoice it is. "Ordered", "accepted" or "signed
#: on behalf of" name the party that orders or signs, often the customer.
_ISSUING_WORDS = re.compile(
    r"\b(?:issu\w*|invoic\w*|bill\w*|agent|platform|marketplace|collect\w*|receipt"
    r"|rechnung\w*|ausgestellt|stellt|gutschrift|facture\w*|emise?s?|factura\w*|emitid[ao]s?"
    r"|fattura\w*|emess[ao]|factuur|rachun\w*|faktur\w*|wystawi\w*|nota|recibo)\b",
    re.IGNORECASE,
)
#: Where a name printed after an agent's or payee's formula ends: a comma, a bracket, a dash
#: or a middle dot (its address, its tax id) or a relative clause.
_NAME_END = re.compile(r"\s*(?:[,;(·•|]|\s[-–—]\s|\s(?:qui|which|who|der|die|que|che)\b)")

#: As much as a principal named by an agent's formula is trusted: the page says outright
#: whose invoice it is; earlier blind sets key that business as the seller.
PRINCIPAL_SCORE = 0.85


def _head(text: str) -> str:
    """The name at the start of ``text``: up to its first comma, bracket, dash or clause."""
    m = _NAME_END.search(text)
    # A legal form's own full stop ends the name ("Vogt e.K."): only spaces and colons go.
    return (text[: m.start()] if m else text).strip(" :;")


def _line_after(doc: _Doc, seg: Segment) -> Segment | None:
    """The next segment in reading order on the same page."""
    nxt = seg.index + 1
    if nxt >= len(doc.segments) or doc.segments[nxt].page != seg.page:
        return None
    return doc.segments[nxt]


def _is_company(name: str) -> bool:
    return bool(name) and name[0].isupper() and bool(_legal_form(name))


def _to_legal_form(name: str) -> str:
    """``name`` up to the end of its first legal form (and a form run on after it, "GmbH &
    Co. KG"): "Pennine Estates Ltd by J. Moore" names Pennine Estates Ltd."""
    forms = list(LEGAL_RE.finditer(name))
    if not forms:
        return name
    end = forms[0].end(1)
    for m in forms[1:]:
        if m.start(1) - end > 4:
            break
        end = m.end(1)
    return name[:end]


#: A short label before a name ("Vendido por:", "Seller:"): a few words and a colon.
_LEADING_LABEL = re.compile(r"([^\W\d_][^:\d]{0,28}):\s+(?=\S)")


def _without_label(text: str) -> str:
    """``text`` without a short label before the name (one holding no legal form)."""
    m = _LEADING_LABEL.match(text)
    return text[m.end() :] if m is not None and not _legal_form(m.group(1)) else text


def _names_customer(name: str, customers: set[str]) -> bool:
    """Whether ``name`` is the customer's, also printed there without its legal form
    ("Pennine Estates" heading the block, "Pennine Estates Ltd" after the formula)."""
    key, core = compact(name), compact(LEGAL_RE.sub("", name))
    return any(c and (c == key or (len(core) >= 4 and c.startswith(core))) for c in customers)


def principal(doc: _Doc, customer_names: set[str]) -> Candidate | None:
    """The business an agent's formula names as the one the page is issued for ("... von
    der Handwerkplatz GmbH im Namen und für Rechnung von Schreinerei Vogt e.K., Talstraße 14",
    "as agent, on behalf of:" / "Pho Saigon Kitchen Pty Ltd"): a company's name (with its
    legal form) after the formula, on its line or on the next where the line ends with it;
    never the customer's."""
    customers = customer_names | {
        compact(_to_legal_form(_head(s.text))) for s in doc.segments if s.in_customer
    }
    for seg in doc.segments:
        if seg.in_customer or seg.in_table:
            continue
        # The formula and the name may run on to the next line ("... im Namen und für
        # Rechnung" / "von Malerbetrieb Lange e.K., ..."): read the two lines as one.
        after = _line_after(doc, seg)
        joined = seg.text
        if after is not None and not after.in_customer and not after.in_table:
            joined = f"{seg.text} {after.text}"
        plain = strip_accents_in_place(joined)
        before = doc.segments[seg.index - 1] if seg.index else None
        above = before.text if before is not None and before.page == seg.page else ""
        for m in _PRINCIPAL_WORDS.finditer(plain):
            if m.start() >= len(seg.text):
                break  # the next line's own formula, read with that line
            if not _ISSUING_WORDS.search(f"{strip_accents_in_place(above)} {plain[: m.start()]}"):
                continue
            # The name may follow its own label on the next line ("... en nombre y por cuenta
            # de:" / "Vendido por: Suministros Ferrán S.L.").
            name = _to_legal_form(_head(_without_label(joined[m.end() :].strip())))
            source = seg if m.end() < len(seg.text) else (after or seg)
            if _is_company(name) and not _names_customer(name, customers):
                return Candidate(name, PRINCIPAL_SCORE, source, source.text, labelled=False)
    return None


#: Words of a factoring notice: the invoice's claim was sold or assigned to a factor, who is
#: to be paid. Announcing words only: "factor" alone is an electricity bill's power factor,
#: "subrogation" an insurer's, "Abtretung" a clause of the terms, and "has been sold to" or
#: "assigned to" alone a retention-of-title clause's goods or a credit-control team.
_FACTORING = re.compile(
    r"affacturage|\bsubrogee?s?\b|par\s+subrogation|creance\s+cedee|factoring|abgetreten"
    r"|forderungskauf|cessione\s+del\s+credito|credito\s+ceduto|cesion\s+de(?:l)?\s+credito"
    r"|credito\s+cedido|sold\s+and\s+assigned\s+to|assigned\s+to\s+and\s+(?:is\s+)?payable"
    r"|cedida\s+a",
    re.IGNORECASE,
)
#: A clause that forbids the assignment ("Forderungen dürfen nicht abgetreten werden", "may
#: not be assigned"): no notice of one. (French "ne … que" is "only": "n'est libératoire que
#: s'il est fait à l'ordre de …" announces the factor.)
_NEGATED = re.compile(r"\b(?:nicht|not|kein\w*|ausgeschlossen|prohibited)\b", re.I)


#: The words before the name of the one to be paid in a factoring notice.
_PAYEE_WORDS = re.compile(
    r"(?:(?:(?:exclusivement|uniquement)\s+)?a\s+l'ordre\s+de|au\s+profit\s+de|to\s+the\s+order\s+of|assigned\s+to|sold\s+to"
    r"|payable\s+(?:only\s+)?to|remit\s+(?:payment\s+)?(?:only\s+)?to|pay(?:ment)?\s+only\s+to"
    r"|zahlungen?\s+(?:mit\s+befreiender\s+wirkung\s+)?(?:nur\s+|ausschliesslich\s+)?an"
    r"|abgetreten\s+an|zugunsten|a\s+favor\s+de|a\s+favore\s+di|cedid[ao]\s+a|cedee\s+a"
    r"|exclusivement\s+a|uniquement\s+a)\s+(?:la\s+societe\s+|the\s+|die\s+|der\s+|den\s+)?",
    re.IGNORECASE,
)
#: How many lines around a factoring word its notice spans.
_NOTICE_LINES = 3


@dataclass
class Factoring:
    """What a factoring notice says: the compact names of the factor to be paid, and the
    notice's sentences (no line of them names the seller)."""

    names: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)


#: A line of a notice's sentence: more words than a name and its address hold.
_SENTENCE_WORDS = 6


def factors(doc: _Doc) -> Factoring:
    """The factoring notice on the page: a company's name after the payee's words (its line
    read with the next, as a sentence runs on) within a few lines of one that speaks of
    factoring, and the lines of the notice's sentences."""
    found = Factoring()
    for seg in doc.segments:
        plain = strip_accents_in_place(seg.text)
        if not _FACTORING.search(plain) or _NEGATED.search(plain):
            continue
        if len(seg.text.split()) >= _SENTENCE_WORDS:
            found.sentences.add(id(seg))
        lo, hi = max(0, seg.index - _NOTICE_LINES), seg.index + _NOTICE_LINES + 1
        for other in doc.segments[lo:hi]:
            if other.page != seg.page:
                continue
            after = _line_after(doc, other)
            joined = other.text if after is None else f"{other.text} {after.text}"
            plain = strip_accents_in_place(joined)
            for m in _PAYEE_WORDS.finditer(plain):
                if m.start() >= len(other.text):
                    break
                name = _to_legal_form(_head(joined[m.end() :]))
                if _is_company(name):
                    found.names.add(compact(name))
    return found


def names_factor(c: Candidate, notice: Factoring) -> bool:
    """Whether ``c`` is (or opens with) the name a factoring notice asks to be paid, or is
    read from a line of the notice's sentences."""
    key = compact(str(c.value))
    return id(c.segment) in notice.sentences or any(key.startswith(f) for f in notice.names if f)


#: A branch's designation after the company's legal form: the company is the seller.
_BRANCH_TAIL = re.compile(
    r"[\s,]+(?:[-–—]\s*)?(?:oddzia[lł]\b|zweigniederlassung\b|niederlassung\b|succursale\b"
    r"|sucursal\b|organizacni\s+slozka\b|odstepny\s+zavod\b|fi[lł]ia[lł]\w*\b"
    r"|(?:[^\W\d_]+\s+)?branch\b).*$",
    re.IGNORECASE,
)


def without_branch(c: Candidate | None) -> Candidate | None:
    """``c`` without a branch's designation printed after the company's legal form."""
    if c is None:
        return None
    value = str(c.value)
    m = _BRANCH_TAIL.search(strip_accents_in_place(value))
    if m is None or not m.start() or not _legal_form(value[: m.start()]):
        return c
    return replace(c, value=value[: m.start()].rstrip(" ,–—-"))


def operator_name(doc: _Doc, c: Candidate) -> Candidate:
    """An operator statement's name as its legal name: cut at an apposition or licence after
    the legal form ("Keystone Partners LLC, a licensed franchisee of ..."), or finished by
    the legal form the next line opens with ("Tan Brothers F&B" / "Pte. Ltd. (UEN ...)")."""
    value = str(c.value)
    head = _head(value)
    if _legal_form(head):
        return replace(c, value=head) if head != value else c
    if _legal_form(value):
        return c
    after = _line_after(doc, c.segment)
    if after is None:
        return c
    tail = _head(after.text)
    if tail and _legal_form(tail) and not LEGAL_RE.sub("", tail).strip(" ."):
        return replace(c, value=f"{head} {tail}")
    return c
