"""The build script and the pieces the spec uses, without running the slow frozen build.

The real build and a run of the frozen app are ``packaging/smoke_frozen.sh`` (a minute or
more); here: the build script's command line, the names and versions the bundle carries on
each OS, and the two size-trimming steps on real Qt and system libraries.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging_helpers import PACKAGING, ROOT, load_packaging_module

BUILD = PACKAGING / "build.py"


def run_build(*args):
    return subprocess.run([sys.executable, str(BUILD), *args], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)


# --- build.py ----------------------------------------------------------------------------------

def test_build_help_lists_its_options():
    r = run_build("--help")
    assert r.returncode == 0, r.stderr
    for option in ("--dry-run", "--clean", "--dist", "--max-mb"):
        assert option in r.stdout


def test_dry_run_names_the_bundle_and_builds_nothing(tmp_path):
    pytest.importorskip("PyInstaller")
    dist = tmp_path / "out"
    r = run_build("--dry-run", "--dist", str(dist), "--work", str(tmp_path / "work"))
    assert r.returncode == 0, r.stdout + r.stderr
    import platform

    if platform.system() == "Linux":
        assert f"bundle:  {dist / 'GlobalAI Desktop'}" in r.stdout
        assert f"program: {dist / 'GlobalAI Desktop' / 'globalai-desktop'}" in r.stdout
    assert "globalai_desktop.spec" in r.stdout and "nothing built" in r.stdout
    assert not dist.exists() and not (tmp_path / "work").exists()


def test_build_refuses_bad_arguments():
    r = run_build("--max-mb", "lots")
    assert r.returncode == 2


# --- names and versions per OS -------------------------------------------------------------------

def test_bundle_names_follow_the_package():
    meta_mod = load_packaging_module("bundle_meta.py")
    import globalai_desktop

    linux, win, mac = (meta_mod.load(p) for p in ("linux", "win32", "darwin"))
    assert linux.version == win.version == globalai_desktop.__version__
    assert linux.name == globalai_desktop.APP_NAME
    assert linux.exe_name == "globalai-desktop"          # what people type in a terminal
    assert win.exe_name == mac.exe_name == "GlobalAI Desktop"
    assert mac.app_id == "com.globalaiopc.GlobalAIDesktop"


@pytest.mark.parametrize("version, numbers", [
    ("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)), ("2.0.0rc1", (2, 0, 0, 0)), ("3", (3, 0, 0, 0)),
])
def test_windows_file_version_numbers(version, numbers):
    meta_mod = load_packaging_module("bundle_meta.py")
    meta = meta_mod.BundleMeta(name="N", version=version, app_id="a.b", exe_name="N",
                               company="C", description="D")
    assert meta.version_tuple == numbers


def test_windows_version_file_is_what_pyinstaller_will_read():
    """PyInstaller eval()s the version file with its own classes on Windows; evaluate it with
    recording stand-ins here and check what Explorer would show."""
    meta = load_packaging_module("bundle_meta.py").load("win32")
    text = load_packaging_module("windows/version_info.py").version_file_text(meta)

    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    info = eval(text, {"__builtins__": {}}, {n: record(n) for n in names})  # noqa: S307
    ffi = info[2]["ffi"][2]
    assert ffi["filevers"] == ffi["prodvers"] == meta.version_tuple
    table = info[2]["kids"][0][1][0][0]
    strings = dict(s[1] for s in table[1][1])
    assert strings["ProductName"] == "GlobalAI Desktop"
    assert strings["ProductVersion"] == strings["FileVersion"] == meta.version
    assert strings["OriginalFilename"] == "GlobalAI Desktop.exe"


# --- trimming the bundle --------------------------------------------------------------------------

def _system_lib(name: str) -> str | None:
    for folder in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"):
        if Path(folder, name).exists():
            return str(Path(folder, name))
    return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux plugin rules")
def test_prune_drops_the_gtk_theme_and_gtk_but_keeps_what_xcb_needs():
    pytest.importorskip("PyInstaller")      # its ldd wrapper reads the link dependencies
    pyside = Path(__import__("PySide6").__file__).parent / "Qt" / "plugins"
    gtk, xcb = _system_lib("libgtk-3.so.0"), _system_lib("libxcb.so.1")
    if not (pyside / "platformthemes" / "libqgtk3.so").exists() or not gtk or not xcb:
        pytest.skip("needs PySide6's GTK theme plugin and the system GTK 3 / xcb libraries")
    prune = load_packaging_module("prune.py")
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", str(pyside / "platformthemes" / "libqgtk3.so"), "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", str(pyside / "platforms" / "libqxcb.so"), "BINARY"),
        ("libgtk-3.so.0", gtk, "BINARY"),
        ("libxcb.so.1", xcb, "BINARY"),
    ]
    datas = [
        ("libgtk-3.so.0.link", "libgtk-3.so.0", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/x/qtbase_zh_CN.qm", "DATA"),
        ("PySide6/Qt/translations/qt_en.qm", "/x/qt_en.qm", "DATA"),
        ("resources/translations/globalai_de.qm", "/x/globalai_de.qm", "DATA"),
    ]
    kept, kept_datas = prune.prune(binaries, datas, log=lambda *_: None)
    kept_names = [d for d, _s, _t in kept]
    assert kept_names == ["PySide6/Qt/plugins/platforms/libqxcb.so", "libxcb.so.1"]
    assert [d for d, _s, _t in kept_datas] == [
        "libgtk-3.so.0.link",              # a link whose name is not a dropped library stays
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/translations/qt_en.qm",
        "resources/translations/globalai_de.qm",   # the app's own files are never touched
    ]


@pytest.mark.skipif(not shutil.which("strip"), reason="binutils' strip not installed")
def test_strip_touches_only_unstripped_files_and_they_still_load(tmp_path):
    prune = load_packaging_module("prune.py")
    import _ctypes  # a stdlib extension module: unstripped in source-built Pythons (pyenv)

    unstripped = Path(_ctypes.__file__) if prune.has_symbol_table(Path(_ctypes.__file__)) else None
    qt_lib = Path(__import__("PySide6").__file__).parent / "Qt" / "lib" / "libavformat.so.63"
    if unstripped is None or not qt_lib.exists() or prune.has_symbol_table(qt_lib):
        pytest.skip("needs an unstripped stdlib extension and Qt's pre-stripped FFmpeg library")
    (tmp_path / "a").mkdir()
    ext = tmp_path / "a" / unstripped.name
    shutil.copy2(unstripped, ext)
    ffmpeg = tmp_path / qt_lib.name
    shutil.copy2(qt_lib, ffmpeg)
    program = tmp_path / "program"
    shutil.copy2(unstripped, program)              # stands in for the program: never touched
    before_ffmpeg, before_program = ffmpeg.read_bytes(), program.read_bytes()

    saved = prune.strip_unstripped(tmp_path, skip=(program,), log=lambda *_: None)

    assert saved > 0 and not prune.has_symbol_table(ext)
    ctypes.CDLL(str(ext))                          # still a loadable library
    # Stripping Qt's already-stripped FFmpeg again breaks it; it must be left byte-identical.
    assert ffmpeg.read_bytes() == before_ffmpeg
    assert program.read_bytes() == before_program


def test_symbol_table_check_ignores_files_that_are_not_elf(tmp_path):
    prune = load_packaging_module("prune.py")
    (tmp_path / "x.so").write_bytes(b"\x7fELF" + b"\0" * 10)
    (tmp_path / "y.png").write_bytes((ROOT / "resources" / "icons" / "globalai-desktop-16.png").read_bytes())
    assert not prune.has_symbol_table(tmp_path / "x.so")
    assert not prune.has_symbol_table(tmp_path / "y.png")


@pytest.mark.skipif(not shutil.which("strip"), reason="binutils' strip not installed")
def test_bundle_library_check_catches_a_damaged_library(tmp_path):
    """What smoke_frozen.sh relies on: a library a build step broke is reported, a good one not."""
    check = load_packaging_module("check_bundle_libs.py")
    qt_lib = Path(__import__("PySide6").__file__).parent / "Qt" / "lib" / "libavformat.so.63"
    if not qt_lib.exists():
        pytest.skip("needs Qt's FFmpeg library from the PySide6 wheel")
    (tmp_path / "good").mkdir()
    (tmp_path / "bad").mkdir()
    shutil.copy2(qt_lib, tmp_path / "good" / qt_lib.name)
    shutil.copy2(qt_lib, tmp_path / "bad" / qt_lib.name)
    subprocess.run(["strip", str(tmp_path / "bad" / qt_lib.name)], check=True)

    _loaded, failures, _missing = check.check(tmp_path)

    assert len(failures) == 1 and failures[0].startswith(f"bad/{qt_lib.name}")


def _spec_excludes() -> set[str]:
    """The module names the spec leaves out (read from the spec's source, not executed)."""
    import ast

    tree = ast.parse((PACKAGING / "globalai_desktop.spec").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name == "UNUSED_QT":
                found[name] = ast.literal_eval(node.value)
            elif name == "excludes":          # [f"PySide6.{m}" for m in UNUSED_QT] + [...]
                found[name] = ast.literal_eval(node.value.right)
    assert set(found) == {"UNUSED_QT", "excludes"}, "the spec's exclude lists moved"
    return {f"PySide6.{m}" for m in found["UNUSED_QT"]} | set(found["excludes"])


def test_the_bundle_leaves_out_nothing_the_app_imports():
    """A module the spec excludes is missing from the frozen app: if anyone starts importing
    one (say PySide6.QtSql), the double-click app would fail where the source install works."""
    import ast

    excluded = _spec_excludes()
    assert "PySide6.QtWebEngineCore" in excluded and "PySide6.QtMultimedia" not in excluded
    offenders = []
    for path in sorted((ROOT / "globalai_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if any(name == e or name.startswith(e + ".") for e in excluded):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert not offenders, ("the spec excludes modules the app imports; drop them from "
                           f"packaging/globalai_desktop.spec's excludes: {offenders}")
