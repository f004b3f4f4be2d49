"""Draws the site's favicon, the letters KOK in white on KOK's red, as SVG and as ICO.

The shapes are defined once, on a 32 × 32 grid, and written both as vector paths
(``kokcms/static/favicon.svg``) and as pixels (``kokcms/static/favicon.ico``, PNG images of
16, 32 and 48 px inside one ICO file, for browsers and tools that ask for ``/favicon.ico``).
Pure Python (zlib and struct), so drawing it needs nothing installed. Both files are committed;
after changing a shape, run ``python -m kokcms.make_favicon`` and commit what it wrote
(tests/test_favicon.py checks that the committed files are what this draws).
"""

import struct
import sys
import zlib
from pathlib import Path

RED = (0x8A, 0x15, 0x38)  # KOK's red
WHITE = (0xFF, 0xFF, 0xFF)
GRID = 32
CORNER = 6  # radius of the background's rounded corners
SIZES = (16, 32, 48)  # the ICO's images, in pixels
STATIC = Path(__file__).resolve().parent / "static"


def letter_k(left):
    """A K whose stem starts at ``left``: stem, upper arm and lower leg, as polygons."""
    top, bottom, stem = 8.0, 24.0, 3.0
    return [
        [(left, top), (left + stem, top), (left + stem, bottom), (left, bottom)],
        [(left + 2.5, 14.6), (left + 5.2, top), (left + 8.6, top), (left + 2.5, 19.3)],
        [(left + 3.9, 15.4), (left + 5.9, 13.2), (left + 8.8, bottom), (left + 5.5, bottom)],
    ]


# The O is a ring: an outer and an inner ellipse (centre x, centre y, radius x, radius y).
O_OUTER = (16.0, 16.0, 4.6, 8.0)
O_INNER = (16.0, 16.0, 1.9, 5.2)
K_LEFT = letter_k(1.9)
K_RIGHT = letter_k(21.5)


def inside_polygon(x, y, points):
    """Even-odd rule: does the point (x, y) lie inside the polygon?"""
    inside = False
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def inside_ellipse(x, y, ellipse):
    cx, cy, rx, ry = ellipse
    return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1


def inside_background(x, y):
    """The rounded square: inside unless in a corner beyond the corner's circle."""
    if not (0 <= x <= GRID and 0 <= y <= GRID):
        return False
    cx = min(max(x, CORNER), GRID - CORNER)
    cy = min(max(y, CORNER), GRID - CORNER)
    return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER**2


def inside_letters(x, y):
    if inside_ellipse(x, y, O_OUTER) and not inside_ellipse(x, y, O_INNER):
        return True
    return any(inside_polygon(x, y, shape) for shape in K_LEFT + K_RIGHT)


def pixels(size, samples=4):
    """RGBA rows of the icon at ``size`` px, each pixel averaged over samples × samples points."""
    scale = GRID / size
    rows = []
    for row in range(size):
        line = bytearray()
        for column in range(size):
            background = letters = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (column + (sx + 0.5) / samples) * scale
                    y = (row + (sy + 0.5) / samples) * scale
                    if inside_background(x, y):
                        background += 1
                        letters += inside_letters(x, y)
            alpha = background / samples**2
            white = letters / background if background else 0
            line += bytes(round(r + (w - r) * white) for r, w in zip(RED, WHITE, strict=True))
            line.append(round(alpha * 255))
        rows.append(bytes(line))
    return rows


def png(size):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + row for row in pixels(size))  # filter type 0 on every row
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def ico():
    """An ICO file holding one PNG per size (the format browsers and Windows read since 2007)."""
    images = [png(size) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(SIZES, images, strict=True):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


def svg():
    def number(value):
        return f"{value:g}"

    def polygon(points):
        return "M" + "L".join(f"{number(x)} {number(y)}" for x, y in points) + "Z"

    def ellipse(cx, cy, rx, ry):
        left, right = number(cx - rx), number(cx + rx)
        arc = f"A{number(rx)} {number(ry)} 0 1 0 "
        return f"M{left} {number(cy)}{arc}{right} {number(cy)}{arc}{left} {number(cy)}Z"

    # One path per shape: overlapping shapes in one path could cancel out by winding.
    letters = "".join(f'<path d="{polygon(shape)}"/>' for shape in K_LEFT + K_RIGHT)
    ring = ellipse(*O_OUTER) + ellipse(*O_INNER)
    red = "#{:02x}{:02x}{:02x}".format(*RED)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}">'
        f'<rect width="{GRID}" height="{GRID}" rx="{CORNER}" fill="{red}"/>'
        f'<g fill="#fff">{letters}<path fill-rule="evenodd" d="{ring}"/></g>'
        "</svg>\n"
    )


def main():
    (STATIC / "favicon.svg").write_text(svg(), encoding="utf-8")
    (STATIC / "favicon.ico").write_bytes(ico())
    sys.stdout.write(f"wrote {STATIC / 'favicon.svg'} and {STATIC / 'favicon.ico'}\n")


if __name__ == "__main__":
    main()
