"""Sending our own PDF to a CUPS queue with ``lp``, on its standard input.

The wallet sheet must print at exactly 100 % and duplex over the long edge, or the back does not
land behind the front and the folded card does not fit a wallet. Handing CUPS the vector PDF keeps
every line sharp and the size exact (``print-scaling=none``). The PDF reaches ``lp`` through a pipe,
never a file of ours; what the CUPS scheduler spools while it prints is the printing system's own
business, as for any program that prints.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

LPSTAT_TIMEOUT_S = 15  # ``lpstat -e`` may briefly browse the network for printers
LP_TIMEOUT_S = 60  # a big plan over a slow network queue


class NotSent(Exception):
    """``lp`` did not take the job; ``exit_code`` is None when it did not run at all."""

    def __init__(self, exit_code: int | None, detail: str) -> None:
        super().__init__(detail)
        self.exit_code, self.detail = exit_code, detail


@dataclass(frozen=True)
class CupsJob:
    """What the person chose in the print dialog, as CUPS options."""

    printer: str
    copies: int = 1
    sides: str = "two-sided-long-edge"  # one-sided, two-sided-long-edge, two-sided-short-edge
    collate: bool = True
    pages: str = ""  # an lp page list ("1-2,4"); empty prints every page
    monochrome: bool = False
    title: str = "crisiskaart"  # shown in printer queues: never the person's name

    def arguments(self) -> list[str]:
        """The ``lp`` command line; the PDF follows on standard input (``-``)."""
        command = ["lp", "-d", self.printer, "-n", str(max(1, self.copies)), "-t", self.title,
                   "-o", f"sides={self.sides}", "-o", "media=A4", "-o", "print-scaling=none"]
        if self.copies > 1:
            command += ["-o", f"collate={'true' if self.collate else 'false'}"]
        if self.pages:
            command += ["-P", self.pages]
        if self.monochrome:
            command += ["-o", "print-color-mode=monochrome"]
        return [*command, "-"]


def available() -> bool:
    """Whether this computer has the CUPS command-line tools (Linux, macOS, BSD)."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def knows(printer: str) -> bool:
    """Whether ``printer`` is a CUPS destination: a queue, or a printer CUPS found on the network."""
    if not printer or not available():
        return False
    try:
        listed = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, timeout=LPSTAT_TIMEOUT_S)
        if listed.returncode == 0 and printer in listed.stdout.split():
            return True
        queue = subprocess.run(["lpstat", "-p", printer], capture_output=True, timeout=LPSTAT_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return queue.returncode == 0


def submit(pdf: bytes, job: CupsJob) -> str:
    """Give ``pdf`` to CUPS; returns lp's answer ("request id is …"). Raises ``NotSent``."""
    try:
        done = subprocess.run(job.arguments(), input=pdf, capture_output=True, timeout=LP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise NotSent(None, f"lp did not answer within {LP_TIMEOUT_S} s") from None
    except OSError as error:
        raise NotSent(None, error.strerror or type(error).__name__) from None
    if done.returncode != 0:
        raise NotSent(done.returncode, done.stderr.decode("utf-8", "replace").strip())
    return done.stdout.decode("utf-8", "replace").strip()
