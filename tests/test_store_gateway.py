"""The store is the only gateway to the database (issue 18): outside ``qa_pipeline/store``
no module imports SQLAlchemy or the schema, or reaches for a store's ``engine``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "qa_pipeline"
STORE = PACKAGE / "store"
OUTSIDE = sorted(p for p in PACKAGE.rglob("*.py") if STORE not in p.parents)


def database_reaches(path: Path) -> list[str]:
    """Each import of sqlalchemy or store.schema, and each ``.engine``, as 'line: what'."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [("." * node.level) + (node.module or "")]
        elif isinstance(node, ast.Attribute) and node.attr == "engine":
            found.append(f"{node.lineno}: .engine")
            continue
        else:
            continue
        found += [f"{node.lineno}: import {n}" for n in names
                  if n.split(".")[0] == "sqlalchemy" or n.endswith("store.schema") or n.endswith("store.db")]
    return found


def test_the_package_has_modules_outside_the_store_to_check():
    assert len(OUTSIDE) > 30 and any(p.parent.name == "web" for p in OUTSIDE)


@pytest.mark.parametrize("path", OUTSIDE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_outside_the_store_touches_the_database(path):
    assert database_reaches(path) == []


def test_the_check_sees_what_it_forbids(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from sqlalchemy import select\nimport sqlalchemy.orm\nfrom ..store.schema import calls\n"
                   "def f(store):\n    return store.engine.connect()\n", encoding="utf-8")
    assert database_reaches(bad) == ["1: import sqlalchemy", "2: import sqlalchemy.orm", "3: import ..store.schema",
                                     "5: .engine"]
