"""Qt-free async client for the GlobalAI OPC gateway (text, image, video, assets).

Modules: ``config`` (ApiConfig, base URLs), ``transport`` (the only httpx caller: auth,
TLS, proxy, retries, error mapping), ``retry`` (the retry rules), ``error_mapping``,
``sse`` (stream decoding), ``chat*`` (four text protocols), ``media`` (tasks and assets),
``download`` (saving results), ``connection`` (the free connection check), ``client``
(the facade below) and ``errors`` (the shared error tree).
"""

from .client import GlobalAIClient
from .config import (DEFAULT_MEDIA_BASE_URL, DEFAULT_TEXT_BASE_URL, ApiConfig, ConnectionCheck,
                     normalise_base_url)

__all__ = ["GlobalAIClient", "ApiConfig", "ConnectionCheck", "DEFAULT_TEXT_BASE_URL",
           "DEFAULT_MEDIA_BASE_URL", "normalise_base_url"]
