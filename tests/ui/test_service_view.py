"""The Customer service page: the buyer's words in, where the parcel is and a reply out."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.storage import Database
from app.ui.main_window import MainWindow
from tests.helpers.today import friday_morning

pytestmark = pytest.mark.shop(stocked_by=friday_morning)
WORDS = {
    "en": ("Delivered", "Hello Mia Example, ZTO Express shows your order #6 as delivered"),
    "zh": ("已签收", "亲爱的Mia Example，中通快递显示您的订单 #6 已签收"),
}


def test_a_tracking_number_gives_the_parcel_and_a_reply_to_copy(
    qtbot: QtBot, shop: Database, language: str
) -> None:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    window.show_page("service")
    page = window.service
    qtbot.keyClicks(page.search, "73123456789023")  # as typed, the search waits, then asks
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=5_000)
    status, reply = WORDS[language]
    assert status in page.results.item(0).text()
    assert status in page.story.toPlainText() and "杭州" in page.story.toPlainText()
    assert page.reply.toPlainText().startswith(reply)
    page.copy_reply.click()
    assert QGuiApplication.clipboard().text() == page.reply.toPlainText()
    page.copy_link.click()
    link = "https://www.kuaidi100.com/chaxun?com=zhongtong&nu=73123456789023"
    assert QGuiApplication.clipboard().text() == link
    other = "zh" if language == "en" else "en"
    page.language.setCurrentIndex(page.language.findData(other))  # the buyer's language
    assert page.reply.toPlainText().startswith(WORDS[other][1])


def test_an_order_not_sent_yet_has_no_link_and_a_stranger_finds_nothing(
    qtbot: QtBot, shop: Database
) -> None:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    page = window.service
    page.search.setText("#1")
    page.look_up()
    [first] = [page.answers[i].order_id for i in range(len(page.answers)) if i == 0]
    assert first == "#1" and page.current() is not None
    assert not page.copy_link.isEnabled() and "#1" in page.reply.toPlainText()
    page.search.setText("someone else")
    page.look_up()
    assert page.results.count() == 0 and page.reply.toPlainText() == ""
    assert not page.copy_reply.isEnabled()
