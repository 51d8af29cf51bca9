"""The task ledger and the media library keep what a user paid for across restarts."""

from __future__ import annotations

import time

from globalai_desktop.domain.media import TaskState
from globalai_desktop.storage.media_library import MediaLibrary
from globalai_desktop.storage.tasks import TaskLedger


def test_task_written_before_send_survives_reopen(tmp_path):
    ledger = TaskLedger.in_folder(tmp_path)
    task = ledger.insert(kind="image", family_id="banana", model="nano-banana",
                         path="/v1/banana/images", prompt="a red fox",
                         params={"prompt": "a red fox", "size": "16:9"},
                         body={"model": "nano-banana", "prompt": "a red fox", "size": "16:9"},
                         lifetime_s=86400)
    ledger.update(task.id, state=TaskState.QUEUED, remote_id="img_1", submitted_at=time.time())
    ledger.close()

    reopened = TaskLedger.in_folder(tmp_path)
    [again] = reopened.unfinished()
    assert again.id == task.id
    assert again.state is TaskState.QUEUED
    assert again.remote_id == "img_1"
    assert again.params == {"prompt": "a red fox", "size": "16:9"}
    assert again.body["size"] == "16:9"
    assert reopened.find_remote("img_1").id == task.id


def test_finished_tasks_are_not_resumed_and_lifetime_is_computed(tmp_path):
    ledger = TaskLedger.in_folder(tmp_path)
    old = ledger.insert(kind="video", family_id="sora", model="openAiSora2Plus",
                        path="/v1/sora/videos", state=TaskState.PROCESSING, remote_id="sora_1",
                        created_at=time.time() - 90_000, lifetime_s=86_400)
    done = ledger.insert(kind="image", family_id="banana", model="nano-banana",
                         path="/v1/banana/images", state=TaskState.DONE, remote_id="img_2")
    assert [t.id for t in ledger.unfinished()] == [old.id]
    assert old.is_past_lifetime()
    assert not done.is_past_lifetime()          # no lifetime known: never assumed expired
    assert [t.id for t in ledger.list()] == [done.id, old.id]   # newest first
    assert [t.id for t in ledger.list("video")] == [old.id]


def test_media_library_filters_by_prompt_any_case_newest_first(tmp_path):
    lib = MediaLibrary.in_folder(tmp_path)
    files = []
    for i, prompt in enumerate(["Orange CAT on a sill", "mountain lake", "Café au lait 100%",
                                "a cat astronaut"]):
        f = tmp_path / f"{i}.png"
        f.write_bytes(b"x" * (i + 1))
        files.append(lib.add(path=f, kind="image", prompt=prompt, params={"prompt": prompt},
                             created_at=1000 + i))
    assert [r.prompt for r in lib.list("image", text="cat")] == ["a cat astronaut",
                                                                  "Orange CAT on a sill"]
    assert [r.prompt for r in lib.list(text="CAFÉ")] == ["Café au lait 100%"]
    assert [r.prompt for r in lib.list(text="100%")] == ["Café au lait 100%"]
    assert lib.list(text="_") == []             # LIKE wildcards are matched literally
    assert lib.count("image") == 4
    assert files[0].size == 1

    removed = lib.delete(files[1].id)
    assert removed.prompt == "mountain lake"
    assert not (tmp_path / "1.png").exists()
    assert lib.count() == 3
