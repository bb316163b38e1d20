"""Whether this Linux computer has the system libraries ShipProof's window needs, asked
before Qt is imported.

PySide6's wheels carry Qt but not the desktop's own libraries underneath it (GLib, OpenGL,
fontconfig, D-Bus, the X11 xcb family). When one is missing, importing a Qt module fails
with a bare ImportError, and creating the QApplication aborts the process with Qt's guess
"xcb-cursor0 or libxcb-cursor0 is needed", printed whichever library was in fact missing.

So, before any Qt import, this module reads the ELF files Qt is about to load — the Qt
modules app/ui imports, the platform plugin, the image and icon plugins — follows their
DT_NEEDED entries through the libraries PySide6 ships itself, and asks the system's dynamic
loader for every library that must come from the system. The loader's own answer (dlopen)
is the only reliable one: it honours ld.so.cache, LD_LIBRARY_PATH and multiarch folders as Qt
will. Missing libraries are named with the Debian/Ubuntu package that holds each
(``app/resources/linux_packages.yaml``), so the command line can print the line that installs
them. xcb-cursor, Qt's usual suspect, is simply one of the DT_NEEDED of the xcb plugin's
library (libQt6XcbQpa) and is checked like the others.

It runs at every GUI start, so it is measured: 15-25 ms on a 2-core box — 6 ms to read some
30 ELF headers, 10 ms for 40 dlopen calls of libraries Qt loads a moment later anyway —
where running ``ldd`` on the same files took 170-440 ms.
"""

from __future__ import annotations

import ctypes
import importlib.util
import logging
import os
import shutil
import struct
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app.paths import resource
from app.yaml_text import load_yaml

log = logging.getLogger(__name__)

# The Qt modules app/ui imports as it starts (QtMultimedia is a feature below: app/ui
# imports it only when a sound plays or a camera starts, and goes on without it).
WINDOW_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport")
# Plugins the window draws with: the icons are SVG, the camera's stills JPEG.
WINDOW_PLUGINS = (
    "imageformats/libqsvg.so",
    "imageformats/libqjpeg.so",
    "iconengines/libqsvgicon.so",
)


@dataclass(frozen=True)
class Feature:
    """A part of the app that switches itself off when its libraries are missing."""

    modules: tuple[str, ...]
    plugins: tuple[str, ...]  # globs under Qt/plugins


FEATURES: dict[str, Feature] = {
    "sound_camera": Feature(("QtMultimedia",), ("multimedia/*.so",)),
    "printers": Feature((), ("printsupport/*.so",)),
}

# Only tests set this: the platform plugin to check instead of the installed one (a copy
# whose DT_NEEDED names a library no computer has).
PLUGIN_OVERRIDE = "SHIPPROOF_CHECK_PLATFORM_PLUGIN"

_DT_NEEDED, _DT_STRTAB, _DT_STRSZ = 1, 5, 10
_PT_LOAD, _PT_DYNAMIC = 1, 2
_CANNOT_OPEN = "cannot open shared object file"


class NotAnElf(ValueError):
    """The file is not an ELF shared object this reader understands."""


def needed(path: Path) -> list[str]:
    """The DT_NEEDED sonames of the ELF file at ``path``, in their order.

    Reads only the header, the program headers, the dynamic section and its string
    table — a few hundred bytes of a Qt library that weighs megabytes.
    """
    with path.open("rb") as elf:
        ident = elf.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF" or ident[4] not in (1, 2):
            raise NotAnElf(f"{path} is not an ELF file")
        wide = ident[4] == 2
        order = "<" if ident[5] == 1 else ">"
        header = struct.Struct(order + ("HHIQQQIHHHHHH" if wide else "HHIIIIIHHHHHH"))
        fields = header.unpack(_read(elf, 16, header.size))
        phoff, phentsize, phnum = fields[4], fields[8], fields[9]
        program = struct.Struct(order + ("IIQQQQQQ" if wide else "IIIIIIII"))
        loads: list[tuple[int, int, int]] = []  # (vaddr, offset, size in file)
        dynamic: tuple[int, int] | None = None  # (offset, size)
        for index in range(phnum):
            entry = program.unpack(_read(elf, phoff + index * phentsize, program.size))
            if wide:
                kind, offset, vaddr, filesz = entry[0], entry[2], entry[3], entry[5]
            else:
                kind, offset, vaddr, filesz = entry[0], entry[1], entry[2], entry[4]
            if kind == _PT_LOAD:
                loads.append((vaddr, offset, filesz))
            elif kind == _PT_DYNAMIC:
                dynamic = (offset, filesz)
        if dynamic is None:
            return []  # statically linked: needs nothing
        pair = struct.Struct(order + ("qQ" if wide else "iI"))
        raw = _read(elf, dynamic[0], dynamic[1])
        names: list[int] = []
        strtab = strsz = 0
        for start in range(0, len(raw) - pair.size + 1, pair.size):
            tag, value = pair.unpack_from(raw, start)
            if tag == 0:
                break
            if tag == _DT_NEEDED:
                names.append(value)
            elif tag == _DT_STRTAB:
                strtab = value
            elif tag == _DT_STRSZ:
                strsz = value
        table = _read(elf, _file_offset(path, loads, strtab), strsz)
    return [table[at : table.index(b"\0", at)].decode("utf-8", "replace") for at in names]


def _read(elf: BinaryIO, offset: int, size: int) -> bytes:
    elf.seek(offset)
    data = elf.read(size)
    if len(data) != size:
        raise NotAnElf("truncated ELF file")
    return data


def _file_offset(path: Path, loads: Iterable[tuple[int, int, int]], address: int) -> int:
    """Where the byte loaded at virtual ``address`` sits in the file."""
    for vaddr, offset, size in loads:
        if vaddr <= address < vaddr + size:
            return address - vaddr + offset
    raise NotAnElf(f"{path}: its string table lies outside every loaded segment")


@dataclass(frozen=True)
class QtFiles:
    """Where the installed PySide6 keeps its modules, plugins and own libraries."""

    package: Path
    plugins: Path
    bundled: dict[str, Path]  # file name → path, for every shared library shipped with Qt

    def module(self, name: str) -> Path | None:
        """The extension file of ``PySide6.<name>`` (``QtCore.abi3.so``), if installed."""
        return next(iter(sorted(self.package.glob(f"{name}.*so"))), None)

    def plugin_files(self, pattern: str) -> list[Path]:
        return sorted(self.plugins.glob(pattern))

    def files(self, modules: Iterable[str], plugins: Iterable[str]) -> list[Path]:
        """The installed files of these modules and plugin globs (absent ones left out)."""
        found = [path for name in modules if (path := self.module(name))]
        return found + [path for pattern in plugins for path in self.plugin_files(pattern)]


def find_qt() -> QtFiles | None:
    """The installed PySide6 (in a source install or a frozen bundle), without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    more: list[Path] = []
    shiboken = importlib.util.find_spec("shiboken6")
    if shiboken is not None and shiboken.submodule_search_locations:
        more.append(Path(next(iter(shiboken.submodule_search_locations))))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        more.append(Path(frozen))  # PyInstaller puts the libraries it collected here
    return qt_files(Path(next(iter(spec.submodule_search_locations))), more)


def qt_files(package: Path, more: Iterable[Path] = ()) -> QtFiles:
    """PySide6's files under ``package``, with the shared libraries it ships indexed by name
    (in ``package``, ``package/Qt/lib`` and the ``more`` folders)."""
    bundled: dict[str, Path] = {}
    for folder in (package, package / "Qt" / "lib", *more):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if ".so" in entry.name:
                bundled.setdefault(entry.name, Path(entry.path))
    return QtFiles(package, package / "Qt" / "plugins", bundled)


def system_needs(roots: Iterable[Path], bundled: Mapping[str, Path]) -> dict[str, set[Path]]:
    """Every soname the ``roots`` need that Qt does not ship → the files that need it.

    Libraries Qt ships are followed (their own needs count); a system library is not: the
    loader checks its dependencies when it is opened.
    """
    wanted: dict[str, set[Path]] = {}
    seen: set[Path] = set()
    pending = list(roots)
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            sonames = needed(current)
        except (OSError, NotAnElf) as error:
            log.warning("cannot read the libraries %s needs: %s", current, error)
            continue
        for soname in sonames:
            if soname in bundled:
                pending.append(bundled[soname])
            else:
                wanted.setdefault(soname, set()).add(current)
    return wanted


Probe = Callable[[str], str | None]


def dlopen_probe(soname: str) -> str | None:
    """None when the system's loader opens ``soname``; else the library it could not find.

    That may be one of ``soname``'s own dependencies, which the loader names. Any other
    failure (a wrong architecture, a missing symbol) is logged and not blamed on a
    missing library: Qt will say what it is.
    """
    try:
        ctypes.CDLL(soname, mode=os.RTLD_LAZY)
    except OSError as error:
        # a PyInstaller bundle's ctypes raises its own "Failed to load dynlib" error from
        # the loader's, which alone names the missing library
        text = str(error.__cause__ if isinstance(error.__cause__, OSError) else error)
        if _CANNOT_OPEN in text:
            return text.split(":", 1)[0].strip() or soname
        log.warning("%s is installed but cannot be loaded: %s", soname, text)
    return None


def missing_of(sonames: Iterable[str], probe: Probe, cache: dict[str, str | None]) -> set[str]:
    """The libraries the loader cannot find, among ``sonames`` and their dependencies."""
    missing = set()
    for soname in sonames:
        if soname not in cache:
            cache[soname] = probe(soname)
        found = cache[soname]
        if found is not None:
            missing.add(found)
    return missing


def confirmed(missing: set[str], roots: Iterable[Path], probe: Probe) -> set[str]:
    """``missing``, unless the loader opens every root file after all.

    Only then does the loader load the Qt files themselves (it stops at the first missing
    library, so it could not have listed them all): a library found through a RUNPATH this
    module does not follow must not keep the window shut.
    """
    if missing and all(probe(str(root)) is None for root in roots):
        log.warning("%s seemed missing, yet the loader opens every Qt file", sorted(missing))
        return set()
    return missing


@dataclass(frozen=True)
class MissingLibrary:
    """A system library the loader cannot find, and the package that holds it if known."""

    soname: str
    package: str | None


@dataclass(frozen=True)
class WindowCheck:
    """What stands between this computer and ShipProof's window."""

    no_display: bool = False
    missing: tuple[MissingLibrary, ...] = ()  # the window cannot open without these
    features_off: dict[str, tuple[MissingLibrary, ...]] = field(default_factory=dict)

    @property
    def window_can_open(self) -> bool:
        return not self.no_display and not self.missing


@dataclass(frozen=True)
class Platform:
    """The Qt platform plugin the start will load, and whether it needs an X display."""

    name: str | None  # None: Qt picks among several, each with its fallback
    needs_x_display: bool


def qt_platform(env: Mapping[str, str]) -> Platform:
    """Which platform plugin Qt will load, read as Qt reads QT_QPA_PLATFORM.

    Unset, Qt uses xcb, except in a Wayland session, where it may pick Wayland or fall back
    to xcb through XWayland: no single plugin is checked then (a Wayland desktop has the
    Wayland libraries; the Qt modules are still checked). ``xcb:option`` keeps only the name;
    a ``;`` list is Qt's own fallback chain and is not second-guessed.
    """
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        if ";" in chosen:
            return Platform(None, needs_x_display=False)
        name = chosen.split(":", 1)[0]
        return Platform(name, needs_x_display=name == "xcb")
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return Platform(None, needs_x_display=False)
    return Platform("xcb", needs_x_display=True)


def check_window(
    env: Mapping[str, str] | None = None,
    qt: QtFiles | None = None,
    probe: Probe = dlopen_probe,
    packages: Mapping[str, str] | None = None,
) -> WindowCheck:
    """Check, on Linux, what the window needs; elsewhere (and without PySide6) say nothing.

    Args:
        env: the environment Qt will read (default: this process's).
        qt: the PySide6 files (default: the installed PySide6).
        probe: asks the loader for one library (tests give a fake one).
        packages: soname → package (default: ``app/resources/linux_packages.yaml``, read only
            when something is missing).
    """
    if not sys.platform.startswith("linux"):
        return WindowCheck()
    environment = os.environ if env is None else env
    platform = qt_platform(environment)
    if platform.needs_x_display and not environment.get("DISPLAY"):
        return WindowCheck(no_display=True)
    files = qt or find_qt()
    if files is None:
        return WindowCheck()  # no PySide6: the import error will say so
    roots = files.files(WINDOW_MODULES, WINDOW_PLUGINS)
    override = environment.get(PLUGIN_OVERRIDE)
    if override:
        roots.append(Path(override))
    elif platform.name:
        roots += files.plugin_files(f"platforms/libq{platform.name}.so")
    cache: dict[str, str | None] = {}
    missing = confirmed(missing_of(system_needs(roots, files.bundled), probe, cache), roots, probe)
    off: dict[str, set[str]] = {}
    for key, feature in FEATURES.items():
        parts = files.files(feature.modules, feature.plugins)
        lacking = missing_of(system_needs(parts, files.bundled), probe, cache) - missing
        if confirmed(lacking, parts, probe):
            off[key] = lacking
    if not missing and not off:
        return WindowCheck()
    known = linux_packages() if packages is None else packages
    return WindowCheck(
        missing=_named(missing, known),
        features_off={key: _named(sonames, known) for key, sonames in off.items()},
    )


def _named(sonames: Iterable[str], packages: Mapping[str, str]) -> tuple[MissingLibrary, ...]:
    return tuple(MissingLibrary(name, packages.get(name)) for name in sorted(sonames))


def linux_packages() -> dict[str, str]:
    """soname → the Debian/Ubuntu package that holds it (``app/resources/linux_packages.yaml``)."""
    loaded = load_yaml(resource("linux_packages.yaml").read_text(encoding="utf-8"))
    table = loaded.get("packages") if isinstance(loaded, dict) else None
    if not isinstance(table, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in table.items()
    ):
        raise ValueError("app/resources/linux_packages.yaml: 'packages' must map sonames to names")
    return table


def install_command(libraries: Iterable[MissingLibrary]) -> str | None:
    """``sudo apt-get install …`` for the known packages, or None off Debian/Ubuntu."""
    names = sorted({library.package for library in libraries if library.package})
    if not names or shutil.which("apt-get") is None:
        return None
    prefix = "" if os.geteuid() == 0 else "sudo "
    return f"{prefix}apt-get install {' '.join(names)}"
