"""Live updates and reconnection on the PostgreSQL server (the server half of changes.py).

Each save's audit row also sends `NOTIFY hsg_desk_changes` in the saving transaction
(audit.record_event), which PostgreSQL delivers only when that transaction commits. Each
window LISTENs on a small connection of its own; asking whether anything arrived reads
the socket without waiting (libpq's consume_input), so the poll costs as little as
SQLite's data_version.

The listening connection is also the window's heartbeat. A server that restarts closes
it, and TCP keepalives notice a cut cable within about 15 s. Then `changed()` raises
DatabaseUnreachable (the banner). While the server is away nothing is retried on the
window's thread: `server_answers` is asked on a worker, and only when it says yes is
the window's own connection replaced and the listener started again.
"""

from __future__ import annotations

from hsg_desk.domain.errors import DatabaseUnreachable

CHANNEL = "hsg_desk_changes"
# A cut network is noticed by TCP keepalives: first probe after 5 s idle, then every 3 s,
# given up after 3 unanswered; tcp_user_timeout bounds unacknowledged writes the same way.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 3, "keepalives_count": 3,
              "tcp_user_timeout": 15_000}
PROBE_TIMEOUT_S = 3


def notify_change(db) -> None:
    """Tell the listening workstations, when this transaction commits, that rows changed."""
    db.execute(f"NOTIFY {CHANNEL}")


class NotifySignal:
    """PostgreSQL: has another workstation committed a change since the last question?"""

    def __init__(self, db):
        self.db = db
        self.listener = None
        self._listen()

    def _listen(self) -> None:
        import psycopg

        try:
            self.listener = psycopg.connect(self.db.url, autocommit=True, connect_timeout=PROBE_TIMEOUT_S,
                                            application_name="hsg-desk live updates", **KEEPALIVES)
            self.listener.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            self._drop()
            raise DatabaseUnreachable() from error

    def changed(self) -> bool:
        import psycopg
        from psycopg.pq import ConnStatus

        if self.listener is None:  # the server was away: back now (server_answers said so)
            reconnect_if_lost(self.db)
            self._listen()
            return True  # what was missed meanwhile is read from the audit trail
        pgconn = self.listener.pgconn
        try:
            pgconn.consume_input()
        except psycopg.Error as error:
            self._drop()
            raise DatabaseUnreachable() from error
        if pgconn.status != ConnStatus.OK:
            self._drop()
            raise DatabaseUnreachable()
        moved = False
        while pgconn.notifies() is not None:
            moved = True
        return moved

    def _drop(self) -> None:
        if self.listener is not None:
            try:
                self.listener.close()
            except Exception:  # noqa: BLE001 — a lost connection may fail to close; it is gone either way
                pass
        self.listener = None

    def close(self) -> None:
        self._drop()


def server_answers(url: str) -> bool:
    """Whether the server accepts a connection now (safe to ask from a worker thread: it
    makes and closes a connection of its own)."""
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=PROBE_TIMEOUT_S, application_name="hsg-desk probe") as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.Error:
        return False


def reconnect_if_lost(db) -> None:
    """The window's connection, usable again: kept when it still answers, else replaced by
    a new one (a restarted server closed the old). DatabaseUnreachable when none can be made."""
    import psycopg

    from .db import StorageError
    from .server import connect_server

    conn = db.conn
    if not conn.closed and not conn.broken:
        try:
            conn.execute("SELECT 1")
            return
        except psycopg.Error:
            pass
    try:
        conn.close()
    except Exception:  # noqa: BLE001 — the old connection is dead already
        pass
    try:
        db.conn = connect_server(db.url).conn
    except StorageError as error:
        raise DatabaseUnreachable() from error
