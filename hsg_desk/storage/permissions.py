"""Files only their owner can read: the database, its backups, exported audit CSVs and
saved PDFs hold patient records, so HSG Desk creates them 0600 and its folders 0700
(POSIX; Windows keeps its own per-user ACLs on the user-data folder)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700
POSIX = os.name == "posix"


def make_private_folder(folder: str | os.PathLike) -> Path:
    """Create `folder` (and missing parents) as 0700; a folder that already exists, perhaps
    one the admin chose and shares on purpose, keeps its mode."""
    folder = Path(folder)
    missing = [folder, *folder.parents]
    missing = [part for part in missing if not part.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    if POSIX:
        for part in missing:
            try:
                part.chmod(PRIVATE_FOLDER)
            except OSError:
                pass
    return folder


def make_private(path: str | os.PathLike) -> None:
    """Make an existing file 0600 (best effort: a file on a foreign mount may refuse)."""
    if POSIX:
        try:
            os.chmod(path, PRIVATE_FILE)
        except OSError:
            pass


def write_private_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to a file created 0600 from its first byte (no moment readable by others)."""
    path = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags, PRIVATE_FILE)
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    make_private(path)  # a file that existed before keeps its old mode through O_CREAT


def open_private_text(path: str | os.PathLike, newline: str | None = None):
    """A text file opened for writing, created 0600."""
    handle = os.open(Path(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    make_private(path)
    return os.fdopen(handle, "w", encoding="utf-8", newline=newline)


def mode_problem(path: str | os.PathLike) -> str | None:
    """A warning when others on this computer can read the database, or None."""
    if not POSIX:
        return None
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        return (f"The database {path} can be read by other users of this computer (mode "
                f"{stat.S_IMODE(mode):04o}). It holds patient records: ask your IT support to make it "
                f"readable by its owner only (chmod 600).")
    return None
