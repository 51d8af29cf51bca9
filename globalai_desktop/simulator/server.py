"""The simulator's HTTP server: :class:`Simulator` (on the current asyncio loop) and
:class:`SimulatorThread` (its own loop in a daemon thread).

Every request passes one middleware, in this order: record it (never its headers) →
unknown route → injected faults → API key → key restrictions → the handler.  The key is
checked before the body is validated, so a client can probe a key with an empty body:
400 means the key is good.  Control endpoints under ``/__sim__/`` skip all of that.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time

from aiohttp import web

from . import asset_routes, control_routes, media_routes, text_routes
from .catalog_view import CatalogView
from .config import SimulatorConfig
from .envelopes import (error_response, insufficient_balance, method_not_allowed, no_handler,
                        style_for_route)
from .faults import REQUEST_KINDS, FaultSet
from .keys import BODY, ROUTE, SIM
from .state import TERMINAL, RequestRecord, SimState, Task, now

log = logging.getLogger("globalai.simulator")

SHUTDOWN_TIMEOUT = 0.5      # seconds open streams get when the server stops (tests stop often)
CONTROL_PREFIX = "/__sim__/"
_NOT_JSON = object()        # a body that was sent but is not JSON


def _api_key(request: web.Request) -> str | None:
    """The key from ``Authorization: Bearer``, ``x-api-key`` or ``x-goog-api-key``."""
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer " and auth[7:].strip():
        return auth[7:].strip()
    return request.headers.get("x-api-key") or request.headers.get("x-goog-api-key") or None


def _retry_after(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"


class Simulator:
    """A GlobalAI OPC gateway on 127.0.0.1, running on the current asyncio loop.

    Inspect it with :attr:`requests`, :meth:`count`, :attr:`tasks`; steer it with
    :attr:`faults`, :meth:`expire_task`, :meth:`force_task` and :meth:`reset`.
    """

    def __init__(self, config: SimulatorConfig | None = None) -> None:
        self.config = config or SimulatorConfig()
        self.faults = FaultSet()
        self.state = SimState()
        self.catalog_view = CatalogView()
        self.host = "127.0.0.1"
        self.port: int | None = None
        self._runner: web.AppRunner | None = None
        self.app = self._build_app()

    # -- lifecycle ------------------------------------------------------------------
    def _build_app(self) -> web.Application:
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024 * 1024)
        app[SIM] = self
        text_routes.add_routes(app, self.config.text_prefix)
        media_routes.add_routes(app, self.config.media_prefix)
        asset_routes.add_routes(app, self.config.media_prefix)
        control_routes.add_routes(app, CONTROL_PREFIX.rstrip("/"))
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on ``host:port`` (0 = any free port); returns once listening."""
        if self._runner is not None:
            raise RuntimeError("simulator already started")
        runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        self.host = host
        self.port = site._server.sockets[0].getsockname()[1]  # the port chosen for port=0
        log.info("GlobalAI simulator listening on %s", self.base_url)

    async def stop(self) -> None:
        """Stop listening and close open connections.  Idempotent."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    # -- addresses --------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError("simulator not started")
        return f"http://{self.host}:{self.port}"

    @property
    def text_base_url(self) -> str:
        return self.base_url + self.config.text_prefix

    @property
    def media_base_url(self) -> str:
        return self.base_url + self.config.media_prefix

    # -- inspection and control ---------------------------------------------------------
    @property
    def requests(self) -> list[RequestRecord]:
        """Every request so far (control endpoints excluded), oldest first."""
        return self.state.requests()

    def count(self, method: str | None, path_prefix: str = "") -> int:
        """How many requests had ``method`` (None/"*" = any) and a path — full, or below
        the host prefix — starting with ``path_prefix``."""
        return self.state.count(method, path_prefix)

    @property
    def tasks(self) -> dict[str, Task]:
        return self.state.tasks()

    @property
    def open_streams(self) -> int:
        """Streamed answers being written right now (0 once every client let go)."""
        return self.state.open_streams

    def task_status(self, task_id: str) -> str | None:
        task = self.state.task(task_id)
        return None if task is None else task.status_at(now(), self.config)[0]

    def expire_task(self, task_id: str, *, forget: bool = False) -> bool:
        """Make the task's result URL expired (403 on download); with ``forget`` also drop
        the task (404 task not found).  False when the task is unknown."""
        with self.state.lock:
            task = self.state.task(task_id)
            if task is None:
                return False
            task.url_expired = True
            if forget:
                self.state.forget_task(task_id)
        return True

    def force_task(self, task_id: str, status: str, error: str | None = None) -> None:
        """Put a task in ``status`` now, and keep it there (``error`` for ``failed``)."""
        if status not in TERMINAL + ("queued", "processing"):
            raise ValueError(f"unknown task status {status!r}")
        with self.state.lock:
            task = self.state.task(task_id)
            if task is None:
                raise KeyError(task_id)
            task.forced_status, task.forced_error, task.forced_at = status, error, now()

    def reset(self) -> None:
        """Forget requests, tasks, assets and pending faults."""
        self.faults.clear()
        self.state.reset()

    # -- request pipeline -----------------------------------------------------------------
    def _split(self, path: str) -> tuple[str, str]:
        for host, prefix in (("text", self.config.text_prefix), ("media", self.config.media_prefix)):
            if path == prefix or path.startswith(prefix + "/"):
                return host, path[len(prefix):] or "/"
        return ("files" if path.startswith("/files/") else "other"), path

    @web.middleware
    async def _middleware(self, request: web.Request, handler):
        path, method = request.path, request.method
        if path.startswith(CONTROL_PREFIX):
            return await handler(request)
        host, route = self._split(path)
        request[ROUTE] = route
        body = None
        if request.body_exists:
            raw = await request.read()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = _NOT_JSON
        request[BODY] = body
        self.state.record(RequestRecord(method, path, route, host, dict(request.query), time.time(),
                                        None if body is _NOT_JSON else body))
        routing_error = request.match_info.http_exception
        if routing_error is not None:
            if routing_error.status == 405:
                return method_not_allowed(method, path)
            return no_handler(method, path)
        style = style_for_route(host, route)

        if (slow := self.faults.take(method, path, ("slow",))) is not None:
            await asyncio.sleep(slow.delay)
        fault = self.faults.take(method, path, tuple(k for k in REQUEST_KINDS if k != "slow"))
        if fault is not None:
            return self._fault_response(request, fault, style)

        if host in ("text", "media"):
            denied = self._auth_problem(request, route, style, body)
            if denied is not None:
                return denied
        return await handler(request)

    def _fault_response(self, request: web.Request, fault, style: str) -> web.StreamResponse:
        if fault.kind == "drop_connection":
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=500)   # never sent: the socket is gone
        if fault.kind == "status":
            return error_response(style, fault.status, fault.message)
        if fault.kind == "rate_limit":
            return error_response(style, 429, fault.message,
                                  headers={"Retry-After": _retry_after(fault.retry_after)})
        if fault.kind == "malformed_json":
            return web.Response(status=200, text='{"id": "broken", "status": "que',
                                content_type="application/json")
        return insufficient_balance(style, self.config.insufficient_balance_style)

    def _auth_problem(self, request: web.Request, route: str, style: str, body):
        key = _api_key(request)
        if not key:
            return error_response(style, 401, "Missing API key: send 'Authorization: Bearer <key>'."
                                  if style != "media" else "Unauthorized")
        if not self.config.key_known(key):
            return error_response(style, 401, "Invalid API key" if style != "media" else "Unauthorized")
        restriction = self.config.restricted_keys.get(key)
        if restriction is None:
            return None
        for forbidden in restriction.forbidden_paths:
            if forbidden and forbidden in route:
                return error_response(style, 403, f"Forbidden: this API key is not provisioned for "
                                                  f"{request.method} {route}")
        model = body.get("model") if isinstance(body, dict) else None
        if route.startswith("/v1/models/"):
            model = route[len("/v1/models/"):].rpartition(":")[0] or model
        if isinstance(model, str) and model in restriction.forbidden_models:
            return error_response(style, 403, f"Forbidden: this API key is not provisioned for "
                                              f"model {model}")
        return None


class SimulatorThread:
    """A :class:`Simulator` on its own event loop in a daemon thread.

    ``start()`` blocks until the server listens; ``stop()`` shuts it down and joins the
    thread.  Usable as a context manager.  Inspection and control methods are the
    simulator's and are safe to call from any thread.
    """

    def __init__(self, config: SimulatorConfig | None = None, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.simulator = Simulator(config)
        self._host, self._port = host, port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> "SimulatorThread":
        if self._thread is not None:
            raise RuntimeError("simulator thread already started")
        ready, failure = threading.Event(), []
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self.simulator.start(self._host, self._port))
            except BaseException as exc:  # noqa: BLE001 - handed to the starting thread
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self.simulator.stop())
            # Handlers still running past the shutdown grace (e.g. a "slow" fault) are
            # cancelled, so the loop closes with nothing left pending.
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="globalai-simulator", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise TimeoutError("the simulator did not start listening in time")
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server and its thread.  Idempotent."""
        thread, loop = self._thread, self._loop
        self._thread = None
        if thread is None or loop is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)

    def __enter__(self) -> "SimulatorThread":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- the simulator's interface, delegated ----------------------------------------------
    config = property(lambda self: self.simulator.config)
    faults = property(lambda self: self.simulator.faults)
    port = property(lambda self: self.simulator.port)
    base_url = property(lambda self: self.simulator.base_url)
    text_base_url = property(lambda self: self.simulator.text_base_url)
    media_base_url = property(lambda self: self.simulator.media_base_url)
    requests = property(lambda self: self.simulator.requests)
    tasks = property(lambda self: self.simulator.tasks)
    open_streams = property(lambda self: self.simulator.open_streams)

    def count(self, method: str | None, path_prefix: str = "") -> int:
        return self.simulator.count(method, path_prefix)

    def task_status(self, task_id: str) -> str | None:
        return self.simulator.task_status(task_id)

    def expire_task(self, task_id: str, *, forget: bool = False) -> bool:
        return self.simulator.expire_task(task_id, forget=forget)

    def force_task(self, task_id: str, status: str, error: str | None = None) -> None:
        self.simulator.force_task(task_id, status, error)

    def reset(self) -> None:
        self.simulator.reset()
