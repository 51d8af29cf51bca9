"""The model catalog: every text model and media family the app knows, from data files.

``load_catalog()`` reads the built-in ``catalog.json`` and then each extra file in order
(an administrator's machine-wide file, a user's file): a family, media model or text model
with an id already known replaces it; a new id is added.  A broken extra file raises
:class:`CatalogError` naming the file and the reason; the caller decides whether to fall
back to the built-in catalog and tell the person.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable
from urllib.parse import urlsplit

from .family import MediaFamily
from .loader import RawCatalog, build_text_model, iter_sources
from .specs import CatalogError, TextModel


class Catalog:
    """All families and models, with lookups.  Built by :func:`load_catalog`."""

    def __init__(self, version: str, text_models: list[TextModel], families: list[MediaFamily],
                 sources: tuple[str, ...] = ()) -> None:
        self.version = version
        self.sources = sources                     # files read, built-in first
        self._text = {m.id: m for m in text_models}
        self.families: dict[str, MediaFamily] = {f.id: f for f in families}
        self._by_model: dict[str, MediaFamily] = {}
        for fam in families:
            for m in fam.models:
                other = self._by_model.get(m.id)
                if other is not None and other is not fam:
                    raise CatalogError(f"model '{m.id}' is listed in both '{other.id}' and '{fam.id}'")
                self._by_model[m.id] = fam

    @property
    def text_models(self) -> list[TextModel]:
        """Every text model, in catalog order (family, then base, then variant)."""
        return list(self._text.values())

    def text_model(self, model_id: str) -> TextModel | None:
        return self._text.get(model_id)

    def text_models_for(self, protocol) -> list[TextModel]:
        """Text models that may be used over ``protocol``."""
        return [m for m in self._text.values() if protocol in m.protocols]

    def image_families(self) -> list[MediaFamily]:
        return [f for f in self.families.values() if f.kind == "image"]

    def video_families(self) -> list[MediaFamily]:
        return [f for f in self.families.values() if f.kind == "video"]

    def family(self, family_id: str) -> MediaFamily:
        """The family with this id; ``KeyError`` if unknown."""
        return self.families[family_id]

    def family_for_model(self, model_id: str) -> MediaFamily | None:
        return self._by_model.get(model_id)

    def family_for_path(self, path: str) -> MediaFamily | None:
        """Family whose create path ``path`` is; a full URL or a base-prefixed path works.

        Matching is case-sensitive (the server's routes are: ``/v1/kyyvideo2/videos``).
        """
        p = urlsplit(path).path if "://" in path else path.split("?", 1)[0]
        p = p.rstrip("/")
        for fam in self.families.values():
            # A configured base path (e.g. /kyyReactApiServer) may precede the route.
            if p == fam.path or p.endswith(fam.path):
                return fam
        return None

    def all_create_paths(self) -> list[str]:
        return [f.path for f in self.families.values()]

    def __repr__(self) -> str:
        return (f"Catalog(version={self.version!r}, text_models={len(self._text)}, "
                f"families={list(self.families)})")


def load_catalog(extra_files: Iterable[Path | str] = ()) -> Catalog:
    """Built-in catalog plus ``extra_files`` applied in order (see module docstring).

    Each file is checked as it is applied, so a :class:`CatalogError` names the file that
    broke the catalog (for a family or model defined in one file and changed in another,
    the file that made the change).
    """
    raw = RawCatalog()
    sources: list[str] = []
    families: dict[str, MediaFamily] = {}
    catalog: Catalog | None = None
    for data, source in iter_sources(extra_files):
        raw.merge(data, source)
        sources.append(source)
        touched = {f.get("id") for f in data.get("families", [])} | \
                  {m.get("family") for m in data.get("models", [])}
        if "field_templates" in data:
            touched = set(raw.families)          # a changed template may affect any family
        for fid in raw.families:
            if fid in touched or fid not in families:
                families[fid] = MediaFamily(raw.families[fid], raw.templates, source=source)
        try:     # cheap (a few dozen entries), so rebuilt per file for exact blame
            ordered_text = [build_text_model(e, raw.text_families) for e in raw.text_models.values()]
        except CatalogError as exc:
            raise CatalogError(exc.reason, source=source) from None
        try:
            catalog = Catalog(" + ".join(raw.versions) or "unversioned", ordered_text,
                              [families[fid] for fid in raw.families], tuple(sources))
        except CatalogError as exc:
            raise CatalogError(exc.reason, source=source) from None
    assert catalog is not None
    return catalog
