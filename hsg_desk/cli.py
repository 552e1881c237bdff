"""The `hsg-desk` command line: the GUI by default, and the admin and script commands.

Each sub-command lives in its own module under `hsg_desk/commands/` and exposes
`add_parser(subparsers)`; the parser it adds sets `run(args) -> exit code`.
Nothing here imports Qt, so the script commands start fast and run headless.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys

from hsg_desk import __version__
from hsg_desk.domain.vocabulary import Language

COMMAND_MODULES = (
    "demo_db",
    "exams",
    "screen",
    "rules",
    "pdf",
    "audit",
    "backup",
    "check",
    "barcode",
    "settings",
    "worklist",
    "mpps",
    "report",
    "move_to_server",
    "server_setup",
)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; `with_commands=False` knows only the window's options (and no
    -h), so starting the window does not import every command module first."""
    parser = argparse.ArgumentParser(
        prog="hsg-desk",
        description="HSG Desk: the workstation for hysterosalpingogram exams. "
        "Without a command it starts the application window.",
        add_help=with_commands,
        exit_on_error=with_commands,  # the whole parser reports any error, with its usage
    )
    parser.add_argument("--version", action="version", version=f"hsg-desk {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="database file, or the clinic's server as "
                        "postgresql://user@host:5432/hsg (default: $HSG_DESK_DB or the user-data folder)")
    parser.add_argument("--demo", action="store_true", help="start on a fresh demo database (DEMO in the title); with --db, written to PATH when no file is there")
    parser.add_argument("--ui-lang", choices=[language.value for language in Language], metavar="|".join(Language),
                        help="the window's language (default: the user's setting, else the system's)")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help="quit after SECONDS (smoke tests)")
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"hsg_desk.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"hsg_desk.commands.{name}":
                raise
            continue  # a command not built yet
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        window_args, rest = build_parser(with_commands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        window_args, rest = None, argv
    if window_args is not None and not rest:  # the window: ~25 ms sooner without the commands
        # Start-up makes ~50,000 objects (modules, classes, functions) that all live on: collecting
        # while they are made finds nothing and costs ~17 ms. The window resumes it once painted.
        if window_args.demo and window_args.db and os.path.exists(window_args.db):
            print(f"hsg-desk: --demo writes a new demo database, and {window_args.db} already exists. "
                  "Open it without --demo, or give --db a new file.", file=sys.stderr)
            return 2
        gc.disable()
        from hsg_desk.app import run_gui

        return run_gui(db_path=window_args.db, demo=window_args.demo, quit_after=window_args.quit_after,
                       ui_language=window_args.ui_lang)
    args = build_parser().parse_args(argv)  # a command, -h, or an error it reports
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run the command; whatever escapes it is one line and exit code 1, never a traceback."""
    from hsg_desk.applog import configure_logging

    configure_logging()
    try:
        code = args.run(args)
        sys.stdout.flush()  # a closed pipe shows up here, not at exit
        return code
    except BrokenPipeError:
        # `hsg-desk exams | head`: the reader has what it wanted. Python would complain
        # once more when it flushes stdout at exit, so point stdout at nothing first.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):  # stdout is no file (a test's capture)
            pass
        return 0
    except KeyboardInterrupt:
        print("hsg-desk: interrupted", file=sys.stderr)
        return 1
    except ValueError as error:
        if "null byte" in str(error):  # a file name with a NUL in it: bad input, not a surprise
            print("hsg-desk: a file name cannot contain a NUL character", file=sys.stderr)
            return 2
        return report_unexpected(error)
    except Exception as error:  # noqa: BLE001 — the one place a command's surprise is told
        return report_unexpected(error)


def report_unexpected(error: BaseException) -> int:
    """One line on stderr for an error nobody foresaw; where it happened goes to the log."""
    from hsg_desk.applog import describe_error, log_file, log_unexpected

    log_unexpected(error, "a command failed")
    print(f"hsg-desk: unexpected error: {describe_error(error)} (details in {log_file()})", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
