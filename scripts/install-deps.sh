#!/usr/bin/env bash
# Installs what AgencyGraph needs from Debian/Ubuntu packages, only when it is missing:
#   libgraphviz-dev (Graphviz's C library, found through pkg-config libgvc) and pkg-config.
# Extra packages can be asked for by name, e.g. `scripts/install-deps.sh valgrind`, or
# `scripts/install-deps.sh chromium chromium-driver` (headless Chromium and its WebDriver, for the
# explorer's browser tests, scripts/check_explorer.py).
# Uses sudo when not root. Safe to run again: it does nothing when everything is present.
set -euo pipefail

need=()
if ! command -v pkg-config >/dev/null 2>&1; then
  need+=(pkg-config)
fi
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then
  need+=(libgraphviz-dev)
fi
for extra in "$@"; do
  case "$extra" in
    valgrind) command -v valgrind >/dev/null 2>&1 || need+=(valgrind) ;;
    chromium) command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium) ;;
    chromium-driver) command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver) ;;
    *) dpkg -s "$extra" >/dev/null 2>&1 || need+=("$extra") ;;
  esac
done

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: missing ${need[*]} and apt-get is not available; install them with your package manager" >&2
  exit 3
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "error: missing ${need[*]}; run as root or install sudo" >&2
    exit 3
  fi
fi

echo "Installing ${need[*]} with apt-get ..." >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
pkg-config --exists libgvc || { echo "error: libgvc still not found by pkg-config after installing libgraphviz-dev" >&2; exit 3; }
