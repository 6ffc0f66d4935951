"""Benchmarks for invoice.scanner: a synthetic invoice corpus and the field-accuracy bench."""
