"""The simulator's view of the model catalog and its own table of media routes.

Validation of bodies and models is delegated to the shared catalog
(:func:`globalai_desktop.catalog.load_catalog`) so the simulator and the app agree on
every rule.  What the catalog does not describe — the id prefix and ``object`` each
route answers with (contract §4–5) — lives in :data:`MEDIA_ROUTES` here.
"""

from __future__ import annotations

from dataclasses import dataclass


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

_ENDPOINT_NAMES = {
    "openai": "/v1/chat/completions", "anthropic": "/v1/messages",
    "gemini": "the Gemini native endpoint", "responses": "/v1/responses",
}


class CatalogView:
    """Model and body checks backed by the shared catalog (loaded once, on first use)."""

    def __init__(self) -> None:
        self._catalog = None

    @property
    def catalog(self):
        if self._catalog is None:
            from globalai_desktop.catalog import load_catalog
            self._catalog = load_catalog()
        return self._catalog

    # -- text -----------------------------------------------------------------------
    def text_model_problem(self, model: object, protocol: str) -> str | None:
        """Why ``model`` cannot be used over ``protocol``, or None when it can."""
        if not isinstance(model, str) or not model:
            return "'model' is required."
        tm = self.catalog.text_model(model)
        if tm is None:
            return f"The model '{model}' does not exist."
        if protocol not in {getattr(p, "value", p) for p in tm.protocols}:
            return f"The model '{model}' is not available on {_ENDPOINT_NAMES[protocol]}."
        return None

    def media_input_problem(self, model: str, protocol: str, images: int, videos: int) -> str | None:
        """Why this model cannot take the attached images/videos over ``protocol``."""
        tm = self.catalog.text_model(model)
        if images and not tm.accepts_images(protocol):
            return f"The model '{model}' does not accept image input on {_ENDPOINT_NAMES[protocol]}."
        if videos and not tm.accepts_video(protocol):
            return f"The model '{model}' does not accept video input on {_ENDPOINT_NAMES[protocol]}."
        return None

    # -- media ----------------------------------------------------------------------
    def media_problems(self, route: str, body: dict) -> list[str]:
        """Plain-English reasons the create ``body`` for ``route`` would be refused."""
        family = self.catalog.family_for_path(route)
        if family is None:
            return []
        # Name the wire field, as an API error should, unless the sentence already does.
        return [issue.message if f"'{issue.field}'" in issue.message or issue.field == "body"
                else f"{issue.field}: {issue.message}" for issue in family.validate_body(body)]

    def default_seconds(self, route: str, model: str) -> int | None:
        """The catalog's default output length for ``model`` (None when it has none)."""
        family = self.catalog.family_for_path(route)
        try:
            defaults = family.default_params(model) if family is not None else {}
            value = defaults.get("duration", defaults.get("seconds"))
            return int(value) if value is not None else None
        except (KeyError, TypeError, ValueError):
            return None

    def has_official_url(self, route: str, model: str) -> bool:
        """True when results of ``model`` carry ``officialMediaUrl`` (Seedance X1 official)."""
        family = self.catalog.family_for_path(route)
        try:
            return family is not None and family.model(model).official_media_url
        except KeyError:
            return False
