#!/usr/bin/env bash
# One command: set everything up, then ruff, the type check of src/ (mypy) and the whole test suite (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check
.venv/bin/mypy  # src/, as [tool.mypy] in pyproject.toml says
.venv/bin/python -m pytest "$@"
