"""The one place httpx is called: clients, auth, TLS, proxies, retries, error mapping.

Three httpx clients, built lazily from :class:`ApiConfig` and rebuilt by
:meth:`Transport.reconfigure`: one per API host (so a stalled media poll never takes the
connection a chat stream needs) and one for result downloads (follows redirects; sends the
key only back to an API host, never to a CDN).

Contract of :meth:`Transport.send`: returns a 2xx response or raises a
:class:`~globalai_desktop.api.errors.GlobalAIError`; retries follow ``api/retry.py``;
``asyncio.CancelledError`` passes through untouched and closes any open response.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from .. import __version__
from . import errors as E
from .config import ApiConfig
from .error_mapping import error_from_response, error_from_transport, read_json
from .errors import redact, register_secret
from .retry import RequestKind, backoff_delay, should_retry_exception, should_retry_status

log = logging.getLogger("globalai.api.transport")

Host = Literal["text", "media", "download"]
# Error bodies are read for their reason only; a gateway returning a huge HTML page must
# not fill memory.
ERROR_BODY_LIMIT = 64 * 1024
USER_AGENT = f"GlobalAI-Desktop/{__version__}"


def _ssl_context(cfg: ApiConfig) -> ssl.SSLContext:
    """Trust store per config: OS store (``truststore``) or certifi, plus ``ca_bundle``."""
    ctx: ssl.SSLContext | None = None
    if cfg.use_system_trust_store:
        try:
            import truststore  # optional dependency: verify with the operating system's store
            ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        except ImportError:
            log.warning("The system trust store was requested but the 'truststore' package "
                        "is not installed; using the bundled certificate store.")
    if ctx is None:
        import certifi
        ctx = ssl.create_default_context(cafile=certifi.where())
    if cfg.ca_bundle:
        import os
        try:
            if os.path.isdir(cfg.ca_bundle):
                ctx.load_verify_locations(capath=cfg.ca_bundle)
            else:
                ctx.load_verify_locations(cafile=cfg.ca_bundle)
        except (OSError, ssl.SSLError) as exc:
            raise E.APIConnectionError(
                f"The certificate file {cfg.ca_bundle} could not be loaded ({exc}). Fix the "
                "CA bundle path in Settings.") from None
    return ctx


def _new_client(cfg: ApiConfig, host: Host) -> httpx.AsyncClient:
    """An httpx client for ``host`` under ``cfg``.  Touches no event loop, so it can be
    built on a worker thread (see :meth:`Transport._client`)."""
    _import_first_request_modules()
    timeout = httpx.Timeout(connect=cfg.connect_timeout, read=cfg.read_timeout,
                            write=cfg.read_timeout, pool=cfg.connect_timeout)
    proxy = None
    if cfg.proxy_mode == "custom":
        if not cfg.proxy_url:
            raise E.APIConnectionError("A custom proxy is selected but no proxy address is "
                                       "set. Enter it in Settings.")
        proxy = cfg.proxy_url
    try:
        return httpx.AsyncClient(
            timeout=timeout, verify=_ssl_context(cfg), proxy=proxy,
            trust_env=cfg.proxy_mode == "system",
            follow_redirects=host == "download",
            headers={"User-Agent": USER_AGENT},
        )
    except (ValueError, httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise E.APIConnectionError(f"The proxy address is not valid ({redact(exc)}). "
                                   "Check the proxy settings.") from None


def _import_first_request_modules() -> None:
    """Import what the first request would import on the event loop (anyio's asyncio
    backend, ~25 ms, loaded lazily by httpcore): here it costs the loop nothing."""
    try:
        import anyio._backends._asyncio  # noqa: F401
    except ImportError:                 # another httpcore backend: it loads its own
        pass


class Transport:
    """Sends requests for the endpoint modules.  Not thread-safe: one event loop."""

    def __init__(self, config: ApiConfig, api_key: Callable[[], str | None]) -> None:
        self._config = config
        self._api_key = api_key
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._building: dict[str, asyncio.Future] = {}
        self._generation = 0          # bumped by reconfigure/aclose: late builds are discarded
        self._closed = False

    # --- lifecycle ---------------------------------------------------------------------

    @property
    def config(self) -> ApiConfig:
        return self._config

    async def aclose(self) -> None:
        """Close every connection.  Idempotent; later requests raise APIConnectionError."""
        self._closed = True
        await self._close_clients()

    async def reconfigure(self, config: ApiConfig) -> None:
        """Use ``config`` from now on.  Requests still running on the old clients fail."""
        self._config = config
        await self._close_clients()

    async def _close_clients(self) -> None:
        self._generation += 1
        self._building = {}
        clients, self._clients = list(self._clients.values()), {}
        for c in clients:
            await c.aclose()

    async def _client(self, host: Host) -> httpx.AsyncClient:
        """The client for ``host``, built on first use.

        Building one loads the trust store (certifi or the OS store: tens of milliseconds)
        and, the first time, imports httpcore, so it runs on a worker thread and the GUI
        keeps painting.  Concurrent callers share one build; a build overtaken by
        :meth:`reconfigure` is thrown away and redone with the new settings.
        """
        while True:
            if self._closed:
                raise E.APIConnectionError("The connection to GlobalAI has been shut down.")
            client = self._clients.get(host)
            if client is not None:
                return client
            job = self._building.get(host)
            if job is None:
                job = self._building[host] = asyncio.ensure_future(self._build(host))
                # a failure every waiter gave up on must not be logged as "never retrieved"
                job.add_done_callback(lambda j: j.cancelled() or j.exception())
            # shield: one caller giving up must not cancel the build the others wait for.
            await asyncio.shield(job)

    async def _build(self, host: Host) -> None:
        cfg, generation = self._config, self._generation
        try:
            client = await asyncio.to_thread(_new_client, cfg, host)
        finally:
            if self._building.get(host) is asyncio.current_task():
                del self._building[host]
        if generation != self._generation or self._closed:
            await client.aclose()         # settings changed meanwhile: the caller retries
            return
        self._clients[host] = client

    # --- helpers -----------------------------------------------------------------------

    def base_url(self, host: Literal["text", "media"]) -> str:
        return self._config.text_base_url if host == "text" else self._config.media_base_url

    def host_label(self, host: Literal["text", "media"]) -> str:
        return f"the {host} server ({urlsplit(self.base_url(host)).netloc})"

    def current_key(self, *, required: bool = True) -> str | None:
        """The key as of now (read per request).  Registered so it is redacted everywhere."""
        try:
            raw = self._api_key()
        except Exception as exc:  # noqa: BLE001 - a keyring failure must read as a key problem
            raise E.AuthenticationError(f"The API key could not be read ({type(exc).__name__}). "
                                        "Enter it again in Settings.") from None
        key = raw.strip() if isinstance(raw, str) else None
        if key:
            register_secret(key)
            if raw != key:
                register_secret(raw)
            if not key.isascii() or any(c.isspace() for c in key):
                raise E.AuthenticationError("The API key contains spaces or characters that "
                                            "cannot be sent. Paste the key again in Settings.")
            return key
        if required:
            raise E.AuthenticationError("No API key is set. Add your GlobalAI API key in Settings.")
        return None

    def api_headers(self, *, required_key: bool = True) -> dict[str, str]:
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        key = self.current_key(required=required_key)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    # --- requests ----------------------------------------------------------------------

    async def send(
        self,
        method: str,
        host: Literal["text", "media"],
        path: str,
        *,
        kind: RequestKind,
        json_body: Any = None,
        params: dict[str, str] | None = None,
        model: str | None = None,
        stream: bool = False,
        not_found: str | None = None,
    ) -> httpx.Response:
        """Send ``method {base}{path}`` with retries; return the 2xx response.

        With ``stream=False`` the body has been read.  With ``stream=True`` it has not: the
        caller owns the response and must ``await response.aclose()`` in a ``finally``.
        """
        endpoint = f"{method} {path}"
        attempts = 1 + max(0, self._config.max_retries)
        for attempt in range(attempts):
            last = attempt == attempts - 1
            client = await self._client(host)
            url = self.base_url(host) + path      # after the await: settings may have changed
            request = client.build_request(method, url, json=json_body, params=params,
                                           headers=self.api_headers())
            started = time.monotonic()
            response: httpx.Response | None = None
            try:
                response = await client.send(request, stream=True)
                ok = 200 <= response.status_code < 300
                if ok and not stream:
                    await response.aread()
                elif not ok:
                    text = await _read_error_body(response)
            except httpx.HTTPError as exc:
                if response is not None:
                    await response.aclose()
                if not last and should_retry_exception(kind, exc):
                    await self._pause(endpoint, attempt, attempts, type(exc).__name__)
                    continue
                err = error_from_transport(exc, endpoint=endpoint, model=model,
                                           create=kind is RequestKind.CREATE,
                                           host=self.host_label(host))
                log.info("%s failed: %s (%s)", endpoint, err.message, err.detail)
                raise err from exc
            except BaseException:
                if response is not None:
                    await response.aclose()
                raise
            log.debug("%s -> %s in %.2f s", endpoint, response.status_code,
                      time.monotonic() - started)
            if ok:
                return response
            err = error_from_response(response, text, endpoint=endpoint, model=model,
                                      not_found=not_found)
            err = _create_gateway_outcome(kind, response.status_code, err)
            if not last and should_retry_status(kind, response.status_code):
                retry_after = getattr(err, "retry_after", None)
                if retry_after is not None and retry_after > self._config.retry_after_cap:
                    log.info("%s rate limited for %.0f s: not waiting silently", endpoint, retry_after)
                    raise err
                await self._pause(endpoint, attempt, attempts, str(response.status_code),
                                  retry_after)
                continue
            log.info("%s failed: %s", endpoint, redact(err.message))
            raise err
        raise AssertionError("unreachable")  # pragma: no cover

    async def request_json(self, method: str, host: Literal["text", "media"], path: str, *,
                           kind: RequestKind, json_body: Any = None,
                           params: dict[str, str] | None = None, model: str | None = None,
                           not_found: str | None = None) -> Any:
        """:meth:`send`, then the body as JSON (``InvalidResponseError`` when it is not)."""
        response = await self.send(method, host, path, kind=kind, json_body=json_body,
                                   params=params, model=model, not_found=not_found)
        payload = read_json(response.text) if response.content else None
        if payload is None:
            if kind is RequestKind.CREATE:
                raise E.CreateResponseInvalidError(
                    "The server answered the create request, but its answer could not be "
                    "understood. The task may exist and may be billed: check the task list "
                    "before submitting it again.", status_code=response.status_code,
                    endpoint=f"{method} {path}", model=model, body=response.text[:2000])
            raise E.InvalidResponseError(
                "The server's answer could not be understood (it was not valid JSON).",
                status_code=response.status_code, endpoint=f"{method} {path}", model=model,
                body=response.text[:2000])
        return payload

    async def probe(self, method: str, host: Literal["text", "media"], path: str, *,
                    json_body: Any = None) -> tuple[int, str, httpx.Headers]:
        """One attempt, no status mapping: ``(status, body excerpt, headers)``.

        For the connection check.  Sends the key when one is set; transport failures are
        raised as mapped errors.
        """
        client = await self._client(host)
        request = client.build_request(method, self.base_url(host) + path, json=json_body,
                                       headers=self.api_headers(required_key=False))
        try:
            response = await client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise error_from_transport(exc, endpoint=f"{method} {path}", model=None,
                                       host=self.host_label(host)) from exc
        text = await _read_error_body(response)
        return response.status_code, text, response.headers

    async def open_download(self, url: str) -> httpx.Response:
        """GET ``url`` (following redirects) and return the unread streaming response.

        Any status is returned: the download module decides what a 403/404/410 means.
        Result links are self-authorising CDN URLs, so the API key is never sent with them.
        """
        client = await self._client("download")
        request = client.build_request("GET", url)
        return await client.send(request, stream=True)

    async def _pause(self, endpoint: str, attempt: int, attempts: int, why: str,
                     retry_after: float | None = None) -> None:
        cfg = self._config
        delay = (retry_after if retry_after is not None
                 else backoff_delay(attempt, base=cfg.backoff_base, cap=cfg.backoff_max))
        log.info("%s: retrying in %.1f s after %s (attempt %d of %d)", endpoint, delay, why,
                 attempt + 2, attempts)
        await asyncio.sleep(delay)

    async def backoff(self, attempt: int) -> None:
        """Sleep one backoff step (for callers that retry a whole operation)."""
        cfg = self._config
        await asyncio.sleep(backoff_delay(attempt, base=cfg.backoff_base, cap=cfg.backoff_max))


def _create_gateway_outcome(kind: RequestKind, status: int, err: E.GlobalAIError) -> E.GlobalAIError:
    """A create answered 502/504 by a gateway: the origin may have accepted the task.

    Reported as "outcome unknown" so the task is checked, not resubmitted and billed twice.
    """
    if kind is RequestKind.CREATE and status in (502, 504):
        return E.CreateOutcomeUnknownError(
            f"The gateway answered error {status} while the task was being created. The task "
            "may exist and may be billed: check the task list before submitting it again.",
            status_code=status, code=err.code, endpoint=err.endpoint, model=err.model,
            body=err.body)
    return err


async def _read_error_body(response: httpx.Response) -> str:
    """Up to ``ERROR_BODY_LIMIT`` bytes of the body as text; always closes the response."""
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= ERROR_BODY_LIMIT:
                break
    except httpx.HTTPError:
        pass        # the status alone still says what happened
    finally:
        await response.aclose()
    return b"".join(chunks)[:ERROR_BODY_LIMIT].decode(response.encoding or "utf-8", "replace")
