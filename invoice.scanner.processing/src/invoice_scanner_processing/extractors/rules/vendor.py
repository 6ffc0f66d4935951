"""The seller's name: a labelled reading when it names a company, else the best scored name
on the page (legal form, letterhead, type size, VAT id, footer's legal line), never one from
the customer's block or the item table."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from invoice_scanner_processing.extractors.rules.agency import (
    factors,
    names_factor,
    operator_name,
    principal,
    without_branch,
)
from invoice_scanner_processing.extractors.rules.currencies import ISO_CODES
from invoice_scanner_processing.extractors.rules.labels import in_lookalike_capitals
from invoice_scanner_processing.extractors.rules.lexicon import (
    LEGAL_RE,
    compact,
    label_key,
    one_letter_apart,
)
from invoice_scanner_processing.extractors.rules.lexicon import legal_form as _legal_form
from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc
from invoice_scanner_processing.extractors.rules.names import (
    _ADDRESSY,
    _clean_name,
    _cut_after_legal_form,
    _fix_legal_form,
    _looks_like_name,
    _name_parts,
    _zero_as_letter,
    ends_with_operator_words,
    hungarian_long_vowels,
    is_firm_name,
    is_hungarian,
    is_partners_tail,
    without_logo_letter,
)
from invoice_scanner_processing.extractors.rules.parsing import (
    find_amounts,
    strip_accents,
    strip_accents_in_place,
)
from invoice_scanner_processing.extractors.rules.parties import is_name_label, strip_name_label
from invoice_scanner_processing.extractors.rules.scoring import _best, pick
from invoice_scanner_processing.extractors.rules.segments import Page, Segment, usual_height
from invoice_scanner_processing.extractors.rules.signs import (
    _LEGAL_LINE_RE,
    _SIGN_DOUBT,
    COMPANY_REGISTER_WORDS,
    _legal_core,
    _logo_in_full,
    _sign_over_legal_name,
    _with_legal_tail_below,
    _with_name_line_above,
    italian_firm_in_full,
    legal_beyond_wordmark,
    legal_in_full,
    legal_name_over_sign,
    legal_name_whole,
    logo_word_doubt,
    sign_in_two_lines,
    sign_spells_legal,
    unglued_after_wordmark,
    with_organisation_tail_below,
    with_unfinished_line_above,
    wordmark_with_its_form,
)
from invoice_scanner_processing.extractors.rules.tradename import (
    is_kind_line,
    is_operator_line,
    is_payment_line,
    sign_over_two_lines,
    without_ornaments,
)
from invoice_scanner_processing.extractors.rules.vocabulary import (
    APP_CHROME_WORDS,
    HOLDER_MARKERS,
    ON_BEHALF_WORDS,
    OPERATOR_STATEMENTS,
    PARENT_NOTICE_WORDS,
    PREFIX_LEGAL_FORMS,
    TITLE_VENDOR_LABELS,
)
from invoice_scanner_processing.schema import InvoiceFields


def _vendor(
    doc: _Doc, cands: dict[str, list[Candidate]], fields: InvoiceFields
) -> Candidate | None:
    """The seller's name: a company's, without a branch's designation after its legal form."""
    return without_branch(_seller(doc, cands, fields))


def _seller(
    doc: _Doc, cands: dict[str, list[Candidate]], fields: InvoiceFields
) -> Candidate | None:
    # A factoring notice's factor is paid in the seller's stead: never the seller.
    notice = factors(doc)
    cands["vendor"] = [
        c
        for c in map(_past_agent, map(_labelled_cut, cands.get("vendor", [])))
        if c is not None and not _route_origin(doc, c) and not names_factor(c, notice)
    ]
    # A franchise's statement of who runs the place ("This location is operated by 2287416
    # Ontario Inc.") names the seller outright, whatever the sign over it or the name a
    # remit-to block prints: no scorer's pick.
    statements = [
        s
        for s in (operator_name(doc, c) for c in cands["vendor"] if c.label in _OPERATOR_STATEMENTS)
        if _names_the_seller(s)
    ]
    if statements:
        stated = max(statements, key=lambda c: c.score)
        # A party block heading the same name ("Franchise store operated by" over it) agrees.
        stated = max(
            (c for c in cands["vendor"] if compact(str(c.value)) == compact(str(stated.value))),
            key=lambda c: c.score,
            default=stated,
        )
        return _kind_doubt(logo_word_doubt(doc, _title_name_in_full(doc, stated), named=True))
    # So does an agent's formula the business it issues the page for ("im Namen und für
    # Rechnung von", "on behalf of"), whatever the agent's letterhead.
    agent_for = principal(doc, _customer_names(cands))
    if agent_for is not None and not names_factor(agent_for, notice):
        return _kind_doubt(agent_for)
    labelled = _best(cands.get("vendor"))
    seller = labelled if labelled is not None and _names_the_seller(labelled) else None
    if seller is not None and not doc.scorer.wants_all:
        return _kind_doubt(logo_word_doubt(doc, _title_name_in_full(doc, seller), named=True))
    # A string with no real word ("« α ασ»", "TA三I") is OCR's noise, never a name; nor is the
    # value a payment-terms label reads ("Forma de pago:" | "Transferencia 30 días").
    terms = {id(c.segment) for c in cands.get("payment_terms", []) if c.labelled}
    ev = _document_evidence(doc, cands)
    scored = [
        c
        for c in _vendor_candidates(doc, cands, ev)
        if has_real_word(str(c.value))
        and id(c.segment) not in terms
        and not names_factor(c, notice)
    ]
    if not scored:
        return labelled
    best = _with_name_line_above(doc, max(scored, key=lambda c: (c.score, -c.segment.index)))
    # A scorer that wants every candidate sees the labelled names of the seller, the hand-set
    # rule's page-wide best (joined with a name line above it) and every scored name.
    named = [c for c in cands.get("vendor", []) if _names_the_seller(c)]
    pool = [*named, *([] if any(best is c for c in scored) else [best]), *scored]
    chosen = pick("vendor_name", pool, doc, seller or best)
    if chosen is not None and chosen is not seller:
        chosen = _with_legal_tail_below(doc, _with_name_line_above(doc, chosen))
        chosen = _logo_in_full(doc, chosen)
    final = sign_in_two_lines(
        doc, legal_in_full(chosen, _sign_over_legal_name(doc, chosen, scored))
    )
    final = with_organisation_tail_below(doc, with_unfinished_line_above(doc, final))
    final = legal_beyond_wordmark(doc, final, scored)
    # After the trust of a sole name: the whole legal name is joined from elsewhere.
    final = legal_name_whole(doc, _sole_name(doc, final), scored)
    final = italian_firm_in_full(doc, final)
    if final is not None:
        final = _title_name_in_full(doc, final)

        is_named = any(compact(c.value) == compact(final.value) for c in named)
        final = logo_word_doubt(doc, final, named=is_named)
    if final is not None and not has_real_word(str(final.value)):
        return None
    final = _respelled(doc, _joined_as_repeated(doc, final))
    final = _wordmark_doubt(doc, _kind_doubt(_misread_doubt(doc, _dash_cut_doubt(doc, final))))
    # The sign's and the wordmark's doubts lifted where the sign spells the legal name.
    final = sign_spells_legal(doc, final)
    final = unglued_after_wordmark(doc, wordmark_with_its_form(doc, final, scored))
    final = legal_name_over_sign(
        doc,
        final,
        scored,
        own_address=final is not None
        and _named_by_address(_without_legal_form(str(final.value)), ev.mailboxes, ev.domains),
        tax_ids=[c.segment for c in cands.get("vat_id", [])],
    )
    return _unprinted_registered_name(doc, _abbreviated_kind_doubt(_partners_doubt(doc, final)))


#: A company register's number printed by a seller: the commercial registers whose entries are
#: companies with a legal form (:data:`.signs.COMPANY_REGISTER_WORDS`, and Austria's Firmenbuch
#: "FN", the UK's and Ireland's company numbers), not a tax or VAT number, which a sole trader
#: has too.
_COMPANY_REGISTER_RE = re.compile(
    rf"\bFN\s?\d|\b(?:{COMPANY_REGISTER_WORDS}|Firmenbuch|Company\s+(?:No|Number|Reg)"
    r"|Registered\s+in\s+(?:England|Wales|Scotland|Ireland)|Companies\s+House)\b"
)

#: The forms of French liberal professions' companies, printed before the name or after "—"
#: (not suffixes the reader keys a name by: a firm's sign stays its name).
_PROFESSION_FORM_RE = re.compile(r"\b(?:SELARL|SELAS|SELAFA|SELCA|SCP)\b")


def _unprinted_registered_name(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """``chosen``, doubted where it is a name without a legal form on a page addressed to a
    customer whose seller's lines print a company register's number (``KvK 24318877``, ``FN
    412876 h``) and no name with a legal form: the seller is a registered company whose
    registered name the page never prints, only its wordmark ("VAN DER MEULEN" for a "… Van
    der Meulen B.V."), and hand-keyed sets take the wordmark or a registered name from
    elsewhere."""
    if chosen is None or chosen.score <= _WORDMARK_DOUBT or _legal_form(str(chosen.value)):
        return chosen
    if not any(seg.in_customer for seg in doc.segments):
        return chosen
    seller_lines = [seg for seg in doc.segments if not seg.in_customer]
    if not any(_COMPANY_REGISTER_RE.search(seg.text) for seg in seller_lines):
        return chosen
    # A form on them prints it: the reader's suffixes (a postcode's letters are none: "1041
    # AB") and the French liberal professions' companies, printed before the name ("SELARL
    # Moreau & Associés · RCS Paris …").
    if any(_legal_form(seg.text) or _PROFESSION_FORM_RE.search(seg.text) for seg in seller_lines):
        return chosen
    return replace(chosen, score=_WORDMARK_DOUBT)


#: The most a partnership's name is trusted whose partners are printed on the line under it
#: (as much as one cut before them on its own line: :func:`._capped`).
_PARTNERS_DOUBT = 0.45


def _partners_doubt(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """A name ending in its legal form with its partners on one of the two lines under it
    ("BAR PASTICCERIA" / "DEL CORSO S.N.C." / "di Bianchi L. & C."): the name stays as read,
    and is held, as hand-keyed sets differ on whether the partners belong to it."""
    name = str(chosen.value).rstrip(" ,") if chosen is not None else ""
    ends = [m.end(1) for m in LEGAL_RE.finditer(name)]
    if chosen is None or not _legal_form(name) or not ends or ends[-1] < len(name) - 1:
        return chosen
    seg = chosen.segment
    rows = doc.page_by_number[seg.page].rows[seg.row + 1 : seg.row + 3]
    if any(is_partners_tail(o.text) for row in rows for o in row):
        return replace(chosen, score=min(chosen.score, _PARTNERS_DOUBT))
    return chosen


def _joined_as_repeated(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """``chosen`` joined with the line right below or above it where the page prints the two
    lines as one name elsewhere (a letterhead's "Malerbetrieb" / "Jürgen Obermaier" in large
    type, "Malerbetrieb Jürgen Obermaier" in the footer): the letterhead broke the name."""
    if chosen is None or chosen.labelled or chosen.value != chosen.segment.text.strip():
        return chosen
    seg = chosen.segment
    h = max(seg.bbox.height, 1.0)
    for other in doc.segments:
        if other is seg or other.page != seg.page or other.in_customer or other.hits:
            continue
        if other.bbox.x_overlap(seg.bbox) <= 0:
            continue
        below = 0 <= other.bbox.y0 - seg.bbox.y1 < 1.5 * h
        above = 0 <= seg.bbox.y0 - other.bbox.y1 < 1.5 * h
        if not (below or above):
            continue
        if not _joinable(
            other.text, closed=below and _legal_form(seg.text) > _legal_form(other.text)
        ):
            continue
        joined = (
            f"{seg.text.strip()} {other.text.strip()}"
            if below
            else (f"{other.text.strip()} {seg.text.strip()}")
        )
        # Folded as labels are, so that a name in another script (Greek, Cyrillic) keeps its
        # letters: compacted, "ΑΡΤΟΠΟΙΕΙΑ ΠΑΠΑΔΟΠΟΥΛΟΣ Ο.Ε." is empty, as any Greek line is.
        key = label_key(joined)
        if any(
            label_key(part) == key
            for o in doc.segments
            if o is not seg and o is not other and not o.in_customer
            for part in _name_parts(o.text)
        ):
            return Candidate(joined, chosen.score, seg, joined, labelled=False)
    return chosen


def _joinable(text: str, *, closed: bool) -> bool:
    """Whether ``text``, the line under or over the chosen name, may be a piece of it: no
    address ("Industriestraße 5", a footer repeating "Autohaus Berger GmbH Industriestraße 5"),
    and nothing under a name its legal form already closes ("Autohaus Berger GmbH" over
    "Inhaber Hans Berger")."""
    return not (closed or any(c.isdigit() for c in text) or _ADDRESSY.search(text))


#: A name that only says what kind of business the seller is: held, never approved.
_KIND_DOUBT = 0.6


def _kind_doubt(chosen: Candidate | None) -> Candidate | None:
    """``chosen``, doubted where it is only a kind of business ("Taxiunternehmen",
    "RESTAURANT", "Apotheke"): the seller's own name was printed beside it or not read, and a
    generic word keyed as the seller is wrong either way."""
    if chosen is None:
        return None
    name = without_ornaments(str(chosen.value))
    bare = _before_legal_form(name)
    if not (is_kind_line(name) or (bare.strip() and is_kind_line(bare))):
        return chosen
    return replace(chosen, score=min(chosen.score, _KIND_DOUBT))


#: A name opened by two capitals and a point, the abbreviated kind of business a sign puts
#: before the name ("RM. MINANG SAIYO", Indonesia's "Rumah Makan"; "TB. SUMBER JAYA", "Toko
#: Bangunan"; "UD." for a trading business).
_ABBREVIATED_KIND = re.compile(r"^[A-Z]{2}\.\s*[^\W\d_]")
#: As much as a name opened by one is trusted: sets keyed by hand spell the kind out ("Rumah
#: Makan Minang Saiyo") or keep it as printed, so a person decides.
_ABBREVIATED_DOUBT = 0.75


def _abbreviated_kind_doubt(chosen: Candidate | None) -> Candidate | None:
    """``chosen``, doubted where it opens with an abbreviated kind (:data:`_ABBREVIATED_KIND`)."""
    if chosen is None or not _ABBREVIATED_KIND.match(str(chosen.value).strip()):
        return chosen
    return replace(chosen, score=min(chosen.score, _ABBREVIATED_DOUBT))


#: The vowels of the scripts that write them, lower case.
_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿăąęėěıįőűůųαεηιουωάέήίόύώϊϋΐΰ"
                    "аеёиоуыэюяіїєў")  # fmt: skip
_SCRIPTS_WITH_VOWELS = frozenset({"LATIN", "GREEK", "CYRILLIC"})


def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split(" ")[0]


def _words_by_script(text: str) -> list[str]:
    """The runs of letters of one script in ``text``."""
    words: list[str] = []
    run = ""
    for ch in text:
        if ch.isalpha() and (not run or _script(ch) == _script(run[-1])):
            run += ch
            continue
        if run:
            words.append(run)
        run = ch if ch.isalpha() else ""
    if run:
        words.append(run)
    return words


def has_real_word(text: str) -> bool:
    """A word a name could be of: three letters or more of one script with a vowel
    ("Café", "ΤΑΒΕΡΝΑ", "Ромашка"), capitals of two to five letters (an acronym, "KFC",
    "BP"), or two characters or more of a script written without such vowels (Chinese,
    Japanese, Thai, Arabic). What OCR makes of a line it could not read ("« α ασ»", "TA三I")
    has none, nor has one letter repeated ("OOOO" for a logo's circles); an acronym counts
    only in a text of one script. Czech and Slovak write words round a syllabic r or l
    ("Vlk", "Krk"): those are vowels there."""
    # Capitals joined by an ampersand are one acronym ("H&M", "P&G").
    words = _words_by_script(re.sub(r"(?<=[^\W\d_])&(?=[^\W\d_])", "", text))
    one_script = len({_script(w[0]) for w in words}) == 1
    for word in words:
        if len(word) >= 3 and len(set(word.lower())) == 1:
            continue  # one letter over and over ("OOOO" for a logo's circles, "XXXX")
        script = _script(word[0])
        vowels = _VOWELS | {"r", "l"} if script == "LATIN" else _VOWELS
        if script not in _SCRIPTS_WITH_VOWELS:
            real = len(word) >= 2
        else:
            acronym = one_script and word.isupper() and 2 <= len(word) <= 5
            real = acronym or (len(word) >= 3 and any(ch in vowels for ch in word.lower()))
        if real:
            return True
    return False


#: The confidence left to a name that the page spells otherwise elsewhere.
_MISREAD_DOUBT = 0.6

#: The confidence of a name that heads the first page with no rival (:func:`_sole_name`):
#: just above the seller's approval floor, so any doubt below still holds it.
_SOLE_NAME = 0.82
#: The rows of the first page a sole name may sit in: the letterhead or a receipt's sign.
_HEAD_ROWS = 3


def _one_script(text: str) -> bool:
    """Letters of one script ("Café Rothschild", "ΤΑΒΕΡΝΑ"): an OCR that mixed Latin and
    Greek letters in one word ("TABEPNA O MIXAAHΣ") misread it."""
    scripts = {unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha()}
    return len(scripts) == 1


def _plain_name(text: str) -> bool:
    """A name of words: three letters or more, mostly letters, no digits, one script, no
    bracket left open."""
    letters = sum(ch.isalpha() for ch in text)
    dense = text.replace(" ", "")
    return (
        letters >= 3
        and letters >= 0.75 * len(dense)
        and not any(ch.isdigit() for ch in text)
        and _one_script(text)
        and text.count("(") == text.count(")")
    )


def _o_for_zero(text: str) -> str:
    """``text`` with a zero read for the letter o inside a dotted legal form put back
    ("Lipa Gostinstvo d.o.0." → "d.o.o.", "s.r.0.")."""
    return _ZERO_IN_FORM.sub("o", text)


_ZERO_IN_FORM = re.compile(r"(?<=\.)0(?=\.)")


#: A legal name whose form comes first ("Công ty TNHH Ẩm thực Sen Việt", "PT Rasa Nusantara").
_PREFIX_LEGAL = re.compile(r"^\s*(?:" + "|".join(PREFIX_LEGAL_FORMS) + r")")
#: A line that names the business's owner or holder after its label ("Titular: Rubén Ortega
#: Gil", "Inhaber: Lena Brandt", "Owner - J. Smith"), compared without accents.
_HOLDER_LINE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(m) for m in HOLDER_MARKERS) + r")(?=[\s:.\-–])"
    r"[\s:.\-–]*[^\W\d_]{2,}",
    re.I,
)
#: How far under the sign an owner's line is read as naming the sign's business.
_HOLDER_ROWS = 5


def _holder_under(doc: _Doc, seg: Segment) -> bool:
    """A line a few rows under the sign that names the business's owner or holder after its
    label ("TAXI MADRID" over "Licencia nº 08817" / "Titular: Rubén Ortega Gil"): the page
    gives a second name, the one some key in as the seller (a cab's licence holder)."""
    return any(
        other.page == seg.page
        and seg.row < other.row <= seg.row + _HOLDER_ROWS
        and not other.in_customer
        and _HOLDER_LINE.match(strip_accents(other.text)) is not None
        for other in doc.segments
    )


def _rivals(doc: _Doc, chosen: Candidate) -> bool:
    """Another name the page could mean: a legal name anywhere outside the customer's block
    that is not the chosen one repeated (a sign "KIWI PRESS" over "Kiwi Press Drycleaners
    Ltd" in the footer: hand-keyed sets differ on which is the seller), a labelled owner's or
    holder's line under it (:func:`_holder_under`), or a line of words right under or over it
    that may carry the name on ("The Blue Heron" / "DINER", "GOLDEN HARBOUR" / "SEAFOOD
    RESTAURANT")."""
    seg = chosen.segment
    if _holder_under(doc, seg):
        return True
    own = _without_legal_form(chosen.value)
    h = max(seg.bbox.height, 1.0)
    width = doc.page_by_number[seg.page].width
    for other in doc.segments:
        if other is seg or other.in_customer:
            continue
        legal = [p for p in _name_parts(other.text) if _legal_form(_o_for_zero(p))]
        if legal and not any(_without_legal_form(p) == own for p in legal):
            return True
        if _PREFIX_LEGAL.match(other.text) and compact(other.text) != compact(chosen.value):
            return True
        # A till centres its sign's lines: a line centred under the sign in smaller type may
        # carry the name on too ("CEDAR RIDGE" / "HARDWARE & LUMBER", "Luigi's" / "TRATTORIA").
        # A tagline is none: a list of trades ("Boulangerie · Pâtisserie"), a phrase in lower
        # case ("coffee · roasted in KL", "Conception et fabrication de luminaires").
        centred = (
            abs(other.bbox.cx - seg.bbox.cx) < 0.05 * width
            and other.bbox.height >= 0.35 * h
            and _name_words(other.text)
        )
        if (
            other.page == seg.page
            and (other.bbox.height >= 0.6 * h or centred)
            and min(abs(other.bbox.y0 - seg.bbox.y1), abs(seg.bbox.y0 - other.bbox.y1)) < h
            and other.bbox.x_overlap(seg.bbox) > 0
            and _plain_name(other.text)
        ):
            return True
    return False


#: The marks that list a tagline's parts ("Boulangerie · Pâtisserie", "Bar - Restaurant").
_TAGLINE_MARKS = re.compile(r"[·•|/,;:!]|\s[-–—]\s")


def _name_words(text: str) -> bool:
    """A line that may carry a name on: capitalised words only, no tagline's marks, no legal
    form (a legal name is weighed apart)."""
    words = re.findall(r"[^\W\d_][^\W_']*", text)
    return (
        bool(words)
        and all(w[0].isupper() for w in words)
        and _TAGLINE_MARKS.search(text) is None
        and not _legal_form(text)
    )


def _sole_name(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """``chosen``, trusted where it is the only name the page gives: an unlabelled name in the
    first rows of the first page (a receipt's sign, a letterhead), read cleanly (a plain name
    of one script, away from the page's edges, the whole line as read, neither cut from a
    longer one nor joined with another), with no rival (:func:`_rivals`). Such names
    score low on evidence (no legal form, no VAT id beside them) yet are the seller's name on
    nearly every page that prints them (0.3-0.6 in the hand-set score, right 9 times in 10
    over the blind sets of 2026-12-01, and the wrong ones had a legal name elsewhere)."""
    if chosen is None or chosen.labelled or chosen.score >= _SOLE_NAME:
        return chosen
    seg = chosen.segment
    first = doc.pages[0]
    if seg.page != first.number or seg.row >= _HEAD_ROWS or seg.confidence < 0.9:
        return chosen
    if seg.bbox.x0 <= 0.005 * first.width or seg.bbox.x1 >= 0.995 * first.width:
        return chosen
    if not _plain_name(str(chosen.value)) or _rivals(doc, chosen):
        return chosen
    if compact(str(chosen.value)) != compact(seg.text) and not _kind_over_name(doc, chosen):
        # Cut from a longer line or joined with another: the rules that did so doubt it.
        return chosen
    return replace(chosen, score=_SOLE_NAME)


def _kind_over_name(doc: _Doc, chosen: Candidate) -> bool:
    """Whether ``chosen`` is a till's sign joined from its first two lines, a kind of
    business over (or under) its name ("Taxiunternehmen" / "M. Yilmaz"), both read cleanly:
    the whole sign, as trusted as a sign on one line."""
    sign = sign_over_two_lines(doc.pages[0], phrase=False)
    if sign is None or compact(sign[0]) != compact(str(chosen.value)):
        return False
    first = doc.pages[0]
    return all(
        s.confidence >= 0.9 and first.width * 0.005 < s.bbox.x0 and s.bbox.x1 < 0.995 * first.width
        for s in sign[1:]
    )


def _misread_doubt(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """``chosen``, doubted where the page spells the same name elsewhere but for one letter
    (the wordmark "ELEKTRO VLTAVA" or the address "…@elektrovltava.cz" over "Elektro Vitava
    s.r.o."): OCR misread one of them, and which one is not known. Names of six letters or
    more, without their legal form; the letter-for-letter confusions of any scan or photo.
    Doubted too where the whole name is read in Latin capitals on a Greek or Cyrillic page
    ("TABEPNA" for "ΤΑΒΕΡΝΑ"): what is printed is another script's word."""
    if chosen is None:
        return None
    if in_lookalike_capitals(str(chosen.value), doc.full_text):
        return replace(chosen, score=min(chosen.score, _MISREAD_DOUBT))
    key = _without_legal_form(chosen.value)
    if len(key) < 6:
        return chosen
    spellings = set(_address_names(doc.full_text)[1])
    for seg in doc.segments:
        spellings.update(_without_legal_form(part) for part in _name_parts(seg.text))
    if any(one_letter_apart(key, other) for other in spellings):
        return replace(chosen, score=min(chosen.score, _MISREAD_DOUBT))
    return chosen


#: A wordmark read over the legal name that opens with it: held for a person.
_WORDMARK_DOUBT = 0.75

#: A spaced dash between two parts of a line.
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _dash_cut_doubt(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """``chosen``, doubted where it is the part after a spaced dash of a line whose part
    before it is the page's wordmark, printed alone elsewhere ("Lota Atlântica - Comércio de
    Pescado, Lda." under the sign "LOTA ATLÂNTICA"): the legal name may be the whole line or
    its part after the dash, and hand-keyed sets take either."""
    if chosen is None or chosen.score <= _WORDMARK_DOUBT:
        return chosen
    text, own = chosen.segment.text, compact(str(chosen.value))
    for m in _SPACED_DASH.finditer(text):
        left, right = text[: m.start()].strip(), text[m.end() :]
        if not own or not compact(right).startswith(own) or not has_real_word(left):
            continue
        if any(ch.isdigit() or ch == ":" for ch in left):
            continue
        mark = compact(left)
        if any(
            o is not chosen.segment and o.page == chosen.segment.page and compact(o.text) == mark
            for o in doc.segments
        ):
            return replace(chosen, score=_WORDMARK_DOUBT)
    return chosen


def _wordmark_doubt(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """``chosen``, doubted where the line right under it is a legal name that opens with it and
    says more ("crumb & co." over "Crumb & Co. Bakery Pte. Ltd."): a wordmark with a legal
    form of its own ("& Co.") over the full legal name, which hand-keyed sets take either way
    (as "NORDHEM" over "Nordhem Inredning AB", :func:`.signs.legal_beyond_wordmark`)."""
    if chosen is None or chosen.score <= _WORDMARK_DOUBT:
        return chosen
    seg, own = chosen.segment, compact(chosen.value)
    bare = _name_letters(chosen.value)
    h = max(seg.bbox.height, 1.0)
    for other in doc.segments:
        if other is seg or other.in_customer or other.page != seg.page:
            continue
        gap = other.bbox.y0 - seg.bbox.y1
        if not (-0.5 * h < gap < 1.5 * h and other.bbox.x_overlap(seg.bbox) > 0):
            continue
        for part in _name_parts(other.text):
            # A legal form and a registration number more ("RESTORAN SELERA BAYU" over "…
            # Sdn Bhd (1327745-W)") is the same name.
            more = _name_letters(part) != bare
            if ":" not in part and _legal_form(part) and compact(part).startswith(own) and more:
                return replace(chosen, score=_WORDMARK_DOUBT)
    return chosen


def _name_letters(text: str) -> str:
    """The letters of a name without its legal forms and any bracketed registration number."""
    return re.sub(r"[^\w]|\d|_", "", compact(LEGAL_RE.sub("", re.sub(r"\([^)]*\)", "", text))))


def _respelled(doc: _Doc, chosen: Candidate | None) -> Candidate | None:
    """``chosen`` with the Hungarian long vowels OCR read short put back (:func:`.names.
    hungarian_long_vowels`) when the page is in Hungarian."""
    if chosen is None or not is_hungarian(doc.full_text):
        return chosen
    fixed = hungarian_long_vowels(chosen.value)
    if fixed == chosen.value:
        return chosen
    return Candidate(
        fixed, chosen.score, chosen.segment, chosen.text, chosen.labelled, label=chosen.label
    )


def _route_origin(doc: _Doc, labelled: Candidate) -> bool:
    """A "From:" right above a "To:" and naming no company: a journey's start (a taxi's
    slip, "From: Harbour Station" / "To: Airport"), not the sender, whose block has its
    address lines before any "To:"."""
    seg = labelled.segment
    if compact(labelled.label) != "from" or _legal_form(labelled.value):
        return False
    page = doc.page_by_number[seg.page]
    if seg.row + 1 >= len(page.rows):
        return False
    h = max(seg.bbox.height, 1.0)
    # The "To" sits under the "From" label, which may be its own cell left of the value.
    lefts = [seg.bbox.x0, *(o.bbox.x0 for o in page.rows[seg.row] if o.bbox.x1 <= seg.bbox.x0)]
    return any(
        o.hits and o.hits[0].start == 0 and o.hits[0].key == "to"
        and any(abs(o.bbox.x0 - x) < 3 * h for x in lefts)
        for o in page.rows[seg.row + 1]
    )  # fmt: skip


def _title_name_in_full(doc: _Doc, seller: Candidate) -> Candidate:
    """The legal name where a document's title gives the seller's name without a legal form
    ("Your receipt from Pomona", a mail's subject) and a legal name outside the customer's
    block opens with that name and says more ("Pomona Distribution International Ltd." in the
    footer): the title shortens the name as a wordmark does, so, as under a wordmark
    (:func:`.signs.legal_beyond_wordmark`), the legal name is reported, at most 0.75 (sets keyed
    by hand differ on the two). Names are compared without spaces: OCR splits a word of a
    title set in large type ("Pom ona")."""
    if seller.label not in TITLE_VENDOR_LABELS or _legal_form(seller.value):
        return seller
    key = compact(seller.value)
    if len(key) < 3:
        return seller
    for seg in doc.segments:
        if seg is seller.segment or seg.in_customer:
            continue
        for part in _name_parts(seg.text):
            if not _legal_form(part):
                continue
            words = _legal_core(part).split()
            heads = {compact(" ".join(words[:n])) for n in range(1, len(words))}
            if key in heads:
                return Candidate(
                    part, min(seller.score, _SIGN_DOUBT), seg, seg.text, labelled=False
                )
    return seller


#: The compact labels of a franchise's or concession's operator statement (see
#: :data:`.vocabulary.OPERATOR_STATEMENTS`).
_OPERATOR_STATEMENTS = frozenset(label_key(w) for w in OPERATOR_STATEMENTS)


def _names_the_seller(labelled: Candidate) -> bool:
    """Whether a labelled vendor reading is the seller's name."""
    # "Vendeur : CLAIRE", "Verkäufer: Hans": on a till receipt the label names the
    # salesperson; a seller's name has two words or a legal form.
    return _looks_like_name(labelled.value) and (
        labelled.label == "party block"
        or len(labelled.value.split()) > 1
        or bool(_legal_form(labelled.value))
    )


#: An e-mail address (local part, domain) or a web address (domain): whose it is tells the
#: seller ("camille.rousseau@…", "@lioncity.com.sg", "www.brunet-atelier.fr").
_ADDRESS_RE = re.compile(
    r"(?<![\w.+-])([\w.+-]+)@((?:[\w-]+\.)+[a-z]{2,})\b|\bwww\.((?:[\w-]+\.)+[a-z]{2,})\b",
    re.IGNORECASE,
)
#: Local parts that name a role, not a person; and mail providers' domains, which name nobody.
_ROLE_MAILBOXES = frozenset(
    compact(w)
    for w in (
        "info", "contact", "kontakt", "mail", "office", "hello", "hallo", "sales", "service",
        "support", "billing", "invoice", "invoices", "accounts", "accounting", "rechnung",
        "rechnungen", "buchhaltung", "facturation", "facture", "factures", "comptabilite",
        "admin", "noreply", "no-reply", "team", "shop", "order", "orders", "bestellung",
        "fakturering", "faktura", "fatture", "amministrazione", "ventas", "facturas",
    )
)  # fmt: skip
_MAIL_PROVIDERS = frozenset(
    (
        "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me",
        "aol", "gmx", "web", "t-online", "freenet", "orange", "free", "wanadoo", "laposte",
        "sfr", "libero", "virgilio", "tiscali", "proton", "protonmail", "yandex", "mail",
        "seznam", "wp", "o2", "onet", "interia", "telenet", "skynet", "ziggo", "kpnmail",
        "bluewin", "sapo", "qq", "163", "naver", "rediffmail",
    )
)  # fmt: skip


def _address_names(text: str) -> tuple[set[str], set[str]]:
    """The compact personal mailbox names and the domain names printed in ``text``."""
    mailboxes: set[str] = set()
    domains: set[str] = set()
    for local, mail_domain, web_domain in _ADDRESS_RE.findall(text):
        domain = (mail_domain or web_domain).lower().split(".")
        # The registrable name: "lioncity" of "lioncity.com.sg", "brunet-atelier" of "….fr".
        name = domain[-3] if len(domain) >= 3 and len(domain[-2]) <= 3 else domain[-2]
        if name not in _MAIL_PROVIDERS and len(compact(name)) >= 4:
            domains.add(compact(name))
        person = compact(local)
        if local and len(person) >= 6 and person not in _ROLE_MAILBOXES:
            mailboxes.add(person)
    return mailboxes, domains


def _named_by_address(key: str, mailboxes: set[str], domains: set[str]) -> bool:
    """Whether a name (compact, legal form removed) is the one an address on the page spells:
    a personal mailbox equal to it, or a domain name that it holds or that is little more than
    it (a logo's first word, "kessler" of "kessler-antriebe.de", is not the whole name)."""
    if len(key) < 4:
        return False
    return key in mailboxes or any(
        d in key or (key in d and len(key) >= 0.8 * len(d)) for d in domains
    )


@dataclass(frozen=True)
class _Evidence:
    """What the whole document tells about each name on it."""

    first: Page
    #: Median height of the first page's first segments: larger type stands out.
    median: float
    #: How often each name (compact) is printed.
    counts: dict[str, int]
    #: Where VAT ids were read: the seller's name is printed near its VAT id.
    vat_segs: list[Segment]
    #: Names read as the customer's, never the vendor.
    customer_names: set[str]
    #: Personal mailboxes and domain names printed outside the customer's block.
    mailboxes: set[str]
    domains: set[str]
    #: The lines of bank details (:func:`_bank_lines`).
    bank_lines: list[Segment]
    #: The letterhead's lines without digits (compact): :func:`_letterhead_line`.
    headings: set[str]


def _customer_names(cands: dict[str, list[Candidate]]) -> set[str]:
    """The compact names read as the customer's. "To" after a payment's words ("Payment to:
    Syarikat Kenanga Cetak Sdn. Bhd.") names the payee, the seller, never the customer."""
    return {
        compact(c.value)
        for c in cands.get("customer", [])
        if not _PAYEE_PHRASE.match(c.segment.text.strip())
    }


def _document_evidence(doc: _Doc, cands: dict[str, list[Candidate]]) -> _Evidence:
    first = doc.pages[0]
    customer_names = _customer_names(cands)
    vat_segs = [c.segment for c in cands.get("vat_id", [])]
    counts: dict[str, int] = {}
    for seg in doc.segments:
        for part in _name_parts(seg.text):
            counts[compact(part)] = counts.get(compact(part), 0) + 1
            # A legal name repeats the name it carries ("Transports Roux & Fils SARL au
            # capital de …" in the footer repeats the "TRANSPORTS ROUX & FILS" heading).
            legal = _cut_after_legal_form(_fix_legal_form(part))[0]
            core = _without_legal_form(legal) if _legal_form(legal) else ""
            if core and core != compact(part):
                counts[core] = counts.get(core, 0) + 1
    median = usual_height(first)
    mailboxes, domains = _address_names(
        "\n".join(seg.text for seg in doc.segments if not seg.in_customer)
    )
    headings = {
        compact(seg.text)
        for seg in first.segments
        if _letterhead_line(first, seg, median) and not any(ch.isdigit() for ch in seg.text)
    }
    return _Evidence(
        first,
        median,
        counts,
        vat_segs,
        customer_names,
        mailboxes,
        domains,
        _bank_lines(doc),
        headings,
    )


#: Words of a bank transfer's details: the bank, the account, its holder, the payee.
_BANK_WORDS = re.compile(
    r"\b(?:bank|banque|banco|iban|swift|bic|account|acct|a/c|beneficiary|payee|payable\s+to"
    r"|bank\s+transfer|kontoinhaber|bankverbindung|empfänger|konto|titulaire|bénéficiaire"
    r"|titular|beneficiario|rekening|begunstigde|intestatario|bsb|sort\s+code)\b",
    re.IGNORECASE,
)
#: Words of a debit from the customer's account: there the account holder is the customer.
_DEBIT_WORDS = re.compile(
    r"debit|lastschrift|prélèvement|prelevement|incasso|domiciliaci|addebito|autogiro",
    re.IGNORECASE,
)


def _bank_lines(doc: _Doc) -> list[Segment]:
    """The lines of bank details outside the customer's block and the item table: the
    account they give is the one the seller is paid into."""
    return [
        seg
        for seg in doc.segments
        if not seg.in_customer
        and not seg.in_table
        and _BANK_WORDS.search(seg.text)
        and not _DEBIT_WORDS.search(seg.text)
    ]


#: A bank's own name: "… Bank", "… Bankası", "Banco …", "Banca …", "Banque …".
_BANK_NAME = re.compile(
    r"\b(?:bank|bankası|bankasi)\s*$|^\s*(?:banco|banca|banque|bank)\b", re.IGNORECASE
)


def _holds_account(ev: _Evidence, seg: Segment, part: str) -> bool:
    """Whether another line of bank details names ``part`` (a company's name: a legal form or
    two words) as the account's holder: the account a bill asks to be paid into is the
    seller's, so the name printed with it is the seller's too."""
    words = re.findall(r"\w+", part)
    if len(compact(part)) < 6 or not (_legal_form(part) or len(words) > 1):
        return False
    if _BANK_NAME.search(part):
        # "Al Rajhi Bank · IBAN SA44 …", "Banco de la Nación Argentina - CBU …": the bank
        # that keeps the account, printed on every page's footer, not its holder.
        return False
    name = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    for other in ev.bank_lines:
        m = name.search(other.text) if other is not seg else None
        if m and not _legal_form(part) and _legal_form(other.text[m.start() : m.end() + 16]):
            # The account's holder is the name with its legal form ("Hartley & Moss LLP"),
            # another candidate than this shorter one.
            continue
        # A capitalised word right before it that is no bank word makes it the tail of a
        # longer name ("payable to Riverbend Public Utilities" never names "Public Utilities").
        before = re.search(r"(\w+)\W*$", other.text[: m.start()]) if m else None
        if m and (before is None or not before.group(1)[0].isupper()):
            return True
        if m and before is not None and _BANK_WORDS.fullmatch(before.group(1)):
            return True
    return False


def _could_name(part: str) -> bool:
    """Whether ``part`` may name a party: not an operator's or a payment's line, nor a
    currency's code in a cell of its own ("EUR" | "850,00" on a receipt book's page)."""
    if not _looks_like_name(part) or part.strip() in ISO_CODES:
        return False
    return not (is_operator_line(part) or is_payment_line(part))


#: A copyright notice before the name it names, as a footer prints it ("© 2026 Kensington
#: Daily Grind Inc.", "(c) 2019-2026 Acme Ltd", "Copyright 2026 Nimbus LLC").
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*", re.IGNORECASE
)


#: As much as a name read from a copyright notice is trusted (:func:`_copyright_held`): the
#: platform that prints the receipt or invoice puts its own there.
_COPYRIGHT_DOUBT = 0.3


def _without_copyright(part: str) -> str:
    """``part`` without a copyright notice before the name (:data:`_COPYRIGHT`)."""
    m = _COPYRIGHT.match(part)
    return part[m.end() :] if m is not None and m.end() < len(part) else part


def _vendor_candidates(
    doc: _Doc, cands: dict[str, list[Candidate]], ev: _Evidence
) -> list[Candidate]:
    """Every name outside the customer's block and the item table, scored as the seller's;
    a till's sign over two lines as one name, its owner's line and payment lines none."""
    scored: list[Candidate] = []
    notices: set[int] = set()
    first = doc.pages[0]
    sign = sign_over_two_lines(first)
    skip = {id(s) for s in sign[1:]} if sign is not None else set()
    if sign is not None:
        name, top, _low = sign
        score = _vendor_score(ev, first, top, name, compact(name))
        scored.append(Candidate(_clean_name(name), min(score, 0.95), top, name, False))
    for seg in doc.segments:
        if seg.in_customer or seg.in_table or id(seg) in skip:
            continue
        if seg.hits and seg.hits[0].start == 0 and len(seg.hits[0].key) >= 4:
            continue
        page = doc.page_by_number[seg.page]
        if _is_label(seg.text) or _foot_domain(first, page, seg) or _agent_sentence(doc, seg):
            continue
        for raw in _after_address_removed(_name_parts(_head_domain(first, page, seg))):
            noticed = _without_copyright(raw)
            copyright_notice, raw = noticed != raw, noticed
            part, cut = _cut_after_legal_form(_fix_legal_form(strip_name_label(raw)))
            part = _without_payee_words(_without_signing_words(part))
            part = _without_monogram(_zero_as_letter(part, doc.full_text))
            part = _without_store_number(_first_of_translations(part))
            part = _with_name_over_legal_form(page, seg, part) or ""
            part = _with_legal_form_beside(page, seg, part)
            part = _with_name_continued(page, seg, part)
            if not _could_name(part):
                continue
            chrome = compact(part) in _APP_CHROME
            if (
                _keyed_value(part)
                or chrome
                or (page is first and _window_addressee(first, seg))
                or _weighed_item(doc, seg, part)
                or _bank_over_account(page, seg, part)
            ):
                continue
            key = compact(part)
            if key in ev.customer_names or any(w in key for w in _PARENT_NOTICE):
                continue
            score = _capped(_vendor_score(ev, page, seg, part, key), page, seg, part, cut)
            score = 0.0 if _priced_item(doc, cands, page, seg) else score
            scored.append(Candidate(_clean_name(part), min(score, 0.95), seg, seg.text, False))
            notices |= {id(scored[-1])} if copyright_notice else set()
    scored.extend(_owner_until_paid(doc, ev))
    return _copyright_held(scored, notices)


#: A retention-of-title clause, which names the seller: the goods stay its property until
#: paid ("Ownership of goods remains with Kauri Coast Building Supplies Ltd until paid in
#: full", "Goods remain the property of Hale & Sons Ltd until payment is received").
_OWNER_UNTIL_PAID = re.compile(
    r"\b(?:remains?\s+(?:with|the\s+(?:sole\s+)?property\s+of)|title\s+(?:to\s+\S+\s+)?"
    r"(?:remains?|passes?)\s+(?:with|from))\s+(?P<name>.+?)\s+until\b",
    re.IGNORECASE,
)


def _owner_until_paid(doc: _Doc, ev: _Evidence) -> list[Candidate]:
    """The seller named by a retention-of-title clause outside the customer's block, with its
    legal form: as sure as a letterhead's legal name (the clause is the seller's own terms)."""
    found = []
    for seg in doc.segments:
        if seg.in_customer:
            continue
        for m in _OWNER_UNTIL_PAID.finditer(seg.text):
            name = m.group("name").strip(" ,.;:")
            if _legal_form(name) and compact(name) not in ev.customer_names:
                found.append(Candidate(_clean_name(name), 0.9, seg, seg.text, False))
    return found


def _copyright_held(scored: list[Candidate], notices: set[int]) -> list[Candidate]:
    """``scored``, the names read from a copyright notice (their ids ``notices``) held to
    :data:`_COPYRIGHT_DOUBT`: whoever owns the page's template or software ("© 2026 Square,
    Inc." under a shop's receipt) as often as the seller, a name of last resort. One that is
    another name read above it with its legal form ("Kensington Daily Grind" over "© 2026
    Kensington Daily Grind Inc.") is the seller's own, and keeps its score."""
    held = []
    for c in scored:
        if id(c) in notices and not any(
            o.segment.bbox.y0 < c.segment.bbox.y0
            and id(o) not in notices
            and compact(_without_legal_form(str(c.value))) == compact(str(o.value))
            for o in scored
        ):
            c = replace(c, score=min(c.score, _COPYRIGHT_DOUBT))
        held.append(c)
    return held


_APP_CHROME = frozenset(compact(w) for w in APP_CHROME_WORDS)

#: A bank's word in a name, alone or closing a compound ("Freisinger Bank eG", "Volksbank",
#: "Raiffeisenbank", "Sparkasse Freising", "Banque Populaire", "Caisse d'Epargne").
_BANK_IN_NAME = re.compile(
    r"(?:^|\s)(?:\w*bank|\w*sparkasse|banque|banca|banco|caisse d.[ée]pargne)(?=$|[\s,])",
    re.IGNORECASE,
)
#: A line of an account's details: its IBAN, BIC or account number.
_ACCOUNT_LINE = re.compile(r"^\s*(?:iban|bic|swift|konto|kto|account|compte)\b", re.IGNORECASE)


def _bank_over_account(page: Page, seg: Segment, part: str) -> bool:
    """A bank's name set right over the lines of an account's details in the same column
    ("Freisinger Bank eG" over "IBAN DE62 …" over "BIC GENODEF1FSR", as a letter's footer
    prints the seller's bank): the bank that keeps the seller's account, never the seller."""
    if _BANK_IN_NAME.search(part) is None or seg.row + 1 >= len(page.rows):
        return False
    if seg.bbox.y0 < 0.25 * page.height:
        # A letterhead's name over its own account line ("Volksbank Mittelhessen eG" over
        # "Konto 123456789", "Riverbank Catering Ltd" over "Account No. 44821") is the seller:
        # a bank that keeps the seller's account is printed in the footer or the payment block.
        return False
    h = max(seg.bbox.height, 1.0)
    return any(
        _ACCOUNT_LINE.match(o.text)
        and abs(o.bbox.x0 - seg.bbox.x0) < 2 * h
        and 0 <= o.bbox.y0 - seg.bbox.y1 < 1.5 * h
        for row in page.rows[seg.row + 1 : seg.row + 3]
        for o in row
    )


#: A legal form that is also a unit of weight: "KG" closes a weighed item's name on a till
#: roll ("PALTA HASS KG"), as it closes a German partnership's ("Müller KG").
_UNIT_FORM_RE = re.compile(r"\s(?:KG|Kg|kg)\.?$")


def _weighed_item(doc: _Doc, seg: Segment, part: str) -> bool:
    """A name ending in "KG" with its price beside it in the row ("PALTA HASS KG" | "$4.217"):
    an item sold by weight, never the seller. The price fills its cell: a seller's line that
    prints its opening hours beside it ("Bäckerei Sonnenkorn KG" | "Mo-Fr 6.30-18.00") is
    no item."""
    if _UNIT_FORM_RE.search(part) is None:
        return False
    return _price_beside(doc, seg)


def _priced_item(doc: _Doc, cands: dict[str, list[Candidate]], page: Page, seg: Segment) -> bool:
    """A line below the letterhead with a price in its row ("Lavage Programme Eco" |
    "12,00 €", "Sparbillett Zürich HB – Genève …" | "1" | "24.80"): an item sold, never the
    seller, whatever its words (a legal form's letters included: Sweden's "HB" closes
    "Zürich HB"). A seller's name sits in the letterhead or beside its address, not beside a
    price. Such a line scores nothing but stays a candidate: the document's scorer weighs
    each name against all the others read.

    Below the letterhead is below the document's number or date as well: items are listed
    after them, while a letterhead set low under a large logo may have the header's
    amount-due box level with the seller's name ("Harbor Light Studio LLC" | "$1,250.00",
    under "AMOUNT DUE", above "Invoice # 1042"); that name is the seller's still."""
    if seg.bbox.y0 < 0.15 * page.height:
        return False
    if not _under_document_header(cands, seg):
        return False
    return _price_beside(doc, seg)


def _price_beside(doc: _Doc, seg: Segment) -> bool:
    """Whether a cell right of ``seg`` in its row holds one price and nothing else."""
    return any(_price_cell(o.text) for o in doc.right_of(seg))


def _under_document_header(cands: dict[str, list[Candidate]], seg: Segment) -> bool:
    """Whether a number or a date of the document (labelled or not) is read above ``seg``
    on its page."""
    return any(
        c.segment.page == seg.page and c.segment.bbox.y1 <= seg.bbox.y0
        for key in ("invoice_number", "invoice_date")
        for c in cands.get(key, [])
    )


#: What a price's cell may hold beside the price: a tax code of one letter ("4,20 A").
_PRICE_REST_RE = re.compile(r"[\W_]*(?:[^\W\d_][\W_]*)?")


def _price_cell(text: str) -> bool:
    """Whether ``text`` is one price ("$4.217", "4,20 A"), nothing else in its cell."""
    found = find_amounts(text)
    if len(found) != 1 or not (found[0].decimals or found[0].currency):
        return False
    rest = text[: found[0].start] + " " + text[found[0].end :]
    return _PRICE_REST_RE.fullmatch(rest) is not None


_ON_BEHALF = tuple(compact(w) for w in ON_BEHALF_WORDS)


#: The words of a platform issuing a page for another business, as a pattern on a text
#: without accents ("en nombre y por cuenta de", "on behalf of").
_ON_BEHALF_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(strip_accents(w)).replace(r"\ ", r"\s+") for w in ON_BEHALF_WORDS)
    + r")\b",
    re.IGNORECASE,
)


def _labelled_cut(c: Candidate) -> Candidate:
    """A seller label's value that runs on past the legal form into the address or ids
    ("Supplier: Suvarna Interiors Private Limited · No. 42, 3rd Cross, ..."): the name alone."""
    value = str(c.value)
    cut, was_cut = _cut_after_legal_form(value)
    return replace(c, value=cut) if was_cut and _looks_like_name(cut) else c


def _past_agent(c: Candidate) -> Candidate | None:
    """A seller label's value that names an agent issuing the page on behalf of another
    ("Factura emitida por Mercaplaza en nombre y por cuenta de:" over "Vendido por:
    Suministros Ferrán S.L."): the name after those words where the line goes on with it,
    else none (the seller is named elsewhere)."""
    value = str(c.value)
    found = list(_ON_BEHALF_RE.finditer(strip_accents_in_place(value)))
    # The words open a name of their own ("Au Nom de la Rose SARL"), no agent before them.
    if not found or not has_real_word(value[: found[-1].start()]):
        return c
    rest = value[found[-1].end() :].strip(" :,;-–")
    # Only the phrase's own words run on to the line's end ("... au nom et pour le" /
    # "compte de Marceau Logistique SAS"): the seller is named on the next line, not here.
    if all(w.islower() for w in re.findall(r"[^\W\d_]+", rest)):
        return None
    return replace(c, value=rest) if has_real_word(rest) else None


def _agent_sentence(doc: _Doc, seg: Segment) -> bool:
    """A line that goes on with a sentence naming who issues the page on behalf of another
    ("Rachunek wystawiony w imieniu przewoźnika" / "przez Volta Operations OÜ, Tallinn."): it
    opens in lower case, and the line before it says "on behalf of" (:data:`ON_BEHALF_WORDS`).
    The name in it is the platform's, an agent, not the seller."""
    text = seg.text.strip()
    if not text or not text[0].islower() or seg.index == 0:
        return False
    before = doc.segments[seg.index - 1]
    if before.page != seg.page:
        return False
    return any(w in compact(before.text) for w in _ON_BEHALF)


#: What a legal form leaves of a line that holds nothing else: none, or a short dotted word
#: OCR split from it ("LTD. STI." for Turkey's "Ltd. Şti.").
_DOTTED_REST = re.compile(r"^(?:\s*[^\W\d_]{1,4}\.)*\s*$")


def _bare_legal_form(part: str) -> bool:
    """A line that is only a legal form ("LTDA.", "S.A. de C.V."): the end of a name run over
    from the line above, never a name alone."""
    return _legal_form(part) and _DOTTED_REST.match(LEGAL_RE.sub("", part)) is not None


#: Words set apart by a middle dot, a bullet or a bar ("Confiserie · Kaffeebar", "Fassade •
#: Innenraum"): a list of trades or goods.
_LISTED_WORDS = re.compile(r"[^\W\d_]\s[·•|]\s[^\W\d_]")


def _with_name_over_legal_form(page: Page, seg: Segment, part: str) -> str | None:
    """``part``; a bare legal form joined after the name line right above it, sharing its
    width (flush left, or both centred as on a till's header) and touching or close over it,
    as one name; ``None`` for a bare legal form without one."""
    bare = _bare_legal_form(part)
    if not bare and not _short_legal_tail(part):
        return part
    over = _adjacent_line(page, seg, under=False)
    if over is None:
        return None if bare else part
    top = over.text.strip()
    if any(c.isdigit() for c in top) or _legal_form(top) or _ADDRESSY.search(top):
        return None if bare else part
    if ends_with_operator_words(top):
        # "Franchise store operated by" over the operator's name: the name is the line's own.
        return None if bare else part
    if not bare and _LISTED_WORDS.search(top):
        # "Confiserie · Kaffeebar" over "Café Lindenhof GmbH": a line of what the business
        # does, its words set apart by dots, is no first line of a name. Over a bare legal
        # form it is the partners' names the form closes ("Haas • Roth" over "PartG mbB").
        return part
    if not bare and not _same_print(over, seg, top, part):
        return part
    if _looks_like_name(top):
        return f"{top} {part}"
    return None if bare else part


#: A firm's registration number set alone in brackets under its name, as Malaysian and
#: Singaporean tills print it ("(001234567-U)", "(765432-A)", "(Co. Reg. No. 201912345K)").
_REGISTRATION_ALONE = re.compile(
    r"^\(\s*(?:(?:co\.?\s*)?reg(?:n|istration)?\.?\s*(?:no\.?)?\s*[:.]?\s*)?"
    # A sole proprietorship's number carries its state's letters first ("(JM0744718-P)").
    r"(?:[A-Z]{2,3})?\d{4,12}\s?-?\s?[A-Z]\s*\)$",
    re.IGNORECASE,
)


def _with_name_continued(page: Page, seg: Segment, part: str) -> str:
    """``part``, the whole of a name line, joined with the line right under it where that line
    goes on with the name and the firm's bracketed registration number closes it beneath
    ("SYARIKAT PERNIAGAAN HUP SENG" / "HARDWARE & ELECTRICAL" / "(001234567-U)"): a name
    printed in two lines of the same size and case, one over the other. A second line
    with a legal form of its own is a whole name, the firm's under its trade name
    ("FAMILYMART" / "QL MAXINCOME SDN BHD" / "(1046489-U)"), not the rest of the first."""
    if not part or part != seg.text.strip() or _legal_form(part):
        return part
    under = _adjacent_line(page, seg, under=True)
    if under is None:
        return part
    second = under.text.strip()
    closing = _adjacent_line(page, under, under=True)
    if (
        closing is None
        or not _REGISTRATION_ALONE.match(closing.text.strip())
        or any(c.isdigit() for c in second)
        or _ADDRESSY.search(second)
        or _legal_form(second)
        or not _looks_like_name(second)
        or second.isupper() != part.isupper()
        or not 0.75 <= under.bbox.height / max(seg.bbox.height, 1.0) <= 1.33
    ):
        return part
    return f"{part} {second}"


def _adjacent_line(page: Page, seg: Segment, *, under: bool) -> Segment | None:
    """The one line right under (or over) ``seg``, overlapping it across the page and
    touching or close to it (a gap below 0.8 of ``seg``'s height), if there is one."""
    h = max(seg.bbox.height, 1.0)
    if under:  # its top from 0.6 of a line over ``seg``'s bottom to 0.8 of a line under it
        band = page.starting_between(seg.bbox.y1 - 0.6 * h, seg.bbox.y1 + 0.8 * h)
    else:  # its bottom from 0.8 of a line over ``seg``'s top to 0.6 of a line under it
        band = page.ending_between(seg.bbox.y0 - 0.8 * h, seg.bbox.y0 + 0.6 * h)
    near = [
        o
        for o in band
        if o is not seg
        and (o.bbox.y0 > seg.bbox.y0 if under else o.bbox.y0 < seg.bbox.y0)
        and -0.6 * h <= (o.bbox.y0 - seg.bbox.y1 if under else seg.bbox.y0 - o.bbox.y1) < 0.8 * h
        and o.bbox.x_overlap(seg.bbox) > 0
    ]
    # Lines set close together on a small scan: the next line's too may start in the band;
    # the nearest is the one line right under (or over) where it is half a line nearer.
    near.sort(key=lambda o: o.bbox.y0 if under else -o.bbox.y1)
    if len(near) > 1:
        first, second = near[0], near[1]
        step = second.bbox.y0 - first.bbox.y0 if under else first.bbox.y1 - second.bbox.y1
        return first if step >= 0.5 * h else None
    return near[0] if near else None


def _with_legal_form_beside(page: Page, seg: Segment, part: str) -> str:
    """``part``, the whole of a name line without a legal form, joined with a bare legal form
    set right after it on the same line ("Anvelope Someș" + "SRL", which a scan's OCR read as
    two runs for the gap a letterhead's wider type leaves): one name."""
    if not part or _legal_form(part) or part != seg.text.strip():
        return part
    h = max(seg.bbox.height, 1.0)
    beside = [
        o
        for o in page.starting_between(seg.bbox.y0 - 0.5 * h, seg.bbox.y0 + 0.5 * h)
        if o is not seg
        and -0.2 * h <= o.bbox.x0 - seg.bbox.x1 <= 1.5 * h
        and abs(o.bbox.y0 - seg.bbox.y0) < 0.5 * h
        and abs(o.bbox.height - seg.bbox.height) < 0.35 * h
    ]
    if len(beside) != 1 or not _bare_legal_form(beside[0].text.strip()):
        return part
    return f"{part} {beside[0].text.strip()}"


def _short_legal_tail(part: str) -> bool:
    """A legal form after one or two words ("STORES CORP.", "Foods Inc."): perhaps the end of
    a legal name set over two lines."""
    if not _legal_form(part):
        return False
    return 1 <= len(LEGAL_RE.sub("", part).split()) <= 2


def _same_print(top: Segment, seg: Segment, top_text: str, part: str) -> bool:
    """Whether the line above a short legal tail is its name's first half: printed in the same
    size and case, no shorter, with no word of its own repeated in the tail (a sign "ACME"
    over "ACME CORP." is the brand over the whole legal name)."""
    ratio = top.bbox.height / max(seg.bbox.height, 1.0)
    if not 0.75 <= ratio <= 1.33 or top_text.isupper() != part.isupper():
        return False
    # A name wraps where its first line is full: the line above is no shorter than the tail
    # ("QUICKSTOP CONVENIENCE" over "STORES CORP."); a shorter one over a longer legal line
    # is a sign of its own ("Q-Fuel Wavre Nord" over "Carburants Lemaire SRL").
    if len(top_text) < len(part):
        return False
    # A word of the line above repeated in the tail, or inside one of its words ("Lähikauppa
    # Mustikka" over "Mustikkakauppa Oy"): the tail names the business on its own.
    tail = [compact(w) for w in part.split()]
    top_words = [w for w in (compact(w) for w in top_text.split()) if len(w) >= 3]
    return not any(w in t for w in top_words for t in tail)


#: A footer's notice naming a parent or group company ("Società soggetta a direzione e
#: coordinamento di Energia Holding S.p.A.", "A subsidiary of ..."): that company is never the
#: seller, whose own legal name the same legal line prints.
_PARENT_NOTICE = tuple(compact(w) for w in PARENT_NOTICE_WORDS)


#: The words a signature line opens with before the company it signs for ("For Al Noor
#: Trading L.L.C.", "For and on behalf of Kestrel Ltd", "Pour Atelier Brunet SARL").
_SIGNING_FOR = re.compile(r"^(?:for\s+and\s+on\s+behalf\s+of|for\s+&\s+on\s+behalf\s+of|"
                          r"on\s+behalf\s+of|for|pour|per|für)\s+(?=\S)", re.I)  # fmt: skip


def _without_signing_words(part: str) -> str:
    """A signature line's company without the words it signs for it with, as invoices from
    the Gulf, India and the Commonwealth close ("For Al Noor Trading L.L.C." over "Authorised
    Signatory"); only before a name with a legal form."""
    m = _SIGNING_FOR.match(part)
    rest = part[m.end() :] if m is not None else ""
    return rest if rest and _legal_form(rest) else part


#: Capitals opening a name, apart from it: a logo's monogram when they are its words' initials.
_MONOGRAM = re.compile(r"([A-Z]{2,4})\s+(?=[^\W\d_])")


#: The words of a payment line before the payee it names ("Payment: EFT to", "Please pay
#: by bank transfer to", "Make cheques payable to", "Account name:", "Beneficiary:",
#: "Kontoinhaber:"), or the payment scheme alone ("BACS: Pennine Catering Supplies Ltd Sort
#: 20-41-56").
_PAYEE_PHRASE = re.compile(
    r"^(?:(?:please\s+)?(?:payments?|pay|remit(?:tance)?|make\s+(?:cheques?|checks?)|cheques?"
    r"|checks?|transfers?|eft|bank\s+transfer|direct\s+(?:deposit|credit)|deposits?|wire)\b"
    r"[^\d:.]{0,30}?:?\s*(?:(?:eft|bank\s+transfer|direct\s+(?:deposit|credit)|transfer|deposit"
    r"|wire|ach)\s+)?(?:payable\s+)?(?:to|into\s+the\s+account\s+of)"
    r"|payable\s+to|account\s+name\s*:|payee\s*:|beneficiary(?:\s+name)?\s*:"
    r"|(?:bacs|chaps|faster\s+payments?|eft|ach|wire|sepa)\s*:"
    r"|account\s+holder\s*:|b[ée]n[ée]ficiaire\s*:|beg[üu]nstigter\s*:|kontoinhaber\s*:"
    r"|rekeninghouder\s*:|titular(?:\s+da\s+conta|\s+de\s+la\s+cuenta)?\s*:"
    r"|beneficiario\s*:)\s*:?\s+(?=\S)",
    re.I,
)


def _without_payee_words(part: str) -> str:
    """A payment line's payee without the phrase that pays it ("Payment: EFT to Coastline
    Electrical Pty Ltd"): the name after it is the name; only before a name with a legal
    form."""
    m = _PAYEE_PHRASE.match(part)
    rest = part[m.end() :] if m is not None else ""
    return rest if rest and _legal_form(rest) else part


#: A branch's number after the chain's name on a till's sign ("Ridgeline Home & Lumber #0217",
#: "WALMART # 1234"): the store, not part of the seller's name. Three digits at least: a
#: number of one or two is often the name's own ("Motel #6", "Pho #1").
_STORE_NUMBER = re.compile(r"\s+#\s?\d{3,6}\s*$")
#: What stands before a number without being a name ("Store #0217", "Pump #104").
_NOT_A_NAME_BEFORE_NUMBER = frozenset(
    ["store", "shop", "branch", "outlet", "station", "unit", "pump", "till", "lane", "register",
     "table", "room", "terminal", "location", "site", "filiale", "magasin", "tienda", "negozio"]
)  # fmt: skip


def _first_of_translations(part: str) -> str:
    """The first of a firm's names printed in two or three languages or scripts, joined by
    slashes, each with its legal form ("Drukkerij Lemaire BV / Imprimerie Lemaire SRL",
    "ТОО «Дала Логистик» / Dala Logistics LLP"): the first printed, as it is keyed."""
    names = [name.strip() for name in part.split(" / ")]
    if 2 <= len(names) <= 3 and all(_legal_form(name) and _could_name(name) for name in names):
        return names[0]
    return part


def _without_store_number(part: str) -> str:
    """``part`` without a closing store number (:data:`_STORE_NUMBER`) where a name stays
    before it: two letters at least, not a word for a store or a till alone."""
    m = _STORE_NUMBER.search(part)
    if m is None:
        return part
    rest = part[: m.start()]
    if sum(ch.isalpha() for ch in rest) < 2 or compact(rest) in _NOT_A_NAME_BEFORE_NUMBER:
        return part
    return rest


def _without_monogram(part: str) -> str:
    """``part`` without the logo's letters OCR read into its line, where they are the
    initials of the name's first words ("KL Kestrel Lumber Ltd" → "Kestrel Lumber Ltd")."""
    m = _MONOGRAM.match(part)
    if m is None:
        return without_logo_letter(part)
    rest = part[m.end() :]
    initials = "".join(w[0] for w in rest.split()[: len(m.group(1))])
    return rest if initials == m.group(1) else part


def _is_label(text: str) -> bool:
    """A label standing alone: a party's name label ("Company", "Raison sociale (BT-27)"),
    words closed by a colon ("Machine:", "Terminal:"), whose value sits beside or under it,
    or a column's header closed by its currency in brackets ("Amount (EUR)", "Prix [€]")."""
    text = text.strip()
    return (
        is_name_label(text)
        or (text.endswith(":") and ":" not in text[:-1])
        or _CURRENCY_HEADER.search(text) is not None
    )


#: A currency in brackets closing a line: how an item table's column header names the
#: currency of its amounts. A seller's name never ends so.
_CURRENCY_HEADER = re.compile(r"[(\[]\s*(?:" + "|".join(sorted(ISO_CODES)) + r"|[€$£¥₹])\s*[)\]]$")


#: A short key, a colon and its value ("Cust : WALK-IN", "Kasse: 3", "Table: Terrace").
_KEYED = re.compile(r"^\s*([^\W\d_][^:]{0,24}?)\s*:\s*(\S.*)$")


def _keyed_value(part: str) -> bool:
    """A key of a word or three, a colon and a value without a legal form: a field of the
    slip whose key the lexicon does not know, never the seller's name."""
    m = _KEYED.match(part)
    return m is not None and len(m.group(1).split()) <= 3 and not _legal_form(m.group(2))


_BARE_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?")


def _foot_domain(first: Page, page: Page, seg: Segment) -> bool:
    """A bare web address below the first page's header ("parkwell.co.uk" under "Keep this
    receipt"): where to find the seller, not its name; heading a slip it is the name the
    seller goes by."""
    top = page is first and seg.bbox.y0 < 0.25 * page.height
    return not top and _BARE_DOMAIN.fullmatch(seg.text.strip()) is not None


#: A web address alone on its line, with its "www." ("www.bramblecoffee.co.uk").
_WWW_DOMAIN = re.compile(r"\s*(?:https?://)?www\.(" + _BARE_DOMAIN.pattern + r")\s*", re.I)


def _head_domain(first: Page, page: Page, seg: Segment) -> str:
    """The line's text; a web address alone on a line heading the first page, as an
    e-receipt prints its shop ("www.bramblecoffee.co.uk"), without its "www.": heading a
    slip, the domain is the name the seller goes by (:func:`_foot_domain`). Only the page's
    first line: a web address under a letterhead's name and address ("Hollis & Park" over
    "… Portland, Oregon" / "www.hollisandpark.com") is a contact line, not the name."""
    m = _WWW_DOMAIN.fullmatch(seg.text)
    if m is None or page is not first or seg.bbox.y0 >= 0.25 * page.height:
        return seg.text
    if any(o.bbox.y1 <= seg.bbox.y0 for o in page.segments if o is not seg):
        return seg.text
    return m.group(1).rstrip("/")


#: A postcode standing alone as a line's last part ("…, 80000").
_POSTCODE_PART = re.compile(r"\d{4,6}")


def _after_address_removed(parts: list[str]) -> list[str]:
    """A line's parts up to its first address part: what follows a street ("Av. Perón 8820 -
    San Justo", "Hauptstr. 5 · Altstadt") is the town or district, not a name, unless it
    carries a legal form ("Hauptstr. 5 · Beispiel GmbH"). A line that ends in a postcode
    after a comma ("TUN ABDUL RAZAK, 80000", the rest of a street broken after "JALAN") is
    an address: only its parts with a legal form are names."""
    if len(parts) > 1 and _POSTCODE_PART.fullmatch(parts[-1]):
        return [p for p in parts[:-1] if _legal_form(p)]
    for i, part in enumerate(parts):
        if _ADDRESSY.search(part) and not _legal_form(part):
            return [*parts[: i + 1], *(p for p in parts[i + 1 :] if _legal_form(p))]
    return parts


def _capped(score: float, page: Page, seg: Segment, part: str, cut: bool) -> float:
    """``score``, doubted where the name may run on past what was read."""
    if seg.bbox.x0 <= 0.005 * page.width or seg.bbox.x1 >= 0.995 * page.width:
        # Text running into the page's edge may be cut off: "äfer & Rheinland".
        score = min(score, 0.4)
    if cut or part.count("(") > part.count(")"):
        # Cut by us, or a bracket never closed: the name runs on past what was read
        # ("Alpenblick UG (haftungsbeschr" at a scan's edge).
        score = min(score, 0.45)
    return score


def _vendor_score(ev: _Evidence, page: Page, seg: Segment, part: str, key: str) -> float:
    """The evidence that ``part`` of ``seg`` is the seller's name: a legal form, the top of
    the first page, large type, repetition, a VAT id nearby, the footer's legal line and an
    address below."""
    score = 0.2
    if _legal_form(part):
        score += 0.45
    score = _placed(score, ev.first, page, seg)
    if seg.bbox.height > 1.3 * ev.median:
        score += 0.15
    if ev.counts.get(key, 0) > 1:
        score += 0.1
    score += _near_vat_id(ev, seg)
    # The payee of the bank details ("Bank transfer: …, Ordinary 0123456, Kawamura Seiko Co.,
    # Ltd."): the seller, wherever its letterhead sits.
    score += 0.25 if _holds_account(ev, seg, part) else 0.0
    if any(ch.isdigit() for ch in part):
        score -= 0.2
    if part != seg.text.strip() and _legal_form(part) and _LEGAL_LINE_RE.search(seg.text):
        # The footer's legal line names the seller beside its registration
        # ("Atelier Brunet SARL – SIRET 823 … – TVA FR47 …").
        score += 0.2
    if _legal_form(part) and _heads_address(page, seg):
        score += 0.1
    if _legal_form(part) and _repeats_heading(ev, part):
        # The letterhead's name printed again with its legal form ("Dakwerken
        # Peeters BV - RPR …" in the footer under the "DAKWERKEN PEETERS" heading): the
        # seller's name in full, whatever other legal names the page holds.
        score += 0.2
    if not _legal_form(part) and is_firm_name(part):
        # A firm's letterhead ("Adebayo, Okafor & Partners", "Wren Chambers"): a partnership
        # has no legal form, its name says what it is.
        score += 0.25
    if _named_by_address(_without_legal_form(part), ev.mailboxes, ev.domains):
        # The seller's own e-mail or web address spells its name. Less than a legal form: a
        # marketplace or platform prints its domain on a seller's invoice too.
        score += 0.3
    return score


def _letterhead_line(first: Page, seg: Segment, median: float) -> bool:
    """A line of the first page's letterhead: its top 12 %, or its top quarter in large type
    (OCR's boxes tell type size only roughly), outside the customer's block."""
    rel_y = seg.bbox.y0 / max(first.height, 1.0)
    large = seg.bbox.height > 1.3 * median
    return not seg.in_customer and (rel_y < 0.12 or (rel_y < 0.25 and large))


def _repeats_heading(ev: _Evidence, part: str) -> bool:
    """Whether ``part`` (a name with its legal form) is a letterhead heading's name in full."""
    core = _without_legal_form(part)
    return bool(core) and core != compact(part) and core in ev.headings


def _near_vat_id(ev: _Evidence, seg: Segment) -> float:
    """What a VAT id read a few lines from ``seg`` adds to its names' score."""
    near = any(
        v.page == seg.page and abs(v.bbox.y0 - seg.bbox.y0) < 6 * seg.bbox.height
        for v in ev.vat_segs
    )
    return 0.05 if near else 0.0


def _without_legal_form(part: str) -> str:
    """The compact name without its legal form ("Lion City Office Supplies Pte. Ltd." →
    "lioncityofficesupplies")."""
    return compact(_before_legal_form(part))


def _before_legal_form(part: str) -> str:
    """``part`` as printed up to its legal form ("Beratungsgesellschaft mbH" →
    "Beratungsgesellschaft "); the whole of it where it has none."""
    m = LEGAL_RE.search(part)
    return part[: m.start(1)] if m is not None and _legal_form(part) else part


def _placed(score: float, first: Page, page: Page, seg: Segment) -> float:
    """``score`` for where the segment sits: the top of the first page is the letterhead, the
    foot of a page the legal line; elsewhere on a later page it is body text."""
    rel_y = seg.bbox.y0 / max(page.height, 1.0)
    if seg.page == first.number and rel_y < 0.25:
        score += 0.25 * (1 - rel_y / 0.25)
    elif rel_y > 0.85:
        score += 0.05
    if seg.page != first.number and rel_y < 0.85:
        score -= 0.2
    return score


def _heads_address(page: Page, seg: Segment) -> bool:
    """Whether the row below starts, at the same left edge, with a street or postcode: a
    name heading an address block, as in a letterhead or a footer's company details."""
    if seg.row + 1 >= len(page.rows):
        return False
    h = max(seg.bbox.height, 1.0)
    return any(
        abs(other.bbox.x0 - seg.bbox.x0) < 2 * h
        and other.bbox.y0 - seg.bbox.y1 < 2 * h
        and _ADDRESSY.search(other.text)
        for other in page.rows[seg.row + 1]
    )


#: Labels of the document's own details, printed beside the addressee's block.
_INFO_FIELDS = ("invoice_number", "invoice_date")


def _window_addressee(first: Page, seg: Segment) -> bool:
    """A name heading an address block (street, then town) with no label, beside the
    document's details ("Rechnungsnummer", "Rechnungsdatum" in its rows), under a letterhead
    that already printed an address and a name in larger type: the window address of a
    letter (DIN 5008 and its kin), the customer's, never the sender's. The same block with
    no details beside it is the addressee's where it sits wholly right of the letterhead's
    name and address lines, below them."""
    if seg.bbox.y0 > 0.35 * first.height or not _heads_address(first, seg):
        return False
    beside_details = any(
        h.start == 0 and any(f in h.fields for f in _INFO_FIELDS)
        for o in first.rows[seg.row]
        if o is not seg and o.bbox.x0 > seg.bbox.x1
        for h in o.hits
    )
    above = [o for o in first.segments if o.bbox.y1 <= seg.bbox.y0]
    letterhead_address = [o for o in above if _ADDRESSY.search(o.text) or _TOWN.match(o.text)]
    larger = [
        o for o in above if o.bbox.height >= 1.5 * seg.bbox.height and _looks_like_name(o.text)
    ]
    # Without the details beside it, a block set wholly right of the letterhead's name and
    # below its address lines is the addressee's too (the window on the right).
    across = any(o.bbox.x1 < seg.bbox.x0 for o in larger) and all(
        o.bbox.x1 < seg.bbox.x0 for o in letterhead_address
    )
    return bool(letterhead_address) and bool(larger) and (beside_details or across)


#: A town's line: a postcode and a town ("20253 Hamburg", "75011 Paris").
_TOWN = re.compile(r"^\s*(?:[A-Z]{1,2}-?)?\d{4,5}\s+[^\W\d_]")
