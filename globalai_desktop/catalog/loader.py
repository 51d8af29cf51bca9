"""Read catalog files into :class:`~.catalog.Catalog` objects.

File format (``catalog.json`` is the reference; extra files use the same keys, all optional):

- ``version``: string.  ``field_templates``: ``{name: field dict}`` that a field entry
  reuses with ``{"use": name, ...overrides}`` (extra files may use the built-in templates).
- ``text.families``: per text family protocols, default protocol, image/video protocols,
  variant labels and tooltip notes (an extra file's entry is merged key by key).  ``text.models`` (or top-level ``text_models`` in an
  extra file): ``{"base", "family", "label", "variants": [...]}`` entries that expand to one
  model per variant, or explicit ``{"id", "family", "base", "variant", ...}`` entries.
- ``families``: media families (see the built-in file); an entry whose ``id`` exists
  replaces that family, otherwise it is added.
- ``models`` (extra files): ``{"family": id, "id": model_id, ...}`` replaces or adds one
  model inside an existing family.

Per-model ``fields`` overrides: ``{name: {attr: value}}`` merges into the family field,
``{name: null}`` removes the field for that model; ``add_fields`` appends new fields.
Every problem raises :class:`CatalogError` naming the file and the place.
"""

from __future__ import annotations

import copy
import json
from dataclasses import fields as dc_fields
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from ..domain.text import Protocol
from .specs import (FIELD_KINDS, CatalogError, ExclusiveGroup, FieldSpec, MediaModel, Rule,
                    TextModel)

BUILTIN_NAME = "catalog.json"
_FIELD_ATTRS = {f.name for f in dc_fields(FieldSpec)}
_TUPLE_ATTRS = ("choices", "aliases")
_RULE_KINDS = ("requires", "together", "any_of", "max_items_when")
_MODEL_KEYS = {"id", "label", "note", "maintainer_note", "legacy", "resolution", "cost_note",
               "official_media_url", "wire_ignored", "fields", "add_fields", "rules", "exclusive_groups", "family"}


def read_json(path: Path | str) -> dict:
    """Parse one catalog file; any failure becomes a :class:`CatalogError` naming it."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError("file not found", source=str(p)) from None
    except OSError as exc:
        raise CatalogError(f"cannot be read ({exc.strerror or exc})", source=str(p)) from None
    except UnicodeDecodeError:
        raise CatalogError("is not UTF-8 text", source=str(p)) from None
    except json.JSONDecodeError as exc:
        raise CatalogError(f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
                           source=str(p)) from None
    if not isinstance(data, dict):
        raise CatalogError("must hold a JSON object at the top level", source=str(p))
    return data


def read_builtin() -> dict:
    text = resources.files(__package__).joinpath(BUILTIN_NAME).read_text(encoding="utf-8")
    return json.loads(text)


# --- raw (dict-level) merging -------------------------------------------------------------

class RawCatalog:
    """The merged dict form of all files, before objects are built."""

    def __init__(self) -> None:
        self.versions: list[str] = []
        self.templates: dict[str, dict] = {}
        self.text_families: dict[str, dict] = {}
        self.text_models: dict[str, dict] = {}       # id -> explicit entry (insertion = order)
        self.families: dict[str, dict] = {}          # id -> family dict (insertion = order)

    def merge(self, data: dict, source: str) -> None:
        """Apply one file: same ids replace, new ids are added."""
        def need(cond: bool, reason: str) -> None:
            if not cond:
                raise CatalogError(reason, source=source)

        if "version" in data:
            need(isinstance(data["version"], str), "'version' must be a string")
            self.versions.append(data["version"])
        templates = data.get("field_templates", {})
        need(isinstance(templates, dict), "'field_templates' must be an object")
        self.templates.update(templates)

        text = data.get("text", {})
        need(isinstance(text, dict), "'text' must be an object")
        tf = text.get("families", {})
        need(isinstance(tf, dict), "'text.families' must be an object")
        for fam_id, fam in tf.items():      # shallow merge: a file may change just one note
            need(isinstance(fam, dict), f"text family '{fam_id}' must be an object")
            self.text_families[fam_id] = {**self.text_families.get(fam_id, {}), **fam}
        entries = list(text.get("models", [])) + list(data.get("text_models", []))
        for entry in entries:
            need(isinstance(entry, dict), "every text model entry must be an object")
            for model in _expand_text_entry(entry, self.text_families, source):
                self.text_models[model["id"]] = model

        families = data.get("families", [])
        need(isinstance(families, list), "'families' must be a list")
        for fam in families:
            need(isinstance(fam, dict) and isinstance(fam.get("id"), str),
                 "every family needs a string 'id'")
            self.families[fam["id"]] = copy.deepcopy(fam)

        models = data.get("models", [])
        need(isinstance(models, list), "'models' must be a list")
        for m in models:
            need(isinstance(m, dict) and isinstance(m.get("id"), str) and isinstance(m.get("family"), str),
                 "every entry of 'models' needs string 'id' and 'family'")
            fam = self.families.get(m["family"])
            need(fam is not None, f"model '{m['id']}' names unknown family '{m['family']}'")
            entry = {k: v for k, v in m.items() if k != "family"}
            lst = fam.setdefault("models", [])
            for i, old in enumerate(lst):
                if old.get("id") == m["id"]:
                    lst[i] = entry
                    break
            else:
                lst.append(entry)


def _expand_text_entry(entry: dict, families: dict, source: str) -> list[dict]:
    if "id" in entry:
        return [dict(entry)]
    base, fam = entry.get("base"), entry.get("family")
    if not isinstance(base, str) or not isinstance(fam, str):
        raise CatalogError("a text model entry needs 'id', or 'base' and 'family'", source=source)
    out = []
    for variant in entry.get("variants", [""]):
        model = {k: v for k, v in entry.items() if k != "variants"}
        model["variant"] = variant
        model["id"] = f"{base}-{variant}" if variant else base
        out.append(model)
    return out


# --- objects -----------------------------------------------------------------------------

def build_text_model(entry: dict, families: dict) -> TextModel:
    where = f"text model '{entry.get('id')}'"
    fam_id = entry.get("family")
    fam = families.get(fam_id)
    if fam is None:
        raise CatalogError(f"{where}: unknown text family '{fam_id}'")
    variant = entry.get("variant", "")
    try:
        protocols = tuple(Protocol(p) for p in entry.get("protocols", fam.get("protocols", [])))
        default = Protocol(entry.get("default_protocol", fam.get("default_protocol")))
        images = frozenset(Protocol(p) for p in entry.get("image_protocols", fam.get("image_protocols", [])))
        videos = frozenset(Protocol(p) for p in entry.get("video_protocols", fam.get("video_protocols", [])))
    except ValueError as exc:
        raise CatalogError(f"{where}: {exc}") from None
    if not protocols or default not in protocols:
        raise CatalogError(f"{where}: default protocol must be one of its protocols")
    base_label = entry.get("label") or entry.get("base", entry["id"])
    tag = fam.get("variant_labels", {}).get(variant, variant)
    label = entry.get("full_label") or (f"{base_label} ({tag})" if variant else base_label)
    note = entry.get("variant_note") or fam.get("variant_notes", {}).get(variant, "")
    return TextModel(id=entry["id"], family=fam_id, base=entry.get("base", entry["id"]), variant=variant,
                     label=label, variant_note=note, protocols=protocols, default_protocol=default,
                     image_protocols=images, video_protocols=videos,
                     note=entry.get("note", fam.get("note", "")))


def resolve_field(entry: dict, templates: dict, where: str) -> dict:
    """Apply ``use`` (template) and return a plain field dict (not yet validated)."""
    if not isinstance(entry, dict):
        raise CatalogError(f"{where}: a field must be an object")
    out: dict = {}
    if "use" in entry:
        tpl = templates.get(entry["use"])
        if tpl is None:
            raise CatalogError(f"{where}: unknown field template '{entry['use']}'")
        out.update(tpl)
    out.update({k: v for k, v in entry.items() if k != "use"})
    return out


def make_field(d: dict, where: str) -> FieldSpec:
    where = f"{where} field '{d.get('name')}'"
    unknown = set(d) - _FIELD_ATTRS - {"only_models"}
    if unknown:
        raise CatalogError(f"{where}: unknown attribute(s) {', '.join(sorted(unknown))}")
    for key in ("name", "wire_name", "label", "kind"):
        if not isinstance(d.get(key), str) or not d[key]:
            raise CatalogError(f"{where}: '{key}' must be a non-empty string")
    if d["kind"] not in FIELD_KINDS:
        raise CatalogError(f"{where}: unknown field kind '{d['kind']}' (known: {', '.join(FIELD_KINDS)})")
    if d["kind"] == "choice" and not d.get("choices"):
        raise CatalogError(f"{where}: a choice field needs a non-empty 'choices' list")
    kwargs = {k: v for k, v in d.items() if k != "only_models"}
    for key in _TUPLE_ATTRS:
        if kwargs.get(key) is not None:
            kwargs[key] = tuple(kwargs[key])
    for key in ("special_values", "choice_labels"):
        if key in kwargs:
            try:
                kwargs[key] = tuple((v[0], str(v[1])) for v in kwargs[key] or ())
            except (TypeError, IndexError, KeyError):
                raise CatalogError(f"{where}: '{key}' must be a list of [value, label] pairs") from None
    return FieldSpec(**kwargs)


def make_group(d: dict, where: str) -> ExclusiveGroup:
    try:
        members = tuple(tuple(side) for side in d["members"])
        return ExclusiveGroup(name=d["name"], members=members, message=d["message"])
    except (KeyError, TypeError):
        raise CatalogError(f"{where}: an exclusive group needs 'name', 'members' and 'message'") from None


def make_rule(d: dict, where: str) -> Rule:
    if d.get("kind") not in _RULE_KINDS:
        raise CatalogError(f"{where}: unknown rule kind '{d.get('kind')}' (known: {', '.join(_RULE_KINDS)})")
    try:
        return Rule(kind=d["kind"], fields=tuple(d["fields"]), message=d["message"], limit=d.get("limit"))
    except (KeyError, TypeError):
        raise CatalogError(f"{where}: a rule needs 'fields' and 'message'") from None


def make_model(d: dict, where: str) -> MediaModel:
    if not isinstance(d, dict) or not isinstance(d.get("id"), str) or not d["id"]:
        raise CatalogError(f"{where}: every model needs a string 'id'")
    extra = {k: v for k, v in d.items() if k not in _MODEL_KEYS}
    return MediaModel(id=d["id"], label=d.get("label") or d["id"], note=d.get("note", ""),
                      maintainer_note=d.get("maintainer_note", ""),
                      legacy=bool(d.get("legacy", False)), resolution=d.get("resolution"),
                      cost_note=d.get("cost_note", ""),
                      official_media_url=bool(d.get("official_media_url", False)),
                      wire_ignored=tuple(d.get("wire_ignored", ())), extra=extra)


def iter_sources(extra_files: Iterable[Path | str]) -> Iterable[tuple[dict, str]]:
    yield read_builtin(), BUILTIN_NAME
    for path in extra_files:
        yield read_json(path), str(path)
