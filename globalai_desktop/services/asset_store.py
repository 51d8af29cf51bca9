"""What the app remembers about registered assets (Qt-free apart from translation).

:class:`AssetRecord` is one registered reference medium; :class:`AssetStore` keeps them in
``assets.db`` in the data folder (SQLite on :class:`~globalai_desktop.storage.db.Database`,
thread-safe; callers on the GUI thread use ``asyncio.to_thread``).  The helpers check a
link before it leaves the machine, guess a link's media kind from its extension and say
which library a video family takes ``asset://`` references from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from PySide6.QtCore import QCoreApplication

from globalai_desktop.domain.media import AssetStatus
from globalai_desktop.storage.db import Database

KYY = "kyyvideo2"
SD2 = "sd2_manxue"
LIBRARIES = (KYY, SD2)
ASSET_TYPES = ("Image", "Video", "Audio", "Document")   # first letter upper case (contract §9.1)
STORE_FILE_NAME = "assets.db"

REVIEW_POLL_S = 5.0      # the provider's own sample code checks every 5 s…
REVIEW_WATCH_S = 300.0   # …for up to 5 minutes; after that the person presses Refresh

_PENDING = (AssetStatus.SUBMITTED.value, AssetStatus.PROCESSING.value, AssetStatus.UNKNOWN.value)

_MIGRATIONS = [
    """
    CREATE TABLE assets (
        asset_id TEXT PRIMARY KEY,
        library TEXT NOT NULL,
        asset_type TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        watch_until REAL NOT NULL DEFAULT 0
    );
    CREATE INDEX assets_library ON assets(library, created_at)
    """,
]

_EXTENSIONS = {
    "Image": (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".gif"),
    "Video": (".mp4", ".mov", ".webm", ".m4v", ".avi", ".mkv"),
    "Audio": (".mp3", ".wav", ".m4a", ".aac", ".flac", ".ogg"),
}


@dataclass(frozen=True)
class AssetRecord:
    asset_id: str
    library: str                  # KYY | SD2
    asset_type: str               # Image | Video | Audio | Document ("" when unknown)
    name: str
    url: str                      # the public URL the server fetched
    status: str                   # AssetStatus value: submitted | Processing | Active | Failed
    message: str = ""             # words for the person (review failed, still under review…)
    created_at: float = 0.0
    updated_at: float = 0.0
    watch_until: float = 0.0      # checked automatically until then

    @property
    def active(self) -> bool:
        return self.status == AssetStatus.ACTIVE.value

    @property
    def pending(self) -> bool:
        return self.status in _PENDING

    @property
    def failed(self) -> bool:
        return self.status == AssetStatus.FAILED.value

    def reference(self) -> str:
        """What a generation request carries to use this asset."""
        return f"asset://{self.asset_id}"


@dataclass(frozen=True)
class BatchOutcome:
    """Result of an SD2 Manxue batch: registered records and (url, reason) refusals."""

    records: tuple[AssetRecord, ...]
    refused: tuple[tuple[str, str], ...] = ()


def guess_asset_type(url: str) -> str | None:
    """``Image``/``Video``/``Audio`` from the URL's file extension, or ``None``."""
    suffix = Path(urlparse(url).path).suffix.lower()
    for kind, exts in _EXTENSIONS.items():
        if suffix in exts:
            return kind
    return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssetRegistry", text)


def check_public_url(url: str) -> str:
    """Return the trimmed URL or raise ``ValueError`` saying what is wrong with it."""
    url = (url or "").strip()
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(_tr("“{0}” is not a public http(s) link. The server fetches the "
                             "file itself, so give a link it can reach.").format(
                                 url or _tr("(empty)")))
    return url


def library_for_family(family: Any) -> str | None:
    """Which asset library a video family takes ``asset://`` references from."""
    fid = getattr(family, "id", family)
    if fid == SD2:
        return SD2
    if fid in ("seedance2", "seedance15", "seedance_x1") or getattr(family, "accepts_asset_refs", False):
        return KYY
    return None


class AssetStore:
    """SQLite rows of :class:`AssetRecord` (Qt-free; callers use ``asyncio.to_thread``)."""

    def __init__(self, path: Path | str) -> None:
        self.db = Database(path, _MIGRATIONS)

    @classmethod
    def in_folder(cls, data_dir: Path | str) -> "AssetStore":
        return cls(Path(data_dir) / STORE_FILE_NAME)

    def put(self, rec: AssetRecord) -> AssetRecord:
        values = rec.__dict__
        cols = ", ".join(values)
        marks = ", ".join(f":{k}" for k in values)
        with self.db.transaction() as conn:
            conn.execute(f"INSERT OR REPLACE INTO assets ({cols}) VALUES ({marks})", values)
        return rec

    def get(self, asset_id: str) -> AssetRecord | None:
        rows = self.db.query("SELECT * FROM assets WHERE asset_id=?", (asset_id,))
        return AssetRecord(**dict(rows[0])) if rows else None

    def list(self, library: str | None = None) -> list[AssetRecord]:
        sql, params = "SELECT * FROM assets", []
        if library:
            sql += " WHERE library=?"
            params.append(library)
        sql += " ORDER BY created_at DESC, asset_id"
        return [AssetRecord(**dict(r)) for r in self.db.query(sql, params)]

    def delete(self, asset_id: str) -> bool:
        with self.db.transaction() as conn:
            return conn.execute("DELETE FROM assets WHERE asset_id=?", (asset_id,)).rowcount > 0

    def close(self) -> None:
        self.db.close()
