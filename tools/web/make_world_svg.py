"""Build src/marsad/web/static/world.svg from Natural Earth's 1:110m countries (public domain).

One-off tool (the SVG is committed; nothing runs it at build or run time). The shapefile is the
``naturalearth_lowres`` copy that geopandas 0.14 wheels ship; read it with pyshp:

    pip download --no-deps geopandas==0.14.4 pyshp && unzip geopandas-0.14.4-*.whl 'geopandas/datasets/*'
    pip install pyshp-*.whl
    python tools/web/make_world_svg.py geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Each country is one ``<path id="ISO3" data-name="English name">`` in an equirectangular
projection (x = longitude, y = -latitude, scaled to 1000 x 500), points rounded to 0.1.
"""

from __future__ import annotations

import sys
from pathlib import Path

import shapefile  # pyshp

# Natural Earth leaves iso_a3 at -99 for a few countries; name -> ISO3.
FIX = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}
OUT = Path(__file__).resolve().parents[2] / "src" / "marsad" / "web" / "static" / "world.svg"


def _xy(lon: float, lat: float) -> tuple[float, float]:
    return round((lon + 180) * 1000 / 360, 1), round((90 - lat) * 500 / 180, 1)


def _ring(points: list[tuple[float, float]]) -> str:
    out: list[tuple[float, float]] = []
    for lon, lat in points:
        p = _xy(lon, lat)
        if not out or abs(p[0] - out[-1][0]) + abs(p[1] - out[-1][1]) >= 0.6:
            out.append(p)
    if len(out) < 3:
        return ""
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in out) + "Z"


def main(shp: str) -> None:
    reader = shapefile.Reader(shp)
    fields = [f[0] for f in reader.fields[1:]]
    paths = []
    for rec, shape in zip(reader.records(), reader.shapes(), strict=True):
        row = dict(zip(fields, rec, strict=True))
        iso = FIX.get(row["name"], row["iso_a3"])
        if iso == "ATA":
            continue
        parts = list(shape.parts) + [len(shape.points)]
        d = "".join(_ring(shape.points[a:b]) for a, b in zip(parts, parts[1:], strict=False))
        if d:
            name = str(row["name"]).replace("&", "&amp;").replace('"', "&quot;")
            paths.append(f'<path id="{iso}" data-name="{name}" d="{d}"/>')
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 440" class="world">\n'
           "<!-- Natural Earth 1:110m admin-0 countries (public domain), made by tools/web/make_world_svg.py -->\n"
           + "\n".join(paths) + "\n</svg>\n")
    OUT.write_text(svg, encoding="utf-8")
    print(f"{len(paths)} countries, {len(svg) // 1024} KiB -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
