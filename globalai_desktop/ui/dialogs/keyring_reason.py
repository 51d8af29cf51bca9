"""Why the keyring cannot hold the key, in the interface language.

``storage/secrets.py`` stays Qt-free and writes its reasons in English from templates it
marks for translation (``secrets.REASONS``, context ``"Keyring"``).  A dialog that shows a
reason passes it through :func:`reason_text`, which recognises the template, translates it
and fills in its parts again (a nested ``{refusal}`` is itself a reason; a ``{detail}`` is
the keyring's own words and stays as it is).  A reason no template explains is shown as
it came.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from globalai_desktop.storage import secrets

# The shell's word for a keyring it has not probed yet (it passes this English text on).
NOT_CHECKED = QT_TRANSLATE_NOOP("Keyring", "not checked")
TEMPLATES = (*secrets.REASONS, NOT_CHECKED)


@lru_cache(maxsize=None)
def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", template)
    body = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+)" for i, p in enumerate(parts))
    return re.compile(f"^{body}$", re.S)


def translated_reason(reason: str) -> str | None:
    """``reason`` in the interface language, or ``None`` when it is no known reason."""
    for template in TEMPLATES:
        m = _pattern(template).match(reason or "")
        if m is None:
            continue
        args = {k: (translated_reason(v) or v) if k == "refusal" else v
                for k, v in m.groupdict().items()}
        return QCoreApplication.translate("Keyring", template).format(**args)
    return None


def reason_text(reason: str) -> str:
    """A keyring reason to show: translated when known, otherwise as it came."""
    return translated_reason(reason) or reason


def fact_text(value: str, tr) -> str:
    """An About fact such as ``"none usable (not used in demo mode)"`` with the reason in
    brackets translated (``tr`` translates the "{value} ({reason})" pattern)."""
    m = re.match(r"^(?P<head>.*?) \((?P<reason>.+)\)$", value or "", re.S)
    if m is None:
        return value
    reason = translated_reason(m.group("reason"))
    if reason is None:
        return value
    return tr("{value} ({reason})").format(value=m.group("head"), reason=reason)
