#!/usr/bin/env bash
# Remove what install.sh put in place for the current user: the app folder, the menu entry,
# the icons, the metainfo and the ~/.local/bin link.
#
#   bash uninstall.sh             remove GlobalAI Desktop
#   bash uninstall.sh --dry-run   print what would be removed, change nothing
#
# Your settings (~/.config/GlobalAI Desktop), the API key in the system keyring, and your
# conversations and generated media (~/.local/share/GlobalAI Desktop, ~/Pictures/GlobalAI Desktop)
# are yours and stay where they are.
set -euo pipefail

APP_ID="com.globalaiopc.GlobalAIDesktop"
EXE_NAME="globalai-desktop"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN_DIR="$HOME/.local/bin"
DRY_RUN=0

usage() {  # the comment block at the top of this file
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --bin-dir) BIN_DIR="${2:?--bin-dir needs a folder}"; shift 2 ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "uninstall.sh: unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

APP_DIR="$DATA_HOME/globalai-desktop"
ICONS_DIR="$DATA_HOME/icons/hicolor"

remove() {  # print and remove each path that exists
  for p in "$@"; do
    if [ -e "$p" ] || [ -L "$p" ]; then
      printf '  remove %s\n' "$p"
      if [ "$DRY_RUN" -eq 0 ]; then rm -rf -- "$p"; fi
    fi
  done
}

echo "Removing GlobalAI Desktop for $(id -un)"
[ "$DRY_RUN" -eq 1 ] && echo "(dry run: nothing is changed)"

# The terminal link only if it is ours (points into the app folder), never someone else's file.
LINK="$BIN_DIR/$EXE_NAME"
if [ -L "$LINK" ] && [ "$(readlink "$LINK")" = "$APP_DIR/$EXE_NAME" ]; then
  remove "$LINK"
fi
remove "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
remove "$ICONS_DIR"/*/apps/"$APP_ID".png "$ICONS_DIR/scalable/apps/$APP_ID.svg"
remove "$APP_DIR"

# An existing icon cache is refreshed so it stops listing the removed icons.
if [ "$DRY_RUN" -eq 0 ] && [ -f "$ICONS_DIR/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t -f "$ICONS_DIR" 2>/dev/null || true
fi
echo "Done."
