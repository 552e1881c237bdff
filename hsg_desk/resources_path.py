"""Where the shipped resources (fonts, patient-document texts, icons) live.

An installed wheel carries the repository's top-level `resources/` folder as the package
`hsg_desk.resources`; a source checkout has it next to the `hsg_desk` package.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_INSTALLED_RESOURCES = Path(__file__).resolve().parent / "resources"
_SOURCE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder holding fonts/, texts/, …: the installed package first, else the checkout.

    (By path, not importlib.resources: the wheel installs unzipped, and the lookup
    machinery costs ~4 ms of the start.)"""
    return _INSTALLED_RESOURCES if _INSTALLED_RESOURCES.is_dir() else _SOURCE_RESOURCES


def resource_path(*parts: str) -> Path:
    """The path of one resource, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return resources_root().joinpath(*parts)
