#!/usr/bin/env bash
# Create .venv (Python >= 3.11) and install kabar into it with its test extras. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "kabar needs Python >= 3.11")'
  "$PY" -m venv .venv
fi
stamp=.venv/.kabar-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[test]"
  touch "$stamp"
fi

# Browser tests (tests/serve/test_browser.py) drive Debian's chromium with its chromedriver. Install them
# when we can (root + apt) and they are missing; never fail the setup over it: the browser tests skip instead.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing chromium + chromium-driver for the browser tests (apt)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } >/dev/null 2>&1 \
      || echo "setup: could not install chromium; the browser tests will skip"
  fi
fi
