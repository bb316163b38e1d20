"""Refresh app/resources/i18n/*.ts, the one catalogue of every sentence, after one changes.

lupdate reads the whole ``app`` package: the GUI's ``tr()`` calls and the core's
``QT_TRANSLATE_NOOP("Context", "template")`` declarations (:mod:`app.catalogue`), so the
command line and the PDFs are translated in the same files as the GUI.

Existing translations are kept; new or changed messages come in marked unfinished, and
messages no source uses any more are dropped. Translate the unfinished ones in Qt
Linguist (``pyside6-linguist app/resources/i18n/shipproof_zh_CN.ts``) or in a text editor;
tests/ui/test_translations.py fails until every one is done. The English file holds only
plural forms ("%n order(s)" → "1 order" / "2 orders").

Run: ``python tools/update_translations.py`` (``--output DIR`` writes the files elsewhere).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import PySide6  # noqa: TID251 - only to find lupdate beside it

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from app.catalogue import QT_LOCALES  # noqa: E402 - the one list of the app's languages

# locale → extra lupdate options; English, the source language, only needs its plural forms
LOCALES: dict[str, list[str]] = {
    locale: ["-pluralonly"] if code == "en" else [] for code, locale in QT_LOCALES.items()
}


def lupdate_binary() -> Path:
    folder = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"no lupdate in {folder}: reinstall PySide6")


def sources() -> list[Path]:
    """Every module of the app: the GUI's and the core's sentences alike."""
    return sorted((ROOT / "app").rglob("*.py"))


def update(output: Path) -> list[Path]:
    """Merge the sources' messages into ``output``/shipproof_<locale>.ts; return the files."""
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for locale, options in LOCALES.items():
        target = output / f"shipproof_{locale}.ts"
        command = [str(lupdate_binary()), *map(str, sources()), "-silent", "-no-obsolete"]
        command += ["-source-language", "en", "-target-language", locale, *options]
        subprocess.run([*command, "-ts", str(target)], check=True)
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "app" / "resources" / "i18n")
    for path in update(parser.parse_args().output):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
