#!/usr/bin/env bash
# Installs the system programs the tests use when they are missing: Debian's Chromium (browser
# tests through playwright-core), PostgreSQL (the PostgreSQL store's tests) and poppler-utils
# (pdfinfo, pdffonts, pdftotext: the archival PDF's tests). Runs as root with
# apt-get; elsewhere it only tells what is missing (those tests then fail with a clear message).
set -u
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
{ command -v pg_virtualenv >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } || need+=(postgresql postgresql-common)
{ command -v pdfinfo >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; } || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} with apt-get (needed by the browser and PostgreSQL tests)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "warning: apt-get install ${need[*]} failed; the tests that need them will fail" >&2
else
  echo "warning: missing ${need[*]}: install them (e.g. apt-get install ${need[*]}) for the browser, PostgreSQL and PDF tests" >&2
fi
exit 0
