"""Build ``germany_map.json`` (the 16 Länder as SVG paths) from the npm package @svg-maps/germany.

Run once, by hand, when the map should be refreshed; the site never runs it::

    mkdir -p /tmp/svgmaps && cd /tmp/svgmaps && npm pack @svg-maps/germany@2.0.0 && tar xzf *.tgz
    .venv/bin/python network/data/build_map.py /tmp/svgmaps/package/germany.svg

Input: germany.svg by MapSVG / Victor Cazanave (https://github.com/VictorCazanave/svg-maps,
CC BY 4.0): viewBox 0 0 586 793, one path per Land with ids bw, by, be, ….
Output: {"viewBox": ..., "laender": {"BW": {"d": ..., "x": .., "y": ..}, ...}}: each path
with its points made absolute, rounded to whole units (a unit is about 1.1 km; at the size
the map is shown, under a pixel), repeated points dropped, then written relative again (so
rounding does not drift), and a label point for the count: the area centroid of the Land's
largest ring, moved by hand for Brandenburg (whose centroid falls in Berlin).
"""

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("germany_map.json")
NUMBER = re.compile(r"-?\d*\.?\d+(?:e-?\d+)?")
LABEL_SHIFT = {"BB": (35, 25)}


def rings(d):
    """The path's subpaths as lists of absolute points (only m, l and z are used by the source)."""
    tokens = re.findall(r"[mMlLzZ]|" + NUMBER.pattern, d)
    result, ring, x, y, cmd = [], [], 0.0, 0.0, "l"
    numbers = []
    for part in [*tokens, "z"]:
        if part in "mMlLzZ":
            cmd = part
            if part in "zZ" and ring:
                # After a close, the current point is the subpath's first point again.
                result.append(ring)
                x, y = ring[0]
                ring = []
            continue
        numbers.append(float(part))
        if len(numbers) < 2:
            continue
        dx, dy = numbers
        numbers = []
        if cmd in "mM" and ring:
            result.append(ring)
            ring = []
        if cmd.islower():
            x, y = x + dx, y + dy
        else:
            x, y = dx, dy
        ring.append((x, y))
        cmd = {"m": "l", "M": "L"}.get(cmd, cmd)
    return result


def compact(ring_list):
    parts, px, py = [], 0, 0
    for ring in ring_list:
        points = []
        for x, y in ring:
            point = (round(x), round(y))
            if not points or points[-1] != point:
                points.append(point)
        if len(points) < 3:
            continue
        out = []
        for i, (x, y) in enumerate(points):
            out.append(f"{x - px} {y - py}" if i else f"m{x - px} {y - py}")
            px, py = x, y
        parts.append(" ".join(out).replace(" -", "-") + "z")
        px, py = points[0]  # "z" returns to the subpath's first point
    return "".join(parts)


def centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def build(source):
    svg = Path(source).read_text(encoding="utf-8")
    view_box = re.search(r'viewBox="([^"]+)"', svg).group(1)
    laender = {}
    for code, d in re.findall(r'<path\s+id="(\w+)"[^>]*?\sd="([^"]+)"', svg, re.S):
        code = code.upper()
        ring_list = rings(d)
        _, x, y = max(centroid(r) for r in ring_list)
        shift = LABEL_SHIFT.get(code, (0, 0))
        laender[code] = {
            "d": compact(ring_list),
            "x": round(x + shift[0]),
            "y": round(y + shift[1]),
        }
    OUT.write_text(json.dumps({"viewBox": view_box, "laender": laender}, separators=(",", ":")))
    return sum(len(land["d"]) for land in laender.values())


if __name__ == "__main__":
    print(build(sys.argv[1]), "bytes of path data written to", OUT)
