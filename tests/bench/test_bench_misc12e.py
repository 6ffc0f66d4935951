"""Vendor names compared without Portugal's legal form "Lda" and Malaysia's short "S/B"
(bench/README.md, since 2026-12-01); names invented for the test."""

from __future__ import annotations

from bench.scoring import norm_vendor


def test_portuguese_limited_company_form_is_dropped() -> None:
    assert norm_vendor("Padaria Lusitana, Lda") == norm_vendor("Padaria Lusitana")
    assert norm_vendor("Oficina Ribeiro Unipessoal, Lda.") == norm_vendor("OFICINA RIBEIRO")
    assert norm_vendor("Lda") == "lda"  # a name that is only a legal form keeps it


def test_malaysian_short_sdn_bhd_is_dropped() -> None:
    assert norm_vendor("KEDAI RUNCIT SRI MAJU S/B") == norm_vendor("Kedai Runcit Sri Maju")
    assert norm_vendor("Kedai Runcit Sri Maju Sdn. Bhd.") == norm_vendor("KEDAI RUNCIT SRI MAJU")
    assert norm_vendor("A/S/B Trading") == "a s b trading"  # not a trailing form
