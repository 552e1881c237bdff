"""Clinic settings stored as one JSON value per key; missing keys take the defaults."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from hsg_desk.domain.settings import DEFAULT_SETTINGS, ClinicSettings, validate_setting


def load_settings(db) -> ClinicSettings:
    values = {}
    if "settings" in db.table_names():
        for key, value in db.execute("SELECT key, value FROM settings").fetchall():
            if hasattr(DEFAULT_SETTINGS, key):
                values[key] = json.loads(value)
    settings = DEFAULT_SETTINGS
    for key, value in values.items():
        try:
            settings = settings.with_values({key: value})
        except Exception:  # a value edited by hand outside the app: keep the default
            continue
    return settings


def save_settings(db, changes: dict, at: datetime, user_id: int | None) -> dict[str, tuple]:
    """Validate and store `changes`; return {key: (old, new)} for what really changed."""
    current = load_settings(db)
    checked = {key: validate_setting(key, value) for key, value in changes.items()}
    changed = {key: (getattr(current, key), value) for key, value in checked.items()
               if getattr(current, key) != value}
    with db.atomic():
        for key, (_, new) in changed.items():
            stored = list(new) if isinstance(new, tuple) else new
            db.execute(
                "INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                [key, json.dumps(stored), at.isoformat(), user_id],
            )
    return changed


DEMO_MARKER = "demo.database"  # a settings row load_settings ignores, like the audit anchor


def mark_demo_database(db) -> None:
    """Mark a freshly written demo database (invented records) as one."""
    db.execute("INSERT INTO settings(key, value, updated_at) VALUES (?, 'true', ?) "
               "ON CONFLICT(key) DO NOTHING", [DEMO_MARKER, datetime.now(timezone.utc).isoformat()])


def is_demo_database(path) -> bool:
    """True only for a readable HSG Desk database that carries the demo marker."""
    try:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        try:
            return connection.execute("SELECT value FROM settings WHERE key = ?", [DEMO_MARKER]).fetchone() == ("true",)
        finally:
            connection.close()
    except sqlite3.Error:
        return False
