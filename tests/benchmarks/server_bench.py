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

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))  # postgres_cluster, exam_room_builders

# name: (unit, target). Measured at each size of demo data.
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
        rows += workstation_rows(cluster, quick)
    finally:
        cluster.stop()
    return rows


def workstation_rows(cluster, quick: bool) -> list[dict]:
    """Live-update p95 (a check-in seen by a second process, tests/workstations) and the
    saves per second of three workstation processes, with their errors and losses."""
    sys.path[:0] = [str(TESTS / "workstations"), str(TESTS / "storage")]
    from test_live_update_latency import measure_latencies, p95
    from test_three_workstations import lost_and_duplicates, run_workstations

    url = cluster.database_url()
    print("live update: 50 check-ins seen by a second process ...", file=sys.stderr, flush=True)
    live_p95 = p95(measure_latencies(url)) * 1000
    cluster.drop(url)
    seconds = 10.0 if quick else 30.0
    url = cluster.database_url()
    print(f"three workstations saving for {seconds:.0f} s ...", file=sys.stderr, flush=True)
    acks, raw, _refused, user_ids = run_workstations(url, seconds)
    lost, duplicates, _stored, _done_by = lost_and_duplicates(url, acks, user_ids)
    cluster.drop(url)
    errors = len(raw) + len(lost) + len(duplicates)
    return [
        {"name": "live_update_p95", "backend": "postgresql", "patients": None, "value": round(live_p95, 1),
         "unit": "ms", "floor": None, "ratio": None, "target": "<= 1000 ms", "ok": live_p95 <= 1000},
        {"name": "throughput", "backend": "postgresql", "patients": None, "value": round(len(acks) / seconds, 1),
         "unit": "saves/s", "floor": None, "ratio": None, "errors": errors,
         "target": "0 errors, 0 lost, 0 duplicate steps", "ok": errors == 0},
    ]


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
    for r in rows:
        if r["patients"] is None:
            extra = f" ({r['errors']} errors)" if "errors" in r else ""
            print(f"{r['name']:<16}{r['unit']:<8}{r['value']:>10.1f}{extra}  {'ok' if r['ok'] else 'MISS'}  {r['target']}")
