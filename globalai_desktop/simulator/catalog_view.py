"""The simulator's view of the model catalog and its own table of media routes.

Validation of bodies and models is delegated to the shared catalog
(:func:`globalai_desktop.catalog.load_catalog`) so the simulator and the app agree on
every rule.  What the catalog does not describe — the id prefix and ``object`` each
route answers with (contract §4–5) — lives in :data:`MEDIA_ROUTES` here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger("globalai.simulator")


@dataclass(frozen=True)
class MediaRoute:
    """How one create route answers: family id (as in the catalog), kind, id prefix,
    ``object`` of the create answer and of the result."""

    family: str
    kind: str
    id_prefix: str
    create_object: str
    result_object: str


def _video(family: str) -> MediaRoute:
    return MediaRoute(family, "video", "video_", "video", "video")


#: Contract §2, I1–I2 and V1–V16, at the documented paths and casing.
MEDIA_ROUTES: dict[str, MediaRoute] = {
    "/v1/banana/images": MediaRoute("banana", "image", "image_", "image", "image.generation"),
    "/v1/image2/images": MediaRoute("image2", "image", "image_", "image", "image.generation"),
    "/v1/sora/videos": MediaRoute("sora", "video", "sora_", "video.generation", "video.generation"),
    "/v1/veo/videos": MediaRoute("veo", "video", "vgen_", "video", "video"),
    "/v1/seedance/videos": _video("seedance15"),
    "/v1/kyyvideo2/videos": _video("seedance2"),
    "/v1/seedance-x1/videos": _video("seedance_x1"),
    "/v1/vidu/videos": _video("vidu"),
    "/v1/grok/videos": _video("grok"),
    "/v1/starvideos/videos": _video("starvideos"),
    "/v1/videos/videos": _video("videos"),
    "/v1/sd2_manxue/videos": _video("sd2_manxue"),
    "/v1/omni-flash/videos": _video("omni_flash"),
    "/v1/happyhorse-t2v/videos": _video("happyhorse_t2v"),
    "/v1/happyhorse-i2v/videos": _video("happyhorse_i2v"),
    "/v1/happyhorse-r2v/videos": _video("happyhorse_r2v"),
    "/v1/happyhorse-edit/videos": _video("happyhorse_edit"),
    "/v1/luxvid-video/videos": _video("luxvid"),
}

# Which text families each protocol serves (contract §8.1).  Used only when the catalog
# cannot be loaded, so the simulator still answers rather than failing to start.
_FALLBACK_PROTOCOLS = {
    "gpt-": ("openai", "anthropic", "responses"),
    "claude-": ("openai", "anthropic"),
    "gemini-": ("openai", "gemini"),
}

_ENDPOINT_NAMES = {
    "openai": "/v1/chat/completions", "anthropic": "/v1/messages",
    "gemini": "the Gemini native endpoint", "responses": "/v1/responses",
}


class CatalogView:
    """Model and body checks backed by the shared catalog (loaded once, on first use)."""

    def __init__(self) -> None:
        self._catalog = None
        self._loaded = False

    @property
    def catalog(self):
        if not self._loaded:
            self._loaded = True
            try:
                from globalai_desktop.catalog import load_catalog
                self._catalog = load_catalog()
            except Exception as exc:  # noqa: BLE001 - a broken catalog must not stop demo mode
                log.warning("model catalog unavailable (%s); the simulator validates loosely", exc)
        return self._catalog

    # -- text -----------------------------------------------------------------------
    def text_model_problem(self, model: object, protocol: str) -> str | None:
        """Why ``model`` cannot be used over ``protocol``, or None when it can."""
        if not isinstance(model, str) or not model:
            return "'model' is required."
        where = _ENDPOINT_NAMES[protocol]
        cat = self.catalog
        if cat is None:
            allowed = next((p for pre, p in _FALLBACK_PROTOCOLS.items() if model.startswith(pre)), None)
            if allowed is None:
                return f"The model '{model}' does not exist."
            ok = protocol in allowed
        else:
            tm = cat.text_model(model)
            if tm is None:
                return f"The model '{model}' does not exist."
            ok = protocol in {getattr(p, "value", p) for p in tm.protocols}
        return None if ok else f"The model '{model}' is not available on {where}."

    def accepts_images(self, model: str, protocol: str) -> bool:
        cat = self.catalog
        if cat is None:
            return not (model.startswith("gpt-") and protocol == "anthropic")
        tm = cat.text_model(model)
        if tm is None:
            return False
        from globalai_desktop.domain.text import Protocol
        return bool(tm.accepts_images(Protocol(protocol)))

    # -- media ----------------------------------------------------------------------
    def media_problems(self, route: str, body: dict) -> list[str]:
        """Plain-English reasons the create ``body`` for ``route`` would be refused."""
        cat = self.catalog
        if cat is None:
            problems = []
            if not isinstance(body.get("model"), str) or not body.get("model"):
                problems.append("model is required")
            if "prompt" not in body and "content" not in body:
                problems.append("prompt is required")
            return problems
        family = cat.family_for_path(route)
        if family is None:
            return []
        return [issue.message for issue in family.validate_body(body)]
