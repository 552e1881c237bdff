"""The layers point one way (DESIGN.md §7): import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint_imports)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# Babel formats dates for a language: rules without I/O. (biip, the GS1 parser, is the
# services' since #17: the domain checks a GTIN's check digit itself.)
DOMAIN_MAY_IMPORT = set(sys.stdlib_module_names) | {"babel"}


def test_domain_imports_only_the_standard_library_and_babel():
    graph = grimp.build_graph("hsg_desk", include_external_packages=True)
    outside = {
        (module, imported)
        for module in graph.find_descendants("hsg_desk.domain") | {"hsg_desk.domain"}
        for imported in graph.find_modules_directly_imported_by(module)
        if not imported.startswith("hsg_desk") and imported.split(".")[0] not in DOMAIN_MAY_IMPORT
    }
    assert not outside, sorted(outside)


def test_only_storage_runs_sql():
    """Storage is the only SQL (DESIGN.md §7): a service or a command asks a repository, so a
    query is written once, for SQLite and the server alike, where the schema is known."""
    package = ROOT / "hsg_desk"
    outside = [f"{path.relative_to(ROOT)}:{number}"
               for path in sorted(package.rglob("*.py")) if path.relative_to(package).parts[0] != "storage"
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if ".execute(" in line or ".executescript(" in line or ".executemany(" in line]
    assert not outside, outside
