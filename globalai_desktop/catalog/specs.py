"""Plain data types of the model catalog (Qt-free, httpx-free).

Everything here is immutable and built by :mod:`.loader` from ``catalog.json`` (plus any
administrator/user catalog files).  The behaviour that works on these types lives in
:mod:`.family` (per-family queries), :mod:`.checks` (validation) and :mod:`.wire`
(request bodies).

Vocabulary used throughout the package:

- *logical name* (``FieldSpec.name``): the stable snake_case name a form uses, the same
  across families where the concept is the same (``aspect_ratio`` is always a ratio such as
  ``16:9`` even where the wire field is called ``size`` or ``ratio``).
- *wire name* (``FieldSpec.wire_name``): the JSON key the server expects.  For the
  ``content[]`` families the wire name of media fields is ``content`` and the item shape is
  described by ``content_type`` and ``content_role``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.text import Protocol
from .texts import Phrase, Shown

FIELD_KINDS = ("text", "choice", "int", "number", "bool", "url", "url_list")


class CatalogError(Exception):
    """The catalog data itself is unusable (broken JSON, unknown kind, duplicate id …).

    ``str(err)`` names the file (when there is one) and the reason, e.g.
    ``"admin.json: family 'veo' model 'veo_9': unknown field kind 'date'"``.
    """

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


@dataclass(frozen=True)
class ValidationIssue:
    """One problem with a request.  ``field`` is the logical field name for
    ``MediaFamily.validate`` and the wire key for ``MediaFamily.validate_body`` (``"model"``
    for an unknown model).  ``message`` is a plain-English sentence naming the field.

    ``phrase`` (when set) is the same sentence as a translatable template and its arguments
    (:class:`~.texts.Phrase`, or a catalog sentence as :class:`~.texts.Shown`); an
    interface shows ``render(issue.phrase, translate)`` so the sentence appears in the
    person's language.  ``message == str(phrase)``.
    """

    field: str
    message: str
    phrase: Phrase | Shown | None = field(default=None, compare=False)

    @classmethod
    def of(cls, field_name: str, phrase: Phrase | Shown) -> "ValidationIssue":
        return cls(field_name, str(phrase), phrase)


class CatalogValidationError(ValueError):
    """Raised by ``build_body`` when the parameters break the catalog's rules.

    ``issues`` lists every problem found (not just the first), so a form can mark all
    offending fields at once; ``str(err)`` joins their messages.
    """

    def __init__(self, issues: list[ValidationIssue]) -> None:
        self.issues = list(issues)
        super().__init__(" ".join(i.message for i in self.issues) or "Invalid request.")


@dataclass(frozen=True)
class FieldSpec:
    """One request field as a model takes it (model overrides already applied).

    Contract of the attributes a form relies on:

    - ``kind``: one of :data:`FIELD_KINDS`.  ``choice`` values may be str or int
      (Sora's 4/8/12 seconds); ``url`` / ``url_list`` hold http(s) URLs, ``asset://ID``
      when ``accepts_asset`` and ``data:`` URLs when ``allows_data_url``.
    - ``default``: what a fresh form shows (``None`` = leave empty; the server applies its
      own default).  Defaults of a model never break that model's rules.
    - ``special_values``: extra allowed values outside ``minimum..maximum`` with a label,
      e.g. ``((-1, "Let the model choose (4–12 s)"),)``.
    - ``choice_labels``: how a form names some choices (``(("adaptive", "Adaptive"),)``);
      a choice without one is shown as its value (with ``unit`` when there is one).
    - ``label``, ``help``, ``note``, ``unit`` and the labels above are shown (and
      translated); ``maintainer_note`` is for the catalog's keepers and never shown.
    - ``mode``: the input mode the field belongs to (``frames``, ``references``, ``video``);
      fields of different modes in one :class:`ExclusiveGroup` cannot be combined.
    - ``normalize_case``: form input is matched to ``choices`` ignoring case and sent in the
      catalog's spelling; ``wire_case_insensitive``: the server itself ignores case.
    - ``aliases``: other wire keys the server accepts for this field; with
      ``alias_policy == "exclusive"`` sending two of them is an error, with
      ``"prefer_primary"`` the primary wins and differing values are a conflict.
    """

    name: str
    wire_name: str
    label: str
    kind: str
    required: bool = False
    choices: tuple | None = None
    minimum: float | int | None = None
    maximum: float | int | None = None
    default: Any = None
    max_items: int | None = None
    min_items: int | None = None
    help: str = ""
    accepts_asset: bool = False
    allows_data_url: bool = True
    mode: str | None = None
    multiline: bool = False
    unit: str | None = None
    special_values: tuple[tuple[Any, str], ...] = ()
    choice_labels: tuple[tuple[Any, str], ...] = ()
    normalize_case: bool = False
    wire_case_insensitive: bool = False
    max_chars: int | None = None
    max_chars_cjk: int | None = None
    max_words: int | None = None
    aliases: tuple[str, ...] = ()
    alias_policy: str = "exclusive"
    content_type: str | None = None
    content_role: str | None = None
    note: str = ""
    maintainer_note: str = ""

    def choice_label(self, value: Any) -> str | None:
        """The catalog's name for a choice or special value (``None``: show the value)."""
        for v, label in self.choice_labels + self.special_values:
            if v == value and type(v) is type(value):
                return label
        return None


@dataclass(frozen=True)
class ExclusiveGroup:
    """Sides that cannot be combined: at most one side may have a non-empty field.

    ``members`` holds logical field names, one inner tuple per side, e.g.
    ``(("first_image", "last_image"), ("reference_images", "reference_videos"))``.
    """

    name: str
    members: tuple[tuple[str, ...], ...]
    message: str


@dataclass(frozen=True)
class Rule:
    """A cross-field rule beyond XOR groups (internal; applied by :mod:`.checks`).

    kinds: ``requires`` (``fields[0]`` set ⇒ ``fields[1]`` set), ``together`` (all or
    none), ``any_of`` (at least one set), ``max_items_when`` (``fields[0]`` may hold at
    most ``limit`` items when ``fields[1]`` is set).
    """

    kind: str
    fields: tuple[str, ...]
    message: str
    limit: int | None = None


@dataclass(frozen=True)
class MediaModel:
    """One model of a media family.

    ``legacy``: a name only older documentation uses (forms may hide it; the simulator
    still accepts it).  ``resolution``: output resolution fixed by the model, if any.
    ``official_media_url``: the result may carry ``officialMediaUrl``.
    ``wire_ignored``: wire keys the server is documented to ignore for this model.
    ``note`` and ``cost_note`` are shown to people; ``maintainer_note`` never is.
    ``extra``: any further per-model data from the catalog file, untouched.
    """

    id: str
    label: str
    note: str = ""
    legacy: bool = False
    resolution: str | None = None
    cost_note: str = ""
    maintainer_note: str = ""
    official_media_url: bool = False
    wire_ignored: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class TextModel:
    """A chat model name as the gateway knows it (``base`` + optional ``-variant``)."""

    id: str
    family: str                       # 'gpt' | 'claude' | 'gemini'
    base: str
    variant: str                      # '' | 'official' | 'hc' | 'fd' | 'low'
    label: str
    variant_note: str                 # tooltip text explaining the suffix
    protocols: tuple[Protocol, ...]
    default_protocol: Protocol
    image_protocols: frozenset[Protocol] = frozenset()
    video_protocols: frozenset[Protocol] = frozenset()
    note: str = ""

    def accepts_images(self, protocol: Protocol | str) -> bool:
        """True when image input may be sent to this model over ``protocol``."""
        try:
            return Protocol(protocol) in self.image_protocols
        except ValueError:
            return False

    def accepts_video(self, protocol: Protocol | str) -> bool:
        """True when video input may be sent (Gemini native only, per the contract)."""
        try:
            return Protocol(protocol) in self.video_protocols
        except ValueError:
            return False
