#!/usr/bin/env bash
# Makes sure the end-to-end tests have a browser: Debian's Chromium headless shell (the package
# chromium-headless-shell; why that build: tests/e2e/support/chromium-path.ts), or the binary
# CHROMIUM_PATH names. As root with apt-get it installs the package; otherwise it fails with the
# command to run. Never downloads a browser any other way.
set -euo pipefail

package=chromium-headless-shell
path="${CHROMIUM_PATH:-/usr/bin/$package}"
command_hint="sudo apt-get update && sudo apt-get install -y $package"

if [ -x "$path" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file. Fix the path, or unset it and run: $command_hint" >&2
  exit 1
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing (looked for $path). Install it with:" >&2
  echo "  $command_hint" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "Chromium is missing: installing Debian's $package package with apt-get…" >&2
# Another process may hold the apt/dpkg locks for a while: wait for them rather than fail.
for attempt in 1 2 3 4 5 6; do
  if apt-get -o DPkg::Lock::Timeout=300 -qq update >&2 &&
    apt-get -o DPkg::Lock::Timeout=300 -qq install -y "$package" >&2; then
    break
  fi
  if [ "$attempt" = 6 ]; then
    echo "apt-get could not install $package. Run: $command_hint" >&2
    exit 1
  fi
  echo "apt-get failed (attempt $attempt), retrying in 10 s…" >&2
  sleep 10
done

if [ ! -x "$path" ]; then
  echo "apt-get finished but $path is still missing. Run: $command_hint" >&2
  exit 1
fi
echo "Chromium installed: $("$path" --version 2>/dev/null || echo "$path")" >&2
