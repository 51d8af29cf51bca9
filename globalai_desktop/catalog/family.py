"""One media family (an image or video create endpoint) and what a model of it takes.

A :class:`MediaFamily` is built once from its catalog entry: each model's field list is
resolved up front (family fields, minus the ones the model removes, with the model's
overrides merged in), together with the exclusive groups and rules that still apply to it.
Queries therefore never re-read the data and always agree with each other.
"""

from __future__ import annotations

from typing import Any

from . import checks, wire
from .loader import make_field, make_group, make_model, make_rule, resolve_field
from .specs import CatalogError, ExclusiveGroup, FieldSpec, MediaModel, Rule, ValidationIssue


class MediaFamily:
    """An image/video family: endpoint, models, fields, polling and result facts.

    Attributes (read-only by convention): ``id``, ``kind`` (``'image'``/``'video'``),
    ``label``, ``path`` (e.g. ``/v1/sora/videos``), ``models``, ``poll_interval_s``
    (recommended), ``min_poll_interval_s`` (never poll faster), ``result_field``
    (``image_url``/``video_url``), ``result_lifetime_s``, ``typical_wait``, ``cost_note``,
    ``note`` (those three are shown to people), ``maintainer_note`` (never shown),
    ``accepts_asset_refs``, ``prompt_max_chars``, ``body_style`` (``'flat'`` or
    ``'content'`` for the ``content[]`` families), ``content_text`` (``'one'`` or
    ``'one_or_more'`` text items in ``content[]``).
    """

    def __init__(self, raw: dict, templates: dict, source: str | None = None) -> None:
        where = f"family '{raw.get('id')}'"
        try:
            self._init(raw, templates, where)
        except CatalogError as exc:
            if exc.source is None and source:
                raise CatalogError(exc.reason, source=source) from None
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CatalogError(f"{where}: malformed entry ({type(exc).__name__}: {exc})",
                               source=source) from None

    def _init(self, raw: dict, templates: dict, where: str) -> None:
        for key in ("id", "kind", "label", "path", "result_field"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise CatalogError(f"{where}: '{key}' must be a non-empty string")
        if raw["kind"] not in ("image", "video"):
            raise CatalogError(f"{where}: kind must be 'image' or 'video'")
        self.id: str = raw["id"]
        self.kind: str = raw["kind"]
        self.label: str = raw["label"]
        self.path: str = raw["path"]
        self.body_style: str = raw.get("body_style", "flat")
        if self.body_style not in ("flat", "content"):
            raise CatalogError(f"{where}: body_style must be 'flat' or 'content'")
        self.poll_interval_s = float(raw.get("poll_interval_s", 30))
        self.min_poll_interval_s = float(raw.get("min_poll_interval_s", self.poll_interval_s))
        self.result_field: str = raw["result_field"]
        self.result_lifetime_s = int(raw.get("result_lifetime_s", 86400))
        self.typical_wait: str = raw.get("typical_wait", "")
        self.cost_note: str = raw.get("cost_note", "")
        self.note: str = raw.get("note", "")
        self.maintainer_note: str = raw.get("maintainer_note", "")
        self.accepts_asset_refs = bool(raw.get("accepts_asset_refs", False))
        # content[] families: "one" = exactly one text item (X1), "one_or_more" (1.5).
        self.content_text: str = raw.get("content_text", "one_or_more")

        base = [resolve_field(e, templates, where) for e in raw.get("fields", [])]
        groups = [make_group(g, where) for g in raw.get("exclusive_groups", [])]
        rules = [make_rule(r, where) for r in raw.get("rules", [])]
        raw_models = raw.get("models", [])
        if not isinstance(raw_models, list) or not raw_models:
            raise CatalogError(f"{where}: needs a non-empty 'models' list")

        self.models: list[MediaModel] = []
        self._fields: dict[str, tuple[FieldSpec, ...]] = {}
        self._groups: dict[str, tuple[ExclusiveGroup, ...]] = {}
        self._rules: dict[str, tuple[Rule, ...]] = {}
        self.all_fields: dict[str, FieldSpec] = {}     # every logical field any model takes
        for rm in raw_models:
            model = make_model(rm, where)
            mwhere = f"{where} model '{model.id}'"
            if model.id in self._fields:
                raise CatalogError(f"{mwhere}: listed twice")
            specs = self._resolve_fields(base, rm, templates, mwhere)
            names = {s.name for s in specs}
            self.models.append(model)
            self._fields[model.id] = specs
            self._groups[model.id] = _groups_for(
                groups + [make_group(g, mwhere) for g in rm.get("exclusive_groups", [])], names)
            self._rules[model.id] = _rules_for(
                rules + [make_rule(r, mwhere) for r in rm.get("rules", [])], names, mwhere)
            for s in specs:
                self.all_fields.setdefault(s.name, s)
        prompt = self.all_fields.get("prompt")
        self.prompt_max_chars: int | None = raw.get("prompt_max_chars",
                                                    prompt.max_chars if prompt else None)
        # The defaults a fresh form shows must be a request the server accepts.
        # (Required fields without a default are the form's business, not a data error.)
        for model in self.models:
            problems = checks.default_problems(self, model.id)
            if problems:
                raise CatalogError(f"{where} model '{model.id}': default values break its rules: "
                                   + " ".join(problems))

    @staticmethod
    def _resolve_fields(base: list[dict], rm: dict, templates: dict, where: str) -> tuple[FieldSpec, ...]:
        overrides = rm.get("fields", {}) or {}
        known = {d["name"] for d in base}
        stray = set(overrides) - known
        if stray:
            raise CatalogError(f"{where}: overrides unknown field(s) {', '.join(sorted(stray))}")
        out: list[FieldSpec] = []
        for d in base:
            if "only_models" in d and rm["id"] not in d["only_models"]:
                continue
            if d["name"] in overrides:
                ov = overrides[d["name"]]
                if ov is None:
                    continue
                d = {**d, **resolve_field(ov, templates, where)}
            out.append(make_field(d, where))
        for extra in rm.get("add_fields", []):
            out.append(make_field(resolve_field(extra, templates, where), where))
        seen: set[str] = set()
        for s in out:
            if s.name in seen:
                raise CatalogError(f"{where}: field '{s.name}' appears twice")
            seen.add(s.name)
        return tuple(out)

    # --- queries --------------------------------------------------------------------------

    def model(self, model_id: str) -> MediaModel:
        """The model with this id; ``KeyError`` if the family has no such model."""
        for m in self.models:
            if m.id == model_id:
                return m
        raise KeyError(model_id)

    def has_model(self, model_id: str) -> bool:
        return model_id in self._fields

    def current_models(self) -> list[MediaModel]:
        """Models a form should offer (older names hidden; the server still knows them)."""
        return [m for m in self.models if not m.legacy]

    def fields_for(self, model_id: str) -> list[FieldSpec]:
        """Only the fields this model takes, in display order, overrides applied."""
        if model_id not in self._fields:
            raise KeyError(model_id)
        return list(self._fields[model_id])

    def field(self, model_id: str, name: str) -> FieldSpec | None:
        return next((s for s in self.fields_for(model_id) if s.name == name), None)

    def exclusive_groups_for(self, model_id: str) -> list[ExclusiveGroup]:
        if model_id not in self._groups:
            raise KeyError(model_id)
        return list(self._groups[model_id])

    def rules_for(self, model_id: str) -> list[Rule]:
        if model_id not in self._rules:
            raise KeyError(model_id)
        return list(self._rules[model_id])

    def default_params(self, model_id: str) -> dict[str, Any]:
        """``{name: default}`` for every field of the model that has a default."""
        return {s.name: s.default for s in self.fields_for(model_id) if s.default is not None}

    # --- validation and bodies ------------------------------------------------------------

    def validate(self, model_id: str, params: dict) -> list[ValidationIssue]:
        """Problems with form parameters keyed by logical field name (empty list = fine)."""
        return checks.check_params(self, model_id, params, wire=False)[0]

    def build_body(self, model_id: str, params: dict) -> dict:
        """The JSON body to POST to :attr:`path`; raises ``CatalogValidationError``."""
        return wire.build_body(self, model_id, params)

    def validate_body(self, body: dict) -> list[ValidationIssue]:
        """Problems with a wire body as the server receives it (empty list = accept)."""
        return wire.validate_body(self, body)

    def __repr__(self) -> str:
        return f"MediaFamily({self.id!r}, {self.path!r}, models={[m.id for m in self.models]})"


def _groups_for(groups: list[ExclusiveGroup], names: set[str]) -> tuple[ExclusiveGroup, ...]:
    """Keep the sides (and members) this model has; a group needs two sides to matter."""
    out = []
    for g in groups:
        sides = tuple(t for t in (tuple(n for n in side if n in names) for side in g.members) if t)
        if len(sides) >= 2:
            out.append(ExclusiveGroup(g.name, sides, g.message))
    return tuple(out)


def _rules_for(rules: list[Rule], names: set[str], where: str) -> tuple[Rule, ...]:
    out = []
    for r in rules:
        present = [f for f in r.fields if f in names]
        if r.kind == "any_of":
            if present:
                out.append(Rule(r.kind, tuple(present), r.message, r.limit))
            continue
        if r.fields[0] not in names:
            continue            # the model does not take the field the rule is about
        if r.kind == "max_items_when" and r.fields[1] not in names:
            continue            # the condition can never hold for this model
        if len(present) != len(r.fields):
            raise CatalogError(f"{where}: rule '{r.message}' names a field the model does not take")
        out.append(r)
    return tuple(out)
