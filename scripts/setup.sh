#!/usr/bin/env bash
# Sets up everything crisiskaart needs on a fresh Debian machine of this kind, idempotently:
# the Debian libraries Qt needs, a virtual environment in .venv with the package and its test
# tools, and the compiled translations (.qm). Safe to run again; it skips what is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's offscreen platform needs EGL/GL/fontconfig; its xcb platform (a real window) also needs
# the xcb helper libraries, without which Qt aborts at start-up.
debian_packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
                 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
                 libxcb-render-util0 libxcb-image0 fonts-dejavu-core
                 chromium chromium-driver   # headless browser for the viewer tests (tests/summary)
                 libzbar0                   # zbar, the second QR decoder of the QR tests (pyzbar)
                 cups printer-driver-cups-pdf)  # a real print queue for the printing tests (tests/ui)
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for package in "${debian_packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
fi
if ((${#missing[@]})); then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo -n)
  echo "setup: installing Debian packages: ${missing[*]}"
  if ! { "${sudo_cmd[@]}" apt-get update -qq && \
         DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    echo "setup: could not install ${missing[*]}; the editor may not start in a real window" >&2
  fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=.venv/.crisiskaart-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip "setuptools>=77" wheel
  # No build isolation: an editable install reads resources/ in place and needs only setuptools, so
  # pip need not fetch the wheel build's requirements (PySide6 for lrelease) a second time.
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-build-isolation -e ".[test]"
  touch "$stamp"
fi

# axe-core (MPL-2.0), the accessibility checker the viewer tests run in Chromium (tests/summary),
# from the npm registry with npm's own client, into the venv: fetched here, never committed.
axe_version=4.14.1
axe_dir=.venv/axe-core
if [ "$(cat "$axe_dir/VERSION" 2>/dev/null)" != "$axe_version" ]; then
  if command -v npm >/dev/null 2>&1; then
    rm -rf "$axe_dir" && mkdir -p "$axe_dir"
    if (cd "$axe_dir" && npm pack --silent "axe-core@$axe_version" >/dev/null &&
        tar -xzf "axe-core-$axe_version.tgz" --strip-components=1 package/axe.min.js package/LICENSE &&
        rm "axe-core-$axe_version.tgz"); then
      echo "$axe_version" >"$axe_dir/VERSION"
    else
      echo "setup: could not fetch axe-core $axe_version; the viewer's accessibility test cannot run" >&2
    fi
  else
    echo "setup: npm is missing, so axe-core is not fetched; the viewer's accessibility test cannot run" >&2
  fi
fi

# Compile the Qt Linguist sources into the .qm files the program loads.
.venv/bin/python -m crisiskaart.i18n_build
