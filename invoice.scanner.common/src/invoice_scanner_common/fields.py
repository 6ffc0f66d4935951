"""The invoice field table: one :class:`FieldSpec` row per field of the invoice schema.

Everything that used to name fields by hand derives from :data:`FIELDS`:

* the header and required fields (``checks.HEADER_FIELDS``, ``checks.REQUIRED_FIELDS``) and
  the fields supplier memory learns (``layout_memory.FIELD_KINDS``);
* the database columns of ``extraction_results`` (``db.models``: a column per row with
  ``column=True``, its SQL type from the value type, text columns ``width`` wide);
* processing's pydantic ``InvoiceFields`` (``schema.py``: type, default, description; the JSON
  schema every LLM provider receives), the extraction stage's normalisation per value type, the
  embedded e-invoice's paths (``einvoice.py``) and the rule reader's label-lexicon keys;
* the API's flat document fields and their OpenAPI schema, the review API's correction schema
  (``width`` is its ``maxLength``), and how each is serialised;
* the accuracy benchmark's comparison rule per field (``bench/scoring.py``).

Adding a flat field: a row here, a migration adding its column when ``column=True``, and its
tests. The table is plain data in the common package so that the API reads it without
importing processing code (and without pydantic).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum


class ValueType(StrEnum):
    """What a field holds, which decides its Python, SQL and JSON types and its normalisation."""

    #: Free text: whitespace collapsed, longer than ``width`` dropped.
    TEXT = "text"
    #: An identifier printed with spaces for reading (IBAN, VAT id): spaces removed, upper case.
    CODE = "code"
    #: A calendar date (ISO in JSON).
    DATE = "date"
    #: An amount in the invoice currency, rounded to the cent (a number in JSON).
    MONEY = "money"
    #: An ISO 4217 currency code; unknown codes are dropped.
    CURRENCY = "currency"
    #: One of ``choices``.
    CHOICE = "choice"
    #: Structured lists (not flat fields): the VAT breakdown and the line items.
    VAT_LINES = "vat_lines"
    LINE_ITEMS = "line_items"


#: Value types of flat fields (a scalar per invoice).
SCALAR_TYPES = frozenset(
    {ValueType.TEXT, ValueType.CODE, ValueType.DATE, ValueType.MONEY, ValueType.CURRENCY}
    | {ValueType.CHOICE}
)


class Compare(StrEnum):
    """How the accuracy benchmark compares a prediction with the truth (bench/README.md)."""

    #: NFKC, casefold, whitespace removed, leading and trailing ``#:.`` stripped.
    IDENTIFIER = "identifier"
    #: Punctuation read as space, trailing legal-form words dropped; accents count.
    NAME = "name"
    #: An ISO code, case-insensitive.
    CODE = "code"
    #: The same calendar day.
    DATE = "date"
    #: Equal to the cent, sign included.
    AMOUNT = "amount"
    #: NFKC, casefold, whitespace collapsed.
    TEXT = "text"
    #: Line items matched one to one by amount and similar description.
    LINE_ITEMS = "line_items"


#: An ElementTree path, or several tried in order (the first element with text wins).
Paths = str | tuple[str, ...]


@dataclass(frozen=True)
class EInvoicePath:
    """Where an e-invoice states the field.

    ``cii`` is an ElementTree path from the ``rsm:CrossIndustryInvoice`` root with the prefixes
    of ``einvoice.NS``; the element is read as the value type says (text, ``udt`` date string,
    decimal), or by the reader named ``cii_reader`` (``einvoice.CII_READERS``) where a value is
    assembled from several elements or chosen among them. ``ubl`` and ``ubl_reader`` are the
    same for UBL 2.1 (OASIS Invoice and CreditNote; EN 16931's UBL syntax binding, prefixes of
    ``einvoice_ubl.UBL_NS``, readers in ``einvoice_ubl.UBL_READERS``), from either root.
    """

    cii: str | None = None
    cii_reader: str | None = None
    ubl: Paths | None = None
    ubl_reader: str | None = None


@dataclass(frozen=True)
class FieldSpec:
    """One field of the invoice schema and everything that treats it by its kind."""

    name: str
    type: ValueType
    #: What the field means, as the invoice schema (and so every LLM) reads it.
    description: str | None = None
    #: A flat header field: the API shows it, the benchmark scores it, the evaluation weighs
    #: its confidence. Header fields have their own column.
    header: bool = False
    #: Needed before a document may be approved automatically (``required.<name>`` checks).
    required: bool = False
    #: Stored in its own column of ``extraction_results`` as well as in ``data``.
    column: bool = False
    #: Longest text kept (the column's width, extraction's limit, the review API's maxLength).
    width: int | None = None
    choices: tuple[str, ...] = ()
    einvoice: EInvoicePath | None = None
    #: Keys of the rule reader's label lexicon (``LABELS`` in ``extractors/rules/vocabulary.py``)
    #: whose labels announce this field on a page.
    labels: tuple[str, ...] = ()
    #: The benchmark's comparison; ``None``: not scored.
    compare: Compare | None = None
    #: The description of the flat field in the API's OpenAPI document.
    api_description: str | None = None
    #: A reviewer may set it (``PATCH /documents/{id}``).
    correctable: bool = True
    #: Supplier memory learns where the supplier prints it and reads it there.
    remembered: bool = False

    def __post_init__(self) -> None:
        if self.header and not self.column:
            raise ValueError(f"{self.name}: a header field needs its own column")
        if self.type in (ValueType.TEXT, ValueType.CODE) and self.width is None:
            raise ValueError(f"{self.name}: a text field needs a width")
        if (self.type is ValueType.CHOICE) != bool(self.choices):
            raise ValueError(f"{self.name}: choices go with the choice type, and only there")
        if self.column and self.type not in SCALAR_TYPES - {ValueType.CHOICE}:
            raise ValueError(f"{self.name}: no column type for {self.type}")

    @property
    def flat(self) -> bool:
        """A scalar field (not a list of line items or VAT lines)."""
        return self.type in SCALAR_TYPES


class FieldTable:
    """The rows in schema order, with look-ups by name and the derived name lists."""

    def __init__(self, rows: Iterable[FieldSpec]) -> None:
        self.rows = tuple(rows)
        self._by_name = {row.name: row for row in self.rows}
        if len(self._by_name) != len(self.rows):
            raise ValueError(f"field names repeat: {[row.name for row in self.rows]}")

    def __iter__(self) -> Iterator[FieldSpec]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> FieldSpec:
        return self._by_name[name]

    def names(self) -> tuple[str, ...]:
        return tuple(self._by_name)

    def of_type(self, *types: ValueType) -> tuple[str, ...]:
        """Names of the fields of these value types, in table order."""
        return tuple(row.name for row in self.rows if row.type in types)

    def extended(self, *rows: FieldSpec) -> FieldTable:
        """A new table with ``rows`` appended (tests add throwaway fields this way)."""
        return FieldTable((*self.rows, *rows))

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(row.name for row in self.rows if row.header)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(row.name for row in self.rows if row.required)

    @property
    def columns(self) -> tuple[FieldSpec, ...]:
        return tuple(row for row in self.rows if row.column)

    @property
    def flat(self) -> tuple[FieldSpec, ...]:
        return tuple(row for row in self.rows if row.flat)


# CII (UN/CEFACT Cross Industry Invoice D16B, as Factur-X / ZUGFeRD / XRechnung use it).
_TRADE = "rsm:SupplyChainTradeTransaction"
_AGREEMENT = f"{_TRADE}/ram:ApplicableHeaderTradeAgreement"
_SETTLEMENT = f"{_TRADE}/ram:ApplicableHeaderTradeSettlement"
_SUMMATION = f"{_SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
_TERMS = f"{_SETTLEMENT}/ram:SpecifiedTradePaymentTerms"
_MEANS = f"{_SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans"
_SELLER = f"{_AGREEMENT}/ram:SellerTradeParty"
_BUYER = f"{_AGREEMENT}/ram:BuyerTradeParty"


# UBL 2.1, each path with its EN 16931 business term.
_U_SELLER = "cac:AccountingSupplierParty/cac:Party"
_U_BUYER = "cac:AccountingCustomerParty/cac:Party"
_U_TOTALS = "cac:LegalMonetaryTotal"
_U_ACCOUNT = "cac:PaymentMeans/cac:PayeeFinancialAccount"


def _paths(
    cii: str, ubl: Paths, *, cii_reader: str | None = None, ubl_reader: str | None = None
) -> EInvoicePath:
    return EInvoicePath(cii=cii, cii_reader=cii_reader, ubl=ubl, ubl_reader=ubl_reader)


_TEXT, _CODE, _DATE, _MONEY = ValueType.TEXT, ValueType.CODE, ValueType.DATE, ValueType.MONEY

#: The invoice schema, in the order the schema (and the LLMs' JSON schema) lists it.
FIELDS = FieldTable(
    (
        FieldSpec(
            "document_type",
            ValueType.CHOICE,
            choices=("invoice", "credit_note", "receipt"),
            # BT-3: a credit note's type code (381, ...) or a UBL CreditNote root.
            einvoice=_paths(
                "rsm:ExchangedDocument/ram:TypeCode",
                ("cbc:InvoiceTypeCode", "cbc:CreditNoteTypeCode"),
                cii_reader="document_type",
                ubl_reader="document_type",
            ),
            description=(
                "invoice, credit_note (a credit note, refund or negative correction: its "
                "amounts are reported negative) or receipt (a till or payment receipt)"
            ),
            correctable=False,
        ),
        FieldSpec(
            "invoice_number",
            _TEXT,
            header=True,
            required=True,
            column=True,
            width=100,
            einvoice=_paths("rsm:ExchangedDocument/ram:ID", "cbc:ID"),  # BT-1
            labels=("invoice_number",),
            compare=Compare.IDENTIFIER,
            remembered=True,
        ),
        FieldSpec(
            "invoice_date",
            _DATE,
            header=True,
            required=True,
            column=True,
            einvoice=_paths("rsm:ExchangedDocument/ram:IssueDateTime", "cbc:IssueDate"),  # BT-2
            labels=("invoice_date",),
            compare=Compare.DATE,
            remembered=True,
        ),
        FieldSpec(
            "due_date",
            _DATE,
            header=True,
            column=True,
            # BT-9: a UBL Invoice's own element; a CreditNote has it in its payment means.
            einvoice=_paths(
                f"{_TERMS}/ram:DueDateDateTime",
                ("cbc:DueDate", "cac:PaymentMeans/cbc:PaymentDueDate"),
            ),
            labels=("due_date",),
            compare=Compare.DATE,
            remembered=True,
        ),
        FieldSpec(
            "vendor_name",
            _TEXT,
            header=True,
            required=True,
            column=True,
            width=300,
            # BT-27 (legal name), in UBL else BT-28 (trading name).
            einvoice=_paths(
                f"{_SELLER}/ram:Name",
                (
                    f"{_U_SELLER}/cac:PartyLegalEntity/cbc:RegistrationName",
                    f"{_U_SELLER}/cac:PartyName/cbc:Name",
                ),
            ),
            labels=("vendor",),
            compare=Compare.NAME,
            remembered=True,
        ),
        FieldSpec(
            "vendor_address",
            _TEXT,
            width=1000,
            einvoice=_paths(  # BG-5
                f"{_SELLER}/ram:PostalTradeAddress",
                f"{_U_SELLER}/cac:PostalAddress",
                cii_reader="address",
                ubl_reader="address",
            ),
            labels=("vendor",),
        ),
        FieldSpec(
            "vendor_vat_id",
            _CODE,
            width=50,
            # BT-31 (the VAT registration), else BT-32.
            einvoice=_paths(
                _SELLER,
                f"{_U_SELLER}/cac:PartyTaxScheme",
                cii_reader="tax_id",
                ubl_reader="tax_id",
            ),
            labels=("vat_id",),
            remembered=True,
        ),
        FieldSpec(
            "customer_name",
            _TEXT,
            width=300,
            einvoice=_paths(  # BT-44, in UBL else the trading name
                f"{_BUYER}/ram:Name",
                (
                    f"{_U_BUYER}/cac:PartyLegalEntity/cbc:RegistrationName",
                    f"{_U_BUYER}/cac:PartyName/cbc:Name",
                ),
            ),
            labels=("customer",),
            remembered=True,
        ),
        FieldSpec(
            "customer_address",
            _TEXT,
            width=1000,
            einvoice=_paths(  # BG-8
                f"{_BUYER}/ram:PostalTradeAddress",
                f"{_U_BUYER}/cac:PostalAddress",
                cii_reader="address",
                ubl_reader="address",
            ),
            labels=("customer",),
        ),
        FieldSpec(
            "customer_tax_id",
            _CODE,
            width=50,
            einvoice=_paths(  # BT-48
                _BUYER,
                f"{_U_BUYER}/cac:PartyTaxScheme",
                cii_reader="tax_id",
                ubl_reader="tax_id",
            ),
            labels=("vat_id",),
        ),
        FieldSpec(
            "purchase_order",
            _TEXT,
            width=100,
            einvoice=_paths(  # BT-13
                f"{_AGREEMENT}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID",
                "cac:OrderReference/cbc:ID",
            ),
            labels=("po",),
            remembered=True,
        ),
        FieldSpec(
            "payment_terms",
            _TEXT,
            width=300,
            einvoice=_paths(f"{_TERMS}/ram:Description", "cac:PaymentTerms/cbc:Note"),  # BT-20
            labels=("payment_terms",),
        ),
        FieldSpec(
            "iban",
            _CODE,
            width=34,
            einvoice=_paths(  # BT-84
                f"{_MEANS}/ram:PayeePartyCreditorFinancialAccount/ram:IBANID",
                f"{_U_ACCOUNT}/cbc:ID",
            ),
            labels=("iban",),
            remembered=True,
        ),
        FieldSpec(
            "bic",
            _CODE,
            width=11,
            einvoice=_paths(  # BT-86
                f"{_MEANS}/ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID",
                f"{_U_ACCOUNT}/cac:FinancialInstitutionBranch/cbc:ID",
            ),
            labels=("bic",),
            remembered=True,
        ),
        FieldSpec(
            "currency",
            ValueType.CURRENCY,
            description="ISO 4217 code, e.g. EUR",
            header=True,
            column=True,
            einvoice=_paths(  # BT-5
                f"{_SETTLEMENT}/ram:InvoiceCurrencyCode", "cbc:DocumentCurrencyCode"
            ),
            labels=("currency",),
            compare=Compare.CODE,
        ),
        FieldSpec(
            "amount",
            _MONEY,
            description="Net amount before VAT",
            header=True,
            column=True,
            einvoice=_paths(  # BT-109
                f"{_SUMMATION}/ram:TaxBasisTotalAmount", f"{_U_TOTALS}/cbc:TaxExclusiveAmount"
            ),
            labels=("net",),
            compare=Compare.AMOUNT,
            api_description="Net amount before VAT",
            remembered=True,
        ),
        FieldSpec(
            "vat",
            _MONEY,
            description="Total VAT amount",
            header=True,
            column=True,
            # BT-110: the tax total in the invoice currency (a second one in the tax currency,
            # BT-111, is skipped by the readers).
            einvoice=_paths(
                f"{_SUMMATION}/ram:TaxTotalAmount",
                "cac:TaxTotal/cbc:TaxAmount",
                cii_reader="tax_total",
                ubl_reader="tax_total",
            ),
            labels=("vat",),
            compare=Compare.AMOUNT,
            remembered=True,
        ),
        FieldSpec("vat_breakdown", ValueType.VAT_LINES, correctable=False),
        FieldSpec("discount", _MONEY, labels=("discount",)),
        FieldSpec("shipping", _MONEY, labels=("shipping",)),
        FieldSpec(
            "tip",
            _MONEY,
            description="Tip or gratuity the total includes (receipts); not part of the net",
            labels=("_tip",),
        ),
        FieldSpec(
            "rounding",
            _MONEY,
            description=(
                "Cash rounding the total includes, signed (receipts: ROUNDING ADJ -0.02); "
                "not part of the net"
            ),
            labels=("_rounding",),
        ),
        FieldSpec(
            "total",
            _MONEY,
            description="Gross total including VAT (and any tip and rounding)",
            header=True,
            required=True,
            column=True,
            einvoice=_paths(  # BT-112
                f"{_SUMMATION}/ram:GrandTotalAmount", f"{_U_TOTALS}/cbc:TaxInclusiveAmount"
            ),
            labels=("total",),
            compare=Compare.AMOUNT,
            remembered=True,
        ),
        FieldSpec(
            "amount_due",
            _MONEY,
            einvoice=_paths(  # BT-115
                f"{_SUMMATION}/ram:DuePayableAmount", f"{_U_TOTALS}/cbc:PayableAmount"
            ),
            labels=("amount_due",),
        ),
        FieldSpec(
            "line_items", ValueType.LINE_ITEMS, compare=Compare.LINE_ITEMS, correctable=False
        ),
    )
)
