"""What a complete installation carries: every resource set, each file of it named.

``shipproof selftest`` holds the installed resources against this table, so a wheel that
lost a package-data glob or a bundle that lost a folder fails by name instead of passing
empty ("0 platform profiles"). The table is code, not a file among the resources: the floor
must not go missing together with the files it guards.

A set's floor is the list of its files: as many as are named, and these ones, so a shortfall
says which file is gone. Extra files are welcome (a profile added to ``platforms/`` is
counted); a test keeps the lists level with the tree, so the floor rises with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.catalogue import QT_TRANSLATE_NOOP, Said, said_text
from app.tracking.providers.registry import PROVIDERS


@dataclass(frozen=True)
class ResourceSet:
    """Files of one kind under the resource root, which the app cannot work without."""

    name: str
    files: tuple[str, ...]  # paths under the resource root, "/"-separated
    counted: str | None = None  # glob of the files the set counts, extras included


# Translation sources: the GUI reads the .qm lrelease compiles from each (a bundle carries
# them, a checkout or a wheel compiles them when first needed); the core reads the .ts
# itself (app/catalogue.py), so a bundle carries both.
TRANSLATION_SOURCES = ("i18n/shipproof_en.ts", "i18n/shipproof_zh_CN.ts")

PLATFORM_PROFILES = (
    "amazon_all_orders", "amazon_orders", "amazon_unshipped", "douyin", "ebay", "ebay_legacy",
    "etsy", "jd", "pinduoduo", "qianniu", "shopee", "shopify", "taobao", "tiktok",
    "wechat_shop", "woocommerce", "woocommerce_analytics", "woocommerce_webtoffee",
    "woocommerce_wpallexport",
)  # fmt: skip
SHIPPING_EXPORTS = ("amazon", "douyin", "ebay", "pinduoduo", "shopify", "taobao")
ACTION_ICONS = (
    "about", "alerts", "backup", "evidence", "help", "import", "print", "refresh", "search",
    "service", "settings", "station", "today",
)  # fmt: skip
DEMO_EXPORTS = (
    "ExportOrderDetailList202611200900.csv",
    "ExportOrderList202611200900.csv",
    "amazon_unshipped_orders.txt",
    "pinduoduo_orders.csv",
    "shopify_orders_export.csv",
)

RESOURCE_SETS = (
    ResourceSet(
        "platform profiles",
        tuple(f"platforms/{name}.yaml" for name in PLATFORM_PROFILES),
        "platforms/*.yaml",
    ),
    # one map for every provider the app can call, so a new provider needs its map here too
    ResourceSet(
        "status maps",
        tuple(f"status_maps/{name}.yaml" for name in sorted(PROVIDERS)),
        "status_maps/*.yaml",
    ),
    ResourceSet(
        "carrier rules",
        (
            "carriers/number_rules.yaml",
            "carriers/upu_countries.yaml",
            "carriers/carrier_names.yaml",
            "carriers/provider_routes.yaml",
        ),
    ),
    ResourceSet(
        "shipping-export layouts",
        tuple(f"shipping_exports/{name}.yaml" for name in SHIPPING_EXPORTS),
        "shipping_exports/*.yaml",
    ),
    ResourceSet("fonts", ("fonts/wqy-microhei.ttc",)),  # PDFs and the GUI's CJK fallback
    ResourceSet(
        "sounds", tuple(f"sounds/{name}.wav" for name in ("ok", "info", "warning", "error"))
    ),
    ResourceSet("translations", TRANSLATION_SOURCES),
    ResourceSet(
        "icons",
        (
            "icons/shipproof.svg",
            *(f"icons/actions/{name}{dark}.svg" for name in ACTION_ICONS for dark in ("", "-dark")),
        ),
        "icons/actions/*.svg",
    ),
    ResourceSet("demo exports", tuple(f"demo/{name}" for name in DEMO_EXPORTS)),
    ResourceSet(
        "rules and tables",
        (
            "evidence/rules.yaml",
            "evidence/checklists.yaml",
            "alert_rules.yaml",
            "china_regions.yaml",
            "linux_packages.yaml",
            "service/replies.yaml",
            "service/tracking_links.yaml",
        ),
    ),
)


# each set as the self-test names it, in the reader's language
SET_NAMES = {
    "platform profiles": QT_TRANSLATE_NOOP("Selftest", "platform profiles"),
    "status maps": QT_TRANSLATE_NOOP("Selftest", "status maps"),
    "carrier rules": QT_TRANSLATE_NOOP("Selftest", "carrier rules"),
    "shipping-export layouts": QT_TRANSLATE_NOOP("Selftest", "shipping-export layouts"),
    "fonts": QT_TRANSLATE_NOOP("Selftest", "fonts"),
    "sounds": QT_TRANSLATE_NOOP("Selftest", "sounds"),
    "translations": QT_TRANSLATE_NOOP("Selftest", "translations"),
    "icons": QT_TRANSLATE_NOOP("Selftest", "icons"),
    "demo exports": QT_TRANSLATE_NOOP("Selftest", "demo exports"),
    "rules and tables": QT_TRANSLATE_NOOP("Selftest", "rules and tables"),
}


def installed_names(name: str, frozen: bool) -> tuple[str, ...]:
    """The files an installation carries for ``name``: in a bundle a translation source and
    the .qm lrelease compiled from it (Qt loads the .qm; the core, which runs without Qt,
    reads the source's sentences for the command line and the packs)."""
    if frozen and name in TRANSLATION_SOURCES:
        return name, name.removesuffix(".ts") + ".qm"
    return (name,)


@dataclass(frozen=True)
class SetFound:
    """How much of one set an installation holds."""

    set: ResourceSet
    missing: tuple[str, ...]
    count: int  # files present: the named ones, and extras matching the set's glob

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def said(self) -> Said:
        """ "fonts 1", or "sounds 3 of 4, missing sounds/ok.wav", in any reader's language."""
        name = said_text("Selftest", SET_NAMES.get(self.set.name, self.set.name))
        if self.missing:
            return said_text(
                "Selftest",
                QT_TRANSLATE_NOOP("Selftest", "{set} {found} of {named}, missing {files}"),
                set=name,
                found=len(self.set.files) - len(self.missing),
                named=len(self.set.files),
                files=", ".join(self.missing),
            )
        return said_text(
            "Selftest", QT_TRANSLATE_NOOP("Selftest", "{set} {count}"), set=name, count=self.count
        )

    def __str__(self) -> str:
        return str(self.said)


def survey(root: Path, frozen: bool) -> list[SetFound]:
    """Every set of :data:`RESOURCE_SETS` as found under ``root``."""
    found = []
    for wanted in RESOURCE_SETS:
        names = [each for name in wanted.files for each in installed_names(name, frozen)]
        present = {name for name in names if root.joinpath(*name.split("/")).is_file()}
        if wanted.counted:  # extras beyond the named files count too
            present |= {path.relative_to(root).as_posix() for path in root.glob(wanted.counted)}
        missing = tuple(name for name in names if name not in present)
        found.append(SetFound(wanted, missing, len(present)))
    return found


def floor(name: str) -> int:
    """How many files the set called ``name`` must hold at least."""
    return next(len(wanted.files) for wanted in RESOURCE_SETS if wanted.name == name)
