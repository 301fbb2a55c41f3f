"""vaultnet's own templates as Python (vaultnet/pages/jinja_python/ and precompiled.json), so that
no process that renders a page compiles them: see vaultnet/pages/precompiled.py.

    python docs/gen_templates.py            # rewrite them
    python docs/gen_templates.py --check    # exit 1 when they are stale

tests/test_render.py fails while the committed files are stale.
"""

from __future__ import annotations

import sys

from vaultnet.pages.layout import template_folder
from vaultnet.pages.precompiled import PYTHON_FOLDER, precompiled_files
from vaultnet.pages.render import Renderer


def main() -> int:
    files = precompiled_files(Renderer().env, template_folder())
    stale = sorted(set(PYTHON_FOLDER.glob("*.py")) - files.keys())
    if "--check" in sys.argv[1:]:
        differ = [p for p, text in files.items() if not p.is_file() or p.read_text(encoding="utf-8") != text]
        return 1 if differ or stale else 0
    PYTHON_FOLDER.mkdir(exist_ok=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    for path in stale:
        path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
