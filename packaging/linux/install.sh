#!/usr/bin/env bash
# Install GlobalAI Desktop for the current user (no root needed) and put it in the desktop's
# application menu.
#
#   bash install.sh                  install the built bundle (see below for where it is looked for)
#   bash install.sh --bundle DIR     install the one-folder bundle in DIR
#   bash install.sh --desktop-only   only the menu entry, icons and metainfo, for a pip install
#                                    whose `globalai-desktop` command is already on PATH
#   bash install.sh --dry-run        print what would be done, change nothing
#
# What goes where (XDG_DATA_HOME defaults to ~/.local/share):
#   $XDG_DATA_HOME/globalai-desktop/                     the app (replaced as a whole on upgrade)
#   $XDG_DATA_HOME/applications/com.globalaiopc.GlobalAIDesktop.desktop
#   $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/com.globalaiopc.GlobalAIDesktop.png (+ scalable SVG)
#   $XDG_DATA_HOME/metainfo/com.globalaiopc.GlobalAIDesktop.metainfo.xml
#   ~/.local/bin/globalai-desktop                        a link to the app, for terminals
# uninstall.sh (copied into the app folder) removes exactly these.  Settings, the key in the
# keyring, conversations and generated media are the user's and are never touched.
#
# This script runs both from the source tree (packaging/linux/) and from inside a built bundle
# (build.py copies it there), so a bundle unpacked from an archive installs itself.
set -euo pipefail

APP_ID="com.globalaiopc.GlobalAIDesktop"
EXE_NAME="globalai-desktop"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN_DIR="$HOME/.local/bin"
BUNDLE=""
DESKTOP_ONLY=0
DRY_RUN=0

usage() {  # the comment block at the top of this file
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) BUNDLE="${2:?--bundle needs a folder}"; shift 2 ;;
    --bin-dir) BIN_DIR="${2:?--bin-dir needs a folder}"; shift 2 ;;
    --desktop-only) DESKTOP_ONLY=1; shift ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

APP_DIR="$DATA_HOME/globalai-desktop"
APPS_DIR="$DATA_HOME/applications"
ICONS_DIR="$DATA_HOME/icons/hicolor"
META_DIR="$DATA_HOME/metainfo"

run() {  # print, and run unless --dry-run
  printf '  %s\n' "$*"
  if [ "$DRY_RUN" -eq 0 ]; then "$@"; fi
}

# --- locate the bundle, the menu entry template and the icons ------------------------------
if [ "$DESKTOP_ONLY" -eq 0 ]; then
  if [ -z "$BUNDLE" ]; then
    if [ -x "$HERE/$EXE_NAME" ]; then
      BUNDLE="$HERE"                                   # running from inside an unpacked bundle
    else
      BUNDLE="$HERE/../../dist/GlobalAI Desktop"       # running from the source tree
    fi
  fi
  if [ ! -x "$BUNDLE/$EXE_NAME" ]; then
    echo "install.sh: no built app at '$BUNDLE' (expected the program '$EXE_NAME' there)." >&2
    echo "Build it first with: python packaging/build.py   (or pass --bundle DIR, or --desktop-only)" >&2
    exit 1
  fi
  BUNDLE="$(cd "$BUNDLE" && pwd)"
fi

find_first() {  # first existing path among the arguments
  for p in "$@"; do if [ -e "$p" ]; then echo "$p"; return 0; fi; done
  return 1
}
DESKTOP_SRC="$(find_first "$HERE/$APP_ID.desktop" "${BUNDLE:-/nonexistent}/$APP_ID.desktop")" \
  || { echo "install.sh: $APP_ID.desktop not found next to this script" >&2; exit 1; }
META_SRC="$(find_first "$HERE/$APP_ID.metainfo.xml" "${BUNDLE:-/nonexistent}/$APP_ID.metainfo.xml")" \
  || { echo "install.sh: $APP_ID.metainfo.xml not found next to this script" >&2; exit 1; }
ICON_SRC="$(find_first "${BUNDLE:-/nonexistent}/_internal/resources/icons" "$HERE/../../resources/icons")" \
  || { echo "install.sh: the icons folder (resources/icons) was not found" >&2; exit 1; }
UNINSTALL_SRC="$(find_first "$HERE/uninstall.sh")" \
  || { echo "install.sh: uninstall.sh not found next to this script" >&2; exit 1; }

# Desktop Entry spec: an Exec argument with spaces or special characters is double-quoted,
# and inside the quotes ", `, $ and \ are escaped with a backslash.
desktop_quote() {
  local s="${1//%/%%}"                                 # a literal % is %% in Exec
  case "$s" in
    *[[:space:]\"\`\$\\\'\>\<\~\|\&\;\*\?\#\(\)]*)
      s="${s//\\/\\\\}"; s="${s//\"/\\\"}"; s="${s//\`/\\\`}"; s="${s//\$/\\\$}"
      # The Exec value is itself a string value, where a backslash is escaped once more.
      s="${s//\\/\\\\}"
      printf '"%s"' "$s" ;;
    *) printf '%s' "$s" ;;
  esac
}

if [ "$DESKTOP_ONLY" -eq 1 ]; then
  EXEC_PATH="$EXE_NAME"
  if ! command -v "$EXE_NAME" >/dev/null; then
    echo "install.sh: warning: '$EXE_NAME' is not on PATH yet; the menu entry will appear once it is." >&2
  fi
else
  EXEC_PATH="$APP_DIR/$EXE_NAME"
fi
EXEC_QUOTED="$(desktop_quote "$EXEC_PATH")"

echo "Installing GlobalAI Desktop for $(id -un)"
[ "$DRY_RUN" -eq 1 ] && echo "(dry run: nothing is changed)"

# --- the app folder: copy beside the old one, then swap, so a failed copy keeps the old app --
if [ "$DESKTOP_ONLY" -eq 0 ]; then
  STAGE="$APP_DIR.new.$$"
  run mkdir -p "$DATA_HOME"
  run rm -rf "$STAGE"
  run cp -a "$BUNDLE/." "$STAGE/"
  run cp "$UNINSTALL_SRC" "$STAGE/uninstall.sh"
  run rm -rf "$APP_DIR"
  run mv "$STAGE" "$APP_DIR"
  run mkdir -p "$BIN_DIR"
  run ln -sfn "$APP_DIR/$EXE_NAME" "$BIN_DIR/$EXE_NAME"
else
  run mkdir -p "$APP_DIR"
  run cp "$UNINSTALL_SRC" "$APP_DIR/uninstall.sh"
fi

# --- icons -----------------------------------------------------------------------------------
for png in "$ICON_SRC"/globalai-desktop-*.png; do
  size="${png##*-}"; size="${size%.png}"
  case "$size" in *[!0-9]*|"") continue ;; esac
  run mkdir -p "$ICONS_DIR/${size}x${size}/apps"
  run cp "$png" "$ICONS_DIR/${size}x${size}/apps/$APP_ID.png"
done
run mkdir -p "$ICONS_DIR/scalable/apps"
run cp "$ICON_SRC/globalai-desktop.svg" "$ICONS_DIR/scalable/apps/$APP_ID.svg"

# --- menu entry and metainfo -----------------------------------------------------------------
echo "  write $APPS_DIR/$APP_ID.desktop (Exec=$EXEC_QUOTED)"
if [ "$DRY_RUN" -eq 0 ]; then
  mkdir -p "$APPS_DIR"
  # Point Exec= and TryExec= at the installed program; keep each Exec's arguments.
  EXEC_SED="${EXEC_QUOTED//\\/\\\\}"; EXEC_SED="${EXEC_SED//&/\\&}"; EXEC_SED="${EXEC_SED//|/\\|}"
  TRY_SED="${EXEC_PATH//\\/\\\\}"; TRY_SED="${TRY_SED//&/\\&}"; TRY_SED="${TRY_SED//|/\\|}"
  sed -e "s|^Exec=$EXE_NAME\\b|Exec=$EXEC_SED|" \
      -e "s|^TryExec=.*|TryExec=$TRY_SED|" \
      "$DESKTOP_SRC" > "$APPS_DIR/$APP_ID.desktop.tmp"
  mv "$APPS_DIR/$APP_ID.desktop.tmp" "$APPS_DIR/$APP_ID.desktop"
fi
run mkdir -p "$META_DIR"
run cp "$META_SRC" "$META_DIR/$APP_ID.metainfo.xml"

# --- menus watch applications/ themselves; an existing icon cache must be refreshed or it
# hides the new icon (no cache is created where there was none) -----------------------------
if [ "$DRY_RUN" -eq 0 ] && [ -f "$ICONS_DIR/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t -f "$ICONS_DIR" 2>/dev/null || true
fi

echo "Done. GlobalAI Desktop is in your application menu."
if [ "$DESKTOP_ONLY" -eq 0 ]; then
  echo "Run it from a terminal with: $BIN_DIR/$EXE_NAME"
  case ":$PATH:" in *":$BIN_DIR:"*) ;; *) echo "(add $BIN_DIR to PATH to type just '$EXE_NAME')" ;; esac
fi
echo "Remove it with: bash \"$APP_DIR/uninstall.sh\""
