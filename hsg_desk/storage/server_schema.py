"""The schema on a PostgreSQL server: the same numbered migrations as migrations.py.

Each step has the SQLite step's name and makes the same tables, columns and rules, so the
version check reads the same on both (a newer name refused, a pending one applied). A step
is either SQLite's own function run through the server connection's dialect (plain tables
and indexes translate: storage/server.py) or written here where PostgreSQL needs its own
words: the search column that replaces FTS5, triggers (PL/pgSQL), `greatest`.

Every step runs in one transaction (PostgreSQL's DDL is transactional) with its record in
`schema_migrations`, under an advisory lock so two workstations starting at once do not
both apply it. Only the owner role may change the schema: `hsg-desk server-setup` applies
what is pending; the application's role gets a message saying so.
"""

from __future__ import annotations

from collections.abc import Callable

from . import migrations as sqlite_steps
from .migrations import INITIAL_SCHEMA, MIGRATION_SET

MIGRATIONS_TABLE = "schema_migrations"
SERVER_STEPS: list[tuple[str, Callable]] = []
EXTENSIONS = ("citext", "unaccent")


def server_migration(name: str, function: Callable | None = None):
    def register(step: Callable) -> Callable:
        SERVER_STEPS.append((name, step))
        return step
    return register(function) if function is not None else register


def known_server_migrations() -> list[str]:
    return [name for name, _ in SERVER_STEPS]


def applied_server_migrations(db) -> list[str]:
    if db.execute("SELECT to_regclass(?)", [MIGRATIONS_TABLE]).fetchone()[0] is None:
        return []
    return [row[0] for row in db.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY applied_order", [MIGRATION_SET])]


def apply_server_migrations(db) -> list[str]:
    """Apply every pending step, each whole or not at all; the names applied."""
    done = []
    for name, step in SERVER_STEPS:
        with db.atomic():
            db.lock_for_append("migrations")
            db.execute(f"""CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (
                migration_set TEXT NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL,
                applied_order BIGINT GENERATED ALWAYS AS IDENTITY, PRIMARY KEY (migration_set, name))""")
            if name in applied_server_migrations(db):
                continue  # another workstation applied it while this one waited
            step(db)
            db.execute(f"INSERT INTO {MIGRATIONS_TABLE}(migration_set, name, applied_at) "
                       "VALUES (?, ?, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS+00:00'))",
                       [MIGRATION_SET, name])
            done.append(name)
    return done


# Search (replaces the FTS5 table): a tsvector of each patient's tokens, folded as FTS5's
# unicode61 tokenizer with remove_diacritics and tokenchars '-' folds them (letters, digits
# and '-', lower case, accents removed by unaccent), each at its position in its column and
# the columns 100 positions apart, so a phrase never spans two. A GIN index answers a
# prefix ('gar':*) and a phrase ('o' <-> 'brien':*) as FTS5's prefix index does; the parser
# of a text search configuration is not used, so hyphens and dates stay whole tokens.
SEARCH_FOLD = "trim(regexp_replace(lower(unaccent({})), '[^[:alnum:]-]+', ' ', 'g'))"
SEARCH_COLUMNS = ", ".join(SEARCH_FOLD.format(f"NEW.{column}")
                           for column in ("family_name", "given_name", "mrn", "birth_date"))

SERVER_ONLY_INITIAL = [
    "ALTER TABLE patients ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''",
    f"""CREATE FUNCTION patients_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.search_vector := coalesce((
                SELECT string_agg(quote_literal(token) || ':' || (columns.number * 100 + tokens.number), ' ')
                FROM unnest(ARRAY[{SEARCH_COLUMNS}]) WITH ORDINALITY AS columns(folded, number),
                     unnest(string_to_array(columns.folded, ' ')) WITH ORDINALITY AS tokens(token, number)
                WHERE token <> '')::tsvector, '');
            RETURN NEW;
        END $$""",
    """CREATE TRIGGER patients_search BEFORE INSERT OR UPDATE OF family_name, given_name, mrn, birth_date
        ON patients FOR EACH ROW EXECUTE FUNCTION patients_search_vector()""",
    "CREATE INDEX patients_search ON patients USING gin (search_vector)",
    # The audit trail is append-only for every role, the owner's included (the app's role
    # has only SELECT and INSERT on it besides: server_setup.py).
    """CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'integrity_constraint_violation';
        END $$""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
]


def _is_sqlite_only(statement: str) -> bool:
    """FTS5 and SQLite's trigger syntax: the server has its own (SERVER_ONLY_INITIAL)."""
    head = statement.lstrip()[:40].upper()
    return head.startswith(("CREATE VIRTUAL TABLE", "CREATE TRIGGER"))


@server_migration("0001_initial_schema")
def initial_schema(db) -> None:
    for extension in EXTENSIONS:
        db.execute(f"CREATE EXTENSION IF NOT EXISTS {extension}")
    statements = [statement for statement in INITIAL_SCHEMA if not _is_sqlite_only(statement)]
    # PostgreSQL checks a REFERENCES when the table is made: users before settings names it.
    statements.sort(key=lambda statement: 0 if "CREATE TABLE users" in statement else 1)
    for statement in statements + SERVER_ONLY_INITIAL:
        db.execute(statement)
    # audit_log.username is compared without case (storage/audit.py), as users.username is.
    db.execute("ALTER TABLE audit_log ALTER COLUMN username TYPE citext")


server_migration("0002_exam_child_indexes", sqlite_steps.exam_child_indexes)


@server_migration("0003_one_live_checklist_step")
def one_live_checklist_step(db) -> None:
    """As SQLite's 0003 (read it there): one live completion of a step per exam."""
    db.execute("ALTER TABLE checklist_events ADD COLUMN live BIGINT CHECK (live IS NULL OR live = 1)")
    db.execute("CREATE UNIQUE INDEX checklist_events_live_step ON checklist_events(exam_id, step) WHERE live = 1")
    db.execute("""CREATE FUNCTION checklist_events_live() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.action IN ('done', 'not_needed') THEN
                NEW.live := 1;
            ELSIF NEW.action = 'undone' THEN
                UPDATE checklist_events SET live = NULL
                    WHERE exam_id = NEW.exam_id AND step = NEW.step AND live = 1;
            END IF;
            RETURN NEW;
        END $$""")
    db.execute("""CREATE TRIGGER checklist_events_live BEFORE INSERT ON checklist_events
        FOR EACH ROW EXECUTE FUNCTION checklist_events_live()""")


@server_migration("0004_exam_open_blocks")
def exam_open_blocks(db) -> None:
    db.execute("ALTER TABLE exams ADD COLUMN IF NOT EXISTS open_blocks BIGINT NOT NULL DEFAULT 0")
    db.execute("UPDATE exams SET open_blocks = (SELECT count(*) FROM findings f WHERE f.exam_id = exams.id "
               "AND f.level = 'block')")
    db.execute("UPDATE exams SET open_stops = greatest(open_stops - open_blocks, 0)")


server_migration("0005_ris_orders_and_mpps", sqlite_steps.ris_orders_and_mpps)
server_migration("0006_exam_antibiotics_translations", sqlite_steps.exam_antibiotics_translations)
server_migration("0007_products_and_scans", sqlite_steps.products_and_scans)
server_migration("0008_procedure_dose_note", sqlite_steps.procedure_dose_note)
server_migration("0009_signed_audit_anchor", sqlite_steps.signed_audit_anchor)


@server_migration("0010_referring_title")
def referring_title(db) -> None:
    """As SQLite's 0010 (read it there): the referring physician's title as its own field."""
    for table in ("patients", "exams"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS referring_title TEXT NOT NULL DEFAULT '' "
                   "CHECK (referring_title IN ('', 'Dr.', 'Dra.'))")


@server_migration("0011_user_interface_language")
def user_interface_language(db) -> None:
    """As SQLite's 0011 (read it there): each user's interface language."""
    db.execute("ALTER TABLE users ADD COLUMN IF NOT EXISTS ui_language TEXT NOT NULL DEFAULT '' "
               "CHECK (ui_language IN ('', 'en', 'es'))")


def reset_id_sequences(db, tables=None) -> None:
    """After rows were written with their own ids (demo data, a copied clinic), each
    identity column (of `tables`, or of every table) continues after the largest id, so
    the next new row gets a free one."""
    for table in sorted(_tables_with_identity(db) if tables is None else tables):
        db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                   f"greatest((SELECT max(id) FROM {table}), 1), (SELECT max(id) FROM {table}) IS NOT NULL)")


def _tables_with_identity(db) -> set[str]:
    return {row[0] for row in db.execute(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND is_identity = 'YES'")}
