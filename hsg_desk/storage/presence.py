"""Who has the database open: one presence file per process, held under an OS lock.

A restore must not replace the file while another process has it open: that process
keeps saving into the unlinked file and every save is lost. SQLite cannot say who else
has a file open, so every process that opens the database (`open_database`) writes a
small file into `<database>-presence/` naming its workstation, its process and when it
opened, and holds an exclusive OS lock on it (fcntl on POSIX, msvcrt on Windows) until
it closes. The lock is the truth: the OS drops it when the process ends, even by a
crash, so a presence file nobody holds is stale and is removed. The file gives the
name a refusal tells the user ("open on FRONT-DESK-2 since 14:02").

A restore first marks itself present as "restoring", then looks for others; an opener
first marks itself, then looks for a restore. Whichever comes second sees the first.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt

RESTORING = "restoring"


@dataclass(frozen=True)
class Presence:
    """Another process that holds the database open (or is restoring it)."""

    workstation: str
    pid: int
    since: str
    purpose: str = "open"

    def describe(self) -> str:
        try:
            since = datetime.fromisoformat(self.since).astimezone().strftime("%H:%M")
        except ValueError:
            since = "?"
        return f"{self.workstation} (process {self.pid}, since {since})"


def presence_folder(db_path: str | os.PathLike) -> Path:
    path = Path(db_path)
    return path.with_name(f"{path.name}-presence")


def _lock(handle) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False


class PresenceLock:
    """This process's presence: held from `acquire` until `release` (or the process ends)."""

    def __init__(self, db_path: str | os.PathLike, workstation: str, purpose: str = "open"):
        self.folder = presence_folder(db_path)
        self.file = self.folder / f"{workstation}-{os.getpid()}-{id(self):x}.json"
        self.workstation, self.purpose = workstation, purpose
        self.handle = None

    def acquire(self) -> PresenceLock:
        from .permissions import make_private_folder

        make_private_folder(self.folder)
        handle = open(self.file, "a+", encoding="utf-8")
        if not _lock(handle):  # cannot happen for a fresh name; never hold a half-made presence
            handle.close()
            raise OSError(f"cannot lock {self.file}")
        handle.truncate(0)
        handle.write(json.dumps({"workstation": self.workstation, "pid": os.getpid(), "purpose": self.purpose,
                                 "since": datetime.now(timezone.utc).isoformat()}))
        handle.flush()
        self.handle = handle
        return self

    def release(self) -> None:
        if self.handle is None:
            return
        try:
            self.file.unlink(missing_ok=True)
        except OSError:
            pass  # Windows cannot delete a locked file; the next look finds it unheld
        self.handle.close()
        self.handle = None

    def __del__(self) -> None:  # a connection dropped without close() still lets go
        self.release()


def others_present(db_path: str | os.PathLike, mine: PresenceLock | None = None) -> list[Presence]:
    """Every other live process present at the database; stale presence files are removed."""
    folder = presence_folder(db_path)
    found = []
    try:
        entries = sorted(folder.glob("*.json"))
    except OSError:
        return []
    for entry in entries:
        if mine is not None and entry == mine.file:
            continue
        try:
            handle = open(entry, "r+", encoding="utf-8")
        except OSError:
            continue  # removed meanwhile
        with handle:
            text = handle.read()
            if _lock(handle):  # nobody holds it: its process is gone
                try:
                    entry.unlink()
                except OSError:
                    pass
                continue
        try:
            data = json.loads(text)
            found.append(Presence(str(data["workstation"]), int(data["pid"]), str(data["since"]),
                                  str(data.get("purpose", "open"))))
        except (ValueError, KeyError, TypeError):
            found.append(Presence("an unknown workstation", 0, "", "open"))
    return found
