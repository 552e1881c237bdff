"""The PostgreSQL rows of the benchmark (`run.py --backend postgresql`): search, the day's
worklist and a step commit against a local server, on the same demo data as the file's rows.

The server is a throwaway cluster on 127.0.0.1 (tests/postgres_cluster.py) with fsync and
synchronous commit ON, as a clinic's server runs: a step commit is durable, as on SQLite.
The demo database is written into it at each run (no cache: a cluster is new each time).
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import measures
from timing import percentile, repeat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: postgres_cluster

# name: (unit, target). The live-update and three-workstation rows are added beside these.
SERVER_TARGETS = {"search_p95": ("ms", 20), "worklist_day": ("ms", 20), "step_commit": ("ms", 15)}


def raw_prefix_match(db, queries: list[str]) -> float:
    """Floor of search: p95 of a bare prefix match on the indexed vector (ids only)."""
    times = [repeat(lambda q=q: db.execute("SELECT id FROM patients WHERE search_vector @@ ?::tsquery LIMIT 50",
                                           [f"{q.lower()}:*"]).fetchall(), 1)[0] for q in queries]
    return percentile(times, 95)


def empty_commit(db, runs: int) -> float:
    """Floor of a commit: median of a transaction that writes one tiny row, durably."""
    db.execute("CREATE TABLE IF NOT EXISTS bench_floor(x integer)")

    def commit():
        with db.atomic():
            db.execute("INSERT INTO bench_floor VALUES (1)")
    return percentile(repeat(commit, runs), 50)


def measure(sizes: list[int], today: date, quick: bool, seed: int) -> list[dict]:
    from postgres_cluster import start_cluster

    from hsg_desk.services.demo_data import write_demo_database

    cluster, why = start_cluster(durable=True)
    if cluster is None:
        print(f"PostgreSQL rows skipped: {why}", file=sys.stderr)
        return []
    rows = []
    runs = 3 if quick else 25
    ms = 1000
    try:
        for patients in sizes:
            url = cluster.database_url(migrated=False)
            started = time.perf_counter()
            print(f"writing {patients:,} demo patients to the server ...", file=sys.stderr, flush=True)
            write_demo_database(url, patients=patients, seed=seed, today=today)
            print(f"  written in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
            bench = measures.Bench(url, today, runs)
            bench.open()
            bench.db.execute("ANALYZE")
            queries = measures.search_queries(bench, 5 if quick else 100)
            words = [q for q in queries if q.isalpha()]
            found = {
                "search_p95": (measures.search_p95(bench, queries), raw_prefix_match(bench.db, words or queries)),
                "worklist_day": (measures.worklist_day(bench), None),
                "step_commit": (measures.step_commit(bench), empty_commit(bench.db, runs)),
            }
            bench.db.close()
            for name, (value, floor) in found.items():
                unit, target = SERVER_TARGETS[name]
                rows.append({"name": name, "backend": "postgresql", "patients": patients,
                             "value": round(value * ms, 3), "unit": unit,
                             "floor": None if floor is None else round(floor * ms, 3),
                             "ratio": None if not floor else round(value / floor, 2),
                             "target": f"<= {target} {unit}", "ok": value * ms <= target})
    finally:
        cluster.stop()
    return rows


def print_table(rows: list[dict], sizes: list[int]) -> None:
    print()
    print("PostgreSQL (local server, durable commits): value / floor ×ratio")
    header = f"{'measure':<16}{'unit':<5}" + "".join(f"{f'{n:,} patients':>34}" for n in sizes) + "  target"
    print(header)
    print("-" * len(header))
    for name, (unit, _) in SERVER_TARGETS.items():
        line, target = f"{name:<16}{unit:<5}", ""
        for n in sizes:
            r = next((r for r in rows if r["name"] == name and r["patients"] == n), None)
            if r is None:
                line += f"{'-':>34}"
                continue
            floor = "" if r["floor"] is None else f" / {r['floor']:.1f} ×{r['ratio']:.2f}"
            text = f"{r['value']:.1f}{floor}  {'ok' if r['ok'] else 'MISS'}"
            line += f"{text:>34}"
            target = r["target"]
        print(line + "  " + target)
