"""The check of the system libraries Qt's window needs on Linux, before Qt is imported.

Most tests build tiny ELF files whose DT_NEEDED they choose, lay them out as PySide6 does,
and answer the loader's questions with a fake probe, so they run anywhere. The tests marked
for Linux read the installed PySide6: its libraries must all be in the package table, and
README's apt line must install them.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app import system_libraries
from app.system_libraries import (
    FEATURES,
    PLUGIN_OVERRIDE,
    WINDOW_MODULES,
    WINDOW_PLUGINS,
    MissingLibrary,
    NotAnElf,
    Platform,
    check_window,
    dlopen_probe,
    find_qt,
    install_command,
    linux_packages,
    needed,
    qt_files,
    qt_platform,
    system_needs,
)

ROOT = Path(__file__).resolve().parent.parent
ON_LINUX = sys.platform.startswith("linux")
INSTALLED = find_qt() if ON_LINUX else None
linux_qt = pytest.mark.skipif(INSTALLED is None, reason="reads the installed PySide6 on Linux")

# Packages every Debian and Ubuntu with Python 3 already has (a minimal Debian 12 and 13 root
# with python3 has them all): README's line leaves them out. Not libgssapi-krb5-2: Debian
# 12's python3 brings it, Debian 13's does not.
BASE_PACKAGES = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1", "libbz2-1.0"}


def tiny_elf(
    sonames: list[str], wide: bool = True, order: str = "<", dynamic: bool = True
) -> bytes:
    """An ELF shared object that is only headers, a dynamic section and its string table."""
    ident = b"\x7fELF" + bytes([2 if wide else 1, 1 if order == "<" else 2, 1]) + bytes(9)
    header = struct.Struct(order + ("HHIQQQIHHHHHH" if wide else "HHIIIIIHHHHHH"))
    program = struct.Struct(order + ("IIQQQQQQ" if wide else "IIIIIIII"))
    pair = struct.Struct(order + ("qQ" if wide else "iI"))
    base = 0x10000
    phoff = 16 + header.size
    strtab_at = phoff + 2 * program.size
    strings = b"\0"
    offsets = []
    for name in sonames:
        offsets.append(len(strings))
        strings += name.encode() + b"\0"
    dynamic_at = strtab_at + len(strings)
    entries = [(1, at) for at in offsets] + [(5, base + strtab_at), (10, len(strings)), (0, 0)]
    table = b"".join(pair.pack(tag, value) for tag, value in entries)
    size = dynamic_at + len(table)

    def segment(kind: int, offset: int, vaddr: int, filesz: int) -> bytes:
        if wide:
            return program.pack(kind, 4, offset, vaddr, vaddr, filesz, filesz, 8)
        return program.pack(kind, offset, vaddr, vaddr, filesz, filesz, 4, 4)

    load = segment(1, 0, base, size)
    second = (
        segment(2, dynamic_at, base + dynamic_at, len(table)) if dynamic else segment(4, 0, 0, 0)
    )
    head = header.pack(3, 62, 1, 0, phoff, 0, 0, 16 + header.size, program.size, 2, 0, 0, 0)
    return ident + head + load + second + strings + table


def write_elf(path: Path, sonames: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(tiny_elf(sonames))
    return path


@pytest.fixture
def fake_qt(tmp_path: Path) -> Path:
    """A PySide6 folder laid out as the wheel's, its files needing chosen system libraries."""
    package = tmp_path / "PySide6"
    lib, plugins = package / "Qt" / "lib", package / "Qt" / "plugins"
    write_elf(lib / "libQt6Core.so.6", ["libglib-2.0.so.0", "libc.so.6"])
    write_elf(lib / "libQt6Gui.so.6", ["libQt6Core.so.6", "libGL.so.1", "libfontconfig.so.1"])
    write_elf(lib / "libQt6XcbQpa.so.6", ["libQt6Gui.so.6", "libxcb-cursor.so.0"])
    for module in WINDOW_MODULES:
        write_elf(package / f"{module}.abi3.so", ["libQt6Gui.so.6", "libc.so.6"])
    write_elf(package / "QtMultimedia.abi3.so", ["libQt6Gui.so.6", "libpulse.so.0"])
    for plugin in WINDOW_PLUGINS:
        write_elf(plugins / plugin, ["libQt6Gui.so.6"])
    write_elf(plugins / "platforms/libqxcb.so", ["libQt6XcbQpa.so.6", "libxcb-icccm.so.4"])
    write_elf(plugins / "platforms/libqoffscreen.so", ["libQt6Gui.so.6"])
    write_elf(plugins / "platforms/libqwayland.so", ["libQt6Gui.so.6", "libwayland-client.so.0"])
    write_elf(plugins / "multimedia/libffmpegmediaplugin.so", ["libQt6Gui.so.6", "libdrm.so.2"])
    write_elf(plugins / "printsupport/libcupsprintersupport.so", ["libcups.so.2"])
    return package


EVERYTHING = {
    "libc.so.6",
    "libglib-2.0.so.0",
    "libGL.so.1",
    "libfontconfig.so.1",
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libwayland-client.so.0",
    "libpulse.so.0",
    "libdrm.so.2",
    "libcups.so.2",
}
PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libpulse.so.0": "libpulse0",
    "libcups.so.2": "libcups2",
}
DESKTOP = {"DISPLAY": ":0"}


class FakeLoader:
    """A loader that finds every library of EVERYTHING except ``absent``, and whose
    ``dependencies`` fail on the library they name; it remembers the sonames it was asked.
    The tiny ELF files cannot really load, so by default a Qt file opened by path fails."""

    def __init__(
        self, *absent: str, dependencies: dict[str, str] | None = None, files_load: bool = False
    ) -> None:
        self.absent = set(absent)
        self.dependencies = dependencies or {}
        self.files_load = files_load  # whether a Qt file, opened by its path, loads
        self.asked: list[str] = []

    def __call__(self, soname: str) -> str | None:
        if "/" in soname:
            return None if self.files_load else soname
        self.asked.append(soname)
        if soname in self.dependencies:
            return self.dependencies[soname]
        return soname if soname in self.absent or soname not in EVERYTHING else None


@pytest.fixture
def on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")


# --- reading DT_NEEDED ---------------------------------------------------------------------


def test_needed_reads_a_64_bit_little_endian_elf(tmp_path: Path) -> None:
    path = tmp_path / "lib.so"
    path.write_bytes(tiny_elf(["libQt6Core.so.6", "libxcb-icccm.so.4", "libc.so.6"]))
    assert needed(path) == ["libQt6Core.so.6", "libxcb-icccm.so.4", "libc.so.6"]


def test_needed_reads_a_32_bit_big_endian_elf(tmp_path: Path) -> None:
    path = tmp_path / "lib.so"
    path.write_bytes(tiny_elf(["libX11.so.6", "libm.so.6"], wide=False, order=">"))
    assert needed(path) == ["libX11.so.6", "libm.so.6"]


def test_an_elf_without_a_dynamic_section_needs_nothing(tmp_path: Path) -> None:
    path = tmp_path / "static"
    path.write_bytes(tiny_elf(["libc.so.6"], dynamic=False))
    assert needed(path) == []


@pytest.mark.parametrize("content", [b"#!/bin/sh\necho not a library\n", b"\x7fELF\x02\x01", b""])
def test_a_file_that_is_not_an_elf_library_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "libfake.so"
    path.write_bytes(content)
    with pytest.raises(NotAnElf):
        needed(path)


def test_a_cut_elf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.so"
    path.write_bytes(tiny_elf(["libc.so.6"])[:-20])  # the dynamic section cut short
    with pytest.raises(NotAnElf):
        needed(path)


@linux_qt
@pytest.mark.skipif(shutil.which("readelf") is None, reason="compares with binutils' readelf")
def test_needed_agrees_with_readelf_on_the_installed_xcb_plugin() -> None:
    assert INSTALLED is not None
    [plugin] = INSTALLED.plugin_files("platforms/libqxcb.so")
    shown = subprocess.run(["readelf", "-d", str(plugin)], capture_output=True, text=True).stdout
    assert needed(plugin) == re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", shown)


# --- following Qt's own libraries -----------------------------------------------------------


def test_system_needs_follows_the_libraries_qt_ships(fake_qt: Path) -> None:
    qt = qt_files(fake_qt)
    [xcb] = qt.plugin_files("platforms/libqxcb.so")
    needs = system_needs([xcb], qt.bundled)
    lib = fake_qt / "Qt" / "lib"
    assert needs == {
        "libxcb-icccm.so.4": {xcb},
        "libxcb-cursor.so.0": {lib / "libQt6XcbQpa.so.6"},
        "libGL.so.1": {lib / "libQt6Gui.so.6"},
        "libfontconfig.so.1": {lib / "libQt6Gui.so.6"},
        "libglib-2.0.so.0": {lib / "libQt6Core.so.6"},
        "libc.so.6": {lib / "libQt6Core.so.6"},
    }


def test_an_unreadable_file_is_skipped_not_fatal(fake_qt: Path, tmp_path: Path) -> None:
    qt = qt_files(fake_qt)
    (tmp_path / "broken.so").write_text("not an ELF")
    assert system_needs([tmp_path / "broken.so", tmp_path / "gone.so"], qt.bundled) == {}


@linux_qt
def test_the_installed_xcb_plugin_needs_xcb_cursor_and_it_is_checked() -> None:
    """Qt's abort blames xcb-cursor whatever was missing; here it is one library among all."""
    assert INSTALLED is not None
    needs = system_needs(INSTALLED.plugin_files("platforms/libqxcb.so"), INSTALLED.bundled)
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= set(needs)


# --- the check ------------------------------------------------------------------------------


def test_missing_libraries_are_named_with_their_packages(fake_qt: Path, on_linux: None) -> None:
    probe = FakeLoader("libxcb-icccm.so.4", "libglib-2.0.so.0")
    check = check_window(DESKTOP, qt_files(fake_qt), probe, PACKAGES)
    assert not check.window_can_open and not check.no_display
    assert check.missing == (
        MissingLibrary("libglib-2.0.so.0", "libglib2.0-0"),
        MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4"),
    )
    assert check.features_off == {}


def test_each_library_is_asked_once(fake_qt: Path, on_linux: None) -> None:
    probe = FakeLoader()
    assert check_window(DESKTOP, qt_files(fake_qt), probe, PACKAGES).window_can_open
    assert sorted(probe.asked) == sorted(set(probe.asked))


def test_the_dependency_the_loader_names_is_the_one_reported(fake_qt: Path, on_linux: None) -> None:
    """libxcb-cursor0 installed but a library it needs removed: that library is the news."""
    probe = FakeLoader(dependencies={"libxcb-cursor.so.0": "libxcb-render-util.so.0"})
    check = check_window(DESKTOP, qt_files(fake_qt), probe, PACKAGES)
    assert check.missing == (MissingLibrary("libxcb-render-util.so.0", "libxcb-render-util0"),)


def test_an_unknown_library_is_named_without_a_package(fake_qt: Path, on_linux: None) -> None:
    check = check_window(DESKTOP, qt_files(fake_qt), FakeLoader("libGL.so.1"), PACKAGES)
    assert check.missing == (MissingLibrary("libGL.so.1", None),)


def test_a_library_the_loader_finds_by_another_way_keeps_the_window_open(
    fake_qt: Path, on_linux: None
) -> None:
    """Found through a RUNPATH the check does not follow: the Qt files themselves load."""
    probe = FakeLoader("libxcb-icccm.so.4", "libpulse.so.0", files_load=True)
    check = check_window(DESKTOP, qt_files(fake_qt), probe, PACKAGES)
    assert check.window_can_open and check.missing == () and check.features_off == {}


def test_missing_feature_libraries_leave_the_window_open(fake_qt: Path, on_linux: None) -> None:
    probe = FakeLoader("libpulse.so.0", "libdrm.so.2", "libcups.so.2")
    check = check_window(DESKTOP, qt_files(fake_qt), probe, PACKAGES)
    assert check.window_can_open and check.missing == ()
    assert check.features_off == {
        "sound_camera": (
            MissingLibrary("libdrm.so.2", None),
            MissingLibrary("libpulse.so.0", "libpulse0"),
        ),
        "printers": (MissingLibrary("libcups.so.2", "libcups2"),),
    }


def test_a_library_the_window_lacks_is_not_repeated_for_a_feature(
    fake_qt: Path, on_linux: None
) -> None:
    check = check_window(DESKTOP, qt_files(fake_qt), FakeLoader("libglib-2.0.so.0"), PACKAGES)
    assert check.missing == (MissingLibrary("libglib-2.0.so.0", "libglib2.0-0"),)
    assert check.features_off == {}


def test_the_package_table_is_read_only_when_something_is_missing(
    fake_qt: Path, on_linux: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unread() -> dict[str, str]:
        raise AssertionError("read although nothing is missing")

    monkeypatch.setattr(system_libraries, "linux_packages", unread)
    assert check_window(DESKTOP, qt_files(fake_qt), FakeLoader()).window_can_open


def test_no_display_is_said_before_any_library_is_read(fake_qt: Path, on_linux: None) -> None:
    probe = FakeLoader("libxcb-icccm.so.4")
    check = check_window({}, qt_files(fake_qt), probe, PACKAGES)
    assert check.no_display and not check.window_can_open
    assert probe.asked == []


def test_offscreen_needs_no_display_and_checks_its_own_plugin(
    fake_qt: Path, on_linux: None
) -> None:
    probe = FakeLoader("libxcb-icccm.so.4", "libglib-2.0.so.0")
    check = check_window({"QT_QPA_PLATFORM": "offscreen"}, qt_files(fake_qt), probe, PACKAGES)
    assert not check.no_display
    assert [library.soname for library in check.missing] == ["libglib-2.0.so.0"]


def test_explicit_wayland_checks_the_wayland_plugin(fake_qt: Path, on_linux: None) -> None:
    probe = FakeLoader("libwayland-client.so.0", "libxcb-icccm.so.4")
    check = check_window({"QT_QPA_PLATFORM": "wayland"}, qt_files(fake_qt), probe, PACKAGES)
    assert [library.soname for library in check.missing] == ["libwayland-client.so.0"]


def test_a_wayland_session_leaves_the_plugin_to_qt(fake_qt: Path, on_linux: None) -> None:
    """Qt may pick Wayland or fall back to XWayland there: neither plugin is blamed."""
    probe = FakeLoader("libwayland-client.so.0", "libxcb-icccm.so.4")
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert check_window(env, qt_files(fake_qt), probe, PACKAGES).window_can_open


def test_the_test_override_replaces_the_platform_plugin(
    fake_qt: Path, tmp_path: Path, on_linux: None
) -> None:
    copy = write_elf(tmp_path / "copy" / "libqxcb.so", ["libQt6Gui.so.6", "libxcb-icccm.so.9"])
    env = {**DESKTOP, PLUGIN_OVERRIDE: str(copy)}
    check = check_window(env, qt_files(fake_qt), FakeLoader(), PACKAGES)
    assert check.missing == (MissingLibrary("libxcb-icccm.so.9", None),)


def test_other_systems_are_not_checked(fake_qt: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    probe = FakeLoader("libglib-2.0.so.0")
    assert check_window({}, qt_files(fake_qt), probe, PACKAGES).window_can_open
    assert probe.asked == []


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DISPLAY": ":0"}, Platform("xcb", needs_x_display=True)),
        ({}, Platform("xcb", needs_x_display=True)),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, Platform("xcb", needs_x_display=True)),
        ({"QT_QPA_PLATFORM": "offscreen"}, Platform("offscreen", needs_x_display=False)),
        ({"QT_QPA_PLATFORM": "wayland"}, Platform("wayland", needs_x_display=False)),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, Platform(None, needs_x_display=False)),
        ({"WAYLAND_DISPLAY": "wayland-0"}, Platform(None, needs_x_display=False)),
        ({"XDG_SESSION_TYPE": "wayland"}, Platform(None, needs_x_display=False)),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":1"}, Platform("xcb", needs_x_display=True)),
    ],
)
def test_the_platform_is_read_as_qt_reads_it(env: dict[str, str], expected: Platform) -> None:
    assert qt_platform(env) == expected


# --- the loader and the install line --------------------------------------------------------


@pytest.mark.skipif(not ON_LINUX, reason="asks the Linux loader")
def test_the_loader_finds_the_c_library_and_names_an_absent_one() -> None:
    assert dlopen_probe("libc.so.6") is None
    assert dlopen_probe("libshipproof-absent.so.7") == "libshipproof-absent.so.7"


def test_the_loader_error_names_the_missing_dependency(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def cannot(name: str, mode: int = 0) -> None:
        raise OSError("libxcb-util.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(system_libraries.ctypes, "CDLL", cannot)
    assert dlopen_probe("libxcb-image.so.0") == "libxcb-util.so.1"


def test_in_a_bundle_the_loader_error_behind_pyinstallers_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PyInstaller's ctypes re-raises every failure as "Failed to load dynlib/dll"."""

    def frozen(name: str, mode: int = 0) -> None:
        try:
            raise OSError("libpulse.so.0: cannot open shared object file: No such file")
        except OSError as loader_error:
            raise OSError(f"Failed to load dynlib/dll {name!r}.") from loader_error

    monkeypatch.setattr(system_libraries.ctypes, "CDLL", frozen)
    assert dlopen_probe("libpulse.so.0") == "libpulse.so.0"


def test_a_library_that_loads_badly_is_left_to_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str, mode: int = 0) -> None:
        raise OSError("/usr/lib/libGL.so.1: undefined symbol: _glapi_tls_Current")

    monkeypatch.setattr(system_libraries.ctypes, "CDLL", broken)
    assert dlopen_probe("libGL.so.1") is None


def test_the_install_line_names_each_known_package_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(system_libraries.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(system_libraries.os, "geteuid", lambda: 1000, raising=False)
    libraries = [
        MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4"),
        MissingLibrary("libglib-2.0.so.0", "libglib2.0-0"),
        MissingLibrary("libgthread-2.0.so.0", "libglib2.0-0"),
        MissingLibrary("libodd.so.1", None),
    ]
    assert install_command(libraries) == "sudo apt-get install libglib2.0-0 libxcb-icccm4"
    monkeypatch.setattr(system_libraries.os, "geteuid", lambda: 0, raising=False)
    assert install_command(libraries) == "apt-get install libglib2.0-0 libxcb-icccm4"
    assert install_command([MissingLibrary("libodd.so.1", None)]) is None


def test_no_install_line_without_apt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(system_libraries.shutil, "which", lambda name: None)
    assert install_command([MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4")]) is None


# --- the package table and README ----------------------------------------------------------


def test_the_package_table_maps_sonames_to_debian_package_names() -> None:
    table = linux_packages()
    assert len(table) >= 40
    assert all(re.fullmatch(r"[\w+.-]+\.so(\.\d+)*", soname) for soname in table)
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", package) for package in table.values())


def installed_needs() -> dict[str, set[Path]]:
    """What the installed Qt needs from the system: the window on each platform, the features."""
    assert INSTALLED is not None
    roots = INSTALLED.files(WINDOW_MODULES, WINDOW_PLUGINS)
    for platform in ("xcb", "wayland", "offscreen"):
        roots += INSTALLED.plugin_files(f"platforms/libq{platform}.so")
    for feature in FEATURES.values():
        roots += INSTALLED.files(feature.modules, feature.plugins)
    return system_needs(roots, INSTALLED.bundled)


@linux_qt
def test_every_library_the_installed_qt_needs_has_a_package() -> None:
    unknown = sorted(set(installed_needs()) - set(linux_packages()))
    assert unknown == [], "add these to app/resources/linux_packages.yaml (dpkg -S finds them)"


@linux_qt
def test_the_readme_apt_line_installs_what_the_window_and_its_features_need() -> None:
    """README's line is exactly the packages the xcb window and its features need."""
    assert INSTALLED is not None
    roots = INSTALLED.files(WINDOW_MODULES, WINDOW_PLUGINS)
    roots += INSTALLED.plugin_files("platforms/libqxcb.so")
    for feature in FEATURES.values():
        roots += INSTALLED.files(feature.modules, feature.plugins)
    table = linux_packages()
    wanted = {table[soname] for soname in system_needs(roots, INSTALLED.bundled)} - BASE_PACKAGES
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [line] = re.findall(r"^sudo apt-get install python3-venv (.+)$", readme, re.MULTILINE)
    assert sorted(line.split()) == sorted(wanted)


# --- what the command line says -------------------------------------------------------------


def said(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], check: object, apt: bool
) -> tuple[bool, list[str]]:
    """What ``shipproof`` prints, and whether it opens the window, for this check's outcome."""
    from argparse import Namespace

    from app import cli

    monkeypatch.setattr(system_libraries, "check_window", lambda: check)
    monkeypatch.setattr(
        system_libraries.shutil, "which", lambda name: "/usr/bin/apt-get" if apt else None
    )
    monkeypatch.setattr(system_libraries.os, "geteuid", lambda: 1000, raising=False)
    opens = cli._window_can_open(Namespace(language="en"))
    return opens, capsys.readouterr().err.splitlines()


def test_features_off_are_said_and_the_window_opens(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    check = system_libraries.WindowCheck(
        features_off={
            "sound_camera": (MissingLibrary("libpulse.so.0", "libpulse0"),),
            "printers": (MissingLibrary("libcups.so.2", "libcups2"),),
        }
    )
    opens, lines = said(monkeypatch, capsys, check, apt=True)
    assert opens
    assert lines == [
        "shipproof: the packing station's sounds and camera are off: this computer lacks libpulse.so.0",
        "shipproof: no printer can be chosen, printing can only save a PDF: this computer lacks libcups.so.2",
        "shipproof: install them with: sudo apt-get install libcups2 libpulse0",
    ]


def test_without_apt_the_libraries_are_left_to_the_package_manager(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    check = system_libraries.WindowCheck(
        missing=(
            MissingLibrary("libodd.so.1", None),
            MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4"),
        )
    )
    opens, lines = said(monkeypatch, capsys, check, apt=False)
    assert not opens
    assert lines == [
        "shipproof: the window cannot open: this computer lacks the system libraries libodd.so.1, libxcb-icccm.so.4, which Qt needs",
        "shipproof: install the packages that hold them with your system's package manager",
        "shipproof: no package is known for libodd.so.1: your system's package manager can say which one holds each",
    ]


def test_nothing_is_said_when_nothing_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert said(monkeypatch, capsys, system_libraries.WindowCheck(), apt=True) == (True, [])
