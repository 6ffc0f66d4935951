#!/usr/bin/env bash
# System packages the Python wheels cannot bring: Tesseract, the reference engine that the OCR
# benchmark and one OCR test compare against. Installed with apt where we are root; elsewhere
# we say what to install and go on (the Tesseract comparison is then skipped).
set -euo pipefail
if command -v tesseract >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "installing tesseract-ocr (reference OCR engine for tests and bench-ocr)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    tesseract-ocr tesseract-ocr-eng >/dev/null) || echo "warning: could not install tesseract-ocr" >&2
else
  echo "note: tesseract-ocr is not installed; install it (apt-get install tesseract-ocr tesseract-ocr-eng) to run the Tesseract comparison" >&2
fi
