#!/usr/bin/env bash
# Build ShipProof's wheel and run it as a user's `pip install` gets it: installed into a fresh
# venv outside the checkout, its dependencies from the registry, started from another folder,
# so nothing can be read from the source tree by accident.
#
#   bash packaging/check_wheel.sh        wheel, fresh venv, --version, selftest, demo --no-gui
#
# Python: python3 (override with PYTHON=...). Data and config go to a temp folder, never the
# home folder; it is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check_wheel.sh: %s\n' "$*" >&2; exit 1; }

python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "a fresh venv in $work"
"$python" -m venv "$work/venv"
pip="$work/venv/bin/pip"

step "building the wheel from the checkout's files"
# from a copy of the files git knows (as a clone has them): a build/ folder left by an
# earlier build in the checkout would slip its stale files into the wheel
mkdir "$work/source"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work/source"
"$pip" wheel -q --no-deps -w "$work/wheel" "$work/source"
wheel=$(find "$work/wheel" -name 'shipproof-*.whl')
[ -n "$wheel" ] || fail "no wheel was built"
echo "$(basename "$wheel"): $(du -k "$wheel" | cut -f1) kB"

step "installing it, with its dependencies from the registry"
"$pip" install -q "$wheel"

step "running it from $work"
cd "$work"
export SHIPPROOF_HOME="$work/home" SHIPPROOF_CONFIG_DIR="$work/config"
unset SHIPPROOF_DB
shipproof="$work/venv/bin/shipproof"
"$shipproof" --version
"$shipproof" selftest || fail "the installed wheel's selftest failed"
"$shipproof" demo --no-gui --data-dir "$work/demo" || fail "the installed wheel built no demo shop"
