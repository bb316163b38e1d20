#!/usr/bin/env bash
# Build ShipProof for macOS: dist/ShipProof.app, then dist/ShipProof-<version>-macos-<arch>.dmg.
#
#   bash packaging/build_macos.sh              build, check, sign and notarise if configured, dmg
#   bash packaging/build_macos.sh --no-dmg     the .app only
#   bash packaging/build_macos.sh --no-check   skip the checks of the built app
#
# Run on a Mac with Python 3.11+ (python.org's universal2 installer or Homebrew) and the Xcode
# command line tools. The .app is built for the architecture of that Python (arm64 on Apple
# silicon). Signing and notarisation run only when their identity is given (docs/packaging.md):
#   MACOS_SIGN_IDENTITY    "Developer ID Application: <Name> (<TEAMID>)" from the keychain
#   MACOS_NOTARY_PROFILE   a notarytool keychain profile, made once with
#                          xcrun notarytool store-credentials <profile> --apple-id … --team-id …
#   MACOS_ENTITLEMENTS     optional entitlements .plist for the hardened runtime
set -euo pipefail
cd "$(dirname "$0")/.."

make_dmg=1
check=1
for arg in "$@"; do
  case "$arg" in
    --no-dmg) make_dmg=0 ;;
    --no-check) check=0 ;;
    *) echo "usage: bash packaging/build_macos.sh [--no-dmg] [--no-check]" >&2; exit 2 ;;
  esac
done

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'build_macos.sh: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || fail "run this on macOS (Linux: packaging/build_linux.sh)"
if [ -n "${MACOS_NOTARY_PROFILE:-}" ] && [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  fail "notarisation needs a signed app: set MACOS_SIGN_IDENTITY too"
fi

if [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
  py="$VIRTUAL_ENV/bin/python"
else
  [ -x .venv/bin/python ] || python3 -m venv .venv
  py=.venv/bin/python
fi

step "installing ShipProof with the bundle extra"
"$py" -m pip install -q -e '.[bundle]'
version=$("$py" -c 'import app; print(app.__version__)')

step "compiling translations into app/resources/i18n"
"$py" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("app.ui.translations") is None)' \
  || fail "app.ui.translations is missing, so app/resources/i18n/*.qm cannot be compiled"
"$py" -m app.ui.translations --compile app/resources/i18n

step "icons"
QT_QPA_PLATFORM=offscreen "$py" tools/make_icons.py --missing-only

step "PyInstaller (ShipProof $version)"
"$py" -m PyInstaller --noconfirm --log-level WARN packaging/shipproof.spec
app=dist/ShipProof.app
exe="$app/Contents/MacOS/ShipProof"
[ -x "$exe" ] || fail "$exe was not built"

if [ "$check" = 1 ]; then
  step "checks"
  "$exe" --version
  /usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' -c 'Print :CFBundleShortVersionString' \
    -c 'Print :LSMinimumSystemVersion' "$app/Contents/Info.plist"
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  if "$exe" --help | grep -q selftest; then
    SHIPPROOF_HOME="$home/selftest" "$exe" selftest
  else
    echo "selftest: this version of the command line has none yet, skipped"
  fi
  # the GUI must still be running after 8 s (the macOS shell has no timeout(1))
  SHIPPROOF_HOME="$home/gui" "$exe" demo >"$home/gui.log" 2>&1 &
  gui=$!
  sleep 8
  if ! kill -0 "$gui" 2>/dev/null; then
    cat "$home/gui.log" >&2
    fail "the GUI stopped after less than 8 s"
  fi
  kill "$gui"
  echo "GUI: ran on the demo shop for 8 s"
fi
du -sm "$app" | awk '{print "dist/ShipProof.app: " $1 " MB"}'

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  step "signing with $MACOS_SIGN_IDENTITY (hardened runtime, secure timestamp)"
  entitlements=()
  [ -z "${MACOS_ENTITLEMENTS:-}" ] || entitlements=(--entitlements "$MACOS_ENTITLEMENTS")
  # ${a[@]+"${a[@]}"}: an empty array under set -u in macOS's bash 3.2
  codesign --force --deep --options runtime --timestamp ${entitlements[@]+"${entitlements[@]}"} \
    -s "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  printf '\nnot signed (PyInstaller signed it ad hoc): set MACOS_SIGN_IDENTITY to sign\n'
fi

[ "$make_dmg" = 1 ] || exit 0
step "disk image"
dmg="dist/ShipProof-$version-macos-$(uname -m).dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag the app onto it to install
rm -f "$dmg"
hdiutil create -volname "ShipProof $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
rm -rf "$staging"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp -s "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  step "notarising (Apple's service checks the app inside the image; takes minutes)"
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
else
  printf '\nnot notarised: set MACOS_NOTARY_PROFILE (and MACOS_SIGN_IDENTITY) to notarise\n'
fi
du -sm "$dmg" | awk '{print $2 ": " $1 " MB"}'
