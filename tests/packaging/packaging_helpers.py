"""Running commands for the packaging tests, and the environment of a machine without our venv."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*command: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None,
        timeout: float = 600) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, env=env,
                            cwd=cwd, timeout=timeout)
    assert result.returncode == 0, f"{command}: {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def outside_env(home: Path) -> dict[str, str]:
    """An environment with no virtual environment on PATH, no PYTHONPATH and a fresh home: what a
    person's machine has, as far as the program can tell."""
    keep = {name: os.environ[name] for name in ("LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")
            if name in os.environ}
    path = [part for part in os.environ.get("PATH", "").split(os.pathsep)
            if part and not Path(part, "activate").exists() and ".venv" not in part]
    keep.setdefault("LANG", "C.UTF-8")  # as a desktop session has; Qt warns on the C locale
    home.mkdir(parents=True, exist_ok=True)
    return {**keep, "PATH": os.pathsep.join(path), "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"), "QT_QPA_PLATFORM": "offscreen"}
