"""Validation of request values against a model's resolved fields, groups and rules.

One function, :func:`check_params`, serves both sides:

- ``wire=False``: form parameters keyed by logical name.  Lenient where a form may hand
  over a harmless variant (``"8"`` for 8, ``"4k"`` for ``4K`` where ``normalize_case``);
  messages use the field's label ("Duration must be one of 4, 8, 12 seconds for …").
- ``wire=True``: values already mapped from a wire body by :mod:`.wire`.  Case is only
  forgiven where the server forgives it (``wire_case_insensitive``); messages name the
  label and the wire key ("Duration ('seconds') must be …").

It returns every issue found plus the normalised values that :func:`wire.build_body` sends.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from .specs import ExclusiveGroup, FieldSpec, ValidationIssue

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_INT_TEXT = re.compile(r"^[+-]?\d+$")


def is_present(value: Any) -> bool:
    """A value counts as given unless it is None, blank text or an empty list."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple)):
        return len(value) > 0
    return True


def display(spec: FieldSpec, wire: bool) -> str:
    """How a message names the field."""
    if not wire:
        return spec.label
    if spec.content_type == "text":
        return f"{spec.label} (content text item)"
    if spec.content_type:
        return f"{spec.label} (content {spec.content_type} item, role '{spec.content_role}')"
    return f"{spec.label} ('{spec.wire_name}')"


def issue_key(spec: FieldSpec, wire: bool) -> str:
    return spec.wire_name if wire else spec.name


def _fmt(values) -> str:
    return ", ".join(str(v) for v in values)


def _unit(spec: FieldSpec) -> str:
    return f" {spec.unit}" if spec.unit else ""


def check_params(family, model_id: str, values: dict, *, wire: bool
                 ) -> tuple[list[ValidationIssue], dict[str, Any]]:
    """Validate ``values`` for ``model_id``; return ``(issues, normalised values)``.

    Only present values appear in the normalised dict.  An unknown model yields a single
    issue on ``"model"``.
    """
    if not isinstance(model_id, str) or not family.has_model(model_id):
        known = ", ".join(m.id for m in family.models)
        return [ValidationIssue("model", f"Unknown model '{model_id}' for {family.label}; "
                                         f"choose one of: {known}.")], {}
    issues: list[ValidationIssue] = []
    specs = {s.name: s for s in family.fields_for(model_id)}
    if not isinstance(values, dict):
        return [ValidationIssue("body", "The request must be a JSON object.")], {}

    for name, value in values.items():
        if name not in specs and is_present(value):
            other = family.all_fields.get(name)
            label = display(other, wire) if other else f"'{name}'"
            msg = (f"{model_id} does not take {label}." if other
                   else f"{model_id} does not take {label}: it is not a field of {family.label}.")
            issues.append(ValidationIssue(name, msg))

    out: dict[str, Any] = {}
    rejected: set[str] = set()
    for spec in specs.values():
        value = values.get(spec.name)
        if not is_present(value):
            if spec.required:
                issues.append(ValidationIssue(issue_key(spec, wire),
                                              f"{display(spec, wire)} is required for {model_id}."))
            continue
        norm, problem = check_value(spec, value, model_id, wire)
        if problem:
            issues.append(ValidationIssue(issue_key(spec, wire), problem))
            rejected.add(spec.name)
        elif spec.required and not is_present(norm):      # e.g. a list of blank rows
            issues.append(ValidationIssue(issue_key(spec, wire),
                                          f"{display(spec, wire)} is required for {model_id}."))
        else:
            out[spec.name] = norm

    # A field counts for groups/rules when it holds something real after normalising (a list
    # of blank rows does not), or when it was given but rejected (so its clash still shows).
    present = {n for n, v in out.items() if is_present(v)}
    present |= rejected
    for group in family.exclusive_groups_for(model_id):
        msg = _group_problem(group, present, specs, wire)
        if msg:
            first = next(n for side in group.members for n in side if n in present)
            issues.append(ValidationIssue(issue_key(specs[first], wire), msg))
    for rule in family.rules_for(model_id):
        issues.extend(_rule_issues(rule, present, out, specs, wire))
    return issues, out


def default_problems(family, model_id: str) -> list[str]:
    """Messages for defaults that are invalid on their own or clash with each other."""
    params = family.default_params(model_id)
    specs = {s.name: s for s in family.fields_for(model_id)}
    problems = [p for n, v in params.items() if (p := check_value(specs[n], v, model_id, False)[1])]
    for group in family.exclusive_groups_for(model_id):
        msg = _group_problem(group, set(params), specs, False)
        if msg:
            problems.append(msg)
    return problems


def _group_problem(group: ExclusiveGroup, present: set[str], specs: dict, wire: bool) -> str | None:
    used = [side for side in group.members if any(n in present for n in side)]
    if len(used) < 2:
        return None
    given = [display(specs[n], wire) for side in used for n in side if n in present]
    return f"{group.message} Given together: {', '.join(given)}."


def _rule_issues(rule, present: set[str], values: dict, specs: dict, wire: bool) -> list[ValidationIssue]:
    f = rule.fields
    if rule.kind == "requires":
        if f[0] in present and f[1] not in present:
            return [ValidationIssue(issue_key(specs[f[1]], wire), rule.message)]
    elif rule.kind == "together":
        given = [n for n in f if n in present]
        if given and len(given) != len(f):
            missing = next(n for n in f if n not in present)
            return [ValidationIssue(issue_key(specs[missing], wire), rule.message)]
    elif rule.kind == "any_of":
        if not any(n in present for n in f):
            return [ValidationIssue(issue_key(specs[f[0]], wire), rule.message)]
    elif rule.kind == "max_items_when":
        items = values.get(f[0])
        if f[1] in present and isinstance(items, (list, tuple)) and len(items) > (rule.limit or 0):
            return [ValidationIssue(issue_key(specs[f[0]], wire), f"{rule.message} {len(items)} given.")]
    return []


def check_value(spec: FieldSpec, value: Any, model_id: str, wire: bool) -> tuple[Any, str | None]:
    """Check one present value; return ``(normalised value, problem or None)``."""
    name = display(spec, wire)
    kind = spec.kind
    if kind == "choice":
        return _check_choice(spec, value, model_id, wire, name)
    if kind in ("int", "number"):
        return _check_number(spec, value, model_id, wire, name)
    if kind == "bool":
        if isinstance(value, bool):
            return value, None
        return None, f"{name} must be true or false."
    if kind == "text":
        if not isinstance(value, str):
            return None, f"{name} must be text."
        return value, _text_problem(spec, value, model_id, name)
    if kind == "url":
        if not isinstance(value, str):
            return None, f"{name} must be a web address."
        url = value.strip()
        return url, url_problem(spec, url, model_id, name)
    if kind == "url_list":
        return _check_url_list(spec, value, model_id, wire, name)
    return None, f"{name} has an unsupported kind '{kind}'."


def _check_choice(spec, value, model_id, wire, name):
    choices = spec.choices or ()
    for c in choices:
        if value == c and type(value) is type(c):
            return c, None
    if not isinstance(value, bool):
        if not wire:         # a form may hand over "8" for 8; the wire must carry the right type
            for c in choices:
                if str(value).strip() == str(c):
                    return c, None
        if spec.wire_case_insensitive or (spec.normalize_case and not wire):
            for c in choices:
                if isinstance(value, str) and isinstance(c, str) and value.strip().lower() == c.lower():
                    return c, None
    return None, f"{name} must be one of {_fmt(choices)}{_unit(spec)} for {model_id}."


def _as_number(value, integer: bool, lenient_text: bool):
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        if integer:
            return int(value) if value.is_integer() else None
        return value
    if lenient_text and isinstance(value, str):
        text = value.strip()
        if _INT_TEXT.match(text):
            return int(text)
        if not integer:
            try:
                return float(text)
            except ValueError:
                return None
    return None


def _check_number(spec, value, model_id, wire, name):
    integer = spec.kind == "int"
    num = _as_number(value, integer, lenient_text=not wire)
    kind_text = "a whole number" if integer else "a number"
    if num is None:
        return None, f"{name} must be {kind_text}{_unit(spec)}."
    if any(num == sv for sv, _ in spec.special_values):
        return num, None
    lo, hi = spec.minimum, spec.maximum
    if (lo is not None and num < lo) or (hi is not None and num > hi):
        if lo is not None and hi is not None:
            rng = f"from {lo} to {hi}"
        elif lo is not None:
            rng = f"at least {lo}"
        else:
            rng = f"at most {hi}"
        extra = "".join(f" (or {sv}: {label})" for sv, label in spec.special_values)
        return None, f"{name} must be {rng}{_unit(spec)}{extra} for {model_id}."
    return num, None


def _text_problem(spec: FieldSpec, text: str, model_id: str, name: str) -> str | None:
    has_cjk = bool(_CJK.search(text))
    n = len(text)
    if has_cjk and spec.max_chars_cjk is not None and n > spec.max_chars_cjk:
        return (f"{name} is too long for {model_id}: {n} characters; Chinese text may have at "
                f"most {spec.max_chars_cjk}.")
    if spec.max_chars is not None and n > spec.max_chars:
        return f"{name} is too long for {model_id}: {n} characters; at most {spec.max_chars}."
    if not has_cjk and spec.max_words is not None:
        words = len(text.split())
        if words > spec.max_words:
            return f"{name} is too long for {model_id}: {words} words; at most {spec.max_words}."
    return None


def url_problem(spec: FieldSpec, url: str, model_id: str, name: str) -> str | None:
    """Why ``url`` is not acceptable for ``spec`` (None when it is)."""
    lower = url.lower()
    if lower.startswith(("http://", "https://")):
        parts = urlsplit(url)
        if parts.netloc and not any(ch.isspace() for ch in url):
            return None
    elif lower.startswith("asset://"):
        if spec.accepts_asset and len(url) > len("asset://") and not any(ch.isspace() for ch in url):
            return None
        if not spec.accepts_asset:
            return f"{name} cannot use asset:// references for {model_id}; give a public web address."
    elif lower.startswith("data:"):
        if spec.allows_data_url and "," in url:
            return None
        if not spec.allows_data_url:
            return f"{name} must be a public web address for {model_id}; data: URLs are not accepted."
    also = " or an asset://ID reference" if spec.accepts_asset else ""
    return f"{name} must be a web address starting with http:// or https://{also}."


def _check_url_list(spec, value, model_id, wire, name):
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        return None, f"{name} must be a list of web addresses."
    items = list(value)
    if not wire:
        items = [v for v in items if not (isinstance(v, str) and not v.strip())]
    urls = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, str):
            return None, f"{name}: item {i} must be a web address."
        url = item.strip()
        problem = url_problem(spec, url, model_id, f"{name}: item {i}")
        if problem:
            return None, problem
        urls.append(url)
    if spec.max_items is not None and len(urls) > spec.max_items:
        return None, (f"{name} allows at most {spec.max_items} item(s) for {model_id}; "
                      f"{len(urls)} given.")
    if spec.min_items is not None and 0 < len(urls) < spec.min_items:   # none: see required
        return None, f"{name} needs at least {spec.min_items} item(s) for {model_id}."
    return urls, None
