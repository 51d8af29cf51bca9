"""Simulator fixtures shared by every test (imported by tests/conftest.py).

- ``TEST_KEY``: a key the simulator accepts everywhere.
- ``LIMITED_KEY``: a key provisioned for everything except ``/v1/sora/videos`` and the
  model ``gpt-5.5`` (answers 403 naming the endpoint or the model).
- ``sim_config``: :meth:`SimulatorConfig.fast` timings with those two keys, and long
  replies off (a prompt saying "long" gets the usual short reply); override it in a test
  module to change a knob.
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

__all__ = ["TEST_KEY", "LIMITED_KEY", "LIMITED_PATHS", "LIMITED_MODELS", "sim_config", "sim",
           "valid_create_body", "sse_data", "SAMPLE_URL"]


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


# -- helpers for tests that talk to the simulator ------------------------------------------

SAMPLE_URL = "https://example.com/reference.jpg"
# Fields no default covers that a family needs before it accepts a body.
_EXTRA_PARAMS = {"seedance_x1": {"first_frame": SAMPLE_URL}}


def valid_create_body(family_id: str, model_id: str | None = None, **params) -> dict:
    """A create body the simulator accepts for ``family_id`` (first model by default),
    built by the catalog from its defaults plus ``params`` (logical field names)."""
    from globalai_desktop.catalog import load_catalog

    family = load_catalog().family(family_id)
    model_id = model_id or family.models[0].id
    values = family.default_params(model_id)
    for spec in family.fields_for(model_id):
        if spec.required and spec.name not in values:
            values[spec.name] = {"text": "a cat on a windowsill", "url": SAMPLE_URL,
                                 "url_list": [SAMPLE_URL]}.get(spec.kind, spec.default)
    values.update(_EXTRA_PARAMS.get(family_id, {}))
    values.update(params)
    return family.build_body(model_id, values)


def sse_data(text: str) -> list[tuple[str | None, str]]:
    """Parse a whole SSE body into ``(event, data)`` pairs (data lines joined by newlines)."""
    events, event, data = [], None, []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line:
            if data:
                events.append((event, "\n".join(data)))
            event, data = None, []
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip())
    if data:
        events.append((event, "\n".join(data)))
    return events
