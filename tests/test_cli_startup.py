"""Commands load only what they use: `briefing export`, `verify` and `--help` do not load the extractor.

Loading the extractor (and the ingest formats, markdown-it, pydantic models)
is most of a command's start-up; every command module is imported to build
the parser, so each keeps its heavy imports inside the function that needs them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
from briefing.cli import main
code = main(sys.argv[1:])
heavy = ("briefing.extract", "briefing.ingest", "briefing.verify", "store.write", "markdown_it", "trafilatura")
print(json.dumps({"code": code, "loaded": sorted(m for m in heavy if m in sys.modules)}))
"""


def loaded_by(*args: str) -> tuple[int, list[str]]:
    res = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=REPO,
                         timeout=120)
    info = json.loads(res.stdout.strip().splitlines()[-1])
    return info["code"], info["loaded"]


def test_help_and_export_do_not_load_the_extractor(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    article = tmp_path / "a.txt"
    article.write_text('Harbour dues rose 12% on Monday, "a fair price", the port authority said.\n')
    code, loaded = loaded_by("import", str(article), "--db", str(db))
    assert code == 0 and "briefing.extract" in loaded  # the probe can see it when it is there

    code, loaded = loaded_by("export", "--db", str(db), "-o", str(tmp_path / "memo.md"))
    assert code == 0 and loaded == []
    code, loaded = loaded_by("verify", str(tmp_path / "memo.md"), "--db", str(db))
    assert "briefing.extract" not in loaded and "store.write" not in loaded and "briefing.verify" in loaded


def test_building_the_parser_loads_no_command_internals() -> None:
    """What `briefing --help` and every command pay before doing anything."""
    res = subprocess.run([sys.executable, "-c", "import sys\nfrom briefing.cli import build_parser\nbuild_parser()\n"
                          "print(sorted(m for m in sys.modules if m.startswith(('briefing.extract', "
                          "'briefing.ingest', 'pydantic', 'markdown_it'))))"],
                         capture_output=True, text=True, cwd=REPO, timeout=120)
    assert res.returncode == 0 and res.stdout.strip() == "[]"
