"""Load every shared library and Qt plugin in a built bundle, the way the app will at run time.

    python packaging/check_bundle_libs.py "dist/GlobalAI Desktop"

A library that a build step damaged (for example stripping Qt's pre-stripped FFmpeg libraries:
"ELF load command address/offset not page-aligned") fails here, even when the app would only
load it later — video preview, an image format — and so a quick start would not notice.
Libraries the bundle expects from the system (GL, Wayland, PipeWire …) and that this machine
lacks are listed as warnings, not failures: a desktop has them.

Exit 0 when everything in the bundle loads; 1 otherwise.  Linux only (uses dlopen through
ctypes with lazy binding; libpython itself is skipped, the running interpreter stands in).
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path


def check(bundle: Path) -> tuple[int, list[str], list[str]]:
    """(libraries loaded, failures, missing system libraries)."""
    loaded, failures, missing = 0, [], []
    for so in sorted(bundle.rglob("*.so*")):
        if so.is_symlink() or not so.is_file() or so.name.startswith("libpython"):
            continue
        try:
            ctypes.CDLL(str(so), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
            loaded += 1
        except OSError as e:
            line = f"{so.relative_to(bundle)}: {e}"
            (missing if "cannot open shared object file" in str(e) else failures).append(line)
    return loaded, failures, missing


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    bundle = Path(argv[0])
    if not bundle.is_dir():
        print(f"not a folder: {bundle}", file=sys.stderr)
        return 1
    loaded, failures, missing = check(bundle)
    for line in missing:
        print(f"   warning (system library absent here): {line}")
    for line in failures:
        print(f"   FAILS TO LOAD: {line}", file=sys.stderr)
    print(f"   {loaded} libraries and plugins load, {len(failures)} fail, "
          f"{len(missing)} wait for a system library")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
