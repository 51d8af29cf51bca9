"""Request bodies: logical parameters → wire JSON, and wire JSON → checked values.

``build_body`` is what the API client sends; ``validate_body`` is what the simulator
answers 400 with.  The two are built on the same field specs, so every body that
``build_body`` produces is accepted by ``validate_body`` (tests check this for every model).

Wire details handled here:

- ``content[]`` families (``body_style == "content"``): the prompt becomes a
  ``{"type": "text"}`` item and media fields become ``image_url`` / ``video_url`` /
  ``audio_url`` items carrying their role; on the way in, an image without a role is a
  first frame (contract 5.5).
- aliases: ``exclusive`` aliases (Sora ``duration`` for ``seconds``, VEO/Sora
  ``image_urls`` for ``input_reference``) may not be combined with the primary key;
  ``prefer_primary`` aliases (SD2 Manxue ``image``/``lastFrameImage``) lose to the primary
  key and a different value is a parameter conflict.
- ``MediaModel.wire_ignored`` keys are accepted and ignored (``quality`` on gpt-image-2-r).
"""

from __future__ import annotations

from typing import Any

from .checks import check_params, is_present
from .specs import CatalogValidationError, FieldSpec, ValidationIssue

MEDIA_ITEM_TYPES = ("image_url", "video_url", "audio_url")


def build_body(family, model_id: str, params: dict | None) -> dict:
    """Validated JSON body for ``model_id``; omits empty optional values.

    Raises :class:`CatalogValidationError` listing every issue when the parameters are
    not acceptable.  Values are normalised (e.g. VEO ``4k`` → ``4K``, Happy Horse ``720p``
    → ``720P``, ``"8"`` → ``8``).
    """
    issues, values = check_params(family, model_id, dict(params or {}), wire=False)
    if issues:
        raise CatalogValidationError(issues)
    body: dict[str, Any] = {"model": model_id}
    content: list[dict] = []
    for spec in family.fields_for(model_id):
        if spec.name not in values or not is_present(values[spec.name]):
            continue
        value = values[spec.name]
        if spec.content_type:
            content.extend(_content_items(spec, value))
        else:
            body[spec.wire_name] = value
    if family.body_style == "content":
        body["content"] = content
    return body


def _content_items(spec: FieldSpec, value: Any) -> list[dict]:
    if spec.content_type == "text":
        return [{"type": "text", "text": value}]
    urls = value if isinstance(value, list) else [value]
    items = []
    for url in urls:
        item: dict[str, Any] = {"type": spec.content_type, spec.content_type: {"url": url}}
        if spec.content_role:
            item["role"] = spec.content_role
        items.append(item)
    return items


def validate_body(family, body: Any) -> list[ValidationIssue]:
    """Every problem with a wire body for this family (empty list = the server accepts)."""
    if not isinstance(body, dict):
        return [ValidationIssue("body", "The request body must be a JSON object.")]
    model_id = body.get("model")
    if not is_present(model_id):
        known = ", ".join(m.id for m in family.models)
        return [ValidationIssue("model", f"Model ('model') is required; choose one of: {known}.")]
    if not isinstance(model_id, str) or not family.has_model(model_id):
        return check_params(family, str(model_id), {}, wire=True)[0]
    values, issues = wire_to_values(family, model_id, body)
    more, _ = check_params(family, model_id, values, wire=True)
    return issues + more


def wire_to_values(family, model_id: str, body: dict) -> tuple[dict, list[ValidationIssue]]:
    """Map a wire body to ``{logical name: value}``; structural problems become issues."""
    specs = [s for s in family.fields_for(model_id)]
    model = family.model(model_id)
    flat = [s for s in specs if not s.content_type]
    by_key: dict[str, FieldSpec] = {}
    for s in flat:
        for key in (s.wire_name, *s.aliases):
            by_key[key] = s
    family_keys = {k for s in family.all_fields.values() if not s.content_type
                   for k in (s.wire_name, *s.aliases)}
    values: dict[str, Any] = {}
    issues: list[ValidationIssue] = []

    for key in body:
        if key == "model" or key in by_key or key in model.wire_ignored:
            continue
        if key == "content" and family.body_style == "content":
            issues.extend(_parse_content(family, model_id, specs, body["content"], values))
        elif key in family_keys:
            issues.append(ValidationIssue(key, f"{model_id} does not take '{key}'."))
        else:
            issues.append(ValidationIssue(key, f"Unknown field '{key}' for {family.label} ({family.path})."))

    for s in flat:
        given = [k for k in (s.wire_name, *s.aliases) if k in body and is_present(body[k])]
        if not given:
            if s.wire_name in body:
                values[s.name] = body[s.wire_name]     # explicit null/"": treated as not given
            continue
        if len(given) > 1 and s.alias_policy == "exclusive":
            issues.append(ValidationIssue(s.wire_name, f"{s.label}: send either "
                                          f"{' or '.join(repr(k) for k in given)}, not both."))
            continue
        if len(given) > 1 and any(body[k] != body[given[0]] for k in given[1:]):
            issues.append(ValidationIssue(s.wire_name, f"Parameter conflict: {s.label} was sent as "
                                          f"{' and '.join(repr(k) for k in given)} with different values."))
            continue
        values[s.name] = body[given[0]]
    return values, issues


def _parse_content(family, model_id: str, specs: list[FieldSpec], content: Any,
                   values: dict) -> list[ValidationIssue]:
    if not isinstance(content, list):
        return [ValidationIssue("content", "content must be a list of items.")]
    slots = {(s.content_type, s.content_role): s for s in specs if s.content_type}
    family_slots = {(s.content_type, s.content_role) for s in family.all_fields.values() if s.content_type}
    issues: list[ValidationIssue] = []
    texts: list[str] = []
    for i, item in enumerate(content, 1):
        where = f"content item {i}"
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            issues.append(ValidationIssue("content", f"{where} must be an object with a 'type'."))
            continue
        kind = item["type"]
        if kind == "text":
            if not isinstance(item.get("text"), str):
                issues.append(ValidationIssue("content", f"{where} (text) needs a 'text' string."))
            else:
                texts.append(item["text"])
            continue
        if kind not in MEDIA_ITEM_TYPES:
            issues.append(ValidationIssue("content", f"{where} has unknown type '{kind}'; "
                                          f"use text, {', '.join(MEDIA_ITEM_TYPES)}."))
            continue
        media = item.get(kind)
        url = media.get("url") if isinstance(media, dict) else None
        if not isinstance(url, str):
            issues.append(ValidationIssue("content", f"{where} ({kind}) needs '{kind}.url'."))
            continue
        role = item.get("role") or ("first_frame" if kind == "image_url" else None)
        spec = slots.get((kind, role))
        if spec is None:
            what = f"{kind} items with role '{role}'" if role else f"{kind} items without a role"
            verb = "does not take" if (kind, role) in family_slots else "does not accept"
            issues.append(ValidationIssue("content", f"{where}: {model_id} {verb} {what}."))
            continue
        if spec.kind == "url":
            if spec.name in values:
                issues.append(ValidationIssue("content", f"content may hold only one {spec.label.lower()}."))
            else:
                values[spec.name] = url
        else:
            values.setdefault(spec.name, []).append(url)
    if texts:
        if family.content_text == "one" and len(texts) != 1:
            issues.append(ValidationIssue("content", f"content must hold exactly one text item for "
                                          f"{family.label}; {len(texts)} given."))
        values["prompt"] = "\n".join(texts)
    return issues
