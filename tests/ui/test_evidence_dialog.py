"""The evidence dialog as a user drives it: preview, language, save, print, batch, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtPdf import QPdfDocument

from app.storage import Database
from app.ui.evidence_dialog import EvidenceDialog
from app.ui.orders_view import OrdersView
from tests.helpers.shop import ORDER, two_tracked_orders

pytestmark = pytest.mark.shop(stocked_by=two_tracked_orders)


def wait_idle(qtbot, dialog: EvidenceDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog._worker is None and dialog.language.isEnabled(), timeout=20_000)


def test_preview_language_save_and_print(qtbot, shop: Database, tmp_path: Path) -> None:
    printed: list[Path] = []
    saved = tmp_path / "for-the-platform.pdf"
    dialog = EvidenceDialog(
        shop,
        [ORDER],
        printer=lambda _parent, path: printed.append(path) or True,
        choose_file=lambda _parent, _name: saved,
    )
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.document.pageCount() >= 1
    assert "Integrity ok" in dialog.status.text()

    dialog.language.setCurrentIndex(1)  # 中文: the pack is made again
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = " ".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "举证包" in text and "138****8000" in text
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed and printed[0].read_bytes() == saved.read_bytes()


def test_batch_for_a_selection_writes_one_pack_per_parcel(
    qtbot,
    shop: Database,
    tmp_path: Path,
) -> None:
    view = OrdersView(shop)
    qtbot.addWidget(view)
    selection = view.table.selectionModel()
    for row in (0, 1):
        selection.select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    dialog = view.open_evidence()
    assert dialog is not None and not dialog.preview_mode
    folder = tmp_path / "packs"
    dialog._choose_folder = lambda _parent: folder
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        Path(str(pack.file)).name for pack in dialog.packs
    )
    assert len(dialog.packs) == 2 and "2 pack(s) written" in dialog.status.text()


def test_a_cancelled_batch_writes_nothing(qtbot, shop: Database, tmp_path: Path) -> None:
    dialog = EvidenceDialog(shop, [ORDER, "3002"], choose_folder=lambda _parent: tmp_path / "x")
    qtbot.addWidget(dialog)
    dialog.write_batch()
    dialog.cancel()  # before the worker's first check: nothing is rendered or written
    wait_idle(qtbot, dialog)
    assert "Cancelled" in dialog.status.text()
    assert not (tmp_path / "x").exists()


def test_options_changed_while_rendering_are_not_lost(qtbot, shop: Database) -> None:
    dialog = EvidenceDialog(shop, [ORDER])
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(1)  # while the English pack is still being made
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: "/zh/" in str(dialog.packs[0].file).replace("\\", "/"), timeout=20_000)
    wait_idle(qtbot, dialog)
    text = PdfReader(str(dialog.packs[0].file)).pages[0].extract_text()
    assert "举证包" in text


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)])
def test_the_preview_fits_a_laptop_screen(
    qtbot, shop: Database, monkeypatch: pytest.MonkeyPatch, screen: tuple[int, int]
) -> None:
    """Print and Save stay on screen: the dialog opens no larger than the screen's free area."""
    width, height = screen
    free = QRect(0, 0, width, height - 40)  # a taskbar
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: free)
    dialog = EvidenceDialog(shop, [ORDER])
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    dialog.show()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    assert dialog.minimumSizeHint().height() <= dialog.height()
    for button in (dialog.print_button, dialog.save_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), button.text()
