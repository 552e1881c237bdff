"""`hsg-desk rules`: the screening rules table, printed from the rules' own definitions (DESIGN.md §4)."""

from __future__ import annotations

import argparse
import json
import shutil
import textwrap

from hsg_desk.commands.common import add_db_option, fail
from hsg_desk.domain.screening import RULES
from hsg_desk.domain.settings import DEFAULT_SETTINGS, ClinicSettings


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "rules", help="print the screening rules (code, level, trigger, resolution)",
        description="Print every screening rule with its level, what triggers it and what resolves it. "
                    "Thresholds come from the database's settings when --db is given, else the defaults.")
    parser.add_argument("--json", action="store_true", help="print a JSON array instead of a table")
    add_db_option(parser)
    parser.set_defaults(run=run)


def rule_rows(settings: ClinicSettings = DEFAULT_SETTINGS) -> list[dict[str, str]]:
    return [{"code": rule.code, "level": rule.level.value, "group": rule.group,
             "trigger": rule.trigger_text(settings), "resolution": rule.resolution_text}
            for rule in RULES]


def format_table(rows: list[dict[str, str]], width: int = 120) -> str:
    """Code and level columns, then trigger and resolution wrapped side by side under a group heading."""
    code_w = max(len(row["code"]) for row in rows)
    level_w = max(len("level"), max(len(row["level"]) for row in rows))
    text_w = max(20, (width - code_w - level_w - 6) // 2)
    lines = [f"{'code':<{code_w}}  {'level':<{level_w}}  {'trigger':<{text_w}}  resolution"]
    group = None
    for row in rows:
        if row["group"] != group:
            group = row["group"]
            lines += ["", f"{group}"]
        trigger = textwrap.wrap(row["trigger"], text_w, break_on_hyphens=False) or [""]
        resolution = textwrap.wrap(row["resolution"], text_w, break_on_hyphens=False) or [""]
        for index in range(max(len(trigger), len(resolution))):
            code, level = (row["code"], row["level"]) if index == 0 else ("", "")
            left = trigger[index] if index < len(trigger) else ""
            right = resolution[index] if index < len(resolution) else ""
            lines.append(f"{code:<{code_w}}  {level:<{level_w}}  {left:<{text_w}}  {right}".rstrip())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    settings = DEFAULT_SETTINGS
    db_path = getattr(args, "db", None)
    if db_path:
        try:
            from hsg_desk.storage.db import open_database
            from hsg_desk.storage.settings import load_settings

            db = open_database(db_path)
            try:
                settings = load_settings(db)
            finally:
                db.close()
        except Exception:  # one line, never a traceback
            return fail(f"--db: cannot read the settings from {db_path}")
    rows = rule_rows(settings)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        print(format_table(rows, shutil.get_terminal_size((120, 24)).columns))
    return 0
