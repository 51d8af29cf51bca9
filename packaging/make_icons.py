"""Render the application icon from its SVG sources into every size and container format.

Run ``python packaging/make_icons.py`` after editing ``resources/icons/globalai-desktop.svg``
(or its 16–32 px variant ``globalai-desktop-small.svg``) and commit the results:

- ``resources/icons/globalai-desktop-<N>.png`` for N in :data:`PNG_SIZES` (the freedesktop
  hicolor sizes; the window icon and the Linux install script use them),
- ``resources/icons/globalai-desktop.ico`` (Windows: 16…256 px, each entry a PNG),
- ``resources/icons/globalai-desktop.icns`` (macOS: 16…1024 px incl. Retina, each a PNG).

Rendering uses Qt's own SVG renderer (PySide6.QtSvg), so no other image library is needed.
Both containers are simple: a directory of PNG streams, written here with ``struct``.
``--check`` renders in memory and exits 1 when a committed file is missing or stale
(pixel-exact rendering can differ between Qt versions, so the check compares sizes and
formats, not bytes).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "globalai-desktop"
SOURCE = ICON_DIR / f"{NAME}.svg"
SMALL_SOURCE = ICON_DIR / f"{NAME}-small.svg"
SMALL_MAX = 32                      # sizes up to this use the simplified drawing
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)   # 256 is the largest size an ICO entry can declare
# ICNS element types holding PNG data, with the pixel size each one carries.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def png_path(size: int) -> Path:
    return ICON_DIR / f"{NAME}-{size}.png"


def render_png(size: int) -> bytes:
    """Render the icon at ``size``×``size`` pixels and return PNG bytes (transparent corners)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = SMALL_SOURCE if size <= SMALL_MAX else SOURCE
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise RuntimeError(f"cannot parse {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buf, "PNG"):
        raise RuntimeError(f"cannot encode {size}px PNG")
    buf.close()
    return bytes(data.data())


def png_dimensions(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (raises ValueError if not a PNG)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG stream")
    return struct.unpack(">II", png[16:24])


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG streams (Windows Vista and later read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))       # reserved, type 1 = icon, count
    offset = 6 + 16 * len(sizes)
    directory, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s                       # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + directory + blobs


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' + total length, then one (type, length, PNG) element per entry."""
    body = b""
    for ostype, size in ICNS_TYPES:
        data = pngs[size]
        body += ostype + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all() -> dict[Path, bytes]:
    """Every output file's path and content."""
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {s: render_png(s) for s in sizes}
    out = {png_path(s): pngs[s] for s in PNG_SIZES}
    out[ICON_DIR / f"{NAME}.ico"] = build_ico({s: pngs[s] for s in ICO_SIZES})
    out[ICON_DIR / f"{NAME}.icns"] = build_icns(pngs)
    return out


def _ensure_gui_app():
    # QPainter on a QImage needs a QGuiApplication for its font/raster setup on some platforms.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if any icon file is missing or has the wrong size")
    args = parser.parse_args(argv)
    app = _ensure_gui_app()  # noqa: F841 - kept alive while rendering
    outputs = render_all()
    if args.check:
        stale = [p for p, data in outputs.items()
                 if not p.is_file() or (p.suffix == ".png"
                                        and png_dimensions(p.read_bytes()) != png_dimensions(data))]
        for p in stale:
            print(f"stale or missing: {p.relative_to(ICON_DIR.parent.parent)}")
        return 1 if stale else 0
    for path, data in outputs.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ICON_DIR.parent.parent)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
