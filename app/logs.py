"""Rotating log files in the data folder, scrubbed of personal data and secrets.

A log is what a shop sends when something went wrong, so it must be safe to send: the
code logs order ids and tracking numbers (needed to follow a problem) but never buyers'
names, phones or addresses, and as a net under that rule every record passes through
:class:`Scrubber`, which masks anything shaped like a phone number or an e-mail address
and every API key the app has read from the keyring.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FOLDER = "logs"
LOG_FILE = "shipproof.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5  # five full files: days of a busy shop's history, a few MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

# Mainland mobiles (11 digits from 13x–19x, optionally +86 and 3-4-4 separators),
# mainland landlines with an area code, international numbers written with a plus, and
# e-mail addresses. When in doubt a number is masked (a masked tracking number costs a
# support question; an unmasked phone leaks a buyer). Tracking numbers in their usual
# shapes stay: support questions are about them.
PHONE = re.compile(
    r"(?<!\d)(?:\(?\+?86\)?[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)"
    r"|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)"
    r"|(?<![\w+])\+\d{1,3}[ -]?(?:\(?\d{1,4}\)?[ -]?){1,4}\d{3,4}(?![\d-])"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")

_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Never let ``value`` (an API key just read from the keyring) reach a log file."""
    if len(value) >= 6:  # shorter strings would mask ordinary words
        with _lock:
            _secrets.add(value)


def scrub(text: str) -> str:
    """``text`` with secrets, phone numbers and e-mail addresses masked."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, "[key]")
    text = EMAIL.sub("[email]", text)
    return PHONE.sub("[phone]", text)


class Scrubber(logging.Filter):
    """Rewrites each record's final text through :func:`scrub` before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a call with the wrong arguments: keep its text
            message = f"{record.msg} {record.args}"
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


def log_folder(data_directory: Path) -> Path:
    return data_directory / LOG_FOLDER


def configure_logging(data_directory: Path | None, level: int = logging.INFO) -> Path | None:
    """Log to ``logs/shipproof.log`` in the data folder (rotated) and warnings to stderr.

    Returns the log file, or None when the folder cannot be written (a read-only data
    folder must not stop the app; the stderr handler still works).
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "shipproof", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    handlers: list[logging.Handler] = []
    if sys.stderr is not None:  # a windowed app (ShipProof.exe, the .app) has no stderr
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        handlers.append(console)
    target: Path | None = None
    if data_directory is not None:
        try:
            folder = log_folder(data_directory)
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / LOG_FILE
            file_handler = RotatingFileHandler(
                target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
            file_handler.setFormatter(logging.Formatter(FORMAT))
            handlers.append(file_handler)
        except OSError:
            target = None
    for handler in handlers:
        handler.addFilter(Scrubber())
        handler.shipproof = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return target
