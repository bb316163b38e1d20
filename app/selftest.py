"""``shipproof selftest``: prove that this installation can do its work, without changing it.

A bundle that lost a resource, a Qt plugin or a migration fails here, at the maintainer's
build or on the shop's computer, rather than in the middle of a packing shift. Each check
is independent and reports what it found; any failure makes the command exit non-zero.
The shop's database is also checked for schema objects the app did not create (a trigger
that rewrites orders on every scan, a view in place of the scan log): they would change the
records behind the app's back while every chain still verifies.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import make_url, select

from app.alerts.engine import shipped_rules
from app.dispatch.numbers import load_rules
from app.dispatch.shipping_export import layouts
from app.evidence.files import write_packs
from app.i18n import LANGUAGES
from app.orders.profiles import builtin_profiles
from app.paths import resource
from app.resource_sets import floor, survey
from app.storage import Database, open_database
from app.storage.backup import problems
from app.storage.migrate import current_revision, head_revision, known_revisions
from app.storage.models import Order, ShipmentOrder
from app.storage.online_copy import online_copy
from app.storage.schema_check import (
    SchemaFindings,
    UnknownSchema,
    database_findings,
    file_findings,
)
from app.storage.sqlite_library import library_note
from app.system_libraries import check_window, find_qt, install_command
from app.tracking.providers.registry import PROVIDERS
from app.tracking.status import status_map

# app/system_libraries.py's features, as the window line names them
FEATURE_NAMES = {"sound_camera": "the station's sounds and camera", "printers": "printers"}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    schema: SchemaFindings | None = None  # what is foreign, so the CLI can say it in Chinese

    def as_dict(self) -> dict[str, object]:
        found: dict[str, object] = {"check": self.name, "ok": self.ok, "detail": self.detail}
        if self.schema is not None:
            found["schema"] = self.schema.as_dict()
        return found


class ForeignSchema(Exception):
    """The shop's database has schema objects the migrations did not build, or lacks some."""

    def __init__(self, findings: SchemaFindings) -> None:
        super().__init__(str(findings))
        self.findings = findings


def _resources() -> str:
    """Every resource set at its floor (app/resource_sets.py), each shortfall named."""
    root = resource()
    found = survey(root, frozen=bool(getattr(sys, "frozen", False)))
    short = [str(one) for one in found if not one.complete]
    if short:
        raise FileNotFoundError(f"in {root}: {'; '.join(short)}")
    return f"{', '.join(str(one) for one in found)} in {root}"


def _profiles() -> str:
    """The profiles load, and no fewer than ship: a folder that lost some is not a pass."""
    found = builtin_profiles(resource("platforms"))
    least = floor("platform profiles")
    if len(found) < least:
        raise ValueError(f"{len(found)} platform profiles load, {least} ship")
    return f"{len(found)} platform profiles"


def _status_maps() -> str:
    names = sorted(PROVIDERS)  # one map per provider the app can call
    folder = resource("status_maps")
    codes = sum(len(status_map(name, folder)) for name in names)
    return f"{len(names)} maps ({', '.join(names)}), {codes} codes"


def _rules() -> str:
    shipped_rules()
    numbers = load_rules(resource("carriers"))
    return (
        f"{len(numbers.published) + len(numbers.folk)} tracking-number rules, "
        f"{len(layouts(resource('shipping_exports')))} shipping-export layouts, alert rules"
    )


def _window() -> str:
    """What app/system_libraries.py would tell the GUI's start, as one line.

    No display is not a fault of the installation (a server, CI, a terminal over SSH): it
    is said and passes. Missing libraries the window needs fail, with the line to install
    them; libraries only a feature needs (sounds and camera, printers) are named and pass.
    """
    if not sys.platform.startswith("linux"):
        return "checked on Linux only; Qt reports its own problems here"
    if find_qt() is None:
        raise ModuleNotFoundError("PySide6 is not installed: the window cannot open")
    check = check_window()
    if check.no_display:
        return "no display here (DISPLAY is not set); the other commands need none"
    if check.missing:
        command = install_command(check.missing)
        names = ", ".join(library.soname for library in check.missing)
        raise OSError(f"the window lacks {names}" + (f"; install: {command}" if command else ""))
    off = [
        f"{FEATURE_NAMES.get(feature, feature)} off "
        f"(lacks {', '.join(library.soname for library in lacking)})"
        for feature, lacking in sorted(check.features_off.items())
    ]
    return "; ".join(["Qt's system libraries are all here", *off])


def _database(url: str) -> Callable[[], str]:
    """The shop's database checked on a copy: its own file is never migrated here."""

    def check() -> str:
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            database = Database(url)
            try:
                current = current_revision(database.engine)
                head = head_revision()
                if current is not None and current not in known_revisions():
                    raise ValueError(
                        f"the shared database's schema ({current}) is newer than this app "
                        f"(up to {head}): update ShipProof on this computer"
                    )
                findings = database_findings(database.engine)
            finally:
                database.dispose()
            if findings:
                raise ForeignSchema(findings)
            state = (
                "up to date" if current == head else f"at {current}, migrated to {head} at start"
            )
            return f"{parsed.render_as_string()} reachable, schema {state}"
        path = Path(parsed.database or "")
        with tempfile.TemporaryDirectory(prefix="shipproof-selftest-") as scratch:
            copy = Path(scratch) / "copy.db"
            if path.is_file():
                online_copy(path, copy)
                _refuse_foreign(copy)
                found = problems(copy)  # integrity check, migrations and every chain
                if found:
                    raise ValueError("; ".join(found))
                sound = f"{path}: sound; migrations and hash chains pass on a copy"
                return f"{sound}; {library_note(copy)}"
            open_database(f"sqlite:///{copy.as_posix()}").dispose()
            return f"no database yet at {path}; migrations build a new one; {library_note(None)}"

    return check


def _refuse_foreign(copy: Path) -> None:
    """A foreign schema object is named on its own line, before any other finding."""
    try:
        findings = file_findings(copy)
    except (UnknownSchema, sqlite3.DatabaseError):
        return  # not a shop at all: problems() says what the file is instead
    if findings:
        raise ForeignSchema(findings)


def _evidence_pack() -> str:
    """The demo shop in a scratch folder, one order packed, its pack rendered in each language."""
    from app.demo import ensure_demo_shop

    with tempfile.TemporaryDirectory(prefix="shipproof-selftest-") as scratch:
        folder = Path(scratch)
        database = open_database(f"sqlite:///{(folder / 'shop.db').as_posix()}")
        try:
            ensure_demo_shop(database)
            with database.session() as session:
                order_id = session.scalar(
                    select(Order.order_id).join(ShipmentOrder, ShipmentOrder.order_pk == Order.id)
                )
            if order_id is None:
                raise LookupError("the demo shop packed no parcel")
            pages = []
            for code in LANGUAGES:
                packs = write_packs(database, [order_id], folder / code, lang=code)
                pdf = packs[0].file.read_bytes()
                if not pdf.startswith(b"%PDF") or not packs[0].sound:
                    raise ValueError(f"the {code} pack is not a sound PDF")
                pages.append(f"{code} {packs[0].pages} pages")
        finally:
            database.dispose()
    return f"order {order_id}: " + ", ".join(pages)


def run(database_url: str) -> list[Check]:
    """Every check, in order; a check that raises is a failure with its reason."""
    checks: list[tuple[str, Callable[[], str]]] = [
        ("resources", _resources),
        ("platform profiles", _profiles),
        ("status maps", _status_maps),
        ("rules", _rules),
        ("window", _window),
        ("database", _database(database_url)),
        ("evidence pack", _evidence_pack),
    ]
    return [_outcome(name, check) for name, check in checks]


def check_database(database_url: str) -> Check:
    """The database check alone: the shop's verdict without rendering a demo pack."""
    return _outcome("database", _database(database_url))


def _outcome(name: str, check: Callable[[], str]) -> Check:
    try:
        return Check(name, True, check())
    except ForeignSchema as error:  # a finding, not a fault: no exception name or line
        return Check(name, False, str(error.findings), error.findings)
    except Exception as error:  # a self-test reports every failure, whatever it is
        reason = str(error) or type(error).__name__
        last = traceback.extract_tb(error.__traceback__)[-1:]
        where = f" ({last[0].filename}:{last[0].lineno})" if last else ""
        return Check(name, False, f"{type(error).__name__}: {reason}{where}")
