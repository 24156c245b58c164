"""The core and the store never load textual; only the CLI's review command may import screens."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("briefing", "store")

PROBE = """
import importlib, json, pkgutil, sys
failed = {}
names = []
for package in %r:
    pkg = importlib.import_module(package)
    names.append(package)
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        if info.name.endswith("__main__"):
            continue  # runs the CLI when imported
        names.append(info.name)
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            failed[info.name] = repr(exc)
loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith(("textual.", "screens")))
print(json.dumps({"modules": names, "failed": failed, "loaded": loaded}))
"""


def test_importing_every_core_and_store_module_does_not_load_textual() -> None:
    res = subprocess.run([sys.executable, "-c", PROBE % (PACKAGES,)], capture_output=True, text=True, cwd=REPO,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert "briefing.cli" in report["modules"] and "store.write" in report["modules"]
    assert "briefing.commands.import_cmd" in report["modules"]
    assert report["failed"] == {}
    assert report["loaded"] == [], f"textual or screens loaded by: {report['loaded']}"


def _imports(tree: ast.AST):
    """(module name, enclosing function names) for every import in a module."""
    def walk(node: ast.AST, funcs: tuple[str, ...]):
        for child in ast.iter_child_nodes(node):
            inner = funcs + (child.name,) if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else funcs
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, inner
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                yield child.module, inner
            elif isinstance(child, ast.Call) and getattr(child.func, "attr", getattr(child.func, "id", "")) in (
                "import_module", "__import__"
            ) and child.args and isinstance(child.args[0], ast.Constant) and isinstance(child.args[0].value, str):
                yield child.args[0].value, inner
            yield from walk(child, inner)

    yield from walk(tree, ())


def test_no_module_imports_textual_or_screens() -> None:
    offenders = []
    checked = 0
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            rel = path.relative_to(REPO).as_posix()
            checked += 1
            for module, funcs in _imports(ast.parse(path.read_text(encoding="utf-8"), rel)):
                top = module.split(".")[0]
                if top == "textual":
                    offenders.append(f"{rel}: imports {module}")
                elif top == "screens":
                    in_review = rel == "briefing/cli.py" and any("review" in f for f in funcs)
                    if not in_review:
                        offenders.append(f"{rel}: imports {module} outside the review command")
    assert checked > 20
    assert offenders == []


def test_the_scanner_catches_what_it_should() -> None:
    """The AST scan finds top-level, nested and dynamic imports (so a clean result means something)."""
    src = (
        "import textual\nfrom textual.app import App\n"
        "def f():\n    import screens.app\n"
        "def run_review():\n    from screens.app import run_app\n"
        "importlib.import_module('textual.widgets')\n"
    )
    found = [(m, f) for m, f in _imports(ast.parse(src))]
    assert found == [("textual", ()), ("textual.app", ()), ("screens.app", ("f",)),
                     ("screens.app", ("run_review",)), ("textual.widgets", ())]
