"""Image/video task data types shared by the API client, the task ledger and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class RemoteStatus(str, Enum):
    """Task status as reported by ``GET /v1/result/{id}`` (contract §6)."""

    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"       # a value the contract does not know; keep polling

    @property
    def terminal(self) -> bool:
        return self in (RemoteStatus.COMPLETED, RemoteStatus.FAILED, RemoteStatus.CANCELLED)

    @classmethod
    def parse(cls, value: object) -> "RemoteStatus":
        v = str(value or "").strip().lower()
        aliases = {"succeeded": "completed", "success": "completed", "canceled": "cancelled",
                   "pending": "queued", "running": "processing", "in_progress": "processing"}
        v = aliases.get(v, v)
        try:
            return cls(v)
        except ValueError:
            return cls.UNKNOWN


@dataclass(frozen=True)
class CreatedTask:
    """Answer of a create call.  ``id`` is never empty (a missing id is an error)."""

    id: str
    status: RemoteStatus = RemoteStatus.QUEUED
    model: str | None = None
    legacy: bool = False                       # came as {"code","data":{"projectId"}}
    raw: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class TaskResult:
    """One poll of ``GET /v1/result/{id}``, parsed defensively."""

    id: str
    status: RemoteStatus
    url: str | None = None                     # image_url / video_url / result_url / url
    error: str | None = None
    progress: float | None = None              # 0..100 when the server reports it
    actual_duration: float | None = None
    total_tokens: int | None = None
    official_media_url: str | None = None
    raw: dict = field(default_factory=dict, compare=False, repr=False)


class AssetStatus(str, Enum):
    SUBMITTED = "submitted"
    PROCESSING = "Processing"
    ACTIVE = "Active"
    FAILED = "Failed"
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, value: object) -> "AssetStatus":
        v = str(value or "").strip().lower()
        for member in cls:
            if member.value.lower() == v:
                return member
        return cls.UNKNOWN


@dataclass(frozen=True)
class AssetInfo:
    asset_id: str
    status: AssetStatus
    asset_type: str | None = None
    name: str | None = None
    url: str | None = None
    created: str | None = None
    raw: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class AssetBatch:
    """SD2 Manxue batch answer: items that went through and ones that did not."""

    items: tuple[AssetInfo, ...]
    failed: tuple[dict, ...] = ()


class TaskState(str, Enum):
    """State of a generation task in the local ledger (what the user sees)."""

    SUBMITTING = "submitting"          # create POST under way
    OUTCOME_UNKNOWN = "outcome_unknown"  # create sent, no answer: may exist; never resubmitted
    QUEUED = "queued"
    PROCESSING = "processing"
    DOWNLOADING = "downloading"
    DONE = "done"                      # result saved in the media library
    FAILED = "failed"                  # server said failed (reason kept) or create rejected
    CANCELLED = "cancelled"
    EXPIRED = "expired"                # result URL / task record past its lifetime
    UNTRACKED = "untracked"            # the user stopped tracking it

    @property
    def active(self) -> bool:
        return self in (TaskState.SUBMITTING, TaskState.QUEUED, TaskState.PROCESSING,
                        TaskState.DOWNLOADING)
