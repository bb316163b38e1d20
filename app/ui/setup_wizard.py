"""The first run: language, the shop, its platforms, the packing station, tracking keys.

Or, on the first page, "open the demo shop" to look around before setting anything up.
Nothing is written until Finish; then keys go to the keyring and everything else to the
database in one transaction, with the mark that the shop is set up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.exc import SQLAlchemyError

from app import shop
from app.i18n import LANGUAGES, choose_language
from app.storage import Database
from app.ui.core_messages import shop_error
from app.ui.icons import app_icon
from app.ui.provider_settings import ProvidersPanel
from app.ui.screen_fit import resize_within_screen
from app.ui.shop_panels import ShopPanel, StationPanel, StoresPanel, error_label

RESTART = 2  # the wizard's result when the user picked another language: build it again


class WelcomePage(QWizardPage):
    def __init__(self, wizard: SetupWizard, language: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to ShipProof"))
        self.setSubTitle(
            self.tr("A few questions and the shop is ready. Everything can be changed later.")
        )
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.currentIndexChanged.connect(
            lambda: wizard.switch_language(self.language.currentData())
        )
        self.own_shop = QRadioButton(self.tr("Set up my shop"))
        self.own_shop.setObjectName("own_shop")
        self.own_shop.setChecked(True)
        self.demo = QRadioButton(
            self.tr("Open the demo shop (invented orders, kept apart from your own shop)")
        )
        self.demo.setObjectName("demo")
        group = QButtonGroup(self)
        group.addButton(self.own_shop)
        group.addButton(self.demo)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.own_shop)
        form.addRow(self.demo)
        self.demo.toggled.connect(self.setFinalPage)  # Qt recomputes Next ↔ Finish from it

    def nextId(self) -> int:
        return -1 if self.demo.isChecked() else super().nextId()  # the demo needs nothing else


class PanelPage(QWizardPage):
    """A wizard page around one of the panels the Settings dialog shows too.

    ``check`` (when given) runs on Next: a :class:`shop.ShopSettingsError` keeps the page
    and says why on it, where the answer is asked, not pages later.
    """

    def __init__(
        self, title: str, subtitle: str, panel: QWidget, check: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.panel = panel
        self._check = check
        self.problem = error_label()
        self.panel_layout = QVBoxLayout(self)
        self.panel_layout.addWidget(panel)
        self.panel_layout.addWidget(self.problem)

    def validatePage(self) -> bool:
        if self._check is None:
            return True
        try:
            self._check()
        except shop.ShopSettingsError as error:
            self.problem.setText(shop_error(error))
            return False
        self.problem.clear()
        return True


class SetupWizard(QWizard):
    """``choice`` is "shop" or "demo" once accepted; ``done(RESTART)`` on a language switch."""

    def __init__(
        self,
        database: Database,
        preferences: Path,
        language: str,
        base_urls: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up ShipProof"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        resize_within_screen(self, 760, 580)
        self._database = database
        self._preferences = preferences
        self.language_chosen: str | None = None
        self.choice = "shop"
        self.settings = shop.ShopSettings(timezone=shop.local_zone())
        self.welcome = WelcomePage(self, language)
        self.shop = ShopPanel(self.settings)
        self.stores = StoresPanel(self.settings)
        self.station = StationPanel(self.settings)
        self.providers = ProvidersPanel(base_urls=base_urls)
        self.addPage(self.welcome)
        self.addPage(
            PanelPage(
                self.tr("Your shop"),
                self.tr("The name is printed on evidence packs."),
                self.shop,
                lambda: self._checked(self.shop, shop.check_name),
            )
        )
        self.addPage(
            PanelPage(
                self.tr("Where you sell"),
                self.tr("Imports recognise each platform's export by itself."),
                self.stores,
                lambda: self._checked(self.stores, shop.check_platforms),
            )
        )
        self.addPage(
            PanelPage(
                self.tr("Packing station"),
                self.tr("How a shift starts at the packing bench."),
                self.station,
            )
        )
        providers_page = PanelPage(
            self.tr("Carrier tracking"),
            self.tr(
                "Optional: keys for the tracking services you have an account with. "
                "They are kept in this computer's keyring."
            ),
            self.providers,
        )
        self.addPage(providers_page)
        self.error = error_label()
        providers_page.panel_layout.addWidget(self.error)

    def _checked(
        self, panel: ShopPanel | StoresPanel, first: Callable[[shop.ShopSettings], None]
    ) -> None:
        """What ``panel`` holds, into the settings; then ``first``, then every other check."""
        panel.collect(self.settings)
        first(self.settings)
        shop.check(self.settings)

    def switch_language(self, code: str) -> None:
        """Remember the language and close, so the launcher builds the wizard again in it."""
        choose_language(self._preferences, code)
        self.language_chosen = code
        self.done(RESTART)

    def accept(self) -> None:
        if self.welcome.demo.isChecked():
            self.choice = "demo"
            super().accept()
            return
        for panel in (self.shop, self.stores, self.station):
            panel.collect(self.settings)
        try:
            shop.check(self.settings)
        except shop.ShopSettingsError as error:  # shown on the last page: Back leads to it
            self.error.setText(shop_error(error))
            return
        if not self.providers.save():
            self.error.setText(  # the panel says why, and what to do
                self.tr(
                    "The keyring did not take the keys (see above). To finish now, leave "
                    "the keys empty and add them later in Settings."
                )
            )
            return
        try:
            shop.save(self._database, self.settings, set_up=True)
        except shop.ShopSettingsError as error:  # what only the shop's stores could tell
            self.error.setText(shop_error(error))
            return
        except (SQLAlchemyError, OSError) as error:
            self.error.setText(
                self.tr("Nothing was saved to the shop: {reason}").format(reason=error)
            )
            return
        self.choice = "shop"
        super().accept()
