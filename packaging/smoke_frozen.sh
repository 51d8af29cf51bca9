#!/usr/bin/env bash
# Build the double-click app and check the frozen program the way a person would use it (Linux).
#
#   bash packaging/smoke_frozen.sh              build, then check
#   bash packaging/smoke_frozen.sh --no-build   check the bundle already in dist/
#   PYTHON=/path/to/python bash packaging/smoke_frozen.sh   the Python that builds (needs
#                                               PyInstaller: pip install '.[packaging]')
#
# Checks, each printed as it runs; the script exits 1 at the first failure:
#   1. the bundle exists, has no broken links, every library and Qt plugin in it loads
#      (packaging/check_bundle_libs.py), and its size is printed (aim: under 250 MB);
#   2. `globalai-desktop --demo --quit-after-startup` exits 0 offscreen, in an empty profile,
#      three times, with Qt's FFmpeg media backend loaded; the wall-clock times from launch to
#      exit and the app's own start-up figure are printed;
#   3. with a Secret Service running (gnome-keyring in a private D-Bus session, throw-away
#      keyring folder), a throw-away key stored by the *source* install is read by the *frozen*
#      app: it starts without --demo against a local simulator that accepts only that key,
#      exits 0, and its log names a real keyring backend (not keyring's fail/null backend);
#      afterwards no file the app wrote contains the key.
# Not part of the normal test run (a build takes a minute or more); CI or a release runs it.
set -euo pipefail
SELF="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PY="${PYTHON:-python3}"
BUILD=1
case "${1:-}" in
  --no-build) BUILD=0 ;;
  -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$SELF"; exit 0 ;;
  "") ;;
  *) echo "smoke_frozen.sh: unknown option: $1 (try --help)" >&2; exit 2 ;;
esac
case "$(uname -s)" in Linux) ;; *) echo "smoke_frozen.sh runs on Linux only" >&2; exit 2 ;; esac

BUNDLE="$ROOT/dist/GlobalAI Desktop"
APP="$BUNDLE/globalai-desktop"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }

# Every run gets an empty profile of its own; nothing touches the real one.
profile() {
  export GLOBALAI_DESKTOP_CONFIG_DIR="$WORK/$1/config"
  export GLOBALAI_DESKTOP_DATA_DIR="$WORK/$1/data"
  export GLOBALAI_DESKTOP_SYSTEM_CONFIG="$WORK/$1/system/config.toml"
}
unset GLOBALAIOPC_API_KEY GLOBALAIOPC_TEXT_BASE_URL GLOBALAIOPC_MEDIA_BASE_URL
export QT_QPA_PLATFORM=offscreen

# --- 1. build and look at the bundle -----------------------------------------------------------
if [ "$BUILD" -eq 1 ]; then
  echo "== build"
  "$PY" packaging/build.py || fail "the build failed"
fi
[ -x "$APP" ] || fail "no frozen program at $APP (build first, or drop --no-build)"
BROKEN="$(find "$BUNDLE" -xtype l)"
[ -z "$BROKEN" ] || fail "broken links in the bundle:"$'\n'"$BROKEN"
SIZE_MB="$(du -sb "$BUNDLE" | awk '{printf "%.1f", $1 / 1000000}')"
echo "== bundle: $BUNDLE ($SIZE_MB MB on disk)"
QT_LOGGING_RULES="qt.multimedia*=false" "$PY" packaging/check_bundle_libs.py "$BUNDLE" \
  || fail "libraries in the bundle do not load"

# --- 2. demo start-up, three times --------------------------------------------------------------
echo "== frozen app: --demo --quit-after-startup"
TIMES=()
for run in 1 2 3; do
  profile "demo$run"
  t0="$(now_ms)"
  set +e
  # Qt says which media backend it loads (the video player is created with its tab).
  QT_LOGGING_RULES="qt.multimedia.plugin=true" \
    timeout 120 "$APP" --demo --quit-after-startup >"$WORK/demo$run.out" 2>&1
  rc=$?
  set -e
  t1="$(now_ms)"
  if [ "$rc" -ne 0 ]; then
    cat "$WORK/demo$run.out" >&2
    fail "the frozen app exited $rc in demo mode (run $run)"
  fi
  if grep -q "No QtMultimedia backends found" "$WORK/demo$run.out"; then
    grep -i "multimedia\|ffmpeg" "$WORK/demo$run.out" >&2
    fail "the frozen app has no media backend: video preview would not work"
  fi
  TIMES+=("$((t1 - t0))")
  APP_MS="$(sed -n 's/^startup_ms=//p' "$WORK/demo$run.out")"
  echo "   run $run: exit 0 in $((t1 - t0)) ms wall clock (the app's own figure: ${APP_MS:-?} ms to the first paint)"
done
if grep -q 'Loading media backend "ffmpeg"' "$WORK/demo1.out"; then
  echo "   media backend: ffmpeg loaded"
else
  echo "   media backend: not needed during start-up (its plugin loaded in the library check)"
fi

# --- 3. the frozen app reads its key from the OS keyring -----------------------------------------
KEYRING_RESULT="not checked (needs dbus-run-session and gnome-keyring-daemon)"
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  echo "== frozen app: API key from the Secret Service"
  profile keyring
  mkdir -p "$WORK/keyring-home"
  export SMOKE_WORK="$WORK" SMOKE_APP="$APP" SMOKE_PY="$PY"
  # The key is made up here and lives only in the throw-away keyring and this process.
  export SMOKE_KEY="sk-smoke-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  set +e
  XDG_DATA_HOME="$WORK/keyring-home" dbus-run-session -- bash -c '
    set -euo pipefail
    echo -n "smoke-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # The source install stores the key, exactly as its Settings dialog would.
    "$SMOKE_PY" - <<"EOF"
import os
from globalai_desktop.storage.secrets import KeyringStore
store = KeyringStore()
store.write(os.environ["SMOKE_KEY"])
print("   source install keyring backend:", store.info().name)
EOF
    # A local gateway that accepts only that key.
    "$SMOKE_PY" -m globalai_desktop.simulator --port 0 --fast --key "$SMOKE_KEY" >"$SMOKE_WORK/sim.out" 2>&1 &
    sim=$!
    trap "kill $sim 2>/dev/null || true" EXIT
    for _ in $(seq 100); do grep -q "media base URL" "$SMOKE_WORK/sim.out" && break; sleep 0.1; done
    text_url="$(sed -n "s/^text base URL: *//p" "$SMOKE_WORK/sim.out")"
    media_url="$(sed -n "s/^media base URL: *//p" "$SMOKE_WORK/sim.out")"
    [ -n "$media_url" ] || { cat "$SMOKE_WORK/sim.out" >&2; echo "simulator did not start" >&2; exit 3; }
    timeout 120 "$SMOKE_APP" --quit-after-startup --text-base-url "$text_url" \
      --media-base-url "$media_url" >"$SMOKE_WORK/keyring.out" 2>&1
  ' 2> >(grep -v "Failed to set fd limit" >&2)
  rc=$?
  set -e
  [ "$rc" -eq 0 ] || { cat "$WORK/keyring.out" >&2 2>/dev/null || true; fail "the keyring run failed (exit $rc)"; }
  LOG="$GLOBALAI_DESKTOP_DATA_DIR/logs/globalai-desktop.log"
  [ -f "$LOG" ] || fail "the frozen app wrote no log at $LOG"
  LINE="$(grep -m1 "keyring backend:" "$LOG" || true)"
  [ -n "$LINE" ] || fail "the frozen app's log does not name its keyring backend"
  echo "   frozen app's log: ${LINE#* INFO }"
  case "$LINE" in
    *fail*|*null*|*"not used"*) fail "the frozen app fell back to no keyring: $LINE" ;;
    *"(usable)"*) ;;
    *) fail "the frozen app cannot use the keyring: $LINE" ;;
  esac
  if grep -rqF -- "$SMOKE_KEY" "$WORK/keyring" "$WORK/keyring.out"; then
    fail "the key appears in a file the frozen app wrote"
  fi
  KEYRING_RESULT="${LINE#*keyring backend: }"
fi

# --- summary --------------------------------------------------------------------------------------
SORTED=($(printf '%s\n' "${TIMES[@]}" | sort -n))
echo
echo "frozen app OK"
echo "  bundle size:       $SIZE_MB MB ($BUNDLE)"
echo "  launch to exit:    first ${TIMES[0]} ms, median ${SORTED[1]} ms of 3 (--demo --quit-after-startup, offscreen)"
echo "  keyring backend:   $KEYRING_RESULT"
