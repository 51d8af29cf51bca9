"""Keep the bundle small: leave out what the app never uses, strip what was shipped unstripped.

``prune(a.binaries, a.datas)`` is called from the spec after ``Analysis``.  Each rule names a
thing and why it is unused; the shared libraries that only a dropped plugin needed go with it
(computed from the link-time dependencies, so a library anything kept links to always stays).

``strip_unstripped(folder)`` runs after ``COLLECT`` on Linux.  PyInstaller's own
``strip=True`` strips *every* binary, and that breaks libraries that arrive already stripped
and then patched (Qt's FFmpeg libraries fail to load with "ELF load command address/offset not
page-aligned", and video preview is gone).  Only files that still carry a symbol table are
stripped here: libpython from a source-built Python (23 -> 6 MB), Python extension modules,
ICU.
"""

from __future__ import annotations

import fnmatch
import shutil
import struct
import subprocess
import sys
from pathlib import Path, PurePosixPath

QT = "PySide6/Qt"

# Qt plugins the app does not use, per OS (destination paths inside the bundle, glob patterns).
UNUSED_PLUGINS = {
    "linux": [
        # GTK platform theme: pulls the whole GTK 3 stack (~20 MB of system libraries) into
        # the bundle, where it then clashes with the system's GTK modules.  The app draws with
        # Fusion and its own palette; native file dialogs still come through the
        # xdg-desktop-portal theme plugin, which stays.
        f"{QT}/plugins/platformthemes/libqgtk3.so",
        # On-screen keyboard for kiosks (and its QML stack); ibus and compose input stay,
        # so Chinese/Japanese input methods keep working.
        f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        # Platforms for embedded devices without a desktop session.  xcb, wayland,
        # offscreen (smoke tests) and minimal stay.
        f"{QT}/plugins/platforms/libqeglfs.so",
        f"{QT}/plugins/platforms/libqlinuxfb.so",
        f"{QT}/plugins/platforms/libqminimalegl.so",
        f"{QT}/plugins/platforms/libqvkkhrdisplay.so",
        f"{QT}/plugins/platforms/libqvnc.so",
        f"{QT}/plugins/egldeviceintegrations/*",
    ],
}

# Qt's own translations (standard dialogs, buttons) are kept for the languages the app's
# interface is written in: English and Chinese (Simplified and Traditional).
KEEP_QT_LANGUAGES = ("en", "zh_CN", "zh_TW")


def _platform_key() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def _matches(dest: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(dest, p) for p in patterns)


def _is_unused_translation(dest: str) -> bool:
    p = PurePosixPath(dest.replace("\\", "/"))   # Windows TOCs use backslashes
    if str(p.parent) != f"{QT}/translations" or p.suffix != ".qm":
        return False
    stem = p.stem                                  # e.g. qtbase_zh_CN
    return not any(stem.endswith("_" + lang) for lang in KEEP_QT_LANGUAGES)


def _link_closure(roots: list[str], src_by_name: dict[str, str]) -> set[str]:
    """Base names of every bundled library reachable from ``roots`` (source paths) by linking."""
    from PyInstaller.depend import bindepend

    seen: set[str] = set()
    stack = list(roots)
    while stack:
        src = stack.pop()
        for lib_name, _path in bindepend.get_imports(src):
            name = PurePosixPath(lib_name).name
            if name in src_by_name and name not in seen:
                seen.add(name)
                stack.append(src_by_name[name])
    return seen


def prune(binaries, datas, *, log=print):
    """Return ``(binaries, datas)`` without the unused plugins, their orphan libraries and the
    translations for other languages.  Entries are PyInstaller TOC tuples (dest, src, type)."""
    patterns = UNUSED_PLUGINS.get(_platform_key(), [])
    dropped = [e for e in binaries if _matches(e[0], patterns)]
    kept = [e for e in binaries if not _matches(e[0], patterns)]
    orphans: set[str] = set()
    if dropped:
        src_by_name = {PurePosixPath(dest).name: src for dest, src, _t in binaries}
        # Shared libraries that only dropped plugins link to: those reachable from a dropped
        # plugin but not from anything else that stays (plugins and Python extensions are
        # never linked against, so they are never candidates).
        candidates = _link_closure([src for _d, src, _t in dropped], src_by_name)
        roots = [src for dest, src, _t in kept if PurePosixPath(dest).name not in candidates]
        orphans = candidates - _link_closure(roots, src_by_name)
        kept = [e for e in kept if PurePosixPath(e[0]).name not in orphans]
    # PyInstaller lists the top-level links to Qt's libraries among the data entries
    # (type SYMLINK); a link to a library that went must go too.
    new_datas = [e for e in datas if not _is_unused_translation(e[0])
                 and not (e[2] == "SYMLINK" and PurePosixPath(e[0]).name in orphans)]
    log(f"prune: left out {len(dropped)} Qt plugins, {len(orphans)} libraries only they needed, "
        f"{sum(_is_unused_translation(e[0]) for e in datas)} Qt translation files")
    return kept, new_datas


SHT_SYMTAB = 2


def has_symbol_table(path: Path) -> bool:
    """True for a 64-bit little-endian ELF file with a .symtab section (i.e. not stripped)."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
                return False
            (shoff,) = struct.unpack_from("<Q", head, 0x28)
            shentsize, shnum = struct.unpack_from("<HH", head, 0x3A)
            if not shoff or shentsize < 8:
                return False
            f.seek(shoff)
            table = f.read(shentsize * shnum)
    except OSError:
        return False
    return any(struct.unpack_from("<I", table, i * shentsize + 4)[0] == SHT_SYMTAB
               for i in range(len(table) // shentsize))


def strip_unstripped(folder: Path, *, skip: tuple[Path, ...] = (), log=print) -> int:
    """Strip each ELF file below ``folder`` that still has a symbol table; return bytes saved.
    ``skip``: files never to touch (the program itself carries its archive after the ELF
    image, which strip would cut off)."""
    strip = shutil.which("strip")
    if not strip:
        log("strip: binutils' strip not found; the bundle keeps its symbol tables")
        return 0
    skipped = {p.resolve() for p in skip}
    saved = count = 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.resolve() in skipped:
            continue
        if not has_symbol_table(path):
            continue
        before = path.stat().st_size
        subprocess.run([strip, str(path)], check=True)
        saved += before - path.stat().st_size
        count += 1
    log(f"strip: {count} files stripped of their symbol tables, {saved / 1_000_000:.1f} MB saved")
    return saved
