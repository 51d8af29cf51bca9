"""Start-up benchmark: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_startup.py [--runs 5]

Runs the real command ``python -m globalai_desktop … --quit-after-startup`` in fresh
processes and reports, per variant:

- ``first paint``: the app's own figure (``startup_ms``), from the moment ``app.py`` is
  imported until the main window has been painted and every service is ready (settings,
  keyring read, catalog, client, the three tabs; the simulator in demo mode);
- ``process``: wall time of the whole process, interpreter start and orderly shutdown
  included — what a packaging smoke test waits for;
- ``peak memory``: the process's peak resident set size (from ``wait4``'s rusage).

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


def one_run(profile: Path, args: list[str]) -> tuple[float, float, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLOBALAIOPC_")}
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               GLOBALAI_DESKTOP_CONFIG_DIR=str(profile / "config"),
               GLOBALAI_DESKTOP_DATA_DIR=str(profile / "data"),
               GLOBALAI_DESKTOP_SYSTEM_CONFIG=str(profile / "none.toml"),
               PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, "-m", "globalai_desktop", *args,
                                 "--quit-after-startup", "--log-level", "warning"],
                                env=env, stdout=out, stderr=err, text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)     # rusage of this child alone
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = (time.perf_counter() - t0) * 1000
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise SystemExit(f"exit code {proc.returncode}:\n{stderr[-2000:]}")
    line = next(l for l in stdout.splitlines() if l.startswith("startup_ms="))
    peak_mb = usage.ru_maxrss / 1024          # Linux reports KiB
    return float(line.split("=", 1)[1]), wall, peak_mb


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
        first, again = ([], [], []), ([], [], [])
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as tmp:
                profile = Path(tmp)
                for bucket in (first, again):        # first start, then the second start
                    for values, figure in zip(bucket, one_run(profile, args)):
                        values.append(figure)
        for name, (paint, wall, peak) in (("first start", first), ("second start", again)):
            print(f"{label:7} {name:12}  first paint: {summary(paint)}")
            print(f"{'':7} {'':12}  process:     {summary(wall)}")
            print(f"{'':7} {'':12}  peak memory: median {statistics.median(peak):6.0f} MB   "
                  f"max {max(peak):6.0f} MB")


if __name__ == "__main__":
    main()
