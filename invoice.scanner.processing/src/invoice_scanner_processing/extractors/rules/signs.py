"""The trading name a page's header prints, apart from the line the scorer chose: a sign over
the same business's legal line (vendor5), a sign among several header lines, a logo set over
two lines, and a name broken over two lines before or after its legal form. Each takes the
chosen candidate and returns it, or the header's name in its place."""

from __future__ import annotations

import re
from dataclasses import replace

from invoice_scanner_processing.extractors.rules.lexicon import LEGAL_RE, TITLES, compact, label_key
from invoice_scanner_processing.extractors.rules.lexicon import legal_form as _legal_form
from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc
from invoice_scanner_processing.extractors.rules.names import (
    _ADDRESSY,
    _looks_like_name,
    _name_parts,
    ends_with_operator_words,
    is_firm_name,
    without_leading_speck,
    without_logo_letter,
)
from invoice_scanner_processing.extractors.rules.segments import Page, Segment, usual_height
from invoice_scanner_processing.extractors.rules.tradename import (
    KIND_WORDS,
    all_in,
    is_kind_line,
    shares_word,
    sign_names_legal,
    stacked_logo,
    unglued_article,
    unglued_sign,
)
from invoice_scanner_processing.extractors.rules.vocabulary import ORGANISATION_WORDS

#: The labels of commercial registers whose entries are companies (France's RCS, the
#: Netherlands' KvK, Germany's HRB/HRA, Australia's ACN), as a seller's legal line prints them.
COMPANY_REGISTER_WORDS = r"RCS|KvK|KVK|HRB|HRA|Handelsregister|ACN"
#: Registration and tax ids that a seller's legal line prints beside its name.
_LEGAL_LINE_WORDS = (
    rf"SIRET|SIREN|TVA|VAT|USt|UID|ABN|GSTIN|CIF|NIF|{COMPANY_REGISTER_WORDS}"
    r"|P\.?\s?IVA|Partita IVA|IČO|NIP|Org\.?\s?nr|CVR|Company No|Registered in"
)
_LEGAL_LINE_RE = re.compile(rf"\b(?:{_LEGAL_LINE_WORDS})\b")


def _logo_in_full(doc: _Doc, chosen: Candidate) -> Candidate:
    """The trading name a logo sets over two lines, where the chosen name is the logo's first
    line ("Kookaburra") or a legal name that says more than the logo ("Brightwater Energy" /
    "Brightwater Energy Supply Ltd" in the footer): the two lines, as the page spells them in
    full elsewhere (:func:`.tradename.stacked_logo`)."""
    first = doc.pages[0]
    if chosen.labelled or chosen.segment.page != first.number:
        return chosen
    for seg in first.segments[:12]:
        if seg.bbox.y0 > 0.25 * first.height:
            continue
        full = stacked_logo(first, doc.segments, seg)
        if full is None:
            continue
        if seg is chosen.segment:
            return Candidate(full, chosen.score, seg, seg.text, labelled=False)
        core = compact(_legal_core(chosen.value))
        if _legal_form(chosen.value) and core.startswith(compact(full)) and core != compact(full):
            # Sets keyed by hand differ on the logo or the legal name: not to be approved unseen.
            return Candidate(full, min(chosen.score, 0.75), seg, seg.text, labelled=False)
    return chosen


def _sign_over_legal_name(
    doc: _Doc, chosen: Candidate | None, scored: list[Candidate]
) -> Candidate | None:
    """The name the page leads with, where the chosen legal name right under it is the same
    business's ("Harbour Lights Bistro" over "Harbour Lights Catering (Pty) Ltd"): the
    trading name as printed is the vendor name (INTEGRATION.md). A sign that is only the
    legal name's core, one logo word, or a legal name in the footer leaves the legal name."""
    if chosen is None or chosen.labelled or not _legal_form(chosen.value):
        return chosen
    lead = _leading_name(doc, scored)
    if lead is None or lead is chosen or not _follows(lead.segment, chosen.segment):
        return _sign_lines_over_legal(doc, chosen, scored)
    core = _legal_core(chosen.value)
    sign = unglued_sign(lead.value, core)
    if not sign_names_legal(sign, core) and not sign_names_legal(sign, _whole_legal_line(chosen)):
        return _sign_lines_over_legal(doc, chosen, scored)
    # As sure as the sign's own reading, never the legal line's: sets keyed by hand differ on
    # which of the two a person types, so the swap is not to be approved unseen.
    return Candidate(sign, lead.score, lead.segment, lead.text, labelled=False)


def _whole_legal_line(chosen: Candidate) -> str:
    """The legal name as its whole line prints it, where the chosen name is the line's last
    part after a dash ("Bela Vista - Pastelaria e Snack-Bar, Lda": the trading name, then the
    business's kind and legal form) and the line holds nothing else (no digits); else the
    chosen name's core."""
    line = chosen.text.strip()
    head = line[: -len(chosen.value)].rstrip() if line.endswith(chosen.value) else ""
    if not head.endswith(("-", "–", "—")) or any(c.isdigit() for c in line):
        return _legal_core(chosen.value)
    return _legal_core(line)


def logo_word_doubt(doc: _Doc, chosen: Candidate, *, named: bool = False) -> Candidate:
    """``chosen``, doubted where it is a legal name other than the one word set largest in the
    first page's header: a wordmark that is a part of it ("NORDHEM" heading the page,
    "Nordhem Inredning AB" in the sender block or the footer) or a brand that is not
    ("CloudDesk" over "Nimbus Softworks Private Limited"). The legal name is kept, but sets
    keyed by hand differ on the wordmark or the legal name, so neither is approved unseen (the
    mirror of the sign's doubt below). A wordmark that is the legal name's whole core
    ("NORDHEM", "Nordhem AB") is the same name. A name a seller label gives (``named``) is
    doubted only where the wordmark is a word of it ("TRANS-POL" over "Sprzedawca: Trans-Pol
    Kowalski Sp. z o.o."): a platform's wordmark over "Verkauft von: …" names another
    business (:func:`.vendor._vendor`)."""
    if not _legal_form(chosen.value):
        return chosen
    mark = _wordmark(doc)
    if mark is None or mark is chosen.segment:
        return chosen
    # A wordmark the OCR split into cells of one row ("HALLES | DU PALAIS") is read whole.
    row = [o for o in doc.row_of(mark) if o.bbox.height >= 0.8 * mark.bbox.height]
    whole = " ".join(o.text for o in sorted(row, key=lambda o: o.bbox.x0)) or mark.text
    if compact(_legal_core(chosen.value)) in (compact(mark.text), compact(whole)):
        return chosen
    if (
        (chosen.labelled or named)
        and not shares_word(mark.text, chosen.value)
        and not _mark_legal_elsewhere(doc, {compact(mark.text), compact(whole)}, chosen)
    ):
        return chosen
    return replace(chosen, score=min(chosen.score, _SIGN_DOUBT))


def legal_beyond_wordmark(
    doc: _Doc, chosen: Candidate | None, scored: list[Candidate]
) -> Candidate | None:
    """The legal name where the chosen name is the page's one-word wordmark and a legal name
    outside the customer's block holds that word and says more ("hexaphone" heading the
    page, "Hexaphone Télécom SA au capital de …" in the footer; "NORDHEM" over "Nordhem
    Inredning AB"; "vireo" over "Groupe Vireo SAS", the word after the group's or the
    trade's word): INTEGRATION.md reports the legal name, at most 0.75 (hand-keyed sets
    differ on the wordmark or the legal name)."""
    # Names joined by "&" count here ("BRANDT & SÖHNE" over "Brandt & Söhne Haustechnik
    # GmbH"), not where a wordmark only puts the legal name in doubt: of five pages whose
    # legal name was read under such a wordmark, all five were keyed by that legal name.
    read = _read_as_wordmark(doc, chosen, least=1)
    if chosen is None or read is None:
        return chosen
    mark, words = read
    for c in _legal_names(scored):
        core = [compact(w) for w in _legal_core(c.value).split()]
        # A wordmark of two or three words is the legal name's first words, in their order
        # ("STRAITS MERIDIAN" over "Straits Meridian Shipping Pte. Ltd."): a name that only
        # shares a word with it is another firm's.
        held = (
            words[0] in core
            if len(words) == 1
            else core[: len(words)] == words and len(core) > len(words)
        )
        if len(core) >= 2 and held:
            if _run_on_under(doc, mark, str(c.value)):
                # The letterhead prints the legal name whole, the wordmark's line run on under
                # it ("BRENNER & VOGT" over "Anlagentechnik GmbH"): the two lines are read as
                # one name with no doubt (:func:`legal_name_whole`).
                return chosen
            return Candidate(c.value, min(c.score, _SIGN_DOUBT), c.segment, c.text, labelled=False)
    return chosen


def wordmark_with_its_form(
    doc: _Doc, final: Candidate | None, scored: list[Candidate]
) -> Candidate | None:
    """The name with its legal form where the reading is the page's wordmark of two or three
    words and a legal name elsewhere outside the customer's block is those words and a form
    ("Elektro Gruber" heading the page, "Elektro Gruber e.U." in the sender line and the
    footer): one name, reported with the form printed with it (INTEGRATION.md), as sure as
    the reading was. A wordmark whose next line runs on into a legal form ("BRENNER & VOGT"
    over "Anlagentechnik GmbH") names more than the shorter legal name."""
    read = _read_as_wordmark(doc, final, least=2)
    if final is None or read is None or _legal_line_under(doc, read[0]):
        return final
    mark, words = read
    for c in _legal_names(scored):
        if c.segment is not mark and [compact(w) for w in _legal_core(c.value).split()] == words:
            return replace(final, value=c.value, segment=c.segment, text=c.text)
    return final


def _read_as_wordmark(
    doc: _Doc, reading: Candidate | None, *, least: int
) -> tuple[Segment, list[str]] | None:
    """The page's wordmark and its words (compact) where ``reading`` is that wordmark of
    ``least`` to three words, read without a label or a legal form; else None."""
    if reading is None or reading.labelled or _legal_form(reading.value):
        return None
    mark = _wordmark(doc, joined=True)
    words = [compact(w) for w in str(reading.value).split()]
    if mark is None or reading.segment is not mark or not least <= len(words) <= 3:
        return None
    return mark, words


def _legal_names(scored: list[Candidate]) -> list[Candidate]:
    """The candidates with a legal form outside the customer's block, best first."""
    return sorted(
        (c for c in scored if not c.segment.in_customer and _legal_form(c.value)),
        key=lambda c: -c.score,
    )


def legal_name_over_sign(
    doc: _Doc,
    final: Candidate | None,
    scored: list[Candidate],
    *,
    own_address: bool,
    tax_ids: list[Segment],
) -> Candidate | None:
    """The legal name printed on the page where the reading is a name without a legal form (a
    shop's sign, a wordmark, a trading name) and the legal name is the same business's: it
    shares a distinctive word with the reading ("THE COPPER KETTLE" over "Copper Kettle
    Hospitality Ltd", "KILMORE SERVICE STATION" and "Kilmore Fuels Ltd"), or the page has no
    customer's block, as a till's receipt, whose legal name is its operator's ("CHURRERÍA LOS
    ARCOS" over "Hnos. Ortega Vidal, S.L. · CIF B-…"). The seller's name is the name it is
    registered under (an e-invoice's BT-27; INTEGRATION.md); people keying a page by hand
    differ on the sign or the legal name, so the swap is at most 0.75. A legal name read with
    digits or a label's colon, or read weakly, is no better than the sign; ``own_address``: the
    seller's own e-mail or web address spells the reading, which no other name then beats
    unless it shares its words. A firm's name ("J. KELLY & SONS", "Clydesdale Accountants") is
    a name of its own, no sign; a bank's or a card acquirer's legal name ("Clydesdale Bank
    PLC", "Elavon Financial Services DAC") is never the seller's; and a legal name of another
    words than the sign's counts only beside a tax id (:data:`tax_ids`), as the company that
    runs a shop prints its own ("CIF B-…"), where an account customer on a trade counter's
    slip does not."""
    if final is None or final.labelled or _legal_form(final.value) or is_firm_name(final.value):
        return final
    # A name the seller's own e-mail or web address spells is the seller's, whatever another
    # legal name the page prints (a freelancer's letterhead over a company's address block).
    till = not own_address and not any(s.in_customer for s in doc.segments)

    def same_business(c: Candidate, value: str | None) -> bool:
        if c.segment.in_customer or not value or c.score < _LEGAL_OVER_SIGN_FLOOR:
            return False
        if _PAYMENT_HOUSE.search(value):
            return False
        if shares_word(str(final.value), value):
            return True
        return till and _beside_tax_id(doc, c.segment, tax_ids)

    named = ((c, _legal_name_of(c, str(final.value))) for c in scored)
    legal = [(c, value) for c, value in named if value and same_business(c, value)]
    if not legal:
        return final
    best, value = max(legal, key=lambda cv: cv[0].score)
    score = min(final.score, best.score, _SIGN_DOUBT)
    # OCR's glue between the name and its trade in capitals ("KILIMOTRADERS LIMITED" beside
    # "KILIMO SUPERMARKET") undone as for the sign; a word in mixed case is a compound
    # ("Mustikkakauppa Oy").
    value = unglued_sign(value, str(final.value)) if value.isupper() else value
    return Candidate(value, score, best.segment, best.text, labelled=False)


def _legal_name_of(c: Candidate, sign: str) -> str | None:
    """The legal name a candidate reads, or None: a name with its legal form, no label's colon
    and no registration number run into it. Read after a dash that follows the sign's own
    words ("Sol Nascente - Padaria e Café, Lda" under "SOL NASCENTE"), it is the whole line:
    the firm's name in full."""
    value = str(c.value)
    if not _legal_form(value) or ":" in value or any(ch.isdigit() for ch in value):
        return None
    line = c.text.strip()
    head = line[: -len(value)].rstrip() if line.endswith(value) and line != value else ""
    if head.endswith(("-", "–", "—")) and shares_word(head, sign):
        return line
    return value


#: The least score a legal name needs to be reported over the sign (:func:`legal_name_over_sign`).
_LEGAL_OVER_SIGN_FLOOR = 0.5
#: A bank's or a card payment house's name: the account's keeper or the card's acquirer, never
#: the shop ("Clydesdale Bank PLC", "Banco Sabadell, S.A.", "Elavon Financial Services DAC",
#: "Nexi Payments S.p.A.", "Worldline SA" prints "Merchant Services").
_PAYMENT_HOUSE = re.compile(
    r"\b(?:bank|banco|banca|banque|bankası|sparkasse|payments?|financial\s+services"
    r"|merchant\s+services|card\s+services|acquiring|worldline|adyen|elavon|nexi|stripe"
    r"|square|sumup|paypal|zettle)\b",
    re.IGNORECASE,
)


#: A tax or registration id's label as shops print theirs beside their legal name: the legal
#: line's ids and those of more countries ("GST Reg No", "UEN", "RUC", "RFC", "CUIT", "CNPJ",
#: "BTW", "MWST", "SST", "Adószám", "DIČ", "Y-tunnus", "Co. Reg").
_TAX_ID_LINE = re.compile(
    rf"\b(?:{_LEGAL_LINE_WORDS}"
    r"|GST|UEN|RUC|RFC|CUIT|CNPJ|CPF|NIT|RUT|TIN|PAN|BTW|MWST|MwSt|SST|Adószám|DIČ|IČ"
    r"|Y-tunnus|Co\.?\s?Reg|Reg\.?\s?No|Steuernummer|St\.?-?Nr)\b"
)


def _beside_tax_id(doc: _Doc, seg: Segment, tax_ids: list[Segment]) -> bool:
    """Whether a tax id was read, or a tax id's label printed, on ``seg``'s line or within
    three lines of it."""
    h = max(seg.bbox.height, 1.0)
    near = [o for o in doc.segments if o.page == seg.page and abs(o.bbox.y0 - seg.bbox.y0) < 4 * h]
    read = {id(v) for v in tax_ids}
    return any(id(o) in read or _TAX_ID_LINE.search(o.text) for o in near)


def unglued_after_wordmark(doc: _Doc, final: Candidate | None) -> Candidate | None:
    """``final`` with a space put back where it opens with the page's wordmark and OCR glued
    the mark's last word to the next one ("CEDAR HILL" heading a slip, "Cedar HillDrug Co."
    in its footer → "Cedar Hill Drug Co."): only a lower-case letter before an upper-case
    one, so that a word run on in capitals ("CEDAR HILLS") is never cut."""
    mark = _wordmark(doc, joined=True) if final is not None else None
    if final is None or mark is None or mark is final.segment:
        return final
    words = without_logo_letter(without_leading_speck(mark.text.strip())).split()
    # The mark's words in any case; the glued word's capital in its own ("Hill|Drug").
    head = re.compile(r"\s*(?i:" + r"\s+".join(map(re.escape, words)) + r")(?=[A-Z])")
    value = str(final.value)
    m = head.match(value)
    if m is None or not value[m.end() - 1].islower():
        return final
    return replace(final, value=f"{value[: m.end()]} {value[m.end() :]}")


def _legal_line_under(doc: _Doc, mark: Segment) -> bool:
    """Whether the line right under ``mark`` is a legal form's line of words only: the
    wordmark's name runs on there ("BRENNER & VOGT" over "Anlagentechnik GmbH")."""
    nearest = min(_lines_under(doc, mark), key=lambda o: o.bbox.y0, default=None)
    return (
        nearest is not None
        and _legal_form(nearest.text)
        and not any(ch.isdigit() for ch in nearest.text)
    )


def _lines_under(doc: _Doc, mark: Segment) -> list[Segment]:
    """The lines that start right under ``mark`` (within 1.5 times its height) and share some
    of its width."""
    h = max(mark.bbox.height, 1.0)
    return [
        o
        for o in doc.segments
        if o.page == mark.page
        and o.bbox.x_overlap(mark.bbox) > 0
        and 0 <= o.bbox.y0 - mark.bbox.y1 < 1.5 * h
    ]


def _run_on_under(doc: _Doc, mark: Segment, name: str) -> bool:
    """Whether ``mark`` and the line right under it spell ``name``."""
    # Folded, not compacted: compacted, any two lines of Greek would spell any Greek name.
    key = label_key(name)
    return bool(key) and any(
        label_key(f"{mark.text} {o.text}") == key for o in _lines_under(doc, mark)
    )


def legal_name_whole(
    doc: _Doc, chosen: Candidate | None, scored: list[Candidate]
) -> Candidate | None:
    """The legal name in full where the chosen one is cut short and read whole elsewhere on
    the page outside the customer's block: a legal form's line that names only a kind of
    business ("Beratungsgesellschaft mbH", the second line of a letterhead whose first is
    "HOLM & PARTNER") and the tail of a name printed whole ("Holm & Partner
    Beratungsgesellschaft mbH · …" in the sender line); or the page's first line, read with a
    legal form ("fig & co." heading a till), the head of a legal name that ends in its own
    form ("Fig & Co. Patisserie Pte. Ltd."); or the line run on under the wordmark ("KAPUAS
    ORIENT" over "LINES PTE. LTD."), the two making a legal name printed whole elsewhere
    ("Beneficiary: Kapuas Orient Lines Pte. Ltd."). A name read with a label's words, a sentence or
    digits around it ("Pay to: …", "… Thank you for your business!") is no name in full. At
    most 0.75 (hand-keyed sets differ on a wordmark or the legal name)."""
    if chosen is None or chosen.labelled or not _legal_form(chosen.value):
        return chosen
    tail = compact(chosen.value)
    cut = is_kind_line(_legal_core(chosen.value))
    seg = chosen.segment
    mark = seg.page == doc.pages[0].number and seg.row <= 1
    # The wordmark's words and the chosen line's make the whole name ("KAPUAS ORIENT" set
    # large over "LINES PTE. LTD. · Co. Reg. No. …"): the name run on under its wordmark.
    sign = _wordmark(doc)
    head = compact(sign.text) if sign is not None and sign is not seg else None
    if not (cut or mark or head):
        return chosen
    spelled = _joined_spelled_whole(chosen, head, scored)
    if spelled is not None:
        return spelled
    for c in sorted(scored, key=lambda c: -c.score):
        name = str(c.value)
        key = compact(name)
        if c.segment.in_customer or c.segment is chosen.segment or not _ends_in_form(name):
            continue
        if ":" in name or any(ch.isdigit() for ch in name) or len(key) < len(tail) + 3:
            continue
        if _COPULA_RE.search(name):
            continue  # "Smith & Co. is a trading name of Harlow Smith Ltd": a sentence
        run_on = head is not None and key == head + tail
        if (cut and key.endswith(tail)) or (mark and key.startswith(tail)) or run_on:
            return Candidate(c.value, min(c.score, _SIGN_DOUBT), c.segment, c.text, labelled=False)
    return chosen


#: An Italian partnership's line under its sign: "di", the partners, and the firm's form
#: ("di Rossi Marco & C. s.a.s.", "di Bianchi Marco & C. s.n.c.").
_ITALIAN_FIRM_LINE = re.compile(
    r"^di\s+[A-Z][^\d]*?(?:s\.?\s?n\.?\s?c|s\.?\s?a\.?\s?s|s\.\s?s)\.?$", re.IGNORECASE
)


def italian_firm_in_full(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """An Italian business's name in full where its sign heads the first page and the line
    under it names the partners and the form ("BAR PASTICCERIA ROSSI" / "di Rossi Marco & C.
    s.a.s."): the firm's name is the sign with that line ("Bar Pasticceria Rossi di Rossi Marco
    & C. s.a.s."), where the chosen name is read from those lines (OCR may cut each line in
    two cells). At most 0.75, as a sign over its legal name."""
    if chosen is None or chosen.labelled:
        return chosen
    first = doc.pages[0]
    if chosen.segment.page != first.number:
        return chosen
    lines = [
        " ".join(o.text.strip() for o in sorted(row, key=lambda o: o.bbox.x0))
        for row in first.rows[:6]
    ]
    for i, line in enumerate(lines):
        if i == 0 or not _ITALIAN_FIRM_LINE.match(line):
            continue
        if compact(str(chosen.value)).endswith(compact(line)):
            return chosen  # already the name in full ("Supermercato Il Girasole di Bianchi S.n.c.")
        # The sign: the rows right above, set at least nearly as large as the partners' line
        # ("BAR PASTICCERIA" / "GIANDUJA"), words only; a smaller greeting or a title over
        # them ("BENVENUTI", "COPIA CLIENTE") is no part of it.
        low = min(o.bbox.height for o in first.rows[i])
        top = i
        while top > 0 and _sign_row(first.rows[top - 1], low):
            top -= 1
        if top == i:
            return chosen
        sign = lines[top:i]
        rows = {id(o) for row in first.rows[top : i + 1] for o in row}
        if id(chosen.segment) not in rows:
            return chosen
        name = " ".join([*sign, line])
        return Candidate(name, min(chosen.score, _SIGN_DOUBT), chosen.segment, name, labelled=False)
    return chosen


def _sign_row(row: list[Segment], low: float) -> bool:
    """Whether a row over a partners' line of height ``low`` is the sign's: every cell words
    without digits, none a title, at least 0.9 as tall."""
    return all(
        not any(c.isdigit() for c in o.text)
        and compact(o.text) not in TITLES
        and o.bbox.height >= 0.9 * low
        for o in row
    )


def _joined_spelled_whole(
    chosen: Candidate, head: str | None, scored: list[Candidate]
) -> Candidate | None:
    """Where the chosen name is the wordmark (``head``, compact) already joined with the line
    run on under it (:func:`_with_name_line_above`), the page's own spelling of the whole name
    on one line outside the customer's block, if it prints one (at most 0.75)."""
    tail, seg = compact(chosen.value), chosen.segment
    if head is None or not tail.startswith(head) or head in compact(seg.text):
        return None
    for c in sorted(scored, key=lambda c: -c.score):
        if not c.segment.in_customer and c.segment is not seg and compact(str(c.value)) == tail:
            return Candidate(c.value, min(c.score, _SIGN_DOUBT), c.segment, c.text, labelled=False)
    return None


#: A sentence's verb "to be" (en, de, fr, it, es, nl, sv): a line saying what a name is ("Smith
#: & Co. is a trading name of Harlow Smith Ltd", "… ist eine Marke der …") is no name in full.
_COPULA_RE = re.compile(r"(?<!\w)(?:is|are|was|ist|sind|est|è|es|zijn|är)(?!\w)", re.IGNORECASE)


def _ends_in_form(name: str) -> bool:
    """Whether ``name`` ends in its legal form ("… Pte. Ltd.", "… mbH"), nothing after it."""
    forms = list(LEGAL_RE.finditer(name))
    return bool(forms) and not name[forms[-1].end(1) :].strip(" .,)")


def _mark_legal_elsewhere(doc: _Doc, marks: set[str], chosen: Candidate) -> bool:
    """Whether the page prints the wordmark's own legal name apart from the chosen one
    ("brocantia" heading the page, "Brocantia NV · Kortrijksesteenweg …" in the footer): the
    wordmark's business is then an issuer in its own right, and a "Seller:" block under it
    may be the platform's customer (a marketplace invoicing its fees to a seller) as well as
    the business it sells for, so neither is approved unseen."""
    for seg in doc.segments:
        if seg is chosen.segment or seg.in_customer:
            continue
        for part in _name_parts(seg.text):
            if _legal_form(part) and compact(_legal_core(part)) in marks:
                return True
    return False


#: A wordmark's word: letters, with digits, a hyphen, an ampersand or an apostrophe inside
#: ("NETZWERK24", "TRANS-POL", "GAIL'S", "B&Q"), at least three letters and mostly letters.
_MARK_WORD = re.compile(r"[^\W\d_][\w'’&-]*")


#: A word of its own that joins a wordmark's names ("BRANDT & SÖHNE").
_MARK_JOINERS = frozenset({"&", "+"})


def _mark_word(text: str, joined: bool = False) -> bool:
    letters = sum(c.isalpha() for c in text)
    return (
        all(_MARK_WORD.fullmatch(w) or (joined and w in _MARK_JOINERS) for w in text.split())
        and letters >= 3
        and letters >= 0.7 * len(text.replace(" ", ""))
    )


def _wordmark(doc: _Doc, *, joined: bool = False) -> Segment | None:
    """The first page's largest line in its top fifth when it is a logo's words: one to three
    words of letters (a letter-spaced wordmark comes apart, "NO RDHEM"; :func:`_mark_word`
    lets digits and joiners inside a word, "NETZWERK24", "TRANS-POL"), set well above the
    page's usual size (1.4 times: OCR boxes of ordinary lines vary, and a sign a size larger
    was read at 1.45 times the median on a scanned slip). ``joined``: "&" or "+" may stand
    between its words ("BRANDT & SÖHNE"), a logo letter before it is dropped either way."""
    first = doc.pages[0]
    median = usual_height(first)
    top = [s for s in first.segments if s.bbox.y0 < 0.2 * first.height and not s.in_customer]
    if not top:
        return None
    big = max(top, key=lambda s: s.bbox.height)
    text = without_logo_letter(without_leading_speck(big.text.strip()))
    if (
        big.bbox.height < 1.3 * median
        or len(text.split()) > 3
        or not _mark_word(text, joined)
        or len(text.replace(" ", "")) < 3
        or compact(text) in TITLES
        # "Sales Invoice"; an e-invoice's title ("e-FATURA", "e-Invoice") by its hyphen.
        or any(compact(word) in TITLES for word in re.split(r"[\s\-–]+", text))
        or big.hits
    ):
        return None
    return big


#: The most a sign read over the legal line without the first row's rule may be trusted:
#: sets keyed by hand differ on the sign or the legal name, so never approved unseen.
_SIGN_DOUBT = 0.75


def _sign_lines_over_legal(doc: _Doc, chosen: Candidate, scored: list[Candidate]) -> Candidate:
    """A till's sign among the lines above the legal line that :func:`_leading_name` does not
    reach: a name line under a logo word ("linde" / "Buurtsuper De Linde" / "De Linde
    Supermarkten B.V."), a sign over two lines ("PROXI MARCHÉ" / "DES CAPUCINS" over "SAS
    DISTRIMARCHÉ CAPUCINS"), or a sign in large type heading the slip over the operating
    company's legal line and its tax id, naming it otherwise ("LA TASCA DE TRIANA" over
    "Hostelería Guadalquivir Sur, S.L." / "CIF …")."""
    lines = _sign_lines(doc, chosen.segment)
    own = {id(c.segment): c for c in scored if not _legal_form(c.value)}
    lines = [seg for seg in lines if id(seg) in own]
    if not lines:
        return chosen
    core = _legal_core(chosen.value)
    for i, seg in enumerate(lines):
        sign = unglued_sign(own[id(seg)].value, core)
        if sign_names_legal(sign, core):
            return _sign_candidate(sign, own[id(seg)])
        low = lines[i + 1] if i + 1 < len(lines) else None
        if low is None or low.row != seg.row + 1 or shares_word(sign, core):
            continue
        if sign_names_legal(unglued_sign(own[id(low)].value, core), core):
            continue  # a word over the sign that names the business alone ("TABERNA")
        both = unglued_article(f"{sign} {_unquoted_comma(low.text)}", core)
        if shares_word(both, core):
            return _sign_candidate(both, own[id(seg)])
    top = lines[0]
    legal = chosen.segment
    if (
        top.row == 0
        and len(own[id(top)].value.split()) >= 2
        and top.bbox.height >= 1.25 * legal.bbox.height
        and not all_in(top.text, KIND_WORDS)
        and (
            _tax_id_under(doc, legal)
            or (_tax_id_in_block(doc, legal) and not shares_word(own[id(top)].value, core))
        )
    ):
        return _sign_candidate(own[id(top)].value, own[id(top)])
    return chosen


def legal_in_full(legal: Candidate | None, sign: Candidate | None) -> Candidate | None:
    """The legal name where the sign read over it (:func:`_sign_over_legal_name`) is only
    some of its words ("DRAGON PEARL" over "Restoran Dragon Pearl Sdn Bhd", "CASA PACO" over
    "Bar Restaurante Casa Paco, S.L."): the legal name names the same business in full. As
    doubtful as the sign (hand-keyed sets differ on which of the two is the name)."""
    if legal is None or sign is None or sign is legal or not _legal_form(legal.value):
        return sign
    words = set(_WORD.findall(sign.value.casefold()))
    if not words or not words < set(_WORD.findall(_legal_core(legal.value).casefold())):
        return sign
    return replace(legal, score=min(legal.score, _SIGN_DOUBT))


_WORD = re.compile(r"[^\W_]+")


def _sign_candidate(sign: str, lead: Candidate) -> Candidate:
    return Candidate(sign, min(lead.score, _SIGN_DOUBT), lead.segment, lead.text, labelled=False)


def _sign_lines(doc: _Doc, legal: Segment) -> list[Segment]:
    """The first page's rows above the legal line, each one line set at least as large as the
    page's usual text, when the legal line sits in the header's first rows."""
    first = doc.pages[0]
    if legal.page != first.number or not 0 < legal.row <= _HEADER_ROWS:
        return []
    median = usual_height(first)
    return [
        row[0]
        for row in first.rows[: legal.row]
        if len(row) == 1 and not row[0].in_customer and row[0].bbox.height >= median
    ]


def _tax_id_under(doc: _Doc, legal: Segment) -> bool:
    """Whether the row under the legal line states a registration or tax id ("CIF B…")."""
    page = doc.page_by_number[legal.page]
    if legal.row + 1 >= len(page.rows):
        return False
    return any(_LEGAL_LINE_RE.search(o.text) for o in page.rows[legal.row + 1])


def _tax_id_in_block(doc: _Doc, legal: Segment) -> bool:
    """Whether the legal line's block states a registration or tax id under the address lines
    that follow it ("KNB Retail (S) Pte Ltd" / street / town / "GST Reg No: …"), as a till's
    header prints the operating company."""
    page = doc.page_by_number[legal.page]
    h = max(legal.bbox.height, 1.0)
    last = legal.bbox.y1
    for row in page.rows[legal.row + 1 : legal.row + 1 + _HEADER_ROWS]:
        if not row or min(o.bbox.y0 for o in row) - last > 1.5 * h:
            return False
        if any(_LEGAL_LINE_RE.search(o.text) or _states_tax_id(o) for o in row):
            return True
        if not all(_ADDRESSY.search(o.text) or _POSTAL_LINE.search(o.text) for o in row):
            return False
        last = max(o.bbox.y1 for o in row)
    return False


#: A town's line of an address: words and a postcode of four to six digits, either way round
#: ("Singapore 238872", "80000 Johor Bahru").
_POSTAL_LINE = re.compile(r"^\s*(?:[^\W\d_][\w .'-]*\s\d{4,6}|\d{4,6}\s[^\W\d_][\w .'-]*)\s*$")


def _states_tax_id(seg: Segment) -> bool:
    """A line opening with a label of a tax or registration id ("GST Reg No:", "SST ID")."""
    return any(
        hit.start == 0 and ("vat_id" in hit.fields or "_tax_id" in hit.fields) for hit in seg.hits
    )


#: How many rows under the sign the legal line may sit (a tagline, a row of stars between).
_HEADER_ROWS = 3


def _follows(sign: Segment, legal: Segment) -> bool:
    """Whether the legal line follows the sign in the page's header, a few rows under it; a
    company line in the footer belongs to a letterhead whose logo may be a fragment of the
    name ("BLUE HERON" / "Blue Heron Coffee Roasters Ltd")."""
    return legal.page == sign.page and 0 < legal.row - sign.row <= _HEADER_ROWS


def _leading_name(doc: _Doc, scored: list[Candidate]) -> Candidate | None:
    """The name alone on the first page's first row, set at least as large as the page's
    usual text and without a legal form: a till's sign or a letterhead's trading name."""
    first = doc.pages[0]
    if not first.rows or len(first.rows[0]) != 1:
        return None
    top = first.rows[0][0]
    median = usual_height(first)
    if top.in_customer or top.bbox.height < median:
        return None
    for c in scored:
        if c.segment is top and not _legal_form(c.value):
            return c
    return None


def _legal_core(name: str) -> str:
    """A legal name without its legal form ("Harbour Lights Catering (Pty) Ltd" → "Harbour
    Lights Catering")."""
    m = LEGAL_RE.search(name)
    if m is not None and not name[: m.start(1)].strip(" ,("):
        # A form printed first ("SAS DISTRIMARCHÉ CAPUCINS", "SARL Dupuis"): the rest.
        return name[m.end(1) :].strip(" ,()")
    return name[: m.start(1)].strip(" ,(") if m is not None else name


def _with_name_line_above(doc: _Doc, best: Candidate) -> Candidate:
    """A company name broken before its legal form at the very top of the page ("ABARROTES Y
    FERRETERIA" / "LA ESPERANZA S.A. DE C.V."): the first line joins the legal-form line when
    it is set the same way, names nothing else and repeats none of its words (a shop sign
    above the legal name, "KOPI HARTANAH" / "Kopi Hartanah Pte. Ltd.", stays apart). A legal
    line of three words or more before its form, longer than the line above, is a whole name
    of its own, the sign over it another ("BEREKET MARKET" / "ANADOLU GIDA PAZARLAMA A.Ş."),
    unless the line above is left unfinished ("DISTRIBUIDORA DE" / "ALIMENTOS DEL NORTE
    S.A.S.": no sign ends on a joining word or a particle)."""
    seg = best.segment
    if best.labelled or not _legal_form(best.value) or seg.row == 0:
        return best
    page = doc.page_by_number[seg.page]
    above = page.rows[0] if seg.row == 1 else []
    if len(above) != 1 and page is doc.pages[0]:
        # The header's other columns share the first row ("PALM CRESCENT" beside "TAX
        # INVOICE"): the line right above at the name's left edge.
        above = _line_above(page, seg)
    if len(above) != 1 or len(above[0].text.split()) == 1:
        return _with_word_of_name_above(doc, best, above)
    top = above[0].text.strip()
    unglued = _unglued_by(top, best.value)
    if unglued is not None:
        return replace(best, value=unglued)
    words = {w.casefold() for w in re.findall(r"\w+", best.value)}
    # Set the same way: both in capitals or neither. A capitals line over a legal name in
    # capitals whose legal form alone is not ("OFFICINE MECCANICHE" / "FERRARIS S.r.l.",
    # "BÄCKEREI SONNENSCHEIN" / "KÖHLER GmbH") may be the name's first half or a shop's sign:
    # the legal line stays as read, held (:data:`_HALF_OR_SIGN`).
    half_or_sign = top.isupper() and not best.value.isupper() and _legal_core(best.value).isupper()
    if (
        (top.isupper() != best.value.isupper() and not half_or_sign)
        or len(top.split()) < 2
        or any(c.isdigit() for c in top)
        or above[0].hits
        or _legal_form(top)
        or _ADDRESSY.search(top)
        or words & {w.casefold() for w in re.findall(r"\w+", top)}
        or _glued_in(top, best.value)
        or compact(top) in TITLES
        or _HEADING_OR_TAGLINE.search(top)
        or ends_with_operator_words(top)
        or _opens_with_legal_form(best.value)
        or (
            len(_legal_core(best.value).split()) >= 3
            and len(top) < len(best.value)
            and not _left_unfinished(top)
        )
    ):
        return best
    if half_or_sign:
        return replace(best, score=min(best.score, _HALF_OR_SIGN))
    joined = f"{top} {best.value}"
    return Candidate(joined, best.score, seg, joined, labelled=False)


def _unglued_by(top: str, name: str) -> str | None:
    """``name`` with its first word spaced as the line above spells it, where that word is
    the whole line above glued by OCR ("SUPERMERCADOS LEVANTE" over "SUPERMERCADOSLEVANTE,
    S.A." → "SUPERMERCADOS LEVANTE, S.A."); else None."""
    first, _, rest = name.partition(" ")
    core = first.rstrip(",.;:")
    # Letters and digits only: a hyphen is the name's own ("Kwik-Fit (GB) Limited" under
    # "KWIK FIT"), no OCR glue.
    # Compared folded: ``compact`` keeps Latin letters only, and would find any two lines of
    # Greek alike ("ΚΑΦΕ ΑΚΡΟΠΟΛΙΣ" over "ΚΑΦΕ ΑΚΡΟΠΟΛΙΣ Ι.Κ.Ε.").
    key = label_key(core)
    if " " not in top or not core.isalnum() or not key or key != label_key(top):
        return None
    return f"{top}{first[len(core) :]}" + (f" {rest}" if rest else "")


def _glued_in(top: str, name: str) -> bool:
    """Whether a word of ``top`` (three letters or more) is inside a word of ``name``: the
    line above repeats the name, OCR having glued its words ("SUPERMERCADOS LEVANTE" over
    "SUPERMERCADOSLEVANTE, S.A.")."""
    inside = [compact(w) for w in name.split()]
    return any(len(w) >= 3 and any(w in t for t in inside) for w in map(compact, top.split()))


#: The most a legal line is trusted under a capitals line that may be its first half or a sign.
_HALF_OR_SIGN = 0.75


#: A line over a name that is no part of it: a heading that ends on "to" or "from" ("Pay To",
#: "Remit to:", "Bill From"), a document's title with its word for "from" ("Factuur van",
#: "Rechnung von", "Facture de") or a tagline listing trades between dots or bars
#: ("Confiserie · Kaffeebar").
_HEADING_OR_TAGLINE = re.compile(
    r"(?i:\b(?:to|from)\s*:?\s*$)|[·•|]"
    r"|(?i:^\s*(?:factuur|rechnung|facture|factura|fattura|fatura|faktura|invoice|bill)"
    r"\s+(?:van|von|de|da|di|od|fra|från|from)\s*:?\s*$)"
)


def _opens_with_legal_form(name: str) -> bool:
    """A legal name that opens with its legal form ("SAS DISTRIBOIS", "PT MAJU JAYA", "CV
    Sinar"): whole as it stands, for nothing comes before the form; a line above it is another
    name (the shop's sign), never its first half."""
    m = LEGAL_RE.match(name)
    return m is not None and m.start(1) == 0 and LEGAL_RE.search(name, m.end(1)) is None


def _touching_at_left(page: Page, seg: Segment, *, below: bool) -> list[Segment]:
    """The other segments of ``page`` that start at ``seg``'s left edge and touch it from below
    (or above): a name's next (or previous) line, set flush with it."""
    h = max(seg.bbox.height, 1.0)

    def gap(o: Segment) -> float:
        return o.bbox.y0 - seg.bbox.y1 if below else seg.bbox.y0 - o.bbox.y1

    return [
        o
        for o in page.segments
        if o is not seg and abs(o.bbox.x0 - seg.bbox.x0) < 0.25 * h and -0.1 * h <= gap(o) < 0.3 * h
    ]


def _centred_under(page: Page, seg: Segment) -> list[Segment]:
    """The other segments of ``page`` centred under ``seg`` and touching it from below, as a
    till centres its header's lines ("Dorfladen Trubschachen" / "Genossenschaft")."""
    h = max(seg.bbox.height, 1.0)
    return [
        o
        for o in page.segments
        if o is not seg
        and abs(o.bbox.cx - seg.bbox.cx) < 0.05 * page.width
        and -0.25 * h <= o.bbox.y0 - seg.bbox.y1 < 0.5 * h
    ]


def _with_word_of_name_above(
    doc: _Doc, best: Candidate, line_above: list[Segment] | None = None
) -> Candidate:
    """A legal name in capitals whose first word is set larger on the line right above it, at
    its left edge and touching it, as a letterhead's logo sets it ("OCEANIC" over "CARGO
    MOVERS LLP"), where the header's other columns share the logo's row: one word in
    capitals, no digits, no label, none of the legal line's words (a wordmark repeating it,
    "NORDHEM" over "NORDHEM INREDNING AB", stays apart). A legal name in mixed case takes the
    word above it only where the page prints the two whole elsewhere (:func:`_in_full_elsewhere`).
    The two joined; sets keyed by hand may take the legal line alone, so never approved unseen."""
    seg = best.segment
    first = doc.pages[0]
    if seg.page != first.number:
        return best
    above = _touching_at_left(first, seg, below=False)
    if (
        not above
        and line_above
        and line_above[0].bbox.height > seg.bbox.height
        and len(_legal_core(best.value).split()) <= 2
        and not sign_names_legal(
            unglued_sign(line_above[0].text.strip(), _legal_core(best.value)),
            _legal_core(best.value),
        )
    ):
        # A logo's word set much larger leaves a wider gap over the legal line than the
        # legal line's own height ("AL-DASMA" over "GULF TRADING CO. W.L.L."): the line
        # right above at its left edge (:func:`_line_above`), taller than the legal line,
        # over a legal name of one or two words before its form (a longer one is a whole
        # name of its own under a brand: "PETROJAYA" over "STESEN MINYAK BAYU MAJU SDN BHD"),
        # and not a sign of the same business ("KILIMOSUPERMARKET" over "KILIMOTRADERS").
        above = line_above
    if len(above) != 1:
        return best
    top = above[0].text.strip()
    if (
        len(top.split()) != 1
        or not (top.isupper() if best.value.isupper() else _in_full_elsewhere(doc, top, best))
        # A word's letters, also joined by a hyphen ("AL-DASMA", "TRANS-POL").
        or not top.replace("-", "").isalpha()
        or len(top) < 3
        or above[0].hits
        or above[0].in_customer
        or above[0].bbox.height < seg.bbox.height
        or compact(top) in TITLES
        or compact(top) in {compact(w) for w in best.value.split()}
    ):
        return best
    joined = f"{top} {best.value}"
    return Candidate(joined, min(best.score, _SIGN_DOUBT), seg, joined, labelled=False)


def _in_full_elsewhere(doc: _Doc, word: str, best: Candidate) -> bool:
    """Whether a mixed-case legal name with ``word`` before it is printed whole on another line
    of the page ("Lekhak" over "Cloud Software Pvt. Ltd.", and "A/c name: Lekhak Cloud
    Software Pvt. Ltd." by the bank details): the logo's word is the name's first."""
    if not word[:1].isupper():
        return False
    whole = compact(f"{word} {best.value}")
    return any(
        whole in compact(s.text) for p in doc.pages for s in p.segments if s is not best.segment
    )


#: The end of a line that leaves a name unfinished: a joining word or a compound's hyphen
#: ("Grünwerk Garten- und" / "Landschaftsbau GmbH", "Müller &" / "Söhne KG").
_UNFINISHED = re.compile(r"(?:\s(?:und|and|et|en|y|e|och|og|i|&|\+)|-)\s*$", re.IGNORECASE)
#: The start of a line that goes on from the one above: a particle no name opens with
#: ("COMPTOIR LYONNAIS" / "DE QUINCAILLERIE SARL", "Bäckerei" / "und Konditorei Huber GmbH").
_CONTINUED = re.compile(
    r"^\s*(?:de|du|des|d'|of|der|des|von|van|di|da|del|della|und|and|et|&|\+)\s", re.IGNORECASE
)


#: A particle a name goes on after, ending a line ("DISTRIBUIDORA DE" / "ALIMENTOS …").
_PARTICLE_END = re.compile(
    r"\s(?:de|del|della|di|da|do|dos|das|du|des|of|von|van|der)\s*$", re.IGNORECASE
)


def _left_unfinished(line: str) -> bool:
    """Whether ``line`` ends on a joining word, a hyphen or a particle: a name's first half."""
    return bool(_UNFINISHED.search(line) or _PARTICLE_END.search(line))


def with_unfinished_line_above(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """A name line whose line right above it, at its left edge, ends unfinished (a joining
    word, a hyphen), or that opens with a particle no name opens with ("DE QUINCAILLERIE
    SARL"): a name broken over two lines, as narrow footer columns, letterheads and address
    blocks set a long one. The two joined, wherever on the page."""
    if chosen is None or chosen.labelled or not _legal_form(chosen.value):
        return chosen
    seg = chosen.segment
    page = doc.page_by_number[seg.page]
    h = max(seg.bbox.height, 1.0)
    above = [
        o
        for o in page.segments
        if o is not seg
        and abs(o.bbox.x0 - seg.bbox.x0) < 0.5 * h
        and 0 <= seg.bbox.y0 - o.bbox.y1 < 0.5 * h
    ]
    if not above and _bare_form(chosen.value):
        above = _comma_line_above(page, seg)
    if len(above) != 1 or above[0].hits:
        return chosen
    # A legal name broken after the comma before its form ("Padaria Flor de Aveiro," /
    # "Unipessoal Lda"): the form alone goes on from the line above.
    comma = above[0].text.rstrip().endswith(",") and _bare_form(chosen.value)
    if not (_UNFINISHED.search(above[0].text) or _CONTINUED.match(chosen.value) or comma):
        return chosen
    top = above[0].text.strip()
    if any(c.isdigit() for c in top) or _legal_form(top) or _ADDRESSY.search(top):
        return chosen
    if _HEADING_OR_TAGLINE.search(top):
        return chosen  # "Factuur van" over "Van der Meer … B.V.": the block's heading
    if not seg.text.strip().startswith(chosen.value):
        return chosen
    joined = f"{top} {chosen.value}"
    return Candidate(joined, chosen.score, seg, joined, labelled=False)


#: Words that qualify a legal form rather than name a business: Portugal's "Unipessoal Lda",
#: Spain's "Sociedad Limitada Unipersonal".
_FORM_WORDS = frozenset(("unipessoal", "unipersonal", "sociedade", "sociedad", "limitada"))


def _bare_form(name: str) -> bool:
    """A legal form alone, or with only words that qualify it ("Unipessoal Lda", "Lda")."""
    core = _legal_core(name)
    return all(compact(w) in _FORM_WORDS for w in core.split())


def _comma_line_above(page: Page, seg: Segment) -> list[Segment]:
    """The line right above a legal form alone that ends in the comma before it ("Padaria
    Flor de Aveiro," / "Unipessoal Lda"), at its left edge or centred over it as a receipt's
    header sets its lines; the boxes of big type may overlap a little."""
    h = max(seg.bbox.height, 1.0)
    centre = (seg.bbox.x0 + seg.bbox.x1) / 2
    return [
        o
        for o in page.segments
        if o is not seg
        and o.text.rstrip().endswith(",")
        and (
            abs(o.bbox.x0 - seg.bbox.x0) < 0.5 * h
            or abs((o.bbox.x0 + o.bbox.x1) / 2 - centre) < 0.5 * h
        )
        and -0.25 * h <= seg.bbox.y0 - o.bbox.y1 < 0.5 * h
    ]


def _with_legal_tail_below(doc: _Doc, chosen: Candidate) -> Candidate:
    """A name without a legal form at the top of the first page whose last word and legal
    form OCR read as the line under it ("Fjord & Fern" / "Design AS"), set the same way and
    at its left edge: the two lines joined."""
    seg = chosen.segment
    first = doc.pages[0]
    if chosen.labelled or _legal_form(chosen.value) or seg.page != first.number:
        return chosen
    below = [o for o in first.segments if _line_above(first, o) == [seg]]
    if not below and seg.row <= _HEAD_ROWS:
        # A till centres its header's lines ("Supermercato Il Girasole" / "di Bianchi S.n.c.").
        below = _centred_under(first, seg)
    if len(below) != 1:
        return chosen
    tail = below[0].text.strip()
    core = _legal_core(tail)
    if (
        not _legal_form(tail)
        or below[0].hits
        or not 1 <= len(core.split()) <= 2
        or any(c.isdigit() for c in tail)
        or core.isupper() != chosen.value.isupper()
        or {w.casefold() for w in re.findall(r"\w+", core)}
        & {w.casefold() for w in re.findall(r"\w+", chosen.value)}
    ):
        return chosen
    joined = f"{chosen.value} {tail}"
    return Candidate(joined, chosen.score, seg, joined, labelled=False)


def with_organisation_tail_below(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """A name without a legal form heading the first page, in large type, over a line that
    finishes it with an organisation's word ("CASCADE VALLEY" / "Electric Cooperative",
    "LAKESIDE WATER" / "District", "MUSEO CIVICO" / "Associazione Amici"): the line under it
    at its left edge and touching it, a few capitalised words without digits that repeat
    none of the name's and end in a word such as cooperative, association or foundation,
    which no proper name follows on its own. The two joined; sets keyed by hand may take the
    large line alone as a sign, so never approved unseen."""
    if chosen is None or chosen.labelled or _legal_form(chosen.value):
        return chosen
    seg = chosen.segment
    first = doc.pages[0]
    if seg.page != first.number or seg.row > 1 or compact(chosen.value) != compact(seg.text):
        return chosen
    below = _touching_at_left(first, seg, below=True) or _centred_under(first, seg)
    if len(below) != 1 or below[0].hits or below[0].in_customer:
        return chosen
    tail = below[0].text.strip()
    words = tail.split()
    if (
        not 1 <= len(words) <= 3
        or any(c.isdigit() for c in tail)
        or _legal_form(tail)
        or words[-1].casefold().strip(".,") not in _ORGANISATION
        or not all(w[:1].isupper() for w in words)
        or {w.casefold() for w in re.findall(r"\w+", tail)}
        & {w.casefold() for w in re.findall(r"\w+", chosen.value)}
    ):
        return chosen
    joined = f"{str(chosen.value).strip()} {tail}"
    return Candidate(joined, min(chosen.score, _SIGN_DOUBT), seg, joined, labelled=False)


_ORGANISATION = frozenset(w.casefold() for w in ORGANISATION_WORDS)


#: The last row of a page's header however long the page (a till roll's sign, its owner's
#: legal name over two lines and its address).
_HEAD_ROWS = 5


def _line_above(page: Page, seg: Segment) -> list[Segment]:
    """The line right above ``seg`` at its left edge in the first page's header, with the
    columns beside it on other rows ("Maple & Pixel" / "Studio Inc." beside the sender's
    address): one segment, or none."""
    h = max(seg.bbox.height, 1.0)
    if seg.bbox.y0 > 0.25 * page.height and seg.row > _HEAD_ROWS:
        # A till roll is long: its header lies in its first rows, not its top quarter.
        return []
    # OCR's boxes of two lines set close together overlap by a few pixels (a third of a
    # line at most); a line set larger above leaves a gap as wide as half its own height.
    return [
        o
        for o in page.segments
        if o is not seg
        and o.bbox.y0 < seg.bbox.y0
        and abs(o.bbox.x0 - seg.bbox.x0) < 0.5 * h
        and -0.35 * h <= seg.bbox.y0 - o.bbox.y1 < 0.5 * max(h, o.bbox.height)
    ]


# -- a sign set over two lines ------------------------------------------------------------------

#: Quote marks around a shop's proper name, a low opening one read as a comma (",KŁOS"").
_OPENING_QUOTES = ("„", '"', "“", "«", "‚", ",")
_CLOSING_QUOTES = ('"', "”", "“", "»", "’")


def sign_in_two_lines(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """The chosen sign with the other line of a sign set over two: one or two words in
    capitals heading the page over one word in capitals centred right under them ("HARBOUR
    LIGHTS" / "BREWHOUSE"); or a proper name in quotes under the words of its kind
    ("APTEKA" / „ZDRÓJ”, as Polish and Czech signs print them). Sets keyed by hand differ on
    the two lines or the first, so never approved unseen."""
    if chosen is None or chosen.labelled:
        return chosen
    first = doc.pages[0]
    seg = chosen.segment
    if seg.page != first.number or seg.row > 1 or len(first.rows) < 2:
        return chosen
    if len(first.rows[0]) != 1 or len(first.rows[1]) != 1:
        return chosen
    top, low = first.rows[0][0], first.rows[1][0]
    if not (_stacked_sign(first, top, low) and _sign_words(top) and _sign_words(low)):
        return chosen
    if seg is top and compact(chosen.value) == compact(top.text):
        joined = _name_over_word(top, low)
    elif seg is low and _quoted(low.text) and _looks_like_name(top.text):
        joined = f"{top.text.strip()} {_unquoted_comma(low.text)}"
    else:
        joined = None
    if joined is None:
        return chosen
    return Candidate(joined, min(chosen.score, _SIGN_DOUBT), seg, joined, labelled=False)


def _name_over_word(top: Segment, low: Segment) -> str | None:
    """Two lines of one sign, "MAPLE CORNER" over "DELI", joined; ``None`` when the low line
    is no single word in capitals or a kind of shop set much smaller (a tagline)."""
    name, word = top.text.strip(), low.text.strip()
    if len(name.split()) > 2 or not name.isupper() or " " in word or not word.isupper():
        return None
    if not _looks_like_name(word):
        return None  # a title, a copy's mark or a greeting under the sign ("RECEIPT", "WELCOME")
    if all_in(word, KIND_WORDS) and top.bbox.height > 1.4 * max(low.bbox.height, 1.0):
        return None
    return f"{name} {word}"


def _unquoted_comma(text: str) -> str:
    """A line as printed, with the low opening quote OCR read as a comma put back (",ZDRÓJ""
    → "„ZDRÓJ"") where the line is a quoted name."""
    text = text.strip()
    return f"„{text[1:]}" if text.startswith(",") and _quoted(text) else text


def _quoted(text: str) -> bool:
    """A name in quotes alone on its line ("„Kłos”", ",KŁOS"" as OCR reads the low quote)."""
    text = text.strip()
    inner = text.strip("".join(_OPENING_QUOTES + _CLOSING_QUOTES))
    return (
        text.startswith(_OPENING_QUOTES)
        and text.endswith(_CLOSING_QUOTES)
        and len(inner) >= 2
        and inner.replace(" ", "").replace("-", "").isalpha()
    )


def _sign_words(seg: Segment) -> bool:
    """A line of a sign: words without digits, no label, no legal form, not the customer's."""
    text = seg.text.strip()
    return (
        any(c.isalpha() for c in text)
        and not any(c.isdigit() for c in text)
        and not seg.hits
        and not seg.in_customer
        and not _legal_form(text)
    )


def _stacked_sign(page: Page, top: Segment, low: Segment) -> bool:
    """Two lines one under the other, centred on one axis and close together."""
    h = max(low.bbox.height, 1.0)
    centred = abs(top.bbox.cx - low.bbox.cx) < 0.05 * page.width
    return centred and -0.2 * h <= low.bbox.y0 - top.bbox.y1 < 1.0 * h


#: A name whose sign and legal name agree (:func:`sign_spells_legal`): trusted to go through.
_AGREED = 0.85


def _name_words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _legal_names_spelled(doc: _Doc, core: list[str]) -> bool:
    """Whether a line of the page prints ``core``'s words right before a legal form
    ("Alpenbau Montage GmbH · Tiroler Sparkasse · IBAN …" in a footer)."""
    n = len(core)
    for seg in doc.segments:
        for m in LEGAL_RE.finditer(seg.text):
            if _name_words(seg.text[: m.start(1)])[-n:] == core:
                return True
    return False


def _head_spells(page: Page, core: list[str], own: Segment) -> bool:
    """Whether the page's first row prints ``core``'s words on one line, or on a line and the
    line right under it ("DOHERTY'S" / "PHARMACY"), without a legal form; not counting
    ``own``, the line the name was read from. A wordmark heading the page that is only a part
    of the name ("STEINBAUER" over "Druckerei Steinbauer GmbH") leaves the doubt,
    whatever the lines under it repeat."""
    if not page.rows:
        return False
    head = [s for row in page.rows[:4] for s in row if s is not own]
    for top in page.rows[0]:
        if top is own:
            continue
        h = max(top.bbox.height, 1.0)
        texts = [top.text]
        texts += [
            f"{top.text} {low.text}"
            for low in head
            if low.bbox.y0 > top.bbox.y0
            and low.bbox.y0 - top.bbox.y1 < 1.5 * h
            and min(top.bbox.x1, low.bbox.x1) > max(top.bbox.x0, low.bbox.x0)
        ]
        # A head that prints the legal form itself ("HOLM & PARTNER" / "Steuerberatungs-
        # gesellschaft mbH") is the legal name set as a letterhead: its first line alone is
        # the wordmark some sets key, so the doubt stays.
        if any(not _legal_form(t) and _name_words(t) == core for t in texts):
            return True
    return False


def sign_spells_legal(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """A name held at the sign's doubt (:data:`_SIGN_DOUBT`) where the sign and the legal name
    are one name: the head of the page spells the legal name's words without its form
    ("DOHERTY'S" / "PHARMACY" over "Doherty's Pharmacy Ltd"; "ALPENBAU" / "MONTAGE GMBH" over a
    footer's "Alpenbau Montage GmbH"). Sets keyed on the sign and sets keyed on the legal name
    then key the same name, a legal form apart: no doubt is left."""
    if chosen is None or chosen.score != _SIGN_DOUBT:
        return chosen
    value = str(chosen.value)
    core = _name_words(_legal_core(value))
    if not core:
        return chosen
    if not (_legal_form(value) or _legal_names_spelled(doc, core)):
        return chosen
    if not _head_spells(doc.pages[0], core, chosen.segment):
        return chosen
    return replace(chosen, score=_AGREED)
