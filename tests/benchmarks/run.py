"""HSG Desk at clinic scale: each measure against its floor and its target.

    .venv/bin/python tests/benchmarks/run.py [--quick] [--json FILE] [--patients N] [--workdir DIR]

Full run: 100,000 and 10,000 patients (search and step commits must stay flat as the
clinic grows). --quick: 2,000 patients and few repetitions, no targets enforced (CI).
Demo databases are cached by size, seed, schema version and day; each run works on a copy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import floors  # noqa: E402
import measures  # noqa: E402

SEED = 1
# name: (unit, target, what the target bounds) — startup's target bounds its ratio to the floor.
TARGETS = {
    "startup": ("s", 2.5, "ratio"), "search_p95": ("ms", 20, "value"), "worklist_day": ("ms", 20, "value"),
    "open_exam": ("ms", 150, "value"), "step_commit": ("ms", 15, "value"),
    "pdf_aftercare": ("ms", 100, "value"), "pdf_summary": ("ms", 250, "value"),
    "rss_start": ("MB", 250, "value"), "ui_stall_max": ("ms", 100, "value"),
    "ui_stall_start": ("ms", 100, "value"),  # the 2 s after the first paint (DESIGN.md §7)
}


def demo_database(patients: int, workdir: Path, today: date) -> Path:
    """A working copy of the cached demo database of this size (built on first use)."""
    from hsg_desk.services.demo_data import write_demo_database
    from hsg_desk.storage.migrations import known_migrations

    import hsg_desk.services.demo_data as generator
    import hsg_desk.services.users as demo_users

    # The generator's own source is part of the key: a changed generator means a new file.
    code = hashlib.sha1(b"".join(Path(m.__file__).read_bytes() for m in (generator, demo_users))).hexdigest()[:8]
    workdir.mkdir(parents=True, exist_ok=True)
    cached = workdir / f"demo-{patients}-seed{SEED}-{known_migrations()[-1]}-{code}-{today}.sqlite3"
    if not cached.exists():
        started = time.perf_counter()
        print(f"building {cached.name} ...", file=sys.stderr, flush=True)
        write_demo_database(cached.with_suffix(".tmp"), patients=patients, seed=SEED, today=today)
        cached.with_suffix(".tmp").rename(cached)
        print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    work = workdir / f"run-{patients}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(cached, work)
    return work


def measure_all(path: Path, today: date, quick: bool) -> dict[str, tuple[float, float | None]]:
    """name → (value, floor) in the table's units."""
    runs, starts = (3, 1) if quick else (25, 7)
    bench = measures.Bench(str(path), today, runs)
    bench.open()
    ms = 1000
    (start, rss, start_stall), (bare_start, bare_rss) = measures.app_start(bench, starts)
    queries = measures.search_queries(bench, 5 if quick else 100)
    found = {
        "startup": (start, bare_start),
        "search_p95": (measures.search_p95(bench, queries) * ms, floors.raw_fts_match(bench.db, queries) * ms),
        "worklist_day": (measures.worklist_day(bench) * ms, None),
        "open_exam": (measures.open_exam(bench) * ms, None),
        "step_commit": (measures.step_commit(bench) * ms, floors.empty_commit(bench.db, runs) * ms),
    }
    pdf_floor = floors.minimal_pdf(runs) * ms
    found["pdf_aftercare"] = (measures.pdf(bench, "aftercare") * ms, pdf_floor)
    found["pdf_summary"] = (measures.pdf(bench, "summary") * ms, pdf_floor)
    found["rss_start"] = (rss, bare_rss)
    found["ui_stall_max"] = (measures.ui_stall_max(bench) * ms, None)
    found["ui_stall_start"] = (start_stall, None)
    bench.db.conn.close()
    return found


def rows_for(found: dict, patients: int) -> list[dict]:
    rows = []
    for name, (value, floor) in found.items():
        unit, target, bounds = TARGETS[name]
        ratio = value / floor if floor else None
        checked = ratio if bounds == "ratio" else value
        rows.append({"name": name, "patients": patients, "value": round(value, 3), "unit": unit,
                     "floor": None if floor is None else round(floor, 3),
                     "ratio": None if ratio is None else round(ratio, 2),
                     "target": f"ratio <= {target}" if bounds == "ratio" else f"<= {target} {unit}",
                     "ok": checked is not None and checked <= target})
    return rows


def print_table(rows: list[dict], sizes: list[int]) -> None:
    def cell(r: dict) -> str:
        digits = 2 if r["unit"] == "s" else 1
        floor = "" if r["floor"] is None else f" / {r['floor']:.{digits}f} ×{r['ratio']:.2f}"
        return f"{r['value']:.{digits}f}{floor}  {'ok' if r['ok'] else 'MISS'}"
    header = f"{'measure':<16}{'unit':<5}" + "".join(f"{f'{n:,} patients (floor, ratio)':>34}" for n in sizes) + "  target"
    print(header)
    print("-" * len(header))
    for name in TARGETS:
        line = f"{name:<16}{TARGETS[name][0]:<5}"
        target = ""
        for n in sizes:
            r = next(r for r in rows if r["name"] == name and r["patients"] == n)
            line += f"{cell(r):>34}"
            target = r["target"]
        print(line + "  " + target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 patients, few repetitions, no targets")
    parser.add_argument("--json", metavar="FILE", help="also write the results as a JSON list")
    parser.add_argument("--patients", type=int, metavar="N", help="measure only this size")
    parser.add_argument("--workdir", type=Path, default=Path.home() / ".cache" / "hsg-desk-bench")
    args = parser.parse_args(argv)
    sizes = [args.patients] if args.patients else [2000] if args.quick else [100_000, 10_000]
    today = date.today()
    from PySide6.QtWidgets import QApplication

    from hsg_desk.app import install_message_filter

    install_message_filter()  # the offscreen platform's one known warning is dropped, as in the app
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 — the models need one
    rows = []
    for patients in sizes:
        found = measure_all(demo_database(patients, args.workdir, today), today, args.quick)
        rows += rows_for(found, patients)
    print_table(rows, sizes)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can abort while collecting the widgets left behind.
    os._exit(code)
