"""``python -m bench.invoicegen --seed 1234 --count 60 --out bench/data/synthetic``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bench.invoicegen.corpus import DEFAULT_COUNT, DEFAULT_SEED, ensure_corpus, generate
from bench.invoicegen.model import ALL_KINDS, KINDS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.invoicegen",
        description="Generate the synthetic invoice set with ground truth.",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="number of invoices")
    parser.add_argument("--out", type=Path, default=Path("bench/data/synthetic"))
    parser.add_argument(
        "--kinds",
        default=",".join(KINDS),
        help="comma-separated subset of pdf,png,scan,photo (default: pdf,png,scan)",
    )
    parser.add_argument(
        "--force", action="store_true", help="regenerate even if the set on disk is current"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = set(kinds) - set(ALL_KINDS)
    if unknown:
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")
    if args.force:
        generate(args.out, args.seed, args.count, kinds)
    else:
        ensure_corpus(args.out, args.seed, args.count, kinds)
    print(args.out.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
