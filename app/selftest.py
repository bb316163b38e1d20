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
from app.catalogue import (
    QT_TRANSLATE_NOOP,
    Said,
    SaidError,
    in_language,
    said_joined,
    said_text,
    translated,
)
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

# what each check is called, and what it says (context "Selftest"): every face says them
# in its reader's language; --json keeps the English
CHECKS: dict[str, str] = {
    "resources": QT_TRANSLATE_NOOP("Selftest", "resources"),
    "platform profiles": QT_TRANSLATE_NOOP("Selftest", "platform profiles"),
    "status maps": QT_TRANSLATE_NOOP("Selftest", "status maps"),
    "rules": QT_TRANSLATE_NOOP("Selftest", "rules"),
    "window": QT_TRANSLATE_NOOP("Selftest", "window"),
    "database": QT_TRANSLATE_NOOP("Selftest", "database"),
    "evidence pack": QT_TRANSLATE_NOOP("Selftest", "evidence pack"),
}
# app/system_libraries.py's features, as the window line names them
FEATURE_NAMES = {
    "sound_camera": QT_TRANSLATE_NOOP("Selftest", "the station's sounds and camera"),
    "printers": QT_TRANSLATE_NOOP("Selftest", "printers"),
}


def _said(template: str, **values: object) -> Said:
    return said_text("Selftest", template, **values)


class Failed(SaidError):
    """A check that found the installation short, in words every face can say."""

    def __init__(self, template: str, /, **values: object) -> None:
        super().__init__("Selftest", template, **values)


@dataclass(frozen=True)
class Check:
    name: str  # a key of CHECKS
    ok: bool
    detail: str  # English; a :class:`Said` when the check worded it (say it with ``said``)
    schema: SchemaFindings | None = None  # what is foreign, so the CLI can say it in Chinese

    def named(self, lang: str) -> str:
        return translated("Selftest", CHECKS.get(self.name, self.name), lang)

    def said(self, lang: str) -> str:
        return in_language(self.detail, lang)

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
    short = [one.said for one in found if not one.complete]
    if short:
        raise Failed(
            QT_TRANSLATE_NOOP("Selftest", "in {root}: {sets}"),
            root=str(root),
            sets=said_joined(short, "; "),
        )
    return _said(
        QT_TRANSLATE_NOOP("Selftest", "{sets} in {root}"),
        sets=said_joined([one.said for one in found], ", "),
        root=str(root),
    )


def _profiles() -> str:
    """The profiles load, and no fewer than ship: a folder that lost some is not a pass."""
    found = builtin_profiles(resource("platforms"))
    least = floor("platform profiles")
    if len(found) < least:
        raise Failed(
            QT_TRANSLATE_NOOP("Selftest", "{found} platform profiles load, {least} ship"),
            found=len(found),
            least=least,
        )
    return _said(QT_TRANSLATE_NOOP("Selftest", "{count} platform profiles"), count=len(found))


def _status_maps() -> str:
    names = sorted(PROVIDERS)  # one map per provider the app can call
    folder = resource("status_maps")
    codes = sum(len(status_map(name, folder)) for name in names)
    return _said(
        QT_TRANSLATE_NOOP("Selftest", "{count} maps ({names}), {codes} codes"),
        count=len(names),
        names=", ".join(names),
        codes=codes,
    )


def _rules() -> str:
    shipped_rules()
    numbers = load_rules(resource("carriers"))
    return _said(
        QT_TRANSLATE_NOOP(
            "Selftest",
            "{numbers} tracking-number rules, {layouts} shipping-export layouts, alert rules",
        ),
        numbers=len(numbers.published) + len(numbers.folk),
        layouts=len(layouts(resource("shipping_exports"))),
    )


def _window() -> str:
    """What app/system_libraries.py would tell the GUI's start, as one line.

    No display is not a fault of the installation (a server, CI, a terminal over SSH): it
    is said and passes. Missing libraries the window needs fail, with the line to install
    them; libraries only a feature needs (sounds and camera, printers) are named and pass.
    """
    if not sys.platform.startswith("linux"):
        return _said(
            QT_TRANSLATE_NOOP("Selftest", "checked on Linux only; Qt reports its own problems here")
        )
    if find_qt() is None:
        raise Failed(
            QT_TRANSLATE_NOOP("Selftest", "PySide6 is not installed: the window cannot open")
        )
    check = check_window()
    if check.no_display:
        return _said(
            QT_TRANSLATE_NOOP(
                "Selftest", "no display here (DISPLAY is not set); the other commands need none"
            )
        )
    if check.missing:
        command = install_command(check.missing)
        names = ", ".join(library.soname for library in check.missing)
        if command:
            raise Failed(
                QT_TRANSLATE_NOOP("Selftest", "the window lacks {names}; install: {command}"),
                names=names,
                command=command,
            )
        raise Failed(QT_TRANSLATE_NOOP("Selftest", "the window lacks {names}"), names=names)
    off = [
        _said(
            QT_TRANSLATE_NOOP("Selftest", "{feature} off (lacks {libraries})"),
            feature=_said(FEATURE_NAMES[feature]) if feature in FEATURE_NAMES else feature,
            libraries=", ".join(library.soname for library in lacking),
        )
        for feature, lacking in sorted(check.features_off.items())
    ]
    here = _said(QT_TRANSLATE_NOOP("Selftest", "Qt's system libraries are all here"))
    return said_joined([here, *off], "; ")


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
                    raise Failed(
                        QT_TRANSLATE_NOOP(
                            "Selftest",
                            "the shared database's schema ({current}) is newer than this app "
                            "(up to {head}): update ShipProof on this computer",
                        ),
                        current=current,
                        head=head,
                    )
                findings = database_findings(database.engine)
            finally:
                database.dispose()
            if findings:
                raise ForeignSchema(findings)
            shown = parsed.render_as_string()
            if current == head:
                return _said(
                    QT_TRANSLATE_NOOP("Selftest", "{url} reachable, schema up to date"), url=shown
                )
            return _said(
                QT_TRANSLATE_NOOP(
                    "Selftest", "{url} reachable, schema at {current}, migrated to {head} at start"
                ),
                url=shown,
                current=current,
                head=head,
            )
        path = Path(parsed.database or "")
        with tempfile.TemporaryDirectory(prefix="shipproof-selftest-") as scratch:
            copy = Path(scratch) / "copy.db"
            if path.is_file():
                online_copy(path, copy)
                _refuse_foreign(copy)
                found = problems(copy)  # integrity check, migrations and every chain
                if found:  # said of the shop's file, not of the scratch copy they ran on
                    raise Failed(
                        QT_TRANSLATE_NOOP("Selftest", "{path}: {problems}"),
                        path=str(path),
                        problems="; ".join(
                            item.removeprefix(f"{copy}: ").replace(str(copy), str(path))
                            for item in found
                        ),
                    )
                return _said(
                    QT_TRANSLATE_NOOP(
                        "Selftest",
                        "{path}: sound; migrations and hash chains pass on a copy; {library}",
                    ),
                    path=str(path),
                    library=library_note(copy),
                )
            open_database(f"sqlite:///{copy.as_posix()}").dispose()
            return _said(
                QT_TRANSLATE_NOOP(
                    "Selftest", "no database yet at {path}; migrations build a new one; {library}"
                ),
                path=str(path),
                library=library_note(None),
            )

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
                raise Failed(QT_TRANSLATE_NOOP("Selftest", "the demo shop packed no parcel"))
            pages = []
            for code in LANGUAGES:
                packs = write_packs(database, [order_id], folder / code, lang=code)
                pdf = packs[0].file.read_bytes()
                if not pdf.startswith(b"%PDF") or not packs[0].sound:
                    raise Failed(
                        QT_TRANSLATE_NOOP("Selftest", "the {language} pack is not a sound PDF"),
                        language=code,
                    )
                pages.append(
                    _said(
                        QT_TRANSLATE_NOOP("Selftest", "{language} {pages} pages"),
                        language=code,
                        pages=packs[0].pages,
                    )
                )
        finally:
            database.dispose()
    return _said(
        QT_TRANSLATE_NOOP("Selftest", "order {order}: {pages}"),
        order=order_id,
        pages=said_joined(pages, ", "),
    )


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
    except Failed as error:  # found short, and said so: no exception name or line
        return Check(name, False, error.text)
    except Exception as error:  # a self-test reports every failure, whatever it is
        reason = str(error) or type(error).__name__
        last = traceback.extract_tb(error.__traceback__)[-1:]
        where = f" ({last[0].filename}:{last[0].lineno})" if last else ""
        return Check(name, False, f"{type(error).__name__}: {reason}{where}")
