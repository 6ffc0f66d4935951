"""``make fit-scorer`` (bench/fit_scorer.py): candidates are labelled by the scoring rules, a fit
is a pure function of its choices (same bytes twice), and what it writes is what the reader
loads. The full fit reads 170 documents (minutes of OCR on a cold cache), so this is a check
of a small one; ``python -m bench.fit_scorer --check`` compares the committed file with a
full refit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench import fit_scorer
from bench.dataset import load_synthetic
from bench.invoicegen.corpus import generate
from invoice_scanner_processing.extractors.rules.scorer import (
    FEATURES,
    FIELDS,
    LearnedScorer,
)


def _choices(seed: int) -> list[fit_scorer.Choice]:
    """Choices where the right candidate is the one with a high "labelled" and a low
    "in_customer" feature, the rest noise."""
    rng = random.Random(seed)
    out = []
    for field in FIELDS:
        for doc in range(30):
            right = rng.randrange(4)
            rows = []
            for i in range(4):
                row = [rng.random() for _ in FEATURES]
                row[FEATURES.index("labelled")] = 1.0 if i == right else rng.random() * 0.6
                row[FEATURES.index("in_customer")] = 0.0 if i == right else 1.0
                rows.append(row)
            correct = [i == right for i in range(4)]
            out.append(fit_scorer.Choice(field, f"d{doc}", "synthetic", rows, correct, 0))
    return out


def test_a_fit_gives_the_same_bytes_twice_and_the_reader_loads_it(tmp_path: Path) -> None:
    choices = _choices(3)
    first = fit_scorer.weights_json(fit_scorer.fit(choices), {"choices": len(choices)})
    second = fit_scorer.weights_json(fit_scorer.fit(_choices(3)), {"choices": len(choices)})
    assert first == second
    path = tmp_path / "w.json"
    path.write_text(first, encoding="utf-8")
    scorer = LearnedScorer.load(path)
    assert set(scorer.models) == set(FIELDS)
    # The fitted models find the right candidate of choices they were not fitted on.
    held = _choices(4)
    table = fit_scorer.compare(scorer.models, held)
    for field in FIELDS:
        n, hand, learned, oracle = table[field]
        assert learned == oracle == n > hand


def test_leave_one_family_out_holds_out_each_family_of_one_folder() -> None:
    """Each family of the folder is chosen by a fit that never saw it; other folders' and the
    synthetic choices are only fitted on."""
    choices = _choices(5)
    for i, c in enumerate(choices):
        c.group = ("real-dev:a", "real-dev:b", "blind:c", "synthetic")[i % 4]
    table = fit_scorer.leave_one_family_out(choices, "real-dev")
    held = [c for c in choices if c.group.startswith("real-dev:")]
    assert sum(row[0] for row in table.values()) == len(held)
    for field in FIELDS:
        n, hand, learned, oracle = table[field]
        assert learned == oracle == n > hand


@pytest.fixture(scope="module")
def tiny_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("fit") / "synthetic", 7, 2, ("pdf",))


def test_candidates_are_labelled_by_the_scoring_rules(
    tiny_set: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BENCH_OCR_CACHE", str(tmp_path / "cache"))
    docs = load_synthetic(tiny_set)
    choices = fit_scorer.gather(docs)
    assert {c.field for c in choices} >= {"invoice_number", "invoice_date", "vendor_name"}
    for c in choices:
        assert len(c.rows) == len(c.correct) and all(len(r) == len(FEATURES) for r in c.rows)
    # On our own generator's invoices the hand-set rule picks a right candidate.
    by_field = {(c.doc, c.field): c for c in choices}
    for doc in docs:
        number = by_field[(doc.id, "invoice_number")]
        assert number.correct[number.hand]
    # The cache was filled: a second gathering reads no file again and gives the same rows.
    assert len(list((tmp_path / "cache").iterdir())) == len(docs)
    again = fit_scorer.gather(docs)
    assert [c.rows for c in again] == [c.rows for c in choices]
