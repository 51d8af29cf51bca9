#!/usr/bin/env bash
# Install the project with its test extras and run the whole suite offscreen.
# When gnome-keyring and dbus-run-session are present, the suite runs inside a private
# D-Bus session with an unlocked Secret Service so the real-keyring tests run too.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
"$PY" -m pip install -q -e '.[test]'
export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null \
   && [ -z "${GLOBALAI_TESTS_IN_DBUS:-}" ]; then
  export GLOBALAI_TESTS_IN_DBUS=1
  exec dbus-run-session -- bash -c '
    set -e
    # An empty password unlocks a fresh "login" keyring for this session only.
    printf "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$0" -m pytest "$@"' "$PY" "$@"
fi
exec "$PY" -m pytest "$@"
