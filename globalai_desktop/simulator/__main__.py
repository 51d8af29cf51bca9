"""``python -m globalai_desktop.simulator --port N [--key K ...] [--fast]``

Runs the simulator in the foreground until Ctrl+C and prints the two base URLs and the
accepted key(s), ready to paste into the app's settings.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from .config import DEMO_API_KEY, SimulatorConfig
from .server import Simulator


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m globalai_desktop.simulator",
                                description="Run a local GlobalAI OPC gateway simulator.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port (default 0 = any free port)")
    p.add_argument("--key", action="append", default=[],
                   help=f"accept this API key (repeatable; default {DEMO_API_KEY})")
    p.add_argument("--fast", action="store_true", help="test timings (tasks finish in ~0.5 s)")
    p.add_argument("--balance-style", choices=("http402", "business200"), default="http402",
                   help="how insufficient balance is reported")
    return p.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    keys = set(args.key) or {DEMO_API_KEY}
    make = SimulatorConfig.fast if args.fast else SimulatorConfig
    sim = Simulator(make(api_keys=keys, insufficient_balance_style=args.balance_style))
    await sim.start(args.host, args.port)
    print(f"text base URL:  {sim.text_base_url}")
    print(f"media base URL: {sim.media_base_url}")
    for key in sorted(keys):
        print(f"API key:        {key}")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await sim.stop()


def main(argv: list[str] | None = None) -> int:
    try:
        asyncio.run(serve(parse_args(argv)))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
