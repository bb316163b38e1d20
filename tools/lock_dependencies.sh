#!/usr/bin/env bash
# Regenerate requirements/ci.txt, the lock README's test command installs from (and so .ci/run
# and .github/workflows/build.yml): one version of every package the test and bundle extras
# need (postgres with them) and of the build system, each with the SHA-256 of every file the
# registry has for it, resolved once for Python 3.11 on Linux, Windows and macOS alike.
#
#   bash tools/lock_dependencies.sh                          keep every pin pyproject.toml allows
#   bash tools/lock_dependencies.sh --upgrade                the newest versions within its bounds
#   bash tools/lock_dependencies.sh --upgrade-package NAME   the newest NAME only
#
# Without an option a pin changes only when pyproject.toml no longer allows it, or a new
# dependency needs one. Run README's test command on the result before committing it: the
# lock is what every build installs, so it holds only versions the tests passed on.
set -euo pipefail
cd "$(dirname "$0")/.."

uv_version=0.13.9  # the lock's format follows uv's; change the two together

if command -v uv >/dev/null 2>&1 && [ "$(uv --version | cut -d' ' -f2)" = "$uv_version" ]; then
  uv=uv
else
  tool_venv="${XDG_CACHE_HOME:-$HOME/.cache}/shipproof/uv-$uv_version"
  if [ ! -x "$tool_venv/bin/uv" ]; then
    echo "installing uv $uv_version into $tool_venv" >&2
    python3 -m venv "$tool_venv"
    "$tool_venv/bin/pip" install -q "uv==$uv_version"
  fi
  uv="$tool_venv/bin/uv"
fi

# The build system (setuptools, wheel) is locked too: the test command installs the project
# with --no-build-isolation, so no unpinned setuptools is fetched to build it.
build_requires=$(python3 -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]))')
printf '%s\n' "$build_requires" \
  | "$uv" pip compile pyproject.toml - --extra test --extra bundle \
    --universal --python-version 3.11 --generate-hashes --quiet \
    --custom-compile-command "bash tools/lock_dependencies.sh" \
    --output-file requirements/ci.txt "$@"
