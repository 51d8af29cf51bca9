"""Client configuration: the two base URLs, timeouts, proxy, TLS trust and retry budget.

Contract (GLOBALAI_API.md §1.1): text/LLM requests go to ``{text}/v1/...`` and media,
polling and asset requests to ``{media}/v1/...``, ``{media}/kyyVideo2/...`` and
``{media}/asset/...``.  :func:`normalise_base_url` turns whatever a person pastes into
Settings into the base those paths are appended to, so a path segment is never doubled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

DEFAULT_TEXT_BASE_URL = "http://apillm.globalaiopc.com/gw_llm_power"
DEFAULT_MEDIA_BASE_URL = "https://zcbservice.aizfw.cn/kyyReactApiServer"

HostKind = Literal["text", "media"]
ProxyMode = Literal["system", "none", "custom"]

# Path prefix the gateway serves each API under.  A base URL with no path at all
# (``https://zcbservice.aizfw.cn``) gets it appended; any other path is the user's choice
# (for example the legacy ``/kyyAiPower``) and is kept.
_DEFAULT_PREFIX = {"text": "/gw_llm_power", "media": "/kyyReactApiServer"}
# Scheme assumed when none is typed: the documented one for each host (the text gateway is
# documented as plain http only).
_DEFAULT_SCHEME = {"text": "http", "media": "https"}
# Trailing segments people paste by mistake: the version segment, or a whole endpoint copied
# from the docs.  Removed (longest first) because the client appends them itself.
_TRAILING_ENDPOINTS = (
    "/v1/chat/completions", "/v1/messages", "/v1/responses", "/v1/models",
    "/v1/result", "/v1",
)


def normalise_base_url(url: str, host: HostKind) -> str:
    """Return the canonical base URL for ``host`` ("text" or "media").

    - surrounding blanks, a query string, a fragment and trailing slashes are dropped;
    - a missing scheme gets the host's documented one (text ``http``, media ``https``);
    - scheme and host name are lower-cased (paths are case-sensitive and kept);
    - a trailing ``/v1`` (or a whole endpoint such as ``/v1/chat/completions``) is removed;
    - an empty path gets the gateway prefix (``/gw_llm_power`` or ``/kyyReactApiServer``).

    Raises ``ValueError`` with a sentence for the person when the text is not an
    http(s) address.
    """
    if host not in _DEFAULT_PREFIX:
        raise ValueError(f"unknown host kind {host!r}")
    text = (url or "").strip()
    if not text:
        raise ValueError("The address is empty.")
    if "://" not in text:
        text = f"{_DEFAULT_SCHEME[host]}://{text}"
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"The address must start with http:// or https:// (got {parts.scheme}://).")
    if not parts.hostname or any(c.isspace() for c in text):
        raise ValueError("The address is not a valid web address.")
    try:
        port = parts.port
    except ValueError:
        raise ValueError("The address has an invalid port number.") from None
    netloc = parts.hostname.lower()
    if ":" in netloc:                      # IPv6 literal
        netloc = f"[{netloc}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    path = parts.path
    while "//" in path:
        path = path.replace("//", "/")
    path = path.rstrip("/")
    changed = True
    while changed:
        changed = False
        for suffix in _TRAILING_ENDPOINTS:
            if path.lower().endswith(suffix):
                path = path[: -len(suffix)].rstrip("/")
                changed = True
                break
    if not path:
        path = _DEFAULT_PREFIX[host]
    return urlunsplit((scheme, netloc, path, "", ""))


@dataclass(frozen=True)
class ApiConfig:
    """Everything the client needs besides the key.  Immutable; use ``dataclasses.replace``.

    Base URLs are normalised on construction (see :func:`normalise_base_url`), so
    ``cfg.text_base_url`` is always what request paths are appended to.

    ``proxy_mode``: ``"system"`` uses the environment / OS proxy settings (``HTTP(S)_PROXY``,
    ``NO_PROXY``), ``"none"`` connects directly, ``"custom"`` uses ``proxy_url``.
    ``ca_bundle``: extra PEM file (or folder) of trusted certificates, added to the default
    store.  ``use_system_trust_store``: verify with the operating system's store (needs the
    ``truststore`` package; falls back to the bundled store when it is missing).

    The three backoff fields exist so tests and administrators can shorten or lengthen the
    waits; the defaults are the named constants in ``api/retry.py``.
    """

    text_base_url: str = DEFAULT_TEXT_BASE_URL
    media_base_url: str = DEFAULT_MEDIA_BASE_URL
    connect_timeout: float = 10.0
    read_timeout: float = 120.0
    proxy_mode: ProxyMode = "system"
    proxy_url: str | None = None
    ca_bundle: str | None = None
    use_system_trust_store: bool = False
    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_cap: float = 60.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "text_base_url", normalise_base_url(self.text_base_url, "text"))
        object.__setattr__(self, "media_base_url", normalise_base_url(self.media_base_url, "media"))
        if self.proxy_mode not in ("system", "none", "custom"):
            raise ValueError(f"proxy_mode must be 'system', 'none' or 'custom', not {self.proxy_mode!r}")
        if self.connect_timeout <= 0 or self.read_timeout <= 0:
            raise ValueError("Timeouts must be positive numbers of seconds.")
        if self.max_retries < 0:
            raise ValueError("max_retries cannot be negative.")


@dataclass(frozen=True)
class ConnectionCheck:
    """Outcome of probing one host.  ``message`` is a sentence for the person."""

    host: HostKind
    base_url: str
    ok: bool
    status_code: int | None
    message: str
