"""A real printer for the printing tests: a private CUPS scheduler with a CUPS-PDF queue.

The scheduler runs for the test session only, from its own folder with its own socket, so it
never touches a CUPS the machine may already run (nor its queues). Jobs go through the real CUPS
filters and the ``cups-pdf`` backend, which writes what it printed as a PDF into the session's
``out`` folder, where the tests read it back.

cups-pdf reads its settings from ``/etc/cups`` (compiled in): a queue whose device is
``cups-pdf:/NAME`` uses ``/etc/cups/cups-pdf-NAME.conf``, so the session writes such a file of its
own, with a unique NAME, and removes it afterwards. Its backend runs only as root, so the
fixture needs root (CI runs as root); without the Debian packages ``cups`` and
``printer-driver-cups-pdf`` (``bash scripts/setup.sh`` installs them) it skips, except on CI,
where they must be there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CUPS_LIB = Path("/usr/lib/cups")  # the scheduler's ServerBin: filters, backends, helpers
CUPS_PDF_BACKEND = CUPS_LIB / "backend" / "cups-pdf"
CUPS_PDF_PPDS = (Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
                 Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"))
CUPS_PDF_SETTINGS = Path("/etc/cups")  # where cups-pdf looks for cups-pdf-NAME.conf
QUEUE = "CUPS-PDF"
START_TIMEOUT_S = 20
JOB_TIMEOUT_S = 90


def _tool(name: str) -> str | None:
    return shutil.which(name) or next((str(p) for p in (Path("/usr/sbin") / name, Path("/usr/bin") / name)
                                       if p.exists()), None)


def use_cups_server(server: str | None) -> None:
    """Point this process (Qt's printer list) and its children (``lp``) at ``server``.

    libcups remembers the server it talked to first; ``cupsSetServer(NULL)`` makes it read
    ``CUPS_SERVER`` again.
    """
    if server is None:
        os.environ.pop("CUPS_SERVER", None)
    else:
        os.environ["CUPS_SERVER"] = server
    name = ctypes.util.find_library("cups")
    if name:
        library = ctypes.CDLL(name)
        library.cupsSetServer.argtypes = [ctypes.c_char_p]
        library.cupsSetServer(None)


@dataclass
class CupsPdfPrinter:
    """The session's CUPS-PDF queue and where its PDFs land."""

    name: str
    server: str
    root: Path
    out: Path

    def pdfs(self) -> set[Path]:
        return set(self.out.glob("*.pdf"))

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, capture_output=True, text=True, timeout=30,
                              env={**os.environ, "CUPS_SERVER": self.server})

    def pending_jobs(self) -> str:
        return self._run("lpstat", "-o", self.name).stdout.strip()

    def log_tail(self, lines: int = 40) -> str:
        log = self.root / "log" / "error_log"
        text = log.read_text(errors="replace").splitlines() if log.exists() else []
        kept = [line for line in text if not line.startswith("D ")]  # not the debug chatter
        return "\n".join(kept[-lines:]) or "(no error log)"

    def wait_for_pdf(self, before: set[Path], timeout: float = JOB_TIMEOUT_S) -> Path:
        """The PDF a new job wrote, once CUPS has finished it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = self.pdfs() - before
            if new and not self.pending_jobs():
                return max(new, key=lambda path: path.stat().st_mtime)
            time.sleep(0.2)
        raise AssertionError(f"CUPS-PDF wrote no PDF within {timeout} s; scheduler log:\n{self.log_tail()}")


def _missing() -> str | None:
    missing = [name for name in ("cupsd", "lpadmin", "lp", "lpstat") if _tool(name) is None]
    if not CUPS_PDF_BACKEND.exists():
        missing.append(str(CUPS_PDF_BACKEND))
    if not any(ppd.exists() for ppd in CUPS_PDF_PPDS):
        missing.append("the CUPS-PDF PPD")
    return ", ".join(missing) or None


def _confined() -> bool:
    """Whether AppArmor confines cupsd or cups-pdf here (Debian enables it on most machines).

    Their profiles let them read only the system's folders and ``/etc/cups/cups-pdf.conf``, not
    the session's settings and output folder.
    """
    try:
        profiles = Path("/sys/kernel/security/apparmor/profiles").read_text()
    except OSError:
        return False
    return any(f"{path} (enforce)" in profiles for path in ("/usr/sbin/cupsd", str(CUPS_PDF_BACKEND)))


def _private_programs(root: Path) -> tuple[str, Path]:
    """cupsd and a ServerBin for the session: copies where AppArmor would confine the originals.

    Profiles attach by path, so copies under the session folder run unconfined; the rest of
    ServerBin (filters, other backends, helpers) is linked, as nothing confines those.
    """
    cupsd = _tool("cupsd") or "cupsd"
    if not _confined():
        return cupsd, CUPS_LIB
    (root / "sbin").mkdir()
    private_cupsd = root / "sbin" / "cupsd"
    shutil.copy2(cupsd, private_cupsd)
    server_bin = root / "lib"
    (server_bin / "backend").mkdir(parents=True)
    for entry in CUPS_LIB.iterdir():
        if entry.name != "backend":
            (server_bin / entry.name).symlink_to(entry)
    for entry in (CUPS_LIB / "backend").iterdir():
        if entry == CUPS_PDF_BACKEND:
            shutil.copy2(entry, server_bin / "backend" / entry.name)  # stays root-only: it runs as root
        else:
            (server_bin / "backend" / entry.name).symlink_to(entry)
    return str(private_cupsd), server_bin


def _write_settings(root: Path, instance: str, server_bin: Path) -> tuple[Path, Path, Path]:
    for folder in ("spool", "spool/tmp", "cache", "state", "log", "out", "cups-pdf-spool", "gs-tmp"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    # The filters run as the unprivileged user "lp": they must reach the spool and write TempDir.
    root.chmod(0o755)
    for folder in ("spool/tmp", "gs-tmp"):
        (root / folder).chmod(0o1777)
    socket = root / "cups.sock"
    cupsd_conf = root / "cupsd.conf"
    cupsd_conf.write_text(f"""Listen {socket}
LogLevel debug
Browsing Off
WebInterface No
DefaultAuthType None
ErrorPolicy abort-job
MaxJobs 50
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
    files_conf = root / "cups-files.conf"
    files_conf.write_text(f"""ServerRoot {root}
RequestRoot {root / "spool"}
TempDir {root / "spool" / "tmp"}
CacheDir {root / "cache"}
StateDir {root / "state"}
AccessLog {root / "log" / "access_log"}
ErrorLog {root / "log" / "error_log"}
PageLog {root / "log" / "page_log"}
ServerBin {server_bin}
DataDir /usr/share/cups
FileDevice No
SystemGroup root
""")
    settings = CUPS_PDF_SETTINGS / f"cups-pdf-{instance}.conf"
    settings.write_text(f"""# crisiskaart's tests: their private CUPS scheduler's queue; removed afterwards.
Out {root / "out"}
AnonDirName {root / "out"}
Spool {root / "cups-pdf-spool"}
GSTmp {root / "gs-tmp"}
Log {root / "log"}
LogType 3
Grp root
""")
    return socket, cupsd_conf, files_conf


def _die_with_parent() -> None:
    """In the scheduler's process: end when the test process ends, even if it crashed."""
    PR_SET_PDEATHSIG = 1
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _wait_until_running(process: subprocess.Popen, server: str, root: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    env = {**os.environ, "CUPS_SERVER": server}
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        running = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, env=env, timeout=10)
        if "is running" in running.stdout and "not" not in running.stdout:
            return
        time.sleep(0.1)
    log = root / "log" / "error_log"
    raise AssertionError(f"the private cupsd did not start: {log.read_text() if log.exists() else ''}")


def _add_queue(name: str, instance: str, server: str) -> None:
    env = {**os.environ, "CUPS_SERVER": server}
    ppd = next(p for p in CUPS_PDF_PPDS if p.exists())
    added = subprocess.run(["lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{instance}", "-P", str(ppd)],
                           capture_output=True, text=True, env=env, timeout=30)
    assert added.returncode == 0, added.stderr
    subprocess.run(["lpadmin", "-d", name], capture_output=True, env=env, timeout=30, check=True)


@pytest.fixture(scope="session")
def cups_printer() -> Iterator[CupsPdfPrinter]:
    """A private cupsd with a CUPS-PDF queue named CUPS-PDF, used by this process and its children."""
    missing = _missing()
    if missing:
        message = (f"no CUPS for the printing tests: {missing} missing "
                   "(bash scripts/setup.sh installs cups and printer-driver-cups-pdf)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    if os.geteuid() != 0:
        pytest.skip("the CUPS-PDF printer needs root: its backend runs only as root and reads its "
                    "settings from /etc/cups (CI runs the tests as root)")
    root = Path(tempfile.mkdtemp(prefix="crisiskaart-cups-"))
    instance = f"crisiskaart-test-{os.getpid()}"
    root.chmod(0o755)  # the filters run as the unprivileged user "lp"
    cupsd, server_bin = _private_programs(root)
    socket, cupsd_conf, files_conf = _write_settings(root, instance, server_bin)
    server = str(socket)
    previous = os.environ.get("CUPS_SERVER")
    command = [cupsd, "-f", "-c", str(cupsd_conf), "-s", str(files_conf)]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, preexec_fn=_die_with_parent)
    try:
        _wait_until_running(process, server, root)
        _add_queue(QUEUE, instance, server)
        use_cups_server(server)
        yield CupsPdfPrinter(QUEUE, server, root, root / "out")
    finally:
        use_cups_server(previous)
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        (CUPS_PDF_SETTINGS / f"cups-pdf-{instance}.conf").unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def no_printer(tmp_path: Path) -> Iterator[None]:
    """This process sees no printer at all: CUPS_SERVER points at a folder where no scheduler runs."""
    previous = os.environ.get("CUPS_SERVER")
    folder = tmp_path / "no-cups"
    folder.mkdir()
    use_cups_server(str(folder / "cups.sock"))
    try:
        yield
    finally:
        use_cups_server(previous)
