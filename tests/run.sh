#!/usr/bin/env bash
# Install the project with its test extras and run the whole suite offscreen.
# When gnome-keyring and dbus-run-session are present, the suite runs inside a private
# D-Bus session with a throw-away, unlocked Secret Service (its keyring files live in a
# temporary folder), so the real-keyring tests run too and never touch a real keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
# Outside a virtual environment (e.g. Debian's system Python, which refuses pip installs),
# use a project-local one so the command works the same on every fresh machine.
if ! "$PY" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)'; then
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  PY="$PWD/.venv/bin/python"
fi
"$PY" -m pip install -q -e '.[test,packaging]'
export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null \
   && [ -z "${GLOBALAI_TESTS_IN_DBUS:-}" ]; then
  export GLOBALAI_TESTS_IN_DBUS=1
  KEYRING_HOME="$(mktemp -d)"
  trap 'rm -rf "$KEYRING_HOME"' EXIT
  # dbus-run-session ends the session bus and the keyring daemon with the test run.
  XDG_DATA_HOME="$KEYRING_HOME" dbus-run-session -- bash -c '
    set -e
    # A fresh "login" keyring is created and unlocked with this throw-away password.
    echo -n "globalai-test-session" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$0" -m pytest "$@"' "$PY" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
  exit $?
fi
exec "$PY" -m pytest "$@"
