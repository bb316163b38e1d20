"""Printing runs beside the app, not in it: the window keeps answering while pages go out.

Seven slips at the printer's own 1200 dpi froze the app for half a minute; here the
pages go to a real QPrinter (writing a PDF, as a print-to-file queue does) from a worker
while a timer on the GUI thread checks it is never kept waiting.
"""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.paper.slips import load_orders, shop_now, write_slips
from app.storage import Database
from app.ui import printing
from tests.helpers.today import friday_morning

pytestmark = pytest.mark.shop(stocked_by=friday_morning)
ORDERS = ["#1", "#2", "#3", "#4", "#5", "#6", "#7"]


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the printing told the user in a warning box (recorded, never shown)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    return said


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def _slips(shop: Database, tmp_path: Path, paper: str = "a4") -> Path:
    target = tmp_path / f"slips-{paper}.pdf"
    write_slips(load_orders(shop, ORDERS), target, page_size=paper, now=shop_now(shop))
    return target


def _to_file(output: Path, seen: dict[str, object] | None = None) -> printing.AskFn:
    def ask(printer: QPrinter, _parent: QWidget) -> bool:
        if seen is not None:
            size = (
                printer.pageLayout()
                .pageSize()
                .size(printer.pageLayout().pageSize().Unit.Millimeter)
            )
            seen["paper_mm"] = (round(size.width()), round(size.height()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return True

    return ask


def test_seven_slips_print_while_the_window_keeps_answering(
    qtbot: QtBot, shop: Database, tmp_path: Path, window: QWidget, warnings: list[str]
) -> None:
    output = tmp_path / "printed.pdf"
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    slips = _slips(shop, tmp_path)
    # windows an earlier test closed are deleted now, not while the pages go out: each
    # deletion takes Python's lock, which the painting shares (see printing._draw_in_strips)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    started = time.perf_counter()
    assert printing.print_pdf(window, slips, ask=_to_file(output))
    qtbot.waitUntil(lambda: printing.printing_now() == 0, timeout=120_000)
    ended = time.perf_counter()
    timer.stop()
    assert warnings == []
    assert len(PdfReader(output).pages) == len(ORDERS)
    gaps = [later - earlier for earlier, later in pairwise([started, *ticks, ended])]
    assert max(gaps) < 0.5, f"the window was kept waiting {max(gaps):.2f} s ({len(ticks)} ticks)"
    assert output.stat().st_size < 3 * 2**20 * len(ORDERS)  # pages at 300 dpi, not 1200


def test_a_label_file_asks_for_label_paper_and_keeps_its_shape(
    qtbot: QtBot, shop: Database, tmp_path: Path, window: QWidget
) -> None:
    seen: dict[str, object] = {}
    output = tmp_path / "labels.pdf"
    assert printing.print_pdf(
        window, _slips(shop, tmp_path, "label-100x150"), _to_file(output, seen)
    )
    qtbot.waitUntil(lambda: printing.printing_now() == 0, timeout=120_000)
    assert seen["paper_mm"] == (100, 150)
    page = PdfReader(output).pages[0]
    assert [round(float(v) / 72 * 25.4) for v in page.mediabox[2:]] == [100, 150]


def test_cancel_stops_the_job_and_says_nothing_went_wrong(
    qtbot: QtBot,
    shop: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    window: QWidget,
    warnings: list[str],
) -> None:
    started: list[printing.PrintJob] = []
    real_start = printing.PrintJob.start

    cancelled: list[bool] = []

    def start_then_cancel(job: printing.PrintJob) -> None:
        started.append(job)
        job.worker.signals.cancelled.connect(lambda: cancelled.append(True))
        job.worker.cancel()  # as the Cancel button does, before the first page is painted
        real_start(job)

    monkeypatch.setattr(printing.PrintJob, "start", start_then_cancel)
    output = tmp_path / "x.pdf"
    assert printing.print_pdf(window, _slips(shop, tmp_path), ask=_to_file(output))
    qtbot.waitUntil(lambda: printing.printing_now() == 0, timeout=60_000)
    assert started and cancelled == [True] and warnings == []
    assert not output.exists()  # cancelled before the first page: the printer never opened
    assert not started[0].copy.exists()  # the job's own copy is gone too


def test_an_unreadable_file_is_said_and_nothing_is_asked(
    tmp_path: Path, window: QWidget, warnings: list[str]
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    asked: list[QPrinter] = []
    assert not printing.print_pdf(window, broken, ask=lambda p, _w: asked.append(p) or True)
    assert asked == [] and warnings and str(broken) in warnings[0]
