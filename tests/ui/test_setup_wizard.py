"""The first-run wizard, clicked through as a new shop owner would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from app import shop
from app.i18n import chosen_language
from app.storage import Database
from app.tracking.config import KEYRING_SERVICE
from app.ui.setup_wizard import RESTART, SetupWizard
from tests.helpers.keyring import MemoryKeyring
from tests.helpers.wizard import at_the_stores_page, finish, next_page, tick

pytestmark = pytest.mark.gui


def test_a_new_shop_is_set_up_page_by_page(
    qtbot, database: Database, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    assert shop.needs_setup(database)
    wizard = SetupWizard(database, tmp_path, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.shop.name, "Lucky Cat Goods")
    wizard.shop.timezone.setCurrentText("Europe/Berlin")
    next_page(qtbot, wizard)
    for platform in ("taobao", "shopify"):
        tick(qtbot, wizard.stores.boxes[platform])
    wizard.stores.names["shopify"].setText("EU store")
    next_page(qtbot, wizard)
    tick(qtbot, wizard.station.item_checks)
    next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.providers.fields["dhl"]["key"], "dhl-key-typed-in")
    finish(qtbot, wizard)

    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.choice == "shop"
    with database.session() as session:
        saved = shop.load(session)
    assert saved.name == "Lucky Cat Goods" and saved.timezone == "Europe/Berlin"
    assert saved.stores == [("shopify", "EU store"), ("taobao", "Taobao / Tmall")]
    assert saved.item_checks and saved.sounds
    assert memory_keyring.secrets[(KEYRING_SERVICE, "dhl:key")] == "dhl-key-typed-in"
    assert not shop.needs_setup(database)


def test_the_demo_needs_no_answers_and_saves_nothing(
    qtbot, database: Database, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    wizard = SetupWizard(database, tmp_path, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    tick(qtbot, wizard.welcome.demo)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.choice == "demo"
    assert shop.needs_setup(database) and memory_keyring.secrets == {}


def test_choosing_a_language_rebuilds_the_wizard_in_it(
    qtbot, database: Database, tmp_path: Path
) -> None:
    wizard = SetupWizard(database, tmp_path, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome.language.setCurrentIndex(wizard.welcome.language.findData("zh"))
    assert wizard.result() == RESTART and wizard.language_chosen == "zh"
    assert chosen_language(tmp_path) == "zh"


def test_a_bad_answer_is_named_on_its_page_and_nothing_is_written(
    qtbot, database: Database, tmp_path: Path
) -> None:
    wizard = SetupWizard(database, tmp_path, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    next_page(qtbot, wizard)
    shop_page = wizard.currentPage()
    next_page(qtbot, wizard)  # no name yet: Next is refused, and the page says why
    assert wizard.currentPage() is shop_page
    assert "the shop needs a name" in shop_page.problem.text()
    wizard.shop.name.setText("Lucky Cat Goods")
    wizard.shop.timezone.setCurrentText("Atlantis/Capital")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is shop_page and "Atlantis/Capital" in shop_page.problem.text()
    wizard.shop.timezone.setCurrentText("Europe/Berlin")
    next_page(qtbot, wizard)
    stores_page = wizard.currentPage()
    next_page(qtbot, wizard)  # no platform ticked
    assert wizard.currentPage() is stores_page
    assert "tick at least one platform" in stores_page.problem.text()
    assert shop.needs_setup(database)


STORE_NEEDS_A_NAME = {"en": "the JD.com store needs a name", "zh": "京东店铺需要一个名称"}


def test_a_store_without_a_name_is_refused_in_the_wizards_language(
    qtbot, database: Database, tmp_path: Path, language: str
) -> None:
    wizard = at_the_stores_page(qtbot, SetupWizard(database, tmp_path, language))
    stores_page = wizard.currentPage()
    tick(qtbot, wizard.stores.boxes["jd"])
    wizard.stores.names["jd"].setText("   ")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is stores_page
    assert stores_page.problem.text() == STORE_NEEDS_A_NAME[language]
    assert shop.needs_setup(database)


def test_a_mistake_on_the_stores_page_can_be_put_right(
    qtbot, database: Database, tmp_path: Path
) -> None:
    """Found in review: each Next added the ticked stores to the last ones, so a store
    once named wrong, or ticked and unticked, stayed for good."""
    wizard = at_the_stores_page(qtbot, SetupWizard(database, tmp_path, "en"))
    stores_page = wizard.currentPage()
    tick(qtbot, wizard.stores.boxes["shopify"])
    wizard.stores.names["shopify"].setText("")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is stores_page  # refused: no name
    wizard.stores.names["shopify"].setText("EU store")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is not stores_page  # put right, so on
    wizard.back()
    tick(qtbot, wizard.stores.boxes["shopify"])  # untick it again
    tick(qtbot, wizard.stores.boxes["taobao"])
    for _ in range(3):
        next_page(qtbot, wizard)
    finish(qtbot, wizard)
    with database.session() as session:
        assert shop.load(session).stores == [("taobao", "Taobao / Tmall")]
