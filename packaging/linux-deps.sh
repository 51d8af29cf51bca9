#!/usr/bin/env bash
# System libraries Qt 6 (widgets, xcb, multimedia) and the keyring need on Debian/Ubuntu.
# With --test, also what the test suite uses: a virtual X server, a Secret Service
# (gnome-keyring) on a private D-Bus, and tools to validate the desktop entry.
# With --build, also what building the double-click app needs (packaging/build.py):
# binutils (PyInstaller reads binaries with objdump; strip trims them).  Flags combine.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PKGS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
      libxcb-render-util0 libxcb-xinerama0 libxcb-image0 libxcb-xkb1 libglib2.0-0
      libpulse0 libnss3 fonts-dejavu-core)
for arg in "$@"; do
  case "$arg" in
    --test) PKGS+=(gnome-keyring dbus dbus-x11 xvfb xauth imagemagick x11-utils
                   desktop-file-utils appstream fonts-noto-cjk binutils) ;;
    --build) PKGS+=(binutils) ;;
    *) echo "linux-deps.sh: unknown option: $arg (use --test and/or --build)" >&2; exit 2 ;;
  esac
done
# Debian's own Python needs python3-venv for the virtual environment the README uses.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then PKGS+=(python3-venv python3-pip); fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${PKGS[@]}"
