"""Build GlobalAI Desktop as a double-click app for the OS this runs on.

    python packaging/build.py              build into dist/ (one folder; .app on macOS)
    python packaging/build.py --dry-run    print what would be built and check the inputs
    python packaging/build.py --clean      drop PyInstaller's cache first (after upgrading Qt)

Needs PyInstaller: ``pip install '.[packaging]'``.  The build is PyInstaller one-folder from
``packaging/globalai_desktop.spec``; the README explains the choice.  At the end it prints the
bundle size and its largest parts, and exits 1 if the size is over ``--max-mb`` (when given).
Exit codes: 0 built (or dry run fine), 1 the build or a check failed, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "globalai_desktop.spec"
SIZE_AIM_MB = 250
sys.path.insert(0, str(PACKAGING))
import bundle_meta  # noqa: E402

REQUIRED_INPUTS = [
    SPEC,
    ROOT / "globalai_desktop" / "__main__.py",
    ROOT / "resources" / "icons" / "globalai-desktop.svg",
    ROOT / "resources" / "icons" / "globalai-desktop.ico",
    ROOT / "resources" / "icons" / "globalai-desktop.icns",
    ROOT / "resources" / "icons" / "globalai-desktop-256.png",
]


def bundle_paths(dist: Path, meta: bundle_meta.BundleMeta) -> tuple[Path, Path]:
    """(the one-folder bundle, the program people start) for this OS."""
    folder = dist / meta.name
    if sys.platform == "darwin":
        return dist / f"{meta.name}.app", dist / f"{meta.name}.app" / "Contents" / "MacOS" / meta.exe_name
    suffix = ".exe" if sys.platform.startswith("win") else ""
    return folder, folder / f"{meta.exe_name}{suffix}"


def dir_size(path: Path) -> int:
    """Bytes of every regular file below ``path`` (links not followed, so not counted twice)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_files(bundle: Path, top: int = 12) -> list[tuple[int, str]]:
    """(bytes, path inside the bundle) of its biggest files, largest first."""
    sizes = [(p.stat().st_size, str(p.relative_to(bundle)))
             for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sorted(sizes, reverse=True)[:top]


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def pyinstaller_command(dist: Path, work: Path, clean: bool) -> list[str]:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        cmd.append("--clean")
    return cmd + [str(SPEC)]


def main(argv: list[str] | None = None) -> int:
    meta = bundle_meta.load()
    parser = argparse.ArgumentParser(
        description=f"Build {meta.name} {meta.version} as a one-folder app for this OS with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's working folder (default: build/pyinstaller/)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache before building")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the inputs and print the plan; build nothing")
    parser.add_argument("--max-mb", type=float, default=None,
                        help=f"fail when the bundle is larger than this (the aim is {SIZE_AIM_MB} MB)")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    bundle, program = bundle_paths(dist, meta)
    cmd = pyinstaller_command(dist, work, args.clean)

    print(f"{meta.name} {meta.version} ({meta.app_id}) for {sys.platform}")
    print(f"  spec:    {SPEC.relative_to(ROOT)}")
    print(f"  bundle:  {bundle}")
    print(f"  program: {program}")
    inputs = list(REQUIRED_INPUTS)
    if sys.platform.startswith("linux"):
        inputs += [PACKAGING / "linux" / name for name in meta.linux_extras]
    missing = [p for p in inputs if not p.exists()]
    for p in missing:
        print(f"missing input: {p.relative_to(ROOT)}", file=sys.stderr)
    try:
        import PyInstaller  # noqa: F401
        have_pyinstaller = True
    except ImportError:
        have_pyinstaller = False
        print("PyInstaller is not installed here; install it with: pip install '.[packaging]'",
              file=sys.stderr)
    if args.dry_run:
        print("  command: " + shlex.join(cmd))
        print("dry run: nothing built")
        return 1 if missing or not have_pyinstaller else 0
    if missing or not have_pyinstaller:
        return 1

    started = time.monotonic()
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        print(f"PyInstaller failed (exit {result.returncode})", file=sys.stderr)
        return 1
    if not program.is_file():
        print(f"build finished but {program} is missing", file=sys.stderr)
        return 1
    size = dir_size(bundle)
    print(f"\nbuilt in {time.monotonic() - started:.0f} s: {bundle}")
    print("largest files:")
    for n, name in largest_files(bundle):
        print(f"  {mb(n):>9}  {name}")
    verdict = "within" if size <= SIZE_AIM_MB * 1_000_000 else "OVER"
    print(f"bundle size: {mb(size)} ({verdict} the {SIZE_AIM_MB} MB aim)")
    if sys.platform.startswith("linux"):
        print(f"ship it as an archive with: tar -C '{dist}' -czf globalai-desktop-{meta.version}-linux.tar.gz "
              f"'{meta.name}'")
    if args.max_mb is not None and size > args.max_mb * 1_000_000:
        print(f"bundle is larger than --max-mb {args.max_mb:g}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
