"""Linux: the menu entry, the software-centre metadata and the per-user install script.

The validators are Debian's own (desktop-file-validate, appstreamcli).  The install script
runs for real against a throw-away HOME holding a stand-in bundle (a tiny program in the
bundle's layout), so what a user gets in their menu is checked without a slow build.
"""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging_helpers import load_packaging_module

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "com.globalaiopc.GlobalAIDesktop"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"

needs_desktop_validate = pytest.mark.skipif(
    not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
needs_appstream = pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")


def read_desktop(path: Path) -> configparser.ConfigParser:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str                       # keys are case-sensitive
    cp.read(path, encoding="utf-8")
    return cp


# --- the files as shipped ----------------------------------------------------------------------

@needs_desktop_validate
def test_desktop_entry_passes_desktop_file_validate():
    r = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert r.returncode == 0 and "error" not in r.stdout, r.stdout + r.stderr


@needs_appstream
def test_metainfo_passes_appstreamcli_validate():
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_desktop_entry_metainfo_and_bundle_agree_on_names():
    meta = load_packaging_module("bundle_meta.py").load("linux")
    entry = read_desktop(DESKTOP)["Desktop Entry"]
    assert meta.app_id == APP_ID
    assert entry["Icon"] == APP_ID                        # the installed icon's name
    assert shlex.split(entry["Exec"])[0] == meta.exe_name  # the program in the bundle
    assert entry["StartupWMClass"] == meta.exe_name
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert f'<release version="{meta.version}"' in text, "metainfo lacks this version's release"


# --- the install script ---------------------------------------------------------------------------

@pytest.fixture
def home(tmp_path):
    """A throw-away HOME whose path has a space (Exec= quoting must cope) and a stand-in bundle."""
    home = tmp_path / "home dir"
    home.mkdir()
    bundle = tmp_path / "dist" / "GlobalAI Desktop"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "globalai-desktop"
    program.write_text("#!/bin/sh\necho frozen app \"$@\"\n")
    program.chmod(0o755)
    (bundle / "_internal" / "marker.txt").write_text("v1")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return home, bundle, env


def run_script(name, env, *args, check=True):
    r = subprocess.run(["bash", str(LINUX / name), *args], env=env, capture_output=True,
                       text=True, timeout=60)
    if check:
        assert r.returncode == 0, r.stdout + r.stderr
    return r


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


def test_install_puts_app_menu_entry_icons_and_link_in_place(home):
    home, bundle, env = home
    run_script("install.sh", env, "--bundle", str(bundle))
    share = home / ".local" / "share"
    app_dir = share / "globalai-desktop"
    assert (app_dir / "globalai-desktop").is_file() and (app_dir / "uninstall.sh").is_file()
    for size in (16, 32, 48, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    link = home / ".local" / "bin" / "globalai-desktop"
    assert link.is_symlink() and link.resolve() == (app_dir / "globalai-desktop").resolve()

    installed = share / "applications" / f"{APP_ID}.desktop"
    entry = read_desktop(installed)
    # The menu entry starts the installed program, even from a HOME with a space in it.
    exec_line = entry["Desktop Entry"]["Exec"]
    assert shlex.split(exec_line) == [str(app_dir / "globalai-desktop")]
    assert entry["Desktop Entry"]["TryExec"] == str(app_dir / "globalai-desktop")
    assert shlex.split(entry["Desktop Action demo"]["Exec"]) == [str(app_dir / "globalai-desktop"), "--demo"]
    out = subprocess.run(shlex.split(exec_line), capture_output=True, text=True)
    assert out.stdout.strip() == "frozen app"


@needs_desktop_validate
@needs_appstream
def test_installed_files_validate_together(home):
    home, bundle, env = home
    run_script("install.sh", env, "--bundle", str(bundle))
    share = home / ".local" / "share"
    r = subprocess.run(["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "error" not in r.stdout, r.stdout
    # validate-tree checks the metainfo against the installed .desktop file and icons.
    r = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(home / ".local")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_reinstall_replaces_the_old_app_folder(home):
    home, bundle, env = home
    (bundle / "_internal" / "old-only.txt").write_text("from the old version")
    run_script("install.sh", env, "--bundle", str(bundle))
    (bundle / "_internal" / "old-only.txt").unlink()
    (bundle / "_internal" / "marker.txt").write_text("v2")
    run_script("install.sh", env, "--bundle", str(bundle))
    app_dir = home / ".local" / "share" / "globalai-desktop"
    assert (app_dir / "_internal" / "marker.txt").read_text() == "v2"
    assert not (app_dir / "_internal" / "old-only.txt").exists()
    assert not list(app_dir.parent.glob("globalai-desktop.new.*")), "staging folder left behind"


def test_uninstall_removes_what_install_added_and_keeps_the_users_data(home):
    home, bundle, env = home
    user_data = home / ".local" / "share" / "GlobalAI Desktop"
    user_data.mkdir(parents=True)
    (user_data / "conversations.sqlite3").write_text("the user's chats")
    other_link = home / ".local" / "bin" / "other-tool"
    before = tree(home)
    run_script("install.sh", env, "--bundle", str(bundle))
    other_link.symlink_to("/bin/true")
    run_script("uninstall.sh", env)
    after = tree(home)
    assert (user_data / "conversations.sqlite3").read_text() == "the user's chats"
    assert other_link.is_symlink(), "someone else's file in ~/.local/bin was removed"
    leftovers = {p for p in after - before
                 if (home / p).is_file() or (home / p).is_symlink()} - {".local/bin/other-tool"}
    assert not leftovers, f"uninstall left files behind: {sorted(leftovers)}"


def test_installed_uninstall_script_works_from_the_app_folder(home):
    home, bundle, env = home
    run_script("install.sh", env, "--bundle", str(bundle))
    app_dir = home / ".local" / "share" / "globalai-desktop"
    r = subprocess.run(["bash", str(app_dir / "uninstall.sh")], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert not app_dir.exists()
    assert not (home / ".local" / "share" / "applications" / f"{APP_ID}.desktop").exists()


def test_install_without_a_built_bundle_says_how_to_build_and_changes_nothing(home, tmp_path):
    home, _bundle, env = home
    r = run_script("install.sh", env, "--bundle", str(tmp_path / "nowhere"), check=False)
    assert r.returncode == 1
    assert "packaging/build.py" in r.stderr
    assert tree(home) == set()


def test_dry_run_prints_the_plan_and_changes_nothing(home):
    home, bundle, env = home
    r = run_script("install.sh", env, "--bundle", str(bundle), "--dry-run")
    assert "applications" in r.stdout and "icons/hicolor" in r.stdout
    assert tree(home) == set()


def test_desktop_only_install_points_the_menu_at_the_command_on_path(home):
    home, _bundle, env = home
    run_script("install.sh", env, "--desktop-only")
    entry = read_desktop(home / ".local" / "share" / "applications" / f"{APP_ID}.desktop")
    assert entry["Desktop Entry"]["Exec"] == "globalai-desktop"
    assert not (home / ".local" / "bin" / "globalai-desktop").exists()


def test_exec_quoting_survives_awkward_folder_names(tmp_path):
    """Desktop Entry spec quoting for a HOME holding $, quotes, a backslash and a %."""
    awkward = tmp_path / 'a $b "c" d\\e 50%'
    awkward.mkdir()
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "globalai-desktop").write_text("#!/bin/sh\n")
    (bundle / "globalai-desktop").chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(awkward)
    run_script("install.sh", env, "--bundle", str(bundle))
    installed = awkward / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert r.returncode == 0 and "error" not in r.stdout, r.stdout
    raw = next(line for line in installed.read_text().splitlines() if line.startswith("Exec="))
    # Undo the two escaping layers as a launcher does: string escapes, then Exec quoting.
    value = raw[len("Exec="):].replace("\\\\", "\\")
    assert value.startswith('"') and value.endswith('"')
    inner, unescaped, i = value[1:-1], "", 0
    while i < len(inner):
        if inner[i] == "\\" and i + 1 < len(inner):
            unescaped += inner[i + 1]
            i += 2
        else:
            unescaped += inner[i]
            i += 1
    expected = str(awkward / ".local" / "share" / "globalai-desktop" / "globalai-desktop")
    assert unescaped.replace("%%", "%") == expected


def test_install_from_inside_an_unpacked_bundle(home):
    """The shipped archive: install.sh and its files sit next to the program, the icons in
    _internal/resources/icons (as the spec lays them out); no source tree around."""
    home, bundle, env = home
    for name in ("install.sh", "uninstall.sh", DESKTOP.name, METAINFO.name):
        shutil.copy2(LINUX / name, bundle / name)
    icons = bundle / "_internal" / "resources" / "icons"
    shutil.copytree(ROOT / "resources" / "icons", icons)
    r = subprocess.run(["bash", str(bundle / "install.sh")], env=env, capture_output=True,
                       text=True, timeout=60, cwd=home)
    assert r.returncode == 0, r.stdout + r.stderr
    share = home / ".local" / "share"
    assert (share / "globalai-desktop" / "globalai-desktop").is_file()
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").read_bytes() == \
        (icons / "globalai-desktop-48.png").read_bytes()
