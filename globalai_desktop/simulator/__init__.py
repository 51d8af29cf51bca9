"""A local GlobalAI OPC gateway: real HTTP on 127.0.0.1, for demo mode, tests and the CLI.

::

    from globalai_desktop.simulator import (Simulator, SimulatorThread, SimulatorConfig,
                                            Restriction, Fault, DEMO_API_KEY)
    st = SimulatorThread(SimulatorConfig.fast()).start()     # own loop, daemon thread
    st.text_base_url   # http://127.0.0.1:PORT/gw_llm_power
    st.media_base_url  # http://127.0.0.1:PORT/kyyReactApiServer
    st.faults.add(Fault(kind="status", status=500, path="/v1/result/", method="GET", times=2))
    st.stop()

It serves every route of the contract (§2) under the two host prefixes, checks the key
before the body, validates bodies with the shared model catalog, streams text in each
vendor's format, runs image/video tasks on a clock, serves expiring result files and the
two asset libraries.  See :mod:`.server` for the request pipeline and :mod:`.faults` for
fault injection; ``python -m globalai_desktop.simulator --help`` for the command line.
"""

from .config import DEMO_API_KEY, Restriction, SimulatorConfig
from .faults import Fault, FaultSet
from .server import Simulator, SimulatorThread
from .state import RequestRecord, Task

__all__ = ["Simulator", "SimulatorThread", "SimulatorConfig", "Restriction", "Fault", "FaultSet",
           "DEMO_API_KEY", "RequestRecord", "Task"]
