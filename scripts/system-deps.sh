#!/usr/bin/env bash
# System packages the Python wheels cannot bring:
# * Tesseract, the reference engine that the OCR benchmark and one OCR test compare against;
# * Node.js and npm, which build the web app (`make web`: esbuild from the npm registry);
# * Chromium, the browser the web app's tests drive with Playwright (no browser is downloaded);
# * wrk, the HTTP load generator `make bench` loads the polled endpoints with.
# Installed with apt where we are root; elsewhere we say what to install and go on.
set -euo pipefail
missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr tesseract-ocr-eng)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [[ ${#missing[@]} == 0 ]]; then
  exit 0
fi
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} (OCR reference engine, web app build, browser tests, HTTP load)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null) || echo "warning: could not install ${missing[*]}" >&2
else
  echo "note: please install ${missing[*]} (apt-get install ${missing[*]}): tesseract for the OCR comparison, nodejs/npm to build the web app, chromium for its browser tests, wrk for make bench" >&2
fi
