"""The ``shipproof`` command line: the whole core, headless.

With no argument it opens the GUI. Every subcommand prints human-readable text, or JSON
with ``--json``; errors go to stderr; the exit code is 0 on success, 1 on failure and 2 on
a usage error.

The text speaks the app's language (chosen, else the system's), resolved once per run
into ``args.language``: every message is declared ``QT_TRANSLATE_NOOP("Cli", ...)`` and
said through :func:`app.i18n.translate`, from the same Linguist catalogue as the GUI's
sentences (:mod:`app.catalogue`); an import's problems are
said in the app's own translation of each (:mod:`app.orders.wording`). JSON stays English,
for scripts; other messages of the core's own errors pass through as the core wrote them.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, tzinfo
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import __version__, shop
from app.alerts.engine import acknowledge
from app.alerts.engine import evaluate as evaluate_alerts
from app.alerts.listing import AlertRow
from app.alerts.listing import listing as alert_listing
from app.alerts.messages import alert_text
from app.anchors import AnchorError, check_against, current_heads, heads_json, heads_of_file
from app.catalogue import QT_TRANSLATE_NOOP, SaidError, in_language, say, translated
from app.chains import verify_all
from app.cli_help import TranslatedHelp, argparse_in
from app.dispatch.numbers import Detection, detect, load_rules, shop_rules_file
from app.dispatch.photos import PhotoStore
from app.dispatch.shipping_export import SHIPPING_WRITTEN, ExportError, export_shipping
from app.dispatch.station import Station
from app.evidence.files import WrittenPack, write_packs
from app.i18n import LANGUAGES, language, translate
from app.logs import configure_logging
from app.names import name as code_name
from app.orders.detect import ProfileScore
from app.orders.explain import FileExplanation, TableExplanation, explain_files
from app.orders.fields import ORDER_STATUSES
from app.orders.importer import FileReport, ImportOptions, import_files, load_profiles
from app.orders.issues import RowIssue
from app.orders.order_sheet import sheet_rows, write_order_sheet
from app.orders.query import (
    AmbiguousOrder,
    NoSuchOrder,
    OrderFilter,
    SearchTooLong,
    order_pks,
    orders_as_dicts,
    resolve_orders,
)
from app.orders.reading import shown_name
from app.orders.stores import shop_zone, store_listing
from app.orders.timeline import order_timeline
from app.orders.wording import problem_text
from app.paper.command_sheet import write_command_sheet
from app.paper.papers import PAPERS, PER_SHEET
from app.paper.slips import load_orders, shop_now, write_slips
from app.paths import DataFolderError, data_dir, data_dir_is_explicit, database_url
from app.service import Answer, found_more, reply
from app.service import find as find_answers
from app.service import texts as service_texts
from app.shop_time import recorded_text, time_text
from app.storage import Database, open_database
from app.storage.backup import NOT_RESTORED, RESTORED, BackupError, backup, restore
from app.storage.database import DriverMissing
from app.storage.schema_check import SchemaFindings, SchemaObject, quick_findings
from app.text_table import aligned
from app.today import CARRIER_LINE, NO_DELIVERIES, ON_TIME_RULE, Today
from app.today import COUNTS as TODAY_COUNTS
from app.today import ON_TIME as TODAY_ON_TIME
from app.today import today as today_summary
from app.tracking.config import providers as tracking_providers
from app.tracking.providers.base import Provider
from app.tracking.refresh import refresh as refresh_tracking
from app.tracking.simulator import Scenario, Simulator, parse_faults
from app.tracking.story import OrderStory, order_parcels
from app.tsa.kept import AnchorCheck, verify_kept
from app.tsa.kept import export as export_anchor
from app.tsa.stamping import Run, remember_tsa
from app.tsa.stamping import anchor as stamp_heads
from app.tsa.tokens import TimestampError, public_roots, roots_from_pem

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

    from app.selftest import Check

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("shipproof")


SHOWN_CANDIDATES = 5  # profiles import --explain lists per table, best first
TSA_CERT_HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "PEM file of the TSA's CA to trust (default: the public CAs, DigiCert's among them)"
)


class CommandError(Exception):
    """A failure to report on stderr with exit code 1."""


def _add_common(parser: argparse.ArgumentParser, default: object) -> None:
    """Options accepted before and after the subcommand.

    Subcommands add them with SUPPRESS as default, so ``shipproof --data-dir X import …``
    is not reset by the subcommand; the main parser gives the real defaults.
    """
    parser.add_argument(
        "--data-dir",
        default=default,
        help=QT_TRANSLATE_NOOP("CliHelp", "data folder (default: SHIPPROOF_HOME or the OS's)"),
    )
    parser.add_argument(
        "--db",
        default=default,
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "database URL (default: SHIPPROOF_DB or SQLite in the data folder)"
        ),
    )
    json_default = False if default is None else default
    parser.add_argument(
        "--json",
        action="store_true",
        default=json_default,
        help=QT_TRANSLATE_NOOP("CliHelp", "print JSON instead of text"),
    )


def _name(value: str) -> str:
    """A station's or packer's name as typed: text every scan it signs can hash and store.

    A name that is not valid text here (bytes of another encoding in a script's argument)
    is refused at once, not after the first scan fails to hash.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            translate(
                QT_TRANSLATE_NOOP("Cli", "{name} is not valid text: type it again"),
                language(),
                name=shown_name(value),
            )
        ) from None
    if not value.strip():
        raise argparse.ArgumentTypeError(
            translate(QT_TRANSLATE_NOOP("Cli", "a name cannot be empty"), language())
        )
    return value


def _store_option(parser: argparse.ArgumentParser) -> None:
    """``--store``, for the commands that take an order id: an id is unique in a store only."""
    parser.add_argument(
        "--store",
        help=QT_TRANSLATE_NOOP("CliHelp", "the store, when several hold an order of that id"),
    )


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The whole command line; its help is printed in ``lang`` (argparse's own words too
    while :func:`app.cli_help.argparse_in` is on)."""

    class Parser(argparse.ArgumentParser):  # every subcommand's parser is one of these
        def __init__(self, *args: Any, **options: Any) -> None:
            options.setdefault("formatter_class", partial(TranslatedHelp, lang=lang))
            super().__init__(*args, **options)

    common = Parser(add_help=False)  # options accepted after the subcommand too
    _add_common(common, argparse.SUPPRESS)
    parser = Parser(
        prog="shipproof",
        description=QT_TRANSLATE_NOOP(
            "CliHelp", "ShipProof: import, dispatch, track and prove every parcel."
        ),
    )
    _add_common(parser, None)
    parser.add_argument("--version", action="version", version=f"shipproof {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "open the app on the demo shop")
    )
    demo.add_argument(
        "--no-gui",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "only create the demo shop"),
    )

    importing = commands.add_parser(
        "import", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "import order export files")
    )
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importing.add_argument(
        "--platform",
        help=QT_TRANSLATE_NOOP("CliHelp", "the platform (or profile) the files come from"),
    )
    importing.add_argument(
        "--store", help=QT_TRANSLATE_NOOP("CliHelp", "the store the orders belong to")
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "report what would change"),
    )
    importing.add_argument(
        "--profile",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "exactly this profile (a name --explain lists): settles a close call"
        ),
    )
    importing.add_argument(
        "--explain",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "show how each file's header scores against every profile; import nothing"
        ),
    )

    detect = commands.add_parser(
        "detect",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "recognise tracking numbers and check their digits"),
    )
    detect.add_argument("numbers", nargs="+", metavar="NUMBER")

    scan = commands.add_parser(
        "scan",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "packing station: scanner lines on stdin, JSON lines out"
        ),
    )
    scan.add_argument(
        "--station",
        default="cli",
        type=_name,
        help=QT_TRANSLATE_NOOP("CliHelp", "this station's id"),
    )
    scan.add_argument(
        "--operator", required=True, type=_name, help=QT_TRANSLATE_NOOP("CliHelp", "who is packing")
    )
    scan.add_argument(
        "--item-checks",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "require every item scanned"),
    )

    verify = commands.add_parser(
        "verify",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "check the hash chains of every record"),
    )
    verify.add_argument(
        "--against",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "also prove the chain heads an evidence pack, a backup or a heads file recorded",
        ),
    )
    verify.add_argument(
        "--heads-out",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CliHelp", "write today's chain heads to FILE"),
    )
    verify.add_argument(
        "--anchor",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "also check every kept time-stamp (shipproof anchor) and that today's chains "
            "still hold the heads each one covers",
        ),
    )
    verify.add_argument("--tsa-cert", type=Path, metavar="FILE", help=TSA_CERT_HELP)
    anchor = commands.add_parser(
        "anchor",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "have a time-stamping authority (RFC 3161) sign today's chain heads; "
            "queued when offline",
        ),
        epilog="Anyone can check an exported anchor without ShipProof: "
        "openssl ts -verify -in FILE.tsr -data FILE.json -CAfile TSA-CA.pem "
        "(see docs/anchors.md)",
    )
    anchor.add_argument(
        "--tsa",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("CliHelp", "the TSA to ask (default: the shop's, else DigiCert's)"),
    )
    anchor.add_argument(
        "--remember",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "keep --tsa as the shop's TSA"),
    )
    anchor.add_argument("--tsa-cert", type=Path, metavar="FILE", help=TSA_CERT_HELP)
    anchor.add_argument(
        "--export",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "send nothing: write the newest token to FILE.tsr and the heads it covers to "
            "FILE.json, for openssl ts -verify",
        ),
    )
    commands.add_parser(
        "selftest",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "check this installation: resources, database (on a copy), one evidence pack"
        ),
    )
    backup_command = commands.add_parser(
        "backup",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "a verified copy of the shop's database"),
    )
    backup_command.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CliHelp", "default: <data dir>/backups/"),
    )
    restore_command = commands.add_parser(
        "restore",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "replace the shop with a backup once it verifies"),
    )
    restore_command.add_argument("file", type=Path, metavar="FILE")

    evidence = commands.add_parser(
        "evidence",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "evidence packs (PDF) for disputes"),
    )
    evidence.add_argument("orders", nargs="+", metavar="ORDER")
    _store_option(evidence)
    evidence.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("CliHelp", "a folder, or a .pdf"),
    )
    evidence.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "default: the app's language (chosen, else the system's)"
        ),
    )
    evidence.add_argument(
        "--full-phone",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "show the phone unmasked"),
    )
    evidence.add_argument("--page-size", choices=("a4", "letter"), default="a4")
    evidence.add_argument(
        "--raw",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "append the carriers' raw answers about the parcel"),
    )

    slips = commands.add_parser(
        "slips",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "packing slips (and a pick list) as PDF"),
    )
    slips.add_argument("orders", nargs="+", metavar="ORDER")
    _store_option(slips)
    slips.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    slips.add_argument(
        "--pick-list",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "start with a pick list"),
    )
    slips.add_argument("--page-size", choices=tuple(PAPERS), default="a4")
    slips.add_argument(
        "--per-sheet",
        type=int,
        choices=PER_SHEET,
        default=1,
        help=QT_TRANSLATE_NOOP(
            "CliHelp", "slips on one A4 or Letter sheet, to cut apart (a label holds one)"
        ),
    )

    sheet = commands.add_parser(
        "commands",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "the station's command barcodes on one page, as PDF"),
    )
    sheet.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    sheet.add_argument("--page-size", choices=("a4", "letter"), default="a4")

    track = commands.add_parser(
        "track", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "carrier tracking")
    )
    track_commands = track.add_subparsers(dest="track_command", metavar="ACTION", required=True)
    refresh = track_commands.add_parser(
        "refresh", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "ask the providers now")
    )
    refresh.add_argument(
        "--order",
        action="append",
        default=[],
        metavar="ID",
        help=QT_TRANSLATE_NOOP("CliHelp", "only these orders"),
    )
    _store_option(refresh)
    show = track_commands.add_parser(
        "show", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "an order's parcels and events")
    )
    show.add_argument("order", metavar="ORDER")
    _store_option(show)

    alerts = commands.add_parser(
        "alerts",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "parcels and orders in trouble"),
    )
    alerts.add_argument(
        "--all", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "resolved alerts too")
    )
    alerts.add_argument(
        "--ack", type=int, metavar="ID", help=QT_TRANSLATE_NOOP("CliHelp", "acknowledge this alert")
    )
    alerts.add_argument(
        "--note", default="", help=QT_TRANSLATE_NOOP("CliHelp", "what is being done (with --ack)")
    )

    sim = commands.add_parser(
        "sim",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "the carrier simulator on 127.0.0.1"),
    )
    sim.add_argument(
        "--port", type=int, default=0, help=QT_TRANSLATE_NOOP("CliHelp", "0 picks a free port")
    )
    sim.add_argument(
        "--scenario",
        type=Path,
        help=QT_TRANSLATE_NOOP("CliHelp", "parcels and events (JSON); none: all unknown"),
    )
    sim.add_argument(
        "--faults",
        help=QT_TRANSLATE_NOOP("CliHelp", 'e.g. "429=0.1,500=0.1,timeout=0.05,garbage=0.05"'),
    )
    sim.add_argument(
        "--seed", type=int, help=QT_TRANSLATE_NOOP("CliHelp", "repeatable fault injection")
    )

    export = commands.add_parser(
        "export",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "write files for the platforms"),
    )
    export_kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    shipping = export_kinds.add_parser(
        "shipping",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "batch-shipping upload file of dispatched parcels"),
    )
    shipping.add_argument("--platform", required=True)
    shipping.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    shipping.add_argument(
        "--all",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "every dispatched parcel, not only the new ones"),
    )

    timeline = commands.add_parser(
        "timeline",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "everything that happened to an order, in time order"),
    )
    timeline.add_argument("order", metavar="ORDER")
    _store_option(timeline)
    service = commands.add_parser(
        "service",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "where is a buyer's parcel, and a ready reply"),
    )
    service.add_argument(
        "words",
        nargs="+",
        metavar="WORDS",
        help=QT_TRANSLATE_NOOP("CliHelp", "the buyer's phone, name, order or tracking number"),
    )
    service.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        help=QT_TRANSLATE_NOOP("CliHelp", "the reply's language (default: the app's)"),
    )
    commands.add_parser(
        "today",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "what to dispatch, what is late, how the week goes"),
    )

    stores = commands.add_parser(
        "stores",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "the shop's stores: list, add or rename them"),
    )
    store_actions = stores.add_subparsers(dest="action", metavar="ACTION")
    add_store = store_actions.add_parser(
        "add", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "add a store")
    )
    add_store.add_argument(
        "platform",
        metavar="PLATFORM",
        help=QT_TRANSLATE_NOOP("CliHelp", "e.g. taobao, shopify, amazon"),
    )
    add_store.add_argument("name", metavar="NAME", type=_name)
    rename_store = store_actions.add_parser(
        "rename",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "rename a store: its orders and history stay with it"),
    )
    rename_store.add_argument("platform", metavar="PLATFORM")
    rename_store.add_argument("old", metavar="NAME")
    rename_store.add_argument("new", metavar="NEW_NAME", type=_name)

    orders = commands.add_parser(
        "orders", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "list orders")
    )
    orders.add_argument("--status", choices=ORDER_STATUSES)
    orders.add_argument("--platform")
    orders.add_argument(
        "--search",
        help=QT_TRANSLATE_NOOP("CliHelp", "order id, name, phone, tracking number, title or SKU"),
    )
    orders.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CliHelp", "write them to a spreadsheet (CSV; - prints it)"),
    )
    return parser


def _open(args: argparse.Namespace, folder: Path | None = None) -> Database:
    home = folder or data_dir(args.data_dir)
    url = database_url(home, args.db)
    try:
        database = open_database(url)
    except DriverMissing as missing:
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "this database needs the Python module {module}, which is not installed: "
                    "install ShipProof with its postgres extra (pip install 'shipproof[postgres]')",
                ),
                args.language,
                module=str(missing),
            )
        ) from None
    except (SQLAlchemyError, OSError) as error:
        shown = make_url(url).render_as_string(hide_password=True)
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP("Cli", "cannot open the database {url}: {error}"),
                args.language,
                url=shown,
                error=error,
            )
        ) from None
    if args.command is not None:  # the GUI says it in a window once it has started
        foreign = quick_findings(database.engine)
        if foreign:
            print(f"shipproof: {_schema_text(foreign, args.language)}", file=sys.stderr)
    return database


def _schema_text(findings: SchemaFindings, lang: str) -> str:
    """What the shop's database has that the app did not build, or lacks, in ``lang``."""

    def named(items: tuple[SchemaObject, ...]) -> str:
        separator = "、" if lang == "zh" else ", "  # Chinese lists take the enumeration comma
        return separator.join(_schema_object(item, lang) for item in items)

    parts = []
    if findings.foreign:
        parts.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the shop database has objects the app did not create: {objects}; they can "
                    "change your records behind the app's back — restore a backup or remove them",
                ),
                lang,
                objects=named(findings.foreign),
            )
        )
    if findings.missing:
        parts.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the shop database lacks parts the app built: {objects} — restore a backup",
                ),
                lang,
                objects=named(findings.missing),
            )
        )
    if findings.changed:
        parts.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the shop database has parts that differ from what the app built: {objects} "
                    "— restore a backup",
                ),
                lang,
                objects=named(findings.changed),
            )
        )
    return "; ".join(parts)


def _schema_object(item: SchemaObject, lang: str) -> str:
    name, table = item.name, item.table
    if item.kind == "column":
        return translate(
            QT_TRANSLATE_NOOP("Cli", "column {table}.{name}"), lang, table=table, name=name
        )
    if item.kind == "trigger":
        return translate(
            QT_TRANSLATE_NOOP("Cli", "trigger {name} on {table}"), lang, name=name, table=table
        )
    if item.kind == "rule":
        return translate(
            QT_TRANSLATE_NOOP("Cli", "rule {name} on {table}"), lang, name=name, table=table
        )
    if item.kind == "index":
        return translate(
            QT_TRANSLATE_NOOP("Cli", "index {name} on {table}"), lang, name=name, table=table
        )
    if item.kind == "view":
        return translate(QT_TRANSLATE_NOOP("Cli", "view {name}"), lang, name=name)
    return translate(QT_TRANSLATE_NOOP("Cli", "table {name}"), lang, name=name)


def said(error: Exception, lang: str) -> str:
    """A core error as its reader reads it: a worded one (:class:`SaidError`) in ``lang``,
    any other as its own text."""
    return error.said(lang) if isinstance(error, SaidError) else str(error).strip("'\"")


def _emit(args: argparse.Namespace, payload: Any, text: Callable[[], str]) -> None:
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(text())


def cmd_import(args: argparse.Namespace) -> int:
    missing = [str(path) for path in args.files if not path.is_file()]
    if missing:
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP("Cli", "no such file: {files}"),
                args.language,
                files=", ".join(missing),
            )
        )
    database = _open(args)
    if args.profile:
        _check_profile(database, args.profile, args.language)
    options = ImportOptions(
        platform=args.platform, profile=args.profile, store=args.store, dry_run=args.dry_run
    )
    if args.explain:
        return _explain(args, database, options)
    try:
        reports = import_files(database, args.files, options)
    except ValueError as error:
        raise CommandError(str(error)) from None
    _emit(
        args,
        {"files": [r.as_dict() for r in reports], "dry_run": args.dry_run},
        lambda: _import_text(reports, args.dry_run, args.language),
    )
    refused = [report for report in reports if report.refused]
    for report in refused:
        if report.close_call:
            print(_close_call_text(report, args.language), file=sys.stderr)
            continue
        message = problem_text(report.errors[-1], args.language)
        print(f"shipproof: {report.file}: {message}", file=sys.stderr)
    return EXIT_FAILED if refused else EXIT_OK


def _check_profile(database: Database, name: str, lang: str) -> None:
    """Refuse a ``--profile`` no profile has, listing the names there are."""
    with database.session() as session:
        names = sorted(profile.name for profile in load_profiles(session))
    if name.casefold() not in {known.casefold() for known in names}:
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP("Cli", "no profile is named {name}; the profiles are: {names}"),
                lang,
                name=name,
                names=", ".join(names),
            )
        )


def _close_call_text(report: FileReport, lang: str) -> str:
    """A header too close to call: the candidates, and how to choose one."""
    lines = [
        translate(
            QT_TRANSLATE_NOOP(
                "Cli",
                "shipproof: {file}: its columns fit several profiles about equally well; "
                "choose one with --profile NAME:",
            ),
            lang,
            file=report.file,
        )
    ]
    lines += [
        translate(
            QT_TRANSLATE_NOOP("Cli", "  --profile {profile}  ({why}; score {percent}%)"),
            lang,
            profile=score.profile,
            why=_score_text(score, lang),
            percent=score.percent,
        )
        for score in report.close_call
    ]
    return "\n".join(lines)


def _score_text(score: ProfileScore, lang: str) -> str:
    """Why a profile scored as it did: "Amazon (Order Report): 33 of 34 known columns,
    every required one"."""
    values = {"label": score.label, "found": score.found, "known": score.known}
    if score.missing:
        return translate(
            QT_TRANSLATE_NOOP(
                "Cli", "{label}: {found} of {known} known columns, without {missing}"
            ),
            lang,
            missing=", ".join(score.missing),
            **values,
        )
    if score.indistinct:
        return translate(
            QT_TRANSLATE_NOOP(
                "Cli", "{label}: {found} of {known} known columns, but none of {distinct}"
            ),
            lang,
            distinct=", ".join(score.indistinct),
            **values,
        )
    if not score.importable:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "{label}: {found} of {known} known columns, too few"),
            lang,
            **values,
        )
    return translate(
        QT_TRANSLATE_NOOP("Cli", "{label}: {found} of {known} known columns, every required one"),
        lang,
        **values,
    )


def _explain(args: argparse.Namespace, database: Database, options: ImportOptions) -> int:
    """``import --explain``: each table's scores and the decision; writes nothing."""
    try:
        explained = explain_files(database, args.files, options)
    except ValueError as error:
        raise CommandError(str(error)) from None
    _emit(
        args,
        {"files": [file.as_dict() for file in explained]},
        lambda: "\n".join(_explain_text(file, args.language) for file in explained),
    )
    return EXIT_OK


def _explain_text(file: FileExplanation, lang: str) -> str:
    name = Path(file.file).name
    if file.error is not None:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "{file}: cannot be read: {error}"),
            lang,
            file=name,
            error=file.error,
        )
    lines = []
    for table in file.tables:
        lines.append(_decision_text(table, lang))
        for score in table.scores[:SHOWN_CANDIDATES]:
            why = translate(
                QT_TRANSLATE_NOOP("Cli", "{why}; header on row {row}"),
                lang,
                why=_score_text(score, lang),
                row=score.row,
            )
            lines.append(f"  {score.percent:>3}%  {score.profile}  {why}")
        hidden = len(table.scores) - SHOWN_CANDIDATES
        if hidden > 0:
            lines.append(
                translate(
                    QT_TRANSLATE_NOOP("Cli", "  … and {count} more with less in common"),
                    lang,
                    count=hidden,
                )
            )
    return "\n".join(lines)


def _decision_text(table: TableExplanation, lang: str) -> str:
    if table.chosen is not None and table.remembered:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "{table}: {profile}, as chosen before for this header"),
            lang,
            table=table.table,
            profile=table.chosen.profile,
        )
    if table.chosen is not None:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "{table}: {profile}, the best fit"),
            lang,
            table=table.table,
            profile=table.chosen.profile,
        )
    if table.close:
        return translate(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{table}: too close to call between {profiles}; choose one with --profile NAME",
            ),
            lang,
            table=table.table,
            profiles=", ".join(score.profile for score in table.close),
        )
    return translate(QT_TRANSLATE_NOOP("Cli", "{table}: no profile fits"), lang, table=table.table)


def _import_text(reports: Sequence[FileReport], dry_run: bool, lang: str) -> str:
    lines = []
    for report in reports:
        head = " + ".join(Path(name).name for name in report.files)
        if report.refused:
            lines.append(translate(QT_TRANSLATE_NOOP("Cli", "{files}: refused"), lang, files=head))
            # the rows that made it so; the refusal itself goes to stderr
            lines += [_error_line(issue, lang) for issue in report.errors[:-1]]
            lines += [_warning_line(issue, lang) for issue in report.warnings]
            continue
        counts = {
            "files": head,
            "platform": code_name("Platform", report.platform, lang),
            "profile": report.profile,  # what --profile takes: a name, not words
            "rows": report.rows,
            "new": report.orders_new,
            "updated": report.orders_updated,
            "unchanged": report.orders_unchanged,
            "lines": report.lines,
        }
        if dry_run:
            summary = translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{files}: {platform} ({profile}), {rows} rows — would import {new} new, "
                    "{updated} updated, {unchanged} unchanged orders, {lines} lines",
                ),
                lang,
                **counts,
            )
        else:
            summary = translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{files}: {platform} ({profile}), {rows} rows — imported {new} new, "
                    "{updated} updated, {unchanged} unchanged orders, {lines} lines",
                ),
                lang,
                **counts,
            )
        lines.append(summary)
        lines += [_error_line(issue, lang) for issue in report.errors]
        lines += [_warning_line(issue, lang) for issue in report.warnings]
    return "\n".join(lines)


def _error_line(issue: RowIssue, lang: str) -> str:
    """One problem that kept a row (or the file) out, where it is, in ``lang``."""
    message = problem_text(issue, lang)
    if issue.row is None:
        return translate(QT_TRANSLATE_NOOP("Cli", "  error   {message}"), lang, message=message)
    if issue.column is None:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "  error   row {row}: {message}"),
            lang,
            row=issue.row,
            message=message,
        )
    return translate(
        QT_TRANSLATE_NOOP("Cli", "  error   row {row} [{column}]: {message}"),
        lang,
        row=issue.row,
        column=issue.column,
        message=message,
    )


def _warning_line(issue: RowIssue, lang: str) -> str:
    """One problem an import went on past, in ``lang``."""
    message = problem_text(issue, lang)
    if issue.row is None:
        return translate(QT_TRANSLATE_NOOP("Cli", "  warning {message}"), lang, message=message)
    return translate(
        QT_TRANSLATE_NOOP("Cli", "  warning row {row}: {message}"),
        lang,
        row=issue.row,
        message=message,
    )


def cmd_orders(args: argparse.Namespace) -> int:
    database = _open(args)
    order_filter = OrderFilter(status=args.status, platform=args.platform, search=args.search)
    with database.session() as session:
        try:
            orders = orders_as_dicts(session, order_filter)
        except SearchTooLong as error:
            raise CommandError(error.said(args.language)) from None
        zone = shop_zone(session)
        if args.csv is not None:
            ids = order_pks(session, order_filter)
            if str(args.csv) == "-":  # the sheet itself, for a pipe
                rows = sheet_rows(session, ids, args.language, zone)
                csv.writer(sys.stdout, lineterminator="\n").writerows(rows)
                return EXIT_OK
            try:
                written = write_order_sheet(session, ids, args.csv, args.language, zone)
            except OSError as error:
                raise CommandError(said(error, args.language)) from None
            _emit(
                args,
                {"file": str(args.csv), "orders": written},
                lambda: translate(
                    QT_TRANSLATE_NOOP("Cli", "{file}: {count} orders"),
                    args.language,
                    file=str(args.csv),
                    count=written,
                ),
            )
            return EXIT_OK
    _emit(args, orders, lambda: _orders_text(orders, args.language, zone))
    return EXIT_OK


def _orders_text(orders: list[dict[str, Any]], lang: str, zone: tzinfo) -> str:
    rows = [
        (
            code_name("Platform", o["platform"], lang),
            o["order_id"],
            code_name("OrderStatus", o["status"], lang),
            recorded_text(o["created_at"], zone, lang) or "",
            o["recipient"]["name"] or "",
            f"{o['total'] or ''} {o['currency'] or ''}".strip(),
        )
        for o in orders
    ]
    return "\n".join(
        [
            *aligned(rows),
            translate(QT_TRANSLATE_NOOP("Cli", "{count} orders"), lang, count=len(orders)),
        ]
    )


def cmd_stores(args: argparse.Namespace) -> int:
    """List the stores with their orders; ``add`` and ``rename`` save through the same
    checks as Settings (a rename restates the store's orders, so every chain agrees)."""
    database = _open(args)
    lang = args.language
    if args.action is not None:
        settings = shop.ShopSettings()
        platform = _platform_code(args.platform)
        if args.action == "add":
            settings.added = [(platform, args.name)]
        else:
            settings.renames = {(platform, args.old): args.new}
        try:
            shop.save(database, settings, stores_only=True)
        except shop.ShopSettingsError as error:
            raise CommandError(error.said(lang)) from None
    with database.session() as session:
        listed = store_listing(session)
    payload = [
        {"platform": platform, "store": store, "orders": orders}
        for platform, store, orders in listed
    ]
    _emit(args, payload, lambda: _stores_text(listed, lang))
    return EXIT_OK


def _platform_code(text: str) -> str:
    """A platform as typed: its code ("taobao") or its name in either language ("Shopify",
    "淘宝 / 天猫", as ``shipproof stores`` lists them); anything else is left for the save
    to refuse by name."""
    wanted = text.strip().casefold()
    for code in shop.platforms():
        names = {code, *(shop.platforms(lang)[code] for lang in LANGUAGES)}
        if wanted in {known.casefold() for known in names}:
            return code
    return text


def _stores_text(listed: list[tuple[str, str, int]], lang: str) -> str:
    if not listed:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "no stores yet: an import or shipproof stores add makes one"),
            lang,
        )
    rows = [
        (
            code_name("Platform", platform, lang),
            store,
            translate(QT_TRANSLATE_NOOP("Cli", "{count} orders"), lang, count=orders),
        )
        for platform, store, orders in listed
    ]
    return "\n".join(aligned(rows))


def cmd_today(args: argparse.Namespace) -> int:
    database = _open(args)
    with database.session() as session:
        summary = today_summary(session)
    _emit(args, summary.as_dict(), lambda: _today_text(summary, args.language))
    return EXIT_OK


def _today_text(summary: Today, lang: str) -> str:
    width = max(len(translated("Today", label, lang)) for label in TODAY_COUNTS.values())
    rows = [
        f"{translated('Today', label, lang):<{width}}  {summary.count(name).value:>7}"
        for name, label in TODAY_COUNTS.items()
    ]
    rule = say("Today", ON_TIME_RULE, lang, hours=summary.promised_hours)
    rows += ["", f"{translated('Today', TODAY_ON_TIME, lang)} ({rule})"]
    rows += [
        "  "
        + say(
            "Today",
            CARRIER_LINE,
            lang,
            carrier=code_name("Carrier", week.carrier, lang),
            rate=f"{week.rate:.0%}",
            on_time=week.on_time,
            delivered=week.delivered,
        )
        for week in summary.carriers
    ] or ["  " + translated("Today", NO_DELIVERIES, lang)]
    return "\n".join(rows)


def _one_order(session: Session, order_id: str, store: str | None, lang: str) -> list[int]:
    """The order ``order_id`` names (in ``store``): an id is unique in a store only."""
    try:
        return resolve_orders(session, [order_id], store)
    except (NoSuchOrder, AmbiguousOrder) as error:
        raise CommandError(error.said(lang)) from None


def cmd_timeline(args: argparse.Namespace) -> int:
    database = _open(args)
    lang = args.language
    with database.session() as session:
        [pk] = _one_order(session, args.order, args.store, lang)
        entries = order_timeline(session, pk, lambda ctx, text: translated(ctx, text, lang))
        zone = shop_zone(session)
    rows = [
        (time_text(e.utc, zone, lang), f"{e.text} · {e.where}" if e.where else e.text)
        for e in entries
    ]
    _emit(args, [entry.as_dict() for entry in entries], lambda: "\n".join(aligned(rows)))
    return EXIT_OK


SERVICE_EVENTS = 5  # the newest carrier events beside a reply (all: shipproof timeline)


def cmd_service(args: argparse.Namespace) -> int:
    database = _open(args)
    lang = args.lang or args.language
    with database.session() as session:
        try:
            answers, more = found_more(find_answers(session, " ".join(args.words)))
        except SearchTooLong as error:
            raise CommandError(error.said(args.language)) from None
        shop_texts, zone = service_texts(session), shop_zone(session)
    replies = [reply(answer, lang, shop_texts, zone) for answer in answers]
    payload = [
        answer.as_dict() | {"reply": text} for answer, text in zip(answers, replies, strict=True)
    ]
    _emit(args, payload, lambda: _service_text(answers, replies, args.language, zone, more))
    return EXIT_OK


def _service_text(
    answers: list[Answer], replies: list[str], lang: str, zone: tzinfo, more: bool
) -> str:
    if not answers:
        return translate(QT_TRANSLATE_NOOP("Cli", "no order matches"), lang)
    blocks = []
    for answer, text in zip(answers, replies, strict=True):
        shown = tuple(replace(p, events=p.events[:SERVICE_EVENTS]) for p in answer.parcels)
        story = OrderStory(order_id=answer.order_id, shipments=shown)
        heading = translate(
            QT_TRANSLATE_NOOP("Cli", "{platform}, {recipient}: {status}"),
            lang,
            platform=code_name("Platform", answer.platform, lang),
            recipient=answer.recipient or "—",
            status=code_name("OrderStatus", answer.order_status, lang),
        )
        blocks.append("\n".join([_story_text(story, lang, zone), f"  {heading}", "", text]))
    if more:
        blocks.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli", "more than {count} orders match: give more of the buyer's words"
                ),
                lang,
                count=len(answers),
            )
        )
    return "\n\n".join(blocks)


def cmd_detect(args: argparse.Namespace) -> int:
    rules = load_rules(shop_file=shop_rules_file(data_dir(args.data_dir)))
    detections = [detect(number, rules) for number in args.numbers]
    _emit(
        args,
        [detection.as_dict() for detection in detections],
        lambda: "\n".join(_detect_text(detection, args.language) for detection in detections),
    )
    return EXIT_OK if all(detection.valid for detection in detections) else EXIT_FAILED


def _detect_text(detection: Detection, lang: str) -> str:
    number = detection.number
    if not detection.valid:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "{number}: invalid — {reason}"),
            lang,
            number=number,
            reason=detection.reason_in(lang),
        )
    if not detection.carriers:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "{number}: no known carrier's shape"), lang, number=number
        )
    carriers = ", ".join(code_name("Carrier", carrier, lang) for carrier in detection.carriers)
    if detection.verified:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "{number}: {carriers} (check digit ok)"),
            lang,
            number=number,
            carriers=carriers,
        )
    return translate(
        QT_TRANSLATE_NOOP("Cli", "{number}: {carriers} (shape only)"),
        lang,
        number=number,
        carriers=carriers,
    )


def cmd_scan(args: argparse.Namespace) -> int:
    """One JSON line out per line in, flushed at once: a script or a test drives a station."""
    operator = args.operator.strip()  # never the OS account: the name goes into evidence packs
    if not operator:
        message = translate(
            QT_TRANSLATE_NOOP("Cli", "scan: --operator must name who is packing"), args.language
        )
        print(message, file=sys.stderr)
        return EXIT_USAGE
    database = _open(args)
    rules = load_rules(shop_file=shop_rules_file(data_dir(args.data_dir)))
    try:
        station = Station(
            database, args.station, operator, item_checks=args.item_checks, rules=rules
        )
    except ValueError as error:
        raise CommandError(str(error)) from None
    # a misencoded byte from a scanner must not end the session: it is kept as an escape
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="backslashreplace")
    for line in sys.stdin:
        raw = line.rstrip("\r\n")
        try:
            answer = station.scan(raw).as_dict()
        except SQLAlchemyError as error:  # e.g. the shared database stayed locked: say so
            answer = {
                "input": raw,
                "result": "error",
                "code": "not_saved",
                "message": f"the scan was not saved, scan it again ({type(error).__name__})",
                "order_id": None,
                "tracking_number": None,
                "carrier": None,
                "seq": None,
                "detail": "not_saved",
                "params": {},
                "photo_sha256": None,
            }
        print(json.dumps(answer, ensure_ascii=False), flush=True)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    database = _open(args)
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    target = args.output or data_dir(args.data_dir) / "backups" / f"shipproof-manual-{stamp}.db"
    try:
        written = backup(database, target)
    except (BackupError, OSError, sqlite3.Error) as error:
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP("Cli", "no backup made: {error}"), args.language, error=error
            )
        ) from None
    _emit(
        args,
        {"backup": str(written)},
        lambda: translate(
            QT_TRANSLATE_NOOP("Cli", "backup written and verified: {file}"),
            args.language,
            file=written,
        ),
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        aside = restore(database, args.file)
    except (BackupError, OSError, sqlite3.Error) as error:
        raise CommandError(say("Cli", NOT_RESTORED, args.language, error=error)) from None
    _emit(
        args,
        {"restored": str(args.file), "previous": str(aside)},
        lambda: say("Cli", RESTORED, args.language, file=args.file, previous=aside),
    )
    return EXIT_OK


def cmd_selftest(args: argparse.Namespace) -> int:
    from app.selftest import run as run_selftest

    url = database_url(data_dir(args.data_dir), args.db)
    checks = run_selftest(url)
    _emit(
        args,
        {"version": __version__, "checks": [check.as_dict() for check in checks]},
        lambda: "\n".join(
            [f"shipproof {__version__}"] + [_check_text(check, args.language) for check in checks]
        ),
    )
    return EXIT_OK if all(check.ok for check in checks) else EXIT_FAILED


def _check_text(check: Check, lang: str) -> str:
    if check.ok:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "ok   {name}: {detail}"),
            lang,
            name=check.named(lang),
            detail=check.said(lang),
        )
    detail = _schema_text(check.schema, lang) if check.schema else check.said(lang)
    return translate(
        QT_TRANSLATE_NOOP("Cli", "FAIL {name}: {detail}"),
        lang,
        name=check.named(lang),
        detail=detail,
    )


def cmd_verify(args: argparse.Namespace) -> int:
    database = _open(args)
    if args.against and database.holds(args.against):
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{file} is this shop's own database: compare against a backup or a pack "
                    "made earlier",
                ),
                args.language,
                file=args.against,
            )
        )
    try:
        anchored = heads_of_file(args.against) if args.against else []
    except AnchorError as error:
        raise CommandError(str(error)) from None
    roots = _trusted(args) if args.anchor else []
    with database.session() as session:
        reports = verify_all(session, PhotoStore.of(database))
        rewritten = check_against(session, anchored)
        stamps = verify_kept(session, roots) if args.anchor else []
        if args.heads_out:
            args.heads_out.write_text(heads_json(current_heads(session)), encoding="utf-8")
    for problem in rewritten:
        print(f"shipproof: {problem}", file=sys.stderr)
    chains = []
    for report in reports:
        broken = report.first_bad
        if broken is not None:
            broken_text = translate(
                QT_TRANSLATE_NOOP("Cli", "chain {chain} broken at record {seq}: {reason}"),
                args.language,
                chain=report.chain,
                seq=broken.seq,
                reason=broken.reason,
            )
            print(f"shipproof: {broken_text}", file=sys.stderr)
        chains.append(
            {
                "chain": report.chain,
                "records": report.records,
                "ok": report.ok,
                "first_bad": None
                if broken is None
                else {"seq": broken.seq, "record_id": broken.record_id, "reason": broken.reason},
            }
        )
    anchor = {"file": str(args.against), "heads": len(anchored), "problems": rewritten}
    stamp_lines = [_stamp_text(stamp, args.language) for stamp in stamps]
    for stamp, line in zip(stamps, stamp_lines, strict=True):
        if not stamp.ok:
            print(f"shipproof: {line}", file=sys.stderr)
    if args.anchor and not stamps:  # deleted ones prove nothing, and neither does their absence
        none_kept = translate(
            QT_TRANSLATE_NOOP("Cli", "no time-stamped anchor is kept: run shipproof anchor"),
            args.language,
        )
        print(f"shipproof: {none_kept}", file=sys.stderr)
        stamp_lines = [none_kept]
    _emit(
        args,
        {
            "chains": chains,
            **({"against": anchor} if args.against else {}),
            **({"anchors": [_stamp_dict(stamp) for stamp in stamps]} if args.anchor else {}),
        },
        lambda: "\n".join(
            ["\n".join(report.text(args.language) for report in reports)]
            + ([_against_text(anchor, args.language).lstrip("\n")] if args.against else [])
            + stamp_lines
        ),
    )
    ok = all(chain["ok"] for chain in chains) and not rewritten
    ok = ok and (not args.anchor or (bool(stamps) and all(stamp.ok for stamp in stamps)))
    return EXIT_OK if ok else EXIT_FAILED


def _trusted(args: argparse.Namespace) -> list[Certificate]:
    """The certificates a TSA's must chain to: ``--tsa-cert``'s, else the public CAs."""
    if args.tsa_cert is None:
        return public_roots()
    try:
        return roots_from_pem(args.tsa_cert)
    except TimestampError as error:
        raise CommandError(str(error)) from None


def _utc(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC" if moment is not None else ""


def _stamp_dict(stamp: AnchorCheck) -> dict[str, Any]:
    return {
        "id": stamp.id,
        "tsa": stamp.tsa,
        "gen_time": stamp.gen_time.isoformat() if stamp.gen_time else None,
        "heads": stamp.heads,
        "ok": stamp.ok,
        "invalid": stamp.invalid,
        "rewritten": stamp.rewritten,
    }


def _stamp_text(stamp: AnchorCheck, lang: str) -> str:
    if stamp.invalid is not None:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "anchor {id} proves nothing: {reason}"),
            lang,
            id=stamp.id,
            reason=stamp.invalid,
        )
    if stamp.rewritten:
        return translate(
            QT_TRANSLATE_NOOP(
                "Cli",
                "anchor {id}: the chains were REWRITTEN after {time}, when {tsa} time-stamped "
                "them: {problems}",
            ),
            lang,
            id=stamp.id,
            time=_utc(stamp.gen_time),
            tsa=stamp.tsa,
            problems="; ".join(stamp.rewritten),
        )
    return translate(
        QT_TRANSLATE_NOOP(
            "Cli", "anchor {id}: {tsa} time-stamped {heads} chain heads at {time}; all still held"
        ),
        lang,
        id=stamp.id,
        tsa=stamp.tsa,
        heads=stamp.heads,
        time=_utc(stamp.gen_time),
    )


def cmd_anchor(args: argparse.Namespace) -> int:
    database = _open(args)
    lang = args.language
    if args.export is not None:
        return _export_anchor(args, database)
    if args.remember and not args.tsa:
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP("Cli", "--remember keeps the TSA given with --tsa URL"), lang
            )
        )
    roots = _trusted(args)
    try:
        if args.remember:
            with database.write() as session:
                remember_tsa(session, args.tsa)
        run = stamp_heads(database, roots, args.tsa)
    except TimestampError as error:
        raise CommandError(str(error)) from None
    _emit(args, _run_dict(run), lambda: _run_text(run, lang))
    if run.queued:
        print(
            "shipproof: "
            + translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "time-stamp requests still queued: {count}; the next shipproof anchor "
                    "sends them first",
                ),
                lang,
                count=len(run.queued),
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


def _export_anchor(args: argparse.Namespace, database: Database) -> int:
    lang = args.language
    try:
        with database.session() as session:
            token, heads = export_anchor(session, args.export)
    except AnchorError:
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli", "no anchor has been time-stamped yet: run shipproof anchor online"
                ),
                lang,
            )
        ) from None
    except TimestampError as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP("Cli", "cannot write {file}: {error}"),
                lang,
                file=args.export,
                error=error,
            )
        ) from None
    _emit(
        args,
        {"token": str(token), "heads": str(heads)},
        lambda: translate(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{token} and {heads} written; anyone can check them with: openssl ts -verify "
                "-in {token} -data {heads} -CAfile <the TSA's CA certificate>",
            ),
            lang,
            token=token,
            heads=heads,
        ),
    )
    return EXIT_OK


def _run_dict(run: Run) -> dict[str, Any]:
    return {
        "tsa_url": run.url,
        "empty": run.empty,
        "covered_at": run.covered_at.isoformat() if run.covered_at else None,
        "anchors": [
            {
                "id": attempt.anchor_id,
                "status": "stamped" if attempt.stamped else "queued",
                "sent": attempt.sent,
                "tsa": attempt.tsa,
                "gen_time": attempt.gen_time.isoformat() if attempt.gen_time else None,
                "error": attempt.error,
            }
            for attempt in run.attempts
        ],
    }


def _run_text(run: Run, lang: str) -> str:
    lines = []
    if run.empty:
        lines.append(
            translate(
                QT_TRANSLATE_NOOP("Cli", "nothing to anchor yet: the shop has no records"), lang
            )
        )
    if run.covered_at is not None:
        lines.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli", "today's chain heads were time-stamped already, at {time}"
                ),
                lang,
                time=_utc(run.covered_at),
            )
        )
    for attempt in run.attempts:
        if attempt.stamped:
            line = translate(
                QT_TRANSLATE_NOOP("Cli", "anchor {id}: time-stamped by {tsa} at {time}"),
                lang,
                id=attempt.anchor_id,
                tsa=attempt.tsa,
                time=_utc(attempt.gen_time),
            )
        elif attempt.sent:
            line = translate(
                QT_TRANSLATE_NOOP("Cli", "anchor {id}: still queued: {error}"),
                lang,
                id=attempt.anchor_id,
                error=attempt.error,
            )
        else:
            line = translate(
                QT_TRANSLATE_NOOP("Cli", "anchor {id}: still queued, not sent"),
                lang,
                id=attempt.anchor_id,
            )
        lines.append(line)
    return "\n".join(lines)


def _against_text(anchor: dict[str, Any], lang: str) -> str:
    if not anchor["problems"]:
        return "\n" + translate(
            QT_TRANSLATE_NOOP("Cli", "{file}: its {heads} chain heads are all still held"),
            lang,
            file=anchor["file"],
            heads=anchor["heads"],
        )
    return "\n" + translate(
        QT_TRANSLATE_NOOP("Cli", "{file}: REWRITTEN since: {problems}"),
        lang,
        file=anchor["file"],
        problems="; ".join(anchor["problems"]),
    )


def cmd_evidence(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        packs = write_packs(
            database,
            args.orders,
            args.output,
            args.lang or language(data_dir(args.data_dir)),
            args.full_phone,
            args.page_size,
            raw=args.raw,
            store_name=args.store,
        )
    except (LookupError, ValueError, OSError) as error:
        raise CommandError(said(error, args.language)) from None
    _emit(
        args,
        {"packs": [pack.as_dict() for pack in packs]},
        lambda: "\n".join(_pack_text(pack, args.language) for pack in packs),
    )
    return EXIT_OK


def _pack_text(pack: WrittenPack, lang: str) -> str:
    if pack.sound:
        return translate(
            QT_TRANSLATE_NOOP("Cli", "{file}: {pages} pages, integrity ok"),
            lang,
            file=str(pack.file),
            pages=pack.pages,
        )
    return translate(
        QT_TRANSLATE_NOOP("Cli", "{file}: {pages} pages, integrity failed"),
        lang,
        file=str(pack.file),
        pages=pack.pages,
    )


def cmd_slips(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        orders = load_orders(database, args.orders, args.store)
        pages = write_slips(
            orders,
            args.output,
            args.pick_list,
            args.page_size,
            lang=args.language,
            now=shop_now(database),
            per_sheet=args.per_sheet,
        )
    except (LookupError, ValueError, OSError) as error:
        raise CommandError(said(error, args.language)) from None
    _emit_written(args, pages)
    return EXIT_OK


def _emit_written(args: argparse.Namespace, pages: int) -> None:
    """What a command that wrote one PDF to ``--output`` says: the file and its pages."""
    _emit(
        args,
        {"file": str(args.output), "pages": pages},
        lambda: translate(
            QT_TRANSLATE_NOOP("Cli", "{file}: {pages} pages"),
            args.language,
            file=args.output,
            pages=pages,
        ),
    )


def cmd_commands(args: argparse.Namespace) -> int:
    try:
        pages = write_command_sheet(args.output, args.language, args.page_size)
    except OSError as error:
        raise CommandError(str(error)) from None
    _emit_written(args, pages)
    return EXIT_OK


def cmd_track(args: argparse.Namespace) -> int:
    database = _open(args)
    if args.track_command == "refresh":
        with database.session() as session:  # by the orders they name, in --store
            try:
                wanted = resolve_orders(session, args.order, args.store) if args.order else []
            except (NoSuchOrder, AmbiguousOrder) as error:
                raise CommandError(error.said(args.language)) from None
        report = refresh_tracking(database, tracking_providers(), wanted)
        payload = report.as_dict()
        _emit(args, payload, lambda: _refresh_text(payload, args.language))
        return EXIT_OK
    with database.session() as session:
        [pk] = _one_order(session, args.order, args.store, args.language)
        story = order_parcels(session, pk, args.order)
        zone = shop_zone(session)
    _emit(args, story.as_dict(), lambda: _story_text(story, args.language, zone))
    return EXIT_OK


def _refresh_text(payload: dict[str, Any], lang: str) -> str:
    lines = [
        translate(
            QT_TRANSLATE_NOOP("Cli", "checked {checked}, updated {updated}, new events {new}"),
            lang,
            checked=payload["checked"],
            updated=payload["updated"],
            new=payload["events_new"],
        )
    ]
    lines += [
        f"  {e['tracking_number']} ({e['provider']}): {in_language(e['message'], lang)}"
        for e in payload["errors"]
    ]
    return "\n".join(lines)


def _story_text(story: OrderStory, lang: str, zone: tzinfo) -> str:
    lines = [translate(QT_TRANSLATE_NOOP("Cli", "order {order}"), lang, order=story.order_id)]
    for parcel in story.shipments:
        provider = parcel.provider or translate(QT_TRANSLATE_NOOP("Cli", "not checked yet"), lang)
        carrier = code_name("Carrier", parcel.carrier, lang)
        status = code_name("ParcelStatus", parcel.status, lang)
        lines.append(f"  {parcel.tracking_number} {carrier} — {status} ({provider})")
        events = [
            (
                recorded_text(event.time, zone, lang) or "",
                code_name("ParcelStatus", event.status, lang),
                event.location or "",
                event.text,
            )
            for event in parcel.events
        ]
        lines += [f"    {row}" for row in aligned(events)]
    return "\n".join(lines)


def cmd_alerts(args: argparse.Namespace) -> int:
    database = _open(args)
    if args.ack is not None:
        try:
            acknowledge(database, args.ack, args.note)
        except (LookupError, ValueError) as error:
            raise CommandError(said(error, args.language)) from None
    evaluate_alerts(database)
    with database.session() as session:
        found = alert_listing(session, include_resolved=args.all)
    _emit(args, [alert.as_dict() for alert in found], lambda: _alerts_text(found, args.language))
    return EXIT_OK


def _alerts_text(found: list[AlertRow], lang: str) -> str:
    def words(context: str, source: str) -> str:
        return translated(context, source, lang)

    rows = [
        "  ".join(
            (
                f"#{a.id:<4}",
                code_name("AlertSeverity", a.severity, lang),
                code_name("AlertState", a.state, lang),
                code_name("AlertRule", a.rule, lang),
                alert_text(a.message_key, a.message_values, words, a.message),
            )
        )
        for a in found
    ]
    return "\n".join(
        [*rows, translate(QT_TRANSLATE_NOOP("Cli", "{count} alerts"), lang, count=len(found))]
    )


def cmd_sim(args: argparse.Namespace) -> int:
    """Serve until interrupted; the first stdout line says where (scripts wait for it)."""
    try:
        scenario = (
            Scenario.from_json(json.loads(args.scenario.read_text(encoding="utf-8")))
            if args.scenario
            else Scenario()
        )
        simulator = Simulator(scenario, parse_faults(args.faults), seed=args.seed)
        server = simulator.serve(args.port)
    except (OSError, ValueError, KeyError) as error:
        raise CommandError(
            translate(
                QT_TRANSLATE_NOOP("Cli", "cannot start the simulator: {error}"),
                args.language,
                error=error,
            )
        ) from None
    port = server.server_address[1]
    print(f"listening on http://127.0.0.1:{port}", flush=True)  # English always: scripts read it
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    database = _open(args)
    with database.session() as session:
        zone = shop_zone(session)
    try:
        result = export_shipping(database, args.platform, args.output, zone, everything=args.all)
    except (ExportError, OSError) as error:
        raise CommandError(str(error)) from None
    _emit(
        args,
        result.as_dict(),
        lambda: say(
            "Cli",
            SHIPPING_WRITTEN,
            args.language,
            file=result.file,
            rows=result.rows,
            skipped=result.skipped,
        ),
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import open_demo_shop

    if not args.no_gui and not _window_can_open(args):
        return EXIT_FAILED
    folder = data_dir(args.data_dir) / "demo"
    demo = open_demo_shop(folder)
    try:
        if args.no_gui:
            payload = {"data_dir": str(folder), "created": demo.created}
            _emit(
                args,
                payload,
                lambda: translate(
                    QT_TRANSLATE_NOOP("Cli", "demo shop in {folder}"), args.language, folder=folder
                ),
            )
            return EXIT_OK
        return _gui(demo.database, folder, demo.providers, language_folder=data_dir(args.data_dir))
    finally:
        demo.close()


def _window_can_open(args: argparse.Namespace) -> bool:
    """Before Qt is imported (Linux): say which display or system libraries the window lacks
    and the line that installs them, instead of Qt's abort (app/system_libraries.py).

    Libraries only the station's sounds and camera or the printers need are named too, and
    the window opens without those parts.
    """
    from app.system_libraries import check_window, install_command

    check = check_window()
    said: list[str] = []
    if check.no_display:
        said.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the window cannot open: there is no display (DISPLAY is not set). Start "
                    "ShipProof from the desktop, or under xvfb-run; the other shipproof commands "
                    "need no window",
                ),
                args.language,
            )
        )
    if check.missing:
        said.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the window cannot open: this computer lacks the system libraries "
                    "{libraries}, which Qt needs",
                ),
                args.language,
                libraries=", ".join(library.soname for library in check.missing),
            )
        )
    sound_camera = check.features_off.get("sound_camera", ())
    if sound_camera:
        said.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the packing station's sounds and camera are off: "
                    "this computer lacks {libraries}",
                ),
                args.language,
                libraries=", ".join(library.soname for library in sound_camera),
            )
        )
    printers = check.features_off.get("printers", ())
    if printers:
        said.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "no printer can be chosen, printing can only save a PDF: this computer "
                    "lacks {libraries}",
                ),
                args.language,
                libraries=", ".join(library.soname for library in printers),
            )
        )
    lacking = (*check.missing, *sound_camera, *printers)
    command = install_command(lacking)
    unknown = [library.soname for library in lacking if library.package is None]
    if command:
        said.append(
            translate(
                QT_TRANSLATE_NOOP("Cli", "install them with: {command}"),
                args.language,
                command=command,
            )
        )
    elif len(unknown) < len(lacking):  # known packages, but no apt-get here
        said.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli", "install the packages that hold them with your system's package manager"
                ),
                args.language,
            )
        )
    if unknown:
        said.append(
            translate(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "no package is known for {libraries}: your system's package manager can say "
                    "which one holds each",
                ),
                args.language,
                libraries=", ".join(unknown),
            )
        )
    for line in said:
        log.info("%s", line)  # the log file keeps it; warnings would print it twice
        if sys.stderr is not None:
            print(f"shipproof: {line}", file=sys.stderr)
    return check.window_can_open


def _gui(
    database: Database,
    home: Path,
    providers: dict[str, Provider] | None = None,
    language_folder: Path | None = None,
    first_run: bool = False,
    movable: bool = False,
) -> int:
    """The window on ``database``; ``first_run`` lets a new, empty shop start with the wizard."""
    from app.ui.application import Launch, run_gui

    available = tracking_providers() if providers is None else providers
    launch = Launch(
        database=database,
        data_folder=home,
        preferences=language_folder or home,
        rules=load_rules(shop_file=shop_rules_file(home)),
        providers=available,
        first_run=first_run,
        movable=movable,
    )
    return run_gui(launch)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "orders": cmd_orders,
    "demo": cmd_demo,
    "detect": cmd_detect,
    "scan": cmd_scan,
    "verify": cmd_verify,
    "selftest": cmd_selftest,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export": cmd_export,
    "slips": cmd_slips,
    "commands": cmd_commands,
    "evidence": cmd_evidence,
    "anchor": cmd_anchor,
    "sim": cmd_sim,
    "track": cmd_track,
    "alerts": cmd_alerts,
    "today": cmd_today,
    "stores": cmd_stores,
    "service": cmd_service,
    "timeline": cmd_timeline,
}


def _cannot_start(args: argparse.Namespace, reason: str) -> int:
    """Say why on stderr; the windowed app has none, so the GUI start says it in a box."""
    if sys.stderr is not None:
        print(f"shipproof: {reason}", file=sys.stderr)
    if args.command is None:
        from app.ui.application import show_startup_error

        show_startup_error(reason)
    return EXIT_FAILED


def _language_before_parsing(argv: Sequence[str] | None) -> str:
    """The run's language for its help and usage errors: the data folder is not known
    until the arguments are parsed, so ``--data-dir`` is read ahead on its own."""
    ahead = argparse.ArgumentParser(add_help=False)
    ahead.add_argument("--data-dir")
    known, _rest = ahead.parse_known_args(argv)
    try:
        return language(data_dir(known.data_dir))
    except (DataFolderError, OSError):
        return language()


def main(argv: Sequence[str] | None = None) -> int:
    lang = _language_before_parsing(argv)
    with argparse_in(lang):
        args = build_parser(lang).parse_args(argv)
    try:
        home = data_dir(args.data_dir)
    except (DataFolderError, OSError) as error:  # before logging: there is no log folder
        return _cannot_start(args, str(error))
    configure_logging(home)
    args.language = language(home)  # once per run: every message below speaks it
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per request drowns the log
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # start-up noise
    log.info("shipproof %s: %s", __version__, args.command or "gui")
    try:
        if args.command is None:
            if not _window_can_open(args):
                return EXIT_FAILED
            movable = not data_dir_is_explicit(args.data_dir)
            return _gui(_open(args), home, first_run=True, movable=movable)
        return COMMANDS[args.command](args)
    except CommandError as error:
        log.info("%s failed: %s", args.command, error)
        print(f"shipproof: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except BrokenPipeError:
        # `shipproof orders | head`: the reader has what it wanted; no traceback for it, and
        # nothing more to flush into the closed pipe at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("%s crashed", args.command or "gui")  # the traceback, for support
        raise
