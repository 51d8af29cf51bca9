"""Simulator fixtures shared by every test (imported by tests/conftest.py).

- ``TEST_KEY``: a key the simulator accepts everywhere.
- ``LIMITED_KEY``: a key provisioned for everything except ``/v1/sora/videos`` and the
  model ``gpt-5.5`` (answers 403 naming the endpoint or the model).
- ``sim_config``: :meth:`SimulatorConfig.fast` timings with those two keys; override it in
  a test module to change a knob.
- ``sim``: a started :class:`SimulatorThread` on a free loopback port, stopped after the
  test.  Use ``sim.text_base_url`` / ``sim.media_base_url``, ``sim.faults.add(Fault(...))``,
  ``sim.count(method, path_prefix)``, ``sim.expire_task(id)``, ``sim.force_task(id, ...)``.
"""

from __future__ import annotations

import pytest

from globalai_desktop.simulator import Restriction, SimulatorConfig, SimulatorThread

TEST_KEY = "sk-test-simulator-0123456789abcdef"
LIMITED_KEY = "sk-limited-simulator-0123456789abcdef"
LIMITED_PATHS = ("/v1/sora/videos",)
LIMITED_MODELS = ("gpt-5.5",)

__all__ = ["TEST_KEY", "LIMITED_KEY", "LIMITED_PATHS", "LIMITED_MODELS", "sim_config", "sim"]


@pytest.fixture
def sim_config() -> SimulatorConfig:
    return SimulatorConfig.fast(
        api_keys={TEST_KEY},
        restricted_keys={LIMITED_KEY: Restriction(forbidden_paths=LIMITED_PATHS,
                                                  forbidden_models=LIMITED_MODELS)},
    )


@pytest.fixture
def sim(sim_config):
    st = SimulatorThread(sim_config).start()
    try:
        yield st
    finally:
        st.stop()
