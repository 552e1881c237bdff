"""HSG Desk on a PostgreSQL server: the URL, the connection, and the dialect, in one place.

Storage's SQL is written once, in the SQLite dialect every module already uses. A
`ServerDatabase` has the same four methods as `db.Database` (execute, executemany,
atomic, close) and translates each statement as it passes, so no repository module
and no service knows which database it runs on:

- `?` placeholders become `%s` (and a literal `%` becomes `%%`);
- `x IS NOT ?` / `x IS ?` become IS [NOT] DISTINCT FROM (PostgreSQL's IS takes no value);
- `COLLATE NOCASE` goes: the columns compared that way are `citext` on the server;
- `INSERT OR IGNORE` becomes `INSERT ... ON CONFLICT DO NOTHING`;
- an INSERT into a table with an `id` gets `RETURNING id`, which is the cursor's `lastrowid`;
- in DDL, `INTEGER` is `BIGINT` (`id INTEGER PRIMARY KEY` an identity column) and
  `REAL` is `DOUBLE PRECISION`; `PRAGMA table_info(t)` reads information_schema.

Values cross as SQLite would store them: True is 1, a date its ISO text; a whole number
is sent untyped, so `record_id = ?` with 7 compares as text the way SQLite does.

Errors are the DB-API classes storage already catches (sqlite3.IntegrityError for a
constraint), and a full disk, a lock or a lost server become SaveFailed messages.
psycopg is imported only here, and only for a URL: a single-PC start never loads it.
The reasons for this design over SQLAlchemy Core are in docs/storage-backends.md.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import urlsplit

from .rows import SaveFailed, StorageBusyError, StorageFullError

SERVER_SCHEMES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 5
# Tables whose rows are numbered by an `id` identity column: an INSERT into one returns it.
TABLES_WITH_ID = frozenset({
    "users", "patients", "allergies", "exams", "exam_events", "findings", "finding_resolutions",
    "checklist_events", "timeouts", "amendments", "printed_documents", "audit_log", "backups",
    "ris_orders", "worklist_pulls", "mpps_messages",
})
# One advisory-lock key per thing that writers take turns at (pg_advisory_xact_lock).
LOCK_KEYS = {"audit_log": 180_001, "migrations": 180_002}


class ServerUnreachable(SaveFailed):
    """The server did not answer (restarted, network cut): nothing was saved."""

    MESSAGE = "The server is unreachable: nothing was saved. Try again when it is back."


def is_server_url(target) -> bool:
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def describe_url(url: str) -> str:
    """The URL as it may be shown or logged: user, host, port and database, never a password."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def refuse_password_in_url(url: str) -> None:
    """A password in the URL would sit in the shell history, the process list and
    $HSG_DESK_DB; libpq reads it from ~/.pgpass, $PGPASSFILE or a service file instead."""
    from .db import StorageError

    if urlsplit(url).password is not None or re.search(r"[?&]password=", url, re.IGNORECASE):
        raise StorageError(f"The database URL {describe_url(url)} carries a password. Remove it and put "
                           "the password in ~/.pgpass (or the file $PGPASSFILE names, or a service file "
                           "with $PGSERVICE): HSG Desk never takes it on the command line.")


# --- the dialect: SQLite's SQL as PostgreSQL reads it ---

_QUOTED = re.compile(r"('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")")
_DDL = re.compile(r"^\s*(CREATE\s+TABLE|ALTER\s+TABLE)", re.IGNORECASE)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+(?:OR\s+IGNORE\s+)?INTO\s+(\w+)", re.IGNORECASE)
_TABLE_INFO = re.compile(r"^\s*PRAGMA\s+table_info\((\w+)\)\s*$", re.IGNORECASE)
TABLE_INFO_SQL = ("SELECT ordinal_position - 1, column_name, data_type, (is_nullable = 'NO')::int, "
                  "column_default, 0 FROM information_schema.columns "
                  "WHERE table_schema = current_schema() AND table_name = '{}' ORDER BY ordinal_position")


def _code_substitutions(code: str, ddl: bool) -> str:
    code = code.replace("%", "%%").replace("?", "%s")
    code = re.sub(r"\bIS\s+NOT\s+%s", "IS DISTINCT FROM %s", code, flags=re.IGNORECASE)
    code = re.sub(r"\bIS\s+%s", "IS NOT DISTINCT FROM %s", code, flags=re.IGNORECASE)
    if ddl:  # a column compared without case is citext (the extension migration 0001 adds)
        code = re.sub(r"\bTEXT\b([^,]*?)\s+COLLATE\s+NOCASE\b", r"CITEXT\1", code, flags=re.IGNORECASE)
    code = re.sub(r"\s+COLLATE\s+NOCASE\b", "", code, flags=re.IGNORECASE)
    code = re.sub(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", "INSERT INTO", code, flags=re.IGNORECASE)
    if ddl:
        code = re.sub(r"\bid\s+INTEGER\s+PRIMARY\s+KEY\b", "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                      code, flags=re.IGNORECASE)
        code = re.sub(r"\bINTEGER\b", "BIGINT", code, flags=re.IGNORECASE)
        code = re.sub(r"\bREAL\b", "DOUBLE PRECISION", code, flags=re.IGNORECASE)
    return code


@lru_cache(maxsize=2048)
def translate(sql: str) -> tuple[str, bool, bool]:
    """(PostgreSQL text, whether it is an INSERT, whether it returns the new row's id) for
    one SQLite statement."""
    info = _TABLE_INFO.match(sql)
    if info:
        return TABLE_INFO_SQL.format(info.group(1)).replace("%", "%%"), False, False
    ddl = bool(_DDL.match(sql))
    # Only the code between quoted strings and identifiers is rewritten: a '?' or '%' in a
    # literal stays as it is (a literal % is still doubled, as psycopg expects).
    pieces = _QUOTED.split(sql)
    text = "".join(piece.replace("%", "%%") if index % 2 else _code_substitutions(piece, ddl)
                   for index, piece in enumerate(pieces))
    insert = _INSERT_INTO.match(sql)
    returns_id = False
    if insert:
        if re.match(r"^\s*INSERT\s+OR\s+IGNORE", sql, re.IGNORECASE):
            text = text.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
        if insert.group(1).lower() in TABLES_WITH_ID and not re.search(r"\bRETURNING\b", sql, re.IGNORECASE):
            text = text.rstrip().rstrip(";") + " RETURNING id"
            returns_id = True
    return text, bool(insert), returns_id


def server_value(value):
    """A parameter as SQLite would have stored it: booleans as 0/1, dates as ISO text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(" ")  # sqlite3's default datetime adapter
    if isinstance(value, date):
        return value.isoformat()
    return value


def _parameters(parameters) -> tuple | dict:
    if parameters is None:
        return ()
    if isinstance(parameters, dict):
        return {key: server_value(value) for key, value in parameters.items()}
    return tuple(server_value(value) for value in parameters)


# --- errors: the DB-API classes storage catches, and messages for the person saving ---

def _as_storage_error(error: Exception) -> Exception:
    import psycopg
    from psycopg import errors

    if isinstance(error, errors.DiskFull | errors.OutOfMemory):
        return StorageFullError()
    if isinstance(error, errors.LockNotAvailable | errors.DeadlockDetected | errors.SerializationFailure
                  | errors.QueryCanceled):
        return StorageBusyError()
    if isinstance(error, psycopg.IntegrityError):
        return sqlite3.IntegrityError(str(error).strip())
    if isinstance(error, psycopg.OperationalError | psycopg.InterfaceError) and _connection_lost(error):
        return ServerUnreachable()
    if isinstance(error, psycopg.DataError):
        return sqlite3.IntegrityError(str(error).strip())
    return sqlite3.OperationalError(str(error).strip())


def _connection_lost(error: Exception) -> bool:
    from psycopg import errors

    if isinstance(error, errors.AdminShutdown | errors.CannotConnectNow | errors.ConnectionException):
        return True
    connection = getattr(getattr(error, "pgconn", None), "status", None)
    return connection is not None and int(connection) != 0  # not CONNECTION_OK


@contextmanager
def _translated_errors() -> Iterator[None]:
    import psycopg

    try:
        yield
    except psycopg.Error as error:
        raise _as_storage_error(error) from error


class ServerCursor:
    """A psycopg cursor that also carries `lastrowid`, as sqlite3's does."""

    __slots__ = ("_cursor", "lastrowid")

    def __init__(self, cursor, lastrowid: int | None = None):
        self._cursor, self.lastrowid = cursor, lastrowid

    @property
    def description(self):
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self):
        return self._cursor.fetchone() if self._cursor.description is not None else None

    def fetchall(self):
        return self._cursor.fetchall() if self._cursor.description is not None else []

    def fetchmany(self, size: int = 1):
        return self._cursor.fetchmany(size) if self._cursor.description is not None else []

    def __iter__(self):
        return iter(self.fetchall())


_savepoint_numbers = itertools.count(1)


class ServerDatabase:
    """One connection to the clinic's PostgreSQL database, with `db.Database`'s methods.

    The connection is in autocommit mode and `atomic()` opens the transaction, as the
    SQLite connection does: a statement outside it commits on its own. Transactions are
    READ COMMITTED; a save's conflicts are still caught by the version column (a second
    writer waits for the row and then finds its version moved).

    Inside a transaction, an INSERT runs in a savepoint: a refused row (a duplicate
    step, a taken username) leaves the transaction usable for the query that names the
    other writer, as it does on SQLite. The three statements go in one round trip.
    """

    dialect = "postgresql"

    def __init__(self, conn, url: str):
        self.conn = conn
        self.url = url
        self.presence = None  # the file-presence lock is SQLite's; a server knows its clients
        self.atomic_depth = 0  # atomic() blocks open: a lost connection is not replaced inside one

    def __repr__(self) -> str:
        return f"ServerDatabase({describe_url(self.url)!r})"

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.conn.info.transaction_status in (TransactionStatus.INTRANS, TransactionStatus.INERROR)

    def reconnect_if_closed(self) -> None:
        """A connection the server closed (a restart, a cut) is replaced before the next
        statement that is not inside a transaction: the app reconnects by itself. Inside
        one, the transaction died with the connection, so the save fails whole."""
        if not (self.conn.closed or self.conn.broken):
            return
        if self.atomic_depth:  # never finish a save's later statements on a new connection
            raise ServerUnreachable()
        from .db import StorageError

        try:
            self.conn.close()
        except Exception:  # noqa: BLE001 — it is gone either way
            pass
        try:
            self.conn = connect_server(self.url).conn
        except StorageError:
            raise ServerUnreachable() from None

    def execute(self, sql: str, parameters=None) -> ServerCursor:
        self.reconnect_if_closed()
        text, is_insert, returns_id = translate(sql)
        values = _parameters(parameters)
        with _translated_errors():
            if is_insert and self.in_transaction:
                cursor = self._insert_in_savepoint(text, values)
            else:
                cursor = self.conn.execute(text, values)
            if returns_id:
                rows = cursor.fetchall()
                return ServerCursor(cursor, rows[-1][0] if rows else None)
            return ServerCursor(cursor)

    def _insert_in_savepoint(self, text: str, values):
        """SAVEPOINT, the INSERT and RELEASE sent together (psycopg's pipeline: one round
        trip, not three); a refused row rolls back to the savepoint only."""
        name = f"hsg_desk_{next(_savepoint_numbers)}"
        try:
            with self.conn.pipeline():
                self.conn.execute(f"SAVEPOINT {name}")
                cursor = self.conn.execute(text, values)
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
        except BaseException:
            if self.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        return cursor

    def executemany(self, sql: str, rows) -> None:
        text, _, returns_id = translate(sql)
        if returns_id:
            text = text[: -len(" RETURNING id")]
        with _translated_errors(), self.conn.cursor() as cursor:
            cursor.executemany(text, [_parameters(row) for row in rows])

    @contextmanager
    def atomic(self) -> Iterator[ServerDatabase]:
        self.reconnect_if_closed()
        self.atomic_depth += 1
        try:
            with self._transaction() as db:
                yield db
        finally:
            self.atomic_depth -= 1

    @contextmanager
    def _transaction(self) -> Iterator[ServerDatabase]:
        with _translated_errors():
            if self.in_transaction:
                with self._savepoint():
                    yield self
                return
            self.conn.execute("BEGIN")
            try:
                yield self
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

    def rollback(self) -> None:
        """End the open transaction, if any (a lost connection has none left to end)."""
        import psycopg

        if self.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except psycopg.OperationalError:
                pass

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"hsg_desk_{next(_savepoint_numbers)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if self.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def lock_for_append(self, what: str) -> None:
        """Writers take turns at `what` until this transaction ends (the audit chain's head:
        two workstations must not both append row N+1)."""
        self.execute("SELECT pg_advisory_xact_lock(?)", [LOCK_KEYS[what]])

    def table_names(self) -> list[str]:
        return [row[0] for row in self.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]

    def checkpoint_and_close(self) -> None:
        self.close()  # the server keeps its own log: nothing to fold in on quit

    def close(self) -> None:
        self.conn.close()


def _register_types(conn) -> None:
    """Whole numbers go untyped, so PostgreSQL reads them by context as SQLite does; a
    NUMERIC result (sum, avg) comes back as int or float, never Decimal."""
    from psycopg.adapt import Dumper, Loader

    class UntypedInt(Dumper):
        oid = 0

        def dump(self, obj):
            return str(int(obj)).encode()

    class NumberLoader(Loader):
        def load(self, data):
            text = bytes(data).decode()
            return int(text) if text.lstrip("-").isdigit() else float(text)

    conn.adapters.register_dumper(int, UntypedInt)
    conn.adapters.register_loader("numeric", NumberLoader)


def connect_server(url: str) -> ServerDatabase:
    """A connection to the server at `url`; StorageError with what to do when there is none.

    TLS is libpq's default (sslmode=prefer: used whenever the server offers it); a
    clinic that requires it adds `?sslmode=require` or `verify-full` to the URL.
    """
    import psycopg

    from .db import StorageError

    refuse_password_in_url(url)
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                               application_name="hsg-desk")
    except psycopg.Error as error:
        raise StorageError(f"Cannot reach the database server {describe_url(url)}: "
                           f"{str(error).strip().splitlines()[0] if str(error).strip() else error}") from None
    _register_types(conn)
    return ServerDatabase(conn, url)
