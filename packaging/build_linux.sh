#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/ShipProof/ and check that it works.
#
#   bash packaging/build_linux.sh            build, check, print the size
#   bash packaging/build_linux.sh --tar      also write dist/ShipProof-<version>-linux-<arch>.tar.gz
#   bash packaging/build_linux.sh --no-check build only
#
# Python: the active virtual environment, else .venv (created if missing). The checks run the
# bundle's --version and selftest, look for Qt libraries the pruning may have orphaned, and
# start the GUI offscreen on a demo shop for a few seconds. See docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."

make_tar=0
check=1
for arg in "$@"; do
  case "$arg" in
    --tar) make_tar=1 ;;
    --no-check) check=0 ;;
    *) echo "usage: bash packaging/build_linux.sh [--tar] [--no-check]" >&2; exit 2 ;;
  esac
done

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'build_linux.sh: %s\n' "$*" >&2; exit 1; }

if [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
  py="$VIRTUAL_ENV/bin/python"
else
  [ -x .venv/bin/python ] || python3 -m venv .venv
  py=.venv/bin/python
fi

step "installing ShipProof with the bundle extra into $("$py" -c 'import sys; print(sys.prefix)')"
"$py" -m pip install -q -e '.[bundle]'
version=$("$py" -c 'import app; print(app.__version__)')

step "compiling translations into app/resources/i18n"
"$py" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("app.ui.translations") is None)' \
  || fail "app.ui.translations is missing, so app/resources/i18n/*.qm cannot be compiled; a bundle without translations would show English only"
"$py" -m app.ui.translations --compile app/resources/i18n

step "icons"
QT_QPA_PLATFORM=offscreen "$py" tools/make_icons.py --missing-only

step "PyInstaller (ShipProof $version)"
started=$SECONDS
"$py" -m PyInstaller --noconfirm --log-level WARN packaging/shipproof.spec
echo "built in $((SECONDS - started)) s"

bundle=dist/ShipProof
exe="$bundle/ShipProof"
[ -x "$exe" ] || fail "$exe was not built"

if [ "$check" = 1 ]; then
  step "checks"
  "$exe" --version

  # every Qt library a bundled binary links to must be in the bundle (the spec prunes some);
  # other missing ones are the desktop's own (X11, Wayland), absent on a headless build host
  internal="$bundle/_internal"
  # ldd fails on a file it cannot read as a shared object (so xargs exits 123): its list
  # of the others still counts, so that failure must not end the check
  missing=$(find "$internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
    | { xargs -0 -n 20 env LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd 2>/dev/null \
        || true; } \
    | awk '$2 == "=>" && $3 == "not" {print $1}' | sort -u)
  qt_missing=$(grep '^libQt6' <<<"$missing" || true)
  [ -z "$qt_missing" ] || fail "Qt libraries missing from the bundle: $qt_missing"
  echo "Qt libraries: none missing"
  [ -z "$missing" ] || echo "left to the system: $(tr '\n' ' ' <<<"$missing")"

  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  SHIPPROOF_HOME="$home/selftest" QT_QPA_PLATFORM=offscreen "$exe" selftest

  # the GUI must still be running when the timeout stops it (exit 124), not have crashed
  status=0
  SHIPPROOF_HOME="$home/gui" QT_QPA_PLATFORM=offscreen timeout 8 "$exe" demo >"$home/gui.log" 2>&1 \
    || status=$?
  if [ "$status" != 124 ]; then
    cat "$home/gui.log" >&2
    fail "the GUI stopped after less than 8 s with exit code $status"
  fi
  echo "GUI: ran offscreen on the demo shop for 8 s"

  # a new user's first start: no command, an empty data folder, so the set-up wizard waits
  status=0
  SHIPPROOF_HOME="$home/first" QT_QPA_PLATFORM=offscreen timeout 8 "$exe" >"$home/first.log" 2>&1 \
    || status=$?
  if [ "$status" != 124 ]; then
    cat "$home/first.log" >&2
    fail "the first start (set-up wizard) stopped after less than 8 s with exit code $status"
  fi
  echo "GUI: the first start waited in the set-up wizard for 8 s"
fi

step "size"
du -sm "$bundle" | awk '{print "dist/ShipProof: " $1 " MB"}'
if [ "$make_tar" = 1 ]; then
  archive="dist/ShipProof-$version-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$archive" ShipProof
  du -sm "$archive" | awk '{print $2 ": " $1 " MB"}'
fi
