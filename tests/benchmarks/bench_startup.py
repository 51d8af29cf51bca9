"""Start-up benchmark: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_startup.py [--runs 5]

Runs the real command ``python -m globalai_desktop … --quit-after-startup`` in fresh
processes and reports, per variant:

- ``first paint``: the app's own figure (``startup_ms``), from the moment ``app.py`` is
  imported until the main window has been painted and every service is ready (settings,
  keyring read, catalog, client, the three tabs; the simulator in demo mode);
- ``process``: wall time of the whole process, interpreter start and orderly shutdown
  included — what a packaging smoke test waits for.

Variants: a fresh profile (first start) and the same profile again (second start), each
with ``--demo`` and without (no key: the first-run prompt is skipped by the flag).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def one_run(profile: Path, args: list[str]) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLOBALAIOPC_")}
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               GLOBALAI_DESKTOP_CONFIG_DIR=str(profile / "config"),
               GLOBALAI_DESKTOP_DATA_DIR=str(profile / "data"),
               GLOBALAI_DESKTOP_SYSTEM_CONFIG=str(profile / "none.toml"),
               PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "globalai_desktop", *args,
                           "--quit-after-startup", "--log-level", "warning"],
                          env=env, capture_output=True, text=True, timeout=120)
    wall = (time.perf_counter() - t0) * 1000
    if proc.returncode != 0:
        raise SystemExit(f"exit code {proc.returncode}:\n{proc.stderr[-2000:]}")
    line = next(l for l in proc.stdout.splitlines() if l.startswith("startup_ms="))
    return float(line.split("=", 1)[1]), wall


def summary(values: list[float]) -> str:
    return (f"median {statistics.median(values):6.0f} ms   min {min(values):6.0f}   "
            f"max {max(values):6.0f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    print(f"GlobalAI Desktop start-up, {runs} runs per variant, {os.cpu_count()} CPUs, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    for label, args in (("--demo", ["--demo"]), ("no key", [])):
        first, again = ([], []), ([], [])
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as tmp:
                profile = Path(tmp)
                for bucket in (first, again):        # first start, then the second start
                    paint, wall = one_run(profile, args)
                    bucket[0].append(paint)
                    bucket[1].append(wall)
        for name, (paint, wall) in (("first start", first), ("second start", again)):
            print(f"{label:7} {name:12}  first paint: {summary(paint)}")
            print(f"{'':7} {'':12}  process:     {summary(wall)}")


if __name__ == "__main__":
    main()
