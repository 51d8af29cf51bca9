"""Small PNG pictures that show a prompt, written with nothing but :mod:`zlib`.

The simulator's "generated" images: a colour gradient chosen from the prompt, a sun, a
dark panel, and the prompt text in a built-in 5×7 pixel font (capitals, digits and common
punctuation; other characters show as a box).  Same prompt, same picture.  A 512×512
image takes a few milliseconds and ~10 KB.
"""

from __future__ import annotations

import colorsys
import struct
import textwrap
import zlib

# A 5x7 pixel font, drawn for this project.  Lower case is shown as upper case.
_GLYPH_ROWS = {
    "A": ".###.|#...#|#...#|#####|#...#|#...#|#...#", "B": "####.|#...#|#...#|####.|#...#|#...#|####.",
    "C": ".###.|#...#|#....|#....|#....|#...#|.###.", "D": "####.|#...#|#...#|#...#|#...#|#...#|####.",
    "E": "#####|#....|#....|####.|#....|#....|#####", "F": "#####|#....|#....|####.|#....|#....|#....",
    "G": ".###.|#...#|#....|#.###|#...#|#...#|.####", "H": "#...#|#...#|#...#|#####|#...#|#...#|#...#",
    "I": ".###.|..#..|..#..|..#..|..#..|..#..|.###.", "J": "..###|...#.|...#.|...#.|...#.|#..#.|.##..",
    "K": "#...#|#..#.|#.#..|##...|#.#..|#..#.|#...#", "L": "#....|#....|#....|#....|#....|#....|#####",
    "M": "#...#|##.##|#.#.#|#.#.#|#...#|#...#|#...#", "N": "#...#|#...#|##..#|#.#.#|#..##|#...#|#...#",
    "O": ".###.|#...#|#...#|#...#|#...#|#...#|.###.", "P": "####.|#...#|#...#|####.|#....|#....|#....",
    "Q": ".###.|#...#|#...#|#...#|#.#.#|#..#.|.##.#", "R": "####.|#...#|#...#|####.|#.#..|#..#.|#...#",
    "S": ".####|#....|#....|.###.|....#|....#|####.", "T": "#####|..#..|..#..|..#..|..#..|..#..|..#..",
    "U": "#...#|#...#|#...#|#...#|#...#|#...#|.###.", "V": "#...#|#...#|#...#|#...#|#...#|.#.#.|..#..",
    "W": "#...#|#...#|#...#|#.#.#|#.#.#|#.#.#|.#.#.", "X": "#...#|#...#|.#.#.|..#..|.#.#.|#...#|#...#",
    "Y": "#...#|#...#|.#.#.|..#..|..#..|..#..|..#..", "Z": "#####|....#|...#.|..#..|.#...|#....|#####",
    "0": ".###.|#...#|#..##|#.#.#|##..#|#...#|.###.", "1": "..#..|.##..|..#..|..#..|..#..|..#..|.###.",
    "2": ".###.|#...#|....#|...#.|..#..|.#...|#####", "3": "####.|....#|....#|.###.|....#|....#|####.",
    "4": "...#.|..##.|.#.#.|#..#.|#####|...#.|...#.", "5": "#####|#....|####.|....#|....#|#...#|.###.",
    "6": "..##.|.#...|#....|####.|#...#|#...#|.###.", "7": "#####|....#|...#.|..#..|.#...|.#...|.#...",
    "8": ".###.|#...#|#...#|.###.|#...#|#...#|.###.", "9": ".###.|#...#|#...#|.####|....#|...#.|.##..",
    " ": ".....|.....|.....|.....|.....|.....|.....", ".": ".....|.....|.....|.....|.....|.##..|.##..",
    ",": ".....|.....|.....|.....|.##..|..#..|.#...", "!": "..#..|..#..|..#..|..#..|..#..|.....|..#..",
    "?": ".###.|#...#|....#|...#.|..#..|.....|..#..", "-": ".....|.....|.....|#####|.....|.....|.....",
    ":": ".....|.##..|.##..|.....|.##..|.##..|.....", ";": ".....|.##..|.##..|.....|.##..|..#..|.#...",
    "'": "..#..|..#..|.#...|.....|.....|.....|.....", '"': ".#.#.|.#.#.|.....|.....|.....|.....|.....",
    "(": "...#.|..#..|.#...|.#...|.#...|..#..|...#.", ")": ".#...|..#..|...#.|...#.|...#.|..#..|.#...",
    "/": ".....|....#|...#.|..#..|.#...|#....|.....", "+": ".....|..#..|..#..|#####|..#..|..#..|.....",
    "=": ".....|.....|#####|.....|#####|.....|.....", "%": "##..#|##..#|...#.|..#..|.#...|#..##|#..##",
    "&": ".##..|#..#.|#.#..|.#...|#.#.#|#..#.|.##.#", "#": ".#.#.|.#.#.|#####|.#.#.|#####|.#.#.|.#.#.",
    "_": ".....|.....|.....|.....|.....|.....|#####", "*": ".....|#.#.#|.###.|#####|.###.|#.#.#|.....",
    "@": ".###.|#...#|#.###|#.#.#|#.###|#....|.####", "<": "...#.|..#..|.#...|#....|.#...|..#..|...#.",
    ">": ".#...|..#..|...#.|....#|...#.|..#..|.#...",
}
_BOX = "#####|#...#|#...#|#...#|#...#|#...#|#####"
GLYPH_W, GLYPH_H = 5, 7


def _glyph(ch: str) -> list[tuple[int, int]]:
    """Lit (x, y) cells of a character."""
    rows = _GLYPH_ROWS.get(ch.upper(), _BOX).split("|")
    return [(x, y) for y, row in enumerate(rows) for x, c in enumerate(row) if c == "#"]


def _rgb(h: float, s: float, v: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, s, v)
    return int(r * 255), int(g * 255), int(b * 255)


def _mix(a, b, t: float) -> bytes:
    return bytes(int(x + (y - x) * t) for x, y in zip(a, b))


def encode_png(width: int, height: int, rows: list[bytearray]) -> bytes:
    """An 8-bit RGB PNG from ``height`` rows of ``width * 3`` bytes."""
    raw = b"".join(b"\x00" + bytes(r) for r in rows)   # filter type 0 on every row

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def render(prompt: str, model: str, width: int = 512, height: int = 512) -> bytes:
    """A PNG of ``width`` × ``height`` showing ``prompt`` and ``model``."""
    seed = zlib.crc32(prompt.encode("utf-8"))
    hue = (seed % 360) / 360.0
    top, bottom = _rgb(hue, 0.55, 0.95), _rgb(hue + 0.12, 0.75, 0.45)
    rows = [bytearray(_mix(top, bottom, y / max(1, height - 1)) * width) for y in range(height)]

    # A sun: one horizontal span per row inside the circle.
    sun = _rgb(hue + 0.5, 0.35, 1.0)
    cx, cy, rad = int(width * 0.72), int(height * 0.28), max(8, min(width, height) // 7)
    for y in range(max(0, cy - rad), min(height, cy + rad)):
        half = int((rad * rad - (y - cy) ** 2) ** 0.5)
        x0, x1 = max(0, cx - half), min(width, cx + half)
        rows[y][x0 * 3:x1 * 3] = bytes(sun) * (x1 - x0)

    scale = 3 if width >= 400 else 2
    pad = 4 * scale
    cols = max(4, (width - 4 * pad) // ((GLYPH_W + 1) * scale))
    header = f"SIMULATED - {model}"[:cols]
    lines = textwrap.wrap(" ".join(prompt.split()) or "(NO PROMPT)", cols)
    line_h = (GLYPH_H + 3) * scale
    max_lines = max(1, (height // 2 - 2 * pad) // line_h - 1)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: cols - 3] + "..."
    text_lines = [header, ""] + lines

    # A dark panel across the lower part, then the text on it.
    panel_h = len(text_lines) * line_h + 2 * pad
    py0 = max(0, height - panel_h - pad)
    for y in range(py0, min(height, py0 + panel_h)):
        base = rows[y][0:3]
        rows[y][pad * 3:(width - pad) * 3] = _mix(base, (10, 10, 20), 0.7) * (width - 2 * pad)
    white, accent = bytes((245, 245, 250)), bytes(_rgb(hue, 0.35, 1.0))
    for i, line in enumerate(text_lines):
        colour = accent if i == 0 else white
        y0 = py0 + pad + i * line_h
        for j, ch in enumerate(line):
            x0 = 2 * pad + j * (GLYPH_W + 1) * scale
            for gx, gy in _glyph(ch):
                px = x0 + gx * scale
                if px + scale > width:
                    continue
                for dy in range(scale):
                    yy = y0 + gy * scale + dy
                    if 0 <= yy < height:
                        rows[yy][px * 3:(px + scale) * 3] = colour * scale
    return encode_png(width, height, rows)
