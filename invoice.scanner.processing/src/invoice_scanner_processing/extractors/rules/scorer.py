"""Choosing one of a field's candidates: the hand-set rule or a fitted model.

The rule reader gathers candidates per field (:class:`CandidateLike`: a value, the hand-set
score, the segment it was read from, how it was found) and the hand-set rule picks the
highest score. Where those scores cannot separate real layouts, a :class:`LearnedScorer`
describes each candidate by a fixed feature vector (:func:`features`: the hand-set score and
choice, the label's kind, where the value sat, position and font height on the page, the
value's shape, agreement with the field's other candidates, the customer block) and picks the
candidate with the highest probability of being right under a logistic regression fitted by
``make fit-scorer`` (``bench/fit_scorer.py``).

At run time no learning library is imported: the fitted weights are a versioned JSON file in
``weights/`` and the model is a standardised dot product and a sigmoid. ``OFFLINE_SCORER``
chooses: ``learned`` (the default: on the blind set it was never fitted on it reads one more
invoice number right and changes nothing else, see bench/README.md) or ``hand``. Either way
the chosen candidate's confidence comes from the hand-set confidence rules, never from the
model's probability.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Protocol, TypeVar

from invoice_scanner_common.settings import Env, load_environ
from invoice_scanner_processing.extractors.rules.lexicon import compact, legal_form
from invoice_scanner_processing.extractors.rules.segments import Page, Segment

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
#: The weights file a learned scorer reads unless told otherwise.
DEFAULT_WEIGHTS = WEIGHTS_DIR / "scorer-v2.json"
#: The fields whose choice goes through the scorer.
FIELDS = ("invoice_number", "invoice_date", "due_date", "vendor_name")
SCORERS = ("hand", "learned")


class CandidateLike(Protocol):
    """What the scorer reads of a candidate (the reader's ``Candidate``)."""

    value: object
    score: float
    segment: Segment
    text: str
    labelled: bool
    strength: float
    place: float
    ambiguous: bool
    label: str


C = TypeVar("C", bound=CandidateLike)


@dataclass(frozen=True)
class Context:
    """What the features need of the document: its pages and the usual text height."""

    pages: Mapping[int, Page]
    first_page: int
    median_height: float

    @classmethod
    def of(cls, pages: Sequence[Page]) -> Context:
        first = pages[0]
        heights = sorted(s.bbox.height for s in first.segments[:60])
        median = heights[len(heights) // 2] if heights else 1.0
        return cls({p.number: p for p in pages}, first.number, max(median, 1e-6))


# -- features ---------------------------------------------------------------------------------

#: Label words that name the document itself, and words of other numbers and parties.
OWN_WORDS = tuple(
    compact(w)
    for w in (
        "invoice", "rechnung", "facture", "factura", "fattura", "factuur", "faktura", "fatura",
        "bill", "beleg", "credit", "gutschrift", "avoir", "receipt", "quittung", "document",
    )
)  # fmt: skip
_OTHER_WORDS = tuple(
    compact(w)
    for w in (
        "kunde", "customer", "client", "order", "bestell", "auftrag", "commande", "delivery",
        "liefer", "livraison", "account", "konto", "contract", "vertrag", "page", "seite",
        "tax", "steuer", "ust", "vat", "tva", "po", "reference", "ref", "project", "projekt",
        "mandat", "vorgang", "period", "leistung", "service",
    )
)  # fmt: skip
_SPECIAL_LABELS = ("title", "party block", "vat table")

FEATURES = (
    "bias_one",
    "hand_score",
    "hand_choice",
    "score_gap",
    "score_rank",
    "labelled",
    "strength",
    "place_same",
    "place_right",
    "place_below",
    "ambiguous",
    "label_title",
    "label_party_block",
    "label_plain",
    "label_own_word",
    "label_other_word",
    "rel_y",
    "rel_x",
    "first_page",
    "top_quarter",
    "bottom_fifth",
    "rel_height",
    "in_customer",
    "agree_share",
    "agree_labelled",
    "order_share",
    "value_len",
    "digit_share",
    "has_letter",
    "has_separator",
    "long_digits",
    "legal_form",
    "words",
    "upper",
    "earliest",
    "latest",
    "n_candidates",
)


def _key(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return re.sub(r"\s+", "", str(value)).casefold()


def _value_shape(value: object) -> list[float]:
    """value_len, digit_share, has_letter, has_separator, long_digits, legal_form, words,
    upper (dates: their ISO text, so the shape features stay neutral)."""
    text = _key(value) if isinstance(value, date) else str(value)
    squeezed = text.replace(" ", "")
    n = max(len(squeezed), 1)
    digits = sum(c.isdigit() for c in squeezed)
    return [
        min(len(squeezed), 40) / 40,
        digits / n,
        float(any(c.isalpha() for c in squeezed)),
        float(any(c in "-/._" for c in squeezed)),
        float(squeezed.isdigit() and len(squeezed) >= 10),
        float(not isinstance(value, date) and legal_form(text)),
        min(len(text.split()), 8) / 8,
        float(text.isupper()),
    ]


def _order(value: object) -> str:
    return _key(value) if isinstance(value, date) else ""


def features(
    cands: Sequence[CandidateLike], hand: CandidateLike, ctx: Context
) -> list[list[float]]:
    """One vector per candidate, in :data:`FEATURES` order."""
    top = max(c.score for c in cands)
    ranks = sorted({c.score for c in cands}, reverse=True)
    keys = [_key(c.value) for c in cands]
    dates = sorted(o for o in (_order(c.value) for c in cands) if o)
    indexes = sorted(c.segment.index for c in cands)
    n = len(cands)
    rows = []
    for c, key in zip(cands, keys, strict=True):
        seg = c.segment
        page = ctx.pages.get(seg.page)
        height = max(page.height, 1.0) if page else 1.0
        width = max(page.width, 1.0) if page else 1.0
        rel_y = seg.bbox.y0 / height
        label = c.label
        same = [o for o, k in zip(cands, keys, strict=True) if k == key and o is not c]
        order = _order(c.value)
        rows.append(
            [
                1.0,
                c.score,
                float(c is hand),
                c.score - top,
                ranks.index(c.score) / max(len(ranks) - 1, 1),
                float(c.labelled),
                c.strength,
                float(c.place >= 1.0),
                float(0.9 <= c.place < 1.0),
                float(c.place < 0.9),
                float(c.ambiguous),
                float(label == "title"),
                float(label == "party block"),
                float(bool(label) and label not in _SPECIAL_LABELS),
                float(any(w in label for w in OWN_WORDS)),
                float(any(w in label for w in _OTHER_WORDS)),
                rel_y,
                seg.bbox.x0 / width,
                float(seg.page == ctx.first_page),
                float(rel_y < 0.25),
                float(rel_y > 0.8),
                min(seg.bbox.height / ctx.median_height, 4.0),
                float(seg.in_customer),
                len(same) / max(n - 1, 1),
                float(any(o.labelled for o in same)),
                indexes.index(seg.index) / max(n - 1, 1),
                *_value_shape(c.value),
                float(bool(order) and order == dates[0]),
                float(bool(order) and order == dates[-1]),
                min(n, 20) / 20,
            ]
        )
    return rows


# -- models -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldModel:
    """A logistic regression over standardised features: p = sigmoid(w · (x - mean) / scale)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float

    def probability(self, row: Sequence[float]) -> float:
        z = self.intercept
        for x, m, s, w in zip(row, self.mean, self.scale, self.weights, strict=True):
            z += w * (x - m) / s
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class WeightsError(ValueError):
    """A weights file that does not describe models over this module's features."""


def _model(name: str, raw: Mapping[str, object]) -> FieldModel:
    def floats(key: str) -> tuple[float, ...]:
        values = raw.get(key)
        if not isinstance(values, list) or len(values) != len(FEATURES):
            raise WeightsError(f"{name}.{key}: expected {len(FEATURES)} numbers")
        return tuple(float(v) for v in values)

    names = raw.get("features")
    if names != list(FEATURES):
        raise WeightsError(f"{name}: features differ from this reader's (refit the scorer)")
    intercept = raw.get("intercept")
    if not isinstance(intercept, int | float):
        raise WeightsError(f"{name}.intercept: expected a number")
    scale = floats("scale")
    if any(s <= 0 for s in scale):
        raise WeightsError(f"{name}.scale: expected positive numbers")
    return FieldModel(FEATURES, floats("mean"), scale, floats("weights"), float(intercept))


class Scorer(Protocol):
    """Picks one of a field's candidates; ``hand`` is what the hand-set rule picked.

    Returns the chosen candidate (one of ``cands``) and, for a learned choice, its probability
    of being right (``None``: the hand-set rule decided, its confidence rules apply)."""

    name: str
    #: Whether the scorer wants every candidate, including those the hand-set rule would
    #: not have gathered before deciding (the vendor's unlabelled names).
    wants_all: bool

    def choose(
        self, field: str, cands: Sequence[C], hand: C, ctx: Context
    ) -> tuple[C, float | None]: ...


class HandScorer:
    """The hand-set rule's choice, unchanged."""

    name = "hand"
    wants_all = False

    def choose(
        self, field: str, cands: Sequence[C], hand: C, ctx: Context
    ) -> tuple[C, float | None]:
        return hand, None


class LearnedScorer:
    """The candidate with the highest fitted probability; fields without a model keep the
    hand-set choice. Ties go to the hand-set choice, then to the earlier candidate."""

    name = "learned"
    wants_all = True

    def __init__(self, models: Mapping[str, FieldModel], version: str) -> None:
        self.models = dict(models)
        self.version = version

    @classmethod
    def load(cls, path: Path = DEFAULT_WEIGHTS) -> LearnedScorer:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or not isinstance(raw.get("fields"), dict):
            raise WeightsError(f"{path}: expected an object with 'fields'")
        models = {
            name: _model(name, spec)
            for name, spec in raw["fields"].items()
            if isinstance(spec, dict)
        }
        return cls(models, str(raw.get("version", path.stem)))

    def probabilities(
        self, field: str, cands: Sequence[CandidateLike], hand: CandidateLike, ctx: Context
    ) -> list[float] | None:
        model = self.models.get(field)
        if model is None or not cands:
            return None
        return [model.probability(row) for row in features(cands, hand, ctx)]

    def choose(
        self, field: str, cands: Sequence[C], hand: C, ctx: Context
    ) -> tuple[C, float | None]:
        probs = self.probabilities(field, cands, hand, ctx)
        if probs is None:
            return hand, None
        best = max(range(len(cands)), key=lambda i: (round(probs[i], 9), cands[i] is hand, -i))
        return cands[best], probs[best]


def scorer_name(environ: Mapping[str, str] | None = None) -> str:
    """``OFFLINE_SCORER`` (``learned``, the default, or ``hand``); anything else stops
    start-up."""
    env = Env(load_environ() if environ is None else environ)
    return env.choice("OFFLINE_SCORER", "learned", SCORERS)


@cache
def _learned() -> LearnedScorer:
    return LearnedScorer.load()


def default_scorer(environ: Mapping[str, str] | None = None) -> Scorer:
    """The scorer ``OFFLINE_SCORER`` names (the learned one's weights are read once)."""
    return _learned() if scorer_name(environ) == "learned" else HandScorer()
