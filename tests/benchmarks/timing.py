"""Small timing helpers shared by the measures and the floors."""

from __future__ import annotations

import json
import os
import subprocess
import time


def repeat(action, runs: int) -> list[float]:
    """Seconds taken by each of `runs` calls of `action`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def startup_seconds(command: list[str], timeout: float = 60) -> tuple[float, float, float]:
    """Wall seconds from launching `command` to its first paint, its RSS in MiB then, and
    the longest UI stall (ms) in the 2 s after it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # An installed HSG Desk starts from compiled bytecode (pip compiles a wheel's modules as
    # it installs them); with PYTHONDONTWRITEBYTECODE set, every start compiled ~80 of its
    # modules from source again (~0.1 s on a quiet machine). The first, uncounted start
    # writes them (__pycache__, ignored by git).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{command[-1]} never painted (exit {done.returncode}): {done.stderr.strip()[-300:]}")
    report = json.loads(lines[-1])
    return report["painted"] - start, report["rss_mb"], report["stall_after_start_ms"]
