"""vaultnet's own templates as Python (vaultnet/pages/precompiled.json), so that no process that
renders a page compiles them: see vaultnet/pages/precompiled.py.

    python docs/gen_templates.py            # rewrite vaultnet/pages/precompiled.json
    python docs/gen_templates.py --check    # exit 1 when it is stale

tests/test_render.py fails while the committed file is stale.
"""

from __future__ import annotations

import sys

from vaultnet.pages.layout import template_folder
from vaultnet.pages.precompiled import PRECOMPILED, precompiled_text
from vaultnet.pages.render import Renderer


def main() -> int:
    text = precompiled_text(Renderer().env, template_folder())
    if "--check" in sys.argv[1:]:
        stale = not PRECOMPILED.is_file() or PRECOMPILED.read_text(encoding="utf-8") != text
        return 1 if stale else 0
    PRECOMPILED.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
