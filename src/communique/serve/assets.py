"""The browser libraries the dashboard serves: installed from the npm registry by the set-up
command (`npm ci` reads package.json and package-lock.json), then copied here into
`static/vendor/` so the installed package serves them itself and nothing is fetched at run time.

    python -m communique.serve.assets node_modules     # copy them (make setup does this)
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ..errors import SetupError

VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"

# served name -> path inside node_modules (licences travel with the code they cover)
VENDOR = {
    "echarts.min.js": "echarts/dist/echarts.min.js",
    "echarts.LICENSE.txt": "echarts/LICENSE",
    "echarts.NOTICE.txt": "echarts/NOTICE",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "topojson-client.LICENSE.txt": "topojson-client/LICENSE",
    "countries-110m.json": "world-atlas/countries-110m.json",
    "world-atlas.LICENSE.txt": "world-atlas/LICENSE",
}


def basemap_ids(codes) -> dict[str, str]:
    """ISO3 country code -> the feature id of that country on the basemap (world-atlas uses
    ISO 3166-1 numeric codes, "840" for USA); codes that are not countries are left out."""
    import pycountry

    out = {}
    for code in {c for c in codes if c}:
        country = pycountry.countries.get(alpha_3=code.upper())
        if country is not None:
            out[code] = country.numeric
    return out


def missing() -> list[str]:
    """Vendor files the dashboard needs that are not installed."""
    return [name for name in VENDOR if not (VENDOR_DIR / name).is_file()]


def require() -> None:
    """A one-line SetupError when a vendor file is missing."""
    absent = missing()
    if absent:
        raise SetupError(f"dashboard assets {', '.join(absent)}", f"not installed in {VENDOR_DIR}",
                         "run `make setup` (npm ci, then python -m communique.serve.assets node_modules)")


def install(node_modules: str | Path) -> list[Path]:
    """Copy the vendor files out of an npm `node_modules` folder; returns the files written."""
    root = Path(node_modules)
    absent = [src for src in VENDOR.values() if not (root / src).is_file()]
    if absent:
        raise SetupError(f"{root}", f"lacks {', '.join(absent)}", "run `npm ci` in the checkout first")
    VENDOR_DIR.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copyfile(root / src, VENDOR_DIR / name)) for name, src in VENDOR.items()]


if __name__ == "__main__":
    try:
        written = install(sys.argv[1] if len(sys.argv) > 1 else "node_modules")
    except SetupError as error:
        print(f"error: {error.line()}", file=sys.stderr)
        sys.exit(error.exit_code)
    print(f"copied {len(written)} dashboard assets into {VENDOR_DIR}")
