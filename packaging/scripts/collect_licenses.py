"""Copy the licences of tafel's bundled parts into resources/licenses/.

Usage: .venv/bin/python packaging/scripts/collect_licenses.py

Writes one ``<name>.txt`` per Python library tafel runs on (its own licence files from the
installed package), ``index.json`` (name, version, licence in a few words) and the LGPLv3
and GPLv3 texts for Qt / PySide6 (from the system's common licences). The About window
reads these first, so a packaged app without package metadata still shows every licence.
Run it again after a dependency changes.
"""

from __future__ import annotations

import json
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tafel.ui.help.licenses import licence_key, licence_name, licence_text, runtime_names  # noqa: E402

COMMON = Path("/usr/share/common-licenses")


def main() -> int:
    """Write the texts and the index."""
    out = ROOT / "resources" / "licenses"
    out.mkdir(parents=True, exist_ok=True)
    index = []
    for name in runtime_names():
        dist = metadata.distribution(name)
        index.append({"naam": str(dist.metadata["Name"]), "versie": dist.version,
                      "licentie": licence_name(dist)})
        text = licence_text(dist)
        if text:
            (out / f"{licence_key(name)}.txt").write_text(text, encoding="utf-8")
    (out / "index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    for system, ours in (("LGPL-3", "LGPL-3.0.txt"), ("GPL-3", "GPL-3.0.txt")):
        if (COMMON / system).is_file():
            shutil.copyfile(COMMON / system, out / ours)
    print(f"{len(index)} libraries written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
