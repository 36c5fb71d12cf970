"""Acknowledged means durable: the hub's store fsyncs each committed batch before the hub
acknowledges it (SQLite WAL with synchronous=FULL), unless hub.toml says otherwise."""

from __future__ import annotations

import time

import pytest

from comms.hub import Hub, HubConfig


@pytest.mark.parametrize("toml, level", [("", 2), ("durable_commit = false\n", 1)])  # 2 = FULL, 1 = NORMAL
def test_hub_store_commits_are_fsynced(tmp_path, toml, level):
    data = tmp_path / "hub"
    data.mkdir()
    if toml:
        (data / "hub.toml").write_text(toml)
    hub = Hub(data, bind="tcp://127.0.0.1:0")
    hub.start()
    try:
        assert hub.config.durable_commit is (level == 2)
        assert hub.store.db.execute("PRAGMA synchronous").fetchone()[0] == level
        assert hub.store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        hub._close()


def test_the_default_hub_toml_is_durable(tmp_path):
    assert HubConfig.load(tmp_path).durable_commit is True


def test_checkpoints_wait_for_a_pause_in_the_commits(tmp_path):
    """The hub copies its write-ahead log into the database (a checkpoint, with its own fsync) only
    when commits pause: none runs during a burst of acknowledged publishes, one runs right after,
    and the log then restarts from its beginning instead of growing."""
    import os
    import threading

    from comms.client import LinkClient
    from comms.local import start_local_hub
    from comms.store import Checkpointer
    from helpers import wait_for

    data = tmp_path / "hub"
    data.mkdir()
    (data / "hub.toml").write_text("checkpoint_idle_s = 0.5\n")
    hub = start_local_hub(data)
    client = LinkClient(hub.enrol("Dr Wal", "specialist"), tmp_path / "client")
    acked = []
    done = threading.Event()
    client.acked.connect(lambda cmid, seq: (acked.append(seq), len(acked) == 300 and done.set()))
    client.start()
    fd = os.open(data / "hub.sqlite-shm", os.O_RDONLY)
    frames = Checkpointer(data / "hub.sqlite").frames  # (committed, copied) frames of the hub's WAL
    try:
        client.join("consult-wal")
        assert wait_for(lambda: client.room_role("consult-wal") is not None)
        assert wait_for(lambda: (f := frames(fd)) is not None and f[0] == f[1], 10)  # start-up copied
        during = []
        for i in range(300):
            client.publish("consult-wal", "chat", {"i": i, "text": "x" * 200})
            time.sleep(0.004)  # a busy consult: commits never pause for 0.5 s
            during.append(frames(fd))
        assert done.wait(60) and sorted(acked) == list(range(1, 301))
        committed = [f for f in during if f is not None]
        assert len(committed) > 250 and committed[-1][0] > committed[0][0]  # the log grew...
        assert all(copied == committed[0][1] for _, copied in committed)  # ...and no checkpoint ran
        assert wait_for(lambda: (f := frames(fd)) is not None and f[1] == f[0], 5)  # the pause: copied
        client.publish("consult-wal", "chat", {"i": 300})
        assert wait_for(lambda: len(acked) == 301, 10)
        assert frames(fd)[0] < committed[-1][0]  # the next commit restarted the log
    finally:
        os.close(fd)
        client.stop()
        hub.stop()
