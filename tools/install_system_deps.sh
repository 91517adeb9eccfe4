#!/usr/bin/env bash
# System packages the test suite uses when present: Chromium (report browser test) and
# Tesseract (OCR of image-only pages). Installed with apt-get where we are root; else a
# warning, and the tests that need them skip with a clear message.
# The default OCR engine, tesserocr (pyproject.toml), installs as a wheel holding the
# Tesseract library and reads the eng model that tesseract-ocr-eng puts in tessdata; where
# no wheel fits the platform pip builds it, which needs libtesseract-dev libleptonica-dev
# pkg-config. Without tessdata it reports itself unavailable and the Tesseract CLI is used.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-eng)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}"; } >/dev/null 2>&1 \
    || echo "warning: could not install ${need[*]}; tests that need them will be skipped"
else
  echo "warning: ${need[*]} missing and cannot be installed here; tests that need them will be skipped"
fi
exit 0
