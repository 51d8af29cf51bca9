"""Turn a picked, pasted or dropped file into an image attachment (a ``data:`` URL).

Every function here is blocking and meant to run in a worker thread
(``asyncio.to_thread``): reading and decoding images never happens on the GUI thread.
``QImage`` is safe to use outside the GUI thread (``QPixmap`` is not; the caller converts
thumbnails to pixmaps on the GUI thread).

Rules, in the order they are checked (each failure is an :class:`AttachmentError` whose
text the composer shows as it is):

1. the file must exist and be at most :data:`MAX_FILE_BYTES`;
2. its bytes must decode as an image (the extension is not trusted);
3. PNG, JPEG, WebP and GIF files that are small enough are sent unchanged; anything larger
   than :data:`MAX_SEND_BYTES` or wider/taller than :data:`MAX_SIDE` pixels, and formats the
   providers do not take (BMP, TIFF, …), is scaled down and re-encoded (JPEG, or PNG when
   the image has transparency), so one attachment never blows a provider's request limit.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from globalai_desktop.domain.chat import Attachment

MAX_FILE_BYTES = 20 * 1024 * 1024      # what a person may pick at all
MAX_SEND_BYTES = 3_750_000             # Anthropic's 5 MB base64 cap ≈ 3.75 MB of image bytes
MAX_SIDE = 2048                        # larger images are scaled down (providers resize anyway)
THUMB_SIDE = 96
_PASS_THROUGH = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg",
                 "webp": "image/webp", "gif": "image/gif"}


class AttachmentError(ValueError):
    """The file cannot be attached; ``str()`` is the sentence to show."""


@dataclass(frozen=True)
class PreparedImage:
    attachment: Attachment
    thumbnail: QImage


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatAttachments", text)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}"


def prepare_file(path: str | Path) -> PreparedImage:
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        raise AttachmentError(_tr("“{name}” could not be opened.").format(name=p.name)) from None
    if size > MAX_FILE_BYTES:
        raise AttachmentError(_tr("“{name}” is too large ({size} MB). Images up to {limit} MB can "
                                  "be attached.").format(name=p.name, size=_mb(size),
                                                         limit=MAX_FILE_BYTES // (1024 * 1024)))
    try:
        data = p.read_bytes()
    except OSError:
        raise AttachmentError(_tr("“{name}” could not be read.").format(name=p.name)) from None
    return prepare_bytes(data, p.name)


def prepare_bytes(data: bytes, name: str) -> PreparedImage:
    if len(data) > MAX_FILE_BYTES:
        raise AttachmentError(_tr("“{name}” is too large ({size} MB). Images up to {limit} MB can "
                                  "be attached.").format(name=name, size=_mb(len(data)),
                                                         limit=MAX_FILE_BYTES // (1024 * 1024)))
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf)
    fmt = bytes(reader.format().data()).decode("ascii", "ignore").lower()
    image = reader.read()
    if image.isNull():
        raise AttachmentError(_tr("“{name}” is not an image. Attach a PNG, JPEG, WebP or GIF "
                                  "picture.").format(name=name))
    too_big = (len(data) > MAX_SEND_BYTES or max(image.width(), image.height()) > MAX_SIDE)
    if fmt in _PASS_THROUGH and not too_big:
        mime, payload, size = _PASS_THROUGH[fmt], data, image.size()
    else:
        mime, payload, size = _encode(image)
    url = f"data:{mime};base64," + base64.b64encode(payload).decode("ascii")
    att = Attachment(name=name, mime=mime, data_url=url, width=size.width(), height=size.height())
    return PreparedImage(att, thumbnail(image))


def prepare_qimage(image: QImage, name: str = "pasted image.png") -> PreparedImage:
    """A pasted bitmap (already decoded by Qt): encode it as PNG, or JPEG if too large."""
    if image.isNull():
        raise AttachmentError(_tr("The clipboard holds no picture."))
    mime, payload, size = _encode(image, prefer_png=True)
    url = f"data:{mime};base64," + base64.b64encode(payload).decode("ascii")
    if mime == "image/jpeg" and name.endswith(".png"):
        name = name[:-4] + ".jpg"
    att = Attachment(name=name, mime=mime, data_url=url, width=size.width(), height=size.height())
    return PreparedImage(att, thumbnail(image))


def thumbnail(image: QImage, side: int = THUMB_SIDE) -> QImage:
    return image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def thumbnail_from_data_url(data_url: str, side: int = THUMB_SIDE) -> QImage:
    """Decode a stored attachment for display (returns a null image when it is broken)."""
    comma = data_url.find(",")
    if comma < 0:
        return QImage()
    try:
        raw = base64.b64decode(data_url[comma + 1:], validate=False)
    except ValueError:
        return QImage()
    image = QImage.fromData(raw)
    return thumbnail(image, side) if not image.isNull() else image


def _encode(image: QImage, prefer_png: bool = False) -> tuple[str, bytes, QSize]:
    """(mime, bytes, pixel size sent): scaled to MAX_SIDE, PNG when it has transparency (or
    ``prefer_png``) and fits, else JPEG at the best quality that fits MAX_SEND_BYTES."""
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel() or prefer_png:
        png = _save(image, "PNG")
        if len(png) <= MAX_SEND_BYTES:
            return "image/png", png, image.size()
    for quality in (90, 80, 65):
        jpg = _save(image.convertToFormat(QImage.Format.Format_RGB32), "JPEG", quality)
        if len(jpg) <= MAX_SEND_BYTES:
            break
    return "image/jpeg", jpg, image.size()


def _save(image: QImage, fmt: str, quality: int = -1) -> bytes:
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, fmt, quality)
    buf.close()
    return bytes(ba.data())
