"""Load the GUI's translations: ShipProof's own .qm and Qt's, for the chosen language.

The .ts files under ``app/resources/i18n`` are the sources; .qm files are build products and
are not kept in git. A packaged app gets them from the build, which runs
``python -m app.ui.translations --compile app/resources/i18n`` before PyInstaller. A source
checkout compiles them on demand with the ``lrelease`` that ships in the PySide6 wheel,
into a cache folder, whenever a .ts is newer than its .qm; without ``lrelease`` the GUI
stays in English and says why in the log, rather than refusing to start.
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.catalogue import QT_LOCALES
from app.paths import APP_NAME, resource

log = logging.getLogger(__name__)

TRANSLATOR_NAME = "shipproof-translator"  # marks the translators this module installed


class TranslationsUnavailable(RuntimeError):
    """No compiled translation and no ``lrelease`` to make one."""


def lrelease_binary() -> Path | None:
    """The ``lrelease`` beside the PySide6 package (``lrelease.exe`` in Windows wheels)."""
    folder = Path(PySide6.__file__).parent
    return next(
        (folder / name for name in ("lrelease", "lrelease.exe") if (folder / name).is_file()), None
    )


def compile_translations(target_dir: Path) -> list[Path]:
    """Compile every ``app/resources/i18n/*.ts`` into ``target_dir``; return the .qm files.

    Raises:
        TranslationsUnavailable: no ``lrelease`` here, or it refused a file.
    """
    binary = lrelease_binary()
    if binary is None:
        raise TranslationsUnavailable("lrelease is not installed with PySide6 here")
    target_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sorted(resource("i18n").glob("*.ts")):
        target = target_dir / source.with_suffix(".qm").name
        try:
            run = subprocess.run(
                [str(binary), "-silent", str(source), "-qm", str(target)],
                capture_output=True,
                text=True,
                check=False,
            )
        except OSError as error:  # present but not runnable (permissions, wrong platform)
            raise TranslationsUnavailable(f"lrelease could not run: {error}") from error
        if run.returncode != 0 or not target.is_file():
            raise TranslationsUnavailable(f"lrelease failed on {source.name}: {run.stderr.strip()}")
        compiled.append(target)
    return compiled


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def compiled_file(locale_name: str, cache_dir: Path | None = None) -> Path:
    """The up-to-date ``shipproof_<locale_name>.qm``: bundled, cached, or compiled now.

    Raises:
        TranslationsUnavailable: there is none and it cannot be made.
    """
    name = f"shipproof_{locale_name}"
    source = resource("i18n", f"{name}.ts")
    bundled = source.with_suffix(".qm")
    if _fresh(bundled, source) or (getattr(sys, "frozen", False) and bundled.is_file()):
        return bundled
    cache = cache_dir or Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n"
    cached = cache / bundled.name
    if not _fresh(cached, source):
        compile_translations(cache)
    return cached


def _load(application: QApplication, path: Path) -> None:
    translator = QTranslator(application)
    if not translator.load(str(path)):
        translator.deleteLater()
        log.warning("could not load the translation %s", path)
        return
    translator.setObjectName(TRANSLATOR_NAME)
    application.installTranslator(translator)


def remove_translators(application: QApplication) -> None:
    """Take out every translator :func:`install_translators` put in: back to the source text,
    and to a locale that speaks it (the language the windows ask for follows the locale)."""
    for old in application.findChildren(QTranslator, TRANSLATOR_NAME):
        application.removeTranslator(old)
        old.deleteLater()
    _speak_english()


def _speak_english() -> None:
    """The system's locale for numbers and dates, unless it is Chinese: then plain English."""
    system = QLocale.system()
    english = system.language() != QLocale.Language.Chinese
    QLocale.setDefault(system if english else QLocale(QLocale.Language.English))


def install_translators(
    application: QApplication, language: str, cache_dir: Path | None = None
) -> None:
    """Speak ``language`` ("en" or "zh") in every window built from now on.

    Translators installed by an earlier call are removed first, so switching works. For
    Chinese, Qt's own catalogue comes too, so standard buttons and dialogs match.
    """
    remove_translators(application)
    chinese = language == "zh"
    try:
        _load(application, compiled_file(QT_LOCALES.get(language, "en"), cache_dir))
    except TranslationsUnavailable as error:
        if chinese:
            log.warning("the GUI stays in English: %s", error)
        chinese = False
    if chinese:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(application, qt_folder / "qtbase_zh_CN.qm")
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def main(argv: list[str] | None = None) -> int:
    """``--compile DIR``: the build step that puts the .qm files where PyInstaller finds them."""
    parser = argparse.ArgumentParser(prog="python -m app.ui.translations")
    parser.add_argument("--compile", type=Path, required=True, metavar="DIR")
    args = parser.parse_args(argv)
    try:
        for path in compile_translations(args.compile):
            print(path)
    except TranslationsUnavailable as error:
        print(f"translations: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
