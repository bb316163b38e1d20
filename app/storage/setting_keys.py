"""Every key of the ``settings`` table, in one place.

A shop's settings are rows of (key, text) shared by every station; each module that keeps
one imports its key from here, so a key is spelt once and two features can never pick
the same one. ``tests/storage/test_setting_keys.py`` checks the keys are distinct and
that no module writes a setting under a key of its own.
"""

from __future__ import annotations

SHOP_NAME = "shop_name"
TIMEZONE_SETTING = "timezone"  # the shop's IANA zone: order times without an offset, packs
ITEM_CHECKS = "station_item_checks"  # "1": scan every item before the label
SOUNDS = "station_sounds"  # "0": the station is silent
SET_UP = "setup_done"  # "1" once the first-run wizard (or the demo) has set the shop up
FOLDER_SETTING = "backup_folder"  # where daily backups go; a synced cloud folder works
CHOICES_SETTING = "import_profile_choices"  # JSON: the profile chosen for a close call
SEEDED_SETTING = "demo_seeded"  # "1" in the demo shop once its orders are in
ROUTES_SETTING = "provider_routes"  # JSON: the shop's carrier → provider routes
THRESHOLDS_SETTING = "alert_thresholds"  # JSON: the shop's own alert thresholds
TSA_URL_SETTING = "anchor.tsa_url"  # the time-stamping authority anchors go to

KEYS: tuple[str, ...] = (
    SHOP_NAME,
    TIMEZONE_SETTING,
    ITEM_CHECKS,
    SOUNDS,
    SET_UP,
    FOLDER_SETTING,
    CHOICES_SETTING,
    SEEDED_SETTING,
    ROUTES_SETTING,
    THRESHOLDS_SETTING,
    TSA_URL_SETTING,
)
