"""Document sections the field readers need to know about before they read.

* **Party blocks.** Many invoices, and every e-invoice viewer's print-out, group each party's
  data under a heading of its own ("Verkäufer" / "Seller" / "Vendeur", "Käufer" / "Buyer" /
  "Bill to"), with generic labels inside ("Name:", "Nummer:", "Anschrift:"). Inside such a
  block a generic number label is the party's own id, never the invoice number, and the
  block's name line (after "Name:", or its first line when there is no label) is that party's
  name.
* **The title line.** "Handelsrechnung (380) Nr. 471102 vom 05.03.2018", "Invoice No. 42 of
  3 May 2024", "Facture n° F-12 du 01/02/2024": the document's own number and date stated in
  its title, more trustworthy than any generic label further down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from invoice_scanner_processing.extractors.rules.identifiers import (
    _fix_o,
    cites_earlier,
)
from invoice_scanner_processing.extractors.rules.lexicon import (
    TITLES,
    compact,
    legal_form,
)
from invoice_scanner_processing.extractors.rules.model import (
    Candidate,
    _Doc,
)
from invoice_scanner_processing.extractors.rules.names import (
    SIGN_RULE_RE,
    _clean_name,
    _looks_like_name,
)
from invoice_scanner_processing.extractors.rules.parsing import (
    find_dates,
)
from invoice_scanner_processing.extractors.rules.segments import (
    LabelHit,
    Page,
    Segment,
    usual_height,
)

#: Labels that name a party's own name inside its block.
_NAME_LABELS = frozenset(
    compact(t)
    for t in (
        "name", "firma", "firmenname", "company", "company name", "business name", "nom",
        "raison sociale", "denomination", "naam", "bedrijfsnaam", "nombre", "razon social",
        "ragione sociale", "denominazione", "namn", "foretag", "foretagsnamn", "navn",
        "nome", "razao social", "cognome nome", "cognome e nome", "nome e cognome",
        "nome cognome", "apellidos y nombre", "nombre y apellidos",
    )
)  # fmt: skip

_INLINE_LABEL = re.compile(r"^\s*([^\W\d_][^:\d]{1,28}?)\s*:\s*(?=\S)")
#: An EN 16931 term's code after a label ("Raison sociale (BT-27)", "Verkäufer (BG-4)").
_TERM_CODE = re.compile(r"\(\s*B[GT]-\d{1,3}\s*\)", re.IGNORECASE)


def is_name_label(text: str) -> bool:
    """A label of a party's name: "Name", "Raison sociale (BT-27)", or names of it joined by a
    slash ("Nome/Razão Social", "Name / Firma")."""
    text = _TERM_CODE.sub(" ", text).strip(" :")
    parts = [compact(p) for p in text.split("/")]
    return bool(parts) and all(p in _NAME_LABELS for p in parts)


#: Labels of the firm's registered seat in a footer's legal line ("Regd. office: Acme Pvt. Ltd.,
#: 14 Residency Road"): the name after one is the firm's own, not the label with it.
_SEAT_LABELS = frozenset(
    compact(t)
    for t in (
        "registered office", "regd office", "regd off", "reg office", "head office",
        "registered address", "corporate office", "siege social", "sede legale",
        "domicilio social", "sede sociale",
    )
)  # fmt: skip


def strip_name_label(text: str) -> str:
    """``text`` without a leading name label ("Denominazione: Rossi S.r.l." → "Rossi S.r.l.",
    "Firma: Kühne GmbH", "Nome/Razão Social: …") or a seat label before a firm's name
    ("Regd. office: Acme Pvt. Ltd., …"); other text as it is. A seat label labels a place:
    only a legal form after it makes what follows a name ("Sede legale: Milano", "Head
    office: Penang" and "Registered office: 3 Kings Yard" stay as they are)."""
    m = _INLINE_LABEL.match(text)
    if m is None:
        return text
    label, rest = m.group(1), text[m.end() :]
    if is_name_label(label) or (compact(label) in _SEAT_LABELS and legal_form(rest)):
        return rest
    return text


#: Fields of the lexicon whose labels head a party's block.
_PARTY_FIELDS = {"vendor": "vendor", "customer": "customer"}

#: A title word, possibly compounded ("Handelsrechnung", "Mietrechnung", "Steuerrechnung").
_TITLE_WORD = (
    r"[^\W\d_]*(?:rechnung|gutschrift|invoice|facture|avoir|factura|fattura|factuur|faktura"
    r"|creditnota|credit\s+note|credit\s+memo|kreditnota|nota\s+di\s+credito|receipt|quittung"
    r"|doklad|paragon|lasku|számla|factură|účtenka|uctenka|kuitti)"
)
_TITLE_LINE = re.compile(
    rf"^\s*(?:[^\W\d_][^\d:]{{0,24}}?\s)?(?P<title>{_TITLE_WORD})\b(?P<mid>[^\d:]{{0,40}}?)(?:\(\d{{1,4}}\)\s*)?"
    r"(?:Nr|No|Nº|N°|n°|nº|Nummer|Number|Num|#|Numéro|Número|Numero|č|čís|Numer|Nro|n(?=\.))\.?\s*[:#]?\s*"
    # A series' letters set apart from the number ("N. NC 4/2026"): part of it.
    r"(?P<number>(?:(?!(?:vom|du|from|of|dated|del|de|van|den|dd)\s)(?-i:[A-Z]{1,4})\s(?=\d))?"
    r"[A-Z0-9][\w\-/.]*\d[\w\-/.]*?)"
    r"(?:\s+(?P<of>vom|du|from|of|dated|del|de|van|den|dd\.?|issued(?:\s+(?:at|on))?)(?:\s+(?P<date>.+?))?)?\s*$",
    re.IGNORECASE,
)
#: Words between the title and its number that show the line is about another document.
_REFERENCE_WORDS = re.compile(
    r"\b(?:zu|zur|to|for|pour|ref|bezug|original|ursprüngliche|d'origine|related|gemäß|gemaess"
    r"|laut|according|per|selon|bestellung|lieferung|auftrag|order|delivery|commande|livraison"
    r"|pedido|ordine|bestelling|levering)\b",
    re.I,
)


@dataclass(frozen=True)
class TitleReading:
    segment: Segment
    number: str
    date_text: str | None


def title_reading(segments: list[Segment], first_page: int) -> TitleReading | None:
    """The number (and date) the document's title states, on the first page. A date cut off
    to the next line ("... Nr. 4711 vom" / "06.12.2018") is read from that line."""
    for i, seg in enumerate(segments):
        if seg.page != first_page:
            break
        m = _TITLE_LINE.match(seg.text)
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        beside = nxt is not None and nxt.page == seg.page and nxt.row == seg.row
        if m is None and not seg.hits and nxt is not None and beside:
            # The number in the next cell of the title's row ("FAKTURA" | "č. 2026110042");
            # a label's cell ("Proforma Invoice No." | "PI-12") reads its own value.
            m = _TITLE_LINE.match(f"{seg.text} {nxt.text}")
        under = _cell_under(segments, seg) if m is None and not seg.hits else None
        if under is not None:
            # ... or in the one cell right under the title ("FAKTURA - DAŇOVÝ DOKLAD" over
            # "č. 2026-0412", as Czech and Slovak invoicing tools set it).
            m = _TITLE_LINE.match(f"{seg.text} {under.text}")
        if m is None or _REFERENCE_WORDS.search(m.group("mid") or ""):
            continue
        if cites_earlier(seg.text[: m.start("title")]):
            # "... ersetzt die Rechnung Nr. RE-1087": the replaced invoice's number;
            # "abzügl. Anzahlungsrechnung Nr. AR-2025-118": the deducted one's.
            continue
        number = m.group("number").rstrip(".")
        if not any(c.isdigit() for c in number):
            continue
        date_text = m.group("date")
        if m.group("of") and not date_text and i + 1 < len(segments):
            date_text = segments[i + 1].text
        return TitleReading(seg, number, date_text)
    return None


def _cell_under(segments: list[Segment], seg: Segment) -> Segment | None:
    """The one cell on the row right under ``seg`` that lies within its width, where nothing
    else on that row overlaps it; else ``None``. A row with no cell under ``seg`` is another
    column's line set between the two (the customer's name at the left, "FATTURA" / "n.
    27/2026 del 31/03/2026" at the right): the row after it is looked at then."""
    under: list[Segment] = []
    for row in (seg.row + 1, seg.row + 2):
        under = [
            o
            for o in segments
            if o.page == seg.page and o.row == row and o.bbox.x_overlap(seg.bbox) > 0
        ]
        if under:
            break
    if len(under) != 1 or under[0].hits:
        return None
    cell = under[0]
    # Within the title's width, or set flush with its left edge (a number and its date run
    # on past a short title: "FATTURA" / "n. 27/2026 del 31/03/2026").
    inside = abs(cell.bbox.x0 - seg.bbox.x0) <= seg.bbox.height or (
        cell.bbox.x0 >= seg.bbox.x0 - seg.bbox.height
        and cell.bbox.x1 <= seg.bbox.x1 + seg.bbox.height
    )
    return cell if inside and cell.bbox.y0 - seg.bbox.y1 < 1.5 * seg.bbox.height else None


def _heading_party(seg: Segment) -> str | None:
    """The party whose block this segment heads: a party label and nothing else."""
    if not seg.hits:
        return None
    # A gloss in brackets says it again: "Cessionario/committente (cliente)".
    rest = compact(re.sub(r"\([^()]*\)", " ", seg.text))
    for hit in seg.hits:
        rest = rest.replace(hit.key, "", 1)
    if rest:
        return None
    parties = [_PARTY_FIELDS[f] for hit in seg.hits for f in hit.fields if f in _PARTY_FIELDS]
    # Both parties in one heading ("From / To" over a ticket's route, "Von / An"): a column
    # of places or of both parties, no one party's block.
    if len(set(parties)) > 1:
        return None
    return parties[0] if parties else None


#: Section headings that close a party block ("Bemerkungen", "Payment terms", "Notes").
_SECTION_WORDS = frozenset(
    compact(t)
    for t in (
        "bemerkungen", "bemerkung", "positionsdaten", "positionen", "zahlungsbedingungen",
        "belegsummen", "notes", "remarks", "comments", "payment terms", "payment details",
        "items", "description", "remarques", "conditions de paiement", "opmerkingen",
        "note", "osservazioni", "observaciones", "anmerkungen", "hinweise",
    )
)  # fmt: skip


def _closes_block(seg: Segment, row: list[Segment]) -> bool:
    """A heading of its own: a known section word, or a bare "Something:" with no value
    beside it."""
    text = seg.text.strip()
    if compact(text) in _SECTION_WORDS:
        return True
    alone = not any(o is not seg and o.bbox.x0 > seg.bbox.x1 for o in row)
    return alone and re.fullmatch(r"[^\d:]{3,40}:", text) is not None


#: Words of labels that name the document itself ("Factuurnummer", "Invoice date"): such a
#: label belongs to the document's header, never to a party's block.
_DOCUMENT_WORDS = tuple(
    compact(w)
    for w in (
        "invoice", "rechnung", "facture", "factura", "fattura", "factuur", "faktura", "fatura",
        "gutschrift", "avoir", "credit note", "creditnota", "kreditnota", "lasku",
        # "Numero documento", "Data documento", "Document date", "Belegnummer": a document
        # named as such, as e-invoice print-outs head their number row under the parties.
        "document", "beleg",
        # Central Europe's and the Baltics' invoice words ("Számla sorszáma", "Račun br.",
        # "Rēķina datums", "Sąskaitos data", "Arve number", "Daňový doklad č.").
        "szamla", "racun", "rekin", "saskait", "arve", "doklad",
    )
)  # fmt: skip


def _names_document(seg: Segment) -> bool:
    """A segment opening with a label of the document's own number or dates, or one that is
    nothing but such a label after words that qualify the document ("Self-billing invoice
    no.", "Pro forma invoice date"): the document's details, not a party's lines."""
    return (
        bool(seg.hits)
        and (seg.hits[0].start == 0 or not seg.text[seg.hits[0].end :].strip(" .:#°"))
        and any(
            f in ("invoice_number", "invoice_date", "due_date") and w in seg.hits[0].key
            for f in seg.hits[0].fields
            for w in _DOCUMENT_WORDS
        )
    )


def _title(seg: Segment) -> bool:
    """The document's title, alone or with its number ("FACTURĂ", "FACTURA Nº 0412"): the
    header under the parties' blocks, never a line of one."""
    words = seg.text.split()
    return (
        bool(words)
        and compact(words[0]) in TITLES
        and (len(words) == 1 or any(c.isdigit() for c in seg.text))
    )


@dataclass
class PartyBlock:
    party: str
    heading: Segment
    segments: list[Segment]

    def name_segments(self) -> list[Segment]:
        """The block's name: after a name label, with the line above it when that line sits
        in the value column with no label of its own (a name broken over two lines); else
        the block's first line that carries no label."""
        for i, seg in enumerate(self.segments):
            m = _INLINE_LABEL.match(seg.text)
            if m is not None and is_name_label(m.group(1)):
                return [seg]  # "Denominazione: Tipografia Rossi S.r.l." in one cell
            if not is_name_label(seg.text):
                continue
            value = [o for o in self.segments if o.row == seg.row and o.bbox.x0 > seg.bbox.x1]
            if not value:
                # A viewer's grid prints the label over its value ("Raison sociale (BT-27)"
                # over "Atelier Lumière SARL").
                h = max(seg.bbox.height, 1.0)
                below = [
                    o
                    for o in self.segments
                    if o.row == seg.row + 1 and abs(o.bbox.x0 - seg.bbox.x0) <= 2 * h
                ]
                if below and not below[0].hits:
                    return below[:1]
                continue
            above = [
                o
                for o in self.segments[:i]
                if o.row == seg.row - 1
                and abs(o.bbox.x0 - value[0].bbox.x0) <= 2 * max(o.bbox.height, 1.0)
            ]
            label_above = any(
                o.row == seg.row - 1 and o.bbox.x1 < value[0].bbox.x0 for o in self.segments
            )
            if len(above) == 1 and not label_above and not above[0].hits:
                return [above[0], value[0]]
            return value[:1]
        for i, seg in enumerate(self.segments):
            if seg.hits or ":" in seg.text:
                return []
            nxt = self.segments[i + 1] if i + 1 < len(self.segments) else None
            if (
                nxt is not None
                and not nxt.hits
                and nxt.row == seg.row + 1
                and not legal_form(seg.text)
                and legal_form(nxt.text)
            ):
                return [seg, nxt]  # a name broken before its legal form
            return [seg]
        return []


def _heads_full_width(page: Page, head: Segment) -> bool:
    """Whether ``head`` is a form's section heading, centred alone on its row over a line
    alone on the next row that starts left of it ("PRESTADOR DE SERVIÇOS" over "Razão
    Social: …" at the margin): it heads the page's whole width. A block of the middle column
    ("BILL TO" between the seller's lines and the invoice's details) has lines beside its own."""
    centre = (head.bbox.x0 + head.bbox.x1) / 2
    if len(page.rows[head.row]) != 1 or abs(centre - page.width / 2) >= 0.08 * page.width:
        return False
    if head.row + 1 >= len(page.rows):
        return False
    below = page.rows[head.row + 1]
    return len(below) == 1 and below[0].bbox.x0 < head.bbox.x0


def party_blocks(page: Page, max_rows: int = 10) -> list[PartyBlock]:
    """Every headed party block on the page: the rows below its heading, in its column, up to
    the next heading, a wide gap or ``max_rows`` rows."""
    blocks: list[PartyBlock] = []
    heads = [s for s in page.segments if _heading_party(s)]
    for head in heads:
        party = _heading_party(head)
        assert party is not None
        if party == "customer" and (
            _card_beside(page, head) or _signature_line(page, head, head.hits[-1].end)
        ):
            continue
        h = max(head.bbox.height, 1.0)
        left, right = head.bbox.x0 - 2 * h, head.bbox.x0 + 0.5 * page.width
        if _heads_full_width(page, head):
            left, right = 0.0, page.width
        # Two blocks side by side ("Cedente" | "Cessionario"), or the block beside a column
        # of the document's own number or date ("Invoice No." over "INV-04417"): the left
        # one ends where the right one's column starts.
        beside = [
            o.bbox.x0
            for o in page.rows[head.row]
            if (o in heads or _names_document(o)) and o.bbox.x0 > head.bbox.x1
        ]
        right = min([right, *(x - h for x in beside)])
        members: list[Segment] = []
        last_y = head.bbox.y1
        for r in range(head.row + 1, min(len(page.rows), head.row + 1 + max_rows)):
            row = [s for s in page.rows[r] if left <= s.bbox.x0 <= right]
            if not row:
                continue
            if any(
                s in heads
                or _closes_block(s, page.rows[r])
                or _names_document(s)
                or _title(s)
                or _states_own_number(s, head)
                for s in row
            ):
                break
            if min(s.bbox.y0 for s in row) - last_y > 3 * h:
                break
            members.extend(row)
            last_y = max(s.bbox.y1 for s in row)
        if members:
            blocks.append(PartyBlock(party, head, members))
    return blocks


#: Headings of the slip a customer sends back with the payment: there "To:" is the payee.
_REMITTANCE = frozenset(
    compact(t)
    for t in (
        "payment advice", "remittance advice", "remittance slip", "remittance",
        "avis de paiement", "zahlungsavis", "betalingsadvies",
    )
)  # fmt: skip


def _remittance_payee(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A name after a bare "To:" below a payment advice heading is whom the payment goes to,
    the seller: a vendor candidate, not the customer's name."""
    heads = [s for s in doc.segments if compact(s.text) in _REMITTANCE]
    moved = [
        c
        for c in cands.get("customer", [])
        if c.label == "to"
        and any(h.page == c.segment.page and h.bbox.y0 < c.segment.bbox.y0 for h in heads)
    ]
    for c in moved:
        cands["customer"].remove(c)
        c.label = "remit to"
        cands.setdefault("vendor", []).append(c)


def _read_sections(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """Party blocks and the title line (:mod:`.sections`) as candidates: a headed block's
    name is its party's name, its generic numbers are the party's ids (never the invoice
    number), and the number and date in the title are the document's own."""
    _remittance_payee(doc, cands)
    members: set[int] = set()
    for page in doc.pages:
        for block in party_blocks(page):
            members.update(id(s) for s in block.segments)
            if block.party == "customer":
                for seg in block.segments:
                    seg.in_customer = True
            parts = block.name_segments()
            name = _clean_name(strip_name_label(" ".join(p.text for p in parts))) if parts else ""
            if name and _looks_like_name(name):
                key = "vendor" if block.party == "vendor" else "customer"
                cands.setdefault(key, []).append(
                    Candidate(name, 0.96, parts[-1], name, label="party block")
                )
    if "invoice_number" in cands:
        cands["invoice_number"] = [
            c for c in cands["invoice_number"] if id(c.segment) not in members
        ]
    title = title_reading(doc.segments, doc.pages[0].number)
    if title is None:
        return
    cands.setdefault("invoice_number", []).append(
        Candidate(_fix_o(title.number), 0.9, title.segment, title.segment.text, label="title")
    )
    found = find_dates(title.date_text or "", dayfirst=doc.dayfirst)
    if found:
        cands.setdefault("invoice_date", []).append(
            Candidate(
                found[0].value,
                0.97,
                title.segment,
                title.segment.text,
                label="title",
                ambiguous=found[0].ambiguous,
            )
        )


#: An attention line's words: English, German, French, Dutch, Spanish, Italian, and the
#: Nordic "Att:" / "Att." ("Att: Ekonomi" under a Swedish customer's name).
_ATTENTION_RE = re.compile(
    r"(?:^|[\s(])(?:attn\b|attention:|att[.:]|atn[.:]|z\.\s?hd\.?|z\.\s?h\.\s"
    r"|zu h(?:ä|ae)nden|c/o\b|"
    r"(?:à|a) l['’]attention|t\.a\.v\.?|a la atenci[oó]n|alla c\.a\.)",
    re.IGNORECASE,
)


#: The department a bill is sent to, alone on its line under the customer's name ("Service
#: comptabilité", "Accounts Payable", "Kreditorenbuchhaltung", "crediteurenadministratie"):
#: addressed *to* it, as an attention line is; a seller's letterhead names no such office.
_DEPARTMENT_RE = re.compile(
    r"\s*(?:(?:service\s+)?comptabilit[ée](?:\s+fournisseurs)?|service\s+comptable"
    r"|accounts?\s+payable(?:\s+(?:department|dept\.?|team))?|accounts\s+department"
    r"|(?:abt\.?\s+|abteilung\s+)?(?:kreditoren)?buchhaltung|rechnungseingang"
    r"|crediteurenadministratie|(?:ufficio\s+)?amministrazione"
    r"|(?:departamento\s+de\s+)?contabilidad|ekonomiavdelningen|leverant[öo]rsreskontra)\s*",
    re.IGNORECASE,
)


#: A person addressed by a salutation ("Ms Priya Nair", "Herrn Max Huber") opens the
#: addressee's block. "Dr." is left out: doctors head their own letterheads.
_SALUTATION_RE = re.compile(
    r"^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Herrn?|Frau|Mme|Mlle|Madame|Monsieur|Sra?|Dhr|Mevr)\.?|M\.)\s+"
    r"(?:[A-Z]\.?\s+)*[A-ZÀ-Ý][a-zà-ÿ]"
)


#: The addressee named by office ("The Managing Director,", "The Accounts Payable
#: Department", a company's board as British and Irish letters address it, "The Directors"; a
#: utility's bill to "The Occupier"): a letter's address block opens with it, as with a
#: salutation. Not "The Trustee for …": Australia's register names a trust's business so, in
#: the seller's own letterhead.
_OFFICE_RE = re.compile(
    r"^\s*(?:The|Attn\.?\s+The|To\s+the)\s+(?:[A-Z][\w&/.-]*\s+){0,3}"
    r"(?:Director|Manager|Officer|Secretary|Chairman|Chairperson|President|Principal|Registrar"
    r"|Administrator|Controller|Accountant|Treasurer|Head|Proprietor|Partner|Dean|Bursar"
    r"|Superintendent|Commissioner|Department|Dept\.?|Team|Occupier)s?\b"
    r"[^:\d]{0,30}$"
)


#: Japanese honorifics after the addressee's name ("… K.K. 御中" to a company, "… 様" to a
#: person, romanised "Onchu", "Sama", "Dono"): the line names whom the bill is addressed to.
_HONORIFIC_RE = re.compile(r"(?:御中|様|殿|\b(?:Onchu|Onchū|ONCHU|Sama|SAMA|Dono|DONO))\s*$")


def _mark_customer(doc: _Doc) -> None:
    """Mark the customer's address block so the vendor is never taken from it."""
    _mark_attention(doc)
    for seg in doc.segments:
        if seg.page != doc.pages[0].number:
            continue
        if not _opens_customer_block(doc, seg):
            continue
        page = doc.page_by_number[seg.page]
        seg.in_customer = True
        h = max(seg.bbox.height, 1.0)
        left = seg.bbox.x0 - 2 * h
        right = seg.bbox.x0 + 0.45 * page.width
        last_y = seg.bbox.y1
        for r in range(seg.row, min(len(page.rows), seg.row + 7)):
            row_hit = False
            for other in page.rows[r]:
                if other is seg or not left <= other.bbox.x0 <= right:
                    continue
                if r > seg.row and other.bbox.y0 - last_y > 2.5 * h:
                    continue
                if r > seg.row and _states_own_number(other, seg):
                    break
                other.in_customer = True
                row_hit = True
                last_y = max(last_y, other.bbox.y1)
            if r > seg.row and not row_hit:
                break


def _states_own_number(seg: Segment, head: Segment) -> bool:
    """Whether ``seg`` opens with the label of the document's own number and is set larger than
    the block's heading ``head`` ("RAČUN br. 118-1-1" under the buyer's address): the title
    line after the block, never a line of it (a party's own "Nummer:" is in its size)."""
    return seg.bbox.height > 1.15 * head.bbox.height and any(
        "invoice_number" in h.fields and h.start == 0 for h in seg.hits
    )


#: A payment card in the cell after a customer's heading, its number masked ("Billed to:" |
#: "Visa ••0623", "Charged to:" | "Mastercard ending in 4410"): an app store's or a shop's
#: e-receipt names the card it charged so, not a party; the lines under it (the seller's own
#: legal name and address, often) are no addressee's block.
_CHARGED_CARD_RE = re.compile(
    r"^[\s:：-]*(?:visa|mastercard|master\s?card|amex|american\s+express|maestro|discover|"
    r"apple\s+pay|google\s+pay|paypal)\b(?:\s*(?:ending|ends)(?:\s+(?:in|with))?)?[^A-Za-z]*$",
    re.IGNORECASE,
)


def _card_beside(page: Page, head: Segment) -> bool:
    """Whether the cell right after a customer's heading names a payment card
    (:data:`_CHARGED_CARD_RE`)."""
    after = [o for o in page.rows[head.row] if o.bbox.x0 >= head.bbox.x1 - 1]
    return bool(after) and (
        _CHARGED_CARD_RE.match(min(after, key=lambda o: o.bbox.x0).text) is not None
    )


def _opens_customer_block(doc: _Doc, seg: Segment) -> bool:
    """Whether a customer's label opens ``seg`` (and no seller's label is in it), unless it
    is a sign's first word (:func:`_name_word_at_head`) or a payment card follows it, in the
    same cell or the next (:data:`_CHARGED_CARD_RE`)."""
    hit = next((h for h in seg.hits if "customer" in h.fields and h.start == 0), None)
    if hit is None or _CHARGED_CARD_RE.match(seg.text[hit.end :]) is not None:
        return False
    # The card printed in a cell of its own after the label ("Billed to:" | "Visa •• 0623"),
    # as :func:`party_blocks` reads it: no addressee's block either.
    if not seg.text[hit.end :].strip(" :：-") and _card_beside(doc.page_by_number[seg.page], seg):
        return False
    if any("vendor" in h.fields for h in seg.hits):
        return False
    if _signature_line(doc.page_by_number[seg.page], seg, hit.end):
        return False
    return not _name_word_at_head(doc, seg, hit)


#: A bare heading of its own: words and a colon, no value ("Račun izdao:", "Prodavatelj:").
_BARE_HEADING_RE = re.compile(r"[^\d:：]*[^\W\d_][^\d:：]*[:：]\s*")


def _signature_line(page: Page, head: Segment, end: int) -> bool:
    """Whether the customer's heading ``head`` (its label ending at ``end``) is where the buyer
    signs, not an addressee's block: a rule to sign on after it, or, in the page's lower half,
    a second bare heading or rule in its row ("Kupac:" ... "Račun izdao:", the seller's
    signature beside the buyer's). The lines under it are the page's footer, most often the
    seller's own name and address, never the buyer's block."""
    rest = head.text[end:]
    if SIGN_RULE_RE.fullmatch(rest):
        return True
    if rest.strip(" :：-") or head.bbox.y0 < 0.5 * page.height:
        return False
    return any(
        _BARE_HEADING_RE.fullmatch(o.text) or SIGN_RULE_RE.fullmatch(o.text)
        for o in page.rows[head.row]
        if o is not head and o.bbox.x0 >= head.bbox.x1
    )


#: How much larger than the page's usual text a sign is set.
_SIGN_SIZE = 1.2


def _name_word_at_head(doc: _Doc, seg: Segment, hit: LabelHit) -> bool:
    """A short addressee word ("An", "To") opening one of the page's first three lines with
    a name run on after it and no colon ("AN PHÚ MART" over "AN PHU TRADING CO., LTD."): the
    first word of the seller's sign or legal name, as the letterhead comes first; an
    addressee's block labelled so sits under it. ``hit``: the addressee word's label."""
    rest = seg.text[hit.end :].strip()
    if len(hit.key) > 2 or not rest or rest[0] in ":：-":
        return False
    # Only a sign: the page's first line, set larger than its usual text. "An Müller Bau
    # GmbH" / "Hauptstraße 5" in a letter's window, in the page's own size, is the addressee.
    first = doc.pages[0]
    if not first.segments or seg is not first.segments[0]:
        return False
    return seg.bbox.height >= _SIGN_SIZE * usual_height(first)


def _mark_attention(doc: _Doc) -> None:
    """An "Attn:" / "z. Hd." / "c/o" line is addressed *to* someone: it, the name line
    above it and the address lines below it (same column, no wide gap) are the
    customer's, whether or not the block has a "Bill to" label."""
    first = doc.pages[0]
    for seg in first.segments:
        salutation = (
            _SALUTATION_RE.match(seg.text) is not None
            or _HONORIFIC_RE.search(seg.text) is not None
            or _OFFICE_RE.match(seg.text) is not None
        )
        if (
            not salutation
            and not _ATTENTION_RE.search(seg.text)
            and not _DEPARTMENT_RE.fullmatch(seg.text)
        ):
            continue
        seg.in_customer = True
        h = max(seg.bbox.height, 1.0)
        column = [
            o for o in first.segments if abs(o.bbox.x0 - seg.bbox.x0) <= 2 * h and o is not seg
        ]
        # A salutation opens the address, or follows the company the person is written to at
        # ("SARL Dupuis Bâtiment" / "M. Jean Roux"); an attention line follows the company's name.
        above = [
            o
            for o in column
            if o.bbox.y0 <= seg.bbox.y0 - 0.5 * h and (not salutation or legal_form(o.text))
        ]
        if above:
            near = max(above, key=lambda o: o.bbox.y0)
            if seg.bbox.y0 - near.bbox.y1 <= 1.5 * h:
                near.in_customer = True
        last_y = seg.bbox.y1
        for o in sorted(
            (o for o in column if o.bbox.y0 >= seg.bbox.y0 + 0.5 * h), key=lambda o: o.bbox.y0
        ):
            if o.bbox.y0 - last_y > 1.5 * h or len(o.text) > 60:
                break
            o.in_customer = True
            last_y = o.bbox.y1
