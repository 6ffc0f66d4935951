"""A till's header: the shop's trade name as printed at the top, apart from the lines that are
not it.

* **Owner lines.** Under the shop's sign a receipt often names who runs it: "Inh. Lena Brandt
  e.K.", "di Rossi Marco & C. S.n.c.", "Prop. J. Smith". The name a person keys in is the
  sign; the owner's line is never the vendor. (A legal name without such a marker under the
  sign stays a candidate: whether it or the sign is the name to key in differs between sets.)
* **Names over two lines.** A shop's kind or service on a line of its own above or below its
  name ("BÄCKEREI" / "KRAUSE", "MILLBROOK" / "SERVICE STATION", "… / CAR PARK") belongs to
  the trade name.
* **Payment lines.** "KONTANT", "CB SANS CONTACT", "Troco": words of paying name nobody.
"""

from __future__ import annotations

import re

from invoice_scanner_processing.extractors.rules.lexicon import (
    compact,
    legal_form,
    one_letter_apart,
)
from invoice_scanner_processing.extractors.rules.parsing import strip_accents
from invoice_scanner_processing.extractors.rules.segments import Page, Segment
from invoice_scanner_processing.extractors.rules.vocabulary import (
    BOAST_KIND_MODIFIERS,
    BUSINESS_KIND_HEADS,
    NAME_ORNAMENTS,
    OPERATOR_MARKERS,
    PAYMENT_WORDS,
    SERVICE_WORDS,
    TRADE_WORDS,
)

_PAYMENT = frozenset(compact(w) for w in PAYMENT_WORDS)
_TRADE = frozenset(compact(w) for w in TRADE_WORDS)
#: A kind of shop or a service a sign names under its name ("CASTLEGATE" / "CAR PARK").
KIND_WORDS = _TRADE | frozenset(compact(w) for w in SERVICE_WORDS)
_OPERATOR_RE = re.compile(
    r"^\s*(?:(?i:" + "|".join(re.escape(m) for m in OPERATOR_MARKERS) + r")(?=\s|$)"
    r"|di\s+(?=[A-Z]))"
)
_WORD = re.compile(r"[^\W\d_]+")
_KIND_HEADS = tuple(compact(w) for w in BUSINESS_KIND_HEADS)
_BOAST_MODIFIERS = tuple(compact(w) for w in BOAST_KIND_MODIFIERS)


def _kind_compound(word: str) -> bool:
    """A closed compound whose head names a kind of business ("Taxiunternehmen",
    "Malerbetrieb", "Kurierdienst"): what the shop does, not who it is."""
    key = compact(word)
    return any(key.endswith(head) and len(key) >= len(head) + 3 for head in _KIND_HEADS)


def _is_boast_line(text: str) -> bool:
    """A line of a kind of business that only vaunts the firm ("Meisterbetrieb",
    "Innungsfachbetrieb", "Familienunternehmen", "Erkend leerbedrijf"): set under its name as
    a boast, never a part of it."""
    words = [compact(w) for w in _WORD.findall(text)]
    return bool(words) and any(
        key.endswith(head) and key[: -len(head)].endswith(_BOAST_MODIFIERS)
        for key in words
        for head in _KIND_HEADS
    )


def is_kind_line(text: str) -> bool:
    """A line that only says what kind of shop or business it is ("BÄCKEREI", "SERVICE
    STATION", "Taxiunternehmen"): never a seller's name on its own."""
    if all_in(text, KIND_WORDS):
        return True
    words = _WORD.findall(text)
    return bool(words) and all(all_in(w, KIND_WORDS) or _kind_compound(w) for w in words)


def is_operator_line(text: str) -> bool:
    """A line that names a shop's owner or operator ("Inh. …", "di …", "Prop. …")."""
    return _OPERATOR_RE.match(strip_accents(text)) is not None


def all_in(text: str, vocabulary: frozenset[str]) -> bool:
    """Whether every word of ``text`` (or two or three neighbours together) is in
    ``vocabulary`` (compact words)."""
    words = [compact(w) for w in _WORD.findall(text)]
    if not words:
        return False
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            if i + n <= len(words) and "".join(words[i : i + n]) in vocabulary:
                i += n
                break
        else:
            return False
    return True


def is_payment_line(text: str) -> bool:
    """A line made only of words of paying ("KONTANT", "MASTERCARD CONTACTLESS")."""
    return all_in(text, _PAYMENT)


def _sign_line(seg: Segment) -> bool:
    """A line that can be (part of) a shop's sign: words only, no label (a particle that is
    also a short label, "Le" before a French date, labels nothing on a line without digits:
    "Le Petit Saint-Jean"), no legal form."""
    text = seg.text.strip()
    return (
        len(_WORD.findall(text)) >= 1
        and not any(c.isdigit() for c in text)
        and all(h.key in _PARTICLES for h in seg.hits)
        and not legal_form(text)
        and not is_operator_line(text)
    )


def _stacked(page: Page, top: Segment, low: Segment) -> bool:
    """Two lines set one under the other, centred on one axis (a till prints its header
    centred) and close together."""
    h = max(top.bbox.height, low.bbox.height, 1.0)
    centred = abs(top.bbox.cx - low.bbox.cx) < 0.05 * page.width
    return centred and low.bbox.y0 - top.bbox.y1 < 1.5 * h


def _top_two(page: Page) -> tuple[Segment, Segment] | None:
    """The page's first two rows when each is a single line."""
    if len(page.rows) < 2 or len(page.rows[0]) != 1 or len(page.rows[1]) != 1:
        return None
    return page.rows[0][0], page.rows[1][0]


def sign_over_two_lines(page: Page, *, phrase: bool = True) -> tuple[str, Segment, Segment] | None:
    """The trade name printed over the page's first two lines, one of them a kind of shop
    ("BOULANGERIE" / "MARCHAND"), joined; ``None`` when the header is not so. With
    ``phrase``, also a name over two trades joined as one phrase set smaller
    (:func:`_trade_phrase`)."""
    pair = _top_two(page)
    if pair is None:
        return None
    top, low = pair
    if not (_sign_line(top) and _sign_line(low) and _stacked(page, top, low)):
        return None
    heading = _words_of(without_ornaments(top.text))
    if heading and heading <= _words_of(low.text):
        # A sign or a kind of shop set as a heading over the name that repeats it ("+ PHARMACIE
        # +" over "Pharmacie du Marché", "DORFLADEN" over "Dorfladen Frutigen Genossenschaft"):
        # the name is the low line, the fuller of the two.
        return without_ornaments(low.text), low, top
    if is_kind_line(top.text) == is_kind_line(low.text):
        return None  # neither (a name and a branch) or both (no name): not one sign
    if _is_boast_line(low.text):
        return None  # the firm's boast under its name ("Meisterbetrieb"): the name alone
    if is_kind_line(low.text):
        bigger = top.bbox.height > 1.4 * max(low.bbox.height, 1.0)
        if bigger and phrase and _trade_phrase(top.text, low.text) and not _recased(top, low):
            # Trades alone have no ornament of their own: one touching them is a speck.
            return f"{without_ornaments(top.text)} {_bare_words(low.text)}", top, low
        if _tagline(top, low):
            return None  # a tagline under the name ("Bar - Restaurante", "Pub & Kitchen")
    return f"{without_ornaments(top.text)} {without_ornaments(low.text)}", top, low


def _tagline(top: Segment, low: Segment) -> bool:
    """Whether the kind of shop under a name is its tagline rather than the sign's second
    word: set in another case than a name in capitals ("THE ANCHOR" over "Pub & Kitchen"),
    or much smaller and more than one capitalised word ("Bar - Restaurante"). One word in
    the name's capitals under it ("HOLLYBROOK" over "SUPERMARKET") ends the sign, however
    small the till prints it."""
    name, kind = without_ornaments(top.text), without_ornaments(low.text)
    if _recased(top, low):
        return True
    one_word = len(kind.split()) == 1 and kind.isupper() and name.isupper()
    return not one_word and top.bbox.height > 1.4 * max(low.bbox.height, 1.0)


def _recased(top: Segment, low: Segment) -> bool:
    """Whether a kind line is set in another case than the name in capitals over it ("THE
    ANCHOR" over "Pub & Kitchen"): a descriptor, even when it joins two trades. Hand-keyed
    sets differ here too (one keys "MAMA TOLU Kitchen & Grill"), so neither reading is trusted
    as a one-line sign is."""
    return without_ornaments(top.text).isupper() and not without_ornaments(low.text).isupper()


#: Two trades joined as one phrase: "HARDWARE & SUPPLY", "Kitchen & Grill", "Feed and Seed".
_TRADE_PHRASE = re.compile(r"[^\W\d_]+\s*(?:&|\+|\band\b)\s*[^\W\d_]+", re.IGNORECASE)
#: A name in the possessive ("MARLOWE'S", "Joe’s"): the place named by itself.
_POSSESSIVE = re.compile(r"[^\W\d_]['’]s\s*$", re.IGNORECASE)


def _trade_phrase(name: str, kind: str) -> bool:
    """Whether a kind line set smaller under a name is two trades joined as one phrase
    ("RIDGELINE" / "HARDWARE & SUPPLY", "Kestrel" / "Bakery & Cafe"): the name goes on
    in it, as a listing of kinds set apart by dashes or dots ("Bar - Restaurante", "café ·
    bakery") does not. A name in the possessive ("MARLOWE'S" / "KITCHEN & BAR") names the
    place alone; what follows describes it. Sets keyed by hand differ on such a sign: it is
    never trusted as a sign on one line is (:func:`.vendor._kind_over_name`)."""
    return _TRADE_PHRASE.fullmatch(_bare_words(kind)) is not None and not (
        _POSSESSIVE.search(without_ornaments(name))
    )


def _bare_words(text: str) -> str:
    """``text`` without any ornament at its ends, touching it or not."""
    return text.strip(NAME_ORNAMENTS + " ")


_ORNAMENT_RUN = "[" + re.escape(NAME_ORNAMENTS) + "]+"
_LEADING_ORNAMENT = re.compile(rf"^{_ORNAMENT_RUN}(\s*)")
_TRAILING_ORNAMENT = re.compile(rf"(\s*){_ORNAMENT_RUN}$")


def without_ornaments(text: str) -> str:
    """``text`` without the ornaments set around it ("+ PHARMACIE +" → "PHARMACIE",
    "*** BÄCKEREI ***", "*APOTHEKE*"): never part of a name. An ornament character touching
    the name on one side only is part of it ("CANAL+", "#1 Pizza")."""
    stripped = text.strip()
    lead, trail = _LEADING_ORNAMENT.search(stripped), _TRAILING_ORNAMENT.search(stripped)
    both = bool(lead and trail and lead.end() < trail.start())
    start = lead.end() if lead and (lead.group(1) or both) else 0
    end = trail.start() if trail and (trail.group(1) or both) and trail.start() >= start else None
    return stripped[start:end].strip() or stripped


def _words_of(text: str) -> set[str]:
    return {compact(w) for w in _WORD.findall(text)} - {""}


# -- the sign over the legal name -------------------------------------------------------------

#: Words too common to tell two names of one business apart.
_COMMON = frozenset(
    ("the", "and", "und", "les", "los", "las", "del", "der", "die", "das", "von", "van", "for",
     "our", "des", "est", "ltd", "inc", "com", "new", "city", "shop", "store", "company",
     "group", "trading", "holdings", "services", "service", "international", "hotel",
     "hostel", "food", "foods", "retail", "hospitality", "enterprises", "industries",
     "solutions", "systems", "consulting", "design", "studio", "auto", "motors", "global",
     "general", "supplies", "supply", "products", "center", "centre", "medical", "dental",
     "clinic", "office", "home", "house")
)  # fmt: skip


def _distinctive(text: str) -> list[str]:
    """The compact words of ``text`` that can tell one business from another: not a kind of
    shop, not a common word, at least three letters."""
    words = [compact(w) for w in _WORD.findall(text)]
    return [w for w in words if len(w) >= 3 and w not in _TRADE and w not in _COMMON]


def _shared_word(a: str, b: str) -> tuple[str, str] | None:
    """A word of ``a`` and one of ``b`` that are one word: equal, or one glued word's start
    ("MWANGAZASUPERMARKET" / "MWANGAZARETAIL": OCR lost both spaces)."""
    for x in _distinctive(a):
        for y in _distinctive(b):
            if x == y:
                return x, y
            n = 0
            while n < min(len(x), len(y)) and x[n] == y[n]:
                n += 1
            if n >= 6:
                return x[:n], y
    return None


def unglued_sign(sign: str, legal: str) -> str:
    """``sign`` with a space put back between a name and the kind of shop OCR glued to it,
    where the legal name spells the name alone ("MWANGAZASUPERMARKET" beside
    "MWANGAZARETAIL LIMITED" → "MWANGAZA SUPERMARKET")."""
    shared = _shared_word(sign, legal)
    if shared is None:
        return sign
    stem = shared[0]
    for word in sign.split():
        key = compact(word)
        if key.startswith(stem) and key != stem and key[len(stem) :] in _TRADE:
            cut = len(word) - len(key) + len(stem)  # the word is plain letters when glued
            if word.isalpha():
                return sign.replace(word, f"{word[:cut]} {word[cut:]}", 1)
    return sign


def shares_word(a: str, b: str) -> bool:
    """Whether two names share a distinctive word (:func:`_shared_word`)."""
    return _shared_word(a, b) is not None


#: Articles and particles OCR glues to the word after them ("DESCAPUCINS", "DELAROSA").
_PARTICLES = ("des", "del", "della", "de", "du", "di", "da", "dos", "das", "do", "la", "le",
              "les", "van", "von", "der", "den", "the")  # fmt: skip


def unglued_article(sign: str, legal: str) -> str:
    """``sign`` with a space put back after an article OCR glued to a word the legal name
    spells ("PROXI MARCHÉ DESCAPUCINS" beside "SAS DISTRIMARCHÉ CAPUCINS" → "… DES
    CAPUCINS")."""
    spelled = set(_distinctive(legal))
    out = []
    for word in sign.split():
        key = compact(word)
        for p in _PARTICLES:
            if key.startswith(p) and key[len(p) :] in spelled and len(key) - len(p) >= 4:
                cut = len(p) if word[: len(p)].isalpha() else 0
                if cut and compact(word[:cut]) == p:
                    word = f"{word[:cut]} {word[cut:]}"
                break
        out.append(word)
    return " ".join(out)


def sign_names_legal(sign: str, legal_name: str) -> bool:
    """Whether a till's or letterhead's sign and a legal name (its legal form removed) name
    one business and the sign says more than a logo: they share a distinctive word, the sign
    has two words or more, and it is not the legal name's core itself (nor that core with
    one letter misread: "OBCHODNÍ DÔM PERLÀ" over "Obchodní dům Perla, a.s.")."""
    sign_key, legal_key = compact(sign), compact(legal_name)
    if len(sign.split()) < 2 or sign_key == legal_key or one_letter_apart(sign_key, legal_key):
        return False
    return _shared_word(sign, legal_name) is not None


# -- a logo set over two lines ----------------------------------------------------------------

_LOGO_WORDS = re.compile(r"^[^\W\d_][\w'’&.-]*(?:\s+[\w'’&.-]+){0,2}$")


def _logo_line(seg: Segment) -> str | None:
    """The words of a logo's line (three at most, no digits, no label, no legal form), the
    dashes a tagline is set between dropped ("— coffee roasters —")."""
    text = seg.text.strip(" —–-·*|")
    if seg.hits or seg.in_customer or legal_form(text) or any(c.isdigit() for c in text):
        return None
    return text if _LOGO_WORDS.match(text) else None


def _under(page: Page, top: Segment) -> Segment | None:
    """The line set right under ``top``, in its column (left-aligned or centred), smaller or
    as large."""
    h = max(top.bbox.height, 1.0)
    below = [
        o
        for o in page.segments
        if o is not top
        and 0 <= o.bbox.y0 - top.bbox.y1 + 0.2 * h < h
        and (abs(o.bbox.x0 - top.bbox.x0) < 0.5 * h or abs(o.bbox.cx - top.bbox.cx) < 0.5 * h)
        and o.bbox.height <= 1.1 * h
    ]
    return min(below, key=lambda o: o.bbox.y0) if len(below) == 1 else None


def stacked_logo(page: Page, segments: list[Segment], top: Segment) -> str | None:
    """The trading name a logo sets over two lines ("Kookaburra" / "BROADBAND"), spelled as
    the page prints it in full elsewhere ("Kookaburra Broadband Pty Ltd · ABN …", "payable
    to Riverbend Public Utilities"); ``None`` when the two lines are not printed together
    anywhere else, as a logo and its tagline are not."""
    first = _logo_line(top)
    low = _under(page, top)
    second = _logo_line(low) if low is not None else None
    if first is None or second is None or low is None:
        return None
    words = _WORD.findall(f"{first} {second}")
    if len(words) < 2:
        return None
    spelled = re.compile(r"(?<!\w)" + r"\W{1,3}".join(map(re.escape, words)) + r"(?!\w)", re.I)
    for seg in segments:
        if seg is top or seg is low:
            continue
        m = spelled.search(seg.text)
        if m is not None:
            return m.group(0)
    return None
