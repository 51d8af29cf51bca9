"""TaskService against the simulator: what a person paying per task would notice."""

from __future__ import annotations

import asyncio
import time

import pytest

from globalai_desktop.api.errors import AuthenticationError
from globalai_desktop.catalog import CatalogValidationError
from globalai_desktop.domain.media import TaskState
from globalai_desktop.simulator import Fault
from globalai_desktop.storage.media_library import MediaLibrary
from globalai_desktop.storage.tasks import TaskLedger
from tests.tasks_helpers import close_service, make_service, wait_for, wait_state

BANANA = "/kyyReactApiServer/v1/banana/images"
RESULT = "/kyyReactApiServer/v1/result/"
PARAMS = {"prompt": "an orange cat on a windowsill", "aspect_ratio": "16:9"}
FINAL = (TaskState.DONE, TaskState.FAILED, TaskState.EXPIRED, TaskState.OUTCOME_UNKNOWN,
         TaskState.CANCELLED)


async def submit_and_finish(service):
    """Submit one Nano Banana task, wait until it ends, close the service; the final task."""
    task = await service.submit("banana", "nano-banana", PARAMS)
    done = await wait_state(service, task.id, *FINAL)
    await close_service(service)
    return done


def test_task_is_in_ledger_before_create_and_has_id_before_first_poll(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)
    sim.faults.add(Fault(kind="slow", path="/v1/banana/images", delay=0.4))
    seen_while_sending = []

    async def scenario():
        job = qloop.create_task(service.submit("banana", "nano-banana", PARAMS))
        # While the create request is still on its way, the row is already on disk.
        await wait_for(lambda: sim.count("POST", BANANA) == 1)
        other = TaskLedger.in_folder(tmp_path / "data")
        seen_while_sending.extend(other.list())
        other.close()
        task = await job
        polls_at_return = sim.count("GET", RESULT)
        stored = TaskLedger.in_folder(tmp_path / "data")
        row = stored.get(task.id)
        stored.close()
        done = await wait_state(service, task.id, *FINAL)
        await close_service(service)
        return task, row, polls_at_return, done

    task, row, polls_at_return, done = qloop.run_until_complete(scenario())
    assert [t.state for t in seen_while_sending] == [TaskState.SUBMITTING]
    assert seen_while_sending[0].body["prompt"] == PARAMS["prompt"]
    assert polls_at_return == 0
    assert row.remote_id and row.state is TaskState.QUEUED
    assert done.state is TaskState.DONE


def test_completed_task_is_downloaded_into_library_with_prompt_and_settings(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)
    saved = []
    service.media_saved.connect(saved.append)

    done = qloop.run_until_complete(submit_and_finish(service))
    assert done.state is TaskState.DONE, done.message
    path = tmp_path / "media" / "images" / done.media_path.rsplit("/", 1)[-1]
    assert path.exists() and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "an-orange-cat" in path.name
    [record] = saved
    assert record.prompt == PARAMS["prompt"]
    assert record.params == PARAMS
    assert record.model == "nano-banana" and record.family_id == "banana"
    assert record.width and record.height
    assert record.source_url_valid()
    assert not list((tmp_path / "media" / "images").glob("*.part*"))   # nothing half-written


def test_failed_task_keeps_the_servers_reason(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)
    sim.faults.add(Fault(kind="task_fail", reason="Content policy violation: prompt rejected"))

    done = qloop.run_until_complete(submit_and_finish(service))
    assert done.state is TaskState.FAILED
    assert "Content policy violation: prompt rejected" in done.message
    assert done.params == PARAMS                     # kept so the user can fix and resubmit


def test_quit_mid_task_then_restart_resumes_and_completes(sim, tmp_path, qloop):
    async def scenario():
        first = make_service(sim, tmp_path)
        task = await first.submit("image2", "gpt-image-2", {"prompt": "lake at dawn"})
        await close_service(first)                       # quit while it is still queued
        assert first.get(task.id).state is TaskState.QUEUED
        second = make_service(sim, tmp_path)
        await second.start()
        done = await wait_state(second, task.id, *FINAL)
        await close_service(second)
        return done

    done = qloop.run_until_complete(scenario())
    assert done.state is TaskState.DONE, done.message
    assert sim.count("POST", "/kyyReactApiServer/v1/image2/images") == 1   # never resubmitted


def test_task_forgotten_by_server_is_reported_expired(sim, tmp_path, qloop):
    async def scenario():
        first = make_service(sim, tmp_path)
        task = await first.submit("banana", "nano-banana", PARAMS)
        await close_service(first)
        sim.expire_task(task.remote_id, forget=True)     # 404 task not found
        second = make_service(sim, tmp_path)
        await second.start()
        done = await wait_state(second, task.id, *FINAL)
        await close_service(second)
        return done

    done = qloop.run_until_complete(scenario())
    assert done.state is TaskState.EXPIRED
    assert "expired" in done.message.lower()


def test_result_link_refused_on_download_is_reported_expired(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)

    async def scenario():
        task = await service.submit("banana", "nano-banana", PARAMS)
        sim.expire_task(task.remote_id)                  # download answers 403
        done = await wait_state(service, task.id, *FINAL)
        await close_service(service)
        return done

    done = qloop.run_until_complete(scenario())
    assert done.state is TaskState.EXPIRED
    assert not list((tmp_path / "media").rglob("*.png"))


def test_task_past_its_lifetime_is_expired_on_start_without_polling(sim, tmp_path, qloop):
    ledger = TaskLedger.in_folder(tmp_path / "data")
    old = ledger.insert(kind="image", family_id="banana", model="nano-banana",
                        path="/v1/banana/images", prompt="yesterday", state=TaskState.PROCESSING,
                        remote_id="img_from_yesterday", created_at=time.time() - 2 * 86400,
                        lifetime_s=86400)
    ledger.close()

    async def scenario():
        service = make_service(sim, tmp_path)
        await service.start()
        done = await wait_state(service, old.id, *FINAL)
        await close_service(service)
        return done

    done = qloop.run_until_complete(scenario())
    assert done.state is TaskState.EXPIRED and "expired" in done.message.lower()
    assert sim.count("GET", RESULT) == 0


def test_rate_limit_while_polling_is_waited_out(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)
    messages = []
    service.task_changed.connect(lambda t: messages.append(t.message))
    sim.faults.add(Fault(kind="rate_limit", path="/v1/result/", method="GET", retry_after=0.5))

    done = qloop.run_until_complete(submit_and_finish(service))
    assert done.state is TaskState.DONE
    assert any("slow down" in m for m in messages)
    assert sim.count("POST", BANANA) == 1


def test_network_loss_while_polling_pauses_then_resumes(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)
    paused = []
    service.task_changed.connect(lambda t: t.paused and paused.append(t.message))
    sim.faults.add(Fault(kind="drop_connection", path="/v1/result/", method="GET", times=3))

    done = qloop.run_until_complete(submit_and_finish(service))
    assert paused and "Network unavailable" in paused[0]
    assert done.state is TaskState.DONE and not done.paused
    assert sim.count("POST", BANANA) == 1


def test_create_with_unknown_outcome_is_never_sent_again(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)
    sim.faults.add(Fault(kind="drop_connection", path="/v1/banana/images", method="POST"))

    async def scenario():
        task = await service.submit("banana", "nano-banana", PARAMS)
        await close_service(service)
        restarted = make_service(sim, tmp_path)
        await restarted.start()
        again = restarted.get(task.id)
        await close_service(restarted)
        return task, again

    task, again = qloop.run_until_complete(scenario())
    assert task.state is TaskState.OUTCOME_UNKNOWN
    assert "may be billed" in task.message
    assert again.state is TaskState.OUTCOME_UNKNOWN
    assert sim.count("POST", BANANA) == 1
    assert sim.count("GET", RESULT) == 0


def test_invalid_params_are_refused_before_anything_is_written_or_sent(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)

    async def scenario():
        with pytest.raises(CatalogValidationError) as info:
            await service.submit("image2", "gpt-image-2",
                                 {"prompt": "x", "resolution": "2k", "size": "1024x1024"})
        await close_service(service)
        return info.value

    err = qloop.run_until_complete(scenario())
    assert "resolution" in str(err).lower() and "size" in str(err).lower()
    assert service.list() == []
    assert sim.count("POST", "/kyyReactApiServer/v1/image2/images") == 0


def test_rejected_key_fails_the_task_and_reaches_the_error_dialog(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path, key="sk-wrong-key-000000000000")

    async def scenario():
        task = await service.submit("banana", "nano-banana", PARAMS)
        await close_service(service)
        return task

    task = qloop.run_until_complete(scenario())
    assert task.state is TaskState.FAILED
    [(exc, action, retry)] = service.errors.reports
    assert isinstance(exc, AuthenticationError) and retry is not None
    assert "sk-wrong-key" not in task.message


def test_explicit_resubmit_creates_a_new_task_from_the_stored_request(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)
    sim.faults.add(Fault(kind="task_fail", reason="upstream busy"))

    async def scenario():
        first = await service.submit("banana", "nano-banana-pro", {**PARAMS, "resolution": "4k"})
        failed = await wait_state(service, first.id, *FINAL)
        second = await service.resubmit(first.id)
        done = await wait_state(service, second.id, *FINAL)
        await close_service(service)
        return failed, second, done

    failed, second, done = qloop.run_until_complete(scenario())
    assert failed.state is TaskState.FAILED
    assert second.id != failed.id and second.resubmitted_from == failed.id
    assert second.body == failed.body and second.remote_id != failed.remote_id
    assert done.state is TaskState.DONE
    assert sim.count("POST", BANANA) == 2


def test_stop_tracking_stops_polls_and_resume_tracking_finishes(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)

    async def scenario():
        task = await service.submit("banana", "nano-banana", PARAMS)
        stopped = await service.stop_tracking(task.id)
        polls = sim.count("GET", RESULT)
        await asyncio.sleep(0.3)
        polls_later = sim.count("GET", RESULT)
        await service.resume_tracking(task.id)
        done = await wait_state(service, task.id, *FINAL)
        await close_service(service)
        return stopped, polls, polls_later, done

    stopped, polls, polls_later, done = qloop.run_until_complete(scenario())
    assert stopped.state is TaskState.UNTRACKED
    assert polls == polls_later
    assert done.state is TaskState.DONE


def test_several_tasks_run_at_once_with_a_small_poll_cap(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path, max_concurrent_polls=1)

    async def scenario():
        tasks = [await service.submit("banana", "nano-banana", {"prompt": f"tile {i}"})
                 for i in range(4)]
        done = [await wait_state(service, t.id, *FINAL, timeout=20) for t in tasks]
        await close_service(service)
        return done

    done = qloop.run_until_complete(scenario())
    assert [d.state for d in done] == [TaskState.DONE] * 4
    assert len({d.media_path for d in done}) == 4
    assert sim.count("POST", BANANA) == 4



def test_key_rejected_while_polling_pauses_reports_once_and_retry_resumes(sim, tmp_path, qloop):
    service = make_service(sim, tmp_path)
    sim.faults.add(Fault(kind="status", status=401, path="/v1/result/", method="GET"))

    async def scenario():
        task = await service.submit("banana", "nano-banana", PARAMS)
        await wait_for(lambda: service.errors.reports)
        paused = service.get(task.id)
        polls = sim.count("GET", RESULT)
        await asyncio.sleep(0.3)                         # paused: no polling meanwhile
        polls_later = sim.count("GET", RESULT)
        [(_exc, _action, retry)] = service.errors.reports
        retry()                                          # the dialog's Retry, after a fix
        done = await wait_state(service, task.id, *FINAL)
        await close_service(service)
        return paused, polls, polls_later, done

    paused, polls, polls_later, done = qloop.run_until_complete(scenario())
    assert paused.paused and paused.state.active and "Paused" in paused.message
    assert polls == polls_later == 1
    assert done.state is TaskState.DONE
    assert sim.count("POST", BANANA) == 1


def test_video_keeps_the_length_the_server_reported(sim, tmp_path, qloop):
    """History shows the server's ``actualDuration`` (VEO: always 8 s), not the file's
    own length (the simulator's sample MP4 lasts 4 s)."""
    service = make_service(sim, tmp_path)
    saved = []
    service.media_saved.connect(saved.append)

    async def scenario():
        task = await service.submit("veo", "veo_3_1_fast", {"prompt": "a fox in the snow"})
        done = await wait_state(service, task.id, *FINAL)
        await close_service(service)
        return done

    done = qloop.run_until_complete(scenario())
    assert done.state is TaskState.DONE, done.message
    [record] = saved
    assert record.kind == "video" and record.duration_s == 8
    library = MediaLibrary.in_folder(tmp_path / "data")
    try:
        assert library.get(record.id).duration_s == 8      # stored, not just signalled
    finally:
        library.close()
