"""Validation of request values against a model's resolved fields, groups and rules.

One function, :func:`check_params`, serves both sides:

- ``wire=False``: form parameters keyed by logical name.  Lenient where a form may hand
  over a harmless variant (``"8"`` for 8, ``"4k"`` for ``4K`` where ``normalize_case``);
  messages use the field's and the model's labels ("Duration must be one of 4, 8, 12
  seconds for Sora 2 Pro.").
- ``wire=True``: values already mapped from a wire body by :mod:`.wire`.  Case is only
  forgiven where the server forgives it (``wire_case_insensitive``); messages name the
  label and the wire key ("Duration ('seconds') must be …").

It returns every issue found plus the normalised values that :func:`wire.build_body` sends.

Every sentence is one of the templates in :data:`MESSAGES` (named placeholders, marked for
translation in the ``Catalog`` context) filled into a :class:`~.texts.Phrase`; the issue's
``message`` is its English text, and an interface translates ``issue.phrase`` instead (see
:mod:`.texts`).  Field labels and the catalog's own rule messages travel as
:class:`~.texts.Shown` arguments, so they are translated too; model ids, values and numbers
are shown as they are.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from .specs import ExclusiveGroup, FieldSpec, ValidationIssue
from .texts import QT_TRANSLATE_NOOP, Phrase, Shown, is_descriptive_label

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_INT_TEXT = re.compile(r"^[+-]?\d+$")

# The sentences of validation, by key.  Placeholders: {field} (a field's label), {model}
# (a model id), {family} (a family label), {values}/{known}/{fields} (lists), {unit},
# {min}/{max}/{n} (numbers), {message} (a rule's own sentence from the catalog).
MESSAGES: dict[str, str] = {
    "unknown_model": QT_TRANSLATE_NOOP(
        "Catalog", "Unknown model '{model}' for {family}; choose one of: {known}."),
    "not_object": QT_TRANSLATE_NOOP("Catalog", "The request must be a JSON object."),
    "not_taken": QT_TRANSLATE_NOOP("Catalog", "{model} does not take {field}."),
    "not_a_field": QT_TRANSLATE_NOOP(
        "Catalog", "{model} does not take {field}: it is not a field of {family}."),
    "required": QT_TRANSLATE_NOOP("Catalog", "{field} is required for {model}."),
    "exclusive": QT_TRANSLATE_NOOP("Catalog", "{message} Given together: {fields}."),
    "rule_count": QT_TRANSLATE_NOOP("Catalog", "{message} {n} given."),
    "not_bool": QT_TRANSLATE_NOOP("Catalog", "{field} must be true or false."),
    "not_text": QT_TRANSLATE_NOOP("Catalog", "{field} must be text."),
    "not_url": QT_TRANSLATE_NOOP("Catalog", "{field} must be a web address."),
    "bad_kind": QT_TRANSLATE_NOOP("Catalog", "{field} has an unsupported kind '{kind}'."),
    "choice": QT_TRANSLATE_NOOP("Catalog", "{field} must be one of {values} for {model}."),
    "choice_unit": QT_TRANSLATE_NOOP(
        "Catalog", "{field} must be one of {values} {unit} for {model}."),
    "whole_number": QT_TRANSLATE_NOOP("Catalog", "{field} must be a whole number."),
    "number": QT_TRANSLATE_NOOP("Catalog", "{field} must be a number."),
    "between": QT_TRANSLATE_NOOP("Catalog", "{field} must be from {min} to {max} for {model}."),
    "between_unit": QT_TRANSLATE_NOOP(
        "Catalog", "{field} must be from {min} to {max} {unit} for {model}."),
    "at_least": QT_TRANSLATE_NOOP("Catalog", "{field} must be at least {min} for {model}."),
    "at_least_unit": QT_TRANSLATE_NOOP(
        "Catalog", "{field} must be at least {min} {unit} for {model}."),
    "at_most": QT_TRANSLATE_NOOP("Catalog", "{field} must be at most {max} for {model}."),
    "at_most_unit": QT_TRANSLATE_NOOP(
        "Catalog", "{field} must be at most {max} {unit} for {model}."),
    "also_special": QT_TRANSLATE_NOOP("Catalog", "{problem} It may also be {value}: {meaning}."),
    "too_long_cjk": QT_TRANSLATE_NOOP(
        "Catalog", "{field} is too long for {model}: {n} characters; Chinese text may have "
                   "at most {max}."),
    "too_long_chars": QT_TRANSLATE_NOOP(
        "Catalog", "{field} is too long for {model}: {n} characters; at most {max}."),
    "too_long_words": QT_TRANSLATE_NOOP(
        "Catalog", "{field} is too long for {model}: {n} words; at most {max}."),
    "no_asset": QT_TRANSLATE_NOOP(
        "Catalog", "{field} cannot use asset:// references for {model}; give a public web "
                   "address."),
    "no_data_url": QT_TRANSLATE_NOOP(
        "Catalog", "{field} must be a public web address for {model}; data: URLs are not "
                   "accepted."),
    "url": QT_TRANSLATE_NOOP(
        "Catalog", "{field} must be a web address starting with http:// or https://."),
    "url_or_asset": QT_TRANSLATE_NOOP(
        "Catalog", "{field} must be a web address starting with http:// or https:// or an "
                   "asset://ID reference."),
    "not_list": QT_TRANSLATE_NOOP("Catalog", "{field} must be a list of web addresses."),
    "item": QT_TRANSLATE_NOOP("Catalog", "{field}: item {n}"),
    "item_not_url": QT_TRANSLATE_NOOP("Catalog", "{field}: item {n} must be a web address."),
    "too_many": QT_TRANSLATE_NOOP("Catalog", "{field}: at most {max} for {model} ({n} given)."),
    "too_few": QT_TRANSLATE_NOOP("Catalog", "{field}: at least {min} needed for {model}."),
}


def say(key: str, **args) -> Phrase:
    """The sentence ``MESSAGES[key]`` with its arguments (English via ``str()``)."""
    return Phrase(MESSAGES[key], args)


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
    """How a message names the field: its label (translated when shown) in a form; the
    label and the wire key for the server's own messages, which stay English."""
    if not wire:
        return Shown(spec.label)
    if spec.content_type == "text":
        return f"{spec.label} (content text item)"
    if spec.content_type:
        return f"{spec.label} (content {spec.content_type} item, role '{spec.content_role}')"
    return f"{spec.label} ('{spec.wire_name}')"


def issue_key(spec: FieldSpec, wire: bool) -> str:
    return spec.wire_name if wire else spec.name


def _unit_key(key: str, spec: FieldSpec) -> str:
    """The template with a {unit} placeholder when the field has a unit."""
    return f"{key}_unit" if spec.unit else key


def _unit_args(spec: FieldSpec) -> dict:
    return {"unit": Shown(spec.unit)} if spec.unit else {}


def check_params(family, model_id: str, values: dict, *, wire: bool
                 ) -> tuple[list[ValidationIssue], dict[str, Any]]:
    """Validate ``values`` for ``model_id``; return ``(issues, normalised values)``.

    Only present values appear in the normalised dict.  An unknown model yields a single
    issue on ``"model"``.
    """
    if not isinstance(model_id, str) or not family.has_model(model_id):
        known = tuple(m.id for m in family.models)
        return [ValidationIssue.of("model", say("unknown_model", model=model_id,
                                                family=_family_label(family),
                                                known=known))], {}
    issues: list[ValidationIssue] = []
    specs = {s.name: s for s in family.fields_for(model_id)}
    who = model_id if wire else model_name(family, model_id)    # how sentences name it
    if not isinstance(values, dict):
        return [ValidationIssue.of("body", say("not_object"))], {}

    for name, value in values.items():
        if name not in specs and is_present(value):
            other = family.all_fields.get(name)
            if other is not None:
                phrase = say("not_taken", model=who, field=display(other, wire))
            else:
                phrase = say("not_a_field", model=who, field=f"'{name}'",
                             family=_family_label(family))
            issues.append(ValidationIssue.of(name, phrase))

    out: dict[str, Any] = {}
    rejected: set[str] = set()
    for spec in specs.values():
        value = values.get(spec.name)
        if not is_present(value):
            if spec.required:
                issues.append(ValidationIssue.of(issue_key(spec, wire), say(
                    "required", field=display(spec, wire), model=who)))
            continue
        norm, problem = check_value(spec, value, who, wire)
        if problem:
            issues.append(ValidationIssue.of(issue_key(spec, wire), problem))
            rejected.add(spec.name)
        elif spec.required and not is_present(norm):      # e.g. a list of blank rows
            issues.append(ValidationIssue.of(issue_key(spec, wire), say(
                "required", field=display(spec, wire), model=who)))
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
            issues.append(ValidationIssue.of(issue_key(specs[first], wire), msg))
    for rule in family.rules_for(model_id):
        issues.extend(_rule_issues(rule, present, out, specs, wire))
    return issues, out


def model_name(family, model_id: str) -> str:
    """How a form's sentence names a model: its label (translated when descriptive), so a
    person reads "Sora 2 Pro", not the id the server knows it by."""
    label = family.model(model_id).label or model_id
    return Shown(label) if is_descriptive_label(label) else label


def _family_label(family) -> str:
    """A descriptive family label is translated; a product name is shown as it is."""
    return Shown(family.label) if is_descriptive_label(family.label) else family.label


def default_problems(family, model_id: str) -> list[str]:
    """Messages for defaults that are invalid on their own or clash with each other."""
    params = family.default_params(model_id)
    specs = {s.name: s for s in family.fields_for(model_id)}
    problems = [str(p) for n, v in params.items()
                if (p := check_value(specs[n], v, model_name(family, model_id), False)[1])]
    for group in family.exclusive_groups_for(model_id):
        msg = _group_problem(group, set(params), specs, False)
        if msg:
            problems.append(str(msg))
    return problems


def _group_problem(group: ExclusiveGroup, present: set[str], specs: dict,
                   wire: bool) -> Phrase | None:
    used = [side for side in group.members if any(n in present for n in side)]
    if len(used) < 2:
        return None
    given = tuple(display(specs[n], wire) for side in used for n in side if n in present)
    return say("exclusive", message=Shown(group.message), fields=given)


def _rule_issues(rule, present: set[str], values: dict, specs: dict, wire: bool) -> list[ValidationIssue]:
    f = rule.fields
    own = Shown(rule.message)            # the catalog's own sentence, translated as it is
    if rule.kind == "requires":
        if f[0] in present and f[1] not in present:
            return [ValidationIssue.of(issue_key(specs[f[1]], wire), own)]
    elif rule.kind == "together":
        given = [n for n in f if n in present]
        if given and len(given) != len(f):
            missing = next(n for n in f if n not in present)
            return [ValidationIssue.of(issue_key(specs[missing], wire), own)]
    elif rule.kind == "any_of":
        if not any(n in present for n in f):
            return [ValidationIssue.of(issue_key(specs[f[0]], wire), own)]
    elif rule.kind == "max_items_when":
        items = values.get(f[0])
        if f[1] in present and isinstance(items, (list, tuple)) and len(items) > (rule.limit or 0):
            return [ValidationIssue.of(issue_key(specs[f[0]], wire), say(
                "rule_count", message=Shown(rule.message), n=len(items)))]
    return []


def check_value(spec: FieldSpec, value: Any, model_id: str,
                wire: bool) -> tuple[Any, Phrase | None]:
    """Check one present value; return ``(normalised value, problem or None)``.

    ``model_id`` is only used to name the model in the sentence (the id on the wire, the
    label in a form: see :func:`model_name`)."""
    name = display(spec, wire)
    kind = spec.kind
    if kind == "choice":
        return _check_choice(spec, value, model_id, wire, name)
    if kind in ("int", "number"):
        return _check_number(spec, value, model_id, wire, name)
    if kind == "bool":
        if isinstance(value, bool):
            return value, None
        return None, say("not_bool", field=name)
    if kind == "text":
        if not isinstance(value, str):
            return None, say("not_text", field=name)
        return value, _text_problem(spec, value, model_id, name)
    if kind == "url":
        if not isinstance(value, str):
            return None, say("not_url", field=name)
        url = value.strip()
        return url, url_problem(spec, url, model_id, name)
    if kind == "url_list":
        return _check_url_list(spec, value, model_id, wire, name)
    return None, say("bad_kind", field=name, kind=kind)


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
    return None, say(_unit_key("choice", spec), field=name, values=tuple(choices),
                     model=model_id, **_unit_args(spec))


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
    if num is None:
        return None, say("whole_number" if integer else "number", field=name)
    if any(num == sv for sv, _ in spec.special_values):
        return num, None
    lo, hi = spec.minimum, spec.maximum
    if (lo is not None and num < lo) or (hi is not None and num > hi):
        if lo is not None and hi is not None:
            key = "between"
        elif lo is not None:
            key = "at_least"
        else:
            key = "at_most"
        problem = say(_unit_key(key, spec), field=name, min=lo, max=hi, model=model_id,
                      **_unit_args(spec))
        for sv, label in spec.special_values:
            problem = say("also_special", problem=problem, value=sv, meaning=Shown(label))
        return None, problem
    return num, None


def _text_problem(spec: FieldSpec, text: str, model_id: str, name: str) -> Phrase | None:
    has_cjk = bool(_CJK.search(text))
    n = len(text)
    if has_cjk and spec.max_chars_cjk is not None and n > spec.max_chars_cjk:
        return say("too_long_cjk", field=name, model=model_id, n=n, max=spec.max_chars_cjk)
    if spec.max_chars is not None and n > spec.max_chars:
        return say("too_long_chars", field=name, model=model_id, n=n, max=spec.max_chars)
    if not has_cjk and spec.max_words is not None:
        words = len(text.split())
        if words > spec.max_words:
            return say("too_long_words", field=name, model=model_id, n=words,
                       max=spec.max_words)
    return None


def url_problem(spec: FieldSpec, url: str, model_id: str, name: Any) -> Phrase | None:
    """Why ``url`` is not acceptable for ``spec`` (None when it is).  ``name`` is how the
    sentence names the field (a label, or a phrase such as "Reference images: item 2")."""
    lower = url.lower()
    if lower.startswith(("http://", "https://")):
        parts = urlsplit(url)
        if parts.netloc and not any(ch.isspace() for ch in url):
            return None
    elif lower.startswith("asset://"):
        if spec.accepts_asset and len(url) > len("asset://") and not any(ch.isspace() for ch in url):
            return None
        if not spec.accepts_asset:
            return say("no_asset", field=name, model=model_id)
    elif lower.startswith("data:"):
        if spec.allows_data_url and "," in url:
            return None
        if not spec.allows_data_url:
            return say("no_data_url", field=name, model=model_id)
    return say("url_or_asset" if spec.accepts_asset else "url", field=name)


def _check_url_list(spec, value, model_id, wire, name):
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        return None, say("not_list", field=name)
    items = list(value)
    if not wire:
        items = [v for v in items if not (isinstance(v, str) and not v.strip())]
    urls = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, str):
            return None, say("item_not_url", field=name, n=i)
        url = item.strip()
        problem = url_problem(spec, url, model_id, say("item", field=name, n=i))
        if problem:
            return None, problem
        urls.append(url)
    if spec.max_items is not None and len(urls) > spec.max_items:
        return None, say("too_many", field=name, max=spec.max_items, model=model_id, n=len(urls))
    if spec.min_items is not None and 0 < len(urls) < spec.min_items:   # none: see required
        return None, say("too_few", field=name, min=spec.min_items, model=model_id)
    return urls, None
