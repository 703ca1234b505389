#!/usr/bin/env bash
# One command: set everything up, then run the whole test suite (Qt offscreen) and ruff.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check
.venv/bin/python -m pytest "$@"
