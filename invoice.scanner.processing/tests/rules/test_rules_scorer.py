"""The rule reader's candidate scorer: the committed weights load, describe this reader's
features and are the default, a learned choice is deterministic and goes where its weights
point, the hand-set scorer changes nothing, and a fit of the same choices gives the same bytes."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from invoice_scanner_common.settings import ConfigError
from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.scorer import (
    DEFAULT_WEIGHTS,
    FEATURES,
    FIELDS,
    C,
    Context,
    FieldModel,
    HandScorer,
    LearnedScorer,
    WeightsError,
    default_scorer,
    features,
    scorer_name,
)

Layout = Callable[..., OcrDocument]


def _invoice(make_layout: Layout) -> OcrDocument:
    """Two labelled numbers on one header: a voucher's and the invoice's. No title line: a
    title would settle it before any scorer (``identifiers.keep_own_number`` keeps the number
    whose label names the titled kind of document)."""
    return make_layout(
        [
            (100, 100, "Nordlicht Handel GmbH"),
            (100, 130, "Hafenstraße 4, 20457 Hamburg"),
            (1000, 200, "Beleg-Nr.: 100234"),
            (1000, 230, "Rechnungsnummer: RE-2024-0815"),
            (1000, 260, "Rechnungsdatum: 12.03.2024"),
            (1000, 290, "Fällig am: 11.04.2024"),
            (100, 600, "Summe netto 100,00 EUR"),
            (100, 630, "USt 19 % 19,00 EUR"),
            (100, 660, "Gesamtbetrag 119,00 EUR"),
        ]
    )


class _Recorder:
    """Keeps the hand-set choice and the candidates it was chosen from."""

    name = "hand"
    wants_all = True

    def __init__(self) -> None:
        self.seen: dict[str, list[object]] = {}

    def choose(
        self, field: str, cands: Sequence[C], hand: C, ctx: Context
    ) -> tuple[C, float | None]:
        self.seen[field] = [c.value for c in cands]
        assert any(c is hand for c in cands)
        assert len(features(cands, hand, ctx)[0]) == len(FEATURES)
        return hand, None


def _one_feature_model(name: str, weight: float) -> FieldModel:
    """A model that looks at one feature only (the others weigh nothing)."""
    n = len(FEATURES)
    weights = [0.0] * n
    weights[FEATURES.index(name)] = weight
    return FieldModel(FEATURES, (0.0,) * n, (1.0,) * n, tuple(weights), 0.0)


def test_committed_weights_load_and_cover_the_fields_they_can() -> None:
    scorer = LearnedScorer.load(DEFAULT_WEIGHTS)
    raw = json.loads(DEFAULT_WEIGHTS.read_text(encoding="utf-8"))
    assert raw["version"] == scorer.version == "scorer-v2"
    assert set(scorer.models) <= set(FIELDS)
    assert scorer.models, "a weights file without any field model"
    for model in scorer.models.values():
        assert model.features == FEATURES
        assert 0.0 < model.probability([0.5] * len(FEATURES)) < 1.0


def test_learned_scorer_is_the_default_and_hand_can_be_chosen() -> None:
    assert scorer_name({}) == "learned"
    assert isinstance(default_scorer({}), LearnedScorer)
    assert isinstance(default_scorer({"OFFLINE_SCORER": "hand"}), HandScorer)
    assert default_scorer({}) is default_scorer({})  # the weights are read once per process


def test_hand_scorer_changes_nothing(make_layout: Layout) -> None:
    doc = _invoice(make_layout)
    recorder = _Recorder()
    plain = RuleExtractor(HandScorer()).predict(doc).fields
    recorded = RuleExtractor(recorder).predict(doc).fields  # sees every candidate
    assert plain == recorded
    assert plain.invoice_number == "RE-2024-0815"
    assert {"100234", "RE-2024-0815"} <= set(map(str, recorder.seen["invoice_number"]))
    assert "vendor_name" in recorder.seen


def test_learned_choice_follows_its_weights_deterministically(make_layout: Layout) -> None:
    doc = _invoice(make_layout)
    # Weighing the label's specificity up picks the number after the longer label
    # ("Rechnungsnummer"); down, the other; either way, every run gives the same answer.
    for weight, expected in ((4.0, "RE-2024-0815"), (-4.0, "100234")):
        model = _one_feature_model("strength", weight)
        scorer = LearnedScorer({"invoice_number": model}, "t")
        answers = {RuleExtractor(scorer).predict(doc).fields.invoice_number for _ in range(3)}
        assert answers == {expected}


def test_learned_ties_go_to_the_hand_choice(make_layout: Layout) -> None:
    flat = LearnedScorer({f: _one_feature_model("bias_one", 0.0) for f in FIELDS}, "flat")
    doc = _invoice(make_layout)
    assert (
        RuleExtractor(flat).predict(doc).fields == RuleExtractor(HandScorer()).predict(doc).fields
    )


def test_committed_weights_read_the_crafted_invoice(make_layout: Layout) -> None:
    fields = RuleExtractor(LearnedScorer.load()).predict(_invoice(make_layout)).fields
    assert fields.invoice_number == "RE-2024-0815"
    assert fields.vendor_name == "Nordlicht Handel GmbH"
    assert str(fields.invoice_date) == "2024-03-12"
    assert str(fields.due_date) == "2024-04-11"


def test_unknown_scorer_stops_start_up() -> None:
    assert scorer_name({"OFFLINE_SCORER": "Learned"}) == "learned"
    with pytest.raises(ConfigError, match="OFFLINE_SCORER"):
        scorer_name({"OFFLINE_SCORER": "magic"})


def test_weights_for_other_features_are_refused(tmp_path: Path) -> None:
    raw = json.loads(DEFAULT_WEIGHTS.read_text(encoding="utf-8"))
    name = next(iter(raw["fields"]))
    raw["fields"][name]["features"] = raw["fields"][name]["features"][:-1]
    bad = tmp_path / "w.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(WeightsError, match="refit"):
        LearnedScorer.load(bad)


def test_probability_is_a_standardised_sigmoid() -> None:
    model = replace(
        _one_feature_model("hand_score", 2.0),
        mean=(0.5,) * len(FEATURES),
        scale=(0.25,) * len(FEATURES),
    )
    row = [0.5] * len(FEATURES)
    assert model.probability(row) == pytest.approx(0.5)
    row[FEATURES.index("hand_score")] = 0.75  # one scale above the mean: sigmoid(2)
    assert model.probability(row) == pytest.approx(0.8807970779778823)
