"""The application icon people see in the menu, the task bar, Explorer and the Dock.

Each committed size must exist with the right pixel size and look like the icon (an opaque
tile with transparent rounded corners, not a blank or square image); the Windows .ico and macOS
.icns containers are read back with a reader written from the formats' descriptions, so a
broken container fails here rather than on a user's machine.
"""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG stream"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_size_exists_with_its_pixel_size(size):
    data = (ICONS / f"globalai-desktop-{size}.png").read_bytes()
    assert png_size(data) == (size, size)


@pytest.mark.parametrize("size", (16, 48, 256))
def test_icon_is_a_tile_with_transparent_corners(qapp, size):
    from PySide6.QtGui import QImage

    img = QImage(str(ICONS / f"globalai-desktop-{size}.png"))
    assert not img.isNull()
    corner = img.pixelColor(0, 0)
    centre = img.pixelColor(size // 2, size // 2)
    # Just inside the tile's straight top edge (the large drawing keeps a ~5 % margin).
    edge_mid = img.pixelColor(size // 2, max(1, round(size * 0.08)))
    assert corner.alpha() == 0, "rounded corners must be transparent"
    assert centre.alpha() == 255 and edge_mid.alpha() > 200, "the tile must be opaque"


def test_svg_sources_render_with_qt(qapp):
    from PySide6.QtSvg import QSvgRenderer

    for name in ("globalai-desktop.svg", "globalai-desktop-small.svg"):
        renderer = QSvgRenderer(str(ICONS / name))
        assert renderer.isValid(), name
        assert renderer.defaultSize().width() == renderer.defaultSize().height() == 512


def test_ico_holds_png_entries_from_16_to_256():
    data = (ICONS / "globalai-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _colors, _res, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        payload = data[offset:offset + length]
        assert len(payload) == length, "entry runs past the end of the file"
        declared = (w or 256, h or 256)
        assert png_size(payload) == declared
        assert (planes, bpp) == (1, 32)
        sizes.append(declared[0])
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_every_macos_size_including_retina():
    data = (ICONS / "globalai-desktop.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
                b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    found = {}
    pos = 8
    while pos < len(data):
        ostype, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        assert length > 8 and pos + length <= len(data)
        found[ostype] = png_size(data[pos + 8:pos + length])[0]
        pos += length
    assert found == expected


def test_make_icons_check_finds_the_committed_icons_current():
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
