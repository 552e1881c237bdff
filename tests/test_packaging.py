"""The wheel carries every package and resource the editable install finds.

An editable install imports from the working tree, so a package missing from
pyproject's list passes the whole suite and fails only once installed: CI's wheel
smoke found hsg_desk.qt.widgets missing that way (the window quit with exit 1).
"""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_under_hsg_desk_is_listed_for_the_wheel():
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "hsg_desk").rglob("__init__.py")
    }
    listed = set(SETUPTOOLS["packages"]) - {"hsg_desk.resources"}
    assert on_disk - listed == set(), "packages the wheel would leave out"
    assert listed - on_disk == set(), "listed packages that do not exist"


# Files under resources/ the window never reads: the translation catalogues' sources, compiled
# into the .qm beside each (tests/qt/test_translations.py checks the two agree).
SOURCES_NOT_SHIPPED = {".ts"}


def test_every_resource_file_matches_a_package_data_pattern():
    patterns = SETUPTOOLS["package-data"]["hsg_desk.resources"]
    suffixes = {pattern.removeprefix("**/*") for pattern in patterns}
    resources = ROOT / "resources"
    left_out = sorted(
        str(path.relative_to(resources))
        for path in resources.rglob("*")
        if path.is_file() and path.suffix not in suffixes | SOURCES_NOT_SHIPPED and path.suffix != ".py"
        and "__pycache__" not in path.parts
    )
    assert left_out == []
