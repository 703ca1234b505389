#!/usr/bin/env bash
# Builds the desktop bundle: a PyInstaller one-folder app in dist/crisiskaart with the command line
# (crisiskaart) and the editor (crisiskaart-editor), made from the wheel of this checkout in a
# separate build venv, so the bundle holds exactly what `pip install crisiskaart` would.
# Usage: bash scripts/build-app.sh [DIST_FOLDER]   (default dist). See docs/release.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dist=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
build=${CRISISKAART_BUILD_DIR:-$root/build/app}  # the build venv and PyInstaller work files
python=${PYTHON:-python3}

rm -rf "$build" "$dist/crisiskaart"
mkdir -p "$build/wheel" "$build/icons"
"$python" -m venv "$build/venv"
if [ -x "$build/venv/Scripts/python.exe" ]; then venv_python=$build/venv/Scripts/python.exe
else venv_python=$build/venv/bin/python; fi
pip=("$venv_python" -m pip install -q --disable-pip-version-check)

echo "build-app: the wheel"
"${pip[@]}" --upgrade pip "setuptools>=77" wheel "PySide6-Essentials>=6.8,<6.12"
"$venv_python" -m pip wheel -q --disable-pip-version-check --no-deps --no-build-isolation -w "$build/wheel" .
"${pip[@]}" "$build"/wheel/crisiskaart-*.whl pyinstaller pillow

echo "build-app: icons"
"$venv_python" - "$root/resources/icons/crisiskaart.png" "$build/icons" <<'PY'
import sys
from pathlib import Path
from PIL import Image
source, folder = Image.open(sys.argv[1]).convert("RGBA"), Path(sys.argv[2])
source.save(folder / "crisiskaart.png")
source.save(folder / "crisiskaart.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
source.save(folder / "crisiskaart.icns")
PY

echo "build-app: PyInstaller"
(cd "$build" && CRISISKAART_ICONS="$build/icons" "$venv_python" -m PyInstaller --noconfirm --clean --log-level WARN \
   --distpath "$dist" --workpath "$build/work" "$root/packaging/pyinstaller/crisiskaart.spec")

if [ "$(uname -s)" = Linux ]; then  # the menu entry and its icon, for a package or a manual install
  mkdir -p "$dist/crisiskaart/share/applications" "$dist/crisiskaart/share/icons/hicolor/256x256/apps" \
           "$dist/crisiskaart/share/mime/packages"
  cp packaging/linux/crisiskaart.desktop "$dist/crisiskaart/share/applications/"
  cp packaging/linux/crisiskaart.xml "$dist/crisiskaart/share/mime/packages/"  # the .crisiskaart file type
  cp "$build/icons/crisiskaart.png" "$dist/crisiskaart/share/icons/hicolor/256x256/apps/crisiskaart.png"
fi
echo "build-app: $dist/crisiskaart"
